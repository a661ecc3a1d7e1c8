"""Joomla 3, 4 and 5 com_content: article and category blog/list views under any template.

Templates (Protostar, Cassiopeia, Helix, T4, ...) restyle com_content but keep the markup its
layouts print: schema.org microdata (`itemscope itemtype=".../Article"`, `itemprop="headline"`,
`articleBody`, `datePublished`, `dateModified`, `interactionCount`, `blogPost`), the
`article-info` block and Joomla's pagination list (`?start=N` / `limitstart=N`).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any, ClassVar

from lxml import etree

from crawler.items import Article
from pipelines.layouts.base import (
    Layout,
    Page,
    element_text,
    first_body,
    heading_above,
    next_in_pagination,
)
from pipelines.layouts.drupal import labelled_source
from pipelines.layouts.k2 import JOOMLA_NEXT

# The article's scope as com_content prints it (J3 div.item-page, J4/J5 div.com-content-article,
# any template override keeping the microdata, in whatever element: template frameworks print
# <article class="item-page" itemscope itemtype="https://schema.org/Article">).
ARTICLE = "[itemscope][itemtype$='schema.org/Article']"
# The same schema.org Article in RDFa, as template frameworks print it (YOOtheme, Gantry:
# `<article typeof="Article" vocab="https://schema.org/">`, `property="headline"`, `text`).
RDFA = "[typeof$=Article]"
# The article element of com_content's article view, whatever the template: J3's div.item-page
# (Beez3's override: article.item-page), J4/J5's div.com-content-article, or the microdata.
ARTICLE_SCOPES = (".item-page", ".com-content-article", ARTICLE)
# The parts com_content's article layout prints around the text (templates' overrides keep
# them): the heading (hgroup, div.page-header), the icons (ul.actions, div.icons), the info
# block (dl.article-info), the tags (ul.tags), the pagenavigation plugin (ul.pager,
# ul.pagenav) and the pagination of a multi-page article.
OWN_PARTS = (
    "self::hgroup or self::dl[contains(concat(' ', @class, ' '), ' article-info ')]"
    " or contains(concat(' ', @class, ' '), ' page-header ')"
    " or contains(concat(' ', @class, ' '), ' actions ')"
    " or contains(concat(' ', @class, ' '), ' icons ')"
    " or self::ul[contains(concat(' ', @class, ' '), ' tags ')]"
    " or contains(concat(' ', @class, ' '), ' pager ')"
    " or contains(concat(' ', @class, ' '), ' pagenav ')"
    " or contains(concat(' ', @class, ' '), ' pagination ')"
)
IS_OWN_PART = etree.XPath(f"boolean({OWN_PARTS})", smart_strings=False)


def text_between_parts(scope: Any) -> Any | None:
    """Return a new div holding the article's text printed straight in its element, or None.

    A template printing the text without com_content's body wrapper (Beez3: no
    div[itemprop=articleBody]) still prints the component's own parts around it; plugins add
    their blocks between those parts (a share bar before the info block, comments after the
    page navigation). The text is the run of children between two parts with the most text.
    """
    runs: list[list[Any]] = [[]]
    leads: list[str] = [scope.text or ""]
    for child in scope:
        if isinstance(child.tag, str) and IS_OWN_PART(child):
            runs.append([])
            leads.append(child.tail or "")
        else:
            runs[-1].append(child)

    def size(i: int) -> int:
        texts = [leads[i], *(element_text(c) or "" for c in runs[i])]
        texts += [c.tail or "" for c in runs[i]]
        return len("".join("".join(texts).split()))

    best = max(range(len(runs)), key=size)
    if not size(best):
        return None
    div = scope.makeelement("div", {})  # the scope's own element class (lxml.html's on a page)
    div.text = leads[best]
    for child in runs[best]:
        div.append(deepcopy(child))
    return div


class JoomlaLayout(Layout):
    """A Joomla 3 site: blog listing div.blog with ?start=N pages, div.item-page articles."""

    cms = "joomla"
    listing_entry_selectors: ClassVar[list[str]] = [
        # J3-J5 blog items, leading and intro alike, whatever the template's wrappers
        "[itemprop=blogPost]",
        # J1.6-J2.5 print no microdata: the leading items (div.leading-N, straight under
        # div.blog in beez_20's override) come before the intro items' rows
        "div.blog div.items-row div.item, div.blog div[class^='leading-']",
        "div.blog div.items-leading > div",
        "div.blog div.item",
        # templates overriding the blog with HTML5 sections: a "blog" container holding an
        # <article> per item (the leading ones, at least) and the intro rows' items
        ".blog article, .blog .item",
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
        ".blog h2 a::attr(href)",
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
        # com_content's article element under a template override without microdata (J3's
        # stock Beez3: <article class="item-page">, the headline an h2 under the page heading)
        ".item-page h2",
        ".item-page h1",
    ]
    # Publication first: com_content's info block prints the creation (dd.create, "Created",
    # "สร้างเมื่อ"), the last change (dd.modified) and publish_up (dd.published, "Published",
    # "เผยแพร่"); a scheduled item is created before it is published. The creation date is
    # the publication only when no publish date is printed.
    date_selectors: ClassVar[list[str]] = [
        ".item-page dd.published time::attr(datetime)",
        ".item-page dd.published",
        f"{ARTICLE} time[itemprop=datePublished]::attr(datetime)",
        f"{ARTICLE} .published time::attr(datetime)",
        f"{RDFA} [property=datePublished]::attr(content)",
        "dd.create time::attr(datetime)",
        "dd.create",
        # a template override wrapping the info items in their own elements inside the dd
        "dl.article-info .published",
    ]
    modified_selectors: ClassVar[list[str]] = [
        ".item-page dd.modified time::attr(datetime)",
        ".item-page dd.modified",
        f"{ARTICLE} time[itemprop=dateModified]::attr(datetime)",
        f"{ARTICLE} .modified time::attr(datetime)",
        f"{RDFA} [property=dateModified]::attr(content)",
        "dl.article-info .modified",
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
        ".item-page dd.hits",
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
        ".item-page ul.tags li a",
        f"{ARTICLE} ul.tags li a",
        # com_tags' microdata on each tag item, in whatever list a template prints
        f"{ARTICLE} [itemprop=keywords] a",
        f"{RDFA} a[href*='component/tags/tag']",  # com_tags links, non-SEF
    ]
    category_selectors: ClassVar[list[str]] = [
        ".item-page dd.category-name a",
        ".item-page dd.category-name",
        f"{ARTICLE} .category-name a",
        f"{RDFA} [property=articleSection]::attr(content)",
    ]
    page_text_selectors: ClassVar[list[str]] = [".item-page", ARTICLE, RDFA]

    # Custom fields as Joomla 4/5 core's com_fields prints them (layouts/field/render.php):
    # li.field-entry > span.field-label + span.field-value.
    custom_field_selector: ClassVar[str] = ".fields-container .field-entry, dd.field-entry"

    def extract(
        self, page: Page, url: str, *, site: str = "", listed_title: str | None = None
    ) -> Article:
        """Read the article, and the source from a custom field labelled แหล่งข่าว / ที่มา.

        A template printing the text straight in the article element: the text between
        com_content's own parts (text_between_parts).

        An article hiding its own title (show_title off) under a template's page-title band:
        the band's h1 that is the page's head title is the headline.
        """
        article = super().extract(page, url, site=site, listed_title=listed_title)
        if article.body_element is None and article.body_html is None:
            scopes = first_body(page, ARTICLE_SCOPES)
            if len(scopes) == 1 and hasattr(scopes[0].root, "iter"):
                article.body_element = text_between_parts(scopes[0].root)
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
