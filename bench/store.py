"""Benchmark the store: batched upserts per second vs plain executemany, Thai search latency.

Usage: python bench/store.py [--sizes 2000,10000] [--batch 50] [--queries 100]

Articles are generated from the Thai texts of shared/corpus/thaigov-sample (random runs of
their lines), so every body is unique and really segmented. The baseline, measured in the same
run on the same records, is a plain sqlite3 `executemany` INSERT into a bare table: no history,
no segmentation, no FTS index. Prints one block per size; medians and 95th percentiles in ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.items import RECORD_FIELDS  # noqa: E402
from pipelines.search import engine, search, segment, words  # noqa: E402
from pipelines.store import ArticleStore, to_row  # noqa: E402

CORPUS_CANDIDATES = [
    ROOT / "crawler" / "replica" / "corpus" / "texts",  # the copy shipped with the replica
    ROOT.parent / "shared" / "corpus" / "thaigov-sample" / "texts",
]


def load_lines(corpus: Path) -> list[str]:
    """Return the non-trivial lines of the corpus texts."""
    lines = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8").lstrip("\ufeff")
        lines.extend(line.strip() for line in text.splitlines() if len(line.strip()) > 20)
    if not lines:
        raise SystemExit(f"no texts in {corpus}")
    return lines


def generate(n: int, lines: list[str], seed: int) -> list[dict[str, Any]]:
    """Return n article records with unique bodies of 4-10 random corpus lines (~1.5 kB)."""
    rng = random.Random(seed)
    sites = ["industry_go_th", "moac_go_th", "mof_go_th", "moph_go_th"]
    records = []
    for i in range(n):
        body = "\n".join(rng.choice(lines) for _ in range(rng.randint(4, 10)))
        day = rng.randint(0, 3650)
        year, month = 2015 + day // 365, 1 + (day // 30) % 12
        records.append(
            {
                "url": f"https://bench.example/{seed}/{i}",
                "site": sites[i % len(sites)],
                "title": rng.choice(lines)[:120],
                "published_at": f"{year:04d}-{month:02d}-{1 + day % 28:02d}T10:00:00+07:00",
                "body": body,
                "view_count": rng.randint(0, 5000),
                "images": [f"https://bench.example/img/{i}.jpg"],
                "attachments": [],
                "tags": [],
                "problems": [],
                "content_hash": f"{seed}-{i}",
            }
        )
    return records


def bench_store(path: Path, records: list[dict[str, Any]], batch: int) -> tuple[float, float]:
    """Return seconds to write records through upsert_many in batches, then to re-upsert them.

    The second pass is a re-crawl of unchanged pages (no segmentation, no new version).
    """
    store = ArticleStore(path)
    passes = []
    for _ in range(2):
        start = time.perf_counter()
        for i in range(0, len(records), batch):
            store.upsert_many(records[i : i + batch])
        passes.append(time.perf_counter() - start)
    store.close()
    return passes[0], passes[1]


def bench_baseline(path: Path, records: list[dict[str, Any]]) -> float:
    """Return seconds for one plain executemany INSERT of the same rows into a bare table."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    columns = ", ".join(RECORD_FIELDS)
    conn.execute(f"CREATE TABLE articles ({columns}, PRIMARY KEY (url))")
    rows = [tuple(to_row(r)[name] for name in RECORD_FIELDS) for r in records]
    marks = ", ".join("?" for _ in RECORD_FIELDS)
    start = time.perf_counter()
    with conn:
        conn.executemany(f"INSERT INTO articles VALUES ({marks})", rows)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def percentile(values: list[float], share: float) -> float:
    """Return the nearest-rank percentile of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def bench_search(path: Path, queries: list[str]) -> list[float]:
    """Return the latency in ms of each query (limit 20, snippets included)."""
    store = ArticleStore(path, readonly=True)
    search(store, queries[0])  # warm the page cache and the tokenizer
    times = []
    for query in queries:
        start = time.perf_counter()
        search(store, query, limit=20)
        times.append((time.perf_counter() - start) * 1000)
    store.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000", help="comma-separated article counts")
    parser.add_argument("--batch", type=int, default=50, help="upserts per transaction")
    parser.add_argument("--queries", type=int, default=100, help="search queries per size")
    parser.add_argument("--corpus", type=Path, help="directory of Thai .txt files")
    parser.add_argument("--json", action="store_true", help="print JSON lines too")
    args = parser.parse_args()
    corpus = args.corpus or next((p for p in CORPUS_CANDIDATES if p.is_dir()), None)
    if corpus is None:
        raise SystemExit("corpus not found; pass --corpus DIR")
    lines = load_lines(corpus)
    rng = random.Random(7)
    vocabulary = sorted({w for line in rng.sample(lines, 200) for w in words(line) if len(w) >= 3})
    queries = [rng.choice(vocabulary) for _ in range(args.queries)]
    queries += [f"{rng.choice(vocabulary)} {rng.choice(vocabulary)}" for _ in range(20)]

    sample = generate(200, lines, seed=99)
    start = time.perf_counter()
    for r in sample:
        segment(r["body"])
    seg_rate = sum(len(r["body"]) for r in sample) / (time.perf_counter() - start)
    print(f"segmentation (pythainlp, engine {engine()}): {seg_rate:,.0f} chars/s")

    for size in [int(s) for s in args.sizes.split(",") if s]:
        records = generate(size, lines, seed=size)
        with tempfile.TemporaryDirectory(prefix="khaosan-bench-") as tmp:
            store_s, recrawl_s = bench_store(Path(tmp) / "store.db", records, args.batch)
            base_s = bench_baseline(Path(tmp) / "baseline.db", records)
            times = bench_search(Path(tmp) / "store.db", queries)
            db_mb = (Path(tmp) / "store.db").stat().st_size / 1e6
        result = {
            "articles": size,
            "store_articles_per_s": round(size / store_s),
            "recrawl_unchanged_per_s": round(size / recrawl_s),
            "baseline_articles_per_s": round(size / base_s),
            "baseline_over_store": round(base_s and store_s / base_s, 1),
            "search_median_ms": round(statistics.median(times), 2),
            "search_p95_ms": round(percentile(times, 0.95), 2),
            "db_mb": round(db_mb, 1),
        }
        print(
            f"{size:>8} articles: store {result['store_articles_per_s']:>7,}/s "
            f"(batches of {args.batch}, segmentation + history + FTS), "
            f"re-crawl unchanged {result['recrawl_unchanged_per_s']:>6,}/s | "
            f"baseline executemany {result['baseline_articles_per_s']:>9,}/s | "
            f"store is {result['baseline_over_store']}x slower | "
            f"search median {result['search_median_ms']} ms, p95 {result['search_p95_ms']} ms "
            f"({len(times)} queries) | db {result['db_mb']} MB"
        )
        if args.json:
            print(json.dumps(result))


if __name__ == "__main__":
    main()
