# Classic benchmark program, annotated as a mypy user would (see benches/programs/classic/BLOCKERS.md); the default size here is the corpus's small size, and `make compare` runs it at a benchmark size (BENCHMARKS.md).
# Richards: the classic OS task-scheduler simulation benchmark.
#
# Source: pyperformance 1.14.0, benchmark "richards"
#   (pyperformance/data-files/benchmarks/bm_richards/run_benchmark.py).
#   pyperformance is MIT licensed. Based on the BCPL original by Dr Martin
#   Richards (1981, Cambridge), via a C++ version derived from L Peter
#   Deutsch's Smalltalk version; Java version (C) 1995 Sun Microsystems,
#   translation from C++ by Mario Wolczko, outer loop by Alex Jacoby.
# Changed: mypy --strict annotations (parameters, returns, class-level
#   fields, empty/None-initialised locals); one `assert msg is not None`
#   in Task.runTask for Optional narrowing; the pyperf harness is replaced
#   by main() below. Algorithm, class structure and idioms are unchanged.
#
# Usage: richards.py [iterations]   default 15 (~1 s CPython 3.11),
#   small size for the test corpus: 1 (one full run of the scheduler).
import sys
from typing import Optional

# Task IDs
I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

# Packet types
K_DEV = 1000
K_WORK = 1001

# Packet

BUFSIZE = 4

BUFSIZE_RANGE = range(BUFSIZE)


class Packet(object):
    link: Optional["Packet"]
    ident: int
    kind: int
    datum: int
    data: list[int]

    def __init__(self, l: Optional["Packet"], i: int, k: int) -> None:
        self.link = l
        self.ident = i
        self.kind = k
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst: Optional["Packet"]) -> "Packet":
        self.link = None
        if lst is None:
            return self
        else:
            p = lst
            next = p.link
            while next is not None:
                p = next
                next = p.link
            p.link = self
            return lst

# Task Records


class TaskRec(object):
    pass


class DeviceTaskRec(TaskRec):
    pending: Optional[Packet]

    def __init__(self) -> None:
        self.pending = None


class IdleTaskRec(TaskRec):
    control: int
    count: int

    def __init__(self) -> None:
        self.control = 1
        self.count = 10000


class HandlerTaskRec(TaskRec):
    work_in: Optional[Packet]
    device_in: Optional[Packet]

    def __init__(self) -> None:
        self.work_in = None
        self.device_in = None

    def workInAdd(self, p: Packet) -> Optional[Packet]:
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def deviceInAdd(self, p: Packet) -> Optional[Packet]:
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerTaskRec(TaskRec):
    destination: int
    count: int

    def __init__(self) -> None:
        self.destination = I_HANDLERA
        self.count = 0
# Task


class TaskState(object):
    packet_pending: bool
    task_waiting: bool
    task_holding: bool

    def __init__(self) -> None:
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packetPending(self) -> "TaskState":
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self) -> "TaskState":
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self) -> "TaskState":
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waitingWithPacket(self) -> "TaskState":
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def isPacketPending(self) -> bool:
        return self.packet_pending

    def isTaskWaiting(self) -> bool:
        return self.task_waiting

    def isTaskHolding(self) -> bool:
        return self.task_holding

    def isTaskHoldingOrWaiting(self) -> bool:
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def isWaitingWithPacket(self) -> bool:
        return self.packet_pending and self.task_waiting and not self.task_holding


tracing = False
layout = 0


def trace(a: object) -> None:
    global layout
    layout -= 1
    if layout <= 0:
        print()
        layout = 50
    print(a, end='')


TASKTABSIZE = 10


class TaskWorkArea(object):
    taskTab: list[Optional["Task"]]
    taskList: Optional["Task"]
    holdCount: int
    qpktCount: int

    def __init__(self) -> None:
        self.taskTab = [None] * TASKTABSIZE

        self.taskList = None

        self.holdCount = 0
        self.qpktCount = 0


taskWorkArea = TaskWorkArea()


class Task(TaskState):
    link: Optional["Task"]
    ident: int
    priority: int
    input: Optional[Packet]
    handle: TaskRec

    def __init__(self, i: int, p: int, w: Optional[Packet],
                 initialState: TaskState, r: TaskRec) -> None:
        self.link = taskWorkArea.taskList
        self.ident = i
        self.priority = p
        self.input = w

        self.packet_pending = initialState.isPacketPending()
        self.task_waiting = initialState.isTaskWaiting()
        self.task_holding = initialState.isTaskHolding()

        self.handle = r

        taskWorkArea.taskList = self
        taskWorkArea.taskTab[i] = self

    def fn(self, pkt: Optional[Packet], r: TaskRec) -> Optional["Task"]:
        raise NotImplementedError

    def addPacket(self, p: Packet, old: "Task") -> "Task":
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def runTask(self) -> Optional["Task"]:
        if self.isWaitingWithPacket():
            msg = self.input
            assert msg is not None
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packetPending()
        else:
            msg = None

        return self.fn(msg, self.handle)

    def waitTask(self) -> "Task":
        self.task_waiting = True
        return self

    def hold(self) -> Optional["Task"]:
        taskWorkArea.holdCount += 1
        self.task_holding = True
        return self.link

    def release(self, i: int) -> "Task":
        t = self.findtcb(i)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        else:
            return self

    def qpkt(self, pkt: Packet) -> "Task":
        t = self.findtcb(pkt.ident)
        taskWorkArea.qpktCount += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.addPacket(pkt, self)

    def findtcb(self, id: int) -> "Task":
        t = taskWorkArea.taskTab[id]
        if t is None:
            raise Exception("Bad task id %d" % id)
        return t


