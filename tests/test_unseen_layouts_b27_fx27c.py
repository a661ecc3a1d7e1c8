"""Rules the twenty-seventh blind round showed, for any site:

- a box of other stories printed inside the body container (a share or "read more" plugin,
  or the editor's template): a heading naming other news ("อ่านข่าวอื่น ๆ", "ข่าวที่เกี่ยวข้อง",
  "Related posts") over lists of links. Its entries are other articles' titles, never the
  text, in every family (the body cleaning is shared);
- what the site profile takes out of a crawl's bodies (other articles' titles) does not depend
  on the order the articles were fetched in (tests/test_site_profile.py).
"""

from __future__ import annotations

import pytest

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article
from pipelines.text import clean_body

URL = "https://www.example.go.th/index.php/news/1241-2024-06-20-04-54-00"
TITLE = "สำนักงานพัฒนาชุมชนจังหวัดจัดอบรมผู้นำกลุ่มออมทรัพย์เพื่อการผลิต"
OTHERS = [
    "นายอำเภอเมืองเปิดงานตลาดนัดผลิตภัณฑ์ชุมชนประจำเดือนมิถุนายน",
    "ประชุมคณะกรรมการกองทุนพัฒนาบทบาทสตรีระดับจังหวัด ครั้งที่ 2",
    "โครงการหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ ประจำปีงบประมาณ 2567",
]
PARAS = "".join(
    f"<p>สำนักงานพัฒนาชุมชนจังหวัดจัดการอบรมผู้นำกลุ่มออมทรัพย์เพื่อการผลิตรุ่นที่ {i} "
    "เพื่อเสริมสร้างความรู้ด้านการบริหารจัดการกองทุนและการจัดทำบัญชีอย่างโปร่งใส</p>"
    for i in range(1, 5)
)
LINKS = "".join(
    f'<li><a href="/index.php/news/{1200 + i}">{t}</a></li>' for i, t in enumerate(OTHERS)
)

BOXES = {
    "heading over a list": f'<div class="other-news"><h4>อ่านข่าวอื่น ๆ</h4><ul>{LINKS}</ul></div>',
    "bold line over a list": f"<p><strong>ข่าวที่เกี่ยวข้อง :</strong></p><ul>{LINKS}</ul>",
    "links under a line break": "<p><b>ข่าวอื่นๆ ในหมวดเดียวกัน</b></p><p>"
    + "<br>".join(f'<a href="/n/{i}">{t}</a> (12 มิ.ย. 2567)' for i, t in enumerate(OTHERS))
    + "</p>",
    "English heading": f"<section><h3>Related posts</h3><ol>{LINKS}</ol></section>",
}


def _joomla4(box: str) -> str:
    """A Joomla 4 com_content article whose body container ends with the box."""
    return (
        f"<html><head><title>{TITLE} - สำนักงาน</title></head><body>"
        '<div class="com-content-article item-page" itemscope '
        'itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h2 itemprop="headline">{TITLE}</h2></div>'
        '<dl class="article-info"><dd class="published"><time datetime="2024-06-20T11:54:00+07:00"'
        ' itemprop="datePublished">เผยแพร่: 20 มิถุนายน 2024</time></dd></dl>'
        f'<div itemprop="articleBody" class="com-content-article__body">{PARAS}{box}'
        "<p>ที่มา: กลุ่มงานส่งเสริมและพัฒนาชุมชน</p></div></div></body></html>"
    )


def _record(family: str, html: str) -> dict:
    page = Page.from_bytes(html.encode(), "text/html; charset=utf-8")
    return normalize_article(read_article(layout(family), page, URL)).record()


@pytest.mark.parametrize("family", ["joomla", "generic"])
@pytest.mark.parametrize("name", list(BOXES))
def test_other_news_box_in_the_body_leaves(family: str, name: str) -> None:
    record = _record(family, _joomla4(BOXES[name]))
    body = record["body"]
    assert record["title"] == TITLE
    assert "อบรมผู้นำกลุ่มออมทรัพย์เพื่อการผลิตรุ่นที่ 4" in body
    for title in OTHERS:
        assert title not in body
    assert "อ่านข่าวอื่น" not in body and "ที่เกี่ยวข้อง" not in body
    assert record["source"] == "กลุ่มงานส่งเสริมและพัฒนาชุมชน"


@pytest.mark.parametrize("name", list(BOXES))
def test_every_family_shares_the_rule(name: str) -> None:
    """The body cleaning every family goes through drops the box."""
    body = clean_body(f"<div>{PARAS}{BOXES[name]}</div>", title=TITLE).body or ""
    assert body.count("\n") == 3 and not any(title in body for title in OTHERS)


@pytest.mark.parametrize(
    "tail",
    [
        # the heading opens a part of the story: text, not links, under it
        "<h4>ข่าวที่เกี่ยวข้อง</h4><p>ผู้เข้าร่วมอบรมจะได้รับใบประกาศนียบัตรจากกรมการพัฒนาชุมชน"
        '<a href="/doc.pdf">ตามเอกสาร</a>และนำความรู้ไปถ่ายทอดต่อในหมู่บ้าน</p>',
        # a list of links under a heading that names no other stories
        f"<h4>เอกสารประกอบการอบรม</h4><ul>{LINKS}</ul>",
    ],
)
def test_text_and_other_lists_stay(tail: str) -> None:
    body = clean_body(f"<div>{PARAS}{tail}</div>", title=TITLE).body or ""
    assert body.count("\n") >= 5
