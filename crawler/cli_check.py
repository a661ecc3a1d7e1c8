"""`khaosan check SITE|URL`: one listing (or feed) and two articles, to see a layout change."""

from __future__ import annotations

import json
import sys
import urllib.request
from typing import Any

import click

from crawler.cli_common import EXIT_BROKEN, CliError, RunError

# Fields whose absence means the site's layout no longer matches its rules.
VITAL = ("title", "published_at", "body")
REPORTED = (
    "title",
    "published_at",
    "body",
    "modified_at",
    "source",
    "view_count",
    "category",
    "tags",
    "images",
)
ARTICLES = 2


def fetch(url: str) -> Any:
    """Fetch *url* into a Scrapy response (the right class for its type, Thai encodings fixed)."""
    from scrapy.http import Request
    from scrapy.responsetypes import responsetypes

    from crawler import settings
    from crawler.extract import MAX_BYTES
    from crawler.middlewares import ThaiEncodingMiddleware

    request = urllib.request.Request(url, headers={"User-Agent": settings.USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=settings.DOWNLOAD_TIMEOUT) as reply:
            body = reply.read(MAX_BYTES + 1)
            headers = {k: v for k, v in reply.headers.items()}
            final = reply.geturl()
    except (OSError, ValueError) as error:
        raise RunError(f"cannot fetch {url}: {error}") from None
    cls = responsetypes.from_args(headers=headers, url=final, body=body)
    scrapy_request = Request(final)
    response = cls(url=final, body=body, headers=headers, request=scrapy_request)
    return ThaiEncodingMiddleware().process_response(scrapy_request, response)


def check_site(spider: Any, echo: Any = click.echo) -> int:
    """Check one listing and its first articles; return 0 when every vital field came out, else 3.

    A page that cannot be fetched raises RunError (exit 1): the host, not the layout, failed.
    """
    from scrapy.http import TextResponse

    from crawler.feeds import xml_kind
    from crawler.sitemaps import sitemap_children
    from pipelines.layouts.wordpress import is_rest_listing
    from pipelines.normalize import normalize_article

    listing_url = spider.entry_urls()[0]
    response = fetch(listing_url)
    if isinstance(response, TextResponse) and xml_kind(response.body) == "sitemap":
        children = sitemap_children(response.body, response.url)
        if children:
            response = fetch(children[-1])
    echo(f"listing {response.url} (HTTP {response.status})")
    articles: list[Any] = []
    site = spider.site_key
    if isinstance(response, TextResponse) and is_rest_listing(response.url):
        posts = json.loads(response.text)
        found = (spider.layout.extract_post(post, site=site) for post in posts[:ARTICLES])
        articles = [a for a in found if a]
    elif isinstance(response, TextResponse):
        links = list(dict.fromkeys(url for url, _ in spider.extract_listing(response)))
        echo(f"  {len(links)} article links found")
        for url in links[:ARTICLES]:
            page = fetch(url)
            if not isinstance(page, TextResponse):
                echo(f"article {url}: not a text page")
                continue
            articles.append(spider.layout.extract(spider.page(page), page.url, site=site))
    if not articles:
        echo("FAIL: no article found on the listing (its layout may have changed)")
        return EXIT_BROKEN
    status = 0
    for article in articles:
        record = normalize_article(article).record()
        empty = [f for f in REPORTED if record.get(f) in (None, [], "")]
        echo(json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True))
        missing = [f for f in VITAL if f in empty]
        verdict = "FAIL" if missing else "ok"
        echo(f"{verdict} {record['url']}: empty fields: {', '.join(empty) or 'none'}")
        status = status or (EXIT_BROKEN if missing else 0)
    return status


@click.command()
@click.argument("target")
@click.option("--cms", help="CMS family for a URL target (default generic).")
@click.option("--base-url", help="Point a registry site at another host (a replica).")
def check(target: str, cms: str | None, base_url: str | None) -> None:
    """Fetch one listing (or feed) and two articles; exit 3 when title, date or body is missing.

    Exit status: 0 done, the layout fits; 1 could not work (host unreachable, HTTP error);
    2 usage error; 3 layout looks changed (no article on the listing, or a title, date or body
    missing).

    Example: khaosan check industry_go_th --base-url http://127.0.0.1:8000
    """
    from crawler.registry import UnknownSite
    from crawler.spiders.site import family_spider, site_spider

    try:
        if target.startswith(("http://", "https://")):
            spider_cls = family_spider(cms or "generic", target)
        else:
            spider_cls = site_spider(target)
        spider = spider_cls(base_url=base_url, mode="check")
    except (UnknownSite, ValueError) as error:
        raise CliError(str(error)) from None
    sys.exit(check_site(spider))


COMMANDS = [check]
