"""`khaosan export`: JSON lines, CSV, Parquet, filters, no overwrite, reads during writes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crawler.cli_db import export
from crawler.items import RECORD_FIELDS
from pipelines.store import ArticleStore

NOW = "2024-01-01T00:00:00+00:00"


def record(n: int, **extra: Any) -> dict[str, Any]:
    base = {name: None for name in RECORD_FIELDS}
    base.update(
        url=f"https://www.industry.go.th/{n}",
        site="industry_go_th",
        title=f"ข่าว {n}",
        body='บรรทัดแรก\nบรรทัดที่สอง, มี "เครื่องหมาย"',
        published_at=f"2018-10-0{n}",
        view_count=n,
        images=[f"https://i/{n}.jpg"],
        attachments=[{"url": f"https://f/{n}.pdf", "name": "ไฟล์"}],
        tags=["ก", "ข"],
        problems=[],
        content_hash=f"h{n}",
        first_seen_at=NOW,
        last_seen_at=NOW,
    )
    base.update(extra)
    return base


RECORDS = [record(1), record(2, site="other_go_th", tags=[]), record(3)]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "k.db"
    with ArticleStore(path) as store:
        store.upsert_many(RECORDS, now=NOW)
    return str(path)


def run(*args: str) -> Any:
    return CliRunner().invoke(export, list(args), catch_exceptions=False)


def sort_key(r: dict[str, Any]) -> tuple[str, str, str]:
    return (r["site"], r["published_at"], r["url"])


def test_jsonl_to_stdout_is_the_record_shape(db: str) -> None:
    result = run("--db", db)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == sorted(RECORDS, key=sort_key)
    assert all(list(line) == list(RECORD_FIELDS) for line in lines)
    assert "ข่าว 1" in result.stdout  # Thai not escaped


def test_csv_lists_as_json_text(db: str) -> None:
    result = run("--db", db, "--format", "csv", "--site", "industry_go_th")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["url"] for r in rows] == [RECORDS[0]["url"], RECORDS[2]["url"]]
    assert list(rows[0]) == list(RECORD_FIELDS)
    assert json.loads(rows[0]["attachments"]) == RECORDS[0]["attachments"]
    assert json.loads(rows[0]["tags"]) == ["ก", "ข"]
    assert rows[0]["body"] == RECORDS[0]["body"]
    assert rows[0]["modified_at"] == ""


def test_parquet_round_trip(db: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    result = run("--db", db, "--format", "parquet", "--output", str(out))
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).to_pylist() == sorted(RECORDS, key=sort_key)


def test_parquet_needs_output(db: str) -> None:
    result = CliRunner().invoke(export, ["--db", db, "--format", "parquet"])
    assert result.exit_code == 2 and "--output" in result.output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--since", "2018-10-02"], [2, 3]),
        (["--until", "2561-10-02"], [1, 2]),  # Buddhist era
        (["--since", "2561-10-02", "--until", "2018-10-02"], [2]),
        (["--site", "other_go_th"], [2]),
    ],
    ids=["since", "until-BE", "one-day", "site"],
)
def test_filters(db: str, args: list[str], expected: list[int]) -> None:
    result = run("--db", db, *args)
    urls = sorted(json.loads(line)["url"] for line in result.stdout.splitlines())
    assert urls == [f"https://www.industry.go.th/{n}" for n in expected]


def test_never_overwrites_without_force(db: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(export, ["--db", db, "--output", str(out)])
    assert result.exit_code == 2 and "--force" in result.output
    assert out.read_text(encoding="utf-8") == "keep me"
    result = run("--db", db, "--output", str(out), "--force")
    assert result.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []


def test_export_while_a_crawl_holds_a_write_transaction(db: str) -> None:
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO articles (url, site, title) VALUES ('https://uncommitted/', 's', 'ยังไม่บันทึก')"
    )
    try:
        result = run("--db", db)
        assert result.exit_code == 0
        urls = [json.loads(line)["url"] for line in result.stdout.splitlines()]
        assert sorted(urls) == sorted(r["url"] for r in RECORDS)  # only committed rows
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert len(run("--db", db).stdout.splitlines()) == 4  # and it sees the row once committed
