"""`khaosan demo`: crawl the bundled replica of industry.go.th and show what was stored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

# The demo's own database: a demo never mixes made-up articles into data/khaosan.db.
DEMO_DB = "data/demo.db"
# The replica's fixed address in stored URLs. The replica listens on a free port that changes
# every run; the crawl reaches it through that port as an HTTP proxy, so the URLs it stores (the
# primary key) are the same on every run and a second demo updates rows instead of adding them.
# `.localhost` names are reserved for this machine (RFC 6761), never a real site.
DEMO_BASE = "http://industry-replica.localhost"
DEMO_HOST = "industry-replica.localhost"
# Words offered in the search hint, tried in order: the first that finds an article is shown.
HINT_WORDS = ("อุตสาหกรรม", "กระทรวง", "โรงงาน", "ข่าว")


def run_demo(*, articles: int, db: str, echo: Callable[[str], None]) -> int:
    """Serve the replica in a thread, crawl it in a child process, print a summary."""
    from crawler.replica.k2 import K2Site
    from crawler.replica.server import ReplicaServer

    with ReplicaServer(K2Site(articles)) as server:
        server.site.bind(DEMO_BASE)  # links and URLs on its pages use the fixed address
        echo(
            f"replica of industry.go.th with {articles} articles, served as {DEMO_BASE} "
            f"(port {server.url.rsplit(':', 1)[1]} while the demo runs)"
        )
        status = _crawl(server.url, db)
    if status == 130 or status < 0:
        echo(f"demo interrupted; what was crawled is kept in {db}")
        return 130
    count, rows, word = _summary(db)
    echo(f"crawl exit status {status}; {count} articles of industry_go_th in {db}; newest:")
    for published_at, title, url in rows:
        echo(f"  {published_at}  {title}\n    {url}")
    echo(f"try: khaosan search {word} --db {db}   |   khaosan serve --db {db}")
    return status


def _crawl(proxy: str, db: str) -> int:
    """Run `khaosan crawl industry_go_th` in a child process; forward Ctrl-C to it once."""
    env = {
        **os.environ,
        "http_proxy": proxy,
        "HTTP_PROXY": proxy,
        "no_proxy": "",
        "NO_PROXY": "",
    }
    command = [
        sys.executable,
        "-m",
        "crawler",
        "crawl",
        "industry_go_th",
        "--base-url",
        DEMO_BASE,
        "--db",
        db,
        "-s",
        f"KHAOSAN_LOOPBACK_HOSTS={DEMO_HOST}",  # served on this machine: no politeness delays
    ]
    # Its own process group: a Ctrl-C on the terminal reaches only this process, which passes
    # it on once (two SIGINTs would make Scrapy stop at once instead of saving its work).
    child = subprocess.Popen(command, env=env, start_new_session=True)

    def forward(signum: int, frame: FrameType | None) -> None:
        child.send_signal(signum)

    previous: dict[int, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        previous[signum] = signal.signal(signum, forward)
    try:
        return child.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _summary(db: str) -> tuple[int, list[tuple[str, str, str]], str]:
    """Return the demo site's article count, newest five rows and a word search finds."""
    from pipelines.search import search
    from pipelines.store import ArticleStore

    store = ArticleStore(db, readonly=True)
    try:
        rows = store.db.execute(
            "select published_at, title, url from articles where site = ? "
            "order by published_at desc limit 5",
            ["industry_go_th"],
        ).fetchall()
        count = store.db.execute(
            "select count(*) from articles where site = ?", ["industry_go_th"]
        ).fetchone()[0]
        word = next((w for w in HINT_WORDS if search(store, w, limit=1)), HINT_WORDS[0])
    finally:
        store.close()
    return count, rows, word
