"""Turn a spider's raw Article into the clean record: dates, body, data out of furniture."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from crawler.items import Article, CrawlFailure, content_hash
from pipelines.boilerplate import named_source
from pipelines.record_table import HEADLINE_LABEL_RE
from pipelines.text import CleanedBody, clean_body, clean_text, parse_view_count
from pipelines.thai_dates import (
    BANGKOK,
    find_thai_dates,
    parse_thai_date_detailed,
    to_iso,
)

# Share of Thai letters among all letters above which a text is Thai.
THAI_SHARE = 0.3
THAI_LETTER = re.compile(r"[\u0e01-\u0e5b]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
# The same counts through bytes.translate (a regex scan is ten times slower on long bodies):
# cp874 encodes exactly U+0E01-U+0E5B to bytes 0xA1-0xFB, except U+0E3B-U+0E3E it lacks.
_THAI_BYTES = bytes(range(0xA1, 0xFC))
_THAI_UNENCODED = "\u0e3b\u0e3c\u0e3d\u0e3e"
_LATIN_BYTES = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
# Lines of a page's text searched for a date when no date element exists.
DATELINE_LINES = 6
# Where a date was found in the page's running text: with the text, it may be a date the
# story tells rather than the page's own.
STORY_DATE_SOURCES = frozenset({"printed: body text", "dateline: top of the text"})
# A day in an address as year/month/day segments (/2024/07/12, or a Thai system's Buddhist-era
# /2567/07/12); a dated permalink has the post's own segment after it.
DAY_PATH = r"/((?:19|20|25)[0-9]{2})/([01]?[0-9])/([0-3]?[0-9])"
BE_OFFSET = 543  # a Buddhist-era year is the Christian one + 543


def path_day(match: re.Match[str]) -> date | None:
    """Return the day a DAY_PATH match names (a Buddhist-era year read as such), or None.

    >>> path_day(re.search(DAY_PATH, "/news/2567/03/22/pr-64"))
    datetime.date(2024, 3, 22)
    >>> path_day(re.search(DAY_PATH, "/2024/2/30")) is None
    True
    """
    year, month, day = (int(group) for group in match.groups())
    if year >= 2400:
        year -= BE_OFFSET
    try:
        return date(year, month, day)
    except ValueError:
        return None


ADDRESS_DAY_RE = re.compile(DAY_PATH + r"/[^/]+")
# Years a page can plausibly have been published or modified in. The date parser has no window
# (a date in 1453 is a date); choosing a *publication* date is where implausible ones are dropped.
PUBLISHED_YEARS = (1900, 2100)


def plausible_publication(value: date | datetime) -> bool:
    """Tell whether a parsed date can be a page's publication or modification date.

    >>> plausible_publication(date(2018, 10, 3)), plausible_publication(date(1453, 5, 29))
    (True, False)
    """
    return PUBLISHED_YEARS[0] <= value.year <= PUBLISHED_YEARS[1]


def has_page_text(article: Article) -> bool:
    """Return whether an extracted Article holds a title, body text or text in its markup.

    >>> has_page_text(Article(url="u", site="s", body_html="<div><p> </p></div>"))
    False
    >>> has_page_text(Article(url="u", site="s", body_html="<p>ข่าว</p>"))
    True
    """
    return bool(article.title or article.body or _has_text(_markup(article)))


def body_text(article: Article) -> str:
    """Return the text of an extracted Article's body, as found (not yet cleaned).

    >>> body_text(Article(url="u", site="s", body_html="<p>ข่าว <b>วันนี้</b></p>"))
    'ข่าว วันนี้'
    """
    if article.body_element is not None:
        return " ".join("".join(article.body_element.itertext()).split())
    if article.body_html:
        import lxml.html

        return " ".join(lxml.html.fromstring(article.body_html).text_content().split())
    return article.body or ""


def _markup(article: Article) -> str | None:
    """Return an Article's body HTML: body_html, or its body element serialised."""
    if article.body_element is None:
        return article.body_html
    from lxml import etree

    return etree.tostring(article.body_element, method="html", encoding="unicode")


