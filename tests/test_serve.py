"""`khaosan serve`: Datasette on a free loopback port, Thai search over HTTP (JSON and HTML)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from crawler.cli_db import metadata_for
from pipelines.store import ArticleStore

ROOT = Path(__file__).resolve().parents[1]
BODY = "นายสุริยะ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เปิดเผยว่าโรงงานน้ำตาลทั่วประเทศเตรียมเปิดหีบอ้อย"
SERVE = "import sys; from crawler.cli_db import serve; sys.exit(serve())"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        return response.read().decode("utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("serve") / "news.db"
    with ArticleStore(db) as store:
        store.upsert_many(
            [
                {
                    "url": "https://www.industry.go.th/1",
                    "site": "industry_go_th",
                    "title": "เปิดหีบอ้อย",
                    "body": BODY,
                    "published_at": "2018-10-03T17:08:00+07:00",
                    "category": "ข่าว",
                },
                {
                    "url": "https://www.industry.go.th/2",
                    "site": "industry_go_th",
                    "title": "การส่งออก",
                    "body": "การส่งออกสินค้า",
                    "published_at": "2019-02-01",
                },
            ]
        )
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            get(base + "/-/versions.json")
            break
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                output = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"khaosan serve did not start:\n{output}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_thai_search_canned_query_json(server: str) -> None:
    query = urllib.parse.urlencode({"q": "น้ำตาล", "_shape": "array"})
    rows = json.loads(get(f"{server}/news/thai_search.json?{query}"))
    assert [r["url"] for r in rows] == ["https://www.industry.go.th/1"]
    assert "[น้ำตาล]" in rows[0]["snippet"] and "\u200b" not in rows[0]["snippet"]


def test_thai_search_canned_query_html_page(server: str) -> None:
    html = get(f"{server}/news/thai_search?" + urllib.parse.urlencode({"q": "น้ำตาล"}))
    assert "Thai search" in html
    assert "https://www.industry.go.th/1" in html
    assert "[น้ำตาล]" in html
    assert "https://www.industry.go.th/2" not in html


def test_snippet_markers_are_in_thai_fonts(server: str) -> None:
    html = get(f"{server}/news/thai_search?" + urllib.parse.urlencode({"q": "น้ำตาล"}))
    assert "【" not in html and "】" not in html  # CJK brackets: missing from Thai fonts


@pytest.mark.parametrize("table", ["articles", "articles_browse"])
def test_table_search_runs_the_thai_search(server: str, table: str) -> None:
    query = urllib.parse.urlencode({"_search": "น้ำตาล", "_shape": "array"})
    rows = json.loads(get(f"{server}/news/{table}.json?{query}"))
    assert [r["url"] for r in rows] == ["https://www.industry.go.th/1"]
    html = get(f"{server}/news/{table}?" + urllib.parse.urlencode({"_search": "น้ำตาล"}))
    assert "https://www.industry.go.th/1" in html and "https://www.industry.go.th/2" not in html


def test_articles_page_has_a_thai_search_box(server: str) -> None:
    html = get(f"{server}/news/articles")
    assert '<form action="thai_search"' in html and 'name="q"' in html


def test_busy_port_is_one_line_exit_1_naming_it(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    ArticleStore(db).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "crawler", "serve", "--db", str(db), "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        f"Error: port {port} on 127.0.0.1 is in use: choose another with --port"
    ]


def test_empty_thai_search_is_not_an_error(server: str) -> None:
    rows = json.loads(get(f"{server}/news/thai_search.json?_shape=array&q="))
    assert rows == []


def test_year_facet_and_latest_per_site(server: str) -> None:
    data = json.loads(get(f"{server}/news/articles_browse.json"))
    years = {r["value"]: r["count"] for r in data["facet_results"]["year"]["results"]}
    assert years == {2018: 1, 2019: 1}
    rows = json.loads(get(f"{server}/news/latest_per_site.json?_shape=array"))
    assert [r["url"] for r in rows] == [
        "https://www.industry.go.th/2",
        "https://www.industry.go.th/1",
    ]


def test_metadata_is_keyed_by_the_database_file_name() -> None:
    metadata = metadata_for("somewhere/my-news.db")
    assert list(metadata["databases"]) == ["my-news"]
    assert {"thai_search", "latest_per_site"} <= set(metadata["databases"]["my-news"]["queries"])
