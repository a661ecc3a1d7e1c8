"""WordPress: single posts (archive /page/N/ listings) and posts from the REST API."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from lxml import etree

from crawler.items import Article
from crawler.urls import canonical_url
from pipelines.boilerplate import folded_text
from pipelines.generic import declared_dates
from pipelines.layouts.base import Layout, Page, first, labelled_modified, with_row_time
from pipelines.layouts.cards import card_test, in_item_list
from pipelines.layouts.drupal import labelled_source
from pipelines.thai_dates import parse_thai_date_detailed

REST_PATH = "/wp-json/wp/v2/posts"
# An ISO-8601 timestamp printed as an element's text (a machine value, not a reader's date).
ISO_TEXT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?$")
# A post's meta row: "entry-meta", "post-meta", Avada's "fusion-meta-info".
META_ROW_CLASS = re.compile(r"(?:^|[\s_-])meta(?:$|[\s_-])", re.I)
# hAtom's published element, and an "updated" time of its own (not the one time of a
# never-edited post, classed "published updated").
HATOM_PUBLISHED = etree.XPath(
    "descendant::*/@class[contains(concat(' ', normalize-space(.), ' '), ' published ')]/parent::*",
    smart_strings=False,
)
HATOM_UPDATED_TIME = etree.XPath(
    ".//time[@datetime][contains(concat(' ', normalize-space(@class), ' '), ' updated ')]"
    "[not(contains(concat(' ', normalize-space(@class), ' '), ' published '))]",
    smart_strings=False,
)
# ... and any element whose class says published / updated (spaces around it not folded)
CLASSED_PUBLISHED = etree.XPath(
    "descendant::*/@class[contains(concat(' ', ., ' '), ' published ')]/parent::*"
)
CLASSED_UPDATED = etree.XPath(
    "descendant::*/@class[contains(concat(' ', ., ' '), ' updated ')]/parent::*"
)
META_DATE_CHARS = 40  # one date item of a meta row


def machine_updated(root: Any) -> str | None:
    """Return the ISO text of an hAtom "updated" element beside no "published" one.

    Themes hide the post's modified time for rich snippets as text (Avada prints
    <span class="updated rich-snippet-hidden">2018-12-27T13:40:31+07:00</span>); a human
    date in an "updated" element is the one post date some themes print, and is left alone.
    """
    if CLASSED_PUBLISHED(root):
        return None
    for el in CLASSED_UPDATED(root):
        text = "".join(el.itertext()).strip()
        if ISO_TEXT_RE.match(text):
            return text
    return None


def meta_row_updated(root: Any, skip: Callable[[Any], bool] | None = None) -> str | None:
    """Return the machine time of the "updated" element in the meta row printing "published".

    Themes print the hAtom pair as two items of the post's meta row, each in a wrapper of its
    own (<span class="posted-on"><time class="published">, <span class="updated-on"><time
    class="updated">), so they are no siblings; the first row holding a published element is
    the post's (related cards come after it).
    """
    for row in root.iter():
        if not isinstance(row.tag, str) or not META_ROW_CLASS.search(row.get("class") or ""):
            continue
        if not HATOM_PUBLISHED(row) or (skip is not None and skip(row)):
            continue
        for el in HATOM_UPDATED_TIME(row):
            return el.get("datetime").strip() or None
        return None
    return None


def meta_row_date(root: Any, skip: Callable[[Any], bool] | None = None) -> str | None:
    """Return the first item of the post's meta row that is a date and nothing much else.

    Themes without a time element print the date as a plain item of the row ("By admin |
    ตุลาคม 3rd, 2018 | Categories: ..."); a hidden machine "updated" value is skipped, and
    so are the rows *skip* names (other posts' cards: a page builder's single-post template
    holds a related-posts grid, each card with its meta row).
    """
    for row in root.iter():
        if not isinstance(row.tag, str) or not META_ROW_CLASS.search(row.get("class") or ""):
            continue
        if skip is not None and skip(row):
            continue
        for el in row.iter("span", "time", "li", "div"):
            classes = f" {el.get('class') or ''} "
            if " updated " in classes or "hidden" in classes:
                continue
            text = folded_text(el)
            if not text or len(text) > META_DATE_CHARS or ISO_TEXT_RE.match(text):
                continue
            parsed = parse_thai_date_detailed(text)
            if parsed is not None and (parsed.end - parsed.start) * 10 >= len(text) * 8:
                return with_row_time(text, el)  # a time printed as the row's next item
    return None


def is_rest_listing(url: str) -> bool:
    """Return whether *url* is a WordPress REST posts collection.

    >>> is_rest_listing("https://a.go.th/wp-json/wp/v2/posts?page=2&per_page=20")
    True
    >>> is_rest_listing("https://a.go.th/?rest_route=/wp/v2/posts")
    True
    """
    parts = urlsplit(url)
    route = parse_qs(parts.query).get("rest_route", [""])[0]
    return parts.path.rstrip("/").endswith(REST_PATH) or route.rstrip("/") == "/wp/v2/posts"


def rest_page_url(url: str, page: int) -> str:
    """Return the REST collection URL for page *page* (other query parameters kept).

    >>> rest_page_url("http://h/wp-json/wp/v2/posts?per_page=10", 3)
    'http://h/wp-json/wp/v2/posts?per_page=10&page=3'
    """
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qs(parts.query, keep_blank_values=True).items() if k != "page"
    ]
    pairs = [(k, item) for k, values in query for item in values] + [("page", str(page))]
    return urlunsplit(parts._replace(query=urlencode(pairs)))


# tagDiv's themes (Newspaper, Newsmag) print the post's source and via settings as small
# boxes under the text (a box each in td-post-source-via, or div.td-post-source alone).
TAGDIV_SOURCE_BOXES = "div.td-post-source-via .td-post-small-box, div.td-post-source"


def _card_test(page: Page, url: str) -> Callable[[Any], bool]:
    """Return a test telling whether an element lies in an article's card on the page: another
    article's, or an item of a list of posts (the page's own among them)."""
    carded = card_test(page, url)
    return lambda el: carded(el) or in_item_list(el)


class WordPressLayout(Layout):
    """A WordPress site: archive pages of article.post, single posts, REST API posts."""

    cms = "wordpress"
    reads_rest = True
    # the labelled line comes after the declared and hAtom updated values (extract below)
    reads_labelled_modified = False
    listing_entry_selectors: ClassVar[list[str]] = [
        "article.post",
        "article.type-post",
        "div.post",
        "li.wp-block-post",
    ]
    listing_link_selectors: ClassVar[list[str]] = [
        "h2.entry-title a::attr(href)",
        "h1.entry-title a::attr(href)",
        "h3.entry-title a::attr(href)",
        ".entry-title a::attr(href)",
        "a[rel=bookmark]::attr(href)",
        "a.more-link::attr(href)",
        # page builders (Elementor's Posts widget, block themes) print the entry's headline
        # link in a heading of their own class
        "h2 a::attr(href)",
        "h3 a::attr(href)",
        "h4 a::attr(href)",
    ]
    listing_date_selectors: ClassVar[list[str]] = [
        "time.entry-date::attr(datetime)",
        "time.published::attr(datetime)",
        "time",
    ]
    listing_fallback_link_selectors: ClassVar[list[str]] = ["a[rel=bookmark]::attr(href)"]
    next_page_selectors: ClassVar[list[str]] = [
        "a.next.page-numbers::attr(href)",
        "div.nav-previous a::attr(href)",
        "a[rel=next]::attr(href)",
        "link[rel=next]::attr(href)",
        "li.pagination-next a::attr(href)",
    ]

    title_selectors: ClassVar[list[str]] = [
        "article.post h1.entry-title",
        "article h1.entry-title",
        "h1.entry-title",
        "h1.post-title",
        # a theme's prefixed class with an underscore (JNews/Jegtheme h1.jeg_post_title, other
        # themes' *_post_title); an h1 only: the cards' titles are h3
        "h1[class$='_post_title']",
        "h1[class*='_post_title ']",
        "article h1",
        # the h1 the theme marks as the post's schema.org headline, wherever it prints it
        # (Blocksy's hero section puts h1.page-title[itemprop=headline] above the article)
        "h1[itemprop=headline]",
        # a block theme's single template (Twenty Twenty-Three and its kin): core's Post
        # Title block, an h1 there (the Query Loop's cards print it as h2)
        "h1.wp-block-post-title",
        # Elementor Pro's Theme Builder: the single template's Post Title widget
        ".elementor-location-single .elementor-widget-theme-post-title .elementor-heading-title",
        # hAtom's entry-title in any heading (OceanWP-like themes print the category as the
        # page's h1); a related card's entry-title links another post and is left out
        "article .entry-title",
        # the same in a post whose wrapper is no <article> (Betheme prints div.post.hentry
        # with h2.entry-title under a Subheader h1 naming the section): post_class() marks
        # the post's own wrapper "hentry"
        ".hentry .entry-title",
    ]
    date_selectors: ClassVar[list[str]] = [
        "article time.entry-date.published::attr(datetime)",
        "article time.entry-date::attr(datetime)",
        "time.published::attr(datetime)",
        # the element the theme marks as the post's schema.org datePublished, holding the
        # machine time (Blocksy's li.meta-date[itemprop=datePublished] > time[datetime])
        "[itemprop~=datePublished] time::attr(datetime)",
        # a block theme's Post Date block (core markup: div.wp-block-post-date > time
        # [datetime]); core classes the block showing the last edit __modified-date
        ".wp-block-post-date:not(.wp-block-post-date__modified-date) time::attr(datetime)",
        "meta[property='article:published_time']::attr(content)",
        "span.posted-on",
        # schema.org microdata on the post: a theme printing the day alone (Betheme's
        # "j F Y" span.date) keeps the time in <meta itemprop="datePublished" content>
        "meta[itemprop=datePublished]::attr(content)",
    ]
    # A never-edited post prints one <time class="entry-date published updated">: no
    # modification date is printed there, so only an "updated" time of its own counts, and
    # only beside a published one (themes such as tagDiv's Newspaper print their one post
    # date as <time class="entry-date updated">). Themes that print the hAtom pair as spans
    # (Astra, GeneratePress: span.published + span.updated[itemprop=dateModified]) give the
    # date as text.
    modified_selectors: ClassVar[list[str]] = [
        "article .published ~ time.updated:not(.published)::attr(datetime)",
        "article time.published ~ time.updated::attr(datetime)",
        "meta[property='article:modified_time']::attr(content)",
        "article [itemprop=dateModified]::attr(content)",
        "article [itemprop=dateModified]::attr(datetime)",
        "article .published ~ .updated:not(.published)",
        # a block theme's Post Date block set to the modified date (core prints it only for
        # an edited post)
        ".wp-block-post-date__modified-date time::attr(datetime)",
    ]
    body_selectors: ClassVar[list[str]] = [
        "article.post div.entry-content",
        "article div.entry-content",
        "div.entry-content",
        "div.post-content",
        # the content div of WordPress's classic default theme (Kubrick), kept by older
        # themes (Sahifa): "entry" in the post's hAtom entry (post_class() prints .hentry)
        ".hentry div.entry",
        # Elementor Pro's Post Content widget (its container, or the widget itself when
        # Elementor's optimized markup drops the container)
        ".elementor-widget-theme-post-content > .elementor-widget-container",
        ".elementor-widget-theme-post-content",
        # any theme: the_content() output is where a sharing plugin's content filter puts its
        # buttons (AddToAny's .addtoany_content, Jetpack's div.sharedaddy), so their parent
        # holds the post's text
        "div:has(> .addtoany_content)",
        "div:has(> div.sharedaddy)",
    ]
    hits_selectors: ClassVar[list[str]] = ["span.post-views-count", "span.entry-views"]
    image_selectors: ClassVar[list[str]] = [
        "article .post-thumbnail img::attr(src)",
        "article img.wp-post-image::attr(src)",
    ]
    attachment_selectors: ClassVar[list[str]] = ["div.wp-block-file a:not(.wp-block-file__button)"]
    # (a theme printing the post's category link as rel="tag" alone: its /category/ address
    # tells it from a tag)
    tag_selectors: ClassVar[list[str]] = [
        "article a[rel~=tag]:not([rel~=category]):not([href*='/category/'])",
        "span.tags-links a",
        # the_tags() printed after the post's entry, outside it (Sahifa-like themes' tag
        # row between the post and the author box); core marks term links rel="tag"
        ".hentry ~ * a[rel~=tag]:not([rel~=category]):not([href*='/category/'])",
        # the_tags() inside a post wrapper that is no <article> (Betheme's div.post.hentry
        # > div.post-tags)
        ".hentry a[rel~=tag]:not([rel~=category]):not([href*='/category/'])",
        # ... or right after an <article> that is no .hentry (Salient's post-tags block)
        "article + * a[rel~=tag]:not([rel~=category]):not([href*='/category/'])",
        # a block theme's Post Terms block for tags (core classes it taxonomy-post_tag)
        ".wp-block-post-terms.taxonomy-post_tag a[rel~=tag]",
        # tagDiv's themes (Newspaper, Newsmag): the tag list under the text, links without rel
        "ul.td-tags a",
    ]
    category_selectors: ClassVar[list[str]] = [
        "article a[rel~=category]",
        "span.cat-links a",
        # a block theme's Post Terms block for categories
        ".wp-block-post-terms.taxonomy-category a[rel~=tag]",
    ]
    # Elementor Pro's single template wraps the whole post (it carries the post's classes);
    # its article.post elements are the cards of a posts widget.
    page_text_selectors: ClassVar[list[str]] = [
        ".elementor-location-single",
        "article.post",
        "article",
        # themes before HTML5 (Twenty Ten, Twenty Eleven's era) print the post as a div with
        # post_class()'s classes: "post-12 post type-post status-publish hentry"
        "div.hentry",
    ]

    def extract(
        self, page: Page, url: str, *, site: str = "", listed_title: str | None = None
    ) -> Article:
        """Read the post; a modified date the page declares for the article counts too.

        SEO plugins (Yoast's schema graph) declare the post's dateModified in JSON-LD for
        every post, equal to datePublished until it is edited.
        """
        article = super().extract(page, url, site=site, listed_title=listed_title)
        if article.source is None:
            # tagDiv's source box under the text (the post's "Source" setting): a small box
            # of label and link; its "Via" box beside it names no source
            article.source = labelled_source(page, TAGDIV_SOURCE_BOXES, "span", "a")
        if not article.modified_at_raw:
            article.modified_at_raw = declared_date(page, "datemodified")
        scope = first(page, self.page_text_selectors)
        root = scope[0].root if scope and hasattr(scope[0].root, "iter") else None
        carded = _card_test(page, url) if root is not None else None
        if not article.modified_at_raw and root is not None:
            article.modified_at_raw = (
                machine_updated(root)
                or meta_row_updated(root, carded)
                or labelled_modified(root, first(page, self.body_selectors))
            )
        if not article.published_at_raw and root is not None:
            printed = meta_row_date(root, carded)
            if printed:
                article.published_at_raw = printed
                article.published_source = "printed: the post's meta row"
                article.page_text = None
        if not article.published_at_raw and declared_date(page, "datepublished"):
            # A theme whose date element the selectors miss, printing the day in a meta row
            # of its own (JNews's jeg_meta_date), declares the post's time in JSON-LD.
            article.published_at_raw = declared_date(page, "datepublished")
            article.published_source = "machine: the post's declared datePublished"
            article.page_text = None
        return article

    def extract_post(self, post: Any, *, site: str = "") -> Article | None:
        """Build the raw Article of one REST post (date = the site's local time)."""
        if not isinstance(post, dict) or not post.get("link"):
            return None
        rendered = lambda name: (post.get(name) or {}).get("rendered")  # noqa: E731
        title = rendered("title")
        return Article(
            url=canonical_url(post["link"]),
            site=site,
            title=unescape(title) if title else None,
            published_at_raw=post.get("date"),
            published_source="rest: date" if post.get("date") else None,
            modified_at_raw=post.get("modified")
            if post.get("modified") != post.get("date")
            else None,
            body_html=rendered("content"),
            language=self.language,
        )


LAYOUT = WordPressLayout()


def declared_date(page: Page, key: str) -> str | None:
    """Return the first date the page declares for the post under *key* (lower case:
    "datepublished", "datemodified"; JSON-LD, microdata), or None."""
    declared = [v for k, v in declared_dates(page.sel.root) if k == key]
    return declared[0] if declared else None
