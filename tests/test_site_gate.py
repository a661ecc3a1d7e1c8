"""The site gate: at most `limit` crawls at once, the limit growing only while the CPU has room."""

from __future__ import annotations

from twisted.internet.defer import Deferred

from crawler.site_gate import BUSY, SiteGate


class Clocks:
    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0
        self.worker: float | None = None  # no extraction worker

    def spend(self, seconds: float, share: float, worker_share: float | None = None) -> None:
        self.wall += seconds
        self.cpu += seconds * share
        if worker_share is not None:
            self.worker = (self.worker or 0.0) + seconds * worker_share


def gate_with(limit: int, sites: int, grow: bool = True) -> tuple[SiteGate, list[Deferred], Clocks]:
    clocks = Clocks()
    gate = SiteGate(
        limit,
        grow=grow,
        cpu_clock=lambda: clocks.cpu,
        wall_clock=lambda: clocks.wall,
        worker_clock=lambda: clocks.worker,
    )
    crawls: list[Deferred] = []

    def start() -> Deferred:
        crawls.append(Deferred())
        return crawls[-1]

    for _ in range(sites):
        gate.add(start)
    return gate, crawls, clocks


def test_the_next_site_starts_when_one_ends() -> None:
    gate, crawls, _ = gate_with(2, 5)
    assert len(crawls) == 2 and gate.running == 2
    crawls[0].callback(None)
    assert len(crawls) == 3 and gate.running == 2


def test_an_idle_process_lets_up_to_twice_as_many_sites_run() -> None:
    gate, crawls, clocks = gate_with(8, 40)
    clocks.spend(2.0, 0.1)
    gate.tick()
    assert gate.limit == 16 and len(crawls) == 16


def test_a_half_busy_process_grows_towards_busy() -> None:
    gate, crawls, clocks = gate_with(10, 40)
    clocks.spend(2.0, BUSY / 1.5)  # each site costs the same: 1.5 times as many reach BUSY
    gate.tick()
    assert gate.limit == 15 and len(crawls) == 15


def test_a_busy_process_keeps_the_limit() -> None:
    gate, crawls, clocks = gate_with(8, 20)
    clocks.spend(2.0, BUSY + 0.05)
    gate.tick()
    assert gate.limit == 8 and len(crawls) == 8


def test_no_growth_when_nothing_waits_or_growth_is_off() -> None:
    gate, crawls, clocks = gate_with(8, 8)
    clocks.spend(2.0, 0.1)
    gate.tick()
    assert gate.limit == 8
    fixed, crawls, clocks = gate_with(2, 5, grow=False)
    clocks.spend(2.0, 0.1)
    fixed.tick()
    assert fixed.limit == 2 and len(crawls) == 2


def test_zero_starts_every_site_at_once() -> None:
    gate, crawls, _ = gate_with(0, 7)
    assert len(crawls) == 7


def test_busy_seconds_count_work_and_not_sleep() -> None:
    import time

    from crawler.site_gate import busy_seconds

    start, began = busy_seconds(), time.monotonic()
    time.sleep(0.3)
    assert (busy_seconds() - start) / (time.monotonic() - began) < 0.5
    start, began = busy_seconds(), time.monotonic()
    while time.monotonic() - began < 0.3:
        pass
    assert (busy_seconds() - start) / (time.monotonic() - began) > 0.8


def test_a_busy_extraction_worker_keeps_the_limit() -> None:
    gate, crawls, clocks = gate_with(4, 20)
    clocks.spend(2.0, 0.2, worker_share=0.0)
    gate.tick()  # the worker's first look: no share yet, the idle thread lets sites grow
    assert gate.limit == 8
    clocks.spend(2.0, 0.2, worker_share=BUSY + 0.1)
    gate.tick()
    assert gate.limit == 8 and len(crawls) == 8


def test_the_worker_busy_clock_reads_a_running_worker() -> None:
    from crawler.extract_client import ExtractClient
    from crawler.site_gate import worker_busy_seconds

    assert worker_busy_seconds() is None  # no worker in this process
    client = ExtractClient.acquire()
    try:
        assert client.process is not None
        assert worker_busy_seconds() is not None
    finally:
        client.release()
    assert worker_busy_seconds() is None
