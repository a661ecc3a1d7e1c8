"""Drupal 6 to 10: article nodes, views listings with a 0-based ?page=N.

Drupal 8+ prints BEM classes (`node--type-article`, `field--name-body`, `field__item`), Drupal 7
the older ones (`node-article`, `field-name-body`, `field-item`, `h1#page-title`, a `submitted`
line whose RDFa `content` attribute holds the ISO time while its text is the site's date format,
month first in core's default `m/d/Y - H:i`, and `li.statistics_counter` among the node links).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import ClassVar

from lxml import etree

from crawler.items import Article
from pipelines.boilerplate import is_source_label, named_source
from pipelines.generic import TIME_ALONE_RE
from pipelines.layouts.base import Layout, Page, first, node_text, of_day
from pipelines.text import clean_lines, html_to_lines
from pipelines.thai_dates import BANGKOK, parse_thai_date


class DrupalLayout(Layout):
    """A Drupal site: div.views-row listings, node pages (D8+ article.node, D7 div.node)."""

    cms = "drupal"
    listing_entry_selectors: ClassVar[list[str]] = [
        "div.view-content div.views-row",
        "div.views-row",
        "div.view-content li",
        "table.views-table tbody tr",
    ]
    listing_link_selectors: ClassVar[list[str]] = [
        "h2 a::attr(href)",
        "h3 a::attr(href)",
        "span.field--name-title a::attr(href)",
        ".views-field-title a::attr(href)",
        "a[rel=bookmark]::attr(href)",
        "a::attr(href)",
    ]
    listing_date_selectors: ClassVar[list[str]] = [
        "time::attr(datetime)",
        ".views-field-created",
        ".field--name-created",
    ]
    listing_fallback_link_selectors: ClassVar[list[str]] = [
        "article.node h2 a::attr(href)",
        "a[href*='/node/']::attr(href)",
    ]
    next_page_selectors: ClassVar[list[str]] = [
        "li.pager__item--next a::attr(href)",
        "li.pager-next a::attr(href)",
        "a[rel=next]::attr(href)",
    ]

    title_selectors: ClassVar[list[str]] = [
        "h1.page-title span.field--name-title",
        "h1.page-title",
        "article.node h1",
        "article.node h2.node__title",
        "h1#page-title",  # Drupal 7 page.tpl.php (Bartik, Garland, Zen)
        "h1.page__title",
        # the Bootstrap base theme (3.x, 8.x-3.x) and its sub-themes print the page title
        # block as h1.page-header
        "h1.page-header",
        # Drupal 7's RDF module: a node shown as the page (its title printed by the theme's
        # page template, in any heading) carries its title as a hidden dc:title meta span;
        # teasers print theirs as a heading instead
        ".node > span[property~='dc:title']::attr(content)",
        # Layout Builder: the Title field block prints the viewed node's own title (a
        # theme may hide the page-title block for the type, leaving no h1)
        ".block-layout-builder span.field--name-title",
        # Garland, core's default theme of Drupal 6 and 7: page.tpl.php prints the page title
        # as an h2 in #squeeze (the node printed as the page has no heading of its own)
        "#squeeze .left-corner > h2",
    ]
    date_selectors: ClassVar[list[str]] = [
        "article.node div.node__meta time::attr(datetime)",
        "article.node div.node__meta .field--name-created",
        "meta[property='article:published_time']::attr(content)",
        "article.node time",
        "div.node__submitted",
        # Drupal 7: RDFa on the submitted line (the text is month first: 11/28/2023 - 14:17)
        ".node .submitted [property~='dc:date']::attr(content)",
        ".node .submitted [property~='dc:created']::attr(content)",
        ".node [property~='dc:date'][content]::attr(content)",
        ".node .submitted",
    ]
    modified_selectors: ClassVar[list[str]] = [
        "meta[property='article:modified_time']::attr(content)",
        # the node's core "changed" base field when a view mode displays it
        "article.node .field--name-changed time::attr(datetime)",
        "article.node .field--name-changed .field__item",
    ]
    body_selectors: ClassVar[list[str]] = [
        "article.node--type-article div.field--name-body",
        "article.node div.field--name-body",
        # Drupal 7's body field (field.tpl.php), before a theme's node__content wrapper
        # around it (Omega 4 prints D8's BEM node classes on D7 nodes)
        "article.node div.field-name-body div.field-items",
        # the Paragraphs module: the body is a field of paragraph entities (text, image,
        # embed, files), printed by core's field template with this field type class
        "article.node div.field--type-entity-reference-revisions",
        # a node without a body field is its own content (an unscoped body field may be a
        # custom block's, such as a footer address block)
        "article.node div.node__content",
        "div.field--name-body",
        ".node div.field-name-body div.field-items",  # Drupal 7 field.tpl.php
        "div.field-name-body div.field-items",
        ".node > div.content",  # Drupal 6 node.tpl.php: the node's text, no body field
    ]
    hits_selectors: ClassVar[list[str]] = [
        "article.node li.statistics-counter",
        "li.statistics-counter",
        ".statistics-counter",
        ".node li.statistics_counter",  # Drupal 7 node links
        "li.statistics_counter",
    ]
    image_selectors: ClassVar[list[str]] = [
        "article.node div.field--name-field-image img::attr(src)",
        ".node div.field-name-field-image img::attr(src)",
    ]
    attachment_selectors: ClassVar[list[str]] = [
        "article.node div.field--type-file a",
        "span.file a",
    ]
    tag_selectors: ClassVar[list[str]] = [
        # the field's wrapper element is the theme's choice (Bartik prints a <section>)
        "article.node .field--name-field-tags a",
        "article.node .field--name-tags a",
        ".node div.field-name-field-tags a",
        ".node .field-type-taxonomy-term-reference a",
        ".node div.terms a[rel=tag]",  # Drupal 6 node.tpl.php's taxonomy links
        # a theme printing the node's terms in its own header row (Vani's submitted details)
        "article.node header a[href*='/taxonomy/term/']",
    ]
    category_selectors: ClassVar[list[str]] = ["article.node div.field--name-field-category a"]
    page_text_selectors: ClassVar[list[str]] = [
        "article.node--type-article",
        "article.node",
        ".node",
    ]

    # Fields as core's field.html.twig (D8+) and field.tpl.php (D7) print them: a label and
    # its item(s).
    # (Core's node template marks the node role=article whatever classes a theme gives it.)
    # The field's wrapper element is the theme's choice: Adaptivetheme 7.x prints fields
    # with an inline or above label as a <section> whose label is an <h2 class="field-label">.
    labelled_field_selector: ClassVar[str] = ", ".join(
        f"{node} {tag}.field"
        # (core's node template marks the node with data-history-node-id whatever its classes)
        for node in ("article.node", ".node", "article[role=article]", "[data-history-node-id]")
        for tag in ("div", "section")
    )

    def extract(
        self, page: Page, url: str, *, site: str = "", listed_title: str | None = None
    ) -> Article:
        """Read the node's fields, and the source from a field labelled ที่มา / Source."""
        article = super().extract(page, url, site=site)
        published = article.published_at_raw
        if published and NOON_UTC_RE.search(published):
            # a date-only field's fixed noon: the day, at the time a field of its own prints
            day = printed_day(page, published)
            published = article.published_at_raw = (
                time_field(page, day, self.labelled_field_selector) or day
            )
        if published:
            article.published_at_raw = page_medium_date(page, published)
        if article.source is None:
            article.source = labelled_source(page, self.labelled_field_selector)
        if article.modified_at_raw:
            modified = printed_day(page, article.modified_at_raw)
            article.modified_at_raw = same_order(page, published, modified)
        return article


