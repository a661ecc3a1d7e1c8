"""Security: URL schemes, XML entities, serve's bind address, parameterised SQL, safe export."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.urls import check_url

ROOT = Path(__file__).resolve().parents[1]
BAD_URLS = [
    "file:///etc/passwd",
    "ftp://www.industry.go.th/",
    "javascript:alert(1)",
    "data:text/html,<h1>x</h1>",
    "gopher://127.0.0.1:25/",
    "//www.industry.go.th/no-scheme",
    "http:///no-host",
]
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ROOT><url><loc>&lol9;</loc></url></ROOT>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&xxe;</title><link>http://x/1</link></item></channel></rss>"""


@pytest.mark.parametrize("url", BAD_URLS)
def test_check_url_accepts_only_http(url: str) -> None:
    with pytest.raises(ValueError, match="not an http"):
        check_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/x", "https://www.industry.go.th/"])
def test_check_url_keeps_http_urls(url: str) -> None:
    assert check_url(url) == url


@pytest.mark.parametrize("url", BAD_URLS[:3])
def test_cli_start_url_refuses_other_schemes(url: str, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    result = CliRunner().invoke(cli, ["crawl", "--cms", "k2", "--start-url", url, "--db", db])
    assert result.exit_code == 2, result.output
    assert "http" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow  # a subprocess
def test_cli_base_url_refuses_other_schemes(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "crawler", "crawl", "industry_go_th",
               "--base-url", "file:///etc/passwd", "--db", str(tmp_path / "x.db")]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


@pytest.mark.timeout(10)
@pytest.mark.parametrize("document", [BILLION_LAUGHS, XXE.replace(b"rss", b"urlset")])
def test_sitemap_with_entities_is_refused(document: bytes) -> None:
    feeds = pytest.importorskip("crawler.feeds")
    sitemaps = pytest.importorskip("crawler.sitemaps")
    assert feeds.has_dtd(document)
    with pytest.raises(ValueError):
        sitemaps.sitemap_entries(document, "http://127.0.0.1/")


@pytest.mark.timeout(10)
@pytest.mark.parametrize("document", [BILLION_LAUGHS.replace(b"ROOT", b"rss"), XXE])
def test_feed_with_entities_is_refused(document: bytes) -> None:
    feeds = pytest.importorskip("crawler.feeds")
    with pytest.raises(ValueError):
        feeds.parse_feed(document, "http://127.0.0.1/")


def test_serve_binds_to_loopback_by_default() -> None:
    command = cli.get_command(None, "serve")  # type: ignore[arg-type]
    if command is None:
        pytest.skip("khaosan serve is not installed (datasette extra)")
    host = next(p for p in command.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_export_never_overwrites_without_force(tmp_path: Path) -> None:
    from pipelines.store import ArticleStore

    db = tmp_path / "k.db"
    ArticleStore(db).close()
    target = tmp_path / "out.jsonl"
    target.write_text("keep me\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--db", str(db), "--output", str(target)])
    assert result.exit_code == 2
    assert "--force" in result.output
    assert target.read_text(encoding="utf-8") == "keep me\n"
    forced = ["export", "--db", str(db), "--output", str(target), "--force"]
    assert runner.invoke(cli, forced).exit_code == 0
    assert target.read_text(encoding="utf-8") != "keep me\n"


# -- all SQL is parameterised ------------------------------------------------------------------
# SQL built at run time may interpolate only these expressions: identifiers made from constants
# (column lists from RECORD_FIELDS/RUN_COUNTS/HEALTH_FIELDS, table and tokenizer constants) or an
# int. Values always travel as ? / :name parameters; %-formatting, .format() and + are refused.
SQL_CALLS = {"execute", "executemany", "executescript", "query"}
IDENTIFIER_EXPRS = {
    "fields",  # pipelines/health.py: SUM(<field> IS NOT NULL) over HEALTH_FIELDS
    "names",  # pipelines/store.py: column names of RECORD_FIELDS
    "marks",  # pipelines/store.py: ":name" placeholders for those columns
    "sets",  # pipelines/store.py: "name = :name" for those columns
    "FTS_TOKENIZE",  # pipelines/schema.py: tokenizer option constant
    "MIGRATIONS_TABLE",  # pipelines/schema.py: table name constant
    "int(self.busy_timeout_ms)",  # PRAGMA takes no parameters; an int cannot inject
}


def _sql_calls() -> list[tuple[str, int, ast.expr]]:
    found = []
    for folder in ("pipelines", "crawler"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in SQL_CALLS
                    and node.args
                ):
                    found.append((str(path.relative_to(ROOT)), node.lineno, node.args[0]))
    return found


def _unsafe_parts(expr: ast.expr) -> list[str]:
    """Return the run-time parts of an SQL argument that are not known identifier builders."""
    if isinstance(expr, ast.JoinedStr):
        parts = [ast.unparse(v.value) for v in expr.values if isinstance(v, ast.FormattedValue)]
        return [part for part in parts if part not in IDENTIFIER_EXPRS]
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Mod, ast.Add)):
        if isinstance(expr.left, ast.Constant) and isinstance(expr.right, ast.Constant):
            return []
        return [ast.unparse(expr)]
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        return [ast.unparse(expr)] if expr.func.attr == "format" else []
    return []


def test_sql_calls_are_found() -> None:
    assert len(_sql_calls()) > 10  # the scan sees the store's SQL


@pytest.mark.parametrize(
    ("code", "unsafe"),
    [
        ("conn.execute(f\"SELECT * FROM a WHERE url = '{url}'\")", ["url"]),
        ("conn.execute(\"SELECT * FROM a WHERE url = '%s'\" % url)", ["x"]),
        ('conn.execute("SELECT * FROM a WHERE url = {}".format(url))', ["x"]),
        ('conn.execute("SELECT * FROM a WHERE url = ?", [url])', []),
        ('conn.execute(f"UPDATE a SET {sets} WHERE id = :id", values)', []),
    ],
)
def test_unsafe_sql_is_detected(code: str, unsafe: list[str]) -> None:
    call = ast.parse(code).body[0].value  # type: ignore[attr-defined]
    assert bool(_unsafe_parts(call.args[0])) == bool(unsafe)


def test_all_sql_is_parameterised() -> None:
    unsafe = [
        f"{path}:{lineno}: {parts}"
        for path, lineno, expr in _sql_calls()
        if (parts := _unsafe_parts(expr))
    ]
    assert unsafe == []
