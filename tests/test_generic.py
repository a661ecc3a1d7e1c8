"""The generic extractor: titles, dates, the article block (saved pages: test_sites.py)."""

from __future__ import annotations

import pytest

from pipelines.generic import clean_title, extract_generic


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ ลงพื้นที่", "นายกฯ ลงพื้นที่"),
        ("ข่าวกระทรวงอุตสาหกรรมจับมือ UNIDO - กระทรวงอุตสาหกรรม", "ข่าวกระทรวงอุตสาหกรรมจับมือ UNIDO"),
        ("ข่าวกระทรวงอุตสาหกรรมจับมือ UNIDO | กระทรวงอุตสาหกรรม", "ข่าวกระทรวงอุตสาหกรรมจับมือ UNIDO"),
        ("กรมตัวอย่าง :: ข่าวประชาสัมพันธ์ประจำสัปดาห์", "ข่าวประชาสัมพันธ์ประจำสัปดาห์"),
        ("ข่าวไม่มีชื่อเว็บไซต์", "ข่าวไม่มีชื่อเว็บไซต์"),
    ],
)
def test_clean_title(raw: str, title: str) -> None:
    assert clean_title(raw) == title


def test_title_order_og_then_h1_then_title() -> None:
    page = (
        "<html><head><title>จากแท็กไตเติล - เว็บ</title>{og}</head>"
        "<body>{h1}<p>" + "เนื้อหาข่าวยาวพอสมควร " * 10 + "</p></body></html>"
    )
    og = '<meta property="og:title" content="จาก og">'
    h1 = "<h1>จาก h1</h1>"
    url = "https://example.go.th/n/1"
    assert extract_generic(page.format(og=og, h1=h1), url).title == "จาก og"
    assert extract_generic(page.format(og="", h1=h1), url).title == "จาก h1"
    assert extract_generic(page.format(og="", h1=""), url).title == "จากแท็กไตเติล"


def test_date_from_first_body_lines() -> None:
    body = "<p>วันนี้ (3 ต.ค. 61) นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม " * 3 + "</p>"
    parts = extract_generic(f"<html><body><div>{body}</div></body></html>", "https://x.go.th/1")
    assert parts.published_raw == "3 ต.ค. 61"
    assert parts.language == "th"


def test_english_page_language() -> None:
    body = "<p>" + "The ministry announced a new programme for small factories. " * 5 + "</p>"
    parts = extract_generic(
        f'<html lang="en-GB"><body><article>{body}</article></body></html>', "https://x.go.th/1"
    )
    assert parts.language == "en"
    assert parts.body is not None and parts.body.startswith("The ministry announced")


def test_empty_page() -> None:
    parts = extract_generic("", "https://x.go.th/1")
    assert (parts.title, parts.body, parts.images) == (None, None, [])


PARA = "The ministry announced a new programme for small factories across the provinces. "


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


def test_teaser_list_beside_the_article_is_left_out() -> None:
    article = "".join(f"<p>{PARA * 2}paragraph {i}.</p>" for i in range(5))
    teasers = "".join(
        f'<li><div class="card"><a href="/s/{i}">Other story {i}</a>'
        f"<div><p>Teaser text of another story number {i}, long enough to look like prose "
        f"for a naive extractor.</p></div></div></li>"
        for i in range(12)
    )
    html = _page(f'<div><div class="story">{article}</div><ul class="rail">{teasers}</ul></div>')
    body = extract_generic(html, "https://x.example/a").body or ""
    assert "paragraph 0." in body and "paragraph 4." in body
    assert "Teaser text" not in body


def test_article_split_over_sibling_containers_is_merged() -> None:
    part = "".join(f"<p>{PARA}part {{n}} line {i}.</p>" for i in range(3))
    html = _page(
        '<div class="wrap"><div class="col">' + part.format(n=1) + "</div>"
        "<h2>A heading inside the article</h2>"
        '<div class="col">' + part.format(n=2) + "</div></div>"
        '<div class="foot"><p>Site footer text that is not part of the article at all.</p></div>'
    )
    body = extract_generic(html, "https://x.example/a").body or ""
    assert "part 1 line 0." in body and "part 2 line 2." in body
    assert "A heading inside the article" in body
    assert "Site footer" not in body


