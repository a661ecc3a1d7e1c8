"""Exit status, `khaosan health`, politeness defaults, progress display and the run summary."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path
from typing import Any

import pytest
from conftest import crawl_replica, run_khaosan
from scrapy.settings import Settings

from crawler import settings as project_settings
from crawler.progress import Progress, progress_line
from crawler.replica.k2 import K2Site
from crawler.replica.server import ReplicaServer
from crawler.spiders.site import relax_for_loopback
from pipelines.run_report import run_exit_status, run_summary, site_verdict
from pipelines.store import ArticleStore

OK = {
    "response_received_count": 12,
    "robotstxt/response_count": 1,
    "downloader/response_status_count/200": 12,
    "robotstxt/response_status_count/200": 1,
    "khaosan/listing_pages": 1,
    "khaosan/listing_entries": 10,
    "khaosan/article_requests": 10,
    "khaosan/article_pages": 10,
    "khaosan/articles_seen": 10,
}


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({}, 0),
        (
            {"response_received_count": 0, "downloader/response_status_count/200": 0},
            1,
        ),  # unreachable
        (
            {
                "response_received_count": 1,
                "downloader/response_status_count/200": 1,  # robots only
                "khaosan/robots_forbidden": 1,
            },
            1,
        ),
        (
            {"downloader/response_status_count/200": 1, "downloader/response_status_count/503": 11},
            1,
        ),
        ({"khaosan/article_pages": 0, "khaosan/articles_seen": 0}, 1),  # every article page failed
        (
            {
                "khaosan/listing_entries": 0,
                "khaosan/article_requests": 0,
                "khaosan/article_pages": 0,
                "khaosan/articles_seen": 0,
            },
            3,
        ),  # listings without links: the listing layout changed
        ({"khaosan/articles_seen": 0}, 3),  # pages fetched, nothing extracted
        ({"khaosan/missing/body": 6}, 3),  # more than half lack a body
        ({"khaosan/missing/published_at": 5}, 0),  # exactly half: still within the limit
        ({"khaosan/missing/title": 1}, 0),
    ],
    ids=[
        "ok",
        "unreachable",
        "robots",
        "all-5xx",
        "articles-fail",
        "no-links",
        "no-articles",
        "body-missing",
        "half-missing",
        "one-missing",
    ],
)
def test_run_exit_status(changes: dict[str, int], status: int) -> None:
    assert run_exit_status({**OK, **changes}, 0.5) == status


def test_missing_share_is_the_setting() -> None:
    stats = {**OK, "khaosan/missing/title": 2}
    assert (run_exit_status(stats, 0.5), run_exit_status(stats, 0.1)) == (0, 3)


def test_summary_is_one_paragraph_with_counts_and_status() -> None:
    stats = {
        **OK,
        "khaosan/articles_new": 7,
        "khaosan/articles_unchanged": 3,
        "khaosan/failure_kind/http": 2,
        "khaosan/exit_status": 0,
    }
    summary = run_summary(stats, "industry_go_th", "crawl")
    assert "\n" not in summary
    for part in (
        "industry_go_th crawl",
        "11 pages fetched (1 listing, 10 article)",
        "7 new articles",
        "3 unchanged",
        "2 failures (http 2)",
        "Exit 0 (worked)",
    ):
        assert part in summary


def test_site_verdict_from_stored_coverage() -> None:
    assert site_verdict({"exit_status": 0}, {"title": 1.0, "published_at": 1.0, "body": 1.0}) == 0
    assert site_verdict({"exit_status": 0}, {"title": 0.4, "published_at": 1.0, "body": 1.0}) == 3
    assert site_verdict({"exit_status": 3}, {}) == 3
    assert site_verdict(None, {}) == 0


# -- politeness -------------------------------------------------------------------------------


def test_politeness_defaults() -> None:
    s = project_settings
    assert s.ROBOTSTXT_OBEY is True and s.AUTOTHROTTLE_ENABLED is True
    assert s.CONCURRENT_REQUESTS_PER_DOMAIN <= 2 and s.DOWNLOAD_DELAY >= 1
    assert "khaosan" in s.USER_AGENT and "https://" in s.USER_AGENT
    assert s.RETRY_ENABLED and s.RETRY_TIMES >= 1
    assert {500, 502, 503, 504} <= set(s.RETRY_HTTP_CODES)
    client_errors = {code for code in s.RETRY_HTTP_CODES if 400 <= code < 500}
    assert client_errors <= {408, 429}  # timeouts and rate limits only: no retry on other 4xx


@pytest.mark.parametrize(
    ("url", "relaxed"), [("http://127.0.0.1:8000/x", True), ("https://www.industry.go.th/x", False)]
)
def test_production_delays_are_dropped_only_for_loopback(url: str, relaxed: bool) -> None:
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    relax_for_loopback(settings, [url])
    assert settings.getbool("AUTOTHROTTLE_ENABLED") is not relaxed
    assert (settings.getfloat("DOWNLOAD_DELAY") == 0) is relaxed


# -- progress ---------------------------------------------------------------------------------


class FakeStream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


class FakeStats:
    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def get_stats(self) -> dict[str, Any]:
        return self.values

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


class FakeCrawler:
    def __init__(self, values: dict[str, Any]) -> None:
        self.stats = FakeStats(values)
        self.spider = type("S", (), {"listing_date": "2018-10-05"})()


def test_progress_line_names_pages_articles_failures_rate_and_date() -> None:
    line = progress_line(
        {
            "response_received_count": 50,
            "khaosan/articles_seen": 40,
            "khaosan/articles_new": 30,
            "khaosan/failures": 2,
        },
        5.0,
        "2018-10-05",
    )
    assert line == (
        "pages 50 | articles 40 (30 new) | failures 2 | 10.0 pages/s | listing at 2018-10-05"
    )


def test_progress_on_a_terminal_redraws_one_line_and_ends_with_the_summary() -> None:
    stream = FakeStream(tty=True)
    crawler = FakeCrawler({"response_received_count": 3, "khaosan/summary": "the summary."})
    progress = Progress(crawler, "auto", 30.0, stream)
    assert progress.mode == "tty"
    progress.tick()
    progress.tick()
    progress.spider_closed()
    text = stream.getvalue()
    assert text.count("\r\x1b[2K") == 3 and "\n" not in text.removesuffix("the summary.\n")
    assert "listing at 2018-10-05" in text and text.endswith("\r\x1b[2Kthe summary.\n")


def test_progress_off_a_terminal_logs_lines(caplog: pytest.LogCaptureFixture) -> None:
    stream = FakeStream(tty=False)
    progress = Progress(FakeCrawler({"response_received_count": 3}), "auto", 30.0, stream)
    assert progress.mode == "log"
    with caplog.at_level("INFO", logger="crawler.progress"):
        progress.tick()
    assert stream.getvalue() == ""
    assert [r.getMessage() for r in caplog.records] == [
        "progress: pages 3 | articles 0 (0 new) | failures 0 | "
        + caplog.records[0].getMessage().split("| ")[3]
        + "| listing at 2018-10-05"
    ]


# -- end to end -------------------------------------------------------------------------------


def crawl(server: ReplicaServer, db: Path, *extra: str) -> Any:
    return crawl_replica(server, db, *extra)


@pytest.mark.slow
def test_changed_layout_exits_3_and_health_names_the_site(tmp_db: Path) -> None:
    with ReplicaServer(K2Site(20)) as good:
        assert crawl(good, tmp_db).returncode == 0
    healthy = run_khaosan("health", "--db", str(tmp_db))
    assert healthy.returncode == 0, healthy.stderr
    assert "industry_go_th: worked" in healthy.stdout
    with ReplicaServer(K2Site(25, layout="changed")) as changed:
        result = crawl(
            changed, tmp_db, "--log-level", "INFO", "-s", "KHAOSAN_PROGRESS_INTERVAL=0.2"
        )
    assert result.returncode == 3, result.stderr[-2000:]
    assert "Exit 3 (site looks broken)" in result.stderr
    assert "progress: pages" in result.stderr  # plain progress lines when not on a terminal
    report = run_khaosan("health", "--db", str(tmp_db))
    assert report.returncode == 3
    assert "broken: industry_go_th" in report.stderr
    assert "industry_go_th: site looks broken" in report.stdout
    lines = run_khaosan("health", "--db", str(tmp_db), "--json").stdout.splitlines()
    (site,) = [json.loads(line) for line in lines]
    assert (site["site"], site["status"]) == ("industry_go_th", 3)
    assert [run["exit_status"] for run in site["runs"]] == [3, 0]


@pytest.mark.slow
def test_first_run_read_by_the_fallback_is_no_drift_and_says_which_family_to_check(
    tmp_db: Path,
) -> None:
    """A site the family never read (its first run) is stored whole: exit 0, not "broken"."""
    with ReplicaServer(K2Site(25, layout="changed")) as changed:
        first = crawl(changed, tmp_db, "--log-level", "INFO")
        assert first.returncode == 0, first.stderr[-2000:]
        assert "read generically" in first.stderr
        assert "`khaosan check URL` names one" in first.stderr
        again = crawl(changed, tmp_db, "--log-level", "INFO")
    assert again.returncode == 0, again.stderr[-2000:]  # still no history of a fitting family
    store = ArticleStore(tmp_db)
    try:
        assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 25
        assert not store.family_read("industry_go_th")
    finally:
        store.close()


def seed_run(db: Path, site: str, records: list[dict[str, Any]], exit_status: int = 0) -> None:
    """Record one finished run of *site* that stored *records* (what a crawl leaves behind)."""
    store = ArticleStore(db)
    try:
        run_id = store.start_run(site, "crawl")
        store.upsert_many(records, run_id=run_id)
        store.finish_run(run_id, articles_new=len(records), exit_status=exit_status)
    finally:
        store.close()


def test_health_exits_3_when_stored_coverage_is_low_and_names_only_that_site(
    tmp_db: Path,
) -> None:
    from click.testing import CliRunner

    from crawler.cli import cli

    good = [
        {
            "url": f"https://a.go.th/{n}",
            "site": "a_go_th",
            "title": "ข่าว",
            "published_at": "2018-10-03",
            "body": "เนื้อหา",
        }
        for n in range(4)
    ]
    bad = [
        {
            "url": f"https://b.go.th/{n}",
            "site": "b_go_th",
            "title": "ข่าว",
            "published_at": None if n < 3 else "2018-10-03",
            "body": "เนื้อหา",
        }
        for n in range(4)
    ]
    seed_run(tmp_db, "a_go_th", good)
    seed_run(tmp_db, "b_go_th", bad)
    result = CliRunner().invoke(cli, ["health", "--db", str(tmp_db)])
    assert result.exit_code == 3
    assert "a_go_th: worked" in result.stdout
    assert "b_go_th: site looks broken" in result.stdout and "published_at 25%" in result.stdout
    assert "broken: b_go_th" in result.stderr and "a_go_th" not in result.stderr
    only_a = CliRunner().invoke(cli, ["health", "--db", str(tmp_db), "--site", "a_go_th"])
    assert only_a.exit_code == 0
    lenient = CliRunner().invoke(cli, ["health", "--db", str(tmp_db), "--max-missing", "0.8"])
    assert lenient.exit_code == 0


@pytest.mark.slow
def test_site_whose_robots_txt_forbids_crawling_is_skipped_with_a_message(tmp_db: Path) -> None:
    with ReplicaServer(K2Site(10), disallow_all=True) as server:
        result = crawl(server, tmp_db)
        assert server.count() == server.count("robots") == 1  # only robots.txt was fetched
    assert result.returncode == 1
    assert "skipped: robots.txt forbids crawling" in result.stderr
    store = ArticleStore(tmp_db, readonly=True)
    try:
        (run,) = store.last_runs()
        kinds = store.conn.execute("SELECT kind FROM failures").fetchall()
    finally:
        store.close()
    assert run["exit_status"] == 1 and "robots.txt forbids" in run["summary"]
    assert kinds == [("robots",)]


@pytest.mark.slow
def test_unreachable_site_exits_1(tmp_db: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_khaosan(
        "crawl",
        "industry_go_th",
        "--base-url",
        f"http://127.0.0.1:{port}",
        "--db",
        str(tmp_db),
        "--log-level",
        "WARNING",
        "-s",
        "RETRY_TIMES=0",
    )
    assert result.returncode == 1
    assert "Exit 1 (could not work)" in result.stderr
