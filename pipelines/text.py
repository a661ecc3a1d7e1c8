"""Turn article HTML into clean text lines and pull data out of the page furniture."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from pipelines import boilerplate
from pipelines.boilerplate import folded_text
from pipelines.record_table import HEADLINE_LABELS, header_row_fields_as_lines
from pipelines.tabs import drop_other_tabs
from pipelines.thai_dates import parse_thai_date_detailed
from pipelines.word_gate import Said, WordGate

# Zero-width space/non-joiner/joiner, word joiner, BOM and soft hyphen: invisible, dropped.
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Spaces of any width (NBSP, thin, ideographic, ...) except tab, folded to one space.
SPACES_RE = re.compile(
    "[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\r\f\v\x1c-\x1e\x85\u2028\u2029]+"
)  # (with the separators str.splitlines breaks at: a line stays one line)
# Private-use characters: an icon font's glyphs typed into the page (Font Awesome's eye
# U+F06E before "543 Views"); they mean nothing as text and part what they stood between.
ICON_GLYPH_RE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]+")
HTML_SPACE_RE = re.compile(r"[ \t\n\r\f]+")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# Elements whose start and end break the line.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main "
    "nav ol p pre section summary table tbody tfoot thead tr ul legend option textarea".split()
)
CELL_TAGS = frozenset({"td", "th"})
# Elements whose line breaks are the text's: a plain-text release in <pre>, or shown in a
# read-only <textarea> (its text as typed).
PREFORMATTED = frozenset({"pre", "textarea"})
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "select", "button"}
)
ATTACHMENT_RE = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z)(?:$|[?#&])", re.I)
# Image URLs or classes that mark site furniture, not article pictures.
NON_ARTICLE_IMAGE_RE = re.compile(
    r"icon|spacer|blank|pixel|emoticon|smiley|smilies|emoji|banner|logo|button|btn|"
    r"share|social|facebook|twitter|line[-_]?it|linkedin|pinterest|whatsapp|rss|"
    r"loading|arrow|bullet|avatar|rating|star|print|mail",
    re.I,
)
# Image sources that no web visitor can load (Word pastes, mail parts, scripts).
_LOCAL_SCHEME_RE = re.compile(r"\s*(?:file|cid|about|javascript|blob|mhtml):", re.I)
LAZY_SRC_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-full-url")
MIN_IMAGE_SIDE = 50


@dataclass
class CleanedBody:
    """Clean body text plus the data found in its furniture."""

    body: str | None
    source: str | None = None
    view_count: int | None = None
    modified_raw: str | None = None
    published_raw: str | None = None
    images: list[str] = field(default_factory=list)
    attachments: list[dict[str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # a tag list printed as plain text
    by_byline: bool = False  # the source is only the office of a "โดย <office>" byline


# Sara am typed as two characters, nikhahit (U+0E4D) then sara aa (U+0E32), a tone mark perhaps
# between (text pasted from PDFs): one sara am (U+0E33), as NFC does not compose them.
SPLIT_SARA_AM_RE = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def clean_line(line: str) -> str:
    """Normalise one line: NFC, invisible characters out, spaces folded, cells tab-joined.

    >>> clean_line("  ข่าว\\u200bสาร\\u00a0 ล่าสุด \\t ครั้ง ")
    'ข่าวสาร ล่าสุด\\tครั้ง'
    >>> clean_line("\\uf06e 543 Views\\uf164 13")
    '543 Views 13'
    >>> clean_line("น\\u0e4d\\u0e49\\u0e32ท่วม กรมชลประทานแจ\\u0e49ง") == "น้ำท่วม กรมชลประทานแจ้ง"
    True
    """
    line = unicodedata.normalize("NFC", line)
    if "\u0e4d" in line:  # nikhahit + sara aa typed for sara am (NFC keeps them apart)
        line = SPLIT_SARA_AM_RE.sub("\\1\u0e33", line)
    if line.isprintable():  # no invisible characters and no space but U+0020: fold in C
        return " ".join(line.split())
    line = ICON_GLYPH_RE.sub(" ", INVISIBLE_RE.sub("", line))
    if "\t" not in line:  # one cell, the common case
        return SPACES_RE.sub(" ", line).strip()
    cells = (SPACES_RE.sub(" ", cell).strip() for cell in line.split("\t"))
    return "\t".join(cell for cell in cells if cell)


def clean_text(text: str) -> str:
    """Clean plain text: NFC (never NFKD), no zero-width chars, spaces folded, no empty lines.

    >>> clean_text("วันนี้\\u00a0\\u00a0(3 ต.ค. 61)\\n\\n  นายอุตตม\\u200b สาวนายน  \\n")
    'วันนี้ (3 ต.ค. 61)\\nนายอุตตม สาวนายน'
    """
    lines = (clean_line(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _parse(html: str | etree._Element) -> etree._Element | None:
    if not isinstance(html, str):
        return html
    if not html.strip():
        return None
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    # A fragment that is only a comment parses to the comment itself: no text to walk.
    return root if isinstance(root.tag, str) else None


def html_to_lines(html: str | etree._Element) -> list[str]:
    """Render HTML as clean text lines: blocks, <br>, list items and table rows break lines.

    Table cells are joined by a tab; inline elements are joined as written (no spaces
    invented inside Thai words).

    >>> html_to_lines("<p>กระทรวง<b>อุตสาหกรรม</b><br>ข่าว</p><table><tr><td>ก<td>1</table>")
    ['กระทรวงอุตสาหกรรม', 'ข่าว', 'ก\\t1']
    """
    root = _parse(html)
    if root is None:
        return []
    boilerplate.drop_comments(root)
    if root.find(".//table") is not None:
        header_row_fields_as_lines(root)  # a field table's columns as "label : value" lines
    lines: list[str] = []
    buf: list[str] = []
    cells_in_row: list[int] = []
    pre_depth = 0

    def flush() -> None:
        if buf:
            line = clean_line("".join(buf))
            if line:
                lines.append(line)
            buf.clear()

    def add(text: str | None) -> None:
        if not text:
            return
        if pre_depth:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    flush()
                buf.append(part)
        elif "  " in text or "\n" in text or "\t" in text or "\r" in text or "\f" in text:
            buf.append(HTML_SPACE_RE.sub(" ", text))
        else:
            buf.append(text)  # no run of HTML spaces to fold

    walker = etree.iterwalk(root, events=("start", "end"))
    skipping = 0  # id of the element whose subtree is skipped
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None or tag.lower() in SKIP_TAGS:
                walker.skip_subtree()
                skipping = id(el)
                continue
            tag = tag.lower()
            if tag == "br":
                flush()
            elif tag in CELL_TAGS:
                if cells_in_row:
                    if cells_in_row[-1] and buf:
                        buf.append("\t")
                    cells_in_row[-1] += 1
            elif tag in BLOCK_TAGS:
                flush()
                if tag == "tr":
                    cells_in_row.append(0)
                elif tag in PREFORMATTED:
                    pre_depth += 1
            add(el.text)
        else:
            if skipping == id(el):
                skipping = 0
            elif tag is not None:
                tag = tag.lower()
                if tag in BLOCK_TAGS:
                    flush()
                    if tag == "tr" and cells_in_row:
                        cells_in_row.pop()
                    elif tag in PREFORMATTED:
                        pre_depth -= 1
            if el is not root:
                add(el.tail)
    flush()
    return lines


_COUNT_RE = re.compile(rf"{boilerplate.SPACED_THOUSANDS}|[0-9][0-9,]*")
# "1.3K", "11.9K", "2M", "1.3 พัน" (thousand), "1.1 หมื่น" (ten thousand), "แสน", "ล้าน".
ABBREVIATED_COUNT_RE = re.compile(
    rf"(?<![0-9.,])(?P<number>[0-9]+(?:\.[0-9]+)?)\s?(?P<unit>{boilerplate.COUNT_UNIT})"
)
COUNT_UNITS = {
    "k": 1_000,
    "m": 1_000_000,
    "พัน": 1_000,
    "หมื่น": 10_000,
    "แสน": 100_000,
    "ล้าน": 1_000_000,
}


def parse_view_count(text: str) -> int | None:
    """Read a view count from counter text (commas and Thai digits allowed).

    >>> parse_view_count("อ่าน 12,660 ครั้ง"), parse_view_count("๑๒๓ views"), parse_view_count("-")
    (12660, 123, None)
    >>> parse_view_count("เปิดอ่าน 1\u00a0877 ครั้ง"), parse_view_count("2 569")
    (1877, 2569)

    A count shown abbreviated, with no exact figure printed, is the figure it rounds to:

    >>> parse_view_count("เข้าชม 11.9K"), parse_view_count("๑.๓ พัน ครั้ง"), parse_view_count("1K")
    (11900, 1300, 1000)
    """
    text = text.translate(THAI_DIGITS)
    short = ABBREVIATED_COUNT_RE.search(text)
    if short is not None:  # shown abbreviated: the figure it rounds to
        return round(float(short["number"]) * COUNT_UNITS[short["unit"].lower()])
    m = _COUNT_RE.search(text)
    if m is None:
        return None
    digits = re.sub(r"[,\s]", "", m.group(0))
    return int(digits) if digits else None


# What marks an element (or its icon) as the page's view counter: classes, ids, titles and
# aria-labels saying views / hits / reads / an eye icon (Font Awesome fa-eye, tagDiv
# td-icon-views, Post Views Counter post-views-count), or อ่าน / เข้าชม / ผู้ชม.
COUNTER_HINT_RE = re.compile(
    r"views?(?![a-z])|view[-_]?count|pageviews?|hits?(?![a-z])|reads?(?![a-z])|"
    r"(?<![a-z])eye(?![a-z])|visits?(?![a-z])|icon-visibility(?![a-z-])|อ่าน|เข้าชม|ผู้ชม",
    re.I,
)
NOT_COUNTER_RE = re.compile(r"comment|share|like|vote|rating|repl|review|star|download", re.I)
# A number alone, perhaps in brackets as an eye icon's count prints it: "1,204", "(๑,๒๓๔)".
BARE_NUMBER_RE = re.compile(
    r"(?P<open>\(\s*)?(?:[0-9๐-๙]{1,3}(?:[,.][0-9๐-๙]{3})*|[0-9๐-๙]+)(?(open)\s*\))"
)


def find_counter(root: etree._Element) -> int | None:
    """Return the number an element marked as a view counter prints alone, or None.

    A counter printed as a bare number beside an eye icon, or in an element whose class, id,
    title or aria-label says views, is the page's view count (the labelled ones, อ่าน N ครั้ง,
    are read as text lines).

    >>> find_counter(lxml.html.fromstring('<div><span class="meta-views"><i class="fa fa-eye">'
    ...     '</i> <span>1,204</span></span><span class="comments">3</span></div>'))
    1204
    """
    el = counter_element(root)
    return parse_view_count("".join(el.itertext())) if el is not None else None


# Where a number's label may sit: its class and id, its title, aria-label or tooltip
# (Angular Material's matTooltip="จำนวนผู้เข้าชม", Bootstrap's data-bs-title).
COUNTER_MARK_ATTRS = (
    "class",
    "id",
    "title",
    "aria-label",
    "mattooltip",
    "data-tooltip",
    "data-title",
    "data-bs-title",
    "data-original-title",
)


def text_up_to(el: etree._Element, limit: int, sep: str = "") -> str | None:
    """Return the element's text (its strings joined by *sep*), or None once they pass
    *limit* characters or the element holds more than *limit* elements.

    Short-element tests run over every element of a page; reading each one's whole subtree
    would cost the square of a deeply nested page's depth.

    >>> text_up_to(lxml.html.fromstring("<b>ab<i>cd</i>e</b>"), 5), text_up_to(
    ...     lxml.html.fromstring("<b>ab<i>cde</i>f</b>"), 5)
    ('abcde', None)
    """
    parts: list[str] = []
    size = 0
    for steps, (event, node) in enumerate(etree.iterwalk(el, events=("start", "end"))):
        if steps > 2 * limit:
            return None
        if event == "start":
            piece = node.text if isinstance(node.tag, str) else None
        else:
            piece = node.tail if node is not el else None
        if piece:
            size += len(piece)
            if size > limit:
                return None
            parts.append(piece)
    return sep.join(parts)


def counter_element(root: etree._Element) -> etree._Element | None:
    """Return the element printing a view counter as a bare number (see find_counter)."""
    for el in root.iter("span", "div", "li", "b", "strong", "em", "small", "a", "p", "dd"):
        text = (text_up_to(el, 60) or "").strip()
        if not text or len(text) > 15 or not BARE_NUMBER_RE.fullmatch(text):
            continue
        marks: list[str] = []
        parent = el.getparent()
        holders = [el]
        if parent is not None and parent is not root:
            if "".join(parent.itertext()).strip() == text:  # the number's own wrapper
                holders.append(parent)
        for node in holders:
            marks += [node.get(name) or "" for name in COUNTER_MARK_ATTRS]
            marks.append(_label_after(node))
            marks += [  # icons: <i class="fa fa-eye">, <span class="dashicons-eye">, <mat-icon>
                child.get("class") or ""
                for child in node
                if isinstance(child.tag, str)
                and (child.tag in ("i", "span", "svg") or child.tag.endswith("icon"))
                and not "".join(child.itertext()).strip()
            ]
        said = " ".join(marks)
        if COUNTER_HINT_RE.search(said) and not NOT_COUNTER_RE.search(said):
            return el
    return None


# A counter's label printed as its own element after the number: "VIEWS" (JNews's share
# stats print <div class="counts">735</div><span>VIEWS</span>), "views", "hits", "reads".
COUNTER_LABEL_RE = re.compile(r"views?|hits?|reads?", re.I)


def _label_after(node: etree._Element) -> str:
    """Return the label printed right after a bare number as the next element, or "".

    Only a label that is a counter word alone counts ("735" then "VIEWS"; not "0" then
    "SHARES", nor a number followed by any other text).

    >>> _label_after(lxml.html.fromstring('<p><b>735</b><span>VIEWS</span></p>')[0])
    'VIEWS'
    """
    nxt = node.getnext()
    if nxt is None or (node.tail or "").strip() or not isinstance(nxt.tag, str):
        return ""
    label = "".join(nxt.itertext()).strip()
    return label if COUNTER_LABEL_RE.fullmatch(label) else ""


def _int_attr(value: str | None) -> int | None:
    if not value:
        return None
    m = re.match(r"\s*(\d+)", value)
    return int(m.group(1)) if m else None


def _style_size(style: str, prop: str) -> int | None:
    m = re.search(rf"(?<![-\w]){prop}\s*:\s*(\d+)px", style)
    return int(m.group(1)) if m else None


def _image_url(img: etree._Element) -> str | None:
    src = (img.get("src") or "").strip()
    if not src or src.startswith("data:"):
        for attr in LAZY_SRC_ATTRS:
            lazy = (img.get(attr) or "").strip()
            if lazy and not lazy.startswith("data:"):
                return lazy
        return None
    return src


def _is_article_image(img: etree._Element, src: str) -> bool:
    style = img.get("style") or ""
    for attr in ("width", "height"):
        size = _int_attr(img.get(attr))
        if size is None:
            size = _style_size(style, attr)
        if size is not None and size < MIN_IMAGE_SIDE:
            return False
    path = urlsplit(src).path
    if path.lower().endswith((".svg", ".ico")):
        return False
    marks = " ".join((path, img.get("class") or "", img.get("id") or "", img.get("alt") or ""))
    return NON_ARTICLE_IMAGE_RE.search(marks) is None


def find_images(root: etree._Element, base_url: str | None = None) -> list[str]:
    """Return absolute URLs of the article images under ``root`` (no icons, banners, spacers)."""
    found: list[str] = []
    for img in root.iter("img"):
        src = _image_url(img)
        if src is None or not _is_article_image(img, src):
            continue
        url = urljoin(base_url, src) if base_url else src
        if _LOCAL_SCHEME_RE.match(url):
            continue  # Word-pasted file:///C:/... pictures and cid: parts never load on the web
        if url not in found:
            found.append(url)
    return found


def find_attachments(root: etree._Element, base_url: str | None = None) -> list[dict[str, str]]:
    """Return PDF/Word/Excel/PowerPoint/zip links under ``root`` as ``{"url", "name"}``."""
    found: list[dict[str, str]] = []
    seen: set[str] = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        counted = bool(href) and counted_download(a)
        if not href or not (ATTACHMENT_RE.search(href) or counted):
            continue
        url = urljoin(base_url, href) if base_url else href
        if url in seen:
            continue
        seen.add(url)
        name = counted_file_name(a) if counted else clean_line(" ".join(a.itertext()))
        if not name:
            name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
        found.append({"url": url, "name": name})
    return found


# A download count printed in a link's words, its unit too: a download manager's button for one
# file (WordPress' Download Monitor "ดาวน์โหลดแล้ว 57 ครั้ง", Joomla's Phoca Download / jDownloads
# "ดาวน์โหลด 12 ครั้ง", "Downloaded 57 times"). The manager serves the file from its own script
# address (/download/12/, ?download=12), no document extension: the count tells it is a file.
COUNTED_DOWNLOAD_RE = re.compile(
    r"(?:ดาวน์โหลด(?:แล้ว)?|จำนวน(?:การ)?ดาวน์โหลด|Downloaded|Downloads?)\s*[:：]?\s*"
    r"[0-9๐-๙][0-9๐-๙,]*\s*(?:ครั้ง|times?)",
    re.I,
)
# The file's name quoted in a download button's words: ดาวน์โหลด “รายละเอียดโครงการ” pdf.
QUOTED_NAME_RE = re.compile(r"[“\"«]([^”\"»]{2,200})[”\"»]")


def counted_download(link: etree._Element) -> bool:
    """Tell whether a link's words print a download count (a download manager's button).

    >>> counted_download(lxml.html.fromstring('<a href="/download/7/">ดาวน์โหลด “แผน” – '
    ...     'ดาวน์โหลดแล้ว 57 ครั้ง</a>'))
    True
    >>> counted_download(lxml.html.fromstring('<a href="/news/7/">ผู้เข้าชม 57 ครั้ง</a>'))
    False
    """
    return COUNTED_DOWNLOAD_RE.search("".join(link.itertext())) is not None


def counted_file_name(link: etree._Element) -> str:
    """Return the file's name a counted download button prints (its quoted words, else its
    words without the count).

    >>> counted_file_name(lxml.html.fromstring('<a href="/download/7/">ดาวน์โหลด “แผน 2567” pdf'
    ...     ' – ดาวน์โหลดแล้ว 57 ครั้ง</a>'))
    'แผน 2567'
    """
    said = folded_text(link)
    quoted = QUOTED_NAME_RE.search(said)
    if quoted:
        return clean_line(quoted.group(1))
    bare = EMPTY_BRACKETS_RE.sub(" ", COUNTED_DOWNLOAD_RE.sub(" ", said))
    return clean_line(bare.strip(" -–—|•·"))


EMPTY_BRACKETS_RE = re.compile(r"[(\[]\s*[)\]]")  # what a count in brackets leaves


# What a list of downloads is headed with, and the whole words of a bare download link (the
# project counts such a link as furniture; its file stays in `attachments`): เอกสารแนบ
# (attached documents), ไฟล์แนบ (attached files), เอกสารประกอบ (supporting documents),
# ดาวน์โหลด (download), เอกสารดาวน์โหลด (documents to download), ดาวน์โหลดเอกสารประกอบ
# (download the supporting documents), คลิกเพื่อดาวน์โหลด (click to download), Attachments,
# Downloads.
# "Click (here) (to)" before a download verb: คลิก ที่นี่ เพื่อ.
CLICK_TO = r"(?:คลิก\s*(?:ที่นี่\s*)?(?:เพื่อ\s*)?)?"
ATTACHMENT_LABEL_RE = re.compile(
    r"(?:(?:เอกสาร|ไฟล์)(?:แนบ|ประกอบ)(?:ท้าย)?(?:ข่าว)?|" + CLICK_TO + r"(?:เอกสาร|ไฟล์)?ดาวน์โหลด"
    r"(?:\s*(?:เอกสาร|ไฟล์)(?:แนบ|ประกอบ)?(?:ท้าย)?(?:ข่าว)?)?|"
    r"Attach(?:ments?|ed files?)|Downloads?|Files?)\s*[:：]?\s*(?:\(\d+\))?",
    re.I,
)
# A download list's block, or one download line: a paragraph of a label and its file links
# ("ดาวน์โหลดเอกสาร : <a href="x.pdf">หนังสือแจ้ง (PDF)</a>").
LIST_TAGS = ("div", "ul", "ol", "section", "table", "dl", "fieldset", "p")
# A file's size printed beside its link (Drupal's file-size span, "(245.3 KB)", "1.2 MB"),
# perhaps labelled: "(ขนาด 245.3 KB)" (size), "Size: 1.2 MB".
FILE_SIZE_RE = re.compile(
    r"\(?\s*(?:(?:ขนาด(?:ไฟล์)?|(?:file\s+)?size)\s*[:：]?\s*)?[0-9][0-9.,]*\s*(?:bytes|[KMG]i?B)\s*\)?",
    re.I,
)
# How many times a file was downloaded, printed beside its link as its size is (the unit may be
# left out, unlike COUNTED_DOWNLOAD_RE's button words): "(ดาวน์โหลด ๒๒๙
# ครั้ง)" (downloaded 229 times), "จำนวนดาวน์โหลด : 12", "Downloads: 12", "(12 downloads)".
DOWNLOAD_COUNT_RE = re.compile(
    r"[(\[]?\s*(?:(?:จำนวน|ยอด)?(?:การ)?ดาวน์โหลด(?:แล้ว)?|downloads?|downloaded)\s*[:：]?\s*"
    r"[0-9๐-๙][0-9๐-๙,]*\s*(?:ครั้ง|times)?\s*[)\]]?|"
    r"[(\[]\s*[0-9๐-๙][0-9๐-๙,]*\s*downloads\s*[)\]]",
    re.I,
)
# A caption under a picture: <figcaption>, or a class word ending in "caption"
# (WordPress wp-caption-text, Drupal field--name-field-caption, themes' image-caption).
CAPTION_CLASS_RE = re.compile(r"(?<![^\s])[\w-]*caption(?:[-_]text)?(?![^\s])", re.I)


def drop_captions(root: etree._Element, clips: bool = False, said: Said | None = None) -> None:
    """Remove picture captions from a body (the picture stays in `images`), and the captions
    of embedded clips (*clips*: the body embedded a video, taken out with the furniture; a
    reader that took it out before says nothing, and the caption's label tells).

    A caption element holds no picture itself (WordPress' wp-caption wrapper holds the image).

    >>> root = lxml.html.fromstring('<div><p>ข่าว</p><figure><img src="a.jpg">'
    ...     '<figcaption>ภาพ: กิจกรรม</figcaption></figure></div>')
    >>> drop_captions(root); html_to_lines(root)
    ['ข่าว']
    """
    found = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and el is not root
        and (el.tag == "figcaption" or CAPTION_CLASS_RE.search(el.get("class") or ""))
        and el.find(".//img") is None
    ]
    said = said or Said("".join(root.itertext()))
    if root.find(".//img") is not None and CAPTION_LABEL_SEARCH.found(said):
        # a typed caption line names a picture of the body
        found += [el for el in root.iter(*CAPTION_LINE_TAGS) if _caption_line(el)]
    if clips or VIDEO_CAPTION_SEARCH.found(said):
        found += [  # an embedded clip's caption ("คลิปวิดีโอ : ...") names the clip
            el for el in root.iter(*CAPTION_LINE_TAGS) if _caption_line(el, VIDEO_CAPTION_RE)
        ]
    for el in found:
        boilerplate.detach(el)


# A caption typed under a picture opens with a caption label and a colon: ภาพประกอบ
# (illustration), รูปประกอบ / รูปภาพประกอบ, คำบรรยายภาพ / คำอธิบายภาพ (caption), Caption.
CAPTION_LABEL_RE = re.compile(
    r"\s*(?:ภาพประกอบ|รูป(?:ภาพ)?ประกอบ|คำ(?:บรรยาย|อธิบาย)(?:ใต้)?ภาพ|(?:Photo|Image)?\s*Caption|"
    r"ภาพที่\s*[0-9๐-๙]{1,3})"
    r"(?:ข่าว)?\s*[:：]",
    re.I,
)
# The same for an embedded clip: คลิปวิดีโอ / วีดีโอ / วีดิทัศน์ / คลิปข่าว / Video, and a colon.
VIDEO_CAPTION_RE = re.compile(
    r"\s*(?:(?:คลิป\s*)?(?:ว[ิี]ด[ิี]โอ|วีดิทัศน์)|คลิป(?:ข่าว)?|Video(?:\s*clip)?)(?:ข่าว)?\s*[:：]",
    re.I,
)
# ... in a body: the label's words and its colon (most bodies say neither)
CAPTION_LABEL_SEARCH = WordGate(
    CAPTION_LABEL_RE,
    ("ประกอบ", "คำบรรยาย", "คำอธิบาย", "ภาพที่"),
    ("caption",),
    (":", "："),
    span=200,  # (the raw text: a line's indent may stand between the label and its colon)
)
# ... and a clip's (ว[ิี]ด[ิี]โอ spelt out)
VIDEO_CAPTION_SEARCH = WordGate(
    VIDEO_CAPTION_RE,
    ("คลิป", "วิดิโอ", "วิดีโอ", "วีดิโอ", "วีดีโอ", "วีดิทัศน์"),
    ("video",),
    (":", "："),
    span=200,  # (the raw text: a line's indent may stand between the label and its colon)
)
CAPTION_LINE_TAGS = ("p", "div")
CAPTION_LINE_CHARS = 200


def _caption_line(el: etree._Element, label: re.Pattern[str] = CAPTION_LABEL_RE) -> bool:
    """Tell whether *el* is a short block of its own holding a labelled caption and no picture.

    >>> _caption_line(lxml.html.fromstring('<p><em>ภาพประกอบ : กิจกรรมของสำนักงาน</em></p>'))
    True
    >>> _caption_line(lxml.html.fromstring('<p>ภาพประกอบการบรรยายเป็นภาพจากโครงการ</p>'))
    False
    >>> _caption_line(lxml.html.fromstring('<p><em>คลิปวิดีโอ : กิจกรรม</em></p>'), VIDEO_CAPTION_RE)
    True
    """
    if el.find(".//img") is not None or any(
        child.tag in CAPTION_LINE_TAGS for child in el.iterdescendants()
    ):
        return False
    text = folded_text(el)
    return len(text) <= CAPTION_LINE_CHARS and label.match(text) is not None


def drop_attachment_lists(root: etree._Element) -> None:
    """Remove labelled download lists (a เอกสารแนบ / Attachments heading over file links),
    labelled download lines (a paragraph "ดาวน์โหลดเอกสาร : <file link>") and file blocks (a
    file's name and its download button).

    The block's own text, outside its links, must be the label alone (or nothing, for a file
    block), and every link in it must be a document: an editor's paragraph with a file link
    in the text stays.

    >>> root = lxml.html.fromstring('<div><p>ข่าว</p><div><h6>เอกสารแนบ</h6><ul><li>'
    ...     '<a href="a.pdf">ดาวน์โหลด (PDF)</a></li></ul></div></div>')
    >>> drop_attachment_lists(root); html_to_lines(root)
    ['ข่าว']
    """
    _drop_blocks(root, LIST_TAGS, _is_attachment_list)
    for link in [a for a in root.iter("a") if _download_line(a)]:
        boilerplate.detach(link)


def _download_line(link: etree._Element) -> bool:
    """Tell whether *link* is a file's download label standing alone on its line.

    A body typed with <br> puts the download link on a line of its own inside the text's
    paragraph ("...<br><br><a href="x.doc">คลิกที่นี่เพื่อดาวน์โหลดเอกสาร (x.doc)</a>"); the
    file is in `attachments`, the label is furniture.

    >>> p = lxml.html.fromstring('<p>ข่าว<br><br><a href="/d/a1.doc">คลิกที่นี่เพื่อดาวน์โหลด'
    ...     'เอกสาร (a1.doc)</a></p>')
    >>> _download_line(p.find("a"))
    True
    >>> p = lxml.html.fromstring('<p>ดูรายละเอียด <a href="/d/a1.doc">ดาวน์โหลด</a> ได้</p>')
    >>> _download_line(p.find("a"))
    False

    A download manager's button (its address no file name, its words a count) between the
    text's blocks is a line of its own too:

    >>> d = lxml.html.fromstring('<div><p>ข่าว</p><a href="/download/7/">ดาวน์โหลดเอกสาร '
    ...     '(ดาวน์โหลด 29 ครั้ง)</a><div>x</div></div>')
    >>> _download_line(d.find("a")), counted_file_name(d.find("a"))
    (True, 'ดาวน์โหลดเอกสาร')
    """
    is_file = ATTACHMENT_RE.search(link.get("href") or "") or counted_download(link)
    if not is_file or not _download_label(link):
        return False
    before = link.getprevious()
    while before is not None and _file_icon(before):
        before = before.getprevious()  # the file kind's icon before the link: no words
    lead = before.tail if before is not None else link.getparent().text
    after = link.getnext()
    return (
        (before is None or before.tag == "br" or before.tag in BLOCK_TAGS)
        and not (lead or "").strip()
        and (after is None or after.tag == "br" or after.tag in BLOCK_TAGS)
        and not (link.tail or "").strip()
    )


ICON_TAGS = frozenset({"img", "i", "span", "svg"})


def _file_icon(el: etree._Element) -> bool:
    """Tell whether *el* is an icon printed before a link on its line: a picture or an
    icon font's empty element, no words before or after it.

    >>> p = lxml.html.fromstring('<p><img src="icon_pdf.gif"> <a href="a.pdf">x</a></p>')
    >>> _file_icon(p[0]), _file_icon(lxml.html.fromstring("<span>ข่าว</span>"))
    (True, False)
    """
    if el.tag not in ICON_TAGS or (el.tail or "").strip():
        return False
    return not "".join(el.itertext()).strip()


def _is_attachment_list(el: etree._Element) -> bool:
    """Tell whether *el* is a labelled download list or a file block (drop_attachment_lists)."""
    links = list(el.iter("a"))
    files = _all_files(links)
    if files and _labelled_file_table(el):
        return True  # (the generic reader may have taken the file links out already)
    if not links or not files:
        return False
    linked = sum(len("".join(a.itertext()).strip()) for a in links)
    own = _text_outside_links(el, links)
    own = FILE_SIZE_RE.sub(" ", DOWNLOAD_COUNT_RE.sub(" ", own)).strip(" \t|•·-")
    labelled = bool(own) and ATTACHMENT_LABEL_RE.fullmatch(own) is not None
    if not own and all(_download_label(a) or counted_download(a) for a in links):
        return True  # the link's own words are the label: "ดาวน์โหลดเอกสาร (ไฟล์ Word 48 KB)"
    return bool(linked) and (labelled or (not own and file_with_button(links)))


# A link's words that are a file's name alone ("rice-news-2256.pdf"): a download manager's
# link whose address names no file (/attachments/download/2256).
FILE_NAME_TEXT_RE = re.compile(r"[^\s/]{1,80}\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z)", re.I)


def _all_files(links: list[etree._Element]) -> bool:
    """Tell whether every link is a file's: its address names a file, its words print a
    download count or a file's name, or it goes where such a link goes (the file's icon).

    >>> row = lxml.html.fromstring('<td><a href="/attachments/download/7"><img src="pdf.gif">'
    ...     '</a><a href="/attachments/download/7">rice-news-7.pdf</a></td>')
    >>> news = lxml.html.fromstring('<a href="/n/7">ข่าว</a>')
    >>> _all_files(list(row.iter("a"))), _all_files([news])
    (True, False)
    """
    named = {
        a.get("href")
        for a in links
        if ATTACHMENT_RE.search(a.get("href") or "")
        or counted_download(a)
        or FILE_NAME_TEXT_RE.fullmatch(folded_text(a))
    }
    return all(a.get("href") in named for a in links)


def _labelled_file_table(el: etree._Element) -> bool:
    """Tell whether *el* is a table of files captioned as attachments (its links all files).

    Joomla's Attachments extension, and file tables of other CMSs, print each file's name,
    description, size and download count in a row under a caption "ไฟล์แนบ:" / "Attachments:";
    the files are in `attachments`, so the table is furniture.
    """
    caption = el.find("caption") if el.tag == "table" else None
    text = folded_text(caption) if caption is not None else ""
    return bool(text) and ATTACHMENT_LABEL_RE.fullmatch(text) is not None


# Symbols an editor types before a link's words (an emoji, an arrow, a bullet): no words.
LEADING_SYMBOLS_RE = re.compile(r"^[^\w\u0e00-\u0e7f]+")
# A file's kind and size noted after a download label: "(ไฟล์ Word 48 KB)", "(PDF)", "(1.2 MB)",
# "(PDF, 1.2 MB)", "(PDF ขนาด 245 KB)", "(.doc)", in square brackets too ("Download [310.62
# KB]", a document-embed plugin's button); or the file's own name: "(dk229.doc)", "(ประกาศ.pdf)".
FILE_NOTE_RE = re.compile(
    r"[(\[]\s*(?:ไฟล์|file)?\s*(?:\.?[A-Za-z]{2,10}\.?)?\s*[,;/|-]?\s*(?:(?:ขนาด|size)\s*[:：]?\s*)?"
    r"(?:[0-9][0-9.,]*\s*(?:bytes|[KMG]i?B))?\s*[)\]]|"
    r"\(\s*(?:ไฟล์|file)?\s*[:：]?\s*[\w.-]{1,60}\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z)\s*\)",
    re.I,
)


def _download_label(link: etree._Element) -> bool:
    """Tell whether a file link's text is a download label alone (no file name or title).

    >>> _download_label(lxml.html.fromstring('<a href="a.doc">ดาวน์โหลดเอกสาร (ไฟล์ Word 48 KB)</a>'))
    True
    >>> _download_label(lxml.html.fromstring('<a href="a.pdf">📄 ดาวน์โหลดเอกสาร (PDF)</a>'))
    True
    >>> _download_label(lxml.html.fromstring('<a href="a.pdf">ดาวน์โหลดเอกสารประกอบ (PDF, 1MB)</a>'))
    True
    >>> _download_label(lxml.html.fromstring('<a href="a.pdf">ดาวน์โหลด ประกาศกรม เรื่อง ภาษี</a>'))
    False
    >>> _download_label(lxml.html.fromstring('<a href="a.pdf">คำสั่งจังหวัด (PDF)</a>'))
    False
    >>> _download_label(lxml.html.fromstring('<a href="a.pdf">ดาวน์โหลดหนังสือแจ้ง (PDF 412 KB)</a>'))
    True
    >>> _download_label(lxml.html.fromstring('<a href="a.pdf" download>Download [310.62 KB]</a>'))
    True
    """
    said = "".join(link.itertext())
    # the file's kind or size noted in brackets, and a download manager's count
    text = " ".join(DOWNLOAD_COUNT_RE.sub(" ", FILE_NOTE_RE.sub(" ", said)).split())
    text = LEADING_SYMBOLS_RE.sub("", text)  # an icon typed before the label: 📄, ⬇, »
    named, text = _without_own_file_name(link, text)
    if named and not text:
        return True  # the file's name alone: "pr-605.pdf" (the file is in `attachments`)
    printed, rest = (False, text) if named else _without_printed_file_name(text)
    if printed and rest and ATTACHMENT_LABEL_RE.fullmatch(rest):
        return True  # a file card: "energy-pr-53.pdf ดาวน์โหลดเอกสาร" (a name alone is a title)
    verb = DOWNLOAD_VERB_RE.match(text)
    if verb and _noted_file(said) and _kind_of_document(text[verb.end() :]):
        return True  # a download button: "ดาวน์โหลดหนังสือแจ้ง (PDF 412 KB)"
    return bool(text) and ATTACHMENT_LABEL_RE.fullmatch(text) is not None


def _without_own_file_name(link: etree._Element, text: str) -> tuple[bool, str]:
    """Return whether a file link's words print the name of the file it links to (the last
    part of its address), and the words without it.

    >>> a = lxml.html.fromstring('<a href="/doc/pr-605.pdf">ดาวน์โหลดเอกสาร pr-605.pdf</a>')
    >>> _without_own_file_name(a, "ดาวน์โหลดเอกสาร pr-605.pdf")
    (True, 'ดาวน์โหลดเอกสาร')
    """
    path = urlsplit((link.get("href") or "").strip()).path
    name = unquote(path.rsplit("/", 1)[-1]).strip()
    if not ATTACHMENT_RE.search(name):
        return False, text
    at = text.lower().find(name.lower())
    if at < 0:
        return False, text
    return True, " ".join((text[:at] + " " + text[at + len(name) :]).split())


# A file's name printed as a word of a file link's text: the name the editor gave the upload
# (a headless CMS's asset title, a CMS storing uploads under hashed names) need not be the
# last part of the address.
PRINTED_FILE_NAME_RE = re.compile(
    r"(?<!\S)[^\s/\\()]{1,100}\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z)(?!\S)", re.I
)


def _without_printed_file_name(text: str) -> tuple[bool, str]:
    """Return whether a file link's words print a file's name, and the words without it.

    >>> _without_printed_file_name("energy-pr-53.pdf ดาวน์โหลดเอกสาร")
    (True, 'ดาวน์โหลดเอกสาร')
    >>> _without_printed_file_name("ดาวน์โหลด ประกาศกรม เรื่อง ภาษี")
    (False, 'ดาวน์โหลด ประกาศกรม เรื่อง ภาษี')
    """
    found = PRINTED_FILE_NAME_RE.search(text)
    if found is None:
        return False, text
    return True, " ".join((text[: found.start()] + " " + text[found.end() :]).split())


# A download button's words start with the verb: ดาวน์โหลด (download), คลิกเพื่อดาวน์โหลด.
DOWNLOAD_VERB_RE = re.compile(CLICK_TO + r"ดาวน์โหลด|download", re.I)


# The words a download button names its file by: a kind of document, one word, short
# (หนังสือแจ้ง, รายงานผลการดำเนินงาน); a title with spaces ("ประกาศกรมฯ เรื่อง ...") is text.
BUTTON_WORDS_MAX = 24


def _kind_of_document(words: str) -> bool:
    """Tell whether a download button's words name a kind of document, not a document's title.

    >>> _kind_of_document("หนังสือแจ้ง"), _kind_of_document(" ประกาศกรมฯ เรื่อง อัตราค่าธรรมเนียม")
    (True, False)
    """
    words = words.strip()
    return len(words) <= BUTTON_WORDS_MAX and not any(ch.isspace() for ch in words)


def _noted_file(said: str) -> bool:
    """Tell whether a link's words end with a file's kind or size in brackets: "(PDF 412 KB)".

    >>> _noted_file("ดาวน์โหลดหนังสือแจ้ง (PDF 412 KB)"), _noted_file("ดาวน์โหลด (ด่วน)")
    (True, False)
    """
    notes = [m[0] for m in FILE_NOTE_RE.finditer(said) if re.search(r"[A-Za-z0-9]", m[0])]
    return bool(notes) and said.rstrip().endswith(notes[-1])


def _drop_blocks(
    root: etree._Element, tags: tuple[str, ...], matches: Callable[[etree._Element], bool]
) -> None:
    """Remove the outermost elements under *root* of the *tags* that *matches* accepts."""
    found: list[etree._Element] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if el is not root and el.tag in tags and matches(el):
            found.append(el)
            walker.skip_subtree()
    for el in found:
        boilerplate.detach(el)


def _text_outside_links(el: etree._Element, links: list[etree._Element]) -> str:
    """Return the text of *el* without the text of its *links* (spaces folded)."""
    own = folded_text(el)
    for a in links:
        own = own.replace(folded_text(a), " ", 1)
    return own


TAG_LABEL_RE = re.compile(boilerplate.TAG_WORDS + r"\s*[:：]?", re.I)
# boilerplate.TAG_WORDS, lower-cased: a body holding none holds no tag list
TAG_LABEL_WORDS = ("tag", "แท็ก", "แทก", "ป้ายกำกับ", "คำค้น", "คำสำคัญ")
TAG_LABEL_SEARCH = WordGate(
    re.compile("|".join(TAG_LABEL_WORDS), re.I), TAG_LABEL_WORDS[1:], ("tag",)
)
TAG_LIST_TAGS = ("div", "ul", "p", "section", "span")
TAG_LABEL_START_RE = re.compile(boilerplate.TAG_WORDS + r"\s*[:：]", re.I)


def drop_tag_lists(root: etree._Element, said: Said | None = None) -> bool:
    """Remove labelled tag lists (a "Tags:" label over links) from a body; tags are data of
    their own (`tags`), never the text. Return whether the body says a tag label at all.

    The block's own text, outside its links, must be the label alone.

    >>> root = lxml.html.fromstring('<div><p>ข่าว</p><div class="post-tags"><span>Tags:</span>'
    ...     ' <a href="/tag/a">ความมั่นคง</a></div></div>')
    >>> drop_tag_lists(root), html_to_lines(root)
    (True, ['ข่าว'])
    """
    if not TAG_LABEL_SEARCH.found(said or Said("".join(root.itertext()))):
        return False  # no tag label anywhere in the body (most bodies): no block to test
    _drop_blocks(root, TAG_LIST_TAGS, _is_tag_list)
    return True


def _is_tag_list(el: etree._Element) -> bool:
    """Tell whether *el* holds links under a tag label alone (drop_tag_lists)."""
    links = list(el.iter("a"))
    if not links:
        return False  # most blocks of a text: no link, no tag list (and no text walk)
    own = _text_outside_links(el, links).strip(" \t|•·,")
    return TAG_LABEL_RE.fullmatch(own) is not None


def file_with_button(links: list[etree._Element]) -> bool:
    """Tell whether *links* are one file's name and its download button (a file block).

    WordPress's file block, and the file cards of other editors, print the file's name as a
    link and a "ดาวน์โหลด" (download) button to the same file beside it.

    >>> block = lxml.html.fromstring('<div><a href="/f/a.pdf">หนังสือแจ้ง</a>'
    ...     '<a href="/f/a.pdf" download>ดาวน์โหลด</a></div>')
    >>> file_with_button(list(block.iter("a")))
    True
    """
    targets = {(a.get("href") or "").strip() for a in links}
    said = [folded_text(a) for a in links]
    return (
        len(links) >= 2
        and len(targets) == 1
        and any(text and ATTACHMENT_LABEL_RE.fullmatch(text) for text in said)
    )


# A block of other articles placed inside the body by a related-posts plugin or theme: a class
# word "related" (YARPP yarpp-related, Contextual Related Posts crp_related, Jetpack
# jp-relatedposts, themes' related-posts / related-news / td_block_related_posts).
RELATED_CLASS_RE = re.compile(
    r"(?<![^\s_-])related(?:[-_]?(?:posts?|news|articles?|items?|stories|content|links))?"
    r"(?![^\s_-])",
    re.I,
)


# A share endpoint: the address a share button sends the reader to, whatever its markup
# (Facebook's sharer, X / Twitter's intent, LINE's share plugin, LinkedIn, Pinterest,
# WhatsApp, Telegram, Reddit, Tumblr, Pocket, AddToAny / AddThis, a mail link with a subject).
SHARE_URL_RE = re.compile(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:"
    r"facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))|"
    r"(?:twitter|x)\.com/(?:intent/|share\b|home\?status=)|"
    r"(?:social-plugins|timeline|lineit)\.line\.me/|line\.me/R/msg/|"
    r"linkedin\.com/(?:shareArticle|sharing/)|pinterest\.com/pin/create|"
    r"(?:api|web)\.whatsapp\.com/send|wa\.me/|t(?:elegram)?\.me/share|"
    r"reddit\.com/submit|tumblr\.com/(?:share|widgets/share)|getpocket\.com/(?:save|edit)|"
    r"addtoany\.com/(?:add_to|share)|addthis\.com/bookmark)"
    r"|^mailto:[^?]*\?(?:.*&)?(?:subject|body)=",
    re.I,
)
# A social network's own address: a follow button beside the share buttons in one bar.
SOCIAL_HOST_RE = re.compile(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:facebook|twitter|x|line|instagram|youtube|tiktok|"
    r"linkedin|pinterest|telegram|whatsapp)\.(?:com|me)(?:/|$)",
    re.I,
)
# Words a share bar prints beside its buttons: "แชร์", "Share this:", "Please follow & like us :)".
SHARE_LABEL_CHARS = 40


def drop_post_meta(root: etree._Element) -> list[etree._Element]:
    """Remove a WordPress theme's post meta row (`entry-meta`: date, author, counters, the
    class of core's and _s-based themes) printed inside the text's element; return it, for
    the data it holds (pipelines.boilerplate.DATA_CLASSES).

    >>> root = lxml.html.fromstring('<div><div class="entry-meta"><time>19 กันยายน 2024</time>'
    ...     ' โดย admin</div><p>ข่าว</p></div>')
    >>> len(drop_post_meta(root)), html_to_lines(root)
    (1, ['ข่าว'])
    """
    found = [
        el
        for el in root.iter("div", "header", "footer", "p", "span", "ul")
        if el is not root and "entry-meta" in (el.get("class") or "").split()
    ]
    outer = [el for el in found if not any(up in found for up in el.iterancestors())]
    return [el for el in outer if boilerplate.detach(el)]


def drop_share_blocks(root: etree._Element) -> list[etree._Element]:
    """Remove share bars from a body, read by where their links go: the outermost block whose
    links all lead to share endpoints (a social network's follow link beside them too) and
    whose words outside those links are a short label at most. Return what was removed.

    >>> root = lxml.html.fromstring('<div><p>ข่าว</p><div class="sfsi"><span>Please follow '
    ...     '&amp; like us :)</span> <a href="https://www.facebook.com/sharer/sharer.php?u=x">'
    ...     'Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a></div></div>')
    >>> len(drop_share_blocks(root)), html_to_lines(root)
    (1, ['ข่าว'])
    >>> root = lxml.html.fromstring('<div><p>ติดตามได้ที่ <a href="https://facebook.com/moi">'
    ...     'เพจกระทรวง</a></p></div>')
    >>> drop_share_blocks(root), html_to_lines(root)
    ([], ['ติดตามได้ที่ เพจกระทรวง'])
    """
    bars: list[etree._Element] = []
    for link in root.iter("a"):
        if not SHARE_URL_RE.match((link.get("href") or "").strip()):
            continue
        if any(link is bar or bar in link.iterancestors() for bar in bars):
            continue
        bar = None
        for holder in (link, *link.iterancestors()):
            if holder is root:
                break
            if holder is not link and not _share_bar(holder):
                break
            bar = holder
        if bar is not None:
            bars = [b for b in bars if bar not in b.iterancestors()] + [bar]
    return [bar for bar in bars if boilerplate.detach(bar)]


def _share_bar(el: etree._Element) -> bool:
    """Tell whether *el* holds share or social links only, with a short label at most."""
    links = list(el.iter("a"))
    for a in links:
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            if not (SHARE_URL_RE.match(href) or SOCIAL_HOST_RE.match(href)):
                return False
    return len(_text_outside_links(el, links)) <= SHARE_LABEL_CHARS


def drop_related_blocks(root: etree._Element) -> list[etree._Element]:
    """Remove related-posts blocks from a body; return them.

    >>> root = lxml.html.fromstring('<div><p>ข่าว</p><div class="yarpp yarpp-related">'
    ...     '<h3>Related posts:</h3><ol><li><a href="/?p=2">อีกข่าว</a></li></ol></div></div>')
    >>> len(drop_related_blocks(root)), html_to_lines(root)
    (1, ['ข่าว'])
    """
    found: list[etree._Element] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if el is root or not isinstance(el.tag, str):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if "elated" in marks and RELATED_CLASS_RE.search(marks):
            found.append(el)
            walker.skip_subtree()
    return [el for el in found if boilerplate.detach(el)]


# A heading that names a box of other stories: "อ่านข่าวอื่น ๆ" (read other news), "ข่าวที่
# เกี่ยวข้อง" (related news), "บทความที่น่าสนใจ", "ข่าวอื่นๆ ในหมวดเดียวกัน" (other news in this
# category), "ข่าวล่าสุด"; "Related posts", "More news", "You may also like". A share or
# "read more" plugin, or the editor's template, prints it with its links inside the body.
OTHER_NEWS_LABEL_RE = re.compile(
    r"(?:อ่าน\s*)?(?:ข่าว(?:สาร)?|บทความ|เรื่อง|โพสต์)\s*"
    r"(?:อื่น\s*(?:ๆ|\s*ๆ)?|ที่เกี่ยวข้อง|ที่น่าสนใจ|ล่าสุด|แนะนำ|ยอดนิยม)"
    r"(?:\s*ใน(?:หมวด(?:หมู่)?|ประเภท)(?:\s*(?:เดียวกัน|นี้))?)?"
    r"|(?:other|more|related|recent|latest|similar|popular)\s+(?:news|posts?|articles?|stories)"
    r"|(?:read\s+also|you\s+(?:may|might)\s+also\s+like)",
    re.I,
)
OTHER_NEWS_LABEL_CHARS = 60
OTHER_NEWS_LINK_SHARE = 0.7  # of a list's text inside its links


def _other_news_label(el: etree._Element) -> bool:
    """Tell whether *el* prints nothing but an "other news" heading (a colon allowed)."""
    raw = text_up_to(el, 2 * OTHER_NEWS_LABEL_CHARS)  # bounded: it runs on every element
    text = " ".join(raw.split()) if raw else ""
    if not text or len(text) > OTHER_NEWS_LABEL_CHARS:
        return False
    return OTHER_NEWS_LABEL_RE.fullmatch(text.rstrip(" :：»›>")) is not None


def _linked_entries(el: etree._Element) -> bool | None:
    """Tell whether a sibling under the heading is a list of links (None: blank, go on)."""
    text = folded_text(el)
    if not text:
        return None if el.tag in ("br", "hr") or not len(el) else False
    links = [a for a in el.iter("a") if folded_text(a)]
    linked = sum(len(folded_text(a)) for a in links)
    return (
        (bool(links) and linked >= OTHER_NEWS_LINK_SHARE * len(text))
        or _card_grid(el)
        or _dated_rows(el)
    )


def _dated_rows(el: etree._Element) -> bool:
    """Tell whether a table or list under an "other news" heading holds only the entries'
    dates (their headline links taken out already) and its column names.

    >>> _dated_rows(lxml.html.fromstring('<table><tr><th>วันที่</th><th>เรื่อง</th></tr>'
    ...     '<tr><td>10 ก.ค. 2566</td><td></td></tr><tr><td>25 ส.ค. 2566</td></tr></table>'))
    True
    >>> _dated_rows(lxml.html.fromstring('<table><tr><td>10 ก.ค. 2566</td><td><a href="/n/3">'
    ...     'กยศ. ชี้แจง</a></td></tr><tr><td>25 ส.ค. 2566</td><td><a href="/n/2">ข่าว</a></td>'
    ...     '</tr></table>'))
    True
    """
    dated = 0
    for row in el.iter("tr", "li"):
        linked = "".join(folded_text(a) for a in row.iter("a"))
        rest = " ".join(t for t in (folded_text(c) for c in _cells(row)) if t and t != linked)
        if rest and is_date_line(rest):
            dated += 1  # the entry's date (its headline's link beside it, or taken out)
        elif rest and (len(rest) > 20 or rest[-1:].isdigit()):
            return False  # a row of text: no list of other news
    return dated >= 2


def _cells(row: etree._Element) -> list[etree._Element]:
    """A table row's cells, or the list item itself."""
    cells = [c for c in row if c.tag in ("td", "th")]
    return cells or [row]


OTHER_NEWS_CARD_CHARS = 400  # a card's date, headline and teaser; a story's part is longer


def _card_grid(el: etree._Element) -> bool:
    """Tell whether *el* is a grid of cards: two or more items, each linking a page of its
    own (its picture or headline) beside a short text (a date, a teaser).

    Under an "other news" heading such a grid is the box's entries, however long the teasers
    the cards print beside their links.

    >>> _card_grid(lxml.html.fromstring('<div><div><a href="/n/1"><img src="1.jpg"></a>'
    ...     '<p>๓๑ พ.ค. ๖๗</p><p>ข่าวหนึ่ง…</p></div><div><a href="/n/2"><img src="2.jpg">'
    ...     '</a><p>๒๗ พ.ค. ๖๗</p><p>ข่าวสอง…</p></div></div>'))
    True
    """
    items = [child for child in el if isinstance(child.tag, str)]
    hrefs: set[str] = set()
    for item in items:
        links = [
            href
            for a in item.iter("a")
            if (href := (a.get("href") or "").strip())
            and not href.startswith(("#", "javascript:", "mailto:"))
        ]
        if not links or len(folded_text(item)) > OTHER_NEWS_CARD_CHARS:
            return False
        hrefs.add(links[0])
    return len(items) >= 2 and len(hrefs) == len(items)


def _headed_link_list(el: etree._Element) -> bool:
    """Tell whether a paragraph opens with an "other news" heading and goes on with links
    only (each entry after a <br>, a bullet before it): the box in one paragraph."""
    if el.tag not in ("p", "div") or el.find("br") is None:
        return False
    head = " ".join((el.text or "").split()).rstrip(" :：»›>")
    if not head or len(head) > OTHER_NEWS_LABEL_CHARS or not OTHER_NEWS_LABEL_RE.fullmatch(head):
        return False
    links = [a for a in el.iter("a") if folded_text(a)]
    rest = len(folded_text(el)) - len(head)
    return bool(links) and sum(len(folded_text(a)) for a in links) >= OTHER_NEWS_LINK_SHARE * rest


def _other_news_box(label: etree._Element, root: etree._Element) -> list[etree._Element]:
    """Return the heading block and the link lists printed right under it ([] if none).

    The heading climbs to the outermost block printing only it (a <strong> in a <p>); the
    lists are the siblings that follow it, blanks skipped, up to the first that is not one.
    """
    head = label
    while (up := head.getparent()) is not None and up is not root:
        if folded_text(up) != folded_text(label):
            break
        head = up
    box: list[etree._Element] = []
    if (head.tail or "").strip():
        return []
    for sibling in head.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        kind = _linked_entries(sibling)
        if kind is False:
            break
        box.append(sibling)
        if (sibling.tail or "").strip():
            break
    if not any(folded_text(el) for el in box):
        return [head] if _last_text(head, root) else []  # its list was taken before
    return [head, *box]


def _last_text(el: etree._Element, root: etree._Element) -> bool:
    """Tell whether no text follows *el* inside *root* but furniture lines (a source line)."""
    node = el
    while node is not root and node is not None:
        after = [node.tail or ""]
        for sibling in node.itersiblings():
            after += [
                folded_text(sibling) if isinstance(sibling.tag, str) else "",
                sibling.tail or "",
            ]
        if any(text.strip() and boilerplate.match_line(text.strip()) is None for text in after):
            return False
        node = node.getparent()
    return True


def drop_other_news(root: etree._Element, said: Said | None = None) -> list[etree._Element]:
    """Remove "other news" boxes from a body: a heading naming other stories and the lists of
    links right under it; return what went.

    Their entries are other articles' titles, never the text. Such a heading as the body's
    last line goes too (a layout took its list already); one with text under it stays (it
    may open a part of the story).

    >>> root = lxml.html.fromstring('<div><p>ข่าว</p><div><h4>อ่านข่าวอื่น ๆ</h4><ul><li>'
    ...     '<a href="/2">อีกข่าวหนึ่ง</a></li></ul></div><p>ที่มา: กอง ก.</p></div>')
    >>> len(drop_other_news(root)), html_to_lines(root)
    (2, ['ข่าว', 'ที่มา: กอง ก.'])

    The heading may open the paragraph printing the list, each entry after a line break:

    >>> root = lxml.html.fromstring('<div><p>ข่าว</p><p>ข่าวที่เกี่ยวข้อง<br>• <a href="/2">'
    ...     'อีกข่าวหนึ่งของจังหวัด</a><br>• <a href="/3">ข่าวที่สามของจังหวัด</a></p></div>')
    >>> len(drop_other_news(root)), html_to_lines(root)
    (1, ['ข่าว'])
    """
    if not OTHER_NEWS_HINT.found(said or Said("".join(root.itertext()))):
        return []  # no heading of other news and no read-more lead (most bodies): no walk
    boxes: list[list[etree._Element]] = []
    seen: set[etree._Element] = set()
    for el in root.iter():
        if el is root or not isinstance(el.tag, str) or el in seen:
            continue
        if not _other_news_label(el):
            if _headed_link_list(el) or _read_more_box(el):
                boxes.append([el])
                seen.update(el.iter())
            continue
        box = _other_news_box(el, root)
        if box:
            boxes.append(box)
            for part in box:
                seen.update(part.iter())
    return [el for box in boxes for el in box if boilerplate.detach(el)]


# What opens an inline related-post box's one link: อ่านเพิ่มเติม (read more), อ่านต่อ (read
# on), อ่านข่าว (read the news), Read more / also, See also, Related.
READ_MORE_LEAD_RE = re.compile(
    r"(?:อ่านเพิ่มเติม|อ่านต่อ|อ่านข่าว(?:ที่เกี่ยวข้อง)?|Read\s+(?:more|also)|See\s+also|Related)"
    r"\s*[:：»>›]*\s*",
    re.I,
)
READ_MORE_TITLE_CHARS = 10  # the other article's headline after the label


# Either label anywhere in a body's text: drop_other_news walks the body only when one is there.
# ... behind the words one of which each heading or lead says (the heading's second word, the
# lead's verb; in English, the noun or "also", "read", "related")
OTHER_NEWS_HINT = WordGate(
    re.compile(f"{OTHER_NEWS_LABEL_RE.pattern}|{READ_MORE_LEAD_RE.pattern}", re.I),
    ("อื่น", "ที่เกี่ยวข้อง", "ที่น่าสนใจ", "ล่าสุด", "แนะนำ", "ยอดนิยม", "อ่านเพิ่มเติม", "อ่านต่อ", "อ่านข่าว"),
    ("news", "post", "article", "stories", "also", "read", "related"),
    span=30,  # (a heading's first word before, "ในหมวดหมู่เดียวกัน" after)
    folded=True,
)


def _read_more_box(el: etree._Element) -> bool:
    """Tell whether *el* is a block printing one link alone, "อ่านเพิ่มเติม <another story's
    headline>": a related-post box a plugin puts between the paragraphs of the text.

    >>> _read_more_box(lxml.html.fromstring('<div><a href="/n/2"><span>อ่านเพิ่มเติม</span> '
    ...     '<span>ผู้ว่าฯ ตรวจเยี่ยมโรงเรียน</span></a></div>'))
    True
    >>> _read_more_box(lxml.html.fromstring('<p>ดูรายละเอียดที่ <a href="/n/2">เว็บไซต์กรม</a></p>'))
    False
    """
    if el.tag not in ("div", "p", "aside"):
        return False
    links = [a for a in el.iter("a") if (a.get("href") or "#").strip() not in ("", "#")]
    if len(links) != 1:
        return False
    text = folded_text(el)
    lead = READ_MORE_LEAD_RE.match(text)
    if lead is None or len(text) - lead.end() < READ_MORE_TITLE_CHARS:
        return False
    # the label inside the link, or before it in the box ("<span>อ่านเพิ่มเติม :</span> <a>")
    return folded_text(links[0]) in (text, text[lead.end() :].strip())


# A story sent in by a member, as PHP-Nuke's FormatStory prints it: "<login> บันทึก "text""
# (Thai _WRITES, English "writes"): the login and the quote marks wrap the text.
MEMBER_QUOTE_RE = re.compile(r'^[^\s"“]{2,40} (?:บันทึก|writes:?) ?["“](?=\S)')


def unwrap_member_quote(lines: list[str]) -> list[str]:
    """Drop the "<login> บันทึก "…"" wrapper around a member's story: the login, the quotes.

    >>> unwrap_member_quote(['ติดประกาศ : 06 ก.ย. 2563', 'somchai_k บันทึก "ข่าวแรก', 'ที่มา : สำนักงาน"'])
    ['ติดประกาศ : 06 ก.ย. 2563', 'ข่าวแรก', 'ที่มา : สำนักงาน']
    >>> unwrap_member_quote(['นายก บันทึก "ความทรงจำ" ไว้ในหนังสือ', 'ย่อหน้าถัดไป'])
    ['นายก บันทึก "ความทรงจำ" ไว้ในหนังสือ', 'ย่อหน้าถัดไป']
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    # the text's first line, after the headline and the posted-on line printed above it
    first = next((i for i in filled[:3] if MEMBER_QUOTE_RE.match(lines[i].strip())), None)
    if first is None or (opened := MEMBER_QUOTE_RE.match(lines[first].strip())) is None:
        return lines
    last = filled[-1]
    head = lines[first].strip()[opened.end() :]
    closing = '"' if opened.group().endswith('"') else "”"
    if closing in head or not lines[last].rstrip().endswith(closing):
        return lines  # the quote closes inside the first line: a quotation, not the wrapper
    out = list(lines)
    out[first] = head
    out[last] = out[last].rstrip()[:-1].rstrip() if last != first else out[first][:-1]
    return out


# A headline's label alone on its line, perhaps with a colon: เรื่อง : (subject), หัวข้อข่าว
# (news headline), Subject:, Title:. It names the next line as the headline.
HEADLINE_LABEL_LINE_RE = re.compile(rf"(?:{'|'.join(HEADLINE_LABELS)})\s*[:：]?", re.I)


def is_headline_label(line: str) -> bool:
    """Tell whether *line* is a headline's label alone ("เรื่อง :"), its headline to follow.

    >>> is_headline_label("เรื่อง :"), is_headline_label("หัวข้อข่าว"), is_headline_label("เรื่องเล่า")
    (True, True, False)
    """
    return HEADLINE_LABEL_LINE_RE.fullmatch(line.strip()) is not None


# The heading of the visitors' comments printed under the text, with their count:
# "ความคิดเห็น (2)", "ความคิดเห็นจากผู้อ่าน (๓)" (readers' comments), "Comments (4)".
COMMENTS_HEADING_RE = re.compile(
    r"(?:ความ(?:คิด)?เห็น(?:จาก|ของ)?(?:ผู้อ่าน|ทั้งหมด)?|(?:reader\s+)?comments?|responses?)"
    r"\s*[(\[]\s*(?P<count>[0-9๐-๙]+)\s*[)\]]\s*:?",
    re.I,
)


def without_comments(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split off the visitors' comments a template prints inside the text's block: from
    their counted heading on, every line is a comment or its form, never the text.

    >>> without_comments(["ข่าว", "ความคิดเห็น (2)", "คุณสมหญิง", "ขอบคุณค่ะ"])
    (['ข่าว'], ['ความคิดเห็น (2)', 'คุณสมหญิง', 'ขอบคุณค่ะ'])
    >>> without_comments(["ข่าว", "ความคิดเห็นของที่ประชุมมีดังนี้"])[1]
    []
    >>> without_comments(["ข่าว", "ความคิดเห็น (0)", "ฮิต: 1445"])
    (['ข่าว', 'ความคิดเห็น (0)', 'ฮิต: 1445'], [])
    >>> without_comments(["ข่าว", "ความคิดเห็น (1)", "สมหญิง", "ฮิต: 1445"])
    (['ข่าว', 'ฮิต: 1445'], ['ความคิดเห็น (1)', 'สมหญิง'])
    """
    for i, line in enumerate(lines[1:], start=1):
        heading = COMMENTS_HEADING_RE.fullmatch(line.strip())
        if heading is None or not heading["count"].strip("0๐"):
            continue  # (no comments under a "ความคิดเห็น (0)")
        # an "other news" heading left over right above them (its links taken already)
        label = lines[i - 1].strip().rstrip(" :：»›>")
        if i > 1 and OTHER_NEWS_LABEL_RE.fullmatch(label):
            i -= 1
        # the page's data lines read after them (a meta row the layout put last) stay
        kept, comments = lines[:i], []
        for line in lines[i:]:
            said = boilerplate.match_line(line)
            (kept if said is not None and said.data else comments).append(line)
        return kept, comments
    return lines, []


def clean_lines(lines: list[str], title: str | None = None) -> CleanedBody:
    """Drop furniture lines, keeping the data they hold (source, view count, modified date).

    >>> r = clean_lines(["ข่าวดี", "ที่มา: สำนักบริหารกลาง...", "อ่าน 12660 ครั้ง", "พิมพ์"])
    >>> r.body, r.source, r.view_count, r.removed
    ('ข่าวดี', 'สำนักบริหารกลาง...', 12660, ['ที่มา: สำนักบริหารกลาง...', 'อ่าน 12660 ครั้ง', 'พิมพ์'])
    """
    lines = unwrap_member_quote(lines)
    lines, comments = without_comments(lines)
    kept: list[str] = []
    result = CleanedBody(body=None)
    result.removed.extend(comments)
    value_next = False  # the previous line was a bare source label
    signed_off = -1  # index of the sign-off office after the last separator rule, if any
    skip_next = False  # the previous line, a label alone, took this line as its date
    signature: set[int] = set()  # the lines of a board post's signature (no text)
    byline: str | None = None  # an office printed as the byline ("โดย <office>")
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        if i in signature:
            result.removed.append(line)
            continue
        if i == signed_off:
            result.removed.append(line)
            result.source = result.source or boilerplate.named_source(line.strip())
            continue
        if value_next:
            value_next = False
            result.removed.append(line)
            result.source = result.source or boilerplate.named_source(line)
            continue
        if boilerplate.is_repeated_headline(line, title):
            if kept and is_headline_label(kept[-1]):
                result.removed.append(kept.pop())  # "เรื่อง :" on its line above the headline
            result.removed.append(line)
            continue
        if _dated_by_next(lines, i):
            line = f"{line.strip().rstrip(':：').strip()} {lines[i + 1].strip().lstrip(':：')}"
            skip_next = True
        if boilerplate.is_source_label(line) and _source_value(lines, i + 1):
            result.removed.append(line)
            value_next = True
            continue
        if (labelled := _labelled_office(lines, i)) is not None:
            result.removed += [line, lines[i + 1]]
            result.source = result.source or labelled
            skip_next = True
            continue
        found = boilerplate.match_line(line) or boilerplate.match_meta_row(line)
        if found is not None and _event_day(lines, i):
            found = None  # the day of the event the text announces, under its label: text
        if found is None and "\t" in line:  # a table row: its furniture cells go, the rest stay
            found = _labelled_row(line)
            if found is None:
                line = _without_furniture_cells(line, result)
        if found is None:
            kept.append(line)
            continue
        result.removed.append(line)
        if found.rules == ["separator"]:
            signed_off = _sign_off_after(lines, i + 1)
            if signed_off < 0:  # a board post's signature under its rule: the poster's
                signature = _signature_after(lines, i)
        data = found.data
        if result.source is None and "source" in data:
            result.source = boilerplate.named_source(data["source"])
        if result.view_count is None and "view_count" in data:
            result.view_count = parse_view_count(data["view_count"])
        if result.modified_raw is None and "modified_raw" in data:
            result.modified_raw = data["modified_raw"]
        if result.published_raw is None and "published_raw" in data:
            result.published_raw = data["published_raw"]
            if _timed_by_next(lines, i, result.published_raw):
                result.published_raw += f" {lines[i + 1].strip()}"
                result.removed.append(lines[i + 1])
                skip_next = True
        if not result.tags and "tag_line" in data:
            result.tags = [tag.strip() for tag in data["tag_line"].split(",") if tag.strip()]
        byline = byline or data.get("byline_source")
    if result.source is None and byline:
        result.source = boilerplate.named_source(byline)  # a labelled source beats the byline
        result.by_byline = result.source is not None
    result.body = "\n".join(kept) or None
    return result


# A time of day alone on its line, its unit or its label said: "เวลา ๐๗.๑๒ น.", "14:30 น.".
TIME_LINE_RE = re.compile(
    r"\s*(?:เวลา\s*[0-9๐-๙]{1,2}\s*[.:]\s*[0-9๐-๙]{2}\s*(?:น\.?|นาฬิกา)?"
    r"|[0-9๐-๙]{1,2}\s*[.:]\s*[0-9๐-๙]{2}\s*(?:น\.?|นาฬิกา))\s*"
)
CLOCK_RE = re.compile(r"[0-9๐-๙]{1,2}\s*[.:]\s*[0-9๐-๙]{2}")


def _timed_by_next(lines: list[str], i: int, date: str) -> bool:
    """Tell whether the line after a date line (a day, no time) prints the time of it alone:
    a template printing the date and the time in rows of their own.

    >>> _timed_by_next(["วันพุธที่ ๒๘ กุมภาพันธ์ พ.ศ. ๒๕๖๗", "เวลา ๐๗.๑๒ น."], 0, "๒๘ ก.พ. ๖๗")
    True
    """
    return (
        i + 1 < len(lines)
        and CLOCK_RE.search(date) is None
        and TIME_LINE_RE.fullmatch(lines[i + 1]) is not None
    )


def printed_tags(el: etree._Element) -> list[str]:
    """Return the tags of an element printing a tag list as plain text ("Tags: ที่ดิน, โฉนด",
    no links: the tag_line rule's words), or [] when it opens with no tag label.

    >>> printed_tags(lxml.html.fromstring('<p>Tags: ที่ดิน, โฉนด</p>'))
    ['ที่ดิน', 'โฉนด']
    """
    opening = "".join(itertools.islice(el.itertext(), 3)).strip()[:40]
    if not TAG_LABEL_START_RE.match(opening):
        return []
    return clean_lines(html_to_lines(el)).tags


ROW_LABEL_RE = re.compile(r"[^\d๐-๙\t]{1,30}")


def _labelled_row(line: str) -> boilerplate.LineMatch | None:
    """Read a field table's row: a label cell, then a cell of furniture holding data (its
    label perhaps printed again: "ผู้อ่าน | ผู้อ่าน : ๑,๓๗๖ ครั้ง"); the row is that furniture.

    >>> _labelled_row("ผู้อ่าน\\tผู้อ่าน : ๑,๓๗๖ ครั้ง").data
    {'view_count': '๑,๓๗๖'}
    >>> _labelled_row("คลิกที่ภาพเพื่อขยาย\\tนายอำเภอเปิดงาน") is None
    True

    A field whose cell prints its label again over a date (an event's, a deadline's) is the
    page's field, not the text: furniture, no data.

    >>> _labelled_row("กำหนดการ\\tกำหนดการ : ๒๙-๓๑ ม.ค. ๒๕๕๒").rules
    ['dated_field']
    """
    label, _, cell = line.partition("\t")
    label = label.strip()
    if "\t" in cell or not ROW_LABEL_RE.fullmatch(label):
        return None
    found = boilerplate.match_line(cell) or boilerplate.match_meta_row(cell)
    if found is not None and found.data:
        return found
    said, colon, value = cell.partition(":")
    if colon and said.strip() == label.rstrip(":： ") and is_date_line(value.strip()):
        return boilerplate.LineMatch(["dated_field"], {})  # "กำหนดการ | กำหนดการ : ๒๙-๓๑ ม.ค."
    return None


def _without_furniture_cells(line: str, result: CleanedBody) -> str:
    """Return a table row's line without the cells that are furniture (a picture's "คลิกที่ภาพ
    เพื่อขยาย" beside the text's cell), noted in *result*'s removed lines.

    >>> r = CleanedBody(body=None)
    >>> _without_furniture_cells("คลิกที่ภาพเพื่อขยาย\\tนายอำเภอเปิดงาน", r), r.removed
    ('นายอำเภอเปิดงาน', ['คลิกที่ภาพเพื่อขยาย'])
    """
    kept: list[str] = []
    for cell in line.split("\t"):
        found = boilerplate.match_line(cell) if cell.strip() else None
        if found is None:
            kept.append(cell)
            continue
        result.removed.append(cell)  # (its data is not read: a file table's "41 ครั้ง"
        # download count is no view count)
    return "\t".join(kept).strip("\t") if any(c.strip() for c in kept) else line


# A modification label printed alone (Drupal's inline field label: "แก้ไขล่าสุด" in one block,
# ": 30/06/2024 - 04:23" in the next): แก้ไข/ปรับปรุง(ข้อมูล)ล่าสุด(เมื่อ) (last edited / updated),
# วันที่แก้ไข/ปรับปรุง (date edited), แก้ไขเมื่อ / ปรับปรุงเมื่อ (edited on), Last modified/updated.
MODIFIED_LABEL_ALONE_RE = re.compile(
    r"(?:(?:แก้ไข|ปรับปรุง)(?:ข้อมูล)?ล่าสุด(?:เมื่อ)?|วันที่(?:แก้ไข|ปรับปรุง)(?:ข้อมูล)?|"
    r"แก้ไขเมื่อ|ปรับปรุงเมื่อ|Last\s+(?:modified|updated)(?:\s+on)?)\s*[:：]?",
    re.I,
)


def _event_day(lines: list[str], i: int) -> bool:
    """Tell whether line *i* is a date alone under an event's date label alone.

    >>> _event_day(["วันที่จัดกิจกรรม :", "วันพฤหัสบดีที่ 4 เมษายน 2567"], 1)
    True
    >>> _event_day(["วันที่เผยแพร่ :", "4 เมษายน 2567"], 1)
    False
    """
    if i == 0:
        return False
    label = lines[i - 1].strip()
    return (
        len(label) <= DATE_LABEL_CHARS
        and boilerplate.EVENT_LABEL_RE.search(label) is not None
        and is_date_line(lines[i])
    )


def _dated_by_next(lines: list[str], i: int) -> bool:
    """Tell whether line *i* is a date's label alone and the next line its date.

    The next line prints a date and nothing else, perhaps after the label's colon; the label
    is a modification label, or one the line rules read a date after ("วันที่ข่าว:").

    >>> _dated_by_next(["แก้ไขล่าสุด", ": 30/06/2024 - 04:23"], 0)
    True
    >>> _dated_by_next(["วันที่ข่าว:", "6มีนาคม2567"], 0)
    True
    >>> _dated_by_next(["แก้ไขล่าสุด", "โดยผู้ดูแลระบบ"], 0), _dated_by_next(["ประชุม", "6 มี.ค. 67"], 0)
    (False, False)
    >>> _dated_by_next(["ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "วันพุธที่ ๒๘ กุมภาพันธ์ พ.ศ. ๒๕๖๗"], 0)
    False
    """
    if i + 1 >= len(lines):
        return False
    label = lines[i].strip()
    if not label or len(label) > DATE_LABEL_CHARS:
        return False
    date = lines[i + 1].strip().lstrip(":：").strip()
    if not is_date_line(date):
        return False
    if MODIFIED_LABEL_ALONE_RE.fullmatch(label):
        return True
    if boilerplate.match_line(label) is not None:
        return False  # a line of its own ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"), no label waiting
    found = boilerplate.match_line(f"{label.rstrip(':：').strip()} {date}")
    return found is not None and not DATE_FIELDS.isdisjoint(found.data)


DATE_LABEL_CHARS = 30  # a label alone on its line: a few words
DATE_FIELDS = frozenset({"published_raw", "modified_raw"})


# A date line is short: a sentence that opens with a date goes on with the story.
DATE_LINE_CHARS = 40


def is_date_line(line: str) -> bool:
    """Tell whether a line prints a date (and its time) and nothing else.

    >>> is_date_line("๑๖ กันยายน ๒๕๖๗"), is_date_line("16 ก.ย. 2567 เวลา 10.30 น.")
    (True, True)
    >>> is_date_line("16 ก.ย. 2567 นายอำเภอเป็นประธานเปิดงาน"), is_date_line("ปี 2567")
    (False, False)
    """
    text = line.strip()
    if not text or len(text) > DATE_LINE_CHARS:
        return False
    parsed = parse_thai_date_detailed(text)
    return parsed is not None and parsed.start == 0 and not text[parsed.end :].strip()


SIGNATURE_RULE_RE = re.compile(r"^\s*_{10,}\s*$")  # phpBB's and vBulletin's "_________________"
SIGNATURE_LINES = 2  # a signature is a line or two: a motto, a web address
SIGNATURE_CHARS = 120


def _signature_after(lines: list[str], i: int) -> set[int]:
    """Return the lines of the signature a board post ends with when line *i*, an underscore
    rule, opens it: at most two short lines that are no furniture (an edit notice after them
    is read as furniture is); none otherwise.

    >>> _signature_after(["ข่าว", "______________", "ยิ้มแย้ม แจ่มใส -- www.x.go.th"], 1)
    {2}
    >>> _signature_after(["ข่าว", "______________", "ย่อหน้า", "ต่อ", "อีก"], 1)
    set()
    """
    if i == 0 or not SIGNATURE_RULE_RE.match(lines[i]):
        return set()
    rest = {
        j
        for j in range(i + 1, len(lines))
        if lines[j].strip() and boilerplate.match_line(lines[j]) is None
    }
    if not 0 < len(rest) <= SIGNATURE_LINES:
        return set()
    return rest if all(len(lines[j]) <= SIGNATURE_CHARS for j in rest) else set()


def _sign_off_after(lines: list[str], start: int) -> int:
    """Return the index of the office signing off after a separator rule, or -1.

    Furniture after the office (a counter, a share label) does not hide it.

    >>> _sign_off_after(["....", "กลุ่มประชาสัมพันธ์ สำนักโฆษก", "เข้าชม 1,235 ครั้ง", "แชร์"], 1)
    1
    """
    text: list[tuple[int, str]] = []
    signing = 0  # lines that sign_off_office counts (not furniture printed after the office)
    for j, line in enumerate(lines[start:], start):
        if boilerplate.match_line(line) is None and boilerplate.match_meta_row(line) is None:
            text.append((j, line))
            signing += not boilerplate.trailing_furniture(line)
            if signing > boilerplate.SIGN_OFF_LINES:
                return -1  # more text than a sign-off after the rule (the rest not read)
    if text and boilerplate.sign_off_office([line for _, line in text]):
        return text[0][0]  # the press office signs off after the rule: it is the source
    return -1


SENDER_LABEL_RE = re.compile(rf"(?:{boilerplate.SENDER_LABEL})\s*[:：]?")


def _labelled_office(lines: list[str], i: int) -> str | None:
    """Return the office a sender's label alone on ``lines[i]`` names on the next line.

    A Drupal field prints "ผู้ส่งข่าว:" (sender) and its value as two lines; the sender is the
    source only when an office's name, never a person's.

    >>> _labelled_office(["ผู้ส่งข่าว:", "งานประชาสัมพันธ์ สำนักงานเกษตรจังหวัด"], 0)
    'งานประชาสัมพันธ์ สำนักงานเกษตรจังหวัด'
    >>> _labelled_office(["ผู้ส่งข่าว:", "นางสาวสุภาพร ใจมั่น"], 0) is None
    True
    """
    if i + 1 >= len(lines) or not SENDER_LABEL_RE.fullmatch(lines[i].strip()):
        return None
    label = lines[i].strip().rstrip(":：").strip()
    found = boilerplate.match_line(f"{label} : {lines[i + 1].strip()}")
    return boilerplate.named_source(found.data.get("source")) if found is not None else None


def _source_value(lines: list[str], i: int) -> bool:
    """Tell whether ``lines[i]`` can be the office named under a bare source label."""
    if i >= len(lines):
        return False
    line = lines[i]
    return len(line) <= boilerplate.SOURCE_VALUE_MAX and boilerplate.match_line(line) is None


def clean_body(
    html: str | etree._Element, *, title: str | None = None, base_url: str | None = None
) -> CleanedBody:
    """Clean an article body's HTML into text lines plus source, view count, images, files.

    An element is cleaned in place (no second parse); a string is parsed first.

    >>> r = clean_body('<p>ข่าว<br>วันนี้</p><p>ที่มา : กอง ก.</p><div class="share">แชร์</div>')
    >>> r.body, r.source
    ('ข่าว\\nวันนี้', 'กอง ก.')
    """
    root = _parse(html)
    if root is None:
        return CleanedBody(body=None)
    # a labelled tag list first: a furniture rule for its link list ("ul.links") would leave
    # its label ("แท็ก") alone on a line
    said = Said("".join(root.itertext()))  # the gates' text: what the drops look for is in it
    tag_label = drop_tag_lists(root, said)
    clips = root.find(".//iframe") is not None or root.find(".//video") is not None
    removed = boilerplate.drop_furniture(root)
    removed += drop_post_meta(root)
    removed += drop_share_blocks(root)
    removed += drop_related_blocks(root)
    removed += drop_other_news(root, said)
    images = find_images(root, base_url)
    attachments = find_attachments(root, base_url)
    if not isinstance(html, str) or TAB_HINT_RE.search(html):  # (most bodies print no tab)
        drop_other_tabs(root)  # their files and pictures are read: the tab shown first is text
    drop_attachment_lists(root)  # their files are in `attachments`; the list is furniture
    drop_summary_boxes(root, said)  # a box repeating the text's sentences at its top
    drop_captions(root, clips, said)  # the pictures are in `images`; their captions are furniture
    if tag_label:
        drop_tag_lists(root)  # the tags are read apart; their list is furniture
    signed = aligned_sign_off(root)
    dateline = drop_headline_date(root, title)
    result = clean_lines(html_to_lines(root), title=title)
    result.published_raw = result.published_raw or dateline
    _sign_off_as_source(result, signed)
    result.images = images
    result.attachments = attachments
    _keep_furniture_data(result, removed)
    return result


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# What a tab set's markup says (pipelines.tabs), looked for in a body's HTML before any walk.
TAB_HINT_RE = re.compile(r"role\s*=\s*[\"']?tab|data-(?:bs-)?toggle\s*=\s*[\"']?(?:tab|pill)", re.I)


# A summary box's label: สรุป(ข่าว) (summary), ไฮไลต์(ข่าว) (highlights), ประเด็นสำคัญ (key
# points), Highlights, Summary, Key points, In brief; an emoji or a colon around it.
SUMMARY_LABEL_RE = re.compile(
    r"(?:สรุป(?:ข่าว|ประเด็น(?:สำคัญ)?)?|ไฮไลต์(?:ข่าว)?|ไฮไลท์(?:ข่าว)?|ประเด็นสำคัญ|"
    r"highlights?|summary|key\s+points|in\s+brief)",
    re.I,
)
SUMMARY_LABEL_SEARCH = WordGate(
    SUMMARY_LABEL_RE,
    ("สรุป", "ไฮไลต์", "ไฮไลท์", "ประเด็นสำคัญ"),
    ("highlight", "summary", "key", "brief"),
    span=100,
)
LETTER_RE = re.compile(r"[ก-ฮA-Za-z0-9๐-๙]")
SUMMARY_OPENING_CHARS = 25  # of each of its lines, looked for in the text after the box
SUMMARY_LEAD_CHARS = 200  # of a box's text, where its label must show (its first line: 30)


def drop_summary_boxes(root: etree._Element, said: Said | None = None) -> None:
    """Remove a summary box at the top of a body: a labelled box ("สรุปข่าว :", "📌 ไฮไลต์ข่าว")
    whose lines the text then tells in full. The text says it; the box only repeats it.

    >>> root = lxml.html.fromstring('<div><div><b>สรุปข่าว :</b><ul><li>รมช. ตรวจเยี่ยม สกศ. '
    ...     'และมอบนโยบายแก่ผู้บริหาร</li></ul></div><p>รมช. ตรวจเยี่ยม สกศ. และมอบนโยบายแก่ผู้บริหาร'
    ...     ' ข้าราชการ และบุคลากร</p></div>')
    >>> drop_summary_boxes(root); html_to_lines(root)
    ['รมช. ตรวจเยี่ยม สกศ. และมอบนโยบายแก่ผู้บริหาร ข้าราชการ และบุคลากร']
    """
    if not SUMMARY_LABEL_SEARCH.found(said or Said("".join(root.itertext()))):
        return  # (most bodies)
    for box in list(root.iter("div", "section", "aside", "blockquote", "table")):
        if box is root or box.getparent() is None:
            continue
        if not SUMMARY_LABEL_SEARCH.found(_leading_text(box, SUMMARY_LEAD_CHARS)):
            continue  # no label among its first words (the walk below reads the whole box)
        lines = [line for line in html_to_lines(box) if line.strip()]
        if len(lines) < 2 or len(lines[0]) > 30:
            continue
        said = SUMMARY_LABEL_RE.search(lines[0])
        if said is None or LETTER_RE.search(SUMMARY_LABEL_RE.sub("", lines[0])):
            continue  # the label alone (an emoji, a colon around it), not a sentence
        after = " ".join(_text_after(box, root).split())
        if all(" ".join(line.split())[:SUMMARY_OPENING_CHARS] in after for line in lines[1:]):
            boilerplate.detach(box)


def _leading_text(el: etree._Element, chars: int) -> str:
    """The first strings of *el*'s text, until they hold *chars* characters besides spaces."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece) - piece.count(" ") - piece.count("\n") - piece.count("\t")
        if size >= chars:
            break
    return "".join(pieces)


def _text_after(box: etree._Element, root: etree._Element) -> str:
    """The body's text printed after *box*."""
    pieces: list[str] = []
    seen = False
    for node in root.iter():
        if node is box:
            seen = True
            continue
        if seen and not any(a is box for a in node.iterancestors()):
            pieces.append(node.text or "" if isinstance(node.tag, str) else "")
        if seen:
            pieces.append(node.tail or "")
    return "".join(pieces)


def drop_headline_date(root: etree._Element, title: str | None) -> str | None:
    """Drop the date printed alone right under a headline inside the text; return it.

    Page builders (Enfold's special heading, Elementor's, WPBakery's) put the post's heading in
    its content with the date typed as its subheading: that is the post's date line, not text.

    >>> root = lxml.html.fromstring(
    ...     '<div><h1>ข่าว ก</h1><div><p>๑๖ ก.ย. ๒๕๖๗</p></div><p>x</p></div>')
    >>> drop_headline_date(root, "ข่าว ก"), lxml.html.tostring(root, encoding="unicode")
    ('๑๖ ก.ย. ๒๕๖๗', '<div><h1>ข่าว ก</h1><p>x</p></div>')
    """
    if not title:
        return None
    for heading in root.iter(*HEADINGS):
        if not boilerplate.is_repeated_headline("".join(heading.itertext()), title):
            continue
        under = heading.getnext()
        text = "".join(under.itertext()) if under is not None else ""
        if under is None or not is_date_line(" ".join(text.split())):
            return None
        boilerplate.detach(under)
        return " ".join(text.split())
    return None


# A block set flush right: inline style, the old align attribute, or a framework's class
# (Bootstrap 3 "text-right", Bootstrap 5 "text-end", WordPress's "has-text-align-right",
# CKEditor 5's alignment in Drupal 10 "text-align-right").
RIGHT_ALIGNED_STYLE_RE = re.compile(r"text-align\s*:\s*right", re.I)
RIGHT_ALIGNED_CLASS_RE = re.compile(
    r"(?<![^\s])(?:text-right|text-end|has-text-align-right|text-align-right)(?![^\s])", re.I
)
SIGN_OFF_BLOCKS = ("p", "div")


# A contact line of a sign-off: a phone, fax or e-mail label and its number or address alone
# ("โทร. ๐ ๕๖๒๒ ๗๑๔๕", "โทร./โทรสาร 0 5371 5678", "E-mail: pr@x.go.th").
CONTACT_LINE_RE = re.compile(
    r"^\s*(?:โทร(?:ศัพท์|สาร)?\.?|แฟกซ์|Tel\.?|Fax\.?|E-?mail|อีเมล)(?:\s*/\s*"
    r"(?:โทร(?:ศัพท์|สาร)?\.?|Fax\.?))?\s*:?\s*[0-9๐-๙(+][0-9๐-๙()+\s,-]{5,}(?:ต่อ\s*[0-9๐-๙,\s-]+)?\s*$"
    r"|^\s*(?:E-?mail|อีเมล)\s*:?\s*[\w.+-]+@[\w-]+\.[\w.-]+\s*$",
    re.I,
)


def aligned_sign_off(root: etree._Element) -> str | None:
    """Return the text of the body's last right-aligned block when it names an office alone.

    Press releases sign off with the issuing office set flush right under the text ("งาน
    ประชาสัมพันธ์ อบต. ...", no label, no separator rule), perhaps with its phone line under
    it; whether it is the body's last line is for the caller to check.

    Judgement call: the phone or e-mail line of such a sign-off block leaves the text with the
    office (which becomes the source); a contact sentence of the text itself ("สอบถามเพิ่มเติม
    โทร ...") stays, as does a contact line every release ends with (pipelines.site_profile).

    >>> aligned_sign_off(lxml.html.fromstring(
    ...     '<div><p>ข่าว</p><p style="text-align: right;">สำนักปลัด อบต.หนองแวง</p></div>'))
    'สำนักปลัด อบต.หนองแวง'
    >>> aligned_sign_off(lxml.html.fromstring('<div><p>ข่าว</p><p align="right"><b>'
    ...     'ด่านกักกันสัตว์อุตรดิตถ์</b></p><p align="right">ภาพ : นายสมศักดิ์ แก้วมณี</p></div>'))
    'ด่านกักกันสัตว์อุตรดิตถ์'
    """
    found = None
    for el in root.iter(*SIGN_OFF_BLOCKS):
        aligned = (el.get("align") or "").lower() == "right"
        aligned = aligned or bool(RIGHT_ALIGNED_STYLE_RE.search(el.get("style") or ""))
        if aligned or RIGHT_ALIGNED_CLASS_RE.search(el.get("class") or ""):
            said = boilerplate.match_line(" ".join("".join(el.itertext()).split()))
            if said is not None and not said.data:
                continue  # a photo credit under the sign-off ("ภาพ : ..."): furniture
            found = el
    if found is None:
        return _emphasised_sign_off(root)
    lines = [line for line in html_to_lines(found) if line.strip()]
    if len(lines) > 1 and all(CONTACT_LINE_RE.match(line) for line in lines[1:]):
        lines = lines[:1]  # the office, then its phone or e-mail line: the sign-off's own
    return boilerplate.sign_off_office([" ".join(" ".join(lines).split())])


EMPHASIS_STYLE_RE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)


