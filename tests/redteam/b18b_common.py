"""Small helpers of the eighteenth blind round, part B (b18_joomla3_jsn, b18_cfm_874): the
thirteenth round's article building and exact-URL site skeleton, plus Joomla's 'c' date and a
ColdFusion-style Thai-digit short date."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, be, thai_digits
from .b13_common import B9Site, build, commas, hm, neighbours, record

__all__ = [
    "B9Site",
    "build",
    "commas",
    "hm",
    "neighbours",
    "record",
    "joomla_c",
    "ce_thai_month",
    "th_short_2y",
    "th_full",
]


def joomla_c(d: dt.datetime) -> str:
    """JHtml::_('date', $x, 'c'): '2024-02-14T10:30:00+07:00'."""
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def ce_thai_month(d: dt.datetime) -> str:
    """Joomla th-TH DATE_FORMAT_LC3 'd F Y': '04 กุมภาพันธ์ 2024' (Thai month, CE year)."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def th_short_2y(d: dt.datetime) -> str:
    """'๑๔ ก.พ. ๖๗': Thai digits, abbreviated month, two-digit BE year."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def th_full(d: dt.datetime) -> str:
    """'๑๔ กุมภาพันธ์ ๒๕๖๗'."""
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {be(d)}")
