"""Score pipelines.generic against trafilatura on the article-extraction-benchmark (181 pages).

Run: python bench/extract_generic_aeb.py [--limit N] [--no-trafilatura] [--show-worst N]

Two scores per extractor, both averaged over pages:
- tokens: bag of whitespace-split tokens, per-page precision/recall, F1 of the averages
  (what issue 4 asks);
- shingles: the benchmark's own scoring (word tokens ``\\w+``, 4-token shingles, per-page
  P/R averaged, F1 of the averages; see the corpus README).
Also the median milliseconds per page, and the ratio of ours to trafilatura's.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.generic import extract_generic  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/article-extraction-benchmark"
WORD_RE = re.compile(r"\w+")


def _pr(pred: Counter[object], truth: Counter[object]) -> tuple[float | None, float | None]:
    tp = sum((pred & truth).values())
    fp = sum(pred.values()) - tp
    fn = sum(truth.values()) - tp
    precision = tp / (tp + fp) if pred else None
    recall = tp / (tp + fn) if truth else None
    if not pred and not truth:
        return 1.0, 1.0
    return precision, recall


def _shingles(text: str, n: int = 4) -> Counter[object]:
    tokens = WORD_RE.findall(text)
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(pairs: list[tuple[float | None, float | None]]) -> tuple[float, float, float]:
    ps = [p for p, _ in pairs if p is not None]
    rs = [r for _, r in pairs if r is not None]
    p = statistics.fmean(ps) if ps else 0.0
    r = statistics.fmean(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(texts: dict[str, str], truth: dict[str, str]) -> dict[str, tuple[float, float, float]]:
    """Return {"tokens": (P, R, F1), "shingles": (P, R, F1)} over the pages."""
    tok = [_pr(Counter(texts[k].split()), Counter(truth[k].split())) for k in truth]
    shi = [_pr(_shingles(texts[k]), _shingles(truth[k])) for k in truth]
    return {"tokens": _f1(tok), "shingles": _f1(shi)}


def run(
    name: str, fn: Callable[[str, str], str], pages: dict[str, tuple[str, str]]
) -> tuple[dict[str, str], float]:
    """Extract every page with ``fn``; return texts and the median ms per page."""
    texts: dict[str, str] = {}
    times: list[float] = []
    for key, (html, url) in pages.items():
        start = time.perf_counter()
        texts[key] = fn(html, url) or ""
        times.append((time.perf_counter() - start) * 1000)
    return texts, statistics.median(times)


def ours(html: str, url: str) -> str:
    return extract_generic(html, url).body or ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--show-worst", type=int, default=0)
    args = parser.parse_args()
    gt = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(gt)[: args.limit or None]
    pages = {
        k: (
            gzip.decompress((CORPUS / "html" / f"{k}.html.gz").read_bytes()).decode(
                "utf-8", "replace"
            ),
            gt[k]["url"],
        )
        for k in keys
    }
    truth = {k: gt[k]["articleBody"] for k in keys}
    results = {}
    texts, ms = run("khaosan generic", ours, pages)
    results["khaosan generic"] = (score(texts, truth), ms)
    if not args.no_trafilatura:
        import trafilatura

        def traf(html: str, url: str) -> str:
            return trafilatura.extract(html, url=url) or ""

        t_texts, t_ms = run("trafilatura", traf, pages)
        results["trafilatura"] = (score(t_texts, truth), t_ms)
    print(f"pages: {len(keys)}")
    print(
        f"{'extractor':18} {'tokF1':>6} {'tokP':>6} {'tokR':>6} {'shF1':>6} {'shP':>6} "
        f"{'shR':>6} {'ms/page':>8}"
    )
    for name, (sc, ms) in results.items():
        tp, tr, tf = sc["tokens"]
        sp, sr, sf = sc["shingles"]
        print(f"{name:18} {tf:6.3f} {tp:6.3f} {tr:6.3f} {sf:6.3f} {sp:6.3f} {sr:6.3f} {ms:8.1f}")
    if "trafilatura" in results:
        ratio = results["khaosan generic"][1] / results["trafilatura"][1]
        print(f"time ratio ours/trafilatura (median ms): {ratio:.2f}")
    if args.show_worst:
        per = []
        for k in keys:
            p, r = _pr(Counter(texts[k].split()), Counter(truth[k].split()))
            f = 2 * (p or 0) * (r or 0) / (((p or 0) + (r or 0)) or 1)
            per.append((f, p, r, k))
        for f, p, r, k in sorted(per, key=lambda x: x[0])[: args.show_worst]:
            print(f"{f:.2f} P={p} R={r} {k[:12]} {gt[k]['url'][:90]}")


if __name__ == "__main__":
    main()
