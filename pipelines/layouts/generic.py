"""Pages of unknown layout: the generic extractor, dates near the title, links by URL shape."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler.items import Article
from crawler.urls import canonical_url
from pipelines import boilerplate
from pipelines.boilerplate import folded_text
from pipelines.generic import (
    BANGKOK,
    CUT_TEXT_RE,
    TIME_ALONE_RE,
    date_only_stamp,
    declared_dates,
    edit_times,
    extract_generic,
    in_related_list,
    other_days,
    read_by_url_day,
    role_marks,
    template_line,
    text_without_modified,
)
from pipelines.layouts.base import (
    CURRENT_MARK,
    META_ROW_CHARS,
    PAGER_ARROWS,
    Layout,
    Link,
    Page,
    article_url,
    bare_query_number,
    day_of,
    listing_pager,
    next_by_meaning,
    next_by_number,
    node_text,
    of_day,
    pagination_blocks,
    points_back,
    read_pagination,
    row_headline,
    with_row_time,
)
from pipelines.layouts.cards import in_card, url_shape
from pipelines.layouts.drupal import page_medium_date
from pipelines.layouts.select_pager import next_by_page_field, next_by_select
from pipelines.normalize import (
    ARTICLE_PARAGRAPH,
    NOT_FOUND_LINE,
    NOT_FOUND_MAX_BODY,
    is_missing_notice,
    plausible_publication,
    withheld_heading,
)
from pipelines.record_table import (
    MODIFIED_LABEL_RE,
    RecordTable,
    find_record_table,
    read_form_fields,
)
from pipelines.text import (
    BARE_NUMBER_RE,
    clean_body,
    find_attachments,
    html_to_lines,
    parse_view_count,
    text_up_to,
)
from pipelines.thai_dates import parse_thai_date, parse_thai_date_detailed, worded_numbers

# Links inside these are site furniture, not a listing's articles.
FURNITURE = ("nav", "header", "footer", "aside")
FURNITURE_HINT = re.compile(
    r"menu|nav|footer|breadcrumb|sidebar|pagination|pager|social|share", re.I
)
# A breadcrumb trail (its last crumb prints the page's title, far above the article).
BREADCRUMB_HINT = re.compile(r"breadcrumb|pathway", re.I)
# What a paging link says: a page number, first/previous/next/last ("หน้าแรก" = first page,
# "ก่อนหน้า" = previous, "ถัดไป" = next, "สุดท้าย" = last).
PAGING_TEXT_RE = re.compile(
    r"^\W*\d+\W*$|หน้าแรก|ก่อนหน้า|ถัดไป|ต่อไป|สุดท้าย|เก่ากว่า|ใหม่กว่า|"
    r"\b(?:first|prev|previous|next|last|older|newer)\b",
    re.I,
)
PAGING_TEXT_CHARS = 20
_PAGE_TEXT_RE = re.compile(r"[\s\d]+")
PAGED_CONTAINER = re.compile(r"pagination|pager", re.I)
# A column wrapper named after the page's sidebar layout ("container right-sidebar",
# "main-sticky-sidebar main", a sticky-sidebar script's "theiaStickySidebar"): it holds the
# main column too, so its sidebar word says nothing of the links inside.
LAYOUT_TOKEN = re.compile(
    r"container|wrapper|wrap|main|row|layout|sticky|^col(?:-[a-z]{2})?-\d+$", re.I
)  # (a grid column, Bootstrap's col-md-8, is layout too)
# A class saying on which side the sidebar sits beside this column: the column's layout
# (Shapely's div#primary.col-md-8.sidebar-right holds the posts), no sidebar.
SIDED_SIDEBAR_RE = re.compile(r"(?:left|right)[-_]sidebar|sidebar[-_](?:left|right)", re.I)
NEXT_TEXTS = (
    "ถัดไป",
    "ต่อไป",
    "หน้าถัดไป",
    "next",
    "next ›",
    "›",
    "»",
    "older posts",
    "next page",
    ">",
)
# Machine-readable publication times, most specific first.
PRECISE_DATES = (
    "meta[property='article:published_time']::attr(content), "
    "time[itemprop=datePublished]::attr(datetime), "
    # microdata's hidden value: a <meta itemprop> in the item (Betheme, Newspaper, Astra...)
    "meta[itemprop=datePublished]::attr(content), time.published::attr(datetime), "
    "time.entry-date::attr(datetime), article time::attr(datetime), time::attr(datetime), "
    # hAtom's abbr design pattern: the machine time in the title (Blogger's abbr.published)
    "abbr.published::attr(title)"
)
# A link to the older page of a date-cursor pager (Blogger's "Older Posts" /
# "บทความที่เก่ากว่า" = older articles, blog-pager-older-link; "โพสต์ที่เก่ากว่า" = older posts).
OLDER_TEXT_RE = re.compile(
    rf"^[{PAGER_ARROWS}\s]*(?:older(?:\s+(?:posts|entries|articles|news))?|"
    rf"(?:บทความ|โพสต์|ข่าว|เรื่อง)?(?:ที่)?เก่ากว่า)[{PAGER_ARROWS}\s]*$",
    re.I,
)
OLDER_CLASS = "blog-pager-older-link"  # Blogger's own pager markup
MIN_ANCHOR_CHARS = 12  # an article link's text is a headline, not a menu word
MIN_GROUP_LINKS = 2
# A Drupal page: its generator meta (Drupal 7 and later), or core's own script, which every
# Drupal page loads (misc/drupal.js, core/misc/drupal.js from Drupal 8; Drupal 6 prints no
# generator meta).
DRUPAL_GENERATOR = etree.XPath(
    "boolean(//meta[translate(@name, 'GENERATOR', 'generator')='generator']"
    "[contains(translate(@content, 'DRUPAL', 'drupal'), 'drupal')]"
    " | //script[contains(@src, '/misc/drupal.js')])"
)
# Declared publication dates (pipelines.generic.declared_dates keys).
DECLARED_PUBLISHED = frozenset(
    {
        "datepublished",
        "dc:date",
        "dc:created",
        "dc:issued",
        "dcterms:created",
        "dcterms:date",
        "dcterms:issued",
        "schema:datepublished",
    }
)
MODIFIED_HINT = re.compile(r"updated|modified|dateModified", re.I)
CHANGED_FIELD = "field--name-changed"  # Drupal core's node "changed" (last update) field
UPDATE_LINE_CHARS = 80  # a labelled update line: "ปรับปรุงล่าสุด 24 เมษายน 2024"
ARTICLE_BODY_HINT = re.compile(r"(?<![\w-])articleBody(?![\w-])")
COMMENT_HINT = re.compile(r"comment", re.I)  # classes of a comment list and its items
PAGE_PARAM_RE = re.compile(r"[?&]page=(\d+)")
DATE_ELEMENT_CHARS = 60  # a standalone date element holds a short text
NEAR_TITLE = 40  # elements between the title and a date element printed with it
# Where a date came from (an article's published_source): printed beside the headline; a
# printed day whose time the page's machine value of that day gives.
BESIDE_TITLE = "printed: beside the title"
SAME_DAY_TIMED = "machine: the same day with its time"
# Elements that print an article's headline: any heading level (a builder's detail page
# prints it in an h4 under the section's h1 banner), or a plain block: a div, a span, or a
# paragraph the template styles as the headline ("<p class="news-headline">").
HEADLINE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p"})
# A byline before the date of a submitted line (Drupal's "Submitted by !username on !datetime",
# its Thai "ส่งโดย ... เมื่อ ...", WordPress themes' "Posted by ... on ...", a bare "โดย"/"By").
BYLINE = re.compile(rf"^(?:{boilerplate.POSTED_BY}|โดย|By){boilerplate.BYLINE_TO_DATE}", re.I)
# A date labelled as the item's creation ("สร้าง:" = created, Joomla's dd.create) or as its
# publication ("เผยแพร่:" = published), by its printed label or its schema.org itemprop.
CREATED_LABEL_RE = re.compile(
    r"^\W*(?:วันที่\s*)?สร้าง(?:เมื่อ)?(?:\s*[:：]|\s)|^\W*created(?:\s+on)?(?:\s*:|\s)", re.I
)
PUBLISHED_LABEL_RE = re.compile(
    r"^\W*(?:วันที่\s*)?(?:เผยแพร่|โพสต์)(?:เมื่อ)?(?:\s*[:：]|\s)|"
    r"^\W*(?:published|posted)(?:\s+on)?(?:\s*:|\s)",
    re.I,
)
EVENT_LABEL_CHARS = 30  # the label right before the date, in the same line
# A blog entry's footer naming its poster and the time of day alone, the day printed in a
# date header above the entry: Movable Type's default "Posted by <author> at 02:20 PM",
# Blogger's "posted by <author> at 2:20 PM". A comment's "Posted by: <name> | <date> at ..."
# (a colon, a date) is none.
POSTED_BY_START_RE = re.compile(rf"\s*{boilerplate.POSTED_BY}\s", re.I)
POSTED_AT_TIME_RE = re.compile(
    rf"^\s*{boilerplate.POSTED_BY}\s+(?P<name>[^:|\d\s][^:|\d]{{0,60}}?)\s+at\s+"
    r"(?P<time>\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)(?![\d:])",
    re.I,
)
CREATED_PROP_RE = re.compile(r"(?<![\w-])dateCreated(?![\w-])")
PUBLISHED_PROP_RE = re.compile(r"(?<![\w-])datePublished(?![\w-])")


class GenericLayout(Layout):
    """A page of unknown layout: pipelines.generic finds the article; links grouped by URL shape.

    The generic extractor cleans the body it finds (its date and source come from the clean
    lines), so the Article carries the clean body and the normaliser does not clean it again.
    """

    cms = "generic"
    follows_page_feeds = True
    probes_sitemap = True
    pages_while_fresh = True

    def extract(
        self, page: Page, url: str, *, site: str = "", listed_title: str | None = None
    ) -> Article:
        """Extract with the generic extractor (pipelines.generic), the body already clean."""
        if declares_home(page, url) or says_missing(page) or epoch_dated(page):
            # A deeper address whose page calls itself the home page (Blogger serves its
            # not-found message so), or whose content is a "not found" notice: the template
            # around a deleted item, no article.
            return Article(url=canonical_url(url), site=site, language=self.language)
        record = find_record_table(page.sel.root)
        if record is not None:
            return self._record_article(page, url, site, record)
        # A record shown as a read-only form: its data fields are read, then cut from the text.
        root = deepcopy(page.sel.root)
        fields = read_form_fields(root)

        def carded(el: Any) -> bool:
            return in_card(el, url, lambda href: urljoin(url, href))

        parts = extract_generic(
            page.text,
            url,
            root=page.sel.root if fields is None else root,
            listed_title=listed_title,
            in_card=carded,
        )
        if short_beside_missing(page, parts.body) or password_protected(page, parts.body):
            return Article(url=canonical_url(url), site=site, language=self.language)
        # A post printing only edit times has no publication date beside its title.
        edited = edit_times(page.sel.root, in_card=carded)
        beside = None if edited else date_beside_title(page, parts.title, url)
        if beside and _told_in_text_over_time_element(beside, parts):
            beside = None
        raw = beside or parts.published_raw
        source = BESIDE_TITLE if beside else parts.published_source
        if beside and (posted := post_time_over_dateline(page, url, beside, parts.body)):
            raw, source = posted, "machine: the post's published time"
        parts.body = without_row_time(parts.body, beside, parts.view_count)
        if fields is not None:
            raw, source = fields.published_raw, "printed: labelled field"
            parts.modified_raw = fields.modified_raw or parts.modified_raw
            parts.source = fields.source or parts.source
            if fields.view_count is not None:
                parts.view_count = fields.view_count
        if beside and (by_url := read_by_url_day((source, beside), url)) is not None:
            source, raw = by_url  # "7/12/2024 12:38 PM" at /2024/07/12/: month first
        published_raw = precise_date(page, raw)
        if published_raw != raw:
            source = SAME_DAY_TIMED
        elif (timed := with_footer_time(page, raw)) != raw:
            published_raw, source = timed, "printed: the day with the footer's time"
        elif (timed := with_row_opening_time(page, raw)) != raw:
            published_raw, source = timed, "printed: the day with its meta row's time"
        elif published_raw and DRUPAL_GENERATOR(page.sel.root):
            # A Drupal page's numeric date is core's month-first "medium" format.
            published_raw = page_medium_date(page, published_raw)
        return Article(
            url=article_url(page, url),
            site=site,
            title=parts.title,
            published_at_raw=published_raw,
            published_source=source if published_raw else None,
            modified_at_raw=precise_modified(page, parts.modified_raw) or stamped_modified(page),
            body=parts.body,
            source=parts.source,
            view_count=parts.view_count,
            images=parts.images,
            attachments=parts.attachments + page_attachments(page, url),
            tags=parts.tags,
            category=parts.category,
            # The page's declared language; the normaliser's detection from the words decides.
            language=declared_language(page.sel.root) or self.language,
        )

    def _record_article(self, page: Page, url: str, site: str, record: RecordTable) -> Article:
        """Build the article of a detail page printed as a table of labelled rows.

        The headline, date, modified-date and view rows give those fields; the text row's cell
        is the body. A record with neither headline nor text is the empty template of a
        deleted item (its date, if any, is the epoch a null date prints as): no article.
        """
        if record.empty:
            return Article(url=canonical_url(url), site=site, language=self.language)
        cleaned = clean_body(deepcopy(record.text), title=record.title, base_url=url)
        published_raw = record.published_raw or cleaned.published_raw
        return Article(
            url=article_url(page, url),
            site=site,
            title=record.title or None,
            published_at_raw=published_raw,
            published_source="printed: labelled row" if published_raw else None,
            modified_at_raw=record.modified_raw or cleaned.modified_raw,
            body=cleaned.body,
            source=record.source or cleaned.source,
            view_count=record.view_count if record.view_count is not None else cleaned.view_count,
            images=cleaned.images,
            attachments=cleaned.attachments + page_attachments(page, url),
            language=declared_language(page.sel.root) or self.language,
        )

    def extract_links(
        self, page: Page, url: str, *, allowed: Callable[[str], bool] | None = None
    ) -> list[Link]:
        """Return the links of the URL-shape groups that look like headlines (no dates).

        Links of the page's own URL shape are other listing pages, unless nothing else
        looks like a listing: sites whose listing pages and posts share one address shape
        (Google Sites' /view/<site>/<page>/<subpage>) list their posts in the page's shape,
        the paging links left out.
        """
        anchors = content_anchors(page)
        found = self._grouped_links(anchors, page, url, allowed, own_shape=False)
        if not found:
            return self._grouped_links(anchors, page, url, allowed, own_shape=True)
        # SharePoint's Pages/News_015.aspx beside Pages/default.aspx: the page's own shape
        # holds the headlines when its headline text outweighs every other group threefold.
        own = self._grouped_links(anchors, page, url, allowed, own_shape=True)
        if own and not set(found) & set(h for h, _ in own):
            return own
        return found

    def _grouped_links(
        self,
        anchors: list[Any],
        page: Page,
        url: str,
        allowed: Callable[[str], bool] | None,
        *,
        own_shape: bool,
    ) -> list[Link]:
        """Return the headline links grouped by URL shape (the page's own shape if *own_shape*)."""
        groups: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
        placed: dict[str, list[Any]] = defaultdict(list)  # each group's link elements
        page_shape = url_shape(url)
        for link in anchors:
            href = page.urljoin(url, link.attrib["href"].strip())
            if not href.startswith(("http://", "https://")) or (allowed and not allowed(href)):
                continue
            text = node_text(link) or ""
            chars = _anchor_chars(link, text)
            shape = url_shape(href)
            parts = urlsplit(href)
            if parts.path in ("", "/") and not parts.query:
                continue  # the home page (/?p=N is a post, not home)
            if len(text) <= PAGING_TEXT_CHARS and PAGING_TEXT_RE.search(text):
                continue  # a paging link ("หน้าถัดไป >>"), whatever its address shape
            if link_says(text, "comment_count"):
                continue  # "ความคิดเห็น (3)": the story's comments view, no other article
            if shape == page_shape:
                if not own_shape:
                    continue  # the page's own kind: other listing pages
                named = len(_PAGE_TEXT_RE.sub("", text)) >= MIN_ANCHOR_CHARS
                if not named and not link_says(text, "read_more"):
                    continue  # a link to another listing page, numbered or by name
            # a details button beside a plain-text headline: the row's headline, if no link
            # to the article says more
            # (an icon's label may be a tool's, the same on every entry: see below)
            icon = "" if text else _icon_label(link)
            row = len(row_headline(link.root) or "") if chars < MIN_ANCHOR_CHARS or icon else 0
            if not row and chars < MIN_ANCHOR_CHARS and link_says(text, "read_more"):
                row = MIN_ANCHOR_CHARS  # a teaser's "อ่านต่อ..." leads to its article
            groups[shape].append((href.split("#")[0], chars, row, icon))
            placed[shape].append(link.root)
        scored = []
        longest: dict[str, dict[str, int]] = {}
        small = []  # groups far below the best: a few entries filed elsewhere, perhaps
        for shape, links in groups.items():
            per_url = longest[shape] = _headline_chars(_without_repeated_icons(links))
            for href in _tool_only(links):
                del per_url[href]  # linked only by a tool icon (a print view of each row)
            headline = [c for c in per_url.values() if c >= MIN_ANCHOR_CHARS]
            if len(per_url) >= MIN_GROUP_LINKS and len(headline) * 2 >= len(per_url):
                scored.append((sum(headline), shape))
            elif len(per_url) < MIN_GROUP_LINKS and headline:
                small.append(shape)  # one entry whose address an editor typed ("tsh-pr-67-1")
        if not scored:
            return []
        best, best_shape = max(scored)
        found: dict[str, None] = {}
        for score, shape in sorted(scored, reverse=True):
            if score * 3 < best:
                small.append(shape)
                continue
            for href, chars in longest[shape].items():
                if chars >= MIN_ANCHOR_CHARS or len(longest[shape]) < 50:
                    found[href] = None
        rows = _row_paths(placed[best_shape]) if small else None
        if rows is not None:
            # a sub-category's /news/activity/<id> among /news/<id>: its links are entries
            # when they sit in the rows the headlines sit in, with words of their own (a
            # tool's "ความคิดเห็น?" repeats on every row)
            texts = {link.root: node_text(link) or "" for link in anchors}
            said = Counter(texts.values())
            for shape in small:
                for link in placed[shape]:
                    href = page.urljoin(url, link.get("href", "").strip()).split("#")[0]
                    if (
                        longest[shape].get(href, 0) >= MIN_ANCHOR_CHARS
                        and said[texts.get(link, "")] == 1
                        and _row_path(link, rows[0]) in rows[1]
                    ):
                        found[href] = None
        return [(href, None) for href in found]

    def next_page(self, page: Page, url: str) -> str | None:
        """Return rel=next, else the link whose text says next (Thai or English).

        A rel=next on another host than the page's (printed with the CMS's configured
        address: the www or bare twin, an old domain, a mirror) yields to the page's own
        pager, and serves only when the page has none.
        """
        declared = self.declared_next(page, url)
        several = page.sel.css("a[rel~=next]")
        if declared and len(several) > 1 and not page.sel.css("link[rel=next]"):
            # several pagers on the page (a side block's own): the listing's
            declared = listing_pager(page, url, several, self.extract_links(page, url))
        if declared and same_host(declared, url):
            return declared
        return self.pager_next(page, url) or declared

    @staticmethod
    def declared_next(page: Page, url: str) -> str | None:
        """Return the page's rel=next (a head link or a link marked so), resolved.

        A rel=next to "#" or a script is a carousel's or slideshow's control (Views
        Slideshow's "ถัดไป" / "Next" slide), not another page: it is passed over.

        >>> html = '<a href="#" rel="next">ถัดไป</a><a href="?page=1" rel="next">››</a>'
        >>> GenericLayout.declared_next(Page(text=html), "http://h/news")
        'http://h/news?page=1'
        """
        for href in page.sel.css("link[rel=next]::attr(href), a[rel~=next]::attr(href)").getall():
            href = href.strip()
            if href and not href.startswith(("#", "javascript:")):
                return page.urljoin(url, href)
        return None

    def pager_next(self, page: Page, url: str) -> str | None:
        """Return the next page read from the page's links (text, class, pager, numbers)."""
        numbered: dict[str, str] = {}
        for link in page.sel.css("a[href]"):
            href = link.attrib["href"].strip()
            if href in ("", "#") or href.startswith("javascript:"):
                continue  # the current page's own link in many paginations: no next page
            if canonical_url(page.urljoin(url, href)) == canonical_url(url):
                continue  # a disabled "next" on the last page links to the page itself
            text = (node_text(link) or link.attrib.get("title") or "").strip().lower()
            classes = link.attrib.get("class", "")
            if text in NEXT_TEXTS or "next" in classes.split():
                if not points_back(url, page.urljoin(url, href)):
                    target = page.urljoin(url, href)
                    if text.strip(PAGER_ARROWS):
                        return target
                    return numbered_successor(page, url, link.root, target) or target
            if OLDER_TEXT_RE.match(text) or OLDER_CLASS in classes.split():
                return page.urljoin(url, href)  # a date-cursor pager: older entries next
            numbered.setdefault(text, href)
        found = next_by_meaning(page, url)  # "หน้าถัดไป >>", "« รายการเก่ากว่า", load more
        if found:
            return found
        # A pagination block read by meaning: an icon or aria-labelled next link, or the
        # item after the current one (?start=N and limitstart=N pages have no page number).
        marked, found = read_pagination(page, url)
        if found and canonical_url(found) != canonical_url(url):
            return found
        if marked:  # the pagination's current page is its last, unless it pages by a list
            by_list = next_by_select(page.sel.root, url, page.urljoin)
            if by_list or not _scripted_pagers(page):
                return by_list
            # a pager of script links only (goPage(2)): its <noscript> twin's links page on
        found = next_by_number(page, url)  # ?start=16 after ?start=8, whatever the markup
        if found:
            return found
        current = PAGE_PARAM_RE.search(url)
        following = str(int(current.group(1)) + 1 if current else 2)
        target = page.urljoin(url, numbered[following]) if following in numbered else None
        if target and bare_query_number(urlsplit(target).query, urlsplit(url).query):
            if points_back(url, target):
                return None  # page 2 by its text, an earlier page by its dotted query
        if target and canonical_url(target) != canonical_url(url):
            return target
        # a drop-down of pages, or a page-number box ("ไปหน้า [ ] ไป")
        return next_by_select(page.sel.root, url, page.urljoin) or next_by_page_field(
            page.sel.root, url, page.urljoin
        )


def _scripted_pagers(page: Page) -> bool:
    """Tell whether every link of the page's pagination blocks is a script or "#" link."""
    hrefs = [
        (a.get("href") or "").strip() for block in pagination_blocks(page) for a in block.iter("a")
    ]
    return bool(hrefs) and all(h in ("", "#") or h.startswith("javascript:") for h in hrefs)


LINK_LABEL_CHARS = 40  # a tool link's words: "อ่านต่อ...", "ความคิดเห็น (3)", "No comments"


def link_says(text: str, rule: str) -> bool:
    """Tell whether a link's whole text is one kind of furniture line (the line rule *rule*):
    a read-more label leads to its article, a comment counter to the story's comments view.

    >>> link_says("อ่านต่อ...", "read_more"), link_says("Read more »", "read_more")
    (True, True)
    >>> link_says("ข่าวทั้งหมด", "read_more"), link_says("ความคิดเห็น (3)", "comment_count")
    (False, True)
    >>> link_says("ชี้แจงความคิดเห็นของประชาชน", "comment_count")
    False
    """
    if not text or len(text) > LINK_LABEL_CHARS:
        return False
    found = boilerplate.match_line(text)
    return found is not None and set(found.rules) == {rule}


def numbered_successor(page: Page, url: str, arrow: Any, target: str) -> str | None:
    """Return the page numbered after the current one when a bare arrow jumps past it.

    A pager's "»" is the next page on some templates and the last on others ("« 1 2 3 »"
    with » linking to page 3): when the arrow's target is a numbered page beyond the one
    after the current page (the number linking here or marked current), that one is next.

    >>> html = ('<ul class="pagination"><li><a href="/n">«</a></li><li class="active">'
    ...         '<a href="/n">1</a></li><li><a href="/n/page/2">2</a></li><li><a href="/n/page/3">'
    ...         '3</a></li><li><a href="/n/page/3">»</a></li></ul>')
    >>> page = Page(text=html)
    >>> arrow = page.sel.css("a")[-1].root
    >>> numbered_successor(page, "http://h/n", arrow, "http://h/n/page/3")
    'http://h/n/page/2'
    >>> numbered_successor(page, "http://h/n/page/2", arrow, "http://h/n/page/3") is None
    True
    """
    pager = arrow.getparent()
    for _ in range(PAGER_DEPTH):
        if pager is None:
            return None
        numbers = _pager_numbers(pager, page, url)
        if len(numbers) >= 2:
            break
        pager = pager.getparent()
    else:
        return None
    here = canonical_url(url)
    current = [n for n, (link, href) in numbers.items() if href == here or _marked(link, pager)]
    if len(current) != 1:
        return None
    successor = numbers.get(current[0] + 1)
    jumps = [n for n, (_, href) in numbers.items() if href == canonical_url(target)]
    if successor is None or not jumps or min(jumps) <= current[0] + 1:
        return None
    return page.urljoin(url, successor[0].get("href", "").strip())


PAGER_DEPTH = 3  # from an arrow link up to its pager (a, li, ul)


def _pager_numbers(pager: Any, page: Page, url: str) -> dict[int, tuple[Any, str]]:
    """Return the pager's numbered links: number -> (link, canonical target)."""
    numbers: dict[int, tuple[Any, str]] = {}
    for link in pager.iter("a"):
        text = "".join(link.itertext()).strip()
        href = (link.get("href") or "").strip()
        if text.isdigit() and href and href != "#" and not href.startswith("javascript:"):
            numbers.setdefault(int(text), (link, canonical_url(page.urljoin(url, href))))
    return numbers


def _marked(link: Any, pager: Any) -> bool:
    """Tell whether a pager link or an element between it and the pager is marked current."""
    node = link
    while node is not None and node is not pager:
        if CURRENT_MARK.search(node.get("class") or "") or node.get("aria-current"):
            return True
        node = node.getparent()
    return False


def same_host(first: str, second: str) -> bool:
    """Tell whether two absolute URLs name the same host (case-insensitive, port included).

    >>> same_host("https://A.go.th/page/2/", "https://a.go.th/news/")
    True
    >>> same_host("https://www.a.go.th/", "https://a.go.th/")
    False
    """
    return urlsplit(first).netloc.lower() == urlsplit(second).netloc.lower()


def lone_headlines(
    page: Page, url: str, shapes: set[str], allowed: Callable[[str], bool] | None = None
) -> list[Link]:
    """Return the page's headline links whose address has one of *shapes*.

    A listing's last page may hold a single article: one link makes no group of headline
    links, but a headline link of the address shape the earlier listing pages gave their
    articles is one of them.
    """
    page_shape = url_shape(url)
    found: dict[str, None] = {}
    for link in content_anchors(page):
        href = page.urljoin(url, link.attrib["href"].strip()).split("#")[0]
        if not href.startswith(("http://", "https://")) or (allowed and not allowed(href)):
            continue
        shape = url_shape(href)
        if shape in shapes and shape != page_shape and _anchor_chars(link) >= MIN_ANCHOR_CHARS:
            found[href] = None
    return [(href, None) for href in found]


def _icon_label(link: Any) -> str:
    """Return what a link without text says by its title, aria-label or pictures' alt."""
    said = [link.attrib.get(name) or "" for name in ("title", "aria-label")]
    said += [img.get("alt") or "" for img in link.root.iterdescendants("img")]
    return " ".join(" ".join(said).split())


def _without_repeated_icons(
    links: list[tuple[str, int, int, str]],
) -> list[tuple[str, int, int]]:
    """Return the (href, chars, row) links, an icon's headline length dropped when its label
    is printed on links to other URLs of the group too.

    A tool icon printed on every entry (e-mail this, print, PDF: `email.php?news.12`,
    `print.php?news.12`) says the same alt on each article's link; a headline picture's alt
    names its own article.

    >>> _without_repeated_icons([("a?1", 16, 0, "send to friend"), ("a?2", 16, 0, "send to friend"),
    ...     ("a?2", 30, 0, "")])
    [('a?1', 0, 0), ('a?2', 0, 0), ('a?2', 30, 0)]

    A picture printed on every row stands for the row's headline only when it says "read
    more"; a print or e-mail icon in the row is a tool:

    >>> _without_repeated_icons([("p?1", 9, 40, "ฉบับพิมพ์"), ("p?2", 9, 35, "ฉบับพิมพ์"),
    ...     ("v?1", 0, 40, "อ่านต่อ"), ("v?2", 0, 35, "อ่านต่อ")])
    [('p?1', 0, 0), ('p?2', 0, 0), ('v?1', 0, 40), ('v?2', 0, 35)]
    """
    repeated = _repeated_labels(links)
    out = []
    for href, chars, row, label in links:
        if label in repeated:
            chars = 0
            if not link_says(label, "read_more"):
                row = 0  # a tool beside the row's headline (print, e-mail), not its details link
        out.append((href, chars, row))
    return out


def _repeated_labels(links: list[tuple[str, int, int, str]]) -> set[str]:
    """Return the icon labels printed on links to more than one URL of the group."""
    urls: dict[str, set[str]] = defaultdict(set)
    for href, _, _, label in links:
        if label:
            urls[label].add(href)
    return {label for label, hrefs in urls.items() if len(hrefs) > 1}


def _tool_only(links: list[tuple[str, int, int, str]]) -> set[str]:
    """Return the URLs linked only by an icon printed on every row that says no "read more"
    (the print view beside each headline: alt "ฉบับพิมพ์").

    >>> sorted(_tool_only([("p?1", 9, 40, "ฉบับพิมพ์"), ("p?2", 9, 35, "ฉบับพิมพ์"),
    ...     ("v?1", 40, 0, ""), ("v?2", 0, 35, "อ่านต่อ"), ("v?2", 0, 35, "อ่านต่อ")]))
    ['p?1', 'p?2']
    """
    tools = {label for label in _repeated_labels(links) if not link_says(label, "read_more")}
    linked = {href for href, _, _, label in links if label not in tools}
    return {href for href, _, _, label in links if label in tools} - linked


def _row_path(link: Any, holder: Any) -> tuple[tuple[str, str], ...] | None:
    """Return the tags and classes from *holder* down to *link* (None if not inside it)."""
    path = []
    el = link
    while el is not None and el is not holder:
        path.append((el.tag, el.get("class") or ""))
        el = el.getparent()
    return tuple(path) if el is holder else None


def _row_paths(links: list[Any]) -> tuple[Any, set[Any]] | None:
    """Return the element holding all of *links* and the paths from it down to each (the
    shape of a listing's rows), or None for fewer than two links."""
    if len(links) < 2:
        return None
    shared = list(links[0].iterancestors())
    for link in links[1:]:
        above = set(link.iterancestors())
        shared = [el for el in shared if el in above]
    if not shared or shared[0].tag in ("html", "body"):
        return None
    holder = shared[0]
    return holder, {_row_path(link, holder) for link in links}


def _headline_chars(links: list[tuple[str, int, int]]) -> dict[str, int]:
    """Return how long each article URL's headline is, from its (href, anchor chars, row
    headline chars) links.

    A card links its article several times (picture, headline, "read more"): an article URL
    is judged by its longest anchor, each URL once; by the headline of its details button's
    row when no anchor says more than a menu word.
    """
    per_url: dict[str, int] = {}
    rows: dict[str, int] = {}
    for href, chars, row in links:
        per_url[href] = max(per_url.get(href, 0), chars)
        rows[href] = max(rows.get(href, 0), row)
    for href, row in rows.items():
        if per_url[href] < MIN_ANCHOR_CHARS:
            per_url[href] = max(per_url[href], row)
    return per_url


def _anchor_chars(link: Any, text: str | None = None) -> int:
    """Return how long a link's headline is: its text (*text* when already read), title,
    aria-label or picture's alt."""
    said = [(node_text(link) if text is None else text) or ""] + [
        link.attrib.get(name) or "" for name in ("title", "aria-label")
    ]
    said += [img.get("alt") or "" for img in link.root.iterdescendants("img")]
    return max(len(" ".join(text.split())) for text in said)


def declares_home(page: Page, url: str) -> bool:
    """Tell whether a page fetched below the site root calls itself the home page.

    Its canonical address is the home page and its <title> is only the site's name (the text
    of a heading linking home, or og:site_name): not a post whose canonical is misconfigured.
    """
    href = page.sel.css('link[rel="canonical"]::attr(href)').get()
    if not href:
        return False
    title = " ".join((page.sel.css("title::text").get() or "").split())
    names = page.sel.css("meta[property='og:site_name']::attr(content)").getall()
    names += [node_text(h) or "" for h in page.sel.css("h1, h2") if h.css("a[href]")]
    if not title or title not in {" ".join(name.split()) for name in names}:
        return False
    fetched = urlsplit(url)
    target = urlsplit(page.urljoin(url, href.strip()))
    deeper = fetched.path not in ("", "/") or bool(fetched.query)
    return (
        deeper
        and target.hostname == fetched.hostname
        and target.path in ("", "/")
        and (not target.query)
    )


# A notice box: Bootstrap's alert, UIkit's uk-alert, Joomla's system-message, WordPress's
# section.no-results.not-found, a theme's "notice" / "empty" message.
NOTICE_MARK_RE = re.compile(
    r"(?:^|[-_\s])(?:alert|notice|warning|message|empty|no-?results?|not-?found)(?:$|[-_\s])",
    re.I,
)
# Elements that may be notices, found in one compiled query (the regex then decides).
NOTICE_CANDIDATES = etree.XPath(
    "(//@role[. = 'alert'] | "
    + " | ".join(
        f"//@{attr}["
        + " or ".join(
            f"contains(., '{word}')"
            for word in ("alert", "notice", "warning", "message", "empty", "result", "found")
        )
        + "]"
        for attr in ("class", "id")
    )
    + ")/parent::*"
)
# What a notice box says of an item withdrawn from view beside "not found": its content has
# expired ("เนื้อหาเว็บที่เลือกหมดอายุแล้ว" = the selected web content has expired) or is no
# longer published. Read in a short notice box only: an article may speak of expiry.
GONE_NOTICE_RE = re.compile(
    r"หมดอายุ|(?:has|have) expired|no longer (?:published|available|online)", re.I
)
NOT_NOTICE_PLACES = frozenset({"nav", "aside", "header", "footer", "form", "template", "script"})
TEXT_RUN_CHARS = 60  # a run of text this long is a sentence
# Where running text is no article's: links, the page's header, footer, menus and sidebars,
# and a scrolling ticker (<marquee>) of announcements.
NOT_RUNNING_TEXT = frozenset({"a", "nav", "aside", "header", "footer", "marquee"})


# The Unix epoch's year as a null timestamp prints it (CE, BE, Thai digits).
EPOCH_YEARS = ("1970", "2513", "๒๕๑๓")
ROW_ITEM_SEP = re.compile(r"[|•]")
EPOCH_YEAR_TEXT = etree.XPath(
    "//body//text()[" + " or ".join(f"contains(., '{year}')" for year in EPOCH_YEARS) + "]"
)


def epoch_dated(page: Page) -> bool:
    """Tell whether the page labels its publication date as the Unix epoch (1 Jan 1970).

    A news script showing an id whose record is gone (deleted, unpublished) prints its
    template around an empty recordset, the date of a null timestamp included: "โพสต์เมื่อ :
    1 ม.ค. 2513, 07:00" (midnight UTC in Bangkok). No news item is published that day.

    >>> epoch_dated(Page(text="<p>โพสต์เมื่อ : 1 ม.ค. 2513, 07:00 | เปิดอ่าน :  ครั้ง</p>"))
    True
    >>> epoch_dated(Page(text="<p>โพสต์เมื่อ : 1 ม.ค. 2567 | เปิดอ่าน : 5 ครั้ง</p>"))
    False
    """
    if not any(year in page.text for year in EPOCH_YEARS):
        return False
    for node in EPOCH_YEAR_TEXT(page.sel.root):
        parent = node.getparent()
        if parent is None:
            continue
        for item in ROW_ITEM_SEP.split(" ".join(" ".join(parent.itertext()).split())):
            said = boilerplate.match_line(item.strip())  # the row's counter may be blank
            raw = said.data.get("published_raw") if said is not None else None
            value = parse_thai_date(raw) if raw else None
            if value is not None and (value.year, value.month, value.day) == (1970, 1, 1):
                return True
    return False


def says_missing(page: Page) -> bool:
    """Tell whether the page's content is a "not found" notice and no article.

    A notice box (or role=alert) outside menus, sidebars and forms whose short text says the
    item is missing ("ไม่พบข้อมูล" = no data found), on a page printing no paragraph of an
    article (ARTICLE_PARAGRAPH characters of running text outside links).
    """
    root = page.sel.root
    for el in NOTICE_CANDIDATES(root):
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.get("role") != "alert" and not NOTICE_MARK_RE.search(marks):
            continue
        text = folded_text(el)
        if not text or len(text) > NOT_FOUND_LINE:
            continue
        if not is_missing_notice(text) and not GONE_NOTICE_RE.search(text):
            continue
        if in_furniture(el, root):
            continue
        return not _article_paragraph(root)
    for el in MESSAGE_HEADINGS(root):  # the content's heading is the message (a block's title)
        text = folded_text(el)
        if text and len(text) <= NOT_FOUND_LINE and withheld_heading(text):
            if not in_furniture(el, root):
                return not _article_paragraph(root)
    return False


MESSAGE_HEADINGS = etree.XPath(
    "//body//*[self::h1 or self::h2 or self::h3 or self::b or self::strong]"
)


# Elements that may print a "not found" line alone (a notice of no marked box).
MISSING_LINE_TAGS = ("p", "div", "td", "span", "font", "b", "strong", "center", "h1", "h2", "h3")


# WordPress core's markup of a password-protected post (get_the_password_form, post_class).
PASSWORD_PROTECTED = "form.post-password-form, .post-password-required"


def password_protected(page: Page, body: str | None) -> bool:
    """Tell whether a WordPress post's text is withheld behind its password form.

    Core prints the headline ("Protected: ...", Thai "มีการป้องกัน: ...") and the date over
    ``form.post-password-form`` in place of the text, and marks the post
    ``post-password-required``; what the generic reading finds beside it (the date, a
    sidebar) is shorter than an article's paragraph.
    """
    if body and len(body) >= ARTICLE_PARAGRAPH:
        return False
    return bool(page.sel.css(PASSWORD_PROTECTED))


def short_beside_missing(page: Page, body: str | None) -> bool:
    """Tell whether a body shorter than an article's paragraph was found beside a lone "not
    found" line (the item is gone).

    A deleted item's template keeps its side boxes: with the article gone, the best text block
    is one of them (the mayor's box, the users-online panel) while the main column prints only
    "ไม่พบข้อมูล" (no data found) in a plain element, no notice box to tell it by. A few short
    lines (the footer's address and credits, no line an article's paragraph) are as short.
    """
    if body and not short_of_paragraphs(body):
        return False
    for el in page.sel.root.iter(*MISSING_LINE_TAGS):
        text = " ".join((text_up_to(el, NOT_FOUND_LINE * 4) or "").split())
        if not text or len(text) > NOT_FOUND_LINE or not is_missing_notice(text):
            continue
        if text in (body or "") or in_furniture(el, page.sel.root, also=("a",)):
            continue
        return True
    return False


def short_of_paragraphs(body: str) -> bool:
    """Tell whether a body is shorter than an article's paragraph, or a few short lines no
    longer than a notice page's body (NOT_FOUND_MAX_BODY), none of them a paragraph.
    """
    if len(body) < ARTICLE_PARAGRAPH:
        return True
    # the footer's visitor statistics, copyright and best-viewed note are the template's
    lines = [ln for ln in body.splitlines() if not template_line(ln)]
    kept = sum(len(ln) + 1 for ln in lines)
    return kept <= NOT_FOUND_MAX_BODY and all(len(ln) < ARTICLE_PARAGRAPH for ln in lines)


def in_furniture(el: Any, root: Any, also: tuple[str, ...] = ()) -> bool:
    """Tell whether an element sits in the page's furniture (NOT_NOTICE_PLACES, *also*).

    A form wrapping the page (ASP.NET WebForms' one form, Oracle APEX's wwvFlowForm, a JSF
    h:form around the view: more than half of the page's text) is the page, not a search
    or login form, as boilerplate's regions rule has it.
    """
    for a in el.iterancestors():
        if a.tag == "form" and _page_form(a, root):
            continue
        if a.tag in NOT_NOTICE_PLACES or a.tag in also:
            return True
    return False


def _page_form(form: Any, root: Any) -> bool:
    """Tell whether a form holds more than half of the page's text (boilerplate's share)."""
    total = len(_plain_text(root)) or 1
    return len(_plain_text(form)) > boilerplate.REGION_MAX_SHARE * total


def _plain_text(el: Any) -> str:
    """Return an element's printed text (no script or style) without its whitespace."""
    parts = []
    for node in el.iter():
        if isinstance(node.tag, str) and node.tag not in ("script", "style") and node.text:
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    return "".join("".join(parts).split())


def _article_paragraph(root: Any) -> bool:
    """Tell whether the page prints as much running text as an article paragraph.

    Runs of text outside links and page furniture (NOT_RUNNING_TEXT) of TEXT_RUN_CHARS or
    more (a sentence, not a menu word or a headline link) are added up.
    """
    total = 0
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title"):
            continue
        after = not any(a.tag in NOT_RUNNING_TEXT for a in el.iterancestors())
        own = after and el.tag not in NOT_RUNNING_TEXT
        for text, counts in ((el.text, own), (el.tail, after)):
            run = len(text.strip()) if text else 0
            if counts and run >= TEXT_RUN_CHARS:
                total += run
    return total >= ARTICLE_PARAGRAPH


def precise_date(page: Page, raw: str | None) -> str | None:
    """Return a machine-readable time of the same day as *raw* when the page has one.

    The generic extractor may find the printed day ("08 มกราคม 2564") where a <time datetime>
    or a declared date (RDFa, microdata, JSON-LD) of the article carries the time of day too.
    A numeric date that reads more than one way (11/08/2023 month first, 18/06/24 in either
    era) takes the machine value of another reading when the page has one (one with a time
    first, else a date-only one) and none of the reading parsed.
    """
    day = day_of(raw)
    if raw is None or day is None:
        return raw
    others = [other for other in other_days(raw) if other != day]
    timed_raw = isinstance(parse_thai_date(raw), datetime)
    if timed_raw and not others:
        return raw
    # Most specific first (one union query would return them in page order, where a theme's
    # hidden "updated" time may precede the published one).
    machine = [v for query in PRECISE_DATES.split(", ") for v in page.sel.css(query).getall()]
    timed = _timed(machine)
    if not timed_raw and (value := _of_days(timed, [day])) is not None:
        return value
    timed += _timed(v for k, v in declared_dates(page.sel.root) if k in DECLARED_PUBLISHED)
    if not timed_raw and (value := _of_days(timed, [day])) is not None:
        return value
    if others and _of_days(timed, [day]) is None:
        if (value := _of_days(timed, others)) is not None:
            return value
        # A date-only machine value (`<time datetime="2024-07-11">07/11/2024</time>`) settles
        # the reading too, when no machine value has the parser's reading.
        dated = _dated(machine)
        if _of_days(dated, [day]) is None and (value := _of_days(dated, others)) is not None:
            return value
    return raw


def precise_modified(page: Page, raw: str | None) -> str | None:
    """Return the machine time of the last update when its element prints the day alone.

    A timestamp formatter may print a format without the time ("24 เมษายน 2024") in a
    `<time datetime="2024-04-24T05:47:00+00:00">` (Drupal's Changed field): the time element
    labelled as the last update, of the same day as *raw*, carries the time of day.
    """
    day = day_of(raw)
    if raw is None or day is None or isinstance(parse_thai_date(raw), datetime):
        return raw
    # The time closest to its mark wins: a Drupal footer holding the post's time and the
    # "ปรับปรุงล่าสุด" one reads as an update line around both; only one is marked itself.
    levels: dict[str, int] = {}
    for el in page.sel.root.iter("time"):
        level = _update_level(el)
        if level is not None:
            value = el.get("datetime", "").strip()
            levels[value] = min(level, levels.get(value, level))
    timed = [(value, levels[value]) for found_day, value in _timed(levels) if found_day == day]
    closest = [value for value, level in timed if level == min(lv for _, lv in timed)]
    return closest[0] if len(set(closest)) == 1 else raw


# A server-printed update stamp: a numeric date with a time to the second (Apache SSI's
# LAST_MODIFIED under a "%d/%m/%Y %H:%M:%S" timefmt, a script's date("d/m/Y H:i:s")).
STAMP_VALUE_RE = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}:\d{2}$"
)


