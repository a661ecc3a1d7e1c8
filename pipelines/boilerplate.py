"""The one shared list of page-furniture rules: DOM selectors to drop and text line rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from lxml import etree
from lxml.cssselect import CSSSelector

from pipelines.thai_dates import CLOCK_WORDS, find_thai_dates, worded_numbers

# ---------------------------------------------------------------------------
# DOM rules: elements that never belong to an article body.
# ---------------------------------------------------------------------------

# Code, embeds and hidden things.
HIDDEN_SELECTORS = [
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "[hidden]",
    '[style*="display:none"]',
    '[style*="display: none"]',
    '[style*="visibility:hidden"]',
    '[style*="visibility: hidden"]',
    '[aria-hidden="true"]',
    # Webflow's conditional visibility: an element whose condition fails stays in the HTML
    # with this class, which its stylesheet sets to display:none (every Webflow site)
    ".w-condition-invisible",
    # Bootstrap's display:none utility, unless a breakpoint class shows it again on wider
    # screens (d-none d-md-block: hidden on phones only)
    '.d-none:not([class*="d-sm-"]):not([class*="d-md-"]):not([class*="d-lg-"])'
    ':not([class*="d-xl-"]):not([class*="d-xxl-"])',
]
# Menus, modules and tools of any CMS.
# A social post embedded in the text by the network's embed code (Facebook's SDK div and the
# quote it shows without scripts, X / Twitter, Instagram, TikTok): the post's own words (often
# the text's first sentence again), its "Posted by" line and its link. Another publication's:
# furniture whose dates and counts are never the article's.
EMBEDDED_POST_CLASSES = frozenset(
    {
        "fb-post",
        "fb-video",
        "fb-xfbml-parse-ignore",
        "twitter-tweet",
        "instagram-media",
        "tiktok-embed",
    }
)


def is_embedded_post(el: etree._Element) -> bool:
    """Tell whether *el* is (or sits in) a social post embedded in the page."""
    return any(
        not EMBEDDED_POST_CLASSES.isdisjoint((node.get("class") or "").split())
        for node in (el, *el.iterancestors())
    )


FURNITURE_SELECTORS = [
    "nav",
    "menu",
    "marquee",  # a scrolling ticker: the site's welcome line or announcements, never the story
    '[role="navigation"]',
    # a modal over the page (a cookie or PDPA consent, a login or newsletter popup)
    '[role="dialog"]',
    '[role="alertdialog"]',
    ".menu",
    ".breadcrumb",
    ".breadcrumbs",
    ".moduletable",
    ".module",
    ".sidebar",
    "#sidebar",
    ".share",
    ".social",
    ".print",
    ".email",
    ".fontsize",
    ".font-size",
    # K2 item view (components/com_k2/templates/default/item.php)
    ".itemToolbar",
    ".itemRatingBlock",
    ".itemSocialSharing",
    ".itemLinks",
    ".itemAuthorBlock",
    ".itemAuthorLatest",
    ".itemRelated",
    ".itemNavigation",
    ".itemComments",
    ".itemCommentsForm",
    ".itemCommentsLoginFirst",
    ".itemBackToTop",
    ".itemTextResizerTitle",
    # K2 blocks inside div.itemBody, never the editor's text (they reach a body node when
    # unclosed editor markup swallows them, or when the body falls back to div.itemBody)
    ".itemContentFooter",
    ".itemHits",
    ".itemDateModified",
    ".itemExtraFields",
    ".itemImageCaption",
    ".itemImageCredits",
    ".itemVideoBlock",
    ".itemImageGallery",
    ".itemAttachmentsBlock",
    ".itemTagsBlock",
    ".itemCommentsLink",
    ".itemPrintThisPage",
    # Joomla com_content
    ".pagenav",
    ".article-info",
    ".icons",
    ".actions",
    # WordPress
    ".sharedaddy",
    ".swp_social_panel",  # the Social Warfare plugin's share buttons, above and below the post
    ".jp-relatedposts",
    ".post-navigation",
    ".comments-area",
    "#comments",
    "#respond",
    # Movable Type's default entry templates: the TrackBack block ("TrackBack URL for this
    # entry:") between the entry and its comments
    ".trackbacks",
    # Drupal (tags stay: they are data the spider picks)
    ".links",
    ".node-links",
    # Drupal's status messages over the node ("this content is not translated yet", "saved")
    "div.messages.status",
    "div.messages.warning",
    "div.messages.error",
    ".messages--status",
    ".messages--warning",
    ".messages--error",
    # a social post embedded in the text: EMBEDDED_POST_CLASSES (below)
    *(f".{name}" for name in sorted(EMBEDDED_POST_CLASSES)),
]
# Furniture whose text holds data (view count, modified date): read before it goes.
DATA_CLASSES = frozenset({"itemContentFooter", "itemHits", "itemDateModified", "entry-meta"})
# Page regions: dropped unless they hold most of the text (ASP.NET wraps pages in one <form>).
# Bare tag names only (drop_furniture iterates them as tags).
REGION_SELECTORS = ["form", "header", "footer", "aside"]
REGION_MAX_SHARE = 0.5

DOM_SELECTORS: list[str] = HIDDEN_SELECTORS + FURNITURE_SELECTORS + REGION_SELECTORS


# A simple selector: tag, .class, #id, [attr], [attr="v"], [attr*="v"] (tag prefix allowed).
SIMPLE_SELECTOR_RE = re.compile(
    r"^(?P<tag>[a-z][a-z0-9]*)?"
    r"(?:\.(?P<cls>[\w-]+)|#(?P<id>[\w-]+)|"
    r"\[(?P<attr>[\w-]+)(?:(?P<op>\*?=)\s*(?P<q>[\"']?)(?P<val>.*?)(?P=q))?\])?$"
)


@dataclass
class _Matcher:
    """The DOM rules as sets, tested in one walk (a union XPath re-scans the tree per rule)."""

    tags: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    # (tag or "", kind, attribute, value): kind is "has", "eq" or "contains"
    attrs: list[tuple[str, str, str, str]] = field(default_factory=list)
    tagged: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, "cls"/"id", value)
    rest: CSSSelector | None = None  # selectors too rich for the sets (the d-none rule)

    def matches(self, el: etree._Element) -> bool:
        tag = el.tag
        if tag in self.tags:
            return True
        keys = el.keys()
        if not keys:
            return False
        cls = el.get("class") if "class" in keys else None
        if cls and not self.classes.isdisjoint(cls.split()):
            return True
        if self.ids and "id" in keys and el.get("id") in self.ids:
            return True
        for want_tag, kind, name, value in self.attrs:
            if name not in keys or (want_tag and tag != want_tag):
                continue
            got = el.get(name, "")
            if kind == "has" or got == value or (kind == "contains" and value in got):
                return True
        for want_tag, kind, value in self.tagged:
            if tag != want_tag:
                continue
            if kind == "cls" and cls and value in cls.split():
                return True
            if kind == "id" and el.get("id") == value:
                return True
        return False


@cache
def _matcher(selectors: tuple[str, ...]) -> _Matcher:
    """Compile simple selectors into sets; anything richer goes to one CSSSelector."""
    m = _Matcher()
    rich: list[str] = []
    for sel in selectors:
        found = SIMPLE_SELECTOR_RE.match(sel.strip())
        if found is None or not any(found.groupdict().values()):
            rich.append(sel)
            continue
        tag, cls, id_, attr = found.group("tag", "cls", "id", "attr")
        if attr:
            op, val = found.group("op"), found.group("val") or ""
            kind = "has" if op is None else ("eq" if op == "=" else "contains")
            if kind == "contains" and not val:
                continue  # [a*=""] matches nothing in CSS
            m.attrs.append((tag or "", kind, attr, val))
        elif cls or id_:
            if tag:
                m.tagged.append((tag, "cls" if cls else "id", cls or id_))
            elif cls:
                m.classes.add(cls)
            else:
                m.ids.add(id_)
        else:
            m.tags.add(tag)
    m.rest = CSSSelector(", ".join(rich)) if rich else None
    return m


# The page itself, never furniture whatever its classes say (WordPress's Twenty Thirteen
# marks <body class="... sidebar"> when its sidebar is shown).
PAGE_TAGS = frozenset({"html", "body"})


def find_furniture(
    root: etree._Element,
    selectors: tuple[str, ...] | None = None,
    *,
    outermost: bool = True,
    keep: frozenset[etree._Element] = frozenset(),
) -> list[etree._Element]:
    """Return the elements under ``root`` (not root) that a DOM rule matches, in page order.

    With ``outermost``, elements inside a match are not returned (they go with it). Elements
    in ``keep`` are never returned, but what they hold is searched.
    """
    m = _matcher(selectors or tuple(HIDDEN_SELECTORS + FURNITURE_SELECTORS))
    # The elements themselves, not id()s: a freed proxy's id is reused by another element.
    extra = set(m.rest(root)) if m.rest is not None else set()
    found: list[etree._Element] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if el is root or not isinstance(el.tag, str) or el.tag in PAGE_TAGS:
            continue
        if el in keep:
            continue
        if (m.matches(el) or el in extra) and not shown_on_click(el) and not _tab_pane(el):
            found.append(el)
            if outermost:
                walker.skip_subtree()
    return found


# Attributes by which a script framework shows an element on demand (Alpine's x-show, Vue's
# v-show, AngularJS's ng-show / ng-hide) or hides it until its script runs (x-cloak, v-cloak,
# ng-cloak): hidden in the HTML, shown on the reader's click ("อ่านต่อ...", read more).
SCRIPT_TOGGLE_ATTRS = frozenset(
    "x-show x-cloak v-show v-cloak ng-show ng-hide ng-cloak data-ng-show data-ng-hide".split()
)
FOLDED_SENTENCE_CHARS = 80  # a paragraph of text, not a menu entry or a button's label
FOLDED_LINK_SHARE = 0.3  # of the element's text inside links: a dropdown menu is links


# What the control of a "read more" fold says (อ่านเพิ่มเติม, อ่านต่อ, ดูทั้งหมด, แสดงเพิ่มเติม,
# read more, show more, continue reading): a short button or link beside the folded text.
FOLD_LABEL_RE = re.compile(
    r"\W*(?:(?:อ่าน|ดู|แสดง)(?:ต่อ|เพิ่มเติม|เพิ่ม|ทั้งหมด|ฉบับเต็ม)|(?:read|show|see)\s+(?:more|all)"
    r"|continue\s+reading)\W*$",
    re.I,
)
FOLD_LABEL_CHARS = 40  # a button's label, not a sentence
# Attributes by which a control names the element it opens (ARIA, Bootstrap 3-5, Foundation).
CONTROL_ATTRS = ("aria-controls", "data-target", "data-bs-target", "data-toggle-target", "href")


def shown_on_click(el: etree._Element) -> bool:
    """Tell whether a hidden element is article text folded behind a "read more" control.

    The rest of a story a plugin or script folds away (Bootstrap's collapse, a WordPress
    expand plugin, Alpine's x-show) is shown on the reader's click: paragraphs of text with
    few links, opened by a script framework's toggle attribute, by a control naming its id
    (``aria-controls``, ``data-target``, ``href="#id"``) or by a "read more" button printed
    just before it. Hidden link lists and menus stay furniture.

    >>> page = etree.fromstring('<div><p>' + "ข้อความ " * 20 + '</p><button data-bs-target="#m">'
    ...     'อ่านเพิ่มเติม</button><div id="m" style="display:none"><p>' + "ต่อ " * 30
    ...     + '</p></div><div id="x" style="display:none"><p>' + "ซ่อน " * 30 + '</p></div></div>')
    >>> shown_on_click(page[2]), shown_on_click(page[3])
    (True, False)
    >>> page = etree.fromstring('<div><div class="tgl">อ่านเพิ่มเติม</div><div style="display:none">'
    ...     'ย่อ</div><div style="display:none"><p>' + "ต่อ " * 30 + '</p></div></div>')
    >>> shown_on_click(page[2]), shown_on_click(page[1])
    (True, False)
    >>> shown_on_click(etree.fromstring('<div x-show="open" style="display:none"><ul><li>'
    ...     '<a href="/a">' + "เมนู " * 20 + '</a></li></ul></div>'))
    False
    """
    if not _reads_as_text(el):
        return False
    if not SCRIPT_TOGGLE_ATTRS.isdisjoint(el.attrib.keys()):
        return True
    ident = el.get("id")
    if ident and _named_by_control(el, ident):
        return True
    for siblings in (_siblings(el, 2, "getprevious"), _siblings(el, 2, "getnext")):
        for sib in siblings:  # the button, or its "show less" twin, then it
            if _fold_label(sib):
                return True
            if len(_text_of(sib)) > FOLD_LABEL_CHARS:
                break
    return False


# Elements the page hides by attribute (the candidates of unfold_clicked_text).
# (An aria-hidden element alone is hidden from screen readers, an icon mostly: no fold.)
HIDING_ATTRS = etree.XPath("//@style[contains(., 'none')]/parent::* | //@hidden/parent::*")
DISPLAY_NONE_RE = re.compile(r"display\s*:\s*none\s*(?:!\s*important)?\s*;?", re.I)


def unfold_clicked_text(root: etree._Element) -> None:
    """Show, in place, the article text a "read more" control folds away (shown_on_click),
    so every reader of the page (headline, body, fields) sees what the reader is shown.

    >>> page = etree.fromstring('<div><p>ก</p><div id="m" hidden="" style="display: none"><p>'
    ...     + "ต่อ " * 30 + '</p></div><a aria-controls="m">อ่านต่อ</a></div>')
    >>> unfold_clicked_text(page); [child.tag for child in page]
    ['p', 'p', 'a']
    """
    for el in HIDING_ATTRS(root):
        if el.get("hidden") is None and not DISPLAY_NONE_RE.search(el.get("style", "")):
            continue  # (none in another property: border:none)
        if shown_on_click(el):
            unwrap(el)  # its paragraphs go on from the ones before, as the reader sees them


# A declarative shadow root (`<template shadowrootmode="open">`, Chrome's first
# `shadowroot=`): a server-rendered web component's own markup, which the browser shows.
SHADOW_ROOTS = etree.XPath("//template[@shadowrootmode or @shadowroot]")


def open_shadow_roots(root: etree._Element) -> None:
    """Put each declarative shadow root's markup in its place, in place, as the browser
    renders it: a component that renders its own content (a card, the text). One with a
    `<slot>` frames the page's own markup (its label, icons, borders: chrome) and stays
    hidden, as does a plain `<template>`, never shown.

    >>> page = etree.fromstring('<div><news-card><template shadowrootmode="open"><a href="/n/5">'
    ...     'ข่าว</a></template></news-card><template><p>x</p></template></div>')
    >>> open_shadow_roots(page); [el.tag for el in page.iter()]
    ['div', 'news-card', 'a', 'template', 'p']
    """
    for template in SHADOW_ROOTS(root):
        if next(template.iter("slot"), None) is None:
            unwrap(template)


def unwrap(el: etree._Element) -> None:
    """Put *el*'s text and children in its place in its parent, in place.

    >>> div = etree.fromstring("<div><p>a</p><div>b<p>c</p>d</div>e</div>")
    >>> unwrap(div[1]); etree.tostring(div)
    b'<div><p>a</p>b<p>c</p>de</div>'
    """
    parent = el.getparent()
    if parent is None:
        return
    at = parent.index(el)
    before = el.getprevious()
    if el.text:
        if before is not None:
            before.tail = (before.tail or "") + el.text
        else:
            parent.text = (parent.text or "") + el.text
    children = list(el)
    for offset, child in enumerate(children):
        parent.insert(at + offset, child)
    last = children[-1] if children else el.getprevious()
    if el.tail:
        if last is not None:
            last.tail = (last.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _reads_as_text(el: etree._Element) -> bool:
    """Tell whether *el* holds a paragraph of text and few links (a fold, not a menu)."""
    if not any(len(_text_of(p)) >= FOLDED_SENTENCE_CHARS for p in el.iter("p")):
        return False
    total = len(_text_of(el)) or 1
    links = sum(len(_text_of(a)) for a in el.iter("a"))
    return links <= FOLDED_LINK_SHARE * total


# The controls naming an element: aria-controls="id", or "#id" in a target attribute.
CONTROLS_NAMING = etree.XPath(
    "//*[@aria-controls=$ident or " + " or ".join(f"@{name}=$ref" for name in CONTROL_ATTRS) + "]"
)


def _named_by_control(el: etree._Element, ident: str) -> bool:
    """Tell whether a disclosure control of the page names *ident* as the element it opens:
    one that says it expands (``aria-expanded``, a collapse toggle) or says "read more". (A
    carousel's dots name their slides too, and a tab its panel: neither opens a fold.)"""
    root = el.getroottree().getroot()
    for control in CONTROLS_NAMING(root, ident=ident, ref="#" + ident):
        toggle = f"{control.get('data-toggle', '')} {control.get('data-bs-toggle', '')}"
        if control.get("aria-expanded") is not None or "collapse" in toggle:
            return True
        if _fold_label(control):
            return True
    return False


def _siblings(el: etree._Element, n: int, step: str) -> list[etree._Element]:
    """Return up to *n* element siblings of *el* on one side (*step*: getprevious, getnext)."""
    out = []
    sib = getattr(el, step)()
    while sib is not None and len(out) < n:
        if isinstance(sib.tag, str):
            out.append(sib)
        sib = getattr(sib, step)()
    return out


def _fold_label(el: etree._Element) -> bool:
    """Tell whether *el* prints only a "read more" control's label."""
    text = _text_of(el) or el.get("title", "")
    return len(text) <= FOLD_LABEL_CHARS and FOLD_LABEL_RE.match(text) is not None


def _tab_pane(el: etree._Element) -> bool:
    """Tell whether *el* is a tab of a tab set (ARIA's tabpanel), hidden until its tab is
    clicked: its files and pictures are data, and pipelines.tabs decides what it is."""
    return el.get("role") == "tabpanel"


def is_hidden(el: etree._Element) -> bool:
    """Tell whether a hidden-element rule (``hidden``, ``display:none``, ...) matches *el*."""
    m = _matcher(tuple(HIDDEN_SELECTORS))
    return m.matches(el) or (m.rest is not None and el in m.rest(el))


def drop_furniture(
    root: etree._Element,
    keep: frozenset[etree._Element] = frozenset(),
    found: list[etree._Element] | None = None,
) -> list[etree._Element]:
    """Remove furniture elements from ``root`` in place (tails kept); return what was removed.

    Elements in ``keep`` stay (their own furniture goes). ``found``: the result of
    ``find_furniture(root, keep=keep)`` when the caller has it already.
    """
    if found is None:
        found = find_furniture(root, keep=keep)
    for el in found:
        if el.tag == "svg":  # an icon between the items of a meta row keeps them apart
            el.tail = " " + (el.tail or "")
    removed = [el for el in found if detach(el)]
    regions = [el for el in root.iter(*REGION_SELECTORS) if el is not root]  # bare tag names
    if regions:
        total = len(_text_of(root)) or 1
        for el in regions:
            if el.getparent() is None:
                continue
            if len(_text_of(el)) <= REGION_MAX_SHARE * total and detach(el):
                removed.append(el)
    return removed


def _text_of(el: etree._Element) -> str:
    return "".join(t for t in el.itertext() if isinstance(t, str)).strip()


def drop_comments(root: etree._Element) -> None:
    """Remove HTML comments and processing instructions, keeping the text after them."""
    for node in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        detach(node)


def folded_text(el: etree._Element) -> str:
    """Return the text of *el* and its descendants with runs of whitespace folded to one space.

    >>> folded_text(etree.fromstring("<p> a <b>b   </b> c</p>"))
    'a b c'
    """
    return " ".join("".join(t for t in el.itertext() if isinstance(t, str)).split())


def detach(el: etree._Element) -> bool:
    """Remove ``el`` but keep its tail text; False if it was already gone."""
    parent = el.getparent()
    if parent is None:
        return False
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = _xml_safe((prev.tail or "") + tail)
        else:
            parent.text = _xml_safe((parent.text or "") + tail)
    parent.remove(el)
    return True


# Characters lxml refuses in text it is given (the parser itself lets some through).
XML_UNSAFE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return XML_UNSAFE_RE.sub("", text)


# ---------------------------------------------------------------------------
# Text rules: furniture lines that survive in the text.
# ---------------------------------------------------------------------------

# A counter's number; number formatters grouping thousands with a (no-break, thin) space,
# "1 877 ครั้ง" (Nette's |number, PHP's number_format(n, 0, '', ' '), ICU's Central European
# locales), are read whole only when the unit follows: "2 569" alone may be two numbers.
SPACED_THOUSANDS = (
    r"[0-9๐-๙]{1,3}(?:[ \u00a0\u202f\u2009][0-9๐-๙]{3})+(?![0-9๐-๙])"
    r"(?=\s*(?:ครั้ง|คน|times?|views?|hits?|reads?)|\s*$)"
)
# A count shown abbreviated: "1.3K", "11.9K", "๑.๓ พัน" (thousand), "๑.๑ หมื่น" (ten thousand).
COUNT_UNIT = r"(?:[KkMm](?![A-Za-z])|พัน|หมื่น|แสน|ล้าน)"
COUNT_ABBREVIATION = rf"(?:\s?{COUNT_UNIT})"
NUM = rf"(?:{SPACED_THOUSANDS}|[0-9๐-๙][0-9๐-๙,.]*{COUNT_ABBREVIATION}?)"
# A date and nothing else: 12/09/2559, 3 ต.ค. 2561, ๒๕ กันยายน ๒๕๕๙ 10:30 น., its time in
# brackets as some portal scripts print it: ๕ ธ.ค. ๖๗ [เวลา ๑๐:๓๐ น.], or with its seconds
# as a database timestamp prints it: 20.07.2024 14:22:10; its time labelled as a form field
# prints it, in a cell of its own: ๑๕ ม.ค. ๖๗ | เวลา : ๑๐.๓๐ น. (DATE_VALUE, with DATE_TIME:
# the time after a date, perhaps after a comma, "26 มี.ค. 2567, 10:54": PHP's "j M Y, H:i").
DATE_TIME = (
    r"(?:\s*,?\s*\[?\s*(?:เวลา\s*[:：]?\s*)?"
    r"(?:[0-9๐-๙]{1,2}[.:][0-9๐-๙]{2}(?::[0-9๐-๙]{2})?(?:\s*(?:น\.?|[AaPp]\.?[Mm]\.?))?"
    rf"|{CLOCK_WORDS})\s*\]?)?"  # or in clock words: เวลา บ่ายสามโมงครึ่ง
)
# The date again in the other era, in brackets: "๒๓ ม.ค. ๒๕๕๒ (23 ม.ค. 2009)", "(2020)".
ERA_ECHO = (
    r"(?:\s*\(\s*(?:[คพ]\.\s?ศ\.\s*)?(?:[0-9๐-๙]{1,2}\s*[\u0e01-\u0e4e.]{2,12}\s*)?"
    r"[0-9๐-๙]{4}\s*\))?"
)
# A date whose year follows its era, as official letters print it: ๑๗ มิถุนายน พ.ศ. ๒๕๕๒.
ERA_DATE = (
    r"[0-9๐-๙]{1,2}\s+[^\s|•]{2,12}\s+(?:พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช)\s*[0-9๐-๙]{4}"
)
# A date in digits (day first, or the year first in ISO order: 2567-03-05), or with its
# month's name (its year perhaps after its era, or all run together: 6มีนาคม2567); a time
# after it perhaps (10:30, 10.30 น., 2:28 PM).
DATE_VALUE = (
    (
        r"(?:[0-9๐-๙]{1,2}\s*[/.-]\s*[0-9๐-๙]{1,2}\s*[/.-]\s*[0-9๐-๙]{2,4}"
        r"|[0-9๐-๙]{4}-[0-9๐-๙]{1,2}-[0-9๐-๙]{1,2}"
        r"|[0-9๐-๙]{1,2}\s+[^\s|•]{2,12}\s+[0-9๐-๙]{2,4}"
        rf"|{ERA_DATE}"
        r"|[0-9๐-๙]{1,2}\s*[\u0e01-\u0e4e.]{2,12}\s*[0-9๐-๙]{2,4})"
    )
    + ERA_ECHO
    + DATE_TIME
)
# A date with the month's name first, then the day and a 4-digit year (PHP's strftime
# "%B %d %Y" under a Thai locale: ธันวาคม 05 2023 09:12:30), its time perhaps with seconds.
MONTH_FIRST_DATE = (
    r"[\u0e01-\u0e4e.]{2,12}\s+[0-9๐-๙]{1,2},?\s+[0-9๐-๙]{4}"
    r"(?:\s+[0-9๐-๙]{1,2}:[0-9๐-๙]{2}(?::[0-9๐-๙]{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
)
# Who posted the item, before its date: Drupal's "Submitted by <user> on <date>" (Thai
# "ส่งโดย ... เมื่อ ..."), PHP-Fusion's "ลงข่าวโดย <user> เมื่อ <date>" (news posted by),
# "Posted by ... on ...". POSTED_BY is the label, BYLINE_TO_DATE the name and the "on".
POSTED_BY = r"(?:(?:Submitted|Posted|Published|Written)\s+by|(?:ลงข่าว|ส่ง|โพสต์|โพส|เขียน)โดย)"
BYLINE_TO_DATE = r"\s+\S.{0,60}?\s+(?:on|เมื่อ(?:วันที่)?|วันที่|เผยแพร่(?:เมื่อ)?(?:วันที่)?\s*:?)\s+"
# A poster's name after "by" / "โดย": at most three words (a user name, a person's name).
BYLINE_NAME = r"[^\s|•]{1,30}(?:\s+[^\s|•]{1,30}){0,2}"
# A site user's login name: one word of Latin letters, digits and _ . @ - (pr_lamphun).
LOGIN = r"[A-Za-z][A-Za-z0-9_.@-]{1,59}"
# A day's name (จันทร์ = Monday ... อาทิตย์ = Sunday), and a time zone's as strftime's %Z
# prints it after a time (ICT, GMT+7).
DAY_NAME = r"(?:จันทร์|อังคาร|พุธ|พฤหัส(?:บดี)?|ศุกร์|เสาร์|อาทิตย์)"
ZONE_NAME = r"(?:ICT|(?:GMT|UTC)\s*[+-]?\s*[0-9]{0,2})"
# A weekday heading a dateline: วันพฤหัสบดีที่ (Thursday the ...), วันศุกร์ (Friday).
WEEKDAY = rf"วัน{DAY_NAME}(?:ที่)?"
# A weekday without วัน, then the month's name first, as strftime's "%A, %B %d %Y @ %I:%M %p
# %Z" prints it under a Thai locale (Geeklog's default): จันทร์, มิถุนายน 02 2008 @ 01:05 PM ICT.
WEEKDAY_MONTH_FIRST = (
    rf"{DAY_NAME}\s*,\s*[\u0e01-\u0e4e.]{{2,12}}\s+"
    r"[0-9๐-๙]{1,2},?\s+[0-9๐-๙]{4}(?:\s*@?\s*[0-9๐-๙]{1,2}:[0-9๐-๙]{2}(?::[0-9๐-๙]{2})?"
    rf"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*{ZONE_NAME})?)?"
)
# A date as strftime's "%A %d %b %y@ %T %Z" prints it under a Thai locale (PHP-Nuke's
# _DATESTRING): a weekday without วัน, the year glued to "@", seconds and a zone name.
POSTED_ON_DATE = (
    rf"(?:(?:วัน)?{DAY_NAME}(?:ที่)?\s*)?"
    r"[0-9๐-๙]{1,2}\s+[^\s|•@]{2,12}\s+[0-9๐-๙]{2,4}\s*@?"
    r"(?:\s*(?:เวลา\s*)?[0-9๐-๙]{1,2}[.:][0-9๐-๙]{2}(?::[0-9๐-๙]{2})?"
    rf"(?:\s*(?:น\.?|{ZONE_NAME}))?)?"
)
# A document's file name as printed beside its link: no spaces, a document's extension.
FILE_NAME = r"[^\s|:：()]{1,80}?\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z)(?![A-Za-z0-9])"
# Who posted it: a login or a name of up to three words.
POSTER = r"[^\s|•:]{1,40}(?:\s[^\s|•:]{1,30}){0,2}"
# An English date as WordPress and .NET print it: January 12, 2024 / Jan 12, 2024 (time optional).
EN_DATE = (
    r"[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2},?\s+[0-9]{4}"
    r"(?:,?\s+(?:at\s+)?[0-9]{1,2}:[0-9]{2}\s*(?:[AaPp][Mm])?)?"
)
# Stops a value before another furniture item on the same line: a separator or a counter
# label of the known set (อ่าน, เปิดอ่าน, จำนวนผู้อ่าน, เข้าชม, ผู้เข้าชม, ยอดผู้ชม, ยอดดู, ฮิต, views,
# hits) before its number, with or without "ครั้ง" (times) after it.
# (A counter may stand in parentheses: "(อ่าน ๘๗)".) A modification label (แก้ไขล่าสุด,
# ปรับปรุงล่าสุด: last edited) also ends a publication date printed before it on one row.
_NEXT = (
    r"(?=\s*[(\[]?\s*(?:[|•·]|(?:จำนวน)?(?:ผู้)?(?:เปิด)?อ่าน(?:แล้ว)?\s*:?\s*[(\[]?\s*[0-9๐-๙]|"
    r"(?:ปรับปรุง|แก้ไข)(?:ข้อมูล)?ล่าสุด|"
    r"(?:ยอด|จำนวน)?(?:ผู้|การ)?เข้าชม|ยอดผู้ชม|ยอด(?:การ)?ดู\s*:?\s*[(\[]?\s*[0-9๐-๙]|ฮิต|"
    r"(?:ผู้|การ)ชม\s*:?\s*[(\[]?\s*[0-9๐-๙]|"
    r"(?:views?|hits?)\s*:?\s*[(\[]?\s*[0-9๐-๙]|(?:หมวดหมู่|หมวด|ประเภท|Category)\s*[:：]|$)|"
    r"\s*[(\[]\s*[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})*\s*[)\]]\s*$)"
)


@dataclass(frozen=True)
class LineRule:
    """A furniture pattern: ``drop`` removes it, ``data`` also keeps group ``value`` as ``name``."""

    name: str
    pattern: re.Pattern[str]
    kind: str  # drop / data
    gloss: str = ""
    examples: tuple[str, ...] = field(default=())


def _rule(name: str, pattern: str, kind: str, gloss: str) -> LineRule:
    return LineRule(name, re.compile(pattern, re.I), kind, gloss)


# A CMS field naming the office the news item belongs to: หน่วยงานเจ้าของข่าว (office owning
# the news), หน่วยงานผู้ให้ข่าว / หน่วยงานที่ให้ข่าว (office giving the news), หน่วยงานผู้เผยแพร่
# ข่าว (office publishing it). Its value is the source, as under ที่มา.
# The words a unit's name opens with (กลุ่ม: group, กอง: division, สำนัก: bureau, กรม:
# department, ...), and the verbs a sentence about an office says (ว่า: that, กล่าว: said): an
# office named alone after a source label or a byline, never a sentence.
UNIT_START = r"(?:กลุ่ม|กอง|สำนัก|กรม|ฝ่าย|ศูนย์|สถาบัน|กระทรวง)"
# The label of the item's sender: ผู้ส่งข่าว (sender of the news), ส่งข่าวโดย (news sent by).
SENDER_LABEL = r"ผู้ส่งข่าว|ส่งข่าวโดย"
# What an office's name opens with in a field labelled for an office: a unit, a section (งาน,
# ส่วน), a station or checkpoint, a hospital, a local government body.
OFFICE_NAME_START = (
    rf"(?:{UNIT_START[3:-1]}|งาน|ส่วน|ที่ทำการ|ด่าน|สถานี|โรงพยาบาล|องค์การ|เทศบาล|"
    r"ประชาสัมพันธ์\s*(?=จังหวัด|อำเภอ))"
)
SAYS = r"ว่า|กล่าว|เปิดเผย|ระบุ"
NEWS_OFFICE_LABEL = r"หน่วยงาน(?:เจ้าของ|ผู้ให้|ที่ให้|ผู้เผยแพร่|ที่เผยแพร่)ข่าว"
# The labels of a source line (ข่าว alone is one too, where a colon follows: "ข่าวดี" is not):
# ที่มา (source), แหล่งที่มา / ที่มาข้อมูล / แหล่งข้อมูล / แหล่งข่าว (source of the information
# or news), ข่าว/ภาพ and ข้อมูล/ภาพ (news or information, and photos, by), เรียบเรียง (compiled
# by), ขอบคุณข้อมูล (thanks for the information to), ข้อมูลจาก (information from), เครดิต.
SOURCE_LABELS = (
    r"แหล่งที่มา|ที่มาข้อมูล|ที่มา|แหล่งข่าว|แหล่งข้อมูล|"
    r"(?:ข่าว|ข้อมูล)\s*/\s*ภาพ|ภาพ\s*/\s*(?:ข่าว|ข้อมูล)|"
    r"(?:ผู้)?เรียบเรียง(?:ข่าว)?|ขอบคุณ(?:ข้อมูล|ที่มา)(?:จาก)?|ข้อมูลจาก|เครดิต(?:ข่าว)?"
)
# A photo credit's label: ภาพ : (photo by), ภาพข่าว / ภาพถ่าย / ถ่ายภาพ :, Photo by:.
PHOTO_CREDIT = r"ภาพ(?:ข่าว|ถ่าย)?|ถ่ายภาพ|Photos?(?:\s+by)?"
# A source value runs to the end of its line, or up to a photo credit after it.
_UP_TO_CREDIT = rf"(?:(?!\s*[/|]\s*(?:{PHOTO_CREDIT})\s*[:：]).)"

# An event's date label, ending where its date follows: the day of the activity the story
# reports (วันที่จัดกิจกรรม = date of the activity, วันจัดงาน, วันที่ประชุม / อบรม = date of the
# meeting / training, กำหนดการ = schedule, Event date), never the page's publication.
EVENT_LABEL_RE = re.compile(
    r"(?:วัน(?:ที่)?\s*(?:จัด(?:กิจกรรม|งาน|ประชุม|อบรม)?|ประชุม|อบรม|ดำเนินการ|กิจกรรม)|"
    r"กำหนดการ|event\s+date|date\s+of\s+(?:the\s+)?event)\s*[:：]?\s*$",
    re.I,
)

# What a list of tags is headed with, with or without a colon: Tags, Tagged (on / with / in /
# under / as), แท็ก (tag), ป้ายกำกับ (label), คำค้น / คำค้นหา (search words), คำสำคัญ (keywords).
TAG_WORDS = r"(?:Tags?|Tagged(?:\s+(?:on|with|in|under|as))?|แท็ก|แทก|ป้ายกำกับ|คำค้น(?:หา)?|คำสำคัญ)"
LINE_RULES: list[LineRule] = [
    _rule(
        "row_time",
        r"เวลา\s*[0-9๐-๙]{1,2}\s*[.:]\s*[0-9๐-๙]{2}\s*(?:น\.?|นาฬิกา)(?=\s*[|•·])|"
        r"(?:เวลา\s*)?[0-9๐-๙]{1,2}\s*[.:]\s*[0-9๐-๙]{2}\s*(?:น\.?|นาฬิกา)(?=\s*(?:จำนวน)?(?:ผู้|การ)?"
        r"(?:เปิดอ่าน|อ่าน|เข้าชม|ชม)\s*:?\s*[(\[]?\s*[0-9๐-๙])",
        "drop",
        "the time of day opening a meta row, other items after it: เวลา ๑๓.๒๔ น. | ผู้อ่าน : "
        "๒๕๒ ครั้ง, 09:42 น. จำนวนผู้เข้าชม 881 ครั้ง (the post's time before its counter; a "
        "time alone on its line is a line of the text)",
    ),
    _rule(
        "read_time",
        r"(?:(?:ใช้)?เวลา)?อ่าน(?:ประมาณ)?\s*:?\s*[0-9๐-๙]+\s*นาที|"
        r"[0-9๐-๙]+\s*(?:min(?:ute)?s?|นาที)\s*(?:read|ในการอ่าน)|"
        r"(?:estimated\s+)?reading\s+time\s*:?\s*[0-9]+\s*min(?:ute)?s?",
        "drop",
        "reading-time estimate: อ่าน 3 นาที (a 3-minute read), เวลาอ่าน 2 นาที, 4 min read "
        "(before the view counter: อ่าน N is a counter only without นาที)",
    ),
    _rule(
        "views_today",
        r"(?:(?:ผู้|การ)?(?:เปิด)?อ่าน|(?:ผู้|การ)?(?:เข้า)?ชม|views?|visits?)?\s*"
        rf"(?:วันนี้|today)\s*:?\s*{NUM}\s*(?:ครั้ง|คน|views?|times)?|"
        rf"{NUM}\s*(?:views?|visits?|reads?|hits?|ครั้ง|คน)\s*(?:วันนี้|today)",
        "drop",
        "today's count beside a view counter: 5 views today (a3rev Page Views Count's 'N total "
        "views, M views today'), วันนี้ 5 ครั้ง / ผู้เข้าชมวันนี้ 5 (today): not the article's "
        "counter, which is the total",
    ),
    _rule(
        "view_count",
        # (a field label before the counter's own words: "การเข้าชม : อ่าน 1,931 ครั้ง")
        r"(?:(?:จำนวน|สถิติ)?การ(?:เข้าชม|อ่าน)\s*[:：]\s*(?=อ่าน|เปิดอ่าน|เข้าชม|ดู))?"
        r"(?:[\U0001F440\U0001F441]\ufe0f?\s*)?"  # an eye pictogram before the label or alone
        r"(?:[\U0001F440\U0001F441]\ufe0f?|"
        r"(?:(?:จำนวน(?:ครั้ง(?:ที่)?)?)?(?:ผู้|การ)?(?:เปิด)?อ่าน(?:แล้ว)?|(?:ยอด|จำนวน)?(?:ผู้|การ)?(?:เข้า)?ชม|"
        r"(?:จำนวน(?:ครั้ง(?:ที่)?)?)?(?:ผู้)?เปิดดู|"
        r"ยอดวิว|ยอด(?:การ)?ดู|จำนวนการดู|ดู(?=\s*:?\s*[0-9๐-๙][0-9๐-๙,]*\s*ครั้ง)|ฮิต|Read|Hits?|"
        r"(?:Post\s+|Page\s+|Total\s+)?Views?|Visited))"
        r"(?:\s*ทั้งหมด)?"  # (in all: "เข้าชมทั้งหมด 655 ครั้ง, วันนี้ 7 ครั้ง")
        rf"\s*:?\s*(?:\(\s*(?={NUM}\s*\))|\[\s*(?={NUM}\s*\]))?(?P<value>{NUM})[)\]]?"
        r"\s*(?:ครั้ง|times?|คน|views?|hits?)?",
        "data",
        "view counter: อ่าน N ครั้ง (read N times), เปิดอ่าน N, เข้าชม N ครั้ง, ผู้เข้าชม N, "
        "👁 N (an eye pictogram as the label, or before it), "
        "under a field label: การเข้าชม : อ่าน N ครั้ง (views: read N times), "
        "การเข้าชม N ครั้ง (Drupal statistics' 'N views'), การอ่าน N, "
        "จำนวนผู้อ่าน N, ยอดผู้ชม N คน, ยอดดู N (views in all), ดู N ครั้ง (seen N times), "
        "ฮิต N, Hits: N, Views: N, "
        "Post Views: N (Post Views Counter), จำนวนครั้งที่เปิดดู: N (times opened), "
        "อ่าน (๓๕๒) (the count in brackets after its label), "
        "Visited N times (WebberZone Top 10's '(Visited N times, M visits today)')",
    ),
    _rule(
        "view_count",
        rf"\|?\s*(?P<value>{NUM})\s*(?:total\s+|ทั้งหมด\s*)?(?:views?|reads?|hits?|ครั้ง|การดู|วิว)",
        "data",
        "view counter: N views, | 8,650 view (mfa.go.th), 1,234 การดู / N วิว (views, a theme's "
        "Thai strings), N total views (a3rev Page Views Count)",
    ),
    _rule(
        "modified_raw",
        r"(?:(?:ปรับปรุง|แก้ไข)(?:ข้อมูล)?ล่าสุด(?:เมื่อ)?|วันที่ปรับปรุง(?:ข้อมูล)?|"
        r"Last\s+(?:modified|updated)(?:\s+on)?)\s*:?\s*(?P<value>\S.*?)" + _NEXT,
        "data",
        "modified line: ปรับปรุงล่าสุดเมื่อ (last modified on) / แก้ไขล่าสุด (last edited) / "
        "ปรับปรุงข้อมูลล่าสุด (data last updated) + date",
    ),
    _rule(
        "modified_raw",
        r"(?:ปรับปรุง|แก้ไข)ข้อมูล(?=\s*[:：]\s*(?:[0-9๐-๙]|วัน))\s*:?\s*(?P<value>\S.*?)" + _NEXT,
        "data",
        "modified line labelled without ล่าสุด: ปรับปรุงข้อมูล: วันจันทร์, 01 เมษายน 2567 16:00 "
        "(Joomla 3's Thai 'Last Updated'), a date after it",
    ),
    _rule(
        "modified_raw",
        r"(?:แก้ไข(?:ข้อมูล)?เมื่อ|วันที่แก้ไข|ปรับปรุง(?:ข้อมูล)?(?:ล่าสุด)?(?:เมื่อ)?|"
        r"(?:อัปเดต|อัพเดท|อัพเดต)(?:แล้ว|ล่าสุด)?(?:เมื่อ)?|"
        r"(?:Updated|Modified)(?:\s+on)?)\s*:?\s*"
        r"(?P<value>" + DATE_VALUE + "|" + EN_DATE + r")(?:\s*[)\]])?" + _NEXT,
        "data",
        "modified line or meta-row item with a date: แก้ไขเมื่อ (edited on), แก้ไขข้อมูลเมื่อ (data "
        "edited on; an editor's note, perhaps in brackets: '(แก้ไขข้อมูลเมื่อ ๓๑ มี.ค. ๔๘)'), "
        "วันที่แก้ไข (date edited), ปรับปรุง (updated), "
        "อัปเดตล่าสุด (last updated), อัปเดตแล้ว (updated), Updated: + a date",
    ),
    _rule(
        "published_raw",
        r"(?:ประกาศ(?:เมื่อ|\s*ณ)(?:\s*วันที่)?|เผยแพร่(?:เมื่อ)?|โพสต์เมื่อ|ลงข่าว(?:เมื่อ)?|ลงวันที่|ข่าว(?:ประจำ)?วันที่|"
        r"วันที่(?:ลงข่าว|เผยแพร่|ประกาศ|ข่าว|โพสต์)?|"
        r"Posted(?:\s+on)?|Published(?:\s+on)?)\s*:?\s*"
        rf"(?P<value>(?:{WEEKDAY}\s*,?\s*)?{DATE_VALUE}|(?:[ก-ฮ][ก-๙]?\.\s*)?{MONTH_FIRST_DATE})"
        r"(?:\s+หัวข้อ(?:ข้อความ)?\s*[:：].{0,300}$)?" + _NEXT,
        "data",
        "publication line: ประกาศเมื่อ (announced on), เผยแพร่เมื่อ (published on), ลงวันที่ (dated), "
        "วันที่ (date) + a date alone: 12/09/2559, ๒๕ กันยายน ๒๕๕๙ เวลา 10.30 น., phpBB's month "
        "first พ. ก.พ. 06, 2008 10:45 am (the post's subject after it: หัวข้อ: ...), perhaps after "
        "its weekday as a long date prints it (เผยแพร่เมื่อ วันพุธ 5 มิถุนายน 2567)",
    ),
    _rule(
        "published_raw",
        rf"{POSTED_BY}{BYLINE_TO_DATE}:?\s*(?P<value>{DATE_VALUE}|{MONTH_FIRST_DATE}|{EN_DATE})"
        + _NEXT,
        "data",
        "poster line: ลงข่าวโดย webmaster เมื่อ ธันวาคม 05 2023 09:12:30 (news posted by ... on ...), "
        "ส่งโดย ... เมื่อ ..., Submitted by ... on ...: the date is the publication's",
    ),
    _rule(
        "published_raw",
        rf"(?:ติดประกาศ(?:เมื่อ)?|โพสต์เมื่อ|Posted\s+on)\s*[:：]?\s*(?P<value>{POSTED_ON_DATE})"
        rf"(?:\s+(?:โดย|by)\s+{POSTER})?" + _NEXT,
        "data",
        "posted-on line with its poster after the date (PHP-Nuke's story bar): ติดประกาศ : "
        "พฤหัสบดี 03 ก.ย. 20@ 14:47:00 ICT โดย admin (posted on ... by ...), Posted on ... by ..., "
        "CuteNews's โพสต์เมื่อ 25 Jun 2005 โดย admin",
    ),
    _rule(
        "published_raw",
        rf"(?P<value>{WEEKDAY}\s*,?\s*{DATE_VALUE}|{WEEKDAY_MONTH_FIRST})" + _NEXT,
        "data",
        "dateline atop a press release: a weekday and a date alone, วันพฤหัสบดีที่ 3 พฤษภาคม 2561, "
        "its year perhaps after the era (วันพุธที่ ๑๗ มิถุนายน พ.ศ. ๒๕๕๒), its time perhaps after "
        "(... พ.ศ. ๒๕๖๗ เวลา ๑๓:๔๒ น.), the weekday perhaps followed by a comma as Joomla's and "
        'PHP\'s long format prints it ("l, d F Y H:i": วันจันทร์, 20 พฤษภาคม 2567 14:12)',
    ),
    _rule(
        "source",
        rf"(?:(?:{SOURCE_LABELS}|ข่าว|Source|Credits?|{NEWS_OFFICE_LABEL})\s*[:：]|Cr\.\s*:?)\s*"
        rf"(?P<value>\S{_UP_TO_CREDIT}{{0,150}})",
        "data",
        "office line: ที่มา: (source), แหล่งที่มา:, ที่มาข้อมูล / แหล่งข้อมูล: (source of the "
        "information), ข่าว/ภาพ or ข้อมูล/ภาพ : (news or information and photo by), ข่าว :, "
        "เรียบเรียง : (compiled by), หน่วยงานเจ้าของข่าว : (the office owning the news), "
        "เครดิต: / Cr. (credit: the office the item came from; เครดิตภาพ is a photo credit); "
        "with a photo credit on the same line (ข่าว : กอง ก. / ภาพ : กอง ข.), the news office",
    ),
    _rule(
        "source",
        r"(?:แหล่งที่มา|แหล่งข่าว|ที่มา(?:ข่าว)?)\s+"
        rf"(?P<value>{UNIT_START}(?!.*(?:{SAYS}))[^|•:：]{{1,78}}?)(?=\s*$)",
        "data",
        "a source field printed without a colon, its label in its own cell: แหล่งข่าว "
        "สำนักงานรัฐมนตรี (news source: minister's office); only an office name (สำนัก, กรม, "
        "กอง, ...) to the end of a short line, never a sentence (แหล่งข่าวเปิดเผยว่า ...)",
    ),
    _rule(
        "source",
        rf"(?:{SENDER_LABEL}|หน่วยงาน(?:ที่ส่งข่าว|ผู้ส่งข่าว)?|สำนัก\s*/\s*กอง)\s*[:：]?\s*"
        rf"(?P<value>{OFFICE_NAME_START}(?!.*(?:{SAYS}|\s(?:ได้|จัด|ดำเนิน)))[^|•:：]{{1,118}}?)"
        r"(?=\s*$)",
        "data",
        "the office that sent the item, in a field of its own: ผู้ส่งข่าว : (sender of the news), "
        "ส่งข่าวโดย : (news sent by), หน่วยงาน : (office), สำนัก/กอง : (bureau / division); only "
        "an office's name to the end of the line (a sender who is a person is no source), the "
        "colon perhaps left out as a table's label cell prints it",
    ),
    _rule(
        "byline_source",
        r"โดย(?:\s*[:：]\s*|\s+)"
        rf"(?P<value>(?:{UNIT_START}|ส่วน)(?!.*(?:{SAYS}|\s(?:ได้|จัด|ดำเนิน)))"
        r"[^|•:：]{1,78}?)(?=\s*$)",
        "data",
        "an office as the item's byline, on a line of its own: โดย กลุ่มประชาสัมพันธ์ "
        "สำนักงานเลขานุการกรม (by <office>); only an office's name to the end of the line, never "
        "a sentence (โดยกรม... ได้จัด...); the source when no labelled one (ที่มา, ...) is printed",
    ),
    _rule(
        "created",
        r"(?:สร้างเมื่อ|วันที่สร้าง|Created(?:\s+on)?)\s*:?\s*"
        r"(?P<value>(?:" + WEEKDAY + r"\s*,?\s*)?" + DATE_VALUE + r"(?::[0-9๐-๙]{2})?)" + _NEXT,
        "drop",
        "a record's creation stamp: สร้างเมื่อ (created on) / Created + a date (the draft's, "
        "not the publication's)",
    ),
    _rule(
        "category",
        r"(?:หมวดหมู่|หมวด|ประเภท(?:ข่าว)?|Categor(?:y|ies))\s*[:：]\s*(?P<value>[^|•:：]{1,60}?)"
        + _NEXT,
        "drop",
        "category item of a meta row: หมวดหมู่ : (category) ข่าวประชาสัมพันธ์, ประเภท : (kind)",
    ),
    _rule(
        "login",
        r"(?:กรุณา|โปรด)?\s*(?:ล๊อคอิน|ล็อกอิน|ล็อคอิน|ลงชื่อ)?\s*เข้าสู่ระบบ\s*(?:เพื่อ\S*)?|"
        r"(?:Login|Log in) to post comments|You must be logged in to post a comment\.?",
        "drop",
        "login prompt: ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น (log in to comment), กรุณา"
        "เข้าสู่ระบบเพื่อแสดงความคิดเห็น (please log in to comment)",
    ),
    _rule(
        "tag_line",
        TAG_WORDS + r"\s*[:：]\s*(?P<value>[^,|•:：]{1,40}?"
        r"(?:\s*,\s*[^,|•:：]{1,40}?){0,15})" + _NEXT,
        "data",
        "a tag list printed as plain text after its label: แท็ก: เศรษฐกิจ, สหกรณ์ (tags), "
        "คำสำคัญ : (keywords), Tags: a, b (its words are the tags; tag links are dropped as "
        "blocks, text.drop_tag_lists)",
    ),
    _rule(
        "comment_count",
        r"(?:ความคิดเห็น|คอมเมนต์|Comments?|ตอบ|Repl(?:y|ies))\s*:?\s*[(\[]?[0-9๐-๙,]+[)\]]?|"
        r"[0-9๐-๙]+\s*(?:ความคิดเห็น|คอมเมนต์|comments?)",
        "drop",
        "comment counter: ความคิดเห็น 0 (comments), ความคิดเห็น (3), 3 comments; a web-board's "
        "reply counter beside its read counter: อ่าน : ๓,๐๓๖ | ตอบ : ๑ (read / replies)",
    ),
    _rule(
        "engagement_count",
        r"(?:ถูกใจ|ไลค์|Likes?|แชร์|Shares?|พิมพ์|ส่งต่อ|Prints?|Tweets?)\s*:?\s*"
        rf"[(\[]?\s*{NUM}\s*[)\]]?(?:\s*(?:ครั้ง|คน|times?))?|"
        rf"{NUM}\s*(?:Likes?|Shares?|ถูกใจ|แชร์|ไลค์)(?![\w\u0e00-\u0e7f])",
        "drop",
        "a like, share, print or forward counter beside the view counter: ถูกใจ 10 (likes), "
        "แชร์ 14 / 47 Shares (shares), พิมพ์ ๑๕ ครั้ง (printed 15 times), ส่งต่อ ๖ ครั้ง "
        "(forwarded 6 times): never the article's view count",
    ),
    _rule(
        "icon_count",
        r"(?<=[\s|•·])[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})*(?=\s*(?:[|•·]|$))|"
        r"(?<=[\s|•·])[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})*(?=\s+[0-9๐-๙])",
        "drop",
        "a bare number after another item of a counter row, as an icon's count prints (a heart "
        "and 13, a speech bubble and 5: the icon is a picture or a font glyph); never at the "
        "start of a line",
    ),
    _rule(
        "neighbour",
        r"(?:<<?|«|‹)?\s*(?:(?:บทความ|ข่าว|เรื่อง)\s*)?(?:ก่อนหน้า|ถัดไป)\s*(?:>>?|»|›)?\s*[:：]\s*\S.*|"
        r"(?:<<?|«|‹)?\s*(?:previous|next)\s+(?:post|article|news|story)\s*(?:>>?|»|›)?"
        r"\s*[:：]\s*\S.*",
        "drop",
        "previous / next link with the neighbour's title: '<< ข่าวก่อนหน้า : <title>' (previous "
        "news), 'ข่าวถัดไป >> : <title>' (next news), บทความก่อนหน้า: (previous article), "
        "Previous post: <title>",
    ),
    _rule(
        "page_links",
        r"(?:หน้า(?:ที่)?|Pages?)\s*[:：]?\s*[0-9๐-๙]{1,3}\s*(?:จาก|of|/)\s*[0-9๐-๙]{1,3}"
        r"|(?:หน้า|Pages?)\s*[:：]?\s*(?:[0-9๐-๙]{1,3}\s+)+[0-9๐-๙]{1,3}"
        r"(?:\s*(?:ถัดไป|หน้าสุดท้าย|next|last)?\s*(?:›|»|>>?)?)*"
        r"|(?:สารบัญ(?:บทความ)?|Article\s+Index|ทุกหน้า|All\s+Pages)(?![\w\u0e00-\u0e7f])",
        "drop",
        "the page links of an article split over pages (no part of its text): หน้า: 1 2 "
        "ถัดไป › หน้าสุดท้าย » (pages), หน้า 1 จาก 2 (page 1 of 2), Pages: 1 2; the page-break "
        "plug-in's index: สารบัญบทความ (article index), ทุกหน้า (all pages)",
    ),
    _rule(
        "widget",
        r"(?:(?:\U0001F50A\s*)?(?:ฟัง|อ่านออกเสียง)(?:ข่าว|บทความ|เนื้อหา)?(?:นี้)?(?:\s*โดยระบบ(?:อัตโนมัติ)?)?|"
        r"ความ(?:ตัด|คม)กันของสี|ปรับ(?:สี|ขนาด)(?:ตัวอักษร|เว็บไซต์|หน้าจอ)|"
        r"Select Language|เลือกภาษา|Powered by(?:\s+Google)?\s+Translate|"
        r"สแกน(?:\s*QR\s*Code)?\s*เพื่อ(?:อ่าน|เปิด|ดู)(?:ข่าว|บทความ)?(?:นี้)?"
        r"(?:\s*(?:บน|ผ่าน|ด้วย)\s*(?:มือถือ|โทรศัพท์(?:มือถือ)?|สมาร์ทโฟน))?)"
        r"(?![\w\u0e00-\u0e7f])",
        "drop",
        "a page widget's words: text-to-speech (ฟังข่าว = listen to the news, อ่านออกเสียงโดยระบบ"
        "อัตโนมัติ = read aloud automatically), an accessibility bar (ความตัดกันของสี = contrast, "
        "ปรับสีเว็บไซต์ = site colours), Google Translate (Select Language, Powered by Google "
        "Translate), a QR code (สแกนเพื่ออ่านบนมือถือ = scan to read on a phone)",
    ),
    _rule(
        "markup_tag",
        r"(?<=\()\s*[a-z][a-z_-]{1,15}\s*:\s*(?:https?://|/)[^\s()]*"
        r"(?:\s+[a-z_-]+\s*:\s*[^()]*)?\)"
        r"|(?<=\[)(?:embed|caption|gallery|video|audio|youtube|vc_\w+|et_pb_\w+|fusion_\w+)\b"
        r"[^\]]*\](?:[^\[\]]*\[/\w+\])?",
        "drop",
        "a markup tag the site's software left unrendered, alone on its line: KirbyText's "
        "(fbpost: https://...), (video: https://...); a WordPress shortcode [embed]...[/embed], "
        '[gallery ids="1,2"], a page builder\'s [vc_row] / [et_pb_section] / [fusion_builder]',
    ),
    _rule(
        "gallery_link",
        r"(?:ดู|ชม)(?:ภาพ|รูป)(?:ภาพ)?(?:ทั้งหมด|เพิ่มเติม|กิจกรรม){0,2}\s*"
        r"(?:[(\[]?\s*[0-9๐-๙]+\s*(?:ภาพ|รูป)\s*[)\]]?)?"
        r"(?:\s*(?:ได้)?\s*(?:คลิก)?\s*(?:ที่)?\s*(?:(?:หน้า)?เว็บ(?:ไซต์)?|ลิ[งง้]?[กค]์?|นี่|https?://\S+)?)?"
        r"|(?:view|see)\s+(?:all\s+)?(?:[0-9]+\s+)?(?:photos|pictures|images)"
        r"|view\s+the\s+(?:embedded\s+)?(?:image\s+)?gallery\s+online\s+at\s*:?\s*(?:https?://\S+)?",
        "drop",
        "a gallery's link to all its pictures: ดูภาพทั้งหมด 12 ภาพ (see all 12 pictures), "
        "ชมภาพเพิ่มเติม (more pictures), View all 12 photos; a gallery's print note: ดูรูปทั้งหมด"
        "ได้ที่ หน้าเว็บ (see every picture on the web page), View the embedded image gallery "
        "online at: <address>",
    ),
    _rule(
        "tool",
        r"(?:(?:พิมพ์|(?:ส่ง)?อีเมล|แชร์|แบ่งปัน|บอกต่อ|ส่งต่อ)(?:ข่าว|บทความ|หน้า|เอกสาร)?(?:นี้)?|"
        r"Share|Print(?: this (?:page|article|news))?|E-?mail|Tweet|กลับหน้าแรก|กลับด้านบน|"
        r"back to top|ขนาด(?:ตัว)?(?:อักษร|หนังสือ)|font size|Rate this item|แสดงความคิดเห็น|"
        r"Be the first to comment!?|[-+]?[Aก][-+]|[Aก](?=\s*[Aก]\+)|ก่อนหน้า|ถัดไป|"
        r"(?:แจ้ง|ส่ง|บอก|แนะนำ)(?:อีเมล)?(?:ข่าว|บทความ|หน้า)?(?:นี้)?(?:ให้|แก่|ถึง)?เพื่อน|"
        r"(?:Tell|Send\s+to|Email)\s+a\s+friend)(?![\w\u0e00-\u0e7f])",
        "drop",
        "lone tool label: พิมพ์ (print), อีเมล (email), แชร์ / แบ่งปัน / บอกต่อ / ส่งต่อ (share; "
        "each also with ข่าวนี้ / หน้านี้: แชร์ข่าวนี้, share this news; พิมพ์หน้านี้, print this "
        "page), กลับหน้าแรก (home), "
        "กลับด้านบน (back to top), ขนาดตัวอักษร / ขนาดอักษร (font size) and its buttons A- A A+ "
        "(in Thai ก- ก ก+, the script's first letter), แจ้งข่าวนี้ให้เพื่อน / "
        "ส่งอีเมลถึงเพื่อน (tell a friend)",
    ),
    _rule(
        "bracketed_count",
        r"(?:(?<=[(\[])|[(\[])\s*[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})*\s*[)\]](?=\s*(?:[|•·]|$))",
        "drop",
        "a count alone in brackets, as an icon's number prints it in a meta row: ข่าววันที่ ๕ "
        "มี.ค. ๖๗ (๑,๒๓๔) (the count is read from its icon: pipelines.text.find_counter)",
    ),
    _rule(
        "loading",
        r"(?:กำลังโหลด(?:ข้อมูล)?|กรุณารอสักครู่|Loading)\s*(?:\.{2,}|…)?",
        "drop",
        "a widget's loading indicator: กำลังโหลด... (loading, WP-PostRatings' and AJAX boxes'), "
        "กรุณารอสักครู่ (please wait), Loading...",
    ),
    _rule(
        "rating",
        r"[(\[]?\s*(?:ยังไม่มี(?:การ|ผู้)?(?:โหวต|ให้คะแนน|คะแนน)|No\s+Ratings?\s+Yet|"
        r"[0-9๐-๙,]+\s*(?:votes?|โหวต|คน)\s*,?\s*(?:average|เฉลี่ย|คะแนนเฉลี่ย)\s*[:：]?\s*"
        r"[0-9๐-๙.]+\s*(?:out\s+of|จาก|/)\s*[0-9๐-๙]+|"
        r"(?:คะแนนเฉลี่ย|Average\s+rating|Rating)\s*[:：]?\s*[0-9๐-๙.]+\s*(?:out\s+of|จาก|/)\s*"
        r"[0-9๐-๙]+(?:\s*[(\[]\s*[0-9๐-๙,]+\s*(?:votes?|โหวต|คน)\s*[)\]])?)\s*[)\]]?",
        "drop",
        "a rating widget's summary: (ยังไม่มีการโหวต) (no votes yet), No Ratings Yet, "
        "(12 votes, average: 4.50 out of 5), คะแนนเฉลี่ย 4.5 จาก 5 (average score 4.5 of 5)",
    ),
    _rule(
        "read_more",
        r"(?:อ่านต่อ|อ่านเพิ่มเติม|Read more)\s*(?:\.{2,}|…|>+|»)?",
        "drop",
        "teaser link: อ่านต่อ... (read more)",
    ),
    _rule(
        "credit",
        rf"(?:{PHOTO_CREDIT}|(?:ผู้)?เขียนข่าว|ผู้รายงาน|Editor)\s*[:：]\s*"
        rf"\S(?:(?!\s*[/|]\s*(?:{SOURCE_LABELS}|ข่าว)\s*[:：]).){{0,100}}",
        "drop",
        "credit line: ภาพ : (photo by), ภาพข่าว :, เขียนข่าว : (written by); up to a source "
        "printed after it on the same line (ภาพ : กอง ข. / ข่าว : กอง ก.)",
    ),
    _rule(
        "gallery",
        r"(?:ภาพข่าว|ภาพกิจกรรม|ประมวลภาพ(?:กิจกรรม|ข่าว)?|(?:แกลเลอรี่|แกลลอรี่)(?:ภาพ)?|"
        r"(?:รูป)?ภาพประกอบ(?:ข่าว|กิจกรรม|บทความ)|รูป(?:ภาพ)?(?:ข่าว|กิจกรรม)(?:ประกอบ)?|"
        r"ภาพบรรยากาศ(?:กิจกรรม|งาน)?|"
        r"อัลบั้มภาพ|Photo\s+(?:gallery|album)|Gallery|Photos|Pictures)(?![\w\u0e00-\u0e7f])|"
        r"ดาวน์โหลดภาพ(?:ข่าว|กิจกรรม)?(?:ทั้งหมด)?|Download\s+all\s+(?:photos|images)",
        "drop",
        "an image gallery's heading alone on its line: ภาพข่าว (news photos), ภาพกิจกรรม (event "
        "photos), ภาพประกอบข่าว (the news item's pictures), รูปกิจกรรม, ภาพบรรยากาศ (scenes of "
        "the event), ประมวลภาพ (photo round-up), แกลเลอรี่, Photos; its button "
        "ดาวน์โหลดภาพทั้งหมด (download all photos); the pictures are in `images`",
    ),
    _rule(
        "ad_label",
        r"(?:โฆษณา|พื้นที่โฆษณา|Advertisement|Sponsored)(?![\w\u0e00-\u0e7f])",
        "drop",
        "an ad slot's label left alone on its line: โฆษณา (advertisement), Sponsored",
    ),
    _rule(
        "image_placeholder",
        r"\[?(?:image|img|รูปภาพ(?:ประกอบ)?|ภาพประกอบ|photo)\]?|"
        r"\(?(?:คลิก|กด)(?:ที่)?(?:ภาพ|รูป(?:ภาพ)?)(?:เพื่อ)?"
        r"(?:ขยาย|ดู(?:ภาพ)?(?:ขนาด)?(?:ใหญ่|ขยาย)(?:ขึ้น)?)(?:ภาพ)?\)?|"
        r"\(?click (?:on )?(?:the |an? )?(?:image|photo|picture|thumbnail)s? to "
        r"(?:enlarge|zoom|view (?:it )?(?:larger|full size))\)?",
        "drop",
        "image placeholder word: image, รูปภาพ (picture), ภาพประกอบ / รูปภาพประกอบ (illustration); "
        "a picture's hint: คลิกที่ภาพเพื่อขยาย (click the picture to enlarge), "
        "คลิกที่ภาพเพื่อดูขนาดใหญ่ (click a picture to see it large)",
    ),
    _rule(
        "relative_time",
        r"(?:(?:เผยแพร่|โพสต์|ลงข่าว|อัปเดต)(?:เมื่อ)?\s*:?\s*)?"
        r"(?:ประมาณ|เกือบ|กว่า|น้อยกว่า)?\s*[0-9๐-๙]+\s*"
        r"(?:วินาที|นาที|ชั่วโมง|ชม\.?|วัน|สัปดาห์|อาทิตย์|เดือน|ปี)\s*(?:ที่แล้ว|ที่ผ่านมา)|"
        r"(?:about\s+|almost\s+|over\s+|less\s+than\s+)?[0-9]+\s+"
        r"(?:second|minute|hour|day|week|month|year)s?\s+ago",
        "drop",
        "relative time alone (a cached 'time ago' beside a machine date): ประมาณ 2 เดือนที่แล้ว "
        "(about 2 months ago), 3 วันที่แล้ว, 5 hours ago, เผยแพร่ ๑ เดือนที่แล้ว (published ...)",
    ),
    _rule(
        "separator",
        r"(?:[-.=_*~–—…•·#+]\s*){3,}",
        "drop",
        "separator line of dashes, dots, equals signs, underscores, stars, ellipses",
    ),
    _rule(
        "fiscal_year",
        r"(?:ประจำ)?ปีงบประมาณ\s*(?:พ\.\s*ศ\.\s*)?(?:[0-9๐-๙]{4}(?![0-9๐-๙]))?",
        "drop",
        "the fiscal year a release is filed under, printed as its own item: ปีงบประมาณ ๒๕๖๗, "
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (or the label alone, its year unfilled)",
    ),
    _rule(
        "event_date",
        r"วัน(?:ที่)?(?:จัด|ดำเนิน)?(?:กิจกรรม|งาน|โครงการ|การ?อบรม|การ?ประชุม|การ?แข่งขัน|สัมมนา)"
        r"\s*[:：]\s*(?=[^\n]{0,40}[0-9๐-๙])[^\n]{4,120}",
        "drop",
        "an event's date field, labelled: วันที่จัดกิจกรรม : ระหว่างวันที่ 23-25 มิถุนายน 2565 เวลา "
        "09.00-16.30 น. (the activity's dates, a custom field printed above the text): when the "
        "event is held, never the publication",
    ),
    _rule(
        "unfilled_counter",
        r"(?:อ่าน|เปิดอ่าน|เข้าชม|ผู้เข้าชม|จำนวนผู้อ่าน|ผู้อ่าน|ดู)\s*[:：]?\s*(?:ครั้ง|คน)",
        "drop",
        "a view counter's words around no number (a template whose item is gone): อ่าน ครั้ง",
    ),
    _rule(
        "server_error",
        r"(?:PHP\s+)?(?:Warning|Notice|Fatal\s+error|Parse\s+error|Deprecated|Strict\s+Standards|"
        r"User\s+(?:warning|notice|deprecated))"
        r"\s*:\s+\S.{0,400}?\s+(?:on\s+line\s+[0-9]+|"
        r"\((?:line|บรรทัด)\s+[0-9]+\s+(?:of|ของ)\s+[^()]{1,300}\)\.?)",
        "drop",
        "a server script's error message printed into the page: Warning: mysql_fetch_array(): "
        "supplied argument is not a valid MySQL result resource in /var/www/... on line 42; "
        "Drupal's: Notice: Undefined index: x ใน f() (บรรทัด 87 ของ /var/www/...) (line 87 of)",
    ),
    _rule(
        "server_error",
        r"(?:A\s+PHP\s+Error\s+was\s+encountered|A\s+Database\s+Error\s+Occurred|"
        r"An\s+uncaught\s+Exception\s+was\s+encountered|"
        r"Severity\s*:\s*(?:Warning|Notice|Error|Deprecated|Strict|Parsing\s+Error|"
        r"(?:Core|Compile|User)\s+(?:Error|Warning|Notice|Deprecated)|Runtime\s+Notice|[0-9]{1,5})|"
        r"Filename\s*:\s*\S+\.(?:php|inc|module|tpl)|Line\s+Number\s*:\s*[0-9]+|"
        r"Message\s*:\s+.{0,300}?(?:\(\)|expects\s+parameter|Undefined\s+(?:index|variable|offset|"
        r"property)|Trying\s+to\s+get\s+property|Cannot\s+modify\s+header|Division\s+by\s+zero|"
        r"failed\s+to\s+open\s+stream|is\s+deprecated).{0,300}|"
        r"ข้อความแสดงข้อผิดพลาด|ข้อความเตือน|(?:Error|Warning)\s+messages?)",
        "drop",
        "a framework's error box: CodeIgniter's A PHP Error was encountered / Severity: Warning / "
        "Message: Invalid argument supplied for foreach() / Filename: x.php / Line Number: 87, "
        "its database error; Drupal's hidden heading of its message box (ข้อความแสดงข้อผิดพลาด = "
        "error message, ข้อความเตือน = warning message)",
    ),
    _rule(
        "cookie_notice",
        r"(?:(?:เว็บไซต์|เว็บ)(?:นี้|ของเรา)?|เรา|"
        r"(?:กรม|กระทรวง|สำนักงาน|สำนัก|กอง|ศูนย์|องค์การ|เทศบาล|สถาบัน|มหาวิทยาลัย)\S{0,60}?"
        r"(?=(?:มีการ)?(?:ใช้|เก็บ)(?:งาน)?\s*คุกกี้\s*เพื่อ))\s*(?:มีการ)?(?:ใช้|เก็บ)(?:งาน)?\s*"
        r"(?:คุกกี้|cookies?)"
        r"[^.!?]{0,160}[.!]?|(?:this\s+(?:web)?site|we)\s+uses?\s+cookies\b[^.!?]{0,160}[.!]?|"
        r"(?:ท่าน|คุณ)\s*สามารถ\s*(?:เลือก|ตั้งค่า|จัดการ|ปรับ|เปิด|ปิด)[^.!?]{0,40}?คุกกี้"
        r"[^.!?]{0,160}[.!]?",
        "drop",
        "a cookie-consent banner's line: เว็บไซต์นี้ใช้คุกกี้เพื่อ... (this website uses cookies "
        "to ...), เรามีการใช้คุกกี้, <office>ใช้คุกกี้เพื่อ..., This website uses cookies ...; "
        "its settings dialog: ท่านสามารถเลือกการตั้งค่าคุกกี้... (you may choose your cookie "
        "settings ...)",
    ),
    _rule(
        "byline",
        rf"{DATE_VALUE}\s+(?:by|โดย)\s+{BYLINE_NAME}(?=\s*(?:[|•]|$))",
        "drop",
        "a news item's info line, its date then who posted it: 04.03.2024 10:20 by Webmaster "
        "(Contao's news reader), 5 มี.ค. 2567 โดย admin (a name of three words at most)",
    ),
    _rule(
        "published_raw",
        rf"(?P<value>(?:[\u0e01-\u0e4eA-Za-z]{{1,3}}\.?,\s*)?{DATE_VALUE}"
        rf"(?:\s+-\s+[0-9๐-๙]{{1,2}}:[0-9๐-๙]{{2}})?)\s+[—–]\s+{LOGIN}(?=\s*(?:[|•]|$))",
        "data",
        "a submitted line as Drupal themes print it, the date then the poster's login after a "
        "dash (Garland: พฤ., 03/07/2024 - 08:08 — editor): the date is the publication's",
    ),
    _rule(
        "release_number",
        r"(?:ข่าว(?:ประชาสัมพันธ์|แจก)?|เอกสารข่าว|แถลงข่าว|Press\s+Release)\s*(?:ฉบับ)?\s*"
        r"(?:ที่|No\.?)\s*:?\s*[0-9๐-๙]{1,4}\s*/\s*[0-9๐-๙]{2,4}"
        r"|ข่าว[^0-9๐-๙\n]{1,60}?\s*ฉบับที่\s*:?\s*[0-9๐-๙]{1,4}\s*/\s*[0-9๐-๙]{2,4}"
        r"|ฉบับที่\s*[0-9๐-๙]{1,4}\s*/\s*[0-9๐-๙]{4}" + _NEXT,
        "drop",
        "a press release's serial number alone on its line, the office's numbering of its "
        "releases (no part of the story): ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567 (press release no.), "
        "ข่าวที่ ๔๒/๒๕๖๗, ข่าวแจก ที่ 5/2567, ข่าวฉบับที่: 7/2567, ฉบับที่ 45/2567, with the office: "
        "ข่าวกระทรวงการคลัง ฉบับที่ ๓๑/๒๕๖๗",
    ),
    _rule(
        "download_count",
        rf"(?:ดาวน์โหลด(?:แล้ว)?|Downloads?|Downloaded)\s*:?\s*[(\[]?\s*{NUM}\s*[)\]]?"
        r"\s*(?:ครั้ง|times?)?|"
        rf"{NUM}\s*(?:downloads?|ดาวน์โหลด)",
        "drop",
        "an attachment's download counter: ดาวน์โหลด (๑๐), ดาวน์โหลดแล้ว 41 ครั้ง (downloaded 41 "
        "times), Downloads: 12, 12 downloads: the file's count, never the article's view count",
    ),
    _rule(
        "attachment_line",
        r"(?:(?:ไฟล์|เอกสาร)(?:แนบ|ประกอบ)|Attach(?:ments?|ed\s+files?))\s*[:：]\s*"
        rf"(?:{FILE_NAME}(?:\s*\(\s*[0-9๐-๙][0-9๐-๙.,]*\s*(?:bytes|[KMG]i?B)\s*\))?"
        rf"(?:\s*ดาวน์โหลด(?:แล้ว)?\s*[(\[]?\s*{NUM}\s*[)\]]?\s*(?:ครั้ง)?)?[\s,|]*)+",
        "drop",
        "an attachment line naming its files: ไฟล์แนบ : file_12.pdf (๒๑๒ KB) (attached file, "
        "its size); the files are in attachments, their names no part of the text",
    ),
    _rule(
        "board_post",
        r"(?:กระทู้(?:ที่|หมายเลข)|หมายเลขกระทู้|ความคิดเห็นที่|Topic\s*(?:No\.?|#))\s*[:：]?\s*"
        r"[0-9๐-๙]{1,7}(?![0-9๐-๙])|"
        r"(?:โดย|ผู้ตั้งกระทู้|ตอบโดย|ผู้ตอบ|Posted by|by)\s*[:：]?\s*"
        rf"{POSTER}\s*[\[(]\s*IP\s*[:：]?\s*[0-9]{{1,3}}(?:\.(?:[0-9]{{1,3}}|[x*]+)){{3}}\s*[\])]",
        "drop",
        "a web-board's post furniture: the topic's number (กระทู้ที่ : ๑๒๓๔, topic no.), a "
        "reply's heading (ความคิดเห็นที่ ๑, comment no. 1), the poster with the masked IP "
        "address boards print (โดย : admin [ IP : 203.113.14.xxx ])",
    ),
    _rule(
        "byline",
        rf"(?:(?:ส่ง|โพสต์)?โดย|By|ผู้ประกาศ|ผู้โพสต์|ผู้ลงข่าว|ผู้บันทึก|Posted\s+by)\s*[:：]\s*"
        rf"(?=(?-i:[a-z])|[A-Za-z.@-]*[_0-9]){LOGIN}(?![\w.@-])",
        "drop",
        "the poster's login after a labelled by, as a meta row prints it beside the counter: "
        "โดย : admin_kpt (by: <login>), ส่งโดย: pr_x (sent by), ผู้ประกาศ : "
        "admin (announced by), ผู้โพสต์ / ผู้ลงข่าว : (posted by), ผู้บันทึก : (recorded by), "
        "By: webmaster01 (a login: lower-case first, or with _ or digits; a capitalised name "
        "may be the story's credit)",
    ),
    _rule(
        "byline",
        rf"(?:{SENDER_LABEL}|ผู้ลงข่าว|ผู้ประกาศ|ผู้บันทึก|ผู้โพสต์|(?:ส่ง|โพสต์)?โดย)\s*[:：]\s*"
        r"(?:นางสาว|นาย|นาง|น\.ส\.|ว่าที่|ดร\.|Mr\.?|Mrs\.?|Ms\.?)\s*[^\s|•:：]{1,30}"
        r"(?:\s+[^\s|•:：]{1,30})?(?=\s*(?:[|•]|$))",
        "drop",
        "the person who posted or sent the item, by a title before the name: ผู้ส่งข่าว : "
        "นางสาวสุภาพร ใจมั่น (sent by Ms ...), ผู้ลงข่าว : นายสมชาย (posted by Mr ...): the "
        "poster, never the source",
    ),
    _rule(
        "byline",
        r"(?:Written by|เขียนโดย|โพสต์โดย|โพสโดย|ผู้โพสต์|Posted by|Published in|Tagged under)"
        r"\s*:?[^|•]{0,80}",  # up to the row's next item ("เขียนโดย x | ฮิต: 23")
        "drop",
        "byline/category/tag labels: Written by, เขียนโดย (written by), โพสต์โดย (posted by), "
        "Published in",
    ),
]
# Matches where any rule matches: a line that no rule starts is told apart in one call.
ANY_RULE_RE = re.compile(
    "|".join(f"(?:{rule.pattern.pattern.replace('(?P<value>', '(?:')})" for rule in LINE_RULES),
    re.I,
)
# A source label alone on its line (``<strong>ที่มา :</strong><br>office``): the office is the
# next line.
SOURCE_LABEL_RE = re.compile(
    rf"(?:แหล่งที่มา|ที่มาข้อมูล|ที่มา|แหล่งข่าว|แหล่งข้อมูล|{NEWS_OFFICE_LABEL})\s*[:：]?|"
    rf"(?:{SOURCE_LABELS}|ข่าว|Source|Credits?|หน่วยงาน|สำนัก\s*/\s*กอง)\s*[:：]",
    re.I,
)
SOURCE_VALUE_MAX = 150
# What a form prints in a source field left empty: "none" words (ไม่ระบุ: not given, ไม่มี:
# none), compared with case, spaces and punctuation left out.
_NOT_WORD_RE = re.compile(r"[\W_]+")  # (Thai vowel and tone marks are no word characters)
NO_SOURCE_WORDS = frozenset(
    _NOT_WORD_RE.sub("", word).casefold() for word in ("ไม่ระบุ", "ไม่มี", "N/A", "none", "null")
)


def named_source(value: str | None) -> str | None:
    """Return a source value that names something, or None for a placeholder.

    A source field left empty prints a placeholder: a dash, an em dash, dots (no letter at
    all), or a "none" word (ไม่ระบุ, ไม่มี, N/A).

    >>> named_source("-"), named_source("…"), named_source("N/A"), named_source("- ไม่ระบุ -")
    (None, None, None, None)
    >>> named_source("กอง ก.")
    'กอง ก.'
    """
    if not value or not any(ch.isalpha() for ch in value):
        return None
    return None if _NOT_WORD_RE.sub("", value).casefold() in NO_SOURCE_WORDS else value


# Words that start the name of a government office (a sign-off names one); "ที่ทำการ" (the
# office premises: ที่ทำการปกครองจังหวัด, ที่ทำการองค์การบริหารส่วนตำบล) names one too, and so
# does "ประชาสัมพันธ์" (public relations) before the body it serves: the provincial PR
# office signs "ประชาสัมพันธ์จังหวัดพิจิตร", a district's "ประชาสัมพันธ์อำเภอ...".
# (บ้านพักเด็กและครอบครัว, สถานสงเคราะห์, สถานคุ้มครอง, นิคมสร้างตนเอง: the social
# development ministry's provincial units, named like offices; ด่าน and สถานี: a checkpoint or
# station, ด่านกักกันสัตว์ (animal quarantine station), สถานีพัฒนาที่ดิน (land development station).)
OFFICE = re.compile(
    r"^(?:กลุ่ม|กอง|สำนัก|กรม|ฝ่าย|ศูนย์|งาน|สำนักงาน|กระทรวง|ส่วน|ที่ทำการ|ด่าน|สถานี|"
    r"บ้านพักเด็ก|สถานสงเคราะห์|สถานคุ้มครอง|นิคมสร้างตนเอง|"
    r"ประชาสัมพันธ์\s*(?=จังหวัด|อำเภอ|เทศบาล|องค์การ|อบ[ตจ]\.|กรม|กระทรวง|มหาวิทยาลัย))"
)
SIGN_OFF_MAX = 80
# Lines after a separator rule that can be a sign-off (the office, perhaps a phone line).
SIGN_OFF_LINES = 2


def sign_off_office(lines: list[str]) -> str | None:
    """Return the office printed alone as the first of the last lines after a separator rule.

    >>> sign_off_office(["กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก"])
    'กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก'
    >>> sign_off_office(["ประชาสัมพันธ์จังหวัดพิจิตร"]), sign_off_office(["ประชาสัมพันธ์ให้ทราบ"])
    ('ประชาสัมพันธ์จังหวัดพิจิตร', None)
    """
    # Furniture printed after the sign-off (a view counter, a "แชร์ข่าวนี้ :" share label) is
    # not a line of the sign-off.
    lines = [line for line in lines if not trailing_furniture(line)]
    if not lines or len(lines) > SIGN_OFF_LINES:
        return None
    office = lines[0].strip()
    if not OFFICE.match(office) or match_line(office) is not None:
        return None
    if len(office) <= SIGN_OFF_MAX or _long_office_name(office):
        return office
    return None


SIGN_OFF_LONG_MAX = 130
SIGN_OFF_LONG_WORDS = 4


# The organisation an office's name ends with (its province, district, department, ...).
ORGANISATION_END_RE = re.compile(
    r"(?:จังหวัด|อำเภอ|กรม|กระทรวง|สำนักงาน|เทศบาล|องค์การ|อบ[ตจ]\.|มหาวิทยาลัย)\S*$"
)
# Words a sentence joins its clauses with, printed as words of their own; never in a name.
SENTENCE_WORDS = frozenset({"และ", "หรือ", "โดย", "ที่", "ซึ่ง", "เพื่อ", "วันนี้"})


def _long_office_name(office: str) -> bool:
    """Tell whether a line longer than a usual sign-off is still only an office's name: a
    unit and its office in a few words, no figures, its last word naming the organisation
    ("กลุ่มงานสวัสดิการแรงงานและแรงงานสัมพันธ์ สวัสดิการและคุ้มครองแรงงานจังหวัดอุตรดิตถ์").

    >>> _long_office_name("ที่ทำการแห่งใหม่เปิดให้บริการแล้ว วันนี้มีประชาชนมาใช้บริการจำนวนมาก และจะเปิดทุกวัน")
    False
    """
    words = office.split()
    return (
        len(office) <= SIGN_OFF_LONG_MAX
        and len(words) <= SIGN_OFF_LONG_WORDS
        and not any(ch.isdigit() for ch in office)
        and ORGANISATION_END_RE.search(words[-1]) is not None
        and SENTENCE_WORDS.isdisjoint(words)
    )


BARE_LABEL_CHARS = 20  # a label alone with its colon ("แชร์ข่าวนี้ :", "Share:")


def trailing_furniture(line: str) -> bool:
    """Tell whether a line after a sign-off is furniture: a line rule's, or a bare label."""
    text = line.strip()
    if text.endswith((":", "：")) and len(text) <= BARE_LABEL_CHARS and not is_source_label(text):
        return True
    found = match_line(text)
    return found is not None and found.rules != ["separator"]


def is_source_label(line: str) -> bool:
    """Tell whether ``line`` is only a source label, its value on the next line.

    >>> is_source_label("ที่มา :"), is_source_label("ที่มา: กอง ก."), is_source_label("ที่มาของโครงการ")
    (True, False, False)
    """
    return SOURCE_LABEL_RE.fullmatch(line.strip()) is not None


# Characters allowed between two furniture items on one line.
# (Brackets too: a counter in parentheses, "(อ่าน ๘๗)", a time in square brackets.)
_GAP_RE = re.compile(r"[\s|/•·:,()\[\]]*")
BRACKETS_RE = re.compile(r"[\[\]()]")
BRACKETED_VALUES = frozenset({"source", "published_raw", "modified_raw"})
SQUARE_BRACKETS_RE = re.compile(r"[\[\]]")


def _balanced(text: str) -> bool:
    """Tell whether a value's brackets pair up (an abbreviation in brackets, none cut off).

    >>> _balanced("สำนักงานการวิจัยแห่งชาติ (วช.)"), _balanced("กรมประชาสัมพันธ์)")
    (True, False)
    """
    depth = 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


@dataclass
class LineMatch:
    """What a fully-consumed furniture line held: rule names and data values."""

    rules: list[str]
    data: dict[str, str]


VALUE_AFTER_LABEL = r"\s*:?\s*(?P<value>"  # how a labelled data rule goes from label to value


@cache
def label_pattern(name: str) -> re.Pattern[str] | None:
    """Return one pattern of the labels the data rules giving field *name* print before their
    value ("ปรับปรุงล่าสุด", "Last modified", ...): a text holding none holds no such line.
    None when a rule of that field prints its value first (N views)."""
    heads = []
    for rule in LINE_RULES:
        if rule.name != name or rule.kind != "data":
            continue
        head, found, _ = rule.pattern.pattern.partition(VALUE_AFTER_LABEL)
        if not found or not head:
            return None
        heads.append(f"(?:{head})")
    return re.compile("|".join(heads), re.I) if heads else None


def match_line(line: str, rules: list[LineRule] | None = None) -> LineMatch | None:
    """Return the furniture found if the WHOLE line is furniture, else None.

    >>> match_line("อ่าน 12660 ครั้ง ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14").data
    {'view_count': '12660', 'modified_raw': '14 กุมภาพันธ์ 2560 10:14'}
    >>> match_line("ประชาชนสามารถอ่านรายละเอียดได้ที่เว็บไซต์") is None
    True
    """
    rules = LINE_RULES if rules is None else rules
    if "ศักราช" in line:  # a date in words ("ที่ยี่สิบสาม กันยายน พุทธศักราช..."): its numbers
        line = " ".join(worded_numbers(line).split())
    pos, end = 0, len(line)
    found = LineMatch([], {})
    pos = _GAP_RE.match(line, pos).end()  # type: ignore[union-attr]
    if pos >= end:
        return None
    if rules is LINE_RULES and ANY_RULE_RE.match(line, pos) is None:
        return None  # no rule starts the line: one regex instead of one per rule
    while pos < end:
        for rule in rules:
            m = rule.pattern.match(line, pos)
            if m is None or m.end() == pos:
                continue
            stop = m.end()
            if (
                stop < end
                and _is_word_char(line[stop - 1])
                and _is_word_char(line[stop])
                and not any(other.pattern.match(line, stop) for other in rules)
            ):
                continue  # the rule ended inside a word (and no rule starts there)
            found.rules.append(rule.name)
            if rule.kind == "data":
                value = m.group("value")
                if rule.name not in BRACKETED_VALUES or not _balanced(value):
                    value = BRACKETS_RE.sub(" ", value)  # "(อ่าน ๘๗)": the counter's brackets
                elif rule.name != "source":
                    value = SQUARE_BRACKETS_RE.sub(" ", value)  # "[เวลา ๐๙:๔๕ น.]"
                # an office's abbreviation in brackets stays: "สำนักงานการวิจัยแห่งชาติ (วช.)",
                # and a date's year in the other era: "๒๓ ม.ค. ๒๕๕๒ (2009) เวลา ๐๗:๒๘ น."
                value = " ".join(value.split())
                found.data.setdefault(rule.name, value)
            pos = _GAP_RE.match(line, stop).end()  # type: ignore[union-attr]
            break
        else:
            return None
    return found


# A meta row is short; its date comes first (digits, or a weekday: วันจันทร์ที่ ...), perhaps
# after a date label: วันที่ (date), ลงวันที่ (dated), เผยแพร่ (published).
META_ROW_MAX = 200
DATE_LABEL_RE = re.compile(r"\s*(?:วันที่|ลงวันที่|เผยแพร่(?:เมื่อ)?(?:วันที่)?)\s*[:：]?\s*")
META_ROW_START = tuple("0123456789๐๑๒๓๔๕๖๗๘๙") + ("วัน",)
# A byline item heading a meta row: "โดย <name> |" (by), "By <name> |", or the poster line of
# portal news modules, "ส่งโดย <name> เมื่อ <date>" (sent / posted by <name> on <date>).
# ... or "โดย pr_nan 25 มิ.ย. 2566" (a login, then the date: icons, not bars, between them).
BYLINE_ITEM_RE = re.compile(
    rf"^(?:(?:โดย|By)\s*:?\s*[^|•]{{1,40}}?\s*[|•]|(?:{POSTED_BY}|โดย|By){BYLINE_TO_DATE}|"
    rf"(?:{POSTED_BY}|โดย|By)\s*:?\s*(?=(?-i:[a-z])|[A-Za-z.@-]*[_0-9]){LOGIN}\s+(?=[0-9๐-๙]|วัน))\s*",
    re.I,
)
# ... or closing it: "3/10/2561 17:08 | เข้าชม : 87 | โดย admin" (CodeIgniter portals).
BYLINE_TAIL_RE = re.compile(r"\s*[|•]\s*(?:โดย|By)\s*:?\s*[^|•\s][^|•]{0,40}$", re.I)


# An office or unit named as a meta row's last badge (the unit that posted the item), or the
# post's category set off by a bar or bullet ("| ข่าวประชาสัมพันธ์"): words, no figures.
UNIT_TAIL_RE = re.compile(
    r"[\s|•·,]+(?:กลุ่ม|กอง|สำนัก|กรม|ฝ่าย|ศูนย์|งาน|สำนักงาน|ส่วน)[^\s|•·,]*(?:\s+[^\s|•·,]+){0,3}\s*$"
    r"|\s*[|•]\s*[^\s|•·,\d๐-๙][^|•·,\d๐-๙]{0,39}$"
)


def match_meta_row(line: str) -> LineMatch | None:
    """Return the furniture of a meta row: a date printed first, then counter / source items
    (and, last, perhaps the unit that posted the item).

    >>> match_meta_row("๑๔ กันยายน ๒๕๖๗ เวลา ๑๔.๑๓ น. เปิดอ่าน ๒,๗๘๗ ครั้ง").data
    {'published_raw': '๑๔ กันยายน ๒๕๖๗ เวลา ๑๔.๑๓ น.', 'view_count': '๒,๗๘๗'}
    >>> match_meta_row("๓ ต.ค. ๒๕๖๑ ๑๗:๐๘ น. ผู้เข้าชม ๔,๔๗๐ กลุ่มงานประชาสัมพันธ์").data
    {'published_raw': '๓ ต.ค. ๒๕๖๑ ๑๗:๐๘ น.', 'view_count': '๔,๔๗๐'}
    >>> match_meta_row("3 ต.ค. 2561 นายกรัฐมนตรีลงพื้นที่ อ่านรายงาน 5 ครั้ง") is None
    True
    >>> match_meta_row("ส่งโดย admin เมื่อ 2024/1/26 12:04:00 (1,036 ครั้ง)").data
    {'published_raw': '2024/1/26 12:04:00', 'view_count': '1,036'}
    >>> match_meta_row("วันที่ 16 เม.ย. 67 เวลา 13:57 น. | จำนวนผู้อ่าน 3,062 | ข่าวประชาสัมพันธ์").data
    {'published_raw': '16 เม.ย. 67 เวลา 13:57 น.', 'view_count': '3,062'}
    >>> match_meta_row("โดย pr_nan 25 มิ.ย. 2566 - 14:18 อ่าน 268 ครั้ง").data
    {'published_raw': '25 มิ.ย. 2566 - 14:18', 'view_count': '268'}
    """
    if "ศักราช" in line:  # a date in words: its numbers (as match_line reads it)
        line = " ".join(worded_numbers(line).split())
    text = BYLINE_ITEM_RE.sub("", line.strip(), count=1)
    barred = "|" in text or "•" in text
    if barred:  # (the tail's bar: a search of every position of the line saved where none is)
        text = BYLINE_TAIL_RE.sub("", text, count=1)
        barred = "|" in text or "•" in text
    # the date first: in digits or after a weekday, or (a row of items set off by bars) month
    # first, as WordPress's "M j, Y" prints it in Thai: "เม.ย. 22, 2024 | อ่าน 4,305 ครั้ง"
    if len(text) > META_ROW_MAX or not (text.startswith(META_ROW_START) or barred):
        return None
    dates = find_thai_dates(text[:80])
    if not dates or (dates[0].start > 1 and not DATE_LABEL_RE.fullmatch(text[: dates[0].start])):
        return None
    rest = text[dates[0].end :]
    found = match_line(rest) if rest.strip(" |•·,") else None
    if found is None:  # the row's last badge may name the issuing unit ("กลุ่มงาน...")
        unit = UNIT_TAIL_RE.search(rest)
        head = rest[: unit.start()] if unit else ""
        found = match_line(head) if head.strip(" |•·,") else None
    if found is None or not ({"view_count", "source"} & set(found.data)):
        # every badge a labelled item, a category or a count: a post's meta row all the same
        found = _match_row_items(rest) if barred else None
        if found is None:
            return None
    data = {"published_raw": dates[0].text.strip(), **found.data}
    return LineMatch(["published_raw", *found.rules], data)


ROW_ITEM_SPLIT_RE = re.compile(r"\s*[|•]\s*")
# A badge of a meta row that is no data: the post's category (words, no figures) or the
# comment count a bubble icon prints beside its number.
ROW_BADGE_RE = re.compile(r"[^\d๐-๙|•]{1,40}|[0-9๐-๙]{1,5}(?:\s*(?:ความคิดเห็น|comments?))?", re.I)


def _match_row_items(rest: str) -> LineMatch | None:
    """Read the items a meta row sets off by bars after its date: each a labelled line of
    furniture (a counter, source, poster or category: "หมวด : ข่าว"), a bare category, a comment
    count or nothing (an icon). None if any item is something else, or none is labelled."""
    rules: list[str] = []
    data: dict[str, str] = {}
    for item in ROW_ITEM_SPLIT_RE.split(rest.strip(" |•")):
        if not item:
            continue
        found = match_line(item)
        if found is not None and found.rules:
            rules += found.rules
            data.update(found.data)
        elif not (ROW_BADGE_RE.fullmatch(item) or ROW_LOGIN_RE.fullmatch(item)):
            return None
    return LineMatch(rules, data) if rules else None


# A badge printing the poster's login alone: lower-case first, with digits, _ or . (pr01,
# admin_pr); a capitalised word may be a person's or an office's name.
ROW_LOGIN_RE = re.compile(r"(?-i:[a-z])[a-z0-9_.@-]*[0-9_.@][a-z0-9_.@-]*")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or "\u0e00" <= ch <= "\u0e7f"


# A headline printed after its section's name: "<topic>: <headline>" (news modules of portal
# CMSs), "<section> » <headline>".
TITLE_LABEL_CHARS = 40
TITLE_LABEL_MARKS = ":»›>|"
TITLE_MIN_CHARS = 8
# A section's name in brackets before the headline: "[ข่าวกิจกรรม] <headline>", "【ประกาศ】".
BRACKET_LABEL_RE = re.compile(r"\[[^\[\]]+\]|【[^【】]+】")


def labelled_title(text: str, title: str) -> bool:
    """Tell whether *text* prints *title* after a short label: its section or topic and a
    colon or an arrow ("ข่าวประชาสัมพันธ์: <headline>", "News » <headline>"), or in brackets
    ("[ข่าวกิจกรรม] <headline>").

    >>> labelled_title("ข่าวประชาสัมพันธ์: ประชุมคณะกรรมการจังหวัด", "ประชุมคณะกรรมการจังหวัด")
    True
    >>> labelled_title("[ข่าวกิจกรรม]ประชุมคณะกรรมการจังหวัด", "ประชุมคณะกรรมการจังหวัด")
    True
    >>> labelled_title("ประชุมคณะกรรมการจังหวัด ครั้งที่ 2", "ประชุมคณะกรรมการจังหวัด")
    False
    """
    if len(title) < TITLE_MIN_CHARS or not text.endswith(title) or text == title:
        return False
    label = text[: -len(title)].rstrip()
    if not 0 < len(label) <= TITLE_LABEL_CHARS:
        return False
    return label[-1] in TITLE_LABEL_MARKS or BRACKET_LABEL_RE.fullmatch(label) is not None


def is_repeated_headline(line: str, title: str | None) -> bool:
    """Tell whether ``line`` just repeats the article title (case and spaces ignored).

    >>> is_repeated_headline(" ก.อุตสาหกรรม  จับมือ UNIDO", "ก.อุตสาหกรรม จับมือ UNIDO")
    True
    >>> is_repeated_headline("ข่าวประชาสัมพันธ์: ก.อุตสาหกรรม จับมือ UNIDO", "ก.อุตสาหกรรม จับมือ UNIDO")
    True
    """
    if not title:
        return False
    squashed = _squashed_title(title)
    if not squashed:
        return False
    spaceless = "".join(line.split())
    # casefold never shortens text: a longer line cannot equal the title (the common case).
    if len(spaceless) <= len(squashed):
        return spaceless.casefold() == squashed
    return len(spaceless) <= len(squashed) + TITLE_LABEL_CHARS and labelled_title(
        " ".join(line.split()), " ".join(title.split())
    )


def _squash(text: str) -> str:
    """Drop every whitespace character (str.split's, the same as regex ``\\s``) and casefold."""
    return "".join(text.split()).casefold()


@lru_cache(maxsize=256)
def _squashed_title(title: str) -> str:
    """Squash a title once: every line of its article is compared with it."""
    return _squash(title)
