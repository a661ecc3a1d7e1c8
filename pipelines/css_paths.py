"""CSS selectors as XPath whose class and id tests are attribute steps.

parsel (through cssselect) turns `div.itemView` into `descendant-or-self::div[@class and
contains(...)]`: libxml2 then evaluates that predicate once for every div of the page. The
same set reads `descendant-or-self::div/@class[contains(...)]/parent::div`: the step visits
only the elements that have the attribute, and no predicate is evaluated on the others, which
is two to three times faster on a news page (a layout tries about ten selectors a page). Asked
of the whole page, `div.itemView span.date` finds the dates and tests their ancestors, where
parsel's path visits every element under each `div.itemView` (a quarter faster again).

Only selectors of plain compounds (a type or `*`, classes, an id) joined by descendant or
child combinators, perhaps ending in `::text` or `::attr(name)`, are written this way; any
other selector is parsel's translation, unchanged. Both select the same nodes in the same
(document) order: tests/test_css_paths.py compares them on every layout selector and page.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Self

from cssselect import GenericTranslator, SelectorError, parse
from cssselect.parser import (
    Class,
    CombinedSelector,
    Element,
    FunctionalPseudoElement,
    Hash,
    Tree,
)
from lxml import etree
from parsel import Selector, SelectorList
from parsel.csstranslator import css2xpath

COMBINATORS = {" ": "/descendant::", ">": "/"}


@lru_cache(maxsize=4096)
def css_to_xpath(css: str, whole_page: bool = False) -> str:
    """Return the XPath of *css*, its class and id tests as attribute steps where it can.

    >>> css_to_xpath("span.hits")  # doctest: +NORMALIZE_WHITESPACE
    "descendant-or-self::span/@class[contains(., 'hits') and contains(concat(' ',
    normalize-space(.), ' '), ' hits ')]/parent::span"
    >>> css_to_xpath("#main > a::attr(href)")
    "descendant-or-self::*/@id[. = 'main']/parent::*/a/@href"
    >>> css_to_xpath("a[rel~=tag]") == css2xpath("a[rel~=tag]")  # parsel's, unchanged
    True

    *whole_page*: asked of the page's root element, a selector of several compounds finds
    the elements of its last compound and tests their ancestors (as a browser matches, right
    to left), not every element under each element of its first compound:

    >>> css_to_xpath("#main > a.x", whole_page=True)  # doctest: +ELLIPSIS
    "descendant-or-self::a/@class[...]/parent::a[parent::*[@id = 'main']]"

    unless that compound is a type alone: `#main > a` looks under `#main`.
    """
    try:
        selectors = parse(css)
    except SelectorError:
        return css2xpath(css)  # parsel raises its own error for the selector
    paths = []
    for selector in selectors:
        tree = selector.parsed_tree
        path = _path(tree)
        tail = _pseudo_element(selector.pseudo_element, path)
        if path is None or tail is None:
            return css2xpath(css)
        if whole_page and isinstance(tree, CombinedSelector) and _tested(tree.subselector):
            last = _compound(tree.subselector)
            path = f"{last}[{_above(tree.selector, tree.combinator)}]"
        paths.append(f"descendant-or-self::{path}{tail}")
    return " | ".join(paths)


def _tested(tree: Tree) -> bool:
    """Tell whether a compound tests a class or an id (its elements are found by attribute:
    few), not a type alone (`a`, `li`: every link of the page would have its ancestors
    tested, where the compounds before it find a few elements to look under)."""
    parts = _parts(tree)
    return parts is not None and bool(parts[1] or parts[2])


def _path(tree: Tree) -> str | None:
    """The location path of compounds joined by descendant / child combinators, or None."""
    if isinstance(tree, CombinedSelector):
        left = _path(tree.selector)
        step = COMBINATORS.get(tree.combinator)
        right = _compound(tree.subselector)
        if left is None or step is None or right is None:
            return None
        return f"{left}{step}{right}"
    return _compound(tree)


def _above(tree: Tree, combinator: str) -> str:
    """The test that an element's ancestors (" ") or parent (">") match *tree* (checked by
    _path already: compounds and those two combinators)."""
    axis = "ancestor::" if combinator == " " else "parent::"
    if isinstance(tree, CombinedSelector):
        above = _above(tree.selector, tree.combinator)
        return f"{axis}{_compound_test(tree.subselector)}[{above}]"
    return f"{axis}{_compound_test(tree)}"


def _parts(tree: Tree) -> tuple[str, list[str], list[str]] | None:
    """A compound's type (or `*`), ids and classes (in the selector's order), or None for a
    compound holding anything else."""
    classes: list[str] = []
    ids: list[str] = []
    while not isinstance(tree, Element):
        if isinstance(tree, Class):
            classes.append(tree.class_name)
        elif isinstance(tree, Hash):
            ids.append(tree.id)
        else:
            return None
        tree = tree.selector
    if tree.namespace not in (None, "*"):
        return None
    return (tree.element or "*").lower(), ids[::-1], classes[::-1]


def _tests(ids: list[str], classes: list[str]) -> list[str]:
    return [f"@id = {_literal(name)}" for name in ids] + [
        f"@class and contains(@class, {_literal(name)}) and "
        f"contains(concat(' ', normalize-space(@class), ' '), {_literal(f' {name} ')})"
        for name in classes
    ]


def _compound_test(tree: Tree) -> str:
    """One compound as a node test and predicates: `div[@class and ...]`."""
    tag, ids, classes = _parts(tree) or ("*", [], [])
    return tag + "".join(f"[{test}]" for test in _tests(ids, classes))


def _compound(tree: Tree) -> str | None:
    """One compound (`div.a.b#x`) as steps: its first test an attribute step, the rest
    predicates on the few elements that step selects; None for anything else."""
    parts = _parts(tree)
    if parts is None:
        return None
    tag, ids, classes = parts
    if not classes and not ids:
        return tag
    first, *rest = _tests(ids, classes)
    attribute = "id" if ids else "class"
    first = first.replace(f"@{attribute} and ", "").replace(f"@{attribute}", ".")
    predicates = "".join(f"[{test}]" for test in rest)
    return f"{tag}/@{attribute}[{first}]/parent::{tag}{predicates}"


def _pseudo_element(pseudo: object, path: str | None) -> str | None:
    """The steps of parsel's `::text` and `::attr(name)` ("" for none); None for others, and
    after a `*` step (where parsel reads them its own way)."""
    if pseudo is None:
        return ""
    if path is None or path == "*" or path.endswith(("/*", "descendant::*")):
        return None  # (a bare `*` step)
    if pseudo == "text":
        return "/text()"
    if isinstance(pseudo, FunctionalPseudoElement) and pseudo.name == "attr":
        if pseudo.argument_types() in (["IDENT"], ["STRING"]):
            return f"/@{pseudo.arguments[0].value}"
    return None


@lru_cache(maxsize=4096)
def _compiled(xpath: str) -> etree.XPath:
    return etree.XPath(xpath, smart_strings=False)


def _literal(text: str) -> str:
    return GenericTranslator.xpath_literal(text)


class PageSelector(Selector):
    """A parsel Selector whose CSS selectors run as css_to_xpath writes them."""

    __slots__ = ()

    def css(self, query: str) -> SelectorList[Self]:
        """The nodes *query* selects (parsel's css(), without its per-call set-up)."""
        root = self.root
        if self.type != "html" or not hasattr(root, "xpath"):
            return super().css(query)
        found = _compiled(self._css2xpath(query))(root)
        return self.selectorlist_cls(
            [self.__class__(root=node, _expr=query, type="html") for node in found]
        )

    def _css2xpath(self, query: str) -> str:
        if self.type != "html":
            return super()._css2xpath(query)
        root = self.root
        return css_to_xpath(
            query, whole_page=hasattr(root, "getparent") and root.getparent() is None
        )
