"""Thai word segmenters for the search index: speed, memory and tokens, in one run.

Run: python bench/segmenter.py [--repeat 3]

Each engine the machine has (ICU's word break through PyICU, nlpo3's newmm) segments the corpus
texts in a fresh process: characters per second (median of --repeat passes), the RSS the engine
adds once loaded, and how many tokens it makes. Every engine must give back the text exactly
when its tokens are joined. Ratios are against nlpo3, the engine before ICU, measured here too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "crawler" / "replica" / "corpus" / "texts"

# Runs in a child process per engine, so each RSS is the engine's own.
CHILD = r"""
import json, resource, statistics, sys, time, unicodedata
from pathlib import Path

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

engine, corpus, repeat, root = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
paths = sorted(corpus.glob("*.txt"))
texts = [unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in paths]
chars = sum(map(len, texts))
before = rss_mb()
sys.path.insert(0, root)
from pipelines.search import _icu_tokens, _nlpo3_segment  # the index's own calls
segment = _icu_tokens if engine == "icu" else _nlpo3_segment()
segment("ทดสอบ")
loaded = rss_mb()
times = []
for _ in range(repeat):
    t = time.perf_counter()
    tokens = [segment(text) for text in texts]
    times.append(time.perf_counter() - t)
assert all("".join(t) == text for t, text in zip(tokens, texts)), "text not given back"
print(json.dumps({"engine": engine, "chars_per_s": chars / statistics.median(times),
                  "rss_added_mb": loaded - before, "tokens": sum(map(len, tokens))}))
"""


def available(module: str) -> bool:
    """Tell whether *module* can be imported here."""
    from importlib.util import find_spec

    return find_spec(module) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    engines = [name for name, module in (("nlpo3", "nlpo3"), ("icu", "icu")) if available(module)]
    results = {}
    for engine in engines:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, engine, str(args.corpus), str(args.repeat), str(ROOT)],
            capture_output=True,
            text=True,
            check=True,
        )
        results[engine] = json.loads(out.stdout)
    base = results.get("nlpo3")
    print("| engine | chars/s (median) | RSS added MB | tokens | vs nlpo3 |")
    print("| --- | ---: | ---: | ---: | --- |")
    for engine, r in results.items():
        ratio = ""
        if base and engine != "nlpo3":
            ratio = (
                f"speed x{r['chars_per_s'] / base['chars_per_s']:.2f}, "
                f"memory x{r['rss_added_mb'] / base['rss_added_mb']:.2f}"
            )
        print(
            f"| {engine} | {r['chars_per_s'] / 1e6:.2f} M | {r['rss_added_mb']:.1f} | "
            f"{r['tokens']:,} | {ratio} |"
        )


if __name__ == "__main__":
    main()
