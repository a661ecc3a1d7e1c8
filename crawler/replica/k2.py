"""Joomla 3 + K2 replica of the Ministry of Industry's 2018 site: site model and HTML pages.

Articles are numbered by *serial*, oldest first: serial 0 is the real seed article (id 40464,
alias ``unido``, 03 ตุลาคม 2561 17:08) and every later serial is newer, so publishing more
articles (``set_article_count``) adds them at the top of the listing and keeps every existing URL,
id and date. Listing position 0 (the newest article) is serial ``count - 1``. Everything about an
article is computed from ``(seed, serial)`` on demand; nothing is stored per article.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from functools import lru_cache
from html import escape
from typing import Any
from urllib.parse import quote

from crawler.replica.base import AUTO, Response, html_response, resolve_label
from crawler.replica.corpus import CorpusText, load_corpus, load_seed

BANGKOK = timezone(timedelta(hours=7), "Asia/Bangkok")
SEED_ID = 40464
SEED_ALIAS = "unido"
SEED_PUBLISHED = datetime(2018, 10, 3, 17, 8, tzinfo=BANGKOK)
SEED_MODIFIED = datetime(2017, 2, 14, 10, 14, tzinfo=BANGKOK)  # earlier than created: real quirk
STEP_MINUTES = 30  # serial k is published k * 30 min (+ jitter) after the seed
JITTER_MINUTES = 25  # < STEP_MINUTES, so dates strictly increase with the serial
MIN_ARTICLES, MAX_ARTICLES = 1, 100_000
CATEGORY_PATH = "/index.php/th/about/2017-04-20-15-23-14"  # K2 category menu item (date alias)
HOME_PATH = "/index.php/th/"
CATEGORY_NAME = "ข่าวประชาสัมพันธ์"  # "press releases"
SITE_NAME = "กระทรวงอุตสาหกรรม"  # "Ministry of Industry"
ITEMID = 213  # Joomla menu item id of the category
K2_VERSION_COMMENT = '<!-- JoomlaWorks "K2" (v2.7.0) | Learn more about K2 at http://getk2.org -->'
LAYOUTS = ("k2", "changed")
THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
THAI_MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
# Offices named on the "ที่มา:" (source) line.
OFFICES = (
    "สำนักบริหารกลาง สำนักงานปลัดกระทรวงอุตสาหกรรม",
    "กลุ่มประชาสัมพันธ์ สำนักบริหารกลาง",
    "สำนักงานเศรษฐกิจอุตสาหกรรม",
    "กรมส่งเสริมอุตสาหกรรม",
    "กรมโรงงานอุตสาหกรรม",
    "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม",
    "กรมอุตสาหกรรมพื้นฐานและการเหมืองแร่",
    "สำนักงานคณะกรรมการอ้อยและน้ำตาลทราย",
)
TAG_POOL = ("อุตสาหกรรม", "SMEs", "Industry 4.0", "อีอีซี", "เศรษฐกิจหมุนเวียน", "นวัตกรรม")
ATTACHMENT_STEMS = ("เอกสารประกอบข่าว", "กำหนดการ", "รายละเอียดโครงการ", "แบบฟอร์มลงทะเบียน")
TABLE_HEAD = ("ลำดับ", "รายการ", "จำนวน (ราย)")  # "no.", "item", "count (cases)"
TABLE_ITEMS = ("โรงงานที่เข้าร่วมโครงการ", "ผู้ประกอบการ SMEs", "ผู้เข้าร่วมอบรม", "วิสาหกิจชุมชน")
LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]+")
ITEM_RE = re.compile(r"/item/(\d+)(?:-([A-Za-z0-9-]+))?")
DOWNLOAD_RE = re.compile(r"/item/download/(\d+)_([0-9a-f]{32})")
IMAGE_RE = re.compile(r"/media/k2/items/cache/([0-9a-f]{32})_(XS|S|M|L|XL|Generic)\.jpg")
TAG_RE = re.compile(r"/itemlist/tag/(.+)")
HTML_HEADERS = {
    "X-Powered-By": "PHP/5.6.36",
    "Cache-Control": "no-cache",
    "Pragma": "no-cache",
    "Expires": "Wed, 17 Aug 2005 00:00:00 GMT",
}
# A JPEG-marked stub (SOI, JFIF APP0, EOI) and a one-page PDF stub: bytes with the right magic.
JPEG_STUB = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
PDF_STUB = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
MASK64 = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15
# Salts: one per decision drawn for an article.
(S_TEXT, S_JITTER, S_ID, S_ALIAS, S_ALIAS_SEC, S_MODIFIED, S_MOD_DELTA, S_HITS, S_IMAGE,
 S_ATTACH, S_ATTACH_N, S_TAGS, S_TAG_PICK, S_SOURCE, S_SOURCE_STYLE, S_STYLE, S_SPLIT,
 S_TABLE) = range(1, 19)  # fmt: skip


def mix(*parts: int) -> int:
    """Hash integers to a well-spread 64-bit integer (splitmix64 rounds)."""
    x = GOLDEN
    for part in parts:
        x = (x + (part & MASK64) + GOLDEN) & MASK64
        x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK64
        x ^= x >> 31
    return x


def thai_datetime(value: datetime) -> str:
    """Format like industry.go.th's K2 (d F Y H:i, Buddhist era).

    >>> thai_datetime(SEED_PUBLISHED)
    '03 ตุลาคม 2561 17:08'
    """
    return (
        f"{value.day:02d} {THAI_MONTHS[value.month - 1]} {value.year + 543} "
        f"{value.hour:02d}:{value.minute:02d}"
    )


def image_hash(item_id: int) -> str:
    """Return K2's image cache name for an item: md5("Image" + id).

    >>> image_hash(10608)
    '93429c17e4b38dbc8a8e5136bf2fe45f'
    """
    return hashlib.md5(f"Image{item_id}".encode()).hexdigest()


def attachment_hash(attachment_id: int) -> str:
    """Return the replica's download token for an attachment id."""
    return hashlib.md5(f"Attachment{attachment_id}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class K2Item:
    """One article of the replica, derived from (seed, serial)."""

    serial: int
    id: int
    alias: str
    title: str
    published: datetime
    modified: datetime | None
    hits: int
    paragraphs: tuple[str, ...]
    source: str | None
    source_style: int
    has_image: bool
    image_alt: str
    attachments: tuple[tuple[int, str], ...]  # (attachment id, file name)
    tags: tuple[str, ...]
    style: int
    split_intro: bool
    table: tuple[tuple[str, ...], ...]

    @property
    def path(self) -> str:
        """Return the item path below the site prefix."""
        return f"{CATEGORY_PATH}/item/{self.id}-{self.alias}"


class K2Site:
    """The Ministry of Industry's K2 press-release category, generated on the fly."""

    def __init__(
        self,
        articles: int = 50,
        *,
        seed: int = 0,
        page_size: int = 10,
        prefix: str = "/industry",
        site_key: str = "industry_go_th",
        layout: str = "k2",
        encoding: str = "utf-8",
        header_charset: str | None = AUTO,
        meta_charset: str | None = AUTO,
        broken_listing_link: bool = False,
    ) -> None:
        """Configure the site; nothing per article is built here."""
        if layout not in LAYOUTS:
            raise ValueError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        "".encode(encoding)  # unknown codec -> LookupError now, not at the first request
        self.seed = seed
        self.page_size = page_size
        self.prefix = prefix.rstrip("/")
        self.site_key = site_key
        self.layout = layout
        self.encoding = encoding
        self.header_charset = header_charset
        self.meta_charset = meta_charset
        self.broken_listing_link = broken_listing_link
        self.base_url = "http://127.0.0.1"
        self._lock = threading.Lock()
        self._count = self._checked_count(articles)
        self.item = lru_cache(maxsize=4096)(self._build_item)

    # -- article count -------------------------------------------------------------------------

    @staticmethod
    def _checked_count(count: int) -> int:
        if not MIN_ARTICLES <= count <= MAX_ARTICLES:
            raise ValueError(f"article count must be {MIN_ARTICLES}..{MAX_ARTICLES}, got {count}")
        return count

    @property
    def article_count(self) -> int:
        """Return how many articles the site serves now."""
        return self._count

    def set_article_count(self, count: int) -> None:
        """Publish (or withdraw) articles at the newest end; existing URLs stay the same."""
        with self._lock:
            self._count = self._checked_count(count)

    def publish(self, count: int = 1) -> list[str]:
        """Publish *count* new articles and return their URLs, newest first."""
        with self._lock:
            old = self._count
            self._count = self._checked_count(old + count)
        return [self.article_url(serial) for serial in range(old + count - 1, old - 1, -1)]

    # -- URLs ----------------------------------------------------------------------------------

    def bind(self, base_url: str) -> None:
        """Learn the server's base URL ("http://127.0.0.1:PORT")."""
        self.base_url = base_url.rstrip("/")

    @property
    def listing_path(self) -> str:
        """Return the category listing path (first page)."""
        return self.prefix + CATEGORY_PATH

    @property
    def listing_url(self) -> str:
        """Return the absolute URL of the category listing's first page."""
        return self.base_url + self.listing_path

    @property
    def page_count(self) -> int:
        """Return how many listing pages the category has now."""
        return -(-self._count // self.page_size)

    def listing_page_url(self, page: int) -> str:
        """Return the absolute URL of listing page *page* (1-based), as the pagination links it."""
        start = (page - 1) * self.page_size
        return self.listing_url + (f"?start={start}" if start else "")

    def article_url(self, serial: int) -> str:
        """Return the absolute URL of the article with *serial*."""
        return self.base_url + self.prefix + self.item(serial).path

    def broken_urls(self) -> list[str]:
        """Return the listing links that answer 404 (empty unless broken_listing_link)."""
        return [self.base_url + self._broken_path()] if self.broken_listing_link else []

    def _broken_path(self) -> str:
        return f"{self.prefix}{CATEGORY_PATH}/item/{SEED_ID - 1}-2018-10-03-09-55-41"

    def _image_path(self, item: K2Item, size: str) -> str:
        return f"{self.prefix}/media/k2/items/cache/{image_hash(item.id)}_{size}.jpg"

    def _attachment_path(self, attachment_id: int) -> str:
        token = attachment_hash(attachment_id)
        return f"{self.prefix}{CATEGORY_PATH}/item/download/{attachment_id}_{token}"

    def _tag_path(self, tag: str) -> str:
        return f"{self.prefix}{CATEGORY_PATH}/itemlist/tag/{quote(tag)}"

    # -- the article model ---------------------------------------------------------------------

    def _roll(self, serial: int, salt: int, modulo: int = 100) -> int:
        return mix(self.seed, serial, salt) % modulo

    def _build_item(self, serial: int) -> K2Item:
        """Derive article *serial* (0 = the seed article, oldest) from the seed and the corpus."""
        if serial == 0:
            return self._seed_item()
        corpus = load_corpus()
        text: CorpusText = corpus[(serial - 1 + self.seed) % len(corpus)]
        cycle = (serial - 1) // len(corpus)
        title = text.title if cycle == 0 else f"{text.title} (ฉบับที่ {cycle + 1})"  # "issue no."
        shift = cycle % len(text.paragraphs)
        paragraphs = text.paragraphs[shift:] + text.paragraphs[:shift]
        minutes = serial * STEP_MINUTES + self._roll(serial, S_JITTER, JITTER_MINUTES)
        published = SEED_PUBLISHED + timedelta(minutes=minutes)
        item_id = SEED_ID + 2 * serial + self._roll(serial, S_ID, 2)
        words = LATIN_WORD_RE.findall(title)
        if words and self._roll(serial, S_ALIAS) < 60:
            alias = "-".join(word.lower() for word in words[:3])
        else:  # Joomla's fallback alias for Thai titles: the creation time, UTC
            created = published.astimezone(UTC) + timedelta(
                seconds=self._roll(serial, S_ALIAS_SEC, 3600)
            )
            alias = created.strftime("%Y-%m-%d-%H-%M-%S")
        modified = None
        if self._roll(serial, S_MODIFIED) < 35:
            modified = published + timedelta(minutes=1 + self._roll(serial, S_MOD_DELTA, 4000))
        attachments: tuple[tuple[int, str], ...] = ()
        if self._roll(serial, S_ATTACH) < 15:
            count = 1 + self._roll(serial, S_ATTACH_N, 2)
            attachments = tuple(
                (2 * serial + k, f"{ATTACHMENT_STEMS[(serial + k) % len(ATTACHMENT_STEMS)]}"
                 f"_{item_id}.pdf")
                for k in range(count)
            )  # fmt: skip
        tags: tuple[str, ...] = ()
        if self._roll(serial, S_TAGS) < 30:
            pick = self._roll(serial, S_TAG_PICK, len(TAG_POOL) * 3)
            chosen = [text.category] + [TAG_POOL[pick % len(TAG_POOL)]] * (pick >= len(TAG_POOL))
            tags = tuple(dict.fromkeys(chosen))
        source = None
        if self._roll(serial, S_SOURCE) < 85:
            source = OFFICES[self._roll(serial, S_SOURCE, len(OFFICES) * 7) % len(OFFICES)]
        table: tuple[tuple[str, ...], ...] = ()
        if self._roll(serial, S_TABLE) < 10:
            table = (TABLE_HEAD,) + tuple(
                (str(row + 1), TABLE_ITEMS[(serial + row) % len(TABLE_ITEMS)],
                 f"{mix(self.seed, serial, row) % 40000 + 100:,}")
                for row in range(3)
            )  # fmt: skip
        return K2Item(
            serial=serial,
            id=item_id,
            alias=alias,
            title=title,
            published=published,
            modified=modified,
            hits=15 + self._roll(serial, S_HITS, 9000),
            paragraphs=paragraphs,
            source=source,
            source_style=self._roll(serial, S_SOURCE_STYLE, 3),
            has_image=self._roll(serial, S_IMAGE) < 80,
            image_alt=title,
            attachments=attachments,
            tags=tags,
            style=self._roll(serial, S_STYLE, 4),
            split_intro=len(paragraphs) > 1 and self._roll(serial, S_SPLIT) < 20,
            table=table,
        )

    @staticmethod
    def _seed_item() -> K2Item:
        seed = load_seed()
        return K2Item(
            serial=0,
            id=SEED_ID,
            alias=SEED_ALIAS,
            title=seed.title,
            published=SEED_PUBLISHED,
            modified=SEED_MODIFIED,
            hits=seed.view_count,
            paragraphs=seed.paragraphs,
            source=seed.source,
            source_style=0,
            has_image=True,
            image_alt="image",  # the seed page text shows this literal alt
            attachments=(),
            tags=(),
            style=1,
            split_intro=False,
            table=(),
        )

    def item_by_id(self, item_id: int, count: int | None = None) -> K2Item | None:
        """Return the published article with K2 id *item_id*, or None."""
        count = self._count if count is None else count
        serial = (item_id - SEED_ID) // 2
        if not 0 <= serial < count:
            return None
        item = self.item(serial)
        return item if item.id == item_id else None

    # -- ground truth --------------------------------------------------------------------------

    def expected_article(self, item: K2Item) -> dict[str, Any]:
        """Return the record a perfect crawl stores for *item*."""
        base = self.base_url
        return {
            "url": base + self.prefix + item.path,
            "site": self.site_key,
            "id": item.id,
            "title": item.title,
            "published_at": item.published.isoformat(),
            "published_at_raw": thai_datetime(item.published),
            "modified_at": item.modified.isoformat() if item.modified else None,
            "modified_at_raw": thai_datetime(item.modified) if item.modified else None,
            "body": "\n".join(self._expected_body_lines(item)),
            "table_cells": [list(row) for row in item.table],
            "source": item.source,
            "view_count": item.hits,
            "images": [base + self._image_path(item, "XL")] if item.has_image else [],
            "attachments": [
                {"url": base + self._attachment_path(att_id), "name": name}
                for att_id, name in item.attachments
            ],
            "tags": list(item.tags),
            "category": CATEGORY_NAME,
            "language": "th",
        }

    @staticmethod
    def _expected_body_lines(item: K2Item) -> list[str]:
        """Return the body as clean text: paragraphs, the table one row per line, tab-separated."""
        lines = list(item.paragraphs)
        if item.table:
            after = 2 if item.style == 3 else 1  # _body_html puts the table after the first <p>
            rows = ["\t".join(cell for cell in row if cell) for row in item.table]
            lines[after:after] = rows
        return lines

    def iter_expected_articles(self) -> Iterator[dict[str, Any]]:
        """Yield the ground truth newest first, one record at a time."""
        for serial in range(self._count - 1, -1, -1):
            yield self.expected_article(self.item(serial))

    def expected_articles(self) -> list[dict[str, Any]]:
        """Return the ground truth for every article, newest first (listing order)."""
        return list(self.iter_expected_articles())

    # -- routing -------------------------------------------------------------------------------

    def routes(self, path: str, query: dict[str, list[str]]) -> Response | None:
        """Answer one GET below the site prefix; None when the path is not the site's."""
        if not path.startswith(self.prefix):
            return None
        local = path[len(self.prefix) :]
        count = self._count  # one consistent count per request
        if local in ("", "/", "/index.php", "/index.php/th", HOME_PATH):
            return self._html(self.render_home(count), "home")
        if local in (CATEGORY_PATH, CATEGORY_PATH + "/"):
            if query.get("format") == ["feed"]:
                return self._feed(count)
            return self._html(self.render_listing(_int_param(query), count), "listing")
        if local.startswith(CATEGORY_PATH + "/"):
            return self._category_child(local[len(CATEGORY_PATH) :], query, count)
        if IMAGE_RE.fullmatch(local):
            headers = {"Content-Type": "image/jpeg"}
            return Response(status=200, headers=headers, body=JPEG_STUB, kind="image")
        if local in STATIC_PAGES:
            return self._html(self.render_static(local, count), "page")
        return None

    def _category_child(
        self, rest: str, query: dict[str, list[str]], count: int
    ) -> Response | None:
        if match := DOWNLOAD_RE.fullmatch(rest):
            attachment_id, token = int(match.group(1)), match.group(2)
            if token != attachment_hash(attachment_id):
                return None
            headers = {
                "Content-Type": "application/pdf",
                "Content-Disposition": f'attachment; filename="file-{attachment_id}.pdf"',
            }
            return Response(status=200, headers=headers, body=PDF_STUB, kind="attachment")
        if match := TAG_RE.fullmatch(rest):
            return self._html(self.render_tag(match.group(1), count), "tag")
        if match := ITEM_RE.fullmatch(rest):
            item = self.item_by_id(int(match.group(1)), count)
            if item is None or match.group(2) != item.alias:
                return None
            if query.get("tmpl") == ["component"]:
                return self._html(self.render_print(item, count), "print")
            return self._html(self.render_item(item, count), "article")
        return None

    def _feed(self, count: int) -> Response:
        """Answer K2's category feed (?format=feed&type=rss): RSS 2.0 of the newest items."""
        items = []
        for serial in range(count - 1, max(count - 1 - self.page_size, -1), -1):
            item = self.item(serial)
            url = self.base_url + self.prefix + item.path
            items.append(
                f"    <item>\n      <title>{escape(item.title)}</title>\n"
                f'      <link>{url}</link>\n      <guid isPermaLink="true">{url}</guid>\n'
                f"      <description>{escape(item.paragraphs[0][:300])}</description>\n"
                f"      <category>{CATEGORY_NAME}</category>\n"
                f"      <pubDate>{format_datetime(item.published)}</pubDate>\n    </item>"
            )
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source '
            'Content Management" -->\n<rss version="2.0" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>{CATEGORY_NAME}</title>\n"
            f"    <link>{self.listing_url}</link>\n"
            f"    <description>{CATEGORY_NAME} {SITE_NAME}</description>\n"
            "    <language>th-th</language>\n" + "\n".join(items) + "\n  </channel>\n</rss>\n"
        )
        headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
        return Response(status=200, headers=headers, body=text.encode("utf-8"), kind="feed")

    def _html(self, text: str, kind: str) -> Response:
        return html_response(
            text,
            encoding=self.encoding,
            header_charset=self.header_charset,
            kind=kind,
            extra_headers=HTML_HEADERS,
        )

    # -- page chrome ---------------------------------------------------------------------------

    def _page(
        self,
        *,
        title: str,
        current: str,
        body_class: str,
        main: str,
        crumbs: list[tuple[str, str | None]],
        count: int,
        head_extra: str = "",
    ) -> str:
        """Wrap component HTML in the Joomla 3 template of the 2018 site."""
        p = self.prefix
        style = (
            "#k2Container .itemFullText { font-size: 16px; line-height: 1.6; }"
            if self.layout == "k2"
            else ".news-article .article-content { font-size: 17px; line-height: 1.7; }"
        )
        label = resolve_label(self.meta_charset, self.encoding)
        meta_charset = (
            f'  <meta http-equiv="content-type" content="text/html; charset={label}" />\n'
            if label
            else ""
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <base href="{escape(self.base_url + p + current)}" />
{meta_charset}  <meta name="keywords" content="กระทรวงอุตสาหกรรม, อุตสาหกรรม, Ministry of Industry" />
  <meta name="rights" content="สงวนลิขสิทธิ์ กระทรวงอุตสาหกรรม" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
{head_extra}  <title>{escape(title)}</title>
  <link href="{p}/templates/moi2017/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="{p}/media/k2/assets/css/k2.fonts.css?v2.7.0" rel="stylesheet" type="text/css" />
  <link href="{p}/components/com_k2/css/k2.css?v2.7.0" rel="stylesheet" type="text/css" />
  <link href="{p}/templates/moi2017/css/template.css" rel="stylesheet" type="text/css" />
  <style type="text/css">
    {style}
    .moduletable h3 {{ background: #0b3d91; color: #fff; padding: 6px 10px; }}
  </style>
  <script src="{p}/media/jui/js/jquery.min.js?2a8c3e" type="text/javascript"></script>
  <script src="{p}/media/jui/js/jquery-noconflict.js?2a8c3e" type="text/javascript"></script>
  <script src="{p}/media/jui/js/jquery-migrate.min.js?2a8c3e" type="text/javascript"></script>
  <script src="{p}/media/k2/assets/js/k2.frontend.js?v2.7.0&amp;sitepath={p}/" type="text/javascript"></script>
  <script src="{p}/media/system/js/caption.js?2a8c3e" type="text/javascript"></script>
  <script type="text/javascript">
jQuery(window).on('load',  function() {{
  new JCaption('img.caption');
}});
  </script>
</head>
<body class="site {body_class} th-th">
<div id="wrapper">
  <div id="header">
    <div class="logo"><a href="{p}{HOME_PATH}"><img src="{p}/images/logo/logo-moi.png" alt="{SITE_NAME}" /></a></div>
    <div class="site-name">{SITE_NAME}<br /><span>Ministry of Industry</span></div>
  </div>
  <div id="navigation">
{_top_menu(p, current)}
  </div>
  <div id="breadcrumbs">
{_breadcrumbs(p, crumbs)}
  </div>
  <div id="container" class="row">
    <div id="main" class="span9">
{main}
    </div>
    <div id="sidebar" class="span3">
{self._side_modules(current, count)}
    </div>
  </div>
  <div id="footer">
    <div class="moduletable">
      <div class="custom">
        <p>สำนักงานปลัดกระทรวงอุตสาหกรรม {SITE_NAME}<br />เลขที่ 75/6 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพมหานคร 10400<br />โทรศัพท์ 02-202-3000 โทรสาร 02-202-3048</p>
      </div>
    </div>
    <p class="copyright">Copyright &copy; 2018 {SITE_NAME}. All Rights Reserved.</p>
  </div>
</div>
<script type="text/javascript">
  jQuery(function($) {{
    $('#navigation li.deeper > a').on('click', function(event) {{
      $(this).next('ul').toggle();
      event.preventDefault();
    }});
  }});
</script>
</body>
</html>
"""  # noqa: E501

    def _side_modules(self, current: str, count: int) -> str:
        """Return the right-hand modules: search, latest K2 items, links, visitor counter."""
        p = self.prefix
        latest = []
        for n, serial in enumerate(range(count - 1, max(count - 6, -1), -1)):
            item = self.item(serial)
            parity = "even" if n % 2 == 0 else "odd"
            when = thai_datetime(item.published)
            latest.append(
                f'        <li class="{parity}">\n          <a class="moduleItemTitle" '
                f'href="{p}{item.path}">{escape(item.title)}</a>\n'
                f'          <span class="moduleItemDateCreated">เขียนเมื่อ {when}</span>\n'
                '          <div class="clr"></div>\n        </li>'
            )
        return f"""      <div class="moduletable">
        <div class="search">
          <form action="{escape(p + current)}" method="post" class="form-inline">
            <label for="mod-search-searchword" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="ค้นหา..." /> <button class="button btn btn-primary" onclick="this.form.searchword.focus();">ค้นหา</button>
            <input type="hidden" name="task" value="search" />
            <input type="hidden" name="option" value="com_search" />
            <input type="hidden" name="Itemid" value="{ITEMID}" />
          </form>
        </div>
      </div>
      <div class="moduletable">
        <h3>ข่าวล่าสุด</h3>
        <div id="k2ModuleBox95" class="k2ItemsBlock">
          <ul>
{chr(10).join(latest)}
          </ul>
        </div>
      </div>
      <div class="moduletable">
        <h3>หน่วยงานในสังกัด</h3>
        <ul class="menu">
          <li><a href="http://www.oie.go.th/" target="_blank">สำนักงานเศรษฐกิจอุตสาหกรรม</a></li>
          <li><a href="http://www.dip.go.th/" target="_blank">กรมส่งเสริมอุตสาหกรรม</a></li>
          <li><a href="http://www.diw.go.th/" target="_blank">กรมโรงงานอุตสาหกรรม</a></li>
          <li><a href="http://www.tisi.go.th/" target="_blank">สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม</a></li>
          <li><a href="http://www.thaigov.go.th/" target="_blank">รัฐบาลไทย</a></li>
        </ul>
      </div>
      <div class="moduletable">
        <h3>สถิติผู้เข้าชม</h3>
        <div class="custom"><p>วันนี้ 1,024<br />เดือนนี้ 48,213<br />ทั้งหมด 7,902,554</p></div>
      </div>"""  # noqa: E501

    # -- pages ---------------------------------------------------------------------------------

    def render_home(self, count: int) -> str:
        """Render the home page: a K2 content module of the newest items and a link to all."""
        p = self.prefix
        rows = []
        for serial in range(count - 1, max(count - 6, -1), -1):
            item = self.item(serial)
            rows.append(
                f'      <li><a class="moduleItemTitle" href="{p}{item.path}">'
                f'{escape(item.title)}</a> <span class="moduleItemDateCreated">'
                f"{thai_datetime(item.published)}</span></li>"
            )
        main = (
            '<div class="moduletable">\n  <h3>ข่าวประชาสัมพันธ์</h3>\n'
            '  <div id="k2ModuleBox120" class="k2ItemsBlock">\n    <ul>\n'
            + "\n".join(rows)
            + f'\n    </ul>\n    <a class="moduleCustomLink" href="{p}{CATEGORY_PATH}">ดูทั้งหมด</a>\n'
            "  </div>\n</div>"
        )
        return self._page(
            title=SITE_NAME,
            current=HOME_PATH,
            body_class="com_content view-featured itemid-101",
            main=main,
            crumbs=[("หน้าแรก", None)],
            count=count,
        )

    def render_static(self, local: str, count: int) -> str:
        """Render a plain Joomla article page for a menu entry that is not news."""
        title, text = STATIC_PAGES[local]
        main = (
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
            f'  <div class="page-header"><h2 itemprop="headline">{escape(title)}</h2></div>\n'
            f'  <div itemprop="articleBody"><p>{escape(text)}</p></div>\n</div>'
        )
        return self._page(
            title=title,
            current=local,
            body_class="com_content view-article",
            main=main,
            crumbs=[("หน้าแรก", HOME_PATH), (title, None)],
            count=count,
        )

    def render_listing(self, start: int, count: int) -> str:
        """Render the K2 category view for items start..start+page_size, newest first."""
        size = self.page_size
        start = max(0, start)
        positions = range(start, min(start + size, count))
        lead = 2  # K2 "leading" items: one column; the rest are "primary": two columns
        entries = [
            self._cat_item(self.item(count - 1 - pos), "Leading" if n < lead else "Primary")
            for n, pos in enumerate(positions)
        ]
        if self.broken_listing_link and start == 0:
            entries.insert(min(3, len(entries)), self._broken_cat_item())
        leading = "".join(
            f'      <div class="itemContainer itemContainerLast" style="width:100.0%;">\n{e}'
            '      </div>\n      <div class="clr"></div>\n'
            for e in entries[:lead]
        )
        primary = []
        for n, entry in enumerate(entries[lead:]):
            last = " itemContainerLast" if n % 2 == 1 else ""
            primary.append(
                f'      <div class="itemContainer{last}" style="width:50.0%;">\n'
                f"{entry}      </div>\n"
            )
            if n % 2 == 1:
                primary.append('      <div class="clr"></div>\n')
        main = f"""<!-- Start K2 Category Layout -->
<div id="k2Container" class="itemListView">
  <!-- Blocks for current category and subcategories -->
  <div class="itemListCategoriesBlock">
    <!-- Category block -->
    <div class="itemListCategory">
      <!-- Category title -->
      <h2>{CATEGORY_NAME}</h2>
      <!-- Category description -->
      <p>ข่าวประชาสัมพันธ์ของ{SITE_NAME}</p>
      <div class="clr"></div>
    </div>
  </div>
  <!-- Item list -->
  <div class="itemList">
    <!-- Leading items -->
    <div id="itemListLeading">
{leading}    </div>
    <!-- Primary items -->
    <div id="itemListPrimary">
{"".join(primary)}    </div>
  </div>
  <!-- Pagination -->
{self._pagination(start, count)}
</div>
<!-- End K2 Category Layout -->
{K2_VERSION_COMMENT}"""
        page = start // size + 1
        title = CATEGORY_NAME if page == 1 else f"{CATEGORY_NAME} - หน้า {page}"
        current = CATEGORY_PATH + (f"?start={start}" if start else "")
        return self._page(
            title=title,
            current=current,
            body_class=f"com_k2 view-itemlist task-category itemid-{ITEMID}",
            main=main,
            crumbs=[("หน้าแรก", HOME_PATH), ("เกี่ยวกับกระทรวง", "/index.php/th/about"),
                    (CATEGORY_NAME, None)],
            count=count,
            head_extra=(
                f'  <link href="{self.prefix}{CATEGORY_PATH}?format=feed&amp;type=rss" '
                f'rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
            ),
        )  # fmt: skip

    def _cat_item(self, item: K2Item, group: str) -> str:
        """Render one entry of the category view (category_item.php)."""
        url = self.prefix + item.path
        title = escape(item.title)
        image = ""
        if item.has_image:
            image = f"""        <!-- Item Image -->
        <div class="catItemImageBlock">
          <span class="catItemImage">
            <a href="{url}" title="{escape(item.title)}">
              <img src="{self._image_path(item, "S")}" alt="{escape(item.image_alt)}" style="width:200px; height:auto;" />
            </a>
          </span>
          <div class="clr"></div>
        </div>
"""  # noqa: E501
        intro = item.paragraphs[0]
        if len(intro) > 200:
            intro = intro[:200].rsplit(" ", 1)[0] + "..."
        return f"""        <!-- Start K2 Item Layout -->
        <div class="catItemView group{group}">
          <!-- Plugins: BeforeDisplay -->
          <!-- K2 Plugins: K2BeforeDisplay -->
          <div class="catItemHeader">
            <!-- Date created -->
            <span class="catItemDateCreated">{thai_datetime(item.published)}</span>
            <!-- Item title -->
            <h3 class="catItemTitle">
              <a href="{url}">{title}</a>
            </h3>
          </div>
          <!-- Plugins: AfterDisplayTitle -->
          <!-- K2 Plugins: K2AfterDisplayTitle -->
          <div class="catItemBody">
            <!-- Plugins: BeforeDisplayContent -->
            <!-- K2 Plugins: K2BeforeDisplayContent -->
{image}            <!-- Item introtext -->
            <div class="catItemIntroText">
              {escape(intro)}
            </div>
            <div class="clr"></div>
            <!-- Plugins: AfterDisplayContent -->
            <!-- K2 Plugins: K2AfterDisplayContent -->
            <div class="clr"></div>
          </div>
          <div class="clr"></div>
          <!-- Item "read more..." link -->
          <div class="catItemReadMore">
            <a class="k2ReadMore" href="{url}">อ่านต่อ...</a>
          </div>
          <div class="clr"></div>
          <!-- Plugins: AfterDisplay -->
          <!-- K2 Plugins: K2AfterDisplay -->
          <div class="clr"></div>
        </div>
        <!-- End K2 Item Layout -->
"""

    def _broken_cat_item(self) -> str:
        """Render a listing entry whose article was deleted (its link answers 404)."""
        url = self._broken_path()
        when = thai_datetime(SEED_PUBLISHED - timedelta(minutes=13))
        return f"""        <!-- Start K2 Item Layout -->
        <div class="catItemView groupPrimary">
          <div class="catItemHeader">
            <span class="catItemDateCreated">{when}</span>
            <h3 class="catItemTitle">
              <a href="{url}">ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ</a>
            </h3>
          </div>
          <div class="catItemBody">
            <div class="catItemIntroText">
              ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป...
            </div>
          </div>
          <div class="catItemReadMore">
            <a class="k2ReadMore" href="{url}">อ่านต่อ...</a>
          </div>
        </div>
        <!-- End K2 Item Layout -->
"""

    def _pagination(self, start: int, count: int) -> str:
        """Render K2 2.7's pagination: Joomla page links, then the "page X of N" counter."""
        size = self.page_size
        pages = max(1, -(-count // size))
        current = min(start // size + 1, pages)
        if pages == 1:
            return ""  # Joomla prints no pagination block for a single page
        base = self.prefix + CATEGORY_PATH

        def href(page: int) -> str:
            offset = (page - 1) * size
            return base + (f"?start={offset}" if offset else "")

        def link(cls: str, page: int, label: str, active: bool) -> str:
            inner = (
                f'<a title="{label}" href="{href(page)}" class="pagenav">{label}</a>'
                if active
                else f'<span class="pagenav">{label}</span>'
            )
            return f"      <li{cls}>{inner}</li>"

        first = max(1, current - 5)
        last = min(pages, first + 9)
        first = max(1, last - 9)
        items = [
            link(' class="pagination-start"', 1, "เริ่มต้น", current > 1),
            link(' class="pagination-prev"', current - 1, "ก่อนหน้า", current > 1),
        ]
        items += [link("", page, str(page), page != current) for page in range(first, last + 1)]
        items += [
            link(' class="pagination-next"', current + 1, "ต่อไป", current < pages),
            link(' class="pagination-end"', pages, "สุดท้าย", current < pages),
        ]
        return (
            '  <div class="k2Pagination">\n    <ul>\n'
            + "\n".join(items)
            + f'\n    </ul>\n    <div class="clr"></div>\n'
            f'    <p class="counter">หน้า {current} จาก {pages}</p>\n  </div>'
        )

    def _body_html(self, item: K2Item) -> tuple[str, str]:
        """Return (intro, full) HTML of the item text; intro is empty unless split."""
        paragraphs = [escape(text, quote=False) for text in item.paragraphs]
        style = item.style
        if style == 1:
            parts = [f"<p>&nbsp; &nbsp; &nbsp;{text}</p>\n<p>&nbsp;</p>" for text in paragraphs]
        elif style == 2:
            parts = [
                '<p style="text-align: justify;"><span style="font-size: 14pt; '
                f"font-family: 'TH SarabunPSK', sans-serif;\">{text}</span></p>"
                for text in paragraphs
            ]
        elif style == 3:  # pairs of paragraphs joined by <br> inside one <p>
            parts = [
                "<p>" + "<br />\n".join(paragraphs[i : i + 2]) + "</p>"
                for i in range(0, len(paragraphs), 2)
            ]
        else:
            parts = [f"<p>{text}</p>" for text in paragraphs]
        if item.table:
            parts.insert(1, _table_html(item.table))
        if item.source:
            office = escape(item.source, quote=False)
            rule = "<p>------------------------------------------</p>"
            if item.source_style == 1:
                parts += [rule, f"<p><strong>ที่มา:</strong> {office}</p>"]
            elif item.source_style == 2:
                parts += ["<p>&nbsp;</p>", f"<p>ที่มา : {office}</p>"]
            else:
                parts += [rule, f"<p>ที่มา: {office}</p>"]
        if item.split_intro:
            return parts[0], "\n".join(parts[1:])
        return "", "\n".join(parts)

    def render_item(self, item: K2Item, count: int) -> str:
        """Render the K2 item page (item.php) inside the site chrome."""
        main = (
            self._item_component(item, count)
            if self.layout == "k2"
            else self._changed_component(item)
        )
        url = self.base_url + self.prefix + item.path
        intro = escape(item.paragraphs[0][:160])
        og_image = ""
        if item.has_image:
            og_url = self.base_url + self._image_path(item, "M")
            og_image = f'  <meta property="og:image" content="{og_url}" />\n'
        head = (
            f'  <link href="{url}" rel="canonical" />\n'
            f'  <meta name="title" content="{escape(item.title)}" />\n'
            f'  <meta name="description" content="{intro}" />\n'
            f'  <meta property="og:url" content="{url}" />\n'
            f'  <meta property="og:title" content="{escape(item.title)}" />\n'
            '  <meta property="og:type" content="article" />\n'
            f"{og_image}"
            f'  <meta property="og:description" content="{intro}" />\n'
        )
        return self._page(
            title=item.title,
            current=item.path,
            body_class=f"com_k2 view-item itemid-{ITEMID}",
            main=main,
            crumbs=[("หน้าแรก", HOME_PATH), ("เกี่ยวกับกระทรวง", "/index.php/th/about"),
                    (CATEGORY_NAME, CATEGORY_PATH), (item.title, None)],
            count=count,
            head_extra=head,
        )  # fmt: skip

    def render_print(self, item: K2Item, count: int) -> str:
        """Render the print view (?tmpl=component&print=1): the component alone."""
        label = resolve_label(self.meta_charset, self.encoding) or "utf-8"
        return (
            '<!DOCTYPE html>\n<html lang="th-th">\n<head>\n'
            f'  <meta http-equiv="content-type" content="text/html; charset={label}" />\n'
            f"  <title>{escape(item.title)}</title>\n</head>\n"
            '<body class="contentpane modal">\n'
            '<a class="itemPrintThisPage" rel="nofollow" href="#" onclick="window.print(); '
            'return false;"><span>พิมพ์หน้านี้</span></a>\n'
            f"{self._item_component(item, count)}\n</body>\n</html>\n"
        )

    def _item_component(self, item: K2Item, count: int) -> str:
        """Render K2's default item.php for *item*."""
        p = self.prefix
        url = p + item.path
        intro_html, full_html = self._body_html(item)
        image = ""
        if item.has_image:
            xl = self._image_path(item, "XL")
            image = f"""    <!-- Item Image -->
    <div class="itemImageBlock">
      <span class="itemImage">
        <a class="modal" rel="{{handler: 'image'}}" href="{xl}" title="คลิกเพื่อดูภาพ">
          <img src="{xl}" alt="{escape(item.image_alt)}" style="width:900px; height:auto;" />
        </a>
      </span>
      <div class="clr"></div>
    </div>
"""
        intro = ""
        if intro_html:
            intro = (
                '    <!-- Item introtext -->\n    <div class="itemIntroText">\n'
                f"{intro_html}\n    </div>\n"
            )
        modified = (
            "      <!-- Item date modified -->\n"
            f'      <span class="itemDateModified">\n        ปรับปรุงล่าสุดเมื่อ '
            f"{thai_datetime(item.modified)}\n      </span>\n"
            if item.modified
            else ""
        )
        links = [
            '    <!-- Item category -->\n    <div class="itemCategory">\n'
            f'      <span>เผยแพร่ใน</span>\n      <a href="{p}{CATEGORY_PATH}">{CATEGORY_NAME}</a>\n'
            "    </div>\n"
        ]
        if item.tags:
            tags = "\n".join(
                f'        <li><a href="{self._tag_path(tag)}">{escape(tag)}</a></li>'
                for tag in item.tags
            )
            links.append(
                '    <!-- Item tags -->\n    <div class="itemTagsBlock">\n      <span>แท็ก</span>\n'
                f'      <ul class="itemTags">\n{tags}\n      </ul>\n      <div class="clr"></div>\n'
                "    </div>\n"
            )
        if item.attachments:
            files = "\n".join(
                f'        <li>\n          <a title="{escape(name)}" '
                f'href="{self._attachment_path(att)}">{escape(name)}</a>\n'
                f"          <span>({(att * 7) % 300} ดาวน์โหลด)</span>\n        </li>"
                for att, name in item.attachments
            )
            links.append(
                '    <!-- Item attachments -->\n    <div class="itemAttachmentsBlock">\n'
                "      <span>ดาวน์โหลดไฟล์แนบ</span>\n"
                f'      <ul class="itemAttachments">\n{files}\n      </ul>\n    </div>\n'
            )
        navigation = []
        if item.serial + 1 < count:
            newer = self.item(item.serial + 1)
            navigation.append(
                f'    <a class="itemPrevious" href="{p}{newer.path}">'
                f"&laquo; {escape(newer.title)}</a>"
            )
        if item.serial > 0:
            older = self.item(item.serial - 1)
            navigation.append(
                f'    <a class="itemNext" href="{p}{older.path}">{escape(older.title)} &raquo;</a>'
            )
        nav_html = "\n".join(navigation)
        return f"""<!-- Start K2 Item Layout -->
<span id="startOfPageId{item.id}"></span>

<div id="k2Container" class="itemView">
  <!-- Plugins: BeforeDisplay -->
  <!-- K2 Plugins: K2BeforeDisplay -->
  <div class="itemHeader">
    <!-- Date created -->
    <span class="itemDateCreated">
      {thai_datetime(item.published)}
    </span>
    <!-- Item title -->
    <h2 class="itemTitle">
      {escape(item.title)}
    </h2>
  </div>
  <!-- Plugins: AfterDisplayTitle -->
  <!-- K2 Plugins: K2AfterDisplayTitle -->
  <div class="itemToolbar">
    <ul>
      <!-- Font Resizer -->
      <li>
        <span class="itemTextResizerTitle">ขนาดตัวอักษร</span>
        <a href="#" id="fontDecrease"><span>ลดขนาดตัวอักษร</span><img src="{p}/components/com_k2/images/system/blank.gif" alt="ลดขนาดตัวอักษร" /></a>
        <a href="#" id="fontIncrease"><span>เพิ่มขนาดตัวอักษร</span><img src="{p}/components/com_k2/images/system/blank.gif" alt="เพิ่มขนาดตัวอักษร" /></a>
      </li>
      <!-- Print Button -->
      <li>
        <a class="itemPrintLink" rel="nofollow" href="{url}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>พิมพ์</span></a>
      </li>
      <!-- Email Button -->
      <li>
        <a class="itemEmailLink" rel="nofollow" href="{p}/index.php/th/component/mailto/?tmpl=component&amp;template=moi2017&amp;link={image_hash(item.id)[:20]}" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;"><span>อีเมล</span></a>
      </li>
    </ul>
    <div class="clr"></div>
  </div>
  <div class="itemBody">
    <!-- Plugins: BeforeDisplayContent -->
    <!-- K2 Plugins: K2BeforeDisplayContent -->
{image}{intro}    <!-- Item fulltext -->
    <div class="itemFullText">
{full_html}
    </div>
    <div class="clr"></div>
    <div class="itemContentFooter">
      <!-- Item Hits -->
      <span class="itemHits">
        อ่าน <b>{item.hits}</b> ครั้ง
      </span>
{modified}      <div class="clr"></div>
    </div>
    <!-- Plugins: AfterDisplayContent -->
    <!-- K2 Plugins: K2AfterDisplayContent -->
    <div class="clr"></div>
  </div>
  <div class="itemLinks">
{"".join(links)}    <div class="clr"></div>
  </div>
  <!-- Item navigation -->
  <div class="itemNavigation">
    <span class="itemNavigationTitle">เพิ่มเติมในหมวดหมู่นี้:</span>
{nav_html}
  </div>
  <!-- Plugins: AfterDisplay -->
  <!-- K2 Plugins: K2AfterDisplay -->
  <!-- K2 Plugins: K2CommentsBlock -->
  <!-- Item comments -->
  <a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
  <div class="itemComments">
    <!-- Item comments form -->
    <div class="itemCommentsLoginFirst">ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น</div>
  </div>
  <div class="itemBackToTop">
    <a class="k2Anchor" href="{url}#startOfPageId{item.id}">กลับไปด้านบน</a>
  </div>
  <div class="clr"></div>
</div>
<!-- End K2 Item Layout -->

{K2_VERSION_COMMENT}"""  # noqa: E501

    def _changed_component(self, item: K2Item) -> str:
        """Render the article in an unknown, non-K2 template (a site redesign)."""
        image = (
            f'    <figure class="article-figure"><img src="{self._image_path(item, "XL")}" '
            f'alt="{escape(item.image_alt)}" /></figure>\n'
            if item.has_image
            else ""
        )
        day = item.published
        short = f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} {day.year + 543}"
        body = "\n".join(f"      <p>{escape(text, quote=False)}</p>" for text in item.paragraphs)
        return f"""<div class="container news-detail">
  <article class="news-article">
    <header class="article-header">
      <h1 class="article-headline">{escape(item.title)}</h1>
      <div class="article-meta"><time datetime="{day.isoformat()}">{short}</time> · ผู้เข้าชม {item.hits}</div>
    </header>
{image}    <div class="article-content">
{body}
    </div>
  </article>
</div>"""  # noqa: E501

    def render_tag(self, tag: str, count: int) -> str:
        """Render K2's tag view with the newest items (of the latest 200) carrying *tag*."""
        found = []
        for serial in range(count - 1, max(count - 201, -1), -1):
            item = self.item(serial)
            if tag in item.tags:
                found.append(item)
            if len(found) == self.page_size:
                break
        p = self.prefix
        rows = "".join(
            f"""  <div class="tagItemView">
    <div class="tagItemHeader">
      <span class="tagItemDateCreated">{thai_datetime(item.published)}</span>
      <h2 class="tagItemTitle"><a href="{p}{item.path}">{escape(item.title)}</a></h2>
    </div>
    <div class="tagItemReadMore"><a class="k2ReadMore" href="{p}{item.path}">อ่านต่อ...</a></div>
  </div>
"""
            for item in found
        )
        main = (
            f'<!-- Start K2 Tag Layout -->\n<div id="k2Container" class="tagView">\n'
            f'  <div class="tagItemList">\n{rows}  </div>\n</div>\n<!-- End K2 Tag Layout -->\n'
            f"{K2_VERSION_COMMENT}"
        )
        return self._page(
            title=tag,
            current=CATEGORY_PATH + "/itemlist/tag/" + quote(tag),
            body_class=f"com_k2 view-itemlist task-tag itemid-{ITEMID}",
            main=main,
            crumbs=[("หน้าแรก", HOME_PATH), (tag, None)],
            count=count,
        )


# Menu pages that are not news: path below the prefix -> (title, text).
STATIC_PAGES = {
    "/index.php/th/about": ("เกี่ยวกับกระทรวง", "กระทรวงอุตสาหกรรมก่อตั้งขึ้นเมื่อ พ.ศ. 2485"),
    "/index.php/th/about/2017-04-20-15-10-02": (
        "ประวัติความเป็นมา",
        "กระทรวงอุตสาหกรรมมีหน้าที่ส่งเสริมและพัฒนาภาคอุตสาหกรรมของประเทศ",
    ),
    "/index.php/th/about/2017-04-20-15-12-37": (
        "วิสัยทัศน์และพันธกิจ",
        "ยกระดับอุตสาหกรรมไทยให้เติบโตอย่างยั่งยืนด้วยนวัตกรรม",
    ),
    "/index.php/th/executive": ("ภารกิจผู้บริหาร", "กำหนดการภารกิจของผู้บริหารกระทรวงอุตสาหกรรม"),
    "/index.php/th/procurement": ("จัดซื้อจัดจ้าง", "ประกาศจัดซื้อจัดจ้างของสำนักงานปลัดกระทรวง"),
    "/index.php/th/contact": ("ติดต่อเรา", "75/6 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ"),
}
# Top menu: (label, path, children).
TOP_MENU: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("หน้าแรก", HOME_PATH, ()),
    ("เกี่ยวกับกระทรวง", "/index.php/th/about", (
        ("ประวัติความเป็นมา", "/index.php/th/about/2017-04-20-15-10-02"),
        ("วิสัยทัศน์และพันธกิจ", "/index.php/th/about/2017-04-20-15-12-37"),
        (CATEGORY_NAME, CATEGORY_PATH),
    )),
    ("ภารกิจผู้บริหาร", "/index.php/th/executive", ()),
    ("จัดซื้อจัดจ้าง", "/index.php/th/procurement", ()),
    ("ติดต่อเรา", "/index.php/th/contact", ()),
)  # fmt: skip


def _top_menu(prefix: str, current: str) -> str:
    """Render Joomla 3's mod_menu (ul.nav.menu, li.item-N, nested ul.nav-child)."""
    current = current.split("?", 1)[0]
    lines = ['    <ul class="nav menu">']
    for n, (label, path, children) in enumerate(TOP_MENU):
        active = current == path or (
            current.startswith(path.rstrip("/") + "/") and path != HOME_PATH
        )
        classes = f"item-{101 + n}" + (" active" if active else "")
        if children:
            classes += " deeper parent"
        lines.append(f'      <li class="{classes}"><a href="{prefix}{path}">{label}</a>')
        if children:
            lines.append('        <ul class="nav-child unstyled small">')
            for m, (child_label, child_path) in enumerate(children):
                on = " current active" if current.startswith(child_path) else ""
                lines.append(
                    f'          <li class="item-{201 + n * 10 + m}{on}">'
                    f'<a href="{prefix}{child_path}">{child_label}</a></li>'
                )
            lines.append("        </ul>")
        lines.append("      </li>")
    lines.append("    </ul>")
    return "\n".join(lines)


def _breadcrumbs(prefix: str, crumbs: list[tuple[str, str | None]]) -> str:
    """Render Joomla 3's mod_breadcrumbs (ul.breadcrumb with schema.org ListItems)."""
    lines = [
        '    <div class="moduletable">',
        '      <ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">',
        '        <li class="active"><span class="divider icon-location"></span></li>',
    ]
    for n, (label, path) in enumerate(crumbs, start=1):
        if path is None:
            lines.append(
                '        <li itemprop="itemListElement" itemscope '
                'itemtype="https://schema.org/ListItem" class="active">'
                f'<span itemprop="name">{escape(label)}</span>'
                f'<meta itemprop="position" content="{n}"></li>'
            )
        else:
            lines.append(
                '        <li itemprop="itemListElement" itemscope '
                'itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{prefix}{path}" class="pathway">'
                f'<span itemprop="name">{escape(label)}</span></a>'
                '<span class="divider"> / </span>'
                f'<meta itemprop="position" content="{n}"></li>'
            )
    lines += ["      </ul>", "    </div>"]
    return "\n".join(lines)


def _table_html(rows: tuple[tuple[str, ...], ...]) -> str:
    """Render an editor's table (first row as header cells)."""
    head, *body = rows
    cells = "".join(f"<td><strong>{escape(cell)}</strong></td>" for cell in head)
    lines = [
        '<table border="1" cellspacing="0" cellpadding="4" style="width: 100%;">',
        "<tbody>",
        f"<tr>{cells}</tr>",
    ]
    lines += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in body]
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def _int_param(query: dict[str, list[str]]) -> int:
    """Return the listing offset from ?start= (SEF) or ?limitstart=; junk counts as 0."""
    for key in ("start", "limitstart"):
        values = query.get(key)
        if values:
            try:
                return max(0, int(values[0]))
            except ValueError:
                return 0
    return 0
