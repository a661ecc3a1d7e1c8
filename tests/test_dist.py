"""Distributed mode (docs/distributed.md): a real redis-server on a unix socket, started per test.

Crawls to a Redis Stream, the writer that alone writes SQLite, RQ jobs per site. Replica sites
run on loopback aliases (127.0.0.2-5) so each is its own host, as real ministry sites are.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import ROOT, family_sites, run_khaosan

from crawler.cli import cli

REDIS_SERVER = shutil.which("redis-server")
pytestmark = [
    pytest.mark.skipif(
        REDIS_SERVER is None, reason="redis-server not installed (apt-get install redis-server)"
    ),
    pytest.mark.timeout(300),
    pytest.mark.slow,  # every test here starts a redis-server, most also worker processes
]
redis = pytest.importorskip("redis", reason="the dist extra is not installed (pip install .[dist])")
pytest.importorskip("rq", reason="the dist extra is not installed (pip install .[dist])")

from crawler.distributed import GROUP, STREAM, RedisLock, known_key, lock_key  # noqa: E402
from crawler.distributed.sink import ARTICLE, FAILURE, RUN_FINISH, RUN_START, entry  # noqa: E402
from crawler.distributed.writer import StreamWriter  # noqa: E402
from pipelines.store import ArticleStore  # noqa: E402

# One paragraph of Thai news text (segmented for the search index: the writer's real work).
BODY = (
    "กระทรวงอุตสาหกรรมจัดประชุมเพื่อส่งเสริมผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อม "
    "ให้ปรับตัวสู่อุตสาหกรรมสีเขียว ลดการใช้พลังงาน และเพิ่มขีดความสามารถในการแข่งขัน "
)


class RedisServer:
    """A throw-away redis-server listening only on a unix socket (no TCP port, no persistence)."""

    def __init__(self) -> None:
        # A short directory: unix socket paths are limited to 107 bytes.
        self.dir = Path(tempfile.mkdtemp(prefix="ksr", dir="/tmp"))
        self.socket = self.dir / "redis.sock"
        self.url = f"unix://{self.socket}?db=0"
        self.proc = subprocess.Popen(
            [REDIS_SERVER, "--port", "0", "--unixsocket", str(self.socket),
             "--unixsocketperm", "700", "--save", "", "--appendonly", "no",
             "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client().ping()
                return
            except (redis.ConnectionError, FileNotFoundError):
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)

    def client(self, decode: bool = True) -> Any:
        return redis.Redis(unix_socket_path=str(self.socket), decode_responses=decode)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    try:
        yield server
    finally:
        server.stop()


def records(n: int, site: str = "example_go_th") -> list[dict[str, Any]]:
    """Return n distinct article records of one site."""
    return [
        {
            "url": f"https://www.example.go.th/news/{i}",
            "site": site,
            "title": f"ข่าวที่ {i} กระทรวงอุตสาหกรรม",
            "published_at": f"2024-01-{1 + i % 28:02d}",
            "body": f"{BODY}ครั้งที่ {i}\n{BODY}",
            "view_count": i,
        }
        for i in range(n)
    ]


def send_run(
    client: Any,
    token: str,
    articles: list[dict[str, Any]],
    failures: int = 0,
    *,
    complete: bool | None = True,
    ids: list[str] | None = None,
) -> None:
    """XADD one run as a crawl's sink would: start, articles, failures, finish (None: killed).

    *ids* gives the entries' ids (Redis makes them otherwise).
    """
    site = articles[0]["site"]
    entries = [entry(RUN_START, token, {"site": site, "mode": "crawl", "settings": {}})]
    entries += [entry(ARTICLE, token, record) for record in articles]
    for i in range(failures):
        failure = {"url": f"https://www.example.go.th/broken/{i}", "site": site,
                   "kind": "http", "message": "HTTP 404", "http_status": 404}  # fmt: skip
        entries.append(entry(FAILURE, token, failure))
    finish = {"site": site, "pages_fetched": len(articles), "exit_status": 0,
              "summary": "done.", "complete": complete}  # fmt: skip
    if complete is not None:
        entries.append(entry(RUN_FINISH, token, finish))
    if ids is not None:
        assert len(ids) == len(entries)
    with client.pipeline(transaction=False) as pipe:
        for i, fields in enumerate(entries):
            pipe.xadd(STREAM, fields, id=ids[i] if ids else "*")
        pipe.execute()


def db_rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def stream_is_drained(client: Any) -> bool:
    """Tell whether every entry was acknowledged (and deleted) by the writer."""
    pending = client.xpending(STREAM, GROUP)["pending"] if client.exists(STREAM) else 0
    return client.xlen(STREAM) == 0 and pending == 0


# -- the writer ---------------------------------------------------------------------------------


def test_writer_stores_each_record_once_and_keeps_the_known_urls(
    redis_server: RedisServer, tmp_db: Path
) -> None:
    client = redis_server.client()
    sent = records(30)
    send_run(client, "run1", sent + sent[:5], failures=2)  # 5 articles sent twice
    with ArticleStore(tmp_db) as store:
        totals = StreamWriter(store, client, batch_size=7).run(drain=True)
    assert totals["entries"] == 1 + 35 + 2 + 1
    assert db_rows(tmp_db, "select count(*), count(distinct url) from articles") == [(30, 30)]
    runs = db_rows(
        tmp_db,
        "select site, mode, articles_new, articles_updated, articles_unchanged, failures, "
        "exit_status, finished_at is not null, json_extract(settings, '$.run_token') "
        "from crawl_runs",
    )
    assert runs == [("example_go_th", "crawl", 30, 0, 5, 2, 0, 1, "run1")]
    assert client.smembers(known_key("example_go_th")) == {r["url"] for r in sent}
    assert stream_is_drained(client)
    assert db_rows(tmp_db, "pragma integrity_check") == [("ok",)]


def test_first_writer_start_seeds_the_known_urls_from_the_database(
    redis_server: RedisServer, tmp_db: Path
) -> None:
    """A database crawled before the distributed mode: its URLs are known from the start."""
    with ArticleStore(tmp_db) as store:
        store.upsert_many(records(3))
    args = ["writer", "--db", str(tmp_db), "--redis", redis_server.url, "--drain"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "seeded with 3 URLs" in first.output
    client = redis_server.client()
    assert client.smembers(known_key("example_go_th")) == {r["url"] for r in records(3)}
    client.srem(known_key("example_go_th"), records(1)[0]["url"])
    again = CliRunner().invoke(cli, args)  # seeded once per Redis database, not at every start
    assert again.exit_code == 0 and "seeded" not in again.output
    assert client.scard(known_key("example_go_th")) == 2


def test_urls_of_a_killed_or_interrupted_run_stay_unknown_to_the_next_crawl(
    redis_server: RedisServer, tmp_db: Path
) -> None:
    """Its retry must walk the listing as far again: the killed run may have left holes."""
    client = redis_server.client()
    sent = records(9)
    send_run(client, "killed", sent[:3], complete=None)
    send_run(client, "interrupted", sent[3:6], complete=False)
    send_run(client, "done", sent[6:])
    with ArticleStore(tmp_db) as store:
        StreamWriter(store, client).run(drain=True)
    assert db_rows(tmp_db, "select count(*) from articles") == [(9,)]
    assert client.smembers(known_key("example_go_th")) == {r["url"] for r in sent[6:]}
    runs = db_rows(tmp_db, "select finished_at is not null from crawl_runs order by id")
    assert runs == [(0,), (1,), (1,)]


def crash_after_commit(monkeypatch: pytest.MonkeyPatch, writer: StreamWriter, batch: int) -> None:
    """Kill *writer* (KeyboardInterrupt) between the COMMIT of its *batch*-th batch and the XACK."""
    calls = 0
    real = writer.acknowledge

    def acknowledge(*args: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == batch:
            raise KeyboardInterrupt("killed after the commit")
        real(*args)

    monkeypatch.setattr(writer, "acknowledge", acknowledge)


def test_writer_replays_a_batch_committed_but_not_acknowledged(
    redis_server: RedisServer, tmp_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The crash window between COMMIT and XACK: the replay adds no row and no run."""
    client = redis_server.client()
    send_run(client, "run1", records(12))
    with ArticleStore(tmp_db) as store:
        writer = StreamWriter(store, client, batch_size=5)
        crash_after_commit(monkeypatch, writer, 2)
        with pytest.raises(KeyboardInterrupt):
            writer.run(drain=True)
    assert client.xpending(STREAM, GROUP)["pending"] == 5  # the batch committed, never acked
    with ArticleStore(tmp_db) as store:
        totals = StreamWriter(store, client, batch_size=5).run(drain=True)
    assert totals["skipped"] == 5  # acknowledged, not written again
    assert db_rows(tmp_db, "select count(*), count(distinct url) from articles") == [(12, 12)]
    assert db_rows(tmp_db, "select count(*), sum(finished_at is not null) from crawl_runs") == [
        (1, 1)
    ]
    assert stream_is_drained(client)


