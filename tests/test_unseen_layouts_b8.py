"""Rules the eighth blind round showed, each checked on a small page: a headline printed after
its topic's name, a <title> whose headline holds a separator itself, a portal news module's
poster line ("ส่งโดย <name> เมื่อ <date> (N ครั้ง)")."""

from __future__ import annotations

from pipelines import boilerplate
from pipelines.layouts import Page, layout, read_article
from pipelines.text import html_to_lines

HEADLINE = "ประชุมร่วม ก.บ.ภ. ครั้งที่ 1/62 เห็นชอบแผนพัฒนาภาค ปี 60 - 65 ทั้ง 6 ภาค"
TEXT = (
    "ที่ประชุมเห็นชอบแผนพัฒนาภาค พ.ศ. 2560 - 2565 ของทั้ง 6 ภาค ซึ่งได้มีการทบทวนสาระสำคัญ"
    "ให้มีความสอดคล้องกับยุทธศาสตร์ชาติและแผนแม่บทภายใต้ยุทธศาสตร์ชาติ "
) * 3
PAGE = f"""<html><head><title>{HEADLINE} - ข่าว - โรงพยาบาลตัวอย่าง</title></head><body>
<div class="side"><div class="blockTitle">ผู้ใช้ออนไลน์</div><div>ผู้เยี่ยมชม 3 คน</div></div>
<div class="story">
 <div class="head"><span class="storyTitle"><a href="/news/index.php?topic=1">ข่าวประชาสัมพันธ์</a>:
  {HEADLINE}</span></div>
 <div class="info">ส่งโดย <a href="/user.php?uid=1">admin</a>
  เมื่อ 2024/1/26 12:04:00 (1,036 ครั้ง)</div>
 <div class="text"><p>{TEXT}</p><p>{TEXT}</p></div>
</div></body></html>"""


def test_the_headline_after_its_topic_and_a_title_holding_a_separator() -> None:
    article = read_article(layout("generic"), Page(text=PAGE), "http://h/news/article.php?id=9")
    assert article.title == HEADLINE


def test_the_poster_line_is_data_not_body() -> None:
    article = read_article(layout("generic"), Page(text=PAGE), "http://h/news/article.php?id=9")
    from pipelines.normalize import normalize_article

    record = normalize_article(article).record()
    assert record["view_count"] == 1036
    assert record["published_at"] == "2024-01-26T12:04:00+07:00"
    assert "ส่งโดย" not in record["body"]
    assert "ข่าวประชาสัมพันธ์:" not in record["body"]
    assert record["body"].startswith("ที่ประชุมเห็นชอบ")


def test_poster_line_variants() -> None:
    for line, raw in (
        ("ส่งโดย admin เมื่อ 2024/1/26 12:04:00 (1,036 ครั้ง)", "2024/1/26 12:04:00"),
        ("Posted by admin on 2024/1/26 12:04:00 (1036 ครั้ง)", "2024/1/26 12:04:00"),
        ("โดย นายสมชาย ใจดี เมื่อวันที่ 3 ต.ค. 2561 อ่าน 5 ครั้ง", "3 ต.ค. 2561"),
    ):
        found = boilerplate.match_meta_row(line)
        assert found is not None and found.data["published_raw"] == raw, line
    sentence = "โดย นายสมชาย ใจดี เมื่อวันที่ 3 ต.ค. 2561 ได้ลงพื้นที่ อ่านหนังสือ 5 ครั้ง"
    assert boilerplate.match_meta_row(sentence) is None


def test_a_labelled_headline_is_the_headline_repeated() -> None:
    title = "ก.อุตสาหกรรม จับมือ UNIDO"
    assert boilerplate.is_repeated_headline(f"ข่าวประชาสัมพันธ์: {title}", title)
    assert boilerplate.is_repeated_headline(f"ข่าว » {title}", title)
    assert not boilerplate.is_repeated_headline(f"{title} ครั้งที่ 2", title)
    assert not boilerplate.is_repeated_headline(f"เมื่อวันที่ 3 ต.ค. ที่ผ่านมา: {title}", "สั้น")


def test_a_fragment_that_is_only_a_comment_has_no_lines() -> None:
    assert html_to_lines("&nbsp;<!--") == []


TEASER_PAGE = """<html><head><title>ประชุมวิชาการประจำปี</title>
<meta property="article:published_time" content="2024-01-12T05:34:00.000Z" /></head><body>
<article><header><h1>ประชุมวิชาการพัฒนางานประจำสู่งานวิจัย ประจำปี</h1>
<p class="excerpt">เมื่อวันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑ เวลา ๑๓.๓๐ น.…</p>
<div class="byline"><time datetime="2024-01-12">12 ม.ค. 2024</time></div></header>
<section class="content"><p>เมื่อวันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑ เวลา ๑๓.๓๐ น.</p>
<p>{text}</p><p>{text}</p></section></article></body></html>"""


def test_a_date_in_a_teaser_cut_with_an_ellipsis_is_the_storys_not_the_posts() -> None:
    html = TEASER_PAGE.format(text=TEXT)
    article = read_article(layout("generic"), Page(text=html), "http://h/nbp-67-007/")
    from pipelines.normalize import normalize_article

    assert normalize_article(article).record()["published_at"] == "2024-01-12T12:34:00+07:00"


def _blocks(*paragraphs: str) -> str:
    return "".join(f'<div class="block-paragraph"><p>{p}</p></div>' for p in paragraphs)


STREAMFIELD_PAGE = """<html><head><title>ข่าว</title></head><body><main><article>
<h1>การแก้ไขปัญหาอุทกภัยและภัยแล้งนอกเขตชลประทาน</h1>
<div class="news-meta"><span>วันที่ข่าว: <time datetime="2024-01-30">30 มกราคม 2024</time></span>
<span>หมวดหมู่: <a href="/th/news/">ข่าวประชาสัมพันธ์</a></span></div>
<div class="news-body">{blocks}</div></article>
<aside><h2>ข่าวล่าสุด</h2><ul><li><a href="/th/news/a/">ข่าวอื่น ก</a></li></ul></aside>
</main></body></html>"""


def test_one_block_per_paragraph_keeps_its_short_opening_and_closing_paragraphs() -> None:
    blocks = _blocks(
        "สรุปการตอบกระทู้ถามในการประชุมวุฒิสภา",
        "เรื่อง การแก้ไขปัญหาอุทกภัยและภัยแล้ง",
        "ผู้ตอบ รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติ",
        TEXT,
        "ซึ่งจัดขึ้นระหว่างวันที่ ๑๓ - ๒๕ กุมภาพันธ์ ๒๕๖๐",
    )
    html = STREAMFIELD_PAGE.format(blocks=blocks)
    article = read_article(layout("generic"), Page(text=html), "http://h/th/news/x/")
    from pipelines.normalize import normalize_article

    body = normalize_article(article).record()["body"]
    assert body.startswith("สรุปการตอบกระทู้ถาม")
    assert "ผู้ตอบ รัฐมนตรีว่าการ" in body
    assert body.endswith("๑๓ - ๒๕ กุมภาพันธ์ ๒๕๖๐")
    assert "หมวดหมู่" not in body and "วันที่ข่าว" not in body and "ข่าวอื่น ก" not in body
