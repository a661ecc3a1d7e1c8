"""One layout per CMS family: selector lists plus `extract(page, url) -> Article`, pure.

>>> layout("k2").cms
'k2'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from crawler.items import Article
from crawler.urls import canonical_url
from pipelines.boilerplate import folded_text
from pipelines.click_links import with_click_links
from pipelines.generic import (
    date_only_stamp,
    edit_times,
    may_print_modified,
    printed_modified,
    title_for_listed,
)
from pipelines.layouts import drupal, generic, joomla, k2, provincial, thaigov, wordpress
from pipelines.layouts.base import (
    GATED_PROBLEM,
    Layout,
    Link,
    Page,
    body_element_of,
    day_of,
    first,
    first_body,
    node_text,
)
from pipelines.layouts.cards import HEADINGS, card_test
from pipelines.layouts.split_pages import next_part
from pipelines.render_time import is_render_time
from pipelines.thai_dates import find_thai_dates
from pipelines.title_marks import without_title_marks

LAYOUTS: dict[str, Layout] = {
    module.LAYOUT.cms: module.LAYOUT
    for module in (k2, joomla, wordpress, drupal, provincial, thaigov, generic)
}


class UnknownLayout(LookupError):
    """A CMS family no layout reads."""

    def __str__(self) -> str:
        return str(self.args[0])


def layout(cms: str) -> Layout:
    """Return the layout of CMS family *cms*, or raise UnknownLayout naming the known ones."""
    try:
        return LAYOUTS[cms]
    except KeyError:
        known = ", ".join(sorted(LAYOUTS))
        raise UnknownLayout(f"unknown CMS family {cms!r}; known families: {known}") from None


# Problems starting so mark a record a family layout could not read by itself.
LAYOUT_PROBLEM = "layout:"
# What a layout may raise on a page its rules choke on (the crawl records, never crashes).
EXTRACTION_ERRORS = (ValueError, TypeError, AttributeError, LookupError)
# A page where the family's listing rules find this many article links is a listing.
LISTING_MIN_LINKS = 2


# An ellipsis a theme puts where it cut a headline short ("... 6 ภาค ปี…", "...ราง...").
CUT_TITLE_RE = re.compile(r"\s*(?:…|\.{3})\s*$")
# Separators between a <title>'s headline and the site's name after it.
TITLE_SITE_SEPARATORS = (" – ", " — ", " | ", " :: ", " - ")
TITLE_SITE_CHARS = 80  # a site name after the headline is short


def whole_title(page: Page, title: str | None) -> str | None:
    """Return *title* completed when it ends in an ellipsis and the page prints it whole: a
    heading or og:title that starts with the cut words, else <title> less the site's name.

    >>> page = Page(text='<title>นายกฯ ประชุมร่วม ก.บ.ภ. เห็นชอบแผน 6 ภาค ปี 60 - 65 – สำนักงาน</title>'
    ...     '<h2>นายกฯ ประชุมร่วม ก.บ.ภ. เห็นชอบแผน…</h2>')
    >>> whole_title(page, "นายกฯ ประชุมร่วม ก.บ.ภ. เห็นชอบแผน…")
    'นายกฯ ประชุมร่วม ก.บ.ภ. เห็นชอบแผน 6 ภาค ปี 60 - 65'
    """
    if not title or not CUT_TITLE_RE.search(title):
        return title
    cut = CUT_TITLE_RE.sub("", title)
    if len(cut) < MIN_CUT_TITLE:
        return title
    root = page.sel.root
    printed = [" ".join(" ".join(el.itertext()).split()) for el in root.iter(*HEADINGS)]
    printed += [
        " ".join(v.split())
        for v in page.sel.css('meta[property="og:title"]::attr(content)').getall()
    ]
    for text in printed:
        if text.startswith(cut) and len(text) > len(cut) and not CUT_TITLE_RE.search(text):
            return text
    for el in root.iter("title"):
        whole = " ".join(" ".join(el.itertext()).split())
        if not whole.startswith(cut) or len(whole) <= len(cut):
            continue
        rest = whole[len(cut) :]
        for separator in TITLE_SITE_SEPARATORS:
            at = rest.rfind(separator)
            if at >= 0 and len(rest) - at - len(separator) <= TITLE_SITE_CHARS:
                return (cut + rest[:at]).strip()
    return title


MIN_CUT_TITLE = 20  # a cut headline keeps enough words to be told apart


def date_beside_headline(page: Page, url: str, title: str, body: Any) -> str | None:
    """Return the date printed between the headline *title* and the text element *body* (a
    theme builder's post-info row under the headline), as the generic layout reads it.

    A date above the headline (a side list's, a date line over it) or after the text (a
    comment's) is not the post's meta row; nor is one on a page printing only edit times.
    """

    between = _text_between(page.sel.root, " ".join(title.split()), body)
    if not between or not find_thai_dates(between):
        return None  # nothing dated between headline and text (the cheap test first)

    if edit_times(page.sel.root, in_card=card_test(page, url)):
        return None
    beside = generic.date_beside_title(page, title, url)
    dates = find_thai_dates(beside) if beside else []
    return beside if dates and dates[0].text in between else None


def _text_between(root: Any, title: str, body: Any) -> str | None:
    """Return the text printed after the headline element saying *title* and before *body*
    (spaces folded), or None when no headline precedes it."""
    headline = None
    inside: set[Any] = set()
    texts: list[str] = []
    for el in root.iter():
        if el is body:
            break
        if headline is None:
            if el.tag in HEADINGS and folded_text(el) == title:
                headline, inside = el, set(el.iter())
                texts.append(el.tail or "")
            continue
        if el in inside or not isinstance(el.tag, str):
            continue
        texts.append(el.text or "")
        texts.append(el.tail or "")
    else:
        return None  # the text element was never reached
    return " ".join(" ".join(texts).split()) if headline is not None else None


def read_article(
    reader: Layout, page: Page, url: str, *, site: str = "", listed_title: str | None = None
) -> Article:
    """Extract with a family's layout; where its selectors miss the page, read it generically.

    See _read_article; a headline the theme cut short ("... ปี…") is completed from the page
    element or <title> that prints it whole.
    """
    article = _read_article(reader, page, url, site=site, listed_title=listed_title)
    article.title = without_title_marks(page.sel.root, whole_title(page, article.title))
    article.next_part = next_part(page, url)
    return article


def local_midnight_day(value: str) -> str:
    """Return the day of a machine value at midnight of a zone other than UTC (a date-only
    placeholder), else the value as it is.

    >>> local_midnight_day("2022-09-21T00:00:00+07:00"), local_midnight_day("2022-09-21T00:00:00Z")
    ('2022-09-21', '2022-09-21T00:00:00Z')
    """
    day = date_only_stamp(value)
    return day if day is not None and "T00:00" in value else value


def _read_article(
    reader: Layout, page: Page, url: str, *, site: str = "", listed_title: str | None = None
) -> Article:
    """Extract with a family's layout; where its selectors miss the page, read it generically.

    A site of a known CMS on a template the family's selectors do not know (another theme, a
    template override) loses nothing: the parts the family found stay, and the title, body,
    dates and fields it did not find come from the generic layout.

    *listed_title*: the link text the listing gave this page. A title that is not it (an
    office name in <title> on every page) gives way to the page element printing it.
    """
    try:
        article = reader.extract(page, url, site=site, listed_title=listed_title)
    except EXTRACTION_ERRORS as error:
        if reader.cms == "generic":
            raise
        # a family's rule that chokes on this template loses nothing: the page is read as an
        # unknown site's would be, and the record says why
        article = LAYOUTS["generic"].extract(page, url, site=site, listed_title=listed_title)
        article.problems.append(
            f"{LAYOUT_PROBLEM} the {reader.cms} layout failed ({type(error).__name__}: "
            f"{error}); read with the generic layout"
        )
        return article
    article.title = title_for_listed(page.sel.root, article.title, listed_title)
    # a family's declared time that is the moment the page was served: the printed date first
    rendered = article.published_at_raw if reader.cms != "generic" else None
    if rendered and is_render_time(rendered):
        article.published_at_raw = None
    else:
        rendered = None
    if reader.cms != "generic" and not article.published_at_raw and article.title:
        # No date element of the family's: a date printed beside the headline (a theme
        # builder's post-info widget) before any date the text tells, as the generic reads it.
        body = first_body(page, reader.body_selectors)
        beside = (
            date_beside_headline(page, url, article.title, body[0].root)
            if body_element_of(body)
            else None
        )
        if beside:
            article.published_at_raw = generic.precise_date(page, beside)
            article.published_source = generic.BESIDE_TITLE
    article.published_at_raw = article.published_at_raw or rendered
    own_date = article.published_source != generic.BESIDE_TITLE
    if reader.cms != "generic" and article.published_at_raw and own_date:
        # A family's machine date at midnight of the site's zone: a date-only value (a post
        # imported with its day alone), as the generic reading takes it.
        article.published_at_raw = local_midnight_day(article.published_at_raw)
        # A family's date element printing the day alone ("25 ธันวาคม 2023") while the page
        # declares the same day with its time (JSON-LD, <time datetime>): the time is kept.
        timed = generic.precise_date(page, article.published_at_raw)
        if timed != article.published_at_raw and day_of(timed) == day_of(article.published_at_raw):
            article.published_at_raw = timed
            article.published_source = generic.SAME_DAY_TIMED
    family_missed_modified = reader.cms != "generic" and not article.modified_at_raw
    if family_missed_modified and may_print_modified(page.words()):
        # A theme printing the node's last update outside the family's markup (a line under
        # the node marked "last-updated"): read as the generic layout reads it.
        article.modified_at_raw = printed_modified(page.sel.root, card_test(page, url))
    if reader.cms != "generic" and article.modified_at_raw:
        article.modified_at_raw = generic.precise_modified(page, article.modified_at_raw)
    if is_render_time(article.modified_at_raw) and not is_render_time(article.published_at_raw):
        article.modified_at_raw = None  # "updated" as the page was served, not an edit
    if reader.cms == "generic" or (article.title and has_body(article)):
        return article
    if any(problem.startswith(GATED_PROBLEM) for problem in article.problems):
        return article  # the post's text is withheld: what else the page prints is no article
    fallback = LAYOUTS["generic"].extract(page, url, site=site, listed_title=listed_title)
    if not has_body(article) and not has_body(fallback):
        return article  # no article on the page at all: the family's (empty) reading stands
    if not article.title and is_listing(reader, page, url, fallback):
        return article  # no headline, and the text found is the family listing's teasers
    missing = [
        name for name, found in (("title", article.title), ("body", has_body(article))) if not found
    ]
    # The layout no longer fits this page: say so (crawl health and `check` report it).
    article.problems.append(
        f"{LAYOUT_PROBLEM} the {reader.cms} layout found no {' or '.join(missing)}; "
        "read with the generic layout"
    )
    if not has_body(article):
        article.body_element, article.body_html, article.body = None, None, fallback.body
        article.source = article.source or fallback.source
        article.images = article.images or fallback.images
        article.attachments = article.attachments or fallback.attachments
        article.modified_at_raw = article.modified_at_raw or fallback.modified_at_raw
        if article.view_count is None and not article.view_count_raw:
            article.view_count = fallback.view_count
        article.tags = article.tags or fallback.tags
    article.title = article.title or fallback.title
    if not article.published_at_raw and fallback.published_at_raw:
        article.published_at_raw = fallback.published_at_raw
        article.published_source = f"generic: {fallback.published_source}"
    return article


def is_listing(reader: Layout, page: Page, url: str, fallback: Article) -> bool:
    """Tell whether the page is a listing of the family: its entries hold the text found.

    An article page may carry a block of the family's listing markup (a "related news" view);
    there the text the generic layout found lies outside the entries, and the page is read.
    """
    if len(reader.extract_links(page, url)) < LISTING_MIN_LINKS:
        return False
    nodes = first(page, reader.listing_entry_selectors)
    roots = {n.root for n in nodes}
    # An "entry" holding other entries is the article around its related-posts cards.
    inner = [
        n
        for n in nodes
        if not hasattr(n.root, "iterdescendants")
        or not any(d in roots for d in n.root.iterdescendants())
    ]
    entries = " ".join(text for text in (node_text(n) for n in inner) if text)
    lines = [line for line in (fallback.body or "").splitlines() if line.strip()]
    if not lines:
        return True
    squashed = "".join(entries.split())
    inside = sum(len(line) for line in lines if "".join(line.split()) in squashed)
    return inside * 2 >= sum(len(line) for line in lines)


def read_links(
    reader: Layout, page: Page, url: str, *, allowed: Callable[[str], bool] | None = None
) -> list[Link]:
    """Return a listing page's article links: the family's, or the generic layout's where the
    family's selectors find none (a site of that CMS on a template they do not know)."""
    return read_links_checked(reader, page, url, allowed=allowed)[0]


def read_links_checked(
    reader: Layout,
    page: Page,
    url: str,
    *,
    allowed: Callable[[str], bool] | None = None,
    trusted: bool = False,
) -> tuple[list[Link], bool]:
    """Return read_links()'s links and whether the family's links held every link the generic
    reader found (the family's selectors cover the site's listings).

    *trusted* (the family's links held on earlier pages of the same walk) skips the generic
    reading where the family finds links: the pages of one listing share their template.
    """
    if hasattr(page.sel.root, "iter"):
        with_click_links(page.sel.root)  # rows and cards that open their article by script
    try:
        links = reader.extract_links(page, url, allowed=allowed)
    except EXTRACTION_ERRORS:
        if reader.cms == "generic":
            raise
        # a family rule choking on this template: the listing is read as an unknown site's
        return LAYOUTS["generic"].extract_links(page, url, allowed=allowed), False
    if reader.cms == "generic" or (trusted and links):
        return links, bool(links)
    found = LAYOUTS["generic"].extract_links(page, url, allowed=allowed)
    if not links:
        return found, False
    # The family's selectors caught one block of the list (a "latest" box, the first rows of a
    # view, a sidebar's rel=bookmark links) when the page's headline links hold all of theirs
    # and half as many again.
    mine = {canonical_url(href) for href, _ in links}
    theirs = {canonical_url(href) for href, _ in found}
    if mine < theirs and 2 * len(theirs) >= 3 * len(mine):
        return found, False
    return links, theirs <= mine


def has_body(article: Article) -> bool:
    """Tell whether a layout found the article's body (an element, HTML or text)."""
    element = article.body_element
    if element is not None and any(text.strip() for text in element.itertext()):
        return True
    return bool((article.body_html or "").strip() or (article.body or "").strip())


__all__ = [
    "LAYOUTS",
    "LAYOUT_PROBLEM",
    "Layout",
    "Page",
    "UnknownLayout",
    "has_body",
    "layout",
    "read_article",
    "read_links",
    "read_links_checked",
]
