"""Small helpers of the eighth blind round (b8_*): the sixth round's article building, a few
more Thai date forms (dotless month abbreviations, two-digit BE years in Thai digits, Django's
and XOOPS's formats), UTC stamps, and the expected record filtered by `on_page`."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, be, expected_record, thai_digits
from .b6_common import build, hm, neighbours, thai_num
from .b7_common import on_page

__all__ = [
    "build",
    "hm",
    "neighbours",
    "thai_num",
    "on_page",
    "utc_ms",
    "abbr_nodot",
    "be_short_th",
    "weekday_be",
    "record",
]

UTC = dt.UTC


def utc_ms(d: dt.datetime) -> str:
    """'2024-02-15T03:30:00.000Z' (JavaScript's toISOString, as Ghost prints it)."""
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def abbr_nodot(d: dt.datetime) -> str:
    """'15 กพ. 2567' (month abbreviation typed without its inner dots, BE)."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1].replace('.', '')}. {be(d)}"


def be_short_th(d: dt.datetime) -> str:
    """'๑๕ ก.พ. ๖๗' (Thai digits, two-digit BE year)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def weekday_be(d: dt.datetime) -> str:
    """'วันพฤหัสบดีที่ 15 กุมภาพันธ์ พ.ศ. 2567'."""
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}"


def record(site, a, must_not: list[str], **kw) -> dict:
    """expected_record with body_must_not cut to the strings the page really shows."""
    return expected_record(a, must_not=on_page(site, a, must_not), **kw)
