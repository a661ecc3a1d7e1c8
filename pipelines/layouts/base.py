"""What every layout shares: the parsed page, first-match selector lists, the text of nodes.

A layout reads one page: `extract(page, url)` picks the article's raw parts with selector
lists (first match wins in each list) and returns an Article for the normaliser;
`extract_links(page, url)` and `next_page(page, url)` read an HTML listing. Layouts are pure:
no Scrapy, no spider, no network; the crawl, `khaosan extract`, `khaosan check` and the tests
call the same code.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar
from urllib.parse import parse_qs, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree
from parsel import Selector, SelectorList
from w3lib.encoding import html_to_unicode
from w3lib.html import get_base_url

from crawler.items import Article
from crawler.urls import browser_href, canonical_url
from pipelines import boilerplate, cf_email, email_cloak
from pipelines.boilerplate import folded_text
from pipelines.encoding import decode_html, repaired
from pipelines.generic import CUT_TEXT_RE, TIME_ALONE_RE, same_title, tags_around
from pipelines.html_tree import html_selector
from pipelines.layouts.cards import HEADINGS, holding, in_card
from pipelines.layouts.prefilter import SourceWords, could_match
from pipelines.layouts.script_links import link_target
from pipelines.layouts.select_pager import next_by_select
from pipelines.normalize import plausible_publication
from pipelines.text import find_counter, text_up_to
from pipelines.thai_dates import dates_only, find_thai_dates, parse_thai_date

CANONICAL_LINK = ['link[rel="canonical"]::attr(href)']
SHORTLINK = ['link[rel="shortlink"]::attr(href)']
BASE_URL_CHARS = 4096  # where a <base href> is looked for (as Scrapy's response.urljoin does)


@dataclass
class Page:
    """A decoded HTML page: its text and parsed tree (the URL it came from is passed beside it)."""

    text: str
    encoding: str = "utf-8"
    problem: str | None = None  # what decoding found wrong (kept in the record's problems)
    sel: Selector = field(default=None, repr=False)  # type: ignore[assignment]
    _base: tuple[str, str] | None = field(default=None, init=False, repr=False)
    # see configured_host; found only when a link names another host (most never do)
    _alias: str | None = field(default=None, init=False, repr=False)
    _alias_known: bool = field(default=False, init=False, repr=False)
    _words: SourceWords | None = field(default=None, init=False, repr=False)
    _joined: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.sel is None:
            self.sel = html_selector(self.text)
        words = self.words()
        if any(marker in words for marker in ICON_MARKERS):  # most pages print no icon font
            name_icon_ligatures(self.sel.root)
        if "<img" in words:
            counter_images_as_text(self.sel.root)
        if any(marker in words for marker in cf_email.MARKERS):  # behind Cloudflare only
            cf_email.reveal_emails(self.sel.root)
        if any(marker in words for marker in email_cloak.MARKERS):  # Joomla's cloaking plugin
            email_cloak.reveal_cloaked_emails(self.sel.root)
        boilerplate.unfold_clicked_text(self.sel.root)
        if "shadowroot" in words:  # (server-rendered web components only)
            boilerplate.open_shadow_roots(self.sel.root)
        titles_as_text(self.sel.root)

    @classmethod
    def from_bytes(cls, body: bytes, content_type: str | None = None) -> Page:
        """Decode page bytes (header, meta, detection: pipelines.encoding) and parse them."""
        decoded = decode_html(body, content_type)
        # Decoded as a Scrapy response names the encoding: the crawl parses the same text.
        text = repaired(html_to_unicode(f"charset={decoded.encoding}", body)[1])
        return cls(text=text, encoding=decoded.encoding, problem=decoded.problem)

    def words(self) -> SourceWords:
        """Return the lower-cased page as substring tests answered once (layouts.prefilter)."""
        if self._words is None:
            self._words = SourceWords(self.text)
        return self._words

    def urljoin(self, url: str, href: str) -> str:
        """Resolve *href* on the page fetched at *url*: against its <base href>, else *url*.

        A <base href> naming another host (the site's old or canonical domain, printed by a CMS
        behind a proxy or moved to a new address) gives its path only: what the page prints
        relative to itself lives on the host it came from.

        >>> page = Page(text='<head><base href="http://old.go.th/index.php/news/"></head>')
        >>> page.urljoin("http://new.go.th/index.php/news", "/index.php/news/7-x")
        'http://new.go.th/index.php/news/7-x'
        >>> page.urljoin("http://new.go.th/index.php/news", "8-y")
        'http://new.go.th/index.php/news/8-y'
        """
        if self._base is None or self._base[0] != url:
            self._base = (
                url,
                own_host_base(get_base_url(self.text[:BASE_URL_CHARS], url, self.encoding), url),
            )
            self._alias, self._alias_known = None, False
            self._joined = {}
        joined = self._joined.get(href)
        if joined is None:  # a listing's readers resolve each of its links several times
            joined = urljoin(self._base[1], browser_href(href))
            host = urlsplit(joined).netloc.lower()
            if host and host != urlsplit(url).netloc.lower():  # the alias is never url's host
                if not self._alias_known:
                    self._alias, self._alias_known = configured_host(self.sel, url), True
                if host == self._alias:
                    joined = own_host_base(joined, url)
            self._joined[href] = joined
        return joined


def own_host_base(base: str, url: str) -> str:
    """Return *base* moved onto the host of *url* (scheme and host from *url*, path from *base*)."""
    declared, fetched = urlsplit(base), urlsplit(url)
    if not declared.netloc or declared.netloc.lower() == fetched.netloc.lower():
        return base
    return urlunsplit((fetched.scheme, fetched.netloc, declared.path, declared.query, ""))


OWN_ADDRESS = etree.XPath(
    "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content", smart_strings=False
)
LINK_HREFS = etree.XPath("//a/@href", smart_strings=False)
# A search form on a listing posts back to the listing (Laravel's route() and url() helpers,
# like WordPress's home option, print the configured address).
FORM_ACTIONS = etree.XPath("//form/@action", smart_strings=False)


def configured_host(sel: Selector, url: str) -> str | None:
    """Return the host the page names as its own address when that is not the host of *url*.

    A CMS prints absolute links with its configured address (WordPress's `home` option, a
    proxy's public name, the www twin, a new domain) whatever address it was reached at. The
    page names that address as its own when its canonical (or og:url) is its own path on
    another host, or when it links its own path on the host most of its links name (the
    current menu item, the breadcrumb, the listing's search form), or when its pager links its
    other pages on another host (Laravel's paginator prints absolute links; pager_host: a pager
    numbering this listing's pages there). Links on that host are links on the fetched one.

    >>> page = Page(text='<a href="https://www.a.go.th/news/">News</a> '
    ...     '<a href="https://www.a.go.th/archives/7">Item</a> <a href="/about/">About</a>')
    >>> configured_host(page.sel, "http://10.0.0.5/news/")
    'www.a.go.th'
    >>> page.urljoin("http://10.0.0.5/news/", "https://www.a.go.th/archives/7")
    'http://10.0.0.5/archives/7'
    >>> configured_host(page.sel, "http://10.0.0.5/about/") is None  # not its own path there
    True
    """
    fetched = urlsplit(url)
    own = (fetched.path.rstrip("/"), unpaged_query(fetched.query))
    root = sel.root
    if not hasattr(root, "iter"):
        return None

    def elsewhere(href: str, *, paged: bool = False) -> str | None:
        """The host of *href* when it is the page's own path on another host (another page of
        it, numbered by a paging parameter, if *paged*)."""
        try:
            parts = urlsplit(href.strip())
        except ValueError:  # a malformed address ("http://[x")
            return None
        host = parts.netloc.lower()
        if not host or host == fetched.netloc.lower() or parts.scheme not in ("http", "https", ""):
            return None
        if paged and (parts.query == fetched.query or unpaged_query(parts.query) == parts.query):
            return None  # the page itself or its first page (a language switcher's), no pager
        return host if (parts.path.rstrip("/"), unpaged_query(parts.query)) == own else None

    for href in OWN_ADDRESS(root):
        if host := elsewhere(href):
            return host
    hrefs = LINK_HREFS(root)
    named = {host for href in hrefs + FORM_ACTIONS(root) if (host := elsewhere(href))}
    if named:
        hosts = Counter(link_host(url, href) for href in hrefs)
        host, count = hosts.most_common(1)[0]
        if host in named and count > hosts[fetched.netloc.lower()]:
            return host
        # The pager's host, when no other host is named more often (share buttons name theirs).
        paging = {host for href in hrefs if (host := elsewhere(href, paged=True))}
        del hosts[fetched.netloc.lower()]
        foreign = hosts.most_common(1)
        if foreign and foreign[0][0] in paging:
            return foreign[0][0]
    return pager_host(hrefs, url)


def unpaged_query(query: str) -> str:
    """Return *query* without its paging parameters: every page of a listing is its address.

    A pager links the listing's other pages (Laravel's paginator prints page 1 as ?page=1),
    so a pager link on another host names the page's own address there.

    >>> unpaged_query("page=2"), unpaged_query("cat=5&page=3"), unpaged_query("page_id=42")
    ('', 'cat=5', 'page_id=42')
    """
    if not query:
        return query
    kept = [pair for pair in query.split("&") if not paging_param(pair.split("=", 1)[0])]
    return "&".join(kept)


# The part of a listing's address that numbers its page: WordPress's /page/N/, CodeIgniter's
# Pagination offset after the controller's index method (/news/index/10), and the paging
# parameters (paging_param: ?page=2, ?paged=2, Joomla's ?start=10, CodeIgniter's ?per_page=10).
PAGE_TAIL_RE = re.compile(r"/(?:page|index)/\d{1,6}/?$", re.I)
PAGER_LINKS_NEEDED = 2  # a pager prints a page number and next (or previous); a switcher one


def listing_stem(url: str) -> tuple[str, tuple[tuple[str, str], ...], bool]:
    """Return an address's listing without its page: (path, other query items, paged?).

    >>> listing_stem("http://h/pr/news/index/10")
    ('/pr/news', (), True)
    >>> listing_stem("http://h/news/?cat=5&paged=2")
    ('/news', (('cat', '5'),), True)
    """
    parts = urlsplit(url.strip())
    path, paged = PAGE_TAIL_RE.subn("", parts.path)
    items = parse_qsl(parts.query, keep_blank_values=True)
    kept = tuple(sorted((k, v) for k, v in items if not paging_param(k.lower())))
    return path.rstrip("/"), kept, bool(paged) or len(kept) < len(items)


def pager_host(hrefs: Iterable[str], url: str) -> str | None:
    """Return the one other host a page's pager names: links to other pages of this very
    listing (its path and query, another page number) on a host that is not the fetched one.

    A CMS's pagination prints absolute links on its configured address (CodeIgniter's
    base_url, WordPress's home) wherever the page was reached: a page numbering this
    listing's pages is this site's. Two such links at least (a language switcher links one
    page, a pager a number and next); not on a bare number (/news/12 is an item's address).

    >>> pager_host(["https://www.h.go.th/news/index/10", "https://www.h.go.th/news/index/20",
    ...             "/news/detail/7"], "http://127.0.0.1/news")
    'www.h.go.th'
    >>> pager_host(["https://en.h.go.th/news/"], "http://127.0.0.1/news/page/2/") is None
    True
    """
    fetched = urlsplit(url)
    own = listing_stem(url)
    found: Counter[str] = Counter()
    for href in hrefs:
        try:
            parts = urlsplit(href.strip())
        except ValueError:  # a malformed address ("http://[x")
            continue
        host = parts.netloc.lower()
        if not host or host == fetched.netloc.lower() or parts.scheme not in ("http", "https"):
            continue
        stem = listing_stem(href)
        if stem[:2] != own[:2] or not (stem[2] or own[2]):
            continue  # another listing, or this same page printed on another host
        if (parts.path.rstrip("/"), parts.query) == (fetched.path.rstrip("/"), fetched.query):
            continue
        found[host] += 1
    if len(found) != 1:
        return None
    host, count = found.most_common(1)[0]
    return host if count >= PAGER_LINKS_NEEDED else None


def link_host(url: str, href: str) -> str:
    """Return the host (lower-case, port kept) *href* names on the page at *url*, "" if none."""
    try:
        return urlsplit(urljoin(url, href.strip())).netloc.lower()
    except ValueError:
        return ""


# An icon font's ligature: a hidden or icon-classed leaf whose text is the icon's name
# (Material's <mat-icon aria-hidden="true">visibility</mat-icon>, "calendar_today").
ICON_LEAVES = etree.XPath(  # (attribute steps: no predicate tried on every element)
    "(//@aria-hidden[. = 'true'] | //@class[contains(., 'material-icons')"
    " or contains(., 'material-symbols')])/parent::*[not(*)]",
    smart_strings=False,
)
ICON_MARKERS = ("aria-hidden", "material-")  # what ICON_LEAVES looks for, lower-case
LIGATURE_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def name_icon_ligatures(root: Any) -> None:
    """Turn icon ligatures into class names: the icon's name is no text of the page.

    >>> from lxml import html
    >>> el = html.fromstring('<p><i class="material-icons">visibility</i> 2,463</p>')
    >>> name_icon_ligatures(el); el.text_content(), el[0].get("class")
    (' 2,463', 'material-icons icon-visibility')
    """
    if not hasattr(root, "iter"):
        return
    for el in ICON_LEAVES(root):
        text = (el.text or "").strip()
        if text and LIGATURE_RE.fullmatch(text):
            el.set("class", f"{el.get('class') or ''} icon-{text.replace('_', '-')}".strip())
            el.text = None


COUNTER_IMAGE_CHARS = 60  # a counter's words: "ผู้อ่าน ๑,๒๓๔ ครั้ง"


def counter_words(said: str | None) -> str | None:
    """Return an attribute's words, spaces folded, when they are a view counter's ("ผู้อ่าน
    ๑๗ ครั้ง", "1,251 views"): a picture's title or alt, an element's tooltip.

    >>> counter_words(" ผู้อ่าน  ๑๗ ครั้ง "), counter_words("ภาพประกอบข่าว 393")
    ('ผู้อ่าน ๑๗ ครั้ง', None)
    """
    if not said or len(said) > COUNTER_IMAGE_CHARS * 2 or not DIGIT_RE.search(said):
        return None
    said = " ".join(said.split())
    if len(said) > COUNTER_IMAGE_CHARS:
        return None
    found = boilerplate.match_line(said)
    return said if found is not None and "view_count" in found.data else None


def counter_images_as_text(root: Any) -> None:
    """Print a view counter drawn as an image as the words its title or alt gives it.

    Old counter scripts draw the count as a picture of digits and name it in the image's
    title or alt ("ผู้อ่าน ๑๗ ครั้ง"): the page shows a counter, its text holds none.

    >>> from lxml import html
    >>> row = html.fromstring('<div><p>โพสต์ | <img src="/c/7.png" alt="๑๗" '
    ...     'title="ผู้อ่าน ๑๗ ครั้ง"> | x</p></div>')
    >>> counter_images_as_text(row); row.text_content()
    'โพสต์ |  ผู้อ่าน ๑๗ ครั้ง | x'
    """
    if not hasattr(root, "iter"):
        return
    for img in root.iter("img"):  # (C-level: cheaper than an XPath over the whole tree)
        for name in ("title", "alt"):
            said = counter_words(img.get(name))
            if said is not None:
                parent = img.getparent()
                if parent is not None:
                    img.tail = f" {said}{img.tail or ''}"
                    img.drop_tree()
                break


# Elements naming a number in a short title attribute: a counter printed abbreviated ("1.3K")
# with the whole count in its tooltip ("1,251 views"), a date's time or last change.
TITLED_NUMBERS = etree.XPath(  # (the attribute's step, not a predicate on every element)
    "descendant-or-self::*/@title[string-length(.) <= 60]"
    "[translate(., '0123456789๐๑๒๓๔๕๖๗๘๙', '') != .]/parent::*"
)
ABBREVIATED_CHARS = 12  # what such a counter prints: "1.3K", "12", "๑.๒ พัน"
# A time of day alone, seconds and AM/PM allowed: "12:28:37 น.", "10:30 am".
TIME_TITLE_RE = re.compile(
    r"(?:เวลา\s*)?[0-9๐-๙]{1,2}\s*[.:]\s*[0-9๐-๙]{2}(?:\s*[.:]\s*[0-9๐-๙]{2})?"
    r"\s*(?:น\.?|นาฬิกา|[AaPp]\.?\s*[Mm]\.?)?"
)
# A tooltip naming a date's last change: "แก้ไขล่าสุด 5/4/2567 03:30:56 น.", "Last modified ...".
MODIFIED_TITLE_RE = re.compile(
    r"\s*(?:(?:แก้ไข|ปรับปรุง)(?:ข้อมูล)?ล่าสุด(?:เมื่อ)?|Last\s+(?:modified|updated))\s*:?\s*\S", re.I
)


def titles_as_text(root: Any) -> None:
    """Print what tooltips say that a reader of the page is shown on a hover: a counter's
    whole count (printed abbreviated), a date's time (WordPress's Twenty Ten titles the date's
    link with the time), a date's last change.

    >>> from lxml import html
    >>> row = html.fromstring(
    ...     '<p>โพสต์ <span title="1,251 views"><i class="eye"></i>1.3K</span></p>')
    >>> titles_as_text(row); row.text_content()
    'โพสต์  1,251 views '
    >>> meta = html.fromstring('<div>โพสต์เมื่อ <a href="/p" title="12:28:37 น."><span '
    ...     'title="แก้ไขล่าสุด 5/4/2567 03:30:56 น.">27/3/2567</span></a> โดย pr</div>')
    >>> titles_as_text(meta); meta.text_content()
    'โพสต์เมื่อ 27/3/2567 12:28:37 น. | แก้ไขล่าสุด 5/4/2567 03:30:56 น. | โดย pr'
    """
    if not hasattr(root, "iter"):
        return
    changes = []
    for el in TITLED_NUMBERS(root):
        title = " ".join((el.get("title") or "").split())
        shown = " ".join("".join(el.itertext()).split())
        if TIME_TITLE_RE.fullmatch(title) and _day_alone(shown):
            _append_text(el, f" {title}")
        elif MODIFIED_TITLE_RE.match(title) and find_thai_dates(shown):
            changes.append((el, title))
        elif el.tag not in ("img", "a") and len(shown) <= ABBREVIATED_CHARS:
            said = counter_words(title)
            if said is not None:
                for child in list(el):
                    el.remove(child)
                el.text = f" {said} "
    for el, title in changes:  # after the times: the change is printed after the whole date
        while (
            (parent := el.getparent()) is not None
            and len(parent) == 1
            and (parent.tag == "a" or not (parent.text or "").strip())
        ):
            el = parent
        note = el.makeelement("span", {"class": "updated"})
        note.text, note.tail, el.tail = title, f" |{el.tail or ''}", " | "
        el.addnext(note)


def _day_alone(text: str) -> bool:
    """Tell whether *text* prints one date and no time of day."""
    found = find_thai_dates(text) if dates_only(text) else []
    return len(found) == 1 and not isinstance(found[0].value, datetime)


def _append_text(el: Any, text: str) -> None:
    """Add *text* at the end of *el*'s content, inside the innermost element printing it all
    (a date's span inside its link: the time joins the date its selector reads)."""
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip():
        el = el[0]
    last = el[-1] if len(el) else None
    if last is None:
        el.text = (el.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def first(sel: Selector | SelectorList | Page, selectors: Iterable[str]) -> SelectorList:
    """Return the nodes of the first CSS selector that matches anything (empty if none)."""
    source: SourceWords | None = None
    if isinstance(sel, Page):
        sel, source = sel.sel, sel.words()
    for selector in selectors:
        if source is not None and not could_match(source, selector):
            continue
        nodes = sel.css(selector)
        if nodes:
            return nodes
    return SelectorList([])


PSEUDO_RE = re.compile(r"::(?:attr\([^)]*\)|text)$")


def listing_pager(
    page: Page, url: str, anchors: SelectorList, listed: Iterable[Link]
) -> str | None:
    """Return the target of the next-page link among *anchors* that pages the listing.

    A page may hold several pagers (Drupal Views numbers them: ?page=0,1 pages the second
    view while a gallery block's mini pager says ?page=1,0): the listing's own pager is the
    one that shares the closest container with the listed headline links (fewest steps up
    to an ancestor holding any), then the one whose container holds the most of them; the
    first in page order on a tie.
    """
    targets: dict[str, Any] = {}
    for anchor in anchors:
        href = (anchor.attrib.get("href") or "").strip()
        if href and href != "#" and not href.startswith("javascript:"):
            targets.setdefault(page.urljoin(url, href), anchor.root)
    if len(targets) < 2:
        return next(iter(targets), None)
    keys = {canonical_url(href) for href, _ in listed}
    holders = [
        set(a.root.iterancestors())
        for a in page.sel.css("a[href]")
        if canonical_url(page.urljoin(url, a.attrib["href"].strip())) in keys
    ]
    scores = {target: _listed_beside(element, holders) for target, element in targets.items()}
    best = max(scores.values())
    return next(target for target, score in scores.items() if score == best)


def _listed_beside(element: Any, holders: list[set[Any]]) -> tuple[int, int]:
    """Rank *element* by its nearest ancestor holding listed links: (-steps up, links held).

    *holders* holds each listed link's ancestors.
    """
    for steps, ancestor in enumerate(element.iterancestors(), 1):
        inside = sum(1 for above in holders if ancestor in above)
        if inside:
            return -steps, inside
    return -(10**6), 0


def body_element_of(body_nodes: SelectorList) -> bool:
    """Tell whether the body is one element of the page's tree (not text or an attribute)."""
    return len(body_nodes) == 1 and hasattr(body_nodes[0].root, "iterancestors")


def first_own(
    page: Page, url: str, selectors: Iterable[str], body: SelectorList | None = None
) -> SelectorList:
    """Return the nodes of the first selector matching anything outside other articles' cards.

    A theme's date selector (time.published) also matches the dates of a related-posts grid
    printed in the post (pipelines.layouts.cards); those are other articles' dates.
    """
    stops: set[Any] | None = None
    for selector in selectors:
        if not could_match(page.words(), selector):
            continue
        found = page.sel.css(selector)
        if not found:
            continue
        pseudo = PSEUDO_RE.search(selector)
        elements = page.sel.css(selector[: pseudo.start()]) if pseudo else found
        if stops is None:
            stops = holding(n.root for n in body or [] if hasattr(n.root, "iter"))
        kept = [
            n
            for n in elements
            if not hasattr(n.root, "iter")
            or not in_card(n.root, url, lambda href: page.urljoin(url, href), stops)
        ]
        if len(kept) == len(elements):
            return found  # no card among them: the selector's own result
        if pseudo:
            kept = [value for n in kept for value in n.css(pseudo.group(0))]
        if kept:
            return SelectorList(kept)
    return SelectorList([])


# Text inside these never belongs to a field's value (K2 edit links, "Featured" flags, scripts).
SKIPPED_TAGS = frozenset({"sup", "script", "style"})
EDIT_LINK_CLASS = "itemEditLink"
_SKIPPED = " or ".join(f"self::{tag}" for tag in sorted(SKIPPED_TAGS)) + (
    f" or contains(concat(' ', @class, ' '), ' {EDIT_LINK_CLASS} ')"
)
# Compiled once: evaluating a string XPath compiles it on every call.
SKIPPED_BELOW = etree.XPath(f"boolean(descendant::*[{_SKIPPED}])", smart_strings=False)
ALL_TEXT = etree.XPath(".//text()", smart_strings=False)
LINKS = etree.XPath("//a[@href]", smart_strings=False)
IMAGE_ALTS = etree.XPath(".//img/@alt", smart_strings=False)
KEPT_TEXT = etree.XPath(f".//text()[not(ancestor::*[{_SKIPPED}])]", smart_strings=False)


def _skipped_at_or_above(el: Any) -> bool:
    """Tell whether *el* or an ancestor is a sup, script, style or K2 edit link."""
    node = el
    while node is not None:
        if node.tag in SKIPPED_TAGS:
            return True
        cls = node.get("class")
        if cls and EDIT_LINK_CLASS in cls and f" {EDIT_LINK_CLASS} " in f" {cls} ":
            return True
        node = node.getparent()
    return False


def node_text(nodes: Any) -> str | None:
    """Return the joined, space-folded text of selector *nodes*, or None when there is none."""
    parts: list[str] = []
    if isinstance(nodes, Selector):
        nodes = [nodes]
    for node in nodes:
        root = node.root
        if isinstance(root, str):
            parts.append(root)
        elif hasattr(root, "xpath"):
            parts.extend(_kept_text(root))
    text = " ".join(" ".join(parts).split())
    return text or None


META_ROW_CHARS = 200  # a meta row holds a few short items, not a paragraph
# Levels above a date element searched for its row's time. Written 2 when the rule came, it
# ran as 4 (a later ROW_LEVELS of the read-more rule replaced it); every round is measured at 4.
ROW_TIME_LEVELS = 4


def with_row_time(text: str, el: Any, headline: Any = None) -> str:
    """Return the date *text* with the time of day its meta row prints in an element of its own.

    A template that prints the day (a calendar badge, a weekday dateline) and the time
    ("เวลา ๑๔.๔๐ น.", only when the editor set one) in separate elements of one meta row
    gives the time to that date: the first element after the date, within its row (up to two
    levels up, a few short items), whose whole text is a time.

    >>> row = etree.fromstring('<div><span>๑๕ ธ.ค. ๖๗</span><div><span>ข่าว</span>'
    ...     '<span>เวลา ๑๔.๔๐ น.</span></div></div>')
    >>> with_row_time("๑๕ ธ.ค. ๖๗", row[0])
    '๑๕ ธ.ค. ๖๗ เวลา ๑๔.๔๐ น.'

    *headline*: the element printing the headline, which a header block may hold with the
    date and the meta row whatever its tag (a plain div): its text is no part of the row.
    """
    day = parse_thai_date(text)
    if day is None or isinstance(day, datetime):
        return text
    node = el
    between: list[str] = []  # the row's text printed after the date, up to the candidate
    for _ in range(ROW_TIME_LEVELS):
        parent = node.getparent()
        if parent is None:
            break
        if _row_chars(parent, headline) > META_ROW_CHARS:
            return _time_after_row(text, day, node, between) or text
        between.append(node.tail or "")
        for sibling in node.itersiblings():
            for item, before in _items_with_text_before(sibling, headline):
                if item is None:  # the sibling printed no time: all of its text is between
                    between.append(before)
                    break
                printed = folded_text(item)
                if not TIME_ALONE_RE.fullmatch(printed):
                    continue
                if find_thai_dates(" ".join([*between, before])):
                    return text  # the time follows another date (an update's): that date's
                return of_day(text, day, printed) or text
            between.append(sibling.tail or "")
        node = parent
    return text


def of_day(text: str, day: date, printed: str) -> str | None:
    """Return the date *text* joined with the time *printed*, when they read as one moment."""
    timed = f"{text} {printed}"
    value = parse_thai_date(timed)
    return timed if isinstance(value, datetime) and value.date() == day else None


def _time_after_row(text: str, day: date, row: Any, between: list[str]) -> str | None:
    """Return the date *text* with the time printed alone in the element right after its row.

    A template printing the meta row ("โพสต์เมื่อ : ๐๕ มี.ค. ๖๗ | เปิดอ่าน ...") and then the
    time in an element of its own ("เวลา ๑๔:๒๐ น.") gives the time to the row's date, unless
    the row prints another date (an update's) after it: the time follows that one.

    >>> head = etree.fromstring('<div><div><b>๒๖ พ.ย. ๖๖</b><p>หัวข่าว</p></div><div><span>'
    ...     'เวลา ๑๓.๑๘ น.</span> <span>การเข้าชม ๙ ครั้ง</span></div></div>')
    >>> _time_after_row("๒๖ พ.ย. ๖๖", date(2023, 11, 26), head[0], [])
    '๒๖ พ.ย. ๖๖ เวลา ๑๓.๑๘ น.'
    """
    after = row.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    if after is None or (row.tail or "").strip() or find_thai_dates(" ".join(between)):
        return None
    printed = folded_text(after)
    if TIME_ALONE_RE.fullmatch(printed):
        return of_day(text, day, printed)
    # ... or opening that element: a toolbar printing the time first, then its other items
    # ("เวลา ๑๓.๑๘ น." | "การเข้าชม ๙ ครั้ง" | share buttons), nothing printed before it
    for item, before in _items_with_text_before(after):
        if item is None or before.strip():
            break
        own = folded_text(item)
        if own and TIME_ALONE_RE.fullmatch(own):
            return of_day(text, day, own)
    return None


def _items_with_text_before(el: Any, headline: Any = None) -> Iterator[tuple[Any, str]]:
    """Yield each element of *el* (itself first) with the text *el* prints before it, then
    None with all of its text.

    A headline (a heading, or the *headline* element) is left out: a date it mentions ("...
    ประจำวันที่ 9 กรกฎาคม 2563") is no date of the meta row.

    >>> row = etree.fromstring("<span>แก้ไข <b>4 ต.ค. 67</b> <i>03:48</i></span>")
    >>> [(getattr(item, "tag", None), before) for item, before in _items_with_text_before(row)]
    [('span', ''), ('b', 'แก้ไข '), ('i', 'แก้ไข 4 ต.ค. 67 '), (None, 'แก้ไข 4 ต.ค. 67 03:48')]
    """
    if not isinstance(el.tag, str):
        return  # a comment or processing instruction prints nothing
    before: list[str] = []
    cut = 0  # depth inside a headline
    for event, item in etree.iterwalk(el, events=("start", "end")):
        heading = item is headline or item.tag in ROW_HEADINGS
        if event == "start" and isinstance(item.tag, str):
            yield item, "".join(before)
            cut += heading
            if not cut:
                before.append(item.text or "")
        elif event == "end" and item is not el:
            cut -= heading and isinstance(item.tag, str)
            if not cut:
                before.append(item.tail or "")
    yield None, "".join(before)


ROW_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _row_chars(row: Any, headline: Any = None) -> int:
    """Return the length of a meta row's text, its headline left out.

    A header block printing the date badge, the meta row and the headline together is one
    row for the time: a long headline (h1-h6, or the *headline* element whatever its tag)
    makes no row of it a paragraph.
    """
    chars = len(folded_text(row))
    cut = set(row.iterdescendants(*ROW_HEADINGS))
    if headline is not None and any(up is row for up in headline.iterancestors()):
        cut.add(headline)
    for heading in cut:
        if not any(up in cut for up in heading.iterancestors()):  # nested ones counted once
            chars -= len(folded_text(heading))
    return chars


def dated_with_time(nodes: SelectorList) -> str | None:
    """Return the text of a family's date element, with the time its row prints apart.

    A template printing the created date as a badge (day, month and year in spans of their
    own) prints the time, when the editor set one, in an element of its own beside it
    ("เวลา 12:50 น."): the day and that time are one moment (with_row_time). A date element
    that prints a time itself, or several date elements, stay as they are.
    """
    text = node_text(nodes)
    elements = [n.root for n in nodes if hasattr(n.root, "iter")]
    if text is None or len(elements) != 1 or len(nodes) != 1:
        return text
    return with_row_time(text, elements[0])


def element_text(el: Any) -> str | None:
    """node_text() of one lxml element (no Selector built around it); None for a comment."""
    if not isinstance(el.tag, str):
        return None
    return " ".join(" ".join(_kept_text(el)).split()) or None


def _kept_text(root: Any) -> list[str]:
    """Return the text nodes of element *root* outside sup, script, style and edit links."""
    if not _skipped_at_or_above(root) and not SKIPPED_BELOW(root):
        return ALL_TEXT(root)  # nothing to skip: every text node, no ancestor test
    return KEPT_TEXT(root)


COUNTER_LINE_CHARS = 40  # a counter line is short: "เปิดอ่าน 1,234 ครั้ง"


def meta_scopes(
    page: Page,
    page_text_selectors: Iterable[str],
    body_nodes: SelectorList,
    headline: Any = None,
) -> list[Any]:
    """Return the elements a post's meta items (view counter, update line) are looked for in,
    in order.

    The article node holding the text comes first. An article node inside the text is a
    card (an inline related-post block), not the post; on a theme whose only article
    elements are such cards, the body's own wrapper (the post's headline, meta row, share
    bar and text: JNews prints "735 VIEWS" in a share bar beside entry-content) is read.
    Last, where the *headline* element is printed outside those, the small header block
    around it (a theme's post header above the article: headline, date, counter).
    """
    scopes = _meta_scopes(page, page_text_selectors, body_nodes)
    if headline is not None and hasattr(headline, "iterancestors"):
        above = set(headline.iterancestors())
        if not any(n is headline or n in above for n in scopes):
            header = headline_header(headline, body_nodes)
            if header is not None:
                scopes.append(header)
    return scopes


def _meta_scopes(
    page: Page, page_text_selectors: Iterable[str], body_nodes: SelectorList
) -> list[Any]:
    """meta_scopes without the headline's header block."""
    nodes = [n.root for n in first(page, page_text_selectors) if hasattr(n.root, "iter")]
    body = body_nodes[0].root if len(body_nodes) == 1 else None
    if body is None or not hasattr(body, "getparent"):
        return nodes[:1]
    around = set(body.iterancestors())
    holding = [n for n in nodes if n is body or n in around]
    if holding:
        return holding[:1]
    scopes = [n for n in nodes[:1] if body not in set(n.iterancestors())]
    wrapper = body.getparent()
    if wrapper is not None and wrapper.tag not in ("body", "html"):
        scopes.append(wrapper)
    return scopes


# A post header's text beside its headline: meta row, breadcrumb, share labels.
HEADER_EXTRA_CHARS = 400


def headline_header(headline: Any, body_nodes: SelectorList) -> Any | None:
    """Return the largest ancestor of *headline* holding none of the body and little text but
    the headline's: a theme's post header printed above or beside the article."""
    bodies = [n.root for n in body_nodes if hasattr(n.root, "iterancestors")]
    above_text = holding(bodies)  # a body, or above one
    limit = len(folded_text(headline)) + HEADER_EXTRA_CHARS
    found = None
    for el in headline.iterancestors():
        if el.tag in ("body", "html") or el in above_text:
            break
        if len(" ".join("".join(el.itertext()).split())) > limit:
            break
        found = el
    return found


def labelled_counter(scope: Any, body_nodes: SelectorList) -> str | None:
    """Return the text of a labelled view counter printed in *scope* outside the body.

    Themes and plugins print the counter in the article's meta row as one short element
    (WP-PostViews "เปิดอ่าน 1,234 ครั้ง", "Views: 1,234"); the shared line rules read it, and
    its number is returned (a meta row may print the day before it: "24 ตุลาคม 2566 อ่าน 73
    ครั้ง").
    """
    found = labelled_item(scope, body_nodes, "view_count", COUNTER_LINE_CHARS)
    return found[1] if found else None  # the count (a row's date before it is no count)


DIGIT_RE = re.compile(r"\d")  # Arabic and Thai digits alike (str patterns match Unicode digits)
MODIFIED_LINE_CHARS = 80  # "ปรับปรุงล่าสุด วันพุธที่ ๒๖ ธันวาคม พ.ศ. ๒๕๖๑ เวลา ๑๐.๓๐ น."


def labelled_modified(scope: Any, body_nodes: SelectorList) -> str | None:
    """Return the date of a labelled modified item in *scope* outside the body.

    Themes and CMSs print the last update as a short line of the article's own meta
    ("ปรับปรุงล่าสุด: จ. 01/04/2024 - 10:58", "แก้ไขล่าสุด 3 มี.ค. 2567"), often only on
    edited items; the shared line rules read it.
    """
    found = labelled_item(scope, body_nodes, "modified_raw", MODIFIED_LINE_CHARS)
    return found[1] if found else None


def labelled_item(
    scope: Any, body_nodes: SelectorList, name: str, max_chars: int
) -> tuple[str, str] | None:
    """Return (text, value) of the first short element in *scope*, outside the body, that
    the shared line rules read as field *name* ("ปรับปรุงล่าสุด <date>" gives modified_raw)."""
    labels = boilerplate.label_pattern(name)
    bodies = {n.root for n in body_nodes if hasattr(n.root, "iter")}
    # only the elements printing the label, and the few above them, can hold its line
    near = _near_label(scope, labels, bodies) if labels is not None else None
    if near is not None and not near:
        return None  # no label of the field outside the body: no element to read
    read: set[str] = set()  # a wrapper printing the same line as its one child is read once
    for el in _elements_outside(scope, bodies):
        if near is not None and el not in near:
            continue
        if text_up_to(el, max_chars * RAW_TEXT_SLACK) is None:
            continue  # a block far longer than a line (not read whole: nested blocks repeat it)
        text = folded_text(el)
        if not text or len(text) > max_chars or text in read or not DIGIT_RE.search(text):
            continue  # a count or a date is printed in digits
        read.add(text)
        found = boilerplate.match_line(text)
        if found is not None and name in found.data:
            return text, found.data[name]
    return None


LABEL_LEVELS = 3  # elements above a label's own text that may print its whole line


def _near_label(scope: Any, labels: re.Pattern[str], skipped: set[Any]) -> set[Any]:
    """Return the elements of *scope* outside the *skipped* subtrees (the body) whose own
    strings (text, children's tails) hold a label, with their ancestors up to LABEL_LEVELS:
    the only ones whose line may start with it."""
    near: set[Any] = set()
    stack = [scope]
    while stack:
        el = stack.pop()
        if el in skipped or not isinstance(el.tag, str):
            continue
        stack.extend(el)
        own = "".join([el.text or "", *(child.tail or "" for child in el)])
        if not own.strip() or not labels.search(own):
            continue
        for level, up in enumerate((el, *el.iterancestors())):
            if level > LABEL_LEVELS:
                break
            near.add(up)
            if up is scope:
                break
    return near


META_ITEM_TAGS = frozenset({"span", "div", "li", "p", "dd", "small", "em", "strong"})
# Raw characters (indentation and line breaks included) per folded character a short line may
# print; a longer element is skipped before its text is folded.
RAW_TEXT_SLACK = 4


def _elements_outside(scope: Any, skipped: set[Any]) -> Iterator[Any]:
    """Yield the META_ITEM_TAGS elements of *scope* in document order, not entering the
    *skipped* subtrees (the body: its elements are never the article's meta items)."""
    stack = [scope]
    while stack:
        el = stack.pop()
        if el in skipped:
            continue
        if el.tag in META_ITEM_TAGS:
            yield el
        stack.extend(reversed(el))


# A form asking for a password (WordPress's password-protected post, a login form).
PASSWORD_FORMS = etree.XPath(".//form[.//input[@type='password']]", smart_strings=False)
GATED_TEXT_CHARS = 200  # text of its own, outside the form, that makes a body an article
GATED_PROBLEM = "gated:"  # the problem a layout's reading of a gated page starts with


def password_gated(body_nodes: SelectorList) -> bool:
    """Tell whether the body is a password form in place of the post's text (no article).

    WordPress prints a password-protected post's headline and date over its password form;
    a members-only or access-denied page prints a login form where the text was.

    >>> from parsel import Selector
    >>> html = ('<div class="c"><form><p>ใส่รหัสผ่าน</p><input type="password"></form></div>')
    >>> password_gated(Selector(text=html).css("div.c"))
    True
    """
    for node in body_nodes:
        root = node.root
        if not hasattr(root, "iter"):
            continue
        forms = PASSWORD_FORMS(root)
        if not forms:
            continue
        inside = {id(t) for form in forms for t in ALL_TEXT(form)}
        own = sum(len(t.strip()) for t in ALL_TEXT(root) if id(t) not in inside)
        return own < GATED_TEXT_CHARS
    return False


# Page regions that hold blocks beside the content, never the article's body (a footer's
# address block printed with the same body-field markup as the node's).
NOT_BODY_REGIONS = frozenset({"footer", "aside", "nav"})


def outside_regions(nodes: SelectorList) -> SelectorList:
    """Return the nodes that are not inside a footer, aside or nav element."""
    return SelectorList(
        n
        for n in nodes
        if not hasattr(n.root, "iterancestors")
        or not any(a.tag in NOT_BODY_REGIONS for a in n.root.iterancestors())
    )


# What a <title> / og:title appends to the headline: a separator and the site's name.
HEAD_TITLE_SEPARATORS = ("|", "-", "–", "—", ":", "::", "»", "•")


def heading_above(page: Page, body_nodes: SelectorList, listed: str | None = None) -> str | None:
    """Return the page heading printed above the article that is its headline, or None.

    A template may hide the article's own title and print the headline once, as the page's
    h1 in a title band above the content: an h1 before the text that is the head's title
    (<title> or og:title, alone or before a separator and the site's name) or the listing's
    link text is the headline.

    >>> html = ('<html><head><title>ข่าวเปิดงานเกษตร | อบจ.</title></head><body>'
    ...         '<div class="band"><h1>ข่าวเปิดงานเกษตร</h1></div><main><h1>อบจ.</h1>'
    ...         '<div class="text"><p>เนื้อหา</p></div></main></body></html>')
    >>> page = Page(text=html)
    >>> heading_above(page, page.sel.css("div.text"))
    'ข่าวเปิดงานเกษตร'
    """
    body = body_element(body_nodes)
    if body is None:
        return None
    heads = [node_text(page.sel.css("head title"))]
    heads += page.sel.css("meta[property='og:title']::attr(content)").getall()
    heads = [" ".join(h.split()) for h in heads if h and h.strip()]
    position = {el: i for i, el in enumerate(page.sel.root.iter())}
    start = position.get(body)
    for h1 in page.sel.root.iter("h1"):
        if start is not None and position.get(h1, start) >= start:
            break  # below the text's start: a heading of the text or of what follows it
        text = element_text(h1)
        if not text:
            continue
        text = " ".join(text.split())
        if listed and same_title(text, listed):
            return text
        for head in heads:
            if head == text or any(
                head.startswith(f"{text} {sep} ") or head.startswith(f"{text}{sep}")
                for sep in HEAD_TITLE_SEPARATORS
            ):
                return text
    return None


def first_body(page: Page, selectors: Iterable[str]) -> SelectorList:
    """Return the nodes of the first body selector matching anything outside page regions.

    An unscoped selector (any element with the body field's class) also matches a block in
    the footer when the page prints no article (an access-denied page).
    """
    for selector in selectors:
        if not could_match(page.words(), selector):
            continue
        nodes = outside_regions(page.sel.css(selector))
        if nodes:
            return nodes
    return SelectorList([])


def body_element(nodes: SelectorList) -> Any | None:
    """Return a detached copy of the one body element, or None for zero or several nodes."""
    if len(nodes) != 1 or not hasattr(nodes[0].root, "xpath"):
        return None
    root = deepcopy(nodes[0].root)
    root.tail = None
    return root


def card_heading(link: Any) -> str | None:
    """Return the text of the one heading a link wraps: a whole card linked to the article.

    A card (picture, headline heading, date, counter, teaser) inside one `<a>` names the
    article by its heading; the rest of its text is no part of the headline.

    >>> import lxml.html
    >>> card_heading(lxml.html.fromstring('<a href="/n/1"><img src="c.jpg"><h3>ข่าว ก</h3>'
    ...     '<div>7 ธ.ค. 67 · เข้าชม 40</div></a>'))
    'ข่าว ก'
    """
    headings = [text for h in link.iter(*HEADINGS) if (text := element_text(h))]
    return headings[0] if len(headings) == 1 else None


# A line a card marks as its headline by its class: bold type (Tailwind's font-semibold,
# Bootstrap's fw-bold, font-weight-bold) or a title role (card-title, news-title).
EMPHASIS_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:bold|semibold|bolder|extrabold|title|headline|heading)(?:$|[\s_-])", re.I
)


def card_line(link: Any) -> str | None:
    """Return the one emphasised line of a card linked whole that prints no heading.

    A card printed as lines of blocks (its date, its headline, a teaser) in one `<a>` marks
    its headline by emphasis: the one line in bold (`<b>`, `<strong>`, a bold or title class).

    >>> import lxml.html
    >>> card_line(lxml.html.fromstring('<a href="/n/1"><p class="text-xs">๒๓ เม.ย. ๖๗</p>'
    ...     '<p class="font-semibold">ข่าว ก</p><p class="text-sm">วันนี้ รัฐมนตรี…</p></a>'))
    'ข่าว ก'
    """
    box = link
    while len(box) == 1 and not (box.text or "").strip():
        box = box[0]  # a wrapper around the card's lines
    if (box.text or "").strip():
        return None  # text of its own: one line, not lines of blocks
    lines = [(el, text) for el in box if isinstance(el.tag, str) and (text := element_text(el))]
    if len(lines) < 2:
        return None
    marked = [
        text
        for el, text in lines
        if (el.tag in ("b", "strong") or EMPHASIS_CLASS_RE.search(el.get("class") or ""))
        and not dates_only(text)
    ]
    return marked[0] if len(marked) == 1 else None


# A label a listing pins on its newest rows, inside the headline's link: NEW, HOT, ใหม่ (new),
# มาใหม่ (just in), ด่วน (urgent), Updated.
BADGE_RE = re.compile(r"(?:new|hot|updated?|ใหม่|มาใหม่|ด่วน)\s*!?", re.I)
BADGE_TAGS = ("span", "sup", "small", "em", "b", "i", "strong", "mark", "font", "label")


def without_badge(link: Any, text: str) -> str:
    """Return a link's text without the badge an element of its own prints before or after
    the headline ("<h2>ผู้ว่าฯ ตรวจเยี่ยม <span class="badge">NEW</span></h2>").

    >>> link = etree.fromstring('<a href="/n/1"><h2>ผู้ว่าฯ ตรวจเยี่ยม <span>NEW</span></h2></a>')
    >>> without_badge(link, "ผู้ว่าฯ ตรวจเยี่ยม NEW"), without_badge(link, "งานปีใหม่")
    ('ผู้ว่าฯ ตรวจเยี่ยม', 'งานปีใหม่')
    """
    for el in link.iter(*BADGE_TAGS):
        badge = " ".join("".join(el.itertext()).split())
        if not badge or not BADGE_RE.fullmatch(badge) or len(badge) >= len(text):
            continue
        if text.endswith(badge):
            text = text[: -len(badge)].rstrip()
        elif text.startswith(badge):
            text = text[len(badge) :].lstrip()
    return text


def anchor_texts(page: Page, url: str, wanted: Container[str] | None = None) -> dict[str, str]:
    """Return the link text of each address a listing page links to (the longest it prints),
    by canonical URL; only of the addresses in *wanted* when it is given.

    A link's title attribute counts too: listings that cut the text keep the whole title there.
    A link holding only a picture is named by the picture's alt text (a listing's thumbnail
    whose alt is the headline, the headline itself printed as no link). An address only a
    details / read-more button links to takes its row's headline.
    """
    texts: dict[str, str] = {}
    rows: dict[str, str] = {}  # the headline of the row a details button stands in
    # A link to a part of the article (its comments: "#respond", "#comments") names that part
    # ("ปิดความเห็น บน <headline>", "3 Comments on <headline>"): its text is the name only of an
    # address no other link names.
    parts: dict[str, str] = {}
    for link in LINKS(page.sel.root) if hasattr(page.sel.root, "iter") else ():
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        key = canonical_url(page.urljoin(url, href))
        if wanted is not None and key not in wanted:
            continue
        headline = row_headline(link)
        named_by_title = " ".join((link.get("title") or "").split())
        if headline and len(named_by_title) >= MIN_TITLED_CHARS:
            headline = named_by_title  # a read-more button naming its article in its title
        if headline:
            rows.setdefault(key, headline)
        text = (
            card_heading(link)
            or card_line(link)
            or element_text(link)
            or " ".join(" ".join(IMAGE_ALTS(link)).split())
        )
        text = without_badge(link, text)
        whole = " ".join((link.get("title") or "").split())
        cut = text.rstrip(".… ")
        if whole and whole.startswith(cut) and len(whole) > len(text):
            text = whole  # the title attribute holds what the text cuts
        named = parts if urlsplit(href).fragment else texts
        if text and len(text) <= 400 and len(text) > len(named.get(key, "")):
            if not dates_only(text):  # a card's date linking the post is no headline
                named[key] = text
    for key, text in parts.items():
        texts.setdefault(key, text)
    for key, headline in rows.items():
        if key not in texts or READ_MORE_RE.match(texts[key]):
            texts[key] = headline  # no link to it says more than "details"
    return texts


# What a listing row's only link says when the row prints its headline as plain text: a
# details or read-more button ("รายละเอียด" = details, "ดูรายละเอียด" = see details, "อ่านต่อ" =
# read on, "อ่านเพิ่มเติม" = read more, "คลิกที่นี่" = click here; "อ่าน" = read and "ดู" = view
# alone, as a generated table's row prints them).
READ_MORE_RE = re.compile(
    r"^\W*(?:(?:ดู|อ่าน)?รายละเอียด(?:เพิ่มเติม)?|(?:คลิก)?(?:อ่าน|ดู)(?:ต่อ|เพิ่มเติม|ข่าว)?|"
    r"คลิก(?:ที่นี่)?|read(?:\s+more)?|more|details?|view(?:\s+details)?)\W*$",
    re.I,
)
ROW_ACTION_CHARS = 12  # a row's action link beside its details button ("แก้ไข", "Delete")
ROW_LEVELS = 4  # ancestors of a read-more link searched for the row printing its headline
MIN_TITLED_CHARS = 16  # a read-more button's title naming its article: a headline, not "more"
WORD_RE = re.compile(r"[^\W\d_]")


def row_headline(link: Any) -> str | None:
    """Return the headline a listing row prints as plain text beside its only link, when that
    link (element *link*) is a details / read-more button.

    The row is the widest of the link's nearest ancestors (ROW_LEVELS) that holds no other
    link (a block of several entries is no row). Its headline is the text of its heading, else
    its longest piece of text that is no date or number (a table row's order number, date and
    count cells are not the headline).

    >>> import lxml.html
    >>> row = lxml.html.fromstring(
    ...     "<table><tr><td>๑</td><td>ประชุมประจำเดือน</td><td>๑๕ ก.พ. ๖๗</td>"
    ...     "<td><a href='/n/1'>รายละเอียด</a></td></tr></table>")
    >>> row_headline(row.find(".//a"))
    'ประชุมประจำเดือน'
    """
    said = folded_text(link) or " ".join(" ".join(IMAGE_ALTS(link)).split()).lower()
    if not READ_MORE_RE.match(said):
        return None  # (a read-more button may be a picture: <img alt="อ่านต่อ">)
    row = None
    for ancestor in itertools.islice(link.iterancestors(), ROW_LEVELS):
        if not all(other is link or _row_action(other) for other in ancestor.xpath(".//a[@href]")):
            break
        row = ancestor
    if row is None:
        return None
    pieces = [
        (tag in HEADINGS, len(text), text)
        for tag, text in _row_pieces(row, link)
        if WORD_RE.search(text) and not dates_only(text)
    ]
    # a cell printing the headline with the date and count under it: the headline's own
    # element, when it holds most of the cell's text, rather than the cell
    texts = [text for _, _, text in pieces]
    pieces = [
        piece
        for piece in pieces
        if not find_thai_dates(piece[2])
        or not any(t != piece[2] and t in piece[2] and len(t) * 2 >= piece[1] for t in texts)
    ]
    whole = [piece for piece in pieces if not CUT_TEXT_RE.search(piece[2])]
    if whole:
        pieces = whole  # a teaser cut with an ellipsis is no headline (a card's excerpt)
    return max(pieces)[2] if pieces else None


def _row_action(link: Any) -> bool:
    """Tell whether a link beside a details button is one of the row's own actions (a
    scaffolded table's "แก้ไข | รายละเอียด | ลบ" = edit, details, delete): a short word that is
    no other entry's headline or details button."""
    text = folded_text(link)
    return (
        bool(WORD_RE.search(text))
        and len(text) <= ROW_ACTION_CHARS
        and not READ_MORE_RE.match(text)
    )


def _row_pieces(row: Any, link: Any) -> Iterator[tuple[str, str]]:
    """Yield (tag, folded text) of each piece of *row* outside element *link*: the whole text of
    each element beside the link, the own text (and child tails) of each element holding it."""
    holders = {row, *(a for a in link.iterancestors())}
    for el in row.iter():
        if not isinstance(el.tag, str) or el is link or link in el.iterancestors():
            continue
        if el in holders:
            parts = [el.text or ""] + [child.tail or "" for child in el]
        else:
            parts = list(el.itertext())
        text = " ".join(" ".join(parts).split())
        if text:
            yield el.tag, text


def absolute(page: Page, url: str, nodes: Iterable[Selector]) -> list[str]:
    """Return the absolute, de-duplicated URLs of attribute *nodes* (data: URIs left out)."""
    urls: list[str] = []
    for node in nodes:
        value = node.get().strip()
        if value and not value.startswith("data:"):
            target = page.urljoin(url, value)
            if target not in urls:
                urls.append(target)
    return urls


def article_url(page: Page, url: str) -> str:
    """Return the canonical URL: rel=canonical when on the same host, else the URL fetched.

    A canonical that is the page's own shortlink (its system path, Drupal's /node/N) on a
    page fetched at another address names no public address: a CMS prints the alias it
    serves the item under as canonical when there is one, so the address fetched is it.

    >>> page = Page(text='<link rel="shortlink" href="/node/7"><link rel=canonical href="/node/7">')
    >>> article_url(page, "http://h/news/2024/09/7"), article_url(page, "http://h/node/7")
    ('http://h/news/2024/09/7', 'http://h/node/7')
    """
    found = first(page, CANONICAL_LINK)
    href = found[0].get() if found else None
    if href:
        target = canonical_url(page.urljoin(url, href.strip()))
        if urlsplit(target).hostname == urlsplit(url).hostname:
            short = first(page, SHORTLINK)
            if short and canonical_url(page.urljoin(url, short[0].get().strip())) == target:
                return canonical_url(url)
            return target
    return canonical_url(url)


def day_of(raw: str | None) -> date | None:
    """Return the day a listing, feed or sitemap entry was published, or None.

    The parser reads any date; an entry's date must be a plausible publication date.

    >>> day_of("2021-03-03T10:15:00+07:00"), day_of("no date"), day_of("29 พ.ค. 1996")
    (datetime.date(2021, 3, 3), None, datetime.date(1996, 5, 29))
    >>> day_of("29 พฤษภาคม 1453") is None
    True
    """
    if not raw:
        return None
    try:
        value = parse_thai_date(raw)
    except (ValueError, OverflowError):
        return None
    if value is None or not plausible_publication(value):
        return None
    return value.date() if isinstance(value, datetime) else value


# A listing entry: (absolute article URL, the date text printed beside it or None).
Link = tuple[str, str | None]


class Layout:
    """A CMS family's page reading: selector lists (first match wins) and what they give.

    Subclasses set the lists; a quirk gets a subclass method with a one-line reason.
    """

    cms: ClassVar[str] = ""
    language: ClassVar[str] = "th"  # the record's language when the page has no text to tell

    # Listing pages.
    listing_entry_selectors: ClassVar[list[str]] = []
    listing_link_selectors: ClassVar[list[str]] = ["a::attr(href)"]
    listing_date_selectors: ClassVar[list[str]] = []
    listing_fallback_link_selectors: ClassVar[list[str]] = []
    next_page_selectors: ClassVar[list[str]] = []

    # Article pages.
    title_selectors: ClassVar[list[str]] = ["h1"]
    date_selectors: ClassVar[list[str]] = []
    modified_selectors: ClassVar[list[str]] = []
    body_selectors: ClassVar[list[str]] = []
    hits_selectors: ClassVar[list[str]] = []
    image_selectors: ClassVar[list[str]] = []
    attachment_selectors: ClassVar[list[str]] = []
    tag_selectors: ClassVar[list[str]] = []
    category_selectors: ClassVar[list[str]] = []
    page_text_selectors: ClassVar[list[str]] = []

    # How the spider walks a site of this family (crawler/spiders/site.py).
    reads_rest: ClassVar[bool] = False  # REST collections of posts (WordPress)
    follows_page_feeds: ClassVar[bool] = False  # the feeds a listing declares in <link>
    probes_sitemap: ClassVar[bool] = False  # /sitemap.xml when a listing gives no article
    pages_while_fresh: ClassVar[bool] = False  # page on while links are not stored yet
    # a labelled update line ("ปรับปรุงล่าสุด ...") in the article's meta when no selector matches
    reads_labelled_modified: ClassVar[bool] = True

    def extract(
        self, page: Page, url: str, *, site: str = "", listed_title: str | None = None
    ) -> Article:
        """Pick the article's raw parts with the selector lists.

        *listed_title* (the listing's link text) is for layouts that choose among headlines;
        read_article confirms a family's title with it. A body that is a password form in
        place of the text gives the headline alone and a "gated:" problem (no article).
        """
        body_nodes = first_body(page, self.body_selectors)
        if password_gated(body_nodes):
            # no article: the headline is kept, so that the page says what it withholds
            title = node_text(first_own(page, url, self.title_selectors, body_nodes))
            return Article(
                url=article_url(page, url),
                site=site,
                title=title,
                language=self.language,
                problems=[f"{GATED_PROBLEM} a password form in place of the text"],
            )
        published_raw = dated_with_time(first_own(page, url, self.date_selectors, body_nodes))
        # The page's text is only read for a dateline when no date element exists.
        page_nodes = [] if published_raw else first(page, self.page_text_selectors)
        element = body_element(body_nodes)
        view_count_raw = node_text(first(page, self.hits_selectors))
        view_count = None
        modified_raw = node_text(first_own(page, url, self.modified_selectors, body_nodes))
        reads_modified = modified_raw is None and self.reads_labelled_modified
        title_nodes = first_own(page, url, self.title_selectors, body_nodes)
        headline = title_nodes[0].root if title_nodes else None
        scopes = (
            meta_scopes(page, self.page_text_selectors, body_nodes, headline)
            if view_count_raw is None or reads_modified
            else []
        )
        if view_count_raw is None:  # a bare number marked as a counter in the article node
            for scope in scopes:
                view_count = find_counter(scope)
                if view_count is None:  # or a labelled one in its meta row ("อ่าน N ครั้ง")
                    view_count_raw = labelled_counter(scope, body_nodes)
                if view_count is not None or view_count_raw:
                    break
        if reads_modified:  # a labelled update line in the article's own meta
            for scope in scopes:
                modified_raw = labelled_modified(scope, body_nodes)
                if modified_raw:
                    break
        return Article(
            url=article_url(page, url),
            site=site,
            title=node_text(title_nodes),
            published_at_raw=published_raw,
            published_source=f"date element: {self.cms}" if published_raw else None,
            modified_at_raw=modified_raw,
            view_count_raw=view_count_raw,
            view_count=view_count,
            # One body element goes over as a copy, several nodes as their joined HTML.
            body_element=element,
            body_html=None
            if element is not None
            else "\n".join(n.get() for n in body_nodes) or None,
            page_text=node_text(page_nodes) if page_nodes else None,
            images=absolute(page, url, first(page, self.image_selectors)),
            attachments=[
                {"url": page.urljoin(url, a.attrib["href"]), "name": node_text(a) or ""}
                for a in first(page, self.attachment_selectors)
                if a.attrib.get("href")
            ],
            tags=[t for t in (node_text(n) for n in first(page, self.tag_selectors)) if t]
            or (tags_around(body_nodes[0].root) if body_element_of(body_nodes) else []),
            category=node_text(first(page, self.category_selectors)),
            language=self.language,
        )

    def extract_post(self, post: Any, *, site: str = "") -> Article | None:
        """Return the raw Article of one REST API post (families with reads_rest only)."""
        return None

    def extract_links(
        self, page: Page, url: str, *, allowed: Callable[[str], bool] | None = None
    ) -> list[Link]:
        """Return (absolute URL, raw listing date) for each entry of an HTML listing page."""
        links: list[Link] = []
        entries = first(page, self.listing_entry_selectors)
        firsts = [_first_href(entry, self.listing_link_selectors) for entry in entries]
        shared = _shared_links(firsts, page, url)
        for entry, href in zip(entries, firsts, strict=True):
            if href is None or canonical_url(page.urljoin(url, href)) in shared:
                href = entry_link(entry, self.listing_link_selectors, page, url, shared)
            if not href:
                continue
            raw_date = node_text(first(entry, self.listing_date_selectors) or [])
            links.append((page.urljoin(url, href.strip()), raw_date))
        if not links:
            for node in first(page, self.listing_fallback_link_selectors):
                links.append((page.urljoin(url, node.get().strip()), None))
        return links

    def next_page(self, page: Page, url: str) -> str | None:
        """Return the absolute URL of the next listing page, or None on the last.

        The family's selectors first; else a link that says next, older or load more; else
        the page after the current one in a pagination block; else the next page number.
        """
        for selector in self.next_page_selectors:
            nodes = page.sel.css(PSEUDO_RE.sub("", selector))
            if nodes:
                found = listing_pager(page, url, nodes, self.extract_links(page, url))
                if found:
                    return found
        return (
            next_by_meaning(page, url)
            or read_pagination(page, url)[1]
            or next_by_number(page, url)
            or next_by_select(page.sel.root, url, page.urljoin)
        )


def _first_href(entry: Any, selectors: Iterable[str]) -> str | None:
    found = first(entry, selectors)
    return (found[0].get() or "").strip() or None if found else None


def _shared_links(firsts: list[str | None], page: Page, url: str) -> set[str]:
    """Return the addresses of this listing (any page of it) that two or more entries give
    first as their article's (*firsts*, one per entry): the category link rows print under
    their headline (`h3 a.catlink`) names the listing, no row's article. (A page holding one
    entry, an article and its link to itself, has none.)"""
    counts: Counter[str] = Counter(
        canonical_url(page.urljoin(url, href)) for href in firsts if href
    )
    here = listing_key(url)
    return {key for key, n in counts.items() if n > 1 and listing_key(key) == here}


def listing_key(url: str) -> str:
    """Return *url* canonical without its paging parameters: one key for every page of a
    listing.

    >>> listing_key("http://h/news?start=8"), listing_key("http://h/index.php?id=3&page=2")
    ('http://h/news', 'http://h/index.php?id=3')
    """
    parts = urlsplit(canonical_url(url))
    kept = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in PAGE_PARAMS
    ]
    return urlunsplit(parts._replace(query=urlencode(kept)))


def entry_link(
    entry: Any, selectors: Iterable[str], page: Page, url: str, shared: set[str]
) -> str | None:
    """Return the address one entry of a listing links its article at.

    The first selector giving an address outside *shared* (the listing's own addresses that
    several entries give); else the entry's read-more button, when its headline prints a link
    without an address (an `<a>` without href: a template's typo, ref= for href=).
    """
    for selector in selectors:
        for node in entry.css(selector):
            href = (node.get() or "").strip()
            if href and canonical_url(page.urljoin(url, href)) not in shared:
                return href
    if not entry.css("a:not([href])"):
        return None
    for link in entry.css("a[href]"):
        href = (link.attrib.get("href") or "").strip()
        said = " ".join("".join(link.root.itertext()).split())
        if (
            href
            and READ_MORE_RE.match(said)
            and canonical_url(page.urljoin(url, href)) not in shared
        ):
            return href
    return None


# Where a listing prints its page links (Bootstrap/Joomla ul.pagination, Drupal ul.pager,
# WordPress .nav-links / .page-numbers, navs labelled as pagination).
PAGINATION = (
    ".pagination, .pager, .pagenav, .page-numbers, .nav-links, .paging, "
    "nav[aria-label*=agination], nav[aria-label*='หน้า']"
)
# A class word naming a pagination block under a framework's prefix (UIkit's uk-pagination,
# wp-pagenavi, a theme's xx_pager, pages-nav / pages-numbers); a container named after its
# paging (pagination-wrap) is not.
PAGINATION_CLASS_RE = re.compile(
    r"^(?:[a-z0-9]+[-_])?(?:pagination|pager|paging|pagenavi?)$|^pages?[-_](?:nav|numbers)$", re.I
)


def pagination_blocks(page: Page) -> list[Any]:
    """Return the page's pagination blocks (lxml elements), in page order."""
    blocks = [b.root for b in page.sel.css(PAGINATION) if hasattr(b.root, "iter")]
    for el in page.sel.root.iter():
        classes = el.get("class") if isinstance(el.tag, str) else None
        if classes and "pag" in classes and el not in blocks:
            if any(PAGINATION_CLASS_RE.match(word) for word in classes.split()):
                blocks.append(el)
    return blocks


# What a next link says in its text, title, aria-label or icon class.
NEXT_WORDS = re.compile(
    r"ถัดไป|ต่อไป|หน้าถัดไป|next|older|›|»|angle-right|chevron-right|arrow-right|caret-right",
    re.I,
)
# A first/last jump or the way back to newer entries ("« newer" pagers print » too).
NOT_NEXT_WORDS = re.compile(r"last|สุดท้าย|double|newer|ใหม่กว่า|previous|ก่อนหน้า", re.I)
CURRENT_MARK = re.compile(r"(?:^|\s)(?:active|current|selected|is-active)(?:\s|$)")


def _current_item(item: Any) -> bool:
    """Tell whether a pagination item (li, a, span) is the page being shown."""
    for node in (item, *item.iterdescendants()):
        if not isinstance(node.tag, str):
            continue
        if CURRENT_MARK.search(node.get("class") or "") or node.get("aria-current"):
            return True
    links = [a for a in item.iter("a")]
    if item.tag == "a":
        links = [item]
    if not links:  # a bare number among links: the current page
        return bool("".join(item.itertext()).strip().isdigit())
    return all((a.get("href") or "").strip() in ("", "#") for a in links)


def next_in_pagination(page: Page, url: str) -> str | None:
    """Return the next listing page from the page's pagination block, read by meaning.

    A link saying next (text, title, aria-label or icon class) wins; else the link of the
    item after the current one (marked active / aria-current, or linking to "#" or nowhere).

    >>> html = ('<ul class="pagination"><li><a href="?start=0">1</a></li>'
    ...         '<li class="active"><a href="#">2</a></li><li><a href="?start=16">3</a></li></ul>')
    >>> next_in_pagination(Page(text=html), "http://h/news?start=8")
    'http://h/news?start=16'
    """
    return read_pagination(page, url)[1]


def read_pagination(page: Page, url: str) -> tuple[bool, str | None]:
    """Return (whether a pagination block marks the current page, the next page's URL)."""
    marked = False
    for root in pagination_blocks(page):
        for a in root.iter("a"):
            target = link_target(a, url, page.urljoin)  # a script pager's address too
            if not target:
                continue
            if canonical_url(target) == canonical_url(url):
                continue  # a disabled next link on the last page points at the page itself
            said = " ".join(
                [" ".join(a.itertext()), a.get("title") or "", a.get("aria-label") or ""]
                + [el.get("class") or "" for el in a.iter() if isinstance(el.tag, str)]
                + [el.get("alt") or "" for el in a.iter("img")]  # an arrow picture's alt
                + [a.get("rel") or ""]
            )
            if NEXT_WORDS.search(said) and not NOT_NEXT_WORDS.search(said):
                if not points_back(url, target):  # WordPress's "Next Entries »" = newer
                    return True, target
        items = [el for el in root if isinstance(el.tag, str)] or [root]
        if len(items) == 1 and items[0] is not root:
            items = [el for el in items[0] if isinstance(el.tag, str)]
        current, found = _after_current(items, page, url)
        if found:
            return True, found
        marked = marked or current
    return marked, None


PAGER_NESTING = 2  # a pagination block's list inside its wrapper (div > ul > li)


def _after_current(
    items: list[Any], page: Page, url: str, depth: int = 0
) -> tuple[bool, str | None]:
    """Return (whether an item is the current page, the link of the first item after it).

    A list of page links beside a counter or heading (Joomla 3's `div.pagination` holds
    `p.counter` "Page 1 of 3" and the `ul` of numbers): the item holding the current page is
    that list, so its own items are read.

    >>> page = Page(text='<div class="pagination"><p class="counter">หน้า 1 จาก 3</p><ul>'
    ...     '<li class="active"><a>1</a></li><li><a href="?limitstart=10">2</a></li></ul></div>')
    >>> _after_current(list(page.sel.css("div.pagination")[0].root), page, "http://h/n")
    (True, 'http://h/n?limitstart=10')
    """
    for index, item in enumerate(items):
        if not _current_item(item):
            continue
        inner = [el for el in item if isinstance(el.tag, str)]
        if depth < PAGER_NESTING and not _self_marked(item) and _page_list(inner):
            return _after_current(inner, page, url, depth + 1)
        for later in items[index + 1 :]:
            links = [later] if later.tag == "a" else list(later.iter("a"))
            for a in links:
                target = link_target(a, url, page.urljoin)
                if target and canonical_url(target) != canonical_url(url):
                    return True, target
        return True, None
    return False, None


def _self_marked(item: Any) -> bool:
    """Tell whether a pagination item itself carries the current page's mark."""
    return bool(CURRENT_MARK.search(item.get("class") or "") or item.get("aria-current"))


def _page_list(items: list[Any]) -> bool:
    """Tell whether elements are a list of page links: two or more of them hold a link."""
    return sum(1 for el in items if el.tag == "a" or next(el.iter("a"), None) is not None) >= 2


# A link's whole text saying next page or older entries, arrows aside ("หน้าถัดไป >>" = next
# page, "« รายการเก่ากว่า" = older entries, Blogger's "บทความที่เก่ากว่า" = older articles).
# Arrows a pager link may print either side of its word ("ข่าวเก่ากว่า &rarr;", "← Older posts"):
# the word says the direction, the arrow follows the page's writing direction or taste.
PAGER_ARROWS = "«‹<>›»←→⇐⇒⟵⟶➔➜"
NEXT_TEXT_RE = re.compile(
    rf"^[{PAGER_ARROWS}\s]*(?:(?:หน้า)?ถัดไป|หน้าต่อไป|next(?:\s+page)?|"
    r"older(?:\s+(?:posts|entries|articles|news))?|"
    rf"(?:รายการ|บทความ|โพสต์|ข่าว|เรื่อง)?(?:ที่)?เก่ากว่า)[{PAGER_ARROWS}\s]*$",
    re.I,
)
# A link saying earlier entries ("ข่าวก่อนหน้า »" = earlier news, "Earlier posts"): a keyset or
# cursor pager (?before=<id>) prints no page numbers, and its "older" link says earlier. Read
# only where no link says next or load more: a numbered pager's "« ข่าวก่อนหน้า" (the previous
# page) goes back by its paging number (points_back).
EARLIER_TEXT_RE = re.compile(
    rf"^[{PAGER_ARROWS}\s]*(?:(?:รายการ|บทความ|โพสต์|ข่าว|เรื่อง)(?:ที่)?ก่อนหน้า(?:นี้)?|"
    r"earlier(?:\s+(?:posts|entries|articles|news|items))?)"
    rf"[{PAGER_ARROWS}\s]*$",
    re.I,
)
# A load-more button that is a real link ("โหลดเพิ่มเติม" = load more, "ดูข่าวเพิ่มเติม" = see
# more news, "แสดงเพิ่มเติม" = show more): the next page only when it reloads this listing.
LOAD_MORE_RE = re.compile(
    r"^(?:โหลด|ดู|แสดง)(?:ข่าว|รายการ)?(?:เพิ่มเติม|เพิ่ม)|^(?:load|show|view)\s+more\b", re.I
)


# An image file named after a pager button ("Next.gif", "btn_next.png", "arrow-next.svg").
PAGER_IMAGE_RE = re.compile(
    r"(?:^|/)(?:(?:btn|button|icon|arrow|nav|page)[-_]?)?(next)(?:[-_]?(?:page|btn|button|icon|"
    r"arrow|on|off|[0-9]))?\.(?:gif|png|jpe?g|svg|webp)(?:$|[?#])",
    re.I,
)


def image_label(link: Selector) -> str | None:
    """Return what the image of an image-only link says: its alt or title, else "next" for an
    image file named after a Next button.

    Dreamweaver's recordset navigation (and many table-layout scripts) prints the pager as
    images alone: `<a href="?pageNum_rsNews=1"><img src="Next.gif" border=0></a>`.

    >>> image_label(Selector(text='<a href="?p=1"><img src="images/Next.gif"></a>').css("a")[0])
    'next'
    >>> image_label(Selector(text='<a href="?p=1"><img src="x.gif" alt="ถัดไป"></a>').css("a")[0])
    'ถัดไป'
    >>> image_label(Selector(text='<a href="?p=9"><img src="Last.gif"></a>').css("a")[0])
    """
    images = link.css("img")
    if len(images) != 1:
        return None
    said = (images[0].attrib.get("alt") or images[0].attrib.get("title") or "").strip()
    if said:
        return said
    match = PAGER_IMAGE_RE.search(images[0].attrib.get("src") or "")
    return match.group(1).lower() if match else None


def next_by_meaning(page: Page, url: str) -> str | None:
    """Return the next listing page a link names by meaning, or None.

    rel=next (even in a hidden pagination block: its href still serves), a link whose text
    says next page or older entries, or a load-more link to this same listing with another
    query (?offset=10, ?page=2).

    >>> html = '<p><a href="/news">ข่าว</a> <a href="/news?offset=10">โหลดเพิ่มเติม</a></p>'
    >>> next_by_meaning(Page(text=html), "http://h/news")
    'http://h/news?offset=10'
    >>> next_by_meaning(Page(text='<a href="/n/p2">หน้าถัดไป &gt;&gt;</a>'), "http://h/n/")
    'http://h/n/p2'
    >>> next_by_meaning(Page(text='<a href="/n?before=17">ข่าวก่อนหน้า &raquo;</a>'), "http://h/n")
    'http://h/n?before=17'
    """
    here = canonical_url(url)
    earlier = None  # a link saying earlier entries: the next page when nothing says next
    for link in page.sel.css("link[rel~=next][href], a[href]"):
        href = link.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = page.urljoin(url, href)
        if canonical_url(target) == here:
            continue  # a disabled next link on the last page points at the page itself
        rel = (link.attrib.get("rel") or "").lower().split()
        text = node_text(link) or link.attrib.get("title") or image_label(link) or ""
        if "next" in rel or NEXT_TEXT_RE.match(text):
            if not points_back(url, target):
                return target
        if LOAD_MORE_RE.match(text) and len(text) <= 40:
            old, new = urlsplit(url), urlsplit(target)
            if (old.netloc, old.path.rstrip("/")) == (new.netloc, new.path.rstrip("/")):
                if new.query and new.query != old.query:
                    return target
        if earlier is None and EARLIER_TEXT_RE.match(text) and not points_back(url, target):
            earlier = target
    return load_more_target(page, url) or earlier


# An attribute a script reads a load-more button's next page from: htmx's hx-get, and data-*
# attributes naming an address or the next page (data-url, data-href, data-next,
# data-next-url, data-load-more-url).
LOAD_MORE_ATTR_RE = re.compile(
    r"^(?:data-)?hx-get$|^data-(?:[a-z-]*-)?(?:url|href|link|next(?:-[a-z]+)?)$", re.I
)
LOAD_MORE_CHARS = 40  # a button's label, not a paragraph


def load_more_target(page: Page, url: str) -> str | None:
    """Return the next page a load-more button (no href) fetches by script, or None.

    An element whose label says load more or next ("โหลดข่าวเพิ่มเติม", "Load more",
    "หน้าถัดไป") carrying a same-site address in an attribute a script reads (htmx's hx-get,
    data-url, data-next, ...) that numbers a page: the page it fetches, whole or a fragment
    of cards, is the listing's next page.

    >>> html = ('<div id="more"><button hx-get="/news/items?page=2" hx-target="#more">'
    ...         'โหลดข่าวเพิ่มเติม</button></div>')
    >>> load_more_target(Page(text=html), "http://h/news")
    'http://h/news/items?page=2'
    >>> load_more_target(Page(text='<div hx-get="/partials/latest">ข่าวล่าสุด</div>'), "http://h/")
    """
    here = urlsplit(url)
    for el in page.sel.root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "link", "meta", "img"):
            continue
        for name, value in el.attrib.items():
            if not LOAD_MORE_ATTR_RE.match(name) or not value.strip():
                continue
            value = value.strip()
            if not value.startswith(("/", "?", "http://", "https://")):
                continue
            said = " ".join(
                [" ".join(" ".join(el.itertext()).split()), el.get("title") or ""]
                + [el.get("aria-label") or ""]
            ).strip()
            if len(said) > LOAD_MORE_CHARS:
                continue
            if not (LOAD_MORE_RE.match(said) or NEXT_TEXT_RE.match(said)):
                continue
            target = page.urljoin(url, value)
            if urlsplit(target).netloc != here.netloc or not numbers_a_page(target):
                continue
            if canonical_url(target) != canonical_url(url):
                return target
    return None


