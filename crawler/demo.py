"""`khaosan demo`: crawl the bundled replica of industry.go.th and show what was stored."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable


def run_demo(*, articles: int, db: str, echo: Callable[[str], None]) -> int:
    """Serve the replica in a thread, crawl it in a child process, print a summary."""
    from crawler.replica.k2 import K2Site
    from crawler.replica.server import ReplicaServer
    from pipelines.store import ArticleStore

    with ReplicaServer(K2Site(articles)) as server:
        echo(f"replica of industry.go.th with {articles} articles at {server.url}")
        status = subprocess.call(
            [
                sys.executable,
                "-m",
                "crawler",
                "crawl",
                "industry_go_th",
                "--base-url",
                server.url,
                "--db",
                db,
                "--log-level",
                "WARNING",
            ]
        )
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
    finally:
        store.close()
    echo(f"crawl exit status {status}; {count} articles of industry_go_th in {db}; newest:")
    for published_at, title, url in rows:
        echo(f"  {published_at}  {title}\n    {url}")
    echo(f"try: khaosan search ข้อความ --db {db}   |   sqlite3 {db} 'select count(*) from articles'")
    return status
