# ruff: noqa: E501 - page templates: long HTML lines are kept as the CMSs print them
"""Rebuild the gold pages: python tests/gold/_build.py (deterministic; writes pages/*.html + .json).

Each page is written from a known article (a text of shared/corpus/thaigov-sample), so the
expected JSON is the ground truth of how the page was built, never an extractor's output.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urljoin

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
CORPUS = HERE.parents[2] / "shared" / "corpus" / "thaigov-sample"

MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]  # full month names
SHORT = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]  # abbreviated month names
WEEKDAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]  # Mon..Sun
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
DATE_LINE_RE = re.compile(r"^วัน\S+ที่\s+(\d+)\s+(\S+)\s+(\d{4})$")
SEPARATOR_RE = re.compile(r"^[\s\-._=*~–—…•·#+]{3,}$")
SIGNOFF_RE = re.compile(r"^[-._=*~–—…•·#+]{4,}")
BYLINE_RE = re.compile(r"^(?:Written by|เขียนโดย|ข่าว\s*:|ภาพ\s*:)")
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
SPACES_RE = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
BODY_CAP = 3200  # characters of article text taken from one corpus text


def norm(text: str) -> str:
    """Return text as the body contract has it: NFC, no invisibles, spaces folded."""
    text = INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))
    return SPACES_RE.sub(" ", text).strip()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass
class Story:
    """An article read from the corpus: headline, section, date and paragraphs."""

    key: str
    title: str
    section: str
    day: date
    paragraphs: list[str]


def load_stories() -> dict[str, Story]:
    """Read every corpus text into a Story (furniture lines of the text left out)."""
    stories = {}
    with (CORPUS / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        raw = (CORPUS / row["file"]).read_text(encoding="utf-8-sig")
        lines = [norm(line) for line in raw.splitlines()]
        # The scraper saved every page title as รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<headline>.
        title = norm(lines[0].removeprefix("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-"))
        m = DATE_LINE_RE.match(lines[2])
        assert m, lines[2]
        day = date(int(m[3]) - 543, MONTHS.index(m[2]) + 1, int(m[1]))
        paragraphs: list[str] = []
        total = 0
        for line in lines[3:]:
            if not line or line == "พิมพ์" or line.startswith("ที่มา"):
                continue
            if SEPARATOR_RE.match(line) or SIGNOFF_RE.match(line):
                break  # a sign-off follows
            if squash(title).startswith(squash(line)[:40]) or squash(line) == squash(title):
                continue  # headline repeated (sometimes cut short)
            if re.fullmatch(r"\S+@\S+|(?:https?://|www\.)\S+", line) or BYLINE_RE.match(line):
                continue  # contact or byline lines: neither clearly body nor furniture
            if paragraphs and line == paragraphs[-1]:
                continue
            if len(paragraphs) >= 3 and total + len(line) > BODY_CAP:
                break
            paragraphs.append(line)
            total += len(line)
        key = Path(row["file"]).stem
        stories[key] = Story(key, title, row["category"], day, paragraphs)
    return stories


# ---------------------------------------------------------------------------------------
# Dates as the CMSs print them
# ---------------------------------------------------------------------------------------


def be_long(dt: datetime, *, weekday: bool = False, time: bool = True, digits: bool = False) -> str:
    """03 ตุลาคม 2561 17:08 (K2 LC2 on industry.go.th), optionally with weekday / Thai digits."""
    text = f"{dt.day:02d} {MONTHS[dt.month - 1]} {dt.year + 543}"
    if time:
        text += f" {dt:%H:%M}"
    if weekday:
        text = f"วัน{WEEKDAYS[dt.weekday()]}, {text}"
    return text.translate(THAI_DIGITS) if digits else text


def be_short_dotless(dt: datetime) -> str:
    """03 มี.ค 2564 (provincial K2 sites: short month without its final dot)."""
    return f"{dt.day:02d} {SHORT[dt.month - 1].removesuffix('.')} {dt.year + 543}"


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:00+07:00")


# ---------------------------------------------------------------------------------------
# Article bodies: paragraphs plus furniture, and the expected text
# ---------------------------------------------------------------------------------------


@dataclass
class Body:
    """Body HTML as an editor left it, and the expected text lines."""

    parts: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)

    def para(self, text: str, *, style: str = "", html_text: str | None = None) -> None:
        attr = f' style="{style}"' if style else ""
        self.parts.append(f"<p{attr}>{html_text or html.escape(text, quote=False)}</p>")
        self.lines.append(norm(text))

    def furniture(self, markup: str, phrase: str | None = None) -> None:
        self.parts.append(markup)
        if phrase:
            self.must_not.append(phrase)

    def table(self, rows: list[list[str]]) -> None:
        cells = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
        )
        self.parts.append(
            f'<table class="table" border="1" cellpadding="3"><tbody>{cells}</tbody></table>'
        )
        self.lines.extend("\t".join(norm(c) for c in row) for row in rows)

    def items(self, items: list[str], tag: str = "ul") -> None:
        lis = "".join(f"<li>{html.escape(i)}</li>" for i in items)
        self.parts.append(f"<{tag}>{lis}</{tag}>")
        self.lines.extend(norm(i) for i in items)

    def br_lines(self, lines: list[str]) -> None:
        self.parts.append("<p>" + "<br />\n".join(html.escape(x) for x in lines) + "</p>")
        self.lines.extend(norm(x) for x in lines)

    @property
    def html(self) -> str:
        return "\n".join(self.parts)


SEPARATORS = [
    "------------------------------------------",
    "..............................",
    "==========",
    "*******************",
    "___________________",
]
OFFICES = [
    "สำนักบริหารกลาง สำนักงานปลัดกระทรวงอุตสาหกรรม",
    "กองประชาสัมพันธ์ สำนักงานปลัดกระทรวง",
    "กลุ่มประชาสัมพันธ์ สำนักงานอุตสาหกรรมจังหวัด",
    "สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี",
    "กลุ่มงานประชาสัมพันธ์ กรมส่งเสริมอุตสาหกรรม",
]
SAMPLE_ROWS = [
    ["รายการ", "จำนวน", "หมายเหตุ"],
    ["ผู้เข้าร่วมประชุม", "120 คน", "ภาครัฐและเอกชน"],
    ["โรงงานที่เข้าร่วมโครงการ", "34,000 โรง", "ทั่วประเทศ"],
]


@dataclass
class Options:
    """How one page varies: furniture in the body, encoding, extra blocks."""

    source: str | None = None  # office for a ที่มา: line
    source_label: str = "ที่มา:"
    separator: bool = True
    print_label: bool = False
    placeholder: str | None = None  # image / [รูปภาพ]
    view_line: int | None = None  # อ่าน N ครั้ง inside the body
    table: bool = False
    items: bool = False
    br: bool = False
    zw: bool = False  # zero-width spaces and soft hyphens inside a paragraph
    nbsp: bool = False  # &nbsp; runs and empty paragraphs
    inline_image: str | None = None
    icon: bool = False
    attachment: tuple[str, str] | None = None  # in-body link (href, text)
    read_more: bool = False


# A file link's whole text when it is a download label alone, no document named: ดาวน์โหลด
# (download), ดาวน์โหลดเอกสารประกอบ (download the supporting documents), perhaps "(PDF)".
# A download button counts too: the verb, the document's words and the file's kind in brackets,
# "ดาวน์โหลดรายงานผลการดำเนินงาน (PDF)".
BARE_DOWNLOAD_LABEL_RE = re.compile(
    r"ดาวน์โหลด(?:เอกสาร|ไฟล์)?(?:ประกอบ|แนบ)?(?:\s*\([^)]*\))?"
    r"|ดาวน์โหลด[^()]*\((?:PDF|DOCX?|XLSX?|ZIP)[^)]*\)"
)

BUTTON_NOTE = (
    "the body's last line, a file link of the download verb, the document's words and the"
    ' file\'s kind ("ดาวน์โหลดรายงานผลการดำเนินงาน (PDF)"), is a download button: furniture, as'
    " the project decided for bare download labels (its file stays in attachments)"
)

BARE_LABEL_NOTE = (
    "; the body's last line, a file link whose whole text is the download label"
    ' "ดาวน์โหลดเอกสารประกอบ", is furniture: the project decided that a bare download label'
    " is furniture (its file stays in attachments, named by the label)"
)


def article_body(story: Story, rng: random.Random, opt: Options) -> Body:
    """Build the body HTML of *story* with the furniture *opt* asks for."""
    body = Body()
    if opt.placeholder:
        body.furniture(f"<p>{opt.placeholder}</p>", None)
    for i, text in enumerate(story.paragraphs):
        if opt.zw and i == 1 and len(text) > 20:
            cut = len(text) // 2
            while text[cut] == " ":
                cut += 1
            body.para(
                text,
                html_text=html.escape(text[:cut])
                + "\u200b"
                + html.escape(text[cut:]).replace(" ", " \u00ad", 1),
            )
        elif opt.nbsp and i % 2 == 0:
            body.para(
                text,
                style="text-align: justify;",
                html_text="&nbsp; " + html.escape(text).replace(" ", "&nbsp; ", 1) + "&nbsp;",
            )
            if i == 0:
                body.furniture("<p>&nbsp;</p>")
        else:
            body.para(text, style=rng.choice(["", "text-align: justify;", "text-indent: 2em;"]))
        if i == 0 and opt.inline_image:
            body.furniture(
                f'<p style="text-align: center;"><img src="{opt.inline_image}" '
                'alt="" width="600" height="400" /></p>'
            )
        if i == 1 and opt.table:
            body.table(SAMPLE_ROWS)
        if i == 1 and opt.items:
            body.items(
                [
                    "ส่งเสริมการลงทุนในพื้นที่ระเบียงเศรษฐกิจพิเศษภาคตะวันออก",
                    "พัฒนาผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อม",
                    "ยกระดับอุตสาหกรรมเข้าสู่อุตสาหกรรม 4.0",
                ]
            )
    if opt.br:
        body.br_lines(
            [
                "สอบถามรายละเอียดเพิ่มเติมได้ที่ สำนักงานปลัดกระทรวงอุตสาหกรรม",
                "ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400",
                "โทรศัพท์ 0 2202 3000",
            ]
        )
    if opt.attachment:
        href, text = opt.attachment
        icon = (
            '<img src="/images/icons/pdf.png" alt="pdf" width="16" height="16" /> '
            if opt.icon
            else ""
        )
        markup = f'<p>{icon}<a href="{href}" target="_blank">{html.escape(text)}</a></p>'
        if BARE_DOWNLOAD_LABEL_RE.fullmatch(text):
            body.furniture(markup, text)  # the project counts a bare download label as furniture
        else:
            body.parts.append(markup)
            body.lines.append(norm(text))
    if opt.view_line is not None:
        body.furniture(f"<p>อ่าน {opt.view_line:,} ครั้ง</p>", f"อ่าน {opt.view_line:,} ครั้ง")
    if opt.print_label:
        body.furniture('<p style="text-align: right;">พิมพ์</p>', "พิมพ์")
    if opt.separator:
        sep = rng.choice(SEPARATORS)
        body.furniture(f'<p style="text-align: center;">{sep}</p>', sep[:5])
    if opt.source:
        body.furniture(
            f'<p><span style="font-size: 10pt;">{opt.source_label} {opt.source}</span></p>',
            f"{opt.source_label} {opt.source}",
        )
    if opt.read_more:
        body.furniture('<p><a href="#">อ่านต่อ...</a></p>', "อ่านต่อ...")
    return body


# ---------------------------------------------------------------------------------------
# Page writers: one per layout. Each returns (html, expected fields, extra must_not).
# ---------------------------------------------------------------------------------------


@dataclass
class Page:
    """One gold page being built."""

    name: str
    cms: str
    url: str
    story: Story
    body: Body
    html: str = ""
    encoding: str = "utf-8"
    content_type: str = "text/html; charset=utf-8"
    meta_charset: str | None = "utf-8"
    body_inline_image: str | None = None
    expected: dict[str, object] = field(default_factory=dict)
    must_not: list[str] = field(default_factory=list)
    notes: str = ""


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 - K2's own cache naming


SIDE_NEWS = [
    ("รมว.อุตสาหกรรม มอบนโยบายการขับเคลื่อน SMEs", "03 ตุลาคม 2561 14:12"),
    ("กรอ. เตรียมความพร้อมรับมือสารเคมีรั่วไหล", "02 ตุลาคม 2561 16:40"),
    ("สมอ. เร่งออกมาตรฐานผลิตภัณฑ์อุตสาหกรรมใหม่ 20 รายการ", "01 ตุลาคม 2561 09:30"),
]
SCRIPTS = """<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', \
'UA-0000000-1']); _gaq.push(['_trackPageview']); (function() { var ga = \
document.createElement('script'); ga.async = true; ga.src = 'https://ssl.google-analytics.com/ga.js'; \
document.getElementsByTagName('head')[0].appendChild(ga); })();</script>
<script type="text/javascript">jQuery(function($){ $('.hasTooltip').tooltip({"html": true,\
"container": "body"}); document.write('<div class="cookie">เว็บไซต์นี้ใช้คุกกี้</div>'); });\
</script>"""


def joomla_chrome(
    *,
    site: str,
    base: str,
    title: str,
    main: str,
    charset: str | None,
    head: str = "",
    k2_version: str | None = None,
    side: bool = True,
) -> str:
    """Joomla 3 (protostar-like) template chrome around *main*."""
    meta = (
        f'<meta http-equiv="content-type" content="text/html; charset={charset}" />'
        if charset
        else ""
    )
    side_html = ""
    if side:
        lis = "".join(
            f'<li class="{"even" if i % 2 == 0 else "odd"}"><a class="moduleItemTitle" '
            f'href="{base}/index.php/th/news/item/{40400 + i}-2018-10-0{i + 1}-09-12-55">{t}</a>'
            f'<br /><span class="moduleItemDateCreated">{d}</span></li>'
            for i, (t, d) in enumerate(SIDE_NEWS)
        )
        side_html = f"""<div id="aside" class="span3">
