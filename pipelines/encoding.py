"""Decode HTML bytes: BOM, HTTP header, meta charset, then detection; catch mislabelled Thai."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Every label old Thai sites use for TIS-620 and its Microsoft superset; decoded as cp874.
THAI_LABELS = frozenset(
    {
        "tis-620",
        "tis620",
        "tis_620",
        "tis620-0",
        "tis620.2529-1",
        "tis620.2533-0",
        "iso-8859-11",
        "iso8859-11",
        "iso8859_11",
        "iso-ir-166",
        "x-tis620",
        "windows-874",
        "x-windows-874",
        "cp874",
        "ms874",
        "dos-874",
        "ibm874",
    }
)
# Latin-1 labels: browsers decode these as windows-1252 (WHATWG Encoding Standard).
LATIN1_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252"}
)
# Codecs that decode any byte string: a page declared so may really be cp874 Thai. Valid UTF-8
# is never second-guessed (Latin-1 letters are normal there: Portuguese, French, ...).
SINGLE_BYTE_CODECS = frozenset({"cp1252", "iso8859-1", "iso8859-15", "cp1250"})
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
META_PRESCAN_BYTES = 4096
# A Thai vowel or tone mark that follows no Thai letter: Latin text read as cp874.
ORPHAN_MARK_RE = re.compile(r"(?:^|[^\u0e01-\u0e4e])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


@dataclass
class Decoded:
    """Decoded page text, the codec used, where it came from and any encoding problem."""

    text: str
    encoding: str
    source: str  # header / meta / bom / detected / fallback
    problem: str | None = None


def thai_encoding_name(label: str) -> str:
    """Map a charset label to a Python codec name; every TIS-620 alias becomes ``cp874``.

    >>> thai_encoding_name("TIS-620"), thai_encoding_name("windows-874"), thai_encoding_name("UTF8")
    ('cp874', 'cp874', 'utf-8')
    """
    name = label.strip().strip("\"'").lower()
    if name in THAI_LABELS:
        return "cp874"
    if name in LATIN1_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _codec_ok(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _decode(body: bytes, encoding: str) -> tuple[str, bool]:
    """Decode strictly if possible; else with replacement. Return (text, clean)."""
    try:
        return body.decode(encoding), True
    except UnicodeDecodeError:
        if encoding == "cp1252":  # the five bytes cp1252 leaves undefined: read as Latin-1
            return body.decode("latin-1"), True
        return body.decode(encoding, errors="replace"), False


def _thai_share(text: str) -> float:
    """Share of Thai letters among the non-ASCII letters of ``text``."""
    text = text[:TEXT_SAMPLE_CHARS]
    non_ascii = len(text) - len(NON_ASCII_LETTER_RE.sub("", text))
    if not non_ascii:
        return 0.0
    return _thai_count(text) / non_ascii


def _thai_count(text: str) -> int:
    """Count Thai characters U+0E01-U+0E5B (cp874 bytes 0xA1-0xFB), without a regex scan."""
    raw = text.encode("cp874", "ignore")
    return len(raw) - len(raw.translate(None, THAI_BYTES))


def _cp874_if_thai(body: bytes) -> str | None:
    """Return the cp874 decoding when it is clean and mostly Thai, else None."""
    text, clean = _decode(body, "cp874")
    if not clean and text.count("\ufffd") > max(2, len(text) // 1000):
        return None
    sample = text[:TEXT_SAMPLE_CHARS]
    thai = _thai_count(sample)
    orphans = len(ORPHAN_MARK_RE.findall(sample))
    if thai >= 10 and _thai_share(text) >= 0.9 and orphans <= 0.02 * thai:
        return text
    return None


# Characters judged per page: enough to tell Thai from mojibake, cheap on megabyte pages.
TEXT_SAMPLE_CHARS = 32_000
NON_ASCII_LETTER_RE = re.compile(r"[^\W\d_\x00-\x7f]")
# Non-space characters outside Latin, Thai and punctuation (U+1680 and U+3000 are spaces).
FOREIGN_CHAR_RE = re.compile(
    "[\u0250-\u0dff\u0e80-\u167f\u1681-\u1fff\u2070-\u2fff\u3001-\U0010ffff]"
)
# Counting goes through bytes.translate, not regex matches: pages are tens of kilobytes.
THAI_BYTES = bytes(range(0xA1, 0xFC))  # U+0E01-U+0E5B in cp874
LATIN1_HIGH_BYTES = bytes(range(0xA1, 0x100))  # U+00A1-U+00FF in Latin-1
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
# The same two classes among cp874 bytes (0x80-0x9F are punctuation there, not controls);
# the spaces are those str.split() splits on.
CP874_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
CP874_SPACE_BYTES = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \xa0"


def _byte_count(raw: bytes, wanted: bytes) -> int:
    return len(raw) - len(raw.translate(None, wanted))


def _latin1_mojibake(text: str) -> bool:
    """Tell whether Latin-1 letters dominate the non-ASCII part (Thai read as Latin-1)."""
    text = text[:TEXT_SAMPLE_CHARS]
    high = _byte_count(text.encode("latin-1", "ignore"), LATIN1_HIGH_BYTES)
    if high < 10:
        return False
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return high >= 0.8 * non_ascii


def looks_like_text(text: str) -> bool:
    """Tell whether decoded text looks like Thai or Latin script rather than mojibake.

    >>> looks_like_text("กระทรวงอุตสาหกรรม <b>news</b>")
    True
    >>> looks_like_text("\\x01\\x02\\ufffd\\ufffdабв")
    False
    """
    sample = text[:TEXT_SAMPLE_CHARS]
    try:
        raw = sample.encode("cp874")
    except UnicodeEncodeError:
        return _looks_like_text_by_chars(sample)
    # Only ASCII, Thai and cp874 punctuation: the same judgement counted on bytes, ten times
    # faster. Of those characters only the euro sign (0x80) is outside the script-like ranges.
    visible = len(raw) - _byte_count(raw, CP874_SPACE_BYTES)
    if not visible:
        return True
    bad = _byte_count(raw, CP874_CONTROL_BYTES)
    good = visible - raw.count(b"\x80")
    return bad <= 0.01 * visible and good >= 0.9 * visible


def _looks_like_text_by_chars(sample: str) -> bool:
    """`looks_like_text` for a sample holding characters that cp874 cannot encode."""
    visible = sum(map(len, sample.split()))
    if not visible:
        return True
    foreign = FOREIGN_CHAR_RE.findall(sample)  # few on a real page, so a list is cheap
    # Bad: controls, U+FFFD replacement characters and private-use code points.
    bad = _byte_count(sample.encode("latin-1", "ignore"), CONTROL_BYTES) + sum(
        1 for ch in foreign if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff"
    )
    # Latin (incl. extensions), Thai and general punctuation count as script-like.
    good = visible - len(foreign)
    return bad <= 0.01 * visible and good >= 0.9 * visible


def _declared(body: bytes, content_type: str | None) -> tuple[str | None, str | None]:
    """Return (codec, source) from the HTTP header (w3lib) or the first meta charset (bs4)."""
    from bs4.dammit import EncodingDetector
    from w3lib.encoding import http_content_type_encoding

    label = http_content_type_encoding(content_type) if content_type else None
    if label and _codec_ok(thai_encoding_name(label)):
        return thai_encoding_name(label), "header"
    label = EncodingDetector.find_declared_encoding(
        body[:META_PRESCAN_BYTES], is_html=True, search_entire_document=False
    )
    if label and _codec_ok(thai_encoding_name(label)):
        return thai_encoding_name(label), "meta"
    return None, None


def _detect(body: bytes) -> Decoded:
    """Decode without a usable declaration: utf-8, then Thai cp874, then charset-normalizer."""
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "detected")
    except UnicodeDecodeError:
        pass
    thai = _cp874_if_thai(body)
    if thai is not None:
        return Decoded(thai, "cp874", "detected")
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        best = None
    else:
        best = from_bytes(body).best()
    if best is not None:
        name = thai_encoding_name(best.encoding)
        if _codec_ok(name):
            text, _ = _decode(body, name)
            return Decoded(text, name, "detected")
    return Decoded(body.decode("utf-8", errors="replace"), "utf-8", "fallback")


def decode_html(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode page bytes to text, trusting BOM, header, meta, detection in that order.

    A declaration the bytes contradict (replacement characters, Thai read as Latin-1) is
    replaced by detection and noted in ``problem``; text that still does not look like Thai
    or Latin script gets a ``problem`` too.

    >>> d = decode_html("ข่าวกระทรวงอุตสาหกรรม".encode("cp874"), "text/html; charset=iso-8859-1")
    >>> d.text, d.encoding, d.source, d.problem is not None
    ('ข่าวกระทรวงอุตสาหกรรม', 'cp874', 'detected', True)
    """
    decoded: Decoded | None = None
    for bom, bom_codec in BOMS:
        if body.startswith(bom):
            text = body[len(bom) :].decode(bom_codec, errors="replace")
            decoded = Decoded(text, bom_codec, "bom")
            break
    if decoded is None:
        name, source = _declared(body, content_type)
        if name is not None and source is not None:
            text, clean = _decode(body, name)
            if clean and name in SINGLE_BYTE_CODECS and _latin1_mojibake(text):
                thai = _cp874_if_thai(body)
                decoded = Decoded(text, name, source)
                if thai is not None:
                    problem = f"encoding: {source} says {name} but bytes are cp874"
                    decoded = Decoded(thai, "cp874", "detected", problem)
            elif clean:
                decoded = Decoded(text, name, source)
            else:
                found = _detect(body)
                if found.encoding == name or found.source == "fallback":
                    decoded = Decoded(text, name, source)
                    if not clean:
                        decoded.problem = f"encoding: bytes are not valid {name} ({source})"
                else:
                    found.problem = f"encoding: {source} says {name} but bytes are {found.encoding}"
                    decoded = found
        else:
            decoded = _detect(body)
    if decoded.problem is None and not looks_like_text(decoded.text):
        decoded.problem = (
            f"encoding: text does not look like Thai or Latin ({decoded.encoding}, "
            f"{decoded.source})"
        )
    return decoded
