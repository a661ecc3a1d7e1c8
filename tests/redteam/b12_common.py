"""Small helpers of the twelfth blind round (b12_*): article building on `make_articles`
(ids, sources, per-site corpus offset), the expected record, neighbours, and a few date forms
(Java's th_TH short date "16/2/2567", Thai-digit abbreviated dates, month-first US dates)."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    Article,
    be,
    expected_record,
    make_articles,
    thai_digits,
)
from .b9_common import B9Site

__all__ = [
    "B9Site",
    "build",
    "record",
    "neighbours",
    "hm",
    "th_num",
    "java_short_th",
    "weekday_full_be",
    "abbr_2y_th",
    "us_mdy",
    "unicode_slug",
    "href",
]


def build(
    key: str,
    n: int,
    offset: int,
    sources: list,
    start: dt.datetime,
    *,
    first_id: int,
    step: int = 1,
) -> list[Article]:
    """n articles, newest first; the newest gets the highest id (first_id + (n-1)*step);
    the source cycles through `sources` (None = no source printed)."""
    if start.tzinfo is None:
        start = start.replace(tzinfo=TZ)
    arts = make_articles(key, n, start=start, offset=offset)
    for i, a in enumerate(arts):
        a.id = first_id + (n - 1 - i) * step
        a.source = sources[i % len(sources)]
    return arts


def record(site, a: Article, must_not: list[str], **kw) -> dict:
    return expected_record(a, must_not=must_not, **kw)


def neighbours(articles: list[Article], a: Article):
    """(older, newer) of a in a newest-first list."""
    i = articles.index(a)
    older = articles[i + 1] if i + 1 < len(articles) else None
    newer = articles[i - 1] if i > 0 else None
    return older, newer


def hm(d: dt.datetime, sep: str = ":") -> str:
    return f"{d.hour:02d}{sep}{d.minute:02d}"


def th_num(n: int) -> str:
    """'๑,๒๓๔' (thousands separator, Thai digits)."""
    return thai_digits(f"{n:,}")


def java_short_th(d: dt.datetime) -> str:
    """'16/2/2567' (Java DateFormat.SHORT under th_TH: BuddhistCalendar, d/M/yyyy)."""
    return f"{d.day}/{d.month}/{be(d)}"


def weekday_full_be(d: dt.datetime) -> str:
    """'วันศุกร์ที่ 16 กุมภาพันธ์ 2567'."""
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {be(d)}"


def abbr_2y_th(d: dt.datetime) -> str:
    """'๑๖ ก.พ. ๖๗' (Thai digits, abbreviated month, two-digit BE year)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def us_mdy(d: dt.datetime) -> str:
    """'02/16/2024' (month first, CE: an untranslated en-US date format)."""
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def unicode_slug(title: str, limit: int = 70) -> str:
    """A unicode friendly-URL title: Thai kept, blanks and punctuation to '-', lower case."""
    s = re.sub(r"[\s\"'“”‘’(),.:;!?/\\|<>#%&+=\[\]{}*~^`]+", "-", title.lower())
    s = re.sub(r"-{2,}", "-", s).strip("-")
    return s[:limit].rstrip("-")


def href(path: str) -> str:
    """A path as a server prints it in href: percent-encoded UTF-8, '&' as '&amp;'."""
    return quote(path, safe="/?=&:-_.~").replace("&", "&amp;")
