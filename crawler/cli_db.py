"""The database commands: search, export, stats, index and serve (added to the `khaosan` group)."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from crawler.cli_common import CliError, RunError, db_option, open_store_or_fail

DATASETTE_DIR = Path(__file__).parent / "datasette"
METADATA_DATABASE = "khaosan"  # the database key used in the shipped metadata.json


def _date_parser() -> Callable[[str], date]:
    """Return pipelines.thai_dates.parse_iso_or_be, or an ISO/BE-ISO fallback without it."""
    try:
        from pipelines.thai_dates import parse_iso_or_be

        return parse_iso_or_be
    except ImportError:  # pragma: no cover - the dates module ships with khaosan

        def parse(text: str) -> date:
            value = date.fromisoformat(text.strip())
            return value.replace(year=value.year - 543) if value.year > 2400 else value

        return parse


class DateParam(click.ParamType):
    """A date as ISO (2018-10-03) or Buddhist era (2561-10-03)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return _date_parser()(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)


def _date_range_options(func: Any) -> Any:
    """Add --since and --until (inclusive, ISO or BE)."""
    func = click.option(
        "--until", type=DateParam(), help="Only articles published on or before this date."
    )(func)
    return click.option(
        "--since", type=DateParam(), help="Only articles published on or after this date."
    )(func)


def _open_existing(db: str) -> Any:
    """Open an existing database (migrating it if older), or fail with a one-line error."""
    path = Path(db)
    if not path.exists():
        raise CliError(f"{db}: no such database file (crawl first, or pass --db)")
    return open_store_or_fail(db)


@click.command()
@click.argument("query")
@db_option
@click.option("--site", help="Only this site key.")
@_date_range_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of text.")
def search(
    query: str,
    db: str,
    site: str | None,
    since: date | None,
    until: date | None,
    limit: int,
    as_json: bool,
) -> None:
    """Search articles in Thai (words found inside unspaced text), best matches first.

    \b
    Query syntax (at most 300 characters):
      น้ำตาล อ้อย          both words, anywhere in the title or body
      "โรงงานน้ำตาล"        an exact phrase
      น้ำตาล OR อ้อย       either word (OR in capitals)
      น้ำตาล NOT ราคา      the first word without the second (NOT in capitals)
      อุตสา*              words starting with อุตสา
    Long Thai words also match the compounds they start (น้ำตาล finds น้ำตาลทราย).
    Words found in over 5,000 articles: the newest of those, title matches first.

    Exit status: 0 done (also when nothing is found); 1 could not work (database locked or
    not writable); 2 usage error (bad query, unknown site, no such database).

    Example: khaosan search "อุตสาหกรรม" --site industry_go_th --since 2561-01-01
    """
    from pipelines.search import search as run_search
    from pipelines.store import StoreError, describe_sqlite_error

    tty = sys.stdout.isatty() and not as_json
    mark = ("\x1b[1m", "\x1b[0m") if tty else ("[", "]")
    store = _open_existing(db)
    try:
        if site:
            _check_site(store, site)
        results = run_search(
            store, query, site=site, since=since, until=until, limit=limit, mark=mark
        )
        waiting = store.queued_for_index()
    except ValueError as error:
        raise CliError(str(error)) from None
    except sqlite3.Error as error:
        raise CliError(describe_sqlite_error(Path(db), error, store.busy_timeout_ms)) from None
    except StoreError as error:
        raise CliError(str(error)) from None
    finally:
        store.close()
    for result in results:
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
            continue
        click.echo(result["title"] or "(no title)")
        click.echo(f"  {result['published_at'] or '-'}  {result['site']}  {result['url']}")
        click.echo(f"  {result['snippet']}")
        click.echo("")
    if not results and not as_json:
        click.echo("no articles found", err=True)
    if waiting:
        click.echo(
            f"{waiting} stored articles are not searchable yet: a crawl is indexing them "
            "(or run `khaosan index`)",
            err=True,
        )


