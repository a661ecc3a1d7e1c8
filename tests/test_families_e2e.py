"""Every CMS family, end to end: a real crawl (subprocess) of its replica stores each article once.

All crawls run at once against one replica server (distinct path prefixes), so the module costs
about as long as its slowest crawl.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crawler.replica import ReplicaServer
from tests.conftest import family_sites

pytestmark = pytest.mark.slow  # real crawls in subprocesses

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = 14  # three listing pages of 5
PAGE_SIZE = 5
GENERIC_SHARE = 0.9  # the generic family must store this share of each family's articles right
SINCE = "2021-01-10"  # for the sitemap --since run (lastmod filter)
# Fields each family's pages carry, beyond url/title/published_at/body.
EXTRA_FIELDS = {
    "joomla": ("view_count", "category", "modified_at", "tags"),
    "wordpress": ("category", "tags"),
    "drupal": ("tags",),
    "provincial": ("view_count", "tags"),
    "thaigov": ("category", "tags"),
}


# One process, many crawls (each with its own database): what `khaosan crawl --cms` does per
# crawl, without paying Python and Scrapy start-up once per crawl on a busy machine.
MANY = """
import json, sys
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from crawler.registry import family_site
from crawler.spiders.site import SiteCrawl
from pipelines.store import ArticleStore
jobs = json.loads(sys.argv[1])
settings = Settings()
settings.setmodule("crawler.settings", priority="project")
settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
process = CrawlerProcess(settings)
for job in jobs:
    ArticleStore(job["db"]).close()
    site = family_site(job["cms"], job["start_url"])
    crawl = SiteCrawl(site, custom_settings={"KHAOSAN_DB": job["db"]})
    process.crawl(crawl, mode="crawl", since=job.get("since"))
