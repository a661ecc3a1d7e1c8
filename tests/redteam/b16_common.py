"""Small helpers of the sixteenth blind round (b16_*): the thirteenth round's article building,
skeleton and records, plus Intl th-TH Gregorian medium dates ("15 ก.พ. 2024"), Drupal's
default month-first medium date ("พฤ., 02/15/2024 - 10:30") and a dotted "10.30 น." clock."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, thai_digits
from .b13_common import UTC, B9Site, build, commas, hm, neighbours, record

__all__ = [
    "B9Site",
    "UTC",
    "build",
    "commas",
    "hm",
    "neighbours",
    "record",
    "intl_medium_ce",
    "drupal_medium",
    "dot_time",
    "dmy2_be",
    "TH_DAY_ABBR",
]

TH_DAY_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def intl_medium_ce(d: dt.datetime) -> str:
    """'15 ก.พ. 2024' (Intl.DateTimeFormat('th-TH-u-ca-gregory', {dateStyle: 'medium'}))."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def drupal_medium(d: dt.datetime) -> str:
    """'พฤ., 02/15/2024 - 10:30' (Drupal's default 'medium' format D, m/d/Y - H:i, Thai UI)."""
    return f"{TH_DAY_ABBR[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


def dot_time(d: dt.datetime, digits_th: bool = False) -> str:
    """'10.30 น.'"""
    s = f"{d.hour:02d}.{d.minute:02d} น."
    return thai_digits(s) if digits_th else s


def dmy2_be(d: dt.datetime, digits_th: bool = False) -> str:
    """'15/02/67' (two-digit BE year)."""
    s = f"{d.day:02d}/{d.month:02d}/{str(be(d))[-2:]}"
    return thai_digits(s) if digits_th else s
