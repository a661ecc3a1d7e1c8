"""The errors a run reports to its caller: a usage error (exit 2) or work it could not do (exit 1).

The command line turns them into its one-line errors (crawler/cli_common.py); the crawl code
(crawler/run.py, the distributed mode) raises them without knowing about the command line.
"""

from __future__ import annotations


class UsageError(ValueError):
    """Bad arguments (unknown site, bad date, bad setting, a run already in progress): exit 2."""


class CannotWork(RuntimeError):
    """The work could not be done (database not writable, Redis down, nothing started): exit 1."""


def store_problem(message: str) -> UsageError | CannotWork:
    """Classify a store's one-line error: an unwritable database is exit 1, a bad path exit 2.

    >>> type(store_problem("k.db: database or its directory is read-only")).__name__
    'CannotWork'
    >>> type(store_problem("k.db: is a directory, not a database file")).__name__
    'UsageError'
    """
    lowered = message.lower()
    if any(word in lowered for word in ("read-only", "locked", "disk", "not writable")):
        return CannotWork(message)
    return UsageError(message)
