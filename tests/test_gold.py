"""Every gold page (tests/gold/pages) extracts right with its CMS family's rules."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from crawler.extract import extract_bytes

GOLD = Path(__file__).parent / "gold" / "pages"
PAGES = sorted(GOLD.glob("*.html"))
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
LAYOUTS = {"k2", "provincial", "joomla", "wordpress", "drupal", "thaigov", "generic"}
# Gold pages whose body ours misses by a known line: page -> the line our body starts with.
# (None now: the date cell above table_cp874_no_charset's body is read as its publication line.)
BODY_EXTRA_FIRST_LINE: dict[str, str] = {}


def load_spec(page: Path) -> dict[str, Any]:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def extract(page: Path, cms: str | None = None) -> dict[str, Any]:
    """Extract a gold page from its bytes with the CMS named in its JSON (or *cms*)."""
    source = load_spec(page)["source"]
    return extract_bytes(
        page.read_bytes(),
        url=source["url"],
        cms=cms or source["cms"],
        content_type=source["content_type"],
    )


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_gold_page_extracts_right(page: Path) -> None:
    spec = load_spec(page)
    record = extract(page)
    body = record["body"] or ""
    wrong = {
        field: (record.get(field), value)
        for field, value in spec["expected"].items()
        if record.get(field) != value
    }
    missing = [phrase for phrase in spec["must"] if phrase not in body]
    leaked = [phrase for phrase in spec["must_not"] if phrase in body]
    assert not wrong, f"fields (got, expected): {wrong}"
    assert not missing, f"body lacks {missing}"
    assert not leaked, f"body keeps furniture {leaked}"
    extra = BODY_EXTRA_FIRST_LINE.get(page.stem)
    assert body == (f"{extra}\n{spec['body']}" if extra else spec["body"])


def test_gold_set_covers_the_layouts() -> None:
    cms = [load_spec(p)["source"]["cms"] for p in PAGES]
    assert len(PAGES) >= 40
    assert set(cms) == LAYOUTS
    assert cms.count("k2") >= 10
    encodings = [load_spec(p)["encoding"]["bytes"] for p in PAGES]
    assert encodings.count("cp874") >= 5


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_gold_spec_is_consistent(page: Path) -> None:
    """The expected JSON agrees with itself and with the page bytes it describes."""
    spec = load_spec(page)
    body = spec["body"]
    assert set(spec) >= {"source", "expected", "body", "must", "must_not"}
    assert {"title", "published_at", "url"} <= set(spec["expected"])
    assert body and "\n\n" not in body and body == body.strip()
    assert all(phrase in body for phrase in spec["must"])
    assert not any(phrase in body for phrase in spec["must_not"])
    assert "" not in spec["expected"].values()
    root = lxml.html.document_fromstring(page.read_bytes().decode(spec["encoding"]["bytes"]))
    page_text = fold(root.text_content())
    # Every line of the expected body and the title are printed on the page.
    for line in [*body.split("\n"), spec["expected"]["title"]]:
        for cell in line.split("\t"):
            assert fold(cell) in page_text, cell


def fold(text: str) -> str:
    """Return *text* NFC with invisible characters removed and all whitespace folded."""
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())
