"""Build a database of a million generated articles and measure store, search, export and stats.

Usage:
  python bench/million.py build   [--db data/bench/million.db] [--articles 1000000] [--batch 500]
  python bench/million.py measure [--db data/bench/million.db] [--queries 40] [--json]

`build` writes articles generated from the Thai texts of shared/corpus/thaigov-sample through
ArticleStore.upsert_many (segmentation, history, FTS5: the crawl's own write path) in batches.
Article i is the same in every run, so a build that stops resumes where it left off and a
second build of the same size writes nothing. Each build appends its rate to `<db>.build.jsonl`.
`measure` times searches in-process per query kind (single words, compounds, phrases, filtered)
and runs `python -m crawler search / export / stats` as subprocesses for their time and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.store import CORPUS_CANDIDATES, load_lines, percentile  # noqa: E402
from pipelines.indexer import BackgroundIndexer  # noqa: E402
from pipelines.search import PREFIX_MIN_LETTERS, search, words  # noqa: E402
from pipelines.store import ArticleStore  # noqa: E402

DEFAULT_DB = ROOT / "data" / "bench" / "million.db"
SITES = (
    "industry_go_th",
    "dip_go_th",
    "prd_go_th",
    "opm_go_th",
    "mof_go_th",
    "mfa_go_th",
    "moac_go_th",
    "moc_go_th",
    "moi_go_th",
    "moph_go_th",
    "moe_go_th",
    "mol_go_th",
)
# Offices printed as the source line (ที่มา).
SOURCES = (
    "สำนักงานปลัดกระทรวง",  # office of the permanent secretary
    "กองประชาสัมพันธ์",  # public relations division
    "สำนักนายกรัฐมนตรี",  # office of the prime minister
    "กรมประชาสัมพันธ์",  # public relations department
    "สำนักโฆษก",  # spokesperson's office
    None,
)
CATEGORIES = ("ข่าวประชาสัมพันธ์", "ข่าวกิจกรรม", "ประกาศ", None)  # PR news, activities, notices
FIRST_DAY = date(2010, 1, 1)
DAYS = (date(2025, 12, 31) - FIRST_DAY).days


class Corpus:
    """The corpus lines and each line's words (for titles and queries)."""

    def __init__(self, corpus: Path) -> None:
        self.lines = load_lines(corpus)
        self.words = [words(line) for line in self.lines]


def article(i: int, corpus: Corpus) -> dict[str, Any]:
    """Return article i: the same record for the same i in every run."""
    rng = random.Random(i * 7919 + 18)
    lines = corpus.lines
    body = "\n".join(rng.choice(lines) for _ in range(rng.randint(4, 10)))
    title_words = rng.choice(corpus.words)
    start = rng.randrange(max(1, len(title_words) - 6))
    title = "".join(title_words[start : start + rng.randint(6, 20)])[:150]
    site = SITES[rng.randrange(len(SITES))]
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS + 1))
    hour, minute = rng.randrange(7, 20), rng.randrange(60)
    return {
        "url": f"https://{site.replace('_', '.')}.bench.example/news/{i}",
        "site": site,
        "title": title,
        "published_at": f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+07:00",
        "published_at_raw": f"{day.day}/{day.month}/{day.year + 543} {hour:02d}:{minute:02d}",
        "body": body,
        "source": rng.choice(SOURCES),
        "category": rng.choice(CATEGORIES),
        "language": "th",
        "view_count": rng.randrange(5000),
        "images": [f"https://{site.replace('_', '.')}.bench.example/img/{i}.jpg"],
        "attachments": [],
        "tags": [],
        "problems": [],
    }


