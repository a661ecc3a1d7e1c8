"""The replica site: K2 markup, pagination, ground truth, encodings, growth, server plumbing."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
import tracemalloc
import unicodedata
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html import escape
from pathlib import Path

import lxml.html
import pytest

from crawler.replica import K2Site, ReplicaServer, corpus, k2
from crawler.replica.corpus import load_corpus, load_seed
from crawler.replica.server import ROBOTS_DISALLOW_ALL

ROOT = Path(__file__).resolve().parent.parent
SEED_TITLE = (
    "ก.อุตสาหกรรม จับมือ UNIDO ผลักดันอุตสาหกรรมสีเขียว (Green Industry) "
    "และเตรียมวางยุทธศาสตร์เศรษฐกิจหมุนเวียน (Circular Economy)"
)
SEED_IMAGE = "e4ecf9a69ff4ecfeb571d026279e257f_XL.jpg"  # md5("Image40464")
LOGIN_PROMPT = "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น"
ARTICLES = 35
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    """GET *url*; return status, headers and body (4xx/5xx too)."""
    try:
        with OPENER.open(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def page(url: str) -> lxml.html.HtmlElement:
    """GET a UTF-8 page that must answer 200 and parse it."""
    status, _, body = fetch(url)
    assert status == 200, url
    doc = lxml.html.document_fromstring(body.decode("utf-8"), base_url=url)
    doc.make_links_absolute()
    return doc


def text_of(node: lxml.html.HtmlElement) -> str:
    """Return the node's text with whitespace folded."""
    return " ".join(node.text_content().split())


def listing_links(doc: lxml.html.HtmlElement) -> list[str]:
    """Return the absolute article links of a K2 category page, in order."""
    return [a.get("href") for a in doc.cssselect("div.catItemView h3.catItemTitle a")]


@pytest.fixture(scope="module")
def server():
    with ReplicaServer(K2Site(articles=ARTICLES)) as running:
        yield running


@pytest.fixture(scope="module")
def expected(server):
    return server.site.expected_articles()


# -- corpus ----------------------------------------------------------------------------------


def test_corpus_has_fifty_clean_texts():
    texts = load_corpus()
    assert len(texts) == 50
    assert len({text.title for text in texts}) == 50
    for text in texts:
        assert text.title and text.paragraphs
        assert not text.title.startswith("รัฐบาลไทย-")
        for line in (text.title, *text.paragraphs):
            assert "\ufeff" not in line and "\u200b" not in line
            assert unicodedata.normalize("NFC", line) == line
            assert not line.startswith("ที่มา :")  # the thaigov source-URL line is dropped


def test_seed_article_is_parsed_from_the_packaged_copy():
    seed = load_seed()
    assert seed.title == SEED_TITLE
    assert seed.published_raw == "03 ตุลาคม 2561 17:08"
    assert seed.modified_raw == "14 กุมภาพันธ์ 2560 10:14"
    assert seed.view_count == 12660
    assert seed.source.startswith("สำนักบริหารกลาง")
    assert len(seed.paragraphs) == 3
    assert seed.paragraphs[0].startswith("วันนี้ (3 ต.ค. 61)")
    assert k2.thai_datetime(k2.SEED_PUBLISHED) == seed.published_raw
    assert k2.thai_datetime(k2.SEED_MODIFIED) == seed.modified_raw


@pytest.mark.parametrize("module", [corpus, k2], ids=lambda m: m.__name__)
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_corpus_parser_rejects_non_thaigov_text():
    with pytest.raises(ValueError, match="not a thaigov text"):
        corpus.parse_thaigov_text("hello\nworld\nagain", "x.txt")


# -- item pages --------------------------------------------------------------------------------


