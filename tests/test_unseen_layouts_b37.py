"""Rules from the thirty-seventh blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from crawler.extract import extract_bytes
from crawler.items import Article
from pipelines.normalize import not_an_article

TEXT = (
    "สำนักงานจังหวัดจัดประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ เพื่อพิจารณาโครงการพัฒนา"
    "จังหวัดประจำปีงบประมาณ และติดตามผลการเบิกจ่ายงบประมาณของส่วนราชการต่าง ๆ ในพื้นที่ โดยที่ประชุม"
    "มีมติเห็นชอบให้เร่งรัดการดำเนินงานให้แล้วเสร็จตามแผนที่กำหนดไว้ภายในสิ้นปีงบประมาณนี้"
)


def test_a_template_around_a_longer_not_found_sentence_is_no_article() -> None:
    """The notice gives its reason ("อาจถูกลบ...") past the short-line bound; the banner and
    the footer's address are the only other lines: a deleted item, no article."""
    body = "\n".join(
        [
            "สำนักงานชลประทานตัวอย่าง Example Irrigation Office กรมชลประทาน",
            "ไม่พบข้อมูลข่าวที่ท่านต้องการ อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว",
            "สำนักงาน 219 หมู่ 2 ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 56000 โทรศัพท์ 0-5443-0000",
            "ผู้เข้าชมเว็บไซต์ 482,190 ครั้ง | ออนไลน์ 7 คน",
            "© 2566 สำนักงานชลประทานตัวอย่าง สงวนลิขสิทธิ์ ออกแบบและพัฒนาโดยกลุ่มงานเทคโนโลยีสารสนเทศ",
        ]
    )
    assert len(body) > 300  # longer than a notice page's body (NOT_FOUND_MAX_BODY)
    article = Article(url="u", site="s", title="ข่าวประชาสัมพันธ์", body=body)
    assert (not_an_article(article) or "").startswith("the page says the item is missing")


def test_a_story_line_that_opens_with_no_data_found_is_kept() -> None:
    """Short lines of a story, one opening with "ไม่พบข้อมูล" (no data found) of its own finding."""
    body = "\n".join(
        [
            "ไม่พบข้อมูลการระบาดของโรคใบไหม้ในพื้นที่อำเภอเมืองและอำเภอใกล้เคียงตลอดฤดูกาลเพาะปลูก",
            "เจ้าหน้าที่สำนักงานเกษตรอำเภอได้ออกสำรวจแปลงนาของเกษตรกรจำนวน ๑๒๐ ราย ในเดือนที่ผ่านมา",
            "ทั้งนี้ ขอให้เกษตรกรเฝ้าระวังและแจ้งเจ้าหน้าที่ทันทีหากพบอาการผิดปกติของต้นข้าวในแปลงนา",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานเกษตรอำเภอในวันและเวลาราชการทุกวัน",
        ]
    )
    assert (
        not_an_article(Article(url="u", site="s", title="รายงานสถานการณ์โรคพืช", body=body)) is None
    )


# a long headline (over 90 characters), as a ministry's press releases print them
HEADLINE = (
    "ผู้ว่าราชการจังหวัด เป็นประธานเปิดโครงการส่งเสริมอาชีพเกษตรกรรุ่นใหม่ ในรูปแบบศูนย์เรียนรู้ชุมชน อำเภอเมือง รุ่นที่ ๑"
)
PAGE = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>กระทรวงตัวอย่าง</title>
<meta property="og:title" content="{HEADLINE}"></head>
<body><header><h1 class="brand">กระทรวงตัวอย่าง</h1></header><main><article class="detail">
<div class="row"><div class="badge"><span>๑๘</span><span>ก.ย.</span><span>๒๕๖๗</span></div>
<div class="grow"><div class="heading">{HEADLINE}</div>
<div class="meta"><span class="time">เวลา ๑๓.๐๘ น.</span>
<span class="views" aria-label="จำนวนผู้เข้าชม"><i class="icon-eye"></i> ๓,๖๗๗</span></div></div></div>
<div class="content"><p>{TEXT}</p><p>{TEXT}</p></div></article></main></body></html>"""


def test_the_rows_time_and_bare_counter_leave_the_top_of_the_text() -> None:
    """A meta row of the time and an eye-icon counter (a bare number) under a split date badge."""
    record = extract_bytes(PAGE.encode(), url="http://127.0.0.1/content/5086", cms="generic")
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-09-18T13:08:00+07:00"
    assert record["view_count"] == 3677
    assert record["body"].startswith(TEXT[:40])
    assert "๓,๖๗๗" not in record["body"]
