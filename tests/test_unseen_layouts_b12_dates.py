# ruff: noqa: E501  (fixture HTML lines)
"""Date rules the twelfth blind round showed, each checked on a small page: a numeric date
printed month first over a date-only `<time datetime>`, and a two-digit Christian year over a
machine date-time."""

from __future__ import annotations

from tests.test_unseen_layouts_b9_cms import _record

HEADLINE = "สำนักงานพัฒนาชุมชนจังหวัดจัดอบรมอาชีพให้แก่ผู้นำชุมชน ประจำปี 2567"
TEXT = (
    "สำนักงานพัฒนาชุมชนจังหวัดได้จัดอบรมอาชีพให้แก่ผู้นำชุมชนและกลุ่มสตรีในพื้นที่"
    "เพื่อส่งเสริมรายได้ของครัวเรือน โดยมีผู้เข้าร่วมอบรมจำนวนมาก "
) * 3


def page(date_line: str) -> str:
    """Return an article page whose meta row under the headline is *date_line*."""
    return f"""<html><head><title>ข่าวประชาสัมพันธ์: สำนักงานตัวอย่าง</title></head><body>
<header><a href="/">หน้าแรก</a></header><main><div class="article">
<div class="header"><h3>{HEADLINE}</h3></div>
<div class="footer"><p>{date_line}</p></div>
<div class="text"><p>{TEXT}</p><p>{TEXT}</p></div>
</div></main><footer>สำนักงานตัวอย่าง</footer></body></html>"""


def test_a_month_first_date_takes_its_date_only_machine_day() -> None:
    # TYPO3's untranslated "%m/%d/%Y": 07/11/2024 is 11 July, as the attribute says.
    line = '<time datetime="2024-07-11">07/11/2024</time>'
    assert _record(page(line), "http://h/news/detail?n=1")["published_at"] == "2024-07-11"


def test_a_day_first_date_keeps_its_reading_when_the_machine_day_agrees() -> None:
    line = '<time datetime="2024-11-07">07/11/2024</time>'
    assert _record(page(line), "http://h/news/detail?n=1")["published_at"] == "2024-11-07"


def test_a_two_digit_christian_year_takes_the_machine_date_time() -> None:
    # Joomla's DATE_FORMAT_LC5-like "d/m/y H:i": "24" is 2024 here, not BE 2524.
    line = '<time datetime="2024-06-18T14:00:00+07:00">เผยแพร่: 18/06/24 14:00</time>'
    record = _record(page(line), "http://h/index.php?option=com_content&view=article&id=3")
    assert record["published_at"] == "2024-06-18T14:00:00+07:00"


def test_a_two_digit_buddhist_year_keeps_its_reading() -> None:
    line = '<time datetime="2024-06-18T14:00:00+07:00">เผยแพร่: 18/06/67 14:00</time>'
    record = _record(page(line), "http://h/index.php?option=com_content&view=article&id=3")
    assert record["published_at"] == "2024-06-18T14:00:00+07:00"


def test_other_days_reads_the_swapped_day_and_the_other_era() -> None:
    from datetime import date

    from pipelines.generic import other_days

    assert other_days("07/11/2024") == [date(2024, 7, 11)]
    assert date(2024, 6, 18) in other_days("18/06/24 14:00")
    assert other_days("16 กุมภาพันธ์ 2567") == []
