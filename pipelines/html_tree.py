"""Parse a page's HTML into a parsel Selector, as Scrapy does, minus a Python call per element.

lxml.html's parser asks a Python method which class each element gets (forms and inputs have
their own), once for every element object lxml hands out: on a news page that is a few hundred
calls per walk of the tree. Nothing here reads forms through those classes, so every element is
an ``HtmlElement`` (``text_content()``, ``classes``, ``iterlinks()``...), chosen in C. The tree
is the same: the same libxml2 HTML parser with the same options reads the same bytes.
"""

from __future__ import annotations

from lxml import etree, html
from parsel import Selector
from parsel.selector import create_root_node

ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=html.HtmlElement,
    comment=html.HtmlComment,
    pi=html.HtmlProcessingInstruction,
    entity=html.HtmlEntity,
)


class HtmlParser(etree.HTMLParser):
    """libxml2's HTML parser giving lxml.html's element class to every element."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self.set_element_class_lookup(ELEMENT_CLASSES)


def html_selector(text: str, base_url: str | None = None) -> Selector:
    """Return a Selector over *text* parsed as parsel parses HTML (recovering, huge trees).

    >>> sel = html_selector("<p class='x'>ข่าว <b>วันนี้</b></p>")
    >>> sel.css("p.x").xpath("string()").get(), type(sel.root).__name__
    ('ข่าว วันนี้', 'HtmlElement')
    """
    root = create_root_node(text, HtmlParser, base_url=base_url)
    return Selector(root=root, type="html", base_url=base_url)