def _check_site(store: Any, site: str) -> None:
    """Raise CliError unless site is a registry key or has articles in the database."""
    from crawler.registry import load_registry

    known = set(load_registry())
    if site in known:
        return
    found = store.conn.execute("SELECT 1 FROM articles WHERE site = ? LIMIT 1", [site])
    if found.fetchone() is None:  # only now every stored site (a scan of a million index rows)
        stored = {row[0] for row in store.conn.execute("SELECT DISTINCT site FROM articles")}
        names = ", ".join(sorted(known | stored))
        raise CliError(f"unknown site {site!r}; known sites: {names}")


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
)
@click.option("--site", help="Only this site key.")
@_date_range_options
@click.option("--output", "-o", metavar="PATH", help="File to write (else stdout).")
@click.option("--force", is_flag=True, help="Overwrite an existing --output file.")
def export(
    db: str,
    fmt: str,
    site: str | None,
    since: date | None,
    until: date | None,
    output: str | None,
    force: bool,
) -> None:
    """Export articles, one record per article (lists as lists; in CSV as JSON text).

    --output writes a new file with the usual permissions (the umask's), or with --force
    replaces a regular file (through a symlink, keeping the file's mode); anything else is
    refused. A reader that stops early (`| head`) ends the export quietly.

    Exit status: 0 done (also when the reader stops early); 1 could not work (disk full,
    output or database not writable); 2 usage error (bad path, file exists, no such database).

    Example: khaosan export --format csv --site industry_go_th --output industry.csv
    """
    from pipelines.export import ExportError, iter_records, write_csv, write_jsonl, write_parquet
    from pipelines.store import describe_sqlite_error

    target = _output_path(output, force) if output else None
    if fmt == "parquet" and not output:
        raise CliError("parquet export needs --output PATH")
    store = _open_existing(db)
    try:
        records = iter_records(store.conn, site=site, since=since, until=until)
        if target is None:
            stream = click.get_text_stream("stdout")
            count = (write_csv if fmt == "csv" else write_jsonl)(records, stream)
            stream.flush()
        else:
            count = _write_file(target, fmt, records, write_csv, write_jsonl, write_parquet)
    except ExportError as error:
        raise CliError(str(error)) from None
    except sqlite3.Error as error:
        raise CliError(describe_sqlite_error(Path(db), error, store.busy_timeout_ms)) from None
    finally:
        store.close()
    if output:
        click.echo(f"{count} articles written to {output}", err=True)


