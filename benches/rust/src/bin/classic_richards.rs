//! tests/corpus/classic_richards.py: the Richards OS task-scheduler
//! simulation. Packets are owned `Box`es moved between queues (a packet is in
//! exactly one queue at a time); tasks live in a Vec and link to each other by
//! index, as the Python links them by reference (the task list keeps the tasks
//! of every iteration, as the Python's does); the per-kind task records are an
//! enum dispatched by `match` where the Python overrides `fn`.
use jcvm_peers_rust::{arg_or, py_bool};

const I_IDLE: usize = 1;
const I_WORK: usize = 2;
const I_HANDLERA: usize = 3;
const I_HANDLERB: usize = 4;
const I_DEVA: usize = 5;
const I_DEVB: usize = 6;

const K_DEV: i64 = 1000;
const K_WORK: i64 = 1001;

const BUFSIZE: usize = 4;
const TASKTABSIZE: usize = 10;
const A: i64 = b'A' as i64;

type PacketList = Option<Box<Packet>>;

struct Packet {
    link: PacketList,
    ident: usize,
    kind: i64,
    datum: i64,
    data: [i64; BUFSIZE],
}

impl Packet {
    fn new(link: PacketList, ident: usize, kind: i64) -> Box<Packet> {
        Box::new(Packet { link, ident, kind, datum: 0, data: [0; BUFSIZE] })
    }
}

/// `p.append_to(lst)`: `p` goes to the end of the list.
fn append_to(mut p: Box<Packet>, list: &mut PacketList) {
    p.link = None;
    let mut slot = list;
    while let Some(node) = slot {
        slot = &mut node.link;
    }
    *slot = Some(p);
}

enum TaskRec {
    Device { pending: PacketList },
    Idle { control: i64, count: i64 },
    Handler { work_in: PacketList, device_in: PacketList },
    Worker { destination: usize, count: i64 },
}

#[derive(Clone, Copy)]
struct TaskState {
    packet_pending: bool,
    task_waiting: bool,
    task_holding: bool,
}

impl TaskState {
    fn new() -> TaskState {
        TaskState { packet_pending: true, task_waiting: false, task_holding: false }
    }
    fn packet_pending(&mut self) {
        *self = TaskState { packet_pending: true, task_waiting: false, task_holding: false };
    }
    fn waiting(mut self) -> TaskState {
        self = TaskState { packet_pending: false, task_waiting: true, task_holding: false };
        self
    }
    fn running(&mut self) -> TaskState {
        *self = TaskState { packet_pending: false, task_waiting: false, task_holding: false };
        *self
    }
    fn waiting_with_packet(mut self) -> TaskState {
        self = TaskState { packet_pending: true, task_waiting: true, task_holding: false };
        self
    }
    fn is_task_holding_or_waiting(&self) -> bool {
        self.task_holding || (!self.packet_pending && self.task_waiting)
    }
    fn is_waiting_with_packet(&self) -> bool {
        self.packet_pending && self.task_waiting && !self.task_holding
    }
}

type TaskId = usize;

struct Task {
    link: Option<TaskId>,
    ident: usize,
    priority: i64,
    input: PacketList,
    state: TaskState,
    handle: TaskRec,
}

struct TaskWorkArea {
    tasks: Vec<Task>,
    task_tab: [Option<TaskId>; TASKTABSIZE],
    task_list: Option<TaskId>,
    hold_count: i64,
    qpkt_count: i64,
}

impl TaskWorkArea {
    fn new() -> TaskWorkArea {
        TaskWorkArea { tasks: Vec::new(), task_tab: [None; TASKTABSIZE], task_list: None, hold_count: 0, qpkt_count: 0 }
    }

    fn add_task(&mut self, ident: usize, priority: i64, input: PacketList, state: TaskState, handle: TaskRec) {
        let id = self.tasks.len();
        self.tasks.push(Task { link: self.task_list, ident, priority, input, state, handle });
        self.task_list = Some(id);
        self.task_tab[ident] = Some(id);
    }

    fn findtcb(&self, ident: usize) -> TaskId {
        match self.task_tab[ident] {
            Some(t) => t,
            None => panic!("Bad task id {ident}"),
        }
    }

    fn wait_task(&mut self, t: TaskId) -> Option<TaskId> {
        self.tasks[t].state.task_waiting = true;
        Some(t)
    }

    fn hold(&mut self, t: TaskId) -> Option<TaskId> {
        self.hold_count += 1;
        self.tasks[t].state.task_holding = true;
        self.tasks[t].link
    }

    fn release(&mut self, t: TaskId, ident: usize) -> Option<TaskId> {
        let other = self.findtcb(ident);
        self.tasks[other].state.task_holding = false;
        if self.tasks[other].priority > self.tasks[t].priority {
            Some(other)
        } else {
            Some(t)
        }
    }

    fn qpkt(&mut self, t: TaskId, mut pkt: Box<Packet>) -> Option<TaskId> {
        let target = self.findtcb(pkt.ident);
        self.qpkt_count += 1;
        pkt.link = None;
        pkt.ident = self.tasks[t].ident;
        Some(self.add_packet(target, pkt, t))
    }

    fn add_packet(&mut self, t: TaskId, p: Box<Packet>, old: TaskId) -> TaskId {
        let task = &mut self.tasks[t];
        if task.input.is_none() {
            task.input = Some(p);
            task.state.packet_pending = true;
            if task.priority > self.tasks[old].priority {
                return t;
            }
        } else {
            append_to(p, &mut task.input);
        }
        old
    }

