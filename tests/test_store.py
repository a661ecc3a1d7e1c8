"""ArticleStore on real database files: upserts, history, runs, bad databases, durability."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest.mock import ANY

import pytest

from crawler.items import RECORD_FIELDS, Article, CrawlFailure
from pipelines.store import ArticleStore, SQLitePipeline, StoreError

ROOT = Path(__file__).resolve().parents[1]
BODY = "กระทรวงอุตสาหกรรมจัดประชุมเรื่องการพัฒนาอุตสาหกรรมอย่างยั่งยืน\nที่มา: กองประชาสัมพันธ์"


def make_record(n: int = 1, **changes: Any) -> dict[str, Any]:
    """Return a complete article record (the shape Article.record() gives)."""
    record = Article(
        url=f"https://www.industry.go.th/th/news/{n}",
        site="industry_go_th",
        title=f"ข่าวกระทรวงอุตสาหกรรม {n}",
        published_at="2018-10-03T17:08:00+07:00",
        published_at_raw="03 ตุลาคม 2561 17:08",
        body=BODY,
        source="กองประชาสัมพันธ์",
        view_count=10,
        images=["https://www.industry.go.th/images/1.jpg"],
        attachments=[{"url": "https://www.industry.go.th/files/a.pdf", "name": "เอกสาร"}],
        tags=["อุตสาหกรรม"],
        category="ข่าวประชาสัมพันธ์",
        language="th",
        content_hash=f"hash-{n}",
        problems=[],
    ).record()
    record.update(changes)
    return record


@pytest.fixture
def store(tmp_path: Path):
    opened = ArticleStore(tmp_path / "khaosan.db")
    yield opened
    opened.close()


def count(store: ArticleStore, table: str) -> int:
    return store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_new_article_is_stored_whole_with_lists_as_lists(store: ArticleStore) -> None:
    record = make_record()
    assert store.upsert(record, now="2024-01-01T00:00:00+00:00") == "new"
    expected = {
        **record,
        "first_seen_at": "2024-01-01T00:00:00+00:00",
        "last_seen_at": "2024-01-01T00:00:00+00:00",
    }
    assert store.get(record["url"]) == expected
    assert list(store.get(record["url"]) or {}) == list(RECORD_FIELDS)
    raw = store.conn.execute("SELECT images, tags FROM articles").fetchone()
    assert raw == ('["https://www.industry.go.th/images/1.jpg"]', '["อุตสาหกรรม"]')
    assert [v["version"] for v in store.versions(record["url"])] == [1]


def test_recrawl_unchanged_adds_no_version_and_keeps_first_seen(store: ArticleStore) -> None:
    record = make_record()
    store.upsert(record, now="2024-01-01T00:00:00+00:00")
    assert store.upsert(record, now="2024-02-01T00:00:00+00:00") == "unchanged"
    stored = store.get(record["url"]) or {}
    assert (stored["first_seen_at"], stored["last_seen_at"]) == (
        "2024-01-01T00:00:00+00:00",
        "2024-02-01T00:00:00+00:00",
    )
    assert count(store, "article_versions") == 1
    assert count(store, "articles") == 1


def test_changed_body_adds_one_version_and_keeps_old_text(store: ArticleStore) -> None:
    record = make_record()
    store.upsert(record)
    changed = make_record(body="เนื้อหาใหม่ที่แก้ไขแล้ว", content_hash="hash-changed")
    assert store.upsert(changed) == "updated"
    versions = store.versions(record["url"])
    assert [(v["version"], v["body"], v["content_hash"]) for v in versions] == [
        (1, BODY, "hash-1"),
        (2, "เนื้อหาใหม่ที่แก้ไขแล้ว", "hash-changed"),
    ]
    assert (store.get(record["url"]) or {})["body"] == "เนื้อหาใหม่ที่แก้ไขแล้ว"


def test_text_is_segmented_again_only_when_title_or_body_changes(
    store: ArticleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipelines.store

    segmented: list[str] = []
    real = pipelines.store.segment
    monkeypatch.setattr(pipelines.store, "segment", lambda t: segmented.append(t) or real(t))
    store.upsert(make_record())
    assert segmented == ["ข่าวกระทรวงอุตสาหกรรม 1", BODY]
    segmented.clear()
    new_date = make_record(published_at="2018-10-04", content_hash="hash-new-date")
    assert store.upsert(new_date) == "updated"
    assert store.upsert(make_record(view_count=99, content_hash="hash-new-date")) == "unchanged"
    assert segmented == []  # same title and body: the index entry stays
    assert store.upsert(make_record(body="เนื้อหาใหม่", content_hash="hash-new-body")) == "updated"
    assert segmented == ["ข่าวกระทรวงอุตสาหกรรม 1", "เนื้อหาใหม่"]


def test_changed_view_count_adds_observation_and_no_version(store: ArticleStore) -> None:
    store.upsert(make_record(view_count=10), now="2024-01-01T00:00:00+00:00")
    assert store.upsert(make_record(view_count=25), now="2024-01-02T00:00:00+00:00") == "unchanged"
    assert count(store, "article_versions") == 1
    rows = store.conn.execute(
        "SELECT observed_at, count FROM view_counts ORDER BY rowid"
    ).fetchall()
    assert rows == [("2024-01-01T00:00:00+00:00", 10), ("2024-01-02T00:00:00+00:00", 25)]
    assert (store.get(make_record()["url"]) or {})["view_count"] == 25


def test_no_view_count_no_observation(store: ArticleStore) -> None:
    store.upsert(make_record(view_count=None))
    assert count(store, "view_counts") == 0


def test_missing_content_hash_is_computed_so_versions_still_work(store: ArticleStore) -> None:
    store.upsert(make_record(content_hash=None))
    assert store.upsert(make_record(content_hash=None, view_count=99)) == "unchanged"
    assert store.upsert(make_record(content_hash=None, title="หัวข้อใหม่")) == "updated"
    assert count(store, "article_versions") == 2


def test_upsert_many_reports_each_status(store: ArticleStore) -> None:
    store.upsert(make_record(1))
    statuses = store.upsert_many(
        [make_record(1), make_record(2), make_record(1, content_hash="x")], run_id=None
    )
    assert statuses == ["unchanged", "new", "updated"]
    assert store.known_urls("industry_go_th") == {make_record(1)["url"], make_record(2)["url"]}
    assert store.known_urls("other_site") == set()
    assert store.get("https://nowhere.example/") is None


def test_upsert_many_is_one_transaction(store: ArticleStore) -> None:
    bad = make_record(3, site=None)  # violates NOT NULL: the whole batch must roll back
    with pytest.raises(StoreError, match="khaosan.db"):
        store.upsert_many([make_record(1), make_record(2), bad])
    assert count(store, "articles") == 0
    assert count(store, "article_versions") == 0
    assert count(store, "articles_segmented") == 0


def test_runs_and_failures(store: ArticleStore) -> None:
    run_id = store.start_run("industry_go_th", "backfill", {"KHAOSAN_SINCE": "2018-01-01"})
    failure = CrawlFailure(
        url="https://www.industry.go.th/x",
        site="industry_go_th",
        kind="http",
        message="HTTP 500",
        http_status=500,
    ).record()
    store.record_failure(failure, run_id=run_id)
    store.finish_run(
        run_id,
        pages_fetched=7,
        articles_new=3,
        articles_updated=1,
        articles_unchanged=2,
        exit_status=0,
        summary="done",
    )
    (run,) = store.last_runs("industry_go_th")
    assert {
        k: run[k]
        for k in (
            "id",
            "site",
            "mode",
            "pages_fetched",
            "articles_new",
            "articles_updated",
            "articles_unchanged",
            "failures",
            "exit_status",
            "settings",
            "summary",
        )
    } == {
        "id": run_id,
        "site": "industry_go_th",
        "mode": "backfill",
        "pages_fetched": 7,
        "articles_new": 3,
        "articles_updated": 1,
        "articles_unchanged": 2,
        "failures": 1,
        "exit_status": 0,
        "settings": {"KHAOSAN_SINCE": "2018-01-01"},
        "summary": "done",
    }
    assert run["finished_at"] >= run["started_at"]
    row = store.conn.execute("SELECT url, site, run_id, kind, http_status, message FROM failures")
    assert row.fetchall() == [
        ("https://www.industry.go.th/x", "industry_go_th", run_id, "http", 500, "HTTP 500")
    ]
    with pytest.raises(TypeError):
        store.finish_run(run_id, bogus=1)


def test_last_runs_newest_first_and_limited(store: ArticleStore) -> None:
    ids = [store.start_run(site, "crawl", {}) for site in ("a", "b", "a")]
    assert [r["id"] for r in store.last_runs()] == ids[::-1]
    assert [r["id"] for r in store.last_runs("a", limit=1)] == [ids[2]]


def test_readonly_store_reads_but_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with ArticleStore(path) as writable:
        writable.upsert(make_record())
    with ArticleStore(path, readonly=True) as readonly:
        assert readonly.known_urls("industry_go_th") == {make_record()["url"]}
        with pytest.raises(StoreError, match="read-only"):
            readonly.upsert(make_record(2))


def test_readonly_store_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        ArticleStore(tmp_path / "missing.db", readonly=True)
    assert list(tmp_path.iterdir()) == []


def test_missing_parent_directory_is_created(tmp_path: Path) -> None:
    with ArticleStore(tmp_path / "data" / "k.db") as store:
        assert store.upsert(make_record()) == "new"


# -- bad databases: one-line error, file untouched --------------------------------------------


def make_directory(path: Path) -> None:
    path.mkdir()


def make_text_file(path: Path) -> None:
    path.write_text("url,title\nhttps://x,ข่าว\n", encoding="utf-8")


def make_random_bytes(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 40)


def make_fake_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)


def make_newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, "
        "name TEXT, applied_at TEXT)"
    )
    conn.executemany(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [("khaosan", "m001_articles", "x"), ("khaosan", "m099_from_the_future", "x")],
    )
    conn.commit()
    conn.close()


BAD_DATABASES = [
    ("directory", make_directory, "is a directory"),
    ("text file", make_text_file, "not a SQLite database"),
    ("random bytes", make_random_bytes, "not a SQLite database"),
    ("corrupt after header", make_fake_header, "not a SQLite database|corrupt"),
    ("newer schema", make_newer_schema, "newer than this khaosan.*m099_from_the_future"),
]


def snapshot(directory: Path) -> dict[str, bytes | None]:
    """Return every entry of a directory with its bytes (None for directories)."""
    return {p.name: None if p.is_dir() else p.read_bytes() for p in sorted(directory.iterdir())}


@pytest.mark.parametrize("readonly", [False, True], ids=["writable", "readonly"])
@pytest.mark.parametrize(
    ("make", "message"), [b[1:] for b in BAD_DATABASES], ids=[b[0] for b in BAD_DATABASES]
)
def test_bad_database_one_line_error_file_untouched(
    tmp_path: Path, make: Any, message: str, readonly: bool
) -> None:
    path = tmp_path / "khaosan.db"
    make(path)
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match=message) as caught:
        ArticleStore(path, readonly=readonly)
    text = str(caught.value)
    assert "\n" not in text and str(path) in text
    assert snapshot(tmp_path) == before  # same bytes, no -wal/-shm/-journal files


def test_locked_database_one_line_error_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "khaosan.db"
    with ArticleStore(path) as store:
        store.upsert(make_record())
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    before = snapshot(tmp_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked") as caught:
            ArticleStore(path, busy_timeout_ms=50)
        assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert snapshot(tmp_path) == before


def test_write_lock_held_elsewhere_gives_locked_error(tmp_path: Path) -> None:
    path = tmp_path / "khaosan.db"
    store = ArticleStore(path, busy_timeout_ms=50)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked"):
            store.upsert(make_record())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.upsert(make_record()) == "new"
    store.close()


def test_parent_that_is_a_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        ArticleStore(tmp_path / "afile" / "k.db")


# -- durability ------------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from pipelines.store import ArticleStore
    store = ArticleStore({path!r})
    body = "การพัฒนาอุตสาหกรรมอย่างยั่งยืน " * 200
    n = 0
    print("ready", flush=True)
    while True:
        batch = []
        for _ in range(20):
            n += 1
            batch.append(dict(url=f"https://x/{{n}}", site="s", title=f"ข่าว {{n}}",
                              body=f"{{n}} " + body + f" {{n}}", view_count=n,
                              content_hash=f"h{{n}}"))
        store.upsert_many(batch)
    """
)


