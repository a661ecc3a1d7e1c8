"""Small helpers of the nineteenth blind round, part C (b19_drupal10_varbase, b19_fastapi_htmx):
the eleventh round's skeleton and records, plus Drupal's 'medium' date under the Thai locale
(weekday abbreviation, month-first, Gregorian year) and a Thai relative-time phrase."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, thai_digits
from .b11_common import B9Site, build, hm, neighbours, record, thai_num

__all__ = [
    "B9Site",
    "build",
    "hm",
    "neighbours",
    "record",
    "thai_num",
    "drupal_medium_th",
    "short_be_th",
    "relative_th",
    "daytime_edits",
]

WEEKDAYS_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def drupal_medium_th(d: dt.datetime) -> str:
    """'พฤ., 02/15/2024 - 10:30' (Drupal 'medium' = 'D, m/d/Y - H:i', D translated)."""
    return f"{WEEKDAYS_ABBR[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year} - {hm(d)}"


def short_be_th(d: dt.datetime) -> str:
    """'๑๕ ก.พ. ๖๗' (Thai digits, abbreviated month, two-digit BE)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def relative_th(d: dt.datetime, now: dt.datetime) -> str:
    """'๓ วันที่แล้ว' / '๒ สัปดาห์ที่แล้ว' / '๔ เดือนที่แล้ว' (humanised against a fixed now)."""
    days = (now - d).days
    if days < 1:
        return "วันนี้"
    if days < 7:
        return thai_digits(f"{days} วันที่แล้ว")
    if days < 30:
        return thai_digits(f"{days // 7} สัปดาห์ที่แล้ว")
    return thai_digits(f"{days // 30} เดือนที่แล้ว")


def daytime_edits(articles) -> None:
    """Nobody edits at three in the morning: move such modified stamps into office hours."""
    for a in articles:
        if a.modified and a.modified.hour < 7:
            a.modified = a.modified + dt.timedelta(hours=8)
