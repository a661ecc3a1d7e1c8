"""MinistrySpider: listing -> article, pagination, modes, base_url, failures as items."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date, datetime
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from parsel import Selector, SelectorList
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.css_xpath import compiled_css, compiled_upward, compiled_xpath, upward_branches
from crawler.items import Article, CrawlFailure
from crawler.urls import canonical_url, check_url

logger = logging.getLogger(__name__)

MODES = ("crawl", "backfill", "check")
CANONICAL_LINK = ['link[rel="canonical"]::attr(href)']


def first(response: TextResponse | Any, selectors: Iterable[str]) -> Any:
    """Return the nodes of the first CSS selector that matches anything (an empty list if none).

    Each CSS selector is compiled to an lxml XPath once (from a page's root element, the
    upward form of crawler.css_xpath) and run on the parsed tree; only the matches become
    Selectors: parsel's own, the same nodes `response.css` gives without its per-call
    overhead nor Scrapy's live-object tracking of each one (a weak-keyed dict entry apiece).
    """
    page = _page(response) if isinstance(response, TextResponse) else None
    sel = page.sel if page is not None else response
    if not isinstance(sel, Selector) or sel.type != "html" or not hasattr(sel.root, "xpath"):
        for selector in selectors:  # a SelectorList, XML (case-sensitive CSS), JSON: parsel's way
            nodes = response.css(selector)
            if nodes:
                return nodes
        return []
    for selector in selectors:
        if page is not None and page.at_root:
            xpath = page.xpath_for(selector)
            if xpath is None:
                continue  # every branch needs a class or id the page does not have: no match
        else:
            xpath = compiled_css(selector)
        found = xpath(sel.root)
        if found:
            kind, namespaces = sel.type, sel.namespaces
            return SelectorList(
                Selector(root=node, _expr=xpath.path, namespaces=namespaces, type=kind)
                for node in found
            )
    return []


# Every class attribute of a page, in one XPath (a substring search per name cost more).
ALL_CLASSES = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
ALL_IDS = etree.XPath("descendant-or-self::*/@id", smart_strings=False)
XML_SPACE_RE = re.compile(r"[ \t\r\n]+")


class _Page:
    """A response's selector and what `first` knows of its page (class tokens, built once)."""

    def __init__(self, response: TextResponse) -> None:
        self.response = response
        self.sel = response.selector
        root = self.sel.root
        self.at_root = hasattr(root, "getparent") and root.getparent() is None
        self._classes: frozenset[str] | None = None
        self._ids: frozenset[str] | None = None

    def xpath_for(self, selector: str) -> etree.XPath | None:
        """Return the upward XPath of the branches of *selector* that can match this page.

        A branch needing a class token or id the page lacks is left out; None when none is
        left. Selectors that cannot be turned upward keep parsel's translation, unfiltered.
        """
        branches = upward_branches(selector)
        if branches is None:
            return compiled_upward(selector)
        classes = self.classes()
        live = [
            branch.xpath
            for branch in branches
            if classes.issuperset(branch.classes)
            and (not branch.ids or self.ids().issuperset(branch.ids))
        ]
        return compiled_xpath(" | ".join(live)) if live else None

    def ids(self) -> frozenset[str]:
        """Return the page's id values (read only when a selector names an id)."""
        if self._ids is None:
            self._ids = frozenset(ALL_IDS(self.sel.root))
        return self._ids

    def classes(self) -> frozenset[str]:
        """Return the page's class tokens, split on XML whitespace as XPath's test splits."""
        if self._classes is None:
            joined = " ".join(ALL_CLASSES(self.sel.root))
            if joined.isascii() and joined.isprintable():
                tokens = joined.split()  # the only space is U+0020: str.split agrees
            else:
                tokens = XML_SPACE_RE.split(joined)
            self._classes = frozenset(tokens)
        return self._classes


# The page `first` looked at last: extraction asks a dozen questions of one response in a row.
_last_page: _Page | None = None