# Batches of 5 of one run: [start, a0-a3], [a4-a8], [a9-a11, 2 failures], [finish]; the batch
# committed but not acknowledged, of a run that finished or whose crawl was killed (no finish).
REPLAYED_BATCHES = [
    pytest.param(1, True, id="run start"),
    pytest.param(2, True, id="articles"),
    pytest.param(3, True, id="failures"),
    pytest.param(4, True, id="run finish"),
    pytest.param(1, None, id="run start of a killed crawl"),
    pytest.param(2, None, id="articles of a killed crawl"),
    pytest.param(3, None, id="failures of a killed crawl"),
]


@pytest.mark.parametrize(("batch", "complete"), REPLAYED_BATCHES)
def test_a_replayed_batch_adds_no_failure_no_view_count_and_no_run_count(
    redis_server: RedisServer,
    tmp_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
    complete: bool | None,
) -> None:
    """Killed between COMMIT and XACK: the replay is acknowledged, not applied a second time."""
    client = redis_server.client()
    sent = records(12)
    send_run(client, "run1", sent, failures=2, complete=complete)
    with ArticleStore(tmp_db) as store:
        writer = StreamWriter(store, client, batch_size=5)
        crash_after_commit(monkeypatch, writer, batch)
        with pytest.raises(KeyboardInterrupt):
            writer.run(drain=True)
    assert client.xpending(STREAM, GROUP)["pending"] == (5 if batch < 4 else 1)
    with ArticleStore(tmp_db) as store:
        StreamWriter(store, client, batch_size=5).run(drain=True)
    assert db_rows(tmp_db, "select count(*), count(distinct url) from articles") == [(12, 12)]
    assert db_rows(tmp_db, "select count(*), count(distinct url) from article_versions") == [
        (12, 12)
    ]
    assert db_rows(tmp_db, "select url, count, run_id from view_counts order by count") == [
        (r["url"], r["view_count"], 1) for r in sent
    ]
    assert db_rows(tmp_db, "select url, run_id from failures order by url") == [
        ("https://www.example.go.th/broken/0", 1),
        ("https://www.example.go.th/broken/1", 1),
    ]
    runs = db_rows(
        tmp_db,
        "select id, articles_new, articles_updated, articles_unchanged, failures, "
        "finished_at is not null, summary like '%Stored by the writer: 12 new, 0 updated, "
        "0 unchanged.' from crawl_runs",
    )
    if complete:
        assert runs == [(1, 12, 0, 0, 2, 1, 1)]
        assert client.smembers(known_key("example_go_th")) == {r["url"] for r in sent}
    else:  # unfinished: its URLs stay unknown to the next crawl, its counts are the commits'
        assert runs == [(1, 12, 0, 0, None, 0, None)]
        assert client.smembers(known_key("example_go_th")) == set()
    assert client.hget("khaosan:run:run1", "id") == "1"
    assert stream_is_drained(client)
    assert db_rows(tmp_db, "pragma integrity_check") == [("ok",)]


