//! benches/programs/raytrace.py: the same scene and shading, with vectors as
//! Copy structs, shapes as `Box<dyn Shape>` trait objects, floating-point
//! operations in the Python's order.
use jcvm_peers_rust::arg_or;
use std::f64::consts::PI;

const EPSILON: f64 = 0.00001;
const MAX_DEPTH: i64 = 3;

#[derive(Clone, Copy)]
struct Vector {
    x: f64,
    y: f64,
    z: f64,
}

impl Vector {
    fn new(x: f64, y: f64, z: f64) -> Vector {
        Vector { x, y, z }
    }
    fn dot(self, o: Vector) -> f64 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
    fn magnitude(self) -> f64 {
        self.dot(self).sqrt()
    }
    fn add(self, o: Vector) -> Vector {
        Vector::new(self.x + o.x, self.y + o.y, self.z + o.z)
    }
    fn sub(self, o: Vector) -> Vector {
        Vector::new(self.x - o.x, self.y - o.y, self.z - o.z)
    }
    fn scale(self, k: f64) -> Vector {
        Vector::new(self.x * k, self.y * k, self.z * k)
    }
    fn cross(self, o: Vector) -> Vector {
        Vector::new(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    }
    fn normalized(self) -> Vector {
        self.scale(1.0 / self.magnitude())
    }
    fn reflect_through(self, normal: Vector) -> Vector {
        self.sub(normal.scale(2.0 * self.dot(normal)))
    }
}

struct Ray {
    origin: Vector,
    direction: Vector,
}

impl Ray {
    fn new(origin: Vector, direction: Vector) -> Ray {
        Ray { origin, direction: direction.normalized() }
    }
    fn point_at(&self, t: f64) -> Vector {
        self.origin.add(self.direction.scale(t))
    }
}

struct Material {
    r: f64,
    g: f64,
    b: f64,
    reflectivity: f64,
    checked: bool,
}

trait Shape {
    /// The distance along the ray to the nearest hit, or -1.0 for a miss.
    fn intersection_time(&self, ray: &Ray) -> f64;
    fn normal_at(&self, p: Vector) -> Vector;
    fn material(&self) -> &Material;
}

struct Sphere {
    centre: Vector,
    radius: f64,
    material: Material,
}

impl Shape for Sphere {
    fn intersection_time(&self, ray: &Ray) -> f64 {
        let cp = self.centre.sub(ray.origin);
        let v = cp.dot(ray.direction);
        let discriminant = self.radius * self.radius - (cp.dot(cp) - v * v);
        if discriminant < 0.0 {
            return -1.0;
        }
        v - discriminant.sqrt()
    }
    fn normal_at(&self, p: Vector) -> Vector {
        p.sub(self.centre).normalized()
    }
    fn material(&self) -> &Material {
        &self.material
    }
}

struct Plane {
    point: Vector,
    normal: Vector,
    material: Material,
}

impl Shape for Plane {
    fn intersection_time(&self, ray: &Ray) -> f64 {
        let v = ray.direction.dot(self.normal);
        if v == 0.0 {
            return -1.0;
        }
        -(ray.origin.sub(self.point).dot(self.normal)) / v
    }
    fn normal_at(&self, _p: Vector) -> Vector {
        self.normal
    }
    fn material(&self) -> &Material {
        &self.material
    }
}

struct Colour {
    r: f64,
    g: f64,
    b: f64,
}

impl Colour {
    fn add_scaled(&mut self, o: &Colour, k: f64) {
        self.r += o.r * k;
        self.g += o.g * k;
        self.b += o.b * k;
    }
}

/// `math.floor(x) % 2` with Python's int semantics (floats from 2**53 up are
/// even integers).
fn floor_parity(x: f64) -> i64 {
    let f = x.floor();
    if f.abs() >= 9007199254740992.0 {
        0
    } else {
        (f as i64).rem_euclid(2)
    }
}

struct Scene {
    shapes: Vec<Box<dyn Shape>>,
    lights: Vec<Vector>,
    eye: Vector,
    look_at: Vector,
    fov: f64,
}

impl Scene {
    fn nearest(&self, ray: &Ray) -> (&dyn Shape, f64) {
        let mut best: &dyn Shape = self.shapes[0].as_ref();
        let mut best_t = -1.0;
        for s in &self.shapes {
            let t = s.intersection_time(ray);
            if t > EPSILON && (best_t < 0.0 || t < best_t) {
                best = s.as_ref();
                best_t = t;
            }
        }
        (best, best_t)
    }

