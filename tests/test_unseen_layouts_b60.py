"""Rules from the sixtieth blind round, each on a small page or response of its shape.

Doctests cover the pieces (crawler.link_header, crawler.content_coding, pipelines.cf_email,
pipelines.boilerplate.shown_on_click and unfold_clicked_text, match_meta_row's login-then-date
row, pipelines.layouts.generic._featured_entry, pipelines.normalize.not_an_article).
"""

from __future__ import annotations

import http.server
import threading
import zlib
from collections.abc import Iterator

import brotli
import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from crawler.extract import fetch_url
from crawler.items import Article
from crawler.middlewares import LinkCanonicalMiddleware
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article, not_an_article

HEADLINE = "สำนักงานพัฒนาชุมชนจังหวัดจัดประชุมสรุปผลการดำเนินงานโครงการพัฒนาหมู่บ้านเศรษฐกิจพอเพียง"
TEXT = (
    "สำนักงานพัฒนาชุมชนจังหวัดจัดประชุมสรุปผลการดำเนินงานโครงการพัฒนาหมู่บ้านเศรษฐกิจพอเพียง "
    "โดยมีผู้นำชุมชนและเจ้าหน้าที่จากทุกอำเภอเข้าร่วมกว่าสองร้อยคน ณ ห้องประชุมศาลากลางจังหวัด"
)
FOLDED = (
    "ในส่วนที่ยังต้องดำเนินการเพิ่มเติม จะเป็นการติดตามผลการดำเนินงานของแต่ละหมู่บ้านอย่างต่อเนื่อง "
    "และรายงานผลต่อคณะกรรมการขับเคลื่อนระดับจังหวัดทุกไตรมาสตามแผนที่วางไว้"
)
SPAM = "คาสิโนออนไลน์ สล็อตแตกง่าย ฝากถอนไม่มีขั้นต่ำ " * 4


def normalized(html: str, cms: str = "generic", url: str = "http://h/news/5") -> Article:
    return normalize_article(read_article(layout(cms), Page(text=html), url, site="x"))


def page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body><article>"
        f"<h1>{HEADLINE}</h1>{body}</article></body></html>"
    )


def test_a_canonical_sent_only_in_the_link_header_keys_the_article() -> None:
    url = "http://h/news/pr-35/index.html"
    request = Request(url, meta={"khaosan_kind": "article"})
    response = HtmlResponse(
        url,
        body=page(f"<p>{TEXT}</p>").encode(),
        encoding="utf-8",
        headers={"Link": '</news/pr-35.html>; rel="canonical"'},
        request=request,
    )
    out = LinkCanonicalMiddleware().process_response(request, response)
    article = read_article(layout("generic"), Page(text=out.text), url, site="x")
    assert article.url == "http://h/news/pr-35.html"
    # the page's own element wins over the header
    own = HtmlResponse(
        url,
        body=page(f"<p>{TEXT}</p>", '<link rel="canonical" href="/news/own.html">').encode(),
        encoding="utf-8",
        headers={"Link": '</news/pr-35.html>; rel="canonical"'},
        request=request,
    )
    kept = LinkCanonicalMiddleware().process_response(request, own)
    assert kept.body == own.body