def read_without_storing(client: Any, consumer: str = "writer") -> int:
    """Read every new entry as a writer killed before its COMMIT would; return how many."""
    reply = client.xreadgroup(GROUP, consumer, {STREAM: ">"}, count=10_000)
    return len(reply[0][1]) if reply else 0


def stored_id(db: Path) -> list[tuple[Any, ...]]:
    return db_rows(db, "select stream, consumer_group, last_ms, last_seq from stream_applied")


def test_replay_compares_entry_ids_as_numbers(redis_server: RedisServer, tmp_db: Path) -> None:
    """As text, 1000-1 sorts before 999-9 and 999-10 before 999-9: such entries were lost."""
    client = redis_server.client()
    first, second = records(14)[:7], records(14)[7:]
    send_run(client, "run1", first, ids=[f"999-{seq}" for seq in range(1, 10)])
    with ArticleStore(tmp_db) as store:
        StreamWriter(store, client).run(drain=True)
    assert stored_id(tmp_db) == [(STREAM, GROUP, 999, 9)]
    send_run(client, "run2", second, ids=["999-10", "999-11", *(f"1000-{s}" for s in range(1, 8))])
    assert read_without_storing(client) == 9
    with ArticleStore(tmp_db) as store:
        totals = StreamWriter(store, client, batch_size=4).run(drain=True)
    assert totals["skipped"] == 0
    assert db_rows(tmp_db, "select count(*) from articles") == [(14,)]
    runs = db_rows(tmp_db, "select articles_new, finished_at is not null from crawl_runs")
    assert runs == [(7, 1), (7, 1)]
    assert stored_id(tmp_db) == [(STREAM, GROUP, 1000, 7)]  # one row: the last id, nothing more
    assert stream_is_drained(client)