def test_seed_item_page_has_k2_markup(server, expected):
    seed = expected[-1]
    assert seed["url"].endswith("/industry/index.php/th/about/2017-04-20-15-23-14/item/40464-unido")
    status, headers, body = fetch(seed["url"])
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    html = body.decode("utf-8")
    for fingerprint in (
        "<!-- Start K2 Item Layout -->",
        "<!-- End K2 Item Layout -->",
        '<!-- JoomlaWorks "K2" (v2.7.0) | Learn more about K2 at http://getk2.org -->',
        'id="startOfPageId40464"',
        "อ่าน <b>12660</b> ครั้ง",
        "ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14",
        LOGIN_PROMPT,
        SEED_IMAGE,
        "<p>ที่มา: สำนักบริหารกลาง...</p>",
        "<p>------------------------------------------</p>",
    ):
        assert fingerprint in html, fingerprint
    assert html.index('class="itemDateCreated"') < html.index('class="itemTitle"')
    doc = lxml.html.document_fromstring(html)
    assert text_of(doc.cssselect("span.itemDateCreated")[0]) == "03 ตุลาคม 2561 17:08"
    assert text_of(doc.cssselect("h2.itemTitle")[0]) == SEED_TITLE
    full_text = text_of(doc.cssselect("div.itemFullText")[0])
    for paragraph in load_seed().paragraphs:
        assert paragraph in full_text
    assert doc.cssselect("div#k2Container.itemView div.itemToolbar a.itemPrintLink")
    assert doc.cssselect("div.itemContentFooter span.itemHits b")[0].text == "12660"


def test_page_chrome_is_joomla(server, expected):
    status, _, body = fetch(expected[0]["url"])
    html = body.decode("utf-8")
    doc = lxml.html.document_fromstring(html)
    assert doc.cssselect('meta[name="generator"]')[0].get("content").startswith("Joomla!")
    assert doc.cssselect("ul.menu li a")  # top menu
    assert doc.cssselect("ul.breadcrumb li")
    assert len(doc.cssselect("div.moduletable")) >= 4
    assert doc.cssselect('div.moduletable form input[name="searchword"]')
    latest = [a.get("href") for a in doc.cssselect("div.k2ItemsBlock a.moduleItemTitle")]
    assert [server.url + href for href in latest] == [e["url"] for e in expected[:5]]
    assert "02-202-3000" in text_of(doc.cssselect("#footer")[0])
    assert len(doc.cssselect("script")) >= 5
    assert doc.cssselect('link[rel="canonical"]')[0].get("href") == expected[0]["url"]


def test_every_article_page_matches_the_ground_truth(server, expected):
    assert len(expected) == ARTICLES
    for record in expected:
        doc = page(record["url"])
        assert text_of(doc.cssselect("h2.itemTitle")[0]) == record["title"]
        assert text_of(doc.cssselect("span.itemDateCreated")[0]) == record["published_at_raw"]
        assert doc.cssselect("span.itemHits b")[0].text == str(record["view_count"])
        modified = doc.cssselect("span.itemDateModified")
        if record["modified_at_raw"]:
            assert text_of(modified[0]) == f"ปรับปรุงล่าสุดเมื่อ {record['modified_at_raw']}"
        else:
            assert not modified
        body = " ".join(
            text_of(node) for node in doc.cssselect("div.itemIntroText, div.itemFullText")
        )
        for paragraph in record["body"].split("\n"):
            if "\t" in paragraph:  # a table row: its cells are in the page, tab-joined in the body
                assert all(cell in body for cell in paragraph.split("\t"))
            else:
                assert paragraph in body
        if record["source"]:
            assert record["source"] in body and "ที่มา" in body
        else:
            assert "ที่มา" not in body
        assert [img.get("src") for img in doc.cssselect("div.itemImageBlock img")] == record[
            "images"
        ]
        attachments = [
            {"url": a.get("href"), "name": a.text} for a in doc.cssselect("ul.itemAttachments a")
        ]
        assert attachments == record["attachments"]
        assert [a.text for a in doc.cssselect("ul.itemTags a")] == record["tags"]
        assert text_of(doc.cssselect("div.itemCategory a")[0]) == record["category"]
        cells = [[text_of(td) for td in tr] for tr in doc.cssselect("div.itemFullText table tr")]
        assert cells == record["table_cells"]


