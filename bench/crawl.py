"""Crawl throughput and peak memory: khaosan (parse + clean + SQLite) vs a bare fetch-only spider.

Run: python bench/crawl.py [--articles 2000] [--repeat 3]
Both crawl the same replica of industry.go.th on 127.0.0.1 in the same run (khaosan also with
its site profile off); the table gives medians and the ratios khaosan / bare, profile on / off.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.registry import site_entry  # noqa: E402
from crawler.replica.k2 import K2Site  # noqa: E402
from crawler.replica.server import ReplicaServer  # noqa: E402

SAMPLE_SECONDS = 0.05


def measure(
    command: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)
) -> tuple[float, int, float]:
    """Run *command*, return (wall seconds, peak RSS bytes of the process tree, CPU seconds).

    CPU seconds (user + system of the command and its children) move less than wall seconds
    when other work shares the machine. Exits when the command's status is not in *ok*.
    """
    env = env or {**os.environ, "PYTHONPATH": str(ROOT)}
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = psutil.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    peak = 0
    while process.poll() is None:
        try:
            rss = process.memory_info().rss + sum(
                c.memory_info().rss for c in process.children(recursive=True)
            )
            peak = max(peak, rss)
        except psutil.NoSuchProcess:
            pass
        time.sleep(SAMPLE_SECONDS)
    elapsed = time.perf_counter() - started
    if process.returncode not in ok:
        raise SystemExit(f"{command[:4]} exited {process.returncode}")
    return elapsed, peak, _children_cpu() - cpu_before


def _children_cpu() -> float:
    """Return the CPU seconds of every child process waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[tuple[float, int, int, float]]] = {
        "bare": [],
        "khaosan": [],
        "khaosan, no site profile": [],
    }
    with ReplicaServer(K2Site(args.articles)) as server, tempfile.TemporaryDirectory() as tmp:
        listing_path = site_entry("industry_go_th").start_paths[0]
        for run in range(args.repeat):
            server.request_log.clear()
            seconds, peak, cpu = measure(
                [
                    sys.executable,
                    "-m",
                    "scrapy",
                    "runspider",
                    str(ROOT / "bench" / "bare_spider.py"),
                    "-a",
                    f"base_url={server.url}",
                    "-a",
                    f"listing_path={listing_path}",
                ]
            )
            results["bare"].append((seconds, peak, len(server.request_log), cpu))
            server.request_log.clear()
            for name, extra in (
                ("khaosan", []),
                ("khaosan, no site profile", ["-s", "KHAOSAN_SITE_PROFILE=false"]),
            ):
                server.request_log.clear()
                db = Path(tmp) / f"run{run}-{len(extra)}.db"
                seconds, peak, cpu = measure(
                    [
                        sys.executable,
                        "-m",
                        "crawler",
                        "crawl",
                        "industry_go_th",
                        "--base-url",
                        server.url,
                        "--db",
                        str(db),
                        "--log-level",
                        "WARNING",
                        *extra,
                    ]
                )
                results[name].append((seconds, peak, len(server.request_log), cpu))
    print(f"crawl of a {args.articles}-article replica, {args.repeat} runs each, medians\n")
    print("| crawler | pages | seconds | pages/s | peak RSS MB | CPU s | pages per CPU s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    summary = {}
    for name, runs in results.items():
        seconds = statistics.median(r[0] for r in runs)
        peak = statistics.median(r[1] for r in runs) / 2**20
        pages = statistics.median(r[2] for r in runs)
        cpu = statistics.median(r[3] for r in runs)
        summary[name] = (pages / seconds, peak, pages / cpu)
        print(
            f"| {name} | {pages:.0f} | {seconds:.2f} | {pages / seconds:.0f} | {peak:.0f} "
            f"| {cpu:.2f} | {pages / cpu:.0f} |"
        )
    speed = summary["khaosan"][0] / summary["bare"][0]
    memory = summary["khaosan"][1] / summary["bare"][1]
    efficiency = summary["khaosan"][2] / summary["bare"][2]
    print(
        f"\nkhaosan / bare: throughput x{speed:.2f}, peak memory x{memory:.2f}, "
        f"pages per CPU second x{efficiency:.2f}"
    )
    plain = summary["khaosan, no site profile"]
    print(
        f"site profile on / off: throughput x{summary['khaosan'][0] / plain[0]:.2f}, "
        f"peak memory x{summary['khaosan'][1] / plain[1]:.2f}"
    )


if __name__ == "__main__":
    main()
