//! Snapshot tests of `jcvm dis` output: a codegen change shows up as a readable diff.
//! Review changes with `cargo insta review` (or `INSTA_UPDATE=always cargo test`).

use jcvm_vm::dis::disassemble;

fn dis(source: &str) -> String {
    let program = jcvm_vm::compile("snap.py", source).unwrap_or_else(|e| panic!("{}", e.render("snap.py", source)));
    disassemble(&program)
}

#[test]
fn method_with_float_fields() {
    insta::assert_snapshot!(dis(
        "class Particle:\n    x: float\n    vx: float\n\n    def __init__(self, x: float) -> None:\n        self.x = x\n        self.vx = 0.0\n\n    def step(self, dt: float) -> None:\n        self.x += self.vx * dt\n\np = Particle(1.0)\np.step(0.5)\nprint(p.x)\n"
    ));
}

#[test]
fn loops_and_calls() {
    insta::assert_snapshot!(dis(
        "def total(xs: list[int]) -> int:\n    s = 0\n    for x in xs:\n        if x % 2 == 0:\n            continue\n        s += x\n    return s\n\nfor i in range(3):\n    print(total([i, 1, 2, 3]))\n"
    ));
}

#[test]
fn inheritance_and_virtual_calls() {
    insta::assert_snapshot!(dis(
        "class Shape:\n    def area(self) -> float:\n        return 0.0\n\nclass Square(Shape):\n    side: float\n\n    def __init__(self, side: float) -> None:\n        self.side = side\n\n    def area(self) -> float:\n        return self.side * self.side\n\nshapes: list[Shape] = [Shape(), Square(2.0)]\nfor s in shapes:\n    print(s.area(), isinstance(s, Square))\n"
    ));
}
