"""Small helpers of the sixth blind round (b6_*): articles with a printed source, Thai dates."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, TZ, WEEKDAYS, Article, be, make_articles, thai_digits
from .ho_common import ensure_source

__all__ = ["build", "hm", "abbr_2y", "neighbours", "thai_num", "MONTHS", "MONTHS_ABBR", "WEEKDAYS"]


def build(
    key: str,
    n: int,
    offset: int,
    sources: list,
    start: dt.datetime,
    first_id: int = 100,
    step: int = 3,
) -> list[Article]:
    """n articles newest first; ids fall with age; every article whose corpus text ends in a
    reporter line gets a printed source (so the expected source is never ambiguous)."""
    arts = make_articles(key, n, start=start.replace(tzinfo=TZ), offset=offset)
    for i, a in enumerate(arts):
        a.id = first_id + (n - i) * step
        a.source = sources[i % len(sources)]
        ensure_source(a, next(s for s in sources if s))
    return arts


def hm(d: dt.datetime, sep: str = ":") -> str:
    return f"{d.hour:02d}{sep}{d.minute:02d}"


def abbr_2y(d: dt.datetime, digits_th: bool = True) -> str:
    """'๒๕ ธ.ค. ๖๖' (abbreviated month, two-digit BE year)."""
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}"
    return thai_digits(s) if digits_th else s


def thai_num(n: int) -> str:
    return thai_digits(f"{n:,}")


def neighbours(arts: list[Article], a: Article):
    """(older, newer) neighbours of a in the newest-first list."""
    i = arts.index(a)
    return (arts[i + 1] if i + 1 < len(arts) else None), (arts[i - 1] if i > 0 else None)