def numbers_a_page(url: str) -> bool:
    """Tell whether an address numbers a listing page: a paging parameter (?page=2,
    ?offset=10, ?pageNum=3) or a number as its last path segment (/news/page/2).

    >>> numbers_a_page("http://h/news/items?page=2"), numbers_a_page("http://h/news/page/3/")
    (True, True)
    >>> numbers_a_page("http://h/news"), numbers_a_page("http://h/?page_id=42")
    (False, False)
    """
    parts = urlsplit(url)
    for name, values in parse_qs(parts.query).items():
        if paging_param(name):
            if any(v.strip().isdigit() for v in values):
                return True
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return last.isdigit()


# Query parameters that number a listing's pages or offset its entries (Joomla's start and
# limitstart, WordPress's paged, ?page=N, ?offset=N).
PAGE_PARAMS = ("page", "paged", "start", "limitstart", "offset")
OFFSET_PARAMS = frozenset({"start", "limitstart", "offset"})
# Any other parameter whose name says paging (Dreamweaver's pageNum_<recordset>, page_no,
# a CMS's own <prefix>_paging_p, pg); a page's id (page_id=42) numbers no listing page.
PAGE_PARAM_NAME_RE = re.compile(r"pag(?:e|ed|ing)(?!.*id)|^pg$", re.I)
# Any other parameter whose name says it is the first entry shown, an offset: Zope's DTML
# batch (<dtml-in batch start=query_start>: ?query_start=11), Plone's b_start (b_start:int),
# a script's <list>_start / <list>_offset.
OFFSET_PARAM_NAME_RE = re.compile(r"^[a-z]+_(?:start|offset)(?::int)?$", re.I)


