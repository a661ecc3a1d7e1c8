"""Fast checks of the third- to thirteenth-round blind red-team sites (b3_* to b13_*)
themselves, not of the crawler: expected.json is current and well formed, every listing page
serves and links every expected article and the deleted item, every expected article answers
200 with its text, the deleted item answers 200 without any article's text, an unknown path is
404, the legacy site sends windows-874 bytes with no charset declared anywhere (the frameset
site of the tenth round only in an unquoted `<meta charset=windows-874>`; the CodeIgniter site
of the twelfth round and the Umbraco site of the thirteenth in the header while their meta says
UTF-8), and each round is kept apart
from the earlier ones.  No crawls here (see bench/redteam.py --blind3 ... --blind13)."""

from __future__ import annotations

import gzip
import http.client
import http.cookiejar
import json
import re
import time
import urllib.error
import urllib.request
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.content_coding import decoded_body
from crawler.frames import text_frame
from crawler.link_header import header_canonical
from crawler.middlewares import sniffs_html
from crawler.settings import DEFAULT_REQUEST_HEADERS
from pipelines.encoding import repaired
from tests.redteam import (
    BLIND_ROUNDS,
    HELDOUT_MODULES,
    SITE_MODULES,
    load_sites,
    serve,
)

ROUNDS = {n: load_sites(m) for n, m in BLIND_ROUNDS.items()}
EVERY_BLIND = [site for sites in ROUNDS.values() for site in sites]
# (with cookies, as a browser and the crawl keep them: round 55's cookie walls answer the first
# request 302 to the same address with Set-Cookie)
_opener = urllib.request.build_opener(
    urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
)
FIELDS = {
    "url",
    "title",
    "published_at",
    "modified_at",
    "view_count",
    "source",
    "tags",
    "body_must",
    "body_must_not",
}
FAMILIES = {"wordpress", "joomla", "drupal", "generic", "thaigov", "provincial", "k2"}


def fetch(url: str, retried: bool = False):
    """GET *url*: (status, headers, body); a 503 or 429 with Retry-After is asked again once,
    as a crawler does (round 54's sites answer so the first time)."""
    request = urllib.request.Request(url, headers=CRAWL_HEADERS)
    try:
        with _opener.open(request, timeout=10) as r:
            body = decoded_body(r.read(), r.headers.get("Content-Encoding"))
            return r.status, dict(r.headers), inflated(body)
    except urllib.error.HTTPError as e:
        wait = e.headers.get("Retry-After")
        if e.code in (429, 503) and wait and wait.isdigit() and not retried:
            time.sleep(min(int(wait), 2))
            return fetch(url, retried=True)
        return e.code, dict(e.headers), e.read()


# As the crawl asks (Thai first: round 59's sites answer English otherwise).
CRAWL_HEADERS = {"Accept-Language": DEFAULT_REQUEST_HEADERS["Accept-Language"]}


def inflated(body: bytes) -> bytes:
    """A gzip body a server sent without saying so (or gzipped twice, round 59), as the crawl
    reads it (crawler.middlewares.gunzipped)."""
    while body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    return body


def load_expected(site):
    from tests.redteam._common import HERE

    return json.loads((HERE / site.key / "expected.json").read_text(encoding="utf-8"))


def url_path(path: str) -> str:
    # expected URLs may hold Thai characters (and Plone's b_start:int): percent-encode the rest
    return quote(path, safe="/?=&%:,")


def text_of(site, body: bytes) -> str:
    """The page's text as a reader sees it: entities decoded, NFC, invisible characters out,
    a sara am typed as nikhahit + sara aa joined (round 51's pasted texts)."""
    import html
    import unicodedata

    import lxml.html

    raw = decoded(site, body)
    # words a Word paste splits over spans (round 51): the page's text, tags out
    flat = lxml.html.fromstring(raw.encode("utf-8")).text_content() if raw.strip() else ""
    # runs of spaces (a Word paste's &nbsp;&nbsp;, round 58) read as one, as the crawl reads them
    folded = " ".join(flat.replace("\xa0", " ").split())
    # a double-encoded page's Thai put right, as the crawl reads it (round 59)
    text = html.unescape(raw) + "\n" + flat + "\n" + folded + "\n" + repaired(flat)
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text).replace("\xa0", " ")
    return re.sub("\u0e4d([\u0e48-\u0e4b]?)\u0e32", "\\1\u0e33", text)


