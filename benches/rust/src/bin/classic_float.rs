//! tests/corpus/classic_float.py (pyperformance "float"): a Vec of point
//! structs built from sin/cos, normalized, folded into a maximum.
use jcvm_peers_rust::{arg_or, repr};

struct Point {
    x: f64,
    y: f64,
    z: f64,
}

impl Point {
    fn new(i: i64) -> Point {
        let x = (i as f64).sin();
        Point { x, y: (i as f64).cos() * 3.0, z: (x * x) / 2.0 }
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

impl std::fmt::Display for Point {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<Point: x={}, y={}, z={}>", repr(self.x), repr(self.y), repr(self.z))
    }
}

fn maximize(points: &mut [Point]) -> &Point {
    let (next, rest) = points.split_first_mut().expect("at least one point");
    for p in rest.iter() {
        next.maximize(p);
    }
    next
}

fn benchmark(n: i64) -> String {
    let mut points: Vec<Point> = (0..n).map(Point::new).collect();
    for p in points.iter_mut() {
        p.normalize();
    }
    maximize(&mut points).to_string()
}

fn main() {
    let points = arg_or(5000);
    println!("float: points={}", points);
    println!("{}", benchmark(points));
}