def stamped_modified(page: Page) -> str | None:
    """Return the value of the page's one labelled update line stamped to the second.

    A static site's footer prints the file's last change on a line of its own ("แก้ไขล่าสุด :
    13/02/2007 16:16:51"), outside the article's text and meta: the page's modification,
    read when nothing nearer the article dates it. A typed update line prints no seconds;
    lines naming different stamps say nothing of this page.
    """
    labels = boilerplate.label_pattern("modified_raw")
    if labels is None or not labels.search(page.text):
        return None
    found: set[str] = set()
    for row in html_to_lines(deepcopy(page.sel.root)):  # it drops the copy's comments
        for line in row.split("\t"):
            if len(line) > UPDATE_LINE_CHARS:
                continue
            said = boilerplate.match_line(line)
            value = said.data.get("modified_raw", "").strip() if said else ""
            if set(said.data if said else ()) == {"modified_raw"} and STAMP_VALUE_RE.match(value):
                found.add(value)
    if len(found) != 1:
        return None
    value = found.pop()
    return value if isinstance(parse_thai_date(value), datetime) else None


UPDATE_LEVELS = 3  # a label or class naming the last update sits this close above its <time>


def _update_level(el: Any) -> int | None:
    """Return how many levels above a <time datetime> it is marked or labelled as the last
    update (0: the element itself), or None when it is not."""
    if not el.get("datetime"):
        return None
    for level, holder in enumerate([el, *el.iterancestors()]):
        if level > UPDATE_LEVELS:
            break
        marks = f"{holder.get('class') or ''} {holder.get('id') or ''}"
        if MODIFIED_HINT.search(marks) or CHANGED_FIELD in marks.split():
            return level
        text = " ".join(" ".join(holder.itertext()).split())
        said = boilerplate.match_line(text) if len(text) <= UPDATE_LINE_CHARS else None
        if said is not None and "modified_raw" in said.data:
            return level
    return None


