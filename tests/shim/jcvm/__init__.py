"""CPython stand-in for `jcvm`, used only when generating expected outputs.

Under CPython (the oracle) `@jitclass` and `@jit` must change nothing, so they
return what they decorate.
"""


def jitclass(cls):
    return cls


def jit(fn):
    return fn
