"""The database commands through click's CliRunner: search, stats, errors, help."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from crawler.cli_db import COMMANDS, export, search, serve, stats
from crawler.items import CrawlFailure
from pipelines.store import ArticleStore

BODY = "นายสุริยะ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เปิดเผยว่าโรงงานน้ำตาลทั่วประเทศเตรียมเปิดหีบอ้อย"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "k.db"
    with ArticleStore(path) as store:
        store.upsert_many(
            [
                {
                    "url": "https://www.industry.go.th/1",
                    "site": "industry_go_th",
                    "title": "เปิดหีบอ้อย",
                    "body": BODY,
                    "published_at": "2018-10-03T17:08:00+07:00",
                },
                {
                    "url": "https://www.industry.go.th/2",
                    "site": "industry_go_th",
                    "title": "ข่าวอื่น",
                    "body": "การส่งออก",
                    "published_at": "2018-11-20",
                },
                {
                    "url": "https://other.go.th/1",
                    "site": "other_go_th",
                    "title": "ข่าว",
                    "body": "ราคาน้ำตาลในตลาดโลก",
                    "published_at": "2019-01-01",
                },
            ]
        )
        run_id = store.start_run("industry_go_th", "crawl", {})
        store.record_failure(
            CrawlFailure(
                url="https://www.industry.go.th/x",
                site="industry_go_th",
                kind="http",
                message="HTTP 503",
                http_status=503,
            ).record(),
            run_id=run_id,
        )
        store.finish_run(run_id, pages_fetched=4, articles_new=2, exit_status=0)
    return str(path)


def invoke(command: click.Command, *args: str, **kwargs: Any) -> Any:
    return CliRunner().invoke(command, list(args), **kwargs)


def test_search_prints_title_date_site_url_and_snippet(db: str) -> None:
    result = invoke(search, "น้ำตาล", "--db", db, "--site", "industry_go_th")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "เปิดหีบอ้อย",
        "  2018-10-03T17:08:00+07:00  industry_go_th  https://www.industry.go.th/1",
        "  " + BODY.replace("น้ำตาล", "[น้ำตาล]"),
    ]


def test_search_json_lines_with_be_dates(db: str) -> None:
    result = invoke(
        search, "น้ำตาล", "--db", db, "--json", "--since", "2561-10-03", "--until", "2561-12-31"
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["url"] for r in rows] == ["https://www.industry.go.th/1"]
    assert set(rows[0]) == {"url", "site", "title", "published_at", "snippet", "rank"}


def test_search_env_var_names_the_database(db: str) -> None:
    result = invoke(search, "น้ำตาล", "--json", env={"KHAOSAN_DB": db})
    assert len(result.stdout.splitlines()) == 2


def test_search_nothing_found(db: str) -> None:
    result = invoke(search, "ปิโตรเลียม", "--db", db)
    assert result.exit_code == 0 and result.stdout == ""


def test_search_fts5_syntax_is_not_interpreted(db: str) -> None:
    result = invoke(search, 'น้ำตาล" NEAR( body: ^x', "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # every word must match; "NEAR", "body:" and "^x" are just words


def test_bad_date_is_a_usage_error(db: str) -> None:
    result = invoke(search, "น้ำตาล", "--db", db, "--since", "yesterday-ish")
    assert result.exit_code == 2 and "--since" in result.output


def test_stats(db: str) -> None:
    result = invoke(stats, "--db", db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Articles per site"
    assert any(line.split() == ["industry_go_th", "2"] for line in lines)
    assert any(line.split() == ["industry_go_th", "2018-10", "1"] for line in lines)
    assert any(line.split() == ["other_go_th", "2019-01", "1"] for line in lines)
    assert any("failures 1 (http: 1)" in line for line in lines)
    data = json.loads(invoke(stats, "--db", db, "--json").stdout)
    assert data["articles_per_site"] == {"industry_go_th": 2, "other_go_th": 1}
    assert data["last_runs"]["industry_go_th"]["pages_fetched"] == 4


def write_not_sqlite(path: Path) -> None:
    path.write_text("hello", encoding="utf-8")


@pytest.mark.parametrize("command", [search, export, stats, serve], ids=lambda c: c.name)
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (None, "no such database file"),
        (Path.mkdir, "is a directory"),
        (write_not_sqlite, "not a SQLite database"),
    ],
    ids=["missing", "directory", "not-sqlite"],
)
def test_bad_database_exit_2_one_line(
    tmp_path: Path, command: click.Command, make: Any, message: str
) -> None:
    path = tmp_path / "bad.db"
    if make:
        make(path)
    args = ["น้ำตาล"] if command is search else []
    result = invoke(command, *args, "--db", str(path))
    assert result.exit_code == 2
    assert message in result.output and str(path) in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_has_help_with_an_example(command: click.Command) -> None:
    assert [c.name for c in COMMANDS] == ["search", "export", "stats", "index", "serve"]
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example: khaosan " + command.name in result.output
    assert "--db" in result.output
