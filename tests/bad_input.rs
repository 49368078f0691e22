//! Bad input never crashes the runner.
//!
//! A few hundred malformed, unsupported or extreme sources, generated
//! deterministically (fixed-seed xorshift), are fed to `jcvm run --jit off`.
//! Every one must end normally (no signal, no timeout) with exit status 0, 1
//! or 2, and never print a Rust panic or stack overflow. Exit 2 (refused at
//! compile time) must name a `file.py:line:col` location; exit 1 (a Python
//! exception) must print a traceback ending in an `SomeError: message` line.
//! Some cases pin the status down further (unsupported constructs must be
//! refused with 2; valid programs must run and print what CPython prints).
//!
//! Set `JCVM_BAD_INPUT_KEEP=1` to keep the generated files (they are kept
//! anyway when a case fails).

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const JCVM: &str = env!("CARGO_BIN_EXE_jcvm");
const TIMEOUT: Duration = Duration::from_secs(10);
const MAX_PARALLEL: usize = 2;

// ---------------------------------------------------------------------------
// Seed programs: valid, within the accepted subset, quick to run. Seeds 1-4 and
// 6-8 have no `while` loops, so no shuffle of them can spin forever; seed 5
// (while loops, progress statement first in each body) is only truncated.
// ---------------------------------------------------------------------------

const SEED_1: &str = r#"import math


class Vec2:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def length(self) -> float:
        return math.sqrt(self.x * self.x + self.y * self.y)

    def scale(self, k: float) -> None:
        self.x *= k
        self.y *= k


class Particle:
    def __init__(self, x: float, y: float) -> None:
        self.pos = Vec2(x, y)
        self.vel = Vec2(0.5, -0.25)
        self.steps = 0

    def step(self, dt: float) -> None:
        self.pos.x += self.vel.x * dt
        self.pos.y += self.vel.y * dt
        self.steps += 1


def make(n: int) -> list[Particle]:
    ps: list[Particle] = []
    for i in range(n):
        ps.append(Particle(float(i), float(i) * 0.5))
    return ps


def simulate(n: int) -> float:
    ps = make(n)
    for t in range(10):
        for p in ps:
            p.step(0.1)
    total = 0.0
    for p in ps:
        total += p.pos.length()
    return total


print(round(simulate(20), 6))
v = Vec2(3.0, 4.0)
v.scale(2.0)
print(v.x, v.y, v.length())
"#;
const SEED_1_OUT: &str = "219.638397\n6.0 8.0 10.0\n";

const SEED_2: &str = r#"from typing import Optional


class Node:
    value: int
    next: Optional["Node"]

    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next


def build(n: int) -> Optional[Node]:
    head: Optional[Node] = None
    for i in range(n):
        head = Node(i * 3 % 7, head)
    return head


def total(node: Optional[Node]) -> int:
    if node is None:
        return 0
    return node.value + total(node.next)


def count(node: Optional[Node], target: int) -> int:
    if node is None:
        return 0
    rest = count(node.next, target)
    if node.value == target:
        return rest + 1
    return rest


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


lst = build(30)
print(total(lst), count(lst, 3))
print(fib(12))
"#;
const SEED_2_OUT: &str = "87 5\n144\n";

const SEED_3: &str = r#"import math


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return self.name + " " + str(round(self.area(), 3))


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r


