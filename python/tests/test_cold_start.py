"""The cold start's shape: importing jcvm and decorating classes and functions
never sets up Python's `ast` (importing `ast` or `_ast`, or calling the builtin
`compile`, which creates the AST types on first use: over a millisecond, a
third of the cold start before the bridge read definitions with jcvm's own
parser). In a child process, so nothing else has imported them first."""

import subprocess
import sys

COLD = '''
import builtins, sys

def refused(*args, **kwargs):
    raise AssertionError("the builtin compile() ran while decorating")

builtins.compile = refused
from jcvm import jit, jitclass

@jitclass
class Probe:
    """A probe."""
    x: float

    def __init__(self, x: float = 1.0, *, k: int = 2) -> None:
        self.x = x * k

    def get(self, scale: float = 2.0) -> float:
        return self.x * scale

    @staticmethod
    def succ(a: int) -> int:
        return a + 1

    @property
    def double(self) -> float:
        return self.x * 2

@jit
def twice(n: int, *, by: int = 2) -> int:
    return n * by

print(Probe(3.0).get(), Probe.succ(1), Probe(1.5).double, twice(4), Probe(2.0, k=3).get(scale=1.0), twice(4, by=3))
print(Probe.__init__.__defaults__, Probe.__init__.__kwdefaults__, Probe.get.__name__, Probe.get.__qualname__)
print(sorted(m for m in ("ast", "_ast", "inspect") if m in sys.modules))
'''


def test_import_and_decorate_never_set_up_pythons_ast(tmp_path):
    script = tmp_path / "cold.py"
    script.write_text(COLD)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "12.0 2 6.0 8 6.0 12\n"
        "(1.0,) {'k': 2} get Probe.get\n"
        "[]\n"
    ), done.stderr