@pytest.mark.slow  # a subprocess
def test_sigkill_during_writes_leaves_only_whole_articles(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    script = WRITER.format(root=str(ROOT), path=str(path))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # wait until some batches are committed
        time.sleep(0.2)
        try:
            with sqlite3.connect(path) as probe:
                if probe.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= 100:
                    break
        except sqlite3.OperationalError:
            continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = conn.execute("SELECT url, body, view_count FROM articles").fetchall()
    assert len(rows) >= 100 and len(rows) % 20 == 0  # whole batches only
    for url, body, views in rows:
        n = int(url.rsplit("/", 1)[1])
        assert body.startswith(f"{n} ") and body.endswith(f" {n}") and views == n
    for table in ("article_versions", "view_counts", "articles_segmented"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == len(rows)
    conn.close()
    with ArticleStore(path) as store:  # and the store carries on
        assert store.upsert(make_record()) == "new"


DISK_FULL = textwrap.dedent(
    """
    import resource, signal, sys
    sys.path.insert(0, {root!r})
    from pipelines.store import ArticleStore, StoreError
    store = ArticleStore({path!r})
    store.upsert(dict(url="https://x/0", site="s", title="ก่อน", body="ก่อน"))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
    try:
        for i in range(1, 200):
            store.upsert(dict(url=f"https://x/{{i}}", site="s", title="t", body="ข่าว" * 20000))
    except StoreError as error:
        print(error)
        sys.exit(1)
    """
)


def test_full_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    store = ArticleStore(path)
    store.upsert(make_record(1))
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 5}")
    with pytest.raises(StoreError, match="disk full") as caught:
        for n in range(2, 50):
            store.upsert(make_record(n, body="ข่าว" * 5000))
    assert str(path) in str(caught.value)
    assert store.get(make_record(1)["url"]) == {
        **make_record(1),
        "first_seen_at": ANY,
        "last_seen_at": ANY,
    }
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.close()


def test_disk_full_is_a_clear_error_and_the_database_stays_intact(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    ArticleStore(path).close()
    limit = path.stat().st_size + 400_000
    script = DISK_FULL.format(root=str(ROOT), path=str(path), limit=limit)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr
    line = result.stdout.strip()
    assert "disk full" in line and str(path) in line and "\n" not in line, line
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    titles = {t for (t,) in conn.execute("SELECT title FROM articles")}
    assert "ก่อน" in titles
    conn.close()


# -- the Scrapy adapter ----------------------------------------------------------------------


class FakeStats:
    def __init__(self, values: dict[str, Any]) -> None:
        self.values = dict(values)

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + count

    def get_stats(self) -> dict[str, Any]:
        return dict(self.values)


def fake_crawler(db: Path, batch: int, profile: bool = False) -> Any:
    from scrapy.settings import Settings

    settings = Settings(
        {"KHAOSAN_DB": str(db), "KHAOSAN_DB_BATCH": batch, "KHAOSAN_SITE_PROFILE": profile}
    )
    spider = SimpleNamespace(name="industry_go_th", site_key="industry_go_th", mode="crawl")
    # Twelve pages answered 200 and three articles came without a body: the run judges exit 3.
    stats = FakeStats(
        {
            "response_received_count": 12,
            "downloader/response_status_count/200": 12,
            "khaosan/articles_seen": 3,
            "khaosan/missing/body": 3,
        }
    )
    return SimpleNamespace(settings=settings, stats=stats, spider=spider)


def test_pipeline_counts_runs_and_flushes_on_close(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    with ArticleStore(db) as store:
        store.upsert(make_record(1))
    crawler = fake_crawler(db, batch=2)
    pipeline = SQLitePipeline.from_crawler(crawler)
    pipeline.open_spider()
    assert crawler.spider.run_id == pipeline.run_id
    for n in (1, 2, 3):
        article = Article(**{k: v for k, v in make_record(n).items()})
        assert pipeline.process_item(article) is article
    failure = CrawlFailure(url="https://x/bad", site="industry_go_th", kind="parse", message="m")
    pipeline.process_item(failure)
    assert len(pipeline.buffer) == 1  # batch of 2 flushed, the third waits
    pipeline.close_spider()
    with ArticleStore(db) as store:
        (run,) = store.last_runs()
        assert len(store.known_urls("industry_go_th")) == 3
    assert (run["articles_new"], run["articles_unchanged"], run["articles_updated"]) == (2, 1, 0)
    assert (run["pages_fetched"], run["failures"], run["exit_status"]) == (12, 1, 3)
    assert run["settings"]["KHAOSAN_DB_BATCH"] == 2
    assert crawler.stats.values["khaosan/articles_new"] == 2
    assert crawler.stats.values["khaosan/articles_unchanged"] == 1


def test_hostile_values_are_stored_verbatim(store: ArticleStore) -> None:
    url = "https://x/'); DROP TABLE articles; --"
    record = make_record(url=url, site="s'--", title='"; DELETE FROM articles; "', tags=["'"])
    assert store.upsert(record) == "new"
    assert store.get(url) == {**record, "first_seen_at": ANY, "last_seen_at": ANY}
    assert store.known_urls("s'--") == {url}


def test_opening_a_store_never_touches_the_file_outside_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain open/close of the file would drop this process's POSIX locks on it."""
    import builtins
    import io
    import os

    db = tmp_path / "k.db"
    ArticleStore(db).close()
    names = {str(db), str(db) + "-wal", str(db) + "-shm"}
    touched: list[str] = []

    def guard(real: Any) -> Any:
        def call(file: Any, *args: Any, **kwargs: Any) -> Any:
            if str(file) in names:
                touched.append(str(file))
            return real(file, *args, **kwargs)

        return call

    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(io, "open", guard(io.open))
    monkeypatch.setattr(os, "open", guard(os.open))
    with ArticleStore(db) as writer:
        writer.upsert(make_record(1))
        with ArticleStore(db, readonly=True) as reader:
            assert reader.known_urls("industry_go_th") == {make_record(1)["url"]}
    assert touched == []


def test_run_counts_commit_with_the_articles_and_finish_keeps_them(store: ArticleStore) -> None:
    run_id = store.start_run("industry_go_th", "crawl", {})
    assert store.run_counts(run_id) == {"new": 0, "updated": 0, "unchanged": 0, "failures": 0}
    store.upsert_many([make_record(1), make_record(2)], run_id=run_id)
    store.upsert_many([make_record(1), make_record(2, content_hash="changed")], run_id=run_id)
    with pytest.raises(StoreError):
        with store._transaction():
            store.upsert_many([make_record(3)], run_id=run_id)
            raise sqlite3.OperationalError("disk I/O error")  # the batch is rolled back
    assert store.run_counts(run_id) == {"new": 2, "updated": 1, "unchanged": 1, "failures": 0}
    store.finish_run(run_id, pages_fetched=4, exit_status=0, summary="done")
    (run,) = store.last_runs()
    assert (run["articles_new"], run["articles_updated"], run["articles_unchanged"]) == (2, 1, 1)
    assert run["failures"] == 0 and run["finished_at"]


def test_the_stream_id_stored_only_grows_and_rolls_back_with_its_batch(
    store: ArticleStore,
) -> None:
    """One row per stream and group, compared as numbers; a batch rolled back takes its id."""
    assert store.stream_applied("s", "g") is None
    store.mark_stream_applied("s", "g", (999, 10))
    store.mark_stream_applied("s", "g", (999, 9))  # a replay of an older batch: no step back
    store.mark_stream_applied("other", "g", (5, 0))
    assert store.stream_applied("s", "g") == (999, 10)
    store.mark_stream_applied("s", "g", (1000, 0))
    with pytest.raises(StoreError):
        with store._transaction():
            store.mark_stream_applied("s", "g", (1000, 5))
            raise sqlite3.OperationalError("disk I/O error")
    assert store.stream_applied("s", "g") == (1000, 0)
    assert count(store, "stream_applied") == 2
    store.forget_stream_applied("s", "g")
    assert store.stream_applied("s", "g") is None
    assert store.stream_applied("other", "g") == (5, 0)


def test_symlink_and_relative_names_reach_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "store").mkdir()
    real = tmp_path / "store" / "k.db"
    link = tmp_path / "elsewhere.db"
    link.symlink_to(real)
    with ArticleStore(link) as store:
        store.upsert(make_record(1))
        # The WAL lives beside the real file, where every other name for it looks.
        assert real.with_name("k.db-wal").exists()
        assert not link.with_name("elsewhere.db-wal").exists()
    monkeypatch.chdir(tmp_path)
    with ArticleStore("store/../store/k.db", readonly=True) as store:
        assert len(store.known_urls("industry_go_th")) == 1


def test_previous_run_ended_early_sees_killed_interrupted_and_failed_runs(
    store: ArticleStore,
) -> None:
    assert not store.previous_run_ended_early("industry_go_th")
    killed = store.start_run("industry_go_th", "crawl", {})  # never finished: SIGKILL
    own = store.start_run("industry_go_th", "crawl", {})
    assert store.previous_run_ended_early("industry_go_th", own)
    store.finish_run(killed, exit_status=0, summary="industry_go_th crawl: done. Exit 0")
    assert not store.previous_run_ended_early("industry_go_th", own)
    for status, summary in ((1, "could not work"), (0, "industry_go_th crawl interrupted (x)")):
        run = store.start_run("industry_go_th", "crawl", {})
        store.finish_run(run, exit_status=status, summary=summary)
        assert store.previous_run_ended_early("industry_go_th", own), summary
    run = store.start_run("industry_go_th", "crawl", {})
    store.finish_run(run, exit_status=3, summary="fields missing")  # walked to the end
    assert not store.previous_run_ended_early("industry_go_th", own)
    assert not store.previous_run_ended_early("other_go_th", own)


def test_crawlers_of_one_process_share_one_connection(tmp_path: Path) -> None:
    """`crawl --all` runs a crawler per site: one connection serves them all, and stays open
    until the last of them closes."""
    db = tmp_path / "k.db"
    first, second = (SQLitePipeline.from_crawler(fake_crawler(db, batch=1)) for _ in range(2))
    first.open_spider()
    second.open_spider()
    assert first.store is second.store
    shared = first.store
    first.process_item(Article(**make_record(1)))
    first.close_spider()
    second.process_item(Article(**make_record(2)))  # written after the first crawler closed
    assert shared.conn is not None
    second.close_spider()
    assert shared.conn is None
    with ArticleStore(db) as store:
        assert len(store.known_urls("industry_go_th")) == 2
        assert [run["finished_at"] is not None for run in store.last_runs()] == [True, True]
