"""Small helpers of the fifth blind round (b5_*): articles with a printed source, page links."""

from __future__ import annotations

import datetime as dt

from ._common import TZ, Article, make_articles

PER_PAGE = 8


def build(key: str, n: int, offset: int, sources: list, start=None) -> list[Article]:
    arts = make_articles(
        key, n, start=start or dt.datetime(2018, 10, 30, 16, 0, tzinfo=TZ), offset=offset
    )
    for i, a in enumerate(arts):
        a.id = 100 + (n - i) * 3
        a.source = sources[i % len(sources)]
    return arts


def dmy(d: dt.datetime) -> str:
    """'3/10/2561' (day first, no padding, Buddhist era)."""
    return f"{d.day}/{d.month}/{d.year + 543}"
