"""Scale on one machine: `khaosan crawl --all` over many replica hosts vs a bare spider on them.

Run: python bench/scale.py [--sites 100] [--articles 1000] [--rate 5] [--repeat 1]
     python bench/scale.py --sites 10,50,100 --articles 100   # peak memory against site count

bench/hosts.py serves the sites (families in turn: k2, joomla, wordpress, drupal, thaigov,
provincial), one per loopback alias 127.0.0.2 upward, from one process. For each site count N
the bench writes a registry of the first N hosts ($KHAOSAN_REGISTRY) and crawls it twice in
the same run: the bare fetch-only spider (bench/bare_spider.py, one crawler per host, one
process) and `khaosan crawl --all`. Both get the same politeness: at most --rate requests per
second per host (DOWNLOAD_DELAY = 1/rate, one request at a time, no jitter, no AutoThrottle;
khaosan also its own per-host ceiling, KHAOSAN_HOST_RATE = rate, kept where requests are sent),
and the rate is checked on the servers' own request times (when each request arrived) and on
the crawlers' (when each request left: bench/sendlog.py; a loaded server process gets to a
request late, which moves its arrival, not when it was sent). Prints
pages/s, peak RSS, the ratios khaosan / bare (medians when repeated) and how busy the server
process was.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.crawl import measure  # noqa: E402
from bench.hosts import peak_in_window  # noqa: E402
from bench.sendlog import read_log  # noqa: E402
from crawler.registry import site_table  # noqa: E402

# Both crawlers get DOWNLOAD_DELAY = 1/rate. Scrapy spaces a host's requests by it when it takes
# them off the host's queue; a busy event loop sends them later, so a server can see two closer
# together than the delay (the bare spider goes over the rate on a loaded machine). khaosan also
# keeps its own ceiling where requests are sent (crawler/host_rate.py, KHAOSAN_HOST_RATE): the
# servers' request times show whether it held.

# One CrawlerProcess, one bare crawler per host: the shape of `khaosan crawl --all`.
BARE = """
import json, sys
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
sys.path.insert(0, sys.argv[3])
from bench.bare_spider import BareSpider
settings = Settings()
for pair in json.loads(sys.argv[2]):
    name, _, value = pair.partition("=")
    settings.set(name, value, priority="cmdline")
process = CrawlerProcess(settings)
for site in json.load(open(sys.argv[1])):
    process.crawl(BareSpider, base_url=site["base_url"], listing_path=site["listing_path"],
                  cms=site["family"])
process.start()
"""


def registry_text(hosts: list[dict[str, str]]) -> str:
    """Return a registry (sites.toml text) with one allowed site per bench host."""
    tables = [
        site_table(
            {
                "key": host["key"],
                "name_th": host["key"],
                "name_en": host["key"],
                "ministry": "bench",
                "cms": host["family"],
                "base_url": host["base_url"],
                "start_paths": [host["listing_path"]],
                "policy": "allowed",
            }
        )
        for host in hosts
    ]
    return "\n".join(tables)


def polite_settings(rate: float) -> list[str]:
    """Return the NAME=VALUE settings that hold every host to *rate* requests per second."""
    return [
        f"DOWNLOAD_DELAY={1 / rate:.4f}",
        "DOWNLOAD_DELAY_JITTER=0",
        "AUTOTHROTTLE_ENABLED=False",
        "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        "CONCURRENT_REQUESTS=16",
        "KHAOSAN_POLITE_LOOPBACK=True",
        "LOG_LEVEL=WARNING",
        "TELNETCONSOLE_ENABLED=False",
    ]


def over_rate(times: dict[str, list[float]], rate: float) -> dict[str, int]:
    """Return the hosts that got more than *rate* requests in some 1-second window, with the peak.

    >>> over_rate({"a": [0.0, 0.25, 0.5, 0.75], "b": [0.0, 0.1, 0.2]}, 2)
    {'a': 4, 'b': 3}
    >>> over_rate({"a": [0.0, 0.5, 1.0, 1.5]}, 2)
    {}
    """
    peaks = {host: peak_in_window(moments) for host, moments in times.items()}
    return {host: peak for host, peak in peaks.items() if peak > rate}


def closest_pair(times: dict[str, list[float]]) -> float:
    """Return the least seconds between two requests to one host.

    >>> closest_pair({"a": [0.0, 1.5, 2.6], "b": [0.0, 2.0]})
    1.1
    """
    gaps = [
        later - earlier
        for moments in times.values()
        for earlier, later in zip(sorted(moments), sorted(moments)[1:], strict=False)
    ]
    return round(min(gaps), 6) if gaps else float("inf")


class Hosts:
    """The bench/hosts.py process: start it, reset and read its request log."""

    def __init__(self, sites: int, articles: int) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "bench" / "hosts.py"),
                "--sites",
                str(sites),
                "--articles",
                str(articles),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self.sites: list[dict[str, str]] = json.loads(self._line())

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit("bench/hosts.py ended early")
        return line

    def ask(self, command: str) -> str:
        """Send one command, return its one-line answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._line()

    def close(self) -> None:
        """Stop the servers."""
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)