def _emphasised_sign_off(root: etree._Element) -> str | None:
    """Return the office the body's last bold element names alone ("<b>สำนักงานเกษตรอำเภอ
    วังทอง</b>" under a board post's text); whether it is the last line is for the caller.

    >>> _emphasised_sign_off(lxml.html.fromstring(
    ...     '<div>ข่าว<br><span style="font-weight: bold">สำนักงานเกษตรอำเภอวังทอง</span></div>'))
    'สำนักงานเกษตรอำเภอวังทอง'
    """
    found = None
    for el in root.iter("b", "strong", "span"):
        if el.tag == "span" and not EMPHASIS_STYLE_RE.search(el.get("style") or ""):
            continue
        found = el
    if found is None:
        return None
    return boilerplate.sign_off_office([" ".join("".join(found.itertext()).split())])


# The office alone as the text's last line, unaligned and unlabelled (a plain-text template,
# nl2br): a unit and the organisation it belongs to, short, no figures.
OFFICE_LINE_CHARS = 60
OFFICE_LINE_WORDS = 5
ORGANISATION_RE = re.compile(
    r"อบต\.|อบจ\.|องค์การ|เทศบาล|จังหวัด|อำเภอ|กรม|สำนัก|กระทรวง|กอง|ศูนย์|สถานี|โรงเรียน|มหาวิทยาลัย"
)


