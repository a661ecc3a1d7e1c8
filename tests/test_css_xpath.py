"""The upward XPaths of crawler.css_xpath select exactly what parsel's translation selects."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from lxml import etree
from parsel.csstranslator import css2xpath
from scrapy.http import HtmlResponse, Request

import crawler.spiders as spider_package
from crawler.css_xpath import compiled_upward, upward_xpath
from crawler.spiders.base import MinistrySpider, first
from tests.conftest import family_sites

TESTS = Path(__file__).parent
# Grammar the spiders do not use (yet), to cover every branch of the translation.
EXTRA_SELECTORS = [
    "div > p",
    "body > div div > a::attr(href)",
    "div.itemView > div.itemHeader > h2.itemTitle::text",
    "ul li > a:not(.x)",
    "a[rel~=tag]:not([rel~=category])",
    "*::text",
    "div *",
    "h2 + p",  # sibling combinators keep parsel's own translation
    "h2 ~ p",
    "p:first-child",
    "li:nth-child(2) a",
    "a:contains('ต่อไป')::attr(href)",
    "span.itemDateCreated, div.itemView h2.itemTitle",
    "[itemprop=headline]",
    "a[href$='.pdf'], a[href*='.doc']",
    "html",
    "html body",
]


def spider_selectors() -> list[str]:
    """Every selector of every spider class (all *_selectors lists)."""
    found: set[str] = set()
    for module_info in pkgutil.iter_modules(spider_package.__path__):
        module = importlib.import_module(f"crawler.spiders.{module_info.name}")
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, MinistrySpider):
                for name in dir(obj):
                    value = getattr(obj, name)
                    if name.endswith("_selectors") and isinstance(value, list):
                        found.update(value)
    return sorted(found)


def replica_pages() -> list[bytes]:
    """A listing page and an article page of every replica family."""
    pages = []
    for site in family_sites(articles=12, page_size=5).values():
        url = site.listing_url
        listing = urlsplit(url() if callable(url) else url)
        response = site.routes(listing.path, parse_qs(listing.query))
        assert response is not None and response.status == 200
        pages.append(response.body)
        article = urlsplit(site.expected_articles()[0]["url"])
        response = site.routes(article.path, parse_qs(article.query))
        assert response is not None and response.status == 200
        pages.append(response.body)
    return pages


def all_blobs() -> list[bytes]:
    return [p.read_bytes() for p in sorted(TESTS.rglob("*.html"))] + replica_pages()


def all_pages() -> list[etree._Element]:
    blobs = all_blobs()
    parser = etree.HTMLParser(recover=True, encoding="utf-8")
    roots = []
    for blob in blobs:
        root = etree.fromstring(blob.decode("utf-8", "replace").encode("utf-8"), parser)
        if root is not None:
            roots.append(root)
    return roots


SELECTORS = spider_selectors() + EXTRA_SELECTORS


def test_the_selector_set_is_the_real_one() -> None:
    assert len(SELECTORS) > 150
    assert "div.itemView div.itemIntroText, div.itemView div.itemFullText" in SELECTORS


def test_upward_xpaths_select_the_same_nodes_in_the_same_order() -> None:
    roots = all_pages()
    assert len(roots) > 100
    matched = 0
    for selector in SELECTORS:
        upward = compiled_upward(selector)
        forward = etree.XPath(css2xpath(selector), smart_strings=False)
        for root in roots:
            want = forward(root)
            got = upward(root)
            assert got == want, (selector, upward.path)
            matched += bool(want)
    assert matched > 300  # the comparison is not all empty lists


def test_first_on_a_response_gives_what_parsel_gives() -> None:
    """Through first(): the class and id pre-check and the branch filter lose nothing."""
    matched = 0
    for blob in all_blobs():
        url = "https://www.example.go.th/news/1"
        response = HtmlResponse(url=url, body=blob, encoding="utf-8", request=Request(url))
        for selector in SELECTORS:
            want = [n.root for n in response.css(selector)]
            got = [n.root for n in first(response, [selector])]
            assert got == want, selector
            matched += bool(want)
    assert matched > 300


def test_pre_check_reads_attributes_not_markup() -> None:
    """Ids written with entities, classes split by tabs or newlines, escaped CSS names."""
    page = (
        '<html><body><div id="x&amp;y" class="one\ttwo\nthree"><p class="a:b">t</p>'
        '<span class="x\u00a0y">n</span></div></body></html>'
    ).encode()
    url = "https://www.example.go.th/news/1"
    response = HtmlResponse(url=url, body=page, encoding="utf-8", request=Request(url))
    selectors = [r"div#x\&y", ".two", ".one.three p", r"p.a\:b", r"span.x\a0 y", "span.x"]
    for selector in selectors:
        want = [n.root for n in response.css(selector)]
        assert [n.root for n in first(response, [selector])] == want, selector
    assert first(response, [r"div#x\&y"]) and first(response, [".one.three p"])


def test_descendant_and_child_combinators_turn_upward() -> None:
    assert upward_xpath("div.a span").startswith("descendant-or-self::span[ancestor::div[")
    assert upward_xpath("ul > li").startswith("descendant-or-self::li[parent::ul]")


def test_sibling_combinators_keep_parsels_translation() -> None:
    assert upward_xpath("h2 + p") == css2xpath("h2 + p")


def test_invalid_css_raises_like_parsel() -> None:
    with pytest.raises(Exception) as ours:
        compiled_upward("div[")
    with pytest.raises(Exception) as theirs:
        css2xpath("div[")
    assert type(ours.value) is type(theirs.value)
