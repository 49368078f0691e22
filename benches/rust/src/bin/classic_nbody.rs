//! tests/corpus/classic_nbody.py (pyperformance "nbody"): bodies as
//! (position, velocity, mass) structs, the pairs precomputed as index pairs
//! (the Python's combinations()), `** -1.5` and `** 0.5` through powf as the
//! Python computes them.
// The constants are the Python's literals, digit for digit.
#![allow(clippy::approx_constant, clippy::excessive_precision)]
use jcvm_peers_rust::arg_or;

const PI: f64 = 3.14159265358979323;
const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

struct Body {
    name: &'static str,
    r: [f64; 3],
    v: [f64; 3],
    m: f64,
}

fn bodies() -> Vec<Body> {
    vec![
        Body { name: "sun", r: [0.0, 0.0, 0.0], v: [0.0, 0.0, 0.0], m: SOLAR_MASS },
        Body {
            name: "jupiter",
            r: [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
            v: [
                1.66007664274403694e-03 * DAYS_PER_YEAR,
                7.69901118419740425e-03 * DAYS_PER_YEAR,
                -6.90460016972063023e-05 * DAYS_PER_YEAR,
            ],
            m: 9.54791938424326609e-04 * SOLAR_MASS,
        },
        Body {
            name: "saturn",
            r: [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
            v: [
                -2.76742510726862411e-03 * DAYS_PER_YEAR,
                4.99852801234917238e-03 * DAYS_PER_YEAR,
                2.30417297573763929e-05 * DAYS_PER_YEAR,
            ],
            m: 2.85885980666130812e-04 * SOLAR_MASS,
        },
        Body {
            name: "uranus",
            r: [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
            v: [
                2.96460137564761618e-03 * DAYS_PER_YEAR,
                2.37847173959480950e-03 * DAYS_PER_YEAR,
                -2.96589568540237556e-05 * DAYS_PER_YEAR,
            ],
            m: 4.36624404335156298e-05 * SOLAR_MASS,
        },
        Body {
            name: "neptune",
            r: [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
            v: [
                2.68067772490389322e-03 * DAYS_PER_YEAR,
                1.62824170038242295e-03 * DAYS_PER_YEAR,
                -9.51592254519715870e-05 * DAYS_PER_YEAR,
            ],
            m: 5.15138902046611451e-05 * SOLAR_MASS,
        },
    ]
}

/// itertools.combinations(range(n), 2), as index pairs.
fn combinations(n: usize) -> Vec<(usize, usize)> {
    let mut result = Vec::new();
    for x in 0..n.saturating_sub(1) {
        for y in x + 1..n {
            result.push((x, y));
        }
    }
    result
}

fn advance(dt: f64, n: i64, bodies: &mut [Body], pairs: &[(usize, usize)]) {
    for _ in 0..n {
        for &(i, j) in pairs {
            let [x1, y1, z1] = bodies[i].r;
            let [x2, y2, z2] = bodies[j].r;
            let (m1, m2) = (bodies[i].m, bodies[j].m);
            let dx = x1 - x2;
            let dy = y1 - y2;
            let dz = z1 - z2;
            let mag = dt * (dx * dx + dy * dy + dz * dz).powf(-1.5);
            let b1m = m1 * mag;
            let b2m = m2 * mag;
            let v1 = &mut bodies[i].v;
            v1[0] -= dx * b2m;
            v1[1] -= dy * b2m;
            v1[2] -= dz * b2m;
            let v2 = &mut bodies[j].v;
            v2[0] += dx * b1m;
            v2[1] += dy * b1m;
            v2[2] += dz * b1m;
        }
        for b in bodies.iter_mut() {
            let [vx, vy, vz] = b.v;
            b.r[0] += dt * vx;
            b.r[1] += dt * vy;
            b.r[2] += dt * vz;
        }
    }
}

fn report_energy(bodies: &[Body], pairs: &[(usize, usize)]) -> f64 {
    let mut e = 0.0;
    for &(i, j) in pairs {
        let ([x1, y1, z1], m1) = (bodies[i].r, bodies[i].m);
        let ([x2, y2, z2], m2) = (bodies[j].r, bodies[j].m);
        let dx = x1 - x2;
        let dy = y1 - y2;
        let dz = z1 - z2;
        e -= (m1 * m2) / (dx * dx + dy * dy + dz * dz).powf(0.5);
    }
    for b in bodies {
        let [vx, vy, vz] = b.v;
        e += b.m * (vx * vx + vy * vy + vz * vz) / 2.0;
    }
    e
}

fn offset_momentum(reference: usize, bodies: &mut [Body]) {
    let (mut px, mut py, mut pz) = (0.0, 0.0, 0.0);
    for b in bodies.iter() {
        let [vx, vy, vz] = b.v;
        px -= vx * b.m;
        py -= vy * b.m;
        pz -= vz * b.m;
    }
    let r = &mut bodies[reference];
    r.v[0] = px / r.m;
    r.v[1] = py / r.m;
    r.v[2] = pz / r.m;
}

fn main() {
    let iterations = arg_or(2000);
    let mut system = bodies();
    let pairs = combinations(system.len());
    let sun = system.iter().position(|b| b.name == "sun").expect("the reference body");
    offset_momentum(sun, &mut system);
    let e0 = report_energy(&system, &pairs);
    advance(0.01, iterations, &mut system, &pairs);
    let e1 = report_energy(&system, &pairs);
    println!("nbody: iterations={}", iterations);
    println!("{:.9}", e0);
    println!("{:.9}", e1);
    for b in &system {
        println!("{:<8} {:.6} {:.6} {:.6}", b.name, b.r[0], b.r[1], b.r[2]);
    }
}
