"""Every saved page extracts to its whole expected record (fixtures/<dir>/article_*.html + .json).

One shape for every pair (written by `khaosan extract --write-fixture`, corrected by hand):
source {url, content_type, cms[, site]}, expected (the whole record but content_hash and the
run's times), must / must_not (phrases the body must hold / never hold), notes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extract import RUN_FIELDS, extract_bytes
from crawler.items import RECORD_FIELDS
from pipelines.layouts import LAYOUTS
from tests.conftest import FIXTURES, fixture_pairs, load_expected

PAIRS = fixture_pairs()
SHAPE = {"source", "expected", "must", "must_not"}
VITAL = ("url", "title", "body")  # a page may print no date; these it must have


@pytest.mark.parametrize("page", PAIRS, ids=[f"{p.parent.name}/{p.stem}" for p in PAIRS])
def test_fixture_extracts_to_expected_record(page: Path) -> None:
    spec = load_expected(page)
    source = spec["source"]
    record = extract_bytes(
        page.read_bytes(),
        url=source["url"],
        cms=source["cms"],
        site=source.get("site"),
        content_type=source["content_type"],
    )
    assert set(record) == set(RECORD_FIELDS)
    assert {k: v for k, v in record.items() if k not in RUN_FIELDS} == spec["expected"]
    for phrase in spec["must"]:
        assert phrase in (record["body"] or ""), phrase
    for phrase in spec["must_not"]:
        assert phrase not in (record["body"] or ""), phrase


@pytest.mark.parametrize("page", PAIRS, ids=[f"{p.parent.name}/{p.stem}" for p in PAIRS])
def test_fixture_json_has_the_one_shape_and_no_empty_field(page: Path) -> None:
    spec = load_expected(page)
    assert SHAPE <= set(spec) <= SHAPE | {"notes"}
    assert {"url", "content_type", "cms"} <= set(spec["source"])
    assert set(spec["expected"]) == set(RECORD_FIELDS) - set(RUN_FIELDS)
    assert "" not in spec["expected"].values()
    missing = [field for field in VITAL if not spec["expected"][field]]
    # A page that is no article (a listing saved by mistake) must say so in its problems.
    explained = [
        f for f in missing if any(p.startswith(f"{f}:") for p in spec["expected"]["problems"])
    ]
    assert missing == explained, f"expected record lacks {missing} without a problem naming them"


def test_every_family_has_a_fixture_pair() -> None:
    families = {load_expected(page)["source"]["cms"] for page in PAIRS}
    assert families == set(LAYOUTS)


def test_every_fixture_page_has_expected_json() -> None:
    pages = sorted(FIXTURES.glob("*/article_*.html"))
    missing = [p.name for p in pages if not p.with_suffix(".json").exists()]
    assert pages and not missing
