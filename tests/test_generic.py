"""The generic extractor on saved pages of unknown layout (fixtures/generic/page_*.html + .json)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from pipelines.generic import clean_title, extract_generic

FIXTURES = Path(__file__).parent / "fixtures" / "generic"
PAGES = sorted(FIXTURES.glob("page_*.html"))


def _load(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def test_fixtures_present() -> None:
    assert len(PAGES) >= 3
    assert all(p.with_suffix(".json").exists() for p in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_generic_fixture(page: Path) -> None:
    spec = _load(page)
    parts = asdict(extract_generic(page.read_text(encoding="utf-8"), spec["source"]["url"]))
    assert parts.pop("body_html")
    assert parts == spec["expected"]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_generic_phrases(page: Path) -> None:
    spec = _load(page)
    body = extract_generic(page.read_text(encoding="utf-8"), spec["source"]["url"]).body or ""
    for phrase in spec["must_contain"]:
        assert phrase in body
    for phrase in spec["must_not_contain"]:
        assert phrase not in body


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ ลงพื้นที่", "นายกฯ ลงพื้นที่"),
        ("ข่าวกระทรวงอุตสาหกรรมจับมือ UNIDO - กระทรวงอุตสาหกรรม", "ข่าวกระทรวงอุตสาหกรรมจับมือ UNIDO"),
        ("ข่าวกระทรวงอุตสาหกรรมจับมือ UNIDO | กระทรวงอุตสาหกรรม", "ข่าวกระทรวงอุตสาหกรรมจับมือ UNIDO"),
        ("กรมตัวอย่าง :: ข่าวประชาสัมพันธ์ประจำสัปดาห์", "ข่าวประชาสัมพันธ์ประจำสัปดาห์"),
        ("ข่าวไม่มีชื่อเว็บไซต์", "ข่าวไม่มีชื่อเว็บไซต์"),
    ],
)
def test_clean_title(raw: str, title: str) -> None:
    assert clean_title(raw) == title


def test_title_order_og_then_h1_then_title() -> None:
    page = (
        "<html><head><title>จากแท็กไตเติล - เว็บ</title>{og}</head>"
        "<body>{h1}<p>" + "เนื้อหาข่าวยาวพอสมควร " * 10 + "</p></body></html>"
    )
    og = '<meta property="og:title" content="จาก og">'
    h1 = "<h1>จาก h1</h1>"
    url = "https://example.go.th/n/1"
    assert extract_generic(page.format(og=og, h1=h1), url).title == "จาก og"
    assert extract_generic(page.format(og="", h1=h1), url).title == "จาก h1"
    assert extract_generic(page.format(og="", h1=""), url).title == "จากแท็กไตเติล"


def test_date_from_first_body_lines() -> None:
    body = "<p>วันนี้ (3 ต.ค. 61) นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม " * 3 + "</p>"
    parts = extract_generic(f"<html><body><div>{body}</div></body></html>", "https://x.go.th/1")
    assert parts.published_raw == "3 ต.ค. 61"
    assert parts.language == "th"


def test_english_page_language() -> None:
    body = "<p>" + "The ministry announced a new programme for small factories. " * 5 + "</p>"
    parts = extract_generic(
        f'<html lang="en-GB"><body><article>{body}</article></body></html>', "https://x.go.th/1"
    )
    assert parts.language == "en"
    assert parts.body is not None and parts.body.startswith("The ministry announced")


def test_empty_page() -> None:
    parts = extract_generic("", "https://x.go.th/1")
    assert (parts.title, parts.body, parts.images) == (None, None, [])