<div class="moduletable"><h3 class="page-header">ข่าวล่าสุด</h3>
<div id="k2ModuleBox118" class="k2ItemsBlock"><ul>{lis}</ul></div></div>
<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul class="nav menu">
<li><a href="http://www.thaigov.go.th">เว็บไซต์รัฐบาลไทย</a></li>
<li><a href="http://www.dip.go.th">กรมส่งเสริมอุตสาหกรรม</a></li>
<li><a href="http://www.tisi.go.th">สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม</a></li></ul></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><div class="counter">ผู้เข้าชมวันนี้ 1,245 คน<br />
ผู้เข้าชมทั้งหมด 3,456,789 คน</div></div>
<div class="moduletable poll"><h3>แบบสำรวจ</h3><form action="#" method="post">
<p>ท่านพึงพอใจต่อเว็บไซต์นี้เพียงใด</p><label><input type="radio" name="v" /> มาก</label>
<label><input type="radio" name="v" /> ปานกลาง</label><button type="submit">โหวต</button></form>
</div></div>"""
    k2_comment = (
        f'<!-- JoomlaWorks "K2" ({k2_version}) | Learn more about K2 at '
        f"{'https' if k2_version.startswith('v2.1') else 'http'}://getk2.org -->"
        if k2_version
        else ""
    )
    short = title if len(title) < 45 else title[:42] + "..."
    return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" \
lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{meta}
<meta name="generator" content="Joomla! - Open Source Content Management" />
{head}
<title>{html.escape(title)}</title>
<link href="{base}/templates/moi/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="{base}/media/k2/assets/css/k2.fonts.css?v2.7.0" rel="stylesheet" type="text/css" />
<link href="{base}/templates/moi/css/template.css" rel="stylesheet" type="text/css" />
<style type="text/css">div.itemFullText p {{ text-indent: 2em; }} .hidden-phone {{ }}</style>
<script src="{base}/media/jui/js/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">jQuery(window).on('load', function() {{ new JCaption('img.caption');
}});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-214">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="{base}/"><img src="{base}/images/logo.png" alt="{site}" />
<span class="site-description">{site}</span></a>
<div class="header-search pull-right"><form action="{base}/index.php/th/" method="post" \
class="form-inline"><label for="mod-search-searchword" class="element-invisible">ค้นหา...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" \
type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" />
</form></div></div></header>
<nav class="navigation" role="navigation"><div class="nav-collapse"><ul class="nav menu nav-pills">
<li class="item-101 default"><a href="{base}/index.php/th/">หน้าแรก</a></li>
<li class="item-102 deeper parent"><a href="{base}/index.php/th/about">เกี่ยวกับหน่วยงาน</a>
<ul class="nav-child unstyled small"><li class="item-214 current active">\
<a href="{base}/index.php/th/news">ข่าวประชาสัมพันธ์</a></li>
<li class="item-215"><a href="{base}/index.php/th/procurement">ประกาศจัดซื้อจัดจ้าง</a></li></ul></li>
<li class="item-103"><a href="{base}/index.php/th/contact">ติดต่อเรา</a></li></ul></div></nav>
<div class="moduletable breadcrumbs-module"><ul class="breadcrumb"><li>คุณอยู่ที่: &#160;</li>
<li><a href="{base}/index.php/th/" class="pathway">หน้าแรก</a><span class="divider">/</span></li>
<li><a href="{base}/index.php/th/news" class="pathway">ข่าวประชาสัมพันธ์</a>\
<span class="divider">/</span></li><li class="active"><span>{html.escape(short)}</span></li></ul></div>
<div class="row-fluid">
{side_html}
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
{k2_comment}
</main>
</div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<div class="custom"><p>{site} ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 \
โทร. 0 2202 3000</p></div>
<p class="pull-right"><a href="#top" id="back-top">กลับด้านบน</a></p>
<p>&copy; 2561 {site} สงวนลิขสิทธิ์</p></div></footer>
{SCRIPTS}
</body>
</html>
"""


@dataclass
class K2:
    """Switches of one K2 item page (K2's per-category/per-item settings)."""

    version: str = "v2.7.0"
    weekday: bool = False
    digits: bool = False
    provincial: bool = False
    split: bool = False
    toolbar: bool = False
    rating: bool = False
    social: bool = False
    navigation: bool = False
    extra: bool = False
    tags: list[str] = field(default_factory=list)
    category: str | None = None
    attachments: list[tuple[str, str]] = field(default_factory=list)
    comments: bool = False
    login_first: bool = True
    image: bool = True
    author: bool = False
    related: bool = False
    hits: int | None = None
    modified: datetime | None = None
    canonical: str | None = None


