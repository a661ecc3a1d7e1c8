"""canonical_url(): the one place a URL becomes a primary key."""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import quote_plus, unquote, unquote_plus, urlencode, urlsplit, urlunsplit

# Query parameters that never change which article a URL names.
TRACKING_PARAMS = frozenset(
    {
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "fbclid",
        "gclid",
        "rss_id",
        "tmpl",
        "print",
        "lang",
    }
)
ALLOWED_SCHEMES = ("http", "https")
# Session parameters a server writes into URLs when it cannot set a cookie (Java servlets'
# ;jsessionid=, PHP's PHPSESSID, ColdFusion's CFID/CFTOKEN, classic ASP, osCommerce, Zen Cart):
# the same page under every visitor's session, so never part of which article a URL names.
SESSION_PARAMS = frozenset(
    {"jsessionid", "phpsessid", "aspsessionid", "cfid", "cftoken", "oscsid", "zenid"}
)
# Generic names ("sid" and "s" of phpBB and vBulletin, a custom app's "sessionid") are a session
# only when the value is a long random token: a parliament's ?sessionid=5 is a sitting, and
# WordPress's ?s= a search.
SESSION_TOKEN_PARAMS = frozenset({"sid", "s", "sessionid", "session_id", "sessid"})
SESSION_TOKEN = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[0-9a-z]{20,}", re.IGNORECASE)
# A path segment of ASP.NET's cookieless state: /(S(lit3py55t21z5v55vlm25s55))/,
# /(X(1)S(...)F(...))/ (session, anonymous id, forms ticket).
COOKIELESS_SEGMENT = re.compile(r"/\((?:[A-Z]\([0-9A-Za-z_\-]*\))+\)(?=/|$)")
# An Oracle APEX page address f?p=APP:PAGE:SESSION:...; session 0 is its public, session-less form.
APEX_ADDRESS = re.compile(r"^([^:]*:[^:]*:)(\d+)(:|$)")


