"""Rules the tenth blind round showed on CMS pages, each checked on a small page: a view count
printed as a number with a "VIEWS" label element after it, the counter of a theme without an
article wrapper, a labelled tag list inside the text, a theme's underscore-prefixed post-title
h1 and its JSON-LD date, Joomla 3's itemprop=name headline under a category heading, and a
Drupal numeric date the page's UTC datetime shows to be day first."""

from __future__ import annotations

import json

from pipelines.layouts import LAYOUT_PROBLEM, Page, layout, read_article
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานพัฒนาชุมชนจังหวัดจัดอบรมผู้นำอาสาพัฒนาชุมชนประจำปี"
TEXT = (
    "สำนักงานพัฒนาชุมชนจังหวัดจัดโครงการอบรมผู้นำอาสาพัฒนาชุมชนเพื่อเสริมสร้างศักยภาพ"
    "การทำงานร่วมกับภาคีเครือข่ายในพื้นที่ และส่งเสริมการพัฒนาคุณภาพชีวิตของประชาชน "
) * 3


def _read(html: str, cms: str, url: str = "http://h.go.th/archives/2431") -> tuple[dict, list]:
    article = read_article(layout(cms), Page(text=html), url)
    problems = list(article.problems)
    return normalize_article(article).record(), problems


def _share_bar(views: int) -> str:
    """A theme's share bar: each count in its own element, its label in the next one."""
    return (
        '<div class="share_stats"><div class="share_count"><div class="counts">0</div>'
        '<span class="sharetext">SHARES</span></div><div class="views_count">'
        f'<div class="counts">{views}</div><span class="sharetext">VIEWS</span></div></div>'
    )


def _theme_post(views: int = 735, tags: str = "", declared: bool = True) -> str:
    """A WordPress post of a theme with no <article> around the post (only around cards)."""
    card = (
        '<div class="inline_related"><h3>อ่านข่าวที่เกี่ยวข้อง</h3><article class="xyz_post">'
        '<h3 class="xyz_post_title"><a href="/archives/2400">ข่าวอื่น</a></h3></article></div>'
    )
    ld = {
        "@type": "NewsArticle",
        "datePublished": "2024-02-15T10:30:00+07:00",
        "dateModified": "2024-02-15T10:30:00+07:00",
        "headline": HEADLINE,
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if declared else ""
    return f"""<html><head><title>{HEADLINE} &#8211; สำนักงาน</title>{head}
<meta name="generator" content="WordPress 6.4.3"></head><body>
<div class="xyz_inner_content"><h1 class="xyz_post_title">{HEADLINE}</h1>
<div class="xyz_meta_date"><a href="/archives/2431">15 กุมภาพันธ์ 2024</a></div>
{_share_bar(views)}
<div class="entry-content"><div class="content-inner"><p>{TEXT}</p><p>{TEXT}</p>{card}
<p>{TEXT}</p></div>{tags}</div>
<div class="related_posts"><h3>ข่าวที่เกี่ยวข้อง</h3><article class="xyz_post">
<h3 class="xyz_post_title"><a href="/archives/2401">ข่าวอื่นอีก</a></h3></article></div>
</div></body></html>"""


def test_a_number_followed_by_a_views_label_is_the_view_count() -> None:
    record, _ = _read(_theme_post(735), "generic")
    assert record["view_count"] == 735


def test_a_family_reads_the_counter_beside_the_text_without_an_article_wrapper() -> None:
    record, _ = _read(_theme_post(412), "wordpress")
    assert record["view_count"] == 412


def test_an_underscore_prefixed_post_title_h1_is_the_family_headline() -> None:
    record, problems = _read(_theme_post(), "wordpress")
    assert record["title"] == HEADLINE
    assert not any(p.startswith(LAYOUT_PROBLEM) for p in problems)


def test_a_post_without_a_date_element_takes_its_declared_date() -> None:
    record, _ = _read(_theme_post(), "wordpress")
    assert record["published_at"] == "2024-02-15T10:30:00+07:00"


def test_a_labelled_tag_list_inside_the_text_container_is_furniture() -> None:
    tags = (
        '<div class="post_tags"><span>Tags:</span> '
        '<a href="/archives/tag/a" rel="tag">ความมั่นคง</a></div>'
    )
    record, _ = _read(_theme_post(tags=tags), "wordpress")
    assert "Tags:" not in record["body"]
    assert "ความมั่นคง" not in record["body"]
    assert record["body"].count("สำนักงานพัฒนาชุมชนจังหวัดจัดโครงการ") == 9


JOOMLA_URL = "http://h.go.th/index.php/2019-05-27-08-15-44/452-2024-02-15-02-41-07"


def _item_page() -> str:
    """Joomla 3 item page: category page-title heading, info block, then h2[itemprop=name]."""
    return f"""<html><head><title>ข่าวประชาสัมพันธ์</title></head><body>
<div class="page-title"><h2>ข่าวประชาสัมพันธ์</h2><ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li>
<li class="active">{HEADLINE}</li></ol></div>
<article class="item item-page" itemscope itemtype="http://schema.org/Article">
<div class="entry-header"><dl class="article-info">
<dd class="createdby" itemprop="author" itemscope itemtype="http://schema.org/Person">
<span itemprop="name">ประชาสัมพันธ์</span></dd>
<dd class="published"><time datetime="2024-02-15T10:30:00+07:00" itemprop="datePublished">
15 กุมภาพันธ์ 2567</time></dd>
</dl><h2 itemprop="name">{HEADLINE}</h2></div>
<div itemprop="articleBody"><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>"""


def test_joomlas_itemprop_name_heading_is_the_family_headline() -> None:
    record, problems = _read(_item_page(), "joomla", JOOMLA_URL)
    assert record["title"] == HEADLINE
    assert not any(p.startswith(LAYOUT_PROBLEM) for p in problems)


def test_the_article_microdata_headline_beats_a_category_page_title() -> None:
    record, _ = _read(_item_page(), "generic", JOOMLA_URL)
    assert record["title"] == HEADLINE


def _drupal_node(stamp: str, printed: str) -> str:
    """A Drupal 9 node whose theme prints its own day-first date beside core's UTC datetime."""
    return f"""<html><head><meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<title>{HEADLINE} | สำนักงาน</title></head><body>
<div class="banner"><h1 class="banner__title">{HEADLINE}</h1></div>
<article class="node node--type-news"><div class="node__meta"><span>เผยแพร่เมื่อ</span>
<time datetime="{stamp}">{printed}</time></div>
<div class="basic-content"><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>"""


def test_a_drupal_date_the_utc_datetime_shows_day_first_is_read_day_first() -> None:
    html = _drupal_node("2024-11-07T00:47:00Z", "พฤ., 07/11/2024 - 07:47")
    for cms in ("drupal", "generic"):
        record, _ = _read(html, cms, "http://h.go.th/news/1336")
        assert record["published_at"] == "2024-11-07T07:47:00+07:00", cms


def test_core_month_first_medium_date_still_reads_month_first() -> None:
    html = _drupal_node("2023-11-08T07:23:00Z", "Wed, 11/08/2023 - 14:23")
    record, _ = _read(html, "drupal", "http://h.go.th/node/12")
    assert record["published_at"] == "2023-11-08T14:23:00+07:00"
