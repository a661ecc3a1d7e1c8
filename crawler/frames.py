"""An article page that shows its text in a frame: the frame's page put where the frame is.

Some portals print the headline, date and counter on the article page and load the text itself
into an `<iframe src="/news/123/content">` of the same site. A reader sees one page; khaosan
fetches the frame and reads the page with the frame's text in place of the frame, as a browser
lays it out. Frames of other hosts (video, maps, social posts) and file viewers are never text.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

IFRAME_RE = re.compile(r"<iframe\b[^>]*>(?:.*?</iframe\s*>)?", re.I | re.S)
SRC_RE = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
BODY_RE = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|$)", re.I | re.S)
# Frames that are not the text: a file or a file viewer, a widget (counters, polls, maps,
# calendars, weather, chat, banners, players).
NOT_TEXT_RE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|mp[34]|swf)(?:[?#]|$)|viewer|pdfjs|counter|stat|"
    r"poll|vote|map|calendar|weather|chat|banner|player|video|share|like|comment|captcha",
    re.I,
)
FRAME_TEXT_CHARS = 300  # an article page printing less text than this may hold it in a frame


def text_frame(html: str, url: str) -> str | None:
    """Return the address of the first same-site frame that can hold the page's text.

    >>> text_frame('<h2>ข่าว</h2><iframe title="เนื้อหาข่าว" src="/news/5/content"></iframe>',
    ...     "http://h/news/5")
    'http://h/news/5/content'
    >>> text_frame('<iframe src="https://www.youtube.com/embed/x"></iframe>', "http://h/n/5")
    >>> text_frame('<iframe src="/files/a.pdf"></iframe>', "http://h/n/5")
    """
    if "<iframe" not in html and "<IFRAME" not in html:
        return None
    host = urlsplit(url).netloc.lower()
    for tag in IFRAME_RE.findall(html):
        found = SRC_RE.search(tag.split(">", 1)[0])
        src = next((v for v in found.groups() if v is not None), "").strip() if found else ""
        if not src or src.lower().startswith(("javascript:", "about:", "data:", "#")):
            continue
        target = urljoin(url, src)
        if urlsplit(target).netloc.lower() != host or NOT_TEXT_RE.search(urlsplit(target).path):
            continue
        return target
    return None


def inline_frame(html: str, url: str, frame_url: str, frame_html: str) -> str:
    """Return *html* with the frame showing *frame_url* replaced by the frame page's body.

    >>> inline_frame('<h2>ข่าว</h2><iframe src="/n/5/c"></iframe><p>แชร์</p>', "http://h/n/5",
    ...     "http://h/n/5/c", '<html><body><p>เนื้อหา</p></body></html>')
    '<h2>ข่าว</h2><div class="khaosan-frame"><p>เนื้อหา</p></div><p>แชร์</p>'
    """
    body = BODY_RE.search(frame_html)
    inner = body.group(1) if body else frame_html
    for match in IFRAME_RE.finditer(html):
        found = SRC_RE.search(match.group(0).split(">", 1)[0])
        src = next((v for v in found.groups() if v is not None), "").strip() if found else ""
        if src and urljoin(url, src) == frame_url:
            framed = f'<div class="khaosan-frame">{inner}</div>'
            return html[: match.start()] + framed + html[match.end() :]
    return html