def release(response: TextResponse) -> None:
    """Let go of a response whose extraction is done, so it is freed at once.

    The response and its cached selector refer to each other (a cycle only the cyclic
    garbage collector breaks, pages later); cutting the selector's link back and first()'s
    hold frees the parsed tree now, while its memory is still in cache for the next page.
    """
    global _last_page
    page = _last_page
    if page is not None and page.response is response:
        _last_page = None
        if isinstance(page.sel, Selector) and hasattr(page.sel, "response"):
            page.sel.response = None


def _page(response: TextResponse) -> _Page:
    global _last_page
    page = _last_page
    if page is None or page.response is not response:
        page = _last_page = _Page(response)
    return page


# Text inside these never belongs to a field's value (K2 edit links, "Featured" flags, scripts).
SKIPPED_TAGS = frozenset({"sup", "script", "style"})
EDIT_LINK_CLASS = "itemEditLink"
_SKIPPED = " or ".join(f"self::{tag}" for tag in sorted(SKIPPED_TAGS)) + (
    f" or contains(concat(' ', @class, ' '), ' {EDIT_LINK_CLASS} ')"
)
# Compiled once: evaluating a string XPath compiles it on every call.
SKIPPED_BELOW = etree.XPath(f"boolean(descendant::*[{_SKIPPED}])", smart_strings=False)
ALL_TEXT = etree.XPath(".//text()", smart_strings=False)
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
    """Return the joined, space-folded text of *nodes*, or None when there is none."""
    parts: list[str] = []
    if isinstance(nodes, Selector):
        nodes = [nodes]
    for node in nodes:
        root = node.root
        if isinstance(root, str):
            parts.append(root)
        elif not hasattr(root, "xpath"):
            continue
        elif not _skipped_at_or_above(root) and not SKIPPED_BELOW(root):
            # Nothing to skip in or above this node: every text node, without the per-node
            # ancestor test of SKIPPED_TEXT (the slow part on long pages); same strings.
            parts.extend(ALL_TEXT(root))
        else:
            parts.extend(KEPT_TEXT(root))
    text = " ".join(" ".join(parts).split())
    return text or None


