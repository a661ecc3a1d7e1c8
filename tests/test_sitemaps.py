"""Sitemaps: urlset entries with lastmod, index children filtered by --since, DTDs refused."""

from __future__ import annotations

import gzip
from datetime import date

import pytest

from crawler.feeds import UnsafeXml
from crawler.sitemaps import sitemap_children, sitemap_entries

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
URLSET = f"""<?xml version="1.0" encoding="UTF-8"?><urlset {NS}>
<url><loc>https://www.oie.go.th/node/1</loc><lastmod>2021-03-03T03:15:00+00:00</lastmod></url>
<url><loc>https://www.oie.go.th/node/2</loc></url></urlset>""".encode()
INDEX = f"""<?xml version="1.0" encoding="UTF-8"?><sitemapindex {NS}>
<sitemap><loc>https://www.oie.go.th/sitemap.xml?page=1</loc><lastmod>2020-12-31</lastmod></sitemap>
<sitemap><loc>https://www.oie.go.th/sitemap.xml?page=2</loc><lastmod>2021-02-01</lastmod></sitemap>
</sitemapindex>""".encode()
BOMB = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<urlset><url><loc>http://a/&c;</loc></url></urlset>"""


def test_urlset_entries_keep_lastmod() -> None:
    assert sitemap_entries(URLSET) == [
        ("https://www.oie.go.th/node/1", "2021-03-03T03:15:00+00:00"),
        ("https://www.oie.go.th/node/2", None),
    ]


def test_gzipped_sitemap() -> None:
    assert len(sitemap_entries(gzip.compress(URLSET))) == 2


def test_index_children_skip_those_older_than_since() -> None:
    assert sitemap_children(INDEX) == [
        "https://www.oie.go.th/sitemap.xml?page=1",
        "https://www.oie.go.th/sitemap.xml?page=2",
    ]
    assert sitemap_children(INDEX, since=date(2021, 1, 1)) == [
        "https://www.oie.go.th/sitemap.xml?page=2"
    ]


def test_an_index_has_no_article_entries_and_a_urlset_no_children() -> None:
    assert sitemap_entries(INDEX) == []
    assert sitemap_children(URLSET) == []


def test_entity_bomb_sitemap_is_refused() -> None:
    with pytest.raises(UnsafeXml):
        sitemap_entries(BOMB)
    with pytest.raises(UnsafeXml):
        sitemap_children(BOMB)
