//! benches/programs/methods.py: tiny methods on small structs called
//! millions of times, plus dynamic dispatch through a `Shape` trait object.
use jcvm_peers_rust::{arg_or, repr, round};

struct Counter {
    count: i64,
}

impl Counter {
    fn inc(&mut self) {
        self.count += 1;
    }
    fn add(&mut self, k: i64) {
        self.count += k;
    }
    fn get(&self) -> i64 {
        self.count
    }
}

struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn dot(&self, other: &Vec2) -> f64 {
        self.x * other.x + self.y * other.y
    }
    fn add_in_place(&mut self, other: &Vec2) {
        self.x += other.x;
        self.y += other.y;
    }
    fn scale(&mut self, k: f64) {
        self.x *= k;
        self.y *= k;
    }
}

struct Accumulator {
    total: f64,
    n: i64,
}

impl Accumulator {
    fn push(&mut self, v: f64) {
        self.total += v;
        self.n += 1;
    }
    fn mean(&self) -> f64 {
        self.total / self.n as f64
    }
}

trait Shape {
    fn area(&self) -> i64;
    fn sides(&self) -> i64;
}

struct Rect {
    k: i64,
    w: i64,
}

impl Shape for Rect {
    fn area(&self) -> i64 {
        self.k * self.w
    }
    fn sides(&self) -> i64 {
        4
    }
}

struct Tri {
    k: i64,
}

impl Shape for Tri {
    fn area(&self) -> i64 {
        (self.k * self.k).div_euclid(2)
    }
    fn sides(&self) -> i64 {
        3
    }
}

fn run(n: i64) {
    let mut c = Counter { count: 0 };
    let mut v = Vec2 { x: 0.0, y: 0.0 };
    let step = Vec2 { x: 0.5, y: -0.25 };
    let mut acc = Accumulator { total: 0.0, n: 0 };
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    for i in 0..10i64 {
        if i % 3 == 0 {
            shapes.push(Box::new(Tri { k: i + 1 }));
        } else {
            shapes.push(Box::new(Rect { k: i + 1, w: i % 4 + 1 }));
        }
    }
    let mut area_sum = 0i64;
    let mut side_sum = 0i64;
    for i in 0..n {
        c.inc();
        c.add(i & 7);
        v.add_in_place(&step);
        acc.push(v.dot(&step));
        let s = &shapes[i.rem_euclid(10) as usize];
        area_sum += s.area();
        side_sum += s.sides();
        if c.get() > 1000000000 {
            c.add(-1000000000);
        }
    }
    v.scale(0.001);
    println!("{} {} {}", c.get(), area_sum, side_sum);
    println!("{} {} {} {}", repr(v.x), repr(v.y), acc.n, repr(round(acc.mean(), 6)));
}

fn main() {
    run(arg_or(3000000));
}
