"""Small helpers of the ninth blind round (b9_*): the eighth round's article building and
expected records, a few more date forms (dd/mm/yyyy BE, Moodle's 12-hour clock, Babel's
month-first medium date), and a small site skeleton whose routes are the exact printed URLs."""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, BaseSite, be, paginate, thai_digits
from .b8_common import UTC, build, hm, neighbours, on_page, record, thai_num, utc_ms

__all__ = [
    "build",
    "hm",
    "neighbours",
    "on_page",
    "record",
    "thai_num",
    "utc_ms",
    "UTC",
    "dmy_be",
    "ampm",
    "B9Site",
]


def dmy_be(d: dt.datetime, digits_th: bool = False) -> str:
    """'15/02/2567' (day/month/BE year, zero-padded)."""
    s = f"{d.day:02d}/{d.month:02d}/{be(d)}"
    return thai_digits(s) if digits_th else s


def ampm(d: dt.datetime) -> str:
    """'2:30PM' (PHP strftime %l:%M%p without the leading blank)."""
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d}{'AM' if d.hour < 12 else 'PM'}"


def month_full(d):
    return MONTHS[d.month - 1]


def month_abbr(d):
    return MONTHS_ABBR[d.month - 1]


def weekday(d):
    return WEEKDAYS[d.weekday()]


class B9Site(BaseSite):
    """Routes by the exact printed URL (path, plus '?query' when there is one, percent-decoded)."""

    per_page = 10

    def setup_routes(self):
        self.by_path = {a.path: a for a in self.articles}
        assert len(self.by_path) == len(self.articles)
        self.pages = paginate(self.articles, self.per_page)
        assert len(self.pages) >= 3
        assert not set(self.deleted_paths()) & set(self.by_path)

    def page_url(self, k: int) -> str:
        raise NotImplementedError

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def extra_route(self, key, query):
        return None

    def route(self, path, query, raw_query, base):
        key = unquote(path) + ("?" + unquote(raw_query) if raw_query else "")
        if key in self.by_path:
            return self.html_response(self.detail(self.by_path[key]))
        if key in self.deleted_paths():
            return self.html_response(self.deleted())
        pages = self.listing_pages()
        if key in pages:
            return self.html_response(self.listing(pages.index(key)))
        return self.extra_route(key, query)
