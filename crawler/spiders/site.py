"""SiteSpider: the one spider; a Site (crawler/sites.toml) and its layout say what to walk.

It walks HTML listings (the layout's selectors), RSS/Atom feeds, sitemaps and WordPress REST
collections, newest first, and hands each article page to the layout. Which URLs, in what
order and when to stop is decided here; what a page says is the layout's business
(pipelines/layouts/), what the text means the normaliser's.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.utils.response import get_base_url
from twisted.python.failure import Failure

from crawler.extract_client import ExtractClient, WorkerGone, worker_after
from crawler.failures import (
    KIND_CONTENT_TYPE,
    KIND_OFFSITE,
    KIND_PARSE,
    KIND_ROBOTS,
    KIND_TRAP,
    KIND_UNSAFE_XML,
    classify_failure,
)
from crawler.feeds import UnsafeXml, feed_links, parse_feed, xml_kind
from crawler.frames import FRAME_TEXT_CHARS, inline_frame, text_frame
from crawler.items import Article, CrawlFailure
from crawler.registry import Site, crawlable_entries, family_site, site_entry
from crawler.sitemaps import sitemap_children, sitemap_entries
from crawler.urls import canonical_url, case_twin_key, check_url, is_loopback_host
from pipelines.encoding import repaired
from pipelines.extract_worker import Job
from pipelines.html_tree import html_selector
from pipelines.layouts import EXTRACTION_ERRORS, Page, layout, read_article, read_links_checked
from pipelines.layouts.archives import (
    archive_months,
    archive_years,
    before_since,
    older_month,
    previous_month,
    without_archive_months,
)
from pipelines.layouts.base import Link, anchor_texts, day_of
from pipelines.layouts.cards import url_shape
from pipelines.layouts.generic import content_anchors, lone_headlines
from pipelines.layouts.row_dates import row_dates
from pipelines.layouts.split_pages import MAX_PARTS, next_part
from pipelines.layouts.wordpress import is_rest_listing, rest_page_url
from pipelines.normalize import body_text, has_page_text, normalize_article
from pipelines.parts import join_part
from pipelines.store import ArticleStore, StoreError
from pipelines.thai_dates import parse_iso_or_be

MODES = ("crawl", "backfill", "check")
# Listing pages on which the family's links held every link the generic reader found, after
# which the walk reads its listings with the family's selectors alone (one template per walk).
FAMILY_LINKS_TRUSTED_AFTER = 3


class SiteSpider(scrapy.Spider):
    """Walk one site's listings (or feeds, sitemaps, REST pages) and extract every article once.

    Spider arguments: site (a Site or a registry key), base_url, start_url,
    mode (crawl|backfill|check), since, until, restart.
    """

    name = "site"  # `scrapy crawl site -a site=<key>`; `scrapy crawl <key>` goes through the loader
    recheck_pages: int = 1
    max_listing_pages: int = 0

    def __init__(
        self,
        site: Site | str | None = None,
        *,
        base_url: str | None = None,
        start_url: str | None = None,
        mode: str = "crawl",
        since: str | date | None = None,
        until: str | date | None = None,
        restart: str | bool = "",
        **kwargs: Any,
    ) -> None:
        if site is None:
            raise ValueError("SiteSpider needs a site (a registry key or a Site)")
        self.site = site_entry(site) if isinstance(site, str) else site
        super().__init__(name=self.site.key, **kwargs)
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        self.layout = layout(self.site.cms)
        self.site_key = self.site.key
        self.mode = mode
        self.base_url = check_url(base_url).rstrip("/") if base_url else self.site.base_url
        self.start_url = check_url(start_url) if start_url else None
        self.restart = str(restart).lower() in ("1", "true", "yes")
        self.since = _as_date(since)
        self.until = _as_date(until)
        self.known_urls: set[str] = set()
        # The site's previous run ended early (killed, interrupted, failed): walk the whole
        # listing this time, fetching only what is missing, instead of stopping at known pages.
        self.catch_up = False
        self.seen_urls: set[str] = set()  # links requested (or refused) in this run
        self._case_twins: set[str] | None = None  # IIS pages' case-free keys (case_twin_seen)
        self.listed_urls: set[str] = set()  # links printed on the HTML listing pages walked
        # The date a listing printed beside a link not requested yet, by canonical URL.
        self.listed_dates: dict[str, str] = {}
        self.family_links_held = 0  # listing pages where the family's links held the generic's
        self.listing_pages = 0
        self.walked_listings: set[str] = set()  # canonical URLs of listing pages parsed
        # The monthly archive page (year, month) last followed: the walk goes month by month,
        # through the months the listing pages linked (the list may be on the first alone).
        self.archive_month: tuple[int, int] | None = None
        self.archive_links: dict[tuple[int, int], str] = {}
        # Oldest date on the listing page parsed last (the progress line shows it).
        self.listing_date: date | None = None
        # Whether the last HTML listing held links not stored yet (layouts that page on them).
        self.page_fresh = False
        self._last_page: tuple[Response, Page] | None = None
        # Article pages read here before they go to the extraction worker (None: never; set
        # from KHAOSAN_EXTRACT_WORKER in from_crawler).
        self.extract_worker_after: int | None = None
        self.article_pages = 0
        self._extract_client: ExtractClient | None = None
        self.allowed_hosts = {urlsplit(u).hostname for u in self.entry_urls() if u}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.recheck_pages = crawler.settings.getint("KHAOSAN_RECHECK_PAGES", 1)
        spider.max_listing_pages = crawler.settings.getint("KHAOSAN_MAX_LISTING_PAGES", 0)
        relax_for_loopback(crawler.settings, spider.entry_urls())
        spider.extract_worker_after = worker_after(
            crawler.settings.get("KHAOSAN_EXTRACT_WORKER", "off")
        )
        return spider

    # -- start -----------------------------------------------------------------------------

    def entry_urls(self) -> list[str]:
        """Return the listing (or feed, sitemap, REST) URLs this run starts from."""
        if self.start_url:
            return [self.start_url]
        return [urljoin(self.base_url + "/", p.lstrip("/")) for p in self.site.start_list]

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Load the URLs already stored (incremental runs), then request each listing."""
        self.known_urls = self.load_known_urls()
        for url in self.entry_urls():
            yield self.listing_request(url, page=1)

    def case_twin_seen(self, url: str) -> bool:
        """Tell whether an IIS page's address was linked (or stored) already in another letter
        case (/NEWS/NEWS_VIEW.ASP?id=5 for /news/news_view.asp?ID=5); remember it if not."""
        twin = case_twin_key(url)
        if twin is None:
            return False
        if self._case_twins is None:
            self._case_twins = {key for key in map(case_twin_key, self.known_urls) if key}
            self._case_twins -= {twin} if canonical_url(url) in self.known_urls else set()
        if twin in self._case_twins:
            return True
        self._case_twins.add(twin)
        return False

    def load_known_urls(self) -> set[str]:
        """Return the canonical URLs of this site already in the database."""
        if self.mode == "check" or self.restart:
            return set()
        sink = self.settings.get("KHAOSAN_SINK")
        if sink:  # distributed mode (docs/distributed.md): the writer's known-URL set in Redis
            from crawler.distributed.known import load_known_urls

            return load_known_urls(sink, self.site_key)
        path = self.settings.get("KHAOSAN_DB")
        try:
            store = ArticleStore(path, readonly=True)
        except (StoreError, OSError) as error:
            self.logger.info("no known URLs loaded (%s)", error)
            return set()
        try:
            if self.mode == "crawl":
                own_run = getattr(self, "run_id", None)
                self.catch_up = store.previous_run_ended_early(self.site_key, own_run)
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

    def article_request(
        self, url: str, listed_title: str | None = None, listed_date: str | None = None
    ) -> scrapy.Request:
        """Build the request for one article page (with the listing's link text and the date
        it prints beside the link, if any)."""
        listed = {"listed_title": listed_title, "listed_date": listed_date}
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            cb_kwargs={name: value for name, value in listed.items() if value},
            meta={"khaosan_kind": "article"},
            # Backfills finish a listing page's articles before the next page: the queue stays
            # small and a restarted backfill re-walks only the pages it had reached.
            priority=20 if self.mode == "backfill" else 0,
        )

    # -- listing ---------------------------------------------------------------------------

    def parse_listing(self, response: Response, page: int = 1) -> Iterator[Any]:
        """Walk one listing: a REST page, a sitemap index, or a page of article links."""
        if self.layout.reads_rest and isinstance(response, TextResponse):
            if is_rest_listing(response.url):
                yield from self.parse_rest(response, page)
                return
        kind = xml_kind(response.body) if isinstance(response, TextResponse) else None
        html = isinstance(response, TextResponse) and not kind
        if html and page == 1 and self.layout.follows_page_feeds:
            for url in feed_links(response):
                if self.allowed(url):
                    yield self.listing_request(url, page=page)
        if kind == "sitemap":
            try:
                children = sitemap_children(response.body, response.url, self.since)
            except UnsafeXml as error:
                yield self.failure(response.url, KIND_UNSAFE_XML, str(error), response.status)
                return
            if children or b"sitemapindex" in response.body[:4096]:
                for url in children:
                    yield self.listing_request(url, page=page)
                return
        articles = 0
        try:
            for result in self.walk_listing(response, page):
                if isinstance(result, scrapy.Request) and result.callback == self.parse_article:
                    articles += 1
                yield result
        except UnsafeXml as error:
            yield self.failure(response.url, KIND_UNSAFE_XML, str(error), response.status)
        if html and page == 1 and not articles and self.layout.probes_sitemap:
            probe = urljoin(response.url, "/sitemap.xml")  # the conventional address
            if canonical_url(probe) not in self.seen_urls:
                self.seen_urls.add(canonical_url(probe))
                yield self.listing_request(probe, page=page)

    def walk_listing(self, response: Response, page: int) -> Iterator[Any]:
        """Follow the new article links of one listing page, then the next page when useful."""
        if not isinstance(response, TextResponse):
            message = "listing is not text"
            yield self.failure(response.url, KIND_CONTENT_TYPE, message, response.status)
            return
        self.listing_pages += 1
        self.bump_stat("khaosan/listing_pages")
        entries, titles = self.read_listing(response)
        if (
            entries
            and self.layout.cms != "generic"
            and all(canonical_url(url) in self.listed_urls for url, _ in entries)
        ):
            # Only links listed on earlier pages: the family's selectors may hold a block that
            # repeats on every page (latest news); the page's headline links may hold the list.
            others, other_titles = self.read_listing(response, reader=layout("generic"))
            if any(canonical_url(url) not in self.listed_urls for url, _ in others):
                entries, titles = others, other_titles
                self.bump_stat("khaosan/listing_read_generically")
        if entries and all(canonical_url(url) in self.listed_urls for url, _ in entries):
            # Every link listed before (a side block's latest news outweighing the two items
            # of a short last page): the page's links no earlier page listed, if any.
            others, other_titles = self.read_listing(response, layout("generic"), unlisted=True)
            if others:
                entries, titles = others, other_titles
                self.bump_stat("khaosan/listing_read_unlisted")
        self.bump_stat("khaosan/listing_entries", len(entries))
        dates = [listed_on for _, listed_on in entries if listed_on]
        if dates:
            self.listing_date = min(dates)
        if not entries:
            yield self.failure(response.url, KIND_PARSE, "no article links on listing page", 200)
        new = 0
        # Links not listed on earlier listing pages of this walk: a pagination trap repeats
        # those. A link a feed or sitemap gave first is no repeat (the page's feed lists the
        # newest posts, page 2's among them, and may be read before page 2).
        fresh = 0
        older_than_since = 0
        for url, listed_on in entries:
            key = canonical_url(url)
            listed_date = self.listed_dates.pop(key, None)
            if key in self.seen_urls:
                if key not in self.listed_urls:
                    fresh += 1
                    new += key not in self.known_urls
                continue
            fresh += 1
            if not self.allowed(url):
                self.seen_urls.add(key)
                message = f"link to another host refused (on {response.url})"
                yield self.failure(url, KIND_OFFSITE, message)
                continue
            if listed_on and self.until and listed_on > self.until:
                self.seen_urls.add(key)
                continue
            if listed_on and self.since and listed_on < self.since:
                older_than_since += 1
                self.seen_urls.add(key)
                continue
            self.seen_urls.add(key)
            if self.case_twin_seen(url):
                continue  # an IIS page linked again in another letter case
            known = key in self.known_urls
            if not known:
                new += 1
            if not known or (self.mode == "crawl" and page <= self.recheck_pages):
                self.bump_stat("khaosan/article_requests")
                yield self.article_request(url, titles.get(key), listed_date)
        if not xml_kind(response.body):
            self.listed_urls.update(canonical_url(url) for url, _ in entries)
        if entries and not fresh:
            if self.archive_month is None:
                if self.next_page(response):
                    message = "pagination stopped: page lists only links already seen in this run"
                    yield self.failure(response.url, KIND_TRAP, message, response.status)
                return
            # An archive's page listing only links seen (the front page's newest; this year's
            # archive repeating the news page) still leads on, to the period before at its
            # end: the periods go strictly back, no trap.
            new = 1
        if self.should_follow_next(page, new, len(entries), older_than_since):
            next_url = self.next_page(response) or self.archive_next(response, page)
            # Listing pages walked so far; a "next" link back to one of them would be dropped
            # silently by Scrapy's duplicate filter, so it is recorded as a trap instead.
            self.walked_listings.add(canonical_url(response.url))
            if next_url and canonical_url(next_url) in self.walked_listings:
                # a calendar's "next month" leads back to the month walked before: the month
                # before this one (its "previous" link) leads on
                older = self.archive_next(response, page)
                if older and canonical_url(older) not in self.walked_listings:
                    next_url = older
            if next_url and canonical_url(next_url) in self.walked_listings:
                message = f"pagination loops back to a page already walked: {next_url}"
                yield self.failure(response.url, KIND_TRAP, message, response.status)
            elif next_url:
                yield self.listing_request(next_url, page + 1)

    def extract_listing(self, response: TextResponse) -> list[tuple[str, date | None]]:
        """Return (absolute article URL, listing date) for each entry of a listing page."""
        return self.read_listing(response)[0]

    def read_listing(
        self, response: TextResponse, reader: Any = None, unlisted: bool = False
    ) -> tuple[list[tuple[str, date | None]], dict[str, str]]:
        """Return a listing page's entries and the title it gives each, by canonical URL.

        Entries are (absolute article URL, listing date); the titles are the link texts (a
        feed item's title), with which the article's layout confirms its headline
        (pipelines.layouts.read_article). A feed or an HTML page is parsed once for both.
        *unlisted*: only links no earlier listing page of the run listed are read.
        """
        kind = xml_kind(response.body)
        if kind == "feed":
            items = parse_feed(response.body, response.url)
            entries = [(item.url, day_of(item.published_raw)) for item in items]
            for item in items:
                if item.published_raw:
                    self.listed_dates[canonical_url(item.url)] = item.published_raw
            return entries, {canonical_url(i.url): i.title for i in items if i.title}
        if kind == "sitemap":
            found = sitemap_entries(response.body, response.url)
            return [(url, day_of(lastmod)) for url, lastmod in found], {}
        page = self.page(response)
        reader = reader or self.layout
        trusted = reader is self.layout and self.family_links_held >= FAMILY_LINKS_TRUSTED_AFTER
        allowed = self.allowed if not unlisted else self.allowed_unlisted
        links, held = read_links_checked(
            reader, page, response.url, allowed=allowed, trusted=trusted
        )
        if reader is self.layout:
            self.family_links_held += held
        if reader.cms == "generic":
            links = self.with_lone_listed(links, page, response.url)
        links = without_archive_months(links, page, response.url)
        if reader.pages_while_fresh and links:
            self.page_fresh = any(canonical_url(u) not in self.known_urls for u, _ in links)
        entries = [(url, day_of(raw)) for url, raw in links]
        if not entries:
            return entries, {}
        self.remember_listed_dates(page, response.url, links)
        return entries, anchor_texts(page, response.url, {canonical_url(u) for u, _ in entries})

    def allowed_unlisted(self, url: str) -> bool:
        """Tell whether a link may be followed and no earlier listing page listed it."""
        return self.allowed(url) and canonical_url(url) not in self.listed_urls

    def remember_listed_dates(self, page: Page, url: str, links: list[Link]) -> None:
        """Keep the date the listing prints beside each link, for an article page printing
        none (pipelines.normalize): the family's listing date, else the date of the link's
        row."""
        undated = set()
        for link, raw in links:
            if raw:
                self.listed_dates[canonical_url(link)] = raw
            else:
                undated.add(canonical_url(link))
        undated -= self.seen_urls
        if undated:
            self.listed_dates.update(row_dates(page, url, undated))

    def with_lone_listed(
        self, links: list[tuple[str, str | None]], page: Page, url: str
    ) -> list[tuple[str, str | None]]:
        """Return a generic reading's links, with the lone headline links a last page holds.

        A last listing page holding one article groups no headlines; the links it groups
        instead (a menu's) have none of the address shapes earlier pages listed, and the
        page's headline link of such a shape is its article.
        """
        if not links:
            return self.lone_listed(page, url)
        shapes = {url_shape(listed) for listed in self.listed_urls}
        if not shapes or any(url_shape(link) in shapes for link, _ in links):
            return links
        known = {link for link, _ in links}
        return links + [found for found in self.lone_listed(page, url) if found[0] not in known]

    def lone_listed(self, page: Page, url: str) -> list[tuple[str, str | None]]:
        """Return the headline links of a listing page with too few to group (a last page
        holding one article): those of the address shapes earlier listing pages listed."""
        if not self.listed_urls:
            return []
        shapes = {url_shape(listed) for listed in self.listed_urls}
        return lone_headlines(page, url, shapes, self.allowed)

    def next_page(self, response: TextResponse) -> str | None:
        """Return the next listing page (feeds and sitemaps have none)."""
        if xml_kind(response.body):
            return None
        try:
            return self.layout.next_page(self.page(response), response.url)
        except EXTRACTION_ERRORS:
            if self.layout.cms == "generic":
                raise
            # a family rule choking on this template: the pager read as an unknown site's
            return layout("generic").next_page(self.page(response), response.url)

    def archive_next(self, response: TextResponse, page: int) -> str | None:
        """Return the monthly archive page to walk next, on a listing without a pager.

        From the first listing page: the newest month its list of months links (outside the
        page's furniture); from a month's page: the month before it that a list linked.
        """
        if xml_kind(response.body):
            return None
        parsed = self.page(response)
        months = self.archive_links
        # the list of months outside the page's furniture; else a sidebar's (WordPress's
        # Archives widget, a "คลังข่าว" box): the walk's only way on, the page having no pager
        found: dict[tuple[int, int], str] = {}
        if page == 1 or self.archive_month is not None:
            found = archive_months(parsed, response.url, content_anchors(parsed))
            found = found or archive_months(parsed, response.url, parsed.sel.css("a[href]"))
        # a listing split by year: this year's pages, then each earlier year's, in turn
        found = found or archive_years(parsed, response.url, parsed.sel.css("a[href]"))
        # a calendar of news: the month before this one
        found = found or previous_month(parsed, response.url, parsed.sel.css("a[href]"))
        if not found and self.archive_month is None:
            return None
        for month, url in found.items():
            months.setdefault(month, url)
        here = canonical_url(response.url)
        current = next((m for m, u in months.items() if canonical_url(u) == here), None)
        month = older_month(months, current or self.archive_month)
        if month is None or (self.since and before_since(month, self.since)):
            return None
        self.archive_month = month
        return months[month]

    def should_follow_next(self, page: int, new: int, total: int, older: int) -> bool:
        """Decide whether the listing walk goes on after page *page*."""
        limited = bool(self.max_listing_pages) and self.listing_pages >= self.max_listing_pages
        if limited or self.mode == "check":
            return False
        if total and older == total:
            return False  # the whole page is older than --since
        if self.mode == "backfill" or self.catch_up or new > 0 or page < self.recheck_pages:
            return True
        # Layouts without dates in their listings page on while links are not stored yet
        # (a feed the page declared may have fetched them first).
        return self.layout.pages_while_fresh and self.mode == "crawl" and self.page_fresh

    def parse_rest(self, response: TextResponse, page: int) -> Iterator[Any]:
        """Turn one REST page of posts into Articles; follow X-WP-TotalPages."""
        try:
            posts = json.loads(response.text)
        except ValueError as error:
            message = f"REST page is not JSON: {error}"
            yield self.failure(response.url, KIND_PARSE, message, response.status)
            return
        if not isinstance(posts, list):
            message = "REST page is not a list of posts"
            yield self.failure(response.url, KIND_PARSE, message, response.status)
            return
        self.listing_pages += 1
        new = 0
        for post in posts:
            article = self.layout.extract_post(post, site=self.site_key)
            if article is None:
                continue
            key = canonical_url(article.url)
            if key in self.seen_urls or not self.allowed(article.url):
                continue
            self.seen_urls.add(key)
            new += key not in self.known_urls
            yield article
        total = int(response.headers.get(b"X-WP-TotalPages", b"0") or 0)
        if page < total and self.should_follow_next(page, new, len(posts), 0):
            yield self.listing_request(rest_page_url(response.url, page + 1), page + 1)

    def allowed(self, url: str) -> bool:
        """Return whether *url* is on one of this run's hosts (off-site links are refused)."""
        return urlsplit(url).hostname in self.allowed_hosts

    # -- article ---------------------------------------------------------------------------

    async def parse_article(
        self,
        response: Response,
        listed_title: str | None = None,
        listed_date: str | None = None,
    ) -> AsyncIterator[Any]:
        """Extract one article page with the layout (a CrawlFailure when it is not a page).

        With the extraction worker on (KHAOSAN_EXTRACT_WORKER), pages after the first few are
        read there, in a process beside the crawl; a page the worker cannot take is read here.
        """
        if not isinstance(response, TextResponse):
            message = "article is not an HTML page"
            yield self.failure(response.url, KIND_CONTENT_TYPE, message, response.status)
            return
        if (asked := redirected_home(response)) is not None:
            message = f"article link redirects to the site's home page {response.url} (gone)"
            yield self.failure(asked, KIND_PARSE, message, response.status)
            return
        self.bump_stat("khaosan/article_pages")
        self.article_pages += 1
        client = self.extract_client()
        if client is not None:
            job = Job(
                cms=self.layout.cms,
                text=response.text,
                encoding=response.encoding,
                url=response.url,
                site=self.site_key,
                listed_title=listed_title,
                listed_date=listed_date,
                problem=response.meta.get("khaosan_encoding_problem"),
            )
            try:
                result = await asyncio.wrap_future(client.submit(job))
            except WorkerGone:
                pass  # logged by the client; read here
            else:
                self.bump_stat("khaosan/article_pages_by_worker")
                if result.error is not None:
                    self.logger.error("cannot extract %s: %s", response.url, result.error)
                    yield self.failure(response.url, KIND_PARSE, result.error, response.status)
                else:
                    framed = self.frame_request(response, result.article, listed_title)
                    yield framed or self.with_parts(result.article, [response.url])
                return
        for item in self.read_article_here(response, listed_title, listed_date):
            framed = self.frame_request(response, item, listed_title, listed_date)
            yield framed or self.with_parts(item, [response.url])

    def frame_request(
        self,
        response: TextResponse,
        item: Any,
        listed_title: str | None,
        listed_date: str | None = None,
    ) -> scrapy.Request | None:
        """Return the request for the same-site frame holding the text of an article page
        that prints little text of its own (crawler/frames.py); None for any other page."""
        if response.meta.get("khaosan_framed") or not isinstance(item, Article):
            return None
        if b"<iframe" not in response.body and b"<IFRAME" not in response.body:
            return None
        if len(body_text(item)) >= FRAME_TEXT_CHARS:
            return None
        target = text_frame(response.text, response.url)
        if target is None or not self.allowed(target):
            return None
        return scrapy.Request(
            target,
            callback=self.parse_framed,
            errback=self.on_frame_error,
            cb_kwargs={
                "outer": response,
                "article": item,
                "listed_title": listed_title,
                "listed_date": listed_date,
            },
            meta={"khaosan_kind": "article part"},
            dont_filter=True,
            priority=30,
        )

    def parse_framed(
        self,
        response: Response,
        outer: TextResponse,
        article: Article,
        listed_title: str | None,
        listed_date: str | None,
    ) -> Iterator[Any]:
        """Read an article page with its frame's text put where the frame is."""
        if not isinstance(response, TextResponse) or redirected_home(response):
            yield self.with_parts(article, [outer.url])
            return
        html = inline_frame(outer.text, outer.url, response.request.url, response.text)
        page = outer.replace(body=html, encoding="utf-8")
        page.meta["khaosan_framed"] = True
        for item in self.read_article_here(page, listed_title, listed_date):
            yield self.with_parts(item, [outer.url])

    def on_frame_error(self, failure: Failure) -> Iterator[Any]:
        """A frame that does not download: the page's own reading goes on."""
        request = failure.request  # type: ignore[attr-defined]
        article = request.cb_kwargs["article"]
        self.logger.warning("frame %s of %s not read: %s", request.url, article.url, failure.value)
        yield self.with_parts(article, [article.url])

    def with_parts(self, item: Any, read: list[str]) -> Any:
        """Return the article, or the request for its next page when it is split over pages
        (the parts are joined into the first page's record: parse_part)."""
        if not isinstance(item, Article) or not item.next_part or not has_page_text(item):
            return item
        target, item.next_part = item.next_part, None
        if len(read) >= MAX_PARTS or not self.allowed(target):
            return item
        return scrapy.Request(
            target,
            callback=self.parse_part,
            errback=self.on_part_error,
            cb_kwargs={"article": item, "read": read},
            meta={"khaosan_kind": "article part"},
            dont_filter=True,  # (a part is asked for once: *read* stops a loop)
            priority=30,
        )

    def parse_part(self, response: Response, article: Article, read: list[str]) -> Iterator[Any]:
        """Join a later page of a split article to its record; the record goes on whatever
        the page holds (a part that cannot be read adds nothing)."""
        read = [*read, response.url]
        try:
            if not isinstance(response, TextResponse) or redirected_home(response):
                raise ValueError("not a page of the article")
            page = self.page(response)
            part = read_article(
                self.layout, page, response.url, site=self.site_key, listed_title=article.title
            )
            if not article.normalized:
                article = normalize_article(article)
                article.normalized = True
            article = join_part(article, normalize_article(part))
            article.next_part = next_part(page, response.url, first=article.url, read=read)
        except Exception as error:  # noqa: BLE001 (the first page's record is never lost)
            self.logger.warning("part %s of %s not joined: %s", response.url, article.url, error)
            article.next_part = None
        self.bump_stat("khaosan/article_parts")
        yield self.with_parts(article, read)

    def on_part_error(self, failure: Failure) -> Iterator[Any]:
        """A later page of a split article that does not download: the record goes on."""
        request = failure.request  # type: ignore[attr-defined]
        article = request.cb_kwargs["article"]
        self.logger.warning("part %s of %s not joined: %s", request.url, article.url, failure.value)
        yield article

    def read_article_here(
        self, response: TextResponse, listed_title: str | None, listed_date: str | None = None
    ) -> Iterator[Any]:
        """Extract one article page in this process."""
        try:
            article = read_article(
                self.layout,
                self.page(response),
                response.url,
                site=self.site_key,
                listed_title=listed_title,
            )
        except EXTRACTION_ERRORS as error:
            self.logger.exception("cannot extract %s", response.url)
            message = f"{type(error).__name__}: {error}"
            yield self.failure(response.url, KIND_PARSE, message, response.status)
            return
        finally:
            # A selector Scrapy built for the response (feed discovery asks for one) and the
            # response point at each other, a cycle only the cyclic GC breaks, pages later: cut
            # it, so the parsed tree is freed as soon as we are done. (Never build one here.)
            scrapy_selector = getattr(response, "_cached_selector", None)
            if scrapy_selector is not None:
                scrapy_selector.response = None
        problem = response.meta.get("khaosan_encoding_problem")
        if problem:
            article.problems.append(problem)
        article.listed_date_raw = listed_date
        yield article

    def extract_client(self) -> ExtractClient | None:
        """Return the extraction worker once this crawl has read enough pages to want it."""
        after = self.extract_worker_after
        if self._extract_client is None and after is not None and self.article_pages > after:
            self._extract_client = ExtractClient.acquire()
        return self._extract_client

    def closed(self, reason: str) -> None:
        """Release the extraction worker (the last spider of the process stops it)."""
        client, self._extract_client = self._extract_client, None
        if client is not None:
            client.release()

    def page(self, response: TextResponse) -> Page:
        """Return the response as a layout's Page (its text and tree, parsed once, as Scrapy
        would parse it but with C-level element classes: pipelines.html_tree).

        A listing is read several times (the family's links, the generic cross-check, the next
        page): the Page of the last response asked for is kept, not built again.
        """
        last = self._last_page
        if last is not None and last[0] is response:
            return last[1]
        text = repaired(response.text)  # (a double-encoded page's Thai put right)
        page = Page(
            text=text, encoding=response.encoding, sel=html_selector(text, get_base_url(response))
        )
        self._last_page = (response, page)
        return page

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
        request = failure.request  # type: ignore[attr-defined]
        if _robots_forbidden(failure):
            self.bump_stat("khaosan/robots_forbidden")
            message = "skipped: robots.txt forbids crawling it"
            yield self.failure(request.url, KIND_ROBOTS, message)
            return
        kind, message, status = classify_failure(failure)
        yield self.failure(request.url, kind, message, status)


