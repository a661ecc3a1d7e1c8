"""Rules from the forty-first blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from crawler.extract import extract_bytes
from crawler.items import Article
from pipelines.normalize import normalize_article, not_an_article


def test_joomlas_unpublished_article_message_is_no_article() -> None:
    """Joomla 3's Thai pack for a missing or unpublished article ("this article does not exist
    or was unpublished"), read with the template's footer around it: no article."""
    body = (
        "คำเตือน\nบทความนี้ไม่มี หรือถูกยกเลิกการเผยแพร่แล้ว\n"
        "สำนักงานเกษตรอำเภอ ถนนเจนจบทิศ ตำบลในเมือง จังหวัดขอนแก่น 40110\n"
        "Copyright © 2567 สำนักงานเกษตรอำเภอ"
    )
    article = Article(url="u", site="s", title="สำนักงานเกษตรอำเภอ", body=body)
    reason = not_an_article(normalize_article(article))
    assert reason is not None and "ไม่มี" in reason


def test_a_story_saying_this_news_has_no_effect_is_an_article() -> None:
    body = "ข่าวนี้ไม่มีผลกระทบต่อประชาชนในพื้นที่ " * 3
    assert (
        not_an_article(normalize_article(Article(url="u", site="s", title="ข่าว", body=body)))
        is None
    )


HEADLINE = "แรงงานจังหวัดจัดกิจกรรมแนะแนวอาชีพให้นักเรียนชั้นมัธยมศึกษาปีที่หก"
TEXT = (
    "สำนักงานแรงงานจังหวัดจัดกิจกรรมแนะแนวอาชีพให้แก่นักเรียนชั้นมัธยมศึกษาปีที่หก จำนวนสองร้อยคน "
    "เพื่อให้นักเรียนได้รับข้อมูลด้านตลาดแรงงานและอาชีพที่เป็นที่ต้องการในพื้นที่ก่อนตัดสินใจศึกษาต่อ"
)


def test_a_labelled_keyword_row_gives_its_words_as_tags_whatever_their_links() -> None:
    """ "คำค้น :" over links searching each word (?kw=...), printed after the text's block."""
    page = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>สำนักงานแรงงานจังหวัด</title></head><body><h1>สำนักงานแรงงานจังหวัด</h1>
<div class="main"><div class="news-view"><h2 class="news-topic">{HEADLINE}</h2>
<div class="news-detail"><p>{TEXT}</p><p>{TEXT}</p></div>
<div class="keywords"><span>คำค้น :</span> <a href="/news/search?kw=แรงงาน">แรงงาน</a>
<a href="/news/search?kw=แนะแนว">แนะแนว</a></div>
<div class="news-nav"><a href="/news/view/457">ข่าวถัดไป : ข่าวอื่นของสำนักงาน ›</a></div>
</div></div></body></html>""".encode()
    record = extract_bytes(page, url="http://h/news/view/460", cms="generic")
    assert record["tags"] == ["แรงงาน", "แนะแนว"]
    assert "คำค้น" not in (record["body"] or "")


def test_joomlas_tag_links_with_sef_urls_off_are_tags() -> None:
    """Joomla with search-engine-friendly URLs off links each tag to its com_tags view."""
    tags = "".join(
        f'<li><a href="/index.php?option=com_tags&amp;view=tag&amp;id[0]={n}" '
        f'class="label label-info">{word}</a></li>'
        for n, word in ((3, "ท่องเที่ยว"), (4, "เศรษฐกิจ"))
    )
    page = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>{HEADLINE}</title></head><body><div class="item-page"><h2>{HEADLINE}</h2>
<div class="body"><p>{TEXT}</p><p>{TEXT}</p></div><ul class="tags inline">{tags}</ul></div>
</body></html>""".encode()
    url = "http://h/index.php?option=com_content&view=article&id=540&catid=9"
    assert extract_bytes(page, url=url, cms="generic")["tags"] == ["ท่องเที่ยว", "เศรษฐกิจ"]
