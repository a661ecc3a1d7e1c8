"""A host never gets two requests closer than its interval, counted on the server's clock."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.settings import Settings

from bench.hosts import describe, start_hosts
from bench.scale import registry_text
from bench.sendlog import read_log
from crawler.host_rate import HostClock, host_interval

ROOT = Path(__file__).resolve().parents[1]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_request_waits_out_the_rest_of_its_hosts_interval() -> None:
    clock = Clock()
    limiter = HostClock(clock=clock)
    assert limiter.wait_for("a", 0.5) == 0.0  # the first goes at once
    clock.now += 0.2
    assert limiter.wait_for("a", 0.5) == pytest.approx(0.3)
    assert limiter.wait_for("b", 0.5) == 0.0  # another host is not held
    clock.now += 0.3
    assert limiter.wait_for("a", 0.5) == 0.0
    assert limiter.last_sent["a"] == pytest.approx(100.5)


def test_two_waiters_woken_together_go_one_interval_apart() -> None:
    clock = Clock()
    limiter = HostClock(clock=clock)
    limiter.wait_for("a", 1.0)
    clock.now += 1.4  # both woke late, together
    assert limiter.wait_for("a", 1.0) == 0.0
    assert limiter.wait_for("a", 1.0) == pytest.approx(1.0)


def test_a_slow_connection_moves_the_hosts_last_request_later() -> None:
    clock = Clock()
    limiter = HostClock(clock=clock)
    limiter.wait_for("a", 1.0)
    clock.now += 0.4  # the connection took 0.4 s: the request left only now
    limiter.connected("a")
    clock.now += 0.8
    assert limiter.wait_for("a", 1.0) == pytest.approx(0.2)
    limiter.connected("b")  # a host never seen is noted too
    assert limiter.last_sent["b"] == clock.now


def test_the_interval_comes_from_the_rate_else_from_the_delay() -> None:
    settings = Settings({"DOWNLOAD_DELAY": 2.0})
    assert host_interval(settings) == pytest.approx(2.1)
    settings.set("KHAOSAN_HOST_RATE", "4")
    assert host_interval(settings) == pytest.approx(0.2625)


@pytest.mark.slow
def test_a_jittered_crawl_of_two_hosts_never_sends_inside_the_delay(tmp_path: Path) -> None:
    delay = 0.3
    servers = start_hosts(2, 12)
    try:
        registry = tmp_path / "sites.toml"
        registry.write_text(registry_text(describe(servers)), encoding="utf-8")
        db = tmp_path / "k.db"
        settings = [
            "KHAOSAN_POLITE_LOOPBACK=True",
            f"DOWNLOAD_DELAY={delay}",
            "DOWNLOAD_DELAY_JITTER=0.6",  # Scrapy alone would space some 0.12 s apart
            "AUTOTHROTTLE_ENABLED=False",
            "CONCURRENT_REQUESTS_PER_DOMAIN=2",
        ]
        sent = tmp_path / "sent.log"  # when each request left, as the crawl process wrote it
        done = subprocess.run(
            [sys.executable, "bench/sendlog.py", str(sent), "-m", "crawler"]
            + ["crawl", "--all", "--db", str(db)]
            + [part for setting in settings for part in ("-s", setting)],
            cwd=ROOT,
            env={**os.environ, "KHAOSAN_REGISTRY": str(registry)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        times = [sorted(server.times) for server in servers]
    finally:
        for server in servers:
            server.stop()
    sent_times = read_log(str(sent))
    assert sorted(sent_times) == sorted(server.host for server in servers)
    for moments in [*times, *sent_times.values()]:
        assert len(moments) > 12
        gaps = [later - earlier for earlier, later in zip(moments, moments[1:], strict=False)]
        assert min(gaps) >= delay, sorted(gaps)[:3]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 24


def test_the_loops_lateness_is_kept_for_the_window_only() -> None:
    from crawler.host_rate import LoopLag

    clock = Clock()
    lag = LoopLag(every=0.02, window=5.0, clock=clock)
    assert lag.after(clock.now) == 0.0  # no sample yet
    lag.note(0.12)
    clock.now += 1.0
    lag.note(0.01)
    assert lag.after(99.0, span=2.0) == pytest.approx(0.14)  # the worst, plus one period
    clock.now += 5.0  # the late one left the window
    lag.note(0.02)
    assert [late for _, late in lag.samples] == pytest.approx([0.01, 0.02])
    lag.note(-0.5)  # early counts as on time
    assert lag.samples[-1][1] == 0.0


def test_the_lateness_after_a_moment_counts_only_the_timers_just_after_it() -> None:
    from crawler.host_rate import LoopLag

    clock = Clock()
    lag = LoopLag(every=0.02, window=5.0, clock=clock)
    for late in (0.3, 0.05, 0.02, 0.04):
        clock.now += 0.2
        lag.note(late)
    assert lag.after(100.1) == pytest.approx(0.32)  # the timer at 100.2 was 0.3 s late
    assert lag.after(100.3) == pytest.approx(0.07)  # ... plus up to one period unseen
    assert lag.after(101.0) == 0.0  # none ran after it yet
