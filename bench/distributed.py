"""Benchmark the distributed mode: the writer's rows/s, and crawls with 1, 2 and 4 RQ workers.

Usage: python bench/distributed.py [--writer 10000] [--hosts 8] [--articles 60] [--delay 0.25]
                                   [--workers 1,2,4] [--skip-crawl] [--skip-writer]

Needs redis-server (started here on a unix socket) and khaosan[dist].

writer: the same generated Thai records (bench/store.py's generator) stored two ways in the same
run: ArticleStore.upsert_many in batches (what the embedded crawl's pipeline does), and through
the stream (XADD, then `StreamWriter.run(drain=True)`, one transaction per batch). Prints rows/s
of each and their ratio.

crawl: HOSTS replica K2 sites, one per loopback alias 127.0.0.2..., each polite as production is
(DOWNLOAD_DELAY seconds between requests, one at a time per host, no AutoThrottle). First one
process crawls all of them (what `khaosan crawl --all` does), then `khaosan enqueue` + N workers
+ one writer, for each N. Prints wall seconds, pages/s, articles/s, and the most requests any
host got in one second (from the replica's own log): politeness must hold with any N.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.hosts import TimedReplica, peak_in_window  # noqa: E402
from crawler.distributed import GROUP, STREAM  # noqa: E402
from crawler.distributed.sink import ARTICLE, RUN_FINISH, RUN_START, entry  # noqa: E402
from crawler.distributed.writer import StreamWriter  # noqa: E402
from crawler.replica.k2 import K2Site  # noqa: E402
from pipelines.store import ArticleStore  # noqa: E402


class Redis:
    """redis-server on a unix socket in a temporary directory."""

    def __init__(self) -> None:
        exe = shutil.which("redis-server")
        if exe is None:
            raise SystemExit("redis-server is not installed (apt-get install redis-server)")
        self.dir = Path(tempfile.mkdtemp(prefix="ksb", dir="/tmp"))
        self.socket = self.dir / "redis.sock"
        self.url = f"unix://{self.socket}?db=0"
        self.proc = subprocess.Popen(
            [exe, "--port", "0", "--unixsocket", str(self.socket), "--save", "",
             "--appendonly", "no", "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        import redis

        self.client = redis.Redis(unix_socket_path=str(self.socket), decode_responses=True)
        for _ in range(200):
            try:
                self.client.ping()
                break
            except (redis.ConnectionError, FileNotFoundError):
                time.sleep(0.05)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def khaosan(*args: str, log: Path | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    err = log.open("wb") if log else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, "-m", "crawler", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=err)  # fmt: skip


# -- writer -------------------------------------------------------------------------------------


def bench_writer(n: int, batch: int, tmp: Path, redis_server: Redis) -> None:
    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    assert spec and spec.loader
    bench_store = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_store)
    corpus = next(p for p in bench_store.CORPUS_CANDIDATES if p.exists())
    records = bench_store.generate(n, bench_store.load_lines(corpus), seed=17)

    with ArticleStore(tmp / "direct.db") as store:
        started = time.perf_counter()
        for i in range(0, n, batch):
            store.upsert_many(records[i : i + batch])
        direct = time.perf_counter() - started

    client = redis_server.client
    started = time.perf_counter()
    with client.pipeline(transaction=False) as pipe:
        pipe.xadd(STREAM, entry(RUN_START, "bench", {"site": "bench", "mode": "crawl"}))
        for record in records:
            pipe.xadd(STREAM, entry(ARTICLE, "bench", record))
        pipe.xadd(STREAM, entry(RUN_FINISH, "bench", {"site": "bench", "exit_status": 0}))
        pipe.execute()
    sent = time.perf_counter() - started
    memory = client.info("memory")["used_memory"]
    with ArticleStore(tmp / "writer.db") as store:
        started = time.perf_counter()
        StreamWriter(store, client, batch_size=batch).run(drain=True)
        written = time.perf_counter() - started
    print(f"writer, {n} articles, batches of {batch}:")
    print(f"  upsert_many directly     {n / direct:8.0f} rows/s")
    print(f"  stream -> StreamWriter   {n / written:8.0f} rows/s  ({direct / written:.2f}x direct)")
    print(f"  XADD by the crawls       {n / sent:8.0f} entries/s")
    print(f"  Redis memory while queued: {memory / n:.0f} bytes per article entry")


# -- crawl --------------------------------------------------------------------------------------

ONE_PROCESS = """
import sys
from crawler.spiders.site import family_spider
from crawler.run import run_crawl
urls, db, overrides = sys.argv[1].split(","), sys.argv[2], tuple(sys.argv[3:])
sys.exit(run_crawl([family_spider("k2", u) for u in urls], db=db, mode="crawl",
                   overrides=overrides, log_level="WARNING"))
