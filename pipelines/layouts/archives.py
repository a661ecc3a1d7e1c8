"""Monthly archive pages: a listing scheme where the front page lists the newest items and a
list of months ("ข่าวย้อนหลัง : มี.ค. ๒๕๕๐ | ก.พ. ๒๕๕๐ ...", a blog's "March 2007 (12)")
links one page per month, older items only there (old news scripts, blogs, date archives)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from crawler.urls import canonical_url
from pipelines.layouts.base import Page, element_text, node_text
from pipelines.layouts.generic import content_anchors
from pipelines.text import THAI_DIGITS
from pipelines.thai_dates import (
    BE_FROM,
    BE_OFFSET,
    ENGLISH_MONTH_NUMBER,
    ENGLISH_MONTHS,
    THAI_MONTH_NUMBER,
)

# A link text naming a month and its year, nothing else (an entry count in brackets allowed):
# "มี.ค. ๒๕๕๐", "มีนาคม พ.ศ. 2550", "March 2007", "Mar 2007 (12)".
MONTH_YEAR_RE = re.compile(
    r"^(?P<month>[ก-๙.]+|[A-Za-z]+\.?) *(?:พ\. ?ศ\.|ค\. ?ศ\.)? *(?P<year>\d{4})"
    r"(?: *\(\d+\))?$"
)
# Four digits in a row, Arabic or Thai: a year as a month's link prints it.
YEAR_DIGITS_RE = re.compile(r"[0-9๐-๙]{4}")
# Fewer month links than this is no list of months (a single headline naming a month).
MIN_MONTHS = 2
# English month names, full or in three letters ("sept" too), lower-cased.
ENGLISH_MONTH_NAMES = {
    **ENGLISH_MONTH_NUMBER,
    **{name: n for n, name in enumerate(ENGLISH_MONTHS, 1)},
    "sept": 9,
}


def archive_month(text: str) -> tuple[int, int] | None:
    """Return (CE year, month) of a link text that names a month and a year alone.

    >>> archive_month("มี.ค. ๒๕๕๐"), archive_month("March 2007 (12)"), archive_month("ข่าว 2550")
    ((2007, 3), (2007, 3), None)
    """
    match = MONTH_YEAR_RE.match(" ".join(text.translate(THAI_DIGITS).split()))
    if not match:
        return None
    name = match.group("month").replace(".", "")
    month = THAI_MONTH_NUMBER.get(name) or ENGLISH_MONTH_NAMES.get(name.lower())
    if not month:
        return None
    year = int(match.group("year"))
    return (year - BE_OFFSET if year > BE_FROM else year), month


def archive_months(page: Page, url: str, anchors: list[Any]) -> dict[tuple[int, int], str]:
    """Return the page's links to monthly archive pages, by (year, month), when it lists
    several months; {} otherwise. *anchors* are the page's links outside its furniture."""
    months: dict[tuple[int, int], str] = {}
    for link in anchors:
        found = archive_month(node_text(link) or "")
        href = (link.attrib.get("href") or "").strip()
        if found and href and not href.startswith(("#", "javascript:")):
            months.setdefault(found, page.urljoin(url, href))
    return months if len(months) >= MIN_MONTHS else {}


BACK_ARROWS = "‹«<←⟨◀ "


def previous_month(page: Page, url: str, anchors: list[Any]) -> dict[tuple[int, int], str]:
    """Return a calendar page's link to the month before it ("‹ มิถุนายน ๒๕๖๗", rel="prev"),
    by (year, month); {} when the page has no such link.

    A calendar of news (each day's cell linking that day's items) pages by month: its only
    way on to older items is the previous month's link.
    """
    for link in anchors:
        text = node_text(link) or ""
        href = (link.attrib.get("href") or "").strip()
        marked = "prev" in (link.attrib.get("rel") or "") or text.lstrip()[:1] in BACK_ARROWS
        found = archive_month(text.strip(BACK_ARROWS)) if marked else None
        if found and href and not href.startswith(("#", "javascript:")):
            return {found: page.urljoin(url, href)}
    return {}


# A link text naming a year alone, perhaps after a news or year word (a listing split by
# year: "ปี 2566", "ข่าวปี 2566", "ข่าวประชาสัมพันธ์ ปี 2565", "พ.ศ. 2565", "2023 (48)").
YEAR_LINK_RE = re.compile(
    r"^(?:ข่าว\S*\s*)?(?:ประจำ)?(?:ปี(?:งบประมาณ)?|พ\. ?ศ\.|ค\. ?ศ\.|year)?\s*(?P<year>\d{4})"
    r"(?: *\(\d+\))?$",
    re.I,
)
YEARS_SPAN = (1990, 2100)  # CE years an archive of news can name


