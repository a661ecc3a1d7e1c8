"""Joomla 3 com_content: div.item-page articles, category blog/list views (moc.go.th style)."""

from __future__ import annotations

from typing import ClassVar

from pipelines.layouts.base import Layout
from pipelines.layouts.k2 import JOOMLA_NEXT


class JoomlaLayout(Layout):
    """A Joomla 3 site: blog listing div.blog with ?start=N pages, div.item-page articles."""

    cms = "joomla"
    listing_entry_selectors: ClassVar[list[str]] = [
        "div.blog div.items-row div.item",
        "div.blog div.items-leading > div",
        "div.blog div.item",
        "table.category tbody tr",
        "div.category-list li",
    ]
    listing_link_selectors: ClassVar[list[str]] = [
        "h2[itemprop=name] a::attr(href)",
        "div.page-header h2 a::attr(href)",
        "td.list-title a::attr(href)",
        "h2 a::attr(href)",
        "a.readmore::attr(href)",
        "p.readmore a::attr(href)",
    ]
    listing_date_selectors: ClassVar[list[str]] = [
        "dd.published time::attr(datetime)",
        "td.list-date",
        "dd.published",
    ]
    listing_fallback_link_selectors: ClassVar[list[str]] = [
        "div.blog h2 a::attr(href)",
        "p.readmore a::attr(href)",
    ]
    next_page_selectors: ClassVar[list[str]] = JOOMLA_NEXT

    title_selectors: ClassVar[list[str]] = [
        "div.item-page [itemprop=headline]",
        "div.item-page div.page-header h2",
        "div.item-page h2",
        "div.item-page h1",
    ]
    date_selectors: ClassVar[list[str]] = [
        "div.item-page dd.published time::attr(datetime)",
        "div.item-page dd.published",
        "dd.create time::attr(datetime)",
        "dd.create",
    ]
    modified_selectors: ClassVar[list[str]] = [
        "div.item-page dd.modified time::attr(datetime)",
        "div.item-page dd.modified",
    ]
    body_selectors: ClassVar[list[str]] = [
        "div.item-page div[itemprop=articleBody]",
        "div.item-page div.article-body",
    ]
    hits_selectors: ClassVar[list[str]] = ["div.item-page dd.hits", "dd.hits"]
    image_selectors: ClassVar[list[str]] = [
        "div.item-page div.item-image img::attr(src)",
        "div.item-page figure img::attr(src)",
    ]
    attachment_selectors: ClassVar[list[str]] = ["div.attachmentsContainer a.at_url"]
    tag_selectors: ClassVar[list[str]] = ["div.item-page ul.tags li a"]
    category_selectors: ClassVar[list[str]] = [
        "div.item-page dd.category-name a",
        "div.item-page dd.category-name",
    ]
    page_text_selectors: ClassVar[list[str]] = ["div.item-page"]


LAYOUT = JoomlaLayout()
