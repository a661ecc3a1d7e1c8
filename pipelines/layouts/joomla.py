"""Joomla 3, 4 and 5 com_content: article and category blog/list views under any template.

Templates (Protostar, Cassiopeia, Helix, T4, ...) restyle com_content but keep the markup its
layouts print: schema.org microdata (`itemscope itemtype=".../Article"`, `itemprop="headline"`,
`articleBody`, `datePublished`, `dateModified`, `interactionCount`, `blogPost`), the
`article-info` block and Joomla's pagination list (`?start=N` / `limitstart=N`).
"""

from __future__ import annotations

from typing import ClassVar

from crawler.items import Article
from pipelines.layouts.base import Layout, Page, first_body, heading_above, next_in_pagination
from pipelines.layouts.drupal import labelled_source
from pipelines.layouts.k2 import JOOMLA_NEXT

# The article's scope as com_content prints it (J3 div.item-page, J4/J5 div.com-content-article,
# any template override keeping the microdata, in whatever element: template frameworks print
# <article class="item-page" itemscope itemtype="https://schema.org/Article">).
ARTICLE = "[itemscope][itemtype$='schema.org/Article']"
# The same schema.org Article in RDFa, as template frameworks print it (YOOtheme, Gantry:
# `<article typeof="Article" vocab="https://schema.org/">`, `property="headline"`, `text`).
RDFA = "[typeof$=Article]"


class JoomlaLayout(Layout):
    """A Joomla 3 site: blog listing div.blog with ?start=N pages, div.item-page articles."""

    cms = "joomla"
    listing_entry_selectors: ClassVar[list[str]] = [
        # J3-J5 blog items, leading and intro alike, whatever the template's wrappers
        "[itemprop=blogPost]",
        "div.blog div.items-row div.item",
        "div.blog div.items-leading > div",
        "div.blog div.item",
        "table.category tbody tr",
        "div.category-list li",
        "div.com-content-category-blog__item",
    ]
    listing_link_selectors: ClassVar[list[str]] = [
        "h2[itemprop=name] a::attr(href)",
        "div.page-header h2 a::attr(href)",
        "td.list-title a::attr(href)",
        "h2 a::attr(href)",
        "a.readmore::attr(href)",
        "p.readmore a::attr(href)",
        "[itemprop=name] a::attr(href)",
        "h3 a::attr(href)",
        "a[itemprop=url]::attr(href)",
    ]
    listing_date_selectors: ClassVar[list[str]] = [
        "dd.published time::attr(datetime)",
        "td.list-date",
        "dd.published",
        "time[itemprop=datePublished]::attr(datetime)",
        ".published time::attr(datetime)",
    ]
    listing_fallback_link_selectors: ClassVar[list[str]] = [
        "div.blog h2 a::attr(href)",
        "p.readmore a::attr(href)",
    ]
    next_page_selectors: ClassVar[list[str]] = JOOMLA_NEXT

    title_selectors: ClassVar[list[str]] = [
        "div.item-page [itemprop=headline]",
        # Joomla 3's older microdata marks the headline itemprop=name (Helix3 prints the
        # article-info block before it, under a page-title h2 naming the category)
        ".item-page h2[itemprop=name]",
        ".item-page h1[itemprop=name]",
        "div.item-page div.page-header h2",
        "div.item-page h2",
        "div.item-page h1",
        f"{ARTICLE} [itemprop=headline]",
        "div.com-content-article div.page-header h1",
        "div.com-content-article div.page-header h2",
        f"{RDFA} [property=headline]",
    ]
    date_selectors: ClassVar[list[str]] = [
        "div.item-page dd.published time::attr(datetime)",
        "div.item-page dd.published",
        "dd.create time::attr(datetime)",
        "dd.create",
        f"{ARTICLE} time[itemprop=datePublished]::attr(datetime)",
        f"{ARTICLE} .published time::attr(datetime)",
        f"{RDFA} [property=datePublished]::attr(content)",
    ]
    modified_selectors: ClassVar[list[str]] = [
        "div.item-page dd.modified time::attr(datetime)",
        "div.item-page dd.modified",
        f"{ARTICLE} time[itemprop=dateModified]::attr(datetime)",
        f"{ARTICLE} .modified time::attr(datetime)",
        f"{RDFA} [property=dateModified]::attr(content)",
    ]
    body_selectors: ClassVar[list[str]] = [
        "div.item-page div[itemprop=articleBody]",
        "div.item-page div.article-body",
        "div.com-content-article__body",
        f"{ARTICLE} [itemprop=articleBody]",
        f"{RDFA} [property=articleBody]",
        f"{RDFA} [property=text]",
    ]
    hits_selectors: ClassVar[list[str]] = [
        "div.item-page dd.hits",
        "dd.hits",
        f"{ARTICLE} [itemprop=interactionCount]::attr(content)",  # UserPageVisits:N
        f"{ARTICLE} .article-info .hits",
    ]
    image_selectors: ClassVar[list[str]] = [
        "div.item-page div.item-image img::attr(src)",
        "div.item-page figure img::attr(src)",
        f"{ARTICLE} [itemprop=image]::attr(src)",
    ]
    attachment_selectors: ClassVar[list[str]] = ["div.attachmentsContainer a.at_url"]
    tag_selectors: ClassVar[list[str]] = [
        "div.item-page ul.tags li a",
        f"{ARTICLE} ul.tags li a",
        # com_tags' microdata on each tag item, in whatever list a template prints
        f"{ARTICLE} [itemprop=keywords] a",
        f"{RDFA} a[href*='component/tags/tag']",  # com_tags links, non-SEF
    ]
    category_selectors: ClassVar[list[str]] = [
        "div.item-page dd.category-name a",
        "div.item-page dd.category-name",
        f"{ARTICLE} .category-name a",
        f"{RDFA} [property=articleSection]::attr(content)",
    ]
    page_text_selectors: ClassVar[list[str]] = ["div.item-page", ARTICLE, RDFA]

    # Custom fields as Joomla 4/5 core's com_fields prints them (layouts/field/render.php):
    # li.field-entry > span.field-label + span.field-value.
    custom_field_selector: ClassVar[str] = ".fields-container .field-entry, dd.field-entry"

    def extract(
        self, page: Page, url: str, *, site: str = "", listed_title: str | None = None
    ) -> Article:
        """Read the article, and the source from a custom field labelled แหล่งข่าว / ที่มา.

        An article hiding its own title (show_title off) under a template's page-title band:
        the band's h1 that is the page's head title is the headline.
        """
        article = super().extract(page, url, site=site, listed_title=listed_title)
        if article.title is None:
            article.title = heading_above(page, first_body(page, self.body_selectors), listed_title)
        if article.source is None:
            article.source = labelled_source(
                page, self.custom_field_selector, ".field-label", ".field-value"
            )
        return article

    def next_page(self, page: Page, url: str) -> str | None:
        """Return the Next link, else the page after the current one in Joomla's pagination.

        Joomla 4/5 print the next link as an icon (`span.icon-angle-right`) with a translated
        aria-label, so the list's current item and the link after it are read instead.
        """
        return super().next_page(page, url) or next_in_pagination(page, url)


LAYOUT = JoomlaLayout()
