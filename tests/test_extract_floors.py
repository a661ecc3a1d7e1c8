"""Gate: per-CMS extraction on the gold set stays at or above the floors pinned by the bench."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_bench() -> ModuleType:
    """Import bench/extract.py (bench/ is a folder of scripts, not a package)."""
    if "khaosan_bench_extract" in sys.modules:
        return sys.modules["khaosan_bench_extract"]
    spec = importlib.util.spec_from_file_location(
        "khaosan_bench_extract", ROOT / "bench" / "extract.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow  # scores every gold page with three extractors
def test_per_cms_extraction_keeps_its_floors() -> None:
    bench = load_bench()
    floors = json.loads((ROOT / "bench" / "extract_floors.json").read_text())["per_cms"]
    score = bench.score_gold(bench.load_gold(), "khaosan per-CMS", bench.ours_per_cms)
    assert score.errors == 0
    assert score.f1 >= floors["body_f1"], (score.f1, floors)
    assert score.date_accuracy >= floors["date_accuracy"], (score.date_accuracy, floors)


def test_scoring_counts_thai_words() -> None:
    bench = load_bench()
    gold = bench.thai_words("กระทรวงอุตสาหกรรมจัดประชุม วันนี้")
    assert bench.prf(gold, gold) == (1.0, 1.0, 1.0)
    half = bench.thai_words("กระทรวงอุตสาหกรรม")
    precision, recall, _ = bench.prf(half, gold)
    assert precision == 1.0 and 0 < recall < 1
    assert bench.prf(bench.thai_words("ติดต่อเรา"), gold)[0] == 0.0