def test_a_stream_made_anew_is_stored_whole(redis_server: RedisServer, tmp_db: Path) -> None:
    """Redis lost its data and its new stream has ids below the last one stored: none is skipped."""
    client = redis_server.client()
    send_run(client, "run1", records(6)[:3])
    with ArticleStore(tmp_db) as store:
        StreamWriter(store, client).run(drain=True)
    ((_, _, ms, _),) = stored_id(tmp_db)
    client.flushdb()  # Redis restarted without its append-only file
    client.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
    send_run(client, "run2", records(6)[3:], failures=1, ids=[f"{ms - 1000}-{s}" for s in range(6)])
    assert read_without_storing(client) == 6  # then the writer was killed before its COMMIT
    with ArticleStore(tmp_db) as store:
        totals = StreamWriter(store, client).run(drain=True)
    assert totals["skipped"] == 0
    assert db_rows(tmp_db, "select count(*) from articles") == [(6,)]
    assert db_rows(tmp_db, "select count(*) from failures") == [(1,)]
    assert stored_id(tmp_db) == [(STREAM, GROUP, ms - 1000, 5)]
    assert stream_is_drained(client)


@pytest.mark.slow
def test_writer_killed_mid_batch_loses_nothing(redis_server: RedisServer, tmp_db: Path) -> None:
    """SIGKILL the writer while it commits; the next writer replays its pending entries."""
    client = redis_server.client()
    total = 3000
    send_run(client, "big", records(total))
    argv = [sys.executable, "-m", "crawler", "writer", "--db", str(tmp_db), "--redis",
            redis_server.url, "--batch", "100", "--drain", "--log-level", "WARNING"]  # fmt: skip
    first = subprocess.Popen(argv, cwd=ROOT, env=_env(), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while stored < 300 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)
        if tmp_db.exists():
            try:
                stored = db_rows(tmp_db, "select count(*) from articles")[0][0]
            except sqlite3.OperationalError:
                continue  # not migrated yet
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    stored_at_kill = db_rows(tmp_db, "select count(*) from articles")[0][0]
    assert 0 < stored_at_kill < total, "the writer finished before it could be killed mid-run"
    pending = client.xpending(STREAM, GROUP)["pending"]
    second = subprocess.run(argv, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=240)
    assert second.returncode == 0, second.stderr[-2000:]
    assert db_rows(tmp_db, "select count(*), count(distinct url) from articles") == [(total, total)]
    counts = db_rows(
        tmp_db,
        "select count(*), articles_new, articles_updated, articles_unchanged from crawl_runs",
    )
    assert counts == [(1, total, 0, 0)]  # a batch replayed is not counted again (as unchanged)
    assert db_rows(tmp_db, "select count(*), count(distinct url) from view_counts") == [
        (total, total)
    ]
    assert db_rows(tmp_db, "pragma integrity_check") == [("ok",)]
    assert stream_is_drained(client)
    assert pending > 0 or stored_at_kill < total  # the kill left work for the replay
    # The writer's indexer process indexed everything, what the killed writer queued too.
    assert db_rows(tmp_db, "select count(*) from index_queue") == [(0,)]
    assert db_rows(tmp_db, "select count(*) from articles_segmented") == [(total,)]


def test_a_second_writer_is_refused_while_one_holds_the_lock(
    redis_server: RedisServer, tmp_db: Path
) -> None:
    client = redis_server.client()
    holder = RedisLock(client, "khaosan:writer", ttl=30)
    holder.token = "other-host:1:abc"  # a live writer elsewhere
    assert holder.acquire()
    try:
        result = CliRunner().invoke(
            cli,
            ["writer", "--db", str(tmp_db), "--redis", redis_server.url, "--lock-ttl", "1",
             "--drain"],
        )  # fmt: skip
    finally:
        holder.release()
    assert result.exit_code == 2
    assert "another writer is running" in result.output


# -- the crawl side ----------------------------------------------------------------------------


def test_sink_crawl_waits_for_the_site_lock_then_refuses(redis_server: RedisServer) -> None:
    client = redis_server.client()
    url = "http://127.0.0.2:9/industry/index.php/th/news"
    held = RedisLock(client, lock_key("127_0_0_2"), ttl=30)
    held.token = "worker-b:1:abc"
    assert held.acquire()
    try:
        result = CliRunner().invoke(
            cli,
            ["crawl", "--cms", "k2", "--start-url", url, "--sink", redis_server.url,
             "-s", "KHAOSAN_DIST_LOCK_WAIT=0.2"],
        )  # fmt: skip
    finally:
        held.release()
    assert result.exit_code == 2, result.output
    assert "already in progress on the cluster" in result.output
    assert "worker-b" in result.output