def test_ground_truth_is_ordered_and_well_formed(expected):
    published = [record["published_at"] for record in expected]
    assert published == sorted(published, reverse=True)
    assert len(set(published)) == len(published)
    assert all(p.endswith("+07:00") for p in published)
    assert len({record["url"] for record in expected}) == len(expected)
    assert len({record["title"] for record in expected}) == len(expected)
    seed = expected[-1]
    assert seed["published_at"] == "2018-10-03T17:08:00+07:00"
    assert seed["modified_at"] == "2017-02-14T10:14:00+07:00"
    assert seed["view_count"] == 12660 and seed["source"] == "สำนักบริหารกลาง..."
    assert seed["attachments"] == [] and seed["tags"] == []
    # The mix the brief asks for: images on most, some modified, some tags/attachments.
    big = K2Site(articles=400).expected_articles()
    share = {
        key: sum(bool(record[key]) for record in big) / len(big)
        for key in ("images", "modified_at", "tags", "attachments", "source", "table_cells")
    }
    assert share["images"] > 0.6 and share["source"] > 0.7
    assert 0.1 < share["modified_at"] < 0.7 and 0.05 < share["tags"] < 0.6
    assert 0.02 < share["attachments"] < 0.4 and 0 < share["table_cells"] < 0.3
    aliases = [record["url"].rsplit("/", 1)[1].split("-", 1)[1] for record in big]
    assert any(alias[:4].isdigit() for alias in aliases)  # date aliases
    assert any(alias.isascii() and not alias[:4].isdigit() for alias in aliases)  # Latin aliases


def test_body_markup_varies(server):
    site = server.site
    html = "".join(site.render_item(site.item(serial), ARTICLES) for serial in range(1, 30))
    for variant in ("&nbsp;", "<br />", '<span style="', "<table"):
        assert variant in html, variant


# -- listing and pagination ---------------------------------------------------------------------


def test_listing_first_page(server, expected):
    site = server.site
    status, headers, body = fetch(site.listing_url)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    html = body.decode("utf-8")
    assert "<!-- Start K2 Category Layout -->" in html and k2.K2_VERSION_COMMENT in html
    doc = lxml.html.document_fromstring(html, base_url=site.listing_url)
    doc.make_links_absolute()
    assert listing_links(doc) == [record["url"] for record in expected[:10]]
    dates = [text_of(s) for s in doc.cssselect("div.catItemView span.catItemDateCreated")]
    assert dates == [record["published_at_raw"] for record in expected[:10]]
    assert len(doc.cssselect("a.k2ReadMore")) == 10
    assert {a.text for a in doc.cssselect("a.k2ReadMore")} == {"อ่านต่อ..."}
    pagination = doc.cssselect("div.k2Pagination")[0]
    classes = [li.get("class") for li in pagination.cssselect("ul > li")]
    assert classes == ["pagination-start", "pagination-prev", None, None, None, None,
                       "pagination-next", "pagination-end"]  # fmt: skip
    assert pagination.cssselect("li.pagination-start span.pagenav")
    assert pagination.cssselect("li.pagination-next a.pagenav")[0].get("href").endswith("?start=10")
    assert text_of(pagination.cssselect("p.counter")[0]) == "หน้า 1 จาก 4"


@pytest.mark.parametrize("start", [10, 20, 30, 5])
def test_listing_offsets(server, expected, start):
    site = server.site
    doc = page(f"{site.listing_url}?start={start}")
    assert listing_links(doc) == [record["url"] for record in expected[start : start + 10]]


def test_last_listing_page_ends_pagination(server, expected):
    assert server.site.page_count == 4
    assert server.site.listing_page_url(4) == server.site.listing_url + "?start=30"
    doc = page(server.site.listing_page_url(4))
    assert listing_links(doc)[-1] == expected[-1]["url"]  # the seed article is the oldest
    assert doc.cssselect("li.pagination-next span.pagenav")
    assert doc.cssselect("li.pagination-end span.pagenav")
    assert text_of(doc.cssselect("p.counter")[0]) == "หน้า 4 จาก 4"


