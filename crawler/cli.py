"""The `khaosan` command: crawl, backfill, extract, sites, demo and the database commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from crawler import __version__
from crawler.cli_common import CliError, db_option, open_store_or_fail

CMS_HELP = "CMS family of the pages (k2, ...); see `khaosan sites --families`."


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khaosan")
def cli() -> None:
    """Crawl Thai government news into a clean SQLite database.

    Example: khaosan demo
    """


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
            click.option("--log-level", default="INFO", show_default=True),
            click.option(  # distributed mode, docs/distributed.md
                "--sink",
                metavar="REDIS_URL",
                help="Send records to Redis for `khaosan writer` instead of --db.",
            ),
        ]
    ):
        func = option(func)
    return func


@cli.command()
@click.argument("sites", nargs=-1)
@click.option("--all", "all_sites", is_flag=True, help="Crawl every site whose policy allows it.")
@db_option
@_crawl_options
def crawl(sites: tuple[str, ...], all_sites: bool, db: str, **options: Any) -> None:
    """Crawl sites incrementally: new articles, plus edits on the newest listing pages.

    Example: khaosan crawl industry_go_th --db data/khaosan.db
    """
    from crawler.run import run_crawl

    targets = _targets(sites, all_sites, options)
    if options["sink"]:  # distributed mode: records go to Redis, the writer stores them
        sys.exit(cli_dist.sink_crawl(targets, mode="crawl", **options))
    sys.exit(run_crawl(targets, db=db, mode="crawl", **options))


@cli.command()
@click.argument("site")
@db_option
@_crawl_options
@click.option("--restart", is_flag=True, help="Forget the saved progress and start over.")
def backfill(site: str, db: str, restart: bool, **options: Any) -> None:
    """Walk a site's whole listing archive (or --since/--until); resumable after a stop.

    Example: khaosan backfill industry_go_th --since 2561-01-01 --until 2561-12-31
    """
    from crawler.run import run_crawl

    targets = _targets((site,), False, options)
    if options["sink"]:  # distributed mode: records go to Redis, the writer stores them
        sys.exit(cli_dist.sink_crawl(targets, mode="backfill", restart=restart, **options))
    sys.exit(run_crawl(targets, db=db, mode="backfill", restart=restart, **options))


def _targets(sites: tuple[str, ...], all_sites: bool, options: dict[str, Any]) -> list[Any]:
    """Resolve site keys (or --cms/--start-url) into spider classes, failing clearly."""
    from crawler.registry import UnknownSite, crawlable_sites, family_spider, site_spider

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
        raise CliError("name at least one site (see `khaosan sites`), or use --all")
    try:
        return [site_spider(key) for key in sites]
    except UnknownSite as error:
        raise CliError(str(error)) from None


@cli.command()
@click.argument("target")
@click.option("--cms", default="k2", show_default=True, help=CMS_HELP)
@click.option("--url", help="The page's URL (for a file): resolves links, names the record.")
def extract(target: str, cms: str, url: str | None) -> None:
    """Print one page's article record as JSON (a file is read as raw bytes).

    Example: khaosan extract tests/fixtures/industry_go_th/article_seed.html --cms k2
    """
    from crawler.extract import ExtractError, extract_file, extract_url

    try:
        if target.startswith(("http://", "https://")):
            record = extract_url(target, cms=cms)
        else:
            record = extract_file(Path(target), cms=cms, url=url)
    except ExtractError as error:
        raise CliError(str(error)) from None
    click.echo(json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True))


@cli.command()
@click.option("--families", is_flag=True, help="List the CMS families instead.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def sites(families: bool, as_json: bool) -> None:
    """List the known sites: key, ministry, CMS family, policy and start URL.

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
    for row in rows:
        click.echo(
            "\t".join(
                str(row.get(k) or "") for k in ("key", "ministry", "cms", "policy", "start_url")
            )
        )


@cli.command()
@click.option(
    "--articles",
    default=50,
    show_default=True,
    type=click.IntRange(10, 100_000),
    help="How many articles the replica site serves.",
)
@db_option
def demo(articles: int, db: str) -> None:
    """Start the bundled replica of industry.go.th, crawl it into the database, show the result.

    Example: khaosan demo --articles 100
    """
    from crawler.demo import run_demo

    open_store_or_fail(db).close()
    sys.exit(run_demo(articles=articles, db=db, echo=click.echo))


# Command groups that live in their own modules (imported last: they use cli_common only).
from crawler import cli_check, cli_db, cli_dist, cli_ops  # noqa: E402

for _command in (*cli_db.COMMANDS, *cli_ops.COMMANDS, *cli_check.COMMANDS, *cli_dist.COMMANDS):
    cli.add_command(_command)