def _of_days(found: list[tuple[date, str]], days: list[date]) -> str | None:
    """Return the value of *found* (day, value pairs) for the first of *days* it holds."""
    for wanted in days:
        for found_day, value in found:
            if found_day == wanted:
                return value
    return None


def _dated(values: Iterable[str]) -> list[tuple[date, str]]:
    """Return (day, day as ISO text) for each machine value that names a day without a time."""
    dated = []
    for value in values:
        day = date_only_stamp(value)
        parsed = parse_thai_date(day or value)
        if not isinstance(parsed, datetime) and isinstance(parsed, date):
            dated.append((parsed, parsed.isoformat()))
    return dated


def _timed(values: Iterable[str]) -> list[tuple[date, str]]:
    """Return (Bangkok day, value) for each machine value that carries a time of day."""
    timed = []
    for value in values:
        if date_only_stamp(value):
            continue  # a date-only field's placeholder time (Drupal's T12:00:00Z)
        parsed = parse_thai_date(value)
        if isinstance(parsed, datetime):
            local = parsed.astimezone(BANGKOK) if parsed.tzinfo else parsed
            timed.append((local.date(), value.strip()))
    return timed


# A date told as part of a sentence: "ในวันจันทร์ที่ ๒๗ ..." (on Monday the 27th),
# "เมื่อวันที่ 5 ..." (on the 5th): the story's event, in a paragraph of its own.
NARRATIVE_PREFIX_RE = re.compile(r"\s*(?:ใน|เมื่อ)\s*")


