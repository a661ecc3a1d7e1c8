"""Get past a site's intro page: follow its "enter site" link, then ask again for the page.

Thai government sites put an intro page (a mourning or royal-birthday banner, a campaign
poster) in front of the whole site: the first request for any address answers a redirect to
it, or the page itself, until a cookie says the visitor has entered. The intro page prints
little besides a picture and an "เข้าสู่เว็บไซต์ / ENTER SITE" link, which sets the cookie
(Scrapy's cookie middleware keeps it) and leads on.
"""

from __future__ import annotations

import re
from typing import Any

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import Request, Response

from crawler.urls import browser_href, canonical_url
from pipelines.html_tree import html_selector

# What an intro page's way in says, alone on its link or its button's picture ("เข้าสู่เว็บไซต์",
# "เข้าสู่เว็บไซด์" as often misspelt, "คลิกเพื่อเข้าสู่หน้าหลัก", "ENTER SITE", "Skip intro").
ENTER_WORDS = (
    r"(?:คลิก(?:ที่นี่)?\s*(?:เพื่อ)?\s*)?เข้า(?:สู่)?\s*(?:เว็บ\s*ไซ[ตด]์?|เว็บ|หน้า\s*(?:หลัก|เว็บ"
    r"(?:\s*ไซ[ตด]์?)?))(?:\s*หลัก)?"
    r"|(?:click\s+(?:here\s+)?to\s+)?enter(?:\s+(?:the\s+)?(?:web\s*)?site|\s+website)?"
    r"|skip(?:\s+intro)?|ข้าม(?:หน้านี้|อินโทร)?"
)
ENTER_LABEL_RE = re.compile(
    rf"[\s>»→]*(?:{ENTER_WORDS})(?:\s*[/|·:\-]?\s*(?:{ENTER_WORDS}))*[\s<«»→!.]*", re.I
)
INTRO_HINT_RE = re.compile(r"enter|skip|เข้าสู่|เข้าเว็บ|ข้าม", re.I)
INTRO_TEXT_CHARS = 1000  # an intro page prints a dedication at most, never a list or a story
INTRO_LINKS = 6  # distinct addresses its links lead to (the way in, a language, a logo)
INTRO_BYTES = 40_000
SHOWN_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
SPLASH_FOR = "khaosan_splash_for"  # meta: the address asked for before an intro page answered


def enter_link(html: str) -> str | None:
    """Return the "enter site" link of an intro page (None for any other page).

    >>> enter_link('<body><img src="b.jpg" alt="ทรงพระเจริญ"><p>ข้าพระพุทธเจ้า</p>'
    ...     '<a href="/?intro=enter">เข้าสู่เว็บไซต์</a> | <a href="/?intro=enter">ENTER SITE</a>')
    '/?intro=enter'
    >>> enter_link('<body><p>ไม่พบข้อมูล</p><a href="/">กลับสู่หน้าหลัก</a></body>') is None
    True
    """
    if html.count("<a ") + html.count("<A ") > 2 * INTRO_LINKS or not INTRO_HINT_RE.search(html):
        return None  # (a page of many links, most pages: no intro page, no parse)
    root = html_selector(html).root  # (an XHTML page's XML declaration and all)
    shown = " ".join(" ".join(root.xpath(SHOWN_TEXT)).split())
    if len(shown) > INTRO_TEXT_CHARS:
        return None
    links = [
        (a.get("href", "").strip(), a)
        for a in root.iter("a")
        if a.get("href", "").strip() and not a.get("href", "").strip().startswith("#")
    ]
    if not links or len({href for href, _ in links}) > INTRO_LINKS:
        return None
    for href, a in links:
        if href.lower().startswith(("javascript:", "mailto:")):
            continue
        label = " ".join(" ".join([*a.itertext(), *a.xpath(".//img/@alt")]).split())
        if label and ENTER_LABEL_RE.fullmatch(label):
            return href
    return None


class SplashPageMiddleware(MetaRefreshMiddleware):
    """Follow an intro page's way in, then ask again for the address the spider wanted.

    The way in usually leads back to that address; where it leads elsewhere (the home page),
    the address is asked for once more, now with the cookie. One intro page per request: a page
    that shows it again is left to the spider (and recorded there as what it is).
    """

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        wanted = request.meta.get(SPLASH_FOR)
        if wanted is not None:
            if canonical_url(response.url) == canonical_url(wanted) or response.status != 200:
                return response
            again = self._redirect_request_using_get(request, response, wanted)
            again = self._redirect(again, request, "after the intro page")
            again.meta[SPLASH_FOR] = None
            again.meta["khaosan_splash_done"] = True
            again.dont_filter = True
            return again
        if (
            request.meta.get("khaosan_splash_done")
            or request.meta.get("dont_redirect", False)
            or response.status != 200
            or len(response.body) > INTRO_BYTES
            or not hasattr(response, "text")
        ):
            return response
        target = enter_link(response.text)
        if target is None:
            return response
        target = response.urljoin(browser_href(target))
        chain = request.meta.get("redirect_urls") or [request.url]
        entering = self._redirect_request_using_get(request, response, target)
        entering = self._redirect(entering, request, "intro page")
        entering.meta[SPLASH_FOR] = str(chain[0])
        entering.dont_filter = True
        return entering
