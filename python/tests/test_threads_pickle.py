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
