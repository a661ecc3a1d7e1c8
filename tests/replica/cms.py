"""CmsSite: what the non-K2 replica families share (article model, routing, feed, sitemap).

Articles are numbered by *serial*, oldest first, and derived on demand from the corpus, so a
family only says how its URLs look and how its pages are marked up. ``layout="changed"`` serves
article pages in an unknown template (what `khaosan check` must notice).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from functools import lru_cache
from html import escape
from typing import Any

from crawler.replica.base import Response, html_response
from crawler.replica.corpus import load_corpus
from crawler.replica.k2 import THAI_MONTHS, THAI_MONTHS_SHORT

BANGKOK = timezone(timedelta(hours=7), "Asia/Bangkok")
FIRST_PUBLISHED = datetime(2021, 1, 4, 9, 30, tzinfo=BANGKOK)
STEP = timedelta(hours=19, minutes=7)  # serial k is published k steps after the first
LAYOUTS = ("normal", "changed")
THAI_WEEKDAYS = (
    "วันจันทร์",
    "วันอังคาร",
    "วันพุธ",
    "วันพฤหัสบดี",
    "วันศุกร์",
    "วันเสาร์",
    "วันอาทิตย์",
)  # Monday first, as datetime.weekday()
TAGS = ("อุตสาหกรรม", "SMEs", "เศรษฐกิจ", "นวัตกรรม")


@dataclass(frozen=True, slots=True)
class Post:
    """One replica article."""

    serial: int
    id: int
    slug: str
    title: str
    published: datetime
    modified: datetime | None
    paragraphs: tuple[str, ...]
    category: str
    tags: tuple[str, ...]
    hits: int


def thai_date(value: datetime, *, short: bool = False, dot: bool = True) -> str:
    """Format a day as Thai text with a Buddhist-era year.

    >>> thai_date(datetime(2021, 3, 3), short=True, dot=False)
    '03 มี.ค 2564'
    """
    month = (THAI_MONTHS_SHORT if short else THAI_MONTHS)[value.month - 1]
    if short and not dot:
        month = month.rstrip(".")
    return f"{value.day:02d} {month} {value.year + 543}"


def weekday_line(value: datetime) -> str:
    """Format thaigov's first body line.

    >>> weekday_line(datetime(2019, 11, 3))
    'วันอาทิตย์ที่ 3 พฤศจิกายน 2562'
    """
    month = THAI_MONTHS[value.month - 1]
    return f"{THAI_WEEKDAYS[value.weekday()]}ที่ {value.day} {month} {value.year + 543}"


def paragraphs_html(post: Post) -> str:
    """Return the post's paragraphs as <p> elements."""
    return "\n".join(f"<p>{escape(p)}</p>" for p in post.paragraphs)


