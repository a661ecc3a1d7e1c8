"""Generic extractor for pages of unknown layout: title, dates, main text block, then cleaning."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Container, Iterable
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from crawler.urls import page_key
from pipelines import boilerplate
from pipelines.boilerplate import folded_text
from pipelines.click_links import with_click_links
from pipelines.normalize import DAY_PATH, path_day
from pipelines.record_table import (
    HEADLINE_LABELS,
    LABEL_UNIT_RE,
    MODIFIED_LABEL_RE,
    PUBLISHED_LABEL_RE,
    SOURCE_LABEL_RE,
    TIME_LABEL_RE,
    VIEWS_LABEL_RE,
)
from pipelines.text import (
    ATTACHMENT_RE,
    BARE_NUMBER_RE,
    SKIP_TAGS,
    THAI_DIGITS,
    CleanedBody,
    clean_body,
    clean_line,
    clean_lines,
    counter_element,
    html_to_lines,
    parse_view_count,
    printed_tags,
    text_up_to,
)
from pipelines.thai_dates import THAI_MONTH_NUMBER, dates_only, find_thai_dates, yearless_of

logger = logging.getLogger(__name__)

THAI_CHAR_RE = re.compile(r"[\u0e01-\u0e4e]")
LATIN_CHAR_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Separators between a headline and the site name in <title>.
TITLE_SEP_RE = re.compile(r"\s+(?:-|\||::|–|—|»)\s+")
TRAILING_SEP_RE = re.compile(r"\s+(?:-|\||::|–|—|»)\s*$")
# thaigov.go.th titles: รัฐบาลไทย-<section>-<headline>.
THAIGOV_TITLE_RE = re.compile(r"^รัฐบาลไทย-(?P<section>[^-]+)-(?P<headline>.*)$")
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "dc:created",
    "dcterms:created",
    "dcterms:issued",
    "dc:date",
    "dcterms:date",
    "dc:issued",
    "schema:datepublished",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "dc:modified",
    "dcterms:modified",
    "schema:datemodified",
)
DATE_HINT_RE = re.compile(r"date|time|created|publish|posted", re.I)
MODIFIED_HINT_WORDS = ("modif", "updated")
MODIFIED_HINT_RE = re.compile("|".join(MODIFIED_HINT_WORDS), re.I)
PUBLISHED_MARK_RE = re.compile(r"publish|created|posted", re.I)
# Containers that are not the article even when they hold long text.
JUNK_HINT_RE = re.compile(
    r"(?:^|[\s_-])(?:comments?|related|share|sharing|social|newsletter|promo|advert|ads?|"
    r"sponsor|subscribe|signup|cookie|popup|modal|recommend|popular|trending|outbrain|"
    r"taboola|footer|masthead|byline|author|caption|credit|tags?|breadcrumbs?|toolbar|"
    r"read-?more|more-?stories|newsletter|recent|latest)(?:$|[\s_-])",
    re.I,
)
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup "
    "time u var wbr img br".split()
)
MIN_GOOD_CHARS = 60
MAX_GOOD_LINK_SHARE = 0.3
BAD_WEIGHT = 1.0
DATE_CANDIDATES_IN_TEXT = 6
PRUNE_MAX_GOOD_SHARE = 0.25
NEAR_TITLE_SIBLINGS = 3
LOCAL_BAD_WEIGHT = 0.5  # short or link-heavy text in a paragraph container
MERGE_SHARE = 0.15  # a sibling part of the article holds this share of the best container
MERGE_LEVELS = 3  # levels above the best container searched for the rest of the article
PROTECT_FACTOR = 2.0  # article text inside furniture must beat the best outside this much
# What makes an element furniture, removed from a wrapper kept because it holds the article.
MARKER_ATTRS = ("class", "id", "style", "hidden", "aria-hidden", "role")
MARKER_TAGS = frozenset({"nav", "menu", "form", "header", "footer", "aside"})
CONTEXT_LEVELS = 2  # ancestors of the main block searched for source/view/modified lines
BANGKOK = timezone(timedelta(hours=7))  # where a machine value's day is read


@dataclass
class GenericParts:
    """What the generic extractor found on a page (raw dates, clean body and its data)."""

    title: str | None = None
    published_raw: str | None = None
    # Where published_raw came from: "printed: near title", "meta: article:published_time", ...
    published_source: str | None = None
    modified_raw: str | None = None
    body: str | None = None
    source: str | None = None
    view_count: int | None = None
    language: str | None = None
    images: list[str] = field(default_factory=list)
    attachments: list[dict[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    category: str | None = None


def _parse_date(raw: str) -> Any:
    """Parse with the Thai normaliser when it is importable; None when it cannot.

    Only plausible publication dates count: a page's header may print a historical date.
    """
    try:
        from pipelines.normalize import plausible_publication
        from pipelines.thai_dates import parse_thai_date
    except ImportError:  # written by another engineer; tolerate its absence
        logger.debug("pipelines.thai_dates not importable")
        return None
    try:
        value = parse_thai_date(raw)
    except (ValueError, TypeError, OverflowError):
        return None
    return value if value is not None and plausible_publication(value) else None


def _meta(root: etree._Element) -> dict[str, list[str]]:
    """Return the page's declared values: <meta> tags, then machine dates declared elsewhere."""
    found: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or ""
        content = el.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(content.strip())
    for key, value in declared_dates(root):
        found.setdefault(key, []).append(value)
    return found


# Declared dates outside <meta>: microdata itemprops with a machine value, RDFa properties
# (Drupal 7 prints `property="dc:date dc:created" content="<ISO>"` on its submitted line).
ITEMPROP_DATES = frozenset({"datepublished", "datemodified", "datecreated"})
RDFA_DATES = frozenset(
    {
        "dc:date",
        "dc:created",
        "dc:issued",
        "dc:modified",
        "dcterms:created",
        "dcterms:date",
        "dcterms:issued",
        "dcterms:modified",
        "schema:datepublished",
        "schema:datemodified",
    }
)
# JSON-LD objects that describe the page's article (schema.org types), most specific first.
JSON_LD_TYPES = (
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "Report",
    "WebPage",
)


# Elements that can declare a date: one XPath pass (a Python walk of every element is slow).
DECLARING = etree.XPath(
    "(//@itemprop | //@property)/parent::*[@content or @datetime or self::time]"
    " | //abbr[@itemprop and @title]"
    " | //script[@type or starts-with(normalize-space(text()), 'window.__')]"
    " | //@data-page/parent::*",  # (attribute steps: no predicate tried on every element)
    smart_strings=False,
)


def declared_dates(root: etree._Element) -> list[tuple[str, str]]:
    """Return (key, value) of the machine dates a page declares outside <meta> tags.

    Keys are lower-case: ``datepublished`` / ``datemodified`` (microdata on any element, and
    JSON-LD of the article), ``dc:date``, ``dc:created``, ``dcterms:modified``, ... (RDFa).
    """
    found: list[tuple[str, str]] = []
    for el in DECLARING(root):
        if el.tag == "meta":
            continue
        if el.get("data-page"):  # Inertia.js: the page's props as JSON on the app's root
            found += _page_data_dates(el.get("data-page", ""))
            continue
        if el.tag == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json":
                found += _json_ld_dates(el.text or "")
            elif el.get("id") in PAGE_DATA_SCRIPTS:
                found += _page_data_dates(el.text or "", flat=el.get("id") in FLAT_PAYLOADS)
            elif (state := window_state(el.text or "")) is not None:
                found += _page_data_dates(state)
            continue
        value = el.get("content") or el.get("datetime")
        if not value and el.tag == "abbr":
            value = el.get("title")  # the abbr design pattern (Blogger's abbr.published)
        if not value and el.tag == "time" and ISO_DAY_TEXT_RE.fullmatch(_text(el)):
            value = _text(el)  # <time property="dateModified">2025-06-16</time>: an ISO day
        if not value or not value.strip():
            continue
        prop = el.get("itemprop")
        if prop and prop.strip().lower() in ITEMPROP_DATES:
            found.append((prop.strip().lower(), value.strip()))
        rdfa = el.get("property")
        for token in (rdfa or "").lower().split():
            # (schema.org as the RDFa vocabulary, vocab=...: its names are itemprop's)
            if token in RDFA_DATES or token in ITEMPROP_DATES:
                found.append((token, value.strip()))
    return found


ISO_DAY_TEXT_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")


# The server-rendered page data of JavaScript frameworks (Next.js pages router, Nuxt 3; Inertia.js
# puts it in its root element's `data-page`), holding the CMS's record of the article.
PAGE_DATA_SCRIPTS = frozenset({"__NEXT_DATA__", "__NUXT_DATA__"})
# Page data serialized in devalue's flat form (Nuxt 3): one array, entries refer to others by
# index.
FLAT_PAYLOADS = frozenset({"__NUXT_DATA__"})
# devalue's wrappers around one value (Vue's reactive state, refs).
FLAT_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "Object"})
FLAT_DEPTH = 60  # nesting followed in a flat payload (a cycle or a deep tree stops there)
RECORD_TITLE = ("title", "headline", "name")
# A headless CMS record's date fields (Strapi, Contentful, Payload, Directus, Ghost, ...).
RECORD_PUBLISHED = (
    "publishedAt",
    "published_at",
    "datePublished",
    "publishDate",
    "publish_date",
    "createdAt",
    "created_at",
)
RECORD_MODIFIED = ("updatedAt", "updated_at", "dateModified", "modifiedAt", "modified_at")
RECORD_CONTENT = ("content", "body", "html", "contentHtml", "detail", "description")


# An app's store handed to the browser as a global (Vue SSR and prerendered Vuex's
# `window.__INITIAL_STATE__=`, Redux's `window.__PRELOADED_STATE__=`): JSON after the `=`.
WINDOW_STATE_RE = re.compile(r"^\s*window\.__[A-Za-z0-9_]+__\s*=\s*(\{.*\})\s*;?\s*$", re.S)


def window_state(script: str) -> str | None:
    """Return the JSON of an app's state assigned to a window global by an inline script.

    >>> window_state('window.__INITIAL_STATE__={"news": {"item": null}};')
    '{"news": {"item": null}}'
    >>> window_state("window.dataLayer = window.dataLayer || [];") is None
    True
    """
    match = WINDOW_STATE_RE.match(script)
    return match.group(1) if match else None


def page_data_headline(root: etree._Element) -> str | None:
    """Return the title of the article record in the page's app data, if the page prints it.

    An app (a Vue or React single-page app's prerendered snapshot) may print its headline in
    a plain element under a section banner's h1; its store holds the record of the article
    (the record with the content), whose title is the headline.
    """
    for el in DECLARING(root):
        if el.tag != "script":
            continue
        text = el.text or ""
        if el.get("id") in PAGE_DATA_SCRIPTS and el.get("id") not in FLAT_PAYLOADS:
            state: str | None = text
        else:
            state = window_state(text)
        record = _content_record(state) if state else None
        title = record and next(
            (record[k] for k in RECORD_TITLE if isinstance(record.get(k), str)), None
        )
        if title and clean_line(title) and _printed_whole(root, clean_line(title)):
            return clean_line(title)
    return None


def _printed_whole(root: etree._Element, text: str) -> bool:
    """Tell whether an element of the page prints *text* as the whole of its text."""
    return any(
        _text(el) == text for el in root.iter("div", "span", "p", "h1", "h2", "h3", "h4", "strong")
    )


def _content_record(text: str) -> dict[str, Any] | None:
    """Return the first record (breadth first) of page data that holds content and a title."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack: list[Any] = [data]
    seen = 0
    while stack and seen < 5000:
        item = stack.pop(0)
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        if any(isinstance(item.get(k), str) and item[k] for k in RECORD_CONTENT) and any(
            isinstance(item.get(k), str) and item[k] for k in RECORD_TITLE
        ):
            return item
        stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


def _page_data_dates(text: str, *, flat: bool = False) -> list[tuple[str, str]]:
    """Return the dates of the article record in a framework's page data (__NEXT_DATA__).

    The article is the record holding both a publication date and the content; listed items
    (related news) carry dates without content. A payload that holds no content (the page
    renders it from another request) names the article by the first record with a date and a
    title outside any list. *flat*: the data is devalue's flat array (Nuxt 3), revived first.

    >>> _page_data_dates('{"props": {"pageProps": {"related": [{"publishedAt": "2024-01-01T'
    ...     '01:00:00Z"}], "news": {"content": "<p>x</p>", "publishedAt": "2024-01-02T03:30:00Z",'
    ...     ' "updatedAt": null}}}}')
    [('datepublished', '2024-01-02T03:30:00Z')]
    >>> _page_data_dates('[{"data": 1}, {"title": 2, "publishedAt": 3}, "ข่าว", "2024-01-02"]',
    ...     flat=True)
    [('datepublished', '2024-01-02')]
    """
    try:
        data = json.loads(text)
    except ValueError:
        return []
    if flat:
        data = revive_flat_payload(data)
    titled: list[tuple[str, str]] = []
    stack: list[tuple[Any, bool]] = [(data, False)]
    seen = 0
    while stack and seen < 5000:
        item, listed = stack.pop(0)  # breadth first: the page's own record sits above lists
        seen += 1
        if isinstance(item, list):
            stack.extend((v, True) for v in item)
            continue
        if not isinstance(item, dict):
            continue
        if any(isinstance(item.get(k), str) for k in RECORD_CONTENT):
            # The article's record: its dates, a modification even where the publication
            # has a field name of the app's own ("news_date").
            if found := _record_dates(item, modified_alone=True):
                return found
        found = _record_dates(item)
        if found and not listed and not titled:
            if any(isinstance(item.get(k), str) and item[k] for k in RECORD_TITLE):
                titled = found
        stack.extend((v, False) for v in item.values() if isinstance(v, (dict, list)))
    return titled


def _record_dates(item: dict[str, Any], *, modified_alone: bool = False) -> list[tuple[str, str]]:
    """Return a CMS record's publication and modification dates (none without a publication
    unless *modified_alone*: the record is the article's own)."""
    published = next(
        (item[k] for k in RECORD_PUBLISHED if isinstance(item.get(k), str) and item[k]), None
    )
    if not published and not modified_alone:
        return []
    found = [("datepublished", published.strip())] if published else []
    modified = next(
        (item[k] for k in RECORD_MODIFIED if isinstance(item.get(k), str) and item[k]), None
    )
    if modified:
        found.append(("datemodified", modified.strip()))
    return found


def revive_flat_payload(values: Any) -> Any:
    """Revive devalue's flat form: entry 0 is the root; the numbers inside an object or array
    are the indexes of its values; an array opening with a name is a typed value ("Date",
    "Set", Vue's "ShallowReactive" wrapper, ...); negative numbers are undefined, NaN, holes.

    >>> revive_flat_payload([{"a": 1, "b": 3}, ["ShallowReactive", 2], [4], ["Date", "2024"], "x"])
    {'a': ['x'], 'b': '2024'}
    """
    if not isinstance(values, list) or not values:
        return values
    memo: dict[int, Any] = {}

    def hydrate(index: Any, depth: int) -> Any:
        if not isinstance(index, int) or not 0 <= index < len(values) or depth > FLAT_DEPTH:
            return None
        if index in memo:
            return memo[index]
        value = values[index]
        if isinstance(value, dict):
            memo[index] = out = {}
            out.update((k, hydrate(i, depth + 1)) for k, i in value.items())
            return out
        if isinstance(value, list) and value and isinstance(value[0], str):
            return _typed_value(value, lambda i: hydrate(i, depth + 1))
        if isinstance(value, list):
            memo[index] = items = []
            items.extend(hydrate(i, depth + 1) for i in value)
            return items
        return value

    return hydrate(0, 0)


def _typed_value(value: list[Any], hydrate: Callable[[Any], Any]) -> Any:
    """Return a devalue typed value: a date's string, a set's items, a wrapper's content."""
    kind, args = value[0], value[1:]
    if kind == "Date":
        return args[0] if args and isinstance(args[0], str) else None
    if kind == "Set":
        return [hydrate(i) for i in args]
    if kind in FLAT_WRAPPERS and args:
        return hydrate(args[0])
    return None