    fn visible(&self, p: Vector, light: Vector) -> bool {
        let to_light = light.sub(p);
        let distance = to_light.magnitude();
        let ray = Ray::new(p, to_light);
        for s in &self.shapes {
            let t = s.intersection_time(&ray);
            if t > EPSILON && t < distance {
                return false;
            }
        }
        true
    }

    fn ray_colour(&self, ray: &Ray, depth: i64) -> Colour {
        let (shape, t) = self.nearest(ray);
        if t < 0.0 {
            let k = 0.5 * (ray.direction.y + 1.0);
            return Colour { r: 0.3 + 0.4 * k, g: 0.5 + 0.3 * k, b: 0.9 };
        }
        let p = ray.point_at(t);
        let normal = shape.normal_at(p);
        let m = shape.material();
        let mut base = Colour { r: m.r, g: m.g, b: m.b };
        if m.checked && (floor_parity(p.x) + floor_parity(p.z)) % 2 == 1 {
            base = Colour { r: m.r * 0.2, g: m.g * 0.2, b: m.b * 0.2 };
        }
        let mut result = Colour { r: 0.0, g: 0.0, b: 0.0 };
        result.add_scaled(&base, 0.1);
        for &light in &self.lights {
            if self.visible(p, light) {
                let lambert = normal.dot(light.sub(p).normalized());
                if lambert > 0.0 {
                    result.add_scaled(&base, 1.0f64.min(lambert) * 0.7);
                }
            }
        }
        if m.reflectivity > 0.0 && depth < MAX_DEPTH {
            let reflected = Ray::new(p, ray.direction.reflect_through(normal));
            result.add_scaled(&self.ray_colour(&reflected, depth + 1), m.reflectivity);
        }
        result
    }
}

fn make_scene() -> Scene {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Plane {
        point: Vector::new(0.0, 0.0, 0.0),
        normal: Vector::new(0.0, 1.0, 0.0).normalized(),
        material: Material { r: 0.9, g: 0.9, b: 0.9, reflectivity: 0.2, checked: true },
    }));
    shapes.push(Box::new(Sphere {
        centre: Vector::new(1.0, 3.0, -10.0),
        radius: 2.0,
        material: Material { r: 1.0, g: 1.0, b: 0.0, reflectivity: 0.3, checked: false },
    }));
    for i in 0..6 {
        let fi = i as f64;
        let a = fi * PI / 3.0;
        shapes.push(Box::new(Sphere {
            centre: Vector::new(-3.0 + 5.0 * a.cos() * 0.5, 0.8 + 0.1 * fi, -6.0 + 2.0 * a.sin()),
            radius: 0.6,
            material: Material { r: 0.2 + 0.13 * fi, g: 0.9 - 0.1 * fi, b: 0.4, reflectivity: 0.5, checked: false },
        }));
    }
    Scene {
        shapes,
        lights: vec![Vector::new(30.0, 30.0, 10.0), Vector::new(-10.0, 100.0, 30.0)],
        eye: Vector::new(0.0, 1.8, 10.0),
        look_at: Vector::new(0.0, 3.0, 0.0),
        fov: 45.0,
    }
}

fn render(scene: &Scene, width: i64, height: i64) -> [i64; 8] {
    let forward = scene.look_at.sub(scene.eye).normalized();
    let right = forward.cross(Vector::new(0.0, 1.0, 0.0)).normalized();
    let up = right.cross(forward).normalized();
    let half_width = (PI * (scene.fov / 2.0) / 180.0).tan();
    let half_height = half_width * height as f64 / width as f64;
    let pixel_width = half_width * 2.0 / (width - 1) as f64;
    let pixel_height = half_height * 2.0 / (height - 1) as f64;
    let mut histogram = [0i64; 8];
    for y in 0..height {
        for x in 0..width {
            let xcomp = right.scale(x as f64 * pixel_width - half_width);
            let ycomp = up.scale(y as f64 * pixel_height - half_height);
            let ray = Ray::new(scene.eye, forward.add(xcomp).add(ycomp));
            let c = scene.ray_colour(&ray, 0);
            let r = 255.min((c.r * 255.0) as i64);
            let g = 255.min((c.g * 255.0) as i64);
            let b = 255.min((c.b * 255.0) as i64);
            histogram[0] += r;
            histogram[1] += g;
            histogram[2] += b;
            histogram[3 + (r + g + b).rem_euclid(5) as usize] += 1;
        }
    }
    histogram
}

fn main() {
    let size = arg_or(240);
    let scene = make_scene();
    let h = render(&scene, size, size);
    println!("raytrace: {}x{}", size, size);
    println!("{} {} {}", h[0], h[1], h[2]);
    println!("{} {} {} {} {}", h[3], h[4], h[5], h[6], h[7]);
}
