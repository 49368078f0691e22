//! benches/programs/binary_trees.py: many short-lived complete trees of
//! boxed nodes while one long-lived tree stays.
use jcvm_peers_rust::arg_or;

struct Node {
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn check(&self) -> i64 {
        match (&self.left, &self.right) {
            (Some(l), Some(r)) => 1 + l.check() + r.check(),
            _ => 1,
        }
    }
}

fn make_tree(depth: i64) -> Box<Node> {
    if depth == 0 {
        return Box::new(Node { left: None, right: None });
    }
    Box::new(Node { left: Some(make_tree(depth - 1)), right: Some(make_tree(depth - 1)) })
}

fn main() {
    let mut max_depth = arg_or(15);
    let min_depth = 4;
    if max_depth < min_depth + 2 {
        max_depth = min_depth + 2;
    }
    let stretch = max_depth + 1;
    println!("stretch tree of depth {}\t check: {}", stretch, make_tree(stretch).check());
    let long_lived = make_tree(max_depth);
    let mut depth = min_depth;
    while depth <= max_depth {
        let iterations: i64 = 1 << (max_depth - depth + min_depth);
        let mut check = 0;
        for _ in 0..iterations {
            check += make_tree(depth).check();
        }
        println!("{}\t trees of depth {}\t check: {}", iterations, depth, check);
        depth += 2;
    }
    println!("long lived tree of depth {}\t check: {}", max_depth, long_lived.check());
}
