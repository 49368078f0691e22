//! benches/programs/points.py: build 100k points from sin/cos, normalize
//! each, fold them into a maximum (pyperformance's "float" on structs).
use jcvm_peers_rust::{arg_or, repr};

const POINTS: i64 = 100000;

struct Point {
    x: f64,
    y: f64,
    z: f64,
}

impl Point {
    fn new(i: f64) -> Point {
        let x = i.sin();
        Point { x, y: i.cos() * 3.0, z: (x * x) / 2.0 }
    }

    fn normalize(&mut self) {
        let (x, y, z) = (self.x, self.y, self.z);
        let norm = (x * x + y * y + z * z).sqrt();
        self.x /= norm;
        self.y /= norm;
        self.z /= norm;
    }

    fn maximize(&mut self, other: &Point) {
        self.x = if self.x > other.x { self.x } else { other.x };
        self.y = if self.y > other.y { self.y } else { other.y };
        self.z = if self.z > other.z { self.z } else { other.z };
    }
}

/// Folds every point into the first one (Python's `best` is `points[0]`,
/// which `maximize` mutates and returns).
fn maximize(points: &mut [Point]) -> &Point {
    let (best, rest) = points.split_first_mut().expect("at least one point");
    for p in rest.iter() {
        best.maximize(p);
    }
    best
}

fn benchmark(n: i64) -> (f64, f64, f64) {
    let mut points: Vec<Point> = Vec::new();
    for i in 0..n {
        points.push(Point::new(i as f64));
    }
    for p in points.iter_mut() {
        p.normalize();
    }
    let best = maximize(&mut points);
    (best.x, best.y, best.z)
}

fn main() {
    let rounds = arg_or(20);
    let (mut sx, mut sy, mut sz) = (0.0, 0.0, 0.0);
    for r in 0..rounds {
        let (x, y, z) = benchmark(POINTS + r);
        sx += x;
        sy += y;
        sz += z;
    }
    println!("{} {} {}", repr(sx), repr(sy), repr(sz));
}
