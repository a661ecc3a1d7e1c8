"""GenericSpider: any site: feeds it declares, listing links grouped by URL shape, sitemap."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.items import Article
from crawler.spiders.base import MinistrySpider, node_text
from crawler.spiders.feeds import DiscoveryMixin, entry_date, feed_links, xml_kind
from crawler.urls import canonical_url

# Links inside these are site furniture, not a listing's articles.
FURNITURE = ("nav", "header", "footer", "aside")
FURNITURE_HINT = re.compile(
    r"menu|nav|footer|breadcrumb|sidebar|pagination|pager|social|share", re.I
)
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
    "time[itemprop=datePublished]::attr(datetime), time.published::attr(datetime), "
    "time.entry-date::attr(datetime), article time::attr(datetime), time::attr(datetime)"
)
MIN_ANCHOR_CHARS = 12  # an article link's text is a headline, not a menu word
MIN_GROUP_LINKS = 2
DIGITS = re.compile(r"\d+")
MODIFIED_HINT = re.compile(r"updated|modified|dateModified", re.I)
PAGE_PARAM_RE = re.compile(r"[?&]page=(\d+)")
DATE_ELEMENT_CHARS = 60  # a standalone date element holds a short text
NEAR_TITLE = 40  # elements between the title and a date element printed with it


def url_shape(url: str) -> str:
    """Return a URL's shape: digits folded, the last path segment generalised.

    >>> url_shape("http://h/th/news/detail/id/15/iid/85774")
    'h/th/news/detail/id/#/iid/#*'
    >>> url_shape("http://h/2021/03/03/new-factory/")
    'h/#/#/#/*'
    """
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    shaped = [DIGITS.sub("#", s) for s in segments]
    if shaped:  # an id or slug: 40464-unido and 40480-2018-10-03-16-19-11 are one shape
        shaped[-1] = "#*" if shaped[-1].startswith("#") else "*"
    query = (
        "?" + "&".join(sorted(k.split("=")[0] for k in parts.query.split("&")))
        if (parts.query)
        else ""
    )
    return "/".join([parts.hostname or "", *shaped]) + query


class GenericSpider(DiscoveryMixin, MinistrySpider):
    """A site of unknown layout: pages through pipelines.generic, links by URL shape."""

    cms = "generic"
    probe_sitemap: ClassVar[bool] = True

    def parse_listing(self, response: Response, page: int = 1) -> Iterator[Any]:
        """Follow declared feeds, then the page's article links; no links: try /sitemap.xml."""
        html = isinstance(response, TextResponse) and not xml_kind(response.body)
        if html and page == 1:
            for url in feed_links(response):
                if self.allowed(url):
                    yield self.listing_request(url, page=page)
        articles = 0
        for result in super().parse_listing(response, page):
            if isinstance(result, scrapy.Request) and result.callback == self.parse_article:
                articles += 1
            yield result
        if html and page == 1 and not articles and self.probe_sitemap:
            probe = sitemap_url(response.url)
            if canonical_url(probe) not in self.seen_urls:
                self.seen_urls.add(canonical_url(probe))
                yield self.listing_request(probe, page=page)

    def extract_listing(self, response: TextResponse) -> Iterator[tuple[str, date | None]]:
        """Yield the links of the URL-shape groups that look like headlines."""
        if xml_kind(response.body):
            yield from super().extract_listing(response)
            return
        groups: dict[str, list[tuple[str, int]]] = defaultdict(list)
        page_shape = url_shape(response.url)
        for link in response.css("a[href]"):
            if _in_furniture(link):
                continue
            href = response.urljoin(link.attrib["href"].strip())
            if not href.startswith(("http://", "https://")) or not self.allowed(href):
                continue
            text = node_text(link) or link.attrib.get("title") or ""
            title = link.attrib.get("title") or ""
            chars = max(len(text), len(title))
            shape = url_shape(href)
            if shape == page_shape or urlsplit(href).path in ("", "/"):
                continue
            groups[shape].append((href.split("#")[0], chars))
        scored = []
        for shape, links in groups.items():
            headline = [c for _, c in links if c >= MIN_ANCHOR_CHARS]
            if len({u for u, _ in links}) >= MIN_GROUP_LINKS and len(headline) * 2 >= len(links):
                scored.append((sum(headline), shape))
        if not scored:
            return
        best = max(scored)[0]
        found: dict[str, None] = {}
        for score, shape in sorted(scored, reverse=True):
            if score * 3 < best:
                break
            for href, chars in groups[shape]:
                if chars >= MIN_ANCHOR_CHARS or len(groups[shape]) < 50:
                    found[href] = None
        self.page_fresh = any(canonical_url(u) not in self.known_urls for u in found)
        for href in found:
            yield href, None

    page_fresh = False

    def should_follow_next(self, page: int, new: int, total: int, older: int) -> bool:
        """Page on while a page holds links not stored yet (feeds may have fetched them)."""
        if super().should_follow_next(page, new, total, older):
            return True
        return (
            self.mode == "crawl"
            and self.page_fresh
            and not (total and older == total)
            and (not self.max_listing_pages or self.listing_pages < self.max_listing_pages)
        )

    def extract_next_page(self, response: TextResponse) -> str | None:
        """Return rel=next, else the link whose text says next (Thai or English)."""
        if xml_kind(response.body):
            return None
        href = response.css("link[rel=next]::attr(href), a[rel~=next]::attr(href)").get()
        if href:
            return response.urljoin(href.strip())
        numbered: dict[str, str] = {}
        for link in response.css("a[href]"):
            text = (node_text(link) or link.attrib.get("title") or "").strip().lower()
            classes = link.attrib.get("class", "")
            if text in NEXT_TEXTS or "next" in classes.split():
                return response.urljoin(link.attrib["href"].strip())
            numbered.setdefault(text, link.attrib["href"].strip())
        current = PAGE_PARAM_RE.search(response.url)
        following = str(int(current.group(1)) + 1 if current else 2)
        return response.urljoin(numbered[following]) if following in numbered else None

    def extract_article(self, response: TextResponse) -> Article:
        """Extract with the generic extractor (pipelines.generic)."""
        from pipelines.generic import extract_generic

        parts = extract_generic(response.text, response.url, root=response.selector.root)
        return Article(
            url=self.article_url(response),
            site=self.site_key,
            title=parts.title,
            published_at_raw=precise_date(
                response, date_beside_title(response, parts.title) or parts.published_raw
            ),
            modified_at_raw=parts.modified_raw,
            body_html=parts.body_html,
            body_root=(parts.body_html, parts.body_root) if parts.body_root is not None else None,
            source=parts.source,
            view_count=parts.view_count,
            images=parts.images,
            attachments=parts.attachments + page_attachments(response),
            tags=parts.tags,
            category=parts.category,
            language=parts.language or self.language,
        )