def test_article_inside_a_furniture_named_wrapper_is_kept() -> None:
    article = "".join(f"<p>{PARA * 2}paragraph {i}.</p>" for i in range(4))
    html = _page(
        f'<div class="module"><div class="body">{article}</div>'
        '<div class="share">Share this</div></div>'
        "<div><p>Short note outside.</p></div>"
    )
    body = extract_generic(html, "https://x.example/a").body or ""
    assert "paragraph 0." in body and "paragraph 3." in body
    assert "Share this" not in body


def test_comment_thread_is_not_taken_for_a_hidden_article() -> None:
    comments = "".join(f"<p>{PARA * 3}comment {i}.</p>" for i in range(6))
    html = _page(
        f"<article><p>{PARA}The short article itself.</p></article>"
        f'<div id="comments" class="comments">{comments}</div>'
    )
    body = extract_generic(html, "https://x.example/a").body or ""
    assert "The short article itself." in body
    assert "comment 0." not in body


def test_page_footer_named_by_id_is_no_article_text() -> None:
    # A short release printed one line per <p> scores less than the office's address block;
    # the block named the page footer (id="footer") is not article text, whatever its length.
    lines = (
        f"<p>{PARA * 2}</p>"
        + "".join(f"<p>Line {i} of a short release from the district office.</p>" for i in range(6))
        + f"<p>{PARA}</p>"
    )
    address = "The district office, 123 Moo 1, Ban Phaeo, Samut Sakhon 74120. Tel. 0-3485-0123. "
    _body_keeps_and_drops(
        _page(
            f'<div id="wrapper"><div id="content"><div class="detail">{lines}</div></div>'
            f'<div id="footer">{address * 3}</div></div>'
        ),
        ("Line 0 of", "Line 5 of"),
        "Samut Sakhon",
    )


def test_recent_posts_beside_a_short_article_are_not_merged() -> None:
    # A short post is followed by a "recent posts" section of cards with long teasers; a
    # sibling named as recent, latest or related posts never joins the article block.
    article = "".join(f"<p>{PARA}post line {i}.</p>" for i in range(3))
    cards = "".join(
        f'<div class="card"><h2><a href="/post/{i}">Another post number {i}</a></h2>'
        f"<div><p>{PARA}teaser {i}.</p></div></div>"
        for i in range(3)
    )
    _body_keeps_and_drops(
        _page(
            f'<div class="post-page"><article><h1>The post</h1><div class="content">{article}'
            f'</div></article><section class="recent-posts">{cards}</section></div>'
        ),
        ("post line 0.", "post line 2."),
        "teaser",
    )


def _body_keeps_and_drops(html: str, kept: tuple[str, ...], dropped: str) -> None:
    """Extract *html*: every *kept* phrase is in the body, *dropped* is not."""
    body = extract_generic(html, "https://x.example/a").body or ""
    assert all(phrase in body for phrase in kept), body
    assert dropped not in body


def test_every_place_printed_modified_reads_carries_the_hint_word() -> None:
    # read_article skips printed_modified on pages whose HTML holds no MODIFIED_HINT_RE word:
    # that is exact only while every declared key and marker it reads carries one.
    from pipelines.generic import MODIFIED_HINT_RE, MODIFIED_META, may_print_modified

    assert all(MODIFIED_HINT_RE.search(key) for key in MODIFIED_META)
    from pipelines.layouts import Page
    from pipelines.layouts.prefilter import SourceWords

    def words(html: str) -> SourceWords:
        return Page(text=html).words()

    assert may_print_modified(words('<meta property="article:modified_time" content="2024">'))
    assert may_print_modified(words('<span class="Last-Updated">1 ม.ค. 2567</span>'))
    assert may_print_modified(words('<span itemprop="dateModified">1 ม.ค. 2567</span>'))
    assert not may_print_modified(words("<p>ปรับปรุงล่าสุด 1 ม.ค. 2567</p>"))