def _has_text(html: str | None) -> bool:
    """Return whether an HTML fragment holds any text outside its tags.

    >>> _has_text("<div><p> </p></div>"), _has_text("<p>ข่าว</p>"), _has_text(None)
    (False, True, False)
    """
    if not html:
        return False
    inside = False
    for char in html:
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside and not char.isspace():
            return True
    return False


def normalize_article(article: Article) -> Article:
    """Clean *article* in place and return it; unparseable values become problems, not losses."""
    article.title = clean_text(article.title) if article.title else None
    article.title = article.title or None
    body: Any = article.body_element if article.body_element is not None else article.body_html
    article.body_element = None
    if body is None and article.body is not None:
        cleaned = CleanedBody(body=article.body)  # a layout that cleaned its body already
    else:
        cleaned = clean_body(
            "" if body is None else body, title=article.title, base_url=article.url
        )
    article.body = cleaned.body or None
    # a placeholder ("-", ไม่ระบุ) in a source field names no source
    article.source = named_source(article.source) or named_source(cleaned.source)
    article.images = _unique(article.images + cleaned.images)
    article.attachments = _unique_by_url(article.attachments + cleaned.attachments)
    tags = article.tags or cleaned.tags  # a tag list printed as plain text in the body
    article.tags = _unique([clean_text(t) for t in tags if t and clean_text(t)])
    article.category = clean_text(article.category) if article.category else None
    article.category = article.category or None

    if article.view_count is None:
        raw_count = article.view_count_raw
        article.view_count = parse_view_count(raw_count) if raw_count else cleaned.view_count
        if raw_count and article.view_count is None:
            article.problems.append(f"view_count: no number in {raw_count!r}")

    if not article.modified_at_raw and cleaned.modified_raw:
        article.modified_at_raw = cleaned.modified_raw
    if not article.published_at_raw:
        dateline = _dateline(article)
        if dateline:
            article.published_at_raw = dateline
            article.published_source = "dateline: top of the text"
        elif cleaned.published_raw:
            article.published_at_raw = cleaned.published_raw
            article.published_source = "printed: labelled date line"
    if _dated_by_its_story(article):
        elsewhere = date_outside_page(article.url, article.listed_date_raw)
        if elsewhere is not None:
            article.published_source, article.published_at_raw = elsewhere
    article.published_at = _date_field(article, "published_at")
    if article.published_at is None and article.published_at_raw:
        # the date element printed no date (a submitted line left with its author only)
        elsewhere = date_outside_page(article.url, article.listed_date_raw)
        if elsewhere is not None:
            article.published_source, article.published_at_raw = elsewhere
            article.published_at = _date_field(article, "published_at")
    article.modified_at = _date_field(article, "modified_at")
    if article.title is None:
        article.problems.append("title: no title found")
    if article.body is None:
        article.problems.append("body: no body text found")
    # The words decide (a Thai ministry's /en/ pages are English); the spider's default
    # language stands only when the page has no text to tell.
    text = " ".join(t for t in (article.title, article.body) if t)
    article.language = detect_language(text) or article.language or None
    article.content_hash = content_hash(article.record())
    return article


def _dated_by_its_story(article: Article) -> bool:
    """Tell whether the page printed no date of its own: none was found, or the one found is
    a date its story tells ("เมื่อวันที่ 3 มิถุนายน 2561 ..."), still a part of the body."""
    raw = article.published_at_raw
    if not raw:
        return True
    if article.published_source not in STORY_DATE_SOURCES:
        return False
    return " ".join(raw.split()) in " ".join((article.body or "").split())