def office_line(line: str) -> str | None:
    """Return a line that only names an office and the organisation it belongs to.

    >>> office_line("งานประชาสัมพันธ์ อบต.โนนสูง"), office_line("งานนี้มีผู้ร่วม 300 คน")
    ('งานประชาสัมพันธ์ อบต.โนนสูง', None)
    >>> office_line("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท"), office_line("สำนักงาน")
    ('สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท', None)
    """
    text = line.strip()
    if len(text) > OFFICE_LINE_CHARS or any(ch.isdigit() for ch in text):
        return None
    words = text.split()
    if len(words) == 1:  # one Thai run: an office word, then its organisation inside it
        prefix = boilerplate.OFFICE.match(text)
        if prefix is None or not (
            ORGANISATION_RE.search(text, prefix.end() + 1) or _unit_name(text, prefix.group())
        ):
            return None
    elif not len(words) <= OFFICE_LINE_WORDS or not ORGANISATION_RE.search(" ".join(words[1:])):
        return None
    return boilerplate.sign_off_office([text])


# A unit's own word at the start of its name (a centre, division, bureau, group, institute).
UNIT_WORDS = frozenset({"ศูนย์", "กอง", "สำนัก", "กรม", "ฝ่าย", "กลุ่ม", "สถาบัน"})
UNIT_NAME_MIN = 6  # characters of a unit's name after its word
# Pieces of a sentence that a unit's name never holds: ขอ (ask), เชิญ (invite), จะ (will), ได้
# (can, got), แล้ว (already), ว่า (that), กำลัง, ต้อง, ควร, ไม่ (not), นี้ (this), ทุก (every),
# เมื่อ (when), polite endings, คน (people).
SENTENCE_PIECES_RE = re.compile(r"ขอ|เชิญ|จะ|ได้|แล้ว|ว่า|กำลัง|ต้อง|ควร|ไม่|นี้|ทุก|เมื่อ|ครับ|ค่ะ|คน")


