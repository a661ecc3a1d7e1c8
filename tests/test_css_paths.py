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


def test_a_part_of_the_page_is_read_left_to_right() -> None:
    page = html_selector('<div id="a"><div class="b"><p class="t">x</p></div></div>')
    part = page.css("div.b")[0]
    assert css_to_xpath("#a p.t", whole_page=True).endswith("[ancestor::*[@id = 'a']]")
    assert part.css("#a p.t") == []  # (#a is above the part: CSS asks for it inside)
    assert [p.root.text for p in page.css("#a p.t")] == ["x"]
    # a type alone last: the elements under #a are looked at, not every <p> of the page
    assert css_to_xpath("#a p", whole_page=True).endswith("/descendant::p")
    assert [p.root.text for p in page.css("#a p")] == ["x"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_selector_selects_the_same_nodes_in_the_same_order(
    page: Path, queries: set[str]
) -> None:
    ours = html_selector(page.read_bytes().decode("utf-8", "replace"))
    theirs = Selector(root=ours.root, type="html")
    assert type(ours) is PageSelector
    body = ours.xpath("//body")  # a part of the page: its selectors run left to right
    theirs_body = Selector(root=body[0].root, type="html") if body else None
    rewritten = 0
    for query in sorted(queries):
        assert _nodes(ours.css(query)) == _nodes(theirs.css(query)), query
        if theirs_body is not None:
            assert _nodes(body[0].css(query)) == _nodes(theirs_body.css(query)), query
        rewritten += css_to_xpath(query, whole_page=True) != Selector(root=ours.root)._css2xpath(
            query
        )
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
