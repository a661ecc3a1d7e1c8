"""RedisSinkPipeline: what SQLitePipeline does, sent to the Redis Stream for the writer instead."""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from crawler.distributed import STREAM, connect
from pipelines.buffered import BufferedWriter
from pipelines.run_report import judge_run

logger = logging.getLogger(__name__)

# Entry types on the stream, in the order one crawl sends them.
RUN_START, ARTICLE, FAILURE, RUN_FINISH = "run_start", "article", "failure", "run_finish"


def redact(url: str) -> str:
    """Return a Redis URL without its password.

    >>> redact("redis://:s3cret@10.0.0.5:6379/0")
    'redis://***@10.0.0.5:6379/0'
    """
    parts = urlsplit(url)
    if not parts.password:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"***@{host}"))


def entry(kind: str, run: str, payload: dict[str, Any]) -> dict[str, str]:
    """Return the fields of one stream entry: its type, the run token and the JSON payload."""
    return {
        "type": kind,
        "run": run,
        "data": json.dumps(payload, ensure_ascii=False, default=str),
    }


class RedisSinkPipeline(BufferedWriter):
    """Scrapy item pipeline: XADD Articles, CrawlFailures and the run's start and finish.

    Replaces SQLitePipeline (same priority) when a crawl is given `--sink redis://...`; the
    crawl never opens SQLite. Entries are sent in batches (KHAOSAN_DB_BATCH, or every second).
    """

    def __init__(self, crawler: Any, url: str, batch_size: int = 50, flush_seconds: float = 1.0):
        self.crawler = crawler
        self.url = url
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self.client: Any = None
        self.run = uuid.uuid4().hex
        self.buffer: list[dict[str, str]] = []
        self.last_flush = time.monotonic()
        self.articles = 0
        self.failures = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisSinkPipeline:
        settings = crawler.settings
        return cls(
            crawler,
            settings.get("KHAOSAN_SINK"),
            batch_size=settings.getint("KHAOSAN_DB_BATCH", 50),
        )

    def open_spider(self, spider: Any = None) -> None:
        """Connect and send the run's start (the writer makes the crawl_runs row from it)."""
        from pipelines.store import SQLitePipeline, utc_now

        spider = spider or self.crawler.spider
        self.client = connect(self.url)
        site = getattr(spider, "site_key", None) or spider.name
        mode = getattr(spider, "mode", None) or "crawl"
        # The snapshot the SQLite pipeline keeps with a run (built without opening a database),
        # the sink's password left out, plus the run token.
        snapshot = SQLitePipeline(self.crawler, "")._settings_snapshot(spider)
        snapshot["KHAOSAN_SINK"] = redact(self.url)
        snapshot["run_token"] = self.run
        payload = {"site": site, "mode": mode, "settings": snapshot, "started_at": utc_now()}
        self.client.xadd(STREAM, entry(RUN_START, self.run, payload))
        spider.run_token = self.run
        self.crawler.stats.set_value("khaosan/run_token", self.run)
        self._start_timer()

    def process_item(self, item: Any) -> Any:
        """Buffer an Article or a CrawlFailure for the stream; pass the item on."""
        from crawler.items import Article, CrawlFailure
        from pipelines.store import utc_now

        if isinstance(item, Article):
            self.buffer.append(entry(ARTICLE, self.run, item.record()))
            self.articles += 1
        elif isinstance(item, CrawlFailure):
            record = item.record()
            record["failed_at"] = utc_now()
            self.buffer.append(entry(FAILURE, self.run, record))
            self.failures += 1
            self.crawler.stats.set_value("khaosan/failures", self.failures)
        else:
            return item
        if len(self.buffer) >= self.batch_size:
            self.flush()
        else:
            self._flush_if_due()
        return item

    def flush(self) -> None:
        """XADD the buffered entries in one round trip."""
        import redis

        self.last_flush = time.monotonic()
        if not self.buffer or self.client is None:
            return
        batch, self.buffer = self.buffer, []
        try:
            with self.client.pipeline(transaction=False) as pipe:
                for fields in batch:
                    pipe.xadd(STREAM, fields)
                pipe.execute()
        except redis.RedisError as error:
            message = f"{self.url}: cannot send to the stream ({error})"
            self.crawler.stats.set_value("khaosan/store_error", message)
            logger.error("%s (%d entries not sent); stopping the run", message, len(batch))
            self._stop_crawl()
            raise
        self.crawler.stats.set_value("khaosan/articles_sent", self.articles)

    def close_spider(self, spider: Any = None) -> None:
        """Send what is buffered, then the run's finish with its counts and exit status."""
        self._stop_timer()
        if self.client is None:
            return
        stats = self.crawler.stats
        try:
            self.flush()
        finally:
            judge_run(self.crawler)  # after the last send: the status covers what was sent
            spider = spider or self.crawler.spider
            payload = {
                "site": getattr(spider, "site_key", None) or spider.name,
                "pages_fetched": stats.get_value("response_received_count", 0),
                "articles_sent": self.articles,
                "failures_sent": self.failures,
                "exit_status": stats.get_value("khaosan/exit_status", 0),
                "summary": stats.get_value("khaosan/summary"),
                # A run stopped early (SIGTERM, store error) did not walk as far as it would have.
                "complete": not (
                    stats.get_value("khaosan/interrupted") or stats.get_value("khaosan/store_error")
                ),
            }
            try:
                self.client.xadd(STREAM, entry(RUN_FINISH, self.run, payload))
            finally:
                self.client.close()
                self.client = None