def paging_param(name: str) -> bool:
    """Tell whether a query parameter's name numbers a listing's pages or offsets its entries.

    >>> paging_param("paged"), paging_param("pageNum_rs"), paging_param("query_start")
    (True, True, True)
    >>> paging_param("page_id"), paging_param("nid")
    (False, False)
    """
    return (
        name in PAGE_PARAMS
        or PAGE_PARAM_NAME_RE.search(name) is not None
        or OFFSET_PARAM_NAME_RE.match(name) is not None
    )


def offset_param(name: str) -> bool:
    """Tell whether a paging parameter offsets the entries (absent: offset 0), no page number."""
    return name in OFFSET_PARAMS or OFFSET_PARAM_NAME_RE.match(name) is not None


BARE_NUMBER_TEXT_RE = re.compile(r"^\W*\d+\W*$")  # a page-number link's text ("2", "[3]")


def next_by_number(page: Page, url: str) -> str | None:
    """Return the listing page numbered next after this one among the page's links, or None.

    The links to this same listing that differ only in a paging parameter, or that print a
    bare page number and put the number (or offset) in their last path segment: the one with
    the smallest value above this page's (absent: the first page) is the next page.

    >>> html = ('<a href="/news">1</a> <a href="/news?start=8">2</a> <a href="/news?start=16">3</a>'
    ...         ' <a href="/news?start=160">10</a>')
    >>> next_by_number(Page(text=html), "http://h/news?start=8")
    'http://h/news?start=16'
    >>> next_by_number(Page(text=html), "http://h/news?start=160") is None
    True
    >>> html = ('<a href="/news/list/3">1</a> <a href="/news/list/3/10">2</a>'
    ...         ' <a href="/news/list/4">ข่าว</a>')
    >>> next_by_number(Page(text=html), "http://h/news/list/3")
    'http://h/news/list/3/10'
    """
    here = urlsplit(url)
    query = parse_qs(here.query, keep_blank_values=True)
    best: tuple[int, str] | None = None
    for link in page.sel.css("a[href], a[onclick]"):
        target = link_target(link.root, url, page.urljoin)  # a script pager's address too
        if not target:
            continue
        there = urlsplit(target)
        if there.netloc != here.netloc:
            continue
        if there.path.rstrip("/") == here.path.rstrip("/"):
            found = _query_number(query, parse_qs(there.query, keep_blank_values=True))
            if found is None:
                found = bare_query_number(here.query, there.query, node_text(link) or "")
        elif BARE_NUMBER_TEXT_RE.match(node_text(link) or ""):
            found = _path_number(here, there) or _file_number(here, there)
        else:
            continue
        if found is not None and found[1] > found[0]:
            if best is None or found[1] < best[0]:
                best = (found[1], target)
    return best[1] if best else None


