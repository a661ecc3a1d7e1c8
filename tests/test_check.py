"""`khaosan check`: a listing and two articles from a replica; 3 layout changed, 1 unreachable."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.replica import K2Site, ReplicaServer
from tests.replica.drupal import DrupalSite
from tests.replica.joomla import JoomlaSite
from tests.replica.thaigov import ThaigovSite


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("layout,status", [("k2", 0), ("changed", 3)])
def test_registry_site_against_k2_replica(layout: str, status: int) -> None:
    with ReplicaServer(K2Site(articles=12, layout=layout)) as server:
        code, output = _check("industry_go_th", "--base-url", server.url)
    assert code == status, output
    lines = output.splitlines()
    verdicts = [line.split()[0] for line in lines if line.startswith(("ok ", "FAIL "))]
    assert verdicts == (["ok", "ok"] if status == 0 else ["FAIL", "FAIL"])
    if status:
        # The K2 selectors find nothing on the changed template; the article is still read
        # (generically), and check says the layout no longer fits.
        assert "layout: the k2 layout found no title or body" in output


@pytest.mark.parametrize(
    "site_cls,cms", [(DrupalSite, "drupal"), (JoomlaSite, "joomla"), (ThaigovSite, "thaigov")]
)
@pytest.mark.parametrize("layout,status", [("normal", 0), ("changed", 3)])
def test_url_with_family_against_replicas(
    site_cls: type, cms: str, layout: str, status: int
) -> None:
    site = site_cls(articles=12, layout=layout)
    with ReplicaServer(site) as _:
        code, output = _check(site.listing_url, "--cms", cms)
    assert code == status, output
    assert '"title":' in output  # the extracted records are printed


def test_feed_listing_is_checked_too() -> None:
    site = JoomlaSite(articles=12)
    with ReplicaServer(site) as _:
        code, output = _check(site.listing_url + "?format=feed&type=rss", "--cms", "joomla")
    assert code == 0, output


def test_listing_without_articles_fails() -> None:
    site = DrupalSite(articles=12)
    with ReplicaServer(site) as _:
        code, output = _check(site.listing_url, "--cms", "thaigov")
    # thaigov's selectors find no links: the listing and its articles are read generically, and
    # check says the layout does not fit
    assert code == 3
    assert "read with the generic layout" in output
    assert "FAIL" in output


def _dead_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("target", ["industry_go_th", "url"])
def test_unreachable_host_is_exit_1_in_one_line(target: str) -> None:
    base = f"http://127.0.0.1:{_dead_port()}"
    if target == "url":
        code, output = _check(base + "/news", "--cms", "k2")
    else:
        code, output = _check(target, "--base-url", base)
    assert code == 1, output
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot fetch"), output
    assert "Connection refused" in lines[0]


def test_help_states_the_exit_statuses() -> None:
    result = CliRunner().invoke(cli, ["check", "--help"])
    text = " ".join(result.output.split())
    assert "3 layout looks changed" in text and "1 could not work (host unreachable" in text


def test_unknown_site_is_a_usage_error() -> None:
    code, output = _check("nope_go_th")
    assert code == 2
    assert "unknown site" in output