def test_following_next_links_visits_every_article_once(server, expected):
    url, seen = server.site.listing_url, []
    while url:
        doc = page(url)
        seen += listing_links(doc)
        following = doc.cssselect("li.pagination-next a.pagenav")
        url = following[0].get("href") if following else None
    assert seen == [record["url"] for record in expected]


@pytest.mark.parametrize("query", ["?start=abc", "?start=-5", "?limitstart=0"])
def test_odd_offsets_fall_back_to_the_first_page(server, expected, query):
    doc = page(server.site.listing_url + query)
    assert listing_links(doc) == [record["url"] for record in expected[:10]]


def test_offset_past_the_end_lists_nothing(server):
    doc = page(server.site.listing_url + "?start=500")
    assert listing_links(doc) == []


def test_page_size_is_configurable():
    with ReplicaServer(K2Site(articles=12, page_size=5)) as running:
        doc = page(running.site.listing_url)
        assert len(listing_links(doc)) == 5
        assert text_of(doc.cssselect("p.counter")[0]) == "หน้า 1 จาก 3"


# -- 404s, broken links, other routes ------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/industry/index.php/th/about/2017-04-20-15-23-14/item/99999-nothing",
        "/industry/index.php/th/about/2017-04-20-15-23-14/item/40464-wrong-alias",
        "/industry/index.php/th/about/2017-04-20-15-23-14/item/40463-2018-10-03-09-55-41",
        "/industry/index.php/th/no-such-menu",
        "/elsewhere/index.php",
    ],
)
def test_unknown_paths_answer_404(server, path):
    status, headers, _ = fetch(server.url + path)
    assert status == 404
    assert headers["Content-Type"].startswith("text/html")


def test_article_beyond_the_count_is_not_published(server):
    unpublished = server.site.item(ARTICLES)  # the next article to be published
    status, _, _ = fetch(server.url + server.site.prefix + unpublished.path)
    assert status == 404


def test_broken_listing_link_answers_404():
    site = K2Site(articles=20, broken_listing_link=True)
    with ReplicaServer(site) as running:
        links = listing_links(page(site.listing_url))
        broken = site.broken_urls()
        assert len(links) == 11 and len(broken) == 1 and broken[0] in links
        assert fetch(broken[0])[0] == 404
        good = [record["url"] for record in site.expected_articles()]
        assert [link for link in links if link != broken[0]] == good[:10]
        assert all(fetch(url)[0] == 200 for url in good[:10])
        assert running.count("missing", status=404) == 1
        assert listing_links(page(site.listing_url + "?start=10")) == good[10:]


def test_images_attachments_feed_print_and_home(server, expected):
    status, headers, body = fetch(expected[-1]["images"][0])
    assert status == 200 and headers["Content-Type"] == "image/jpeg" and body[:2] == b"\xff\xd8"
    site = server.site
    site.set_article_count(200)
    try:
        record = next(r for r in site.expected_articles() if r["attachments"])
        status, headers, body = fetch(record["attachments"][0]["url"])
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert body.startswith(b"%PDF")
    finally:
        site.set_article_count(ARTICLES)
    status, headers, body = fetch(site.listing_url + "?format=feed&type=rss")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    assert body.count(b"<item>") == 10 and b"+0700</pubDate>" in body
    doc = page(expected[0]["url"] + "?tmpl=component&print=1")
    assert text_of(doc.cssselect("h2.itemTitle")[0]) == expected[0]["title"]
    assert not doc.cssselect("div.moduletable")
    home = page(server.url + "/industry/index.php/th/")
    assert home.cssselect(f'a[href="{site.listing_url}"]')


# -- encodings ------------------------------------------------------------------------------------


def test_cp874_mode_serves_windows_874_labelled_tis620():
    site = K2Site(articles=12, encoding="cp874")
    with ReplicaServer(site):
        record = site.expected_articles()[-1]
        status, headers, body = fetch(record["url"])
        assert status == 200
        assert headers["Content-Type"] == "text/html; charset=tis-620"
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        html = body.decode("cp874")
        assert record["title"] in html and "อ่าน <b>12660</b> ครั้ง" in html
        assert 'content="text/html; charset=tis-620"' in html
        assert fetch(site.listing_url)[1]["Content-Type"] == "text/html; charset=tis-620"