def _query_number(
    query: dict[str, list[str]], other: dict[str, list[str]]
) -> tuple[int, int] | None:
    """Return (this page's value, the link's) of the one paging parameter the link's query
    *other* changes in this page's *query*, or None."""
    names = [n for n in PAGE_PARAMS if n in other] + [
        n for n in other if n not in PAGE_PARAMS and paging_param(n)
    ]
    for name in names:
        values = other[name]
        if len(values) != 1 or not values[0].isdigit():
            continue
        # a bare flag beside the number (Divi's &paged=2&et_blog) says nothing of the listing
        rest = {k: v for k, v in other.items() if k != name and v != [""]}
        if rest != {k: v for k, v in query.items() if k != name and v != [""]}:
            continue
        # absent: the first page (offset 0; a page number of 0 or 1, so any link up)
        current = query.get(name, ["0" if offset_param(name) else "-1"])[0]
        if not current.lstrip("-").isdigit():
            return None
        return int(current), int(values[0])
    return None


def points_back(url: str, target: str) -> bool:
    """Tell whether *target* is an earlier page of the listing *url* by its paging number.

    A pager's "next" may lead back to newer entries (WordPress prints "Next Entries »" for
    the newer page and "« Older Entries" for the following one; themes translate both as
    next/previous), while the paging parameter says which way a link goes.

    >>> points_back("http://h/?p=4&paged=2", "http://h/?p=4")
    True
    >>> points_back("http://h/?p=4&paged=2", "http://h/?p=4&paged=3&flag")
    False
    """
    old, new = urlsplit(url), urlsplit(target)
    if (old.netloc, old.path.rstrip("/")) != (new.netloc, new.path.rstrip("/")):
        return False  # another listing, or a path-numbered one
    here = parse_qs(old.query, keep_blank_values=True)
    there = parse_qs(new.query, keep_blank_values=True)
    found = _query_number(here, there)  # (this page's number, the link's)
    if found is not None:
        return found[1] < found[0]
    found = _query_number(there, here)  # (the link's number, this page's)
    if found is None:
        found = bare_query_number(new.query, old.query)
        return found is not None and found[0] < found[1]
    return found[0] < found[1]