def test_without_the_dist_extra_the_embedded_mode_is_untouched(tmp_path: Path) -> None:
    """redis and rq unimportable: the CLI loads, and --sink says which extra to install."""
    script = (
        "import sys; sys.modules['redis'] = None; sys.modules['rq'] = None\n"
        "from crawler.cli import cli\n"
        "cli(sys.argv[1:])\n"
    )
    base = [sys.executable, "-c", script]
    listed = subprocess.run([*base, "sites"], cwd=ROOT, env=_env(), capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert listed.returncode == 0 and "industry_go_th" in listed.stdout
    refused = subprocess.run(
        [*base, "crawl", "industry_go_th", "--sink", "redis://127.0.0.1:9/0"],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "pip install 'khaosan[dist]'" in refused.stderr


@pytest.mark.slow
def test_sink_crawl_and_writer_store_what_the_embedded_crawl_stores(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    from crawler.replica.k2 import K2Site
    from crawler.replica.server import ReplicaServer

    site = K2Site(articles=14, prefix="/industry", page_size=5)
    embedded, dist = tmp_path / "embedded.db", tmp_path / "dist.db"
    loopback = ["-s", "KHAOSAN_LOOPBACK_HOSTS=127.0.0.2", "--log-level", "WARNING"]
    with ReplicaServer(site, host="127.0.0.2") as server:
        target = ["--cms", "k2", "--start-url", site.listing_url]
        done = run_khaosan("crawl", *target, "--db", str(embedded), *loopback, timeout=240)
        assert done.returncode == 0, done.stderr[-2000:]
        done = run_khaosan("crawl", *target, "--sink", redis_server.url, *loopback, timeout=240)
        assert done.returncode == 0, done.stderr[-2000:]
        assert not dist.exists()  # the crawl never opens SQLite
        written = run_khaosan("writer", "--db", str(dist), "--redis", redis_server.url, "--drain",
                              timeout=240)  # fmt: skip
        assert written.returncode == 0, written.stderr[-2000:]
        columns = "url, site, title, published_at, body, view_count, images, attachments, tags"
        select = f"select {columns} from articles order by url"
        assert db_rows(dist, select) == db_rows(embedded, select)
        assert len(db_rows(dist, select)) == 14
        # Incremental: the second run knows the stored URLs from Redis (the newest page only).
        server.reset_log()
        again = run_khaosan("crawl", *target, "--sink", redis_server.url, *loopback, timeout=240)
        assert again.returncode == 0, again.stderr[-2000:]
        assert server.count("article") == 5
    written = run_khaosan("writer", "--db", str(dist), "--redis", redis_server.url, "--drain",
                          timeout=240)  # fmt: skip
    assert written.returncode == 0, written.stderr[-2000:]
    runs = db_rows(dist, "select articles_new, articles_unchanged, exit_status from crawl_runs")
    assert runs == [(14, 0, 0), (0, 5, 0)]
    assert db_rows(dist, "select count(*), count(distinct url) from articles") == [(14, 14)]


# -- jobs ---------------------------------------------------------------------------------------


def test_a_job_id_cannot_be_queued_twice(redis_server: RedisServer) -> None:
    from rq import Queue
    from rq.job import Job, JobStatus

    from crawler.distributed.jobs import Target, enqueue

    url = "http://127.0.0.2:9/industry/index.php/th/news"
    args = ["enqueue", "--cms", "k2", "--start-url", url, "--redis", redis_server.url]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert first.output == "khaosan-crawl-127_0_0_2\tqueued\n"
    again = CliRunner().invoke(cli, args)
    assert again.output == "khaosan-crawl-127_0_0_2\talready queued\n"
    connection = redis_server.client(decode=False)
    queue = Queue("khaosan", connection=connection)
    # Eight enqueuers at once for a site not queued yet: one job.
    target = Target("127_0_0_3", "k2", url.replace("127.0.0.2", "127.0.0.3"))
    queued: list[bool] = []

    def enqueue_it() -> None:
        queued.append(enqueue(connection, target, mode="crawl", sink=redis_server.url)[1])

    threads = [threading.Thread(target=enqueue_it) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(queued) == [False] * 7 + [True]
    queue.remove("khaosan-crawl-127_0_0_3")
    Job.fetch("khaosan-crawl-127_0_0_3", connection=connection).delete()
    assert queue.job_ids == ["khaosan-crawl-127_0_0_2"]
    job = Job.fetch("khaosan-crawl-127_0_0_2", connection=connection)
    assert job.retries_left == 3 and job.timeout == 3 * 3600 + 60
    # Once the job is over (finished here), the next schedule may queue the site again.
    queue.remove(job.id)
    job.set_status(JobStatus.FINISHED)
    assert CliRunner().invoke(cli, args).output == "khaosan-crawl-127_0_0_2\tqueued\n"
    assert queue.job_ids == ["khaosan-crawl-127_0_0_2"]
    backfill = CliRunner().invoke(cli, [*args, "--mode", "backfill"])
    assert backfill.exit_code == 2 and "backfill takes a registry site" in backfill.output


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_two_rq_workers_crawl_four_hosts_into_sqlite_once(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    """enqueue -> 2 workers (a crawl process per job) -> stream -> one writer -> SQLite."""
    from rq.job import Job

    from crawler.replica.server import ReplicaServer

    sites = {k: v for k, v in family_sites(articles=14, page_size=5).items()
             if k in ("k2", "joomla", "wordpress", "drupal")}  # fmt: skip
    hosts = {family: f"127.0.0.{2 + i}" for i, family in enumerate(sites)}
    db = tmp_path / "khaosan.db"
    servers = [ReplicaServer(site, host=hosts[family]) for family, site in sites.items()]
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for server in servers:
            server.start()
        writer_log = tmp_path / "writer.log"
        writer = _spawn(writer_log, "writer", "--db", str(db), "--redis", redis_server.url)
        procs.append(writer)
        loopback = "KHAOSAN_LOOPBACK_HOSTS=" + ",".join(hosts.values())
        for family, site in sites.items():
            args = ["enqueue", "--cms", family, "--start-url", site.listing_url,
                    "--redis", redis_server.url, "-s", loopback, "--backoff", "1"]  # fmt: skip
            done = run_khaosan(*args, timeout=120)
            assert done.stdout.endswith("\tqueued\n"), done.stderr[-2000:]
        logs = [tmp_path / f"worker{i}.log" for i in range(2)]
        workers = [
            _spawn(log, "worker", "--redis", redis_server.url, "--burst", "--name", log.stem)
            for log in logs
        ]
        procs += workers
        for proc, log in zip(workers, logs, strict=True):
            assert proc.wait(timeout=300) == 0, _tail(log)
        client = redis_server.client()
        deadline = time.monotonic() + 60
        while not stream_is_drained(client) and time.monotonic() < deadline:
            time.sleep(0.2)
        writer.send_signal(signal.SIGTERM)  # a clean stop after the batch in hand
        assert writer.wait(timeout=60) == 0, _tail(writer_log)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        for server in servers:
            server.stop()
    connection = redis_server.client(decode=False)
    for family in sites:
        job = Job.fetch(f"khaosan-crawl-{hosts[family].replace('.', '_')}", connection=connection)
        assert job.get_status() == "finished", (family, job.latest_result())
    for family, site in sites.items():
        key = hosts[family].replace(".", "_")
        urls = [url for (url,) in db_rows(db, f"select url from articles where site = '{key}'")]
        assert sorted(urls) == sorted(e["url"] for e in site.expected_articles()), family
    assert db_rows(db, "select count(*), count(distinct url) from articles") == [(56, 56)]
    runs = db_rows(db, "select site, articles_new, exit_status from crawl_runs order by site")
    assert runs == [(h.replace(".", "_"), 14, 0) for h in sorted(hosts.values())]
    assert db_rows(db, "pragma integrity_check") == [("ok",)]
    assert stream_is_drained(redis_server.client())


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _spawn(log: Path, *args: str) -> subprocess.Popen[bytes]:
    """Start `python -m crawler ARGS` in the background, its stderr to *log* (never a pipe)."""
    with log.open("wb") as handle:
        return subprocess.Popen(
            [sys.executable, "-m", "crawler", *args],
            cwd=ROOT,
            env=_env(),
            stdout=handle,  # RQ logs to stdout
            stderr=subprocess.STDOUT,
        )


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


def _wait_for(predicate: Any, timeout: float, what: str) -> Any:
    """Poll *predicate* until it returns something true; fail the test after *timeout* s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")


def _crawls_of(worker: subprocess.Popen[bytes]) -> list[Any]:
    """Return the crawl processes a worker runs (its work horse's children)."""
    import psutil

    try:
        children = psutil.Process(worker.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    found = []
    for child in children:
        try:
            if "--sink" in child.cmdline():
                found.append(child)
        except psutil.NoSuchProcess:
            continue
    return found


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_sigkill_of_a_crawl_a_worker_and_the_writer_loses_nothing(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    """Kill a crawl, then a whole worker (with its crawl), then the writer: every article once.

    The killed crawl's job is retried by RQ (exit -9); the dead worker's job is found abandoned
    by another worker's maintenance (about a minute: RQ's heartbeat TTL is the monitoring
    interval + 60 s) and retried; the restarted writer replays what it had not acknowledged.
    """
    import psutil
    from rq.job import Job

    from crawler.replica.server import ReplicaServer

    sites = {k: v for k, v in family_sites(articles=60, page_size=10).items()
             if k in ("k2", "joomla", "wordpress", "drupal")}  # fmt: skip
    hosts = {family: f"127.0.0.{2 + i}" for i, family in enumerate(sites)}
    keys = {family: host.replace(".", "_") for family, host in hosts.items()}
    db = tmp_path / "khaosan.db"
    servers = [ReplicaServer(site, host=hosts[family]) for family, site in sites.items()]
    procs: list[subprocess.Popen[bytes]] = []
    worker_args = ["--redis", redis_server.url, "--monitoring-interval", "1",
                   "--maintenance-interval", "2"]  # fmt: skip
    connection = redis_server.client(decode=False)

    def jobs_finished() -> bool:
        ids = [f"khaosan-crawl-{key}" for key in keys.values()]
        return all(Job.fetch(i, connection=connection).get_status() == "finished" for i in ids)

    try:
        for server in servers:
            server.start()
        writer = _spawn(tmp_path / "writer1.log", "writer", "--db", str(db), "--redis",
                        redis_server.url)  # fmt: skip
        procs.append(writer)
        workers = [_spawn(tmp_path / f"worker{i}.log", "worker", *worker_args) for i in range(2)]
        procs += workers
        slow = ["-s", "DOWNLOAD_DELAY=0.1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
                "-s", "KHAOSAN_LOOPBACK_HOSTS=" + ",".join(hosts.values())]  # fmt: skip
        for family, site in sites.items():
            done = run_khaosan("enqueue", "--cms", family, "--start-url", site.listing_url,
                               "--redis", redis_server.url, "--backoff", "1", *slow,
                               timeout=120)  # fmt: skip
            assert done.stdout.endswith("\tqueued\n"), done.stderr[-2000:]
        # 1. One crawl process dies: its job fails (exit -9) and RQ retries it.
        _kill_midway(lambda: _crawls_of(workers[0])[:1], "a crawl on worker 0")

        # 2. A whole worker dies (worker, work horse, crawl): a replacement worker starts.
        def whole_worker() -> list[Any]:
            if not _crawls_of(workers[1]):
                return []
            worker = psutil.Process(workers[1].pid)
            return [worker, *worker.children(recursive=True)]

        _kill_midway(whole_worker, "a crawl on worker 1")
        workers[1].wait(timeout=10)
        procs.append(_spawn(tmp_path / "worker2.log", "worker", *worker_args))
        # 3. The writer dies mid-run; it is restarted.
        _wait_for(lambda: db.exists() and _count(db) > 0, 120, "the first stored articles")
        writer.kill()
        writer.wait(timeout=10)
        writer = _spawn(tmp_path / "writer2.log", "writer", "--db", str(db), "--redis",
                        redis_server.url)  # fmt: skip
        procs.append(writer)
        _wait_for(jobs_finished, 400, "every job finished")
        client = redis_server.client()
        _wait_for(lambda: stream_is_drained(client), 60, "the writer to drain the stream")
        writer.send_signal(signal.SIGTERM)
        assert writer.wait(timeout=60) == 0, _tail(tmp_path / "writer2.log")
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        for server in servers:
            server.stop()
    for family, site in sites.items():
        urls = [
            u for (u,) in db_rows(db, f"select url from articles where site = '{keys[family]}'")
        ]
        assert sorted(urls) == sorted(e["url"] for e in site.expected_articles()), family
    assert db_rows(db, "select count(*), count(distinct url) from articles") == [(240, 240)]
    assert db_rows(db, "pragma integrity_check") == [("ok",)]
    finished = db_rows(db, "select site from crawl_runs where exit_status = 0 order by site")
    assert {site for (site,) in finished} == set(keys.values())


def _kill_midway(processes: Any, what: str) -> None:
    """SIGKILL the processes *processes()* names, a second after they appear, midway through a
    crawl; if the crawl ends first, wait for the next one."""
    import psutil

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = _wait_for(processes, 120, what)
        time.sleep(1.0)
        killed = False
        for process in found:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
                killed = True
        if killed:
            return
    pytest.fail(f"could not kill {what} midway")


def _count(db: Path) -> int:
    try:
        return int(db_rows(db, "select count(*) from articles")[0][0])
    except sqlite3.OperationalError:
        return 0  # not migrated yet


def test_the_cron_file_in_the_docs_registers_schedules_that_queue_each_site_once(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    """docs/distributed.md's `rq cron` file loads, and the function it schedules works."""
    import re

    from rq import Queue
    from rq.cron import CronScheduler

    from crawler.distributed.jobs import enqueue_sites

    text = (ROOT / "docs" / "distributed.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "cron.register" in b)
    path = tmp_path / "cron.py"
    path.write_text(block, encoding="utf-8")
    connection = redis_server.client(decode=False)
    scheduler = CronScheduler(connection=connection)
    scheduler.load_config_from_file(str(path))
    jobs = scheduler.get_jobs()
    assert [job.func for job in jobs] == [enqueue_sites, enqueue_sites]
    assert [job.kwargs["mode"] for job in jobs] == ["crawl", "crawl"]
    first = enqueue_sites(["industry_go_th"], sink=redis_server.url, redis=redis_server.url)
    again = enqueue_sites(["industry_go_th"], sink=redis_server.url, redis=redis_server.url)
    assert first == {"queued": ["khaosan-crawl-industry_go_th"], "already_queued": []}
    assert again == {"queued": [], "already_queued": ["khaosan-crawl-industry_go_th"]}
    assert Queue("khaosan", connection=connection).job_ids == ["khaosan-crawl-industry_go_th"]


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_per_host_rate_holds_with_four_workers_and_a_crawl_by_hand(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    """4 workers on 4 polite hosts, plus a hand-run crawl of one of them: the site lock keeps
    one crawl per host, so no host ever gets more than its configured rate (replica's log)."""
    from crawler.replica.k2 import K2Site
    from crawler.replica.server import LoggedRequest, ReplicaServer

    class TimedReplica(ReplicaServer):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.times: list[float] = []

        def record(self, entry: LoggedRequest) -> None:
            super().record(entry)
            self.times.append(time.monotonic())

        def peak_per_second(self) -> int:
            times, best, start = sorted(self.times), 0, 0
            for end, moment in enumerate(times):
                while moment - times[start] > 1.0:
                    start += 1
                best = max(best, end - start + 1)
            return best

    delay = 0.2
    hosts = [f"127.0.0.{2 + i}" for i in range(4)]
    servers = [TimedReplica(K2Site(articles=20, page_size=10), host=host) for host in hosts]
    polite = [f"DOWNLOAD_DELAY={delay}", "DOWNLOAD_DELAY_JITTER=0", "AUTOTHROTTLE_ENABLED=False",
              "CONCURRENT_REQUESTS_PER_DOMAIN=1", "KHAOSAN_POLITE_LOOPBACK=True",
              "KHAOSAN_LOOPBACK_HOSTS=" + ",".join(hosts),
              "KHAOSAN_DIST_LOCK_WAIT=120"]  # fmt: skip
    settings = [part for setting in polite for part in ("-s", setting)]
    db = tmp_path / "khaosan.db"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for server in servers:
            server.start()
        procs.append(_spawn(tmp_path / "writer.log", "writer", "--db", str(db), "--redis",
                            redis_server.url))  # fmt: skip
        for server in servers:
            done = run_khaosan("enqueue", "--cms", "k2", "--start-url", server.site.listing_url,
                               "--redis", redis_server.url, *settings, timeout=120)  # fmt: skip
            assert done.returncode == 0, done.stderr[-2000:]
        logs = [tmp_path / f"worker{i}.log" for i in range(4)]
        workers = [_spawn(log, "worker", "--redis", redis_server.url, "--burst") for log in logs]
        first_site = servers[0].site.listing_url
        by_hand = _spawn(tmp_path / "by_hand.log", "crawl", "--cms", "k2", "--start-url",
                         first_site, "--sink", redis_server.url, *settings)  # fmt: skip
        procs += [*workers, by_hand]
        for proc, log in [*zip(workers, logs, strict=True), (by_hand, tmp_path / "by_hand.log")]:
            assert proc.wait(timeout=300) == 0, _tail(log)
        client = redis_server.client()
        _wait_for(lambda: stream_is_drained(client), 60, "the writer to drain the stream")
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=30)
        for server in servers:
            server.stop()
    ceiling = int(1 / delay) + 1  # requests that can fall in one closed one-second window
    peaks = [server.peak_per_second() for server in servers]
    assert max(peaks) <= ceiling, peaks
    assert servers[0].count("article") > 20  # two crawls of the first host, one after the other
    assert db_rows(db, "select count(*), count(distinct url) from articles") == [(80, 80)]


@pytest.mark.parametrize("command", [["enqueue", "--all"], ["worker", "--burst"]])
def test_redis_that_does_not_answer_is_exit_1_and_a_bad_url_exit_2(command: list[str]) -> None:
    from click.testing import CliRunner

    from crawler.cli import cli

    down = CliRunner().invoke(cli, [*command, "--redis", "redis://127.0.0.1:9/0"])
    assert down.exit_code == 1 and "cannot use Redis" in down.output
    bad = CliRunner().invoke(cli, [*command, "--redis", "http://127.0.0.1:9/0"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