def told_in_sentence(text: str, start: int) -> bool:
    """Tell whether the date at *start* of *text* is a sentence's "on the day" adverbial.

    >>> told_in_sentence("ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๐ เวลา ๐๙.๓๐ น.", 2)
    True
    >>> told_in_sentence("เผยแพร่เมื่อ 12 ม.ค. 2567", 12), told_in_sentence("เมื่อ 12 ม.ค. 2567", 6)
    (False, False)
    """
    return bool(NARRATIVE_PREFIX_RE.fullmatch(text[:start])) and text[start:].startswith("วัน")


# Days of an event: a span of days ("๑๓ - ๒๕ กุมภาพันธ์"), or dates after "between".
DAY_SPAN_RE = re.compile(r"[0-9๐-๙]{1,2}\s*[-–—]\s*[0-9๐-๙]{1,2}\s")
BETWEEN_RE = re.compile(r"ระหว่าง(?:วันที่)?\s*$|between\s*$", re.I)


def event_span(text: str, start: int, end: int) -> bool:
    """Tell whether the date at text[start:end] gives an event's days, not a post's day.

    >>> event_span("ซึ่งจัดขึ้นระหว่างวันที่ ๑๓ - ๒๕ กุมภาพันธ์ ๒๕๖๐", 24, 48)
    True
    >>> event_span("เผยแพร่: 23 มิถุนายน 2024", 9, 25)
    False
    """
    return DAY_SPAN_RE.match(text, start) is not None or bool(BETWEEN_RE.search(text[:start]))


