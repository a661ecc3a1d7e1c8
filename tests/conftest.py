"""Shared test fixtures: fixture pairs, temporary databases, the replica server."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# CI (.ci/run sets CI=1) replays the same examples every run, so that a clean clone either
# passes or fails for a reason someone can reproduce; a developer's run explores new ones.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def fixture_pairs(pattern: str = "*/article_*.html") -> list[Path]:
    """Return every fixture page that has an expected-JSON file beside it."""
    return sorted(p for p in FIXTURES.glob(pattern) if p.with_suffix(".json").exists())


def load_expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """A path for a real SQLite database file under the test's temporary folder."""
    return tmp_path / "khaosan.db"


def run_khaosan(
    *args: str, timeout: float = 300, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m crawler ARGS` in a subprocess (a fresh Twisted reactor each time)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or ROOT,
        env=full_env,
    )


def has_run_row(db: Path) -> bool:
    """Tell whether a crawl has written its crawl_runs row to *db* yet (read through SQLite)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM crawl_runs").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def crawl_replica(
    server: object, db: Path, *extra: str, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    """Run `khaosan crawl industry_go_th` against a replica server into *db*."""
    return run_khaosan(
        "crawl",
        "industry_go_th",
        "--base-url",
        server.url,  # type: ignore[attr-defined]
        "--db",
        str(db),
        "--log-level",
        "WARNING",
        *extra,
        timeout=timeout,
    )


def family_sites(articles: int, page_size: int) -> dict[str, Any]:
    """One replica site per CMS family (K2 under /industry), keyed by family name."""
    from crawler.replica.k2 import K2Site
    from tests.replica.drupal import DrupalSite
    from tests.replica.joomla import JoomlaSite
    from tests.replica.provincial import ProvincialSite
    from tests.replica.thaigov import ThaigovSite
    from tests.replica.wordpress import WordPressSite

    return {
        "k2": K2Site(articles=articles, prefix="/industry", page_size=page_size),
        "joomla": JoomlaSite(articles=articles, page_size=page_size),
        "wordpress": WordPressSite(articles=articles, page_size=page_size),
        "drupal": DrupalSite(articles=articles, page_size=page_size),
        "provincial": ProvincialSite(articles=articles, province="ranong", page_size=page_size),
        "thaigov": ThaigovSite(articles=articles, page_size=page_size),
    }


@pytest.fixture
def replica() -> Iterator[object]:
    """A replica of industry.go.th with 30 articles on 127.0.0.1, stopped after the test."""
    from crawler.replica.k2 import K2Site
    from crawler.replica.server import ReplicaServer

    with ReplicaServer(K2Site(30)) as server:
        yield server
