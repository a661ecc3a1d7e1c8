"""The site registry: validated on load, one SiteSpider per entry, README table kept in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.registry import (
    FAMILIES,
    RegistryError,
    UnknownSite,
    load_registry,
    parse_registry,
    readme_site_table,
    site_rows,
)
from crawler.spiders.site import SiteCrawl, SiteSpider, crawlable_sites, family_spider, site_spider
from pipelines.layouts import LAYOUTS

ROOT = Path(__file__).resolve().parents[1]
GOOD = """
[[site]]
key = "moc_go_th"
name_th = "กระทรวงพาณิชย์"
name_en = "Ministry of Commerce"
ministry = "กระทรวงพาณิชย์"
cms = "joomla"
base_url = "https://www.moc.go.th"
start_paths = ["/"]
policy = "allowed"
"""
MINISTRY_DOMAINS = [
    "opm.go.th",
    "mod.go.th",
    "mof.go.th",
    "mfa.go.th",
    "mots.go.th",
    "m-society.go.th",
    "mhesi.go.th",
    "moac.go.th",
    "mot.go.th",
    "mnre.go.th",
    "mdes.go.th",
    "energy.go.th",
    "moc.go.th",
    "moi.go.th",
    "moj.go.th",
    "mol.go.th",
    "m-culture.go.th",
    "moe.go.th",
    "moph.go.th",
    "industry.go.th",
]


def test_good_entry_parses() -> None:
    sites = parse_registry(GOOD)
    assert list(sites) == ["moc_go_th"]
    assert sites["moc_go_th"].start_url == "https://www.moc.go.th/"


@pytest.mark.parametrize(
    "change,message",
    [
        (('cms = "joomla"', 'cms = "typo3"'), "unknown cms family 'typo3'"),
        (
            ('base_url = "https://www.moc.go.th"', 'base_url = "ftp://moc.go.th"'),
            "base_url must be an http(s) URL",
        ),
        (('name_en = "Ministry of Commerce"\n', ""), "missing field(s): name_en"),
        (('policy = "allowed"', 'policy = "maybe"'), "bad policy 'maybe'"),
        (('policy = "allowed"', 'policy = "disabled"'), "needs policy_reason and policy_date"),
        (('start_paths = ["/"]', 'start_paths = ["javascript:x"]'), "neither a /path nor"),
        (('start_paths = ["/"]', 'discovery = "feed"'), "needs at least one entry in feeds"),
        (('policy = "allowed"', 'policy = "allowed"\ncolour = "red"'), "unknown field(s): colour"),
    ],
    ids=[
        "unknown_family",
        "bad_scheme",
        "missing_field",
        "bad_policy",
        "policy_without_reason",
        "bad_start_path",
        "feed_without_feeds",
        "unknown_field",
    ],
)
def test_invalid_entries_fail_with_a_clear_message(change: tuple[str, str], message: str) -> None:
    with pytest.raises(RegistryError) as error:
        parse_registry(GOOD.replace(*change))
    assert message in str(error.value)
    assert "moc_go_th" in str(error.value)


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(RegistryError, match="duplicate key"):
        parse_registry(GOOD + GOOD)


def test_packaged_registry_has_every_ministry_and_the_industry_offices() -> None:
    sites = load_registry()
    hosts = {s.base_url.split("//")[1].removeprefix("www.") for s in sites.values()}
    assert set(MINISTRY_DOMAINS) <= hosts
    provincial = [s for s in sites.values() if s.cms == "provincial"]
    assert len(provincial) >= 5
    assert all(s.start_paths[0].endswith("/index.php/news2") for s in provincial)
    assert sites["industry_go_th"].start_url == (
        "https://www.industry.go.th/industry/index.php/th/about/2017-04-20-15-23-14"
    )
    assert sites["thaigov_go_th"].policy == "robots-forbidden"
    assert sites["thaigov_go_th"].policy_date.startswith("2025")


def test_every_entry_builds_a_site_spider_with_its_family_layout() -> None:
    for key, site in load_registry().items():
        crawl = site_spider(key)
        assert crawl == SiteCrawl(site) and crawl.name == key
        spider = crawl()
        assert type(spider) is SiteSpider
        assert (spider.name, spider.site_key) == (key, key)
        assert spider.layout is LAYOUTS[site.cms]
        assert spider.entry_urls() == [site.start_url]


def test_base_url_points_a_site_at_a_replica() -> None:
    spider = site_spider("industry_go_th")(base_url="http://127.0.0.1:8000")
    assert spider.entry_urls() == [
        "http://127.0.0.1:8000/industry/index.php/th/about/2017-04-20-15-23-14"
    ]
    assert spider.allowed_hosts == {"127.0.0.1"}


def test_crawl_all_takes_only_allowed_sites() -> None:
    names = {cls.name for cls in crawlable_sites()}
    assert "industry_go_th" in names and "industry_go_th_ranong" in names
    assert "thaigov_go_th" not in names


def test_unknown_site_lists_the_known_ones() -> None:
    with pytest.raises(UnknownSite, match="known sites: .*industry_go_th"):
        site_spider("nope_go_th")


@pytest.mark.parametrize("cms", sorted(FAMILIES))
def test_family_spider_for_every_family(cms: str) -> None:
    crawl = family_spider(cms, "https://www.example.go.th/news")
    spider = crawl()
    assert spider.entry_urls() == ["https://www.example.go.th/news"]
    assert crawl.name == spider.name == "example_go_th"
    assert spider.layout is LAYOUTS[cms]


def test_unknown_family_lists_the_known_ones() -> None:
    with pytest.raises(UnknownSite, match="known families: .*k2"):
        family_spider("typo3", "https://www.example.go.th/news")


def test_scrapy_spider_loader_loads_registry_sites() -> None:
    from scrapy.settings import Settings
    from scrapy.spiderloader import get_spider_loader

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    loader = get_spider_loader(settings)
    assert set(load_registry()) <= set(loader.list())
    assert loader.load("industry_go_th") == site_spider("industry_go_th")
    assert loader.load("site") is SiteSpider


def test_scrapy_crawler_builds_the_site_spider() -> None:
    from scrapy.crawler import Crawler
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    crawler = Crawler(site_spider("industry_go_th_ranong"), settings)
    spider = crawler._create_spider(mode="backfill")
    assert type(spider) is SiteSpider
    assert (spider.site_key, spider.mode, spider.layout.cms) == (
        "industry_go_th_ranong",
        "backfill",
        "provincial",
    )


def test_sites_command_prints_every_key() -> None:
    result = CliRunner().invoke(cli, ["sites"])
    assert result.exit_code == 0
    printed = {line.split("\t")[0] for line in result.output.splitlines()[1:]}  # after the header
    assert printed == set(load_registry())
    assert [row["key"] for row in site_rows()] == list(load_registry())


def test_readme_site_table_is_the_generated_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- sites:start -->\n(.*?)<!-- sites:end -->", readme, re.S)
    assert match, "README.md lacks the <!-- sites:start --> ... <!-- sites:end --> markers"
    assert match.group(1) == readme_site_table()


def test_khaosan_registry_names_another_registry_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "sites.toml"
    other.write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("KHAOSAN_REGISTRY", str(other))
    load_registry.cache_clear()
    try:
        assert list(load_registry()) == ["moc_go_th"]
        assert [crawl.site_key for crawl in crawlable_sites()] == ["moc_go_th"]
    finally:
        monkeypatch.delenv("KHAOSAN_REGISTRY")
        load_registry.cache_clear()
    assert "industry_go_th" in load_registry()
