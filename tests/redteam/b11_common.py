"""Small helpers of the eleventh blind round (b11_*): the tenth round's skeleton and records,
plus the formal Buddhist-calendar long date ("วันศุกร์ที่ ๑๖ เดือนกุมภาพันธ์ พุทธศักราช ๒๕๖๗")
and ICU's th-TH medium date-time in the Gregorian calendar ("16 ก.พ. 2024 10:30:00")."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, be, thai_digits
from .b10_common import B9Site, build, hm, neighbours, on_page, record, thai_num

__all__ = [
    "B9Site",
    "build",
    "hm",
    "neighbours",
    "on_page",
    "record",
    "thai_num",
    "be_formal_th",
    "icu_medium_ce",
]


def be_formal_th(d: dt.datetime) -> str:
    """'วันศุกร์ที่ ๑๖ เดือนกุมภาพันธ์ พุทธศักราช ๒๕๖๗' (official-letter style, Thai digits)."""
    return thai_digits(
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} เดือน{MONTHS[d.month - 1]} พุทธศักราช {be(d)}"
    )


def icu_medium_ce(d: dt.datetime) -> str:
    """'16 ก.พ. 2024 10:30:00' (Yii2 asDatetime('medium') under th-TH: Gregorian year)."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}:00"
