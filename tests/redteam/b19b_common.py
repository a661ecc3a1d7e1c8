"""Small helpers of the nineteenth blind round, part B (b19_joomla4_sppb, b19_opencms_mercury):
the thirteenth round's article building and exact-URL site skeleton, Joomla's 'c' date, a
Thai-month CE date, Joomla's UTC-date alias, and Java's en_US SHORT date ('2/14/24')."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, be
from .b13_common import UTC, B9Site, build, commas, hm, neighbours, record

__all__ = [
    "B9Site",
    "build",
    "commas",
    "hm",
    "neighbours",
    "record",
    "joomla_c",
    "ce_thai_month",
    "utc_alias",
    "java_short_en",
    "be_abbr",
]


def joomla_c(d: dt.datetime) -> str:
    """JHtml::_('date', $x, 'c'): '2024-02-14T10:30:00+07:00'."""
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def ce_thai_month(d: dt.datetime) -> str:
    """Joomla th-TH DATE_FORMAT_LC3 'd F Y': '04 กุมภาพันธ์ 2024' (Thai month, CE year)."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def utc_alias(d: dt.datetime, seconds: int = 0) -> str:
    """Joomla's fallback alias for a title without Latin letters: the creation time in UTC,
    'Y-m-d-H-i-s' ('2024-02-14-03-30-12')."""
    u = d.astimezone(UTC)
    return u.strftime("%Y-%m-%d-%H-%M-") + f"{seconds:02d}"


def java_short_en(d: dt.datetime) -> str:
    """java.text.DateFormat.SHORT under en_US: '2/14/24' (month first, two-digit CE year)."""
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def be_abbr(d: dt.datetime) -> str:
    """'14 ก.พ. 2567'."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"