def date_outside_page(url: str, listed: str | None) -> tuple[str, str] | None:
    """Return (source, raw) of the date a page's address or its listing gives it: the day of
    a dated permalink (`/2024/06/13/slug/`), or the date the listing printed beside the link
    (with its time, when it is the same day or the address names none).

    >>> date_outside_page("https://x.go.th/2024/06/13/pr-115/", "13 มิ.ย. 67 เวลา 09.30 น.")
    ('listing: date beside the link', '13 มิ.ย. 67 เวลา 09.30 น.')
    >>> date_outside_page("https://x.go.th/2024/06/13/pr-115/", None)
    ('address: dated permalink', '2024-06-13')
    >>> date_outside_page("https://x.go.th/news/2024/06/13/", "ไม่ระบุ")
    >>> date_outside_page("http://x.go.th/pr/read.php3/2545/04/25/1", None)
    ('address: dated permalink', '2002-04-25')
    """
    addressed = _address_day(url)
    parsed = parse_thai_date_detailed(listed) if listed else None
    if parsed is not None and plausible_publication(parsed.value):
        day = parsed.value.date() if isinstance(parsed.value, datetime) else parsed.value
        if addressed is None or addressed == day:
            return ("listing: date beside the link", listed.strip())
    if addressed is not None:
        return ("address: dated permalink", addressed.isoformat())
    return None


def _address_day(url: str) -> date | None:
    """Return the day a dated permalink names (`/2024/06/13/slug`), never a day archive's."""
    match = ADDRESS_DAY_RE.search(urlsplit(url).path)
    day = path_day(match) if match is not None else None
    if day is None:
        return None
    return day if plausible_publication(day) and day <= date.today() else None


def _date_field(article: Article, name: str) -> str | None:
    raw = getattr(article, f"{name}_raw")
    if not raw:
        return None
    raw = clean_text(raw)
    setattr(article, f"{name}_raw", raw)
    # Relative dates (`2 ชั่วโมงที่แล้ว`) are resolved against the fetch time, which is now; the raw
    # text stays in the `_raw` field and a problem line records the resolution.
    parsed = parse_thai_date_detailed(raw, relative_to=datetime.now(BANGKOK))
    if parsed is None:
        article.problems.append(f"{name}: no complete date in {raw!r}")
        return None
    article.problems.extend(f"{name}: {warning}" for warning in parsed.warnings)
    if not plausible_publication(parsed.value):
        article.problems.append(
            f"{name}: {to_iso(parsed.value)} is outside the plausible years {PUBLISHED_YEARS}"
        )
        return None
    # Keep the date as printed, without label words such as ปรับปรุงล่าสุดเมื่อ around it.
    printed = raw[parsed.start : parsed.end].strip() or raw
    setattr(article, f"{name}_raw", printed)
    if isinstance(parsed.value, datetime) and NO_TIME_ENTERED_RE.search(printed):
        return to_iso(parsed.value.date())  # a database's day printed with its empty time
    return to_iso(parsed.value)


# A database datetime printed as it is stored, its time 00:00:00 when none was entered.
NO_TIME_ENTERED_RE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2} +00:00:00(?![0-9])")


def _dateline(article: Article) -> str | None:
    """Return the first date printed near the top of the page or body text."""
    for text in (article.page_text, article.body):
        if not text:
            continue
        head = "\n".join(text.splitlines()[:DATELINE_LINES])[:600]
        for match in find_thai_dates(head):
            if plausible_publication(match.value):
                return match.text
    return None


def detect_language(text: str) -> str | None:
    """Return "th" when Thai letters make a fair share of the text, "en" for Latin text.

    >>> detect_language("วันนี้ (3 ต.ค. 61) นายอุตตม UNIDO")
    'th'
    """
    raw = text.encode("cp874", "ignore")
    thai = len(raw) - len(raw.translate(None, _THAI_BYTES))
    thai += sum(text.count(ch) for ch in _THAI_UNENCODED)
    ascii_raw = text.encode("ascii", "ignore")
    latin = len(ascii_raw) - len(ascii_raw.translate(None, _LATIN_BYTES))
    if thai + latin == 0:
        return None
    return "th" if thai / (thai + latin) >= THAI_SHARE else "en"


