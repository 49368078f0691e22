# A small ray tracer on objects (after pyperformance's raytrace, in the typed
# subset jcvm runs): vectors as objects with float fields, spheres and planes
# behind a base class with virtual intersect/normal methods, point lights with
# shadows, Lambert shading and recursive reflections, a checkerboard floor.
# Usage: raytrace.py [size]   (renders size x size pixels; prints checksums)
import math
import sys

EPSILON = 0.00001
MAX_DEPTH = 3


class Vector:
    x: float
    y: float
    z: float

    def __init__(self, x: float, y: float, z: float) -> None:
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other: "Vector") -> float:
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self) -> float:
        return math.sqrt(self.dot(self))

    def add(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def sub(self, other: "Vector") -> "Vector":
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k: float) -> "Vector":
        return Vector(self.x * k, self.y * k, self.z * k)

    def cross(self, other: "Vector") -> "Vector":
        return Vector(
            self.y * other.z - self.z * other.y,
            self.z * other.x - self.x * other.z,
            self.x * other.y - self.y * other.x,
        )

    def normalized(self) -> "Vector":
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal: "Vector") -> "Vector":
        return self.sub(normal.scale(2.0 * self.dot(normal)))


class Ray:
    origin: Vector
    direction: Vector

    def __init__(self, origin: Vector, direction: Vector) -> None:
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t: float) -> Vector:
        return self.origin.add(self.direction.scale(t))


class Material:
    r: float
    g: float
    b: float
    reflectivity: float
    checked: bool

    def __init__(self, r: float, g: float, b: float, reflectivity: float, checked: bool) -> None:
        self.r = r
        self.g = g
        self.b = b
        self.reflectivity = reflectivity
        self.checked = checked


class Shape:
    material: Material

    def __init__(self, material: Material) -> None:
        self.material = material

    def intersection_time(self, ray: Ray) -> float:
        # The distance along the ray to the nearest hit, or -1.0 for a miss.
        return -1.0

    def normal_at(self, p: Vector) -> Vector:
        return Vector(0.0, 1.0, 0.0)


class Sphere(Shape):
    centre: Vector
    radius: float

    def __init__(self, centre: Vector, radius: float, material: Material) -> None:
        super().__init__(material)
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray: Ray) -> float:
        cp = self.centre.sub(ray.origin)
        v = cp.dot(ray.direction)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0.0:
            return -1.0
        return v - math.sqrt(discriminant)

    def normal_at(self, p: Vector) -> Vector:
        return p.sub(self.centre).normalized()


class Plane(Shape):
    point: Vector
    normal: Vector

    def __init__(self, point: Vector, normal: Vector, material: Material) -> None:
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray: Ray) -> float:
        v = ray.direction.dot(self.normal)
        if v == 0.0:
            return -1.0
        return -(ray.origin.sub(self.point).dot(self.normal)) / v

    def normal_at(self, p: Vector) -> Vector:
        return self.normal


class Colour:
    r: float
    g: float
    b: float

    def __init__(self, r: float, g: float, b: float) -> None:
        self.r = r
        self.g = g
        self.b = b

    def add_scaled(self, other: "Colour", k: float) -> None:
        self.r += other.r * k
        self.g += other.g * k
        self.b += other.b * k


class Scene:
    shapes: list[Shape]
    lights: list[Vector]
    eye: Vector
    look_at: Vector
    fov: float

    def __init__(self) -> None:
        self.shapes = []
        self.lights = []
        self.eye = Vector(0.0, 1.8, 10.0)
        self.look_at = Vector(0.0, 3.0, 0.0)
        self.fov = 45.0

    def nearest(self, ray: Ray) -> tuple[Shape, float]:
        best = self.shapes[0]
        best_t = -1.0
        for s in self.shapes:
            t = s.intersection_time(ray)
            if t > EPSILON and (best_t < 0.0 or t < best_t):
                best = s
                best_t = t
        return best, best_t

    def visible(self, p: Vector, light: Vector) -> bool:
        to_light = light.sub(p)
        distance = to_light.magnitude()
        ray = Ray(p, to_light)
        for s in self.shapes:
            t = s.intersection_time(ray)
            if t > EPSILON and t < distance:
                return False
        return True

    def ray_colour(self, ray: Ray, depth: int) -> Colour:
        shape, t = self.nearest(ray)
        if t < 0.0:
            # Sky: a gradient by the ray's height.
            k = 0.5 * (ray.direction.y + 1.0)
            return Colour(0.3 + 0.4 * k, 0.5 + 0.3 * k, 0.9)
        p = ray.point_at(t)
        normal = shape.normal_at(p)
        m = shape.material
        base = Colour(m.r, m.g, m.b)
        if m.checked and (math.floor(p.x) + math.floor(p.z)) % 2 == 1:
            base = Colour(m.r * 0.2, m.g * 0.2, m.b * 0.2)
        result = Colour(0.0, 0.0, 0.0)
        result.add_scaled(base, 0.1)
        for light in self.lights:
            if self.visible(p, light):
                lambert = normal.dot(light.sub(p).normalized())
                if lambert > 0.0:
                    result.add_scaled(base, min(1.0, lambert) * 0.7)
        if m.reflectivity > 0.0 and depth < MAX_DEPTH:
            reflected = Ray(p, ray.direction.reflect_through(normal))
            result.add_scaled(self.ray_colour(reflected, depth + 1), m.reflectivity)
        return result


def make_scene() -> Scene:
    scene = Scene()
    scene.shapes.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), Material(0.9, 0.9, 0.9, 0.2, True)))
    scene.shapes.append(Sphere(Vector(1.0, 3.0, -10.0), 2.0, Material(1.0, 1.0, 0.0, 0.3, False)))
    for i in range(6):
        a = i * math.pi / 3.0
        scene.shapes.append(
            Sphere(
                Vector(-3.0 + 5.0 * math.cos(a) * 0.5, 0.8 + 0.1 * i, -6.0 + 2.0 * math.sin(a)),
                0.6,
                Material(0.2 + 0.13 * i, 0.9 - 0.1 * i, 0.4, 0.5, False),
            )
        )
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    return scene


def render(scene: Scene, width: int, height: int) -> list[int]:
    # The camera: a pinhole at the eye looking at look_at.
    forward = scene.look_at.sub(scene.eye).normalized()
    right = forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
    up = right.cross(forward).normalized()
    half_width = math.tan(math.pi * (scene.fov / 2.0) / 180.0)
    half_height = half_width * height / width
    pixel_width = half_width * 2.0 / (width - 1)
    pixel_height = half_height * 2.0 / (height - 1)
    histogram = [0] * 8
    for y in range(height):
        for x in range(width):
            xcomp = right.scale(x * pixel_width - half_width)
            ycomp = up.scale(y * pixel_height - half_height)
            ray = Ray(scene.eye, forward.add(xcomp).add(ycomp))
            c = scene.ray_colour(ray, 0)
            r = min(255, int(c.r * 255.0))
            g = min(255, int(c.g * 255.0))
            b = min(255, int(c.b * 255.0))
            histogram[0] += r
            histogram[1] += g
            histogram[2] += b
            histogram[3 + (r + g + b) % 5] += 1
    return histogram


def main() -> None:
    size = 240
    if len(sys.argv) > 1:
        size = int(sys.argv[1])
    scene = make_scene()
    histogram = render(scene, size, size)
    print("raytrace: " + str(size) + "x" + str(size))
    print(histogram[0], histogram[1], histogram[2])
    print(histogram[3], histogram[4], histogram[5], histogram[6], histogram[7])


main()