@lru_cache(maxsize=8192)  # a listing's links are canonicalised by each of its readers
def canonical_url(url: str) -> str:
    """Return the canonical form of an article URL.

    Lower-case scheme and host, default port dropped, fragment dropped, tracking, print and
    session parameters dropped (see strip_sessions), remaining query sorted, ``http`` kept as
    given (sites differ).

    >>> canonical_url("HTTP://WWW.Industry.go.th:80/industry/index.php/th/item/40464-unido?rss_id=5#top")
    'http://www.industry.go.th/industry/index.php/th/item/40464-unido'
    >>> canonical_url("http://a.go.th/news/view.xhtml;jsessionid=8F3C2A91D04B7E65?id=7")
    'http://a.go.th/news/view.xhtml?id=7'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in split_query(parts.query) if k.lower() not in TRACKING_PARAMS]
    path, query = strip_sessions(parts.path or "/", query)
    return urlunsplit((scheme, host, path, join_query(query), ""))


# Pages of Microsoft's IIS (classic ASP, ASP.NET), whose paths and query names are read
# without regard to letter case: /NEWS/NEWS_VIEW.ASP?id=5 is /news/news_view.asp?ID=5.
IIS_PAGE_RE = re.compile(r"\.(?:asp|aspx|asa|ashx|asmx)$", re.I)


def case_twin_key(url: str) -> str | None:
    """Return the key two spellings of an IIS page's address share (path and query names in
    lower case, canonical otherwise), or None for any other page (case matters there).

    >>> case_twin_key("http://h/NEWS/NEWS_VIEW.ASP?id=5") == case_twin_key("http://h/news/news_view.asp?ID=5")
    True
    >>> case_twin_key("http://h/News/7-unido") is None
    True
    """
    parts = urlsplit(canonical_url(url))
    if not IIS_PAGE_RE.search(parts.path):
        return None
    query = sorted((name.lower(), value) for name, value in split_query(parts.query))
    return urlunsplit((parts.scheme, parts.netloc, parts.path.lower(), join_query(query), ""))


def page_key(url: str) -> str:
    """Return an address as compared with another for the same page: canonical, its path
    unquoted (a Thai slug raw or percent-encoded), no trailing slash.

    >>> page_key("http://h/ข่าว/") == page_key("http://h/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7")
    True
    """
    return unquote(canonical_url(url)).rstrip("/")


def browser_href(href: str) -> str:
    r"""Return a link's address as a browser reads it: backslashes in its path are slashes
    (an old editor's `..\\news\\view.asp?id=5`; the query keeps its own).

    >>> browser_href("..\\news\\news_view.asp?ID=5&q=a\\b")
    '../news/news_view.asp?ID=5&q=a\\b'
    """
    if "\\" not in href:
        return href
    cut = min((i for i in (href.find("?"), href.find("#")) if i >= 0), default=len(href))
    return href[:cut].replace("\\", "/") + href[cut:]


def split_query(query: str) -> list[tuple[str, str | None]]:
    """Split a query string into (name, value) pairs; a valueless argument's value is None.

    ``?OpenDocument`` (Lotus Domino's command, a flag) is not ``?OpenDocument=``: a server may
    know the one and not the other.

    >>> split_query("OpenView&Start=11&Count=&q=a+b")
    [('OpenView', None), ('Start', '11'), ('Count', ''), ('q', 'a b')]
    """
    pairs: list[tuple[str, str | None]] = []
    for piece in query.split("&"):
        if not piece:
            continue
        name, sep, value = piece.partition("=")
        pairs.append((unquote_plus(name), unquote_plus(value) if sep else None))
    return pairs


def join_query(query: list[tuple[str, str | None]]) -> str:
    """Join (name, value) pairs in canonical order: valueless arguments first, then the rest.

    Both groups are sorted; a valueless argument leads as it does where it is a command
    (Domino's ``?OpenView&Start=11``), and keeps no ``=``.

    >>> join_query([("Start", "11"), ("Count", "10"), ("OpenView", None)])
    'OpenView&Count=10&Start=11'
    """
    flags = sorted(quote_plus(name) for name, value in query if value is None)
    pairs = sorted((name, value) for name, value in query if value is not None)
    return "&".join([*flags, *([urlencode(pairs)] if pairs else [])])


def strip_sessions(
    path: str, query: list[tuple[str, str | None]]
) -> tuple[str, list[tuple[str, str | None]]]:
    """Remove the visitor's session from a URL's path and query arguments.

    >>> strip_sessions("/app/(S(lit3py55t21z5v55vlm25s55))/news.aspx;JSESSIONID=1A", [("id", "3")])
    ('/app/news.aspx', [('id', '3')])
    >>> strip_sessions("/news.php", [("PHPSESSID", "9k2"), ("sid", "12"), ("id", "3")])
    ('/news.php', [('sid', '12'), ('id', '3')])
    >>> strip_sessions("/ords/f", [("p", "118:2:71523390424417::NO::P2_ID:2399")])
    ('/ords/f', [('p', '118:2:0::NO::P2_ID:2399')])
    """
    segments = []
    for segment in COOKIELESS_SEGMENT.sub("", path).split("/"):
        name, *params = segment.split(";")
        kept = [p for p in params if p.split("=", 1)[0].strip().lower() not in SESSION_PARAMS]
        segments.append(";".join([name, *kept]))
    path = "/".join(segments) or "/"
    kept_query = []
    for key, value in query:
        lowered = key.lower()
        if lowered in SESSION_PARAMS:
            continue
        if lowered in SESSION_TOKEN_PARAMS and SESSION_TOKEN.fullmatch(value or ""):
            continue
        if lowered == "p" and path.endswith("/f") and value is not None:
            value = APEX_ADDRESS.sub(r"\g<1>0\g<3>", value)
        kept_query.append((key, value))
    return path, kept_query


def check_url(url: str) -> str:
    """Return *url* if it is an absolute http(s) URL, else raise ValueError naming it.

    >>> check_url("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    ValueError: not an http(s) URL: 'file:///etc/passwd'
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


def is_loopback_host(host: str, listed: set[str] | frozenset[str] = frozenset()) -> bool:
    """Tell whether a host is this machine: a listed name or any loopback address.

    >>> is_loopback_host("127.0.0.5"), is_loopback_host("::1"), is_loopback_host("10.0.0.1")
    (True, True, False)
    """
    if host in listed:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
