//! benches/programs/nbody.py: the five Jovian bodies as structs with f64
//! fields in a Vec, advanced with a fixed time step.
// The constants are the Python's literals, digit for digit.
#![allow(clippy::approx_constant, clippy::excessive_precision)]
use jcvm_peers_rust::{arg_or, repr, round};

const PI: f64 = 3.14159265358979323;
const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

struct Body {
    x: f64,
    y: f64,
    z: f64,
    vx: f64,
    vy: f64,
    vz: f64,
    mass: f64,
}

impl Body {
    #[allow(clippy::too_many_arguments)]
    fn new(x: f64, y: f64, z: f64, vx: f64, vy: f64, vz: f64, mass: f64) -> Body {
        Body {
            x,
            y,
            z,
            vx: vx * DAYS_PER_YEAR,
            vy: vy * DAYS_PER_YEAR,
            vz: vz * DAYS_PER_YEAR,
            mass: mass * SOLAR_MASS,
        }
    }
}

fn make_bodies() -> Vec<Body> {
    vec![
        Body::new(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body::new(
            4.84143144246472090e+00,
            -1.16032004402742839e+00,
            -1.03622044471123109e-01,
            1.66007664274403694e-03,
            7.69901118419740425e-03,
            -6.90460016972063023e-05,
            9.54791938424326609e-04,
        ),
        Body::new(
            8.34336671824457987e+00,
            4.12479856412430479e+00,
            -4.03523417114321381e-01,
            -2.76742510726862411e-03,
            4.99852801234917238e-03,
            2.30417297573763929e-05,
            2.85885980666130812e-04,
        ),
        Body::new(
            1.28943695621391310e+01,
            -1.51111514016986312e+01,
            -2.23307578892655734e-01,
            2.96460137564761618e-03,
            2.37847173959480950e-03,
            -2.96589568540237556e-05,
            4.36624404335156298e-05,
        ),
        Body::new(
            1.53796971148509165e+01,
            -2.59193146099879641e+01,
            1.79258772950371181e-01,
            2.68067772490389322e-03,
            1.62824170038242295e-03,
            -9.51592254519715870e-05,
            5.15138902046611451e-05,
        ),
    ]
}

fn offset_momentum(bodies: &mut [Body]) {
    let (mut px, mut py, mut pz) = (0.0, 0.0, 0.0);
    for b in bodies.iter() {
        px += b.vx * b.mass;
        py += b.vy * b.mass;
        pz += b.vz * b.mass;
    }
    let sun = &mut bodies[0];
    sun.vx = -px / SOLAR_MASS;
    sun.vy = -py / SOLAR_MASS;
    sun.vz = -pz / SOLAR_MASS;
}

fn energy(bodies: &[Body]) -> f64 {
    let mut e = 0.0;
    for (i, b1) in bodies.iter().enumerate() {
        e += 0.5 * b1.mass * (b1.vx * b1.vx + b1.vy * b1.vy + b1.vz * b1.vz);
        for b2 in &bodies[i + 1..] {
            let dx = b1.x - b2.x;
            let dy = b1.y - b2.y;
            let dz = b1.z - b2.z;
            e -= (b1.mass * b2.mass) / (dx * dx + dy * dy + dz * dz).sqrt();
        }
    }
    e
}

fn advance(bodies: &mut [Body], dt: f64, steps: i64) {
    let n = bodies.len();
    for _ in 0..steps {
        for i in 0..n {
            let (head, tail) = bodies.split_at_mut(i + 1);
            let b1 = &mut head[i];
            for b2 in tail.iter_mut() {
                let dx = b1.x - b2.x;
                let dy = b1.y - b2.y;
                let dz = b1.z - b2.z;
                let d2 = dx * dx + dy * dy + dz * dz;
                let mag = dt / (d2 * d2.sqrt());
                let b1m = b1.mass * mag;
                let b2m = b2.mass * mag;
                b1.vx -= dx * b2m;
                b1.vy -= dy * b2m;
                b1.vz -= dz * b2m;
                b2.vx += dx * b1m;
                b2.vy += dy * b1m;
                b2.vz += dz * b1m;
            }
        }
        for b in bodies.iter_mut() {
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }
}

fn main() {
    let steps = arg_or(300000);
    let mut bodies = make_bodies();
    offset_momentum(&mut bodies);
    println!("{}", repr(round(energy(&bodies), 9)));
    advance(&mut bodies, 0.01, steps);
    println!("{}", repr(round(energy(&bodies), 9)));
}
