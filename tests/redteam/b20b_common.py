"""Small helpers of the twentieth blind round, part B (b20_*): the thirteenth round's article
building (with a reporter line at the end of a corpus text dropped, so that the printed source
is never ambiguous), neighbours and records, plus Joomla's `'c'` date, the Thai language pack's
weekday + `d F Y` with the CE year, and Liquid's Thai-digit abbreviated BE date."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, Article, be, thai_digits
from .b13_common import B9Site, hm, neighbours, record
from .b13_common import build as _build

__all__ = [
    "B9Site",
    "build",
    "hm",
    "neighbours",
    "record",
    "joomla_c",
    "ce_full_month",
    "liquid_th_abbr",
]

WEEKDAYS_SHORT = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]


def build(key, n, offset, sources, start, *, first_id, step=1) -> list[Article]:
    arts = _build(key, n, offset, sources, start, first_id=first_id, step=step)
    for a in arts:
        # a short closing line such as "กลุ่มสารนิเทศ สอ.สป.: รายงาน" is a reporter line, not text
        while (
            len(a.paras) > 3
            and len(a.paras[-1]) < 70
            and (":" in a.paras[-1] or "รายงาน" in a.paras[-1])
        ):
            a.paras.pop()
    return arts


def joomla_c(d: dt.datetime) -> str:
    """'2024-02-15T10:30:00+07:00' (JHtml date with the 'c' format, site time zone Asia/Bangkok)."""
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def ce_full_month(d: dt.datetime) -> str:
    """'15 กุมภาพันธ์ 2024' (DATE_FORMAT_LC3 'd F Y' under th-TH: Thai month, Gregorian year)."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def liquid_th_abbr(d: dt.datetime) -> str:
    """'๑๕ ก.พ. ๒๕๖๗' (a Liquid include: %-d, a months array from _data, %Y | plus: 543)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")