def date_beside_title(page: Page, title: str | None, url: str | None = None) -> str | None:
    """Return the text of the standalone date element nearest the title element, if close.

    With the page's *url*, a date in the card of another article (a related or latest list
    under the text: "17 ก.พ. 2567" under its headline link) is that article's, not a
    candidate; nor is a date told in a sentence of the text ("ในวันจันทร์ที่ ๒๗ ...").
    """
    if not title:
        return None
    title_at, title_el = None, None
    carded: set[int] = set()  # dates printed in the card of another article
    dates: list[tuple[int, str, str | None]] = []
    stamps: list[tuple[int, str]] = []
    elements: dict[int, Any] = {}
    placed: dict[int, Any] = {}  # the element of each date found
    for index, el, text, hints in _short_elements(page.sel.root, len(title)):
        if title_at is None and text == title and el.tag in HEADLINE_TAGS:
            # a trail's last crumb repeats it; so does the page's own row in a list of posts
            if not BREADCRUMB_HINT.search(hints or "") and not _listed_row(el):
                title_at, title_el = index, el
        text = printed_as_date(el, text)
        if text and len(text) > DATE_ELEMENT_CHARS and "ศักราช" in text:
            text = " ".join(worded_numbers(text).split())  # a date in words: its numbers
        if text and len(text) > DATE_ELEMENT_CHARS:
            text = BYLINE.sub("", text)  # a poster's long name first: "โพสต์โดย <office> เผยแพร่..."
        if not text or len(text) > DATE_ELEMENT_CHARS or hints is None:
            continue
        if MODIFIED_HINT.search(hints) or _termed_update(el):
            continue
        if ARTICLE_BODY_HINT.search(hints):
            continue  # a date the text itself prints (schema.org marks it the articleBody)
        if COMMENT_HINT.search(hints):
            continue  # a comment's date (K2's commentDate, a comment list's meta)
        if "fb-" in hints or "tweet" in hints or "-media" in hints or "-embed" in hints:
            if boilerplate.is_embedded_post(el):
                continue  # an embedded social post's day: another publication's
        if CUT_TEXT_RE.search(text):
            continue  # a teaser of the text cut with an ellipsis: the story's dateline
        said = boilerplate.match_line(text)
        if said is not None and "modified_raw" in said.data:
            continue  # a labelled update ("อัปเดต: 30 ธ.ค. 2023") around an updated element
        if el.find(".//time") is not None:
            text = text_without_modified(el)  # a row printing the updated time first
        text = BYLINE.sub("", text)  # "Submitted by <user> on <date>": the date is the line
        if (declared := _declared_reading(page, text)) is not None:
            dates.append((index, declared, "declared"))
            placed[index] = el
            continue
        parsed = parse_thai_date_detailed(text)
        if parsed is None or not plausible_publication(parsed.value):
            continue
        if told_in_sentence(text, parsed.start) or in_related_list(el):
            continue  # the story's day in a sentence; another post's day in a related list
        if event_span(text, parsed.start, parsed.end):
            continue  # an event's days ("ระหว่างวันที่ ๑๓ - ๒๕ ..."): a post has one day
        if _in_other_card(el, url):
            carded.add(index)
        if (parsed.end - parsed.start) * 10 >= len(_date_line_core(text)) * 4:
            role = "named" if _named_published(el) else _date_role(text, hints)
            if role is None and _event_labelled(el, text[: parsed.start]):
                role = "event"
            dates.append((index, text[parsed.start : parsed.end], role))
            elements[index] = placed[index] = el
            if parsed.start == 0 and not text[parsed.end :].strip() and not _update_stamp(el):
                stamps.append((index, text))  # the element prints the date alone
    if title_at is None:
        return None
    if title_el.tag == "p":  # a paragraph headline: the dates of its header block only
        header = _header_block(title_el)
        held = [found for found in dates if _is_under(placed[found[0]], header)]
        if not held and (above := row_above(title_el)) is not None:
            header = above  # the dated row above the headline's row (table layouts)
        dates = [found for found in dates if _is_under(placed[found[0]], header)]
        stamps = [found for found in stamps if _is_under(placed[found[0]], header)]
    own = [found for found in dates if found[0] not in carded]
    cards = [elements[i] for i in carded if i in elements]
    if cards and _dated_apart(
        title_el, [elements[i] for i, _, _ in own if i in elements], cards, url
    ):
        # the page's own headline and a date of its own: the cards' dates are other articles'
        dates, stamps = own, [found for found in stamps if found[0] not in carded]
    if not dates:
        return None
    dates = _publication_over_creation(dates)
    distance, at, text = min((abs(i - title_at), i, t) for i, t, _ in dates)
    if distance > NEAR_TITLE:
        return None
    text = with_time_of_day(text, [t for i, t in stamps if abs(i - title_at) <= NEAR_TITLE])
    return with_row_time(text, elements[at], title_el) if at in elements else text


