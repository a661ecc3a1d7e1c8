"""A text split over a page builder's rows is one text; rows of other kinds (a CMS's other
fields) and rows printing only a date stay out. Read on articles of blind red-team sites
(served on 127.0.0.1), each against its expected record."""

from __future__ import annotations

import json
import urllib.request
from urllib.parse import quote

import pytest

from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article
from tests.redteam import BY_KEY, serve
from tests.redteam._common import HERE

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def generic_records(key: str, count: int = 6) -> list[tuple[dict, dict]]:
    """Serve red-team site *key*; return (expected, generic record) for its first articles."""
    site = BY_KEY[key]
    expected = json.loads((HERE / key / "expected.json").read_text(encoding="utf-8"))
    out = []
    with serve(site) as base:
        for want in expected["articles"][:count]:
            url = base + quote(want["url"], safe="/?=&%:")
            with _opener.open(url, timeout=10) as response:
                page = Page.from_bytes(response.read(), response.headers.get("Content-Type"))
            record = normalize_article(read_article(layout("generic"), page, url)).record()
            out.append((want, record))
    return out


def test_a_text_split_over_builder_rows_is_one_text() -> None:
    # Avada: the text in three builder rows, a picture row between. Without the rule every
    # article loses the rows beside the longest; one of these six still loses a phrase to a
    # reading of its own (its opening paragraph taken for a teaser).
    short = [
        want["url"]
        for want, record in generic_records("b13_wp_avada")
        if any(m not in (record["body"] or "") for m in want["body_must"])
    ]
    assert len(short) <= 1, short


@pytest.mark.parametrize(
    "key",
    [
        "b4_drupal9_barrio",  # the date field beside the body: a field of another name
        "b4_gsites_office",  # a site builder's section printing the page's date
    ],
)
def test_rows_of_other_kinds_and_date_rows_stay_out(key: str) -> None:
    for want, record in generic_records(key):
        body = record["body"] or ""
        assert [m for m in want["body_must"] if m not in body] == [], want["url"]
        assert [m for m in want["body_must_not"] if m in body] == [], want["url"]