class MinistrySpider(scrapy.Spider):
    """Walk a site's listing pages newest first and extract every article once.

    Subclasses set selectors as class attributes (first match wins in each list).
    Spider arguments: base_url, start_url, mode (crawl|backfill|check), since, until, site.
    """

    # Site description (set by site spiders).
    site_key: str = ""
    site_name: str = ""
    ministry: str = ""
    cms: ClassVar[str] = ""
    base_url: str = ""
    listing_paths: ClassVar[list[str]] = []
    language: ClassVar[str] = "th"

    # Listing selectors.
    listing_entry_selectors: ClassVar[list[str]] = []
    listing_link_selectors: ClassVar[list[str]] = ["a::attr(href)"]
    listing_date_selectors: ClassVar[list[str]] = []
    listing_fallback_link_selectors: ClassVar[list[str]] = []
    next_page_selectors: ClassVar[list[str]] = []

    # Article selectors.
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

    def __init__(
        self,
        *args: Any,
        base_url: str | None = None,
        start_url: str | None = None,
        mode: str = "crawl",
        since: str | date | None = None,
        until: str | date | None = None,
        site: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if base_url:
            self.base_url = check_url(base_url).rstrip("/")
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        self.mode = mode
        start_url = start_url or getattr(self, "fixed_start_url", None)
        self.start_urls_override = [check_url(start_url)] if start_url else []
        self.restart = str(kwargs.pop("restart", "")).lower() in ("1", "true", "yes")
        self.since = _as_date(since)
        self.until = _as_date(until)
        if site:
            self.site_key = site
        elif not self.site_key:
            self.site_key = self.name if self.name else self._host_key()
        self.known_urls: set[str] = set()
        self.seen_urls: set[str] = set()
        self.listing_pages = 0
        self.walked_listings: set[str] = set()  # canonical URLs of listing pages parsed
        # Oldest date on the listing page parsed last (the progress line shows it).
        self.listing_date: date | None = None
        self.allowed_hosts = {urlsplit(u).hostname for u in self.start_urls() if u}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> MinistrySpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.recheck_pages = crawler.settings.getint("KHAOSAN_RECHECK_PAGES", 1)
        spider.max_listing_pages = crawler.settings.getint("KHAOSAN_MAX_LISTING_PAGES", 0)
        relax_for_loopback(crawler.settings, spider.start_urls())
        return spider

    recheck_pages: int = 1
    max_listing_pages: int = 0

    # -- start -----------------------------------------------------------------------------

    def start_urls(self) -> list[str]:
        """Return the listing (or feed) URLs this run starts from."""
        if self.start_urls_override:
            return list(self.start_urls_override)
        return [urljoin(self.base_url + "/", p.lstrip("/")) for p in self.listing_paths]

    def _host_key(self) -> str:
        urls = self.start_urls_override or [self.base_url]
        host = urlsplit(urls[0]).hostname or "unknown"
        return host.removeprefix("www.").replace(".", "_")

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Load the URLs already stored (incremental runs), then request each listing."""
        self.known_urls = self.load_known_urls()
        for url in self.start_urls():
            yield self.listing_request(url, page=1)

    def load_known_urls(self) -> set[str]:
        """Return the canonical URLs of this site already in the database."""
        if self.mode == "check" or self.restart:
            return set()
        # -- distributed mode (--sink, docs/distributed.md): the writer's known-URL set in Redis
        sink = self.settings.get("KHAOSAN_SINK")
        if sink:
            from crawler.distributed.known import load_known_urls

            return load_known_urls(sink, self.site_key)
        # -- end distributed mode
        from pipelines.store import ArticleStore, StoreError

        path = self.settings.get("KHAOSAN_DB")
        try:
            store = ArticleStore(path, readonly=True)
        except (StoreError, OSError) as error:
            self.logger.info("no known URLs loaded (%s)", error)
            return set()
        try:
            return store.known_urls(self.site_key)
        finally:
            store.close()

    def listing_request(self, url: str, page: int) -> scrapy.Request:
        """Build the request for listing page number *page*."""
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.on_error,
            cb_kwargs={"page": page},
            meta={"khaosan_kind": "listing"},
            priority=10,
        )

    def article_request(self, url: str) -> scrapy.Request:
        """Build the request for one article page."""
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            meta={"khaosan_kind": "article"},
            # Backfills finish a listing page's articles before the next page: the queue stays
            # small and a restarted backfill re-walks only the pages it had reached.
            priority=20 if self.mode == "backfill" else 0,
        )

    # -- listing ---------------------------------------------------------------------------

    def parse_listing(self, response: Response, page: int = 1) -> Iterator[Any]:
        """Follow the new article links of one listing page, then the next page when useful."""
        if not isinstance(response, TextResponse):
            yield self.failure(response.url, "content_type", "listing is not text", response.status)
            return
        self.listing_pages += 1
        self.bump_stat("khaosan/listing_pages")
        entries = list(self.extract_listing(response))
        self.bump_stat("khaosan/listing_entries", len(entries))
        dates = [listed_on for _, listed_on in entries if listed_on]
        if dates:
            self.listing_date = min(dates)
        if not entries:
            yield self.failure(response.url, "parse", "no article links on listing page", 200)
        new = 0
        fresh = 0  # links not seen before in this run; a pagination trap repeats seen ones
        older_than_since = 0
        for url, listed_on in entries:
            key = canonical_url(url)
            if key in self.seen_urls:
                continue
            fresh += 1
            if not self.allowed(url):
                self.seen_urls.add(key)
                yield self.failure(
                    url, "offsite", f"link to another host refused (on {response.url})"
                )
                continue
            if listed_on and self.until and listed_on > self.until:
                self.seen_urls.add(key)
                continue
            if listed_on and self.since and listed_on < self.since:
                older_than_since += 1
                self.seen_urls.add(key)
                continue
            self.seen_urls.add(key)
            known = key in self.known_urls
            if not known:
                new += 1
            if not known or (self.mode == "crawl" and page <= self.recheck_pages):
                self.bump_stat("khaosan/article_requests")
                yield self.article_request(url)
        if entries and not fresh:
            if self.extract_next_page(response):
                message = "pagination stopped: page lists only links already seen in this run"
                yield self.failure(response.url, "trap", message, response.status)
            return
        if self.should_follow_next(page, new, len(entries), older_than_since):
            next_url = self.extract_next_page(response)
            # Listing pages walked so far; a "next" link back to one of them would be dropped
            # silently by Scrapy's duplicate filter, so it is recorded as a trap instead.
            self.walked_listings.add(canonical_url(response.url))
            if next_url and canonical_url(next_url) in self.walked_listings:
                message = f"pagination loops back to a page already walked: {next_url}"
                yield self.failure(response.url, "trap", message, response.status)
            elif next_url:
                yield self.listing_request(next_url, page + 1)

    def should_follow_next(self, page: int, new: int, total: int, older: int) -> bool:
        """Decide whether the listing walk goes on after page *page*."""
        if self.max_listing_pages and self.listing_pages >= self.max_listing_pages:
            return False
        if self.mode == "check":
            return False
        if total and older == total:
            return False  # the whole page is older than --since
        if self.mode == "backfill":
            return True
        return new > 0 or page < self.recheck_pages

    def extract_listing(self, response: TextResponse) -> Iterator[tuple[str, date | None]]:
        """Yield (absolute article URL, listing date) for each entry on a listing page."""
        entries = first(response, self.listing_entry_selectors)
        found = False
        for entry in entries:
            links = first(entry, self.listing_link_selectors)
            href = links[0].get() if links else None
            if not href:
                continue
            found = True
            raw_date = node_text(first(entry, self.listing_date_selectors) or [])
            yield response.urljoin(href.strip()), _listing_date(raw_date)
        if not found:
            for href in first(response, self.listing_fallback_link_selectors) or []:
                yield response.urljoin(href.get().strip()), None

    def extract_next_page(self, response: TextResponse) -> str | None:
        """Return the absolute URL of the next listing page, or None on the last."""
        nodes = first(response, self.next_page_selectors)
        href = nodes[0].get() if nodes else None
        return response.urljoin(href.strip()) if href else None

    def allowed(self, url: str) -> bool:
        """Return whether *url* is on one of this run's hosts (off-site links are refused)."""
        return urlsplit(url).hostname in self.allowed_hosts

    # -- article ---------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        """Extract one article page into an Article (a CrawlFailure when it is not a page)."""
        if not isinstance(response, TextResponse):
            yield self.failure(
                response.url, "content_type", "article is not an HTML page", response.status
            )
            return
        self.bump_stat("khaosan/article_pages")
        try:
            article = self.extract_article(response)
        except (ValueError, TypeError, AttributeError, LookupError) as error:
            release(response)
            # An extraction bug or a page our selectors choke on: record it, keep crawling.
            self.logger.exception("cannot extract %s", response.url)
            yield self.failure(
                response.url, "parse", f"{type(error).__name__}: {error}", response.status
            )
            return
        problem = response.meta.get("khaosan_encoding_problem")
        if problem:
            article.problems.append(problem)
        release(response)
        yield article

    def extract_article(self, response: TextResponse) -> Article:
        """Pick the article's raw parts with the class selectors."""
        body_nodes = first(response, self.body_selectors)
        published_raw = node_text(first(response, self.date_selectors))
        # The page's text is only read for a dateline when no date element exists.
        page_nodes = [] if published_raw else first(response, self.page_text_selectors)
        body_root = _body_root(body_nodes)
        # One body element is handed over as a copy, serialised only if someone asks
        # (Article.body_markup); several nodes are joined as HTML.
        body_html = None if body_root else "\n".join(n.get() for n in body_nodes) or None
        return Article(
            url=self.article_url(response),
            site=self.site_key,
            title=node_text(first(response, self.title_selectors)),
            published_at_raw=published_raw,
            modified_at_raw=node_text(first(response, self.modified_selectors)),
            view_count_raw=node_text(first(response, self.hits_selectors)),
            body_html=body_html,
            body_root=body_root,
            page_text=node_text(page_nodes) if page_nodes else None,
            images=self.absolute(response, first(response, self.image_selectors)),
            attachments=[
                {"url": response.urljoin(a.attrib["href"]), "name": node_text(a) or ""}
                for a in first(response, self.attachment_selectors)
                if a.attrib.get("href")
            ],
            tags=[t for t in (node_text(n) for n in first(response, self.tag_selectors)) if t],
            category=node_text(first(response, self.category_selectors)),
            language=self.language,
        )

    def article_url(self, response: TextResponse) -> str:
        """Return the canonical URL: rel=canonical when on the same host, else the URL fetched."""
        found = first(response, CANONICAL_LINK)
        href = found[0].get() if found else None
        if href:
            absolute = response.urljoin(href.strip())
            if urlsplit(absolute).hostname == urlsplit(response.url).hostname:
                return canonical_url(absolute)
        return canonical_url(response.url)

    @staticmethod
    def absolute(response: TextResponse, nodes: Any) -> list[str]:
        """Return the absolute, de-duplicated URLs of attribute *nodes*."""
        urls: list[str] = []
        for node in nodes:
            value = node.get().strip()
            if value and not value.startswith("data:"):
                url = response.urljoin(value)
                if url not in urls:
                    urls.append(url)
        return urls

    def bump_stat(self, key: str, n: int = 1) -> None:
        """Add *n* to crawl stat *key* (a no-op for a spider built without a crawler)."""
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats is not None:
            crawler.stats.inc_value(key, n)

    # -- failures --------------------------------------------------------------------------

    def failure(self, url: str, kind: str, message: str, status: int | None = None) -> CrawlFailure:
        """Build a failure record for this site."""
        self.logger.warning("%s: %s (%s)", kind, message, url)
        return CrawlFailure(
            url=url, site=self.site_key, kind=kind, message=message, http_status=status
        )

    def on_error(self, failure: Failure) -> Iterator[CrawlFailure]:
        """Turn a download error or HTTP error into a CrawlFailure item."""
        from crawler.failures import classify_failure

        request = failure.request  # type: ignore[attr-defined]
        if _robots_forbidden(failure):
            self.bump_stat("khaosan/robots_forbidden")
            yield self.failure(request.url, "robots", "skipped: robots.txt forbids crawling it")
            return
        kind, message, status = classify_failure(failure)
        yield self.failure(request.url, kind, message, status)


def _body_root(nodes: Any) -> tuple[None, Any] | None:
    """Return (None, a detached copy of the body element) for one element, else None."""
    if len(nodes) != 1 or not hasattr(nodes[0].root, "xpath"):
        return None
    from copy import deepcopy

    root = deepcopy(nodes[0].root)
    root.tail = None
    return None, root


def relax_for_loopback(settings: Any, urls: list[str]) -> None:
    """Drop production delays when every start URL is on a loopback host."""
    hosts = {urlsplit(u).hostname for u in urls}
    loopback = set(settings.getlist("KHAOSAN_LOOPBACK_HOSTS"))
    if not hosts or not hosts <= loopback or settings.getbool("KHAOSAN_POLITE_LOOPBACK"):
        return
    for name, value in (
        ("DOWNLOAD_DELAY", 0),
        ("DOWNLOAD_DELAY_JITTER", 0),
        ("AUTOTHROTTLE_ENABLED", False),
        ("CONCURRENT_REQUESTS", 32),
        ("CONCURRENT_REQUESTS_PER_DOMAIN", 16),
    ):
        settings.set(name, value, priority="spider")


def _robots_forbidden(failure: Failure) -> bool:
    """Return whether a request failed because RobotsTxtMiddleware refused it."""
    from scrapy.exceptions import IgnoreRequest

    value = failure.value
    return isinstance(value, IgnoreRequest) and "robots.txt" in str(value)


def _as_date(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    from pipelines.thai_dates import parse_iso_or_be

    return parse_iso_or_be(value)


def _listing_date(raw: str | None) -> date | None:
    if not raw:
        return None
    from pipelines.thai_dates import parse_thai_date

    value = parse_thai_date(raw)
    if isinstance(value, datetime):
        return value.date()
    return value