HEADING_BLOCK_LEVELS = 2  # levels above a headline that hold its date line (or list items)


LIST_ROW_LEVELS = 3  # levels above a linked title searched for the row of a list


def _listed_row(el: Any) -> bool:
    """Tell whether *el* prints a title as the link of one row of a list of posts (a popular
    or latest list naming the page itself among others): the link's text is all of its text,
    and it or an ancestor up to LIST_ROW_LEVELS (a list item, or a classed block) has two or
    more siblings of its own tag and class holding links (the list's other rows)."""
    link = el if el.tag == "a" else next(el.iter("a"), None)
    if link is None or folded_text(link) != folded_text(el):
        return False
    node = el
    for _ in range(LIST_ROW_LEVELS + 1):
        # a list item, or a block its template classes as one of a run (Views' views-row):
        # unclassed blocks beside each other are a page's layout, no list
        if node.tag == "li" or node.get("class"):
            rows = [
                sibling
                for sibling in (*node.itersiblings(preceding=True), *node.itersiblings())
                if sibling.tag == node.tag
                and sibling.get("class") == node.get("class")
                and sibling.find(".//a") is not None
            ]
            if len(rows) >= 2:
                return True
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return False
    return False


def _header_block(headline: Any) -> Any:
    """Return the block a headline's date line is printed in: up to two levels above it.

    A headline printed as a paragraph is told from the text's paragraphs by its place only:
    a date in a paragraph of the text under it ("ประจำวันที่ 9 กรกฎาคม 2563") is the story's,
    while the template prints the post's date in the headline's own header block.
    """
    block = headline
    for _ in range(HEADING_BLOCK_LEVELS):
        if block.getparent() is None or block.getparent().tag == "body":
            break
        block = block.getparent()
    return block


HEADER_ROW_CHARS = 120  # a header row prints short cells: an issue number, a date, a time


def row_above(headline: Any) -> Any | None:
    """Return the table row printed just above the headline's own row, when it is a header.

    Table layouts (NetObjects Fusion, FrontPage) print a news item's header row, "ฉบับที่
    ๑๕/๒๕๔๘" | "วันที่ ๒๙ มีนาคม ๒๕๔๘" | "เวลา ๑๐.๓๐ น." in cells of their own, in the row
    above the cell holding the headline and the text (past blank spacer rows). Such a row is
    short and links nowhere (a menu row has links); None when there is no such row.

    >>> table = etree.fromstring('<table><tr><td>ฉบับที่ ๑</td><td>วันที่ ๒ มีนาคม ๒๕๔๘'
    ...     '</td></tr><tr><td><img src="s.gif"/></td></tr><tr><td><p><b>หัวข้อ</b></p>'
    ...     '<p>ข้อความ</p></td></tr></table>')
    >>> " ".join(row_above(table.find(".//p")).itertext())
    'ฉบับที่ ๑ วันที่ ๒ มีนาคม ๒๕๔๘'
    """
    row = next(headline.iterancestors("tr"), None)
    if row is None:
        return None
    for sibling in row.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        text = " ".join(" ".join(sibling.itertext()).split())
        if not text:
            continue  # a spacer row (a clear pixel between the rows)
        if sibling.tag != "tr" or len(text) > HEADER_ROW_CHARS or sibling.find(".//a") is not None:
            return None
        return sibling
    return None


def _is_under(el: Any, block: Any) -> bool:
    """Tell whether *el* is *block* or inside it."""
    return el is block or any(up is block for up in el.iterancestors())


def _dated_apart(title: Any, own: list[Any], cards: list[Any], url: str | None) -> bool:
    """Tell whether the headline's block prints a date of its own (*own*) apart from the
    cards of other articles: a block a level or two above the headline holds one of *own*
    before it holds any card (a list's heading holds its items; an article's headline and
    date line are apart from the related list under its text)."""
    if title is None or _in_other_card(title, url):
        return False
    node = title
    for _ in range(HEADING_BLOCK_LEVELS):
        node = node.getparent()
        if node is None:
            return False
        held = [card for card in cards if node in card.iterancestors()]
        mine = [el for el in own if node in el.iterancestors()]
        if held:  # the level holding both: the own date printed before the cards (the post's
            return bool(mine) and _printed_before(node, mine, held)  # meta line, then its list)
        if mine:
            return True
    return False


def _printed_before(holder: Any, first: list[Any], then: list[Any]) -> bool:
    """Tell whether an element of *first* comes before every element of *then* in *holder*."""
    wanted = set(then)
    for el in holder.iter():
        if el in wanted:
            return False
        if el in first:
            return True
    return False


def _told_in_text_over_time_element(beside: str, parts: Any) -> bool:
    """Tell whether the date *beside* the title is a line of the article's text ("ประจำวันที่ 9
    กรกฎาคม 2563" under a report's headline) while the template prints the post's own day,
    another one, in a <time datetime> element (a block theme's date under the text): the
    element is the post's date, the line the story's."""
    if parts.published_source != "<time datetime>" or not parts.body:
        return False
    if day_of(beside) == day_of(parts.published_raw):
        return False
    return any(beside in line for line in parts.body.split("\n"))


def without_row_time(
    body: str | None, dated: str | None, view_count: int | None = None
) -> str | None:
    """Return *body* without a first line that is the time its date beside the title took.

    A meta row printing the time in an item of its own ("เวลา ๑๑.๑๑ น.", with_row_time) can
    leave that item atop the text when the rest of the row is furniture: the time is the
    date's, no line of the text. The counter read as the *view_count* (a bare number beside
    an eye icon) may follow it on that line.

    >>> without_row_time("เวลา ๑๑.๑๑ น.\\nข่าววันนี้", "๒๖ พ.ค. ๒๕๖๗ เวลา ๑๑.๑๑ น.")
    'ข่าววันนี้'
    >>> without_row_time("เวลา ๑๑.๑๑ น. ๑,๒๐๕\\nข่าววันนี้", "๒๖ พ.ค. ๒๕๖๗ เวลา ๑๑.๑๑ น.", 1205)
    'ข่าววันนี้'
    >>> without_row_time("เวลา ๑๑.๑๑ น.\\nข่าววันนี้", "๒๖ พ.ค. ๒๕๖๗")
    'เวลา ๑๑.๑๑ น.\\nข่าววันนี้'
    """
    if not body or not dated:
        return body
    first, _, rest = body.partition("\n")
    first = " ".join(first.split())
    time, _, count = first.rpartition(" ")
    bare = BARE_NUMBER_RE.fullmatch(count) is not None
    if time and view_count is not None and bare and parse_view_count(count) == view_count:
        first = time  # the row's counter, read already
    if first and TIME_ALONE_RE.fullmatch(first) and dated.endswith(f" {first}"):
        return rest or None
    return body


def post_time_over_dateline(page: Page, url: str, printed: str, body: str | None) -> str | None:
    """Return the post's own published time when the date beside its title is the text's.

    A date the text itself prints near its headline ("ประจำวันที่ 9 กรกฎาคม 2563", "ระหว่าง
    วันที่ ๑๓ - ๒๕ กุมภาพันธ์ ๒๕๖๐": the day of the report, of the event, of an old story put
    online again) is no publication date when the post declares its own: the hAtom
    `published` time (WordPress's `time.entry-date`, printed by the theme's meta row or
    footer), one value, outside other articles' cards. Otherwise None.
    """
    if not body or " ".join(printed.split()) not in " ".join(body.split()):
        return None
    values = {
        value.strip()
        for el in page.sel.root.iter("time")
        if (value := el.get("datetime"))
        and value.strip()
        and _post_time_class(el)
        and not any(a.tag in ("aside", "nav") for a in el.iterancestors())
        and not _in_other_card(el, url)
    }
    if len(values) != 1:
        return None
    value = values.pop()
    posted, said = day_of(value), day_of(printed)
    return value if posted is not None and said is not None and posted != said else None


def _post_time_class(el: Any) -> bool:
    """Tell whether a <time> is marked as the entry's publication (hAtom, WordPress)."""
    classes = (el.get("class") or "").split()
    return "published" in classes or ("entry-date" in classes and "updated" not in classes)


def _in_other_card(el: Any, url: str | None) -> bool:
    """Tell whether a date element is printed in the card of another article of the page."""
    return url is not None and in_card(el, url, lambda href: urljoin(url, href))


def _named_published(el: Any) -> bool:
    """Tell whether an element's accessible name labels it as the publication date.

    ``aria-label`` (or ``title``) names what an element holds: a calendar badge printing the
    day, month and year in spans of their own, named "วันที่เผยแพร่" (publication date).

    >>> _named_published(etree.fromstring('<div aria-label="วันที่เผยแพร่"><span>๑</span></div>'))
    True
    """
    name = " ".join((el.get("aria-label") or el.get("title") or "").split())
    return bool(name) and PUBLISHED_LABEL_RE.match(name + " ") is not None


# A numeric date alone, maybe with its time: "9/25/24", "9/25/24, 11:51 AM", "25/09/2567".
NUMERIC_DAY_RE = re.compile(
    r"[0-9๐-๙]{1,2}\s*/\s*[0-9๐-๙]{1,2}\s*/\s*[0-9๐-๙]{2,4}"
    r"(?:,?\s*[0-9๐-๙]{1,2}[:.][0-9๐-๙]{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
)


def _declared_reading(page: Page, text: str) -> str | None:
    """Return the page's declared publication time of the day a numeric date *text* prints.

    A numeric date reads several ways ("9/3/24": 9 March or, Java's en_US short format, month
    first, 3 September; "9/25/24" only month first; a two-digit year in either era). The
    reading that is the day the page declares its article published (JSON-LD, microdata,
    meta) is the one meant, and the declared value (with its time) stands for it.
    """
    if not NUMERIC_DAY_RE.fullmatch(text.strip()):
        return None
    others = other_days(text)
    if not others:
        return None
    declared = [v for k, v in declared_dates(page.sel.root) if k in DECLARED_PUBLISHED]
    return _of_days(_timed(declared), others) or _of_days(_dated(declared), others)