# A bare query without names that ends in the page's number or offset (e107's dotted
# nextprev: news.php?default.0.8, news.php?default.0.16; list.php?cat.3.20).
BARE_QUERY_NUMBER_RE = re.compile(r"([^=&]*?)(\d+)")


def bare_query_number(query: str, other: str, text: str = "") -> tuple[int, int] | None:
    """Return (this page's number, the link's) when the link's bare query *other* (no names,
    no values) differs from this page's *query* only in its last number; a page with no
    query is the first (0) when the link prints a bare page number (*text*).

    >>> bare_query_number("default.0.8", "default.0.16"), bare_query_number("", "default.0.8", "2")
    ((8, 16), (0, 8))
    >>> bare_query_number("", "extend.141", "A headline"), bare_query_number("cat.2.8", "cat.3.8")
    (None, None)
    """
    theirs = BARE_QUERY_NUMBER_RE.fullmatch(other)
    if not theirs:
        return None
    if not query:
        return (0, int(theirs[2])) if BARE_NUMBER_TEXT_RE.match(text) else None
    mine = BARE_QUERY_NUMBER_RE.fullmatch(query)
    if not mine or mine[1] != theirs[1]:
        return None
    return int(mine[2]), int(theirs[2])


def _path_number(here: Any, there: Any) -> tuple[int, int] | None:
    """Return (this page's number, the link's) when the link's path numbers a page of this
    listing in its last segment (CodeIgniter's offset: /news/list/3/10 after /news/list/3)."""
    if there.query != here.query:
        return None
    mine = [s for s in here.path.split("/") if s]
    theirs = [s for s in there.path.split("/") if s]
    if not theirs or not theirs[-1].isdigit():
        return None
    if theirs[:-1] == mine:
        return -1, int(theirs[-1])  # this page is the first: its path has no number yet
    if len(theirs) == len(mine) and theirs[:-1] == mine[:-1] and mine[-1].isdigit():
        return int(mine[-1]), int(theirs[-1])
    return None


