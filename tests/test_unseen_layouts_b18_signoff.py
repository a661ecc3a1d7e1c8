# ruff: noqa: E501  (fixture HTML lines)
"""Fields the eighteenth blind round showed, each checked on a small page: the provincial PR
office signing a release alone on a right-aligned last line ("ประชาสัมพันธ์จังหวัด..."), and a
WordPress theme printing the headline and date (schema.org microdata) above the article."""

from __future__ import annotations

import pytest

from pipelines.layouts import LAYOUT_PROBLEM, Page, layout, read_article
from pipelines.text import clean_body

TEXT = (
    "ผู้ว่าราชการจังหวัดเป็นประธานในพิธีเปิดโครงการส่งเสริมอาชีพให้แก่ประชาชนในพื้นที่ "
    "เมื่อวันที่ 3 มีนาคม 2567 ณ หอประชุมอำเภอเมือง โดยมีผู้เข้าร่วมจำนวนมาก"
)


@pytest.mark.parametrize(
    "office",
    ["ประชาสัมพันธ์จังหวัดพิจิตร", "ประชาสัมพันธ์อำเภอเมืองน่าน", "ประชาสัมพันธ์ เทศบาลเมืองตาก"],
)
def test_the_pr_office_signing_flush_right_is_the_source(office: str) -> None:
    html = f'<div>{TEXT}<br><br>{TEXT}<br><br><div align="right">{office}</div></div>'
    cleaned = clean_body(html)
    assert cleaned.source == office
    assert cleaned.body is not None and office not in cleaned.body


def test_a_flush_right_line_about_publicity_stays_text() -> None:
    line = "ประชาสัมพันธ์ให้ประชาชนทราบโดยทั่วกัน"
    html = f'<div>{TEXT}<br><br><p style="text-align: right">{line}</p></div>'
    cleaned = clean_body(html)
    assert cleaned.source is None
    assert cleaned.body is not None and cleaned.body.endswith(line)


HEADLINE = "กรมจัดฝึกอบรมยกระดับฝีมือแรงงานในพื้นที่ภาคตะวันออกเฉียงเหนือ ประจำปี 2567"


def _hero_post(meta: str) -> str:
    """A WordPress theme printing the post's headline and meta in a hero band above the
    article (Blocksy's type-2 hero, Kadence's and Astra's title areas do so in their own
    classes): the h1 is marked as the schema.org headline, the article holds only the text."""
    return f"""<html lang="th"><head><title>{HEADLINE} – กรมตัวอย่าง</title>
<link rel="stylesheet" href="/wp-content/themes/sometheme/style.css"></head>
<body class="post-template-default single single-post postid-7">
<header id="masthead"><a href="/">กรมตัวอย่าง</a></header>
<div class="title-band"><nav class="crumbs"><a href="/">หน้าแรก</a> / <a href="/category/news/">ข่าว</a></nav>
<h1 class="band-title" itemprop="headline">{HEADLINE}</h1>{meta}</div>
<main><article id="post-7" class="post-7 post type-post status-publish hentry">
<div class="entry-content"><p>{TEXT}</p><p>{TEXT}</p></div></article></main>
<aside><h2>ข่าวล่าสุด</h2><ul><li><a href="/2024/01/01/x/">ข่าวอื่น</a></li></ul></aside></body></html>"""


def test_a_wordpress_headline_above_the_article_is_the_family_s_reading() -> None:
    meta = (
        '<ul class="band-meta"><li itemprop="datePublished">'
        '<time datetime="2024-02-15T10:30:00+07:00">15 ก.พ. 2024</time></li></ul>'
    )
    article = read_article(
        layout("wordpress"), Page(text=_hero_post(meta)), "http://h/2024/02/15/x/"
    )
    assert not [p for p in article.problems if p.startswith(LAYOUT_PROBLEM)]
    assert article.title == HEADLINE
    assert article.published_at_raw == "2024-02-15T10:30:00+07:00"
