"""Identity and lifetimes: one proxy per native object while Python holds it;
objects live while a proxy or a live native object reaches them."""

import gc
import resource
from typing import List, Optional

from jcvm import collect, jitclass, stats


@jitclass
class Cell:
    value: int
    other: Optional["Cell"]
    children: List["Cell"]

    def __init__(self, value: int) -> None:
        self.value = value
        self.other = None
        self.children = []

    def adopt(self, child: "Cell") -> None:
        self.children.append(child)

    def first(self) -> "Cell":
        return self.children[0]


@jitclass
class Resource:
    closed: bool

    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_the_same_object_is_the_same_proxy():
    a, b = Cell(1), Cell(2)
    a.other = b
    assert a.other is b
    assert a.other is a.other
    a.adopt(b)
    assert a.first() is b
    a.other = a
    assert a.other is a


def test_an_object_reached_only_natively_survives_its_proxy():
    a = Cell(1)
    a.other = Cell(7)
    gc.collect()
    collect()
    assert a.other.value == 7
    a.adopt(Cell(8))
    collect()
    assert a.first().value == 8


def test_dropped_objects_are_freed_cycles_included():
    collect()
    before = stats()["live_objects"]
    a, b = Cell(1), Cell(2)
    a.other, b.other = b, a  # a native cycle
    a.adopt(b)
    del a, b
    gc.collect()
    freed = collect()
    assert freed >= 4  # two cells and their two lists
    assert stats()["live_objects"] == before


def test_with_calls_close():
    with Resource() as r:
        assert not r.closed
    assert r.closed


def test_stats_has_the_documented_keys():
    s = stats()
    for key in ("live_objects", "heap_bytes", "collections", "jit_compiled"):
        assert isinstance(s[key], int)


def test_a_million_proxies_leave_nothing_behind():
    collect()
    before = stats()["live_objects"]

    def churn(n: int) -> None:
        for i in range(n):
            Cell(i)

    churn(100_000)  # warm the heap and the allocator up
    collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    churn(1_000_000)
    collect()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert stats()["live_objects"] == before
    assert stats()["proxies"] <= before + 16
    # Peak RSS (KiB) grows by less than 8 MiB over a million objects made and dropped.
    assert rss_after - rss_before < 8 * 1024, (rss_before, rss_after)