class CmsSite:
    """Base of a replica family: subclasses set prefix/site_key and render pages."""

    family = ""
    date_only = False  # the family prints days only (no time): expected dates are days

    def __init__(
        self,
        articles: int = 30,
        *,
        page_size: int = 10,
        prefix: str | None = None,
        site_key: str | None = None,
        layout: str = "normal",
        seed: int = 0,
    ) -> None:
        """Configure the site; articles are derived on demand."""
        if layout not in LAYOUTS:
            raise ValueError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
        if not 1 <= articles <= 100_000:
            raise ValueError(f"article count must be 1..100000, got {articles}")
        self.prefix = (prefix if prefix is not None else f"/{self.family}").rstrip("/")
        self.site_key = site_key or f"{self.family}_replica"
        self.page_size = page_size
        self.layout = layout
        self.seed = seed
        self.base_url = "http://127.0.0.1"
        self._count = articles
        self._lock = threading.Lock()
        self.post = lru_cache(maxsize=4096)(self._build_post)

    # -- Family protocol -----------------------------------------------------------------------

    def bind(self, base_url: str) -> None:
        """Learn the server's base URL."""
        self.base_url = base_url.rstrip("/")

    @property
    def article_count(self) -> int:
        """Return how many articles the site serves now."""
        return self._count

    def set_article_count(self, count: int) -> None:
        """Publish or withdraw articles at the newest end."""
        with self._lock:
            self._count = count

    def expected_articles(self) -> list[dict[str, Any]]:
        """Return the ground truth, newest first."""
        return [self.expected(self.post(s)) for s in range(self._count - 1, -1, -1)]

    def routes(self, path: str, query: dict[str, list[str]]) -> Response | None:
        """Answer a GET below the prefix (subclasses route by `route`)."""
        if not path.startswith(self.prefix):
            return None
        return self.route(path[len(self.prefix) :] or "/", query, self._count)

    def route(self, local: str, query: dict[str, list[str]], count: int) -> Response | None:
        """Answer a path below the prefix; None = 404."""
        raise NotImplementedError

    # -- model ---------------------------------------------------------------------------------

    def _build_post(self, serial: int) -> Post:
        corpus = load_corpus()
        text = corpus[(serial + self.seed * 7) % len(corpus)]
        cycle = serial // len(corpus)
        title = text.title if cycle == 0 else f"{text.title} (ฉบับที่ {cycle + 1})"
        published = FIRST_PUBLISHED + serial * STEP
        modified = published + timedelta(hours=3) if serial % 4 == 1 else None
        return Post(
            serial=serial,
            id=1000 + 3 * serial + self.seed,
            slug=f"news-{1000 + 3 * serial + self.seed}",
            title=title,
            published=published,
            modified=modified,
            paragraphs=text.paragraphs,
            category=text.category,
            tags=(TAGS[serial % len(TAGS)],) if serial % 3 == 0 else (),
            hits=17 + (serial * 7919) % 5000,
        )

    def newest(self, count: int, start: int, size: int) -> list[Post]:
        """Return the posts at listing positions start..start+size, newest first."""
        return [self.post(count - 1 - pos) for pos in range(start, min(start + size, count))]

    def pages(self, count: int) -> int:
        """Return the listing's page count."""
        return max(1, -(-count // self.page_size))

    def post_by_id(self, post_id: int, count: int) -> Post | None:
        """Return the published post with *post_id*, or None."""
        serial, rest = divmod(post_id - 1000 - self.seed, 3)
        return self.post(serial) if rest == 0 and 0 <= serial < count else None

    # -- URLs and truth ------------------------------------------------------------------------

    def article_path(self, post: Post) -> str:
        """Return the article's path below the prefix."""
        raise NotImplementedError

    def article_url(self, post: Post) -> str:
        """Return the article's absolute URL (as stored: canonical)."""
        return self.base_url + self.prefix + self.article_path(post)

    @property
    def listing_url(self) -> str:
        """Return the first listing page's URL."""
        raise NotImplementedError

    def published_iso(self, post: Post) -> str:
        """Return the published date as the crawl must store it."""
        if self.date_only:
            return post.published.date().isoformat()
        return post.published.isoformat()

    def expected(self, post: Post) -> dict[str, Any]:
        """Return what a perfect crawl stores for *post*."""
        return {
            "url": self.article_url(post),
            "site": self.site_key,
            "title": post.title,
            "published_at": self.published_iso(post),
            "body": "\n".join(post.paragraphs),
            "tags": list(post.tags),
        }

    # -- shared responses ----------------------------------------------------------------------

    def html(self, text: str, kind: str, status: int = 200) -> Response:
        """Return an HTML page answer (UTF-8)."""
        return html_response(text, status=status, kind=kind)

    def rss(self, count: int, *, title: str, link: str, limit: int = 20) -> Response:
        """Return an RSS 2.0 feed of the newest posts (pubDate in +0700)."""
        items = "".join(
            f"<item><title>{escape(p.title)}</title><link>{escape(self.article_url(p))}</link>"
            f'<guid isPermaLink="true">{escape(self.article_url(p))}</guid>'
            f"<description>{escape(p.paragraphs[0][:200])}</description>"
            f"<pubDate>{format_datetime(p.published)}</pubDate></item>\n"
            for p in self.newest(count, 0, limit)
        )
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>{escape(link)}</link>"
            f"<description>{escape(title)}</description><language>th</language>\n"
            f"{items}</channel></rss>\n"
        )
        return xml_response(text, "application/rss+xml")

    def atom(self, count: int, *, title: str, limit: int = 20) -> Response:
        """Return an Atom feed of the newest posts."""
        entries = "".join(
            f'<entry><title>{escape(p.title)}</title><link rel="alternate" type="text/html" '
            f'href="{escape(self.article_url(p))}"/><id>{escape(self.article_url(p))}</id>'
            f"<published>{p.published.isoformat()}</published>"
            f"<updated>{(p.modified or p.published).isoformat()}</updated></entry>\n"
            for p in self.newest(count, 0, limit)
        )
        updated = self.post(count - 1).published.isoformat()
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>{escape(self.listing_url)}</id>"
            f"<updated>{updated}</updated>\n{entries}</feed>\n"
        )
        return xml_response(text, "application/atom+xml")

    def sitemap_index(self, count: int, child_url: Any, per_file: int = 10) -> Response:
        """Return a sitemap index whose children hold *per_file* URLs each (oldest first)."""
        files = max(1, -(-count // per_file))
        rows = []
        for n in range(files):
            last = self.post(min(count, (n + 1) * per_file) - 1)
            rows.append(
                f"<sitemap><loc>{escape(child_url(n + 1))}</loc>"
                f"<lastmod>{(last.modified or last.published).isoformat()}</lastmod></sitemap>"
            )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows)
            + "\n</sitemapindex>\n"
        )
        return xml_response(text, "application/xml")

    def sitemap_urlset(self, count: int, number: int, per_file: int = 10) -> Response | None:
        """Return child sitemap *number* (1-based): posts oldest first, with lastmod."""
        serials = range((number - 1) * per_file, min(count, number * per_file))
        if not serials:
            return None
        rows = "\n".join(
            f"<url><loc>{escape(self.article_url(p))}</loc>"
            f"<lastmod>{(p.modified or p.published).astimezone(UTC).isoformat()}</lastmod>"
            "<changefreq>monthly</changefreq></url>"
            for p in map(self.post, serials)
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}\n</urlset>\n'
        )
        return xml_response(text, "application/xml")

    def changed_article(self, post: Post) -> str:
        """Render an article in a redesigned, unknown template (no family selector matches)."""
        return (
            '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">'
            f'<title>ข่าวสาร</title></head><body><div class="app-root">'
            f'<div class="x9f-wrap"><div class="x9f-h">{escape(post.title)}</div>'
            f'<div class="x9f-c">{paragraphs_html(post)}</div></div></div></body></html>'
        )


