"""The `khaosan` command: crawl, backfill, extract, sites, demo and the database commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from crawler import __version__
from crawler.cli_common import CliError, KhaosanGroup, RunError, db_option
from crawler.demo import DEMO_DB

CMS_HELP = "CMS family of the pages (k2, ...); see `khaosan sites --families`."
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


@click.group(cls=KhaosanGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khaosan")
def cli() -> None:
    """Crawl Thai government news into a clean SQLite database.

    Exit status: 0 done; 1 could not work (site unreachable, database or output not writable);
    2 usage error; 3 a site's layout looks changed (crawl, backfill, check, health);
    130 interrupted by Ctrl-C (what was done is saved).

    Example: khaosan demo
    """


def _log_level(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Accept a logging level name in any case; anything else is a one-line usage error."""
    if value is None:
        return None
    if value.upper() not in LOG_LEVELS:
        raise CliError(f"--log-level {value!r}: use one of {', '.join(LOG_LEVELS)}")
    return value.upper()


def _crawl_options(func: Any) -> Any:
    for option in reversed(
        [
            click.option("--base-url", help="Point the site spider at another host (a replica)."),
            click.option("--cms", help=CMS_HELP),
            click.option("--start-url", help="Listing or feed URL to crawl with --cms."),
            click.option("--since", help="Skip articles listed before this date (ISO or BE)."),
            click.option("--until", help="Skip articles listed after this date (ISO or BE)."),
            click.option(
                "-s",
                "--set",
                "overrides",
                multiple=True,
                metavar="NAME=VALUE",
                help="Override a Scrapy or KHAOSAN_* setting.",
            ),
            click.option(
                "-v",
                "--verbose",
                count=True,
                help="Show Scrapy's log: -v at INFO, -vv at DEBUG (default: warnings only).",
            ),
            click.option(
                "--log-level",
                callback=_log_level,
                metavar="LEVEL",
                help=f"Log level: {', '.join(LOG_LEVELS)} [default: WARNING].",
            ),
            click.option(  # distributed mode, docs/distributed.md
                "--sink",
                metavar="REDIS_URL",
                help="Send records to Redis for `khaosan writer` instead of --db.",
            ),
        ]
    ):
        func = option(func)
    return func


def _level(options: dict[str, Any]) -> str:
    """Return the log level: --log-level if given, else from -v (quiet by default)."""
    verbose = options.pop("verbose", 0)
    level = options.pop("log_level", None)
    return level or ("WARNING", "INFO", "DEBUG")[min(verbose, 2)]


def _run(targets: list[Any], db: str, mode: str, **options: Any) -> None:
    """Run the crawl, print each run's summary last, exit with the run's status."""
    from crawler.run import run_crawl

    if options.get("sink"):  # distributed mode: records go to Redis, the writer stores them
        result = cli_dist.sink_crawl(targets, mode=mode, log_level=_level(options), **options)
    else:
        result = run_crawl(targets, db=db, mode=mode, log_level=_level(options), **options)
    for summary in result.summaries:
        click.echo(summary, err=True)
    sys.exit(result.status)


@cli.command()
@click.argument("sites", nargs=-1)
@click.option("--all", "all_sites", is_flag=True, help="Crawl every site whose policy allows it.")
@db_option
@_crawl_options
def crawl(sites: tuple[str, ...], all_sites: bool, db: str, **options: Any) -> None:
    """Crawl sites incrementally: new articles, plus edits on the newest listing pages.

    Quiet by default: warnings, a progress line on a terminal, then the run's summary as the
    last line (on stderr). -v shows Scrapy's log.

    Exit status: 0 done; 1 could not work (unreachable, robots.txt forbids it, every page
    failed, database not writable); 2 usage error; 3 site looks broken (titles, dates or bodies
    missing); 130 interrupted by Ctrl-C (what was fetched is saved).

    Example: khaosan crawl industry_go_th --db data/khaosan.db
    """
    targets = _targets(sites, all_sites, options)
    _run(targets, db, "crawl", **options)


@cli.command()
@click.argument("site", required=False)
@db_option
@_crawl_options
@click.option("--restart", is_flag=True, help="Forget the saved progress and start over.")
def backfill(site: str | None, db: str, restart: bool, **options: Any) -> None:
    """Walk a site's whole listing archive (or --since/--until); resumable after a stop.

    SITE is a registry key; or give --cms and --start-url for any site of a known CMS family.

    Exit status: 0 done; 1 could not work (unreachable, robots.txt forbids it, every page
    failed, database not writable); 2 usage error; 3 site looks broken (titles, dates or bodies
    missing); 130 interrupted by Ctrl-C (progress is saved: run the same command to continue).

    Example: khaosan backfill industry_go_th --since 2561-01-01 --until 2561-12-31
    """
    targets = _targets((site,) if site else (), False, options)
    _run(targets, db, "backfill", restart=restart, **options)