def same_order(page: Page, published: str | None, raw: str) -> str:
    """Return a numeric "medium" date read in the order the page's published date showed.

    A page prints its numeric dates in one format: "แก้ไขล่าสุด พ., 09/11/2024 - 12:03" under a
    published "พฤ., 02/15/2024 - 10:30" is month first as well; under a published date read
    day first, day first. The published date is its printed text, or the text of the <time>
    whose machine value it is. With no such printed date, the text stays as printed.

    >>> page = Page(text="<p>x</p>")
    >>> same_order(page, "พฤ., 02/15/2024 - 10:30", "พ., 09/11/2024 - 12:03")
    '2024-09-11T12:03'
    >>> page = Page(text='<time datetime="2024-11-07T00:47:00Z">พฤ., 07/11/2024 - 07:47</time>')
    >>> same_order(page, "2024-11-07T00:47:00Z", "อ., 09/12/2024 - 12:03")
    '2024-12-09T12:03'
    >>> page = Page(text='<time datetime="2024-02-15T03:30:00Z">พฤ., 15/02/2024 - 10:30</time>')
    >>> same_order(page, "2024-02-15T03:30:00Z", "อ., 09/12/2024 - 12:03")
    '2024-12-09T12:03'
    """
    for printed in printed_texts(page, published):
        if DRUPAL_MEDIUM_RE.search(printed):
            if day_first_on_page(page, printed):
                return day_first_date(raw)  # the page's dates are day first
            return drupal_medium_date(raw)
    return raw


def printed_texts(page: Page, value: str | None) -> list[str]:
    """Return a date value and the texts of the <time> elements whose machine value it is
    (its first, when the value joins several)."""
    if not value:
        return []
    texts = [value]
    stamp = value.split()[0]  # the first of the machine values a selector joined
    for el in page.sel.css("time[datetime]"):
        if el.attrib["datetime"].strip() == stamp:
            text = node_text(el)
            if text:
                texts.append(text)
    return texts


