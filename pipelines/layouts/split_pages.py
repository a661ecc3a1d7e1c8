"""An article split over several pages: the address of its next page.

Editors split long posts with a page-break: WordPress's `<!--nextpage-->` (pages at
`<permalink>2/`, "หน้า: 1 2"), Joomla's page-break plug-in (`&limitstart=1`, "หน้า 1 จาก 2"),
Drupal's Paging module (`?page=0,1`). The page prints links to its other pages: the same
address with a page number added, as a path segment or one paging parameter. The crawl follows
them and joins the parts into one record at the first page's address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler.urls import page_key, split_query
from pipelines.layouts.base import Page

# The query parameters that number a page of one item (Drupal's page, Joomla's limitstart
# and start, WordPress's page and paged).
PAGE_PARAMS = frozenset({"page", "limitstart", "start", "paged"})
MAX_PARTS = 20  # a split article of more pages is read up to here
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# A link printing a page number only ("2", "๒") or the next page's words.
NUMBERED_LINKS = etree.XPath(
    "//a[@href][normalize-space(.) != '']"
    "[translate(normalize-space(.), '0123456789๐๑๒๓๔๕๖๗๘๙', '') = '']"
)
NEXT_LINKS = etree.XPath(
    "//a[@href][contains(., 'ถัดไป') or contains(., 'หน้าต่อไป') or contains(., 'Next')"
    " or contains(., 'next') or normalize-space(.) = '›' or normalize-space(.) = '»']"
)
# What an address of a second page holds, looked for in the markup before any tree walk:
# WordPress's page number as the last path segment, Drupal's page, Joomla's limitstart
# (looked for in the lower-cased page: a superset of the pages printing them).
PAGE_MARKERS = ('/2/"', "/2/'", "page=", "start=")
NEXT_WORDS_RE = re.compile(r"\s*(?:ถัดไป|หน้าต่อไป|next(?:\s+page)?)?\s*[›»>]*\s*", re.I)


def next_part(
    page: Page, url: str, first: str | None = None, read: Iterable[str] = ()
) -> str | None:
    """Return the address of the next page of the article at *url*, if it is split.

    *first*: the address of its first page (default *url*); *read*: the addresses of the
    pages read so far (the first included). The next page is the one numbered one more than
    the pages read, or a "next" link to a page of the same article not read yet.

    >>> html = ('<p>text</p><div class="page-link"><span>หน้า:</span> <span>1</span> '
    ...     '<a href="/2024/03/05/news/2/">2</a></div>')
    >>> next_part(Page(text=html), "http://h/2024/03/05/news/")
    'http://h/2024/03/05/news/2/'
    >>> next_part(Page(text='<a href="/2024/03/04/other/">2</a>'), "http://h/2024/03/05/news/")
    """
    first = first or url
    done = {page_key(address) for address in (first, url, *read)}
    wanted = len(done) + 1
    if wanted == 2 and not any(marker in page.words() for marker in PAGE_MARKERS):
        return None  # no address of a second page in the markup: the article is whole
    root = page.sel.root
    for link in NUMBERED_LINKS(root):
        if int(link.text_content().strip().translate(THAI_DIGITS)) != wanted:
            continue
        target = urljoin(url, link.get("href").strip())
        if page_key(target) not in done and continues(target, first):
            return target
    for link in NEXT_LINKS(root):
        if NEXT_WORDS_RE.fullmatch(link.text_content()) is None:
            continue
        target = urljoin(url, link.get("href").strip())
        if page_key(target) not in done and continues(target, first):
            return target
    return None


def continues(target: str, first: str) -> bool:
    """Tell whether *target* is another page of the item at *first*: the same address with a
    page number as one more path segment, or with one paging parameter added or changed.

    >>> continues("http://h/node/7?page=0,1", "http://h/node/7")
    True
    >>> continues("http://h/index.php?id=5&catid=9&limitstart=1", "http://h/index.php?catid=9&id=5")
    True
    >>> continues("http://h/news/2", "http://h/news/1")
    False
    """
    one, two = urlsplit(page_key(target)), urlsplit(page_key(first))
    if one.netloc != two.netloc:
        return False
    params = dict(split_query(one.query))
    base = dict(split_query(two.query))
    if one.path != two.path:
        head, _, number = one.path.rpartition("/")
        return number.isdigit() and head == two.path and params == base
    added = {name for name in params if params[name] != base.get(name)}
    if len(added) != 1 or not added <= PAGE_PARAMS:
        return False
    name = added.pop()
    rest = {key: value for key, value in params.items() if key != name}
    return rest == {key: value for key, value in base.items() if key != name}
