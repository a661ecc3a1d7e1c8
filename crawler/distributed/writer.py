"""StreamWriter: the one process that writes SQLite in the distributed mode.

Reads the stream through a consumer group in batches, applies each batch in ONE transaction
through ArticleStore (upsert_many, record_failure, start_run, finish_run) together with the id of
its last entry (table stream_applied), then, in one Redis MULTI, adds the batch's URLs to the
known-URL sets, saves run ids, and XACKs (and deletes) the entries. A writer killed between the
two steps replays its pending entries on start: those up to the stored id are in the database
already, so only their Redis side is done again (sets and ids, idempotent); failures, view
counts and run counts are written once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from crawler.distributed import GROUP, PREFIX, STREAM, known_key
from crawler.distributed.sink import ARTICLE, FAILURE, RUN_FINISH, RUN_START

logger = logging.getLogger(__name__)

KINDS = (RUN_START, ARTICLE, FAILURE, RUN_FINISH)  # what the writer reads; others go to DEAD
DEAD = f"{PREFIX}:dead"  # entries the writer could not read, kept for a person to look at
RUN_TTL = 7 * 24 * 3600  # seconds a finished run's token -> id entry is kept (late replays)
STORE_RETRIES = (1.0, 2.0, 4.0)  # seconds between tries of a batch the database refused


def run_key(token: str) -> str:
    """Return the key of a run's hash: its crawl_runs id (its counts live in crawl_runs)."""
    return f"{PREFIX}:run:{token}"


def run_urls_key(token: str) -> str:
    """Return the key of the URLs a run stored, known to the next crawls once the run completes.

    A crawl killed midway may leave holes in the listing it walked (articles are fetched in no
    particular order), and an incremental crawl stops at the first listing page with nothing
    new: so a killed run's URLs stay unknown and its retry walks at least as far again.
    """
    return f"{PREFIX}:run:{token}:urls"


def parse_entry_id(entry_id: str | bytes) -> tuple[int, int]:
    """Return a stream entry id as (milliseconds, sequence), which compare as numbers.

    >>> parse_entry_id("1700000000000-12") > parse_entry_id("999999999999-99")
    True
    """
    text = entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)
    ms, _, seq = text.partition("-")
    try:
        return int(ms), int(seq or 0)
    except ValueError:
        raise ValueError(f"not a stream entry id: {text!r}") from None


@contextlib.contextmanager
def one_transaction(store: Any) -> Iterator[None]:
    """Hold one write transaction around a batch; the store's own writes nest as savepoints."""
    with store._transaction():
        yield


@dataclass
class Effects:
    """What a committed batch changes in Redis."""

    known: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    run_urls: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    complete: dict[str, str] = field(default_factory=dict)  # run token -> site
    runs: dict[str, int] = field(default_factory=dict)
    counts: defaultdict[str, Counter[str]] = field(  # statuses stored, for the totals
        default_factory=lambda: defaultdict(Counter)
    )
    finished: set[str] = field(default_factory=set)
    dead: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    skipped: int = 0  # entries replayed that were committed before: their Redis side only