def build(
    db: Path, articles: int, batch: int, corpus: Corpus, indexer: str = "process"
) -> dict[str, Any]:
    """Write articles 0..articles-1 that are not stored yet; return the run's figures.

    With *indexer* "process" (a crawl's default) the texts are queued and an indexer process
    beside this one segments them; the figures count an article once it is searchable.
    """
    db.parent.mkdir(parents=True, exist_ok=True)
    store = ArticleStore(db, defer_index=indexer == "process")
    background = BackgroundIndexer.acquire(str(db)) if indexer == "process" else None
    done = store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    start, cpu = time.perf_counter(), time.process_time()
    children_cpu = _children_cpu()
    window_start, window_done = start, done
    stored = done
    try:
        for first in range(done, articles, batch):
            last = min(articles, first + batch)
            store.upsert_many([article(i, corpus) for i in range(first, last)])
            stored = last
            if stored - window_done >= 50_000 or stored == articles:
                now = time.perf_counter()
                rate = (stored - window_done) / (now - window_start)
                print(
                    f"{stored:>9,} articles, last {stored - window_done:,} at {rate:,.0f}/s",
                    file=sys.stderr,
                    flush=True,
                )
                window_start, window_done = now, stored
    except KeyboardInterrupt:  # stopped (Ctrl-C, SIGINT): the committed batches stay, resumable
        print(f"interrupted at {stored:,} articles", file=sys.stderr)
    stored_seconds = time.perf_counter() - start
    store.close()
    if background is not None:
        background.release()  # waits until the indexer has emptied the queue
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    cpu += _children_cpu() - children_cpu  # the indexer process
    written = stored - done
    result = {
        "from": done,
        "to": stored,
        "batch": batch,
        "indexer": indexer,
        "seconds": round(seconds, 1),  # until the last article is searchable
        "articles_per_s": round(written / seconds) if written else None,
        "stored_per_s": round(written / stored_seconds) if written else None,
        "cpu_seconds": round(cpu, 1),  # this process and the indexer; the machine is shared
        "articles_per_cpu_s": round(written / cpu) if written else None,
    }
    if written:
        with Path(f"{db}.build.jsonl").open("a", encoding="utf-8") as log:
            log.write(json.dumps(result) + "\n")
    return result


def queries(corpus: Corpus, n: int, seed: int = 18) -> dict[str, list[list[str]]]:
    """Return n search argument lists per kind, half common words, half any vocabulary word."""
    rng = random.Random(seed)
    tokens = [w for ws in corpus.words for w in ws if any("\u0e01" <= ch <= "\u0e2e" for ch in w)]
    long = [w for w in tokens if letters(w) >= PREFIX_MIN_LETTERS]
    short = [w for w in tokens if 2 <= letters(w) < PREFIX_MIN_LETTERS]

    def pick(pool: list[str], k: int) -> list[str]:
        vocabulary = sorted(set(pool))
        return [rng.choice(pool if j % 2 else vocabulary) for j in range(k)]

    phrases = []
    while len(phrases) < n:
        ws = rng.choice(corpus.words)
        if len(ws) >= 3:
            start = rng.randrange(len(ws) - 2)
            phrases.append(['"' + "".join(ws[start : start + rng.randint(2, 3)]) + '"'])
    filters: list[list[str]] = []
    for j, word in enumerate(pick(short + long, n)):
        year = 2010 + rng.randrange(16)
        choice = [
            ["--site", rng.choice(SITES)],
            ["--since", f"{year}-01-01", "--until", f"{year}-12-31"],
            ["--site", rng.choice(SITES), "--since", f"{year}-01-01"],
        ][j % 3]
        filters.append([word, *choice])
    return {
        "single": [[w] for w in pick(short, n)],
        "compound": [[w] for w in pick(long, n)],
        "phrase": phrases,
        "filtered": filters,
    }


def letters(word: str) -> int:
    """Return the Thai consonants and vowels of a word (marks not counted), as search does."""
    return sum(1 for ch in word if unicodedata.category(ch) != "Mn")


def call(args: list[str]) -> dict[str, Any]:
    """Return keyword arguments of pipelines.search.search for CLI-style search args."""
    kwargs: dict[str, Any] = {"query": args[0]}
    rest = args[1:]
    for name, value in zip(rest[::2], rest[1::2], strict=True):
        key = name.lstrip("-")
        kwargs[key] = value if key == "site" else date.fromisoformat(value)
    return kwargs


