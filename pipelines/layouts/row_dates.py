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
            if not printed and len(anchors) > 1:  # (a list: one link alone groups nothing)
                printed = _group_date(row, held)
            if printed:
                dates[key] = printed
                break
    return dates


# A date heading of a grouped listing says its day and little else ("วันจันทร์ที่ 1 เมษายน
# 2567", "13 มี.ค. 2567 :"); its rows print none.
GROUP_HEADING_CHARS = 60
GROUP_HEADING_EXTRA = 16
GROUP_LEVELS = 4  # levels above a row its group's heading may sit beside


def _group_date(row: Any, held: dict[Any, set[str]]) -> str | None:
    """Return the day of the date heading a grouped listing prints above *row*'s group, or
    None: the nearest element before the row (its own, then its parents' earlier siblings,
    within the list) that is a date alone; rows of the list between them are passed over.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div><p>วันเสาร์ที่ 6 ธันวาคม 2568</p><div class="l">'
    ...     '<h3>วันจันทร์ที่ 1 เมษายน 2567</h3><div><a href="/n/1">ก</a></div><div>'
    ...     '<a href="/n/2">ข</a></div><h3>29 มีนาคม 2567</h3><div><a href="/n/3">ค</a></div>'
    ...     '</div></div>')
    >>> rows = [a.getparent() for a in page.iter("a")]
    >>> held = {page: {"1", "2"}, page[1]: {"1", "2"}}
    >>> [_group_date(row, held) for row in rows]
    ['วันจันทร์ที่ 1 เมษายน 2567', 'วันจันทร์ที่ 1 เมษายน 2567', '29 มีนาคม 2567']
    """
    el = row
    for _ in range(GROUP_LEVELS):
        for sibling in el.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str) or sibling.tag in ("script", "style"):
                continue
            if sibling in held:
                continue  # an earlier row of the list (or a group of them)
            day = _date_alone(sibling)
            if day:
                return day
        parent = el.getparent()
        if parent is None or len(held.get(parent, ())) > 1:
            return None  # the list's own container: its earlier siblings are the page's
        el = parent
    return None


def _date_alone(el: Any) -> str | None:
    """Return the date *el* prints if it prints a date and little else."""
    text = " ".join("".join(t for t in el.itertext() if isinstance(t, str)).split())
    if len(text) > GROUP_HEADING_CHARS or not any(ch.isdigit() for ch in text):
        return None
    found = find_thai_dates(text)
    if found and len(text) - len(found[0].text) <= GROUP_HEADING_EXTRA:
        return found[0].text
    return None


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