def with_time_of_day(text: str, near: list[str]) -> str:
    """Return the date *text*, or the first *near* stamp printing its day with a time.

    A meta row printing the day alone ("๘ เดือนกรกฎาคม ๒๕๖๗") beside a record's stamp of the
    same day with its time ("8 ก.ค. 2024 10:00:00"): the time is the item's. Stamps are
    elements printing a date alone; a sentence of the story ("ในวันจันทร์ที่ ๒๗ ... เวลา
    ๐๙.๓๐ น.", the event's time) is none.

    >>> with_time_of_day("8 กรกฎาคม 2567", ["8 กรกฎาคม 2567", "8 ก.ค. 2024 10:00:00"])
    '8 ก.ค. 2024 10:00:00'
    >>> with_time_of_day("8 กรกฎาคม 2567", ["9 ก.ค. 2024 10:00:00"])
    '8 กรกฎาคม 2567'
    """
    day = parse_thai_date(text)
    if day is None or isinstance(day, datetime):
        return text
    for other in near:
        value = parse_thai_date(other)
        if isinstance(value, datetime) and value.date() == day:
            return other
    return text


def with_footer_time(page: Page, raw: str | None) -> str | None:
    """Return the printed day *raw* with the time of day the entry's footer prints.

    A blog prints the day in a date header above the entry and the time alone in the entry's
    footer ("Posted by pr_admin at 02:20 PM"); the page printing one such time (its comments
    print theirs otherwise) gives the entry's. A day printed with its time is kept.

    >>> from pipelines.html_tree import html_selector
    >>> html = '<h2>May 18, 2006</h2><h3>T</h3><p>Posted by ann at 02:20 PM | Permalink</p>'
    >>> page = Page(text=html, encoding="utf-8", sel=html_selector(html, ""))
    >>> with_footer_time(page, "May 18, 2006")
    'May 18, 2006 at 02:20 PM'
    """
    day = parse_thai_date(raw) if raw else None
    if day is None or isinstance(day, datetime):
        return raw
    times = set()
    for el in page.sel.root.iter():
        if not isinstance(el.tag, str) or not POSTED_BY_START_RE.match(el.text or ""):
            continue
        # the label's element, or the line holding it ("<span>Posted by X</span> at 2:20 PM")
        for line in (el, el.getparent()):
            text = " ".join("".join(line.itertext()).split()) if line is not None else ""
            if match := POSTED_AT_TIME_RE.match(text):
                times.add(match.group("time"))
                break
    if len(times) != 1:
        return raw
    return of_day(raw, day, f"at {times.pop()}") or raw


# A meta row opening with the time of day, other items after it ("เวลา ๑๓.๒๔ น. | ผู้อ่าน :
# ๒๕๒ ครั้ง | โพสต์โดย : admin"); the elements whose first text opens with "เวลา".
ROW_OPENING_TIME_RE = re.compile(
    r"^(?P<time>เวลา\s*[0-9๐-๙]{1,2}\s*[.:]\s*[0-9๐-๙]{2}\s*(?:น\.?|นาฬิกา))\s*[|•·]"
)
OPENS_WITH_TIME = etree.XPath("//body//*[starts-with(normalize-space(text()), 'เวลา')]")


def with_row_opening_time(page: Page, raw: str | None) -> str | None:
    """Return the printed day *raw* with the time a meta row of the page opens with.

    An old template prints the day in the article's header and the time at the head of the
    meta row under the text ("เวลา ๑๓.๒๔ น. | ผู้อ่าน : ๒๕๒ ครั้ง | โพสต์โดย : admin"), the
    rest of the row furniture: one such time on the page is the article's.

    >>> from pipelines.html_tree import html_selector
    >>> html = ('<body><p>วันที่ ๒๒ มี.ค. ๒๕๖๖</p><p>ข่าว</p><p>เวลา ๑๓.๒๔ น. | ผู้อ่าน : ๒๕๒ '
    ...     'ครั้ง</p></body>')
    >>> with_row_opening_time(Page(text=html, sel=html_selector(html, "")), "๒๒ มี.ค. ๒๕๖๖")
    '๒๒ มี.ค. ๒๕๖๖ เวลา ๑๓.๒๔ น.'
    """
    day = parse_thai_date(raw) if raw else None
    if day is None or isinstance(day, datetime) or "เวลา" not in page.text:
        return raw
    times = set()
    for el in OPENS_WITH_TIME(page.sel.root):
        text = " ".join("".join(el.itertext()).split())
        found = ROW_OPENING_TIME_RE.match(text) if len(text) <= META_ROW_CHARS else None
        if found and boilerplate.match_line(text) is not None:
            times.add(found.group("time"))
    if len(times) != 1:
        return raw
    return of_day(raw, day, times.pop()) or raw


def printed_as_date(el: Any, text: str) -> str:
    """Return the date a short element prints: its text, or what stands for it.

    A <time> whose visible text is only a relative time ("2 เดือน ที่แล้ว" = 2 months ago,
    "3 days ago") gives its machine datetime; a meta row printing the date with a counter or
    a source ("๑๘ กรกฎาคม ๒๕๖๗ เวลา ๑๓.๕๘ น. จำนวนผู้อ่าน ๒,๙๓๖ ครั้ง") gives its date.

    >>> el = etree.fromstring('<time datetime="2024-08-04T10:53:00+07:00">4 เดือน ที่แล้ว</time>')
    >>> printed_as_date(el, "4 เดือน ที่แล้ว")
    '2024-08-04T10:53:00+07:00'
    >>> printed_as_date(el, "วันพฤหัสบดีที่ 18 กรกฎาคม 2567 เวลา 13.58 น. จำนวนผู้อ่าน 2,936 ครั้ง")
    'วันพฤหัสบดีที่ 18 กรกฎาคม 2567 เวลา 13.58 น.'
    """
    stamp = (el.get("datetime") or "").strip() if el.tag == "time" else ""
    if stamp and text:
        said = boilerplate.match_line(text)
        if said is not None and said.rules == ["relative_time"]:
            return stamp
    row = boilerplate.match_meta_row(text) if text else None
    if row is None and text:
        row = labelled_meta_row(text)
    return row.data["published_raw"] if row is not None else text


def labelled_meta_row(text: str) -> Any | None:
    """Return a meta row that labels its date as the publication and its counter or source.

    "โพสต์เมื่อ : 26 มี.ค. 2567, 10:54 | เปิดอ่าน : 4747 ครั้ง" (posted on ... | read N times):
    every item of the row is a labelled field, the date the publication's.

    >>> labelled_meta_row("โพสต์เมื่อ : 26 มี.ค. 2567, 10:54 | เปิดอ่าน : 4747 ครั้ง").data
    {'published_raw': '26 มี.ค. 2567, 10:54', 'view_count': '4747'}
    >>> labelled_meta_row("โพสต์เมื่อ : 26 มี.ค. 2567") is None
    True
    """
    said = boilerplate.match_line(text)
    if said is None or "published_raw" not in said.data:
        return None
    return said if {"view_count", "source"} & set(said.data) else None


def _update_stamp(el: Any) -> bool:
    """Tell whether a date element's container labels it as the last update.

    >>> row = etree.fromstring("<div>แก้ไขล่าสุด : <span>2/1/2567 18:11:30</span></div>")
    >>> _update_stamp(row[0]), _update_stamp(etree.fromstring("<td>2/1/2567 18:11:30</td>"))
    (True, False)
    """
    parent = el.getparent()
    if parent is None:
        return False
    said = boilerplate.match_line(" ".join(" ".join(parent.itertext()).split()))
    return said is not None and "modified_raw" in said.data


TERM_LEVELS = 3  # levels from a date element up to the list value (<dd>) holding it


def _termed_update(el: Any) -> bool:
    """Tell whether a date element is the value of a definition list's update term.

    A definition list prints each field's label in a <dt> and its value in the <dd> after it
    ("<dt>ปรับปรุงล่าสุด</dt><dd>๒๗ มิ.ย. ๖๗ ๒๐:๑๑</dd>": last updated): the value's label is
    the nearest term before it.

    >>> dl = etree.fromstring("<dl><dt>วันที่ลงข่าว</dt><dd>๒๖ ก.ค. ๖๗</dd>"
    ...     "<dt>ปรับปรุงล่าสุด</dt><dd><span>๓๐ ก.ค. ๖๗ ๑๓:๓๘</span></dd></dl>")
    >>> _termed_update(dl[1]), _termed_update(dl[3][0])
    (False, True)
    """
    for holder in itertools.islice(itertools.chain([el], el.iterancestors()), TERM_LEVELS):
        if holder.tag != "dd":
            continue
        term = holder.getprevious()
        while term is not None and term.tag != "dt":
            term = term.getprevious()
        label = folded_text(term) if term is not None else ""
        return bool(label) and MODIFIED_LABEL_RE.fullmatch(label.rstrip(":： ")) is not None
    return False


def _date_role(text: str, hints: str) -> str | None:
    """Return "created" or "published" when a date's label or itemprop says which it is.

    >>> _date_role("สร้าง: 14 กุมภาพันธ์ 2024", ""), _date_role("15 ก.พ. 2567", "datePublished")
    ('created', 'published')
    """
    if CREATED_LABEL_RE.match(text) or CREATED_PROP_RE.search(hints):
        return "created"
    if PUBLISHED_LABEL_RE.match(text) or PUBLISHED_PROP_RE.search(hints):
        return "published"
    return None


# The poster's login closing a labelled date line ("โพสต์เมื่อ 25 Jun 2005 โดย admin").
TRAILING_BYLINE_RE = re.compile(r"\s+(?:โดย|by)\s*:?\s*[\w.@-]{1,30}$", re.I)


def _date_line_core(text: str) -> str:
    """Return a date line without its publication label and the poster's login after it:
    what is left must be mostly the date for the element to be a date element.

    >>> _date_line_core("โพสต์เมื่อ 25 Jun 2005 โดย admin")
    '25 Jun 2005'
    """
    labelled = PUBLISHED_LABEL_RE.match(text)
    if labelled is None:
        return text
    return TRAILING_BYLINE_RE.sub("", text[labelled.end() :]).strip()


def _event_labelled(el: Any, before: str) -> bool:
    """Tell whether the words right before a date (in its own text, or in its line before the
    element) label it as an event's date ("วันที่จัดกิจกรรม <strong>๒๙ มี.ค. ๖๗</strong>").

    >>> box = etree.fromstring('<div>วันที่จัดกิจกรรม <strong>๒๙ มี.ค. ๖๗</strong></div>')
    >>> _event_labelled(box[0], ""), _event_labelled(box, "วันที่จัดกิจกรรม ")
    (True, True)
    >>> _event_labelled(etree.fromstring('<li>เผยแพร่ <span>๓๐ มี.ค. ๖๗</span></li>')[0], "")
    False
    >>> row = etree.fromstring('<div>วันที่จัดงาน <!-- d --><b>๒๙ มี.ค. ๖๗</b></div>')
    >>> _event_labelled(row[1], "")
    True
    """
    if before.strip():
        return boilerplate.EVENT_LABEL_RE.search(before[-EVENT_LABEL_CHARS:]) is not None
    parent = el.getparent()
    if parent is None:
        return False
    lead = [parent.text or ""]
    for sibling in parent:
        if sibling is el:
            break
        if isinstance(sibling.tag, str):  # a comment prints nothing
            lead += sibling.itertext()
        lead.append(sibling.tail or "")
    words = " ".join("".join(lead).split())
    return bool(words) and boilerplate.EVENT_LABEL_RE.search(words[-EVENT_LABEL_CHARS:]) is not None