def run_once(
    name: str, command: list[str], hosts: Hosts, env: dict[str, str], rate: float, sent: Path
) -> dict[str, Any]:
    """Crawl with *command* (run through bench/sendlog.py writing *sent*); return seconds,
    pages, peak RSS, server CPU share, and the rate as the servers saw it and as sent."""
    command = [sys.executable, str(ROOT / "bench" / "sendlog.py"), str(sent), *command[1:]]
    hosts.ask("reset")
    before = json.loads(hosts.ask("dump"))["cpu"]
    seconds, peak, cpu, own, pss = measure(command, env=env, ok=(0, 3))
    log = json.loads(hosts.ask("dump"))
    pages = sum(len(moments) for moments in log["times"].values())
    moments = [moment for host in log["times"].values() for moment in host]
    return {
        "name": name,
        "seconds": seconds,
        "pages": pages,
        "span": max(moments) - min(moments),  # first to last request: the crawl without start-up
        "rss": peak,
        "rss_own": own,
        "pss": pss,
        "cpu": cpu,
        "server_cpu": (log["cpu"] - before) / seconds,
        "peak_rate": max(peak_in_window(m) for m in log["times"].values() if m),
        "over": over_rate(log["times"], rate),
        "closest": closest_pair(log["times"]),
        **sent_figures(read_log(str(sent)), rate),
    }


def sent_figures(times: dict[str, list[float]], rate: float) -> dict[str, Any]:
    """Return the rate figures of the crawler's own send times (bench/sendlog.py)."""
    return {
        "sent_peak": max((peak_in_window(m) for m in times.values() if m), default=0),
        "sent_over": over_rate(times, rate),
        "sent_closest": closest_pair(times),
    }


def bench_sites(n: int, args: argparse.Namespace, hosts: Hosts, tmp: Path) -> dict[str, Any]:
    """Crawl the first *n* hosts with both crawlers, --repeat times; return the medians."""
    sites = hosts.sites[:n]
    registry = tmp / f"sites-{n}.toml"
    registry.write_text(registry_text(sites), encoding="utf-8")
    listing = tmp / f"sites-{n}.json"
    listing.write_text(json.dumps(sites), encoding="utf-8")
    settings = polite_settings(args.rate)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KHAOSAN_REGISTRY": str(registry)}
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "khaosan": []}
    for repeat in range(args.repeat):
        db = tmp / f"scale-{n}-{repeat}.db"
        bare = [sys.executable, "-c", BARE, str(listing), json.dumps(settings), str(ROOT)]
        khaosan = [
            sys.executable,
            "-m",
            "crawler",
            "crawl",
            "--all",
            "--db",
            str(db),
            *[part for s in settings for part in ("-s", s)],
            *["-s", f"KHAOSAN_HOST_RATE={args.rate:g}"],
        ]
        if args.concurrent_sites is not None:
            khaosan += ["-s", f"KHAOSAN_CONCURRENT_SITES={args.concurrent_sites}"]
        for name, command in (("bare", bare), ("khaosan", khaosan)):
            sent = tmp / f"sent-{n}-{repeat}-{name}.log"
            run = run_once(name, command, hosts, env, args.rate, sent)
            runs[name].append(run)
            print(
                f"  {n} sites, {name}, run {repeat + 1}: {run['pages']} pages in "
                f"{run['seconds']:.1f} s ({run['span']:.1f} s first to last request), "
                f"peak RSS {run['rss'] / 2**20:.0f} MB, server CPU "
                f"{run['server_cpu']:.0%}, peak {run['sent_peak']} req/s/host as sent "
                f"({run['peak_rate']} as the servers saw them), closest two requests to a host "
                f"{run['sent_closest'] * 1000:.0f} ms apart as sent "
                f"({run['closest'] * 1000:.0f} ms at the servers)",
                flush=True,
            )
        with sqlite3.connect(db) as con:
            stored = con.execute("select count(*) from articles").fetchone()[0]
        print(f"  {n} sites: {stored} articles stored (expected {n * args.articles})")
    result: dict[str, Any] = {"sites": n}
    for name, done in runs.items():
        result[name] = {
            "pages": statistics.median(r["pages"] for r in done),
            "seconds": statistics.median(r["seconds"] for r in done),
            "span": statistics.median(r["span"] for r in done),
            "pages_cpu": statistics.median(r["pages"] / r["cpu"] for r in done),
            "pages_s": statistics.median(r["pages"] / r["seconds"] for r in done),
            "rss_mb": statistics.median(r["rss"] for r in done) / 2**20,
            "rss_own_mb": statistics.median(r["rss_own"] for r in done) / 2**20,
            "pss_mb": statistics.median(r["pss"] for r in done) / 2**20,
            "server_cpu": max(r["server_cpu"] for r in done),
            "peak_rate": max(r["peak_rate"] for r in done),
            "over": sum(len(r["over"]) for r in done),
            "closest": min(r["closest"] for r in done),
            "sent_peak": max(r["sent_peak"] for r in done),
            "sent_over": sum(len(r["sent_over"]) for r in done),
            "sent_closest": min(r["sent_closest"] for r in done),
        }
    return result


