"""`khaosan check URL` without --cms detects the family; `khaosan add URL` registers the site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.registry import parse_registry
from crawler.replica.server import ReplicaServer
from tests.conftest import family_sites

# The replicas' own families; the K2 replica also fits the provincial template's selectors,
# which is why either may win on it.
ACCEPTED = {
    "k2": {"k2", "provincial"},
    "joomla": {"joomla"},
    "wordpress": {"wordpress"},
    "drupal": {"drupal"},
    "provincial": {"provincial"},
    "thaigov": {"thaigov"},
}


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[ReplicaServer, dict[str, Any]]]:
    sites = family_sites(articles=8, page_size=4)
    with ReplicaServer(list(sites.values())) as server:
        yield server, sites


@pytest.mark.parametrize("family", sorted(ACCEPTED))
def test_check_without_cms_names_the_family_that_reads_the_site(
    served: tuple[ReplicaServer, dict[str, Any]], family: str
) -> None:
    _, sites = served
    result = CliRunner().invoke(cli, ["check", sites[family].listing_url])
    lines = result.output.strip().splitlines()
    assert result.exit_code == 0, result.output
    assert lines[-1].startswith("family: ")
    assert lines[-1].removeprefix("family: ") in ACCEPTED[family], result.output
    assert any(line.startswith("generic: ") for line in lines)  # every trial gets its line


def test_add_appends_a_valid_table_once(
    served: tuple[ReplicaServer, dict[str, Any]], tmp_path: Path
) -> None:
    _, sites = served
    registry = tmp_path / "sites.toml"
    registry.write_text("# my registry\n", encoding="utf-8")
    url = sites["wordpress"].listing_url
    args = ["add", url, "--registry", str(registry), "--key", "replica_wp"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    (site,) = parse_registry(registry.read_text(encoding="utf-8")).values()
    assert (site.key, site.cms, site.policy) == ("replica_wp", "wordpress", "allowed")
    assert site.start_url == url
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 2 and "already in the registry" in again.output
    assert len(parse_registry(registry.read_text(encoding="utf-8"))) == 1


def test_add_of_an_unreachable_host_exits_1(tmp_path: Path) -> None:
    registry = tmp_path / "sites.toml"
    result = CliRunner().invoke(
        cli, ["add", "http://127.0.0.1:9/news", "--registry", str(registry)]
    )
    assert result.exit_code == 1
    assert not registry.exists()


def test_check_of_a_thai_address_fetches_it_percent_encoded() -> None:
    from tests.redteam import BY_KEY, serve

    site = BY_KEY["b7_drupal7_zen"]  # a taxonomy listing at /ข่าวประชาสัมพันธ์
    assert not site.listing_path.isascii()
    with serve(site) as base:
        result = CliRunner().invoke(cli, ["check", base + site.listing_path])
    assert "cannot fetch" not in result.output, result.output
    assert result.output.strip().splitlines()[-1].startswith("family: ")


@pytest.mark.parametrize(
    ("key", "family"),
    [
        ("b7_hugo_papermod", "generic"),  # Hugo prints WordPress's entry-content class
        ("b8_xoops_mislabel", "generic"),  # its listing links print pages that answer 404
    ],
)
def test_check_picks_the_family_that_reads_the_site_not_a_class_name(key: str, family: str) -> None:
    from tests.redteam import BY_KEY, serve

    site = BY_KEY[key]
    with serve(site) as base:
        result = CliRunner().invoke(cli, ["check", base + site.listing_path])
    assert result.output.strip().splitlines()[-1] == f"family: {family}", result.output


def _trial(family: str, evidence: int, records: list[dict[str, Any]]) -> Any:
    from crawler.cli_check import FamilyTrial

    return FamilyTrial(family, 0, records, [], evidence)


def test_weak_evidence_gives_way_to_generic_reading_as_much_or_more() -> None:
    from crawler.cli_check import chosen

    same = [{"title": "t", "published_at": "2024-01-01", "body": "b", "tags": []}]
    more = [{"title": "t", "published_at": "2024-01-01", "body": "b", "tags": ["x"]}]
    assert chosen([_trial("wordpress", 1, same), _trial("generic", 0, same)]).family == "generic"
    assert chosen([_trial("wordpress", 1, same), _trial("generic", 0, more)]).family == "generic"
    # strong evidence (the CMS's own paths or API links) keeps the family
    assert chosen([_trial("wordpress", 2, same), _trial("generic", 0, more)]).family == "wordpress"


def test_a_family_the_page_names_not_at_all_needs_its_own_date_element() -> None:
    """With no marker of it on the page, a family wins over an as full generic reading only
    where its own date element dated the articles (its template fits the site); dates it took
    from the generic reading (beside the headline) say nothing of its template."""
    from crawler.cli_check import chosen

    def records(source: str, image: list[str]) -> list[dict[str, Any]]:
        return [
            {
                "title": "t",
                "published_at": "2024-01-01",
                "body": "b",
                "published_source": source,
                "images": image,
            }
        ]

    generic = _trial("generic", 0, records("printed: beside the title", []))
    borrowed = _trial("provincial", 0, records("printed: beside the title", ["/topic.gif"]))
    own = _trial("provincial", 0, records("date element: provincial", ["/topic.gif"]))
    assert chosen([borrowed, generic]).family == "generic"
    assert chosen([own, generic]).family == "provincial"