@pytest.mark.parametrize(
    ("header_charset", "meta_charset", "content_type", "meta"),
    [
        ("utf-8", "utf-8", "text/html; charset=utf-8", "charset=utf-8"),
        (None, None, "text/html", None),
        (None, "auto", "text/html", "charset=tis-620"),
    ],
)
def test_mislabelled_cp874(header_charset, meta_charset, content_type, meta):
    site = K2Site(
        articles=10, encoding="cp874", header_charset=header_charset, meta_charset=meta_charset
    )
    with ReplicaServer(site):
        _, headers, body = fetch(site.listing_url)
        assert headers["Content-Type"] == content_type
        html = body.decode("cp874")
        assert site.expected_articles()[0]["title"] in html
        if meta:
            assert meta in html
        else:
            assert 'http-equiv="content-type"' not in html


# -- growth, layout change, robots, logs ---------------------------------------------------


def test_publishing_five_articles_puts_exactly_five_on_top():
    site = K2Site(articles=30)
    with ReplicaServer(site):
        before = site.expected_articles()
        first_page = listing_links(page(site.listing_url))
        site.set_article_count(35)
        after = site.expected_articles()
        links = listing_links(page(site.listing_url))
        old = {record["url"] for record in before}
        assert [link in old for link in links] == [False] * 5 + [True] * 5
        assert links[5:] == first_page[:5]
        assert after[5:] == before  # existing URLs, ids, dates, content unchanged
        assert min(r["published_at"] for r in after[:5]) > before[0]["published_at"]
        assert min(r["id"] for r in after[:5]) > max(r["id"] for r in before)
        assert all(fetch(record["url"])[0] == 200 for record in after[:5])
        assert site.publish(2) == [record["url"] for record in site.expected_articles()[:2]]


def test_article_count_bounds():
    site = K2Site(articles=10)
    for bad in (0, 100_001):
        with pytest.raises(ValueError, match="article count"):
            site.set_article_count(bad)
    with pytest.raises(ValueError, match="layout"):
        K2Site(layout="wordpress")


def test_large_site_is_generated_lazily():
    load_corpus(), load_seed()  # the shared corpus cache is not per site
    tracemalloc.start()
    try:
        site = K2Site(articles=100_000)
        allocated, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert allocated < 100_000  # bytes: well under one byte per article
    for value in vars(site).values():
        if isinstance(value, list | dict | tuple | set):
            assert len(value) < 100
    assert site.item.cache_info().currsize == 0
    with ReplicaServer(site):
        doc = page(site.listing_url + "?start=99990")
        links = listing_links(doc)
        assert len(links) == 10 and links[-1].endswith("/item/40464-unido")
        assert text_of(doc.cssselect("p.counter")[0]) == "หน้า 10000 จาก 10000"
        assert links[0] == site.article_url(9)
        assert site.item.cache_info().currsize < 100  # nothing per article was built


def test_changed_layout_drops_k2_classes_from_articles():
    site = K2Site(articles=10, layout="changed")
    with ReplicaServer(site):
        record = site.expected_articles()[0]
        html = fetch(record["url"])[2].decode("utf-8")
        doc = lxml.html.document_fromstring(html)
        assert "K2 Item Layout" not in html and k2.K2_VERSION_COMMENT not in html
        for k2_class in ("itemView", "itemFullText", "itemTitle", "itemDateCreated", "itemHits"):
            assert not doc.cssselect(f".{k2_class}") and k2_class not in html
        content = text_of(doc.cssselect("div.article-content")[0])
        assert record["body"].split("\n")[0] in content
        assert listing_links(page(site.listing_url))[0] == record["url"]  # listing still K2