def k2_page(page: Page, created: datetime, k2: K2, base: str, item_id: int) -> None:
    """Write a K2 item view (components/com_k2/templates/default/item.php) into *page*."""
    title = page.story.title
    exp = page.expected
    if k2.provincial:
        date_text = be_short_dotless(created)
        exp["published_at"] = created.strftime("%Y-%m-%d")
    else:
        date_text = be_long(created, weekday=k2.weekday, digits=k2.digits)
        exp["published_at"] = iso(created)
    parts = [
        f'<!-- Start K2 Item Layout -->\n<span id="startOfPageId{item_id}"></span>',
        '<div id="k2Container" class="itemView">',
        "<!-- Plugins: BeforeDisplay -->\n<!-- K2 Plugins: K2BeforeDisplay -->",
        f'<div class="itemHeader">\n<!-- Date created -->\n<span class="itemDateCreated">\n'
        f'\t\t\t{date_text}\t\t</span>\n<!-- Item title -->\n<h2 class="itemTitle">\n'
        f"\t\t\t{html.escape(title)}\n\t\t</h2>",
    ]
    if k2.author:
        parts.append(
            '<span class="itemAuthor">เขียนโดย <a rel="author" '
            f'href="{base}/index.php/th/news/itemlist/user/62-admin">ผู้ดูแลระบบ</a></span>'
        )
        page.must_not.append("ผู้ดูแลระบบ")
    parts.append(
        "</div>\n<!-- Plugins: AfterDisplayTitle -->\n<!-- K2 Plugins: K2AfterDisplayTitle -->"
    )
    item_url = page.url
    if k2.toolbar:
        parts.append(f"""<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">ขนาดตัวอักษร</span>
<a href="#" id="fontDecrease"><span>ลดขนาดตัวอักษร</span></a>
<a href="#" id="fontIncrease"><span>เพิ่มขนาดตัวอักษร</span></a></li>
<li><a class="itemPrintLink" rel="nofollow" href="{item_url}?tmpl=component&amp;print=1" \
onclick="window.open(this.href,'printWindow','width=900,height=600'); return false;">\
<span>พิมพ์</span></a></li>
<li><a class="itemEmailLink" rel="nofollow" href="{base}/index.php/component/mailto/?tmpl=component\
&amp;template=moi&amp;link=abc" onclick="window.open(this.href,'emailWindow','width=400,height=350'); \
return false;"><span>อีเมล</span></a></li>
<li><a class="itemCommentsLink k2Anchor" href="{item_url}#itemCommentsAnchor">\
<span>Be the first to comment!</span></a></li></ul><div class="clr"></div></div>""")
        page.must_not += ["ขนาดตัวอักษร", "Be the first to comment"]
    if k2.rating:
        parts.append("""<div class="itemRatingBlock"><span>ให้คะแนนบทความนี้</span>
<div class="itemRatingForm"><ul class="itemRatingList">
<li class="itemCurrentRating" id="itemCurrentRating40464" style="width:60%;"></li>
<li><a href="#" title="1 star out of 5" class="one-star">1</a></li>
<li><a href="#" title="2 stars out of 5" class="two-stars">2</a></li>
<li><a href="#" title="3 stars out of 5" class="three-stars">3</a></li>
<li><a href="#" title="4 stars out of 5" class="four-stars">4</a></li>
<li><a href="#" title="5 stars out of 5" class="five-stars">5</a></li></ul>
<div id="itemRatingLog40464" class="itemRatingLog">(5 votes)</div><div class="clr"></div></div>
<div class="clr"></div></div>""")
        page.must_not += ["ให้คะแนนบทความนี้", "(5 votes)"]
    parts.append(
        '<div class="itemBody">\n<!-- Plugins: BeforeDisplayContent -->\n'
        "<!-- K2 Plugins: K2BeforeDisplayContent -->"
    )
    images: list[str] = []
    if k2.image:
        h = md5(f"Image{item_id}")
        suffix = "?t=20181003_170800" if k2.version.startswith("v2.1") else ""
        media = f"{base}/media/k2/items/cache/{h}"
        parts.append(f"""<!-- Item Image -->
<div class="itemImageBlock"><span class="itemImage">
<a class="modal" rel="{{handler: 'image'}}" href="{media}_XL.jpg{suffix}" title="คลิกเพื่อดูภาพ">
<img src="{media}_L.jpg{suffix}" alt="{html.escape(title[:60])}" style="width:600px; height:auto;" />
</a></span><div class="clr"></div></div>""")
        images.append(urljoin(page.url, f"{media}_XL.jpg{suffix}"))
    body_html = page.body.html
    if k2.split:
        intro, full = page.body.parts[:1], page.body.parts[1:]
        parts.append(
            '<!-- Item introtext -->\n<div class="itemIntroText">\n' + "\n".join(intro) + "\n</div>"
        )
        parts.append(
            '<!-- Item fulltext -->\n<div class="itemFullText">\n' + "\n".join(full) + "\n</div>"
        )
    else:
        parts.append(f'<!-- Item text -->\n<div class="itemFullText">\n{body_html}\n</div>')
    parts.append('<div class="clr"></div>')
    if k2.extra:
        parts.append("""<!-- Item extra fields -->
<div class="itemExtraFields"><h3>ข้อมูลเพิ่มเติม</h3><ul>
<li class="even typeTextfield group1"><span class="itemExtraFieldsLabel">หน่วยงานเจ้าของข่าว:</span>
<span class="itemExtraFieldsValue">ศูนย์สารสนเทศและการสื่อสาร</span></li>
<li class="odd typeDate group1"><span class="itemExtraFieldsLabel">วันที่จัดกิจกรรม:</span>
<span class="itemExtraFieldsValue">12 ตุลาคม 2561</span></li></ul><div class="clr"></div></div>""")
        page.must_not += ["ข้อมูลเพิ่มเติม", "หน่วยงานเจ้าของข่าว", "ศูนย์สารสนเทศและการสื่อสาร"]
    if k2.hits is not None or k2.modified:
        foot = ['<div class="itemContentFooter">']
        if k2.hits is not None:
            foot.append(
                f'<!-- Item Hits -->\n<span class="itemHits">\n\t\t\t\tอ่าน <b>{k2.hits}</b> '
                "ครั้ง\t\t\t</span>"
            )
            page.must_not.append(f"อ่าน {k2.hits} ครั้ง")
        if k2.modified:
            mod = (
                be_short_dotless(k2.modified)
                if k2.provincial
                else be_long(k2.modified, weekday=k2.weekday, digits=k2.digits)
            )
            foot.append(
                f'<!-- Item date modified -->\n<span class="itemDateModified">\n\t\t\t\t'
                f"ปรับปรุงล่าสุดเมื่อ {mod}\t\t\t</span>"
            )
            page.must_not.append("ปรับปรุงล่าสุดเมื่อ")
        foot.append('<div class="clr"></div></div>')
        parts.append("\n".join(foot))
    exp["view_count"] = k2.hits
    exp["modified_at"] = (
        None
        if not k2.modified
        else k2.modified.strftime("%Y-%m-%d")
        if k2.provincial
        else iso(k2.modified)
    )
    parts.append(
        "<!-- Plugins: AfterDisplayContent -->\n<!-- K2 Plugins: K2AfterDisplayContent -->"
        '\n<div class="clr"></div></div>'
    )
    if k2.social:
        parts.append(f"""<!-- Social sharing -->
<div class="itemSocialSharing">
<div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" \
data-url="{item_url}">Tweet</a>
<script>!function(d,s,id){{var js,fjs=d.getElementsByTagName(s)[0];if(!d.getElementById(id))\
{{js=d.createElement(s);js.id=id;js.src="//platform.twitter.com/widgets.js";\
fjs.parentNode.insertBefore(js,fjs);}}}}(document,"script","twitter-wjs");</script></div>
<div class="itemFacebookButton"><div class="fb-like" data-href="{item_url}" data-layout="button_count"\
 data-action="like" data-show-faces="false">แชร์บน Facebook</div></div>
<div class="itemLinkedInButton"><script type="IN/Share" data-counter="right"></script></div>
<div class="clr"></div></div>""")
        page.must_not += ["แชร์บน Facebook", "Tweet"]
    if k2.category or k2.tags or k2.attachments:
        parts.append('<div class="itemLinks">')
        if k2.category:
            parts.append(
                f'<div class="itemCategory"><span>เผยแพร่ใน</span> <a href="{base}/index.php'
                f'/th/news">{k2.category}</a></div>'
            )
        if k2.tags:
            lis = "".join(
                f'<li><a href="{base}/index.php/th/news/itemlist/tag/{t}">{t}</a></li>'
                for t in k2.tags
            )
            parts.append(
                '<div class="itemTagsBlock"><span>คำค้น</span><ul class="itemTags">'
                f'{lis}</ul><div class="clr"></div></div>'
            )
        if k2.attachments:
            lis = "".join(
                f'<li><a title="{html.escape(n)}" href="{h}">{html.escape(n)}</a> '
                f"<span>(ดาวน์โหลด {12 + i} ครั้ง)</span></li>"
                for i, (h, n) in enumerate(k2.attachments)
            )
            parts.append(
                '<div class="itemAttachmentsBlock"><span>ไฟล์แนบ</span>'
                f'<ul class="itemAttachments">{lis}</ul></div>'
            )
            page.must_not += ["ไฟล์แนบ", "ดาวน์โหลด 12 ครั้ง"]
        parts.append('<div class="clr"></div></div>')
    exp["tags"] = list(k2.tags)
    exp["category"] = k2.category
    exp["attachments"] = [{"url": urljoin(page.url, h), "name": n} for h, n in k2.attachments]
    if k2.author:
        parts.append(f"""<div class="itemAuthorBlock">
<img class="itemAuthorAvatar" src="{base}/media/k2/users/62.jpg" alt="ผู้ดูแลระบบ" />
<div class="itemAuthorDetails"><h3 class="itemAuthorName"><a rel="author" \
href="{base}/index.php/th/news/itemlist/user/62-admin">ผู้ดูแลระบบ</a></h3>
<p>เจ้าหน้าที่กลุ่มประชาสัมพันธ์ ดูแลเนื้อหาข่าวสารของหน่วยงาน</p></div><div class="clr"></div></div>
<div class="itemAuthorLatest"><h3>ข่าวล่าสุดจาก ผู้ดูแลระบบ</h3><ul>
<li class="even"><a href="{base}/index.php/th/news/item/40401">ประชุมคณะกรรมการบริหารกองทุนพัฒนาเอสเอ็มอี\
</a></li><li class="odd"><a href="{base}/index.php/th/news/item/40402">โครงการยกระดับผลิตภาพแรงงาน\
</a></li></ul></div>""")
        page.must_not += ["เจ้าหน้าที่กลุ่มประชาสัมพันธ์", "ประชุมคณะกรรมการบริหารกองทุนพัฒนาเอสเอ็มอี"]
    if k2.related:
        parts.append(f"""<div class="itemRelated"><h3>บทความที่เกี่ยวข้อง</h3><ul>
<li class="even"><a class="itemRelTitle" href="{base}/index.php/th/news/item/40390">\
ส่งเสริมผู้ประกอบการอุตสาหกรรมอาหารสู่ตลาดโลก</a></li>
<li class="odd"><a class="itemRelTitle" href="{base}/index.php/th/news/item/40391">\
เปิดศูนย์ปฏิรูปอุตสาหกรรมเพื่ออนาคต</a></li></ul><div class="clr"></div></div>""")
        page.must_not += ["บทความที่เกี่ยวข้อง", "เปิดศูนย์ปฏิรูปอุตสาหกรรมเพื่ออนาคต"]
    if k2.navigation:
        parts.append(f"""<div class="itemNavigation"><span class="itemNavigationTitle">\
ข่าวอื่นในหมวดนี้:</span>
<a class="itemPrevious" href="{base}/index.php/th/news/item/{item_id - 1}">&laquo; \
กรอ. เตรียมความพร้อมรับมือสารเคมีรั่วไหล</a>
<a class="itemNext" href="{base}/index.php/th/news/item/{item_id + 1}">\
สศอ. แถลงดัชนีผลผลิตอุตสาหกรรมเดือนสิงหาคม &raquo;</a></div>""")
        page.must_not += ["ข่าวอื่นในหมวดนี้", "สศอ. แถลงดัชนีผลผลิตอุตสาหกรรมเดือนสิงหาคม"]
    parts.append(
        "<!-- Plugins: AfterDisplay -->\n<!-- K2 Plugins: K2AfterDisplay -->\n"
        "<!-- K2 Plugins: K2CommentsBlock -->"
    )
    if k2.comments:
        parts.append(f"""<!-- Item comments -->
<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
<div class="itemComments">
<h3 class="itemCommentsCounter"><span>2</span> ความคิดเห็น</h3>
<ul class="itemCommentsList">
<li class="even"><span class="commentLink"><a href="{item_url}#comment1" name="comment1" \
id="comment1">Comment Link</a></span>
<span class="commentDate">04 ตุลาคม 2561 08:15</span>
<span class="commentAuthorName">โพสต์โดย สมชาย ใจดี</span>
<p>เป็นโครงการที่ดีมากครับ อยากให้ขยายไปยังจังหวัดอื่นด้วย</p></li>
<li class="odd"><span class="commentDate">04 ตุลาคม 2561 10:02</span>
<span class="commentAuthorName">โพสต์โดย วิภาวรรณ</span>
<p>ขอสอบถามช่องทางการสมัครเข้าร่วมโครงการค่ะ</p></li></ul>
<div class="itemCommentsForm"><h3>แสดงความคิดเห็น</h3>
<p class="itemCommentsFormNotes">ช่องที่มีเครื่องหมาย (*) จำเป็นต้องกรอก</p>
<form action="{base}/index.php" method="post" id="comment-form" class="form-validate">
<label class="formComment" for="commentText">ข้อความ *</label>
<textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText">\
ป้อนความเห็นของคุณที่นี่...</textarea>
<label class="formName" for="userName">ชื่อ *</label>
<input class="inputbox" type="text" name="userName" id="userName" value="ป้อนชื่อของคุณ..." />
<input type="submit" class="button" id="submitCommentButton" value="ส่งความคิดเห็น" /></form>
</div></div>""")
        page.must_not += [
            "อยากให้ขยายไปยังจังหวัดอื่นด้วย",
            "ขอสอบถามช่องทางการสมัคร",
            "ป้อนความเห็น",
            "ช่องที่มีเครื่องหมาย",
            "สมชาย ใจดี",
        ]
    elif k2.login_first:
        parts.append(
            '<!-- Item comments -->\n<a name="itemCommentsAnchor" id="itemCommentsAnchor">'
            '</a>\n<div class="itemComments">\n<div class="itemCommentsLoginFirst">'
            "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น</div>\n</div>"
        )
        page.must_not.append("ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น")
    parts.append(
        '<div class="itemBackToTop"><a class="k2Anchor" href="'
        f'{item_url}#startOfPageId{item_id}">กลับด้านบน</a></div>\n<div class="clr"></div>'
        "\n</div>\n<!-- End K2 Item Layout -->"
    )
    page.must_not += [
        "กลับด้านบน",
        "ข่าวล่าสุด",
        "ลิงก์หน่วยงาน",
        "ผู้เข้าชมทั้งหมด",
        "แบบสำรวจ",
        "เว็บไซต์นี้ใช้คุกกี้",
    ]
    if page.body_inline_image:
        images.append(urljoin(page.url, page.body_inline_image))
    exp["images"] = images
    head = (
        f'<base href="{page.url}" />\n'
        f'<meta property="og:url" content="{page.url}" />\n<meta property="og:type" '
        f'content="article" />\n<meta property="og:title" content="{html.escape(title)}" />'
    )
    if k2.canonical:
        head += f'\n<link href="{k2.canonical}" rel="canonical" />'
    site = (
        "สำนักงานอุตสาหกรรมจังหวัด" + PROVINCES_TH[base.split("/")[-1]]
        if k2.provincial
        else "กระทรวงอุตสาหกรรม"
    )
    page.html = joomla_chrome(
        site=site,
        base=base,
        title=title,
        main="\n".join(parts),
        charset=page.meta_charset,
        head=head,
        k2_version=k2.version,
    )