@dataclass(frozen=True)
class SiteCrawl:
    """SiteSpider bound to one Site: what Scrapy's crawler takes in place of a spider class.

    `scrapy crawl <key>` (through SiteSpiderLoader) and `khaosan crawl` both hand one of these
    to Scrapy; it builds a SiteSpider with the Site, so no spider class is made per site.
    """

    site: Site
    custom_settings: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.site.key

    @property
    def site_key(self) -> str:
        return self.site.key

    def update_settings(self, settings: Any) -> None:
        """Apply SiteSpider's settings, then this crawl's own (spider priority)."""
        SiteSpider.update_settings(settings)
        settings.setdict(self.custom_settings, priority="spider")

    def from_crawler(self, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        """Build the SiteSpider of this site for *crawler*."""
        return SiteSpider.from_crawler(crawler, *args, site=self.site, **kwargs)

    def __call__(self, **kwargs: Any) -> SiteSpider:
        """Build the spider outside a crawl (`khaosan check`, tests)."""
        return SiteSpider(site=self.site, **kwargs)


def site_spider(key: str) -> SiteCrawl:
    """Return the crawl of registry site *key*, or raise UnknownSite listing the valid keys."""
    return SiteCrawl(site_entry(key))


def family_spider(cms: str, start_url: str) -> SiteCrawl:
    """Return the crawl of any site of CMS family *cms*, starting at *start_url*."""
    return SiteCrawl(family_site(cms, start_url))


def crawlable_sites() -> list[SiteCrawl]:
    """Return the crawls of every registry site whose policy allows crawling."""
    return [SiteCrawl(site) for site in crawlable_entries()]


def relax_for_loopback(settings: Any, urls: list[str]) -> None:
    """Drop production delays when every start URL is on a loopback host."""
    hosts = {urlsplit(u).hostname for u in urls}
    listed = set(settings.getlist("KHAOSAN_LOOPBACK_HOSTS"))
    loopback = all(host and is_loopback_host(host, listed) for host in hosts)
    if not hosts or not loopback or settings.getbool("KHAOSAN_POLITE_LOOPBACK"):
        return
    for name, value in (
        ("DOWNLOAD_DELAY", 0),
        ("DOWNLOAD_DELAY_JITTER", 0),
        ("KHAOSAN_HOST_RATE", 0),
        ("AUTOTHROTTLE_ENABLED", False),
        ("CONCURRENT_REQUESTS", 32),
        ("CONCURRENT_REQUESTS_PER_DOMAIN", 16),
    ):
        settings.set(name, value, priority="spider")


HOME_PATH_RE = re.compile(r"/?(?:index\.(?:php|html?|aspx?|jsp))?", re.I)


def redirected_home(response: Response) -> str | None:
    """Return the article URL asked for when it was redirected to the site's home page.

    A deleted item's address that sends the reader home (WordPress's Redirection plugin, a
    CMS's "not found" fallback) prints the home page, never the article.
    """
    asked = (response.meta.get("redirect_urls") or [None])[0]
    if asked is None:
        return None
    landed, before = urlsplit(response.url), urlsplit(asked)
    home = not landed.query and HOME_PATH_RE.fullmatch(landed.path) is not None
    return asked if home and (before.path, before.query) != (landed.path, landed.query) else None


def _robots_forbidden(failure: Failure) -> bool:
    """Return whether a request failed because RobotsTxtMiddleware refused it."""
    value = failure.value
    return isinstance(value, IgnoreRequest) and "robots.txt" in str(value)


def _as_date(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_iso_or_be(value)
