"""Small helpers of the seventeenth blind round (b17_*): the thirteenth round's article building,
skeleton and records, plus Thai relative times ("3 สัปดาห์ที่แล้ว") and Java's th_TH_TH dates
(Thai digits, Buddhist year)."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, TZ, be, thai_digits
from .b13_common import UTC, B9Site, build, commas, hm, neighbours, record

__all__ = [
    "B9Site",
    "TZ",
    "UTC",
    "build",
    "commas",
    "hm",
    "neighbours",
    "record",
    "relative_th",
    "java_th_th",
    "full_be",
    "abbr_be2",
    "MONTHS",
    "MONTHS_ABBR",
]


def relative_th(d: dt.datetime, now: dt.datetime) -> str:
    """'3 วันที่แล้ว' / '2 สัปดาห์ที่แล้ว' / '1 เดือนที่แล้ว' (WordPress human_time_diff, Thai)."""
    d = d.replace(tzinfo=None)
    days = (now - d).days
    if days < 1:
        return f"{max(1, (now - d).seconds // 3600)} ชั่วโมงที่แล้ว"
    if days < 7:
        return f"{days} วันที่แล้ว"
    if days < 30:
        return f"{days // 7} สัปดาห์ที่แล้ว"
    return f"{days // 30} เดือนที่แล้ว"


def java_th_th(d: dt.datetime, with_time: bool = True) -> str:
    """'๑๕/๐๒/๒๕๖๗ ๑๐:๓๐' (SimpleDateFormat('dd/MM/yyyy HH:mm', new Locale('th','TH','TH')))."""
    s = f"{d.day:02d}/{d.month:02d}/{be(d)}" + (
        f" {d.hour:02d}:{d.minute:02d}" if with_time else ""
    )
    return thai_digits(s)


def full_be(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


def abbr_be2(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}"