def _unit_name(text: str, word: str) -> bool:
    """Tell whether one Thai run is a unit's name alone, its parent organisation not named
    ("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", a ministry's ICT centre signing its news).

    >>> _unit_name("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "ศูนย์")
    True
    >>> _unit_name("กรมประชาสัมพันธ์ขอเชิญชวนประชาชนร่วมกิจกรรม", "กรม")
    False
    """
    return (
        word in UNIT_WORDS
        and len(text) - len(word) >= UNIT_NAME_MIN
        and SENTENCE_PIECES_RE.search(text, len(word)) is None
    )


def _sign_off_as_source(result: CleanedBody, signed: str | None) -> None:
    """Make an office sign-off the source when it is the body's last line and the page names
    no other source: a right-aligned one, or a last line naming only an office and the
    organisation it belongs to after the text's paragraphs."""
    lines = (result.body or "").split("\n")
    end = len(lines)  # a bare label after the sign-off ("แชร์ข่าวนี้:") is furniture, not text
    while end > 1 and boilerplate.trailing_furniture(lines[end - 1]):
        end -= 1
    if signed is not None and end >= 2 and CONTACT_LINE_RE.match(lines[end - 1]):
        if lines[end - 2].strip() == signed:
            end -= 1  # the sign-off's contact line under its office goes with it
    if signed is None and end >= 2:
        signed = office_line(lines[end - 1])
    if signed is None or result.source is not None or lines[end - 1].strip() != signed:
        return
    result.body = "\n".join(lines[: end - 1]) or None
    result.removed.extend(lines[end - 1 :])
    result.source = signed


def _keep_furniture_data(result: CleanedBody, removed: list[etree._Element]) -> None:
    """Fill view count and modified date from dropped furniture holding data (K2's hits and
    modified footer, a WordPress theme's entry-meta row), and the tags of a dropped plain-text
    tag list ("Tags: a, b")."""
    for el in removed:
        if not result.tags:
            result.tags = printed_tags(el)
        classes = set((el.get("class") or "").split())
        if classes.isdisjoint(boilerplate.DATA_CLASSES):
            continue
        found = clean_lines(html_to_lines(el))
        if result.view_count is None:
            # a labelled counter line, or a bare number beside an eye icon / in a "views" item
            result.view_count = (
                found.view_count if found.view_count is not None else find_counter(el)
            )
        if result.modified_raw is None:
            result.modified_raw = found.modified_raw