@pytest.mark.parametrize(
    ("kwargs", "status", "body"),
    [
        ({}, 200, "Disallow: /industry/administrator/"),
        ({"disallow_all": True}, 200, ROBOTS_DISALLOW_ALL),
        ({"robots": None}, 404, None),
    ],
)
def test_robots_txt(kwargs, status, body):
    with ReplicaServer(K2Site(articles=10), **kwargs) as running:
        got_status, _, got_body = fetch(running.url + "/robots.txt")
        assert got_status == status
        if body:
            assert body in got_body.decode("utf-8")


def test_request_log_counts_pages(server, expected):
    server.reset_log()
    fetch(server.site.listing_url)
    fetch(server.site.listing_url + "?start=10")
    fetch(expected[0]["url"])
    fetch(expected[0]["url"])
    fetch(server.url + "/nothing")
    assert len(server.request_log) == 5
    assert server.count("listing") == 2 and server.count("article") == 2
    assert server.count("missing", status=404) == 1
    target = expected[0]["url"][len(server.url) :]
    assert server.request_counts[target] == 2
    assert server.request_log[1].target.endswith("?start=10")


def test_head_requests_get_headers_only(server):
    request = urllib.request.Request(server.site.listing_url, method="HEAD")
    with OPENER.open(request, timeout=10) as response:
        assert response.status == 200
        assert int(response.headers["Content-Length"]) > 10_000
        assert response.read() == b""


def test_control_endpoint(server):
    server.reset_log()
    status, _, body = fetch(server.url + "/__replica__/articles?publish=3")
    assert status == 200 and json.loads(body) == {"count": ARTICLES + 3}
    try:
        _, _, body = fetch(server.url + "/__replica__/expected")
        assert len(json.loads(body)) == ARTICLES + 3
        fetch(server.site.listing_url)
        stats = json.loads(fetch(server.url + "/__replica__/stats")[2])
        assert stats["requests"] == 1 and stats["by_kind"] == {"listing": 1}
        assert fetch(server.url + "/__replica__/articles?count=0")[0] == 400
        assert fetch(server.url + "/__replica__/bogus")[0] == 404
    finally:
        fetch(server.url + f"/__replica__/articles?count={ARTICLES}")
    assert server.site.article_count == ARTICLES


def test_concurrent_requests(server, expected):
    urls = [record["url"] for record in expected] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda url: fetch(url)[0], urls))
    assert statuses == [200] * len(urls)


def test_one_server_hosts_several_sites():
    industry = K2Site(articles=10)
    ranong = K2Site(articles=15, prefix="/ranong", site_key="ranong", seed=3)
    with ReplicaServer([industry, ranong]) as running:
        assert listing_links(page(industry.listing_url)) == [
            r["url"] for r in industry.expected_articles()
        ]
        ranong_links = listing_links(page(ranong.listing_url))
        assert all("/ranong/" in link for link in ranong_links)
        assert ranong_links == [r["url"] for r in ranong.expected_articles()[:10]]
        assert {entry.site for entry in running.request_log} == {"industry_go_th", "ranong"}
    with pytest.raises(ValueError, match="prefix"):
        ReplicaServer([K2Site(), K2Site()])


def test_seed_changes_the_articles_but_not_the_seed_article():
    one, other = K2Site(articles=20), K2Site(articles=20, seed=7)
    assert one.expected_articles() == K2Site(articles=20).expected_articles()
    assert [r["title"] for r in one.expected_articles()] != [
        r["title"] for r in other.expected_articles()
    ]
    assert one.expected_articles()[-1] == other.expected_articles()[-1]


@pytest.mark.slow  # a subprocess
def test_module_entry_point_prints_the_url_first():
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.replica", "--articles", "12", "--page-size", "5"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        doc = page(base_url + "/industry/index.php/th/about/2017-04-20-15-23-14")
        assert len(listing_links(doc)) == 5
        assert escape(SEED_TITLE, quote=False) in fetch(
            base_url + "/industry/index.php/th/about/2017-04-20-15-23-14/item/40464-unido"
        )[2].decode("utf-8")
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


@pytest.mark.slow  # a subprocess
def test_module_entry_point_refuses_bad_counts():
    result = subprocess.run(
        [sys.executable, "-m", "crawler.replica", "--articles", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "article count" in result.stderr
