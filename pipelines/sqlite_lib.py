"""sqlite-utils, imported without numpy and pandas.

sqlite-utils imports numpy and pandas when they are installed, only to map their value types
when inserting them; khaosan stores strings and numbers it builds itself. On a machine where
they are installed (any data science environment) that import alone added 15 MB and a tenth of
a second to every crawl, indexer and worker process. A process that loaded them already keeps
them, and sqlite-utils uses them as usual there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

UNNEEDED = ("numpy", "pandas")


@contextmanager
def _hidden(names: tuple[str, ...]) -> Iterator[None]:
    """Make the modules *names* not yet imported fail to import inside the block."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


with _hidden(UNNEEDED):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations  # shipped since sqlite-utils 4.2 (the pin)

__all__ = ["Database", "Migrations"]
