"""Load the replica's real Thai texts (seed article + 50 thaigov texts) once per process."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

SEED_FILE = "000_0bb2e76d97dba4f6.txt"
TITLE_PREFIX = "รัฐบาลไทย-"  # "Royal Thai Government-", prefix of the thaigov page <title>
PRINT_LABEL = "พิมพ์"  # "print": a stray button label in some thaigov texts
SOURCE_URL_RE = re.compile(r"^ที่มา\s*:\s*(https?://\S+)\s*$")  # "source : URL" last line
SEPARATOR_RE = re.compile(r"^[-*.…–_=]{4,}")  # a sign-off rule: -----, *****, ....., ……
# Sign-off lines of the thaigov press office that end many texts ("PR group, spokesman office").
SIGN_OFFS = frozenset({"กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก", "สำนักโฆษก"})
HITS_RE = re.compile(r"อ่าน\s+(\d+)\s+ครั้ง")  # "read N times"
MODIFIED_RE = re.compile(r"ปรับปรุงล่าสุดเมื่อ\s+(.+?)\s*$")  # "last modified on ..."
SOURCE_LABEL_RE = re.compile(r"^ที่มา\s*:\s*(.+)$")  # "source: office"
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))  # zero-width chars


@dataclass(frozen=True, slots=True)
class CorpusText:
    """One thaigov text: headline, section, date line and body paragraphs."""

    name: str
    title: str
    section: str
    category: str
    date_line: str
    paragraphs: tuple[str, ...]
    source_url: str | None


@dataclass(frozen=True, slots=True)
class SeedArticle:
    """The real industry.go.th article the replica serves as item 40464."""

    title: str
    published_raw: str
    modified_raw: str
    view_count: int
    paragraphs: tuple[str, ...]
    source: str


def clean_line(text: str) -> str:
    """Return *text* in NFC with zero-width characters out and whitespace folded to one space.

    >>> clean_line("\\ufeff  ก.อุตสาหกรรม\\u200b  จับมือ\\xa0UNIDO ")
    'ก.อุตสาหกรรม จับมือ UNIDO'
    """
    return " ".join(unicodedata.normalize("NFC", text).translate(INVISIBLE).split())


def parse_thaigov_text(text: str, name: str = "", category: str | None = None) -> CorpusText:
    """Parse one thaigov-corpus file: title line, date line, headline repeats, paragraphs.

    >>> doc = parse_thaigov_text(
    ...     "\\ufeffรัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ ลงพื้นที่\\n\\nวันจันทร์ที่ 5 มีนาคม 2561\\n"
    ...     "นายกฯ ลงพื้นที่\\nย่อหน้าแรก\\nย่อหน้าสอง\\n-----\\nกลุ่มข่าว\\n\\n"
    ...     "ที่มา : http://www.thaigov.go.th/news/contents/details/1")
    >>> doc.title, doc.section, doc.date_line, doc.paragraphs
    ('นายกฯ ลงพื้นที่', 'ข่าวทำเนียบรัฐบาล', 'วันจันทร์ที่ 5 มีนาคม 2561', ('ย่อหน้าแรก', 'ย่อหน้าสอง'))
    """
    lines = [clean_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 3 or not lines[0].startswith(TITLE_PREFIX):
        label = name or text[:40]
        raise ValueError(f"not a thaigov text (no {TITLE_PREFIX!r} title line): {label!r}")
    section, _, title = lines[0][len(TITLE_PREFIX) :].partition("-")
    title = title.strip()
    if not title:
        raise ValueError(f"thaigov text without a headline: {name or lines[0]!r}")
    date_line = lines[1]
    source_url = None
    paragraphs: list[str] = []
    for line in lines[2:]:
        match = SOURCE_URL_RE.match(line)
        if match:
            source_url = match.group(1)
            break
        if SEPARATOR_RE.match(line):
            break  # the sign-off block after a rule is not article text
        if line == PRINT_LABEL or line == title or line.startswith("Written by"):
            continue  # print label, repeated headline, byline: page furniture, not text
        paragraphs.append(line)
    while paragraphs and paragraphs[-1] in SIGN_OFFS:
        paragraphs.pop()
    if not paragraphs:
        raise ValueError(f"thaigov text without paragraphs: {name or title!r}")
    return CorpusText(
        name=name,
        title=title,
        section=section,
        category=category or section,
        date_line=date_line,
        paragraphs=tuple(paragraphs),
        source_url=source_url,
    )


def parse_seed_text(text: str) -> SeedArticle:
    """Parse the seed page text: date, title, image placeholder, paragraphs, rule, footer.

    >>> seed = parse_seed_text(
    ...     "03 ตุลาคม 2561 17:08\\n\\nหัวข้อ\\n\\nimage\\n\\nหนึ่ง\\n\\n สอง \\n\\n---------\\n\\n"
    ...     "ที่มา: สำนักบริหารกลาง...\\n\\nอ่าน 12 ครั้ง ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14\\n")
    >>> seed.title, seed.paragraphs, seed.source, seed.view_count, seed.modified_raw
    ('หัวข้อ', ('หนึ่ง', 'สอง'), 'สำนักบริหารกลาง...', 12, '14 กุมภาพันธ์ 2560 10:14')
    """
    lines = [clean_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 4:
        raise ValueError(f"seed text too short: {text[:40]!r}")
    published_raw, title = lines[0], lines[1]
    paragraphs: list[str] = []
    source = modified_raw = None
    view_count = None
    in_body = True
    for line in lines[2:]:
        if in_body and SEPARATOR_RE.match(line):
            in_body = False
        elif in_body and line != "image":
            paragraphs.append(line)
        elif not in_body:
            if (match := SOURCE_LABEL_RE.match(line)) and source is None:
                source = match.group(1).strip()
            if match := HITS_RE.search(line):
                view_count = int(match.group(1))
            if match := MODIFIED_RE.search(line):
                modified_raw = match.group(1)
    if not paragraphs or source is None or view_count is None or modified_raw is None:
        raise ValueError(f"seed text lacks body, source, hits or modified line: {title!r}")
    return SeedArticle(
        title=title,
        published_raw=published_raw,
        modified_raw=modified_raw,
        view_count=view_count,
        paragraphs=tuple(paragraphs),
        source=source,
    )


def corpus_dir() -> Traversable:
    """Return the packaged corpus folder."""
    return files("crawler.replica") / "corpus"


def _manifest_categories() -> dict[str, str]:
    """Map text file names to their upstream category, from manifest.tsv."""
    with (corpus_dir() / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["file"].rpartition("/")[2]: clean_line(row["category"]) for row in rows}


@cache
def load_corpus() -> tuple[CorpusText, ...]:
    """Return the 50 thaigov texts, parsed, in file-name order (read once per process)."""
    categories = _manifest_categories()
    texts_dir = corpus_dir() / "texts"
    names = sorted(entry.name for entry in texts_dir.iterdir() if entry.name.endswith(".txt"))
    return tuple(
        parse_thaigov_text(
            (texts_dir / name).read_text(encoding="utf-8-sig"), name, categories.get(name)
        )
        for name in names
    )


@cache
def load_seed() -> SeedArticle:
    """Return the seed article (read once per process)."""
    return parse_seed_text((corpus_dir() / "seed" / SEED_FILE).read_text(encoding="utf-8-sig"))
