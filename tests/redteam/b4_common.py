"""Small helpers shared by the fourth blind round (b4_) red-team sites."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, Article, be, thai_digits
from .ho_common import ensure_source, has_signoff

__all__ = [
    "ensure_source",
    "has_signoff",
    "dmy_be",
    "abbr_2y_th",
    "weekday_long_th",
    "thai_num",
    "neighbours",
    "MONTHS",
    "MONTHS_ABBR",
]


def dmy_be(d: dt.datetime, with_time: bool = True) -> str:
    """'3/10/2561 17:08' (day first, Buddhist era, no zero padding of day and month)."""
    s = f"{d.day}/{d.month}/{be(d)}"
    return s + (f" {d.hour:02d}:{d.minute:02d}" if with_time else "")


def abbr_2y_th(d: dt.datetime) -> str:
    """'๕ ธ.ค. ๖๗' (Thai digits, abbreviated month, two-digit BE year)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def weekday_long_th(d: dt.datetime, with_time: bool) -> str:
    """'วันพุธที่ ๓ ตุลาคม พ.ศ. ๒๕๖๑ เวลา ๑๗.๐๘ น.' in Thai digits."""
    s = f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}"
    if with_time:
        s += f" เวลา {d.hour:02d}.{d.minute:02d} น."
    return thai_digits(s)


def thai_num(n: int) -> str:
    return thai_digits(f"{n:,}")


def neighbours(arts: list[Article], a: Article):
    i = arts.index(a)
    older = arts[i + 1] if i + 1 < len(arts) else None
    newer = arts[i - 1] if i > 0 else None
    return older, newer
