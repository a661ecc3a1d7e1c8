"""`khaosan check SITE|URL`: one listing (or feed) and two articles, to see a layout change."""

from __future__ import annotations

import functools
import http.cookiejar
import json
import sys
import urllib.request
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import click

from crawler.cli_common import EXIT_BROKEN, CliError, RunError
from crawler.urls import check_url

# Cookies kept across the check's requests, as the crawl keeps them: a cookie wall answers the
# first request 302 to the same address with Set-Cookie.
_OPENER = urllib.request.build_opener(
    urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
)

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
LINKS_PER_ARTICLE = 3  # listing links tried for each article read


def fetch(url: str, entered: bool = False) -> Any:
    """Fetch *url* into a Scrapy response (the right class for its type, Thai encodings fixed).

    An intro page in front of the site is entered through its way in and *url* asked for
    again once, as the crawl does (crawler.splash)."""
    from scrapy.http import Request
    from scrapy.responsetypes import responsetypes
    from w3lib.url import safe_url_string

    from crawler import settings
    from crawler.content_coding import decoded_body
    from crawler.extract import MAX_BYTES
    from crawler.link_header import with_header_canonical
    from crawler.middlewares import ThaiEncodingMiddleware
    from crawler.splash import INTRO_BYTES, enter_link

    LANGUAGE = {"Accept-Language": settings.DEFAULT_REQUEST_HEADERS["Accept-Language"]}

    # A Thai address pasted from the browser (/ข่าวประชาสัมพันธ์) is sent percent-encoded, as
    # Scrapy sends it; urllib would refuse its non-ASCII characters.
    request = urllib.request.Request(
        safe_url_string(url), headers={"User-Agent": settings.USER_AGENT, **LANGUAGE}
    )
    try:
        with _OPENER.open(request, timeout=settings.DOWNLOAD_TIMEOUT) as reply:
            # (decompressed here: a server may send brotli or deflate whatever was asked)
            coding = reply.headers.get("Content-Encoding")
            body = decoded_body(reply.read(MAX_BYTES + 1), coding, MAX_BYTES + 1)
            headers = {k: v for k, v in reply.headers.items() if k.lower() != "content-encoding"}
            final = reply.geturl()
            body = with_header_canonical(body, reply.headers.get_all("Link") or [], final)
    except (OSError, ValueError) as error:
        raise RunError(f"cannot fetch {url}: {error}") from None
    cls = responsetypes.from_args(headers=headers, url=final, body=body)
    scrapy_request = Request(final)
    response = cls(url=final, body=body, headers=headers, request=scrapy_request)
    response = ThaiEncodingMiddleware().process_response(scrapy_request, response)
    way_in = (
        enter_link(response.text)
        if not entered and hasattr(response, "text") and len(body) <= INTRO_BYTES
        else None
    )
    if way_in is None:
        return response
    fetch(response.urljoin(way_in), entered=True)  # (its cookie is what counts)
    return fetch(url, entered=True)


def check_site(spider: Any, echo: Any = click.echo) -> int:
    """Check one listing and its first articles; return 0 when every vital field came out, else 3.

    A page that cannot be fetched raises RunError (exit 1): the host, not the layout, failed.
    """
    return inspect_site(spider, echo)[0]


