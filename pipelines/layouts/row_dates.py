"""The date a listing prints beside each article link: the date of the link's row.

Many listings print each entry's date (`[๐๕/๐๓/๕๔]`, `5 มี.ค. 67`, a date cell) where the
article page prints none. A link's row is its largest ancestor holding no link to another
listed article; the row's date is a text piece that is a date and little else (an excerpt's
sentence that mentions a date is not the entry's date).

    row_dates(page, url, {canonical: None, ...})   # -> {canonical: "5 มี.ค. 67", ...}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from crawler.urls import canonical_url
from pipelines.layouts.base import Page
from pipelines.thai_dates import find_thai_dates

# A row's date piece says the date and at most this many other characters (a label, brackets,
# a separator: "โพสต์เมื่อ 5 มี.ค. 67 |").
DATE_PIECE_EXTRA = 24
# Rows deeper than this many levels above their link are the page, not an entry.
MAX_ROW_DEPTH = 8


def row_dates(page: Page, url: str, wanted: set[str]) -> dict[str, str]:
    """Return the date printed in the row of each listed address in *wanted* (canonical URLs),
    for the addresses whose row prints one."""
    root = page.sel.root
    if not hasattr(root, "iter") or not wanted:
        return {}
    anchors: dict[str, list[Any]] = {}
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        key = canonical_url(page.urljoin(url, href))
        if key in wanted:
            anchors.setdefault(key, []).append(link)
    if not anchors:
        return {}
    # Which listed addresses each ancestor holds (two are enough to say "more than one").
    held: dict[Any, set[str]] = {}
    for key, links in anchors.items():
        for link in links:
            for ancestor in _ancestors(link):
                found = held.setdefault(ancestor, set())
                if len(found) < 2:
                    found.add(key)
    dates: dict[str, str] = {}
    for key, links in anchors.items():
        for link in links:
            row = link
            for ancestor in _ancestors(link):
                if len(held[ancestor]) > 1:
                    break
                row = ancestor
            printed = _date_piece(row) or _cell_date(link, row)
            if printed:
                dates[key] = printed
                break
    return dates


# A calendar's day cell names its day in an attribute (data-date="2024-07-23"); an entry in
# it may print its time ("๑๑.๓๙ น.").
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
DATA_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
ROW_TIME_RE = re.compile(r"(?<![0-9๐-๙])[0-9๐-๙]{1,2}[.:][0-9๐-๙]{2}\s*น\.?")


def _cell_date(link: Any, row: Any) -> str | None:
    """Return the day a calendar's cell holding *link* names (with the entry's time), if any.

    >>> import lxml.html
    >>> cell = lxml.html.fromstring('<td data-date="2024-07-23"><span>๒๓</span><ul><li>'
    ...     '<span>๑๑.๓๙ น.</span> <a href="/n/5">ข่าว</a></li></ul></td>')
    >>> _cell_date(cell.find(".//a"), cell.find(".//li"))
    '2024-07-23 11:39'
    """
    for ancestor in _ancestors(link):
        day = (ancestor.get("data-date") or "").strip()
        if DATA_DATE_RE.fullmatch(day):
            time = ROW_TIME_RE.search(" ".join(row.itertext()))
            if time is None:
                return day
            clock = time.group(0).translate(THAI_DIGITS).rstrip(" น.").replace(".", ":")
            return f"{day} {clock}"  # (in the order an ISO date reads its time)
    return None


def _ancestors(el: Any) -> Iterator[Any]:
    """Yield the parents of *el*, nearest first, at most MAX_ROW_DEPTH of them."""
    parent = el.getparent()
    for _ in range(MAX_ROW_DEPTH):
        if parent is None:
            return
        yield parent
        parent = parent.getparent()


def _date_piece(row: Any) -> str | None:
    """Return the first text piece of *row* that is a date and little else."""
    for el in row.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        for text in (el.text, el.tail if el is not row else None):
            piece = " ".join((text or "").split())
            if len(piece) < 6 or not any(ch.isdigit() for ch in piece):
                continue
            found = find_thai_dates(piece)
            if found and len(piece) - len(found[0].text) <= DATE_PIECE_EXTRA:
                return found[0].text
    return None