PROVINCES_TH = {
    "singburi": "สิงห์บุรี",
    "nongkhai": "หนองคาย",
    "ranong": "ระนอง",
    "chumphon": "ชุมพร",
    "phayao": "พะเยา",
    "industry": "",
    "ops": "",
}


@dataclass
class Joomla:
    """Switches of one Joomla 3 com_content article view."""

    hits: int | None = None
    hits_label: str = "ผู้เข้าชม:"
    modified: datetime | None = None
    category: str = "ข่าวประชาสัมพันธ์"
    tags: list[str] = field(default_factory=list)
    image: str | None = None  # full-text image (div.item-image)
    ce_year: bool = False  # Joomla prints the CE year unless a Buddhist-era plugin is on
    pagenav: bool = True
    icons: bool = True


def joomla_date_text(dt: datetime, ce: bool) -> str:
    text = be_long(dt, weekday=True)
    return text.replace(str(dt.year + 543), str(dt.year)) if ce else text


def joomla_page(page: Page, created: datetime, jo: Joomla, base: str, item_id: int) -> None:
    """Write a Joomla 3 article view (com_content/views/article/tmpl/default.php)."""
    title = page.story.title
    exp = page.expected
    exp["published_at"] = iso(created)
    exp["modified_at"] = iso(jo.modified) if jo.modified else None
    exp["view_count"] = jo.hits
    exp["category"] = jo.category
    exp["tags"] = list(jo.tags)
    url = page.url
    info = [
        '<dl class="article-info muted">',
        '<dt class="article-info-term">รายละเอียด</dt>',
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        'เขียนโดย <span itemprop="name">ฝ่ายประชาสัมพันธ์</span></dd>',
        f'<dd class="category-name">หมวด: <a href="{base}/index.php/th/news" itemprop="genre">'
        f"{jo.category}</a></dd>",
        '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{iso(created)}" itemprop="datePublished">เผยแพร่: '
        f"{joomla_date_text(created, jo.ce_year)}</time></dd>",
    ]
    if jo.hits is not None:
        info.append(
            '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{jo.hits}" />'
            f"{jo.hits_label} {jo.hits}</dd>"
        )
        page.must_not.append(f"{jo.hits_label} {jo.hits}")
    info.append("</dl>")
    parts = [
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
        '<meta itemprop="inLanguage" content="th-TH" />',
        f'<div class="page-header"><h2 itemprop="headline">{html.escape(title)}</h2></div>',
    ]
    if jo.icons:
        parts.append(f"""<div class="icons"><div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-haspopup="true" \
aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret"></span>\
</button><ul class="dropdown-menu">
<li class="print-icon"><a href="{url}?tmpl=component&amp;print=1" title="พิมพ์บทความ" \
rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li>
<li class="email-icon"><a href="{base}/index.php/component/mailto/?tmpl=component&amp;link=x" \
title="ส่งอีเมลลิงก์ให้เพื่อน" rel="nofollow"><span class="icon-envelope" aria-hidden="true">\
</span> อีเมล</a></li></ul></div></div>""")
        page.must_not += ["พิมพ์บทความ", "ส่งอีเมลลิงก์ให้เพื่อน"]
    parts.append("\n".join(info))
    if jo.tags:
        lis = "".join(
            f'<li class="tag-{i + 2} tag-list{i}" itemprop="keywords"><a href="{base}/'
            f'index.php/th/component/tags/tag/{i + 2}" class="label label-info">{t}</a>'
            "</li>"
            for i, t in enumerate(jo.tags)
        )
        parts.append(f'<ul class="tags inline">{lis}</ul>')
    images = []
    if jo.image:
        parts.append(
            f'<div class="pull-none item-image"><img src="{jo.image}" alt="" '
            'itemprop="image" /></div>'
        )
        images.append(urljoin(url, jo.image))
    if page.body_inline_image:
        images.append(urljoin(url, page.body_inline_image))
    exp["images"] = images
    parts.append(f'<div itemprop="articleBody">\n{page.body.html}\n</div>')
    if jo.modified:
        parts.append(
            '<dl class="article-info muted"><dd class="modified"><span class="icon-calendar"'
            f' aria-hidden="true"></span><time datetime="{iso(jo.modified)}" '
            'itemprop="dateModified">ปรับปรุงล่าสุด: '
            f"{joomla_date_text(jo.modified, jo.ce_year)}</time></dd></dl>"
        )
        page.must_not.append("ปรับปรุงล่าสุด")
    if jo.pagenav:
        parts.append(f"""<ul class="pager pagenav">
<li class="previous"><a class="hasTooltip" title="ประชุมเชิงปฏิบัติการด้านความปลอดภัยโรงงาน" \
aria-label="ก่อนหน้า: ประชุมเชิงปฏิบัติการ" href="{base}/index.php/th/news/{item_id - 1}" \
rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> \
<span aria-hidden="true">ก่อนหน้า</span></a></li>
<li class="next"><a class="hasTooltip" title="มอบรางวัลอุตสาหกรรมดีเด่น" aria-label="ถัดไป: \
มอบรางวัลอุตสาหกรรมดีเด่น" href="{base}/index.php/th/news/{item_id + 1}" rel="next">\
<span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span>\
</a></li></ul>""")
    parts.append("</div>")
    page.must_not += ["เขียนโดย", "หมวด:", "เผยแพร่:", "ข่าวล่าสุด", "ผู้เข้าชมทั้งหมด", "เว็บไซต์นี้ใช้คุกกี้"]
    head = (
        f'<link href="{url}" rel="canonical" />\n<meta name="author" content="ฝ่ายประชาสัมพันธ์" />'
        f'\n<meta name="description" content="{html.escape(page.story.paragraphs[0][:150])}" />'
    )
    site = "กรมส่งเสริมอุตสาหกรรม"
    page.html = joomla_chrome(
        site=site,
        base=base,
        title=title,
        main="\n".join(parts),
        charset=page.meta_charset,
        head=head,
        side=True,
    )