class Square(Shape):
    def __init__(self, side: float) -> None:
        Shape.__init__(self, "square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def main() -> None:
    shapes: list[Shape] = []
    for i in range(6):
        if i % 2 == 0:
            shapes.append(Circle(float(i) + 1.0))
        else:
            shapes.append(Square(float(i)))
    total = 0.0
    circles = 0
    for s in shapes:
        total += s.area()
        if isinstance(s, Circle):
            circles += 1
        print(s.describe())
    print(round(total, 4), circles)


main()
"#;
const SEED_3_OUT: &str = "circle 3.142\nsquare 1.0\ncircle 28.274\nsquare 9.0\ncircle 78.54\n\
                          square 25.0\n144.9557 3\n";

const SEED_4: &str = r#"def make(n: int) -> list[int]:
    xs: list[int] = []
    for i in range(n):
        xs.append((i * 37 + 11) % 50 - 20)
    return xs


def insertion_sort(xs: list[int]) -> None:
    for i in range(1, len(xs)):
        for j in range(i, 0, -1):
            if xs[j - 1] > xs[j]:
                t = xs[j]
                xs[j] = xs[j - 1]
                xs[j - 1] = t


xs = make(25)
print(xs)
insertion_sort(xs)
print(xs[0], xs[-1], len(xs), min(xs), max(xs))
print(7 in xs, -20 in xs)
grid = [[0] * 4, [1] * 4, [2] * 4]
grid[1][2] += 5
print(grid, grid[-1][0])
last = xs.pop()
print(last, len(xs), abs(xs[3]), max(3, 9, 4))
"#;
const SEED_4_OUT: &str = "[-9, 28, 15, 2, -11, 26, 13, 0, -13, 24, 11, -2, -15, 22, 9, -4, -17, 20, 7, \
                          -6, -19, 18, 5, -8, 29]\n-19 29 25 -19 29\nTrue False\n\
                          [[0, 0, 0, 0], [1, 1, 6, 1], [2, 2, 2, 2]] 2\n29 24 13 9\n";

const SEED_5: &str = r#"def digits(n: int) -> str:
    s = ""
    i = 0
    while i < 8:
        i += 1
        s = str(n % 10) + s
        n = n // 10
        if n == 0:
            break
    return s


def count_char(s: str, c: str) -> int:
    k = 0
    i = 0
    while i < len(s):
        i += 1
        if s[i - 1] == c:
            k += 1
    return k


def collatz(n: int) -> int:
    steps = 0
    while steps < 1000:
        steps += 1
        if n == 1:
            break
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
    return steps


print(digits(90210), digits(7))
print(count_char("mississippi", "s"), len("hello") + int("42"))
print(collatz(27), float("2.5") * 2, round(2.675, 2), str(True))
"#;
const SEED_5_OUT: &str = "90210 7\n4 47\n112 5.0 2.67 True\n";

const SEED_6: &str = r#"from typing import Optional
from jcvm import jitclass

ticks = 0


@jitclass
class Task:
    name: str
    priority: int
    done: bool = False

    def __init__(self, name: str, priority: int) -> None:
        self.name = name
        self.priority = priority


class Scheduler:
    def __init__(self) -> None:
        self.tasks: list[Task] = []
        self.runs: list[int] = [0, 0, 0]

    def add(self, t: Task) -> None:
        self.tasks.append(t)

    def pick(self) -> Optional[Task]:
        best: Optional[Task] = None
        for t in self.tasks:
            if not t.done and (best is None or t.priority > best.priority):
                best = t
        return best

    def run(self) -> int:
        global ticks
        n = 0
        for k in range(10):
            t = self.pick()
            if t is None:
                break
            t.done = True
            self.runs[t.priority % 3] += 1
            ticks += t.priority
            n += 1
        return n


s = Scheduler()
for i in range(7):
    s.add(Task("t" + str(i), (i * 5) % 7))
print(s.run(), ticks, s.runs)
"#;
const SEED_6_OUT: &str = "7 21 [3, 2, 2]\n";

const SEED_7: &str = r#"import math


def stats(n: int) -> None:
    a = 0
    b = 1.0
    for i in range(-n, n, 3):
        a += i // 4 + i % 5
        b = b * 1.5 if b < 100.0 else b / 7.0
    print(a, b, -7 // 2, -7 % 3, 7.5 // 2, -7.5 % 2)
    print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, -64 >> 3, ~7, 2 ** 10, 2.0 ** 0.5)
    x = 4
    print(0 <= x < 10, 1 < x < 3, x == 4 and not x > 5, x > 9 or x < 5)
    print(math.floor(-2.5), math.ceil(2.1), math.fabs(-3.0), math.hypot(3.0, 4.0))
    print(math.atan2(1.0, 1.0), math.exp(1.0), math.log(10.0), math.log10(1000.0))
    print(0.1 + 0.2, 1e16, -0.0, 1.0 / 3.0, abs(-5), min(2.5, 1.5), round(7.5), round(3.14159, 3))


stats(30)
"#;
const SEED_7_OUT: &str = "25 30.161058776232657 -4 2 3.0 0.5\n\
                          1 7 6 1024 -8 -8 1024 1.4142135623730951\n\
                          True False True True\n-3 3 3.0 5.0\n\
                          0.7853981633974483 2.718281828459045 2.302585092994046 3.0\n\
                          0.30000000000000004 1e+16 -0.0 0.3333333333333333 5 1.5 8 3.142\n";

const SEED_8: &str = r#"from typing import Optional


class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Optional[Tree] = None
        self.right: Optional[Tree] = None

    def insert(self, key: int) -> None:
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def contains(self, key: int) -> bool:
        if key == self.key:
            return True
        child = self.left if key < self.key else self.right
        if child is None:
            return False
        return child.contains(key)

    def depth(self) -> int:
        l = 0 if self.left is None else self.left.depth()
        r = 0 if self.right is None else self.right.depth()
        return 1 + max(l, r)


def check(key: int) -> int:
    if key < 0:
        raise ValueError("negative key")
    return key


def main() -> None:
    root = Tree(50)
    for i in range(40):
        root.insert(check((i * 29 + 7) % 100))
    assert root.contains(50), "root missing"
    print(root.depth(), root.contains(36), root.contains(37))


if __name__ == "__main__":
    main()
"#;
const SEED_8_OUT: &str = "9 True False\n";

const SEEDS: [(&str, &str); 8] = [
    (SEED_1, SEED_1_OUT),
    (SEED_2, SEED_2_OUT),
    (SEED_3, SEED_3_OUT),
    (SEED_4, SEED_4_OUT),
    (SEED_5, SEED_5_OUT),
    (SEED_6, SEED_6_OUT),
    (SEED_7, SEED_7_OUT),
    (SEED_8, SEED_8_OUT),
];

/// Seeds that contain no `while` loop: safe to shuffle.
fn shuffle_seeds() -> Vec<&'static str> {
    SEEDS.iter().map(|(s, _)| *s).filter(|s| !s.contains("while")).collect()
}

// ---------------------------------------------------------------------------
// Deterministic PRNG.
// ---------------------------------------------------------------------------

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// Cases and what each must do.
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    /// Exit 0, 1 or 2 (each with its own checks).
    Any,
    /// Refused at compile time: exit 2.
    Refused,
    /// Runs: exit 0.
    Runs,
    /// A Python exception: exit 1.
    Raises,
}

struct Case {
    generator: &'static str,
    source: Vec<u8>,
    expect: Expect,
    /// When the program exits 0, its stdout must be exactly this.
    stdout_if_ok: Option<String>,
    /// With exit 1, the last stderr line must start with this.
    exception: Option<&'static str>,
}

impl Case {
    fn new(generator: &'static str, source: impl Into<Vec<u8>>, expect: Expect) -> Case {
        Case { generator, source: source.into(), expect, stdout_if_ok: None, exception: None }
    }

    fn stdout(mut self, out: impl Into<String>) -> Case {
        self.stdout_if_ok = Some(out.into());
        self
    }

    fn exception(mut self, line_prefix: &'static str) -> Case {
        self.exception = Some(line_prefix);
        self
    }
}

// ---------------------------------------------------------------------------
// Generators.
// ---------------------------------------------------------------------------

fn seed_cases() -> Vec<Case> {
    SEEDS.iter().map(|(src, out)| Case::new("seed", *src, Expect::Runs).stdout(*out)).collect()
}