# DeviceTask


class DeviceTask(Task):

    def __init__(self, i: int, p: int, w: Optional[Packet], s: TaskState,
                 r: TaskRec) -> None:
        Task.__init__(self, i, p, w, s, r)

    def fn(self, pkt: Optional[Packet], r: TaskRec) -> Optional[Task]:
        d = r
        assert isinstance(d, DeviceTaskRec)
        if pkt is None:
            pkt = d.pending
            if pkt is None:
                return self.waitTask()
            else:
                d.pending = None
                return self.qpkt(pkt)
        else:
            d.pending = pkt
            if tracing:
                trace(pkt.datum)
            return self.hold()


class HandlerTask(Task):

    def __init__(self, i: int, p: int, w: Optional[Packet], s: TaskState,
                 r: TaskRec) -> None:
        Task.__init__(self, i, p, w, s, r)

    def fn(self, pkt: Optional[Packet], r: TaskRec) -> Optional[Task]:
        h = r
        assert isinstance(h, HandlerTaskRec)
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.workInAdd(pkt)
            else:
                h.deviceInAdd(pkt)
        work = h.work_in
        if work is None:
            return self.waitTask()
        count = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)

        dev = h.device_in
        if dev is None:
            return self.waitTask()

        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)

# IdleTask


class IdleTask(Task):

    def __init__(self, i: int, p: int, w: int, s: TaskState,
                 r: TaskRec) -> None:
        Task.__init__(self, i, 0, None, s, r)

    def fn(self, pkt: Optional[Packet], r: TaskRec) -> Optional[Task]:
        i = r
        assert isinstance(i, IdleTaskRec)
        i.count -= 1
        if i.count == 0:
            return self.hold()
        elif i.control & 1 == 0:
            i.control //= 2
            return self.release(I_DEVA)
        else:
            i.control = i.control // 2 ^ 0xd008
            return self.release(I_DEVB)


# WorkTask


A = ord('A')


class WorkTask(Task):

    def __init__(self, i: int, p: int, w: Optional[Packet], s: TaskState,
                 r: TaskRec) -> None:
        Task.__init__(self, i, p, w, s, r)

    def fn(self, pkt: Optional[Packet], r: TaskRec) -> Optional[Task]:
        w = r
        assert isinstance(w, WorkerTaskRec)
        if pkt is None:
            return self.waitTask()

        if w.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA

        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0

        for i in BUFSIZE_RANGE:  # range(BUFSIZE)
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = A + w.count - 1

        return self.qpkt(pkt)


def schedule() -> None:
    t = taskWorkArea.taskList
    while t is not None:
        if tracing:
            print("tcb =", t.ident)

        if t.isTaskHoldingOrWaiting():
            t = t.link
        else:
            if tracing:
                trace(chr(ord("0") + t.ident))
            t = t.runTask()


class Richards(object):

    def run(self, iterations: int) -> bool:
        for i in range(iterations):
            taskWorkArea.holdCount = 0
            taskWorkArea.qpktCount = 0

            IdleTask(I_IDLE, 1, 10000, TaskState().running(), IdleTaskRec())

            wkq: Optional[Packet] = Packet(None, 0, K_WORK)
            wkq = Packet(wkq, 0, K_WORK)
            WorkTask(I_WORK, 1000, wkq, TaskState(
            ).waitingWithPacket(), WorkerTaskRec())

            wkq = Packet(None, I_DEVA, K_DEV)
            wkq = Packet(wkq, I_DEVA, K_DEV)
            wkq = Packet(wkq, I_DEVA, K_DEV)
            HandlerTask(I_HANDLERA, 2000, wkq, TaskState(
            ).waitingWithPacket(), HandlerTaskRec())

            wkq = Packet(None, I_DEVB, K_DEV)
            wkq = Packet(wkq, I_DEVB, K_DEV)
            wkq = Packet(wkq, I_DEVB, K_DEV)
            HandlerTask(I_HANDLERB, 3000, wkq, TaskState(
            ).waitingWithPacket(), HandlerTaskRec())

            wkq = None
            DeviceTask(I_DEVA, 4000, wkq,
                       TaskState().waiting(), DeviceTaskRec())
            DeviceTask(I_DEVB, 5000, wkq,
                       TaskState().waiting(), DeviceTaskRec())

            schedule()

            if taskWorkArea.holdCount == 9297 and taskWorkArea.qpktCount == 23246:
                pass
            else:
                return False

        return True


def main() -> None:
    iterations = 1
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    richard = Richards()
    ok = richard.run(iterations)
    print("richards: iterations=%d ok=%s" % (iterations, ok))
    print("holdCount=%d qpktCount=%d" % (taskWorkArea.holdCount,
                                         taskWorkArea.qpktCount))
    t = taskWorkArea.taskList
    ntasks = 0
    while t is not None:
        if ntasks < 6:
            print("task %d priority=%d waiting=%s holding=%s" % (
                t.ident, t.priority, t.task_waiting, t.task_holding))
        ntasks += 1
        t = t.link
    print("tasks created: %d" % ntasks)


if __name__ == "__main__":
    main()
