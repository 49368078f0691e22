"""Threads share instances without losing updates; instances pickle, copy
and deep-copy by fields (object graphs and shared references included) and
travel through multiprocessing."""

import copy
import multiprocessing
import pickle
import threading
from typing import List, Optional

from jcvm import jitclass


@jitclass
class Counter:
    n: int

    def __init__(self) -> None:
        self.n = 0

    def bump(self) -> None:
        self.n += 1


@jitclass
class Tree:
    label: str
    weight: float
    kids: List["Tree"]
    parent: Optional["Tree"]

    def __init__(self, label: str, weight: float) -> None:
        self.label = label
        self.weight = weight
        self.kids = []
        self.parent = None

    def add(self, kid: "Tree") -> "Tree":
        kid.parent = self
        self.kids.append(kid)
        return kid

    def total(self) -> float:
        t = self.weight
        for k in self.kids:
            t += k.total()
        return t


def test_threads_lose_no_update():
    c = Counter()

    def work() -> None:
        for _ in range(20_000):
            c.bump()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert c.n == 80_000


def sample() -> Tree:
    root = Tree("root", 1.0)
    a = root.add(Tree("a", 2.0))
    root.add(Tree("b", 3.0))
    a.add(Tree("c", 4.5))
    return root


def test_pickle_round_trips_a_graph_with_cycles():
    root = sample()
    clone = pickle.loads(pickle.dumps(root))
    assert clone is not root
    assert clone.total() == root.total() == 10.5
    assert [k.label for k in clone.kids] == ["a", "b"]
    assert clone.kids[0].parent is clone, "the parent cycle survives"
    assert clone.kids[0].kids[0].parent is clone.kids[0]


def test_shared_references_stay_shared():
    shared = Tree("shared", 1.0)
    root = Tree("root", 0.0)
    root.kids = [shared, shared]
    for copied in (pickle.loads(pickle.dumps(root)), copy.deepcopy(root)):
        assert copied.kids[0] is copied.kids[1]
        assert copied.kids[0] is not shared
    shallow = copy.copy(root)
    assert shallow is not root
    assert shallow.kids[0] is shared, "a shallow copy shares the fields' objects"


def weigh(tree: Tree) -> float:
    return tree.total()


def test_instances_travel_through_multiprocessing():
    trees = [sample() for _ in range(4)]
    for i, t in enumerate(trees):
        t.weight = float(i)
    expected = [t.total() for t in trees]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        assert pool.map(weigh, trees) == expected


@jitclass
class Spinner:
    n: int

    def __init__(self) -> None:
        self.n = 0

    def spin(self, k: int) -> int:
        i = 0
        while i < k:
            i += 1
            self.n += 1
        return self.n


def test_ctrl_c_stops_a_long_compiled_loop():
    import _thread
    import signal
    import time

    # A process started as a background job inherits SIGINT ignored, and then
    # interrupt_main() does nothing (the loop would spin for ever): install
    # Python's own handler for this test, as an interactive process has it.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        s = Spinner()
        timer = threading.Timer(0.2, _thread.interrupt_main)
        timer.start()
        started = time.perf_counter()
        try:
            s.spin(10**15)
        except KeyboardInterrupt:
            pass
        else:
            raise AssertionError("the loop should have been interrupted")
        assert time.perf_counter() - started < 30
        assert s.n > 0
    finally:
        signal.signal(signal.SIGINT, previous)


def test_other_threads_run_while_compiled_code_loops():
    # The worker loops until the main thread sets its flag: that can only happen
    # if compiled code lets other threads run (it would loop 10**12 times else).
    s = StoppableSpinner()
    # (A first read resolves a field's slot under the runtime's lock, which the
    # worker holds while it runs: read both before it starts.)
    assert (s.n, s.stop) == (0, False)
    worker = threading.Thread(target=s.spin_until_stopped, args=(10**12,))
    worker.start()
    while s.n == 0:
        pass
    s.stop = True
    worker.join()
    assert s.n < 10**12


@jitclass
class StoppableSpinner:
    n: int
    stop: bool

    def __init__(self) -> None:
        self.n = 0
        self.stop = False

    def spin_until_stopped(self, limit: int) -> int:
        while not self.stop and self.n < limit:
            self.n += 1
        return self.n


@jitclass
class FourMethods:
    def __init__(self) -> None:
        pass

    def m0(self, k: int) -> int:
        return 100 + k

    def m1(self, k: int) -> int:
        return 101 + k

    def m2(self, k: int) -> int:
        return 102 + k


def test_calls_during_compilations_reach_the_right_method(tmp_path):
    # New code renumbers functions; a call racing a compilation must never run
    # another method (each generation's ids are installed under the lock).
    import importlib
    import sys

    f = FourMethods()
    wrong = []
    stop = threading.Event()

    def caller() -> None:
        while not stop.is_set():
            r = f.m2(0)
            if r != 102:
                wrong.append(r)

    sys.path.insert(0, str(tmp_path))
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    t = threading.Thread(target=caller)
    t.start()
    try:
        for i in range(12):
            (tmp_path / f"racing_mod_{i}.py").write_text(
                "from jcvm import jitclass\n\n"
                f"@jitclass\nclass Racing{i}:\n    v: int\n"
                "    def __init__(self, v: int) -> None:\n        self.v = v\n"
                "    def get(self) -> int:\n        return self.v\n"
            )
            module = importlib.import_module(f"racing_mod_{i}")
            assert getattr(module, f"Racing{i}")(i).get() == i
    finally:
        stop.set()
        t.join()
        sys.setswitchinterval(old_interval)
        sys.path.remove(str(tmp_path))
    assert wrong == []
