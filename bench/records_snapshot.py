"""Snapshot every extracted record (gold pages, fixtures, replica crawls) to compare refactors.

    python bench/records_snapshot.py --out /tmp/before.json            # take a snapshot
    python bench/records_snapshot.py --compare /tmp/before.json        # take one, diff it
    python bench/records_snapshot.py --no-crawl --compare ...          # pages only (seconds)
    python bench/records_snapshot.py --compare bench/records_digests.json   # vs the committed

bench/records_digests.json holds the sha256 of every record: first as the tree gave it before
the layout redesign (issue 15, 200 of 200 identical after it), re-pinned with --digests-out
when a change is meant to change records (say which in the commit); tests/test_records.py
compares the records with it.

The page part runs the same entry point as `khaosan extract` on every gold page (with its own
CMS family and with the generic one) and every fixture page. The crawl part crawls each
family's replica through `python -m crawler crawl` (family rules, generic rules, feeds, REST,
sitemaps, registry sites with --base-url) and dumps the stored rows and failures, minus the
times of the run; the replica's port is written as REPLICA. Exit 1 when a compare differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "gold" / "pages"
FIXTURES = ROOT / "tests" / "fixtures"
# Columns that change from run to run (times of the run, the hash of a port-bearing record).
RUN_COLUMNS = ("first_seen_at", "last_seen_at", "failed_at", "content_hash", "id", "run_id")
# One request at a time: the generic family's walk depends on which page answers first.
SERIAL = ("-s", "CONCURRENT_REQUESTS=1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
ARTICLES = 14
PAGE_SIZE = 5


def _record(body: bytes, **kwargs: Any) -> Any:
    from crawler.extract import extract_bytes

    try:
        return extract_bytes(body, **kwargs)
    except Exception as error:  # noqa: BLE001 - a snapshot records what happened
        return f"error: {type(error).__name__}: {error}"


def page_records() -> dict[str, Any]:
    """Return the extracted record of every gold and fixture page, keyed by page and family."""
    out: dict[str, Any] = {}
    for page in sorted(GOLD.glob("*.html")):
        source = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["source"]
        body = page.read_bytes()
        for cms in dict.fromkeys([source["cms"], "generic"]):
            out[f"gold/{page.stem}/{cms}"] = _record(
                body, url=source["url"], cms=cms, content_type=source["content_type"]
            )
    pages = [*FIXTURES.glob("*/*.html"), *(ROOT / "tests" / "data" / "encoding").glob("*.html")]
    for page in sorted(pages, key=lambda p: (p.parent.name, p.name)):
        spec_path = page.with_suffix(".json")
        spec = json.loads(spec_path.read_text(encoding="utf-8")) if spec_path.exists() else {}
        source = spec.get("source") if isinstance(spec.get("source"), dict) else {}
        content_type = source.get("content_type") or spec.get("content_type")
        url = source.get("url") or f"https://www.example.go.th/{page.parent.name}/{page.stem}"
        body = page.read_bytes()
        families = [source.get("cms") or "generic"]
        if "generic" not in families:
            families.append("generic")
        for cms in families:
            key = f"fixture/{page.parent.name}/{page.stem}/{cms}"
            site = source.get("site") if cms == families[0] else None
            out[key] = _record(body, url=url, cms=cms, site=site, content_type=content_type)
        if page.parent.name == "generic":
            from pipelines.generic import extract_generic
            from pipelines.layouts.base import Page

            text = Page.from_bytes(body, content_type).text  # decoded as a crawl decodes it
            parts = asdict(extract_generic(text, url))
            parts.pop("body_root", None)  # the extractor's hand-off to the normaliser before
            parts.pop("body_html", None)  # issue 15, which now hands over the clean body
            out[f"fixture/{page.parent.name}/{page.stem}/extract_generic"] = parts
    return out


def _family_sites() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from tests.conftest import family_sites
    except ImportError:
        from conftest import family_sites  # type: ignore[no-redef]
    return family_sites(ARTICLES, PAGE_SIZE)


def _k2_site() -> Any:
    try:
        from crawler.replica.k2 import K2Site
    except ImportError:  # pragma: no cover - the replica moved
        from crawler.replica import K2Site  # type: ignore[no-redef]
    return K2Site(30)


def _crawls(server: Any, sites: dict[str, Any]) -> dict[str, list[str]]:
    runs: dict[str, list[str]] = {}
    for family, site in sites.items():
        runs[f"family-{family}"] = ["--cms", family, "--start-url", site.listing_url]
        runs[f"generic-{family}"] = ["--cms", "generic", "--start-url", site.listing_url]
    joomla, wordpress, drupal = sites["joomla"], sites["wordpress"], sites["drupal"]
    runs["feed-rss-joomla"] = [
        "--cms",
        "joomla",
        "--start-url",
        joomla.listing_url + "?format=feed&type=rss",
    ]
    runs["feed-atom-joomla"] = [
        "--cms",
        "joomla",
        "--start-url",
        joomla.listing_url + "?format=feed&type=atom",
    ]
    runs["feed-rss-wordpress"] = ["--cms", "wordpress", "--start-url", wordpress.feed_url]
    runs["rest-wordpress"] = [
        "--cms",
        "wordpress",
        "--start-url",
        wordpress.rest_url + "?per_page=5",
    ]
    runs["sitemap-wordpress"] = ["--cms", "wordpress", "--start-url", wordpress.sitemap_url]
    runs["sitemap-drupal-since"] = [
        "--cms", "drupal", "--start-url", f"{server.url}{drupal.prefix}/sitemap.xml",
        "--since", "2021-01-10",
    ]  # fmt: skip
    runs["registry-provincial"] = ["industry_go_th_ranong", "--base-url", server.url]
    return runs


def _rows(db: Path, table: str, replica: str) -> list[dict[str, Any]]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in con.execute(f"select * from {table}")]  # noqa: S608
    except sqlite3.OperationalError:
        rows = []
    finally:
        con.close()
    out = []
    for row in rows:
        for name in RUN_COLUMNS:
            row.pop(name, None)
        text = json.dumps(row, ensure_ascii=False, sort_keys=True).replace(replica, "REPLICA")
        out.append(json.loads(text))
    return sorted(out, key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))


def crawl_records(workers: int = 3) -> dict[str, Any]:
    """Crawl every replica (family, generic, feeds, REST, sitemaps, registry); return the rows."""
    try:
        from crawler.replica.server import ReplicaServer
    except ImportError:  # pragma: no cover
        from crawler.replica import ReplicaServer  # type: ignore[no-redef]

    out: dict[str, Any] = {}
    sites = _family_sites()
    with tempfile.TemporaryDirectory() as tmp:
        with ReplicaServer(list(sites.values())) as server:
            runs = _crawls(server, sites)
            runs["k2-demo-site"] = []  # on its own server below

            def crawl(name: str, args: list[str], base: str) -> tuple[str, int, str]:
                db = Path(tmp) / f"{name}.db"
                cmd = [sys.executable, "-m", "crawler", "crawl", *args, "--db", str(db)]
                proc = subprocess.run(
                    [*cmd, "--log-level", "WARNING", *SERIAL],
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    timeout=600,
                )
                return name, proc.returncode, base

            jobs = [(n, a) for n, a in runs.items() if a]
            with ThreadPoolExecutor(workers) as pool:
                results = list(pool.map(lambda job: crawl(job[0], job[1], server.url), jobs))
        with ReplicaServer(_k2_site()) as k2_server:
            results.append(
                crawl(
                    "k2-demo-site", ["industry_go_th", "--base-url", k2_server.url], k2_server.url
                )
            )
        for name, status, base in results:
            db = Path(tmp) / f"{name}.db"
            replica = base.removeprefix("http://")
            out[f"crawl/{name}"] = {
                "exit_status": status,
                "articles": _rows(db, "articles", replica),
                "failures": _rows(db, "failures", replica),
            }
    return out


def digests(snapshot: dict[str, Any]) -> dict[str, str]:
    """Return the sha256 of each record's canonical JSON (what bench/records_digests.json holds)."""
    return {
        key: hashlib.sha256(
            json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
        ).hexdigest()
        for key, value in snapshot.items()
    }


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Return one line per key whose value differs (or that one side lacks)."""
    lines = []
    for key in sorted(set(before) | set(after)):
        if key not in after:
            lines.append(f"missing after: {key}")
        elif key not in before:
            lines.append(f"new after: {key}")
        elif before[key] != after[key]:
            old, new = before[key], after[key]
            if isinstance(old, dict) and isinstance(new, dict):
                fields = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
                lines.append(f"differs: {key}: {', '.join(map(str, fields))}")
            else:
                lines.append(f"differs: {key}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the snapshot here")
    parser.add_argument("--digests-out", type=Path, help="write the records' sha256 digests here")
    parser.add_argument("--compare", type=Path, help="compare with this snapshot")
    parser.add_argument("--no-crawl", action="store_true", help="pages only, no replica crawls")
    parser.add_argument("--workers", type=int, default=3, help="crawls at once")
    args = parser.parse_args(argv)
    snapshot = page_records()
    if not args.no_crawl:
        snapshot.update(crawl_records(args.workers))
    if args.out:
        args.out.write_text(
            json.dumps(snapshot, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
        )
    if args.digests_out:
        args.digests_out.write_text(
            json.dumps(digests(snapshot), indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        if all(isinstance(v, str) and len(v) == 64 for v in before.values()):
            snapshot = digests(snapshot)  # a digest file: compare digests
        if args.no_crawl:
            before = {k: v for k, v in before.items() if not k.startswith("crawl/")}
        lines = diff(before, snapshot)
        for line in lines:
            print(line)
        print(f"{len(snapshot)} records compared: {len(lines)} differ")
        return 1 if lines else 0
    print(f"{len(snapshot)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
