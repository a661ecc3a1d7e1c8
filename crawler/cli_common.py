"""Pieces every khaosan command shares: the error type, the --db option, opening the store."""

from __future__ import annotations

import os
from typing import Any

import click

DEFAULT_DB = "data/khaosan.db"


class CliError(click.ClickException):
    """A one-line error for the user; exit status 2, no traceback."""

    exit_code = 2


def db_option(func: Any) -> Any:
    """Add `--db PATH` (default data/khaosan.db, or $KHAOSAN_DB)."""
    return click.option(
        "--db",
        default=lambda: os.environ.get("KHAOSAN_DB", DEFAULT_DB),
        show_default=DEFAULT_DB,
        help="SQLite database file.",
    )(func)


def open_store_or_fail(path: str, *, readonly: bool = False) -> Any:
    """Open (and migrate) the store, turning any StoreError into a CliError."""
    from pipelines.store import ArticleStore, StoreError

    try:
        return ArticleStore(path, readonly=readonly)
    except StoreError as error:
        raise CliError(str(error)) from None