/// Is the last line of `prefix` a bare name (an expression statement that does
/// nothing and could leave a truncated `while` loop spinning forever)?
fn ends_in_bare_name(prefix: &str) -> bool {
    let last = prefix.rsplit('\n').next().unwrap_or("").trim();
    !last.is_empty() && last.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn truncations(rng: &mut XorShift) -> Vec<Case> {
    let mut cases = Vec::new();
    for (src, _) in SEEDS.iter() {
        let len = src.len();
        let line_ends: Vec<usize> = src.match_indices('\n').map(|(i, _)| i + 1).collect();
        let mut cuts: Vec<usize> = Vec::new();
        let mut attempts = 0;
        while cuts.len() < 20 && attempts < 1000 {
            attempts += 1;
            // Two thirds anywhere, one third just after a newline.
            let cut =
                if cuts.len() % 3 == 2 { *rng.pick(&line_ends[..line_ends.len() - 1]) } else { 1 + rng.below(len - 1) };
            if cuts.contains(&cut) {
                continue;
            }
            if src.contains("while") && ends_in_bare_name(&src[..cut]) {
                continue;
            }
            cuts.push(cut);
        }
        cuts.sort_unstable();
        for cut in cuts {
            cases.push(Case::new("truncation", &src[..cut], Expect::Any));
        }
    }
    cases
}

/// The non-whitespace runs of `src`, each with the whitespace that follows it.
fn tokenize(src: &str) -> (String, Vec<(String, String)>) {
    let mut lead = String::new();
    let mut toks: Vec<(String, String)> = Vec::new();
    for c in src.chars() {
        if c.is_whitespace() {
            match toks.last_mut() {
                Some(t) => t.1.push(c),
                None => lead.push(c),
            }
        } else {
            match toks.last_mut() {
                Some(t) if t.1.is_empty() => t.0.push(c),
                _ => toks.push((c.to_string(), String::new())),
            }
        }
    }
    (lead, toks)
}

fn token_shuffles(rng: &mut XorShift) -> Vec<Case> {
    let seeds = shuffle_seeds();
    let mut cases = Vec::new();
    for _ in 0..100 {
        let src = *rng.pick(&seeds);
        let (lead, mut toks) = tokenize(src);
        let edits = 1 + rng.below(3);
        for _ in 0..edits {
            let n = toks.len();
            let i = rng.below(n);
            match rng.below(4) {
                // Swap with a nearby token.
                0 => {
                    let j = (i + 1 + rng.below(6)).min(n - 1);
                    let a = toks[i].0.clone();
                    toks[i].0 = std::mem::replace(&mut toks[j].0, a);
                }
                // Swap with any token.
                1 => {
                    let j = rng.below(n);
                    let a = toks[i].0.clone();
                    toks[i].0 = std::mem::replace(&mut toks[j].0, a);
                }
                // Delete.
                2 => {
                    if n > 1 {
                        let (_, ws) = toks.remove(i);
                        if i > 0 && ws.contains('\n') && !toks[i - 1].1.contains('\n') {
                            toks[i - 1].1 = ws;
                        }
                    }
                }
                // Duplicate.
                _ => {
                    let t = toks[i].0.clone();
                    toks.insert(i, (t, " ".to_string()));
                }
            }
        }
        let mut out = lead;
        for (t, ws) in toks {
            out.push_str(&t);
            out.push_str(&ws);
        }
        cases.push(Case::new("token_shuffle", out, Expect::Any));
    }
    cases
}

fn line_shuffles(rng: &mut XorShift) -> Vec<Case> {
    let seeds = shuffle_seeds();
    let mut cases = Vec::new();
    for _ in 0..40 {
        let src = *rng.pick(&seeds);
        let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
        let edits = 1 + rng.below(2);
        for _ in 0..edits {
            let n = lines.len();
            let i = rng.below(n);
            match rng.below(9) {
                0 => {
                    let j = (i + 1).min(n - 1);
                    lines.swap(i, j);
                }
                1 => {
                    let j = rng.below(n);
                    lines.swap(i, j);
                }
                2 => {
                    lines.remove(i);
                }
                3 => {
                    let l = lines[i].clone();
                    lines.insert(i, l);
                }
                4 => {
                    let l = lines.remove(i);
                    let j = rng.below(lines.len() + 1);
                    lines.insert(j, l);
                }
                // Indentation damage.
                5 => {
                    let extra = " ".repeat(1 + rng.below(4));
                    lines[i] = format!("{extra}{}", lines[i]);
                }
                6 => {
                    let strip = 1 + rng.below(4);
                    let l = &lines[i];
                    let k = l.len() - l.trim_start_matches(' ').len();
                    lines[i] = l[k.min(strip)..].to_string();
                }
                7 => {
                    // Leading four spaces become a tab (mixes tabs and spaces).
                    if let Some(rest) = lines[i].strip_prefix("    ") {
                        lines[i] = format!("\t{rest}");
                    } else {
                        lines[i] = format!("\t{}", lines[i]);
                    }
                }
                _ => {
                    // Dedent a block of up to 5 lines.
                    let end = (i + 1 + rng.below(5)).min(n);
                    for l in &mut lines[i..end] {
                        if let Some(rest) = l.strip_prefix("    ") {
                            *l = rest.to_string();
                        }
                    }
                }
            }
        }
        let mut out = lines.join("\n");
        out.push('\n');
        cases.push(Case::new("line_shuffle", out, Expect::Any));
    }
    cases
}

/// Constructs outside the accepted subset: each must be refused (exit 2) with
/// a location.
const UNSUPPORTED: &[&str] = &[
    // closures over what jcvm does not keep in cells yet: a comprehension variable,
    // a nested function calling itself, a variable read before it is assigned
    "def f() -> None:\n    fs = [lambda: i for i in range(3)]\n    print(fs[0]())\n\n\nf()\n",
    "def f(n: int) -> int:\n    def fact(k: int) -> int:\n        return 1 if k < 2 else k * fact(k - 1)\n    return fact(n)\n\n\nprint(f(5))\n",
    "def f() -> int:\n    def g() -> int:\n        return x\n    x = 1\n    return g()\n\n\nprint(f())\n",
    "def f() -> None:\n    def g() -> None:\n        nonlocal y\n        y = 2\n    g()\n\n\nf()\n",
    // a nested generator, a lambda with a default that is not a literal, a decorated nested def
    "def f() -> None:\n    def g() -> int:\n        yield 1\n    print(1)\n\n\nf()\n",
    "def f(k: int) -> int:\n    g = lambda x, k=k: x + k\n    return g(1)\n\n\nprint(f(2))\n",
    "def f() -> None:\n    @staticmethod\n    def g() -> None:\n        pass\n\n\nf()\n",
    // dataclass options jcvm does not generate, mutable defaults, a default before a required field
    "from dataclasses import dataclass\n\n\n@dataclass(order=True)\nclass P:\n    x: int\n",
    "from dataclasses import dataclass\n\n\n@dataclass\nclass P:\n    xs: list[int] = []\n",
    "from dataclasses import dataclass\n\n\n@dataclass\nclass P:\n    x: int = 0\n    y: int\n",
    // __exit__ that takes other parameters, using __exit__'s *args, with over a non-manager
    "class M:\n    def __enter__(self) -> None:\n        pass\n\n    def __exit__(self, a: object) -> None:\n        pass\n",
    "class M:\n    def __enter__(self) -> None:\n        pass\n\n    def __exit__(self, *args: object) -> None:\n        print(args)\n",
    "with 3 as x:\n    print(x)\n",
    // new syntax in the wrong place (SyntaxError in CPython) and malformed forms
    "def f() -> None:\n    pass\n\n\nyield 1\n",
    "class C:\n    return 1\n",
    "class C:\n    x = yield 2\n",
    "x = [1, 2]\nprint(x[1:2:3:4])\n",
    "print(f\"{1:{2:{3}}}\")\n",
    "print(f'{\"a\" \"b\"!x}')\n",
    "d = {1: 2, **{3: 4}}\nprint(d)\n",
    "s = {*[1, 2]}\nprint(len(s))\n",
    "class K:\n    def __init__(self) -> None:\n        self.a = 1\n\n    def __eq__(self, o: \"K\") -> bool:\n        return True\n\n\nd: dict[K, int] = {}\nprint(len(d))\n",
    "d = {[1]: 2}\nprint(d)\n",
    // __slots__ that CPython enforces: a field outside them, a slot with a class default
    "class C:\n    __slots__ = (\"x\",)\n    x: int\n\n    def __init__(self) -> None:\n        self.x = 1\n        self.y = 2\n\n\nprint(C().x)\n",
    "class C:\n    __slots__ = (\"x\",)\n    x: int = 0\n\n\nprint(C().x)\n",
    "class C:\n    __slots__ = names\n    x: int = 0\n\n\nprint(C().x)\n",
    // a field read in __init__ before it is assigned (AttributeError in CPython)
    "class C:\n    x: int\n\n    def __init__(self) -> None:\n        print(self.x)\n        self.x = 1\n\n\nC()\n",
    "class C:\n    x: int\n\n    def __init__(self) -> None:\n        self.x += 1\n\n\nC()\n",
    // exceptions: malformed and unsupported forms
    "try:\n    x = 1\n",
    "try:\n    x = 1\nexcept* ValueError:\n    pass\n",
    "try:\n    x = 1\nexcept 3:\n    pass\n",
    "class C:\n    pass\n\n\ntry:\n    x = 1\nexcept C:\n    pass\n",
    "raise 5\n",
    "raise from ValueError\n",
    "def f() -> None:\n    raise ValueError from 3\n\n\nf()\n",
    // with
    "with open(\"data.txt\") as fh:\n    print(1)\n",
    // enumerate, starred targets, variable-length tuples
    "a, *b = 1, 2, 3\nprint(b)\n",
    "from typing import Optional\nu: Optional[tuple[int, int]] = None\nprint(u == None)\n",
    "t = (1, 2)\ni = 0\nprint(t[i])\n",
    // set displays whose layout in CPython jcvm cannot know (a folded constant
    // expression; strings CPython may re-intern), dict misuse
    "s = {\"a\" + \"b\", \"c\", \"d\"}\nprint(s)\n",
    "s = {(16,)[0], 8, 0, 24, 32}\nprint(s)\n",
    "from typing import Optional\ns: set[Optional[int]] = {1, 2}\ns.add(None)\nprint(s)\n",
    "from typing import Optional\ns: set[Optional[int]] = {1, None}\nfor x in s:\n    print(x)\n",
    "s = {\"ax\", \"ay\", \"bz\"}\nfor x in s:\n    print(x)\n",
    "d = {}\nprint(d)\n",
    "d = {1: 2}\nprint(d[\"a\"])\n",
    "d = {1: 2}\nprint(d.keys())\n",
    // comprehensions and generators
    "xs = [1, 2]\nf = abs\nys = sorted(xs, key=f)\nprint(ys)\n",
    "def gen(n: int) -> int:\n    for i in range(n):\n        yield i\n    return 0\n\n\nprint(gen(3))\n",
    "async def f(n: int) -> int:\n    return n\n\n\nprint(1)\n",
    // decorators other than jitclass/jit/staticmethod/property; class attribute misuse
    "class C:\n    x = 1\n\n\nc = C()\nc.x = 2\nprint(c.x)\n",
    "class C:\n    x = []\n\n\nprint(C.x)\n",
    "class C:\n    x = 1\n\n\nclass D(C):\n    x = 2\n\n\nprint(D.x)\n",
    "def deco(f: int) -> int:\n    return f\n\n\n@deco\ndef g(n: int) -> int:\n    return n\n\n\nprint(g(1))\n",
    // *args, **kwargs; keyword and default mistakes (TypeError in CPython)
    "def f(**kwargs: int) -> int:\n    return 0\n\n\nprint(f(a=1))\n",
    "def f(**kwargs: int) -> int:\n    return 0\n\n\nprint(f(a=1))\n",
    "def f(a: int, b: int = 2) -> int:\n    return a + b\n\n\nprint(f(1, c=2))\n",
    "def f(a: int, b: int = 2) -> int:\n    return a + b\n\n\nprint(f(1, a=2))\n",
    "def f(a: int, b: int = 2) -> int:\n    return a + b\n\n\nprint(f(b=2))\n",
    "def f(a: int, /, b: int = 2) -> int:\n    return a + b\n\n\nprint(f(a=1))\n",
    "def f(a: int, *, b: int) -> int:\n    return a + b\n\n\nprint(f(1, 2))\n",
    "def f(a: int = \"x\") -> int:\n    return a\n\n\nprint(f())\n",
    "class A:\n    def f(self, a: int = 1) -> int:\n        return a\n\n\nclass B(A):\n    def f(self, a: int = 2) -> int:\n        return a\n\n\nprint(B().f())\n",
    "import math\nprint(math.sqrt(x=4.0))\n",
    "def f() -> None:\n    import os\n    print(1)\n\n\nf()\n",    // string formatting beyond what is supported, and malformed templates
    "x = 3\nprint(f\"{x=}\")\n",
    "print(\"{0.real}\".format(3))\n",
    "print(\"{} {1}\".format(3, 4))\n",
    "print(\"{\".format(3))\n",
    "print(\"}\".format(3))\n",
    "x = 3\nprint(f\"{x!z}\")\n",
    "x = 3\nprint(f\"{x\")\n",
    "print(f\"{}\")\n",
    // slicing what cannot be sliced yet, del of names
    "t = (1, 2, 3)\nprint(t[1:])\n",
    "x = 1\ndel x\nprint(1)\n",
    "xs = [1, 2]\nxs[0:1] += [3]\nprint(xs)\n",
    "print(\"a\".encode())\n",
    // global misuse (SyntaxError in CPython)
    "x = 1\n\n\ndef f() -> None:\n    x = 2\n    global x\n    print(x)\n\n\nf()\n",
    "x = 1\n\n\ndef f(x: int) -> None:\n    global x\n    print(x)\n\n\nf(2)\n",
    // statements outside their context (SyntaxError in CPython)
    "return 1\n",
    "x = 1\nbreak\n",
    // unannotated parameter
    "def f(x) -> int:\n    return 1\n\n\nprint(f(1))\n",
    // undefined names and functions
    "print(undefined_name + 1)\n",
    "def f() -> int:\n    return missing * 2\n\n\nprint(f())\n",
    "print(frobnicate(3))\n",
    // wrong argument counts
    "def f(a: int, b: int) -> int:\n    return a + b\n\n\nprint(f(1))\n",
    "def f(a: int) -> int:\n    return a\n\n\nprint(f(1, 2))\n",
    "class P:\n    def __init__(self, x: float, y: float) -> None:\n        self.x = x\n        self.y = y\n\n\np = P(1.0)\nprint(p.x)\n",
    "class P:\n    def __init__(self) -> None:\n        self.x = 1\n\n    def get(self) -> int:\n        return self.x\n\n\nprint(P().get(5))\n",
    // type mismatches
    "x: int = \"a\"\nprint(x)\n",
    "def f(a: int) -> int:\n    return a\n\n\nprint(f(\"s\"))\n",
    "def f() -> int:\n    return \"s\"\n\n\nprint(f())\n",
    "def f() -> None:\n    x = 0\n    x = 1.5\n    print(x)\n\n\nf()\n",
    "x = 1 or \"a\"\nprint(x)\n",
    // unknown attributes and methods
    "class P:\n    def __init__(self, x: float) -> None:\n        self.x = x\n\n\np = P(1.0)\nprint(p.z)\n",
    "class P:\n    def __init__(self, x: float) -> None:\n        self.x = x\n\n\np = P(1.0)\np.frob()\n",
    "class C:\n    def __init__(self) -> None:\n        self.a = 1\n\n    def set(self) -> None:\n        self.b = 2\n\n\nc = C()\nc.set()\nprint(c.a)\n",
    // imports
    "import os\nprint(os.getcwd())\n",
    "from math import *\nprint(sqrt(4.0))\n",
    "from collections import deque\nprint(1)\n",
    // walrus, match
    "n = 5\nif (m := n * 2) > 5:\n    print(m)\n",
    "x = 2\nmatch x:\n    case 1:\n        print(\"one\")\n    case _:\n        print(\"other\")\n",
    // Optional numbers used unnarrowed, a global Optional number (never narrowed),
    // unions of containers, functions printed or compared, bound methods compared
    "from typing import Optional\n\n\ndef f(a: Optional[int]) -> int:\n    return a + 1\n\n\nprint(f(None))\n",
    "from typing import Optional\n\nx: Optional[int] = 3\nif x is not None:\n    print(x + 1)\n",
    "from typing import Union\n\nx: Union[int, list[int]] = 3\nprint(x)\n",
    "from typing import Union\n\n\ndef f(x: Union[int, str]) -> bool:\n    return x == 1\n\n\nprint(f(1))\n",
    "def f() -> int:\n    return 1\n\n\nprint(f)\n",
    "def f() -> int:\n    return 1\n\n\nprint([f])\n",
    "xs = [1]\nprint(xs.append is xs.append)\n",
    "def f() -> None:\n    s = {1}\n    s |= [2]\n    print(len(s))\n\n\nf()\n",
    "class A:\n    @classmethod\n    def make(cls) -> \"A\":\n        return cls()\n\n\nclass B(A):\n    pass\n\n\ndef f(a: A) -> A:\n    return a.make()\n\n\nprint(type(f(B())).__name__)\n",
    "class A:\n    def f(self) -> int:\n        return 1\n\n\nclass B(A):\n    def f(self) -> int:\n        return super(int, self).f()\n\n\nprint(B().f())\n",
    "from typing import Optional\n\n\ndef f(a: Optional[bool], b: Optional[bool]) -> bool:\n    return a is b\n\n\nprint(f(True, True))\n",
    "def f(y: float, c: bool) -> None:\n    print(y if c else 0)\n\n\nf(1.5, False)\n",
    "def f() -> int:\n    yield 1\n\n\nprint(1)\n",
    "from typing import Iterator\n\n\ndef f() -> Iterator[int]:\n    x = yield 1\n\n\nprint(1)\n",
    "from typing import Iterator\n\n\ndef f() -> Iterator[int]:\n    try:\n        yield 1\n    finally:\n        pass\n\n\nprint(1)\n",
    "from typing import Iterator\n\n\nclass C:\n    def __iter__(self) -> \"C\":\n        return self\n\n\nfor x in C():\n    print(x)\n",
    "from typing import Iterator\n\n\nclass A:\n    def it(self) -> Iterator[int]:\n        yield 1\n\n\nclass B(A):\n    def it(self) -> Iterator[int]:\n        yield 2\n\n\ndef f(a: A) -> None:\n    for x in a.it():\n        print(x)\n\n\nf(B())\n",
    "from typing import Iterator\n\n\ndef f() -> Iterator[int]:\n    yield 1\n\n\nprint(f())\n",
    "def f(t: tuple[int, int]) -> bool:\n    return 1 in t\n\n\nprint(f((1, 2)))\n",
    // None / [] with no annotation
    "x = []\nx.append(1)\nprint(x)\n",
    "def f() -> None:\n    x = None\n    print(x)\n\n\nf()\n",
    // multiple inheritance, chained assignment, starred call, bytes, complex
    "class A:\n    pass\n\n\nclass B:\n    pass\n\n\nclass C(A, B):\n    pass\n\n\nprint(1)\n",
    "xs = [1, 2]\nprint(*xs)\n",
    "b = b\"abc\"\nprint(len(b))\n",
    "z = 1j\nprint(z)\n",
    // special methods jcvm does not call yet (refused, never silently ignored), and
    // special methods jcvm does not call; a set of objects with __repr__ (CPython's order is its hash table's)
    "class V:\n    def __init__(self, x: int) -> None:\n        self.x = x\n\n    def __hash__(self) -> int:\n        return 1\n\n\nprint(1)\n",
    "class V:\n    def __init__(self, x: int) -> None:\n        self.x = x\n\n    def __iter__(self) -> int:\n        return 0\n\n\nfor y in V(1):\n    print(y)\n",
    "class V:\n    def __init__(self, x: int) -> None:\n        self.x = x\n\n    def __repr__(self) -> str:\n        return \"V\"\n\n\nprint({V(1)})\n",
    "class V:\n    def __init__(self, x: int) -> None:\n        self.x = x\n\n    def __eq__(self, o: \"V\") -> bool:\n        return True\n\n\nprint([V(1)].index(V(2)))\n",
    // __init__ returning a value (TypeError in CPython)
    "class V:\n    def __init__(self, x: int) -> int:\n        self.x = x\n        return 1\n\n\nprint(V(1).x)\n",
    "class V:\n    def __init__(self, x: int):\n        self.x = x\n        return 1\n\n\nprint(V(1).x)\n",
    // `*=` on a list (in place in CPython)
    "xs = [1]\nys = xs\nxs *= 2\nprint(ys)\n",
    // `is` between strs or tuples (CPython shares one-character strs, equal constants, `()`)
    "def f() -> None:\n    a = chr(65)\n    print(a is chr(65))\n\n\nf()\n",
    "from typing import Optional\n\n\ndef f(s: Optional[str]) -> bool:\n    return s is \"x\"\n\n\nprint(f(\"x\"))\n",
    "def f(t: tuple[int, int], u: tuple[int, int]) -> bool:\n    return t is not u\n\n\nprint(f((1, 2), (1, 2)))\n",
];

fn unsupported() -> Vec<Case> {
    UNSUPPORTED.iter().map(|src| Case::new("unsupported", *src, Expect::Refused)).collect()
}

/// Runtime faults: a traceback and CPython's exception line, exit 1.
fn runtime_errors() -> Vec<Case> {
    let cases: &[(&str, &'static str)] = &[
        (
            "def f(a: int) -> int:\n    return 10 // a\n\n\nprint(f(0))\n",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        ("x = 1.0\ny = 0.0\nprint(x / y)\n", "ZeroDivisionError: float division by zero"),
        ("xs = [1, 2]\nprint(xs[5])\n", "IndexError: list index out of range"),
        ("xs: list[int] = []\nxs.pop()\n", "IndexError: pop from empty list"),
        (
            "from typing import Optional\n\n\nclass N:\n    def __init__(self, v: int) -> None:\n        \
             self.v = v\n        self.next: Optional[N] = None\n\n\nn = N(1)\nprint(n.next.v)\n",
            "AttributeError: 'NoneType' object has no attribute 'v'",
        ),
        (
            "def f(n: int) -> int:\n    return f(n + 1) + 1\n\n\nprint(f(0))\n",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "class C:\n    def __init__(self, d: int) -> None:\n        self.d = d\n        \
             self.child = C(d + 1)\n\n\nprint(C(0).d)\n",
            "RecursionError: maximum recursion depth exceeded",
        ),
        ("assert 1 > 2, \"nope\"\n", "AssertionError: nope"),
        ("x = 3\nassert x < 0\n", "AssertionError"),
        ("def f() -> None:\n    raise ValueError(\"bad value\")\n\n\nf()\n", "ValueError: bad value"),
        (
            "def f(a: int, b: int) -> int:\n    return a % b\n\n\nprint(f(7, 0))\n",
            "ZeroDivisionError: integer modulo by zero",
        ),
        ("x = 7.5\ny = 0.0\nprint(x % y)\n", "ZeroDivisionError: float modulo"),
        ("x = 7.5\ny = 0.0\nprint(x // y)\n", "ZeroDivisionError: float floor division by zero"),
        ("print(int(\"abc\"))\n", "ValueError: invalid literal for int() with base 10: 'abc'"),
        ("x = 9223372036854775807\nx += 1\nprint(x)\n", "OverflowError: integer result out of 64-bit range"),
        (
            "def f() -> None:\n    xs = [4611686018427387904]\n    n = 4611686018427387904\n    xs[0] += n\n\n\nf()\n",
            "OverflowError: integer result out of 64-bit range",
        ),
        (
            "def f() -> None:\n    xs = [-4611686018427387904]\n    n = 4611686018427387905\n    xs[0] -= n\n\n\nf()\n",
            "OverflowError: integer result out of 64-bit range",
        ),
    ];
    let mut cases: Vec<Case> =
        cases.iter().map(|(src, exc)| Case::new("runtime_error", *src, Expect::Raises).exception(exc)).collect();
    // A fused `xs[i] += n` that overflows leaves the item as it was.
    cases.push(
        Case::new(
            "runtime_error_unchanged",
            "def f() -> None:\n    xs = [9223372036854775800]\n    n = 8\n    try:\n        xs[0] += n\n    \
             except OverflowError:\n        print(xs)\n\n\nf()\n",
            Expect::Any,
        )
        .stdout("[9223372036854775800]\n"),
    );
    cases
}

fn stress(rng: &mut XorShift) -> Vec<Case> {
    let mut cases = Vec::new();
    let n = 5000;
    cases.push(
        Case::new("stress_parens", format!("x = {}1{}\nprint(x)\n", "(".repeat(n), ")".repeat(n)), Expect::Any)
            .stdout("1\n"),
    );
    cases.push(
        Case::new("stress_lists", format!("x = {}1{}\nprint(len(x))\n", "[".repeat(n), "]".repeat(n)), Expect::Any)
            .stdout("1\n"),
    );
    let mut nested_if = String::new();
    for depth in 0..300 {
        nested_if.push_str(&" ".repeat(depth));
        nested_if.push_str("if True:\n");
    }
    nested_if.push_str(&" ".repeat(300));
    nested_if.push_str("print(1)\n");
    cases.push(Case::new("stress_nested_if", nested_if, Expect::Any).stdout("1\n"));
    cases.push(
        Case::new("stress_long_sum", format!("x = 1{}\nprint(x)\n", " + 1".repeat(99_999)), Expect::Any)
            .stdout("100000\n"),
    );
    cases.push(
        Case::new("stress_unary_minus", format!("x = {}1\nprint(x)\n", "-".repeat(10_000)), Expect::Any).stdout("1\n"),
    );
    let digits = "0123456789".repeat(40);
    cases.push(
        Case::new("stress_huge_int", format!("x = 1{digits}\nprint(x)\n"), Expect::Any).stdout(format!("1{digits}\n")),
    );
    cases.push(
        Case::new(
            "stress_huge_int_in_function",
            format!("def f() -> int:\n    return 1{digits} + 1\n\n\nprint(f())\n"),
            Expect::Any,
        )
        .stdout(format!("1{}1\n", &digits[..digits.len() - 1])),
    );
    cases.push(
        Case::new("stress_1mb_string", format!("s = \"{}\"\nprint(len(s))\n", "a".repeat(1 << 20)), Expect::Runs)
            .stdout(format!("{}\n", 1 << 20)),
    );
    cases.push(
        Case::new("stress_long_identifier", format!("{0} = 1\nprint({0})\n", "v".repeat(100_000)), Expect::Any)
            .stdout("1\n"),
    );
    let mut many = String::from("x = 0\n");
    for _ in 0..20_000 {
        many.push_str("x += 1\n");
    }
    many.push_str("print(x)\n");
    cases.push(Case::new("stress_many_statements", many, Expect::Any).stdout("20000\n"));
    cases.push(
        Case::new(
            "stress_deep_calls",
            format!("def f(a: int) -> int:\n    return a + 1\n\n\nprint({}0{})\n", "f(".repeat(2000), ")".repeat(2000)),
            Expect::Any,
        )
        .stdout("2000\n"),
    );
    let mut elifs = String::from("x = 1999\nif x == 0:\n    print(0)\n");
    for i in 1..2000 {
        elifs.push_str(&format!("elif x == {i}:\n    print({i})\n"));
    }
    cases.push(Case::new("stress_elif_chain", elifs, Expect::Any).stdout("1999\n"));
    cases.push(
        Case::new(
            "stress_string_concat",
            format!("s = \"a\"{}\nprint(len(s))\n", " + \"a\"".repeat(9_999)),
            Expect::Any,
        )
        .stdout("10000\n"),
    );
    // Random bytes, certainly not UTF-8.
    let mut bytes: Vec<u8> = (0..4096).map(|_| rng.next() as u8).collect();
    bytes[0] = b'x';
    bytes[100] = 0xff;
    cases.push(Case::new("stress_random_bytes", bytes, Expect::Refused));
    let mut bad_utf8 = b"x = 1\nprint(\"".to_vec();
    bad_utf8.extend_from_slice(&[0xc3, 0x28, 0xa0, 0xa1]);
    bad_utf8.extend_from_slice(b"\")\n");
    cases.push(Case::new("stress_invalid_utf8", bad_utf8, Expect::Refused));
    cases.push(Case::new("stress_nul_byte", b"x = 1\n\0y = 2\nprint(x)\n".to_vec(), Expect::Refused));
    cases.push(Case::new("stress_nul_in_string", b"s = \"a\0b\"\nprint(len(s))\n".to_vec(), Expect::Refused));
    // Outside the subset's single-target assignment, but CPython runs it.
    cases.push(Case::new("stress_chained_assignment", "a = b = 1\nprint(a, b)\n", Expect::Any).stdout("1 1\n"));
    cases.push(Case::new("stress_empty", "", Expect::Runs).stdout(""));
    cases.push(
        Case::new("stress_only_comments", "# a comment\n# another one\n\n    # indented comment\n#", Expect::Runs)
            .stdout(""),
    );
    cases.push(Case::new("stress_only_whitespace", "\n\n   \n\t\n  ", Expect::Runs).stdout(""));
    cases.push(Case::new("stress_unexpected_indent", "    x = 1\nprint(x)\n", Expect::Refused));
    cases.push(Case::new("stress_unterminated_string", "x = \"abc\nprint(x)\n", Expect::Refused));
    cases.push(Case::new("stress_unterminated_triple_quote", "x = 1\ns = \"\"\"abc\nprint(x)\n", Expect::Refused));
    // Valid programs in unusual clothes: must run and print what CPython prints.
    cases.push(Case::new("stress_crlf", SEED_3.replace('\n', "\r\n"), Expect::Runs).stdout(SEED_3_OUT));
    cases.push(Case::new("stress_no_final_newline", SEED_2.trim_end(), Expect::Runs).stdout(SEED_2_OUT));
    cases.push(Case::new("stress_utf8_bom", format!("\u{feff}{SEED_2}"), Expect::Runs).stdout(SEED_2_OUT));
    cases.push(Case::new("stress_tabs", indent_with_tabs(SEED_8, |_| true), Expect::Runs).stdout(SEED_8_OUT));
    // Tabs in some functions, spaces in others: each block is consistent, so
    // CPython accepts it.
    let mut toggle = false;
    let mixed = indent_with_tabs(SEED_2, |line| {
        if line.starts_with("def ") || line.starts_with("class ") {
            toggle = !toggle;
        }
        toggle
    });
    cases.push(Case::new("stress_tabs_mixed_blocks", mixed, Expect::Runs).stdout(SEED_2_OUT));
    // A tab and eight spaces in the same block: CPython's TabError.
    cases.push(Case::new("stress_tabs_inconsistent", "if True:\n\tx = 1\n        print(x)\n", Expect::Refused));
    cases.push(Case::new(
        "stress_tabs_inconsistent_def",
        "def f(a: int) -> int:\n    b = a + 1\n\treturn b\n\n\nprint(f(1))\n",
        Expect::Refused,
    ));
    cases
}

/// Re-indent `src` with one tab per four leading spaces on lines where `use_tabs` says so.
fn indent_with_tabs(src: &str, mut use_tabs: impl FnMut(&str) -> bool) -> String {
    let mut out = String::new();
    for line in src.lines() {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        if use_tabs(line) {
            out.push_str(&"\t".repeat(spaces / 4));
            out.push_str(&line[spaces - spaces % 4..]);
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

fn all_cases() -> Vec<Case> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut cases = seed_cases();
    cases.extend(truncations(&mut rng));
    cases.extend(token_shuffles(&mut rng));
    cases.extend(line_shuffles(&mut rng));
    cases.extend(unsupported());
    cases.extend(runtime_errors());
    cases.extend(stress(&mut rng));
    cases
}

// ---------------------------------------------------------------------------
// Running and checking.
// ---------------------------------------------------------------------------

enum Status {
    Exited(ExitStatus),
    TimedOut,
    SpawnFailed(String),
}

struct Outcome {
    status: Status,
    stdout: Vec<u8>,
    stderr: String,
    elapsed: Duration,
}

fn run_case(path: &Path, out_path: &Path, err_path: &Path) -> Outcome {
    let start = Instant::now();
    let spawn = (|| -> std::io::Result<std::process::Child> {
        Command::new(JCVM)
            .args(["run", "--jit", "off"])
            .arg(path)
            .stdin(Stdio::null())
            .stdout(File::create(out_path)?)
            .stderr(File::create(err_path)?)
            .spawn()
    })();
    let mut child = match spawn {
        Ok(child) => child,
        Err(e) => {
            return Outcome {
                status: Status::SpawnFailed(e.to_string()),
                stdout: Vec::new(),
                stderr: String::new(),
                elapsed: start.elapsed(),
            }
        }
    };
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Status::Exited(status),
            Ok(None) => {}
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                break Status::SpawnFailed(format!("try_wait: {e}"));
            }
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let elapsed = start.elapsed();
    let stdout = fs::read(out_path).unwrap_or_default();
    let stderr = String::from_utf8_lossy(&fs::read(err_path).unwrap_or_default()).into_owned();
    Outcome { status, stdout, stderr, elapsed }
}

/// Does `text` contain `<stem>.py:<digits>:<digits>`?
fn has_location(text: &str, stem: &str) -> bool {
    let needle = format!("{stem}.py:");
    text.match_indices(&needle).any(|(i, _)| {
        let rest = &text[i + needle.len()..];
        let line_digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if line_digits == 0 || rest.as_bytes().get(line_digits) != Some(&b':') {
            return false;
        }
        rest[line_digits + 1..].bytes().take_while(u8::is_ascii_digit).count() > 0
    })
}

/// `Name` or `Name: message`, where Name looks like an exception class.
fn is_exception_line(line: &str) -> bool {
    let name = line.split(": ").next().unwrap_or("");
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// Why the outcome is wrong, or None if it is fine.
fn check(case: &Case, stem: &str, outcome: &Outcome) -> Option<String> {
    let status = match &outcome.status {
        Status::TimedOut => return Some(format!("timed out after {TIMEOUT:?}")),
        Status::SpawnFailed(e) => return Some(format!("could not run {JCVM}: {e}")),
        Status::Exited(status) => status,
    };
    let code = match status.code() {
        Some(code) => code,
        None => return Some(format!("killed by a signal: {}", describe_status(status))),
    };
    for bad in ["panicked", "RUST_BACKTRACE", "stack overflow", "overflowed its stack"] {
        if outcome.stderr.contains(bad) {
            return Some(format!("stderr contains {bad:?}"));
        }
    }
    if !matches!(code, 0..=2) {
        return Some(format!("exit status {code}, expected 0, 1 or 2"));
    }
    let wanted = match case.expect {
        Expect::Any => None,
        Expect::Runs => Some(0),
        Expect::Raises => Some(1),
        Expect::Refused => Some(2),
    };
    if let Some(w) = wanted {
        if code != w {
            return Some(format!("exit status {code}, expected {w}"));
        }
    }
    match code {
        0 => {
            if let Some(expected) = &case.stdout_if_ok {
                if outcome.stdout != expected.as_bytes() {
                    return Some(format!(
                        "exit 0 but stdout differs from CPython's:\n  expected {:?}\n  got      {:?}",
                        head(expected.as_bytes(), 300),
                        head(&outcome.stdout, 300)
                    ));
                }
            }
        }
        1 => {
            if !outcome.stderr.contains("Traceback (most recent call last):") {
                return Some("exit 1 without a traceback on stderr".to_string());
            }
            let last = outcome
                .stderr
                .lines()
                .rev()
                .map(|l| l.trim_end_matches('\r'))
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            if !is_exception_line(last) {
                return Some(format!("exit 1 but the last stderr line is not an exception: {last:?}"));
            }
            if let Some(prefix) = case.exception {
                if !last.starts_with(prefix) {
                    return Some(format!("expected the exception line to start with {prefix:?}, got {last:?}"));
                }
            }
        }
        _ => {
            if !has_location(&outcome.stderr, stem) {
                return Some(format!("exit 2 without a `{stem}.py:LINE:COL` location"));
            }
        }
    }
    None
}

fn describe_status(status: &ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            let core = if status.core_dumped() { " (core dumped)" } else { "" };
            return format!("signal {sig}{core}");
        }
    }
    format!("{status}")
}

fn head(bytes: &[u8], n: usize) -> String {
    String::from_utf8_lossy(&bytes[..bytes.len().min(n)]).into_owned()
}

fn tail(text: &str, n: usize) -> &str {
    if text.len() <= n {
        return text;
    }
    let mut start = text.len() - n;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

#[test]
fn bad_input_never_crashes() {
    let dir: PathBuf = std::env::temp_dir().join(format!("jcvm-bad-input-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create temp dir");

    let cases = all_cases();
    let mut names = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        let stem = format!("{}_{i:03}", case.generator);
        fs::write(dir.join(format!("{stem}.py")), &case.source).expect("write case");
        names.push(stem);
    }

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, MAX_PARALLEL);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= cases.len() {
                    break;
                }
                let stem = &names[i];
                let outcome = run_case(
                    &dir.join(format!("{stem}.py")),
                    &dir.join(format!("{stem}.stdout")),
                    &dir.join(format!("{stem}.stderr")),
                );
                results.lock().unwrap()[i] = Some(outcome);
            });
        }
    });
    let results = results.into_inner().unwrap();

    let mut failures = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    for ((case, stem), outcome) in cases.iter().zip(&names).zip(&results) {
        let outcome = outcome.as_ref().expect("every case ran");
        if outcome.elapsed > slowest.0 {
            slowest = (outcome.elapsed, stem.clone());
        }
        if let Some(reason) = check(case, stem, outcome) {
            let status = match &outcome.status {
                Status::Exited(s) => describe_status(s),
                Status::TimedOut => "timeout".to_string(),
                Status::SpawnFailed(_) => "not run".to_string(),
            };
            failures.push(format!(
                "--- {stem}.py [{}]: {reason}\n    status: {status}, {:.2?}\n    source: {:?}\n    \
                 stderr tail:\n{}",
                case.generator,
                outcome.elapsed,
                head(&case.source, 200),
                indent(tail(&outcome.stderr, 800))
            ));
        }
    }

    let passed = cases.len() - failures.len();
    println!(
        "bad_input: {passed} passed, {} failed ({:.1?} total, {workers} at a time, slowest {} {:.2?})",
        failures.len(),
        started.elapsed(),
        slowest.1,
        slowest.0
    );
    let keep = std::env::var_os("JCVM_BAD_INPUT_KEEP").is_some();
    if failures.is_empty() && !keep {
        let _ = fs::remove_dir_all(&dir);
    } else {
        println!("cases kept in {}", dir.display());
    }
    if !failures.is_empty() {
        panic!("bad_input: {passed} passed, {} failed\n{}", failures.len(), failures.join("\n"));
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("      | {l}\n")).collect::<String>()
}