def _json_ld_dates(text: str) -> list[tuple[str, str]]:
    """Return the datePublished / dateModified of the article object(s) of one JSON-LD block."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    objects: list[dict[str, Any]] = []
    stack = [data]
    while stack and len(objects) < 200:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            objects.append(item)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    ranked: list[tuple[int, dict[str, Any]]] = []
    for obj in objects:
        kinds = obj.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        ranks = [JSON_LD_TYPES.index(k) for k in kinds if k in JSON_LD_TYPES]
        if ranks:
            ranked.append((min(ranks), obj))
    found: list[tuple[str, str]] = []
    for _, obj in sorted(ranked, key=lambda pair: pair[0]):
        for key in ("datePublished", "dateModified"):
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                found.append((key.lower(), value.strip()))
    return found


def _text(el: etree._Element) -> str:
    return clean_line(" ".join(t for t in el.itertext() if isinstance(t, str)))


def clean_title(raw: str) -> str | None:
    """Strip the site name and the thaigov ``รัฐบาลไทย-<section>-`` prefix from a <title>.

    >>> clean_title("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ ลงพื้นที่พบปะชาวประมง")
    'นายกฯ ลงพื้นที่พบปะชาวประมง'
    >>> clean_title("ก.อุตสาหกรรม จับมือ UNIDO | กระทรวงอุตสาหกรรม")
    'ก.อุตสาหกรรม จับมือ UNIDO'
    """
    text = clean_line(raw)
    m = THAIGOV_TITLE_RE.match(text)
    if m:
        return m.group("headline").strip() or None
    parts = [p for p in TITLE_SEP_RE.split(text) if p.strip()]
    if not parts:
        return None
    return max(parts, key=len) if len(parts[0]) < 15 else parts[0]


def _title(root: etree._Element, meta: dict[str, list[str]]) -> str | None:
    """Return the headline: og:title, the h1, the <title>; the headline element where the
    declared title only adds the site name to it ("<headline> - <office>")."""
    shown = [h for h in root.iter("h1") if not visually_hidden(h)]
    headings = [text for text in (_text(h) for h in shown) if text]
    # The site's name in an h1 (the logo's) is no headline the <title> could fall back on.
    printed = [text for h in shown if not _site_heading(h) and (text := without_kicker(h))]
    site = _site_names(root, meta)
    for key in ("og:title", "twitter:title"):
        if key in meta and clean_line(meta[key][0]) not in site:
            declared = clean_line(meta[key][0])
            if declared not in headings:
                # "<headline> - <section> - <site>": the part the page prints is the headline.
                head = _printed_title_head(root, declared)
                if head:
                    return head
            return _without_site_name(declared, headings, meta) or None
    marked = _microdata_headline(root) or page_data_headline(root)
    if marked:
        return marked
    page_title = ""
    for t in root.iter("title"):
        text = t.text_content() if hasattr(t, "text_content") else (t.text or "")
        if text.strip():
            page_title = clean_line(text)
            break
    named = _headline_in_title(root, page_title)
    if named:
        return named
    if printed:
        return printed[0]
    return _printed_title_head(root, page_title) or (clean_title(page_title) or None)


# An item type of schema.org's article kinds (Article, NewsArticle, BlogPosting, Report).
ARTICLE_ITEMTYPE_RE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|Report)\s*$", re.I)


def _site_names(root: etree._Element, meta: dict[str, list[str]]) -> set[str]:
    """Return what names the site, not the article: og:site_name, and the other parts of a
    <title> printed as "<headline> | <site>" whose headline part a heading prints (a theme
    declaring the site's name as every page's og:title says it there too).

    >>> root = lxml.html.fromstring("<title>ข่าวดี วันนี้ | สำนักงาน ก</title><h2>ข่าวดี วันนี้</h2>")
    >>> sorted(_site_names(root, {"og:site_name": ["สำนักงาน ข"]}))
    ['สำนักงาน ก', 'สำนักงาน ข']
    """
    names = {clean_line(value) for value in meta.get("og:site_name", [])}
    title = next((t for t in root.iter("title") if (t.text or "").strip()), None)
    if title is not None:
        parts = [p for p in TITLE_SEP_RE.split(clean_line(title.text or "")) if p]
        if len(parts) > 1:
            headed = {
                _text(h)
                for h in root.iter("h1", "h2", "h3")
                if not _site_heading(h) and not visually_hidden(h)
            }
            printed = [p for p in parts if p in headed]
            if len(printed) == 1:  # the others, unless a heading prints them (with a kicker)
                names.update(
                    p for p in parts if p != printed[0] and not any(p in h for h in headed)
                )
    names.discard("")
    return names


def _microdata_headline(root: etree._Element) -> str | None:
    """Return the one heading the page's article microdata marks as its headline or name.

    A heading (h1-h6) with itemprop="headline" or "name" whose nearest item is a schema.org
    article is the headline, wherever the template prints it (Joomla 3's item page puts its
    info block first, under a page-title heading naming the category). Several such headings
    (a listing of articles) say nothing.

    >>> _microdata_headline(lxml.html.fromstring('<div><h2>ข่าว</h2><article itemscope '
    ...     'itemtype="http://schema.org/Article"><span itemscope itemtype="http://schema.org/'
    ...     'Person"><b itemprop="name">ก</b></span><h2 itemprop="name">หัวข้อข่าว</h2>'
    ...     '</article></div>'))
    'หัวข้อข่าว'
    """
    found = []
    for h in root.iter(*LISTED_TAGS):
        if (h.get("itemprop") or "").strip().lower() not in ("headline", "name"):
            continue
        item = next((a for a in h.iterancestors() if a.get("itemscope") is not None), None)
        if item is not None and ARTICLE_ITEMTYPE_RE.search(item.get("itemtype") or ""):
            found.append(_text(h))
    return found[0] if len(found) == 1 and found[0] else None


# A kicker printed inside the heading before the headline: its own inline element, then a mark.
KICKER_TAGS = frozenset("span small b strong em i a".split())
KICKER_MARKS = ":：|»›>–—"


def without_kicker(heading: etree._Element) -> str:
    """Return a heading's text without the kicker (overline) printed before the headline.

    A template that prints the section's name above or before every headline puts it in its
    own inline element inside the heading, then a colon or another separator ("<span>ข่าว
    ประชาสัมพันธ์ :</span><span>headline</span>"): the kicker names the section, not the
    article. A heading that starts with its own text (no element of its own first) is kept.

    >>> without_kicker(lxml.html.fromstring('<h1><span>ข่าวเด่น<i>:</i></span> '
    ...     '<span>ประชุมคณะกรรมการจังหวัด</span></h1>'))
    'ประชุมคณะกรรมการจังหวัด'
    >>> without_kicker(lxml.html.fromstring('<h1><b>ประชุม</b> คณะกรรมการจังหวัด</h1>'))
    'ประชุม คณะกรรมการจังหวัด'
    """
    text = _text(heading)
    children = [c for c in heading if isinstance(c.tag, str)]
    if len(children) < 2 or (heading.text or "").strip() or children[0].tag not in KICKER_TAGS:
        return text
    label = clean_line(f"{_text(children[0])} {children[0].tail or ''}")
    if not label or len(label) > boilerplate.TITLE_LABEL_CHARS or label[-1] not in KICKER_MARKS:
        return text
    rest = clean_line(" ".join(_text(c) + " " + (c.tail or "") for c in children[1:]))
    return rest if len(rest) >= HEADLINE_CHARS[0] and text.endswith(rest) else text


# A category badge printed in brackets before a headline: "[ข่าวกิจกรรม]", "【ประกาศ】".
BADGE_RE = re.compile(r"\s*(?:\[[^\[\]]{1,40}\]|【[^【】]{1,40}】)\s*")


def badged(text: str, title: str) -> bool:
    """Tell whether *text* is the declared *title* after a category badge in brackets.

    A template that tags each headline with its category prints the name in brackets before
    it ("[ข่าวกิจกรรม] <headline>"); the declared title (og:title) leaves it out, and the
    heading printing both is the headline's.

    >>> badged("[ข่าวกิจกรรม] ประชุมคณะกรรมการจังหวัด", "ประชุมคณะกรรมการจังหวัด")
    True
    >>> badged("ประชุม ประชุมคณะกรรมการจังหวัด", "ประชุมคณะกรรมการจังหวัด")
    False
    """
    if not title or len(text) <= len(title) or not text.endswith(title):
        return False
    return BADGE_RE.fullmatch(text[: -len(title)]) is not None


def _printed_title_head(root: etree._Element, page_title: str) -> str | None:
    """Return the longest leading part of the <title> that the page prints as a line.

    "<headline> - <section> - <site>" where the headline holds a separator itself ("ปี 60 - 65"):
    the part the page prints (alone, or after its topic's name) is the whole headline.
    """
    cuts = [m.start() for m in TITLE_SEP_RE.finditer(page_title)]
    if len(cuts) < 2:
        return None  # one separator or none: clean_title's split is unambiguous
    heads = [page_title[:cut] for cut in reversed(cuts)]  # the longest printed part first
    lines = {
        _text(el)
        for el in root.iter(*EMPHASIS_TAGS)
        if len(el) <= 3 and len(el.text_content()) <= len(page_title) * 2
    }
    for head in heads:
        if any(line == head or boilerplate.labelled_title(line, head) for line in lines):
            return head
    return None


def _headline_in_title(root: etree._Element, page_title: str) -> str | None:
    """Return the heading the <title> names when the first h1 is not the headline.

    The h1 is the headline unless it is the site's name (a link to the home page: Blogger's
    blog title) or a menu heading the <title> does not hold (Joomla's "Show Page Heading"
    prints the menu item's title as the h1 above every article's h2; a portal's section name
    in a hero band above a card's h4). Then the headline is the h1-h6 heading that <title>
    holds ("<headline> - <site>", "<blog>: <headline>").
    """
    if not page_title:
        return None
    first_h1 = next((h for h in root.iter("h1") if _text(h)), None)
    if first_h1 is not None and not _site_heading(first_h1):
        text = _text(first_h1)
        if text in page_title:
            return None  # the h1 is (part of) the declared title: the usual case
    held = [
        text
        for h in root.iter(*LISTED_TAGS)
        if not _site_heading(h)
        and HEADLINE_CHARS[0] <= len(text := _text(h)) <= HEADLINE_CHARS[1]
        and text in page_title
    ]
    return max(held, key=len) if held else None


# Classes that hide an element from the eye and keep it for screen readers (Bootstrap, Tailwind,
# WordPress, Drupal, HTML5 Boilerplate): a site's name given to its h1 for them.
VISUALLY_HIDDEN_CLASSES = frozenset(
    {"sr-only", "visually-hidden", "screen-reader-text", "element-invisible", "visuallyhidden"}
)


def visually_hidden(el: etree._Element) -> bool:
    """Tell whether *el* wears a class that shows it to screen readers only.

    >>> visually_hidden(lxml.html.fromstring('<h1 class="sr-only">กรม ก</h1>'))
    True
    """
    classes = el.get("class")
    return bool(classes) and not VISUALLY_HIDDEN_CLASSES.isdisjoint(classes.split())


def _site_heading(el: etree._Element) -> bool:
    """Tell whether a heading is the site's name: its link goes to the home page.

    The link is inside the heading (``<h1><a href="/">``) or wraps it with the logo
    (``<a href="/"><img><h1>office</h1></a>``).

    >>> _site_heading(lxml.html.fromstring('<a href="/"><img src="l.svg"><h1>กรม ก.</h1></a>')[1])
    True
    """
    wrapper = next((a for a in el.iterancestors("a")), None)
    links = list(el.iter("a")) or ([wrapper] if wrapper is not None else [])
    if not links:
        return False
    for a in links:
        parts = urlsplit((a.get("href") or "").strip())
        if parts.path not in ("", "/") or parts.query:
            return False
    return True


def _without_site_name(declared: str, headings: list[str], meta: dict[str, list[str]]) -> str:
    """Drop a site-name suffix from a declared title: the page's own headline or og:site_name.

    >>> _without_site_name("ข่าวดี - สำนักงาน ก", ["ข่าวดี"], {})
    'ข่าวดี'
    """
    for heading in headings:
        if declared != heading and declared.startswith(heading):
            rest = declared[len(heading) :]
            if TITLE_SEP_RE.match(rest) or rest.strip()[:1] in ("-", "|", "–", "—", ":"):
                return heading
    for name in meta.get("og:site_name", []):
        name = clean_line(name)
        if name and declared.endswith(name) and declared != name:
            head = TRAILING_SEP_RE.sub("", declared[: -len(name)])
            if head and head != declared[: -len(name)]:
                return head
    return declared


_MARKED_OR_TIME = etree.XPath(  # (attribute steps: no predicate tried on every element)
    "(descendant-or-self::*/@class | descendant-or-self::*/@id"
    " | descendant-or-self::*/@itemprop)/parent::* | descendant-or-self::time"
)
# A list of other articles printed with the post: related posts (Jetpack's jp-relatedposts,
# YARPP, "related-news"), "more stories", "other news". The dates in it are those articles'.
RELATED_LIST_RE = re.compile(r"related|(?:more|other)[\s_-]?(?:stories|news|posts|articles)", re.I)


# A comment thread's container, by its class or id: its dates are the comments'.
COMMENTS_MARK_RE = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|respond)(?:$|[\s_-])|disqus", re.I
)


def in_other_items(el: Any) -> bool:
    """Tell whether *el* sits in a related-posts list (as in_related_list, in the same walk
    up) or a comment thread: a date printed there dates another article or a comment, not
    the page.

    >>> page = lxml.html.fromstring('<div><ol class="comments-list"><li class="comment"><time>'
    ...     'x</time></li></ol><p class="posted-on"><time>y</time></p></div>')
    >>> [in_other_items(t) for t in page.iter("time")]
    [True, False]
    """
    for holder in (el, *el.iterancestors()):
        if holder.tag in ("body", "html"):
            return False
        marks = f"{holder.get('class') or ''} {holder.get('id') or ''}"
        if RELATED_LIST_RE.search(marks) or COMMENTS_MARK_RE.search(role_marks(holder)):
            return True
    return False


def in_related_list(el: Any) -> bool:
    """Tell whether *el* sits in (or is) a list its class or id names as related posts.

    >>> page = lxml.html.fromstring('<div><div class="jp-relatedposts"><p><time>x</time></p>'
    ...     '</div><p class="posted-on"><time>y</time></p></div>')
    >>> [in_related_list(t) for t in page.iter("time")]
    [True, False]
    """
    for holder in (el, *el.iterancestors()):
        if holder.tag in ("body", "html"):
            return False
        if RELATED_LIST_RE.search(f"{holder.get('class') or ''} {holder.get('id') or ''}"):
            return True
    return False


def _date_elements(
    root: etree._Element,
    hint: re.Pattern[str],
    *,
    machine: bool | None = None,
    skip: Callable[[Any], bool] | None = None,
) -> Iterable[str]:
    """Yield date-like texts: <time datetime> values (machine) and hinted elements' text (printed).

    *machine*: True for the machine values only, False for the printed texts only, None for both.
    *skip*: elements not to read (another article's card).
    """
    # Only <time> and elements with a class, id or itemprop can match: the rest are never
    # wrapped as Python objects (a page has thousands).
    elements = (
        root.iter("time") if machine is True else _MARKED_OR_TIME(root)  # document order
    )
    for el in elements:
        if not isinstance(el.tag, str):
            continue
        if skip is not None and (el.tag == "time" or hint.search(el.get("class") or "")):
            if skip(el):
                continue
        if el.tag == "time":
            if hint is MODIFIED_HINT_RE and not _modified_time(el):
                continue
            if hint is DATE_HINT_RE and _says_modified(el):
                continue  # Joomla's "ปรับปรุงข้อมูล: ..." in itemprop="dateModified": the last edit
            if el.get("datetime") and machine is not False:
                yield el.get("datetime", "")
            text = _text(el)
            if text and machine is not True:
                yield text
            continue
        if machine is True:
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
        if (
            hint is DATE_HINT_RE
            and MODIFIED_HINT_RE.search(marks)
            and not PUBLISHED_MARK_RE.search(marks)
        ):
            continue  # hAtom's "updated", a "date-modified": the last edit, not the publication
        if marks.strip() and hint.search(marks):
            text = _text(el)
            if text and len(text) <= 120:
                yield text


def may_print_modified(folded: Container[str]) -> bool:
    """Tell whether a page's HTML, lower-cased (*folded*, or Page.words()), can hold a
    modification date printed_modified reads: every place it looks (MODIFIED_META keys, a
    modified <time>, an element marked as the last update) names it with a MODIFIED_HINT_RE
    word, so a page without one has none.

    >>> may_print_modified('<time class="updated">'), may_print_modified("<p>ข่าว</p>")
    (True, False)
    """
    return any(word in folded for word in MODIFIED_HINT_WORDS)


# FrontPage's Timestamp bot (S-Type EDITED or REGENERATED: the page file's last change) saves
# its value between a startspan and an endspan comment, with the strftime format it used.
WEBBOT_TIMESTAMP_RE = re.compile(
    r'webbot\s+bot="Timestamp"[^>]*?S-Type="(?:EDITED|REGENERATED)"[^>]*?S-Format="([^"]+)"'
    r"[^>]*?startspan",
    re.I,
)


def webbot_timestamp(root: etree._Element) -> str | None:
    """Return the day (and time) of FrontPage's Timestamp bot, read with its declared format.

    The format names the parts ("%d/%m/%y": day first, a two-digit CE year), so the value
    needs no guessing of order or era.

    >>> webbot_timestamp(lxml.html.fromstring('<p>ปรับปรุงข้อมูลเมื่อ <!--webbot '
    ...     'bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%y" startspan -->17/06/09'
    ...     '<!--webbot bot="Timestamp" endspan --></p>'))
    '2009-06-17'
    """
    for comment in root.iter(etree.Comment):
        match = WEBBOT_TIMESTAMP_RE.search(comment.text or "")
        if match is None:
            continue
        fmt = match.group(1)
        try:
            when = datetime.strptime(" ".join((comment.tail or "").split()), fmt)
        except ValueError:
            continue
        timed = any(code in fmt for code in ("%H", "%I", "%M"))
        return when.strftime("%Y-%m-%dT%H:%M:00+07:00") if timed else when.date().isoformat()
    return None


def printed_modified(root: etree._Element, skip: Callable[[Any], bool] | None = None) -> str | None:
    """Return the page's modification date: a meta value, a modified <time>, or an element
    marked as the last update ("last-updated": "ปรับปรุงข้อมูลล่าสุด: 27/05/2567 19:04").

    *skip*: elements not to read (a related post's card prints its own updated time).
    """
    meta = _meta(root)
    declared = _first_parsed(v for key in MODIFIED_META for v in meta.get(key, []))
    if declared or only_updated_times(root, skip) or only_updated_date(root, skip):
        return declared  # a theme's one time.updated is the post date (text_without_modified)
    return _first_parsed(
        _date_elements(root, MODIFIED_HINT_RE, machine=True, skip=skip)
    ) or _first_parsed(_date_elements(root, MODIFIED_HINT_RE, machine=False, skip=skip), trim=True)


def only_updated_times(root: etree._Element, skip: Callable[[Any], bool] | None = None) -> bool:
    """Tell whether every <time> of the post (outside *skip*: related posts' cards) says
    "updated": then it is the post's one date (The7's, hAtom themes' ``<time class="entry-date
    updated">``), the publication, and no modification date is printed."""
    times = [t for t in root.iter("time") if skip is None or not skip(t)]
    return bool(times) and all(_modified_time(t) for t in times)


# "date" as a word of a class ("entry-meta-date", "post_date"), not inside "updated".
DATE_CLASS_WORD_RE = re.compile(r"(?<![a-z])date(?![a-z])", re.I)
# Words saying a date is a modification's, printed with it.
MODIFIED_WORDS_RE = re.compile(r"แก้ไข|ปรับปรุง|อัปเดต|อัพเดท|อัพเดต|updated|modified|edited", re.I)


def only_updated_date(root: etree._Element, skip: Callable[[Any], bool] | None = None) -> bool:
    """Tell whether the page prints no <time> and one date element, which its class names a
    date marked "updated" (hAtom's class on a theme's one date: MH Magazine's
    ``span.entry-meta-date.updated``) and which says no modification word: the post's date.

    >>> page = lxml.html.fromstring('<div><span class="entry-meta-date updated">June 24, 2024'
    ...     '</span></div>')
    >>> only_updated_date(page)
    True
    >>> page = lxml.html.fromstring('<div><span class="date-updated">แก้ไขล่าสุด 5 มี.ค. 67'
    ...     '</span></div>')
    >>> only_updated_date(page)
    False
    >>> page = lxml.html.fromstring('<div><span class="published">September 3, 2023</span>'
    ...     '<span class="updated date">September 9, 2023</span></div>')
    >>> only_updated_date(page)
    False
    """
    if next(root.iter("time"), None) is not None:
        return False
    elements = [el for el in _MARKED_OR_TIME(root) if isinstance(el.tag, str)]
    marked = [
        el
        for el in elements
        if MODIFIED_HINT_RE.search(el.get("class") or "") and (skip is None or not skip(el))
    ]
    if len(marked) != 1 or not DATE_CLASS_WORD_RE.search(marked[0].get("class") or ""):
        return False
    for el in elements:
        if el is marked[0]:
            continue
        if PUBLISHED_MARK_RE.search(f"{el.get('class') or ''} {el.get('itemprop') or ''}"):
            text = _text(el)
            if len(text) <= DATE_LINE_CHARS * 2 and _parse_date(text) is not None:
                return False  # the publication printed apart: the updated one is the last edit
    text = _text(marked[0])
    return _parse_date(text) is not None and MODIFIED_WORDS_RE.search(text) is None


def _modified_time(el: etree._Element) -> bool:
    """Tell whether a <time> says it is a modification time (and not also the published one).

    WordPress themes print one ``<time class="entry-date published updated">`` for a post
    never edited: no modification date is printed there.
    """
    parent = el.getparent()
    own = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
    around = f"{own} {parent.get('class') or '' if parent is not None else ''}"
    if "published" in own.lower().split() or "datePublished" in own:
        return False
    return MODIFIED_HINT_RE.search(around) is not None or _labelled_modified(el)


def _says_modified(el: etree._Element) -> bool:
    """Tell whether a <time> says outright that it is the last modification: its microdata
    (``itemprop="dateModified"``) or a modification label before or at the start of it.

    >>> import lxml.html
    >>> _says_modified(lxml.html.fromstring('<time itemprop="dateModified">ปรับปรุงข้อมูล: '
    ...     '1 เม.ย. 67</time>'))
    True
    >>> _says_modified(lxml.html.fromstring('<time class="updated">1 เม.ย. 67</time>'))
    False
    """
    prop = el.get("itemprop") or ""
    if "dateModified" in prop and "datePublished" not in prop:
        return True
    head = _text(el)[:40]
    return MODIFIED_LABEL_LEAD_RE.match(head) is not None or _labelled_modified(el)


# A modification label printed just before a date: แก้ไขล่าสุด (last edited), ปรับปรุงล่าสุด
# (last updated), อัปเดต, Last updated, Updated on.
MODIFIED_LABEL_BEFORE_RE = re.compile(
    r"(?:(?:แก้ไข|ปรับปรุง)(?:ข้อมูล)?(?:ล่าสุด)?(?:เมื่อ)?|(?:อัปเดต|อัพเดท|อัพเดต)(?:แล้ว|ล่าสุด)?(?:เมื่อ)?|"
    r"Last\s+(?:modified|updated|edited)|Updated|Modified|Edited)(?:\s+on)?\s*[:：]?\s*$",
    re.I,
)
# The same label leading an element's own text, its colon required ("ปรับปรุงข้อมูล: 1 เม.ย. 67").
MODIFIED_LABEL_LEAD_RE = re.compile(
    MODIFIED_LABEL_BEFORE_RE.pattern.removesuffix(r"\s*[:：]?\s*$") + r"\s*[:：]", re.I
)


def _labelled_modified(el: etree._Element) -> bool:
    """Tell whether the text just before an element is a modification label ("แก้ไขล่าสุด").

    A <time> with no class of its own (Rails's ``time_tag``) is a modification time when
    the words before it say so.
    """
    previous = el.getprevious()
    parent = el.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    return MODIFIED_LABEL_BEFORE_RE.search((before or "")[-40:]) is not None


def choose_published(
    printed: tuple[str, str] | None, machine: tuple[str, str] | None
) -> tuple[str, str] | None:
    """Pick a page's publication date from its printed and machine candidates.

    Each candidate is (source, raw). The printed local date-time wins; then the machine value
    (meta tag, <time datetime>), converted to +07:00 by the parser, when it has a time and agrees
    with the printed day; then the printed date; then the machine date. Dates in the URL are
    never candidates: Joomla menu aliases (`/2017-04-20-15-23-14/`) date the menu, not the page.

    >>> choose_published(("printed", "3 ต.ค. 2561"), ("meta", "2018-10-03T10:08:00+00:00"))
    ('meta', '2018-10-03T10:08:00+00:00')
    >>> choose_published(("printed", "3 ต.ค. 2561 17:08"), ("meta", "2018-10-01T10:08:00Z"))
    ('printed', '3 ต.ค. 2561 17:08')
    >>> choose_published(("printed", "3 ต.ค. 2561"), ("meta", "2018-10-01T10:08:00Z"))
    ('printed', '3 ต.ค. 2561')

    A numeric date printed month first takes the machine value of its other reading, and a date
    found anywhere on the page loses to the article's declared one:

    >>> choose_published(("printed", "11/08/2023 - 14:23"), ("meta: dc:date", "2023-11-08T14:23"))
    ('meta: dc:date', '2023-11-08T14:23')
    >>> choose_published(("printed: date element", "13/11/2023"), ("meta: datepublished",
    ...                   "2023-11-16T09:25:00+07:00"))
    ('meta: datepublished', '2023-11-16T09:25:00+07:00')
    """
    if machine is not None and date_only_stamp(machine[1]):
        machine = (machine[0], date_only_stamp(machine[1]) or machine[1])  # a day, no time
    printed_value = _parse_date(printed[1]) if printed else None
    machine_value = _parse_date(machine[1]) if machine else None
    machine_day = (
        machine_value.astimezone(BANGKOK).date() if isinstance(machine_value, datetime) else None
    )
    if printed and machine_day is not None and machine_day in other_days(printed[1]):
        return machine  # 11/08/2023 month first, 18/06/24: the machine value settles it
    if isinstance(printed_value, datetime):
        return printed
    if machine is not None and machine_day is not None:
        if printed_value is None or printed_value == machine_day:
            return machine
        if printed is not None and printed[0] in WEAK_PRINTED and machine[0] in DECLARED:
            return machine  # a date printed somewhere on the page vs the article's declared one
    if printed_value is not None:
        return printed
    return machine if machine_value is not None else None


# A machine value that stands for a day, not a time: Drupal's date-only fields print
# `datetime="2024-01-15T12:00:00Z"` for every value (a fixed noon UTC), and date-only values
# elsewhere come out as midnight of the site's own zone (or of no zone). Midnight UTC is no
# such placeholder: it is seven in the morning in Bangkok, a time a post is published at
# (a headless CMS's `publishedAt` of a post scheduled for 07:00 is "…T00:00:00.000Z").
DATE_ONLY_STAMP_RE = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2})T(?:12:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)"
    r"|00:00(?::00(?:\.0+)?)?(?:(?![+-]00:?00)[+-]\d{2}:?\d{2})?)\s*$"
)


def date_only_stamp(value: str) -> str | None:
    """Return the day of a machine value whose time is a date-only placeholder, else None.

    >>> date_only_stamp("2024-01-15T12:00:00Z"), date_only_stamp("2024-01-15T00:00:00+07:00")
    ('2024-01-15', '2024-01-15')
    >>> date_only_stamp("2024-01-15T03:30:00Z"), date_only_stamp("2024-01-15T00:00:00.000Z")
    (None, None)
    """
    match = DATE_ONLY_STAMP_RE.match(value)
    return match.group(1) if match else None


# Open Graph's article times: timestamps a CMS takes from the record's own (WordPress's
# post_modified_gmt, Drupal Metatag's node changed), printed in UTC by SEO plugins.
OG_TIMES = ("article:modified_time", "og:updated_time")


def placeholder_day(value: str, meta: dict[str, list[str]]) -> str | None:
    """Return the day of a date-only placeholder *value*, unless it is a noon-UTC Open Graph time.

    Noon UTC stands for a day in a date-only field's <time datetime> (Drupal), but in an
    Open Graph article time it is the time the record was saved: 19:00 in Bangkok. Midnight
    stays a placeholder there too (a date column printed as a time).

    >>> noon = "2024-10-22T12:00:00+00:00"
    >>> placeholder_day(noon, {"article:modified_time": [noon]})
    >>> placeholder_day("2024-10-22T12:00:00Z", {})
    '2024-10-22'
    """
    day = date_only_stamp(value)
    if day is None or "T00:00" in value:
        return day
    declared = {v.strip() for key in OG_TIMES for v in meta.get(key, [])}
    return None if value.strip() in declared else day


# Printed candidates found anywhere on the page (not beside the headline, not labelled).
WEAK_PRINTED = frozenset({"printed: date element", "printed: body text"})
# Machine candidates the page declares for the article (not any <time> on the page).
DECLARED = frozenset(f"meta: {key}" for key in PUBLISHED_META)
NUMERIC_DATE_RE = re.compile(r"(?<![0-9])([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*/\s*([0-9]{4})(?![0-9])")


def swapped_day(raw: str) -> date | None:
    """Return the other reading of a numeric date whose day and month could be swapped.

    Drupal and .NET sites print month first (11/08/2023 - 14:23) where Thai readers expect day
    first; only a machine value of the same page can tell which was meant.

    >>> swapped_day("11/08/2023 - 14:23"), swapped_day("28/11/2023"), swapped_day("5/5/2023")
    (datetime.date(2023, 11, 8), None, None)

    The other reading is the one the parser did not take: Drupal's "medium" shape (a weekday
    before it) reads month first.

    >>> swapped_day("พ., 11/08/2023 - 14:23")
    datetime.date(2023, 8, 11)
    """
    match = NUMERIC_DATE_RE.search(raw.translate(THAI_DIGITS))
    if match is None:
        return None
    first, second, year = (int(g) for g in match.groups())
    if first == second or first > 12 or second > 12:
        return None
    year = year - 543 if year > 2400 else year
    try:
        month_first, day_first = date(year, first, second), date(year, second, first)
    except ValueError:
        return None
    value = _parse_date(raw)
    read = value.date() if isinstance(value, datetime) else value
    return day_first if read == month_first else month_first


# A numeric date whose year has two digits ("18/06/24", "16/2/67"): the year reads in either era.
SHORT_YEAR_DATE_RE = re.compile(
    r"(?<![0-9/])([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*/\s*([0-9]{2})(?![0-9/])"
)


def other_days(raw: str) -> list[date]:
    """Return the other readings of a numeric date: day and month swapped, the other era.

    Only a machine value of the same page can tell which reading was meant: "07/11/2024"
    printed month first, or "18/06/24" with a two-digit Christian year where Thai sites more
    often print a Buddhist one ("18/06/67").

    >>> other_days("07/11/2024"), other_days("เผยแพร่: 18/06/24 14:00")
    ([datetime.date(2024, 7, 11)], [datetime.date(2024, 6, 18), datetime.date(1981, 6, 18)])
    >>> other_days("16 ก.พ. 2567"), other_days("16 ก.พ. 24")
    ([], [datetime.date(2024, 2, 16), datetime.date(1981, 2, 16)])
    """
    days = [swapped] if (swapped := swapped_day(raw)) is not None else []
    text = raw.translate(THAI_DIGITS)
    pairs: list[tuple[int, int]] = []
    year = 0
    if (match := SHORT_YEAR_DATE_RE.search(text)) is not None:
        first, second, year = (int(g) for g in match.groups())
        pairs = [(second, first), (first, second)]
    elif (named := SHORT_YEAR_MONTH_RE.search(text)) is not None:
        month = THAI_MONTH_NUMBER.get(named.group(2).replace(".", ""))
        if month:
            year = int(named.group(3))
            pairs = [(month, int(named.group(1)))]
    for full in (2000 + year, 2500 + year - 543):
        for month, day in pairs:
            try:
                days.append(date(full, month, day))
            except ValueError:
                continue
    return list(dict.fromkeys(days))


# A Thai month name with a two-digit year ("16 ก.พ. 24", "3 มีนาคม 67"): either era, as above.
SHORT_YEAR_MONTH_RE = re.compile(
    r"(?<![0-9])([0-9]{1,2})\s*([\u0e00-\u0e7f.]{2,12}?)\s*([0-9]{2})(?![0-9/:.])"
)


# A day in the article's address as year/month/day segments (/2024/07/12/).
URL_DAY_RE = re.compile(DAY_PATH + r"(?=/|$)")


def read_by_url_day(printed: tuple[str, str], url: str) -> tuple[str, str] | None:
    """Return the printed date in the reading the address's day names, if it is not the first.

    A page with no machine date printing "7/12/2024 12:38 PM" (month first, en-US) or
    "16 ก.พ. 24" (a Christian two-digit year) is read as Thai readers write dates; when the
    address holds a day that is the printed date's other reading, that reading was meant. A day
    in the address is never a date on its own (a menu alias dates the menu).

    >>> read_by_url_day(("printed", "7/12/2024 12:38 PM"), "https://x.go.th/pr/2024/07/12/p-446")
    ('printed: read by the address', '2024-07-12T12:38:00+07:00')
    >>> read_by_url_day(("printed", "12/7/2024 12:38"), "https://x.go.th/pr/2024/07/12/p-446")
    """
    match = URL_DAY_RE.search(urlsplit(url).path)
    value = _parse_date(printed[1])
    day = path_day(match) if match is not None else None
    if day is None or value is None:
        return None
    first = value.date() if isinstance(value, datetime) else value
    if day == first or day not in other_days(printed[1]):
        return None
    if isinstance(value, datetime):
        local = value.astimezone(BANGKOK)
        read = local.replace(year=day.year, month=day.month, day=day.day).isoformat()
    else:
        read = day.isoformat()
    return ("printed: read by the address", read)


def _date_text(text: str) -> str | None:
    """Return the first date written in ``text`` as printed, if the normaliser finds one."""
    try:
        from pipelines.normalize import plausible_publication
        from pipelines.thai_dates import find_thai_dates
    except ImportError:
        return text if _parse_date(text) is not None else None
    try:
        matches = [m for m in find_thai_dates(text) if plausible_publication(m.value)]
    except (ValueError, TypeError, OverflowError):
        return None
    return matches[0].text.strip() if matches else None


# A teaser cut with an ellipsis (an excerpt under the headline): the text's opening, so a date
# in it is the story's dateline, not the publication date.
CUT_TEXT_RE = re.compile(r"(?:…|\.{3})\s*$")


def _near_title(root: etree._Element, title: str | None) -> Iterable[str]:
    """Yield short texts of the elements just before and after the headline element (not a
    teaser of the text cut with an ellipsis): the heading printing the title, else the h1."""
    head, first_h1 = None, None
    for el in root.iter("h1", "h2", "h3"):
        text = _text(el)
        if text and title and (text == title or badged(text, title)):
            head = el  # the heading printing the headline, below a site-name h1 or not
            break
        if text and el.tag == "h1" and first_h1 is None:
            first_h1 = el
    head = head if head is not None else first_h1
    if head is None:
        return
    yield from _beside(head)


def _beside(head: etree._Element) -> Iterable[str]:
    """Yield short texts of the elements just before and after *head* (no cut teasers)."""
    for step in ("getprevious", "getnext"):
        sib = getattr(head, step)()
        for _ in range(NEAR_TITLE_SIBLINGS):
            if sib is None:
                break
            if isinstance(sib.tag, str):
                text = yearless_time(sib) or text_without_modified(sib)
                if text and len(text) <= 120 and not CUT_TEXT_RE.search(text):
                    yield text
            sib = getattr(sib, step)()


def _own_row(el: etree._Element) -> etree._Element:
    """Return the outermost ancestor of *el* printing nothing but its text.

    Table layouts (Dreamweaver, FrontPage) print the headline in `<font><b>` in a cell of its
    own row and the date line in the next row: the row, not the bold text, has the neighbours.
    """
    text = _text(el)
    while (parent := el.getparent()) is not None and parent.tag != "body":
        if _text(parent) != text:
            break
        el = parent
    return el


def yearless_time(el: etree._Element) -> str | None:
    """Return the machine time of a date element printing the day and month without the year.

    A calendar box prints "16" "ก.พ." over `<time datetime="2024-02-16T09:24:00+07:00">`:
    the year (and the time) are only in the attribute.
    """
    times = [el] if el.tag == "time" else list(el.iter("time"))
    if len(times) != 1 or not times[0].get("datetime"):
        return None
    machine = times[0].get("datetime").strip()
    return machine if yearless_of(_text(times[0]), machine) else None


def edit_times(
    root: etree._Element,
    meta: dict[str, list[str]] | None = None,
    in_card: Callable[[Any], bool] | None = None,
) -> list[etree._Element]:
    """Return the post's times when all are marked ``updated`` and the page declares another
    publication moment: they print the last edit, and none is the publication ([] if not).

    A lone hAtom ``updated`` time is the post date of themes that print no other (The7,
    tagDiv), but Neve with "show last updated date" and its kin print only it on an edited
    post: the publication is then only declared (article:published_time, JSON-LD
    datePublished). A declared moment other than the time's own says which case it is.
    """
    times = [t for t in root.iter("time") if in_card is None or not in_card(t)]
    if not times or not all(_modified_time(t) for t in times):
        return []
    meta = _meta(root) if meta is None else meta
    declared = _parse_date(
        _first_parsed(v for key in PUBLISHED_META for v in meta.get(key, [])) or ""
    )
    stamps = [_parse_date(t.get("datetime") or "") for t in times]
    if not isinstance(declared, datetime) or not all(isinstance(v, datetime) for v in stamps):
        return []
    if any(v == declared for v in stamps):
        return []  # the updated time is the publication: the theme's one post date
    return times


def text_without_modified(el: etree._Element) -> str:
    """Return an element's text without the modification times it prints.

    A meta row may print the hAtom pair `<time class="updated">` then
    `<time class="entry-date published">` (GeneratePress, Astra after an edit): the row's
    first date is then the modified one, not the publication date. A lone "updated" time
    (tagDiv Newspaper's time.entry-date.updated) is the post date and stays.
    """
    times = list(el.iter("time"))
    modified = [t for t in times if _modified_time(t)]
    # a pair, or a time saying outright it is the last update (Joomla's dateModified)
    paired = bool(modified) and len(modified) < len(times)
    drop = {k for k, t in enumerate(times) if (paired and t in modified) or _says_modified(t)}
    if not drop:
        return _text(el)  # no pair: a theme's one time.entry-date.updated is the post date
    copy = deepcopy(el)
    for t in [t for k, t in enumerate(copy.iter("time")) if k in drop]:
        boilerplate.detach(t)
    return _text(copy)


def _first_parsed(candidates: Iterable[str], *, trim: bool = False) -> str | None:
    """Return the first candidate the Thai date normaliser parses (trimmed to the date)."""
    seen: set[str] = set()
    for raw in candidates:
        raw = raw.strip()
        if not raw or raw in seen:
            continue
        seen.add(raw)
        if _parse_date(raw) is not None:
            if trim and len(raw) > 40:
                return _date_text(raw) or raw
            return raw
        if len(seen) > 60:
            break
    return None


def _first_source(*candidates: tuple[str, str | None]) -> tuple[str, str] | None:
    """Return the first (source, raw) whose raw was found."""
    for source, raw in candidates:
        if raw:
            return source, raw
    return None


def _category(root: etree._Element, meta: dict[str, list[str]]) -> str | None:
    if "article:section" in meta:
        return clean_line(meta["article:section"][0]) or None
    for t in root.iter("title"):
        m = THAIGOV_TITLE_RE.match(clean_line(t.text_content()))
        if m:
            return m.group("section").strip()
    for el in root.iter():
        if isinstance(el.tag, str) and "breadcrumb" in (el.get("class") or "").lower():
            links = [_text(a) for a in el.iter("a")]
            links = [x for x in links if x]
            if len(links) >= 2:
                return links[-1]
    return None


@dataclass
class _Unit:
    """A run of text directly inside one block element."""

    el: etree._Element
    chars: int = 0
    link_chars: int = 0
    parts: list[str] = field(default_factory=list)
    furniture: bool | None = None  # the whole text one furniture line (read when asked)


def _text_units(root: etree._Element) -> list[_Unit]:
    """Cut the page into text units, one per block element, without recursion."""
    units: list[_Unit] = []
    stack: list[_Unit] = [_Unit(root)]
    link_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set[int] = set()

    def add(text: str | None) -> None:
        if text and text.strip():
            n = len(text.strip())
            stack[-1].chars += n
            stack[-1].parts.append(text)
            if link_depth:
                stack[-1].link_chars += n

    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None or tag in SKIP_TAGS:
                walker.skip_subtree()
                skipped.add(id(el))
                continue
            if tag not in INLINE_TAGS:
                stack.append(_Unit(el))
            elif tag == "a":
                link_depth += 1
            add(el.text)
        else:
            if id(el) in skipped:
                skipped.discard(id(el))
            elif tag is not None and tag not in INLINE_TAGS:
                unit = stack.pop() if len(stack) > 1 else stack[0]
                if unit.chars:
                    units.append(unit)
            elif tag == "a":
                link_depth -= 1
            if el is not root:
                add(el.tail)
    if stack and stack[0].chars and stack[0] not in units:
        units.append(stack[0])
    return units


def _is_good(unit: _Unit) -> bool:
    """Tell whether a unit reads as article text: long enough, few links, not printed by
    an element named the page's footer (the office's address and copyright lines) nor by a
    short block printing the template's own lines (an unmarked footer cell), and not a meta
    row of data items."""
    if unit.chars < MIN_GOOD_CHARS or _footer_marked(unit.el) or data_row(unit.el):
        return False
    if unit.link_chars > MAX_GOOD_LINK_SHARE * unit.chars:
        return False
    if unit.chars <= FOOTER_BLOCK_CHARS and _furniture_line(unit):
        return False
    return unit.chars > FOOTER_BLOCK_CHARS or not _template_block(unit.el)


def _furniture_line(unit: _Unit) -> bool:
    """Tell whether a short unit is one line the line rules take whole (a cookie banner's
    sentence, a counter, a login prompt): furniture, however long, is no article text."""
    if unit.furniture is None:
        line = " ".join("".join(unit.parts).split())
        unit.furniture = boilerplate.match_line(line) is not None
    return unit.furniture


def _template_block(el: etree._Element) -> bool:
    """Tell whether an element is a short block printing a line only the page template
    prints (the site's copyright, its best-viewed note, its visitor statistics): the
    footer of a table layout, whatever its address and phone lines say.

    >>> _template_block(lxml.html.fromstring('<td>สำนักงานเกษตรจังหวัด ถ.บุษบา โทร. 0-5661-1143'
    ...     '<br>Copyright © 2548-2567 All rights reserved.</td>'))
    True
    """
    if len(_text(el)) > FOOTER_BLOCK_CHARS:
        return False
    return any(template_line(line) for line in html_to_lines(el))


# A time of day printed alone: "เวลา ๑๔.๔๐ น.", "14:40 น.", "เวลา 09.15".
TIME_ALONE_RE = re.compile(r"(?:เวลา\s*)?[0-9๐-๙]{1,2}\s*[.:]\s*[0-9๐-๙]{2}(?:\s*(?:น\.?|นาฬิกา))?")
DATA_ROW_ITEMS = 2  # data items that make a row of items a meta row
# A byline's labels printed as items of their own before the writer or the category
# (WordPress block themes: "เขียนโดย" <author> "ใน" <category> "·" <date>).
ROW_LABEL_RE = re.compile(
    r"(?:เขียน|โพสต์|เผยแพร่|ลงข่าว)?โดย|ผู้เขียน|ใน|หมวด(?:หมู่)?|(?:written\s+|posted\s+)?by|"
    r"(?:posted\s+)?in",
    re.I,
)
DATA_ROW_OTHER_CHARS = 40  # a row's other item: a category's or a unit's name
ROW_SEPARATORS = " \t\n\r\xa0|•·,/-–"


# A meta row's tag item printed as hashtags: "#คลังจังหวัด #เบิกจ่ายงบประมาณ".
HASHTAGS_RE = re.compile(r"(?:#[^\s#]+\s*)+")


def _data_item(text: str) -> bool:
    """Tell whether a meta row's item prints data: a date, a time, a counter, an update, the
    item's tags as hashtags."""
    return bool(
        dates_only(text)
        or TIME_ALONE_RE.fullmatch(text)
        or HASHTAGS_RE.fullmatch(text)
        or boilerplate.match_line(text) is not None
        or boilerplate.match_meta_row(text) is not None
    )


def data_row(el: etree._Element) -> bool:
    """Tell whether an element is a meta row: items of their own, mostly data, no sentence.

    A template prints the article's date, time, counter and last update as separate inline
    items of one row ("<span>เวลา ๐๘.๕๙ น.</span> <span>เข้าชม ๒,๓๐๖ ครั้ง</span> <span>แก้ไข
    ล่าสุด ...</span>"); joined, they are as long as a sentence, but no paragraph of the text.
    At least two items are data; at most one other short item (the category) goes with them.
    A counter may print its number bare, marked by its icon or title (see counter_element),
    and the items may sit in a wrapper of their own (Bootstrap's flex row: the items in one
    div, the page's tools in another).

    >>> data_row(lxml.html.fromstring('<div><span>ข่าวประชาสัมพันธ์</span> <span>เวลา ๐๘.๕๙ น.'
    ...     '</span> <span>เข้าชม ๒,๓๐๖ ครั้ง</span> <span>แก้ไขล่าสุด ๑๙ พ.ย. ๖๗</span></div>'))
    True
    >>> data_row(lxml.html.fromstring('<div><div><span>๕ มี.ค. ๖๗</span> <span title="จำนวน'
    ...     'ผู้เข้าชม"><i class="bi bi-eye"></i> ๒,๖๔๔</span></div></div>'))
    True
    >>> data_row(lxml.html.fromstring('<div><p>เขียนโดย</p><div><a>ฝ่ายประชาสัมพันธ์</a></div>'
    ...     '<p>ใน</p><div><a>ข่าวกิจกรรม</a></div><p>·</p><div><time>21 มิถุนายน 2025</time>'
    ...     '</div></div>'))
    True
    """
    if (el.text or "").strip(ROW_SEPARATORS):
        return False
    data = other = 0
    labelled = False  # the item after a byline's label ("เขียนโดย", "ใน") is its value
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if (child.tail or "").strip(ROW_SEPARATORS):
            return False
        text = _text(child)
        if not text.strip(ROW_SEPARATORS):
            continue  # a separator item ("·", "|") between the row's items
        if ROW_LABEL_RE.fullmatch(text.strip()):
            labelled = True
            continue
        if labelled and len(text) <= DATA_ROW_OTHER_CHARS:
            data += 1  # the writer or the category a label names
            labelled = False
        elif _data_item(text) or _bare_counter(child, text):
            data += 1
        elif len(child) and data_row(child):
            data += DATA_ROW_ITEMS  # the row's items in a wrapper of their own
        elif len(text) <= DATA_ROW_OTHER_CHARS and not other:
            other += 1
        else:
            return False
    return data >= DATA_ROW_ITEMS


def _bare_counter(el: etree._Element, text: str) -> bool:
    """Tell whether a meta row's item is a view counter printed as a bare number (its icon, class
    or title says views: `<span title="จำนวนผู้เข้าชม"><i class="bi bi-eye"></i> ๒,๖๔๔</span>`)."""
    return bool(BARE_NUMBER_RE.fullmatch(text)) and counter_element(el) is not None


# A state class says what the page around an element has or lacks ("has-breadcrumb",
# "no-sidebar", "has-sidebar-left", "with_sidebar_right" on the main wrapper), not what the
# element is.
STATE_CLASS_RE = re.compile(r"(?:has|no|with(?:out)?)[-_]\S*", re.I)


def role_marks(el: etree._Element) -> str:
    """Return an element's classes and id that name what it is (its state classes left out).

    >>> role_marks(lxml.html.fromstring('<div class="main has-breadcrumb" id="c"></div>'))
    'main c'
    """
    classes = (el.get("class") or "").split()
    kept = [c for c in classes if not STATE_CLASS_RE.fullmatch(c)]
    return " ".join([*kept, el.get("id") or ""]).strip()


def _junk_marked(el: etree._Element) -> bool:
    """Tell whether an element's class or id names a container that is not the article
    (comments, related or recent posts, sharing, a byline...)."""
    return bool(JUNK_HINT_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


# Sharing words among the junk hints: a content wrapper may carry one as a modifier (Hueman
# prints `div.entry.share` around the post when its share bar is on); a share box never
# holds the page's best paragraphs, comments and related lists may.
SHARE_HINTS = frozenset({"share", "sharing", "social"})


def _share_marked_only(el: etree._Element) -> bool:
    """Tell whether every junk hint in an element's class and id is a sharing word.

    >>> _share_marked_only(lxml.html.fromstring('<div class="entry themeform share">x</div>'))
    True
    >>> _share_marked_only(lxml.html.fromstring('<div class="comments share">x</div>'))
    False
    """
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    hints = {m.group(0).strip(" \t\n_-").lower() for m in JUNK_HINT_RE.finditer(marks)}
    return bool(hints) and hints <= SHARE_HINTS


def _under_footer(el: etree._Element) -> bool:
    """Tell whether an element is the page footer or sits in it (the page's <body> and
    <html> are no footer, whatever their classes say: Avada's "avada-footer-fx-none")."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if _footer_marked(node):
            return True
    return False


def _footer_marked(el: etree._Element) -> bool:
    """Tell whether an element is the page footer: a <footer>, or a footer class or id word."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    return el.tag == "footer" or bool(FOOTER_MARK_RE.search(marks))


def _unit_weight(unit: _Unit) -> float:
    text = "".join(unit.parts)
    punct = len(re.findall(r"[.,;:!?،。、ฯ]|\s", text))
    return unit.chars - unit.link_chars + 0.5 * min(punct, unit.chars // 4)


def _best_block(
    root: etree._Element, units: list[_Unit]
) -> tuple[etree._Element | None, dict[etree._Element, float]]:
    """Pick the element whose text is most article-like: good text minus the rest.

    Also return the good text weight under every element (to protect it from pruning).
    """
    scores: dict[etree._Element, float] = {}
    good: dict[etree._Element, float] = {}
    for unit in units:
        is_good = _is_good(unit)
        value = _unit_weight(unit) if is_good else -BAD_WEIGHT * unit.chars
        el: etree._Element | None = unit.el
        while el is not None:
            scores[el] = scores.get(el, 0.0) + value
            if is_good:
                good[el] = good.get(el, 0.0) + value
            el = el.getparent()
    if not scores:
        return None, good
    best = max(scores.items(), key=lambda kv: kv[1])
    return (best[0] if best[1] > 0 else None), good


def _paragraph_scores(units: list[_Unit]) -> dict[etree._Element, float]:
    """Score each element by the text of its own paragraphs: units in it or in its children.

    An article body is one element with many paragraph children; a teaser list or a comment
    thread spreads the same amount of text over many small containers, which score low.
    """
    scores: dict[etree._Element, float] = {}
    for unit in units:
        value = _unit_weight(unit) if _is_good(unit) else -LOCAL_BAD_WEIGHT * unit.chars
        el = unit.el
        scores[el] = scores.get(el, 0.0) + value
        parent = el.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + value
    return scores


# What a news section is called (its banner, a page's <title> after the site's name): never an
# article's headline. ข่าวประชาสัมพันธ์ = press releases, ข่าวสาร = news, ข่าวกิจกรรม = activity
# news, ภาพข่าว = news photos, ประกาศ = announcements.
NEWS_SECTION_RE = re.compile(
    r"(?:ข่าว(?:สาร)?(?:ประชาสัมพันธ์|กิจกรรม|เด่น|ล่าสุด|ทั้งหมด|หน่วยงาน|ประกาศ)?|ภาพข่าว|"
    r"ประกาศ(?:ข่าว)?|News|Latest news|Press releases?)\s*",
    re.I,
)


def _article_block(
    units: list[_Unit],
    good: dict[etree._Element, float],
    headline: etree._Element | None = None,
) -> tuple[etree._Element | None, list[etree._Element]]:
    """Pick the paragraph container with the most article text, merged with sibling parts.

    From that container, climb a few levels: where siblings also hold a paragraph container
    with a fair share of text (an article split over several containers, at any of those
    levels), the block grows to their parent, keeping the run from the first such sibling to
    the last (headings and pictures between them stay). Returns the block and the elements
    outside the merged runs, to be dropped.

    A long *headline* beside a short text joins the run: the meta rows printed between it and
    the text (date, time, counter, last update) are no text, and go.
    """
    local = _paragraph_scores(units)
    if not local:
        return None, []
    # The best container outside the page's footer (an office's address paragraph there can
    # outweigh a short press release's few lines).
    ranked = sorted(local.items(), key=lambda kv: kv[1], reverse=True)
    seed, best = next(((el, v) for el, v in ranked if not _under_footer(el)), (None, 0.0))
    if seed is None or best <= 0:
        return None, []  # text only in the page footer (its address, contacts): no article
    threshold = max(MIN_GOOD_CHARS, MERGE_SHARE * best)
    # Best paragraph container at or below each element.
    inner: dict[etree._Element, float] = {}
    for el, value in local.items():
        if value < threshold:
            continue
        node: etree._Element | None = el
        while node is not None and inner.get(node, 0.0) < value:
            inner[node] = value
            node = node.getparent()
    block, outside, node = seed, [], seed
    for _ in range(MERGE_LEVELS):
        parent = node.getparent()
        if parent is None:
            break
        siblings = [el for el in parent if isinstance(el.tag, str)]
        run = [
            i
            for i, el in enumerate(siblings)
            if el is node
            or (inner.get(el, 0.0) > 0 and not _prints_site_statistics(el) and not _junk_marked(el))
        ]
        if (
            len(run) > 1
            or _opens_with_paragraphs(siblings, run[0])
            or (node is seed and _closes_with_paragraphs(siblings, run[0]))
        ):
            last = run[-1]
            # Short closing paragraphs of plain text (a date range, a line of a name; in a
            # table layout, a short row of text) still belong to the text they follow.
            # (Editors printing one <div> per line put empty <div>&nbsp;</div> gaps between.)
            following = last + 1
            lists = []  # lists of links the closing paragraphs go past (an inline related box)
            while following < len(siblings):
                if (
                    _plain_paragraph(siblings[following])
                    or _plain_paragraph_group(siblings[following])
                    or _plain_row(siblings[following])
                    or _figures_table(siblings[following])
                ):
                    last = following
                elif link_list(siblings[following]):
                    lists.append(following)
                elif not (_blank(siblings[following]) or _attached_document(siblings[following])):
                    break
                following += 1
            first = _leading_paragraphs(siblings, run[0])
            while first and _picture_only(siblings[first - 1]) and not _text(siblings[first - 1]):
                first -= 1  # the text's lead picture, printed as a paragraph of its own
            outside += siblings[:first] + siblings[last + 1 :]
            outside += [siblings[i] for i in lists if i < last]
            outside += _rows_under_headline(siblings, run, headline)
            block = parent
        elif good.get(parent, 0.0) > good.get(node, 0.0) + threshold:
            break  # other text at this level that is not article: stop climbing
        node = parent
    rows = _builder_rows(node, inner)
    if rows is not None:
        parent, first, last = rows
        siblings = [el for el in parent if isinstance(el.tag, str)]
        outside += siblings[:first] + siblings[last + 1 :]
        outside += [el for el in siblings[first : last + 1] if _dates_alone(el) or link_list(el)]
        block = parent
    return block, [el for el in outside if _is_inside(el, block)]


LINKED_HEADING = etree.XPath(
    ".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]//a[@href]"
)
OTHER_ARTICLE_CHARS = 200  # the text under another article's linked headline: a story


def other_articles(
    root: etree._Element, headline: etree._Element, url: str
) -> list[etree._Element]:
    """Return the other articles a page prints in full beside its own (a "next article"
    loaded below the story, an article feed under it): each opens with a headline linked to
    its own page and holds a story's text under it. The block holding the page's headline
    is never one.
    """
    own = page_key(url)
    out: list[etree._Element] = []
    for link in LINKED_HEADING(root):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or page_key(urljoin(url, href)) == own:
            continue
        heading = next(
            el for el in link.iterancestors() if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        )
        opened = _opened_by(heading, headline)
        if opened is None or any(_is_inside(opened, el) for el in out):
            continue
        if len(_text(opened)) - len(_text(heading)) >= OTHER_ARTICLE_CHARS:
            out.append(opened)
    return out


def _opened_by(heading: etree._Element, headline: etree._Element) -> etree._Element | None:
    """Return the largest element the *heading* opens (no text before it inside), short of
    one holding the page's *headline*; None when the heading opens nothing but itself."""
    opened, node = None, heading
    while (parent := node.getparent()) is not None and parent.tag not in ("body", "html"):
        if parent is headline or _is_inside(headline, parent):
            break
        if (parent.text or "").strip() or any(
            _text(el) or (el.tail or "").strip() for el in node.itersiblings(preceding=True)
        ):
            break
        opened = node = parent
    return opened


def _builder_rows(
    node: etree._Element, inner: dict[etree._Element, float]
) -> tuple[etree._Element, int, int] | None:
    """Return (parent, first, last) of the rows of a page builder the text is split over.

    Page builders (Avada's Fusion, Divi, WPBakery, Elementor, Beaver Builder) wrap each part
    of the text in the same deep chain of row > column > wrapper elements, one such row beside
    the other. Above the levels searched, through wrappers holding one element each, the first
    element with siblings is a row; rows of the same kind (_row_kind: tag and classes, numbers
    aside) holding text of the article on either side of it, with only rows of that kind
    between, are parts of the text. Where the text sits in a column beside a picture's column,
    that first element is the column: the rows are looked for a few levels higher.
    """
    row = node
    for _ in range(BUILDER_ROW_LEVELS):
        while (parent := row.getparent()) is not None:
            if len([el for el in parent if isinstance(el.tag, str)]) > 1:
                break
            row = parent
        if parent is None or parent.tag in ("body", "html"):
            return None
        found, look_higher = _rows_beside(row, parent, inner)
        if not look_higher or not _beside_pictures(row, parent):
            return found
        row = parent  # a column beside a picture's column: the rows are higher up
    return None


def _beside_pictures(el: etree._Element, parent: etree._Element) -> bool:
    """Tell whether every other element child of *parent* shows a picture (or nothing)."""
    others = [c for c in parent if isinstance(c.tag, str) and c is not el]
    return bool(others) and all(_picture_only(c) or _blank(c) for c in others)


BUILDER_ROW_LEVELS = 3  # levels of siblings (columns, rows, sections) looked at for rows


def _rows_beside(
    row: etree._Element, parent: etree._Element, inner: dict[etree._Element, float]
) -> tuple[tuple[etree._Element, int, int] | None, bool]:
    """Return ((parent, first, last) of the rows of *row*'s kind beside it holding text, or
    None, and whether to look a level higher: yes when no row of its kind beside it holds
    text, no when they do or when they are no text (cards of a listing)."""
    kind = _row_kind(row)
    if not kind[1]:
        return None, True
    siblings = [el for el in parent if isinstance(el.tag, str)]
    index = siblings.index(row)
    first = last = index
    while first > 0 and _same_kind(siblings[first - 1], kind):
        first -= 1
    while last + 1 < len(siblings) and _same_kind(siblings[last + 1], kind):
        last += 1
    with_text = [i for i in range(first, last + 1) if i != index and inner.get(siblings[i], 0.0)]
    if not with_text and not _plain_row_beside(siblings, index, first, last):
        return None, True  # no text beside it
    if any(LINKED_HEADING(siblings[i]) for i in range(first, last + 1)):
        return None, False  # cards of a listing (each headline a link)
    start, end = min(with_text + [index]), max(with_text + [index])
    # Short rows of plain text before and after (the opening lines, the writer's line, a lead
    # in a column beside its picture) still belong to the text, also past a picture or a list
    # of links (an inline related box).
    for step, stop in ((-1, first - 1), (1, last + 1)):
        for i in range(start - 1 if step < 0 else end + 1, stop, step):
            el = siblings[i]
            if _plain_paragraph(el) or _plain_paragraph_group(el) or _text_beside_picture(el):
                start, end = min(start, i), max(end, i)
            elif not (_blank(el) or _picture_only(el) or link_list(el)):
                break
    return (parent, start, end), False


def _text_beside_picture(el: etree._Element) -> bool:
    """Tell whether a builder's row is a picture's column beside a column of plain paragraphs
    (the lead printed next to the photo), through wrappers holding one element each. A
    paragraph beside the picture in one block, no column of its own, is its caption.

    >>> _text_beside_picture(lxml.html.fromstring('<div class="row"><div class="col"><div>'
    ...     '<img src="a.jpg"></div></div><div class="col"><div><p>นายกรัฐมนตรีนำคณะลงพื้นที่'
    ...     'ตรวจราชการ</p></div></div></div>'))
    True
    >>> _text_beside_picture(lxml.html.fromstring('<div><div><div><img src="a.jpg"></div>'
    ...     '<p>ภาพกิจกรรม ข่าวประชาสัมพันธ์ 32</p></div></div>'))
    False
    """
    while (kids := [c for c in el if isinstance(c.tag, str)]) and len(kids) == 1:
        if _loose_text(el) or _junk_marked(el):
            return False
        el = kids[0]
    if len(kids) < 2 or (el.text or "").strip() or _junk_marked(el):
        return False
    text = [c for c in kids if not _picture_only(c)]
    # columns: the text in a wrapper of its own (a paragraph right under the picture, in the
    # picture's own block, is its caption)
    return bool(text) and all(
        c.tag in ("div", "section") and (_plain_paragraph(c) or _plain_paragraph_group(c))
        for c in text
    )


def _plain_row_beside(siblings: list[etree._Element], index: int, first: int, last: int) -> bool:
    """Tell whether a row of the same kind next to the text's row holds plain paragraphs alone.

    A builder's text block opening the post (its lead paragraph, a greeting: Squarespace's
    html blocks, one per row) is too short to count as text of its own, yet it is the text's
    as a short row after another text row would be.
    """
    beside = [i for i in (index - 1, index + 1) if first <= i <= last]
    return any(_plain_paragraph(siblings[i]) or _plain_paragraph_group(siblings[i]) for i in beside)


LINK_LIST_MIN_LINKS = 2
LINK_LIST_SHARE = 0.7  # of a row's text inside its links


def link_list(el: etree._Element) -> bool:
    """Tell whether a row is a list of links, maybe under a heading: a box of other stories.

    >>> link_list(lxml.html.fromstring('<div><h3>ข่าวที่เกี่ยวข้อง</h3><ul><li><a href="/1">'
    ...     'ประชุมคณะกรรมการจังหวัดครั้งที่หนึ่ง</a></li><li><a href="/2">'
    ...     'ประชุมคณะกรรมการจังหวัดครั้งที่สอง</a></li></ul></div>'))
    True
    """
    links = [a for a in el.iter("a") if _text(a)]
    if len(links) < LINK_LIST_MIN_LINKS:
        return False
    linked = sum(len(_text(a)) for a in links)
    return linked >= LINK_LIST_SHARE * len(_text(el))


def _dates_alone(el: etree._Element) -> bool:
    """Tell whether a row prints nothing but dates (the page's date line between the rows of
    the text, a builder's or site builder's block like any other)."""
    return dates_only(folded_text(el))


def _row_kind(el: etree._Element) -> tuple[str, frozenset[str]]:
    """Return a row's kind: its tag and its classes but the numbered ones (a builder numbers
    its rows, fusion-builder-row-2, et_pb_section_1; a CMS names each field, field--name-body
    and field--name-field-date are fields of different kinds)."""
    classes = (el.get("class") or "").split()
    return el.tag, frozenset(c for c in classes if not any(ch.isdigit() for ch in c))


def _same_kind(el: etree._Element, kind: tuple[str, frozenset[str]]) -> bool:
    """Tell whether an element is a row of the given kind (tag and unnumbered classes)."""
    return bool(kind[1]) and _row_kind(el) == kind


PLAIN_PARAGRAPH_CHARS = 15
CAPTION_CHARS = 200  # a picture's caption, not a paragraph of text


def _with_rows_data(rows: CleanedBody | None, meta: list[etree._Element]) -> CleanedBody | None:
    """Return *rows* with what the meta rows *meta* print filled in where *rows* lacks it."""
    for el in meta:
        read = _meta_rows(el, etree.Element("div"), {})  # every line of the row is read
        if rows is None:
            rows = read
            continue
        rows.source = rows.source or read.source
        rows.view_count = rows.view_count if rows.view_count is not None else read.view_count
        rows.modified_raw = rows.modified_raw or read.modified_raw
        rows.published_raw = rows.published_raw or read.published_raw
    return rows


def _rows_under_headline(
    siblings: list[etree._Element], run: list[int], headline: etree._Element | None
) -> list[etree._Element]:
    """Return the meta rows (data_row) between a headline in the run and the text after it."""
    if headline is None:
        return []
    at = next((i for i in run if _is_inside(headline, siblings[i])), None)
    after = [i for i in run if at is not None and i > at]
    if at is None or not after:
        return []
    return [el for el in siblings[at + 1 : after[0]] if data_row(el)]


# A line naming the article's category, printed under its headline ("หมวด กิจกรรม ·
# ประจำปีงบประมาณ ๒๕๖๗", "หมวดหมู่: ข่าวประชาสัมพันธ์"): short, the label first.
CATEGORY_LINE_RE = re.compile(
    r"^(?:หมวด(?:หมู่)?|ประเภท(?:ข่าว)?|Categor(?:y|ies))\s*[:：]?\s*\S.{0,70}$", re.I
)


def _rows_after_headline(holder: etree._Element, headline: etree._Element) -> list[etree._Element]:
    """Return the meta rows (data_row) printed after *headline*, up to its *holder*.

    A detail template's header block holds the headline and, under it, the meta row (date,
    time, counter, last update): inside the article's block, the row is the article's data
    (read, then taken out), no line of the text.

    >>> head = lxml.html.fromstring('<div><h4>ข่าว</h4><div><span>๒๔ ต.ค. ๖๗</span> '
    ...     '<span>อัปเดตล่าสุด ๓๑/๑๐/๒๕๖๗ ๑๙:๑๐</span></div></div>')
    >>> [el.tag for el in _rows_after_headline(head, head[0])]
    ['div']
    """
    found: list[etree._Element] = []
    under = next((el for el in headline.itersiblings() if isinstance(el.tag, str)), None)
    if under is not None and CATEGORY_LINE_RE.match(_text(under)):
        found.append(under)  # a kicker naming the category under the headline: no text
    node: etree._Element | None = headline
    while node is not None and node is not holder:
        found += [
            el
            for el in node.itersiblings()
            if isinstance(el.tag, str) and el not in found and data_row(el)
        ]
        node = node.getparent()
    return found


def _leading_paragraphs(siblings: list[etree._Element], start: int) -> int:
    """Return where the text starts: before *start*, the plain paragraphs that open it.

    An article split into one block per paragraph (a page builder's StreamField, a CKEditor
    page of <div>s) opens with short paragraphs, perhaps a picture between them and the long
    ones; they belong to the text, as does a block of several short plain paragraphs (a
    block grid's rich-text block) or a row of a picture beside such paragraphs, as after the
    text. The walk stops at anything else (a meta row with links, a heading, a form).
    """
    first = start
    index = start - 1
    while index >= 0:
        el = siblings[index]
        if _plain_paragraph(el) or _plain_paragraph_group(el) or _text_beside_picture(el):
            first = index
        elif not (_blank(el) or _picture_only(el) or reveal_toggle(el)):
            break
        index -= 1
    return first


def reveal_toggle(el: etree._Element) -> bool:
    """Tell whether an element is a "read more" button revealing the rest of the text.

    A template that folds a long text prints its opening paragraphs, a button ("อ่านต่อ...")
    and the rest in a container a script shows on click (Alpine's x-show, Bootstrap's
    collapse): the paragraphs on both sides of the button are the text.

    >>> reveal_toggle(lxml.html.fromstring('<button @click="open = true">อ่านต่อ...</button>'))
    True
    >>> reveal_toggle(lxml.html.fromstring('<button onclick="window.print()">พิมพ์</button>'))
    False
    """
    if el.tag != "button" and (el.get("role") or "").strip().lower() != "button":
        return False
    said = boilerplate.match_line(_text(el))
    return said is not None and said.rules == ["read_more"]


def _opens_with_paragraphs(siblings: list[etree._Element], start: int) -> bool:
    """Tell whether plain paragraphs open the text before its one long paragraph (at least
    two of them: one short line before a long paragraph may be a teaser or a meta line)."""
    first = _leading_paragraphs(siblings, start)
    opening = [el for el in siblings[first:start] if _paragraph_count(el)]
    if sum(_paragraph_count(el) for el in opening) >= 2:
        return True
    if len(opening) != 1:
        return False
    return (
        _lead_paragraph(opening[0], siblings[start])
        or _intro_field(opening[0], siblings[start])
        or _narrative_opening(opening[0])
    )


# A press release's opening words: "เมื่อวันที่ ...", "เมื่อวันพฤหัสบดีที่ ...", "เมื่อเวลา ...".
NARRATIVE_OPENING_RE = re.compile(r"\s*เมื่อ\s*(?:วัน|เวลา|ช่วง)")


def _narrative_opening(el: etree._Element) -> bool:
    """Tell whether a short paragraph is the opening of the story, cut into its own line:
    "เมื่อวัน...ที่ <date> เวลา <time>" (on ... at ...) starts a Thai press release's first
    sentence, which the next paragraph goes on with; a meta line prints the date alone or
    after a label.

    >>> _narrative_opening(lxml.html.fromstring('<div>เมื่อวันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑ '
    ...     'เวลา ๑๓.๓๐ น.</div>'))
    True
    >>> _narrative_opening(lxml.html.fromstring('<div>โพสต์เมื่อ ๖ กันยายน ๒๕๖๑</div>'))
    False
    """
    return NARRATIVE_OPENING_RE.match(_text(el)) is not None


def _closes_with_paragraphs(siblings: list[etree._Element], start: int) -> bool:
    """Tell whether the one long paragraph of the text is followed by plain paragraphs of
    its own: a short closing line (the report's name, a thank-you, a date range) printed as
    a paragraph beside it, too short to count as text alone."""
    return (
        start + 1 < len(siblings)
        and _plain_paragraph(siblings[start])
        and (_plain_paragraph(siblings[start + 1]) or _figures_table(siblings[start + 1]))
    )


FIGURE_RE = re.compile(r"[0-9๐-๙]")


def _figures_table(el: etree._Element) -> bool:
    """Tell whether an element is a table of the text's own figures (budget lines, a
    schedule): two rows or more of two cells or more, most printing a number, no link, no
    picture, no table inside, no furniture mark. A layout's table holds links, pictures or
    tables of its own; a record's field table a label per row.

    >>> _figures_table(lxml.html.fromstring('<table><tr><th>รายการ</th><th>บาท</th></tr>'
    ...     '<tr><td>ค่าอาหาร</td><td>45,000</td></tr></table>'))
    True
    >>> _figures_table(lxml.html.fromstring('<table><tr><td><a href="/n/1">ข่าว</a></td>'
    ...     '<td>1 มี.ค.</td></tr><tr><td>ข่าว</td><td>2 มี.ค.</td></tr></table>'))
    False
    >>> _figures_table(lxml.html.fromstring('<table><tr><th>แหล่งข่าว</th><td>สำนักงาน</td></tr>'
    ...     '<tr><th>ผู้บันทึก</th><td>นางสาวจันทร์เพ็ญ</td></tr></table>'))
    False
    """
    table = _unwrapped(el)
    if table is None or table.tag != "table" or _junk_marked(table):
        return False
    if any(True for _ in table.iterdescendants("a", "img", "table", "form", "iframe")):
        return False
    rows = list(table.iter("tr"))
    if len(rows) < 2 or any(sum(1 for c in row if c.tag in ("td", "th")) < 2 for row in rows):
        return False
    if all(row[0].tag == "th" for row in rows):
        return False  # a record's field table (a label per row: แหล่งข่าว, ผู้บันทึก)
    body = rows[1:]
    figured = sum(1 for row in body if FIGURE_RE.search("".join(row.itertext())))
    return 2 * figured >= len(body)  # figures: the most rows print a number


LEAD_PARAGRAPH_CHARS = 100  # a sentence of text, not a meta line or a one-line teaser
LEAD_PROBE_CHARS = 200  # the opening a teaser repeats from the text (all of a shorter one)
ELLIPSIS_END = ".… "  # what a teaser cut short ends with
INTRO_FIELD_CHARS = 30  # an intro field's paragraph: a sentence, not a word or a label


def _intro_field(el: etree._Element, text_el: etree._Element) -> bool:
    """Tell whether one paragraph before the text is its intro field, however short.

    A CMS that stores an item's intro apart from its full text (K2's introtext and
    fulltext, a summary field) prints them as two sibling containers of paragraphs, of one
    tag: the intro's container holds a paragraph of its own, a sentence long, no data line
    (a date, a counter), that the text does not repeat (a teaser does).

    >>> text = lxml.html.fromstring('<div><p>' + 'ข้อความข่าว ' * 20 + '</p><p>ต่อ</p></div>')
    >>> _intro_field(lxml.html.fromstring('<div><p>สรุปผลการประชุมคณะกรรมการ วันจันทร์ที่ ๑๓ '
    ...     'มกราคม ๒๕๖๓</p></div>'), text)
    True
    >>> _intro_field(lxml.html.fromstring('<div><p>วันจันทร์ที่ ๑๓ มกราคม ๒๕๖๓</p></div>'), text)
    False
    """
    inner = _unwrapped(el)
    if inner is None or inner is el or inner.tag != "p" or el.tag != text_el.tag:
        return False
    if el.tag not in ("div", "section") or not any(child.tag == "p" for child in text_el):
        return False
    lead = " ".join(_text(el).split())
    if len(lead) < INTRO_FIELD_CHARS or _data_item(lead):
        return False
    return not _teaser_of(lead, text_el)


def _lead_paragraph(el: etree._Element, text_el: etree._Element) -> bool:
    """Tell whether one paragraph before the text is its lead: a long paragraph that the text
    does not repeat (a blog's abstract, K2's intro text, a news lead printed in a container of
    its own; a teaser repeats the text's opening)."""
    lead = " ".join(_text(el).split())
    if len(lead) < LEAD_PARAGRAPH_CHARS:
        return False
    return not _teaser_of(lead, text_el)


def _teaser_of(lead: str, text_el: etree._Element) -> bool:
    """Tell whether *lead* repeats the text of *text_el*: all of it (up to LEAD_PROBE_CHARS),
    an ellipsis left out. A lead the text only echoes in part (a story restating its opening
    sentence further down) is the text's own paragraph.

    >>> text = lxml.html.fromstring('<div><p>วันนี้ กรม ก. ประชุม ณ ห้อง ๑ และแถลงข่าว</p></div>')
    >>> _teaser_of("วันนี้ กรม ก. ประชุม ...", text), _teaser_of("วันนี้ กรม ก. จัดงาน", text)
    (True, False)
    """
    probe = lead.rstrip(ELLIPSIS_END)[:LEAD_PROBE_CHARS]
    return probe in " ".join(_text(text_el).split())


def _standfirst(headline: etree._Element, block: etree._Element) -> etree._Element | None:
    """Return a copy of the lead paragraph printed right under the headline, outside the text.

    A template that prints the article's first paragraph as a standfirst (a preface, a
    summary field) puts it in the heading area beside the headline, apart from the container
    of the other paragraphs: it is the opening of the text. A paragraph the text repeats (a
    teaser of its opening) is not.
    """
    if _is_inside(headline, block) or _is_inside(block, headline):
        return None
    after = next(
        (el for el in headline.itersiblings() if isinstance(el.tag, str) and not _blank(el)), None
    )
    if after is None or _is_inside(block, after) or not _plain_paragraph(after):
        return None
    if not _lead_paragraph(after, block):
        return None
    lead = deepcopy(after)
    lead.tail = None
    return lead


def _paragraph_count(el: etree._Element) -> int:
    """Return how many plain paragraphs an element is: one, a block of several, or none."""
    if _plain_paragraph(el):
        return 1
    if _plain_paragraph_group(el):
        unwrapped = _unwrapped(el)
        return len(unwrapped) if unwrapped is not None else 0
    return 0


def _picture_only(el: etree._Element) -> bool:
    """Tell whether an element shows a picture with at most a caption (no form, no link but
    to a picture: a lightbox links the shown picture to its full size).

    >>> _picture_only(lxml.html.fromstring('<div><figure><a href="files/a-01.jpg"><img '
    ...     'src="assets/a.jpg"></a><figcaption>ภาพประกอบ</figcaption></figure></div>'))
    True
    >>> _picture_only(lxml.html.fromstring('<div><a href="/news/2"><img src="a.jpg"></a></div>'))
    False
    """
    if el.find(".//img") is None:
        return False
    if any(not IMAGE_FILE_RE.search(a.get("href") or "") for a in el.iter("a")):
        return False
    return len(_text(el)) <= CAPTION_CHARS


# The address of a picture file (a lightbox's link to the full-size image).
IMAGE_FILE_RE = re.compile(r"\.(?:jpe?g|png|gif|webp)(?:$|[?#])", re.I)


def _plain_paragraph(el: etree._Element) -> bool:
    """Tell whether an element is a paragraph of plain text: a <p> (or a <div> holding text
    alone, or a block wrapper holding one such paragraph: a page builder's paragraph block),
    no link, no furniture mark."""
    el = _unwrapped(el)
    if el is None:
        return False
    if el.tag in INLINE_TAGS and (parent := el.getparent()) is not None and parent.tag == "div":
        el = parent  # a paragraph all in one emphasis: <div><strong>...</strong></div>
    if el.tag == "div" and any(isinstance(c.tag, str) and c.tag not in INLINE_TAGS for c in el):
        return False
    if el.tag not in ("p", "div") or el.find(".//a") is not None:
        return False
    if _junk_marked(el):
        return False
    return len(_text(el)) >= PLAIN_PARAGRAPH_CHARS


def _plain_row(row: etree._Element) -> bool:
    """Tell whether a table row is a paragraph of plain text: one cell holding text in inline
    markup alone (<font>, <b>, <br>), no link, no furniture mark. A table layout prints its
    article one paragraph per row, the short ones (a numbered list's item, the office's
    phone line, its page address) as rows like the long ones. A row printing a furniture
    line (คำค้น :, แก้ไขล่าสุด :, a source label) is one of the record's field rows after the
    text, a row all in bold a box's heading: no paragraph.

    >>> _plain_row(lxml.html.fromstring('<table><tr><td><font size="2">๔. ครอบครัวทองสุข'
    ...     '</font></td></tr></table>').find(".//tr"))
    True
    >>> _plain_row(lxml.html.fromstring('<table><tr><td><a href="/x">ข่าวก่อนหน้า : ประชุม'
    ...     '</a></td></tr></table>').find(".//tr"))
    False
    >>> _plain_row(lxml.html.fromstring('<table><tr><td><font><b>ข่าวอื่นๆ ในหมวดเดียวกัน'
    ...     '</b></font></td></tr></table>').find(".//tr"))
    False
    """
    if row.tag != "tr":
        return False
    cells = [child for child in row if isinstance(child.tag, str)]
    if len(cells) != 1 or cells[0].tag not in ("td", "th") or _loose_text(row):
        return False
    cell = cells[0]
    if any(el.tag not in INLINE_TAGS or el.tag == "a" for el in cell.iterdescendants("*")):
        return False
    if _junk_marked(row) or _junk_marked(cell):
        return False
    text = _text(cell)
    if len(text) < PLAIN_PARAGRAPH_CHARS or _all_bold(cell):
        return False
    return boilerplate.match_line(text) is None


def _all_bold(el: etree._Element) -> bool:
    """Tell whether all of an element's text is bold: a box's heading row ("ข่าวอื่นๆ ในหมวด
    เดียวกัน" over the other stories), no paragraph of text."""
    rest = deepcopy(el)
    for bold in list(rest.iterdescendants("b", "strong")):
        if bold.getparent() is not None:
            bold.drop_tree()
    return not _text(rest)


def _unwrapped(el: etree._Element) -> etree._Element | None:
    """Return what a chain of block wrappers holding one child each holds (the element itself
    when it is no such wrapper), or None when a wrapper on the way is named as furniture.

    Old editors wrap a paragraph in inline markup too (`<font face="Tahoma"><p>...</p></font>`,
    which the parser keeps around the paragraph): such a wrapper of one block is one as well.

    >>> _unwrapped(lxml.html.fromstring('<div><font><p>๔. ครอบครัวทองสุข</p></font></div>')[0]).tag
    'p'
    """
    while (
        len(el) == 1
        and not _loose_text(el)
        and (
            el.tag in ("div", "section")
            or (el.tag in WRAPPING_TAGS and el[0].tag in ("p", "div", "section"))
        )
    ):
        if JUNK_HINT_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return None
        el = el[0]
    return el


# Inline markup (and <center>) an old editor wraps around a whole paragraph.
WRAPPING_TAGS = frozenset({"font", "span", "b", "strong", "i", "em", "u", "center"})


def _plain_paragraph_group(el: etree._Element) -> bool:
    """Tell whether an element is a block of plain paragraphs alone (two or more <p>, no text
    between them): a page builder's text block closing the article, such as the office's name
    over its phone line, belongs to the text it follows as a lone paragraph would."""
    el = _unwrapped(el)
    if el is None or el.tag not in ("div", "section") or _junk_marked(el):
        return False
    children = list(el)
    if len(children) < 2 or (el.text or "").strip():
        return False
    if any((child.tail or "").strip() for child in children):
        return False
    return all(child.tag == "p" and _plain_paragraph(child) for child in children)


def _loose_text(el: etree._Element) -> bool:
    """Tell whether an element prints text of its own beside its one child (before or after)."""
    return bool((el.text or "").strip() or (el[0].tail or "").strip())


def _blank(el: etree._Element) -> bool:
    """Tell whether an element prints nothing: no text (spaces and &nbsp; aside), no picture."""
    if "".join(el.itertext()).replace("\xa0", " ").strip():
        return False
    return el.find(".//img") is None and el.find(".//iframe") is None


def _is_inside(el: etree._Element, block: etree._Element) -> bool:
    node: etree._Element | None = el
    while node is not None:
        if node is block:
            return True
        node = node.getparent()
    return False


# An id naming its element a sidebar by its last word (blog_sidebar, left-sidebar), unless
# the first word says the element has one or holds the content beside one (has-sidebar,
# content-sidebar, no-sidebar: page wrappers). Classes are not read: themes style the wrapper
# of the content and its sidebar with them (background_color_sidebar).
NAMED_SIDEBAR_RE = re.compile(
    r"^(?!(?:has|with|no|without|content|is|show|hide|toggle|page|layout)[-_])[\w-]+[-_]sidebar$",
    re.I,
)
NOT_SIDEBAR_TAGS = frozenset({"html", "body", "main", "article"})


def named_sidebars(root: etree._Element, found: list[etree._Element]) -> list[etree._Element]:
    """Return the outermost elements whose id names them a sidebar, outside *found*.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div id="has-sidebar"><div id="o_blog_sidebar">'
    ...     '<div id="x-sidebar">a</div></div><div class="bg_sidebar">b</div></div>')
    >>> [el.get("id") for el in named_sidebars(page, [])]
    ['o_blog_sidebar']
    """
    gone = set(found)
    out: list[etree._Element] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if el in gone:
            walker.skip_subtree()
            continue
        if not isinstance(el.tag, str) or el.tag in NOT_SIDEBAR_TAGS:
            continue
        if NAMED_SIDEBAR_RE.match(el.get("id") or ""):
            out.append(el)
            walker.skip_subtree()
    return out


# The labels of a post's own data: when it was posted, at what time, last updated, how often
# read, where from (the record table's field labels).
META_TERM_RES = (
    PUBLISHED_LABEL_RE,
    TIME_LABEL_RE,
    MODIFIED_LABEL_RE,
    VIEWS_LABEL_RE,
    SOURCE_LABEL_RE,
)
# Labels a meta list prints beside the data: the post's category, author, tags.
META_OTHER_TERM_RE = re.compile(
    r"หมวด(?:หมู่)?(?:ข่าว)?|ประเภท(?:ข่าว)?|categor(?:y|ies)|ผู้(?:เขียน|โพสต์|ลงข่าว|ประกาศ)|"
    r"author|posted by|tags?|แท็ก|คำค้น",
    re.I,
)
# A bare day or time label: an event's schedule in the text prints these too.
BARE_DAY_TERM_RE = re.compile(r"วันที่|date|เวลา|time", re.I)
META_VALUE_CHARS = 80  # a meta field's value: a date, a time, a count, an office


def meta_lists(root: etree._Element, found: list[etree._Element]) -> list[etree._Element]:
    """Return the definition lists that print the post's data, outside *found*.

    A template may print the meta block as a <dl>: each term a field label ("วันที่ลงข่าว":
    date posted, "เวลา", "จำนวนผู้อ่าน": readers, "ปรับปรุงล่าสุด") and each value short. Such
    a list is the article's meta (read as furniture is), not its text. A list with a term
    of any other kind, or naming only a day and a time (an event's schedule), stays.

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<div><dl><dt>วันที่ลงข่าว</dt><dd>๑๖ ส.ค. ๒๕๖๗</dd>"
    ...     "<dt>จำนวนผู้อ่าน</dt><dd>๒,๕๖๒</dd></dl><dl><dt>วันที่</dt><dd>๕ มี.ค.</dd>"
    ...     "<dt>เวลา</dt><dd>๑๐.๐๐ น.</dd><dt>สถานที่</dt><dd>ศาลากลาง</dd></dl></div>")
    >>> [len(dl) for dl in meta_lists(page, [])]
    [4]

    Its category, author or tags may sit among the data, never make a meta list alone:

    >>> page = lxml.html.fromstring("<div><dl><dt>วันที่เผยแพร่</dt><dd>๑๖ ส.ค. ๖๗</dd>"
    ...     "<dt>หมวดหมู่</dt><dd>ข่าว</dd><dt>เข้าชม:</dt><dd>915</dd></dl>"
    ...     "<dl><dt>หมวดหมู่</dt><dd>ข่าว</dd><dt>ผู้เขียน</dt><dd>ก</dd></dl></div>")
    >>> [len(dl) for dl in meta_lists(page, [])]
    [6]
    """
    gone = set(found)
    out: list[etree._Element] = []
    for dl in root.iter("dl"):
        if dl in gone or any(up in gone for up in dl.iterancestors()):
            continue
        terms = [_term_label(dt) for dt in dl.iterchildren("dt")]
        values = [_text(dd) for dd in dl.iterchildren("dd")]
        if len(terms) < 2 or any(len(value) > META_VALUE_CHARS for value in values):
            continue
        data = [any(r.fullmatch(term) for r in META_TERM_RES) for term in terms]
        if not any(data) or not all(
            is_data or META_OTHER_TERM_RE.fullmatch(term)
            for is_data, term in zip(data, terms, strict=True)
        ):
            continue
        if all(BARE_DAY_TERM_RE.fullmatch(term) for term in terms):
            continue
        out.append(dl)
    return out


def _term_label(dt: etree._Element) -> str:
    """Return a definition term's label without its colon and unit ("จำนวนผู้อ่าน (คน) :")."""
    return LABEL_UNIT_RE.sub("", _text(dt).rstrip(":： ")).strip()


# Furniture by its tag that never wraps a story however much text it holds: a scrolling ticker.
NEVER_ARTICLE_TAGS = frozenset({"marquee"})


def _furniture_holding_article(
    root: etree._Element, found: list[etree._Element]
) -> frozenset[etree._Element]:
    """Return the furniture-marked wrapper around the article text, when one hides it.

    Sites reuse furniture names for the article's own wrapper (``div.module`` around a story,
    a ``display:none`` schema.org Article shown by script). When the best paragraph container
    of the page lies inside furniture and beats the best one outside by far, that wrapper is
    kept and its furniture markers are removed (so later cleaning keeps it too).
    """
    if not found:
        return frozenset()
    owners = {id(el): el for el in found}
    units = _text_units(root)

    def owner(el: etree._Element) -> etree._Element | None:
        node: etree._Element | None = el
        while node is not None:
            if id(node) in owners:
                return owners[id(node)]
            node = node.getparent()
        return None

    scores = _paragraph_scores(units)
    if not scores:
        return frozenset()
    best_el, best = max(scores.items(), key=lambda kv: kv[1])
    wrapper = owner(best_el)
    if wrapper is None or best <= 0:
        return frozenset()
    if _junk_marked(wrapper) and not _share_marked_only(wrapper):
        return frozenset()  # comments or related stories outweighing a short article
    if wrapper.tag in NEVER_ARTICLE_TAGS:
        return frozenset()  # the headlines' ticker outweighing an empty template
    free = _paragraph_scores([u for u in units if owner(u.el) is None])
    if max(free.values(), default=0.0) * PROTECT_FACTOR >= best:
        return frozenset()
    for attr in MARKER_ATTRS:
        wrapper.attrib.pop(attr, None)
    if wrapper.tag in MARKER_TAGS:
        wrapper.tag = "div"
    return frozenset({wrapper})


# Share of the block's text that may print above its headline and still be dropped as the
# page's banner (more is a text the headline heads only a part of).
ABOVE_HEADLINE_MAX_SHARE = 0.2


def _drop_before_headline(block: etree._Element, headline: etree._Element) -> None:
    """Drop what the block prints above the headline heading it holds: a banner, a kicker.

    A page whose text is short gets a block wide enough to hold the headline (a heading) and
    the section banner a template prints above it ("ข่าวประชาสัมพันธ์ จังหวัด..."); the
    article starts at its headline. Nothing is dropped when the headline is no heading or
    when the text above it is more than a banner's share of the block; a line with a number
    (a dateline) or a data line above the headline stays for the later rules.

    >>> block = lxml.html.fromstring('<main><div><p>ข่าวประชาสัมพันธ์ จังหวัด</p></div>'
    ...     '<div><h1>หัวข้อข่าว</h1></div><p>' + 'ข้อความข่าว ' * 20 + '</p></main>')
    >>> _drop_before_headline(block, next(block.iter("h1"))); _text(block)[:10]
    'หัวข้อข่าว'
    """
    if not _is_heading(headline):
        return
    before: list[etree._Element] = []
    node = headline
    while node is not block and node.getparent() is not None:
        before += [sib for sib in node.itersiblings(preceding=True) if isinstance(sib.tag, str)]
        node = node.getparent()
    above = sum(len(_text(el)) for el in before)
    if not above or above > ABOVE_HEADLINE_MAX_SHARE * max(len(_text(block)), 1):
        return
    for el in before:
        text = _text(el)
        if not any(ch.isdigit() for ch in text) and boilerplate.match_line(text) is None:
            boilerplate.detach(el)  # a dateline or a data line above the headline stays


def _dates_before_headline(block: etree._Element, headline: etree._Element) -> list[str]:
    """Take out the dates printed alone above a headline inside the block; return their text.

    A detail template's header (a calendar badge of day, month and year in spans of their
    own, then the headline and its meta row) joins the block when the text is short: the
    date above the headline is the article's date, read as such, no line of the text.

    >>> block = lxml.html.fromstring('<div><div><div><span>๘</span><span>ก.ค.</span>'
    ...     '<span>๖๗</span></div><div>หัวข้อข่าว</div></div><p>ข้อความ</p></div>')
    >>> _dates_before_headline(block, block[0][1]), _text(block)
    (['๘ ก.ค. ๖๗'], 'หัวข้อข่าว ข้อความ')
    """
    taken: list[str] = []
    node = headline
    while node is not block and node.getparent() is not None:
        for sib in list(node.itersiblings(preceding=True)):
            if isinstance(sib.tag, str) and _dates_alone(sib):
                taken.append(" ".join(" ".join(sib.itertext()).split()))
                boilerplate.detach(sib)
        node = node.getparent()
    return taken


def _prune(block: etree._Element, units: list[_Unit], good: dict[etree._Element, float]) -> None:
    """Inside the chosen block, drop link lists, headlines and junk-named containers."""
    inside = set(block.iter())  # elements, not id()s: proxies die and ids get reused
    total = good.get(block, 0.0) or 1.0
    for unit in units:
        el = unit.el
        if el is block or el not in inside or el.getparent() is None:
            continue
        if el.tag == "h1" or (
            unit.link_chars > 0.5 * unit.chars
            and good.get(el, 0.0) == 0
            and not _lone_file_link(el)
        ):
            boilerplate.detach(el)
    for el in list(block.iter()):
        if el is block or not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if good.get(el, 0.0) > PRUNE_MAX_GOOD_SHARE * total:
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag == "figcaption" or (marks.strip() and JUNK_HINT_RE.search(marks)):
            boilerplate.detach(el)


def _attached_document(el: etree._Element) -> bool:
    """Tell whether an element shows a document attached to the text: a viewer embedding it
    (<object data>, <embed src>, no text) or a paragraph that is its one download link.

    A post's announcement PDF sits between the text and the office signing it off; it does not
    end the text.
    """
    if _lone_file_link(el):
        return len(_text(el)) <= CAPTION_CHARS
    if _text(el):
        return False
    sources = [e.get("data") or e.get("src") or "" for e in el.iter("object", "embed")]
    return any(ATTACHMENT_RE.search(src) for src in sources)


def _lone_file_link(el: etree._Element) -> bool:
    """Tell whether ``el`` is a paragraph holding one attachment link (content, not a menu)."""
    links = list(el.iter("a"))
    return len(links) == 1 and ATTACHMENT_RE.search(links[0].get("href") or "") is not None


def _language(root: etree._Element, body: str | None) -> str | None:
    text = body or ""
    thai = len(THAI_CHAR_RE.findall(text))
    latin = len(LATIN_CHAR_RE.findall(text))
    if thai and thai >= latin:
        return "th"
    lang = (root.get("lang") or "").strip().lower()
    if lang:
        return lang.split("-")[0][:3]
    return "en" if latin else None


def extract_generic(
    html: str,
    url: str,
    root: etree._Element | None = None,
    *,
    listed_title: str | None = None,
    in_card: Callable[[Any], bool] | None = None,
) -> GenericParts:
    """Extract title, dates, main text and its data from a page of unknown layout.

    *root*: the page already parsed (a response's tree); a copy is worked on, not re-parsed.
    *listed_title*: the link text the listing gave the page; the element printing it is the
    headline when the declared title (<title>, og:title, h1) is something else.
    *in_card*: tells whether an element sits in another article's card (its dates are not ours).
    """
    parts = GenericParts()
    if root is not None:
        root = deepcopy(root)
    else:
        try:
            root = lxml.html.document_fromstring(html) if html.strip() else None
        except (etree.ParserError, ValueError):
            root = None
    if root is None:
        return parts
    meta = _meta(root)
    with_click_links(root)  # cards that open another article by script: links, as a reader sees
    drop_unfilled_labels(root)
    drop_account_links(root)
    print_absolute_times(root)
    parts.title = _title(root, meta)
    parts.title = title_for_listed(root, parts.title, listed_title)
    parts.category = _category(root, meta)
    parts.tags = [clean_line(t) for t in meta.get("article:tag", []) if clean_line(t)]
    modified = [v for key in MODIFIED_META for v in meta.get(key, [])]
    modified = modified or [stamp for stamp in (webbot_timestamp(root),) if stamp]
    edited = edit_times(root, meta, in_card)
    if edited:  # read as the modification, and out of the dates' way
        modified = modified or [(edited[0].get("datetime") or "").strip()]
        for t in edited:
            boilerplate.detach(t)
    # A date element in another article's card (a latest-news row) dates that article.
    others = in_other_items if in_card is None else lambda el: in_other_items(el) or in_card(el)
    printed = _first_source(
        ("printed: near title", _first_parsed(_near_title(root, parts.title), trim=True)),
        (
            "printed: date element",
            _first_parsed(
                _date_elements(root, DATE_HINT_RE, machine=False, skip=others), trim=True
            ),
        ),
    )
    machine = _first_source(
        *((f"meta: {key}", _first_parsed(meta.get(key, []))) for key in PUBLISHED_META),
        (
            "<time datetime>",
            _first_parsed(_date_elements(root, DATE_HINT_RE, machine=True, skip=in_other_items)),
        ),
    )
    modified_raw = _first_parsed(modified) or (
        None
        if only_updated_times(root, in_card) or only_updated_date(root, in_card)
        else _first_parsed(_date_elements(root, MODIFIED_HINT_RE, machine=True, skip=in_card))
        or _first_parsed(
            _date_elements(root, MODIFIED_HINT_RE, machine=False, skip=in_card), trim=True
        )
    )
    if modified_raw and (day := placeholder_day(modified_raw, meta)):
        modified_raw = day  # a day, no time: as for the publication
    found = boilerplate.find_furniture(root)
    found += named_sidebars(root, found)
    listed = meta_lists(root, found)
    found += listed
    keep = _furniture_holding_article(root, found)
    # Where the headline and each piece of furniture sat before the furniture goes: the data
    # printed with the article (counter, source, dates in a meta row) is read from there.
    headline = _headline_element(root, parts.title, frozenset(found) - keep)
    if (
        headline is not None
        and headline.tag != "img"  # (a banner picture's alt text: the headline as a picture)
        and _declared_only(root, meta)
        and not _looks_headline(headline)
    ):
        # The <title> text printed in a plain span (the office named as the source): the
        # <title> is the site's name, and the headline is looked for above the text.
        headline = None
    elif headline is not None and _declared_only(root, meta) and _names_home(root, parts.title):
        # The <title> is the name the site's logo gives its home page link: the banner
        # prints it, the headline is looked for above the text.
        headline = None
    # The section's banner (the same h1 on every page of it) is no headline: the heading
    # above the text is, when there is one.
    sections = section_names(root)  # read before the breadcrumb and menus go as furniture
    banner = headline is not None and (
        _text(headline) in sections or NEWS_SECTION_RE.fullmatch(_text(headline)) is not None
    )
    if banner:
        headline = None
    headline_line = [headline, *headline.iterancestors()] if headline is not None else []
    held = {el: list(el.iterancestors()) for el in found}
    for el in root.iter(*boilerplate.REGION_SELECTORS):
        held.setdefault(el, list(el.iterancestors()))
    boilerplate.drop_furniture(root, keep=keep, found=None if keep else found)
    for el in listed:  # (a furniture rule's match, found again when *keep* is set, misses it)
        boilerplate.detach(el)
    boilerplate.drop_comments(root)
    if headline is not None:
        for el in other_articles(root, headline, url):
            boilerplate.detach(el)
    units = _text_units(root)
    _, good = _best_block(root, units)
    block, outside = _article_block(units, good, headline)
    if block is None or _in_page_region(block):
        return parts  # no article text, or only the footer's: an empty template
    if headline is None or parts.title is None:
        found_headline = _headline_named_by_picture(root, block)
        if found_headline is None:
            found_headline = _headline_before(root, block)
        if banner and found_headline is not None and not _is_heading(found_headline):
            found_headline = None  # under a banner, only a heading replaces it
        text = headline_text(found_headline) if found_headline is not None else ""
        declared = " ".join(_text(t) for t in root.iter("title"))
        if text and text in sections and parts.title:
            # the section's banner above the text: the declared title stands, and the meta
            # rows under the banner are the article's
            headline = found_headline
            headline_line = [headline, *headline.iterancestors()]
        # A part of the <title> (a section name) is no headline unless it is most of it.
        elif text and (text not in declared or len(text) * 2 >= len(parts.title or "")):
            headline, parts.title = found_headline, text
            headline_line = [headline, *headline.iterancestors()]
            if printed is None:  # the date line beside the headline found only now
                beside = _first_parsed(_beside(_own_row(headline)), trim=True)
                printed = ("printed: beside the headline found", beside) if beside else None
    if printed is None and headline is not None and not _is_heading(headline):
        # A headline in bold or font text (table layouts; found by the listing's link text)
        # has its date line beside its own row, as a heading has beside it, or in a table
        # row near the headline's (a header row above it: "ข่าวประชาสัมพันธ์ | วันที่ ...").
        beside = _first_parsed(_beside(_own_row(headline)), trim=True)
        table_row = next(headline.iterancestors("tr"), None)
        if beside is None and table_row is not None:
            beside = _first_parsed(_beside(table_row), trim=True)
        printed = ("printed: beside the headline", beside) if beside else None
    context = block
    for _ in range(CONTEXT_LEVELS):
        context = context.getparent() if context.getparent() is not None else context
    around = clean_lines(html_to_lines(context)) if context is not block else None
    scope = _scope(headline_line, block)
    if scope is None and headline_line:
        scope = _headline_header(headline_line, block)
    rows = _meta_rows(scope, block, held) if scope is not None else None
    # The meta row under a headline inside the block, found before its counter takes it out.
    headed = (
        _rows_after_headline(block, headline)
        if headline is not None and headline is not block and _is_inside(headline, block)
        else []
    )
    counted = _counter(scope, block, held) if scope is not None else None
    if counted is None:
        counted = _counter_item(block, in_card)
    if not parts.tags:  # no article element around headline and text: the text's own block
        for holder in (scope, block) if scope is not None else (block,):
            parts.tags = (
                _tags(holder, held)
                or _labelled_row_tags(holder)
                or _tags_after(holder)
                or _printed_tags(holder)
            )
            if parts.tags:
                break
    under = [el for el in outside if _is_inside(el, block) and data_row(el)]
    under += [el for el in headed if el not in under]
    if under:  # the meta rows between the headline and the text, taken out of the block
        rows = _with_rows_data(rows, under)
    for el in outside + headed:  # the meta rows under the headline: read, no text
        boilerplate.detach(el)
    dated: list[str] = []  # the date printed above the headline inside the block
    if headline is not None and headline is not block and _is_inside(headline, block):
        dated = _dates_before_headline(block, headline)
        _drop_before_headline(block, headline)
    _prune(block, units, good)
    lead = _standfirst(headline, block) if headline is not None else None
    if lead is not None:  # before the block's own text too (text and <br>s, no <p>)
        lead.tail, block.text = block.text, None
        block.insert(0, lead)
    cleaned = clean_body(block, title=parts.title, base_url=url)  # the tree, not a re-parse
    for extra in (rows, around):
        if extra is None:
            continue
        if extra.source and (cleaned.source is None or cleaned.by_byline > extra.by_byline):
            # (a labelled source in the meta rows beats an office named as the byline)
            cleaned.source, cleaned.by_byline = extra.source, extra.by_byline
        if cleaned.view_count is None:
            cleaned.view_count = extra.view_count
        cleaned.modified_raw = cleaned.modified_raw or extra.modified_raw
        cleaned.published_raw = cleaned.published_raw or extra.published_raw
    if cleaned.by_byline and cleaned.source and _names_site(root, cleaned.source):
        cleaned.source = None  # "โดย <the site's own department>": the publisher, no source
    if cleaned.view_count is None:
        cleaned.view_count = counted
    parts.body = cleaned.body
    parts.source = cleaned.source
    parts.view_count = cleaned.view_count
    parts.images = cleaned.images
    parts.attachments = cleaned.attachments
    parts.tags = parts.tags or cleaned.tags  # "Tags: a, b" printed as plain text
    # A date printed under a label in the article's meta row ("ประกาศเมื่อ ...") is the
    # page's own; dates further down are dates the story mentions.
    labelled = _first_parsed([cleaned.published_raw] if cleaned.published_raw else [])
    if labelled and (printed is None or printed[0] != "printed: near title"):
        printed = ("printed: labelled", labelled)
    chosen = choose_published(printed, machine)
    if chosen is not None and chosen == printed and machine is None:
        chosen = read_by_url_day(chosen, url) or chosen
    lines = dated + (cleaned.body or "").split("\n")[:DATE_CANDIDATES_IN_TEXT]
    if around is not None and around.body:  # a date row beside the body (table layouts)
        lines += around.body.split("\n")[:DATE_CANDIDATES_IN_TEXT]
    if chosen is None:
        chosen = _first_source(("printed: body text", _first_parsed(lines, trim=True)))
    if chosen is not None:
        parts.published_source, parts.published_raw = chosen
    parts.modified_raw = modified_raw or cleaned.modified_raw
    parts.language = _language(root, cleaned.body)
    return parts


# The listing's link text for an article (issue 12): the element whose text changes per page and
# matches it is the headline. Listings cut long titles and end them with an ellipsis.
ELLIPSIS_RE = re.compile(r"\s*(?:\.{2,}|…)\s*$")
LISTED_MIN_CHARS = 8  # shorter link text ("อ่านต่อ", "more") confirms nothing
SHORT_HEADLINE_MIN_CHARS = 16  # an editor's short headline: a phrase, not a word or two
TITLE_SEPARATOR_CHARS = "-–—|:/·•»>~"  # what <title> prints between a headline and the site
LISTED_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
LISTED_OTHER_TAGS = ("span", "label", "div", "td", "p", "b", "strong", "font", "em", "header")
NOT_HEADLINE_PLACES = frozenset(
    {"a", "nav", "aside", "footer", "head", "script", "style", "option"}
)


def fold_title(text: str) -> str:
    """Fold a title for comparison: NFC, spaces folded, case folded, a trailing ellipsis dropped.

    >>> fold_title("นายกฯ  ลงพื้นที่ จ.ระยอง ...")
    'นายกฯ ลงพื้นที่ จ.ระยอง'
    """
    return ELLIPSIS_RE.sub("", clean_line(text)).casefold().strip()


def same_title(found: str | None, listed: str) -> bool:
    """Tell whether a page's title is the listing's link text (whole, or cut by the listing).

    A link text that prints the title after its section's name (the listing's kicker, "ข่าว
    ประชาสัมพันธ์ : <headline>") names the same title.

    >>> same_title("นายกฯ ลงพื้นที่พบปะชาวประมง จัดระเบียบแรงงาน", "นายกฯ ลงพื้นที่พบปะชาวประมง...")
    True
    >>> same_title("นายกฯ ลงพื้นที่พบปะชาวประมง", "ข่าวเด่น : นายกฯ ลงพื้นที่พบปะชาวประมง")
    True
    """
    if not found:
        return False
    page, link = fold_title(found), fold_title(listed)
    if not link:
        return False
    cut = ELLIPSIS_RE.search(clean_line(listed)) is not None
    return (
        page == link
        or (cut and len(link) >= LISTED_MIN_CHARS and page.startswith(link))
        or boilerplate.labelled_title(link, page)
    )


def title_for_listed(root: etree._Element, title: str | None, listed: str | None) -> str | None:
    """Return the page's title as the listing's link text confirms or corrects it.

    A title that is not the link text (an office name on every page) gives way to the element
    printing the link text; one that continues it after a space stays: the listing printed an
    editor's short headline, unless a heading prints the link text over a subtitle.
    """
    if not listed or not title or same_title(title, listed):
        return title
    if extends_title(title, listed) and not any(
        (line := first_line(el)) and same_title(line, listed) for el in HEADINGS(root)
    ):
        return title
    return listed_headline(root, listed) or pictured_headline(root, listed) or title


def pictured_headline(root: etree._Element, listed: str) -> str | None:
    """Return the listing's link text when a picture on the page gives it as its alt text:
    a headline printed only as a banner image.

    >>> root = lxml.html.fromstring('<div><img alt="ผู้ว่าฯ ตรวจเยี่ยมโรงเรียนบ้านหนองแก"></div>')
    >>> pictured_headline(root, "ผู้ว่าฯ ตรวจเยี่ยมโรงเรียนบ้านหนองแก")
    'ผู้ว่าฯ ตรวจเยี่ยมโรงเรียนบ้านหนองแก'
    """
    if len(fold_title(listed)) < LISTED_MIN_CHARS:
        return None
    for img in root.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        if alt and same_title(alt, listed):
            return alt
    return None


def extends_title(found: str, listed: str) -> bool:
    """Tell whether a page's title continues the listing's link text after a space.

    >>> extends_title("นายกฯ นำรัฐมนตรีนั่งรถไฟขบวนพิเศษ ขอนแก่น-ท่าพระ", "นายกฯ นำรัฐมนตรีนั่งรถไฟขบวนพิเศษ")
    True
    >>> extends_title("ประชุมคณะกรรมการจังหวัดครั้งที่ 2", "ประชุมคณะกรรมการจังหวัด")
    False
    >>> extends_title("ผลประชุม ก.ค.ศ. 8/2561 - สำนักงานพัฒนาชุมชน", "ผลประชุม ก.ค.ศ. 8/2561")
    False
    """
    link, page = fold_title(listed), fold_title(found)
    if len(link) < SHORT_HEADLINE_MIN_CHARS or not page.startswith(link + " "):
        return False
    rest = page[len(link) :].lstrip()
    return bool(rest) and rest[0] not in TITLE_SEPARATOR_CHARS  # not " - <site name>"


def listed_headline(root: etree._Element, listed: str | None) -> str | None:
    """Return the text of the page element that prints the listing's link text, or None.

    Headings are tried first, then any short element outside links, menus and sidebars; a
    link text cut with an ellipsis matches the element whose text starts with it.
    """
    if not listed or len(fold_title(listed)) < LISTED_MIN_CHARS:
        return None
    limit = len(listed) * 4 + 200
    for tags in (LISTED_TAGS, LISTED_OTHER_TAGS):
        found: list[str] = []
        for el in root.iter(*tags):
            raw = "".join(t for t in el.itertext() if isinstance(t, str))
            if not raw.strip() or len(raw) > limit:
                continue
            if any(a.tag in NOT_HEADLINE_PLACES for a in el.iterancestors()):
                continue
            text = _text(el)
            if same_title(text, listed):
                found.append(text)
            elif (first := first_line(el)) and same_title(first, listed):
                found.append(first)  # the headline over a subtitle printed in the same element
        if found:
            return min(found, key=len)  # the element printing the headline, not its container
    return None


def first_line(el: etree._Element) -> str | None:
    """Return the text an element prints before its first line break, or None without one.

    A headline element may print a subtitle under the headline (`<h2>หัวข้อ<br><small>...`).

    >>> html = "<h2><span>ประชุม <b>กรม</b> ก</span><br><small>รอง</small></h2>"
    >>> first_line(lxml.html.fromstring(html))
    'ประชุม กรม ก'
    """
    if el.find(".//br") is None:
        return None
    head = deepcopy(el)
    node = head.find(".//br")
    node.tail = None
    while node is not head:  # cut everything printed after the break
        parent = node.getparent()
        for after in list(node.itersiblings()):
            parent.remove(after)
        node = parent
        if node is not head:
            node.tail = None
    return _text(head) or None


HEADLINE_TAGS = ("h1", "h2", "h3", "h4")
EMPHASIS_TAGS = ("h1", "h2", "h3", "h4", "h5", "b", "strong", "font", "span", "div", "td", "p")
HEADLINE_CHARS = (8, 300)  # a headline is a phrase or a sentence, not a paragraph
HEADLINE_LOOKBACK = 12  # short elements before the body searched for its headline
DATE_LINE_CHARS = 40  # a line this short that parses as a date is a dateline
TITLE_HINT_RE = re.compile(r"title|head|topic|subject|หัวข้อ", re.I)
# A label alone on its line, its value on the next (Drupal fields, definition lists).
BARE_LABEL_RE = re.compile(
    r"(?:แหล่งที่มา|ที่มาข้อมูล|ที่มา|แหล่งข่าว|ข่าว\s*/\s*ภาพ|ภาพ\s*/\s*ข่าว|"
    r"(?:แก้ไข|ปรับปรุง)(?:ข้อมูล)?ล่าสุด(?:เมื่อ)?|วันที่ปรับปรุง(?:ข้อมูล)?|"
    r"แก้ไขเมื่อ|ปรับปรุงเมื่อ|(?:อัปเดต|อัพเดท|อัพเดต)(?:แล้ว|ล่าสุด)?(?:เมื่อ)?|ขอบคุณข้อมูล(?:จาก)?|"
    r"ประกาศเมื่อ|เผยแพร่(?:เมื่อ)?|(?:จำนวน)?(?:ผู้)?(?:เปิด)?อ่าน|(?:จำนวน)?(?:ผู้)?เข้าชม|ฮิต|"
    r"Source|Last (?:modified|updated)|Views?|Hits?)\s*[:：]?",
    re.I,
)
META_SEGMENT_CHARS = 200
# Furniture that never prints the article's data: code, embeds, menus.
NO_META_TAGS = frozenset(
    "script style noscript template iframe object embed svg nav menu select".split()
)


def _is_heading(el: etree._Element) -> bool:
    """Tell whether an element is a heading: h1-h4, or any element ARIA declares one.

    ``role="heading"`` (with its ``aria-level``) makes an element a heading by definition,
    whatever its tag: a component framework prints the headline as ``<div role="heading"
    aria-level="2">``.

    >>> _is_heading(lxml.html.fromstring('<div role="heading" aria-level="2">ข่าว</div>'))
    True
    """
    return el.tag in HEADLINE_TAGS or (el.get("role") or "").strip().lower() == "heading"


HEADINGS = etree.XPath(
    "descendant-or-self::*[self::h1 or self::h2 or self::h3 or self::h4 "
    "or translate(normalize-space(@role), 'HEADING', 'heading') = 'heading']"
)


# A link the page marks as where the reader is: the menu entry of the current section.
CURRENT_LINK = etree.XPath(
    "//a[(@aria-current and @aria-current != 'false') or contains(concat(' ', "
    "normalize-space(@class), ' '), ' active ') or contains(concat(' ', "
    "normalize-space(@class), ' '), ' current ')]"
)
BREADCRUMB = etree.XPath(
    "(//@class[contains(translate(., 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')]"
    " | //@aria-label[contains(translate(., 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')])/parent::*"
)


def section_banner(root: etree._Element, heading: etree._Element) -> bool:
    """Tell whether a heading names the page's section, not its article.

    Its text is the menu entry marked current (``aria-current``, class ``active`` /
    ``current``) or a crumb of the breadcrumb that links to a level above the page (one with
    a crumb after it): the banner a template prints on every page of the section.

    >>> page = lxml.html.fromstring('<div><nav><a href="/news" aria-current="page">ข่าว</a>'
    ...     '</nav><h1>ข่าว</h1><div role="heading">ประชุมคณะกรรมการจังหวัด</div></div>')
    >>> section_banner(page, page.find("h1"))
    True
    """
    text = _text(heading)
    return bool(text) and text in section_names(root)


def section_names(root: etree._Element) -> set[str]:
    """Return the names of the page's sections: the menu entries marked current and the crumbs
    of the breadcrumb linking to a level above the page (each with a crumb after it)."""
    names = {text for a in CURRENT_LINK(root) if (text := _text(a))}
    for crumbs in BREADCRUMB(root):
        if not _names_breadcrumb(crumbs):
            continue  # a wrapper saying the page has a breadcrumb ("has-breadcrumb")
        items = [el for el in crumbs.iter("a", "li", "span") if _text(el)]
        last = _text(items[-1]) if items else ""
        names.update(text for a in crumbs.iter("a") if (text := _text(a)) and text != last)
    return names


def _names_breadcrumb(el: etree._Element) -> bool:
    """Tell whether an element's own class (not a state class) or aria-label names a trail."""
    marks = f"{role_marks(el)} {el.get('aria-label') or ''}"
    return "breadcrumb" in marks.lower()


def _headline_element(
    root: etree._Element,
    title: str | None,
    furniture: frozenset[etree._Element] = frozenset(),
) -> etree._Element | None:
    """Return the element printing the title (a heading first, then any short element).

    A short element printing the title inside *furniture* (the breadcrumb's last item, a
    hidden list of every headline for a prev/next script) is taken only when no element
    outside furniture prints it.
    """
    if not title:
        return None
    for el in HEADINGS(root):
        text = _text(el)
        if text == title or without_kicker(el) == title or badged(text, title):
            return el
        if text.endswith(title) and _labelled_by_badge(el, title):
            return el
    for el in HEADINGS(root):
        if first_line(el) == title:
            return el  # the headline over a subtitle printed in the same heading
    limit = len(title) + 40
    in_furniture: etree._Element | None = None
    for el in root.iter("b", "strong", "font", "span", "div", "td", "p"):
        if len(el) > 3:
            continue  # a container, not the element printing one line
        raw = text_up_to(el, limit * 2, " ")
        if raw is not None and clean_line(raw) == title:
            if not _within(el, furniture):
                return el
            in_furniture = in_furniture if in_furniture is not None else el
    if in_furniture is not None:
        return in_furniture
    for el in root.iter(*HEADLINE_TAGS, "b", "strong", "font", "span", "div", "td", "p"):
        raw = text_up_to(el, limit * 2, " ") if len(el) <= 3 else None
        if raw is not None and boilerplate.labelled_title(clean_line(raw), title):
            return el
    # a headline printed only as a banner picture: not a logo (in a link, or named as the
    # <title> names the site: "สสจ.ชัยนาท :: <the alt text>")
    declared = " ".join(" ".join("".join(t.itertext()).split()) for t in root.iter("title"))
    for img in root.iter("img"):
        if " ".join((img.get("alt") or "").split()) != title or title in declared:
            continue
        if not _within(img, furniture) and next(img.iterancestors("a"), None) is None:
            return img
    return None


BADGE_CHARS = 20  # a badge's word or two ("ด่วน", "ใหม่", "ภาพข่าว"), not a kicker sentence


def _labelled_by_badge(heading: etree._Element, title: str) -> bool:
    """Tell whether a heading prints the title after a badge in an element of its own
    ("<h2><span class='label'>ด่วน</span> headline</h2>"): the declared title leaves it out.

    >>> _labelled_by_badge(lxml.html.fromstring('<h2><span class="label">ด่วน</span> '
    ...     'ประชุมคณะกรรมการจังหวัด</h2>'), "ประชุมคณะกรรมการจังหวัด")
    True
    >>> _labelled_by_badge(lxml.html.fromstring('<h2><b>ผู้ว่าราชการจังหวัดเป็นประธาน</b> '
    ...     'ประชุมคณะกรรมการจังหวัด</h2>'), "ประชุมคณะกรรมการจังหวัด")
    False
    """
    children = [c for c in heading if isinstance(c.tag, str)]
    if not children or (heading.text or "").strip() or children[0].tag not in KICKER_TAGS:
        return False
    badge = _text(children[0])
    if not badge or len(badge) > BADGE_CHARS or len(title) < HEADLINE_CHARS[0]:
        return False
    rest = clean_line(
        f"{children[0].tail or ''} " + " ".join(f"{_text(c)} {c.tail or ''}" for c in children[1:])
    )
    return rest == title and _text(heading).removesuffix(title).strip() == badge


def _within(el: etree._Element, marked: frozenset[etree._Element]) -> bool:
    """Tell whether *el* or one of its ancestors is in *marked*."""
    return bool(marked) and any(node in marked for node in (el, *el.iterancestors()))


def _headline_before(root: etree._Element, block: etree._Element) -> etree._Element | None:
    """Return the emphasised short element printed just before the article's first paragraph.

    A page whose <title> names only the office (the same on every page) and that has no h1
    still prints the headline above the text, in a heading, bold or large font. The walk
    stops at the first long run of plain (not emphasised) text inside the body block; a
    link's text (another story's title in a box above the text) is no such run.
    """
    seen: list[etree._Element] = []
    emphasis = 0
    inside = 0
    linked = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        marked = _emphasised(el)
        if event == "start":
            if el is block:
                inside += 1
            if el.tag in EMPHASIS_TAGS:
                seen.append(el)
            emphasis += marked
            linked += el.tag == "a"
            text = el.text
        else:
            emphasis -= marked
            linked -= el.tag == "a"
            if el is block:
                inside -= 1
            text = el.tail
        plain = not emphasis and not linked
        if inside and plain and text and len(text.strip()) >= MIN_GOOD_CHARS:
            break
    for el in reversed(seen[-HEADLINE_LOOKBACK * 4 :]):
        text = _text(el)
        if not HEADLINE_CHARS[0] <= len(text) <= HEADLINE_CHARS[1]:
            continue
        if any(a.tag == "a" for a in el.iterancestors()):
            continue
        if el.find(".//a") is not None and category_prefixed(el) is None:
            continue
        if boilerplate.match_line(text) is not None or _in_side_cell(el, block):
            continue
        if (
            len(text) <= DATE_LINE_CHARS
            and any(ch.isdigit() for ch in text)
            and _parse_date(text) is not None
        ):
            continue  # a date line, not a headline that mentions a date
        if _emphasised(el) and _own_text(el) and not _bare_label(text):
            return el
    return None


CATEGORY_LABEL_CHARS = 40  # a category's name, linked before the headline


def category_prefixed(el: etree._Element) -> str | None:
    """Return the headline an element prints after its category's link and a colon, or None.

    PHP-Nuke's story title bar (and themes like it) prints a categorised story as
    "<a><font class="storycat">ข่าวกิจกรรม</font></a>: headline": the link names the category,
    the text after the colon is the headline.

    >>> category_prefixed(lxml.html.fromstring(
    ...     '<b><a href="c?id=2">ข่าวกิจกรรม</a>: จังหวัดจัดงานวันเด็กแห่งชาติ</b>'))
    'จังหวัดจัดงานวันเด็กแห่งชาติ'
    >>> category_prefixed(lxml.html.fromstring('<b>ข่าว <a href="x">จังหวัด</a> ล่าสุด</b>'))
    """
    links = list(el.iter("a"))
    if len(links) != 1:
        return None
    label = _text(links[0])
    if not label or len(label) > CATEGORY_LABEL_CHARS:
        return None
    found = re.match(rf"\s*{re.escape(label)}\s*[:：]\s*", _text(el))
    if found is None:
        return None
    rest = _text(el)[found.end() :]
    return rest if len(rest) >= HEADLINE_CHARS[0] else None


def _in_side_cell(el: etree._Element, block: etree._Element) -> bool:
    """Tell whether *el* sits in another cell of a table row whose cell holds the text.

    A table layout prints the site's blocks (เมนูหลัก, ผู้ที่กำลังใช้งานขณะนี้, who is online) in
    a side column: a cell beside the one holding the article. A headline sits in the column of
    its text, so a block heading there is the site's chrome.
    """
    for cell in el.iterancestors("td", "th"):
        if _is_inside(block, cell):
            return False  # the text's own cell
        row = cell.getparent()
        if row is not None and _is_inside(block, row):
            return True
    return False


def _bare_label(text: str) -> bool:
    """Tell whether a line is only a field's label, its value printed after it ("เรื่อง :").

    >>> _bare_label("เรื่อง :"), _bare_label("ประชุมคณะกรรมการ: ครั้งที่ 2")
    (True, False)
    """
    return text.rstrip().endswith((":", "：")) and len(text) <= boilerplate.TITLE_LABEL_CHARS


def headline_text(el: etree._Element) -> str:
    """Return the headline an element prints, without the label printed before it.

    A template that prints the headline as a labelled field puts the label in its own bold
    or span child first ("<b>เรื่อง :</b> <headline>", "<strong>Subject:</strong> ..."):
    the value after the label is the headline.

    >>> headline_text(lxml.html.fromstring('<div><b>เรื่อง :</b> ประชุมคณะกรรมการจังหวัด</div>'))
    'ประชุมคณะกรรมการจังหวัด'
    """
    text = _text(el)
    if (after_category := category_prefixed(el)) is not None:
        return after_category
    children = [c for c in el if isinstance(c.tag, str)]
    if children and not (el.text or "").strip():
        label = _text(children[0])
        rest = clean_line(text[len(label) :]) if text.startswith(label) else ""
        if label and _bare_label(label) and len(rest) >= HEADLINE_CHARS[0]:
            return rest
    return without_headline_label(text)


# A label naming the line as the headline, then a colon: "เรื่อง : <headline>", "Subject: ...".
HEADLINE_LABEL_PREFIX_RE = re.compile(
    rf"^(?:{'|'.join((*HEADLINE_LABELS, 'topic'))})\s*[:：]\s*", re.I
)


def without_headline_label(text: str) -> str:
    """Drop the label a headline printed as a labelled line starts with ("เรื่อง : ...").

    The label says the line is the headline; it is no part of it. The rest must still be a
    headline's length, else the text is kept as printed.

    >>> without_headline_label("เรื่อง : ประชุมคณะกรรมการจังหวัด")
    'ประชุมคณะกรรมการจังหวัด'
    >>> without_headline_label("เรื่องเล่าจากชุมชน")
    'เรื่องเล่าจากชุมชน'
    """
    m = HEADLINE_LABEL_PREFIX_RE.match(text)
    if m is None or len(text) - m.end() < HEADLINE_CHARS[0]:
        return text
    return text[m.end() :]


def _links_elsewhere(img: etree._Element) -> bool:
    """Tell whether a picture is a link to a page (a topic's icon, a banner), not to itself."""
    link = next(img.iterancestors("a"), None)
    return link is not None and not IMAGE_FILE_RE.search(link.get("href") or "")


def _headline_named_by_picture(
    root: etree._Element, block: etree._Element
) -> etree._Element | None:
    """Return the short element before the article text that prints its picture's alt text.

    A CMS fills the article picture's alt with the subject: the element above the text whose
    text is that alt is the headline, however plainly printed (a table theme's caption cell).
    The nearest such element before the text wins.
    """
    alts = {
        alt
        for img in block.iter("img")
        if HEADLINE_CHARS[0] <= len(alt := clean_line(img.get("alt") or "")) <= HEADLINE_CHARS[1]
        and not _links_elsewhere(img)
    }
    if not alts:
        return None
    found = None
    for el in root.iter(*EMPHASIS_TAGS):
        if el is block:
            break
        if not _own_text(el) or el.find(".//a") is not None:
            continue
        if _text(el) in alts and not any(a.tag in NOT_HEADLINE_PLACES for a in el.iterancestors()):
            found = el
    return found


# A link to the site's home page: its root or index page.
HOME_HREF_RE = re.compile(r"^(?:https?://[^/]+)?(?:\.?/|/?index\.(?:php|html?|aspx?|jsp))?$", re.I)
HOME_LOGOS = etree.XPath("//a[@href]//img[@alt]")


def _names_site(root: etree._Element, name: str) -> bool:
    """Tell whether *name* is the site's own: the <title> every page prints holds it.

    >>> _names_site(lxml.html.fromstring('<html><head><title>กรมการท่องเที่ยว Department of '
    ...     'Tourism</title></head><body></body></html>'), "กรมการท่องเที่ยว")
    True
    """
    declared = " ".join(_text(t) for t in root.iter("title"))
    return bool(name) and name in declared


def _names_home(root: etree._Element, title: str | None) -> bool:
    """Tell whether *title* is the alt text of a logo linking to the site's home page.

    >>> page = lxml.html.fromstring('<div><a href="/index.php"><img alt="สำนักงาน ก" '
    ...     'src="logo.gif"></a><b>ข่าว</b></div>')
    >>> _names_home(page, "สำนักงาน ก"), _names_home(page, "ข่าว")
    (True, False)
    """
    if not title:
        return False
    for img in HOME_LOGOS(root):
        if " ".join((img.get("alt") or "").split()) != title:
            continue
        link = next(img.iterancestors("a"), None)
        if link is not None and HOME_HREF_RE.match((link.get("href") or "").strip()):
            return True
    return False


def _declared_only(root: etree._Element, meta: dict[str, list[str]]) -> bool:
    """Tell whether the page's title can only have come from its <title> (no og:title, no h1)."""
    if "og:title" in meta or "twitter:title" in meta:
        return False
    return not any(_text(h) for h in root.iter("h1"))


def _looks_headline(el: etree._Element) -> bool:
    """Tell whether an element (or its wrapper, two levels up) prints its text as a headline."""
    for node in (
        el,
        el.getparent(),
        el.getparent().getparent() if el.getparent() is not None else None,
    ):
        if node is not None and _emphasised(node):
            return True
    return False


def _emphasised(el: etree._Element) -> bool:
    """Tell whether an element prints its text as a heading (h1-h4, an ARIA heading, bold, big
    font, title class)."""
    if _is_heading(el) or el.tag in ("b", "strong"):
        return True
    if el.tag == "font" and (el.get("size") or "0").strip("+")[:1] in ("3", "4", "5", "6", "7"):
        return True
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    return el.tag in EMPHASIS_TAGS and bool(TITLE_HINT_RE.search(marks))


def _own_text(el: etree._Element) -> bool:
    """Tell whether the element's text is its own or its only child's (not a container's)."""
    children = [c for c in el if isinstance(c.tag, str)]
    return len(children) <= 1


# A class or id word naming the page footer (footer, site-footer, td-footer-wrapper, footer_info,
# a numbered cell: mp_footer1, footer-2).
FOOTER_MARK_RE = re.compile(
    r"(?<![^\s_-])(?:[a-z]+[-_])?footer[0-9]*(?:[-_][a-z0-9]+)*(?![^\s_-])", re.I
)


# A line of the site's visitor statistics, which only the page footer prints:
# "จำนวนผู้เข้าชมเว็บไซต์ 0321457 คน" (site visitors), "ผู้เยี่ยมชมวันนี้ 214 ทั้งหมด 483,112"
# (visitors today / in all), "สถิติผู้เข้าชม" (visitor statistics), "Visitors: 1,234".
SITE_STATS_RE = re.compile(
    r"^(?:จำนวน)?ผู้(?:เข้าชม|เยี่ยมชม)(?:เว็บไซต์|เว็บ|วันนี้|ทั้งหมด)|^สถิติ(?:ผู้)?(?:เข้าชม|เยี่ยมชม)|"
    r"^(?:total\s+)?visitors?\b|^visitor\s+counter",
    re.I,
)
SITE_STATS_LINE_CHARS = 80
FOOTER_BLOCK_CHARS = 300  # an address, a phone line, the statistics: shorter than an article
# The site's copyright line, which only the page footer prints: "Copyright © 2548 <site>. All
# rights reserved.", "© 2567 <office> สงวนลิขสิทธิ์" (all rights reserved). Opening or closing
# the line: a story may speak of copyright, and a picture's credit opens with "©" and a name.
COPYRIGHT_LINE_RE = re.compile(
    r"^(?:copyright\b|(?:©|\(c\))\s*(?:19|20|25)\d\d|สงวนลิขสิทธิ์)|"
    r"(?:all rights reserved|สงวนลิขสิทธิ์)\W*$",
    re.I,
)

# The template's note on how to view the site, which only the page footer prints:
# "แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0 ความละเอียด 800 x 600" (displays best with ... at
# resolution ...), "Best viewed with Chrome at 1024x768", "screen resolution 1280 x 1024".
BEST_VIEWED_RE = re.compile(
    r"แสดงผล(?:ได้)?ดีที่สุด|ความละเอียด(?:หน้าจอ)?\s*\d{3,4}\s*[x×*]\s*\d{3,4}|"
    r"\bbest\s+viewed\s+(?:with|in|at|using|on|by)\b|\bscreen\s+resolution\b",
    re.I,
)
BEST_VIEWED_LINE_CHARS = 120


def template_line(line: str) -> bool:
    """Tell whether a line is one only the page template prints: the site's visitor
    statistics, its copyright, or its note on the browser and screen that view it best."""
    line = line.strip()
    if len(line) <= SITE_STATS_LINE_CHARS and (
        (SITE_STATS_RE.search(line) and any(ch.isdigit() for ch in line))
        or COPYRIGHT_LINE_RE.search(line)
    ):
        return True
    return len(line) <= BEST_VIEWED_LINE_CHARS and bool(BEST_VIEWED_RE.search(line))


def _in_page_region(block: etree._Element) -> bool:
    """Tell whether the block lies in the page's footer (the template around no article).

    A footer is marked so (tag, class, id), or is a short block printing the site's visitor
    statistics, its copyright line or its best-viewed note (a table layout's last row, a
    template's bottom band).
    """
    return _under_footer(block) or _template_block(block)


def _prints_site_statistics(el: etree._Element) -> bool:
    """Tell whether an element prints the site's visitor statistics (a sidebar's or footer's
    box: "สถิติผู้เข้าชม" over today / in all), so it is no part of an article."""
    if SITE_STATS_RE.search(_text(el)) is None and "สถิติ" not in _text(el):
        return False
    return any(
        len(line) <= SITE_STATS_LINE_CHARS and SITE_STATS_RE.search(line.strip())
        for line in html_to_lines(el)
    )


def _scope(headline_line: list[etree._Element], block: etree._Element) -> etree._Element | None:
    """Return the lowest element holding both the headline and the body (None if the page)."""
    if not headline_line:
        return None
    around_block = {block, *block.iterancestors()}
    for el in headline_line:
        if el in around_block:
            return None if el.tag in ("html", "body") else el
    return None


HEADER_LEVELS = 2  # a page-wide header's levels above its headline that may hold meta rows
HEADER_META_CHARS = 300  # the text such a header holds beside the headline: meta rows only


def _headline_header(
    headline_line: list[etree._Element], block: etree._Element
) -> etree._Element | None:
    """Return the small block around a headline that shares no element but <body> with the
    text: a hero header printing the headline, its meta row and its counters above the page's
    columns (a blog theme's masthead). Only the headline's first HEADER_LEVELS ancestors that
    hold little text besides it, never one holding the text.
    """
    title_chars = len(_text(headline_line[0]))
    found = None
    for el in headline_line[1 : HEADER_LEVELS + 1]:
        if el.tag in ("html", "body") or _is_inside(block, el):
            break
        if len(_text(el)) > title_chars + HEADER_META_CHARS:
            break
        found = el
    return found


def _meta_rows(
    scope: etree._Element,
    block: etree._Element,
    held: dict[etree._Element, list[etree._Element]],
) -> CleanedBody:
    """Read the data printed with the article outside its body: counter, source, dates.

    The lines of the scope (headline + body) outside the body, the furniture taken out of it
    (an info row, a statistics counter) and each short inline element on its own (a meta
    row prints its parts as spans on one line). What the page hides (``display:none``, the
    ``hidden`` attribute: a field left empty, a button without a file) prints nothing.
    """
    texts: list[str] = []
    pieces = [scope] + [
        el
        for el, anc in held.items()
        if el.tag not in NO_META_TAGS
        and scope in anc
        and el is not scope
        and not boilerplate.is_hidden(el)
        and not boilerplate.is_embedded_post(el)
    ]
    for piece in pieces:
        texts += _lines_outside(piece, block)
        for el in piece.iter("span", "small", "em", "i", "b", "strong", "font", "time", "li", "dd"):
            if _is_inside(el, block):
                continue
            text = _text(el)
            if text and len(text) <= META_SEGMENT_CHARS:
                texts.append(_with_value(el, text))
    for el, anc in held.items():
        if el.tag in LINK_LIST_TAGS and scope in anc:
            texts += _counter_items(el)
    # A sidebar inside a wide scope prints the site's visitor statistics: not the article's.
    return clean_lines(_join_labels([t for t in texts if not template_line(t)]))


# Link lists that may print the article's counter among its links (Drupal's node links
# <nav><ul class="links"><li>อ่าน ๑,๒๓๔ ครั้ง</li><li>ฉบับพิมพ์</li>...).
LINK_LIST_TAGS = frozenset({"nav", "menu"})


def _counter_items(links: etree._Element) -> list[str]:
    """Return the items of a link list inside the article that are view counters alone.

    >>> _counter_items(lxml.html.fromstring('<nav><ul><li><span>อ่าน ๑,๕๖๓ ครั้ง</span></li>'
    ...     '<li><a href="/print/1">ฉบับพิมพ์</a></li><li><a href="/">ข่าว 2567</a></li></ul></nav>'))
    ['อ่าน ๑,๕๖๓ ครั้ง']
    """
    items: list[str] = []
    for el in links.iter("li", "span", "div", "p"):
        text = _text(el)
        if not text or len(text) > COUNTER_ITEM_CHARS or text in items:
            continue
        found = boilerplate.match_line(text)
        if found is not None and set(found.data) == {"view_count"}:
            items.append(text)
    return items


def _with_value(el: etree._Element, text: str) -> str:
    """Return a bare label with the value printed beside it in the same small container.

    ``<div><span>ที่มา</span><a>office</a></div>``: the label's value is the rest of its
    container's text, not whatever short text the page prints next.
    """
    parent = el.getparent()
    if parent is None or not BARE_LABEL_RE.fullmatch(text):
        return text
    whole = _text(parent)
    if not whole.startswith(text) or len(whole) > META_SEGMENT_CHARS:
        return text
    rest = whole[len(text) :].strip(" :：")
    return f"{text.rstrip(':：').strip()} : {rest}" if rest else text


# A tag link: rel="tag" (WordPress), or an address naming a tag (/tag/x, ?tag=x, /hashtag/x,
# Joomla's index.php?option=com_tags&view=tag&id[0]=3),
# or a taxonomy term inside a block marked as tags (Drupal's field-name-field-tags).
TAG_HREF_RE = re.compile(
    r"/(?:tags?|hashtags?|keywords?)/[^/?#]+|[?&](?:tags?|keywords?)=[^&#]+|"
    r"[?&]option=com_tags(?:&|$)"  # Joomla's tag view with SEF URLs off
)
TERM_HREF_RE = re.compile(r"/taxonomy/term/\d+")
# A category's address (WordPress /category/x, ?cat=N): a category link, whatever its rel.
CATEGORY_HREF_RE = re.compile(r"/category/[^/?#]+|[?&]cat=\d+(?:&|$)")
TAG_MARK_RE = re.compile(r"tag|แท็ก|ป้ายกำกับ|คำค้น", re.I)


def _tags(scope: etree._Element, held: dict[etree._Element, list[etree._Element]]) -> list[str]:
    """Return the tags printed with the article: its tag links (not categories), # dropped.

    A piece of furniture taken out of the page (Drupal prints a tags field's terms in
    ``ul.links``) keeps the marks of the ancestors it had (``field--name-field-tags``).
    """
    pieces = [scope] + [el for el, anc in held.items() if scope in anc and el is not scope]
    tags: list[str] = []
    for piece in pieces:
        outer = held.get(piece, []) if piece is not scope else []
        for a in piece.iter("a"):
            rel = (a.get("rel") or "").split()
            href = a.get("href") or ""
            if "category" in rel or CATEGORY_HREF_RE.search(href):
                continue  # (WordPress's block themes print category links rel="tag" too)
            if "tag" not in rel and not TAG_HREF_RE.search(href):
                if not TERM_HREF_RE.search(href):
                    continue
                marks = " ".join(
                    f"{el.get('class') or ''} {el.get('id') or ''}"
                    for el in (*a.iterancestors(), *outer)
                )
                if not TAG_MARK_RE.search(marks):
                    continue
            text = _text(a).lstrip("#＃").strip()
            if text and len(text) <= 60 and text not in tags:
                tags.append(text)
    return tags


def _printed_tags(holder: etree._Element) -> list[str]:
    """Return the tags of a tag list printed as plain text in *holder* ("Tags: ที่ดิน, โฉนด
    ที่ดิน", no links), read before the text's pruning takes the short line out.

    >>> _printed_tags(lxml.html.fromstring('<td><p>ข่าว</p><p>Tags: ที่ดิน, โฉนด</p></td>'))
    ['ที่ดิน', 'โฉนด']
    """
    for el in holder.iter("p", "div", "span", "li", "font", "td"):
        if len(el) > 3:
            continue  # a container, not the tag line
        tags = printed_tags(el)
        if tags:
            return tags
    return []


# Levels above a family's text element searched for the post's tag links (a theme builder's
# post-info widget beside the text widget: the single-post template two levels up).
TAG_LEVELS = 2


def tags_around(body: etree._Element) -> list[str]:
    """Return the tags of the nearest block around the text element *body* (up to TAG_LEVELS
    above it) that prints tag links: where a family's selectors know no tag list.

    >>> post = lxml.html.fromstring('<div class="single"><ul class="info"><li>แท็ก <a href='
    ...     '"/archives/tag/x">โควิด-19</a></li></ul><div class="w"><div class="text"><p>ข่าว</p>'
    ...     '</div></div></div>')
    >>> tags_around(post.find(".//div[@class='text']"))
    ['โควิด-19']
    """
    for level, holder in enumerate(body.iterancestors(), 1):
        if level > TAG_LEVELS or holder.tag in ("body", "html"):
            break
        found = _tags(holder, {})
        if found:
            return found
    return []


# Blocks with text after the article's own element searched for its tag row.
TAGS_AFTER_BLOCKS = 2
# A tag row's label, a row opening "Tags:" (boilerplate.TAG_WORDS: แท็ก, ป้ายกำกับ, คำค้น, ...).
TAG_ROW_LABEL_RE = re.compile(r"\s*" + boilerplate.TAG_WORDS + r"\s*[:：]", re.I)


def _tags_after(scope: etree._Element) -> list[str]:
    """Return the tags of a tag row printed right after the article's element.

    Themes print the post's tag row after the <article> that holds headline and text
    (Hueman's ``p.post-tags`` "แท็ก: ..." below ``article.post``): one of the next blocks with
    text, marked as tags by its class or by a "Tags:" label, holds the tag links (the
    wrappers around the scope that print nothing more are climbed first).
    """
    own = len(_text(scope))
    while scope.getparent() is not None and len(_text(scope.getparent())) == own:
        scope = scope.getparent()  # the wrappers that print nothing more (article > div)
    seen = 0
    for sib in scope.itersiblings():
        if not isinstance(sib.tag, str) or not _text(sib):
            continue
        marks = f"{sib.get('class') or ''} {sib.get('id') or ''}"
        if TAG_ROW_LABEL_RE.match(_text(sib)):
            return _tags(sib, {}) or _row_tags(sib)
        if TAG_MARK_RE.search(marks):
            return _tags(sib, {})
        seen += 1
        if seen >= TAGS_AFTER_BLOCKS:
            break
    return []


TAG_ROW_CHARS = 400  # a tag row prints a label and a few words


def _labelled_row_tags(scope: etree._Element) -> list[str]:
    """Return the tags of a row inside *scope* that opens with a tag label ("คำค้น :")."""
    for el in scope.iter("div", "p", "span", "ul", "li", "section"):
        if el is scope or el.find(".//a") is None:
            continue
        text = _text(el)
        if len(text) <= TAG_ROW_CHARS and TAG_ROW_LABEL_RE.match(text):
            return _row_tags(el)
    return []


def _row_tags(row: etree._Element) -> list[str]:
    """Return the words of every link in a row labelled as tags ("คำค้น :" over links to a
    search for each word, ?kw=...): the label says what they are, whatever their address.

    >>> _row_tags(lxml.html.fromstring('<div><span>คำค้น :</span> <a href="/s?kw=a">ภาษี</a> '
    ...     '<a href="/s?kw=b">#ที่ดิน</a></div>'))
    ['ภาษี', 'ที่ดิน']
    """
    tags: list[str] = []
    for a in row.iter("a"):
        if "category" in (a.get("rel") or "").split():
            continue
        text = _text(a).lstrip("#＃").strip()
        if text and len(text) <= 60 and text not in tags:
            tags.append(text)
    return tags


def _counter(
    scope: etree._Element,
    block: etree._Element,
    held: dict[etree._Element, list[etree._Element]],
) -> int | None:
    """Return a bare-number view counter printed with the article (taken out of the body)."""
    pieces = [scope] + [el for el, anc in held.items() if scope in anc and el is not scope]
    for piece in pieces:
        el = counter_element(piece)
        if el is None:
            continue
        count = parse_view_count("".join(el.itertext()))
        if _is_inside(el, block):
            # A number alone on its line leaves the body; a labelled line the line rules read.
            line = el
            while line.getparent() is not None and line.tag in INLINE_TAGS:
                line = line.getparent()
            if line is not block and _counter_line(_text(line), _text(el)):
                boilerplate.detach(line)
        return count
    return None


COUNTER_ITEM_CHARS = 30  # "ยอดดู 1,976", "Views: 12": a label and a number


def _counter_item(
    block: etree._Element, in_card: Callable[[Any], bool] | None = None
) -> int | None:
    """Return a labelled view counter printed as an element of its own inside the text block.

    A post footer left in the block prints "ยอดดู 479" (views) beside a comment and a like
    count: the line as a whole is no counter line, its counter element is. Counters in
    other articles' cards are not the post's.
    """
    for el in block.iter("span", "small", "li", "dd", "div", "p"):
        text = _text(el)
        if not text or len(text) > COUNTER_ITEM_CHARS:
            continue
        found = boilerplate.match_line(text)
        if found is None or "view_count" not in found.data:
            continue
        if in_card is not None and in_card(el):
            continue
        return parse_view_count(found.data["view_count"])
    return None


def _counter_line(line: str, counter: str) -> bool:
    """Tell whether a line is the counter alone or a date-led meta row holding it.

    >>> _counter_line("2019-02-24 4,210", "4,210"), _counter_line("มีผู้ร่วมงาน 4,210", "4,210")
    (True, False)
    >>> _counter_line("2019-01-17 37 แก้ไขล่าสุด 2019-01-21", "37")
    True
    >>> _counter_line("26 ก.ค. 67 2,603 admin_ars", "2,603")
    True
    """
    if line == counter:
        return True
    rest = line.replace(counter, " ", 1).strip(" |•·,")
    dates = find_thai_dates(rest[:80])
    if not dates or dates[0].start > 1:
        return False
    after = rest[dates[0].end :].strip(" |•·,")
    # "แก้ไขล่าสุด <date>", or the poster's user name closing the row
    return not after or boilerplate.match_line(after) is not None or _poster_name(after)


POSTER_NAME_CHARS = 30


def _poster_name(text: str) -> bool:
    """Tell whether a meta row's last item is one word a user name may be (no spaces, not
    a number): the poster of the item ("admin_ars", "webmaster").

    >>> _poster_name("admin_ars"), _poster_name("มีผู้ร่วมงานจำนวนมาก ณ หอประชุม"), _poster_name("12")
    (True, False, False)
    """
    return len(text) <= POSTER_NAME_CHARS and len(text.split()) == 1 and not text.isdigit()


def _lines_outside(piece: etree._Element, block: etree._Element) -> list[str]:
    """Return the text lines of *piece* without the body block's."""
    if not _is_inside(block, piece):
        return html_to_lines(piece) if len(_text(piece)) <= 4000 else []
    path: list[int] = []
    node = block
    while node is not piece:
        parent = node.getparent()
        path.append(parent.index(node))
        node = parent
    copy = deepcopy(piece)
    target = copy
    for index in reversed(path):
        target = target[index]
    boilerplate.detach(target)
    return html_to_lines(copy)


# Attributes a "timeago" script leaves the absolute time in while the element prints "N ago".
ABSOLUTE_TIME_ATTRS = ("title", "data-original-title", "data-tooltip", "data-datetime", "datetime")
TIMEAGO_HOLDERS = etree.XPath(
    "(//@title | //@data-original-title | //@data-tooltip | //@data-datetime | //@datetime)"
    "/parent::*"
)


def absolute_of_relative(el: etree._Element) -> str | None:
    """Return the absolute date an element printing only a relative time holds in an attribute.

    A "timeago" script (timeago.js, Luxon's toRelative, Moment's fromNow) prints "3 ปีที่แล้ว"
    (3 years ago) and leaves the absolute date in the element's ``title`` (or a ``datetime``-
    like attribute) for the tooltip: that attribute is the date the element stands for.

    >>> absolute_of_relative(etree.fromstring('<span title="16 ก.พ. 2567 10:42 น.">2 ปีที่แล้ว</span>'))
    '16 ก.พ. 2567 10:42 น.'
    >>> absolute_of_relative(etree.fromstring('<span title="ดูรายละเอียด">2 ปีที่แล้ว</span>'))
    >>> absolute_of_relative(etree.fromstring('<span title="16 ก.พ. 2567">ข่าวล่าสุด</span>'))
    """
    text = _text(el)
    if not text or len(text) > 40:
        return None
    said = boilerplate.match_line(text)
    if said is None or said.rules != ["relative_time"]:
        return None
    for name in ABSOLUTE_TIME_ATTRS:
        value = clean_line(el.get(name) or "")
        if value and len(value) <= 80 and _parse_date(value) is not None:
            return value
    return None


def print_absolute_times(root: etree._Element) -> None:
    """Print, in place, the absolute date of each relative-time element that holds one."""
    for el in TIMEAGO_HOLDERS(root):
        if not isinstance(el.tag, str):
            continue
        value = absolute_of_relative(el)
        if value is None:
            continue
        for child in list(el):
            boilerplate.detach(child)
        el.text = value


# Elements empty by nature: no value slot left blank.
VOID_TAGS = frozenset("br hr img input wbr source meta link col area".split())


# The address of a user's profile page: the CMS's account pages (Drupal /user/3, WordPress
# /author/pr-admin/ or ?author=2, /users/..., /members/...).
ACCOUNT_HREF_RE = re.compile(
    r"/(?:user|author|member)s?/(?!(?:log-?in|log-?out|register|sign-?in|sign-?up|password|lost)"
    r"(?![a-z]))[^/?#]+/?$|[?&]author=\d",
    re.I,
)  # (not the account pages' login or registration forms: a login prompt's link)


def drop_account_links(root: etree._Element) -> None:
    """Remove links naming a user account (the poster's profile): a byline's account name,
    "โดย ฝ่ายประชาสัมพันธ์" linking /user/3, is who typed the post in, never its source.

    >>> root = lxml.html.fromstring('<p>โดย <a href="/user/3">ฝ่ายประชาสัมพันธ์</a> 5 มี.ค.</p>')
    >>> drop_account_links(root); _text(root)
    'โดย 5 มี.ค.'
    >>> root = lxml.html.fromstring('<p>สมาชิกเท่านั้น <a href="/member/login.html">เข้าสู่ระบบ</a></p>')
    >>> drop_account_links(root); _text(root)
    'สมาชิกเท่านั้น เข้าสู่ระบบ'
    """
    for link in list(root.iter("a")):
        href = (link.get("href") or "").strip()
        if ACCOUNT_HREF_RE.search(href) or "author" in (link.get("rel") or "").split():
            boilerplate.detach(link)


def drop_unfilled_labels(root: etree._Element) -> None:
    """Remove the labels whose value slot the page prints empty.

    A template prints a field as its label and a bound value element
    (``<div><div>ที่มา :</div><div class="value"></div></div>``); with the field unset the
    value element is empty, and the label has no value: the next line on the page (a
    download button, the share kit) is not it.

    >>> root = lxml.html.fromstring(
    ...     '<div><p><span>ที่มา :</span><span></span></p><a>ดาวน์โหลด</a></div>')
    >>> drop_unfilled_labels(root)
    >>> lxml.html.tostring(root, encoding="unicode")
    '<div><p><span></span></p><a>ดาวน์โหลด</a></div>'
    """
    for el in list(root.iter("div", "span", "label", "strong", "b", "dt", "th", "td")):
        if len(el) or (el.tail or "").strip():
            continue
        text = _text(el)
        parent = el.getparent()
        if not text or parent is None or not BARE_LABEL_RE.fullmatch(text):
            continue
        after = list(el.itersiblings())
        if _text(parent) != text or not after:
            continue
        if all(isinstance(sib.tag, str) and sib.tag not in VOID_TAGS for sib in after):
            boilerplate.detach(el)


# A time printed in a cell of its own after the date's cell: "เวลา : ๑๐:๓๐ น.", "Time: 10:30".
TIME_CELL_RE = re.compile(
    r"(?:เวลา|Time)\s*[:：]?\s*[0-9๐-๙]{1,2}[:.][0-9๐-๙]{2}(?::[0-9๐-๙]{2})?\s*(?:น\.?|นาฬิกา)?",
    re.I,
)
META_ROW_CHARS = 120  # a meta row of a few short items: "โพสต์เมื่อ : ... เปิดอ่าน ... ผู้โพสต์ : ..."
CLOCK_RE = re.compile(r"[0-9๐-๙]{1,2}[:.][0-9๐-๙]{2}")


def _day_only_end(text: str) -> int | None:
    """Return where the last date of a short line ends, when that date has no time.

    The line is a date cell ("วันที่ : ๑๒/๐๓/๒๕๖๗") or a meta row printing the day among
    other items ("โพสต์เมื่อ : ๐๕ มี.ค. ๖๗ เปิดอ่าน ๑,๒๓๔ ครั้ง"); a row printing a clock
    time after its last date has its time already.

    >>> _day_only_end("โพสต์เมื่อ : ๐๕ มี.ค. ๖๗ เปิดอ่าน ๑,๒๓๔ ครั้ง")
    24
    >>> _day_only_end("๐๕ มี.ค. ๖๗ ๑๔:๒๐ น.") is None
    True
    """
    text = text.strip()
    if len(text) > META_ROW_CHARS:
        return None
    found = find_thai_dates(text)
    if not found or isinstance(found[-1].value, datetime) or CLOCK_RE.search(text[found[-1].end :]):
        return None
    return found[-1].end


def _join_times(texts: list[str]) -> list[str]:
    """Join a labelled time printed in its own cell with the date printed just before it.

    Web-boards and form-like templates print the date and the time of a post in two cells
    ("วันที่ : ๑๒/๐๓/๒๕๖๗" | "เวลา : ๑๐:๓๐ น."): the two make one timestamp. A meta row
    printing the day among other items (a counter, the poster) and the time in an element
    after the row gives the time to the row's last date: the time goes right after it.
    """
    joined: list[str] = []
    for text in texts:
        end = _day_only_end(joined[-1]) if joined and TIME_CELL_RE.fullmatch(text.strip()) else None
        if end is not None:
            row = joined[-1].strip()
            joined[-1] = " ".join(f"{row[:end]} {text.strip()} {row[end:]}".split())
            continue
        joined.append(text)
    return joined


def _join_labels(texts: list[str]) -> list[str]:
    """Join a label printed alone (``ที่มา``, ``แก้ไขล่าสุด``) with the value on the next line."""
    texts = _join_times(texts)
    joined: list[str] = []
    skip = False
    for i, text in enumerate(texts):
        if skip:
            skip = False
            continue
        if BARE_LABEL_RE.fullmatch(text.strip()) and i + 1 < len(texts):
            joined.append(f"{text.strip().rstrip(':：').strip()} : {texts[i + 1]}")
            skip = True
            continue
        joined.append(text)
    return joined
