"""Listing rows and cards that open their article by script, with no link around the headline.

Old table listings and some script front ends make a whole row or card clickable instead of
linking the headline: `<tr onclick="location.href='news_detail.php?id=5'">`, `<div
data-href="/th/news/5">`, `window.open('/news/view/5', '_self')`. A reader follows them as
links: the headline text of each such element is given a link to the address it opens.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

# Elements that open an address when clicked (links themselves aside).
CLICKABLE = etree.XPath(
    "(//@onclick | //@data-href | //@data-url | //@data-link)/parent::*[not(self::a)]"
    "[not(ancestor-or-self::*[self::head or self::script])]"
)
# The address a click handler opens: location.href = '...', location.assign('...'),
# location.replace('...'), window.open('...').
CLICK_URL_RE = re.compile(
    r"""(?:location(?:\.href)?\s*=|location\.(?:assign|replace)\s*\(|window\.open\s*\()\s*"""
    r"""["']([^"'\s]+)["']"""
)
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
INLINE = frozenset({"span", "b", "strong", "i", "em", "font", "small", "br", "img", "u", "time"})


def click_target(el: Any) -> str | None:
    """Return the address an element opens when clicked, as printed (None if it opens none).

    >>> from lxml import html
    >>> click_target(html.fromstring('<tr onclick="location.href=\\'news.php?id=5\\'"></tr>'))
    'news.php?id=5'
    >>> click_target(html.fromstring('<div data-href="/th/news/5"></div>'))
    '/th/news/5'
    >>> click_target(html.fromstring('<button onclick="window.print()">พิมพ์</button>')) is None
    True
    """
    for name in ("data-href", "data-url", "data-link"):
        value = (el.get(name) or "").strip()
        if value:
            return None if value.startswith(("#", "javascript:")) else value
    found = CLICK_URL_RE.search(el.get("onclick") or "")
    if found is None or found.group(1).startswith(("#", "javascript:")):
        return None
    return found.group(1)


def with_click_links(root: Any) -> int:
    """Give the headline of each clickable row or card that holds no link a link to the
    address it opens; return how many were given. (Run on a listing page's tree.)

    >>> from lxml import html
    >>> page = html.fromstring('<table><tr onclick="location.href=\\'v.php?id=5\\'"><td>1</td>'
    ...     '<td>ประชุมคณะกรรมการจังหวัด</td><td>5 มี.ค. 67</td></tr></table>')
    >>> with_click_links(page), html.tostring(page.find('.//a'), encoding='unicode')
    (1, '<a href="v.php?id=5">ประชุมคณะกรรมการจังหวัด</a>')
    """
    given = 0
    for el in CLICKABLE(root):
        target = click_target(el)
        if target is None or el.find(".//a[@href]") is not None:
            continue
        holder = _headline_holder(el)
        if holder is None:
            continue
        link = holder.makeelement("a", {"href": target})
        link.text, holder.text = holder.text, None
        for child in list(holder):
            link.append(child)  # (moves the child, its tail with it)
        holder.append(link)
        given += 1
    return given


def _headline_holder(el: Any) -> Any:
    """Return the element printing a clickable element's headline: its heading, else its
    innermost element of the longest text (a row's title cell), else itself."""
    for heading in el.iter(*HEADINGS):
        return heading
    best, longest = None, 0
    for node in el.iter():
        if not isinstance(node.tag, str) or any(
            isinstance(child.tag, str) and child.tag not in INLINE for child in node
        ):
            continue
        size = len("".join(node.itertext()).strip())
        if size > longest:
            best, longest = node, size
    return best
