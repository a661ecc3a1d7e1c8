"""Cards of other articles printed on an article page: a related-posts grid, a latest list.

A card prints another article's headline as a link and, often, its date; that date is not the
page's. Address shapes tell an article link from a menu or category link.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from crawler.urls import canonical_url
from pipelines.boilerplate import folded_text

DIGITS = re.compile(r"\d+")
HEX_ID_RE = re.compile(r"(?=[^/]*[0-9])[0-9a-f]{8}-?[0-9a-f-]{8,}", re.I)
# A random record id of letters and digits (Strapi 5's documentId, cuid2, nanoid without
# punctuation): 20 to 36 characters, several letters and a digit or more (a random base-36
# id of 24 characters holds one or two digits about one time in five), any first character;
# a slug of words has separators.
RANDOM_ID_RE = re.compile(r"(?=[a-z]*[0-9])(?=(?:[0-9]*[a-z]){3})[a-z0-9]{20,36}", re.I)
PAGE_EXTENSION_RE = re.compile(r"\.(?:html?|php|aspx?|jsp)$", re.I)
# An opaque state token inside a path (WebSphere Portal's `!ut/p/z1/<state>/`, a session or
# view-state key): a run of 20 or more base64url characters mixing upper case, lower case
# and digits, between no word separators; a slug's words are short, a serial is one case.
OPAQUE_RUN_RE = re.compile(r"(?=[^_-]*[A-Z])(?=[^_-]*[a-z])(?=[^_-]*[0-9])[A-Za-z0-9]{20,}")
OPAQUE_SEGMENT_RE = re.compile(r"[A-Za-z0-9_-]{20,}")


def url_shape(url: str) -> str:
    """Return a URL's shape: digits folded, the last path segment generalised.

    >>> url_shape("http://h/th/news/detail/id/15/iid/85774")
    'h/th/news/detail/id/#/iid/#*'
    >>> url_shape("http://h/2021/03/03/new-factory/")
    'h/#/#/#/*'
    >>> url_shape("http://h/news/b6b7464e8c6e08779c75367a") == url_shape("http://h/news/65a4c0ffee")
    True
    >>> url_shape("http://h/n/4k2m9x0qz8ab3cd7ef1gh5ij") == url_shape("http://h/n/ab3cd7ef1gh5ij4k2m9x0qz8")
    True
    >>> url_shape("http://h/n/jhocbhvmwdqru0rixnm8cggc") == url_shape("http://h/n/6kmdvtln3e7e3fafus6q1gp9")
    True
    >>> url_shape("http://h/2018/12/1-62-6-60.html") == url_shape("http://h/2018/12/blog-post_26.html")
    True
    >>> url_shape("http://h/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi_Q1dDA2/d5/?u=1")
    'h/p/z#/~/*?u'
    >>> url_shape("http://h/news.php?extend.141") == url_shape("http://h/news.php?extend.9")
    True
    """
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    shaped = ["~" if opaque_token(s) else DIGITS.sub("#", s) for s in segments]
    if shaped:  # an id or slug: 40464-unido and 40480-2018-10-03-16-19-11 are one shape
        shaped[-1] = "#*" if shaped[-1].startswith("#") else "*"
        if HEX_ID_RE.fullmatch(segments[-1]) or RANDOM_ID_RE.fullmatch(segments[-1]):
            shaped[-1] = "#*"  # a database id (ObjectId, UUID, documentId), any first char
        extension = PAGE_EXTENSION_RE.search(segments[-1])
        if extension:  # a page file: blog-post_26.html and 1-62-6-60.html are one shape
            shaped[-1] = "*" + extension.group(0).lower()
    query = (
        "?" + "&".join(sorted(_query_name(k) for k in parts.query.split("&")))
        if parts.query
        else ""
    )
    return "/".join([parts.hostname or "", *shaped]) + query


def _query_name(argument: str) -> str:
    """Return a query argument's shape: its name, or for a bare argument without a value
    (e107's `news.php?extend.141`, `?default.0.8`, `index.php?/news/12`) the argument with
    its digits folded, since the whole argument is then the page's address.

    >>> _query_name("id=15"), _query_name("extend.141"), _query_name("extend.141=")
    ('id', 'extend.#', 'extend.#')
    """
    name, _, value = argument.partition("=")
    return name if value else DIGITS.sub("#", name)


def opaque_token(segment: str) -> bool:
    """Tell a path segment that is an opaque state token (base64url), not a name or slug."""
    return bool(
        OPAQUE_SEGMENT_RE.fullmatch(segment)
        and any(OPAQUE_RUN_RE.fullmatch(run) for run in re.split(r"[_-]", segment))
    )


def same_item_shape(shape: str, page_shape: str) -> bool:
    """Tell whether a link's address shape is an article's of the page's kind: the page's own
    shape, or one ending as it does under another category's path (Joomla's K2 prints an item
    under the menu it was reached from: /th/about/<alias>/item/40530-x and /th/news/item/40463
    are one site's items).

    >>> same_item_shape("h/th/news/item/#*", "h/th/about/#-#-#/item/#*")
    True
    >>> same_item_shape("h/th/news/itemlist/category/#*", "h/th/about/item/#*")
    False
    >>> same_item_shape("h/news/#*", "h/about/#*")
    False
    """
    if shape == page_shape:
        return True
    tail, page_tail = shape.split("/")[-2:], page_shape.split("/")[-2:]
    same_host = shape.split("/", 1)[0] == page_shape.split("/", 1)[0]
    # a named segment before the id ("item", "detail"): a bare /<section>/<id> tells nothing
    named = len(tail) == 2 and not tail[0].startswith("#") and tail[0] != "~"
    return same_host and named and tail == page_tail and shape.count("/") >= 3


CARD_LEVELS = 3  # ancestors of a date searched for the one card holding it
CARD_CHARS = 600  # a card prints a headline, a date and a line or two of teaser
CARD_HEADLINE_CHARS = 12  # a card's link text is a headline, not "อ่านต่อ" or an icon
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def holding(bodies: Iterable[Any]) -> set[Any]:
    """Return the elements no card reaches: the article's body elements and their ancestors."""
    return {a for body in bodies for a in (body, *body.iterancestors())}


def card_test(page: Any, url: str) -> Callable[[Any], bool]:
    """Return in_card for the page fetched at *url* (its links resolved as the page resolves
    them: against its <base href>)."""
    return lambda el: in_card(el, url, lambda href: page.urljoin(url, href))


def in_card(el: Any, url: str, resolve: Callable[[str], str], stop: set[Any] | None = None) -> bool:
    """Tell whether *el* is printed in a card of another article (a related or latest list).

    Its nearest ancestors, below *stop* (holding(the article's body elements)), at most
    CARD_LEVELS up and of a card's size, are searched for links to other articles: a link of
    the page's own address shape, or in a heading, with headline text. An ancestor holding
    exactly one such article is that article's card; one holding several is a list or the
    page around it.
    """
    stops = stop or set()
    page: tuple[str, str] | None = None  # (canonical URL, shape), worked out when needed
    node = el
    for _ in range(CARD_LEVELS):
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or node in stops:
            return False
        if _longer_than(node, CARD_CHARS):
            return False  # the article around a neighbour link, not a card
        linked: set[str] = set()
        for a in node.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:")):
                continue
            text = folded_text(a)
            if len(text) < CARD_HEADLINE_CHARS or _neighbour_link(a, node):
                continue
            page = page or (canonical_url(url), url_shape(url))
            target = canonical_url(resolve(href))
            if target == page[0] or _same_path(target, page[0]):
                continue  # the page itself, in another form (a headline linking itself)
            heading = any(p.tag in HEADINGS for p in a.iterancestors())
            if heading or same_item_shape(url_shape(target), page[1]):
                linked.add(target)
        if len(linked) == 1:
            return True
        if linked:
            return False
    return False


def in_item_list(el: Any) -> bool:
    """Tell whether *el* is printed in one item of a list of articles' items: an ancestor
    (CARD_LEVELS + 1 up at most, of a card's size) with a sibling of its kind (tag and
    classes, numbers aside), each linking a headline. The page's own post may be one item of
    a latest-posts grid, its card linking the page itself, which in_card lets pass.

    >>> import lxml.html
    >>> grid = lxml.html.fromstring('<div><article class="item"><h3><a href="/a">'
    ...     'ประชุมคณะกรรมการจังหวัดครั้งที่ 1</a></h3><div class="meta">1 มิ.ย. 67</div>'
    ...     '</article><article class="item"><h3><a href="/b">ประชุมคณะกรรมการจังหวัดครั้งที่ 2'
    ...     '</a></h3><div class="meta">2 มิ.ย. 67</div></article></div>')
    >>> in_item_list(grid.find(".//div")), in_item_list(grid)
    (True, False)
    """
    node = el
    for _ in range(CARD_LEVELS + 1):
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or _longer_than(node, CARD_CHARS):
            return False
        parent = node.getparent()
        if parent is None:
            return False
        kind = _item_kind(node)
        if not kind[1] or not _links_headline(node):
            continue
        if any(
            other is not node and _item_kind(other) == kind and _links_headline(other)
            for other in parent
            if isinstance(other.tag, str)
        ):
            return True
    return False


def _item_kind(el: Any) -> tuple[str, frozenset[str]]:
    """Return an element's tag and classes but the numbered ones (post-5160, item-2)."""
    classes = (el.get("class") or "").split()
    return el.tag, frozenset(c for c in classes if not any(ch.isdigit() for ch in c))


def _links_headline(el: Any) -> bool:
    """Tell whether an element holds a link whose text is a headline."""
    return any(len(folded_text(a)) >= CARD_HEADLINE_CHARS for a in el.iter("a"))


def _neighbour_link(a: Any, within: Any) -> bool:
    """Tell whether link *a* is the post's previous / next link, no card: marked rel="prev" /
    "next", or printed in a <nav> below *within* (a post's navigation after its date line)."""
    if {"prev", "next", "previous"} & set((a.get("rel") or "").lower().split()):
        return True
    for up in a.iterancestors():
        if up is within:
            return False
        if up.tag == "nav":
            return True
    return False


def _longer_than(node: Any, chars: int) -> bool:
    """Tell whether an element's text (spaces not counted) runs past *chars*, reading no more."""
    total = 0
    for text in node.itertext():
        total += len(text) - text.count(" ") - text.count("\n")
        if total > chars:
            return True
    return False


def _same_path(target: str, here: str) -> bool:
    """Tell whether a link goes to this page's own path (an address without a query names
    the article by its path: a query added to it is the same article)."""
    page = urlsplit(here)
    return not page.query and urlsplit(target).path == page.path