def _output_path(output: str, force: bool) -> Path:
    """Return the file to write for --output (a symlink's target), or fail with one line."""
    path = Path(output)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.exists():
        if not path.is_file():
            raise CliError(f"{output}: not a regular file, refusing to replace it")
        if not force:
            raise CliError(f"{output}: file exists (use --force to overwrite)")
    parent = path.parent
    if not parent.is_dir():
        raise CliError(f"{output}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise RunError(f"{output}: directory {parent} is not writable")
    return path


def _new_file_mode(path: Path) -> int:
    """Return the mode for the written file: the replaced file's, else 0666 minus the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _write_file(path: Path, fmt: str, records: Any, *writers: Any) -> int:
    """Write to a temporary file beside path, then rename: no half-written output on failure."""
    write_csv, write_jsonl, write_parquet = writers
    mode = _new_file_mode(path)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        if fmt == "parquet":
            count = write_parquet(records, tmp)
        else:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                count = (write_csv if fmt == "csv" else write_jsonl)(records, out)
        os.chmod(tmp, mode)  # mkstemp makes 0600 files
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return int(count)


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stats(db: str, as_json: bool) -> None:
    """Show articles per site and per month, the last run per site and its failures.

    Exit status: 0 done; 1 could not work (database locked or not writable); 2 usage error
    (no such database).

    Example: khaosan stats --db data/khaosan.db
    """
    store = _open_existing(db)
    try:
        from pipelines.store import StoreError

        try:
            summary = store.stats()
        except StoreError as error:
            raise CliError(str(error)) from None
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    if summary["queued_for_index"]:
        click.echo(
            f"Waiting for the search index: {summary['queued_for_index']} articles "
            "(a crawl is indexing them, or run `khaosan index`)"
        )
    click.echo("Articles per site")
    for site, count in summary["articles_per_site"].items():
        click.echo(f"  {site:<30} {count:>8}")
    click.echo("Articles per month")
    for row in summary["articles_per_month"]:
        click.echo(f"  {row['site']:<30} {row['month']:<8} {row['articles']:>8}")
    click.echo("Last run per site")
    for site, run in summary["last_runs"].items():
        kinds = ", ".join(f"{k}: {n}" for k, n in run["failures_by_kind"].items())
        click.echo(
            f"  {site:<30} run {run['id']} ({run['mode']}) started {run['started_at']}, "
            f"finished {run['finished_at'] or '-'}, exit {_blank(run['exit_status'])}"
        )
        click.echo(
            f"    pages {_blank(run['pages_fetched'])}, new {_blank(run['articles_new'])}, "
            f"updated {_blank(run['articles_updated'])}, "
            f"unchanged {_blank(run['articles_unchanged'])}, "
            f"failures {_blank(run['failures'])}" + (f" ({kinds})" if kinds else "")
        )


@click.command()
@db_option
def index(db: str) -> None:
    """Put stored articles that wait for the search index into it, then exit.

    A crawl indexes what it stores before it ends; articles left waiting by a crawl that was
    killed are indexed by the next crawl, or now by this command. It prints how many.

    Exit status: 0 done; 1 could not work (database locked or not writable); 2 usage error
    (no such database).

    Example: khaosan index --db data/khaosan.db
    """
    from pipelines.store import StoreError

    store = _open_existing(db)
    try:
        total = store.index_all_queued()
    except StoreError as error:
        raise RunError(str(error)) from None
    finally:
        store.close()
    click.echo(f"{total} articles indexed")


def _blank(value: Any) -> str:
    """Show None as '-'."""
    return "-" if value is None else str(value)


def datasette_args(db: str, host: str, port: int, metadata_path: str) -> list[str]:
    """Return the `datasette serve` arguments for the database and the shipped plugins."""
    return [
        "serve", db,
        "--host", host,
        "--port", str(port),
        "--metadata", metadata_path,
        "--plugins-dir", str(DATASETTE_DIR / "plugins"),
        "--setting", "sql_time_limit_ms", "5000",
    ]  # fmt: skip


def metadata_for(db: str) -> dict[str, Any]:
    """Return the shipped Datasette metadata with its database key renamed to db's file stem."""
    metadata = json.loads((DATASETTE_DIR / "metadata.json").read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if METADATA_DATABASE in databases:
        databases[Path(db).stem] = databases.pop(METADATA_DATABASE)
    return metadata


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
def serve(db: str, host: str, port: int) -> None:
    """Browse and search the database in Datasette (Thai search included) on localhost.

    The articles table's search box runs the Thai search (words found inside unspaced text).

    Exit status: 0 stopped with Ctrl-C; 1 could not work (the port is in use, database locked
    or not writable); 2 usage error (no such database).

    Example: khaosan serve --db data/khaosan.db --port 8001
    """
    from datasette.cli import cli as datasette_cli  # type: ignore[import-untyped,unused-ignore]

    _open_existing(db).close()  # validate and migrate before Datasette opens it read-only
    _check_port(host, port)
    with tempfile.TemporaryDirectory(prefix="khaosan-serve-") as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(json.dumps(metadata_for(db), ensure_ascii=False), "utf-8")
        click.echo(f"Datasette on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
        datasette_cli.main(
            args=datasette_args(db, host, port, str(metadata_path)),
            prog_name="datasette",
            standalone_mode=False,
        )


def _check_port(host: str, port: int) -> None:
    """Fail in one line (exit 1) when host:port cannot be listened on, before Datasette starts."""
    import socket

    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as error:
        raise CliError(f"--host {host}: {error.strerror or error}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind(address)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise RunError(
                    f"port {port} on {host} is in use: choose another with --port"
                ) from None
            raise RunError(f"cannot listen on {host} port {port}: {error.strerror}") from None


COMMANDS = [search, export, stats, index, serve]
