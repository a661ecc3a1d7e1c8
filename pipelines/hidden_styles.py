"""Elements a page hides by style, not by an attribute: off-screen blocks and classes its own
`<style>` hides.

A hacked site's injected links (gambling spam: สล็อต, บาคาร่า, แทงบอล) are hidden from readers
and shown to search engines: pushed off-screen (`position:absolute; left:-9999px`) or given a
class that a `<style>` the attacker added sets to `display:none`. A reader never sees them, so
they are marked `hidden` here, as the attribute the furniture rules drop
(pipelines.boilerplate.HIDDEN_SELECTORS). A class hidden by the page's style marks only blocks
of links: a script shows hidden text too (a "read more" fold, a tab), never a spam list.
"""

from __future__ import annotations

import re

from lxml import etree

# An offset or indent that puts an element far outside the page (-999px and beyond).
OFFSCREEN_RE = re.compile(
    r"(?:^|[;\s])(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\s*[0-9]{3,}", re.I
)
# A negative value of three digits or more after a colon: looked for before OFFSCREEN_RE (whose
# property names make it slow over a whole page).
NEGATIVE_RE = re.compile(r":\s*-\s*[0-9]{3}")
STYLE_ELEMENT_RE = re.compile(r"<style\b[^>]*>(.*?)</style", re.S | re.I)
HIDING_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
SHOWING_RE = re.compile(r"display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible", re.I)
STYLED = etree.XPath("//body/descendant::*/@style/parent::*")  # (attribute steps: no
CLASSED = etree.XPath("//body/descendant::*/@class/parent::*")  # predicate on every element)
RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
CLASS_SELECTOR_RE = re.compile(r"^\s*(?:[a-z][a-z0-9]*)?\.([\w-]+)\s*$", re.I)
LINKED_SHARE = 0.5  # of a block's text inside links: a list of links


def mark_hidden_by_style(root: etree._Element, text: str) -> int:
    """Mark `hidden` the elements of the page at *root* (its source *text*) that its styles
    put out of sight; return how many.

    >>> from lxml import html
    >>> page = ('<html><head><style>.wp-sl{display:none!important}</style></head><body>'
    ...     '<div class="wp-sl"><a href="https://x.bet/">สล็อต</a></div>'
    ...     '<div style="position:absolute;left:-9999px"><a href="https://y.bet/">บาคาร่า</a></div>'
    ...     '<p class="wp-sl">ข้อความ</p></body></html>')
    >>> root = html.fromstring(page)
    >>> mark_hidden_by_style(root, page), [el.tag for el in root.iter() if el.get("hidden")]
    (2, ['div', 'div'])
    """
    marked = 0
    if NEGATIVE_RE.search(text):
        for el in STYLED(root):
            if OFFSCREEN_RE.search(el.get("style", "")) and el.get("hidden") is None:
                el.set("hidden", "hidden")
                marked += 1
    hidden = hidden_classes(STYLE_ELEMENT_RE.findall(text)) if "<style" in text else set()
    if hidden:
        for el in CLASSED(root):
            if el.get("hidden") is None and hidden.intersection(el.get("class", "").split()):
                if _links_only(el):
                    el.set("hidden", "hidden")
                    marked += 1
    return marked


def hidden_classes(styles: list[str]) -> set[str]:
    """Return the class names a page's own style rules hide (a lone class selector setting
    display:none or visibility:hidden, or an off-screen offset), unless another of its rules
    shows the class again (`.tab-pane{display:none} .tab-pane.active{display:block}`).

    >>> sorted(hidden_classes([".a{display:none} .b{left:-9999px;position:absolute}"
    ...     " .t{display:none} .t.active{display:block}"]))
    ['a', 'b']
    """
    hidden: set[str] = set()
    shown: set[str] = set()
    for style in styles:
        if not (HIDING_RE.search(style) or OFFSCREEN_RE.search(style)):
            continue
        for selectors, declarations in RULE_RE.findall(style):
            hides = HIDING_RE.search(declarations) or OFFSCREEN_RE.search(declarations)
            for selector in selectors.split(","):
                lone = CLASS_SELECTOR_RE.match(selector)
                if lone and hides:
                    hidden.add(lone.group(1))
                elif not hides and SHOWING_RE.search(declarations):
                    shown.update(re.findall(r"\.([\w-]+)", selector))
    return hidden - shown


def _links_only(el: etree._Element) -> bool:
    """Tell whether an element's text is mostly the text of its links."""
    total = len("".join("".join(el.itertext()).split()))
    if not total:
        return False
    linked = sum(len("".join("".join(a.itertext()).split())) for a in el.iter("a"))
    return linked >= LINKED_SHARE * total