def decoded(site, body: bytes) -> str:
    """The page's text: in the site's charset, or windows-874 for a site whose bytes are
    mislabelled on purpose (a round-50 trap: TIS-620 in the header, cp874 bytes)."""
    try:
        return body.decode(site.charset)
    except UnicodeDecodeError:
        return body.decode("cp874")


HREF_RE = re.compile(r"""(?:href=["']|"url"\s*:\s*")([^"'<>]+)""")


URL_SAFE = ":/?&=%#;,+@!$'()*[]~"


def sorted_query(base: str, path: str) -> str:
    """A path as listed_paths reports it: canonical (its query sorted), unquoted (round 54
    links one article with its query in two orders)."""
    from crawler.urls import canonical_url

    return unquote(canonical_url(base + url_path(unquote(path)))[len(base) :])


def listed_paths(base: str, html: str, hops: int = 0, at: str | None = None) -> set[str]:
    """The paths the listing's links lead to: each link as printed, without session or
    tracking parameters, and where it redirects (a shortlink, a non-SEF address); with
    *hops*, the links of the pages they lead to as well (a listing paged only by POST whose
    articles a month archive links: round 51)."""
    from crawler.urls import browser_href, canonical_url

    out: set[str] = set()
    pages: list[tuple[str, str]] = []
    for href in set(HREF_RE.findall(html)):
        href = href.replace("\\/", "/")
        if (
            href.startswith(("#", "javascript:", "mailto:"))
            or "://" in href
            and not href.startswith(base)
        ):
            continue
        url = urljoin(at or base + "/", browser_href(href))  # (round 55's `..\news\view.asp`)
        clean = canonical_url(url)
        out.add(unquote(clean[len(base) :] if clean.startswith(base) else clean))
        if urlsplit(clean).path.endswith((".css", ".js", ".png", ".jpg", ".gif", ".ico")):
            continue
        try:  # (links were unquoted for matching: a tag's "Amazing Thailand" quoted again)
            with _opener.open(quote(url, safe=URL_SAFE), timeout=10) as r:
                final = r.geturl()
                body = r.read() if "html" in r.headers.get("Content-Type", "") else b""
                body = decoded_body(body, r.headers.get("Content-Encoding"))
                # the canonical a server names in its Link header only (round 60)
                named = header_canonical(r.headers.get_all("Link") or [], final)
                if named is not None:
                    out.add(unquote(canonical_url(named)[len(base) :]))
                if hops and body:
                    pages.append((r.geturl(), body.decode("utf-8", "replace")))
        except (urllib.error.URLError, ValueError, http.client.HTTPException):
            continue
        moved = sent_on(final, body)  # a moved address's page: meta refresh or script (round 55)
        if moved is not None:
            out.add(unquote(canonical_url(moved)[len(base) :]))
        if final != url:
            out.add(unquote(canonical_url(final)[len(base) :]))
    for page_url, page in pages:
        out |= listed_paths(base, unquote(page.replace("&amp;", "&")), hops - 1, page_url)
    return out


def sent_on(url: str, body: bytes) -> str | None:
    """The address a short page sends the browser on to, by meta refresh or by script."""
    from w3lib.html import get_meta_refresh

    from crawler.middlewares import SCRIPT_JUMP_RE, SCRIPTS_RE

    if not body or len(body) > 20_000:
        return None
    text = body.decode("utf-8", "replace")
    _, refresh = get_meta_refresh(text, url)
    if refresh:
        return refresh
    for script in SCRIPTS_RE.findall(text):
        jump = SCRIPT_JUMP_RE.search(script)
        if jump:
            return urljoin(url, jump.group(1).replace("\\", "/"))
    return None


