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


def _cp874_if_thai(body: bytes) -> str | None:
    """Return the cp874 decoding when it is clean and mostly Thai, else None.

    cp874 has one byte per character (an undefined byte decodes to one U+FFFD), so the
    sample's characters are counted on its bytes: no re-encoding, no regex scan.
    """
    text, clean = _decode(body, "cp874")
    if not clean and text.count("\ufffd") > max(2, len(text) // 1000):
        return None
    raw = body[:TEXT_SAMPLE_CHARS]
    thai = _byte_count(raw, CP874_THAI)
    if thai < 10:
        return None
    letters = _byte_count(raw, CP874_LETTERS)  # non-ASCII letters: Thai letters only, here
    classes = raw.translate(CP874_MARK_CLASSES)
    # A mark (m) first or after a character outside U+0E01-U+0E4E (x): Latin read as cp874.
    orphans = classes.count(b"xm") + classes.startswith(b"m")
    if letters and thai / letters >= 0.9 and orphans <= 0.02 * thai:
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
# cp874 leaves 0xDB-0xDE and 0xFC-0xFF undefined; the rest of 0xA1-0xFB is U+0E01-U+0E5B.
CP874_THAI = bytes([*range(0xA1, 0xDB), *range(0xDF, 0xFC)])
CP874_MARKS = bytes([0xD1, *range(0xD4, 0xDB), *range(0xE7, 0xEF)])  # vowel and tone marks
CP874_LETTERS = bytes(
    b for b in CP874_THAI if NON_ASCII_LETTER_RE.match(bytes([b]).decode("cp874"))
)
# Each byte as m (a mark), a (another character of U+0E01-U+0E4E) or x (anything else).
CP874_MARK_CLASSES = bytes(
    ord("m") if b in CP874_MARKS else ord("a") if b in CP874_THAI and b <= 0xEE else ord("x")
    for b in range(256)
)
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


def looks_like_text(text: str, cp874_head: bytes | None = None) -> bool:
    """Tell whether decoded text looks like Thai or Latin script rather than mojibake.

    ``cp874_head``: the bytes *text* was cleanly decoded from as cp874, if it was (its first
    TEXT_SAMPLE_CHARS bytes are then the sample's encoding, so none is made).

    >>> looks_like_text("กระทรวงอุตสาหกรรม <b>news</b>")
    True
    >>> looks_like_text("\\x01\\x02\\ufffd\\ufffdабв")
    False
    """
    sample = text[:TEXT_SAMPLE_CHARS]
    if cp874_head is not None:
        return _looks_like_text_by_cp874(cp874_head[:TEXT_SAMPLE_CHARS])
    judged = _looks_like_thai_utf8(sample)
    return judged if judged is not None else _looks_like_text_by_encoding(sample)


def _looks_like_text_by_encoding(sample: str) -> bool:
    """`looks_like_text` for any sample: counted on its cp874 bytes if it has them."""
    try:
        raw = sample.encode("cp874")
    except UnicodeEncodeError:
        return _looks_like_text_by_chars(sample)
    return _looks_like_text_by_cp874(raw)


def _looks_like_text_by_cp874(raw: bytes) -> bool:
    """`looks_like_text` for a sample of ASCII, Thai and cp874 punctuation, on its cp874
    bytes: the same judgement counted on bytes, ten times faster. Of those characters only
    the euro sign (0x80) is outside the script-like ranges."""
    visible = len(raw) - _byte_count(raw, CP874_SPACE_BYTES)
    if not visible:
        return True
    bad = _byte_count(raw, CP874_CONTROL_BYTES)
    good = visible - raw.count(b"\x80")
    return bad <= 0.01 * visible and good >= 0.9 * visible


ASCII_BYTES = bytes(range(0x80))
ASCII_SPACE_BYTES = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "


def _looks_like_thai_utf8(sample: str) -> bool | None:
    """`looks_like_text` for a sample of ASCII and Thai-block characters alone, counted on
    its UTF-8 bytes (encoding to UTF-8 is far cheaper than to cp874); None for any other
    sample.

    Both other ways judge such a sample alike: its Thai characters are visible, none is a
    control or the euro sign, so the controls among its visible characters decide.

    >>> _looks_like_thai_utf8("ข่าว <b>news</b>"), _looks_like_thai_utf8("ข่าว ©")
    (True, None)
    """
    raw = sample.encode("utf-8")
    high = raw.translate(None, ASCII_BYTES)
    thai = high.count(b"\xe0")  # U+0800-U+0FFF start with it; B8 / B9 next: U+0E00-U+0E7F
    if len(high) != 3 * thai or high.count(b"\xe0\xb8") + high.count(b"\xe0\xb9") != thai:
        return None
    visible = len(raw) - 2 * thai - _byte_count(raw, ASCII_SPACE_BYTES)
    if not visible:
        return True
    return _byte_count(raw, CP874_CONTROL_BYTES) <= 0.01 * visible


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
    # A clean cp874 decoding pairs each byte with a character: the check reads the bytes.
    clean_cp874 = (
        decoded.encoding == "cp874"
        and decoded.source != "bom"
        and "\ufffd" not in decoded.text[:TEXT_SAMPLE_CHARS]
    )
    if decoded.problem is None and not looks_like_text(decoded.text, body if clean_cp874 else None):
        decoded.problem = (
            f"encoding: text does not look like Thai or Latin ({decoded.encoding}, "
            f"{decoded.source})"
        )
    return decoded


# UTF-8 Thai read as windows-1252 or Latin-1 and saved again: every Thai letter's lead bytes
# E0 B8 / E0 B9 show as "à¸" / "à¹" (a double-encoded old post, a sidebar's title).
MOJIBAKE_THAI = ("à¸", "à¹")


def repaired(text: str) -> str:
    """Return *text* with UTF-8 Thai that was read as windows-1252 put right (ftfy's
    fix_encoding, run only where the page shows the tell-tale pairs); other text unchanged.

    >>> repaired("ข่าว " + "นายก".encode("utf-8").decode("latin-1") + " วันนี้")
    'ข่าว นายก วันนี้'
    """
    if "à" not in text or not any(mark in text for mark in MOJIBAKE_THAI):
        return text  # (one scan of the page for their first letter, rare in Thai pages)
    import ftfy  # (imported for the few pages that need it)

    return ftfy.fix_encoding(text)