def xml_response(text: str, content_type: str) -> Response:
    """Return an XML answer (feeds, sitemaps) in UTF-8."""
    headers = {"Content-Type": f"{content_type}; charset=utf-8"}
    kind = "sitemap" if "<urlset" in text[:300] or "<sitemapindex" in text[:300] else "feed"
    return Response(status=200, headers=headers, body=text.encode("utf-8"), kind=kind)


def int_param(query: dict[str, list[str]], name: str, default: int = 0) -> int:
    """Return an integer query parameter, *default* when absent or not a number."""
    value = (query.get(name) or [""])[0]
    return int(value) if value.isdigit() else default


def chrome(
    *,
    title: str,
    site_name: str,
    main: str,
    head: str = "",
    body_class: str = "",
    nav: list[tuple[str, str]] | None = None,
    latest: list[tuple[str, str]] | None = None,
) -> str:
    """Wrap *main* in a Thai government site template: header menu, side box, footer."""
    menu = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in nav or [])
    side = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in latest or [])
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{head}<link rel="stylesheet" href="/static/site.css">
</head>
<body class="{escape(body_class)}">
<header class="site-header"><div class="logo"><a href="/">{escape(site_name)}</a></div>
<nav class="main-menu"><ul class="menu">{menu}</ul></nav></header>
<div class="container"><main id="main" class="content">
{main}
</main>
<aside class="sidebar"><div class="widget"><h3>ข่าวล่าสุด</h3><ul>{side}</ul></div>
<div class="widget"><h3>หน่วยงานในสังกัด</h3><ul><li><a href="http://www.thaigov.go.th/">รัฐบาลไทย</a></li></ul></div>
</aside></div>
<footer class="site-footer"><p>สงวนลิขสิทธิ์ © {escape(site_name)} ถนนพระรามที่ 6 กรุงเทพฯ 10400 โทร 0 2202 3000</p>
<p>ผู้เข้าชม 1,204,311</p></footer>
<script>window.dataLayer = window.dataLayer || [];</script>
</body>
</html>
"""  # noqa: E501
