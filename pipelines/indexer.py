"""The background indexer: a process beside the crawl that puts stored articles into search.

A crawl's store queues each new or changed text (`index_queue`) instead of segmenting it, so
the Thai word segmenter (ICU's ~20 MB, nlpo3's ~60 MB) stays out of the crawl process. One
indexer process per crawl process and database segments the queue in batches, in the order
articles were stored, while the crawl runs; when the crawl ends it closes the indexer's
standard input and waits for the queue to empty, so a finished crawl is fully searchable.

    python -m pipelines.indexer data/khaosan.db            # index what is queued, then exit
    python -m pipelines.indexer data/khaosan.db --follow   # ... and on, until stdin closes
"""

from __future__ import annotations

import argparse
import logging
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from pipelines.child_process import start_module
from pipelines.index_queue import BATCH, drain, index_batch

logger = logging.getLogger(__name__)

# Seconds a following indexer waits before looking at an empty queue again.
POLL_SECONDS = 0.5
# How long the indexer waits for the crawl's write lock (as the crawl's store does).
BUSY_TIMEOUT_S = 30.0


def connect(db: str) -> sqlite3.Connection:
    """Open an existing database for the indexer (transactions are explicit)."""
    uri = Path(db).resolve().as_uri() + "?mode=rw"  # never creates a file
    # timeout= is SQLite's busy timeout: a batch waits for the crawl's write lock.
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    # The indexer appends: a small page cache does (2 MB less RSS, same speed on 3,000 articles).
    conn.execute("PRAGMA cache_size = -256")  # KiB
    return conn


def follow(db: str, stop: threading.Event, batch: int = BATCH, poll: float = POLL_SECONDS) -> int:
    """Index the queue of *db* as it fills until *stop* is set, then empty it; return the count.

    (Segmenting the next batch on a thread while one is written gained nothing: measured
    654 against 646 and 591 against 605 articles/s with nlpo3, which holds the GIL.)
    """
    total = 0
    conn = connect(db)
    try:
        while True:
            stopping = stop.is_set()  # read first: what was queued before the stop is indexed
            done = index_batch(conn, batch)
            total += done
            if not done:
                if stopping:
                    return total + drain(conn, batch)
                stop.wait(poll)
    finally:
        conn.close()


def _set_on_eof(stream: IO[bytes], event: threading.Event) -> None:
    """Read *stream* until it ends (the parent closed it, or died), then set *event*."""
    try:
        while stream.read(4096):
            pass
    finally:
        event.set()


def main(argv: list[str] | None = None) -> int:
    """Index the queue of one database; with --follow, until standard input closes."""
    parser = argparse.ArgumentParser(prog="python -m pipelines.indexer", description=__doc__)
    parser.add_argument("db", help="the khaosan database")
    parser.add_argument(
        "--follow", action="store_true", help="keep indexing until standard input closes"
    )
    parser.add_argument("--batch", type=int, default=BATCH, help="articles per transaction")
    args = parser.parse_args(argv)
    stop = threading.Event()
    if args.follow:
        # Ctrl-C reaches the whole process group: the crawl decides when indexing ends.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        threading.Thread(target=_set_on_eof, args=(sys.stdin.buffer, stop), daemon=True).start()
    else:
        stop.set()
    try:
        follow(args.db, stop, max(1, args.batch))
    except sqlite3.Error as error:
        print(f"khaosan indexer: {args.db}: {error}", file=sys.stderr)
        return 1
    return 0


class BackgroundIndexer:
    """The indexer process of one database, shared by the crawlers of this process.

    The first crawler to open the database starts it, the last to close stops it and waits.
    If it cannot start or it fails, the queue is indexed here at the end instead: a crawl
    never ends with articles that search cannot find.
    """

    _running: dict[str, BackgroundIndexer] = {}

    def __init__(self, db: str) -> None:
        self.db = db
        self.key = str(Path(db).resolve())  # as acquired: a later chdir changes no lookup
        self.users = 0
        self.process: subprocess.Popen[bytes] | None = None

    @classmethod
    def acquire(cls, db: str) -> BackgroundIndexer:
        """Return the running indexer of *db*, starting it for the first user."""
        indexer = cls._running.get(str(Path(db).resolve()))
        if indexer is None:
            indexer = cls(db)
            cls._running[indexer.key] = indexer
            indexer.start()
        indexer.users += 1
        return indexer

    def release(self) -> None:
        """Stop the indexer when its last user is done, after it has emptied the queue."""
        self.users -= 1
        if self.users <= 0:
            self._running.pop(self.key, None)
            self.stop()

    def start(self) -> None:
        """Start `python -m pipelines.indexer DB --follow` (this checkout's code)."""
        try:
            self.process = start_module(
                "pipelines.indexer", self.db, "--follow", stdin=subprocess.PIPE
            )
        except OSError as error:
            logger.warning("cannot start the indexer process (%s): indexing at the end", error)
            self.process = None

    def stop(self) -> None:
        """Close the indexer's input, wait for it; index here what it left (if it failed)."""
        process, self.process = self.process, None
        if process is not None:
            assert process.stdin is not None
            process.stdin.close()
            if process.wait() == 0:
                return
            logger.warning("the indexer process failed (exit %s)", process.returncode)
        self._index_here()

    def _index_here(self) -> None:
        """Index the queue in this process (the fallback); log, never raise, on failure."""
        try:
            conn = connect(self.db)
            try:
                done = drain(conn)
            finally:
                conn.close()
        except sqlite3.Error as error:
            logger.error(
                "%s: %s: the queued articles were not indexed (run `khaosan index`)", self.db, error
            )
            return
        if done:
            logger.warning("indexed %d queued articles in the crawl process", done)


if __name__ == "__main__":
    sys.exit(main())
