"""Declared times that are the moment the page was served, not the article's.

Some themes and SEO plugins fill `article:published_time`, `article:modified_time` or
`og:updated_time` with the time the page is rendered: every fetch shows "now". Such a time says
nothing of the article; the date the page prints does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipelines.thai_dates import parse_thai_date

# A declared time this close to the reading is the page's render time (a page is read seconds
# after it is fetched; a clock of the server a few minutes off still falls inside).
RENDER_WINDOW = timedelta(minutes=20)


def is_render_time(raw: str | None, now: datetime | None = None) -> bool:
    """Tell whether *raw* is a full timestamp within RENDER_WINDOW of *now* (default: now).

    >>> now = datetime(2026, 12, 7, 11, 52, tzinfo=UTC)
    >>> is_render_time("2026-12-07T18:52:35+07:00", now), is_render_time("2018-11-10T08:13", now)
    (True, False)
    >>> is_render_time("7 ธันวาคม 2569", now), is_render_time(None, now)
    (False, False)
    """
    if not raw:
        return False
    now = now or datetime.now(UTC)
    if not any(year in raw for year in _years_around(now)):
        return False  # (most dates: no parse)
    parsed = parse_thai_date(raw)
    if not isinstance(parsed, datetime) or parsed.tzinfo is None:
        return False
    return abs(now - parsed) <= RENDER_WINDOW


THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _years_around(now: datetime) -> set[str]:
    """Return how the years of the window around *now* may be printed (CE, BE; Thai digits)."""
    years = {(now + shift).year for shift in (-RENDER_WINDOW, RENDER_WINDOW)}
    printed = {str(y) for y in years} | {str(y + 543) for y in years}
    return printed | {y.translate(THAI_DIGITS) for y in printed}
