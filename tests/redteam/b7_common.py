"""Small helpers of the seventh blind round (b7_*): the sixth round's article building plus a
few more Thai date forms."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, be, thai_digits
from .b6_common import build, hm, neighbours, thai_num

__all__ = ["build", "hm", "neighbours", "thai_num", "ce_full", "be_full", "be_abbr", "same_day"]


def ce_full(d: dt.datetime) -> str:
    """'15 กุมภาพันธ์ 2024' (Thai month, Christian year: Java/Go/strftime th locales)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def be_full(d: dt.datetime, digits_th: bool = False) -> str:
    s = f"{d.day} {MONTHS[d.month - 1]} {be(d)}"
    return thai_digits(s) if digits_th else s


def be_abbr(d: dt.datetime, digits_th: bool = False) -> str:
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"
    return thai_digits(s) if digits_th else s


def same_day(a: dt.datetime, b: dt.datetime) -> bool:
    return a.date() == b.date()
