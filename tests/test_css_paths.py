"""CSS selectors written as attribute steps select what parsel's translation selects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from parsel import Selector

from crawler.extract import extract_bytes
from pipelines.css_paths import PageSelector, css_to_xpath
from pipelines.html_tree import html_selector
from pipelines.layouts import LAYOUTS

ROOT = Path(__file__).resolve().parent
PAGES = sorted((ROOT / "gold" / "pages").glob("*.html")) + sorted(
    (ROOT / "fixtures").glob("*/*.html")
)


def layout_selectors() -> set[str]:
    """Every CSS selector a family's selector lists hold."""
    found: set[str] = set()
    for layout in LAYOUTS.values():
        for name in dir(layout):
            value = getattr(layout, name, None)
            if name.endswith("_selectors") and isinstance(value, list | tuple):
                found.update(item for item in value if isinstance(item, str))
    return found


@pytest.fixture(scope="module")
def queries() -> set[str]:
    """The layout selectors, and every selector extraction asks of the gold pages."""
    asked: set[str] = set()
    original = PageSelector._css2xpath

    def recording(self: PageSelector, query: str) -> str:
        asked.add(query)
        return original(self, query)

    PageSelector._css2xpath = recording  # type: ignore[method-assign]
    try:
        for path in sorted((ROOT / "gold" / "pages").glob("*.html")):
            source = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["source"]
            extract_bytes(
                path.read_bytes(),
                url=source["url"],
                cms=source["cms"],
                content_type=source.get("content_type"),
            )
    finally:
        PageSelector._css2xpath = original  # type: ignore[method-assign]
    return asked | layout_selectors()


def _nodes(selection: list[Selector]) -> list[object]:
    return [s.root for s in selection]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_selector_selects_the_same_nodes_in_the_same_order(
    page: Path, queries: set[str]
) -> None:
    ours = html_selector(page.read_bytes().decode("utf-8", "replace"))
    theirs = Selector(root=ours.root, type="html")
    assert type(ours) is PageSelector
    rewritten = 0
    for query in sorted(queries):
        mine = ours.css(query)
        assert _nodes(mine) == _nodes(theirs.css(query)), query
        for scope in mine[:2]:  # and from the nodes found (a selector asked of a part)
            if hasattr(scope.root, "xpath"):
                again = Selector(root=scope.root, type="html")
                assert _nodes(scope.css("a, p, span.date")) == _nodes(again.css("a, p, span.date"))
        rewritten += css_to_xpath(query) != Selector(root=ours.root)._css2xpath(query)
    assert rewritten > 0  # (the rewriting is exercised, not parsel's translation alone)


@pytest.mark.parametrize(
    "query",
    ["div.a.b#x > p::text", "* > *::attr(x)", "span *::text", "a[rel~=tag]", ".x:not(.y)"],
)
def test_selectors_it_does_not_rewrite_are_parsels(query: str) -> None:
    rewritten = css_to_xpath(query)
    html = '<div class="a b" id="x"><p class="x">t<span>u</span></p><a rel="tag" x="1">v</a></div>'
    ours, theirs = html_selector(html), Selector(text=html)
    assert ours.css(query).getall() == theirs.css(query).getall()
    assert rewritten.startswith("descendant-or-self::")
