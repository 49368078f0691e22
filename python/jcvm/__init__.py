"""jcvm: native Python classes.

``@jitclass`` on an annotated class gives objects whose fields live in a
native, fixed layout and whose methods run in jcvm's engine; ``@jit`` does the
same for a module-level function. Python holds each object through a proxy of
a real Python type; the same native object always comes back as the same
proxy.
"""

from jcvm._bridge import collect, jit, jitclass, stats
from jcvm._errors import CompileError

__all__ = ["jitclass", "jit", "CompileError", "collect", "stats"]
__version__ = "0.1.0"