def wp_page(
    page: Page,
    created: datetime,
    *,
    modified: datetime | None,
    category: str,
    tags: list[str],
    featured: str | None,
    comments: bool,
    gutenberg: bool,
    site: str,
) -> None:
    """Write a WordPress single post (twentyseventeen-like theme, Jetpack sharing)."""
    title = page.story.title
    exp = page.expected
    url = page.url
    host = url.split("/")[2]
    exp["published_at"] = iso(created)
    exp["modified_at"] = iso(modified) if modified else None
    exp["category"] = category
    exp["tags"] = list(tags)
    exp["view_count"] = None
    images = [featured] if featured else []
    if page.body_inline_image:
        images.append(urljoin(url, page.body_inline_image))
    exp["images"] = images
    shown = f"{created.day} {MONTHS[created.month - 1]} {created.year + 543}"
    updated = (
        (
            f'<time class="updated" datetime="{iso(modified)}">{modified.day} '
            f"{MONTHS[modified.month - 1]} {modified.year + 543}</time>"
        )
        if modified
        else ""
    )
    body_html = page.body.html
    if gutenberg:
        body_html = "\n".join(
            f"<!-- wp:paragraph -->\n{p}\n<!-- /wp:paragraph -->" if p.startswith("<p") else p
            for p in page.body.parts
        )
    tag_links = ", ".join(
        f'<a href="https://{host}/tag/{i}/" rel="tag">{t}</a>' for i, t in enumerate(tags)
    )
    featured_html = (
        (
            f'<div class="post-thumbnail"><img width="1024" height="683" src="{featured}" '
            'class="attachment-twentyseventeen-featured-image size-twentyseventeen-featured'
            '-image wp-post-image" alt="" /></div>'
        )
        if featured
        else ""
    )
    comments_html = ""
    if comments:
        comments_html = f"""<div id="comments" class="comments-area">
<h2 class="comments-title">2 ความเห็นต่อ &ldquo;{html.escape(title[:30])}&rdquo;</h2>
<ol class="comment-list"><li id="comment-11" class="comment even thread-even depth-1">
<article id="div-comment-11" class="comment-body"><footer class="comment-meta"><div \
class="comment-author vcard"><b class="fn">ประชาชนคนหนึ่ง</b> <span class="says">พูดว่า:</span></div>
<div class="comment-metadata"><a href="{url}#comment-11"><time datetime="2019-01-02T09:00:00+07:00">\
2 มกราคม 2562 เวลา 09:00</time></a></div></footer>
<div class="comment-content"><p>ขอบคุณสำหรับข้อมูลที่เป็นประโยชน์มากครับ</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">ตอบกลับ</a></div></article>\
</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">\
ใส่ความเห็น</h3><form action="https://{host}/wp-comments-post.php" method="post" id="commentform" \
class="comment-form"><p class="comment-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</p>
<p class="comment-form-comment"><label for="comment">ความเห็น</label><textarea id="comment" \
name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" \
value="แสดงความเห็น" /></p></form></div></div>"""
        page.must_not += [
            "ขอบคุณสำหรับข้อมูลที่เป็นประโยชน์",
            "อีเมลของคุณจะไม่แสดง",
            "ใส่ความเห็น",
            "ประชาชนคนหนึ่ง",
        ]
    page.must_not += [
        "แชร์:",
        "เกี่ยวข้อง",
        "หมวดหมู่:",
        "ป้ายกำกับ:",
        "เรื่องก่อนหน้า",
        "เรื่องล่าสุด",
        "Proudly powered by WordPress",
        "ค้นหาสำหรับ:",
        "แชร์บน Facebook",
    ]
    meta_charset = f'<meta charset="{page.meta_charset}">' if page.meta_charset else ""
    page.html = f"""<!DOCTYPE html>
<html lang="th">
<head>
{meta_charset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{html.escape(title)} &#8211; {site}</title>
<link rel='dns-prefetch' href='//s0.wp.com' />
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; ฟีด" href="https://{host}/feed/" />
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://{host}/wp-content/themes/\
twentyseventeen/style.css?ver=5.2' type='text/css' media='all' />
<script type='text/javascript' src='https://{host}/wp-includes/js/jquery/jquery.js?ver=1.12.4'>\
</script>
<link rel="canonical" href="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{html.escape(title)}" />
<meta property="article:published_time" content="{iso(created)}" />
<meta name="generator" content="WordPress 5.2.3" />
</head>
<body class="post-template-default single single-post postid-{int(md5(url)[:4], 16)} \
single-format-standard has-header-image has-sidebar">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<header id="masthead" class="site-header" role="banner"><div class="custom-header">
<div class="site-branding"><div class="wrap"><div class="site-branding-text">
<p class="site-title"><a href="https://{host}/" rel="home">{site}</a></p>
<p class="site-description">เว็บไซต์ประชาสัมพันธ์ข่าวสารของหน่วยงาน</p></div></div></div></div>
<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" \
role="navigation" aria-label="เมนูด้านบน"><ul id="top-menu" class="menu">
<li class="menu-item"><a href="https://{host}/">หน้าแรก</a></li>
<li class="menu-item"><a href="https://{host}/about/">เกี่ยวกับเรา</a></li>
<li class="menu-item current-menu-parent"><a href="https://{host}/category/news/">ข่าวสาร</a></li>
<li class="menu-item"><a href="https://{host}/contact/">ติดต่อเรา</a></li></ul></nav></div></div>
</header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-1" class="post type-post status-publish format-standard has-post-thumbnail \
hentry category-news">
<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span \
class="screen-reader-text">เผยแพร่เมื่อ</span> <a href="{url}" rel="bookmark"><time class="entry-date \
published" datetime="{iso(created)}">{shown}</time>{updated}</a></span><span class="byline"> โดย \
<span class="author vcard"><a class="url fn n" href="https://{host}/author/admin/">ผู้ดูแลเว็บ</a>\
</span></span></div>
<h1 class="entry-title">{html.escape(title)}</h1></header>
{featured_html}
<div class="entry-content">
{body_html}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social \
sd-social-icon-text sd-sharing"><h3 class="sd-title">แชร์:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" \
href="{url}?share=facebook" target="_blank"><span>แชร์บน Facebook</span></a></li>
<li class="share-twitter"><a class="share-twitter sd-button" href="{url}?share=twitter"><span>Twitter\
</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>\
เกี่ยวข้อง</em></h3></div>
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">หมวดหมู่: \
<a href="https://{host}/category/news/" rel="category tag">{category}</a></span>\
{f'<span class="tags-links">ป้ายกำกับ: {tag_links}</span>' if tags else ""}</span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">\
การนำทางเรื่อง</h2><div class="nav-links"><div class="nav-previous"><a href="https://{host}/2019/01/\
01/prev/" rel="prev"><span class="nav-subtitle">เรื่องก่อนหน้า</span> <span class="nav-title">\
ประชุมคณะทำงานขับเคลื่อนนโยบาย</span></a></div></div></nav>
{comments_html}
</main></div>
<aside id="secondary" class="widget-area" role="complementary" aria-label="แถบข้าง">
<section id="search-2" class="widget widget_search"><form role="search" method="get" \
class="search-form" action="https://{host}/"><label><span class="screen-reader-text">ค้นหาสำหรับ:\
</span></label><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" \
name="s" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">\
เรื่องล่าสุด</h2><ul><li><a href="https://{host}/2019/01/03/a/">มอบเกียรติบัตรผู้ประกอบการดีเด่น</a>\
</li><li><a href="https://{host}/2019/01/02/b/">อบรมการใช้ระบบสารบรรณอิเล็กทรอนิกส์</a></li></ul>\
</section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><ul>\
<li><a href='https://{host}/2019/01/'>มกราคม 2019</a></li></ul></section></aside>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap">
<div class="site-info"><a href="https://{host}/">{site}</a> สงวนลิขสิทธิ์ \
<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></div></footer>
</div></div>
<script type='text/javascript' src='https://{host}/wp-includes/js/wp-embed.min.js?ver=5.2.3'></script>
<script type='text/javascript'>var sharing_js_options = {{"lang":"th","counts":"1"}};</script>
</body>
</html>
"""
    page.must_not += ["มอบเกียรติบัตรผู้ประกอบการดีเด่น", "ข้ามไปยังเนื้อหา"]


def drupal_page(
    page: Page,
    created: datetime,
    *,
    tags: list[str],
    image: str | None,
    attachment: tuple[str, str] | None,
    views: int | None,
    comments: bool,
    site: str,
) -> None:
    """Write a Drupal 8/9 article node (Bartik-like theme)."""
    title = page.story.title
    exp = page.expected
    url = page.url
    host = url.split("/")[2]
    exp["published_at"] = iso(created)
    exp["modified_at"] = None
    exp["view_count"] = views
    exp["tags"] = list(tags)
    exp["images"] = ([urljoin(url, image)] if image else []) + (
        [urljoin(url, page.body_inline_image)] if page.body_inline_image else []
    )
    shown = f"{WEEKDAYS[created.weekday()]}, {created:%d/%m}/{created.year + 543} - {created:%H:%M}"
    blocks = []
    if image:
        blocks.append(f"""<div class="field field--name-field-image field--type-image \
field--label-hidden field__item"><img src="{image}" width="480" height="320" alt="ภาพกิจกรรม" \
typeof="foaf:Image" class="image-style-large" /></div>""")
    blocks.append(
        '<div class="clearfix text-formatted field field--name-body '
        'field--type-text-with-summary field--label-hidden field__item">'
        f"\n{page.body.html}\n</div>"
    )
    if tags:
        items = "".join(
            f'<div class="field__item"><a href="/taxonomy/term/{i + 3}" hreflang="th">{t}</a></div>'
            for i, t in enumerate(tags)
        )
        blocks.append(
            '<div class="field field--name-field-tags field--type-entity-reference '
            'field--label-above clearfix"><h3 class="field__label">แท็ก</h3>'
            f'<ul class="links field__items">{items}</ul></div>'
        )
    if attachment:
        href, name = attachment
        blocks.append(f"""<div class="field field--name-field-attachment field--type-file \
field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__items">\
<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf">\
<a href="{href}" type="application/pdf; length=184320">{html.escape(name)}</a></span></div>\
</div></div>""")
        exp["attachments"] = [{"url": urljoin(url, href), "name": name}]
        page.must_not.append("เอกสารแนบ")
    else:
        exp["attachments"] = []
    if views is not None:
        blocks.append(
            f'<ul class="links inline"><li class="statistics-counter">เข้าชม {views} ครั้ง</li></ul>'
        )
        page.must_not.append(f"เข้าชม {views} ครั้ง")
    if comments:
        blocks.append("""<section class="field field--name-comment field--type-comment \
field--label-above comment-wrapper"><h2 class="title comment-form__title">แสดงความคิดเห็น</h2>
<article role="article" class="comment js-comment by-anonymous clearfix"><footer \
class="comment__meta"><p class="comment__author">ผู้เยี่ยมชม</p></footer><div class="comment__content">\
<div class="field field--name-comment-body"><p>ขอให้โครงการนี้สำเร็จลุล่วงด้วยดี</p></div></div>\
</article>
<form class="comment-comment-form comment-form" action="/comment/reply/node/1/comment" \
method="post"><div class="js-form-item form-item"><label for="edit-name">ชื่อของคุณ</label>\
<input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" />\
</div><div class="form-actions"><input type="submit" value="บันทึก" class="button" /></div></form>\
</section>""")
        page.must_not += ["ขอให้โครงการนี้สำเร็จลุล่วงด้วยดี", "ชื่อของคุณ"]
    page.must_not += [
        "Submitted by",
        "ข้ามไปยังเนื้อหาหลัก",
        "Powered by Drupal",
        "ลิงก์ที่เกี่ยวข้อง",
        "สมัครรับข่าวสาร",
    ]
    charset = f'<meta charset="{page.meta_charset}" />' if page.meta_charset else ""
    page.html = f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  og: \
