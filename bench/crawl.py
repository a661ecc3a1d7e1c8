"""Crawl throughput and peak memory: khaosan (parse + clean + SQLite) vs a bare fetch-only spider.

Run: python bench/crawl.py [--articles 2000] [--repeat 3]
Both crawl the same replica of industry.go.th on 127.0.0.1 in the same run (khaosan also with
its site profile off); the table gives medians and the ratios khaosan / bare, profile on / off.
"""

from __future__ import annotations

import argparse
import compileall
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
    command: list[str],
    env: dict[str, str] | None = None,
    ok: tuple[int, ...] = (0,),
    cwd: Path = ROOT,
) -> tuple[float, int, float, int, int]:
    """Run *command*; return wall seconds, peak RSS bytes of its process tree, CPU seconds, the
    peak RSS bytes of the command's own process (without the processes it starts), and the
    peak PSS bytes of the tree.

    RSS summed over processes counts the pages they share (the Python binary, lxml's and
    SQLite's libraries) once per process; PSS splits each shared page among its sharers, so
    the tree's PSS is the memory it takes from the machine.

    CPU seconds (user + system of the command and its children) move less than wall seconds
    when other work shares the machine. Exits when the command's status is not in *ok*.
    """
    env = installed_env(env or {**os.environ, "PYTHONPATH": str(ROOT)})
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = psutil.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    peak = own_peak = pss_peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            memory = [p.memory_full_info() for p in tree]
            peak = max(peak, sum(m.rss for m in memory))
            own_peak = max(own_peak, memory[0].rss)
            pss_peak = max(pss_peak, sum(m.pss for m in memory))
        except psutil.NoSuchProcess:
            pass
        time.sleep(SAMPLE_SECONDS)
    elapsed = time.perf_counter() - started
    if process.returncode not in ok:
        raise SystemExit(f"{command[:4]} exited {process.returncode}")
    return elapsed, peak, _children_cpu() - cpu_before, own_peak, pss_peak


def installed_env(env: dict[str, str]) -> dict[str, str]:
    """*env* as an installed khaosan runs: its modules' bytecode compiled once (as pip does
    at install), not compiled from source at every start as PYTHONDONTWRITEBYTECODE would
    have it (the bare spider's Scrapy is installed with its bytecode)."""
    compile_project()
    return {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}


def compile_project() -> None:
    """Write the bytecode of khaosan's packages (quietly; a no-op once written)."""
    for package in ("crawler", "pipelines"):
        compileall.compile_dir(ROOT / package, quiet=1)


def _children_cpu() -> float:
    """Return the CPU seconds of every child process waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


VARIANTS = {
    "khaosan": [],
    "khaosan, extraction worker": ["-s", "KHAOSAN_EXTRACT_WORKER=auto"],
    "khaosan, index inline": ["-s", "KHAOSAN_INDEXER=inline"],
    "khaosan, no site profile": ["-s", "KHAOSAN_SITE_PROFILE=false"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    # per run: seconds, peak RSS of the tree, pages, CPU seconds, peak RSS of the main process,
    # peak PSS of the tree
    results: dict[str, list[tuple[float, int, int, float, int, int]]] = {
        "bare": [],
        **{name: [] for name in VARIANTS},
    }
    with ReplicaServer(K2Site(args.articles)) as server, tempfile.TemporaryDirectory() as tmp:
        listing_path = site_entry("industry_go_th").start_paths[0]
        for run in range(args.repeat):
            server.request_log.clear()
            seconds, peak, cpu, own, pss = measure(
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
                ],
                cwd=Path(tmp),  # outside the project: Scrapy's defaults, not khaosan's settings
            )
            results["bare"].append((seconds, peak, len(server.request_log), cpu, own, pss))
            for number, (name, extra) in enumerate(VARIANTS.items()):
                server.request_log.clear()
                db = Path(tmp) / f"run{run}-{number}.db"
                seconds, peak, cpu, own, pss = measure(
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
                results[name].append((seconds, peak, len(server.request_log), cpu, own, pss))
    print(f"crawl of a {args.articles}-article replica, {args.repeat} runs each, medians\n")
    print(
        "| crawler | pages | seconds | pages/s | peak RSS MB (all processes) "
        "| peak RSS MB (crawl process) | peak PSS MB (all processes) | CPU s | pages per CPU s |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    summary = {}
    for name, runs in results.items():
        seconds = statistics.median(r[0] for r in runs)
        peak = statistics.median(r[1] for r in runs) / 2**20
        pages = statistics.median(r[2] for r in runs)
        cpu = statistics.median(r[3] for r in runs)
        own = statistics.median(r[4] for r in runs) / 2**20
        pss = statistics.median(r[5] for r in runs) / 2**20
        summary[name] = (pages / seconds, peak, pages / cpu, own, pss)
        print(
            f"| {name} | {pages:.0f} | {seconds:.2f} | {pages / seconds:.0f} | {peak:.0f} "
            f"| {own:.0f} | {pss:.0f} | {cpu:.2f} | {pages / cpu:.0f} |"
        )
    bare = summary["bare"]
    print()
    for name in VARIANTS:
        mine = summary[name]
        print(
            f"{name} / bare: throughput x{mine[0] / bare[0]:.2f}, "
            f"peak memory x{mine[1] / bare[1]:.2f} RSS, x{mine[4] / bare[4]:.2f} PSS "
            f"(crawl process x{mine[3] / bare[3]:.2f}), "
            f"pages per CPU second x{mine[2] / bare[2]:.2f}"
        )


if __name__ == "__main__":
    main()
