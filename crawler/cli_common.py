"""Pieces every khaosan command shares: the error types, the --db option, opening the store."""

from __future__ import annotations

import errno
import os
import sys
from typing import Any

import click

from crawler import settings
from crawler.errors import CannotWork, UsageError, store_problem

DEFAULT_DB = settings.KHAOSAN_DB  # defined once, in crawler/settings.py

# Exit statuses (README "Exit statuses"; every command's --help lists the ones it uses).
EXIT_OK = 0
EXIT_FAILED = 1  # the command could not do its work (unreachable site, unwritable database, ...)
EXIT_USAGE = 2  # bad arguments: unknown site, bad path, bad value
EXIT_BROKEN = 3  # a health check failed: the site's layout looks changed
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C (128 + SIGINT); what was done is saved
# Errors writing to stdout or a file that mean "no room", not a bug: one line, exit 1.
WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


class CliError(click.ClickException):
    """A one-line error for the user; exit status 2, no traceback."""

    exit_code = EXIT_USAGE


class RunError(click.ClickException):
    """A one-line error for work that could not be done (host, disk, database); exit status 1."""

    exit_code = EXIT_FAILED


class KhaosanGroup(click.Group):
    """The command group: a closed stdout pipe ends quietly, a full disk is a one-line error."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as error:  # raised by the crawl code, which knows no command line
            raise CliError(str(error)) from None
        except CannotWork as error:
            raise RunError(str(error)) from None
        except KeyboardInterrupt:
            _silence_stdout()
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except OSError as error:
            if error.errno == errno.EPIPE:  # `khaosan export | head -1`: the reader has enough
                _silence_stdout()
                ctx.exit(EXIT_OK)
            if error.errno in WRITE_ERRNOS:
                _silence_stdout()
                raise RunError(f"cannot write the output: {error.strerror}") from None
            raise


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush of a dead stream stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def db_option(func: Any) -> Any:
    """Add `--db PATH` (default data/khaosan.db, or $KHAOSAN_DB)."""
    return click.option(
        "--db",
        default=lambda: os.environ.get("KHAOSAN_DB", DEFAULT_DB),
        show_default=DEFAULT_DB,
        help="SQLite database file.",
    )(func)


def open_store_or_fail(path: str, *, readonly: bool = False) -> Any:
    """Open (and migrate) the store, turning any StoreError into a one-line error.

    A database that cannot be written (read-only, locked, disk full) is exit 1; a path that
    cannot be a database (a directory, another kind of file) is a usage error, exit 2.
    """
    from pipelines.store import ArticleStore, StoreError

    try:
        return ArticleStore(path, readonly=readonly)
    except StoreError as error:
        raise _store_error(str(error)) from None


def _store_error(message: str) -> click.ClickException:
    problem = store_problem(message)
    return RunError(message) if isinstance(problem, CannotWork) else CliError(message)


def check_writable(store: Any) -> None:
    """Fail with exit 1 now, before any crawling, if the database cannot take a write."""
    from pipelines.store import StoreError

    try:
        store.check_writable()
    except StoreError as error:
        raise RunError(str(error)) from None
