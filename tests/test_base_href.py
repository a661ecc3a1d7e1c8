"""A <base href> naming another host gives its path only: a page's relative links stay home."""

from __future__ import annotations

import pytest

from pipelines.layouts.base import Page

PAGE = "http://127.0.0.1:8000/index.php/news/281-2024-10-02"


def page_with_base(base: str) -> Page:
    return Page(text=f'<html><head><base href="{base}"></head><body><p>x</p></body></html>')


@pytest.mark.parametrize(
    ("base", "href", "resolved"),
    [
        # the CMS prints the site's production domain: the links are still this host's
        ("http://www.nongbua.go.th/index.php/news", "/index.php/news/7-x",
         "http://127.0.0.1:8000/index.php/news/7-x"),
        ("https://old.go.th/th/news/", "item.php?id=3", "http://127.0.0.1:8000/th/news/item.php?id=3"),
        # a base on the same host is read as printed, path and all
        ("http://127.0.0.1:8000/th/news/", "item.php?id=3", "http://127.0.0.1:8000/th/news/item.php?id=3"),
        # an absolute link to another host stays there
        ("http://www.nongbua.go.th/", "https://www.facebook.com/x", "https://www.facebook.com/x"),
    ],
)  # fmt: skip
def test_links_resolve_on_the_host_the_page_came_from(base: str, href: str, resolved: str) -> None:
    assert page_with_base(base).urljoin(PAGE, href) == resolved


def test_a_page_without_base_resolves_against_its_own_url() -> None:
    page = Page(text="<html><body><p>x</p></body></html>")
    assert page.urljoin(PAGE, "282-next") == "http://127.0.0.1:8000/index.php/news/282-next"