# A machine time in UTC: Drupal prints every <time datetime> so, whatever the site's zone.
UTC_STAMP_RE = re.compile(r"(?:Z|[+-]00:?00)\s*$")


# A field's label and its item(s), as core's field templates (D8+ and D7) mark them.
# (Classy's and Drupal 7's classes; the Bootstrap base theme's .field--label / .field--item)
FIELD_LABELS = ".field__label, .field-label, .field--label"
FIELD_VALUES = ".field__item, .field-item, .field--item"
# The time core's datetime module gives a date-only field's value (noon UTC): no time of day.
NOON_UTC_RE = re.compile(r"T12:00(?::00)?(?:Z|[+-]00:?00)\s*$")
# A field holding the time of day alone ("เวลา" / "Time": "15.07 น.").
TIME_LABEL_RE = re.compile(r"^(?:เวลา|Time)\s*:?$", re.I)


def time_field(page: Page, day: str, fields: str) -> str | None:
    """Return the printed *day* with the time a labelled field of the node (one of *fields*)
    prints ("เวลา 15.07 น."), or None when no such field reads as the same day's time."""
    value = parse_thai_date(day)
    if value is None or isinstance(value, datetime):
        return None
    for field in first(page, [fields]):  # (none where the page names none of their classes)
        label = node_text(field.css(FIELD_LABELS)) or ""
        if not TIME_LABEL_RE.match(label.strip()):
            continue
        printed = node_text(field.css(FIELD_VALUES)) or ""
        if TIME_ALONE_RE.fullmatch(printed):
            return of_day(day, value, f"เวลา {printed.removeprefix('เวลา').strip()}")
    return None


def printed_day(page: Page, stamp: str) -> str:
    """Return the text of the <time> element carrying the UTC *stamp* when that text prints
    the day alone; else the stamp.

    Drupal's datetime attribute is always UTC (a date-only field's is a fixed noon); a site
    whose date format prints no time ("ปรับปรุงล่าสุด 25 มีค. 2567") gives the day, not a time.

    >>> page = Page(text='<time datetime="2024-03-24T18:06:00Z">25 มีค. 2567</time>')
    >>> printed_day(page, "2024-03-24T18:06:00Z")
    '25 มีค. 2567'
    >>> printed_day(page, "2024-03-24T18:06:00+07:00")
    '2024-03-24T18:06:00+07:00'
    """
    if not UTC_STAMP_RE.search(stamp):
        return stamp
    for el in page.sel.css("time[datetime]"):
        if el.attrib["datetime"].strip() != stamp.strip():
            continue
        text = node_text(el)
        try:
            value = parse_thai_date(text) if text else None
        except (ValueError, OverflowError):
            value = None
        if value is not None and not isinstance(value, datetime):
            return text or stamp
    return stamp


# Drupal 7 core's "medium" date format, D, m/d/Y - H:i (month first), which submitted lines
# print unless the site changed it: "Tue, 11/08/2023 - 14:23", in Thai "อ., 11/08/2023 - 14:23".
# Thai sites that set their own format print d/m/Y with a Buddhist-era year (10/07/2563 - 09:21).
# What follows the time is another part of the submitted line: Garland and other Drupal 6/7
# themes print "<date> — <username>".
DRUPAL_MEDIUM_RE = re.compile(
    r"(?:^|\s)(?P<weekday>\S{1,4}\.?,\s*)?(\d{1,2})/(\d{1,2})/(\d{4})\s+-\s+(\d{1,2}):(\d{2})"
    r"(?![\d:])"
)


BE_YEARS_FROM = 2400  # a year past this is Buddhist era (CE + 543)


def drupal_medium_date(raw: str) -> str:
    """Return a Drupal "medium" date (month first) as ISO; any other text as it is.

    A weekday before the date settles its order when only one reading falls on it (the date
    parser reads that shape so).

    >>> drupal_medium_date("Submitted by editor on Tue, 11/08/2023 - 14:23")
    '2023-11-08T14:23'
    >>> drupal_medium_date("พฤ., 03/07/2024 - 08:08 — pr_lamphun")
    '2024-03-07T08:08'
    >>> drupal_medium_date("8 พฤศจิกายน 2566"), drupal_medium_date("10/07/2563 - 09:21")
    ('8 พฤศจิกายน 2566', '10/07/2563 - 09:21')
    """
    match = DRUPAL_MEDIUM_RE.search(raw)
    if match is None:
        return raw
    month, day, year, hour, minute = (int(g) for g in match.groups()[1:])
    if year > BE_YEARS_FROM:
        return raw  # a Buddhist-era year: the site set its own (Thai, day-first) format
    if match.group("weekday"):
        value = parse_thai_date(match.group(0).strip())
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%dT%H:%M")
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
        return raw
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"