@pytest.fixture(
    scope="module",
    params=EVERY_BLIND,
    ids=lambda s: s.key,
)
def served(request):
    site = request.param
    with serve(site) as base:
        yield site, base


def _earlier(n: int) -> list[str]:
    out = SITE_MODULES + HELDOUT_MODULES
    for m in range(3, n):
        out = out + BLIND_ROUNDS[m]
    return out


@pytest.mark.parametrize(
    ("sites", "modules", "prefix", "earlier"),
    [
        (ROUNDS[n], BLIND_ROUNDS[n], f"b{n}_", _earlier(n))
        for n in BLIND_ROUNDS
        if BLIND_ROUNDS[n]  # a round being built has no modules yet
    ],
    ids=[f"blind{n}" for n in BLIND_ROUNDS if BLIND_ROUNDS[n]],
)
def test_blind_rounds_are_separate(sites, modules, prefix, earlier):
    assert len(sites) >= 4
    assert len({s.key for s in sites}) == len(sites) == len(modules)
    assert all(m.startswith(prefix) for m in modules)
    # "b1" is a prefix of "b10_": a round's prefix ends in "_", and no later round's module
    # may carry an earlier round's prefix (nor the reverse)
    assert prefix.endswith("_")
    assert not any(m.startswith(prefix) for m in earlier)
    assert not set(modules) & set(earlier)
    assert all(s.family in FAMILIES for s in sites)