def _unique(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def _unique_by_url(values: list[dict[str, str]]) -> list[dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for value in values:
        url = value.get("url")
        if url and (url not in result or not result[url].get("name")):
            result[url] = {"url": url, "name": clean_text(value.get("name") or "") or ""}
    return list(result.values())


# What a CMS prints where a deleted or missing item was ("no data found", "page not found",
# "this page does not exist"; Mambo's and Joomla 1.0's Thai packs: "the page you are trying to
# access does not exist (in the system)" = หน้าที่ท่านพยายามเข้าถึงไม่มีอยู่(ในระบบ); Joomla 3's
# "this article does not exist or was unpublished" = บทความนี้ไม่มี หรือถูกยกเลิกการเผยแพร่แล้ว;
# phpBB 2's "the topic or post you requested does not exist" = หัวข้อหรือข้อความที่คุณต้องการ
# ไม่มีอยู่จริง).
NOT_FOUND = re.compile(
    r"ไม่พบ(?:ข้อมูล|รายละเอียด|หน้า|บทความ|รายการ|เนื้อหา|ข่าว|ผลลัพธ์|เอกสาร|เรื่อง|โพสต์|ประกาศ)|ไม่มีข้อมูล|"
    r"(?:ข้อมูล|หน้า|บทความ|เนื้อหา|หัวข้อ|ข้อความ|กระทู้|ข่าว)(?:นี้|ที่(?:ท่าน|คุณ)\S{0,30}?)"
    r"(?:ถูกลบ|ไม่มีอยู่)|"
    r"(?:ข้อมูล|หน้า|บทความ|เนื้อหา|ข่าว|รายการ)นี้ไม่มี(?:อยู่)?(?:ใน(?:ระบบ|เว็บไซต์))?"
    r"(?=\s*(?:$|หรือ|[.!,]))|"
    r"page not found|not found|no longer available|does not exist|has been (?:removed|deleted)|"
    r"can ?not find (?:an? |the )?(?:article|news|item|page|post)|"
    r"^\s*404\b",
    re.I,
)
# What a site prints where it withholds the page (unpublished, members only): "no right to
# access" (ไม่มีสิทธิ์เข้าถึง), "not permitted to access" (ไม่ได้รับอนุญาตให้เข้าถึง), "not
# permitted to view this resource" (Joomla's ไม่ได้รับอนุญาตให้ดูทรัพยากรนี้), "access
# denied" (ปฏิเสธการเข้าถึง), "this content was unpublished" (เนื้อหานี้ถูกยกเลิกการเผยแพร่),
# "this content is reserved for members" (เนื้อหานี้สงวนไว้สำหรับสมาชิก, membership plugins),
# 403 Forbidden. Said of the page itself: the phrase stands alone or names this page ("...นี้",
# "this page"); a story says who has no access to what ("ไม่มีสิทธิ์เข้าถึงบริการ"). A members-only
# page says its content is reserved for members or staff (สงวนไว้สำหรับสมาชิก, เนื้อหานี้สำหรับ
# เจ้าหน้าที่) or asks to log in, with some account, to read it (เข้าสู่ระบบเพื่ออ่านเนื้อหา,
# เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่เพื่ออ่านเนื้อหา).
THIS_PAGE = (
    r"(?:\s*(?:เนื้อหา|หน้า(?:เว็บ)?|ข้อมูล|ข่าว|บทความ|เรื่อง|รายการ|ส่วน|ไฟล์|เอกสาร|ทรัพยากร)?"
    r"\s*(?:นี้|ดังกล่าว))?"
    r"(?=$|[\s.!,)])"
)
NO_ACCESS = re.compile(
    r"(?:ไม่มีสิทธิ์?\s*(?:ใน)?(?:การ)?|(?:ไม่(?:ได้รับ)?อนุญาต|ไม่ได้รับสิทธิ์?)\s*(?:ให้|ใน)?(?:การ)?|"
    r"ปฏิเสธการ)"
    rf"(?:เข้าถึง|เข้าดู|เข้าชม|ดู){THIS_PAGE}|"
    r"(?:เนื้อหา|หน้า|ข่าว|บทความ|รายการ)(?:นี้)?(?:ได้)?ถูกยกเลิกการเผยแพร่|"
    r"(?:เนื้อหา|หน้า|ข่าว|บทความ)(?:ส่วน)?นี้\s*(?:สงวนไว้|เปิดให้อ่าน|มีไว้)?\s*(?:สำหรับ|เฉพาะ)\s*"
    r"(?:สมาชิก|เจ้าหน้าที่|บุคลากร|ผู้ใช้(?:งาน)?ที่(?:ลงทะเบียน|เข้าสู่ระบบ))|"
    r"\b(?:this )?(?:content|page|article|post) is (?:only )?(?:for|available to|restricted to)"
    r" (?:registered |logged[- ]in )?members\b|"
    r"(?:เนื้อหา|หน้า|ข่าว|บทความ|รายการ)(?:นี้)?(?:ถูก)?สงวนไว้\s*(?:สำหรับ|เฉพาะ)\s*สมาชิก|"
    r"เข้าสู่ระบบ(?:ก่อน)?(?:\s*ด้วย[^\s.]{1,40}?)?\s*เพื่อ(?:อ่าน|ดู|เข้าถึง|เข้าชม)(?:เนื้อหา|ข่าว|บทความ)|"
    r"\b(?:(?:this|the) (?:content|page|post|article) is )?(?:for )?members[- ]only\b|"
    r"\baccess (?:is )?denied\b|^\W*(?:(?:error\s*)?403\W*)?forbidden\b|"
    r"\b(?:not (?:authori[sz]ed|allowed|permitted)|"
    r"do(?:es)? not have (?:the )?(?:permission|access))"
    r" to (?:access|view|see) (?:this|the requested)\b",
    re.I,
)
# What a server prints when the page's script failed, in the place of the page: Python's
# cgitb and traceback, PHP's fatal errors, ASP.NET's yellow page, a Java stack trace, classic
# ASP's database errors.
SERVER_ERROR_PAGE = re.compile(
    r"A problem occurred in a Python script|Traceback \(most recent call last\)|"
    r"(?:Fatal|Parse) error\s*:.{0,300}? on line \d+|Server Error in '[^']*' Application|"
    r"\bjava\.lang\.[A-Za-z]+(?:Exception|Error)\b|Microsoft OLE DB Provider for|"
    r"ADODB\.[A-Za-z]+ error",
    re.S,
)
# A "not found" message is the whole page when the body is no longer than this.
NOT_FOUND_MAX_BODY = 300
# A line no longer than this holding the message is the message; an article has at least one
# paragraph this long.
NOT_FOUND_LINE = 60
# ... or up to this long when it opens with the message (the reason after it: "ไม่พบข้อมูลข่าว
# ที่ท่านต้องการ อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว" = not found, perhaps deleted or unpublished).
NOT_FOUND_SENTENCE = 120
ARTICLE_PARAGRAPH = 200


def not_an_article(article: Article) -> str | None:
    """Return why a normalised page is an empty template and no article, or None.

    >>> not_an_article(Article(url="u", site="s", title="ข่าว", body="ไม่พบข้อมูลที่ท่านต้องการ"))
    'the page says the item is missing: ไม่พบข้อมูลที่ท่านต้องการ'
    >>> not_an_article(Article(url="u", site="s", title="ข่าวประชาสัมพันธ์",
    ...     body="หน้าที่ท่านพยายามเข้าถึงไม่มีอยู่ในระบบ\\nกรุณาเลือกหน้าจากเมนูหลัก"))[:34]
    'the page says the item is missing:'
    >>> not_an_article(Article(url="u", site="s", title="exceptions.TypeError", body="A problem "
    ...     "occurred in a Python script.\\nrow = None, title undefined"))[:36]
    'the page is a server error report: e'
    """
    body = article.body or ""
    if not body and not article.images and not article.attachments:
        return "empty template: no article text, images or attachments on the page"
    if article.title and NOT_FOUND.search(article.title):
        return f"the page says the item is missing: {article.title[:120]}"
    lines = body.splitlines()
    paragraph = any(len(line) >= ARTICLE_PARAGRAPH for line in lines)
    if article.title and withheld_heading(article.title) and not paragraph:
        # The page's heading says it is withheld ("ไม่มีสิทธิ์เข้าถึง" = no right of access,
        # Drupal's and others' access-denied page) and no paragraph of an article follows.
        return f"the page says the item is withheld: {article.title[:120]}"
    if article.title and HEADLINE_LABEL_RE.match(article.title.strip(" :")):
        # "หัวข้อข่าว" (news headline) where the headline goes: a template's placeholder.
        return f"the headline is a template's placeholder: {article.title[:120]}"
    if not paragraph and SERVER_ERROR_PAGE.search(f"{article.title or ''}\n{body}"):
        # The server's report of a script that failed (the item's row gone): no article.
        return f"the page is a server error report: {(article.title or body)[:120]}"
    if len(body) <= NOT_FOUND_MAX_BODY and is_missing_notice(body):
        return f"the page says the item is missing: {body[:120]}"
    # A whole-page template around a lone "not found" line: no line is an article paragraph.
    alone = [line for line in lines if is_notice_line(line)]
    if alone and not paragraph:
        return f"the page says the item is missing: {alone[0][:120]}"
    return None


# Words a heading may print beside the access-denied message ("คุณ" = you, "ขออภัย" = sorry,
# "Error 403:"); a story's headline about access says more.
WITHHELD_HEADING_REST = 12


def withheld_heading(title: str) -> bool:
    """Tell whether a heading is the message that the page is withheld, and little else.

    >>> withheld_heading("ไม่มีสิทธิ์เข้าถึง"), withheld_heading("คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้")
    (True, True)
    >>> withheld_heading("ผู้ป่วยไม่มีสิทธิ์เข้าถึง ยาราคาแพงในโรงพยาบาลชุมชน")
    False
    """
    found = NO_ACCESS.search(title)
    if found is None:
        return False
    rest = title[: found.start()] + title[found.end() :]
    return len(" ".join(rest.split())) <= WITHHELD_HEADING_REST


# What a longer message says of the reader's item: the one asked for (ที่ท่านต้องการ, ที่เลือก,
# ที่ค้นหา) or that it was deleted or unpublished (ถูกลบ, ยกเลิก): no story's finding says so.
NOTICE_REASON = re.compile(
    r"ท่าน|คุณ|ต้องการ|เลือก|ค้นหา|ถูกลบ|ลบแล้ว|ยกเลิก|requested|removed|deleted|unpublished", re.I
)


def is_notice_line(line: str) -> bool:
    """Tell whether a line is a "not found" message alone: short, or opening with the message
    and giving its reason.

    >>> is_notice_line("ไม่พบข้อมูลข่าวที่ท่านต้องการ อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว")
    True
    >>> is_notice_line("ไม่พบข้อมูลการระบาดของโรคใบไหม้ในพื้นที่อำเภอเมืองและอำเภอใกล้เคียงตลอดฤดูกาล")
    False
    """
    line = line.strip()
    if len(line) <= NOT_FOUND_LINE:
        return is_missing_notice(line)
    opening = NOT_FOUND.match(line)
    return (
        len(line) <= NOT_FOUND_SENTENCE and opening is not None and bool(NOTICE_REASON.search(line))
    )


def is_missing_notice(text: str) -> bool:
    """Tell whether *text* says the item is missing or withheld (no right to see it).

    >>> is_missing_notice("ไม่มีสิทธิ์เข้าถึงเนื้อหานี้"), is_missing_notice("Access denied")
    (True, True)
    >>> is_missing_notice("ไม่พบข้อมูล"), is_missing_notice("คนพิการไม่มีสิทธิ์เข้าถึงบริการ")
    (True, False)
    """
    return bool(NOT_FOUND.search(text) or NO_ACCESS.search(text))


class NormalizePipeline:
    """Scrapy adapter: normalise Article items, pass everything else through.

    A page that is an empty template (a deleted item answering 200) becomes a CrawlFailure.
    """

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        article = item if item.normalized else normalize_article(item)
        reason = not_an_article(article)
        if reason is None:
            return article
        # kind "empty" (crawler.failures.KIND_EMPTY): a page with no article body
        return CrawlFailure(url=article.url, site=article.site, kind="empty", message=reason)
