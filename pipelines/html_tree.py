"""Parse a page's HTML into a parsel Selector, as Scrapy does, minus a Python call per element.

lxml.html's parser asks a Python method which class each element gets (forms and inputs have
their own), once for every element object lxml hands out: on a news page that is a few hundred
calls per walk of the tree. Nothing here reads forms through those classes, so every element is
an ``HtmlElement`` (``text_content()``, ``classes``, ``iterlinks()``...), chosen in C. The tree
is the same: the same libxml2 HTML parser with the same options reads the same bytes.
"""

from __future__ import annotations

import re

from lxml import etree, html
from parsel import Selector
from parsel.selector import create_root_node

from pipelines.boilerplate import detach
from pipelines.css_paths import PageSelector
from pipelines.hidden_styles import mark_hidden_by_style

ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=html.HtmlElement,
    comment=html.HtmlComment,
    pi=html.HtmlProcessingInstruction,
    entity=html.HtmlEntity,
)


class HtmlParser(etree.HTMLParser):
    """libxml2's HTML parser giving lxml.html's element class to every element."""

    def __init__(self, **options: object) -> None:
        # no table of XML ids (nothing here asks XPath's id()): a twentieth of the parse
        super().__init__(collect_ids=False, **options)  # type: ignore[arg-type]
        self.set_element_class_lookup(ELEMENT_CLASSES)


def html_selector(text: str, base_url: str | None = None) -> Selector:
    """Return a Selector over *text* parsed as parsel parses HTML (recovering, huge trees).

    >>> sel = html_selector("<p class='x'>ข่าว <b>วันนี้</b></p>")
    >>> sel.css("p.x").xpath("string()").get(), type(sel.root).__name__
    ('ข่าว วันนี้', 'HtmlElement')
    """
    root = create_root_node(text, HtmlParser, base_url=base_url)
    if "document.write" in text:
        print_written_text(root)
    if "<noscript" in text:
        show_fallback_page(root)
    if "<wbr" in text or "<WBR" in text:
        join_word_breaks(root)
    if "srcdoc" in text:
        show_inline_frames(root)
    mark_hidden_by_style(root, text)  # off-screen blocks, classes the page's <style> hides
    return PageSelector(root=root, type="html", base_url=base_url)


INLINE_FRAMES = etree.XPath("//iframe[@srcdoc]")


def show_inline_frames(root: etree._Element) -> None:
    """Put the page an `<iframe srcdoc="...">` shows where the frame is (a portal's article
    text sent inside its page as a frame's document), as a browser lays it out.

    >>> sel = html_selector('<h2>ข่าว</h2><iframe srcdoc="&lt;p&gt;เนื้อหา&lt;/p&gt;"></iframe>')
    >>> sel.css("div.khaosan-frame p::text").get()
    'เนื้อหา'
    """
    for frame in INLINE_FRAMES(root):
        doc = (frame.get("srcdoc") or "").strip()
        if not doc:
            continue
        inner = create_root_node(doc, HtmlParser)
        body = inner.find(".//body")
        holder = html.Element("div", {"class": "khaosan-frame"})
        for child in list(body if body is not None else inner):
            holder.append(child)
        if body is not None and (body.text or "").strip():
            holder.text = body.text
        holder.tail = frame.tail
        frame.getparent().replace(frame, holder)


def join_word_breaks(root: etree._Element) -> None:
    """Take out `<wbr>` (a place a line may break, printing nothing): the text on both sides
    is one word, as a browser shows it (an editor breaks long Thai words with it).

    >>> html_selector("<h2>ผลประชุ<wbr>ม ก.ค.ศ.</h2>").css("h2")[0].root.text
    'ผลประชุม ก.ค.ศ.'
    """
    for el in list(root.iter("wbr")):
        el.drop_tag()


# A fallback this long is a page of its own (a list, a story), not a "turn on JavaScript" line.
FALLBACK_PAGE_CHARS = 200
SHOWN_SHARE = 10  # a page showing a tenth of its fallback's text or more stands on its own
FALLBACKS = etree.XPath("//body//noscript[not(ancestor::noscript)]")
SHOWN_TEXT = etree.XPath(
    "//body//text()[not(ancestor::noscript or ancestor::script or ancestor::style"
    " or ancestor::template)]"
)


def show_fallback_page(root: etree._Element) -> None:
    """Show the `<noscript>` fallback of a script front end whose server page is an empty app
    root (`<div id="app"></div>`): the list or the story is there, as a reader without
    scripts sees it. A page printing text of its own keeps its fallbacks hidden.

    >>> sel = html_selector('<body><div id="app"></div><noscript><p>' + "ข่าว " * 60
    ...     + '</p></noscript></body>')
    >>> len(sel.css("p")), len(sel.css("noscript"))
    (1, 0)
    """
    held = [el for el in FALLBACKS(root) if len(_folded(el.itertext())) >= FALLBACK_PAGE_CHARS]
    if not held:
        return
    shown = len(_folded(SHOWN_TEXT(root)))
    hidden = sum(len(_folded(el.itertext())) for el in held)
    if shown >= FALLBACK_PAGE_CHARS and shown * SHOWN_SHARE >= hidden:
        return  # the page prints text of its own: its fallbacks stay hidden
    for el in held:
        el.drop_tag()


def _folded(pieces: object) -> str:
    return " ".join("".join(pieces).split())  # type: ignore[arg-type]


# A script that prints one piece of plain text: document.write("1,234") (a view counter).
WRITTEN_TEXT_RE = re.compile(
    r"""\s*document\.write(?:ln)?\(\s*(["'])([^"'<>\\]{1,80})\1\s*\)\s*;?\s*"""
)


def print_written_text(root: etree._Element) -> None:
    """Put the text a script writes into the page where the script stands, as a browser
    shows it (a counter written by `document.write("1,234")` beside a `<noscript>` copy of
    the number, which goes).

    >>> sel = html_selector('<p>อ่าน <script>document.write("1,931");</script>'
    ...     '<noscript>1,931</noscript> ครั้ง</p>')
    >>> sel.css("p").xpath("string()").get()
    'อ่าน 1,931 ครั้ง'
    """
    for script in list(root.iter("script")):  # (a script's one child: its text)
        if "document.write" not in (script.text or ""):
            continue
        written = WRITTEN_TEXT_RE.fullmatch(script.text or "")
        if written is None:
            continue
        text = written.group(2)
        twin = script.getnext()
        if twin is not None and twin.tag == "noscript" and (twin.text or "").strip() == text:
            detach(twin)  # (its tail joins the script's)
        script.tail = text + (script.tail or "")
        detach(script)  # the written text stays where the script stood