http://ogp.me/ns#">
<head>
{charset}
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="https://{host}/node/{int(md5(url)[:3], 16)}" />
<title>{html.escape(title)} | {site}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_abc.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":\
"\\/","currentLanguage":"th"}},"statistics":{{"data":{{"nid":"1"}}}}}}</script>
</head>
<body class="layout-one-sidebar layout-sidebar-second path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner"><div class="section layout-container clearfix">
<div id="block-bartik-branding" class="clearfix site-branding block block-system"><a href="/" \
rel="home" class="site-branding__logo"><img src="/sites/default/files/logo.png" alt="หน้าแรก" /></a>
<div class="site-branding__name"><a href="/" title="หน้าแรก" rel="home">{site}</a></div></div>
<nav role="navigation" aria-labelledby="block-bartik-main-menu-menu" id="block-bartik-main-menu" \
class="block block-menu navigation menu--main"><h2 class="visually-hidden" \
id="block-bartik-main-menu-menu">Main navigation</h2><ul class="clearfix menu">
<li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li>
<li class="menu-item menu-item--active-trail"><a href="/news">ข่าวประชาสัมพันธ์</a></li>
<li class="menu-item"><a href="/procurement">จัดซื้อจัดจ้าง</a></li>
<li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix">
<div id="main" class="layout-main clearfix">
<div id="block-bartik-breadcrumbs" class="block block-system"><nav class="breadcrumb" \
role="navigation"><ol><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าว</a></li></ol></nav>\
</div>
<main id="content" class="column main-content" role="main"><section class="section">
<a id="main-content" tabindex="-1"></a>
<div id="block-bartik-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string \
field--label-hidden">{html.escape(title)}</span></h1></div>
<div id="block-bartik-content" class="block block-system block-system-main-block">
<article role="article" about="/node/1" class="node node--type-article node--promoted \
node--view-mode-full">
<footer class="node__meta"><div class="node__submitted">โดย <span class="field \
field--name-uid field--type-entity-reference field--label-hidden"><span>เจ้าหน้าที่ประชาสัมพันธ์\
</span></span> เมื่อ <span class="field field--name-created field--type-created \
field--label-hidden"><time datetime="{iso(created)}" title="{shown}" class="datetime">{shown}</time>\
</span></div></footer>
<div class="node__content clearfix">
{chr(10).join(blocks)}
</div></article></div></section></main>
<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">
<div class="views-element-container block block-views" id="block-views-block-content-recent-block-1">
<h2>ลิงก์ที่เกี่ยวข้อง</h2><div class="content"><div class="item-list"><ul>
<li><a href="https://www.thaigov.go.th">สำนักนายกรัฐมนตรี</a></li>
<li><a href="https://www.industry.go.th">กระทรวงอุตสาหกรรม</a></li></ul></div></div></div>
<div class="block block-simplenews"><h2>สมัครรับข่าวสาร</h2><form action="/" method="post">\
<input type="email" name="mail" placeholder="อีเมลของคุณ" /><input type="submit" value="สมัคร" />\
</form></div></aside></div>
</div></div>
<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom">
<div id="block-bartik-powered" class="block block-system"><span>Powered by \
<a href="https://www.drupal.org">Drupal</a></span></div>
<p>{site} 75/6 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400</p></div></div></footer>
</div></div></div>
<script src="/sites/default/files/js/js_abc.js"></script>
</body>
</html>
"""


def thaigov_page(page: Page, *, views: int | None, headline_twice: bool, signoff: bool) -> None:
    """Write a Royal Thai Government article page (www.thaigov.go.th custom PHP, Bootstrap 3)."""
    story = page.story
    title = story.title
    exp = page.expected
    d = story.day
    date_line = f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}"
    exp["published_at"] = d.isoformat()
    exp["modified_at"] = None
    exp["view_count"] = views
    exp["category"] = story.section
    exp["images"] = [urljoin(page.url, page.body_inline_image)] if page.body_inline_image else []
    exp["tags"] = []
    exp["attachments"] = []
    heads = f'<div class="Circular font_level6 color4 m-b-10">{html.escape(title)}</div>'
    if headline_twice:
        heads += (
            f'\n<div class="Circular font_level4 color3 m-b-10"><p>{html.escape(title)}</p></div>'
        )
    extra = ""
    if signoff:
        extra = (
            '<p style="text-align: center;">.............................</p>\n'
            '<p style="text-align: right;">ที่มา : สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี</p>'
        )
        exp["source"] = "สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี"
        page.must_not += ["..........", "ที่มา : สำนักโฆษก"]
    view_html = ""
    if views is not None:
        view_html = (
            f'<div class="col-xs-12 text-right font_level5 color2">จำนวนผู้เข้าชม {views:,} ครั้ง</div>'
        )
        page.must_not.append(f"จำนวนผู้เข้าชม {views:,}")
    page.must_not += ["ข่าวที่เกี่ยวข้อง", "ทำเนียบรัฐบาล ถนนพิษณุโลก", "ดูทั้งหมด", "ข่าวล่าสุด", date_line]
    if not any("พิมพ์" in line for line in page.body.lines):
        page.must_not.append("พิมพ์")
    charset = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={page.meta_charset}">'
        if page.meta_charset
        else ""
    )
    page.html = f"""<!DOCTYPE html>
<html lang="th">
<head>
{charset}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="https://www.thaigov.go.th/">
<title>รัฐบาลไทย-{html.escape(story.section)}-{html.escape(title)}</title>
<link href="public/theme/default/css/bootstrap.min.css" rel="stylesheet">
<link href="public/theme/default/css/style.css" rel="stylesheet">
<script src="public/theme/default/js/jquery.min.js"></script>
</head>
<body>
<div class="container-fluid bg-header"><div class="container"><div class="row">
<div class="col-xs-8"><a href="https://www.thaigov.go.th/"><img src="public/theme/default/images/\
logo.png" alt="รัฐบาลไทย"></a></div>
<div class="col-xs-4 text-right"><a href="#" class="font_level">ก</a> <a href="#" class="font_level">\
ก+</a> <a href="#" class="font_level">ก++</a> | <a href="en">English</a></div></div></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">
<li><a href="https://www.thaigov.go.th/">หน้าหลัก</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร</a>
<ul class="dropdown-menu"><li><a href="news/contents/index/21">ข่าวทำเนียบรัฐบาล</a></li>
<li><a href="news/contents/index/22">คำกล่าวของนายกรัฐมนตรี</a></li>
<li><a href="news/contents/index/23">สรุปข่าวการประชุม ครม.</a></li></ul></li>
<li><a href="aboutus/history">เกี่ยวกับรัฐบาล</a></li>
<li><a href="contactus">ติดต่อเรา</a></li></ul></div></nav>
<div class="container"><div class="row">
<div class="col-md-9 col-xs-12">
<div class="panel Circular"><div class="panel-heading clearfix">
<span class="Circular headtitle-2 font_level6 color2 col-xs-9 remove-xs">{html.escape(story.section)}\
</span><a href="news/contents/index/21" class="bg_angleRight" title="ดูทั้งหมด">ดูทั้งหมด</a></div>
<div class="panel-body">
<div class="border-normal clearfix">
<div class="col-xs-12 remove-xs m-t-10">
<div class="col-xs-8 Circular font_level4 color1 remove-xs">{date_line}</div>
<div class="col-xs-4 text-right"><a href="javascript:window.print()" class="Circular \
font_level4 color1"><i class="fa fa-print"></i> พิมพ์</a></div></div>
<div class="col-xs-12 remove-xs">
{heads}
<div class="Circular font_level4 color1 m-b-10 detail">
{page.body.html}
{extra}
</div></div>
{view_html}
</div>
<div class="col-xs-12 share-box"><span>แชร์ข่าวนี้ :</span> <a href="https://www.facebook.com/\
sharer/sharer.php?u={page.url}" class="share-fb" title="Facebook"><i class="fa fa-facebook"></i></a>
<a href="https://twitter.com/intent/tweet?url={page.url}" class="share-tw" title="Twitter">\
<i class="fa fa-twitter"></i></a> <a href="https://social-plugins.line.me/lineit/share?url=\
{page.url}" class="share-line" title="Line"><i class="fa fa-line"></i></a></div>
</div></div>
<!--NEWS BLOCK--><div class="panel Circular"><div class="panel-heading"><span class="Circular \
headtitle-2 font_level6 color2">ข่าวที่เกี่ยวข้อง</span></div>
<div class="item-news"><div class="clearfix b1"><a class="color3 font_level5_2" \
href="news/contents/details/{int(md5(page.url)[:3], 16) + 1000}" title="นายกรัฐมนตรีประชุมหารือ\
แนวทางการพัฒนาเศรษฐกิจฐานราก">นายกรัฐมนตรีประชุมหารือแนวทางการพัฒนา...</a></div></div><!--HR--><hr>
</div></div>
<div class="col-md-3 col-xs-12"><div class="panel Circular"><div class="panel-heading"><span \
class="Circular headtitle-2 font_level6 color2">ข่าวล่าสุด</span></div>
<ul class="list-unstyled"><li><a href="news/contents/details/33001">โฆษกรัฐบาลเผยผลการประชุม \
ครม.</a></li><li><a href="news/contents/details/33002">รัฐบาลเดินหน้ามาตรการช่วยเหลือเกษตรกร</a>\
</li></ul></div></div>
</div></div>
<footer class="container-fluid bg-footer"><div class="container"><p>สำนักโฆษก สำนักเลขาธิการ\
นายกรัฐมนตรี ทำเนียบรัฐบาล ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300</p><p>Copyright &copy; 2018 \
www.thaigov.go.th</p></div></footer>
<script>(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;}})(window,document,'script',\
'https://www.google-analytics.com/analytics.js','ga');</script>
</body>
</html>
"""


def table_page(page: Page, *, views: int | None, site: str, date_text: str, published: str) -> None:
    """Write a plain table-layout page of an old custom PHP site (mof.go.th style, no CMS)."""
    title = page.story.title
    exp = page.expected
    exp["published_at"] = published
    exp["modified_at"] = None
    exp["view_count"] = views
    exp["images"] = [urljoin(page.url, page.body_inline_image)] if page.body_inline_image else []
    view_html = (
        f'<tr><td class="text_small" align="right">ผู้เข้าชม : {views:,}</td></tr>'
        if views is not None
        else ""
    )
    if views is not None:
        page.must_not.append(f"ผู้เข้าชม : {views:,}")
    page.must_not += [
        "หน้าหลัก",
        "ข่าวภาพ",
        "ข่าวประชาสัมพันธ์ล่าสุด",
        "Copyright",
        "สงวนลิขสิทธิ์",
        "แผนผังเว็บไซต์",
        "ถนนพระรามที่ 6",
    ]
    charset = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={page.meta_charset}">'
        if page.meta_charset
        else ""
    )
    menu = "".join(
        f'<tr><td class="menu_left"><img src="images/bullet.gif" width="9" height="9"> '
        f'<a href="{h}" class="link_menu">{t}</a></td></tr>'
        for h, t in [
            ("index.php", "หน้าหลัก"),
            ("about.php", "เกี่ยวกับกระทรวง"),
            ("picture_news.php", "ข่าวภาพ"),
            ("press.php", "ข่าวประชาสัมพันธ์"),
            ("sitemap.php", "แผนผังเว็บไซต์"),
        ]
    )
    page.html = f"""<html>
<head>
{charset}
<title>{html.escape(title)} - {site}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;\
i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); }} }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" \
onLoad="MM_preloadImages('images/menu_over.gif')">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="images/header.jpg" width="980" height="150" alt="{site}"></td></tr>
<tr><td colspan="3" bgcolor="#003366" class="text_white">&nbsp;<a href="index.php" \
class="link_white">หน้าหลัก</a> | <a href="contact.php" class="link_white">ติดต่อเรา</a> | \
<a href="en/index.php" class="link_white">English</a></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#EEF3F8"><table width="100%" border="0" cellpadding="4" \
cellspacing="0">{menu}
<tr><td class="menu_left"><b>ข่าวประชาสัมพันธ์ล่าสุด</b><br><a href="press_detail.php?id=101" \
class="link_dark">การจัดเก็บรายได้รัฐบาลเดือนมกราคม</a><br><a href="press_detail.php?id=100" \
class="link_dark">ผลการประมูลพันธบัตรออมทรัพย์</a></td></tr></table></td>
<td width="10">&nbsp;</td>
<td width="770" valign="top"><table width="100%" border="0" cellpadding="5" cellspacing="0">
<tr><td class="title_news"><font size="4" color="#003366"><b>{html.escape(title)}</b></font></td></tr>
<tr><td class="text_small"><font color="#666666">{date_text}</font></td></tr>
<tr><td class="link_dark" valign="top">
{page.body.html}
</td></tr>
{view_html}
<tr><td align="right"><a href="javascript:history.back()"><img src="images/back.gif" \
width="60" height="20" border="0" alt="ย้อนกลับ"></a> <a href="javascript:window.print()">\
<img src="images/print.gif" width="60" height="20" border="0" alt="พิมพ์"></a></td></tr>
</table></td></tr>
<tr><td colspan="3" bgcolor="#003366" class="text_white" align="center">{site} ถนนพระรามที่ 6 \
แขวงพญาไท เขตพญาไท กรุงเทพฯ 10400 โทร. 0 2273 9021<br>Copyright &copy; 2561 {site} สงวนลิขสิทธิ์\
</td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# The gold set
# ---------------------------------------------------------------------------------------