def precise_date(response: TextResponse, raw: str | None) -> str | None:
    """Return a machine-readable time of the same day as *raw* when the page has one.

    The generic extractor may find the printed day ("08 มกราคม 2564") where a <time datetime>
    of the article carries the time of day too.
    """
    from pipelines.thai_dates import parse_thai_date

    day = entry_date(raw)
    if raw is None or day is None or isinstance(parse_thai_date(raw), datetime):
        return raw
    for value in response.css(PRECISE_DATES).getall():
        parsed = parse_thai_date(value)
        if isinstance(parsed, datetime) and parsed.date() == day:
            return value.strip()
    return raw


def date_beside_title(response: TextResponse, title: str | None) -> str | None:
    """Return the text of the standalone date element nearest the title element, if close."""
    from pipelines.normalize import plausible_publication
    from pipelines.thai_dates import parse_thai_date_detailed

    if not title:
        return None
    title_at = None
    dates: list[tuple[int, str]] = []
    for index, el, text, hints in _short_elements(response.selector.root, len(title)):
        if title_at is None and text == title and el.tag in ("h1", "h2", "h3", "div", "span"):
            title_at = index
        if not text or len(text) > DATE_ELEMENT_CHARS or hints is None:
            continue
        if MODIFIED_HINT.search(hints):
            continue
        parsed = parse_thai_date_detailed(text)
        if parsed is None or not plausible_publication(parsed.value):
            continue
        if (parsed.end - parsed.start) * 10 >= len(text) * 4:
            dates.append((index, text[parsed.start : parsed.end]))
    if title_at is None or not dates:
        return None
    distance, text = min((abs(i - title_at), t) for i, t in dates)
    return text if distance <= NEAR_TITLE else None


def _short_elements(root: Any, title_chars: int) -> Iterator[tuple[int, Any, str, str | None]]:
    """Yield (document index, element, folded text, class hints) for elements of short text.

    One pass computes every element's raw text length bottom-up, so only short elements are
    ever joined (no quadratic text walks on big pages). Hints are the classes and itemprops
    of the element and its ancestors, or None inside aside/nav.
    """
    from lxml import etree

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


def page_attachments(response: TextResponse) -> list[dict[str, str]]:
    """Return document links (PDF, Word, Excel) of the page outside its menus and footer."""
    from copy import deepcopy

    from pipelines.text import find_attachments

    root = deepcopy(response.selector.root)  # the parsed page, copied: menus are cut below
    for el in root.xpath("//nav|//header|//footer|//aside|//script|//style"):
        el.drop_tree()
    return find_attachments(root, response.url)


def sitemap_url(url: str) -> str:
    """Return the conventional sitemap address of *url*'s site.

    >>> sitemap_url("https://www.moi.go.th/moi/news/")
    'https://www.moi.go.th/sitemap.xml'
    """
    return urljoin(url, "/sitemap.xml")


def _in_furniture(link: Any) -> bool:
    ancestors = link.xpath("ancestor::*")
    tags = [a.root.tag if isinstance(a.root.tag, str) else "" for a in ancestors]
    in_content = "article" in tags or "main" in tags
    for tag, ancestor in zip(tags, ancestors, strict=True):
        if tag in ("nav", "aside") or (tag in FURNITURE and not in_content):
            return True
        hint = f"{ancestor.attrib.get('class', '')} {ancestor.attrib.get('id', '')}"
        if FURNITURE_HINT.search(hint):
            return True
    return False