def archive_year(text: str, href: str) -> tuple[int, int] | None:
    """Return (CE year, 0) of a link to a year's archive: its text names the year alone and
    its address holds it (BE or CE); None otherwise.

    >>> archive_year("ข่าวปี 2566", "/news/archive/2023"), archive_year("ปี 2565", "/2022/")
    ((2023, 0), (2022, 0))
    >>> archive_year("ข่าวปี 2567", "/news"), archive_year("ปี 2566", "/about")
    (None, None)
    """
    match = YEAR_LINK_RE.match(" ".join(text.translate(THAI_DIGITS).split()))
    if not match:
        return None
    year = int(match.group("year"))
    ce = year - BE_OFFSET if year > BE_FROM else year
    if not YEARS_SPAN[0] <= ce <= YEARS_SPAN[1]:
        return None
    digits = href.translate(THAI_DIGITS)
    return (ce, 0) if str(ce) in digits or str(ce + BE_OFFSET) in digits else None


def archive_years(page: Page, url: str, anchors: list[Any]) -> dict[tuple[int, int], str]:
    """Return the page's links to yearly archive pages (a listing of this year's news that
    links each earlier year's), by (year, 0). *anchors* are the links looked at; a year's
    page lies under the listing's first path segment, or is a date archive (/2023/)."""
    years: dict[tuple[int, int], str] = {}
    for link in anchors:
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        found = archive_year(node_text(link) or "", href)
        target = page.urljoin(url, href)
        if found and beside_listing(target, url, found[0]):
            years.setdefault(found, target)
    return years


def beside_listing(target: str, url: str, year: int) -> bool:
    """Tell whether a year's page *target* belongs with the listing at *url*: it shares the
    listing's first path segment, or its path opens with the year (a date archive).

    >>> beside_listing("http://h/news/archive/2023", "http://h/news", 2023)
    True
    >>> beside_listing("http://h/2023/", "http://h/category/news/", 2023)
    True
    >>> beside_listing("http://h/procurement?year=2566", "http://h/news", 2023)
    False
    """
    first = [part for part in urlsplit(url).path.split("/") if part][:1]
    parts = [part for part in urlsplit(target).path.split("/") if part]
    if urlsplit(target).netloc != urlsplit(url).netloc or not parts:
        return False
    return parts[:1] == first or parts[0] in (str(year), str(year + BE_OFFSET))


def before_since(period: tuple[int, int], since: Any) -> bool:
    """Tell whether an archive's month, or year (month 0), ends before the date *since*.

    >>> from datetime import date
    >>> before_since((2023, 0), date(2023, 6, 1)), before_since((2023, 5), date(2023, 6, 1))
    (False, True)
    """
    year, month = period
    return year < since.year if month == 0 else period < (since.year, since.month)


def older_month(
    months: dict[tuple[int, int], str], current: tuple[int, int] | None
) -> tuple[int, int] | None:
    """Return the newest listed month before *current* (the newest of all without one).

    >>> older_month({(2007, 3): "a", (2007, 1): "b", (2006, 12): "c"}, (2007, 3))
    (2007, 1)
    """
    earlier = [m for m in months if current is None or m < current]
    return max(earlier) if earlier else None


def without_archive_months(
    links: list[tuple[str, str | None]], page: Page, url: str
) -> list[tuple[str, str | None]]:
    """Return a listing's links without those to its list of monthly archive pages.

    A month's archive page ("May 2006") is a listing to walk (SiteSpider.archive_next), never
    an article: read as one it stores the month's teasers as a record and its entries are lost.
    """
    if not _may_list_months(page):
        return links
    months = {canonical_url(u) for u in archive_months(page, url, content_anchors(page)).values()}
    if not months:
        return links
    return [(link, raw) for link, raw in links if canonical_url(link) not in months]


def _may_list_months(page: Page) -> bool:
    """Tell whether at least MIN_MONTHS of the page's links name a month and its year.

    A cheap first look (no selectors, no furniture verdicts): only links printing a four-digit
    number are read, and archive_months() reads the same text of the links outside furniture.
    """
    root = page.sel.root
    if not hasattr(root, "iter"):
        return False
    found = 0
    for link in root.iter("a"):
        if not YEAR_DIGITS_RE.search("".join(link.itertext())):
            continue
        if archive_month(element_text(link) or ""):  # the text node_text() reads
            found += 1
            if found >= MIN_MONTHS:
                return True
    return False
