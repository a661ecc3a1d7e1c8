"""pipelines.layouts.prefilter: a selector is skipped only when it cannot match the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.layouts import LAYOUTS
from pipelines.layouts.base import Page
from pipelines.layouts.prefilter import could_match, needed_words

TESTS = Path(__file__).parent
PAGES = sorted([*(TESTS / "gold" / "pages").glob("*.html"), *(TESTS / "fixtures").rglob("*.html")])


def every_selector() -> list[str]:
    """Every CSS selector of every family reader."""
    found: set[str] = set()
    for layout in LAYOUTS.values():
        for name in dir(layout):
            if name.endswith("_selectors"):
                value = getattr(layout, name)
                if isinstance(value, list | tuple):
                    found.update(s for s in value if isinstance(s, str))
    return sorted(found)


@pytest.mark.parametrize(
    ("selector", "words"),
    [
        ("div.itemBody", (("itembody",),)),
        ("#content .entry", (("content", "entry"),)),
        ("meta[property='article:published_time']::attr(content)",
         (("property", "article:published_time", "<meta"),)),
        ("time.published, abbr.published", (("published", "<time"), ("published", "<abbr"))),
        ("a:not(.skip)", (("<a",),)),  # a name under :not() is not needed
        ("body p", ()),  # elements the parser adds are never needed: always run
    ],
)  # fmt: skip
def test_needed_words(selector: str, words: tuple[tuple[str, ...], ...]) -> None:
    assert needed_words(selector) == words


@pytest.mark.parametrize("selector", [r".md\:flex", "span.icon-visibility", "*"])
def test_selectors_it_cannot_read_always_run(selector: str) -> None:
    assert could_match("<html><body>nothing here</body></html>", selector)


def test_a_page_without_the_class_is_skipped_and_with_it_is_not() -> None:
    page = Page(text='<html><body><span class="itemDateModified">x</span></body></html>')
    assert could_match(page.words(), "span.itemDateModified")
    assert not could_match(page.words(), "span.itemHits")


def test_no_family_selector_is_skipped_on_a_page_it_matches() -> None:
    """On every gold and fixture page, a skipped selector is one that finds nothing."""
    selectors = every_selector()
    assert len(selectors) > 100
    skipped = 0
    for path in PAGES:
        page = Page(text=path.read_text(encoding="utf-8", errors="replace"))
        for selector in selectors:
            if not could_match(page.words(), selector):
                skipped += 1
                assert not page.sel.css(selector), (path.name, selector)
    assert skipped > len(PAGES) * len(selectors) // 2  # and most misses are skipped