def _publication_over_creation(
    dates: list[tuple[int, str, str | None]],
) -> list[tuple[int, str, str | None]]:
    """Drop the dates labelled as the item's creation when a publication date is printed too,
    and those labelled as the day of the event it reports when any other date is printed.

    Joomla's article info prints "สร้าง:" (the draft's creation, up to a day earlier) before
    "เผยแพร่:" (published); alone, a creation date is the only date there is and stays. A
    numeric date that is the day the page declares its publication (see _declared_reading)
    is the page's date: the dates of the story printed nearer the title (a lead's
    "วันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑") are not.
    """
    if any(role != "event" for _, _, role in dates):
        dates = [found for found in dates if found[2] != "event"]  # the activity's day
    if any(role == "declared" for _, _, role in dates):
        return [found for found in dates if found[2] == "declared"]
    if any(role == "named" for _, _, role in dates):
        return [found for found in dates if found[2] == "named"]
    if not any(role == "published" for _, _, role in dates):
        return dates
    # a date labelled as the post's ("โพสต์เมื่อ 25 Jun 2005 โดย admin") over unlabelled ones
    # nearer the headline (a comment's "@ 26 Jun 2005 16:09")
    return [found for found in dates if found[2] == "published"]


def _short_elements(root: Any, title_chars: int) -> Iterator[tuple[int, Any, str, str | None]]:
    """Yield (document index, element, folded text, class hints) for elements of short text.

    One pass computes every element's raw text length bottom-up, so only short elements are
    ever joined (no quadratic text walks on big pages). Hints are the classes and itemprops
    of the element and its ancestors, or None inside aside/nav.
    """
    bodies = root.xpath("//body")
    if not bodies:
        return
    limit = max(DATE_ELEMENT_CHARS, title_chars) * 4 + 200
    lengths: dict[Any, int] = {}
    for _, el in etree.iterwalk(bodies[0], events=("end",)):
        if not isinstance(el.tag, str):
            continue
        total = len(el.text or "")
        for child in el:
            total += lengths.get(child, 0) + len(child.tail or "")
        lengths[el] = total
    index = -1
    stack: list[tuple[Any, str | None]] = []
    for event, el in etree.iterwalk(bodies[0], events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "end":
            stack.pop()
            continue
        parent_hints = stack[-1][1] if stack else ""
        blocked = parent_hints is None or el.tag in ("aside", "nav")
        own = " ".join(v for v in (el.get("class"), el.get("itemprop")) if v)
        hints = None if blocked else f"{parent_hints} {own}".strip()
        stack.append((el, hints))
        if el is bodies[0] or el.tag in ("script", "style"):
            continue
        index += 1
        if lengths.get(el, 0) > limit:
            continue
        text = " ".join(" ".join(el.itertext()).split())
        yield index, el, text, hints


def page_attachments(page: Page, url: str) -> list[dict[str, str]]:
    """Return document links (PDF, Word, Excel) of the page outside its menus and footer."""
    root = deepcopy(page.sel.root)  # the parsed page, copied: menus are cut below
    for el in root.xpath("//nav|//header|//footer|//aside|//script|//style"):
        boilerplate.detach(el)  # keeps the tail, made XML-safe (drop_tree raises on \x1f)
    return find_attachments(root, url)


def content_anchors(page: Page) -> list[Any]:
    """Return the page's links that sit in no furniture (menus, sidebars, footers, sharing)."""
    verdicts: dict[Any, _Ancestor] = {}
    return [link for link in page.sel.css("a[href]") if not _in_furniture(link.root, verdicts)]


@dataclass(frozen=True)
class _Ancestor:
    """What an element says of the links below it: its tag, furniture word and link count."""

    tag: str
    hint: str | None  # the furniture word its class or id holds ("menu", "sidebar", ...)
    links: int


def _ancestor(element: Any, seen: dict[Any, _Ancestor]) -> _Ancestor:
    """Return (and remember) what *element* says of the links below it."""
    known = seen.get(element)
    if known is None:
        tag = element.tag if isinstance(element.tag, str) else ""
        found = None
        if tag not in ("html", "body"):
            # page-wide classes describe the layout (WordPress: right-sidebar, nav-open)
            match = FURNITURE_HINT.search(role_marks(element))
            found = match.group(0) if match else None
        links = sum(1 for _ in element.iterdescendants("a")) if found else 0
        known = seen[element] = _Ancestor(tag, found, links)
    return known


def _in_furniture(link: Any, seen: dict[Any, _Ancestor]) -> bool:
    """Tell whether the link element *link* sits in site furniture (*seen* caches ancestors)."""
    elements = list(link.iterancestors())[::-1]
    ancestors = [_ancestor(element, seen) for element in elements]
    in_content = any(a.tag in ("article", "main") for a in ancestors)
    # The page's main landmark holds the content: a furniture word on an element around it
    # names the page's template (a wrapper classed after a "right sidebar" layout), no menu.
    landmark = max((k for k, e in enumerate(elements) if _main_landmark(e)), default=-1)
    for depth, (ancestor, element) in enumerate(zip(ancestors, elements, strict=True)):
        tag = ancestor.tag
        if tag == "aside" and not ancestor.hint and _featured_entry(element, link):
            continue  # the newest story shown in full above the list (Pelican's #featured)
        if tag in ("nav", "aside") or (tag in FURNITURE and not in_content):
            return True
        found = ancestor.hint
        if not found or depth < landmark:
            continue
        if ancestor.links == 1:
            continue  # a wrapper of this one link (a per-item menu padding class): no menu
        if found.lower() == "footer" and _entry_part(element):
            continue  # each entry's own footer (its read-more and comments links)
        if not (PAGED_CONTAINER.fullmatch(found) and _holds_entry(element, link)):
            if found.lower() == "sidebar" and (
                _layout_wrapper(element, link) or _around_sidebar(element, link)
            ):
                continue
            return True
    return False


def _featured_entry(aside: Any, link: Any) -> bool:
    """Tell whether *link* is the headline of the one story an ``aside`` shows (a featured
    story above a list, as Pelican's themes print it), not an item of a sidebar widget.

    >>> from lxml import html
    >>> page = html.fromstring('<div><aside><article><h1><a href="/n/9">ข่าว</a></h1><p>x</p>'
    ...     '</article></aside><aside><article><h3><a href="/n/8">ก</a></h3></article><article>'
    ...     '<h3><a href="/n/7">ข</a></h3></article></aside></div>')
    >>> [_featured_entry(a.getparent().getparent().getparent(), a) for a in page.iter("a")]
    [True, False, False]
    """
    stories = list(aside.iter("article"))
    if len(stories) != 1:
        return False
    heading = next(link.iterancestors("h1", "h2", "h3"), None)
    return heading is not None and stories[0] in heading.iterancestors()


ENTRY_PARTS_MIN = 3  # elements of one class on a page: a part of each entry of a list


def _entry_part(element: Any) -> bool:
    """Tell whether an element's class names a part every entry of a list prints (Geeklog's
    td.storyfooter under each story, a card's card-footer): its class recurs on the page.

    >>> from lxml import html
    >>> page = html.fromstring('<div>' + '<p class="storyfooter">x</p>' * 3 + '</div>')
    >>> _entry_part(page[0]), _entry_part(html.fromstring('<div class="footer">x</div>'))
    (True, False)
    """
    classes = element.get("class")
    if not classes:
        return False
    return ENTRY_CLASS_COUNT(element, cls=classes) >= ENTRY_PARTS_MIN


ENTRY_CLASS_COUNT = etree.XPath("count(//@class[. = $cls])")


def _main_landmark(element: Any) -> bool:
    """Tell whether an element is the page's main landmark (<main> or role=main)."""
    return element.tag == "main" or element.get("role") == "main"


def _layout_wrapper(ancestor: Any, link: Any) -> bool:
    """Tell whether a "sidebar"-named ancestor element is a column wrapper holding a whole entry.

    Its class list names a layout role besides the sidebar (container, main, wrapper, a
    sticky-column script), and an <article> lies between it and the link. A real sidebar
    (class "sidebar", "widget-area") names no such role.
    """
    tokens = ancestor.get("class", "").split()
    roles = [t for t in tokens if "sidebar" not in t.lower() and LAYOUT_TOKEN.search(t)]
    roles += [t for t in tokens if SIDED_SIDEBAR_RE.fullmatch(t)]
    sticky = any(re.search(r"sticky.?sidebar", t, re.I) for t in tokens)
    return bool(roles or sticky) and _holds_entry(ancestor, link)


def _around_sidebar(ancestor: Any, link: Any) -> bool:
    """Tell whether a "sidebar"-named ancestor element is the column layout around the sidebar.

    It holds the sidebar itself (an <aside>) beside the column of the link, and an <article>
    lies between it and the link: a two-column wrapper classed after its sidebar's look (a
    theme's "background_color_sidebar") is no sidebar. A real sidebar holds no <aside>.
    """
    if next(ancestor.iterdescendants("aside"), None) is None:
        return False
    return _holds_entry(ancestor, link)


def _holds_entry(ancestor: Any, link: Any) -> bool:
    """Tell whether an <article> lies between element *ancestor* and element *link*.

    A pagination block holds page links, never whole entries: a container named after its
    paging (Divi's et_pb_ajax_pagination_container, Avada's fusion-blog-pagination posts
    container) that wraps the entries is the listing itself.
    """
    node = link.getparent()
    while node is not None and node is not ancestor:
        if node.tag == "article" or _marked_entry(node):
            return True
        node = node.getparent()
    return False


# An entry marked up as one without the <article> tag: ARIA's role, schema.org's microdata
# (Joomla 3's blog items, itemprop="blogPost" itemtype=".../BlogPosting").
ENTRY_ITEMTYPE_RE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|SocialMediaPosting)\b")


def _marked_entry(node: Any) -> bool:
    """Tell whether *node* is an entry by its role or its microdata type."""
    return node.get("role") == "article" or bool(ENTRY_ITEMTYPE_RE.search(node.get("itemtype", "")))


def declared_language(root: Any) -> str | None:
    """Return the language a page declares in <html lang>, as its primary subtag.

    >>> import lxml.html
    >>> declared_language(lxml.html.fromstring('<html lang="en-GB"><body>x</body></html>'))
    'en'
    """
    lang = (root.get("lang") or "").strip().lower() if hasattr(root, "get") else ""
    return lang.split("-")[0][:3] if lang else None


LAYOUT = GenericLayout()
