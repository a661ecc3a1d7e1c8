"""Small helpers of the twenty-first blind round, part C (b21_drupal10_tara, b21_processwire_uikit):
the thirteenth round's article building with a corpus text's trailing reporter line
("…: เรียบเรียง", "…: รายงาน") or star rule dropped, edits moved into office hours, records
cut to the furniture the page really shows, and the Thai-digit forms both sites print."""

from __future__ import annotations

import datetime as dt
import re

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, Article, be, thai_digits
from .b8_common import record
from .b13_common import B9Site, neighbours
from .b13_common import build as _build

__all__ = [
    "B9Site",
    "build",
    "neighbours",
    "record",
    "th_weekday_long",
    "th_abbr_be",
    "th_hm",
    "th_num",
]

_REPORTER = re.compile(r"(:\s*(เรียบเรียง|รายงาน)\s*$)|^\*{3,}")


def build(key: str, n: int, offset: int, start: dt.datetime, *, first_id: int, step: int):
    """n articles newest first (sources left to the site); a last paragraph that is only a
    reporter line or a star rule is dropped so that no unprinted source hides in the body."""
    arts: list[Article] = _build(key, n, offset, [None], start, first_id=first_id, step=step)
    for a in arts:
        if len(a.paras) > 3 and _REPORTER.search(a.paras[-1]):
            a.paras = a.paras[:-1]
    return arts


def th_weekday_long(d: dt.datetime) -> str:
    """'วันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ ๒๕๖๗' (Thai digits, BE)."""
    return thai_digits(f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {be(d)}")


def th_abbr_be(d: dt.datetime) -> str:
    """'๑๕ ก.พ. ๒๕๖๗'."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")


def th_hm(d: dt.datetime, sep: str = ".") -> str:
    """'๑๐.๓๐' (Thai digits)."""
    return thai_digits(f"{d.hour:02d}{sep}{d.minute:02d}")


def th_num(n: int) -> str:
    return thai_digits(f"{n:,}")