def _targets(sites: tuple[str, ...], all_sites: bool, options: dict[str, Any]) -> list[Any]:
    """Resolve site keys (or --cms/--start-url) into site crawls, failing clearly."""
    from crawler.registry import UnknownSite
    from crawler.spiders.site import crawlable_sites, family_spider, site_spider

    if options.get("cms") or options.get("start_url"):
        if not (options.get("cms") and options.get("start_url")):
            raise CliError("--cms and --start-url go together")
        if sites or all_sites:
            raise CliError("give either site keys or --cms/--start-url, not both")
        try:
            return [family_spider(options["cms"], options["start_url"])]
        except (UnknownSite, ValueError) as error:
            raise CliError(str(error)) from None
    if all_sites:
        if sites:
            raise CliError("give either site keys or --all, not both")
        return crawlable_sites()
    if not sites:
        raise CliError("name a site (see `khaosan sites`), --all, or --cms with --start-url")
    try:
        return [site_spider(key) for key in sites]
    except UnknownSite as error:
        raise CliError(str(error)) from None


@cli.command()
@click.argument("target")
@click.option("--cms", default="k2", show_default=True, help=CMS_HELP)
@click.option("--url", help="The page's URL (for a file): resolves links, names the record.")
@click.option(
    "--write-fixture",
    "quirk",
    metavar="QUIRK",
    help="Save the page and its record as tests/fixtures/<site>/article_QUIRK.html + .json.",
)
@click.option("--site", help="Registry site key (its family and key; the fixture folder).")
@click.option(
    "--fixtures",
    default="tests/fixtures",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder the fixture pair goes in.",
)
def extract(
    target: str, cms: str, url: str | None, quirk: str | None, site: str | None, fixtures: Path
) -> None:
    """Print one page's article record as JSON (a file is read as raw bytes).

    TARGET is a saved page or an http(s) URL; pages larger than a crawl accepts
    (KHAOSAN_ARTICLE_MAXSIZE) are refused. An article split over pages, given by URL, gets
    its later pages fetched and joined, as a crawl stores it.

    Exit status: 0 done; 1 could not work (page unreadable, empty, binary, too large, or no
    article in it); 2 usage error (no such file, not an http(s) URL).

    Example: khaosan extract tests/fixtures/industry_go_th/article_seed.html --cms k2
    """
    from crawler.extract import (
        ExtractError,
        NoArticle,
        check_target,
        extract_bytes,
        fetch_url,
        read_page,
        with_article,
        write_fixture,
    )

    try:
        kind = check_target(target)
    except ExtractError as error:
        raise CliError(str(error)) from None
    try:
        if kind == "url":
            body, content_type, page_url = fetch_url(target)
        else:
            body, content_type = read_page(Path(target)), None
            page_url = url or Path(target).resolve().as_uri()
        if quirk:
            try:
                page, _ = write_fixture(
                    body,
                    url=page_url,
                    cms=cms,
                    site=site,
                    content_type=content_type,
                    quirk=quirk,
                    fixtures=fixtures,
                )
            except ExtractError as error:  # a bad quirk name, a fixture already there
                raise CliError(str(error)) from None
            click.echo(f"wrote {page} and {page.with_suffix('.json').name}", err=True)
        record = with_article(
            extract_bytes(
                body,
                url=page_url,
                cms=cms,
                site=site,
                content_type=content_type,
                fetch=fetch_url if kind == "url" else None,
            )
        )
    except FileNotFoundError as error:
        raise CliError(str(error)) from None
    except NoArticle as error:
        click.echo(json.dumps(error.record, ensure_ascii=False, indent=2, sort_keys=True))
        raise RunError(str(error)) from None
    except ExtractError as error:
        raise RunError(str(error)) from None
    click.echo(json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True))


SITE_COLUMNS = ("key", "name", "cms", "policy", "start_url")


@cli.command()
@click.option("--families", is_flag=True, help="List the CMS families instead.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def sites(families: bool, as_json: bool) -> None:
    """List the known sites: key, the site's name, CMS family, policy and start URL.

    Tab-separated with a header line (--json for every field).

    Exit status: 0 done; 2 usage error.

    Example: khaosan sites
    """
    from crawler.registry import FAMILIES, site_rows

    if families:
        for name in sorted(FAMILIES):
            click.echo(name)
        return
    rows = site_rows()
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    click.echo("\t".join(SITE_COLUMNS))
    for row in rows:
        click.echo("\t".join(str(row.get(k) or "") for k in SITE_COLUMNS))


@cli.command()
@click.option(
    "--articles",
    default=50,
    show_default=True,
    type=click.IntRange(10, 100_000),
    help="How many articles the replica site serves.",
)
@click.option(
    "--db",
    default=DEMO_DB,
    show_default=True,
    help="SQLite database file (the demo keeps its own, apart from data/khaosan.db).",
)
def demo(articles: int, db: str) -> None:
    """Start the bundled replica of industry.go.th, crawl it into the database, show the result.

    The replica's articles are stored under a fixed address, not its port, so running the demo
    again updates the same rows.

    Exit status: 0 done; 1 could not work (database not writable); 2 usage error;
    3 the crawl found the replica's layout broken; 130 interrupted by Ctrl-C.

    Example: khaosan demo --articles 100
    """
    from crawler.cli_common import check_writable, open_store_or_fail
    from crawler.demo import run_demo

    store = open_store_or_fail(db)
    try:
        check_writable(store)
    finally:
        store.close()
    sys.exit(run_demo(articles=articles, db=db, echo=click.echo))


# Command groups that live in their own modules (imported last: they use cli_common only).
from crawler import cli_check, cli_db, cli_dist, cli_ops  # noqa: E402

for _command in (*cli_db.COMMANDS, *cli_ops.COMMANDS, *cli_check.COMMANDS, *cli_dist.COMMANDS):
    cli.add_command(_command)