def day_first_date(raw: str) -> str:
    """Return a numeric "medium" date read day first; the text itself when the parser reads
    it so (or it is no such date).

    >>> day_first_date("อ., 09/12/2024 - 12:03"), day_first_date("28/11/2023 - 09:00")
    ('2024-12-09T12:03', '28/11/2023 - 09:00')
    """
    match = DRUPAL_MEDIUM_RE.search(raw)
    if match is None:
        return raw
    day, month, year, hour, minute = (int(g) for g in match.groups()[1:])
    year = year - 543 if year > BE_YEARS_FROM else year
    try:
        wanted = datetime(year, month, day, hour, minute, tzinfo=BANGKOK)
    except ValueError:
        return raw
    if parse_thai_date(raw) == wanted:
        return raw
    return wanted.strftime("%Y-%m-%dT%H:%M")


def day_first_on_page(page: Page, raw: str) -> bool:
    """Tell whether the page's machine times put a numeric "medium" date day first.

    A site that set its own day-first format ("พฤ., 07/11/2024 - 07:47", CE) still prints
    core's UTC datetime attribute: when that instant falls on the day-first reading in
    Bangkok, and on no month-first one, the day comes first.
    """
    match = DRUPAL_MEDIUM_RE.search(raw)
    if match is None:
        return False
    first, second, year = (int(g) for g in match.groups()[1:4])
    try:
        day_first = date(year, second, first)
    except ValueError:
        return False
    try:
        month_first = date(year, first, second)
    except ValueError:
        return True  # "15/02/2024": only day first is possible
    days = machine_days(page)
    return day_first in days and month_first not in days


def page_medium_date(page: Page, raw: str) -> str:
    """Return a numeric "medium" date read month first (see drupal_medium_date) unless the
    page's machine times put the day first (see day_first_on_page); then read day first.

    >>> page = Page(text='<time datetime="2024-11-07T00:47:00Z">พฤ., 07/11/2024 - 07:47</time>')
    >>> page_medium_date(page, "พฤ., 07/11/2024 - 07:47")  # both readings are Thursdays
    '2024-11-07T07:47'
    >>> page_medium_date(page, "07/11/2024 - 07:47")
    '07/11/2024 - 07:47'
    >>> page_medium_date(Page(text="<p>x</p>"), "07/11/2024 - 07:47")
    '2024-07-11T07:47'
    """
    if day_first_on_page(page, raw):
        return day_first_date(raw)
    return drupal_medium_date(raw)


def machine_days(page: Page) -> set[date]:
    """Return the Bangkok days of the page's <time datetime> values that carry a time."""
    days = set()
    for stamp in page.sel.css("time::attr(datetime)").getall():
        try:
            value = parse_thai_date(stamp)
        except (ValueError, OverflowError):
            continue
        if isinstance(value, datetime) and value.tzinfo is not None:
            days.add(value.astimezone(BANGKOK).date())
    return days


def labelled_source(
    page: Page, fields: str, labels: str = FIELD_LABELS, values: str = FIELD_VALUES
) -> str | None:
    """Return the value of the first field whose label is a source label (ที่มา, Source, ...).

    The label is the field's marked label, or its first line however it is marked up: printed
    above the value (Bootstrap's `field--label-above`) as well as before it.
    """
    for field in first(page, [fields]):  # (none where the page names none of their classes)
        label = node_text(field.css(labels))
        label = label.rstrip(": ").strip() if label else None
        if label and is_source_label(f"{label} :"):
            value = named_source(node_text(field.css(values)))
            if value:
                return value
        value = source_field(field.root)
        if value:
            return value
    return None


def source_field(field: etree._Element) -> str | None:
    """Return the value of a field that prints only a source label and its value.

    Label above the value or before it: the field's lines are read as the body's are, and
    the field must hold nothing else (a body field with a source line is the body's).

    >>> import lxml.html
    >>> source_field(lxml.html.fromstring(
    ...     '<div><div>แหล่งที่มา</div><div>กลุ่มนโยบายและวิชาการ</div></div>'))
    'กลุ่มนโยบายและวิชาการ'
    >>> source_field(lxml.html.fromstring('<div><p>ข่าววันนี้</p><p>ที่มา : กอง ก.</p></div>'))
    """
    lines = html_to_lines(field)
    if not lines or len(lines) > SOURCE_FIELD_LINES:
        return None
    cleaned = clean_lines(lines)
    return cleaned.source if cleaned.body is None else None


SOURCE_FIELD_LINES = 2  # a label and its value


LAYOUT = DrupalLayout()
