# ruff: noqa: E501  (fixture HTML lines)
"""Rules the fourteenth and fifteenth blind rounds showed, each checked on a small page: the
site's name in an h1 inside the logo's home link is no headline; a source label in its own cell
with no colon."""

from __future__ import annotations

from tests.test_unseen_layouts_b9_cms import _record

HEADLINE = "กรมจัดประชุมเชิงปฏิบัติการพัฒนาระบบบริการอิเล็กทรอนิกส์ ประจำปี 2567"
TEXT = (
    "กรมได้จัดประชุมเชิงปฏิบัติการเพื่อพัฒนาระบบบริการอิเล็กทรอนิกส์ให้แก่ผู้ประกอบการ"
    "ในพื้นที่ชายแดน โดยมีผู้เข้าร่วมประชุมจำนวนมาก "
) * 3

LOGO_PAGE = f"""<html><head><title>กรมตัวอย่าง Department of Example</title></head><body>
<header><a class="logo" href="/"><img src="/logo.svg" alt=""><h1>กรมตัวอย่าง</h1></a>
<nav><a href="/news">ข่าว</a> <a href="/about">เกี่ยวกับเรา</a></nav></header>
<div class="hero"><p class="hero-kicker">ข่าวประชาสัมพันธ์</p><p class="hero-title">{HEADLINE}</p></div>
<main><div class="entry"><p>{TEXT}</p><p>{TEXT}</p>
</div></main><footer>กรมตัวอย่าง ถนนพระรามที่ 1</footer></body></html>"""


def test_the_logo_h1_is_the_site_name_and_the_headline_is_above_the_text() -> None:
    record = _record(LOGO_PAGE, "http://h/news/item-1")
    assert record["title"] == HEADLINE


CELL_PAGE = f"""<html><head><title>ข่าวประชาสัมพันธ์</title></head><body>
<h1>ข่าวประชาสัมพันธ์</h1><div class="row">
<div class="component"><h2>{HEADLINE}</h2></div>
<div class="component"><div class="content"><p>{TEXT}</p><p>{TEXT}</p></div></div>
<div class="component"><div class="field-source"><span class="label">แหล่งข่าว</span> สำนักงานรัฐมนตรี กระทรวงตัวอย่าง</div></div>
</div></body></html>"""


def test_a_source_label_in_its_own_cell_without_a_colon() -> None:
    record = _record(CELL_PAGE, "http://h/news/item-2")
    assert record["source"] == "สำนักงานรัฐมนตรี กระทรวงตัวอย่าง"
    assert "แหล่งข่าว" not in record["body"]


SHORT_LINES = "".join(
    f"<p>{line}</p>"
    for line in (
        "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดตัวอย่าง เป็นประธานในพิธีเปิดโครงการพัฒนาทักษะอาชีพ",
        "ในวันศุกร์ที่ ๑๗ มกราคม ๒๕๖๓ เวลา ๑๔.๓๐ น. ณ หอประชุมศาลากลางจังหวัด",
        "มหาวิทยาลัยราชภัฏจังหวัดตัวอย่าง วิทยาเขตในเมือง",
        "โครงการนี้มุ่งพัฒนาทักษะอาชีพให้แก่ประชาชนในพื้นที่",
        "เพื่อเพิ่มรายได้และคุณภาพชีวิตของครัวเรือน",
    )
)
BANNER_PAGE = f"""<html><head><title>{HEADLINE} – สำนักงานตัวอย่าง</title></head><body>
<header><a href="/">สำนักงานตัวอย่าง</a><nav><a href="/">หน้าแรก</a> <a href="/news/">ข่าว</a></nav></header>
<main><div class="cover"><div class="inner"><p class="large">ข่าวประชาสัมพันธ์ จังหวัดตัวอย่าง</p></div></div>
<div class="group"><div class="group"><h1>{HEADLINE}</h1><figure><img src="/a.jpg" alt=""></figure></div>
<div class="meta"><time datetime="2024-03-12T14:47:00+07:00">12 มี.ค. 2567</time></div></div>
<div class="entry-content">{SHORT_LINES}</div></main>
<footer>สำนักงานตัวอย่าง ถนนพหลโยธิน</footer></body></html>"""


def test_a_section_banner_printed_above_the_headline_is_not_text() -> None:
    record = _record(BANNER_PAGE, "http://h/2024/03/12/pr-1201/")
    assert record["title"] == HEADLINE
    assert "ข่าวประชาสัมพันธ์ จังหวัดตัวอย่าง" not in record["body"]
    assert "นายสมชาย ใจดี" in record["body"]