CP874_CT = {
    "header": "text/html; charset=windows-874",
    "none": "text/html",
    "latin1": "text/html; charset=iso-8859-1",
    "utf8": "text/html; charset=utf-8",
}
# name -> (content-type key, meta charset or None); bytes always written as windows-874
CP874_PAGES = {
    "k2_cp874_header": ("header", "windows-874"),
    "k2_cp874_meta_tis620": ("none", "tis-620"),
    "k2_cp874_no_charset": ("none", None),
    "k2_cp874_mislabelled_latin1": ("latin1", None),
    "joomla_cp874_mislabelled_utf8": ("utf8", "utf-8"),
    "provincial_cp874_meta": ("none", "TIS-620"),
    "table_cp874_meta": ("none", "tis-620"),
    "table_cp874_no_charset": ("none", None),
    "table_cp874_mislabelled_utf8": ("utf8", None),
}


def at(day: date, rng: random.Random) -> datetime:
    return datetime(
        day.year, day.month, day.day, rng.randint(8, 18), rng.choice([0, 5, 8, 15, 21, 30, 42, 55])
    )


def later(dt: datetime, rng: random.Random, days: int) -> datetime:
    return datetime.fromordinal(dt.toordinal() + days).replace(
        hour=rng.randint(8, 17), minute=rng.randint(0, 59)
    )


def k2_specs() -> list[tuple[str, Options, K2, str]]:
    """(name, body options, K2 switches, section path) for every K2 page."""
    pdf = (
        "/industry/index.php/th/about/2017-04-20-15-23-14/item/download/1532_"
        "4f1c0b6d2e8a9c3b7a5d1e0f9c8b7a6d",
        "กำหนดการประชุม.pdf",
    )
    doc = (
        "/industry/index.php/th/about/2017-04-20-15-23-14/item/download/1533_"
        "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
        "แบบตอบรับเข้าร่วมงาน.docx",
    )
    o = OFFICES
    return [
        (
            "k2_basic",
            Options(source=o[0], placeholder="image"),
            K2(hits=12660, modified=datetime(2017, 2, 14, 10, 14)),
            "about",
        ),
        (
            "k2_weekday_date",
            Options(source=o[1], print_label=True),
            K2(weekday=True, hits=845),
            "about",
        ),
        ("k2_intro_fulltext", Options(source=o[0], nbsp=True), K2(split=True, hits=3021), "about"),
        (
            "k2_toolbar_rating_social_nav",
            Options(source=o[1], separator=True),
            K2(toolbar=True, rating=True, social=True, navigation=True, hits=77),
            "about",
        ),
        (
            "k2_extra_fields",
            Options(source=o[4], source_label="ที่มา :"),
            K2(extra=True, hits=150, category="ข่าวประชาสัมพันธ์"),
            "about",
        ),
        (
            "k2_tags_category",
            Options(source=o[0], zw=True),
            K2(tags=["อุตสาหกรรม 4.0", "SMEs", "เศรษฐกิจหมุนเวียน"], category="ข่าวกิจกรรม", hits=4312),
            "news",
        ),
        (
            "k2_attachments",
            Options(source=o[0], table=True),
            K2(attachments=[pdf, doc], hits=98, category="ข่าวประชาสัมพันธ์"),
            "about",
        ),
        ("k2_comments", Options(source=o[1], br=True), K2(comments=True, hits=2210), "about"),
        (
            "k2_no_image",
            Options(source=None, separator=True, view_line=None),
            K2(image=False, hits=56),
            "about",
        ),
        (
            "k2_210_canonical",
            Options(source=o[0], items=True),
            K2(
                version="v2.10.3",
                canonical="yes",
                hits=1288,
                category="ข่าวประชาสัมพันธ์",
                tags=["กระทรวงอุตสาหกรรม"],
            ),
            "about",
        ),
        (
            "k2_author_related",
            Options(source=o[2], source_label="ข่าว/ภาพ :"),
            K2(author=True, related=True, navigation=True, hits=640),
            "about",
        ),
        ("k2_thai_digits", Options(source=o[0]), K2(digits=True, hits=390), "about"),
        (
            "k2_full_chrome",
            Options(
                source=o[0],
                print_label=True,
                placeholder="[รูปภาพ]",
                inline_image="/industry/images/news/2561/pic_0412.jpg",
            ),
            K2(
                weekday=True,
                toolbar=True,
                rating=True,
                social=True,
                navigation=True,
                related=True,
                tags=["ความร่วมมือระหว่างประเทศ"],
                category="ข่าวประชาสัมพันธ์",
                comments=True,
                author=True,
                hits=19034,
                modified=None,
            ),
            "about",
        ),
        (
            "k2_modified_later",
            Options(source=o[1], view_line=None, read_more=True),
            K2(hits=501, modified="later"),
            "about",
        ),  # type: ignore[arg-type]
        ("k2_cp874_header", Options(source=o[0]), K2(hits=233), "about"),
        ("k2_cp874_meta_tis620", Options(source=o[1], table=True), K2(hits=1007), "about"),
        ("k2_cp874_no_charset", Options(source=o[0], print_label=True), K2(hits=64), "about"),
        ("k2_cp874_mislabelled_latin1", Options(source=o[0]), K2(hits=12, weekday=True), "about"),
    ]


