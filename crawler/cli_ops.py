"""Operations commands: `khaosan health` (is each site still crawling well?)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from crawler.cli_common import db_option, open_store_or_fail


@click.command()
@db_option
@click.option("--site", "sites", multiple=True, help="Only this site (repeatable).")
@click.option(
    "--runs",
    default=5,
    show_default=True,
    type=click.IntRange(1, 1000),
    help="How many recent runs to list per site.",
)
@click.option(
    "--max-missing",
    type=click.FloatRange(0, 1),
    default=None,
    help="Share of articles allowed to miss a field [default: KHAOSAN_HEALTH_MAX_MISSING].",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per site.")
def health(
    db: str, sites: tuple[str, ...], runs: int, max_missing: float | None, as_json: bool
) -> None:
    """Show each site's last runs, new articles and field coverage; exit 3 if a site looks broken.

    A site looks broken when its last finished run exited 3, or when fewer than
    1 - max-missing of the articles that run saw have a title, a date and a body.

    Exit status: 0 every site worked; 1 a site's last run could not work; 2 usage error;
    3 a site looks broken (layout changed?).

    Example: khaosan health --db data/khaosan.db
    """
    from pipelines.run_report import EXIT_MEANING, site_verdict, stored_coverage

    if max_missing is None:
        from crawler import settings as defaults

        max_missing = float(getattr(defaults, "KHAOSAN_HEALTH_MAX_MISSING", 0.5))
    store = open_store_or_fail(db, readonly=True)
    try:
        names = list(sites) or [row["site"] for row in _sites_with_runs(store)]
        reports = []
        for site in names:
            recent = store.last_runs(site, limit=runs)
            finished = next((r for r in recent if r.get("finished_at")), None)
            seen, coverage = stored_coverage(store, finished) if finished else (0, {})
            verdict = site_verdict(finished, coverage, max_missing)
            reports.append(
                {
                    "site": site,
                    "status": verdict,
                    "meaning": EXIT_MEANING[verdict],
                    "articles_seen_last_run": seen,
                    "coverage": coverage,
                    "runs": [_run_fields(r) for r in recent],
                }
            )
    finally:
        store.close()
    for report in reports:
        if as_json:
            click.echo(json.dumps(report, ensure_ascii=False))
        else:
            _echo_report(report)
    broken = [r["site"] for r in reports if r["status"] == 3]
    failing = [r["site"] for r in reports if r["status"] == 1]
    if broken:
        click.echo(
            f"broken: {', '.join(broken)} (layout changed? see the coverage above)", err=True
        )
        sys.exit(3)
    if failing:
        click.echo(f"could not crawl: {', '.join(failing)}", err=True)
        sys.exit(1)
    if not reports:
        click.echo("no runs recorded yet", err=True)


def _sites_with_runs(store: Any) -> list[dict[str, Any]]:
    """Return one row per site that has runs, from the newest runs."""
    seen: dict[str, dict[str, Any]] = {}
    for run in store.last_runs(limit=100_000):
        seen.setdefault(run["site"], run)
    return [seen[site] for site in sorted(seen)]


def _run_fields(run: dict[str, Any]) -> dict[str, Any]:
    keep = (
        "id",
        "mode",
        "started_at",
        "finished_at",
        "pages_fetched",
        "articles_new",
        "articles_updated",
        "failures",
        "exit_status",
    )
    return {name: run.get(name) for name in keep}


def _echo_report(report: dict[str, Any]) -> None:
    coverage = report["coverage"]
    shares = ", ".join(f"{f} {s:.0%}" for f, s in coverage.items()) or "no articles seen"
    click.echo(
        f"{report['site']}: {report['meaning']} (status {report['status']}); "
        f"last run saw {report['articles_seen_last_run']} articles: {shares}"
    )
    for run in report["runs"]:
        state = run["exit_status"] if run["finished_at"] else "unfinished"
        click.echo(
            f"  run {run['id']} {run['mode']} {run['started_at']}: "
            f"{run['articles_new'] or 0} new, {run['articles_updated'] or 0} updated, "
            f"{run['pages_fetched'] or 0} pages, {run['failures'] or 0} failures, "
            f"exit {state}"
        )


COMMANDS = [health]