class _Compressing(http.server.BaseHTTPRequestHandler):
    """Brotli or raw deflate whatever was asked, the canonical in the Link header only."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        html = page(f"<p>{TEXT}</p>").encode()
        if self.path.startswith("/br/"):
            body, coding = brotli.compress(html), "br"
        else:
            raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
            body, coding = raw.compress(html) + raw.flush(), "deflate"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", coding)
        self.send_header("Link", '</news/5.html>; rel="canonical"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def compressing_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Compressing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_khaosan_extract_reads_brotli_and_raw_deflate_and_the_header_canonical(
    compressing_server: str,
) -> None:
    from crawler.extract import extract_bytes

    for path in ("/br/news/5/", "/deflate/news/5/"):
        body, content_type, final = fetch_url(compressing_server + path)
        assert HEADLINE.encode() in body, path
        record = extract_bytes(body, url=final, cms="generic", content_type=content_type)
        assert record["url"] == compressing_server + "/news/5.html", path


def test_text_folded_behind_a_read_more_control_is_text_and_hidden_spam_is_not() -> None:
    shapes = (
        # Bootstrap's collapse, hidden inline too, its button after it naming it
        f'<div class="collapse" id="more-5" style="display:none"><p>{FOLDED}</p></div>'
        '<p><a data-toggle="collapse" href="#more-5" aria-controls="more-5">อ่านเพิ่มเติม</a></p>',
        # a WordPress expand plugin: the label, its hidden "less" twin, then the text
        '<div class="expander" id="t5" title="อ่านเพิ่มเติม">อ่านเพิ่มเติม</div>'
        '<div style="display:none">ย่อ</div>'
        f'<div id="target-t5" style="display: none;"><p>{FOLDED}</p></div>',
        # a button naming its target by data-bs-target, the hidden attribute
        f'<button data-bs-target="#rest">ดูทั้งหมด</button>'
        f'<div id="rest" hidden><p>{FOLDED}</p></div>',
    )
    for cms in ("generic", "wordpress"):
        for shape in shapes:
            html = page(f'<div class="entry-content"><p>{TEXT}</p>{shape}</div>')
            article = normalized(html, cms)
            assert FOLDED in (article.body or ""), (cms, shape)
            assert "อ่านเพิ่มเติม" not in (article.body or "")
    spam = f'<div style="display:none"><p>{SPAM}</p></div>'
    hidden = page(f'<div class="entry-content"><p>{TEXT}</p>{spam}</div>')
    assert "คาสิโน" not in (normalized(hidden).body or "")


def test_an_address_cloudflare_hid_is_read_as_the_page_shows_it() -> None:
    contact = (
        '<p>สอบถามรายละเอียดเพิ่มเติมได้ที่ โทร. 0 5351 1044 อีเมล <a href="/cdn-cgi/l/email-'
        'protection#513d303c2139243f113f223e7f363e7f2539"><span class="__cf_email__" '
        'data-cfemail="513d303c2139243f113f223e7f363e7f2539">[email&#160;protected]</span></a></p>'
    )
    article = normalized(page(f"<p>{TEXT}</p>{contact}"))
    assert "lamphun@nso.go.th" in (article.body or "")
    assert "protected" not in (article.body or "")


def test_a_server_error_report_and_a_details_not_found_page_are_no_articles() -> None:
    cgitb = Article(
        url="u",
        site="s",
        title="exceptions.TypeError",
        body="Python 2.4.3: /usr/bin/python\nA problem occurred in a Python script.\n"
        "row = cur.fetchone(); title = row[0]\nexceptions.TypeError: unsubscriptable object",
    )
    assert not_an_article(cgitb) is not None
    gone = Article(url="u", site="s", title="ยกเลิก", body="อ่าน 0 ครั้ง\nไม่พบรายละเอียดข่าว")
    assert not_an_article(gone) is not None
    story = Article(url="u", site="s", title=HEADLINE, body=TEXT * 2)
    assert not_an_article(story) is None


def test_a_meta_row_of_a_login_then_the_date_gives_date_and_counter() -> None:
    row = (
        '<div class="node__meta"><span class="icon"></span> โดย <span>pr_nan</span> '
        '<span class="icon"></span> <time datetime="2023-06-25T07:18:00Z">25 มิ.ย. 2566 - 14:18'
        '</time> <span class="statistics-counter"><span class="icon"></span> อ่าน 268 ครั้ง'
        "</span></div>"
    )
    article = normalized(page(f"{row}<div class='content'><p>{TEXT}</p></div>"))
    assert article.view_count == 268
    assert article.published_at == "2023-06-25T14:18:00+07:00"
    assert "pr_nan" not in (article.body or "")


def test_a_featured_story_in_an_aside_above_the_list_is_a_listing_entry() -> None:
    rows = "".join(
        f'<li><article><h1><a href="/news/pr-{n}.html">{HEADLINE} ครั้งที่ {n}</a></h1></article></li>'
        for n in range(40, 47)
    )
    sidebar = "".join(
        f'<article><h3><a href="/news/pr-{n}.html">{HEADLINE} ครั้งที่ {n}</a></h3></article>'
        for n in (10, 11, 12)
    )
    html = (
        f'<html><body><aside id="featured"><h2>ข่าวล่าสุด</h2><article><h1><a href="/news/pr-48.html">'
        f"{HEADLINE} ครั้งที่ 48</a></h1><p>{TEXT}</p></article></aside>"
        f'<section id="content"><ol id="posts-list">{rows}</ol></section>'
        f"<aside class='widgets'>{sidebar}</aside></body></html>"
    )
    links = [
        u
        for u, _ in layout("generic").extract_links(Page(text=html), "http://h/category/news.html")
    ]
    assert "http://h/news/pr-48.html" in links
    assert "http://h/news/pr-10.html" not in links


def test_a_posted_by_line_with_a_weekday_date_stays_one_byline() -> None:
    """The login-then-date meta row of round 60 leaves e107's "posted by" line (round 29) as
    it was: one byline, dropped whole."""
    from pipelines.boilerplate import match_line

    found = match_line("โพสต์โดย admin_bnr พุธ 17 พฤศจิกายน 2010 - 13:44:00")
    assert found is not None and found.rules == ["byline"]


def test_a_carousel_of_teasers_hidden_by_slide_stays_furniture() -> None:
    """Slick's hidden slides are named by its dots (aria-controls) and hold an excerpt each:
    no fold, so they go as hidden furniture, as before round 60."""
    teaser = (
        "ข่าวอื่นที่น่าสนใจ การประชุมคณะกรรมการพัฒนาจังหวัดครั้งที่สามประจำปีงบประมาณเพื่อพิจารณา"
        "แผนงานโครงการและติดตามผลการดำเนินงานของหน่วยงานในพื้นที่ทั้งหมด"
    )
    slides = "".join(
        f'<div class="slick-slide" id="slick-slide0{n}" aria-hidden="true" style="display:none">'
        f'<p>{teaser} {n}</p><a href="/news/{n}">ต่อ</a></div>'
        for n in range(3)
    )
    dots = "".join(
        f'<li><button aria-controls="slick-slide0{n}" aria-label="{n} of 3">{n}</button></li>'
        for n in range(3)
    )
    html = page(f'<div class="entry-content"><p>{TEXT}</p></div><div>{slides}</div><ul>{dots}</ul>')
    assert "ข่าวอื่นที่น่าสนใจ" not in (normalized(html).body or "")