    fn run_task(&mut self, t: TaskId) -> Option<TaskId> {
        let task = &mut self.tasks[t];
        let msg = if task.state.is_waiting_with_packet() {
            let mut msg = task.input.take().expect("a pending packet");
            task.input = msg.link.take();
            if task.input.is_none() {
                task.state.running();
            } else {
                task.state.packet_pending();
            }
            Some(msg)
        } else {
            None
        };
        self.task_fn(t, msg)
    }

    /// The per-kind `fn` of the Python's Task subclasses.
    fn task_fn(&mut self, t: TaskId, pkt: PacketList) -> Option<TaskId> {
        match &mut self.tasks[t].handle {
            TaskRec::Device { pending } => match pkt {
                None => match pending.take() {
                    None => self.wait_task(t),
                    Some(p) => self.qpkt(t, p),
                },
                Some(p) => {
                    *pending = Some(p);
                    self.hold(t)
                }
            },
            TaskRec::Handler { work_in, device_in } => {
                if let Some(p) = pkt {
                    if p.kind == K_WORK {
                        append_to(p, work_in);
                    } else {
                        append_to(p, device_in);
                    }
                }
                let Some(work) = work_in.as_mut() else {
                    return self.wait_task(t);
                };
                let count = work.datum as usize;
                if count >= BUFSIZE {
                    let mut work = work_in.take().expect("work packet");
                    *work_in = work.link.take();
                    return self.qpkt(t, work);
                }
                let Some(mut dev) = device_in.take() else {
                    return self.wait_task(t);
                };
                *device_in = dev.link.take();
                dev.datum = work.data[count];
                work.datum = count as i64 + 1;
                self.qpkt(t, dev)
            }
            TaskRec::Idle { control, count } => {
                *count -= 1;
                if *count == 0 {
                    self.hold(t)
                } else if *control & 1 == 0 {
                    *control /= 2;
                    self.release(t, I_DEVA)
                } else {
                    *control = (*control / 2) ^ 0xd008;
                    self.release(t, I_DEVB)
                }
            }
            TaskRec::Worker { destination, count } => {
                let Some(mut p) = pkt else {
                    return self.wait_task(t);
                };
                let dest = if *destination == I_HANDLERA { I_HANDLERB } else { I_HANDLERA };
                *destination = dest;
                p.ident = dest;
                p.datum = 0;
                for i in 0..BUFSIZE {
                    *count += 1;
                    if *count > 26 {
                        *count = 1;
                    }
                    p.data[i] = A + *count - 1;
                }
                self.qpkt(t, p)
            }
        }
    }

    fn schedule(&mut self) {
        let mut t = self.task_list;
        while let Some(id) = t {
            if self.tasks[id].state.is_task_holding_or_waiting() {
                t = self.tasks[id].link;
            } else {
                t = self.run_task(id);
            }
        }
    }
}

fn run(area: &mut TaskWorkArea, iterations: i64) -> bool {
    for _ in 0..iterations {
        area.hold_count = 0;
        area.qpkt_count = 0;

        area.add_task(I_IDLE, 0, None, TaskState::new().running(), TaskRec::Idle { control: 1, count: 10000 });

        let mut wkq = Packet::new(None, 0, K_WORK);
        wkq = Packet::new(Some(wkq), 0, K_WORK);
        area.add_task(
            I_WORK,
            1000,
            Some(wkq),
            TaskState::new().waiting_with_packet(),
            TaskRec::Worker { destination: I_HANDLERA, count: 0 },
        );

        let mut wkq = Packet::new(None, I_DEVA, K_DEV);
        wkq = Packet::new(Some(wkq), I_DEVA, K_DEV);
        wkq = Packet::new(Some(wkq), I_DEVA, K_DEV);
        area.add_task(
            I_HANDLERA,
            2000,
            Some(wkq),
            TaskState::new().waiting_with_packet(),
            TaskRec::Handler { work_in: None, device_in: None },
        );

        let mut wkq = Packet::new(None, I_DEVB, K_DEV);
        wkq = Packet::new(Some(wkq), I_DEVB, K_DEV);
        wkq = Packet::new(Some(wkq), I_DEVB, K_DEV);
        area.add_task(
            I_HANDLERB,
            3000,
            Some(wkq),
            TaskState::new().waiting_with_packet(),
            TaskRec::Handler { work_in: None, device_in: None },
        );

        area.add_task(I_DEVA, 4000, None, TaskState::new().waiting(), TaskRec::Device { pending: None });
        area.add_task(I_DEVB, 5000, None, TaskState::new().waiting(), TaskRec::Device { pending: None });

        area.schedule();

        if !(area.hold_count == 9297 && area.qpkt_count == 23246) {
            return false;
        }
    }
    true
}

fn main() {
    let iterations = arg_or(1);
    let mut area = TaskWorkArea::new();
    let ok = run(&mut area, iterations);
    println!("richards: iterations={} ok={}", iterations, py_bool(ok));
    println!("holdCount={} qpktCount={}", area.hold_count, area.qpkt_count);
    let mut t = area.task_list;
    let mut ntasks = 0;
    while let Some(id) = t {
        let task = &area.tasks[id];
        if ntasks < 6 {
            println!(
                "task {} priority={} waiting={} holding={}",
                task.ident,
                task.priority,
                py_bool(task.state.task_waiting),
                py_bool(task.state.task_holding)
            );
        }
        ntasks += 1;
        t = task.link;
    }
    println!("tasks created: {}", ntasks);
}
