"""Records stay as they were: every gold and fixture page (and, slow, every replica crawl).

bench/records_digests.json holds the sha256 of each record the tree gave before the layout
redesign (issue 15). A change in extraction that is meant shows here first: regenerate with
`python bench/records_snapshot.py --digests-out bench/records_digests.json` and say why.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DIGESTS = ROOT / "bench" / "records_digests.json"


def _snapshot_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "records_snapshot", ROOT / "bench" / "records_snapshot.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _expected(prefix: str) -> dict[str, str]:
    digests = json.loads(DIGESTS.read_text(encoding="utf-8"))
    return {k: v for k, v in digests.items() if k.startswith(prefix)}


def test_page_records_unchanged() -> None:
    snapshot = _snapshot_module()
    got = snapshot.digests(snapshot.page_records())
    expected = {
        k: v for k, v in json.loads(DIGESTS.read_text()).items() if not k.startswith("crawl/")
    }
    assert snapshot.diff(expected, got) == []


@pytest.mark.slow
def test_replica_crawl_records_unchanged() -> None:
    snapshot = _snapshot_module()
    got = snapshot.digests(snapshot.crawl_records())
    assert snapshot.diff(_expected("crawl/"), got) == []