def build_pages(stories: dict[str, Story]) -> list[Page]:
    """Return every gold page, built from the corpus stories."""
    keys = sorted(stories, key=lambda k: hashlib.sha1(k.encode()).hexdigest())
    pool = iter(keys * 2)
    pages: list[Page] = []

    def new(name: str, cms: str, url_fn: Callable[[Story], str], opt: Options) -> Page:
        story = stories[next(pool)]
        rng = random.Random(name)
        body = article_body(story, rng, opt)
        page = Page(
            name=name,
            cms=cms,
            url=url_fn(story),
            story=story,
            body=body,
            body_inline_image=opt.inline_image,
        )
        page.expected = {
            "title": story.title,
            "source": opt.source,
            "language": "th",
            "attachments": [],
            "tags": [],
            "images": [],
        }
        if name in CP874_PAGES:
            ct, meta = CP874_PAGES[name]
            page.encoding = "cp874"
            page.content_type = CP874_CT[ct]
            page.meta_charset = meta
        return page

    for i, (name, opt, k2, section) in enumerate(k2_specs()):
        item_id = 40470 + i * 7

        def url_fn(s: Story, item_id: int = item_id, section: str = section, i: int = i) -> str:
            return (
                f"http://www.industry.go.th/industry/index.php/th/{section}/2017-04-20-15-23-14/"
                f"item/{item_id}-{s.day:%Y-%m-%d}-10-{i:02d}-00"
            )

        page = new(name, "k2", url_fn, opt)
        rng = random.Random(name + "dates")
        created = at(page.story.day, rng)
        if k2.modified == "later":
            k2.modified = later(created, rng, 9)
        canonical_url = page.url
        if k2.canonical:
            k2.canonical = page.url.replace("http://www.industry.go.th", "")
            page.url = (
                f"http://www.industry.go.th/industry/index.php/component/k2/item/{item_id}"
                "?rss_id=12"
            )
        k2_page(page, created, k2, "/industry", item_id)
        page.expected["url"] = canonical_url
        if k2.canonical:
            page.notes = "fetched at the component URL; rel=canonical names the SEF URL"
        pages.append(page)

    # Ministry of Industry provincial offices: K2 with "03 มี.ค 2564" dates.
    for name, province, opt, hits, modified in [
        ("provincial_basic", "singburi", Options(source=OFFICES[2] + "สิงห์บุรี"), 120, False),
        (
            "provincial_news_photo",
            "nongkhai",
            Options(
                source="กลุ่มส่งเสริมและพัฒนาอุตสาหกรรม สอจ.หนองคาย",
                source_label="ข่าว/ภาพ :",
                placeholder="image",
            ),
            87,
            True,
        ),
        ("provincial_no_hits", "ranong", Options(source=None, separator=True), None, False),
        (
            "provincial_cp874_meta",
            "chumphon",
            Options(source=OFFICES[2] + "ชุมพร", nbsp=True),
            45,
            False,
        ),
        ("provincial_table", "phayao", Options(source=OFFICES[2] + "พะเยา", table=True), 310, True),
    ]:
        item_id = 10600 + len(pages)
        page = new(
            name,
            "provincial",
            lambda s, p=province, n=item_id: (
                f"http://www.industry.go.th/{p}/index.php/component/k2/item/{n}?rss_id="
                f"{13700 + n % 97}"
            ),
            opt,
        )
        rng = random.Random(name + "dates")
        created = at(page.story.day, rng)
        k2 = K2(
            provincial=True,
            hits=hits,
            modified=later(created, rng, 2) if modified else None,
            version="v2.9.0",
        )
        k2_page(page, created, k2, f"/{province}", item_id)
        page.expected["url"] = page.url.split("?")[0]
        pages.append(page)

    # Joomla 3 com_content.
    for name, opt, jo in [
        ("joomla_basic", Options(source=OFFICES[4]), Joomla(hits=1534)),
        (
            "joomla_ce_year_tags",
            Options(source=OFFICES[4], zw=True),
            Joomla(hits=98, ce_year=True, tags=["ส่งเสริมอุตสาหกรรม", "วิสาหกิจชุมชน"]),
        ),
        (
            "joomla_modified_image",
            Options(source=None, separator=True),
            Joomla(
                hits=402, image="/images/news/2562/activity_01.jpg", modified=datetime(2020, 1, 1)
            ),
        ),
        (
            "joomla_attachment_table",
            Options(
                source=OFFICES[4],
                table=True,
                icon=True,
                attachment=("/images/docs/2562/report_q1.pdf", "ดาวน์โหลดรายงานผลการดำเนินงาน (PDF)"),
            ),
            Joomla(hits=None, pagenav=False),
        ),
        (
            "joomla_inline_image_list",
            Options(
                source=OFFICES[3],
                items=True,
                print_label=True,
                inline_image="/images/news/2562/meeting.jpg",
            ),
            Joomla(hits=77, hits_label="เปิดอ่าน", icons=False),
        ),
        ("joomla_cp874_mislabelled_utf8", Options(source=OFFICES[4], br=True), Joomla(hits=5120)),
    ]:
        item_id = 1200 + len(pages)
        page = new(
            name,
            "joomla",
            lambda s, n=item_id: (
                f"https://www.dip.go.th/index.php/th/news/{n}-{s.day:%Y-%m-%d}-09-00-00"
            ),
            opt,
        )
        rng = random.Random(name + "dates")
        created = at(page.story.day, rng)
        if jo.modified:
            jo.modified = later(created, rng, 30)
        if opt.attachment:
            page.expected["attachments"] = [
                {"url": urljoin(page.url, opt.attachment[0]), "name": opt.attachment[1]}
            ]
        joomla_page(page, created, jo, "", item_id)
        page.expected["url"] = page.url
        if opt.attachment and BARE_DOWNLOAD_LABEL_RE.fullmatch(opt.attachment[1]):
            page.notes = (page.notes or "") + BUTTON_NOTE
        pages.append(page)

    # WordPress single posts.
    wp_hosts = ["https://www.tisi.go.th/website", "https://www.oie.go.th", "https://ket.moph.go.th"]
    for n, (name, opt, kw) in enumerate(
        [
            (
                "wordpress_basic",
                Options(source=OFFICES[3]),
                {"tags": ["ข่าวเด่น"], "featured": "u1", "comments": False, "gutenberg": False},
            ),
            (
                "wordpress_gutenberg_comments",
                Options(source=None, separator=True, nbsp=True),
                {"tags": [], "featured": None, "comments": True, "gutenberg": True},
            ),
            (
                "wordpress_modified_tags",
                Options(source=OFFICES[4], table=True),
                {
                    "tags": ["มาตรฐาน", "มอก.", "ผลิตภัณฑ์อุตสาหกรรม"],
                    "featured": "u2",
                    "comments": False,
                    "gutenberg": True,
                    "modified": True,
                },
            ),
            (
                "wordpress_inline_image",
                Options(source=OFFICES[1], inline_image="u3", print_label=True),
                {"tags": [], "featured": None, "comments": True, "gutenberg": False},
            ),
            (
                "wordpress_attachment",
                Options(
                    source=None,
                    items=True,
                    attachment=(
                        "/wp-content/uploads/2019/03/announcement.pdf",
                        "ประกาศรายชื่อผู้ผ่านการคัดเลือก",
                    ),
                ),
                {"tags": ["ประกาศ"], "featured": None, "comments": False, "gutenberg": False},
            ),
            (
                "wordpress_br_lines",
                Options(source=OFFICES[0], br=True, zw=True),
                {"tags": [], "featured": "u4", "comments": True, "gutenberg": True},
            ),
        ]
    ):
        host = wp_hosts[n % len(wp_hosts)]
        uploads = f"{host}/wp-content/uploads/2019/03"
        if opt.inline_image:
            opt.inline_image = f"{uploads}/inline-{n}.jpg"
        page = new(
            name, "wordpress", lambda s, h=host, n=n: f"{h}/{s.day:%Y/%m/%d}/news-{300 + n}/", opt
        )
        rng = random.Random(name + "dates")
        created = at(page.story.day, rng)
        featured = f"{uploads}/featured-{n}-1024x683.jpg" if kw["featured"] else None
        modified = later(created, rng, 3) if kw.get("modified") else None
        if opt.attachment:
            page.expected["attachments"] = [
                {"url": urljoin(page.url, opt.attachment[0]), "name": opt.attachment[1]}
            ]
        wp_page(
            page,
            created,
            modified=modified,
            category="ข่าวประชาสัมพันธ์",
            tags=kw["tags"],
            featured=featured,
            comments=kw["comments"],
            gutenberg=kw["gutenberg"],
            site=["สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม", "สำนักงานเศรษฐกิจอุตสาหกรรม", "สำนักงานสาธารณสุข"][
                n % 3
            ],
        )
        page.expected["url"] = page.url
        pages.append(page)

    # Drupal 8/9 article nodes.
    for n, (name, opt, kw) in enumerate(
        [
            (
                "drupal_basic",
                Options(source=OFFICES[3]),
                {
                    "tags": ["สิ่งแวดล้อม"],
                    "image": "/sites/default/files/styles/large/public/2019-03/"
                    "event.jpg?itok=Xy12AbCd",
                    "attachment": None,
                    "views": 345,
                    "comments": False,
                },
            ),
            (
                "drupal_attachment_comments",
                Options(source=None, separator=True, table=True),
                {
                    "tags": [],
                    "image": None,
                    "attachment": (
                        "/sites/default/files/2019-03/minutes.pdf",
                        "รายงานการประชุม.pdf",
                    ),
                    "views": None,
                    "comments": True,
                },
            ),
            (
                "drupal_tags_list",
                Options(source=OFFICES[1], items=True, nbsp=True),
                {
                    "tags": ["ทรัพยากรธรรมชาติ", "ป่าไม้"],
                    "image": None,
                    "attachment": None,
                    "views": 12,
                    "comments": False,
                },
            ),
            (
                "drupal_inline_image",
                Options(
                    source=OFFICES[0],
                    inline_image="/sites/default/files/inline-images/photo_2019.jpg",
                    print_label=True,
                ),
                {"tags": [], "image": None, "attachment": None, "views": 2890, "comments": True},
            ),
            (
                "drupal_br_source",
                Options(source=OFFICES[4], source_label="แหล่งที่มา:", br=True),
                {
                    "tags": ["ข่าวกระทรวง"],
                    "image": "/sites/default/files/2019-04/cover.jpg",
                    "attachment": None,
                    "views": None,
                    "comments": False,
                },
            ),
        ]
    ):
        page = new(
            name, "drupal", lambda s, n=n: f"https://www.mnre.go.th/th/news/detail/{5100 + n}", opt
        )
        rng = random.Random(name + "dates")
        created = at(page.story.day, rng)
        drupal_page(page, created, site="กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม", **kw)
        page.expected["url"] = page.url
        pages.append(page)

    # Royal Thai Government portal.
    for name, opt, kw in [
        (
            "thaigov_basic",
            Options(source=None, separator=False),
            {"views": 1534, "headline_twice": True, "signoff": True},
        ),
        (
            "thaigov_no_views",
            Options(source=None, separator=False),
            {"views": None, "headline_twice": False, "signoff": True},
        ),
        (
            "thaigov_table",
            Options(source=None, separator=False, table=True),
            {"views": 230, "headline_twice": True, "signoff": False},
        ),
        (
            "thaigov_list_image",
            Options(
                source=None,
                separator=False,
                items=True,
                inline_image="https://media.thaigov.go.th/uploads/public_img/source/photo_2019.jpg",
            ),
            {"views": 98765, "headline_twice": False, "signoff": True},
        ),
        (
            "thaigov_br_zw",
            Options(source=None, separator=False, br=True, zw=True),
            {"views": 8, "headline_twice": True, "signoff": False},
        ),
    ]:
        page = new(
            name,
            "thaigov",
            lambda s: f"https://www.thaigov.go.th/news/contents/details/{s.key.split('-')[1]}",
            opt,
        )
        page.expected["source"] = None
        thaigov_page(page, **kw)
        page.expected["url"] = page.url
        pages.append(page)

    # Plain table layout (old custom PHP ministry sites, no CMS): extracted with cms=generic.
    for n, (name, opt, views) in enumerate(
        [
            (
                "table_layout_basic",
                Options(
                    source="กลุ่มประชาสัมพันธ์ สำนักงานปลัดกระทรวงการคลัง",
                    source_label="ที่มา :",
                    table=True,
                    inline_image="upload/news/2561/photo_01.jpg",
                ),
                3456,
            ),
            (
                "table_cp874_meta",
                Options(
                    source="สำนักงานเศรษฐกิจการคลัง",
                    attachment=("upload/docs/press_2561_05.doc", "ดาวน์โหลดเอกสารประกอบ"),
                ),
                1200,
            ),
            ("table_cp874_no_charset", Options(source="กรมบัญชีกลาง", print_label=True), None),
            ("table_cp874_mislabelled_utf8", Options(source="กรมสรรพากร", br=True), 87),
        ]
    ):
        page = new(
            name,
            "generic",
            lambda s, n=n: f"http://www.mof.go.th/picture_news_detail.php?id={11719 + n}",
            opt,
        )
        d = page.story.day
        if n % 2 == 0:
            date_text = f"วันที่ {d.day} {SHORT[d.month - 1]} {d.year + 543}"
        else:
            date_text = (
                f"ข่าวที่ {n + 4}/{d.year + 543} วันที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}"
            )
        if opt.attachment:
            page.expected["attachments"] = [
                {"url": urljoin(page.url, opt.attachment[0]), "name": opt.attachment[1]}
            ]
        table_page(
            page, views=views, site="กระทรวงการคลัง", date_text=date_text, published=d.isoformat()
        )
        page.expected["url"] = page.url
        page.notes = "no CMS: the per-CMS extraction is the generic extractor (cms=generic)"
        if opt.attachment and BARE_DOWNLOAD_LABEL_RE.fullmatch(opt.attachment[1]):
            page.notes += BARE_LABEL_NOTE
        pages.append(page)
    return pages


# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------

GLOBAL_MUST_NOT = ["ติดต่อเรา", "สงวนลิขสิทธิ์", "var _gaq", "function(", "{", "}"]


def must_phrases(lines: list[str], rng: random.Random) -> list[str]:
    """Phrases from the start, the middle, the end and any table/br line of the body."""

    def cut(text: str, start: int) -> str:
        if start:  # begin after a space, never inside a cluster of combining marks
            space = text.find(" ", start)
            start = space + 1 if 0 < space < len(text) - 20 else 0
        return text[start : start + 40].strip()

    last = lines[-1]
    picks = [cut(lines[0], 0), cut(last, max(0, len(last) - 60))]
    if len(lines) > 2:
        mid = lines[rng.randrange(1, len(lines) - 1)]
        picks.append(cut(mid, rng.randrange(0, max(1, len(mid) - 40))))
    picks += [line for line in lines if "\t" in line][:2]
    return list(dict.fromkeys(p for p in picks if p))


def write(page: Page) -> None:
    """Write page.html as bytes and its expected JSON beside it."""
    body_text = "\n".join(page.body.lines)
    rng = random.Random(page.name + "must")
    must_not = []
    for phrase in GLOBAL_MUST_NOT + page.body.must_not + page.must_not:
        if phrase and phrase not in body_text and phrase not in must_not:
            must_not.append(phrase)
    expected = {k: page.expected.get(k) for k in sorted(page.expected)}
    spec = {
        "source": {"url": page.url, "content_type": page.content_type, "cms": page.cms},
        "encoding": {"bytes": page.encoding, "meta_charset": page.meta_charset},
        "corpus_text": f"thaigov-sample/texts/{page.story.key}.txt",
        "expected": expected,
        "body": body_text,
        "must": must_phrases(page.body.lines, rng),
        "must_not": must_not,
    }
    if page.notes:
        spec["notes"] = page.notes
    data = page.html.encode(page.encoding, errors="xmlcharrefreplace")
    (PAGES / f"{page.name}.html").write_bytes(data)
    (PAGES / f"{page.name}.json").write_text(
        json.dumps(spec, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.glob("*"):
        old.unlink()
    pages = build_pages(load_stories())
    for page in pages:
        write(page)
    print(f"{len(pages)} pages written to {PAGES}")


if __name__ == "__main__":
    main()
