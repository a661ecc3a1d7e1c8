"""Feeds: RSS 2.0 (prd.go.th category feeds), Atom, discovery links, and hostile XML refused."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from crawler.feeds import FeedEntry, UnsafeXml, feed_links, parse_feed, xml_kind
from pipelines.layouts.base import day_of

PRD_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>ข่าวสมุทรสาคร</title>
<link>https://samutsakhon.prd.go.th/th/content/category/index/id/15</link>
<item><title>ผู้ว่าฯ สมุทรสาคร ตรวจเยี่ยมโรงงาน</title>
<link>https://samutsakhon.prd.go.th/th/content/category/detail/id/15/iid/85774</link>
<pubDate>Wed, 03 Mar 2021 10:15:00 +0700</pubDate>
<enclosure url="https://samutsakhon.prd.go.th/th/file/get/file/a.jpg" type="image/jpeg"/></item>
</channel></rss>""".encode()
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>ข่าว</title>
<entry><title>หัวข้อ</title><link rel="alternate" href="/index.php/news/1-a.html"/>
<published>2021-03-03T10:15:00+07:00</published></entry></feed>""".encode()
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><item><title>&lol9;</title><link>http://a/1</link></item></channel></rss>"""
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&x;</title><link>http://a/1</link></item></channel></rss>"""


def test_prd_style_rss_item_with_bangkok_pubdate() -> None:
    entries = parse_feed(PRD_RSS)
    assert entries == [
        FeedEntry(
            url="https://samutsakhon.prd.go.th/th/content/category/detail/id/15/iid/85774",
            title="ผู้ว่าฯ สมุทรสาคร ตรวจเยี่ยมโรงงาน",
            published_raw="Wed, 03 Mar 2021 10:15:00 +0700",
        )
    ]
    assert day_of(entries[0].published_raw).isoformat() == "2021-03-03"


def test_atom_entry_links_resolve_against_the_feed_url() -> None:
    entries = parse_feed(ATOM, "http://moc.go.th/index.php/news?format=feed&type=atom")
    assert [(e.url, e.published_raw) for e in entries] == [
        ("http://moc.go.th/index.php/news/1-a.html", "2021-03-03T10:15:00+07:00")
    ]


@pytest.mark.parametrize("body", [BILLION_LAUGHS, EXTERNAL], ids=["billion_laughs", "external"])
def test_entity_tricks_are_refused(body: bytes) -> None:
    with pytest.raises(UnsafeXml):
        parse_feed(body)


@pytest.mark.parametrize(
    "body,kind",
    [
        (PRD_RSS, "feed"),
        (ATOM, "feed"),
        (b"<urlset/>", "sitemap"),
        (b"<html></html>", None),
        (b'{"a": 1}', None),
    ],
)
def test_xml_kind_from_root_element(body: bytes, kind: str | None) -> None:
    assert xml_kind(body) == kind


def test_feed_links_declared_by_a_page() -> None:
    html = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
        '<link rel="alternate" type="application/atom+xml" href="/atom.xml">'
        '<link rel="alternate" hreflang="en" href="/en/"></head></html>'
    )
    response = HtmlResponse(url="http://a.go.th/x/", body=html.encode(), encoding="utf-8")
    assert feed_links(response) == ["http://a.go.th/feed/", "http://a.go.th/atom.xml"]
