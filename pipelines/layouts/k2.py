"""K2 (Joomla + K2 2.6 to 2.10): item pages by K2's template, category listings with ?start=N."""

from __future__ import annotations

import copy
from typing import ClassVar

from crawler.items import Article
from pipelines.layouts.base import Layout, Page
from pipelines.layouts.drupal import labelled_source
from pipelines.text import clean_lines, html_to_lines

# K2 category listing: entries and their parts (K2 2.6 to 2.10 share this markup).
K2_ENTRIES = [
    # a category's items, then its "links" items (titles only, under "More items..." /
    # "รายการเพิ่มเติม...", the category's last items on a page)
    "div.catItemView, div#itemListLinks li",
    "div.itemContainer",
    "div.tagItemView",
    "div.genericItemView",
    "div.latestItemView",
    "div.k2ItemsBlock li",
]
K2_ENTRY_LINKS = [
    "h3.catItemTitle a::attr(href)",
    "h2.catItemTitle a::attr(href)",
    "h2.tagItemTitle a::attr(href)",
    "h2.genericItemTitle a::attr(href)",
    "h2.latestItemTitle a::attr(href)",
    "a.moduleItemTitle::attr(href)",
    "a.k2ReadMore::attr(href)",
    "a[href*='/item/']::attr(href)",
    "a[href*='view=item']::attr(href)",
]
K2_ENTRY_DATES = [
    "span.catItemDateCreated",
    "span.tagItemDateCreated",
    "span.genericItemDateCreated",
    "span.latestItemDateCreated",
    "span.moduleItemDateCreated",
]
# Joomla page links: li.pagination-next, a[title=Next], Thai "ต่อไป", Bootstrap icons.
JOOMLA_NEXT = [
    "li.pagination-next a::attr(href)",
    "a.next::attr(href)",
    "a[title='Next']::attr(href)",
    "a[title='ต่อไป']::attr(href)",
    "a[rel='next']::attr(href)",
    "a.pagenav[title='ถัดไป']::attr(href)",
    "div.k2Pagination a:contains('ต่อไป')::attr(href)",
    "div.k2Pagination a:contains('Next')::attr(href)",
    "div.pagination a:contains('ต่อไป')::attr(href)",
    "div.pagination a:contains('Next')::attr(href)",
]


class K2Layout(Layout):
    """A Joomla K2 site: category listings with ?start=N pages, item pages by K2's template."""

    cms = "k2"
    listing_entry_selectors: ClassVar[list[str]] = K2_ENTRIES
    listing_link_selectors: ClassVar[list[str]] = K2_ENTRY_LINKS
    listing_date_selectors: ClassVar[list[str]] = K2_ENTRY_DATES
    listing_fallback_link_selectors: ClassVar[list[str]] = [
        "a[href*='/item/']::attr(href)",
        "a[href*='view=item']::attr(href)",
    ]
    next_page_selectors: ClassVar[list[str]] = JOOMLA_NEXT

    title_selectors: ClassVar[list[str]] = [
        "div.itemView h2.itemTitle",
        "h2.itemTitle",
        ".itemTitle",
        # K2's item container (#k2Container.itemView) in a template's HTML5 override: an
        # <article> whose <header> prints the headline as h1 or h2 (GavickPro, YOOtheme)
        ".itemView h1",
        ".itemView > header h2",
    ]
    date_selectors: ClassVar[list[str]] = [
        "div.itemView span.itemDateCreated",
        "span.itemDateCreated",
        ".itemDateCreated",
        # an HTML5 override's <time datetime> in the item's header (K2's own prints the
        # span above; GavickPro's li.itemDate > time)
        ".itemView > header time[datetime]::attr(datetime)",
    ]
    modified_selectors: ClassVar[list[str]] = ["span.itemDateModified", ".itemDateModified"]
    body_selectors: ClassVar[list[str]] = [
        "div.itemView div.itemIntroText, div.itemView div.itemFullText",
        "div.itemIntroText, div.itemFullText",
        "div.itemBody",
    ]
    hits_selectors: ClassVar[list[str]] = ["span.itemHits", ".itemHits"]
    image_selectors: ClassVar[list[str]] = [
        "div.itemImageBlock span.itemImage a::attr(href)",
        "div.itemImageBlock img::attr(src)",
        "span.itemImage img::attr(src)",
    ]
    attachment_selectors: ClassVar[list[str]] = [
        "ul.itemAttachments a[href]:not(.itemAttachmentsCounter)",
        "div.itemAttachmentsBlock a[href]",
    ]
    tag_selectors: ClassVar[list[str]] = ["ul.itemTags li a", "div.itemTagsBlock a"]
    category_selectors: ClassVar[list[str]] = ["div.itemCategory a", "span.itemCategory a"]
    # The item view only: a category listing's k2Container (itemListView) holds teaser dates
    # that are no date of the page.
    page_text_selectors: ClassVar[list[str]] = ["#k2Container.itemView", ".itemView"]

    def extract(
        self, page: Page, url: str, *, site: str = "", listed_title: str | None = None
    ) -> Article:
        """Read the item, and the source from an extra field labelled ที่มา / หน่วยงานเจ้าของข่าว
        when the text itself names none (a "ที่มา :" line in the text is the editor's word)."""
        article = super().extract(page, url, site=site, listed_title=listed_title)
        if article.source is not None:
            return article
        field = labelled_source(
            page, "div.itemExtraFields li", ".itemExtraFieldsLabel", ".itemExtraFieldsValue"
        )
        if field and not _text_names_source(article):  # reading the text again costs: last
            article.source = field
        return article


def _text_names_source(article: Article) -> bool:
    """Tell whether the item's text prints a source line of its own."""
    if article.body_element is None:
        return False
    return clean_lines(html_to_lines(copy.deepcopy(article.body_element))).source is not None


LAYOUT = K2Layout()
