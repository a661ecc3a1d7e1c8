"""Many processes on one database: the rounds the concurrency stress test runs.

One round: four crawls of four replica sites (each on its own loopback alias) and a backfill
of a fifth, all into one database, while reader processes loop over `search`, `stats` and
`export`; one crawl is SIGKILLed mid-run and started again. `python tests/concurrency.py N`
runs N rounds and prints what each found (a tool for looking at failures by hand).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from crawler.replica.k2 import K2Site  # noqa: E402
from crawler.replica.server import ReplicaServer  # noqa: E402
from pipelines.store import RUN_COUNTS  # noqa: E402
from tests.conftest import family_sites, has_run_row  # noqa: E402

CRAWLED_FAMILIES = ("joomla", "wordpress", "drupal", "provincial")
KILLED_FAMILY = "wordpress"
# A reader process: calls the CLI's query commands in a loop until told to stop, and prints one
# JSON line per call that failed (exit status and output) and a final count line.
READER = r"""
import json, os, sys, time
from click.testing import CliRunner
from crawler.cli import cli
db, stop_file = sys.argv[1], sys.argv[2]
calls = [
    ["search", "กระทรวง", "--db", db, "--json", "--limit", "5"],
    ["stats", "--db", db, "--json"],
    ["export", "--db", db, "--format", "jsonl"],
]
runner = CliRunner()
done = 0
while not os.path.exists(stop_file):
    for args in calls:
        result = runner.invoke(cli, args, catch_exceptions=True)
        done += 1
        if result.exit_code != 0:
            error = repr(result.exception) if result.exception else ""
            print(json.dumps({"args": args[0], "code": result.exit_code,
                              "output": result.output[-300:], "error": error}), flush=True)
    time.sleep(0.05)
