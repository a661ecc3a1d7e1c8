"""Helpers shared by the sixty-third round's part-A sites (b63_wp_astra_elementorpro_transport,
b63_wp_smartmag_edu_area_office): article building with the corpus credit / contact tails
dropped, WordPress-like Thai slugs, stable Elementor-like element ids, a plain-text view of a
rendered page, and the furniture filter for body_must_not."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from urllib.parse import quote

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, Article, make_articles
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails


def build(key: str, n: int, *, start: dt.datetime, offset: int) -> list[Article]:
    arts = make_articles(key, n, start=start, offset=offset)
    drop_corpus_signoffs(arts)
    drop_contact_tails(arts)
    for a in arts:
        # a corpus headline that ends in its own weekday date line loses it
        a.title = re.sub(r"\s+วัน\S+ที่ \d+ \S+ \d{4}$", "", a.title)
    return arts


def spread_back(arts: list[Article], first: int, days: int) -> None:
    """Push the articles from index `first` on further into the past (older archive years)."""
    for i, a in enumerate(arts):
        if i >= first:
            back = dt.timedelta(days=days * (i - first + 1) + 5 * (i % 3))
            a.published -= back
            if a.modified:
                a.modified -= back


def wp_slug(title: str) -> str:
    """sanitize_title-like: punctuation dropped, spaces to dashes, percent-encoded UTF-8 in
    lower-case hex, cut at 200 encoded characters."""
    t = re.sub(r"[\"'“”‘’()\[\]:;,.!?/|]", "", title)
    t = re.sub(r"\s+", "-", t.strip())
    out = ""
    for ch in t:
        enc = quote(ch, safe="-").lower() if ord(ch) > 127 else ch.lower()
        if len(out) + len(enc) > 200:
            break
        out += enc
    return out.strip("-")


def eid(*parts) -> str:
    """A 7-hex Elementor-like element id, stable per input."""
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:7]


def th_full_be(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def th_weekday_be(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def th_abbr_be(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def th_abbr_ce(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def text_of(raw: str) -> str:
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())


def keep_furniture(cands: list[str], page_text: str, a: Article) -> list[str]:
    """The furniture strings that the page really prints and that never occur in the real
    body or the headline."""
    whole = "\n".join(a.paras)
    return [
        s
        for s in dict.fromkeys(cands)
        if s and s in page_text and s not in whole and s not in a.title
    ]
