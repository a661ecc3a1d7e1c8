"""Red-team bench: crawl each blind-built test site (tests/redteam/) with its CMS family and
with --cms generic, and score the records in SQLite against the site's expected.json.

    python bench/redteam.py [--sites a,b] [--verbose] [--json out.json] [--keep DIR]
    python bench/redteam.py --heldout [...]     # the held-out sites (HELDOUT_MODULES) instead
    python bench/redteam.py --blind3 [...]      # the third blind round (BLIND3_MODULES) instead
    python bench/redteam.py --blind4 [...]      # the fourth blind round (BLIND4_MODULES) instead
    python bench/redteam.py --blind5 [...]      # the fifth blind round (BLIND5_MODULES) instead
    python bench/redteam.py --blind6 [...]      # the sixth blind round (BLIND6_MODULES) instead
    python bench/redteam.py --blind7 [...]      # the seventh blind round (BLIND7_MODULES) instead
    python bench/redteam.py --blind8 [...]      # the eighth blind round (BLIND8_MODULES) instead
    python bench/redteam.py --blind9 [...]      # the ninth blind round (BLIND9_MODULES) instead
    python bench/redteam.py --blind10 [...]     # the tenth blind round (BLIND10_MODULES) instead
    python bench/redteam.py --blind11 [...]     # the eleventh blind round (BLIND11_MODULES) instead
    python bench/redteam.py --blindN [...]      # any later round (BLIND_ROUNDS in tests/redteam)

An article is "fully right" when title, published_at, source, view_count and modified_at
equal the expected values, every body_must phrase is in the body and no body_must_not phrase
is.  Extra records are stored rows that are not expected articles (the deleted item, listing
pages stored as articles, ...).  Each crawl is a real subprocess:
`python -m crawler crawl --cms FAMILY --start-url LISTING --db TMP --log-level WARNING`
with PYTHONPATH set to the checkout root.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.redteam import (  # noqa: E402
    BLIND_ROUNDS,
    HELDOUT_MODULES,
    SITES,
    load_sites,
    serve,
)
from tests.redteam._common import HERE  # noqa: E402

FIELDS = ["title", "published_at", "modified_at", "view_count", "source"]


def norm_text(s: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", s or "").split())


def path_key(url: str) -> str:
    """Path plus query, decoded, with the query parameters in sorted order: a crawler that
    canonicalises URLs (Scrapy sorts query arguments) stores `?Itemid=1&id=2&option=x` for the
    printed `?option=x&id=2&Itemid=1`, and that is the same page."""
    p = urlsplit(url)
    path = unquote(p.path).rstrip("/") or "/"
    if not p.query:
        return path
    pairs = sorted(parse_qsl(p.query, keep_blank_values=True))
    return path + "?" + "&".join(f"{k}={v}" for k, v in pairs)


def crawl(family: str, start_url: str, db: Path, timeout: int) -> tuple[int, float, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("KHAOSAN_DB", None)
    t0 = time.monotonic()
    try:
        p = subprocess.run(
            [
                sys.executable,
                "-m",
                "crawler",
                "crawl",
                "--cms",
                family,
                "--start-url",
                start_url,
                "--db",
                str(db),
                "--log-level",
                "WARNING",
            ],
            cwd=str(ROOT),
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        rc, tail = p.returncode, (p.stdout + p.stderr).strip().splitlines()[-1:]
    except subprocess.TimeoutExpired:
        rc, tail = -9, ["timeout"]
    return rc, time.monotonic() - t0, " ".join(tail)


def score(expected: dict, db: Path, verbose: bool = False) -> dict:
    rows = []
    if db.exists():
        con = sqlite3.connect(db)
        con.row_factory = sqlite3.Row
        try:
            rows = [dict(r) for r in con.execute("SELECT * FROM articles")]
        except sqlite3.OperationalError:
            rows = []
        con.close()
    by_path, by_bare = {}, {}
    for r in rows:
        by_path.setdefault(path_key(r["url"]), r)
        by_bare.setdefault(path_key(r["url"]).split("?", 1)[0], []).append(r)
    errors = {f: 0 for f in FIELDS + ["body_must", "body_must_not", "missing", "tags"]}
    right = 0
    used = set()
    details = []
    for exp in expected["articles"]:
        key = path_key(exp["url"])
        r = by_path.get(key)
        if r is None:
            # the crawler may canonicalise away a tracking parameter (K2's ?rss_id=): accept
            # the bare path when exactly one stored row has it
            cands = by_bare.get(key.split("?", 1)[0], [])
            if len(cands) == 1:
                r = cands[0]
                key = path_key(r["url"])
        if r is None:
            errors["missing"] += 1
            details.append((exp["url"], ["missing"]))
            continue
        used.add(key)
        bad = []
        for f in FIELDS:
            got = r.get(f)
            want = exp[f]
            if f in ("title", "source"):
                ok = norm_text(got) == norm_text(want) if want is not None else got in (None, "")
            else:
                ok = got == want
            if not ok:
                errors[f] += 1
                bad.append(f"{f}: got {got!r} want {want!r}")
        try:
            got_tags = sorted(norm_text(t) for t in json.loads(r.get("tags") or "[]"))
        except (TypeError, ValueError):
            got_tags = []
        if got_tags != sorted(norm_text(t) for t in exp.get("tags", [])):
            errors["tags"] += 1  # informational: not part of "fully right"
        body = norm_text(r.get("body"))
        miss = [m for m in exp["body_must"] if norm_text(m) not in body]
        leak = [m for m in exp["body_must_not"] if norm_text(m) in body]
        if miss:
            errors["body_must"] += 1
            bad.append(f"body_must missing {miss}")
        if leak:
            errors["body_must_not"] += 1
            bad.append(f"body has furniture {leak}")
        if not bad:
            right += 1
        details.append((exp["url"], bad))
    extra = [r["url"] for k, r in by_path.items() if k not in used]
    n = len(expected["articles"])
    return {
        "expected": n,
        "stored": len(rows),
        "right": right,
        "right_pct": 100.0 * right / n if n else 0.0,
        "errors": errors,
        "extra": len(extra),
        "extra_urls": extra,
        "details": [(u, b) for u, b in details if b] if verbose else None,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", help="comma-separated site keys (default: all)")
    ap.add_argument("--verbose", action="store_true", help="print each wrong article")
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--keep", help="keep the SQLite files in this directory")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument(
        "--family", help="crawl every site with this family only (e.g. the one detection chose)"
    )
    rounds = {"heldout": HELDOUT_MODULES, **{f"blind{n}": m for n, m in BLIND_ROUNDS.items()}}
    for name, modules in rounds.items():
        ap.add_argument(
            f"--{name}",
            action="store_true",
            help=f"score that round's {len(modules)} sites instead of the first round's",
        )
    args = ap.parse_args(argv)
    chosen = [name for name in rounds if getattr(args, name)]
    if len(chosen) > 1:
        ap.error(f"{', '.join('--' + name for name in rounds)} are separate sets: pick one")
    sites = load_sites(rounds[chosen[0]]) if chosen else SITES
    if args.sites:
        want = set(args.sites.split(","))
        sites = [s for s in sites if s.key in want]
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="redteam-"))
    tmp.mkdir(parents=True, exist_ok=True)
    results = []
    for site in sites:
        expected = json.loads((HERE / site.key / "expected.json").read_text(encoding="utf-8"))
        families = [site.family] + (["generic"] if site.family != "generic" else [])
        if args.family:
            families = [args.family]
        with serve(site) as base:
            for fam in families:
                db = tmp / f"{site.key}-{fam}.db"
                for suffix in ("", "-wal", "-shm"):
                    Path(str(db) + suffix).unlink(missing_ok=True)
                rc, secs, tail = crawl(fam, base + site.listing_path, db, args.timeout)
                res = score(expected, db, args.verbose)
                res.update(site=site.key, family=fam, rc=rc, seconds=round(secs, 1), summary=tail)
                results.append(res)
                print(
                    f"  {site.key:16} {fam:9} exit {rc} in {secs:4.1f}s: "
                    f"{res['right']}/{res['expected']} fully right",
                    file=sys.stderr,
                    flush=True,
                )
                if args.verbose:
                    for url, bad in res["details"]:
                        print(f"      {url}: " + "; ".join(bad)[:400], file=sys.stderr)
                    for url in res["extra_urls"]:
                        print(f"      EXTRA {url}", file=sys.stderr)
    cols = [
        "site",
        "family",
        "exit",
        "expected",
        "stored",
        "fully right",
        "title",
        "published",
        "modified",
        "views",
        "source",
        "body miss",
        "furniture",
        "missing",
        "extra",
        "tags*",
    ]
    table = []
    for r in results:
        e = r["errors"]
        table.append(
            [
                r["site"],
                r["family"],
                str(r["rc"]),
                str(r["expected"]),
                str(r["stored"]),
                f"{r['right_pct']:.0f}% ({r['right']})",
                str(e["title"]),
                str(e["published_at"]),
                str(e["modified_at"]),
                str(e["view_count"]),
                str(e["source"]),
                str(e["body_must"]),
                str(e["body_must_not"]),
                str(e["missing"]),
                str(r["extra"]),
                str(e["tags"]),
            ]
        )
    for fam_kind in ("family", "generic"):
        sel = [r for r in results if (r["family"] == "generic") == (fam_kind == "generic")]
        if not sel:
            continue
        exp = sum(r["expected"] for r in sel)
        ok = sum(r["right"] for r in sel)
        table.append(
            [
                f"TOTAL ({fam_kind})",
                "",
                "",
                str(exp),
                str(sum(r["stored"] for r in sel)),
                f"{100.0 * ok / exp:.0f}% ({ok})",
            ]
            + [
                str(sum(r["errors"][k] for r in sel))
                for k in (
                    "title",
                    "published_at",
                    "modified_at",
                    "view_count",
                    "source",
                    "body_must",
                    "body_must_not",
                    "missing",
                )
            ]
            + [str(sum(r["extra"] for r in sel)), str(sum(r["errors"]["tags"] for r in sel))]
        )
    widths = [max(len(c), *(len(row[i]) for row in table)) for i, c in enumerate(cols)]
    line = "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths, strict=False)) + " |"
    print(line)
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for row in table:
        cells = (c.ljust(w) for c, w in zip(row, widths, strict=False))
        print("| " + " | ".join(cells) + " |")
    print(
        "\nfield columns count articles with that field wrong; "
        "'body miss' = a body_must phrase absent, "
        "'furniture' = a body_must_not phrase present; 'missing' = expected article not stored; "
        "'extra' = stored rows that are not expected articles (e.g. the deleted item); "
        "tags* = tag list differs (informational, not part of 'fully right')."
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
