"""Small helpers of the fourteenth blind round (b14_*): the thirteenth round's article
building and records, a shared page skeleton check, and a few more printed forms (two-digit
CE years "16 ก.พ. 24", month-first Thai "กุมภาพันธ์ 16, 2024", Drupal 7's medium date with a
Thai weekday abbreviation, Thai-digit long dates with a weekday, relative Thai times)."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, be, thai_digits
from .b13_common import B9Site, build, ce_abbr, ce_full, hm, neighbours, record

__all__ = [
    "B9Site",
    "build",
    "ce_abbr",
    "ce_full",
    "hm",
    "neighbours",
    "record",
    "abbr_ce2",
    "abbr_be2",
    "month_first",
    "d7_medium",
    "weekday_thai_digits",
    "relative_th",
    "us_short",
    "drop_same_day_edits",
]

WD_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
US_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def abbr_ce2(d: dt.datetime) -> str:
    """'16 ก.พ. 24' (WordPress 'j M y' in Thai: a two-digit CE year)."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year % 100:02d}"


def abbr_be2(d: dt.datetime) -> str:
    """'16 ก.พ. 67' (two-digit BE year)."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}"


def month_first(d: dt.datetime) -> str:
    """'กุมภาพันธ์ 16, 2024' (Joomla DATE_FORMAT 'F j, Y' under a Thai language pack)."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d7_medium(d: dt.datetime) -> str:
    """'ศ., 02/16/2024 - 10:30' (Drupal 7's default medium format 'D, m/d/Y - H:i', Thai D)."""
    return f"{WD_ABBR[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year} - {hm(d)}"


def weekday_thai_digits(d: dt.datetime) -> str:
    """'วันศุกร์ที่ ๑๖ กุมภาพันธ์ พ.ศ. ๒๕๖๗'."""
    return thai_digits(f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}")


def relative_th(d: dt.datetime, now: dt.datetime) -> str:
    """'3 สัปดาห์ที่แล้ว' (a Twig 'time ago' macro, from a fixed page-cache moment)."""
    days = (now - d).days
    if days < 1:
        return f"{max(1, (now - d).seconds // 3600)} ชั่วโมงที่แล้ว"
    if days < 7:
        return f"{days} วันที่แล้ว"
    if days < 30:
        return f"{days // 7} สัปดาห์ที่แล้ว"
    return f"{days // 30} เดือนที่แล้ว"


def us_short(d: dt.datetime) -> str:
    """'Feb 16, 2024' (Craft's |date('medium') under the en-US site locale)."""
    return f"{US_MONTHS[d.month - 1]} {d.day}, {d.year}"


def drop_same_day_edits(articles, min_gap=dt.timedelta(days=1)) -> None:
    for a in articles:
        if a.modified and a.modified - a.published < min_gap:
            a.modified = None
