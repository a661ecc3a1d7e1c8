"""Every saved page extracts to its expected record (fixtures/<site>/article_*.html + .json)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extract import extract_bytes
from crawler.items import RECORD_FIELDS
from tests.conftest import fixture_pairs, load_expected

PAIRS = fixture_pairs()


@pytest.mark.parametrize("page", PAIRS, ids=[f"{p.parent.name}/{p.stem}" for p in PAIRS])
def test_fixture_extracts_to_expected_record(page: Path) -> None:
    spec = load_expected(page)
    source = spec["source"]
    record = extract_bytes(
        page.read_bytes(),
        url=source["url"],
        cms=source.get("cms"),
        site=source.get("site"),
        content_type=source.get("content_type"),
    )
    assert set(record) == set(RECORD_FIELDS)
    for field, value in spec["expected"].items():
        assert record[field] == value, field
    for phrase in spec.get("must_not", []):
        assert phrase not in (record["body"] or ""), phrase
    for phrase in spec.get("must", []):
        assert phrase in (record["body"] or ""), phrase


def test_every_fixture_page_has_expected_json() -> None:
    pages = sorted((Path(__file__).parent / "fixtures").glob("*/article_*.html"))
    missing = [p.name for p in pages if not p.with_suffix(".json").exists()]
    assert pages and not missing


def test_expected_records_leave_no_field_empty_string() -> None:
    for page in PAIRS:
        expected = load_expected(page)["expected"]
        assert "" not in expected.values(), page