print(json.dumps({"calls": done}), flush=True)
"""


@dataclass
class RoundResult:
    """What one round left in the database and what its processes said."""

    integrity: str
    duplicates: int
    missing: dict[str, list[str]]
    incomplete_runs: list[dict[str, Any]]
    count_mismatches: dict[str, tuple[int, int]]  # site: (articles stored, new in its runs)
    crawl_statuses: dict[str, int]
    reader_failures: list[dict[str, Any]]
    reader_calls: int
    killed: bool
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether the round kept every promise."""
        return (
            self.integrity == "ok"
            and self.duplicates == 0
            and not any(self.missing.values())
            and not self.incomplete_runs
            and not self.count_mismatches
            and all(code == 0 for code in self.crawl_statuses.values())
            and not self.reader_failures
            and self.reader_calls > 0
            and self.killed
        )


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _khaosan(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler", *args, "--log-level", "WARNING"]


def _spawn(command: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command, cwd=cwd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _stored_count(db: Path, site: str) -> int:
    """Count a site's stored articles through SQLite (0 while the schema does not exist)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles WHERE site = ?", [site]).fetchone()[
                0
            ]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def database_names(workdir: Path) -> tuple[Path, list[str]]:
    """Make a database's home in *workdir*; return its real path and three names for it.

    The names are the absolute real path, a symlink in another folder and a relative path
    with a detour (`./store/../store/khaosan.db`), all as processes started in *workdir* see them.
    """
    store = workdir / "store"
    store.mkdir(exist_ok=True)
    real = store / "khaosan.db"
    links = workdir / "links"
    links.mkdir(exist_ok=True)
    link = links / "news.db"
    if not link.is_symlink():
        link.symlink_to(Path("..") / "store" / "khaosan.db")
    return real, [str(real), str(link), "./store/../store/khaosan.db"]


def run_round(workdir: Path, articles: int = 20, readers: int = 2) -> RoundResult:
    """Run one round in *workdir*, each process naming the database its own way; check it."""
    db_real, names = database_names(workdir)
    name_of = iter(names * 10).__next__  # the next process's name for the database
    sites = family_sites(articles, page_size=5)
    stop_file = workdir / "stop-readers"
    stop_file.unlink(missing_ok=True)
    expected: dict[str, list[str]] = {}
    statuses: dict[str, int] = {}
    errors: list[str] = []
    with ExitStack() as stack:
        servers = {}
        for number, family in enumerate(CRAWLED_FAMILIES, start=2):
            server = ReplicaServer(sites[family], host=f"127.0.0.{number}")
            servers[family] = stack.enter_context(server)
            expected[f"127_0_0_{number}"] = [a["url"] for a in sites[family].expected_articles()]
        archive = K2Site(articles=articles, page_size=10)
        archive_server = stack.enter_context(ReplicaServer(archive, host="127.0.0.6"))
        expected["industry_go_th"] = [a["url"] for a in archive.expected_articles()]

        crawls: dict[str, subprocess.Popen[str]] = {}
        for family in servers:
            url = sites[family].listing_url
            crawls[family] = _spawn(
                _khaosan("crawl", "--cms", family, "--start-url", url, "--db", name_of()), workdir
            )
        crawls["backfill"] = _spawn(
            _khaosan(
                "backfill", "industry_go_th", "--base-url", archive_server.url, "--db", name_of()
            ),
            workdir,
        )
        # Readers query a database that exists: start them once the schema is there.
        deadline = time.monotonic() + 120
        while not has_run_row(db_real) and time.monotonic() < deadline:
            time.sleep(0.02)
        reader_procs = [
            _spawn([sys.executable, "-c", READER, name_of(), str(stop_file)], workdir)
            for _ in range(readers)
        ]
        # SIGKILL one crawl once it has stored something, then run it again to the end.
        killed_site = f"127_0_0_{2 + CRAWLED_FAMILIES.index(KILLED_FAMILY)}"
        victim = crawls[KILLED_FAMILY]
        deadline = time.monotonic() + 120
        while victim.poll() is None and time.monotonic() < deadline:
            if _stored_count(db_real, killed_site) > 0:
                break
            time.sleep(0.02)
        if victim.poll() is None:
            victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=60)
        killed = victim.returncode == -signal.SIGKILL
        url = sites[KILLED_FAMILY].listing_url
        crawls[KILLED_FAMILY] = _spawn(
            _khaosan("crawl", "--cms", KILLED_FAMILY, "--start-url", url, "--db", name_of()),
            workdir,
        )
        for name, proc in crawls.items():
            try:
                _, stderr = proc.communicate(timeout=240)
            except subprocess.TimeoutExpired:
                proc.kill()
                _, stderr = proc.communicate()
                errors.append(f"{name}: timed out")
            statuses[name] = proc.returncode
            if proc.returncode != 0:
                errors.append(f"{name}: exit {proc.returncode}: {stderr[-1500:]}")
        stop_file.write_text("stop")
        failures: list[dict[str, Any]] = []
        calls = 0
        for proc in reader_procs:
            out, err = proc.communicate(timeout=120)
            for line in out.splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if "calls" in entry:
                    calls += entry["calls"]
                else:
                    failures.append(entry)
            if proc.returncode != 0:
                errors.append(f"reader: exit {proc.returncode}: {err[-1500:]}")
    return _check(db_real, expected, statuses, failures, calls, killed, errors)


def _check(
    db: Path,
    expected: dict[str, list[str]],
    statuses: dict[str, int],
    failures: list[dict[str, Any]],
    calls: int,
    killed: bool,
    errors: list[str],
) -> RoundResult:
    """Read the database after the round and compare it with what the sites hold."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        duplicates = conn.execute("SELECT COUNT(*) - COUNT(DISTINCT url) FROM articles").fetchone()[
            0
        ]
        missing = {}
        for site, urls in expected.items():
            stored = {u for (u,) in conn.execute("SELECT url FROM articles WHERE site = ?", [site])}
            missing[site] = sorted(set(urls) - stored)
        columns = list(RUN_COUNTS)
        incomplete = [
            dict(zip(["id", "site", *columns], row, strict=True))
            for row in conn.execute(
                f"SELECT id, site, {', '.join(columns)} FROM crawl_runs "
                "WHERE finished_at IS NOT NULL AND ("
                + " OR ".join(f"{c} IS NULL" for c in columns)
                + ")"
            )
        ]
        # The runs' counts commit with their articles: the new ones add up to what is stored.
        counted = conn.execute(
            "SELECT site, (SELECT COUNT(*) FROM articles a WHERE a.site = r.site), "
            "SUM(articles_new) FROM crawl_runs r GROUP BY site"
        ).fetchall()
        mismatches = {site: (n, new) for site, n, new in counted if n != new}
    finally:
        conn.close()
    return RoundResult(
        integrity,
        duplicates,
        missing,
        incomplete,
        mismatches,
        statuses,
        failures,
        calls,
        killed,
        errors,
    )


if __name__ == "__main__":
    import tempfile

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for number in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.monotonic()
            result = run_round(Path(tmp))
            seconds = time.monotonic() - started
            missing = {site: len(urls) for site, urls in result.missing.items()}
            print(
                f"round {number}: ok={result.ok} {seconds:.0f}s integrity={result.integrity} "
                f"dup={result.duplicates} missing={missing} "
                f"incomplete={len(result.incomplete_runs)} counts={result.count_mismatches} "
                f"statuses={result.crawl_statuses} "
                f"reader_failures={len(result.reader_failures)}/{result.reader_calls} "
                f"killed={result.killed}",
                flush=True,
            )
            for failure in result.reader_failures[:3]:
                print("  reader:", failure)
            for error in result.errors[:5]:
                print("  error:", error[:600])