def test_expected_json_is_current(served):
    site, _ = served
    doc = load_expected(site)
    assert doc["site"] == site.key and doc["family"] == site.family
    assert doc["listing"] == site.listing_path
    assert doc["listing_pages"] == site.listing_pages()
    assert doc["deleted"] == site.deleted_paths()
    assert doc["articles"] == json.loads(json.dumps(site.expected(), ensure_ascii=False))
    arts = doc["articles"]
    assert 20 <= len(arts) <= 26
    assert len({a["url"] for a in arts}) == len(arts), "article URLs must be unique"
    for rec in arts:
        assert set(rec) >= FIELDS
        # (a one-paragraph item, a poster and its caption line, gives two phrases)
        assert len(rec["body_must"]) >= 2 and rec["body_must_not"]
        assert not set(rec["body_must"]) & set(rec["body_must_not"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\+07:00)?", rec["published_at"])
        if rec["modified_at"] is not None:
            assert rec["modified_at"] >= rec["published_at"][:10]
        assert rec["view_count"] is None or rec["view_count"] > 0


def test_listing_pages_serve_and_link_everything(served):
    site, base = served
    doc = load_expected(site)
    pages = doc["listing_pages"]
    assert len(pages) >= 3
    html = ""
    for p in pages:
        status, headers, body = fetch(base + url_path(p))
        assert status == 200, p
        # an HTML page, or the JSON API a scripted listing page reads (round 50)
        assert re.search(r"text/html|application/json", headers.get("Content-Type", ""))
        html += decoded(site, body)
    html = unquote(html.replace("&amp;", "&"))
    followed: set[str] | None = None
    for rec in doc["articles"] + [{"url": d} for d in doc["deleted"]]:
        path = unquote(rec["url"])
        if re.search(re.escape(path.lstrip("/")) + r"(?![\w-])", html):
            continue
        # listed through a redirect, a shortlink or with a session id (round 50)
        first_page = base + url_path(pages[0])
        followed = listed_paths(base, html, at=first_page) if followed is None else followed
        if path not in followed and unquote(url_path(path)) not in followed:
            followed |= listed_paths(base, html, hops=1, at=first_page)  # through an archive
        assert (
            path in followed
            or unquote(url_path(path)) in followed
            or sorted_query(base, path) in followed
        ), path


def test_deleted_item_is_linked_from_page_2(served):
    site, base = served
    doc = load_expected(site)
    status, _, body = fetch(base + url_path(doc["listing_pages"][1]))
    assert status == 200
    html = unquote(decoded(site, body).replace("&amp;", "&"))
    for d in doc["deleted"]:
        if not re.search(re.escape(unquote(d).lstrip("/")) + r"(?![\w-])", html):
            at = base + url_path(doc["listing_pages"][1])
            listed = listed_paths(base, html, hops=1, at=at)
            assert unquote(d) in listed or sorted_query(base, d) in listed, d


def test_every_expected_article_answers_200_with_its_text(served):
    site, base = served
    for rec in load_expected(site)["articles"]:
        status, headers, body = fetch(base + url_path(rec["url"]))
        assert status == 200, rec["url"]
        # an HTML page, whatever a misconfigured server labels it (round 57: text/plain,
        # application/octet-stream, no type), as the crawl reads it
        assert "text/html" in headers.get("Content-Type", "") or sniffs_html(body), rec["url"]
        text = text_of(site, body)
        frame = text_frame(decoded(site, body), base + url_path(rec["url"]))
        if frame is not None:  # the text in a same-site frame (round 58), as the crawl reads it
            text += "\n" + text_of(site, fetch(frame)[2])
        for m in rec["body_must"]:
            assert m in text, (rec["url"], m)
        assert rec["title"] in text, rec["url"]


def test_deleted_item_answers_a_page_and_is_not_expected(served):
    """A deleted item answers a page: 200 with an empty template, or (round 52) a 404 / 410
    with the whole site template, or a redirect home (followed)."""
    site, base = served
    doc = load_expected(site)
    expected_paths = {unquote(r["url"]) for r in doc["articles"]}
    assert doc["deleted"]
    for d in doc["deleted"]:
        assert unquote(d) not in expected_paths
        status, _, body = fetch(base + url_path(d))
        assert status in (200, 404, 410), d
        assert body.strip(), d
        text = text_of(site, body)
        # sidebars may repeat a headline, but no article's text is on the deleted page
        assert not any(all(m in text for m in r["body_must"]) for r in doc["articles"]), d


def test_unknown_path_is_404(served):
    site, base = served
    status, _, _ = fetch(base + "/no/such/page/here.xyz")
    assert status == 404


def test_legacy_site_sends_windows_874_without_declaring_it():
    site = next(s for s in ROUNDS[4] if s.key == "b4_maxsite_tis620")
    with serve(site) as base:
        rec = load_expected(site)["articles"][0]
        status, headers, body = fetch(base + url_path(rec["url"]))
        assert status == 200
        assert headers["Content-Type"] == "text/html"  # no charset parameter
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        low = body.lower()
        assert b"charset" not in low and b"<meta" not in low and b"<?xml" not in low
        assert rec["title"].encode("cp874") in body
        status, headers, body = fetch(base + url_path(load_expected(site)["listing_pages"][0]))
        assert headers["Content-Type"] == "text/html"
        assert "ข่าวประชาสัมพันธ์".encode("cp874") in body


def test_fusion_site_sends_windows_874_declared_only_in_meta():
    site = next(s for s in ROUNDS[7] if s.key == "b7_phpfusion_tis620")
    with serve(site) as base:
        rec = load_expected(site)["articles"][0]
        status, headers, body = fetch(base + url_path(rec["url"]))
        assert status == 200
        assert headers["Content-Type"] == "text/html"  # the header names no charset
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert b"charset=tis-620" in body.lower()
        assert rec["title"].encode("cp874", "xmlcharrefreplace") in body


def test_xoops_site_sends_windows_874_under_a_utf_8_header():
    site = next(s for s in ROUNDS[8] if s.key == "b8_xoops_mislabel")
    with serve(site) as base:
        rec = load_expected(site)["articles"][0]
        status, headers, body = fetch(base + url_path(rec["url"]))
        assert status == 200
        assert headers["Content-Type"] == "text/html; charset=UTF-8"  # the header lies
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert b"charset=windows-874" in body.lower()  # the meta tells the truth
        assert rec["title"].encode("cp874", "xmlcharrefreplace") in body
        status, headers, body = fetch(base + url_path(load_expected(site)["listing_pages"][1]))
        assert headers["Content-Type"] == "text/html; charset=UTF-8"
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")


def test_police_site_sends_tis_620_without_declaring_it():
    site = next(s for s in ROUNDS[9] if s.key == "b9_police_fontface")
    with serve(site) as base:
        doc = load_expected(site)
        for path in (doc["articles"][0]["url"], doc["listing_pages"][1], doc["deleted"][0]):
            status, headers, body = fetch(base + url_path(path))
            assert status == 200
            assert headers["Content-Type"] == "text/html"  # no charset parameter
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
            low = body.lower()
            assert b"charset" not in low and b"<?xml" not in low and b"http-equiv" not in low
        status, _, body = fetch(base + url_path(doc["articles"][0]["url"]))
        assert doc["articles"][0]["title"].encode("cp874", "xmlcharrefreplace") in body


def test_frameset_site_sends_windows_874_declared_only_by_a_short_meta():
    site = next(s for s in ROUNDS[10] if s.key == "b10_frameset_874")
    with serve(site) as base:
        doc = load_expected(site)
        for path in (doc["articles"][0]["url"], doc["listing_pages"][1], doc["deleted"][0], "/"):
            status, headers, body = fetch(base + url_path(path))
            assert status == 200, path
            assert headers["Content-Type"] == "text/html"  # the header names no charset
            low = body.lower()
            assert b"<meta charset=windows-874>" in low  # unquoted, HTML5 form, the only hint
            assert b"http-equiv" not in low and b"<?xml" not in low
        status, _, body = fetch(base + url_path(doc["articles"][0]["url"]))
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert doc["articles"][0]["title"].encode("cp874", "xmlcharrefreplace") in body
        status, _, body = fetch(base + "/")
        assert b"<frameset" in body and b'src="news/news_list.php"' in body


@pytest.mark.parametrize(
    ("round_", "key", "meta"),
    [
        (12, "b12_ci3_obt874", b'<meta charset="utf-8">'),
        (13, "b13_umbraco_874", b'<meta charset="utf-8" />'),
    ],
)
def test_site_sends_windows_874_declared_by_the_header_while_its_meta_says_utf_8(
    round_: int, key: str, meta: bytes
) -> None:
    site = next(s for s in ROUNDS[round_] if s.key == key)
    with serve(site) as base:
        doc = load_expected(site)
        for path in (doc["articles"][0]["url"], doc["listing_pages"][1], doc["deleted"][0]):
            status, headers, body = fetch(base + url_path(path))
            assert status == 200, path
            # the header is right
            assert headers["Content-Type"] == "text/html; charset=windows-874"
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
            assert meta in body  # the meta lies
        status, _, body = fetch(base + url_path(doc["articles"][0]["url"]))
        assert doc["articles"][0]["title"].encode("cp874", "xmlcharrefreplace") in body


def test_perl_board_sends_windows_874_without_declaring_it():
    site = next(s for s in ROUNDS[19] if s.key == "b19_perl_newsboard")
    with serve(site) as base:
        doc = load_expected(site)
        for path in (doc["articles"][0]["url"], doc["listing_pages"][1], doc["deleted"][0]):
            status, headers, body = fetch(base + url_path(path))
            assert status == 200, path
            assert headers["Content-Type"] == "text/html"  # no charset parameter
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
            low = body.lower()
            assert b"charset" not in low and b"<meta" not in low and b"<?xml" not in low
        status, _, body = fetch(base + url_path(doc["articles"][0]["url"]))
        assert doc["articles"][0]["title"].encode("cp874", "xmlcharrefreplace") in body