class StreamWriter:
    """Move stream entries into SQLite, batch by batch, acknowledging only what is committed."""

    def __init__(
        self,
        store: Any,
        client: Any,
        *,
        consumer: str = "writer",
        batch_size: int = 200,
        block_ms: int = 1000,
    ) -> None:
        self.store = store
        self.client = client
        self.consumer = consumer
        self.batch_size = max(1, batch_size)
        self.block_ms = block_ms
        self.stop_requested = False
        self.run_ids: dict[str, int] = {}
        self.totals: Counter[str] = Counter()
        # The last entry committed to SQLite (read at start): a replay skips what it covers.
        self.applied: tuple[int, int] | None = None

    # -- loop ------------------------------------------------------------------------------

    def ensure_group(self) -> None:
        """Create the consumer group (reading from the stream's start) unless it exists."""
        import redis

        try:
            self.client.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
        except redis.ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise

    def claim_orphans(self) -> int:
        """Take over entries other consumers read but never acknowledged (a writer renamed)."""
        claimed = 0
        start = "0-0"
        while True:
            reply = self.client.xautoclaim(
                STREAM, GROUP, self.consumer, min_idle_time=0, start_id=start, count=1000
            )
            start, entries = reply[0], reply[1]
            claimed += len(entries)
            if start in ("0-0", b"0-0"):
                return claimed

    def load_applied(self) -> tuple[int, int] | None:
        """Return the last entry id stored in SQLite, unless the stream was made anew since.

        Ids only grow within a stream, so a stream whose last id is older than the one stored
        is another stream (Redis lost its data, the key was deleted): none of it is stored.
        """
        applied = self.store.stream_applied(STREAM, GROUP)
        if applied is None:
            return None
        last = parse_entry_id(self.client.xinfo_stream(STREAM)["last-generated-id"])
        if last < applied:
            logger.warning(
                "%s ends at %d-%d, before the last entry stored (%d-%d): a new stream; "
                "every entry in it will be stored",
                STREAM,
                *last,
                *applied,
            )
            with one_transaction(self.store):
                self.store.forget_stream_applied(STREAM, GROUP)
            return None
        return applied

    def run(self, *, drain: bool = False) -> Counter[str]:
        """Replay pending entries, then follow the stream until stopped (or empty with drain)."""
        self.ensure_group()
        claimed = self.claim_orphans()
        if claimed:
            logger.info("took over %d entries of other consumers", claimed)
        self.applied = self.load_applied()
        replayed = 0
        while not self.stop_requested:
            entries = self.read(pending=True)
            if not entries:
                break
            replayed += len(entries)
            self.commit(entries, replay=True)
        if replayed:
            logger.info(
                "replayed %d pending entries (%d of them stored before: acknowledged only)",
                replayed,
                self.totals["skipped"],
            )
        while not self.stop_requested:
            entries = self.read(pending=False)
            if entries:
                self.commit(entries)
            elif drain:
                break
        return self.totals

    def read(self, *, pending: bool) -> list[tuple[str, dict[str, str] | None]]:
        """Return the next batch: this consumer's pending entries, or new ones (blocking)."""
        reply = self.client.xreadgroup(
            GROUP,
            self.consumer,
            {STREAM: "0" if pending else ">"},
            count=self.batch_size,
            block=None if pending else self.block_ms,
        )
        if not reply:
            return []
        return list(reply[0][1])

    # -- one batch -------------------------------------------------------------------------

    def commit(
        self, entries: list[tuple[str, dict[str, str] | None]], *, replay: bool = False
    ) -> None:
        """Write a batch in one transaction, then update Redis and acknowledge it.

        With *replay* (entries read again from the pending list), entries up to the last one
        committed are not written again; their Redis side is.
        """
        from pipelines.store import StoreError

        started = time.monotonic()
        last = max(parse_entry_id(entry_id) for entry_id, _ in entries)
        for attempt, pause in enumerate((*STORE_RETRIES, None)):
            effects = Effects()
            try:
                with one_transaction(self.store):
                    self.apply(entries, effects, replay=replay)
                    if self.applied is None or last > self.applied:
                        self.store.mark_stream_applied(STREAM, GROUP, last)
                break
            except StoreError as error:
                if pause is None:
                    raise
                logger.warning(
                    "%s; batch not written, try %d again in %.0f s", error, attempt + 2, pause
                )
                time.sleep(pause)
        if self.applied is None or last > self.applied:
            self.applied = last
        self.run_ids.update(effects.runs)
        self.acknowledge(entries, effects)
        articles = sum(sum(c.values()) for c in effects.counts.values())
        self.totals["entries"] += len(entries)
        self.totals["skipped"] += effects.skipped
        self.totals["articles"] += articles
        logger.debug(
            "committed %d entries (%d articles) in %.3f s",
            len(entries),
            articles,
            time.monotonic() - started,
        )

    def apply(
        self,
        entries: list[tuple[str, dict[str, str] | None]],
        effects: Effects,
        *,
        replay: bool = False,
    ) -> None:
        """Apply entries in stream order inside the open transaction, collecting their effects."""
        articles: list[dict[str, Any]] = []
        articles_run: str | None = None
        for entry_id, fields in entries:
            decoded = _decode(fields)
            if decoded is None or decoded[0] not in KINDS:
                effects.dead.append((entry_id, dict(fields or {})))
                continue
            kind, token, payload = decoded
            if replay and self.applied is not None and parse_entry_id(entry_id) <= self.applied:
                if articles:
                    self._upsert(articles, articles_run, effects)
                    articles = []
                self._redo(kind, token, payload, effects)
                continue
            if kind == ARTICLE:
                if articles and token != articles_run:
                    self._upsert(articles, articles_run, effects)
                    articles = []
                articles_run = token
                articles.append(payload)
                continue
            if articles:  # keep stream order: articles before the event that follows them
                self._upsert(articles, articles_run, effects)
                articles = []
            if kind == RUN_START:
                self._start_run(token, payload, effects)
            elif kind == FAILURE:
                self.store.record_failure(payload, run_id=self._run_id(token, effects))
                self.totals["failures"] += 1
            elif kind == RUN_FINISH:
                self._finish_run(token, payload, effects)
        if articles:
            self._upsert(articles, articles_run, effects)

    def _redo(self, kind: str, token: str, payload: dict[str, Any], effects: Effects) -> None:
        """Collect the Redis side of an entry committed before (by a writer killed before XACK)."""
        effects.skipped += 1
        if kind == ARTICLE:
            self._note_urls([payload], token, effects)
        elif kind == RUN_START:
            self._run_id(token, effects)  # from SQLite if Redis never heard of it
        elif kind == RUN_FINISH and self._run_id(token, effects) is not None:
            self._note_finished(token, payload, effects)

    def _upsert(self, records: list[dict[str, Any]], token: str | None, effects: Effects) -> None:
        run_id = self._run_id(token, effects) if token else None
        statuses = self.store.upsert_many(records, run_id=run_id)  # counts the run's articles
        self._note_urls(records, token, effects)
        if token:
            effects.counts[token].update(statuses)

    def _note_urls(
        self, records: list[dict[str, Any]], token: str | None, effects: Effects
    ) -> None:
        """Add stored URLs to their run's set (known once it completes), or to the known set."""
        for record in records:
            if token:
                effects.run_urls[token].add(record["url"])
            else:
                effects.known[record["site"]].add(record["url"])

    def _start_run(self, token: str, payload: dict[str, Any], effects: Effects) -> None:
        """Make the run's crawl_runs row, unless a replay finds it made already."""
        if self._run_id(token, effects) is not None:
            return
        settings = dict(payload.get("settings") or {})
        settings["run_token"] = token
        effects.runs[token] = self.store.start_run(payload["site"], payload["mode"], settings)

    def _finish_run(self, token: str, payload: dict[str, Any], effects: Effects) -> None:
        run_id = self._run_id(token, effects)
        if run_id is None:
            logger.warning("run %s finished but its start was never seen; not recorded", token)
            return
        # The run's article counts were added in the transactions that stored its articles (this
        # one too), each batch once; the crawl's summary cannot know them, the database does.
        counts = self.store.run_counts(run_id)
        summary = payload.get("summary") or ""
        summary += (
            f" Stored by the writer: {counts['new']} new, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged."
        )
        self.store.finish_run(
            run_id,
            pages_fetched=payload.get("pages_fetched"),
            articles_new=counts["new"],
            articles_updated=counts["updated"],
            articles_unchanged=counts["unchanged"],
            failures=None,
            exit_status=payload.get("exit_status"),
            summary=summary.strip(),
        )
        self._note_finished(token, payload, effects)

    def _note_finished(self, token: str, payload: dict[str, Any], effects: Effects) -> None:
        """Drop a finished run's URL set from Redis, into the known set if it completed."""
        effects.finished.add(token)
        if payload.get("complete", True) and payload.get("site"):
            effects.complete[token] = payload["site"]

    def _run_id(self, token: str, effects: Effects) -> int | None:
        """Return the crawl_runs id of a run token: this batch, memory, Redis, then SQLite."""
        if token in effects.runs:
            return effects.runs[token]
        if token in self.run_ids:
            return self.run_ids[token]
        saved = self.client.hget(run_key(token), "id")
        if saved is not None:
            self.run_ids[token] = int(saved)
            return int(saved)
        # Committed, then killed before Redis heard of it: the row carries the token.
        for run in self.store.last_runs(limit=200):
            if run["settings"].get("run_token") == token:
                effects.runs[token] = int(run["id"])
                return int(run["id"])
        return None

    def acknowledge(
        self, entries: list[tuple[str, dict[str, str] | None]], effects: Effects
    ) -> None:
        """After the commit: known URLs, run ids and counts, then XACK and XDEL, in one MULTI."""
        ids = [entry_id for entry_id, _ in entries]
        with self.client.pipeline(transaction=True) as pipe:
            for site, urls in effects.known.items():
                pipe.sadd(known_key(site), *urls)
            for token, urls in effects.run_urls.items():
                pipe.sadd(run_urls_key(token), *urls)
                pipe.expire(run_urls_key(token), RUN_TTL)
            for token, site in effects.complete.items():  # after the SADDs: this batch's URLs too
                pipe.sunionstore(known_key(site), [known_key(site), run_urls_key(token)])
            for token in effects.finished:
                pipe.delete(run_urls_key(token))
            for token, run_id in effects.runs.items():
                pipe.hset(run_key(token), "id", run_id)
            for token in effects.finished:
                pipe.expire(run_key(token), RUN_TTL)
            for entry_id, fields in effects.dead:
                pipe.xadd(DEAD, {"id": entry_id, **fields} if fields else {"id": entry_id})
            pipe.xack(STREAM, GROUP, *ids)
            pipe.xdel(STREAM, *ids)
            pipe.execute()
        for token in effects.finished:
            self.run_ids.pop(token, None)


def _decode(fields: dict[str, str] | None) -> tuple[str, str, dict[str, Any]] | None:
    """Return (type, run token, payload) of an entry, or None when it cannot be read."""
    if not fields:
        return None  # deleted from the stream while pending
    try:
        payload = json.loads(fields["data"])
        return fields["type"], fields["run"], payload
    except (KeyError, ValueError, TypeError):
        logger.error("unreadable stream entry %r; moved to %s", fields, DEAD)
        return None