process.start()
"""


@dataclass
class Run:
    """One crawl: what was asked and what the database holds afterwards."""

    name: str
    args: list[str]
    db: Path
    returncode: int = -1
    stderr: str = ""

    def rows(self) -> list[dict[str, Any]]:
        """Return the stored articles."""
        con = sqlite3.connect(self.db)
        con.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in con.execute("select * from articles")]
        finally:
            con.close()


def _runs(server: ReplicaServer, sites: dict[str, Any], tmp: Path) -> list[Run]:
    runs = []

    def add(name: str, *args: str) -> None:
        runs.append(Run(name, list(args), tmp / f"{name}.db"))

    for family, site in sites.items():
        add(f"family-{family}", "--cms", family, "--start-url", site.listing_url)
        add(f"generic-{family}", "--cms", "generic", "--start-url", site.listing_url)
    joomla, wordpress, drupal = sites["joomla"], sites["wordpress"], sites["drupal"]
    add(
        "feed-rss-joomla",
        "--cms",
        "joomla",
        "--start-url",
        joomla.listing_url + "?format=feed&type=rss",
    )
    add(
        "feed-atom-joomla",
        "--cms",
        "joomla",
        "--start-url",
        joomla.listing_url + "?format=feed&type=atom",
    )
    add("feed-rss-wordpress", "--cms", "wordpress", "--start-url", wordpress.feed_url)
    add("rest-wordpress", "--cms", "wordpress", "--start-url", wordpress.rest_url + "?per_page=5")
    add("sitemap-wordpress", "--cms", "wordpress", "--start-url", wordpress.sitemap_url)
    add(
        "sitemap-drupal-since",
        "--cms",
        "drupal",
        "--start-url",
        f"{server.url}{drupal.prefix}/sitemap.xml",
        "--since",
        SINCE,
    )
    add("registry-provincial", "industry_go_th_ranong", "--base-url", server.url)
    return runs


def _commands(runs: list[Run]) -> list[list[str]]:
    """Return the CLI crawls (one per family, the registry one) and one process for the rest."""
    cli = [r for r in runs if r.name.startswith(("family-", "registry-"))]
    commands = [
        [
            sys.executable,
            "-m",
            "crawler",
            "crawl",
            *r.args,
            "--db",
            str(r.db),
            "--log-level",
            "WARNING",
        ]
        for r in cli
    ]
    jobs = []
    for run in runs:
        if run in cli:
            continue
        options = dict(zip(run.args[::2], run.args[1::2], strict=True))
        jobs.append(
            {
                "cms": options["--cms"],
                "start_url": options["--start-url"],
                "since": options.get("--since"),
                "db": str(run.db),
            }
        )
    commands.append([sys.executable, "-c", MANY, json.dumps(jobs)])
    return commands


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], dict]]:
    """Crawl every replica in parallel subprocesses; yield the sites and the finished runs."""
    tmp = tmp_path_factory.mktemp("families")
    sites = family_sites(ARTICLES, PAGE_SIZE)
    with ReplicaServer(list(sites.values())) as server:
        runs = _runs(server, sites, tmp)
        commands = _commands(runs)
        procs = [
            subprocess.Popen(
                cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for cmd in commands
        ]
        outcomes = [proc.communicate(timeout=240) + (proc.returncode,) for proc in procs]
        cli = [r for r in runs if r.name.startswith(("family-", "registry-"))]
        for run in runs:
            index = cli.index(run) if run in cli else len(cli)
            run.stderr, run.returncode = outcomes[index][1], outcomes[index][2]
        yield sites, {run.name: run for run in runs}


def _check_exact(run: Run, expected: list[dict[str, Any]], fields: tuple[str, ...]) -> None:
    assert run.returncode == 0, run.stderr[-2000:]
    rows = run.rows()
    urls = [row["url"] for row in rows]
    assert len(urls) == len(set(urls))
    assert sorted(urls) == sorted(e["url"] for e in expected)
    by_url = {row["url"]: row for row in rows}
    for record in expected:
        row = by_url[record["url"]]
        for field in ("title", "published_at", "body", *fields):
            value = row[field]
            if field == "tags":
                value = json.loads(value)
            assert value == record[field], (record["url"], field)


@pytest.mark.parametrize("family", ["k2", "joomla", "wordpress", "drupal", "provincial", "thaigov"])
def test_family_crawl_stores_every_article_once_with_right_dates(crawled: Any, family: str) -> None:
    sites, runs = crawled
    _check_exact(
        runs[f"family-{family}"], sites[family].expected_articles(), EXTRA_FIELDS.get(family, ())
    )


@pytest.mark.parametrize("family", ["k2", "joomla", "wordpress", "drupal", "provincial", "thaigov"])
def test_generic_family_gets_title_and_date_of_90_percent(crawled: Any, family: str) -> None:
    sites, runs = crawled
    run = runs[f"generic-{family}"]
    assert run.returncode == 0, run.stderr[-2000:]
    rows = {row["url"]: row for row in run.rows()}
    expected = sites[family].expected_articles()
    right = [
        e
        for e in expected
        if (row := rows.get(e["url"])) is not None
        and row["title"] == e["title"]
        and row["published_at"] == e["published_at"]
    ]
    assert len(right) >= GENERIC_SHARE * len(expected), (len(right), len(expected))


@pytest.mark.parametrize(
    "name,newest", [("feed-rss-joomla", 20), ("feed-atom-joomla", 20), ("feed-rss-wordpress", 10)]
)
def test_feed_crawl_stores_the_feed_items(crawled: Any, name: str, newest: int) -> None:
    sites, runs = crawled
    family = name.rpartition("-")[2]
    _check_exact(runs[name], sites[family].expected_articles()[:newest], EXTRA_FIELDS[family])


@pytest.mark.parametrize("name", ["rest-wordpress", "sitemap-wordpress"])
def test_rest_and_sitemap_crawls_store_every_post(crawled: Any, name: str) -> None:
    sites, runs = crawled
    fields = () if name.startswith("rest") else EXTRA_FIELDS["wordpress"]
    _check_exact(runs[name], sites["wordpress"].expected_articles(), fields)


def test_sitemap_since_uses_lastmod(crawled: Any) -> None:
    sites, runs = crawled
    drupal = sites["drupal"]
    since = date.fromisoformat(SINCE)
    posts = [drupal.post(serial) for serial in range(ARTICLES)]
    wanted = {drupal.article_url(p) for p in posts if (p.modified or p.published).date() >= since}
    run = runs["sitemap-drupal-since"]
    assert run.returncode == 0, run.stderr[-2000:]
    assert 0 < len(wanted) < ARTICLES
    assert {row["url"] for row in run.rows()} == wanted


def test_registry_site_with_base_url_crawls_the_replica(crawled: Any) -> None:
    sites, runs = crawled
    run = runs["registry-provincial"]
    _check_exact(run, sites["provincial"].expected_articles(), EXTRA_FIELDS["provincial"])
    assert {row["site"] for row in run.rows()} == {"industry_go_th_ranong"}