def time_searches(db: Path, kinds: dict[str, list[list[str]]]) -> dict[str, dict[str, float]]:
    """Return median and p95 ms per query kind (limit 20, snippets included), one process."""
    store = ArticleStore(db, readonly=True)
    search(store, "ข่าว", limit=20)  # the tokenizer's dictionary and the first pages
    figures = {}
    for kind, arg_lists in kinds.items():
        times, cpu_times = [], []
        for args in arg_lists:
            start, cpu = time.perf_counter(), time.process_time()
            search(store, limit=20, **call(args))
            times.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
        figures[kind] = {
            "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(percentile(times, 0.95), 1),
            "cpu_median_ms": round(statistics.median(cpu_times), 1),  # the machine is shared
            "cpu_p95_ms": round(percentile(cpu_times, 0.95), 1),
            "max_ms": round(max(times), 1),
            "slowest": arg_lists[times.index(max(times))],
        }
    store.close()
    return figures


def run_cli(args: list[str], stdout: Any = subprocess.DEVNULL) -> dict[str, float]:
    """Run `python -m crawler ARGS`; return its wall seconds and peak RSS in MB."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler", *args],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    error = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode:
        raise SystemExit(f"python -m crawler {' '.join(args)}: exit {proc.returncode}\n{error}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def measure(
    db: Path, n: int, corpus: Corpus, cli_searches: int, formats: list[str]
) -> dict[str, Any]:
    """Return the database's figures: size, store rate, searches, export, stats."""
    store = ArticleStore(db, readonly=True)
    count = store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    store.close()
    log = Path(f"{db}.build.jsonl")
    builds = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    kinds = queries(corpus, n)
    result: dict[str, Any] = {
        "articles": count,
        "db_mb": round(
            sum(
                p.stat().st_size
                for p in db.parent.glob(db.name + "*")
                if not p.name.endswith(".jsonl")
            )
            / 1e6
        ),
        "builds": builds,
        "search": time_searches(db, kinds),
    }
    cli = []
    for arg_lists in kinds.values():
        for args in arg_lists[:cli_searches]:
            cli.append(run_cli(["search", *args, "--db", str(db), "--json"]))
    result["search_cli"] = {
        "runs": len(cli),
        "median_s": round(statistics.median(r["seconds"] for r in cli), 2),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in cli),
    }
    with tempfile.TemporaryDirectory(prefix="khaosan-million-") as tmp:
        for fmt in formats:
            out = Path(tmp) / f"export.{fmt}"
            run = run_cli(["export", "--db", str(db), "--format", fmt, "--output", str(out)])
            run["rows_per_s"] = round(count / run["seconds"])
            run["mb"] = round(out.stat().st_size / 1e6)
            result[f"export_{fmt}"] = run
            out.unlink()
    result["stats_cli"] = run_cli(["stats", "--db", str(db)])
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stop(signum: int, frame: Any) -> None:
    """Stop a build on SIGTERM as on Ctrl-C: the open batch rolls back, the rest stays."""
    raise KeyboardInterrupt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("build", "measure"))
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="database file")
    parser.add_argument("--articles", type=int, default=1_000_000, help="build: articles")
    parser.add_argument("--batch", type=int, default=500, help="build: upserts per transaction")
    parser.add_argument(
        "--indexer",
        choices=("process", "inline"),
        default="process",
        help="build: index in a process beside the writer (as a crawl does) or inline",
    )
    parser.add_argument("--queries", type=int, default=40, help="measure: queries per kind")
    parser.add_argument(
        "--cli-searches",
        type=int,
        default=3,
        help="measure: `khaosan search` subprocesses per kind (for peak RSS)",
    )
    parser.add_argument("--formats", default="jsonl,csv", help="measure: export formats")
    parser.add_argument("--corpus", type=Path, help="directory of Thai .txt files")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    path = args.corpus or next((p for p in CORPUS_CANDIDATES if p.is_dir()), None)
    if path is None:
        raise SystemExit("corpus not found; pass --corpus DIR")
    corpus = Corpus(path)
    if args.command == "build":
        signal.signal(signal.SIGTERM, stop)
        result = build(args.db, args.articles, args.batch, corpus, args.indexer)
    else:
        formats = [f for f in args.formats.split(",") if f]
        result = measure(args.db, args.queries, corpus, args.cli_searches, formats)
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