# A hand-numbered listing file: index.shtml, then index2.shtml, index3.shtml (a static site's
# pages saved one by one; a stem, an optional "-" or "_", the page number, the extension).
NUMBERED_FILE_RE = re.compile(
    r"^(?P<stem>[^/]*?[^0-9/_-])[-_]?(?P<number>[0-9]+)(?P<ext>\.[a-z]{2,5})$", re.I
)


def _file_number(here: Any, there: Any) -> tuple[int, int] | None:
    """Return (this page's number, the link's) when the link is a numbered sibling file of
    this listing page in the same folder (index2.shtml beside index.shtml or index3.shtml).

    >>> _file_number(urlsplit("http://h/news/index.shtml"), urlsplit("http://h/news/index2.shtml"))
    (-1, 2)
    >>> _file_number(urlsplit("http://h/n/index2.shtml"), urlsplit("http://h/n/index_3.shtml"))
    (2, 3)
    >>> _file_number(urlsplit("http://h/n/index.shtml"), urlsplit("http://h/n/news2.shtml")) is None
    True
    """
    if there.query != here.query:
        return None
    folder, _, mine = here.path.rpartition("/")
    other_folder, _, theirs = there.path.rpartition("/")
    found = NUMBERED_FILE_RE.match(theirs)
    if other_folder != folder or found is None:
        return None
    stem, ext = found.group("stem").lower(), found.group("ext").lower()
    if mine.lower() == stem + ext:
        return -1, int(found.group("number"))  # the first page: its file has no number
    current = NUMBERED_FILE_RE.match(mine)
    if current and (current.group("stem").lower(), current.group("ext").lower()) == (stem, ext):
        return int(current.group("number")), int(found.group("number"))
    return None