def inspect_site(
    spider: Any, echo: Any = click.echo, fetch: Any = fetch
) -> tuple[int, list[dict[str, Any]]]:
    """Check one listing and its first articles; return the exit status and their records."""
    from scrapy.http import TextResponse

    from crawler.feeds import xml_kind
    from crawler.sitemaps import sitemap_children
    from pipelines.layouts import LAYOUT_PROBLEM, read_article
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
        # A link that fails (a print page answering 404) is reported and the next one tried.
        for url in links[: ARTICLES * LINKS_PER_ARTICLE]:
            if len(articles) == ARTICLES:
                break
            try:
                page = fetch(url)
            except RunError as error:
                echo(f"article {url}: {error}")
                continue
            if not isinstance(page, TextResponse):
                echo(f"article {url}: not a text page")
                continue
            articles.append(read_article(spider.layout, spider.page(page), page.url, site=site))
    if not articles:
        echo("FAIL: no article found on the listing (its layout may have changed)")
        return EXIT_BROKEN, []
    status = 0
    records = []
    for article in articles:
        record = normalize_article(article).record()
        records.append(record)
        empty = [f for f in REPORTED if record.get(f) in (None, [], "")]
        echo(json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True))
        missing = [f for f in VITAL if f in empty]
        unfit = [p for p in record["problems"] if p.startswith(LAYOUT_PROBLEM)]
        verdict = "FAIL" if missing or unfit else "ok"
        echo(f"{verdict} {record['url']}: empty fields: {', '.join(empty) or 'none'}")
        for problem in unfit:
            echo(f"  {problem}")
        status = status or (EXIT_BROKEN if missing or unfit else 0)
    return status, records


# Families tried at most when a URL is checked without --cms (generic always among them).
TRIED_FAMILIES = 4
# A fingerprint score this high names the CMS (a generator, its paths, its API links), not
# just a class name other themes use too (entry-content).
STRONG_EVIDENCE = 2


@dataclass
class FamilyTrial:
    """What one CMS family made of a site's listing and first articles."""

    family: str
    status: int
    records: list[dict[str, Any]]
    reasons: list[str]
    evidence: int = 0  # the fingerprint's score for the family

    @property
    def score(self) -> tuple[bool, int, int, bool, int, int, int]:
        """Rank trials: passing, articles, vital fields, strong CMS markers on the page, the
        other fields, the dates the family's own date element gave, then weak markers (a
        class name other themes print too)."""

        def filled(names: tuple[str, ...]) -> int:
            return sum(1 for r in self.records for f in names if r.get(f) not in (None, [], ""))

        strong = self.evidence >= STRONG_EVIDENCE
        return (
            self.status == 0,
            len(self.records),
            filled(VITAL),
            strong,
            filled(REPORTED),
            self.own_dates(),
            self.evidence,
        )

    def own_dates(self) -> int:
        """Count the articles dated by the family's own date element (its selectors fit the
        template), not by a generic reading of the page (a date beside the headline, the
        text's dateline) that any family falls back on."""
        from pipelines.layouts.generic import SAME_DAY_TIMED

        if self.family == "generic":
            return 0
        # its element's own reading, or that day given its time by the page's machine value
        own = (f"date element: {self.family}", SAME_DAY_TIMED)
        return sum(1 for r in self.records if r.get("published_source") in own)

    def timed_dates(self) -> int:
        """Count the articles whose publication came out with its time of day."""
        return sum(1 for r in self.records if "T" in (r.get("published_at") or ""))

    def read_whole_generically(self) -> bool:
        """Tell whether the family failed only because its layout did not fit: every article
        came out with its title, date and body, read by the generic layout where it missed."""
        return (
            self.status == EXIT_BROKEN
            and bool(self.records)
            and all(r.get(f) not in (None, [], "") for r in self.records for f in VITAL)
        )

    def line(self) -> str:
        """Return one line: the family, its verdict and what came out of each field."""
        verdict = "ok" if self.status == 0 else "FAIL"
        shown = ("title", "published_at", "body", "source", "view_count", "modified_at")
        fields = ", ".join(
            f"{f} {sum(1 for r in self.records if r.get(f) not in (None, [], ''))}/"
            f"{len(self.records)}"
            for f in shown
        )
        why = f" ({'; '.join(self.reasons)})" if self.reasons else ""
        return f"{self.family}: {verdict}, {len(self.records)} articles; {fields}{why}"


