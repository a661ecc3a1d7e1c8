"""Small helpers of the thirteenth blind round (b13_*): article building from the corpus with
per-site metadata, older/newer neighbours, expected records, and a few more printed forms
(.NET ICU th-TH short date "16/2/67 10:30", Thai-digit long dates, Razor's default HTML
encoder that writes every Thai letter as a hexadecimal character reference)."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, Article, be, expected_record, make_articles, thai_digits
from .b9_common import B9Site

__all__ = [
    "B9Site",
    "UTC",
    "build",
    "neighbours",
    "record",
    "hm",
    "commas",
    "icu_short_th",
    "th_long_thai_digits",
    "razor_encode",
    "ce_full",
    "ce_abbr",
]

UTC = dt.UTC


def build(
    key: str,
    n: int,
    offset: int,
    sources: list[str | None],
    start: dt.datetime,
    *,
    first_id: int,
    step: int = 1,
) -> list[Article]:
    """n articles, newest first, ids descending from first_id + (n-1)*step; sources cycled."""
    from ._common import TZ

    arts = make_articles(key, n, start=start.replace(tzinfo=TZ), offset=offset)
    for i, a in enumerate(arts):
        a.id = first_id + (n - 1 - i) * step
        a.source = sources[i % len(sources)]
        if a.modified and a.modified.hour < 7:  # nobody edits at four in the morning
            a.modified = a.modified + dt.timedelta(hours=8)
    return arts


def neighbours(articles: list[Article], a: Article) -> tuple[Article | None, Article | None]:
    """(older, newer) of a in a newest-first list."""
    i = articles.index(a)
    older = articles[i + 1] if i + 1 < len(articles) else None
    newer = articles[i - 1] if i > 0 else None
    return older, newer


def record(site, a: Article, must_not: list[str], **kw) -> dict:
    return expected_record(a, must_not=must_not, **kw)


def hm(d: dt.datetime, sep: str = ":") -> str:
    return f"{d.hour:02d}{sep}{d.minute:02d}"


def commas(n: int) -> str:
    return f"{n:,}"


def icu_short_th(d: dt.datetime, with_time: bool = True) -> str:
    """'16/2/67 10:30': .NET on ICU, th-TH culture ('g'): ThaiBuddhistCalendar, d/M/yy, H:mm."""
    s = f"{d.day}/{d.month}/{str(be(d))[-2:]}"
    return s + f" {d.hour}:{d.minute:02d}" if with_time else s


def th_long_thai_digits(d: dt.datetime, abbr: bool = False) -> str:
    """'๑๖ กุมภาพันธ์ ๒๕๖๗' (or '๑๖ ก.พ. ๒๕๖๗' with abbr)."""
    month = MONTHS_ABBR[d.month - 1] if abbr else MONTHS[d.month - 1]
    return thai_digits(f"{d.day} {month} {be(d)}")


def ce_full(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ce_abbr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def razor_encode(s: str) -> str:
    """ASP.NET Core's default HtmlEncoder (BasicLatin only): every other character becomes
    '&#xE02;'; '<', '>', '&', '"' and "'" are entity-escaped too."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'" or ch == "+":
            out.append(f"&#x{o:X};")
        elif o < 0x80:
            out.append(ch)
        else:
            out.append(f"&#x{o:X};")
    return "".join(out)
