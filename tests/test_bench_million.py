"""bench/million.py at a tiny size: the build resumes and the measure runs the real commands."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "million.py"


def bench(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args, "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    )
    return json.loads(done.stdout)


@pytest.mark.slow
def test_build_resumes_and_measure_reports_every_figure(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    first = bench("build", "--db", str(db), "--articles", "120", "--batch", "50")
    assert (first["from"], first["to"]) == (0, 120)
    resumed = bench("build", "--db", str(db), "--articles", "200", "--batch", "50")
    assert (resumed["from"], resumed["to"]) == (120, 200)
    again = bench("build", "--db", str(db), "--articles", "200")
    assert again["articles_per_s"] is None  # nothing left to write
    with sqlite3.connect(db) as conn:
        urls = [url for (url,) in conn.execute("SELECT url FROM articles")]
        indexed = conn.execute("SELECT COUNT(*) FROM articles_segmented").fetchone()[0]
    assert len(urls) == len(set(urls)) == indexed == 200

    figures = bench("measure", "--db", str(db), "--queries", "4", "--cli-searches", "1")
    assert figures["articles"] == 200
    assert [b["to"] for b in figures["builds"]] == [120, 200]
    assert set(figures["search"]) == {"single", "compound", "phrase", "filtered"}
    assert all(kind["p95_ms"] >= kind["median_ms"] for kind in figures["search"].values())
    for name in ("search_cli", "export_jsonl", "export_csv", "stats_cli"):
        assert figures[name]["peak_rss_mb"] > 0
    assert figures["export_jsonl"]["rows_per_s"] > 0
