"""Links whose target sits in JavaScript: pagers that page by script, not by href.

SharePoint list views, ASP.NET and many in-house portals print `href="javascript:"` (or "#")
and put the next page's address in the click handler: `RefreshPageTo(event,
"\\u002fnews\\u002fPages\\u002fdefault.aspx?Paged=TRUE&PageFirstRow=11")`,
`location.href='/news?page=2'`. The address is read when it is a quoted same-site URL or
query string; a handler with no address (a postback) gives nothing.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

# JavaScript string escapes that hide an address's slashes: \u002f, \x2f, \/.
JS_ESCAPE_RE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\(/)")
# A quoted address inside a script: absolute, rooted or a bare query string.
SCRIPT_URL_RE = re.compile(r"""["']((?:https?://|/|\?)[^"'\s<>]+)["']""")
SCRIPT_HREF_RE = re.compile(r"^\s*(?:javascript:|#|$)", re.I)


def _unescape(script: str) -> str:
    """Undo JavaScript string escapes.

    >>> _unescape(r"\\u002fth\\u002fNews\\/x")
    '/th/News/x'
    """
    return JS_ESCAPE_RE.sub(lambda m: m.group(3) or chr(int(m.group(1) or m.group(2), 16)), script)


def script_target(link: Any, url: str) -> str | None:
    """Return the same-site address a script link opens, or None.

    >>> from lxml import html
    >>> a = html.fromstring('''<a href="javascript:" onclick="RefreshPageTo(event,
    ...   &quot;\\\\u002fnews\\\\u002fdefault.aspx?Paged=TRUE&amp;PageFirstRow=11&quot;)">»</a>''')
    >>> script_target(a, "http://h/news/default.aspx")
    'http://h/news/default.aspx?Paged=TRUE&PageFirstRow=11'
    >>> script_target(html.fromstring('<a href="javascript:window.open(\\'https://x.com/s\\')">s</a>'),
    ...               "http://h/") is None
    True
    """
    href = link.get("href") or ""
    if not SCRIPT_HREF_RE.match(href):
        return None
    script = _unescape(" ".join([href, link.get("onclick") or ""]))
    host = urlsplit(url).netloc
    for found in SCRIPT_URL_RE.finditer(script):
        target = urljoin(url, found.group(1))
        if urlsplit(target).netloc == host and len(found.group(1)) > 1:
            return target
    return None


def link_target(link: Any, url: str, join: Any) -> str | None:
    """Return a link's absolute address: its href, else the address its script opens."""
    href = (link.get("href") or "").strip()
    if href and not SCRIPT_HREF_RE.match(href) and not href.startswith("mailto:"):
        return str(join(url, href))
    return script_target(link, url)
