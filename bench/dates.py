"""Benchmark pipelines.thai_dates against dateparser and pythainlp on tests/data/dates.json.

Run: python bench/dates.py [--repeat N]
Prints accuracy on the test table and the median microseconds per call, measured in the same run,
then accuracy on the red-team table tests/data/dates_heldout.json and on the table of real
strings tests/data/dates_real.json (timing is on the first table), with the share of our calls
that fell back to dateparser.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import dateparser  # noqa: E402
from pythainlp.util import thai_strptime  # noqa: E402

import pipelines.thai_dates as thai_dates  # noqa: E402
from pipelines.thai_dates import BANGKOK, parse_thai_date, to_iso  # noqa: E402

# Formats tried in turn for thai_strptime (it needs one format per shape).
STRPTIME_FORMATS = (
    "%d %B %Y %H:%M",
    "%d %B %Y",
    "%d %b %Y %H:%M",
    "%d %b %Y",
    "%d %b %y",
    "%d-%m-%Y",
    "%d %B %Y %H:%M:%S",
)
Value = datetime | date | None


def ours(text: str) -> Value:
    return parse_thai_date(text)


def with_dateparser(text: str) -> Value:
    return dateparser.parse(text, languages=["th"])


def with_thai_strptime(text: str) -> Value:
    for fmt in STRPTIME_FORMATS:
        try:
            return thai_strptime(text, fmt)
        except (ValueError, IndexError, KeyError, TypeError, AttributeError):
            continue
    return None


def one_format(text: str) -> Value:
    return thai_strptime(text, STRPTIME_FORMATS[0])


def as_expected_iso(value: Value, expected: str | None) -> str | None:
    """Render a library's result in the table's shape: date-only when the table has no time."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=BANGKOK)
        value = value.astimezone(BANGKOK)
        if expected is None or "T" not in expected:
            return value.date().isoformat()
    elif expected is not None and "T" in expected:
        return value.isoformat()  # a date where a time was expected: wrong
    return to_iso(value)


def accuracy(fn: Callable[[str], Value], cases: list[dict]) -> tuple[float, float, list[str]]:
    right = timed = timed_right = 0
    misses = []
    for case in cases:
        try:
            value = fn(case["raw"])
        except Exception:  # noqa: BLE001 - a library crash counts as a miss
            value = None
        ok = as_expected_iso(value, case["expected"]) == case["expected"]
        right += ok
        if case["expected"] and "T" in case["expected"]:
            timed += 1
            timed_right += ok
        if not ok:
            misses.append(case["raw"])
    return right / len(cases), timed_right / max(timed, 1), misses


def pass_us(fn: Callable[[str], Value], texts: list[str]) -> float:
    """Time one pass over texts; return microseconds per call."""
    start = time.perf_counter()
    for text in texts:
        try:
            fn(text)
        except Exception:  # noqa: BLE001, S110 - timing only
            pass
    return (time.perf_counter() - start) / len(texts) * 1e6


def interleaved_medians(
    fns: list[Callable[[str], Value]], texts: list[str], rounds: list[int]
) -> list[float]:
    """Median µs/call per parser, passes interleaved round-robin so machine load hits all alike."""
    samples: list[list[float]] = [[] for _ in fns]
    gc.disable()
    try:
        for r in range(max(rounds)):
            for i, fn in enumerate(fns):
                if r < rounds[i]:
                    samples[i].append(pass_us(fn, texts))
    finally:
        gc.enable()
    return [statistics.median(s) for s in samples]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21, help="timed passes for the fast parsers")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    cases = json.loads((ROOT / "tests" / "data" / "dates.json").read_text(encoding="utf-8"))
    texts = [c["raw"] for c in cases]
    with_dateparser("03 ตุลาคม 2561 17:08")  # load its language data before timing
    rows = [
        ("pipelines.thai_dates.parse_thai_date", ours, args.repeat),
        ("dateparser.parse(languages=['th'])", with_dateparser, 3),
        (
            f"pythainlp thai_strptime ({len(STRPTIME_FORMATS)} formats)",
            with_thai_strptime,
            args.repeat,
        ),
        ("pythainlp thai_strptime (1 format)", one_format, args.repeat),
    ]
    speeds = interleaved_medians([r[1] for r in rows], texts, [r[2] for r in rows])
    results = []
    for (name, fn, _), us in zip(rows, speeds, strict=True):
        acc, acc_time, misses = accuracy(fn, cases)
        results.append((name, acc, acc_time, us, misses))
    base = results[0][3]
    n_timed = sum(bool(c["expected"] and "T" in c["expected"]) for c in cases)
    print(f"{len(cases)} cases ({n_timed} with a time), python {sys.version.split()[0]}\n")
    print("| parser | accuracy | with time, to the minute | median µs/call | × slower than ours |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, acc, acc_time, us, _ in results:
        print(f"| {name} | {acc:.1%} | {acc_time:.1%} | {us:.1f} | {us / base:.1f} |")
    misses = results[0][4]
    if misses:
        print("\nours missed:", *misses[:20], sep="\n  ")
    for title, name in (
        ("red-team table", "dates_heldout.json"),
        ("real strings (copied from public pages and code)", "dates_real.json"),
    ):
        table = json.loads((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
        n_timed = sum(bool(c["expected"] and "T" in c["expected"]) for c in table)
        print(f"\n{title}: {len(table)} cases ({n_timed} with a time)\n")
        print("| parser | accuracy | with time, to the minute |")
        print("| --- | ---: | ---: |")
        table_misses: list[str] = []
        for name_, fn, _ in rows:
            acc, acc_time, fn_misses = accuracy(fn, table)
            print(f"| {name_} | {acc:.1%} | {acc_time:.1%} |")
            if fn is ours:
                table_misses = fn_misses
        calls = fallback_calls([c["raw"] for c in table])
        share = calls / len(table)
        print(f"\nours asked dateparser {calls} times in {len(table)} calls ({share:.1%})")
        if table_misses:
            print("ours missed:", *table_misses[:20], sep="\n  ")


def fallback_calls(texts: list[str]) -> int:
    """Count how many of our calls on *texts* went on to dateparser."""
    count = 0
    original = thai_dates._dateparser

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal count
        count += 1
        return original(*args, **kwargs)  # type: ignore[arg-type]

    thai_dates._dateparser = counting  # type: ignore[assignment]
    try:
        for text in texts:
            parse_thai_date(text)
    finally:
        thai_dates._dateparser = original
    return count


if __name__ == "__main__":
    main()