"""


def polite(delay: float, hosts: list[str]) -> list[str]:
    return [
        f"DOWNLOAD_DELAY={delay}",
        "DOWNLOAD_DELAY_JITTER=0",
        "AUTOTHROTTLE_ENABLED=False",
        "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        "KHAOSAN_LOOPBACK_HOSTS=" + ",".join(hosts),
        "KHAOSAN_POLITE_LOOPBACK=True",
        "ROBOTSTXT_OBEY=False",
    ]


def bench_crawl(args: argparse.Namespace, tmp: Path, redis_server: Redis) -> None:
    hosts = [f"127.0.0.{2 + i}" for i in range(args.hosts)]
    settings = polite(args.delay, hosts)
    print(
        f"crawl: {args.hosts} hosts x {args.articles} articles, DOWNLOAD_DELAY {args.delay} s, "
        "one request at a time per host"
    )
    print(f"  {'run':<22} {'seconds':>8} {'pages/s':>8} {'articles/s':>10} {'peak req/s/host':>16}")

    def report(name: str, servers: list[TimedReplica], seconds: float, db: Path) -> None:
        pages = sum(s.count() for s in servers)
        con = sqlite3.connect(db)
        stored = con.execute("select count(*), count(distinct url) from articles").fetchone()
        con.close()
        peak = max(peak_in_window(s.times) for s in servers)
        check = "" if stored[0] == stored[1] == args.hosts * args.articles else f"  !! {stored}"
        print(
            f"  {name:<22} {seconds:8.1f} {pages / seconds:8.1f} "
            f"{stored[0] / seconds:10.1f} {peak:16d}{check}"
        )

    def sites() -> list[TimedReplica]:
        servers = [
            TimedReplica(K2Site(articles=args.articles, page_size=10), host=host) for host in hosts
        ]
        for server in servers:
            server.start()
        return servers

    servers = sites()
    db = tmp / "one.db"
    urls = ",".join(s.site.listing_url for s in servers)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", ONE_PROCESS, urls, str(db), *settings],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    report("one process (--all)", servers, time.perf_counter() - started, db)
    for server in servers:
        server.stop()

    for n in args.workers:
        redis_server.client.flushall()
        servers = sites()
        db = tmp / f"workers{n}.db"
        writer = khaosan("writer", "--db", str(db), "--redis", redis_server.url,
                         log=tmp / f"writer{n}.log")  # fmt: skip
        started = time.perf_counter()
        for server in servers:
            subprocess.run(
                [sys.executable, "-m", "crawler", "enqueue", "--cms", "k2", "--start-url",
                 server.site.listing_url, "--redis", redis_server.url,
                 *[part for s in settings for part in ("-s", s)]],
                cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True,
                stdout=subprocess.DEVNULL,
            )  # fmt: skip
        workers = [
            khaosan("worker", "--redis", redis_server.url, "--burst", log=tmp / f"w{n}-{i}.log")
            for i in range(n)
        ]
        for worker in workers:
            worker.wait()
        while (
            redis_server.client.xlen(STREAM)
            or redis_server.client.xpending(STREAM, GROUP)["pending"]
        ):
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        writer.send_signal(signal.SIGTERM)
        writer.wait(timeout=60)
        report(f"{n} worker(s) + writer", servers, seconds, db)
        for server in servers:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writer", type=int, default=10_000, help="articles for the writer run")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--hosts", type=int, default=8, choices=range(1, 10))
    parser.add_argument("--articles", type=int, default=60, help="articles per host")
    parser.add_argument("--delay", type=float, default=0.25, help="seconds between requests")
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--skip-crawl", action="store_true")
    parser.add_argument("--skip-writer", action="store_true")
    args = parser.parse_args()
    args.workers = [int(n) for n in args.workers.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="khaosan-bench-dist-"))
    redis_server = Redis()
    try:
        if not args.skip_writer:
            bench_writer(args.writer, args.batch, tmp, redis_server)
        if not args.skip_crawl:
            bench_crawl(args, tmp, redis_server)
    finally:
        redis_server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