def detect_family(url: str, echo: Any = click.echo) -> FamilyTrial:
    """Fingerprint the page at *url*, try the likeliest families on it; return the best trial."""
    from crawler.spiders.site import family_spider
    from pipelines.detect import FAMILY_ORDER, fingerprint

    fetched = functools.cache(fetch)  # every family reads the same pages: fetch each once
    response = fetched(url)
    text = getattr(response, "text", "")
    headers = {
        k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()
    }
    found = fingerprint(text, response.url, headers)
    candidates = found.candidates()
    if len(candidates) > 2:
        tried = [*candidates[: TRIED_FAMILIES - 1], "generic"]
    else:  # no CMS marker on the page: every family gets a try, generic last
        tried = [f for f in FAMILY_ORDER if f != "generic"] + ["generic"]
    trials = []
    quiet = lambda *_: None  # noqa: E731 - the per-family detail is summarised below
    for family in dict.fromkeys(tried):
        spider = family_spider(family, url)(mode="check")
        try:
            status, records = inspect_site(spider, quiet, fetched)
        except RunError as error:
            status, records = EXIT_BROKEN, []
            echo(f"{family}: {error}")
        trial = FamilyTrial(
            family, status, records, found.reasons.get(family, []), found.scores.get(family, 0)
        )
        echo(trial.line())
        trials.append(trial)
    return chosen(trials)


