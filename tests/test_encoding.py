"""decode_html on real bytes: header, meta, BOM, detection and mislabelled Thai pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.encoding import decode_html, looks_like_text, thai_encoding_name

FIXTURES = Path(__file__).parent / "data" / "encoding"  # decoding cases, not article pairs
PAGES = sorted(FIXTURES.glob("*.html"))


def test_every_page_has_expected_json() -> None:
    assert len(PAGES) >= 10
    assert all(p.with_suffix(".json").exists() for p in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_decode_fixture(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    decoded = decode_html(page.read_bytes(), expected["content_type"])
    assert (decoded.problem is not None) == expected["problem"], decoded.problem
    if expected["encoding"] is not None:
        assert decoded.encoding == expected["encoding"]
        assert decoded.source == expected["source"]
        for phrase in expected["contains"]:
            assert phrase in decoded.text
        assert looks_like_text(decoded.text)


def test_garbage_problem_message() -> None:
    decoded = decode_html((FIXTURES / "garbage_bytes.html").read_bytes(), "text/html")
    assert decoded.problem is not None
    assert decoded.problem.startswith("encoding: text does not look like Thai or Latin (")


def test_mislabel_is_named_in_problem() -> None:
    body = (FIXTURES / "cp874_mislabelled_latin1.html").read_bytes()
    decoded = decode_html(body, "text/html; charset=iso-8859-1")
    assert decoded.problem == "encoding: header says cp1252 but bytes are cp874"


def test_true_latin1_page_stays_latin1() -> None:
    body = "<p>Café résumé naïve à la carte, été déjà vu, pièce, élève, où, garçon</p>"
    decoded = decode_html(body.encode("latin-1"), "text/html; charset=iso-8859-1")
    assert (decoded.text, decoded.encoding, decoded.problem) == (body, "cp1252", None)


def test_ascii_only_without_charset() -> None:
    decoded = decode_html(b"<html><body><p>Hello</p></body></html>")
    assert (decoded.text, decoded.encoding, decoded.source, decoded.problem) == (
        "<html><body><p>Hello</p></body></html>",
        "utf-8",
        "detected",
        None,
    )


def test_header_wins_over_meta() -> None:
    body = '<meta charset="utf-8"><p>ข่าวกระทรวงอุตสาหกรรม</p>'.encode("cp874")
    decoded = decode_html(body, "text/html; charset=windows-874")
    assert (decoded.encoding, decoded.source) == ("cp874", "header")


def test_meta_beyond_prescan_is_ignored() -> None:
    body = b"<!--" + b" " * 5000 + b'--><meta charset="tis-620">' + "ข่าวกระทรวง".encode()
    decoded = decode_html(body)
    assert (decoded.encoding, decoded.source) == ("utf-8", "detected")


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("TIS-620", "cp874"),
        ("tis620", "cp874"),
        ("ISO-8859-11", "cp874"),
        ("x-tis620", "cp874"),
        ("windows-874", "cp874"),
        ('"Windows-874"', "cp874"),
        ("utf-8", "utf-8"),
        ("UTF8", "utf-8"),
        ("iso-8859-1", "cp1252"),
        ("no-such-charset", "no-such-charset"),
    ],
)
def test_thai_encoding_name(label: str, codec: str) -> None:
    assert thai_encoding_name(label) == codec


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("กระทรวงอุตสาหกรรม จับมือ UNIDO", True),
        ("Plain English news text, with punctuation — and quotes “like this”.", True),
        ("\x01\x02\x03\x04 abc \x05\x06\x07", False),
        ("\ufffd\ufffd\ufffd abc", False),
        ("", True),
    ],
)
def test_looks_like_text(text: str, expected: bool) -> None:
    assert looks_like_text(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Atenção: comentários não serão aprovados pelo moderador, classificação já publicada.",
        "Déjà vu à l'été: élève, pièce, garçon, où, naïve, résumé, château, forêt, côte.",
    ],
)
@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", None])
def test_valid_utf8_latin_page_is_not_taken_for_thai(text: str, content_type: str | None) -> None:
    # UTF-8 Latin letters (C3 A7 = ç) read as cp874 are Thai letters; valid UTF-8 stays UTF-8.
    body = f'<meta charset="utf-8"><p>{text * 3}</p>'.encode()
    decoded = decode_html(body, content_type)
    assert (decoded.encoding, decoded.problem) == ("utf-8", None)
    assert text in decoded.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ข่าว\ue000\ue001\ue002 ok", False),  # private-use code points
        ("ข่าว" * 30 + "\x85", True),  # one C1 control in a long line stays under 1%
        ("ข่าว" + "\x85" * 5, False),
        ("Новости " * 5, False),  # Cyrillic: neither Thai nor Latin
        ("ข่าว 中文", False),
    ],
)
def test_looks_like_text_counts(text: str, expected: bool) -> None:
    assert looks_like_text(text) is expected