def report(results: list[dict[str, Any]], args: argparse.Namespace) -> None:
    """Print the markdown table and the verdicts."""
    print(
        f"\n{args.articles} articles per site, at most {args.rate:g} requests/s per host, "
        f"{args.repeat} run(s) each, medians\n"
    )
    print(
        "| sites | crawler | pages | seconds | first to last request s | pages/s | peak RSS MB "
        "| crawl process MB | peak PSS MB | server CPU "
        "| peak req/s/host sent (arrived) | hosts over rate sent (arrived) "
        "| closest requests ms sent (arrived) | pages per CPU s "
        "| khaosan / bare |"
    )
    print(
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: | --- |"
    )
    for result in results:
        bare, khaosan = result["bare"], result["khaosan"]
        for name, row in (("bare", bare), ("khaosan", khaosan)):
            ratio = ""
            if name == "khaosan":
                ratio = (
                    f"throughput x{row['pages_s'] / bare['pages_s']:.2f}, "
                    f"memory x{row['rss_mb'] / bare['rss_mb']:.2f} RSS, "
                    f"x{row['pss_mb'] / bare['pss_mb']:.2f} PSS "
                    f"(crawl process x{row['rss_own_mb'] / bare['rss_own_mb']:.2f}), "
                    f"pages per CPU s x{row['pages_cpu'] / bare['pages_cpu']:.2f}"
                )
            print(
                f"| {result['sites']} | {name} | {row['pages']:.0f} | {row['seconds']:.1f} | "
                f"{row['span']:.1f} | "
                f"{row['pages_s']:.0f} | {row['rss_mb']:.0f} | {row['rss_own_mb']:.0f} | "
                f"{row['pss_mb']:.0f} | "
                f"{row['server_cpu']:.0%} | "
                f"{row['sent_peak']} ({row['peak_rate']}) | {row['sent_over']} ({row['over']}) | "
                f"{row['sent_closest'] * 1000:.0f} ({row['closest'] * 1000:.0f}) | "
                f"{row['pages_cpu']:.0f} | {ratio} |"
            )
    if len(results) > 1:
        for name in ("bare", "khaosan"):
            for measure_name, key in (("RSS", "rss_mb"), ("PSS", "pss_mb")):
                peaks = [r[name][key] for r in results]
                flat = "flat" if max(peaks) <= 1.2 * min(peaks) else "NOT flat"
                print(
                    f"\n{name} peak {measure_name} over {len(results)} site counts: "
                    f"max / min x{max(peaks) / min(peaks):.2f} ({flat}, limit x1.20)",
                    end="",
                )
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", default="100", help="site count, or several: 10,50,100")
    parser.add_argument("--articles", type=int, default=1000, help="articles per site")
    parser.add_argument("--rate", type=float, default=5.0, help="requests/s per host, at most")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--concurrent-sites",
        type=int,
        default=None,
        help="khaosan's KHAOSAN_CONCURRENT_SITES for the run (default: the project's setting)",
    )
    args = parser.parse_args()
    counts = [int(n) for n in args.sites.split(",")]
    hosts = Hosts(max(counts), args.articles)
    try:
        with tempfile.TemporaryDirectory(prefix="khaosan-scale-") as tmp:
            results = [bench_sites(n, args, hosts, Path(tmp)) for n in counts]
    finally:
        hosts.close()
    report(results, args)


if __name__ == "__main__":
    main()
