"""Rules the twenty-eighth blind round showed on a WordPress block theme, for any site:

- a block theme prints core's blocks, not a classic theme's hAtom markup: the single
  template's Post Title block (h1.wp-block-post-title), its Post Date block
  (div.wp-block-post-date > time[datetime], wherever the template puts it: after the text
  too), the same block set to the last edit (classed wp-block-post-date__modified-date), and
  the Post Terms blocks (taxonomy-post_tag, taxonomy-category). The wordpress family reads
  them, so a block-theme site is read (and detected) as WordPress;
- the dates in a list of related posts (Jetpack's, YARPP's, "more stories") printed inside
  or after the text are other posts' dates, never the article's, in the generic layout too.
"""

from __future__ import annotations

import pytest

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

URL = "https://www.example.go.th/2024/05/news-item/"
TITLE = "สำนักงานเกษตรจังหวัดจัดงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูการผลิตใหม่"
PARAS = "".join(
    f"<p>สำนักงานเกษตรจังหวัดร่วมกับศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร จัดงาน"
    f"วันถ่ายทอดเทคโนโลยีให้แก่เกษตรกรในพื้นที่ ครั้งที่ {i} เพื่อเตรียมความพร้อมก่อนฤดูการผลิต</p>"
    for i in range(1, 5)
)
OTHERS = [
    ("/2024/04/other-one/", "ประชุมคณะกรรมการศูนย์เรียนรู้ระดับอำเภอ ประจำเดือนเมษายน", "2 พฤษภาคม 2024"),
    ("/2024/04/other-two/", "อบรมการผลิตปุ๋ยอินทรีย์ชีวภาพให้แก่กลุ่มแปลงใหญ่", "28 เมษายน 2024"),
    ("/2024/04/other-three/", "ลงพื้นที่ติดตามสถานการณ์ภัยแล้งในเขตอำเภอเมือง", "19 เมษายน 2024"),
]
RELATED = {
    "jetpack grid": '<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>'
    + "".join(
        f'<div class="jp-related-posts-i2__post"><a href="{href}">{title}</a>'
        f'<dl><dt>Date</dt><dd class="jp-related-posts-i2__post-date">{day}</dd></dl></div>'
        for href, title, day in OTHERS
    )
    + "</div>",
    "yarpp list": '<div class="yarpp yarpp-related"><h3>เรื่องที่เกี่ยวข้อง</h3><ol>'
    + "".join(
        f'<li><a href="{href}">{title}</a> <span class="date">{day}</span></li>'
        for href, title, day in OTHERS
    )
    + "</ol></div>",
    "more stories": '<section class="more-stories"><h3>ข่าวอื่น</h3>'
    + "".join(
        f'<article><a href="{href}">{title}</a><time datetime="2024-04-1{n}T09:00:00+07:00">'
        f"{day}</time></article>"
        for n, (href, title, day) in enumerate(OTHERS)
    )
    + "</section>",
}


def block_theme_page(related: str, *, edited: bool = True, paras: int = 4) -> str:
    """A single post of a block theme: the post-meta group printed after the content."""
    text = "".join(PARAS for _ in range(paras // 4))
    modified = (
        '<div class="wp-block-post-date__modified-date wp-block-post-date">'
        '<time datetime="2024-05-09T16:45:00+07:00">9 พฤษภาคม 2024</time></div>'
        if edited
        else ""
    )
    return f"""<html><head><meta name="generator" content="WordPress 6.4.2" />
<title>{TITLE} – สำนักงานเกษตรจังหวัด</title></head>
<body class="post-template-default single single-post"><div class="wp-site-blocks">
<header class="wp-block-template-part"><p class="wp-block-site-title">
<a href="/">สำนักงานเกษตรจังหวัด</a></p></header>
<main class="wp-block-group">
<div class="wp-block-group"><h1 class="wp-block-post-title">{TITLE}</h1></div>
<div class="entry-content wp-block-post-content">{text}{related}</div>
<div class="wp-block-group"><div class="wp-block-group is-layout-flex">
<p>Posted</p>
<div class="wp-block-post-date"><time datetime="2024-05-08T10:15:00+07:00">
<a href="{URL}">8 พฤษภาคม 2024</a></time></div>
{modified}
<p>in</p><div class="taxonomy-category wp-block-post-terms">
<a href="/category/news/" rel="tag">ข่าวกิจกรรม</a></div>
</div>
<div class="taxonomy-post_tag wp-block-post-terms">
<span class="wp-block-post-terms__prefix">Tags: </span>
<a href="/tag/farm/" rel="tag">เกษตรกร</a><span class="wp-block-post-terms__separator">, </span>
<a href="/tag/tech/" rel="tag">เทคโนโลยี</a></div>
</div>
</main>
<footer class="wp-block-template-part"><p>สำนักงานเกษตรจังหวัด</p></footer>
</div></body></html>"""


def test_the_wordpress_family_reads_a_block_themes_post_blocks() -> None:
    page = Page(text=block_theme_page(RELATED["jetpack grid"]))
    article = read_article(layout("wordpress"), page, URL)
    assert not [p for p in article.problems if p.startswith("layout")]
    record = normalize_article(article).record()
    assert record["title"] == TITLE
    assert record["published_at"] == "2024-05-08T10:15:00+07:00"
    assert record["modified_at"] == "2024-05-09T16:45:00+07:00"
    assert record["tags"] == ["เกษตรกร", "เทคโนโลยี"]
    assert record["category"] == "ข่าวกิจกรรม"


def test_an_unedited_block_theme_post_has_no_modified_date() -> None:
    page = Page(text=block_theme_page("", edited=False))
    record = normalize_article(read_article(layout("wordpress"), page, URL)).record()
    assert record["published_at"] == "2024-05-08T10:15:00+07:00"
    assert record["modified_at"] is None


@pytest.mark.parametrize("paras", [4, 40])  # the related list near the headline, or far
@pytest.mark.parametrize("kind", sorted(RELATED))
def test_related_posts_dates_are_not_the_articles(kind: str, paras: int) -> None:
    page = Page(text=block_theme_page(RELATED[kind], paras=paras))
    record = normalize_article(layout("generic").extract(page, URL)).record()
    assert record["title"] == TITLE
    assert record["published_at"] == "2024-05-08T10:15:00+07:00"
