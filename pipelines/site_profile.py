"""A site's template learned from its own pages: lines recurring on most pages are furniture.

Pages of one site share a template. Whatever the extraction rules leave of it (a share label, a
counter in new words, a "related news" heading, a footer line) recurs across the site's article
bodies, while the article's own text changes from page to page. A `SiteProfile` counts, for
every line shape (digits folded, so `อ่าน 12 ครั้ง` and `อ่าน 1,205 ครั้ง` are one shape), on
how many of the site's pages it appeared; once enough pages are seen, a line on most of them is
furniture and leaves the body. A line that is another article's title on the same site is a
navigation entry (related, latest, prev/next lists) and leaves too.

Judgement call: a contact line (a phone number, an e-mail address, `ติดต่อ` / `สอบถาม`) is kept
even when every press release ends with it: it was issued as part of the release. An office
printed alone as the last line on most pages (a sign-off) becomes `source` when the page has none.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipelines.boilerplate import OFFICE, SIGN_OFF_MAX

# A line shape is furniture once the profile has seen this many pages of the site...
MIN_PAGES = 8
# ...and the shape appeared on at least this share of them.
FURNITURE_SHARE = 0.6
# Shapes seen on fewer pages than this are not kept in the stored profile (it stays small).
KEEP_MIN_COUNT = 2
# The stored profile keeps at most this many shapes (the most frequent).
KEEP_MAX_SHAPES = 2000
# Lines up to this many characters fold their numbers (see line_shape).
SHORT_LINE = 60
# The profile never takes more than this share of a body's characters: a page that would lose
# more is not like the site's other pages, and keeps its body as the rules left it.
MAX_REMOVED_SHARE = 0.5
# Runs of digits (Arabic and Thai) and the separators inside numbers fold to one "0".
DIGITS = re.compile(r"[0-9๐-๙](?:[0-9๐-๙,.:/-]*[0-9๐-๙])?")
# Contact details: kept whatever the profile says (see the module docstring).
CONTACT = re.compile(
    r"(?:\b0[\d\s-]{7,}\d|[\w.+-]+@[\w-]+\.[\w.-]+|ติดต่อ|สอบถาม|โทร\.?\s*[0-9๐-๙])", re.I
)
# Bullets and numbering in front of a list entry; a trailing date or count after a title.
LEADING_MARKS = re.compile(r"^[\s•·\-–—*»›>◦▪■□●○]+|^\d{1,2}[.)]\s+")
TRAILING_NOTE = re.compile(r"\s*(?:[(\[].{0,40}[)\]]|[-–|:]\s*[^-–|:]{0,40})$")
# A previous / next link's label before the neighbour's title (Joomla's pagenavigation prints
# "บทความก่อนหน้า: <title>" for screen readers, WordPress "Previous post: <title>").
NEIGHBOUR_LABEL = re.compile(
    r"^(?:(?:บทความ|ข่าว|เรื่อง)\s*)?(?:ก่อนหน้า|ถัดไป)\s*[:：]\s*"
    r"|^(?:previous|next)(?:\s+(?:post|article|news|story))?\s*[:：]\s*",
    re.I,
)
# A title-like line: long enough that equal text is no coincidence.
TITLE_MIN_LENGTH = 12
TITLE_MAX_LENGTH = 300  # a longer line is a paragraph, not a list entry


@lru_cache(maxsize=8192)  # learn() and clean() shape the same lines one after the other
def line_shape(line: str) -> str:
    """Return the shape of a line: NFC, spaces collapsed, case folded, short lines' digits to 0.

    Only short lines (counters, dates, page furniture) fold their digits: a long line that
    differs from another only in its numbers (a formulaic report) is still its own text.

    >>> line_shape("อ่าน ๑,๒๐๕ ครั้ง") == line_shape("อ่าน 12  ครั้ง")
    True
    """
    text = " ".join(unicodedata.normalize("NFC", line).split()).casefold()
    return DIGITS.sub("0", text) if len(text) <= SHORT_LINE else text


def title_candidates(line: str) -> list[str]:
    """Return the line as a list entry could print a title: bare, without a trailing note.

    >>> title_candidates("• ประชุมคณะกรรมการ (12 ม.ค. 2561)")
    ['ประชุมคณะกรรมการ (12 ม.ค. 2561)', 'ประชุมคณะกรรมการ']
    >>> title_candidates("บทความถัดไป: ประชุมคณะกรรมการจังหวัด")
    ['บทความถัดไป: ประชุมคณะกรรมการจังหวัด', 'ประชุมคณะกรรมการจังหวัด']
    """
    if not TITLE_MIN_LENGTH <= len(line) <= TITLE_MAX_LENGTH:
        return []
    bare = LEADING_MARKS.sub("", line).strip()
    shorter = TRAILING_NOTE.sub("", bare).strip()
    unlabelled = NEIGHBOUR_LABEL.sub("", bare).strip()
    texts = dict.fromkeys((bare, shorter, unlabelled))
    return [text for text in texts if len(text) >= TITLE_MIN_LENGTH]


@dataclass
class SiteProfile:
    """How often each line shape appeared on a site's article pages."""

    site: str
    pages: int = 0
    shapes: Counter[str] = field(default_factory=Counter)
    removed_lines: int = 0  # lines the profile took out of bodies (what it costs, measured)
    refused_pages: int = 0  # pages left alone: the profile would have taken most of their text

    @property
    def mature(self) -> bool:
        """Tell whether enough pages were seen to judge what recurs."""
        return self.pages >= MIN_PAGES

    def learn(self, body: str | None) -> None:
        """Count the distinct line shapes of one article body."""
        self.pages += 1
        self.shapes.update({line_shape(line) for line in (body or "").splitlines() if line})

    def is_furniture(self, line: str) -> bool:
        """Tell whether a line recurs on most of the site's pages (contact lines never do)."""
        if not self.mature or self.shapes[line_shape(line)] < FURNITURE_SHARE * self.pages:
            return False
        return CONTACT.search(line) is None

    def clean(
        self, record: dict[str, Any], is_other_title: Callable[[str], bool] | None = None
    ) -> list[str]:
        """Drop furniture and other articles' titles from record["body"]; return what went.

        A recurring office line at the end with no source on the page becomes the source.
        """
        lines = (record.get("body") or "").splitlines()
        kept: list[str] = []
        removed: list[str] = []
        for index, line in enumerate(lines):
            if self.is_furniture(line):
                removed.append(line)
                if not record.get("source") and _is_sign_off(line, index, len(lines)):
                    record["source"] = line.strip()
                continue
            if is_other_title is not None and _names_other(line, record, is_other_title):
                removed.append(line)
                continue
            kept.append(line)
        return self._take(record, lines, kept, removed)

    def drop_titles(
        self, record: dict[str, Any], is_other_title: Callable[[str], bool]
    ) -> list[str]:
        """Drop only other articles' titles from record["body"] (clean's second half)."""
        lines = (record.get("body") or "").splitlines()
        kept: list[str] = []
        removed: list[str] = []
        for line in lines:
            (removed if _names_other(line, record, is_other_title) else kept).append(line)
        return self._take(record, lines, kept, removed)

    def _take(
        self, record: dict[str, Any], lines: list[str], kept: list[str], removed: list[str]
    ) -> list[str]:
        """Set the body to the kept lines unless that takes most of its text; return removed."""
        if not removed:
            return []
        if sum(map(len, removed)) > MAX_REMOVED_SHARE * sum(map(len, lines)):
            self.refused_pages += 1
            return []
        record["body"] = "\n".join(kept) or None
        self.removed_lines += len(removed)
        return removed

    def to_json(self) -> str:
        """Return the profile as stored: shapes seen on at least KEEP_MIN_COUNT pages."""
        kept = {
            shape: n for shape, n in self.shapes.most_common(KEEP_MAX_SHAPES) if n >= KEEP_MIN_COUNT
        }
        return json.dumps({"pages": self.pages, "shapes": kept}, ensure_ascii=False)

    @classmethod
    def from_json(cls, site: str, text: str | None) -> SiteProfile:
        """Return the stored profile of a site (an empty one for None or bad JSON)."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        shapes = data.get("shapes") if isinstance(data.get("shapes"), dict) else {}
        return cls(
            site=site,
            pages=int(data.get("pages") or 0),
            shapes=Counter({str(k): int(v) for k, v in shapes.items()}),
        )

    @classmethod
    def learned_from(cls, site: str, bodies: Iterable[str | None]) -> SiteProfile:
        """Return a profile learned from stored bodies of the site."""
        profile = cls(site=site)
        for body in bodies:
            profile.learn(body)
        return profile


def _names_other(line: str, record: dict[str, Any], is_other_title: Callable[[str], bool]) -> bool:
    """Tell whether a body line prints another article's title (not the record's own)."""
    own = record.get("title") or ""
    if line.strip() == own:
        return False
    return any(is_other_title(text) for text in title_candidates(line) if text != own)


def _is_sign_off(line: str, index: int, count: int) -> bool:
    """Tell whether a line is an office printed alone as one of the body's last lines."""
    text = line.strip()
    return index >= count - 2 and len(text) <= SIGN_OFF_MAX and bool(OFFICE.match(text))
