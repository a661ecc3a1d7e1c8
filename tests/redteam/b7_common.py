"""Small helpers of the seventh blind round (b7_*): the sixth round's article building plus a
few more Thai date forms."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, be, thai_digits
from .b6_common import build, hm, neighbours, thai_num

__all__ = ["build", "hm", "neighbours", "thai_num", "ce_full", "be_full", "be_abbr", "same_day"]


def ce_full(d: dt.datetime) -> str:
    """'15 กุมภาพันธ์ 2024' (Thai month, Christian year: Java/Go/strftime th locales)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def be_full(d: dt.datetime, digits_th: bool = False) -> str:
    s = f"{d.day} {MONTHS[d.month - 1]} {be(d)}"
    return thai_digits(s) if digits_th else s


def be_abbr(d: dt.datetime, digits_th: bool = False) -> str:
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"
    return thai_digits(s) if digits_th else s


def same_day(a: dt.datetime, b: dt.datetime) -> bool:
    return a.date() == b.date()


def on_page(site, a, strings: list[str]) -> list[str]:
    """The strings that the site's own rendering of a's page really shows (so that
    body_must_not lists only furniture of that page: no tag label on an untagged item, no
    "next" link on the newest one)."""
    import html
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(a.path)
    res = site.route(
        parts.path, parse_qs(parts.query, keep_blank_values=True), parts.query, "http://127.0.0.1"
    )
    text = html.unescape(res[2].decode(site.charset))
    return [s for s in strings if s and s in text]