def _readings(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the records without what says where a value came from (published_source)."""
    return [{k: v for k, v in r.items() if k != "published_source"} for r in records]


def chosen(trials: list[FamilyTrial]) -> FamilyTrial:
    """Return the best trial; a family that reads the pages exactly as the generic layout does,
    on weak evidence (a class name, no generator, paths or API links), is not the site's CMS."""
    best = max(trials, key=lambda t: t.score)
    generic = next((t for t in trials if t.family == "generic"), None)
    if best is generic:
        # The page names its CMS (generator meta, core paths) on a template the family's
        # selectors do not know, and the generic layout read it whole within the family: the
        # family it is (its listings and fields, the generic reading where its selectors miss).
        named = [
            t
            for t in trials
            if t.evidence >= STRONG_EVIDENCE
            and t.read_whole_generically()
            and len(t.records) == len(best.records)
        ]
        if named:
            return max(named, key=lambda t: (t.evidence, t.score))
    if (
        generic is not None
        and best is not generic
        and best.evidence < STRONG_EVIDENCE
        and generic.status == best.status
        and generic.score[:3] == best.score[:3]
    ):
        same = _readings(generic.records) == _readings(best.records)
        if (same and best.evidence > 0) or (best.evidence == 0 and best.own_dates() == 0):
            # the same reading from a family a class name suggests; or a family the page
            # names not at all whose own date element read nothing: its template is not the
            # site's (what more it fills, its selectors matched by chance)
            return generic
        if generic.timed_dates() > best.timed_dates():
            # a family a class name suggests whose date element drops the time of day the
            # page prints (hAtom's abbr text, its title holding the time): not the template
            return generic
    return best


@click.command()
@click.argument("target")
@click.option("--cms", help="CMS family for a URL target (default: detect it).")
@click.option("--base-url", help="Point a registry site at another host (a replica).")
def check(target: str, cms: str | None, base_url: str | None) -> None:
    """Fetch one listing (or feed) and two articles; exit 3 when title, date or body is missing.

    A URL without --cms is fingerprinted (generator meta, CMS markers) and the likeliest
    families are tried on it; one line per family says what came out, and the last line names
    the family picked (`family: wordpress`).

    Exit status: 0 done, the layout fits; 1 could not work (host unreachable, HTTP error);
    2 usage error; 3 layout looks changed (no article on the listing, or a title, date or body
    missing).

    Example: khaosan check industry_go_th --base-url http://127.0.0.1:8000
    """
    from crawler.registry import UnknownSite
    from crawler.spiders.site import family_spider, site_spider

    is_url = target.startswith(("http://", "https://"))
    try:
        if is_url and not cms:
            check_url(target)
        elif is_url:
            spider = family_spider(cms or "generic", target)(base_url=base_url, mode="check")
        else:
            spider = site_spider(target)(base_url=base_url, mode="check")
    except (UnknownSite, ValueError) as error:
        raise CliError(str(error)) from None
    if is_url and not cms:
        best = detect_family(target)
        click.echo(f"family: {best.family}")
        sys.exit(best.status)
    sys.exit(check_site(spider))


@click.command()
@click.argument("url")
@click.option(
    "--registry",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Registry file to append to (default: the installed crawler/sites.toml).",
)
@click.option("--key", help="Site key (default: the URL's host, dots to _).")
@click.option(
    "--ministry", default="ไม่ระบุ (not set)", show_default=True, help="The site's ministry."
)
def add(url: str, registry: Path | None, key: str | None, ministry: str) -> None:
    """Detect a site's family, check it, and append its [[site]] table to the registry.

    The key comes from the host, the names from the page's site name, the policy from
    robots.txt; the table is printed and appended only when the check passes.

    Exit status: 0 added; 1 could not work (host unreachable); 2 usage error (bad URL, the key
    is taken); 3 no family fits the site.

    Example: khaosan add https://www.example.go.th/news
    """
    from crawler.registry import (
        RegistryError,
        UnknownSite,
        load_registry,
        parse_registry,
        registry_path,
        site_table,
        validate_entry,
    )

    try:
        check_url(url)
    except ValueError as error:
        raise CliError(str(error)) from None
    path = registry or registry_path()
    key = key or host_key_of(url)
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        taken = parse_registry(text) if "[[site]]" in text else {}
    except (OSError, RegistryError) as error:
        raise CliError(f"{path}: {error}") from None
    if key in taken or (registry is None and key in load_registry()):
        raise CliError(f"site {key!r} is already in the registry ({path})")
    best = detect_family(url)
    click.echo(f"family: {best.family}")
    if best.status != 0:
        click.echo(f"not added: no family reads {url} completely", err=True)
        sys.exit(best.status)
    entry = new_site_entry(url, key, best.family, ministry)
    try:
        validate_entry(entry, 0)
    except (UnknownSite, RegistryError) as error:
        raise CliError(str(error)) from None
    table = site_table(entry)
    with path.open("a", encoding="utf-8") as out:
        out.write("\n" + table)
    click.echo(table, nl=False)
    click.echo(f"added {key} ({best.family}) to {path}", err=True)


def host_key_of(url: str) -> str:
    """Return the registry key of a URL's host."""
    from crawler.registry import host_key

    return host_key(url)


def new_site_entry(url: str, key: str, family: str, ministry: str) -> dict[str, Any]:
    """Return the [[site]] table of a checked URL: names from the page, policy from robots.txt."""
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    start = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    name = site_name(fetch(url)) or key
    entry: dict[str, Any] = {
        "key": key,
        "name_th": name,
        "name_en": name,
        "ministry": ministry,
        "cms": family,
        "base_url": base,
        "start_paths": [start],
        "discovery": "listing",
        "policy": "allowed",
        "markup_confirmed": date.today().isoformat(),
        "notes": f"added by khaosan add from {url}",
    }
    if not robots_allow(base, url):
        entry["policy"] = "robots-forbidden"
        entry["policy_reason"] = f"robots.txt of {base} disallows {start}"
        entry["policy_date"] = date.today().isoformat()
    return entry


def site_name(response: Any) -> str | None:
    """Return the site's own name: og:site_name, else the part of <title> every page shares."""
    selector = getattr(response, "css", None)
    if selector is None:
        return None
    name = response.css('meta[property="og:site_name"]::attr(content)').get()
    if name and name.strip():
        return " ".join(name.split())
    title = " ".join((response.css("title::text").get() or "").split())
    for separator in (" | ", " – ", " - ", " :: "):
        if separator in title:
            return title.rsplit(separator, 1)[-1].strip() or None
    return title or None


def robots_allow(base: str, url: str) -> bool:
    """Tell whether the site's robots.txt lets khaosan fetch *url* (no robots.txt: yes)."""
    from urllib.robotparser import RobotFileParser

    from crawler import settings

    try:
        response = fetch(base + "/robots.txt")
    except RunError:
        return True
    if getattr(response, "status", 200) >= 400:
        return True
    parser = RobotFileParser()
    parser.parse(response.text.splitlines())
    return parser.can_fetch(settings.USER_AGENT, url)


COMMANDS = [check, add]
