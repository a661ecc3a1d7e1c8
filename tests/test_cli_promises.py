"""Issue 16: the command line keeps its promises (exit statuses, quiet runs, one-line errors,
careful files). One test (or parametrized set) per row of the issue's table."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import ROOT, run_khaosan

from crawler.cli import cli
from pipelines.store import ArticleStore

SUMMARY = re.compile(r"^industry_go_th (crawl|backfill)\b.*Exit \d+ \(.*\)\.")
LISTING = "/industry/index.php/th/about/2017-04-20-15-23-14"


def invoke(*args: str, **kwargs: Any) -> tuple[int, str]:
    """Run the CLI in-process; return (exit code, stdout + stderr)."""
    result = CliRunner().invoke(cli, list(args), **kwargs)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout + result.stderr


def one_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert "Traceback" not in output
    return lines[0]


def dead_url() -> str:
    """Return an http URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def articles(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [url for (url,) in conn.execute("SELECT url FROM articles ORDER BY url")]
    finally:
        conn.close()


def seed(db: Path, count: int = 3, body: str = "โรงงานน้ำตาลเปิดหีบอ้อย") -> None:
    records = [
        {
            "url": f"https://www.industry.go.th/{n}",
            "site": "industry_go_th",
            "title": f"ข่าว {n}",
            "body": body,
            "published_at": f"2018-10-{n % 28 + 1:02d}",
        }
        for n in range(count)
    ]
    with ArticleStore(db) as store:
        store.upsert_many(records)


# -- `khaosan demo` twice on one database ---------------------------------------------------------


@pytest.mark.slow
def test_demo_twice_changes_nothing_keeps_its_own_database_and_its_hint_works(
    tmp_path: Path,
) -> None:
    env = {"KHAOSAN_DB": str(tmp_path / "mine.db")}  # the user's database: the demo leaves it
    first = run_khaosan("demo", "--articles", "12", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    demo_db = tmp_path / "data" / "demo.db"
    urls = articles(demo_db)
    assert len(urls) == 12
    assert all(url.startswith("http://industry-replica.localhost/industry/") for url in urls)
    second = run_khaosan("demo", "--articles", "12", cwd=tmp_path, env=env)
    assert second.returncode == 0, second.stderr
    assert articles(demo_db) == urls  # same URLs: the port is not in them
    assert "0 new articles, 0 updated" in second.stderr
    assert not (tmp_path / "mine.db").exists() and not (tmp_path / "data" / "khaosan.db").exists()
    # The printed URLs are the stored ones, and the printed search hint finds something.
    printed = re.findall(r"^    (http\S+)$", second.stdout, re.M)
    assert printed and set(printed) <= set(urls)
    hint = re.search(r"^try: khaosan (search \S+ --db \S+)", second.stdout, re.M)
    assert hint, second.stdout
    found = run_khaosan(*hint.group(1).split(), cwd=tmp_path)
    assert found.returncode == 0 and "http://industry-replica.localhost/" in found.stdout


@pytest.mark.slow
def test_demo_with_db_uses_that_file(tmp_path: Path) -> None:
    db = tmp_path / "chosen.db"
    result = run_khaosan("demo", "--articles", "10", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(articles(db)) == 10 and not (tmp_path / "data").exists()
    assert f"--db {db}" in result.stdout


# -- `backfill --cms k2 --start-url URL` -------------------------------------------------------


@pytest.mark.slow
def test_backfill_any_url_with_cms_like_crawl(replica: Any, tmp_db: Path) -> None:
    result = run_khaosan(
        "backfill", "--cms", "k2", "--start-url", replica.url + LISTING, "--db", str(tmp_db)
    )
    assert result.returncode == 0, result.stderr
    assert len(articles(tmp_db)) == 30


def test_backfill_without_site_or_cms_names_both_ways(tmp_db: Path) -> None:
    code, output = invoke("backfill", "--db", str(tmp_db))
    assert code == 2 and "--cms" in one_line(output)
    assert not tmp_db.exists()


# -- quiet by default ------------------------------------------------------------------------------


@pytest.mark.slow
def test_crawl_is_quiet_by_default_with_the_summary_last(replica: Any, tmp_db: Path) -> None:
    result = run_khaosan("crawl", "industry_go_th", "--base-url", replica.url, "--db", str(tmp_db))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and SUMMARY.match(lines[-1]), result.stderr
    assert "30 new articles" in lines[-1]
    assert result.stdout == ""


@pytest.mark.slow
@pytest.mark.parametrize("flag", [["-v"], ["--log-level", "INFO"], ["--log-level", "info"]])
def test_verbose_shows_scrapy_info_log_summary_still_last(
    replica: Any, tmp_db: Path, flag: list[str]
) -> None:
    result = run_khaosan(
        "crawl", "industry_go_th", "--base-url", replica.url, "--db", str(tmp_db), *flag
    )
    assert result.returncode == 0, result.stderr
    assert "[scrapy.core.engine] INFO: Spider closed (finished)" in result.stderr
    assert SUMMARY.match(result.stderr.splitlines()[-1]), result.stderr[-2000:]


@pytest.mark.slow
def test_on_a_terminal_the_progress_line_shows_and_the_summary_is_last(tmp_db: Path) -> None:
    import pty

    from crawler.progress import CLEAR_LINE
    from crawler.replica import K2Site, ReplicaServer

    leader, follower = pty.openpty()
    with ReplicaServer(K2Site(120)) as server:
        child = subprocess.Popen(
            [sys.executable, "-m", "crawler", "crawl", "industry_go_th"]
            + ["--base-url", server.url, "--db", str(tmp_db)]
            + ["-s", "KHAOSAN_POLITE_LOOPBACK=true", "-s", "AUTOTHROTTLE_ENABLED=false"]
            + ["-s", "DOWNLOAD_DELAY=0.02", "-s", "DOWNLOAD_DELAY_JITTER=0"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=follower,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        child.wait(timeout=120)
    os.close(leader)
    text = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    assert child.returncode == 0, text
    assert CLEAR_LINE + "pages " in text  # the live line was drawn
    last = text.rstrip("\n").split("\n")[-1].split(CLEAR_LINE)[-1]  # what the screen shows
    assert SUMMARY.match(last), repr(text[-500:])
    assert text.endswith(CLEAR_LINE + last + "\n")  # the live line was wiped first
    assert "INFO" not in text


# -- Ctrl-C during a run ---------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("signum,status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_exits_130_with_progress_saved(tmp_db: Path, signum: int, status: int) -> None:
    from crawler.replica import K2Site, ReplicaServer

    with ReplicaServer(K2Site(400)) as server:
        child = subprocess.Popen(
            [sys.executable, "-m", "crawler", "backfill", "industry_go_th"]
            + ["--base-url", server.url, "--db", str(tmp_db)]
            + ["-s", "KHAOSAN_POLITE_LOOPBACK=true", "-s", "AUTOTHROTTLE_ENABLED=false"]
            + ["-s", "DOWNLOAD_DELAY=0.05", "-s", "DOWNLOAD_DELAY_JITTER=0"]
            + ["-s", "KHAOSAN_DB_BATCH=1"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120
        while child.poll() is None and time.monotonic() < deadline:
            if tmp_db.exists() and len(_stored(tmp_db)) >= 5:
                break
            time.sleep(0.1)
        assert child.poll() is None, "the backfill ended before Ctrl-C"
        child.send_signal(signum)
        _, stderr = child.communicate(timeout=120)
    assert child.returncode == status, stderr
    assert "Traceback" not in stderr
    last = stderr.splitlines()[-1]
    assert SUMMARY.match(last) and "interrupted" in last and f"Exit {status}" in last, stderr
    saved = _stored(tmp_db)
    assert 5 <= len(saved) < 400
    with ArticleStore(tmp_db, readonly=True) as store:
        (run,) = store.last_runs()
    assert run["exit_status"] == status and run["finished_at"]


def _stored(db: Path) -> list[str]:
    try:
        return articles(db)
    except sqlite3.Error:
        return []


# -- `serve` on a busy port: tests/test_serve.py::test_busy_port_is_one_line_exit_1_naming_it ----


# -- `-s DOWNLOAD_TIMEOUT=abc`, `--log-level NOPE` ---------------------------------------------


@pytest.mark.parametrize(
    "args,words",
    [
        (["-s", "DOWNLOAD_TIMEOUT=abc"], ["DOWNLOAD_TIMEOUT=abc", "not a number"]),
        (["-s", "CONCURRENT_REQUESTS=2.5"], ["CONCURRENT_REQUESTS", "whole number"]),
        (["-s", "ROBOTSTXT_OBEY=maybe"], ["ROBOTSTXT_OBEY", "true or false"]),
        (["-s", "DOWNLOAD_TIMEOUT=nan"], ["DOWNLOAD_TIMEOUT"]),
        (["--log-level", "NOPE"], ["--log-level", "NOPE", "WARNING"]),
    ],
)
@pytest.mark.parametrize("command", ["crawl", "backfill"])
def test_bad_setting_or_log_level_is_one_line_exit_2(
    tmp_db: Path, command: str, args: list[str], words: list[str]
) -> None:
    code, output = invoke(command, "industry_go_th", "--db", str(tmp_db), *args)
    assert code == 2
    line = one_line(output)
    assert line.startswith("Error: ") and all(word in line for word in words), line
    assert not tmp_db.exists()


def test_bad_setting_in_a_real_process_has_no_traceback(tmp_db: Path) -> None:
    result = run_khaosan("crawl", "industry_go_th", "--db", str(tmp_db), "-s", "DOWNLOAD_TIMEOUT=x")
    assert result.returncode == 2 and one_line(result.stderr).startswith("Error: -s DOWNLOAD")


def test_good_typed_settings_are_accepted() -> None:
    from crawler.run import crawl_settings

    settings = crawl_settings(
        "x.db", ("DOWNLOAD_TIMEOUT=2.5", "RETRY_TIMES=0", "ROBOTSTXT_OBEY=False", "X_NEW=abc")
    )
    assert settings.getfloat("DOWNLOAD_TIMEOUT") == 2.5
    assert settings.getint("RETRY_TIMES") == 0 and settings.getbool("ROBOTSTXT_OBEY") is False
    assert settings.get("X_NEW") == "abc"


# -- read-only database; dead host ----------------------------------------------------------


def _as_unprivileged() -> list[str]:
    """Return a command prefix under which file modes apply (root ignores them)."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "--user", "true"]).returncode != 0:
        pytest.skip("running as root without user namespaces: cannot make a read-only file")
    return [unshare, "--user"]


def test_crawl_into_read_only_database_is_one_line_exit_1(replica: Any, tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    seed(db)
    db.chmod(0o444)
    result = subprocess.run(
        [*_as_unprivileged(), sys.executable, "-m", "crawler", "crawl", "industry_go_th"]
        + ["--base-url", replica.url, "--db", str(db)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    line = one_line(result.stderr)
    assert line == f"Error: {db}: database or its directory is read-only"
    assert replica.count() == 0  # nothing fetched from a site it could not store


@pytest.mark.slow
def test_crawl_of_a_dead_host_is_one_line_naming_the_cause_exit_1(tmp_db: Path) -> None:
    result = run_khaosan("crawl", "industry_go_th", "--base-url", dead_url(), "--db", str(tmp_db))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr  # the cause, then the summary
    assert "Connection was refused" in lines[0]
    assert SUMMARY.match(lines[1]) and "Exit 1 (could not work)" in lines[1]


# -- export: bad path, full disk, closed pipe ---------------------------------------------


def test_export_to_a_missing_directory_is_one_line_exit_2(tmp_db: Path, tmp_path: Path) -> None:
    seed(tmp_db)
    code, output = invoke("export", "--db", str(tmp_db), "-o", "missing/dir/x.jsonl")
    assert code == 2
    assert one_line(output) == "Error: missing/dir/x.jsonl: directory missing/dir does not exist"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_to_a_full_disk_is_one_line_exit_1(tmp_db: Path) -> None:
    seed(tmp_db)
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "crawler", "export", "--db", str(tmp_db)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert one_line(result.stderr) == "Error: cannot write the output: No space left on device"


def test_export_into_a_closed_pipe_ends_quietly(tmp_db: Path) -> None:
    seed(tmp_db, count=300, body="ข่าว " * 400)  # far more than a pipe buffer holds
    result = subprocess.run(
        f"{sys.executable} -m crawler export --db {tmp_db} | head -1 >/dev/null; "
        'echo "${PIPESTATUS[0]}"',
        shell=True,
        executable="/bin/bash",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() in ("0", "141")
    assert result.stderr == ""


# -- export file modes, symlinks, devices ---------------------------------------------------------


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_export_file_gets_the_umasks_mode(
    tmp_db: Path, tmp_path: Path, umask: int, mode: int
) -> None:
    seed(tmp_db)
    out = tmp_path / "news.jsonl"
    old = os.umask(umask)
    try:
        code, output = invoke("export", "--db", str(tmp_db), "-o", str(out))
    finally:
        os.umask(old)
    assert code == 0, output
    assert stat.S_IMODE(out.stat().st_mode) == mode


def test_export_force_writes_through_a_symlink_keeping_mode(tmp_db: Path, tmp_path: Path) -> None:
    seed(tmp_db)
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    code, output = invoke("export", "--db", str(tmp_db), "--force", "-o", str(link))
    assert code == 0, output
    assert link.is_symlink() and link.resolve() == real
    assert len(real.read_text().splitlines()) == 3
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


@pytest.mark.parametrize("kind", ["device", "directory", "fifo", "link-to-device"])
def test_export_refuses_what_is_not_a_regular_file(tmp_db: Path, tmp_path: Path, kind: str) -> None:
    seed(tmp_db)
    target = {
        "device": Path(os.devnull),
        "directory": tmp_path,
        "fifo": tmp_path / "fifo",
        "link-to-device": tmp_path / "link",
    }[kind]
    if kind == "fifo":
        os.mkfifo(target)
    if kind == "link-to-device":
        target.symlink_to(os.devnull)
    code, output = invoke("export", "--db", str(tmp_db), "--force", "-o", str(target))
    assert code == 2
    assert "not a regular file" in one_line(output)
    assert Path(os.devnull).is_char_device()


# -- a usage error has no side effects --------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["crawl", "--all", "--base-url", "http://127.0.0.1:9"],
        ["crawl", "industry_go_th", "--since", "2561-13-45"],
        ["crawl", "industry_go_th", "--base-url", "ftp://x"],
        ["crawl", "nope_go_th"],
        ["crawl", "industry_go_th", "-s", "JOBDIR=x"],
        ["backfill", "industry_go_th", "--since", "2561-10-05", "--until", "2018-10-01"],
        ["backfill", "--cms", "nope", "--start-url", "http://127.0.0.1:9/"],
        ["crawl", "--cms", "k2"],
        ["search", "x"],
        ["search", "x", "--since", "soon"],
        ["export", "-o", "missing/dir/x.jsonl"],
        ["export", "--format", "parquet"],
        ["stats"],
        ["health"],
        ["serve", "--port", "99999"],
        ["demo", "--articles", "1"],
    ],
    ids=lambda args: " ".join(args),
)
def test_usage_error_creates_no_database(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "sub" / "k.db"
    code, output = invoke(*args, "--db", str(db))
    assert code == 2, output
    assert not db.exists() and not db.parent.exists(), output


# -- extract: empty, binary, other schemes, size cap ------------------------------------


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"", "empty page"),
        (b"  \n\t ", "empty page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not an HTML page"),
        (b"<html><body></body></html>", "no article found in the page"),
    ],
    ids=["empty", "blank", "binary", "no-article"],
)
def test_extract_of_a_page_without_an_article_is_exit_1(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    result = CliRunner().invoke(cli, ["extract", str(page)])
    assert result.exit_code == 1
    assert reason in one_line(result.stderr)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file:/etc/passwd", "ftp://x.go.th/a"])
def test_extract_of_a_non_http_url_is_refused(url: str) -> None:
    code, output = invoke("extract", url)
    assert code == 2 and one_line(output) == f"Error: not an http(s) URL: {url}"


def test_extract_refuses_a_file_larger_than_a_crawl_would(tmp_path: Path) -> None:
    from crawler import settings

    page = tmp_path / "huge.html"
    with page.open("wb") as handle:
        handle.write(b"<html><body><p>")
        handle.truncate(settings.KHAOSAN_ARTICLE_MAXSIZE + 1)
    code, output = invoke("extract", str(page))
    assert code == 1 and "KHAOSAN_ARTICLE_MAXSIZE" in one_line(output)


# -- search syntax, query cap, unknown site ------------------------------------------------


@pytest.fixture
def search_db(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    rows = [
        ("1", "โรงงานน้ำตาลเปิดหีบอ้อย"),
        ("2", "การส่งออกข้าวหอมมะลิ"),
        ("3", "ราคาน้ำตาลในตลาดโลก"),
    ]
    with ArticleStore(db) as store:
        store.upsert_many(
            [
                {"url": f"https://x.go.th/{n}", "site": "x_go_th", "title": "ข่าว", "body": body}
                for n, body in rows
            ]
        )
    return db


@pytest.mark.parametrize(
    "query,expected",
    [
        ("น้ำตาล", ["1", "3"]),
        ("น้ำตาล OR ข้าว", ["1", "2", "3"]),
        ("น้ำตาล NOT ราคา", ["1"]),
        ('"ตลาดโลก"', ["3"]),
        ("มะล*", ["2"]),  # the index holds มะลิ (jasmine)
        ("น้ำตาล or ข้าว", []),  # lower case: a word, not the operator
    ],
)
def test_search_syntax(search_db: Path, query: str, expected: list[str]) -> None:
    code, output = invoke("search", query, "--db", str(search_db), "--json")
    assert code == 0, output
    urls = sorted(json.loads(line)["url"] for line in output.splitlines() if line.startswith("{"))
    assert urls == [f"https://x.go.th/{n}" for n in expected]


def test_search_help_documents_the_syntax() -> None:
    code, output = invoke("search", "--help")
    assert code == 0
    for part in ('"โรงงานน้ำตาล"', "OR", "NOT", "อุตสา*", "300 characters"):
        assert part in output


def test_long_query_is_refused_quickly(search_db: Path) -> None:
    started = time.monotonic()
    code, output = invoke("search", "น้ำตาล" * 2000, "--db", str(search_db))
    assert code == 2 and "longer than 300 characters" in one_line(output)
    assert time.monotonic() - started < 2


def test_search_unknown_site_is_an_error(search_db: Path) -> None:
    code, output = invoke("search", "น้ำตาล", "--db", str(search_db), "--site", "nosuch")
    assert code == 2
    line = one_line(output)
    assert "unknown site 'nosuch'" in line and "x_go_th" in line and "industry_go_th" in line


# -- sites -----------------------------------------------------------------------------------


def test_sites_has_a_header_and_each_sites_own_name() -> None:
    from crawler.registry import load_registry

    code, output = invoke("sites")
    assert code == 0
    lines = output.splitlines()
    assert lines[0].split("\t") == ["key", "name", "cms", "policy", "start_url"]
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    registry = load_registry()
    assert set(rows) == set(registry)
    for key, site in registry.items():
        assert rows[key][1] == site.name_th
    provincial = [row[1] for key, row in rows.items() if key.startswith("industry_go_th_")]
    assert len(set(provincial)) == len(provincial) > 1  # provinces no longer look alike


# -- README, --help and behaviour agree on exit statuses ----------------------------------


def readme_exit_table() -> dict[str, set[int]]:
    """Return {command: statuses} from the README's exit-status table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- exit-statuses:start -->")[1].split("<!-- exit-statuses:end -->")[0]
    table: dict[str, set[int]] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].isdigit():
            continue
        for name in re.findall(r"`(\w+)`", cells[2]):
            table.setdefault(name, set()).add(int(cells[0]))
    return table


def help_exit_statuses(name: str) -> set[int]:
    code, output = invoke(name, "--help")
    assert code == 0
    text = " ".join(output.split())
    match = re.search(r"Exit status: (.*?)\. Example", text)
    assert match, f"`khaosan {name} --help` has no 'Exit status:' paragraph"
    return {int(n) for n in re.findall(r"(?:^|; )(\d+) ", match.group(1))}


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_readme_exit_table_matches_every_commands_help(name: str) -> None:
    table = readme_exit_table()
    assert name in table, f"README's exit-status table does not list `{name}`"
    assert help_exit_statuses(name) == table[name]


# -- README: venv step, honest wording, replicas per family, one JOBDIR story ---------------


def test_readme_install_has_a_venv_step_and_honest_network_wording() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python3 -m venv .venv" in readme
    assert "No network is needed" not in readme
    assert "Installing downloads the dependencies" in readme


def test_readme_says_how_to_start_each_familys_replica() -> None:
    from crawler.registry import FAMILIES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Replica sites")[1].split("\n## ")[0]
    assert "python -m crawler.replica" in section
    for family in sorted(set(FAMILIES) - {"generic", "k2"}):
        assert f"`{family}`" in section, family


def test_docs_tell_one_story_about_jobdir() -> None:
    files = [ROOT / "README.md", ROOT / "crawler" / "settings.py", *(ROOT / "docs").glob("*.md")]
    for path in files:
        text = path.read_text(encoding="utf-8")
        if "JOBDIR" in text:
            assert re.search(r"refuses|does not use|not supported", text), path
            assert "run with a JOBDIR" not in text, path
