"""Blind-51 red-team site (part B): a provincial tourism and sports office (สำนักงานการท่องเที่ยว
และกีฬาจังหวัดกระบี่) on **Joomla 3.6 com_content under a free AJoomlaTemplates template**
(Bootstrap 2 `row-fluid`, the template's `ajgrid` module chrome), built blind.

Looked up (search tool, code corpus): an AJoomlaTemplates Joomla 3.0 template as shipped
(`index.php`: XHTML 1.0 Transitional doctype, `div#header-w > div#header` with `div.logo`,
`div.sitedescription`, `div#navr > div#navl > div#nav` (superfish), `div#top-mod`;
`div#main > div#wrapper-w > div#wrapper`, `div#slide-w`, `div#comp-w` with the breadcrumbs
position, `div#user1.row-fluid`, `div#leftbar-w.span3 > div#sidebar`, `div#comp.spanN >
div#comp-i` holding `user2`, the message, the component, **an `include "html/template.php"`
right after the component** and `user3`, `div#rightbar-w.span3`, `div#user4w` / `div#user5w`,
`div#footer-w > div#footer > div.copy`, the "Joomla 3.0 Templates by …" credit;
`html/modules.php`: `modChrome_ajgrid` = `div.module.<sfx> > h3.module-title + div.module-body`).
Joomla 3's core `com_content` article / blog layouts (`div.item-page[itemscope]`,
`div.page-header > h2[itemprop=headline]`, the icons drop-down, `dl.article-info.muted` with
`dd.published > time[datetime][itemprop=datePublished]`, `dd.modified`, `dd.hits` with
`meta[itemprop=interactionCount]`, `ul.tags.inline`, `ul.pager.pagenav`; the blog's
`items-leading` / `items-row`, `p.readmore` "อ่านเพิ่มเติม: <title>", `div.pagination` with
`p.counter` and `?start=N`), the th-TH language strings and a content plugin that appends
visitors' comments to `$article->text` are from memory. No one's code or text was copied.

What it imitates:
- `/index.php/news-th` (category blog, 1 leading + 8 intro items, `?start=9`, `?start=18`),
  articles `/index.php/news-th/<id>-krabi-pr-<n>`; `<title>` "headline - office";
- `dl.article-info`: category, "เผยแพร่เมื่อ วันพุธ, 28 กันยายน 2016 14:05" (Joomla's
  `DATE_FORMAT_LC2` under th-TH: Thai names, **Christian year**) in a `<time datetime>`,
  "ปรับปรุงล่าสุด …" (equal to the created date on never-edited items), "ฮิต: 1234";
  print / e-mail icons, Joomla tags, prev/next (neighbour titles in `title` / `aria-label`),
  breadcrumbs, right column "ข่าวล่าสุด" (titles + dates), login, visitor counter.

Traps (NEW this round in bold):
- **bilingual posts (1 in 3)**: the Thai text, then "English Version" and two English
  paragraphs (written for this site: an English summary for foreign visitors); both are the
  article's text; on half of them the Thai "ข่าว/ภาพ :" credit stands *between* the Thai and
  the English part, so the text goes on after the credit;
- **a date in the headline that is not the post date (1 in 3)**: "ข่าวประจำวันที่ 26 ก.ย. 2559 :
  <headline>" (BE, abbreviated, the day the news happened) while the article was published
  one to three days later (the `<time>`);
- **the text repeats the headline as its first line** (`<p><strong>headline</strong></p>`,
  1 in 2), and **ends with a "ข่าวที่เกี่ยวข้อง" list inside the same `articleBody` div, no
  heading tag** (a bare `<p>` label, then "- <a>title</a><br />" lines; 1 in 2);
- **visitors' comments printed as paragraphs of the text** (2 in 5): an old comment plugin
  appends them to the article text inside `articleBody`: a bold "ความคิดเห็นจากผู้อ่าน (N)"
  line, then for each comment a `<p>` "ความคิดเห็นที่ 1 โดย <name> เมื่อ <date>" and a long
  `<p>` of the comment itself, then a "แสดงความคิดเห็น" form;
- **zero-width spaces (U+200B) inside Thai words** in every paragraph of 1 item in 3
  (pasted from a word processor / social post that marks Thai word breaks; raw characters on
  some, `&#8203;` on others); the expected phrases are the clean text;
- **an accessibility toolbar** ("ขนาดตัวอักษร ก- ก ก+", "ความคมชัดสูง", "ภาษา TH | EN")
  **in the `user2` position and a PDPA consent dialog (`role="dialog"`) in
  `html/template.php`, both inside `div#comp-i`, the main content container**.
Deleted: `/index.php/news-th/2041-krabi-pr-2041` (linked from page 2): an sh404SEF-style
"404 page" article served with status 200 ("ไม่พบหน้าที่ท่านต้องการ").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานการท่องเที่ยวและกีฬาจังหวัดกระบี่"
OFFICE_EN = "Krabi Provincial Office of Tourism and Sports"
CAT = "/index.php/news-th"
CAT_NAME = "ข่าวประชาสัมพันธ์"
PER = 9
DELETED_ID = 2041
DELETED_TITLE = "ประกาศผลการคัดเลือกนักกีฬาเข้าร่วมการแข่งขันกีฬาแห่งชาติ ครั้งที่ 45"
NOT_FOUND_H = "ไม่พบหน้าที่ท่านต้องการ"
NOT_FOUND = "ขออภัย หน้าที่ท่านต้องการอาจถูกลบ ย้าย หรือยกเลิกการเผยแพร่แล้ว กรุณากลับไปที่หน้าแรก"
WEEKDAYS_J = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
A11Y = "ขนาดตัวอักษร"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 284,117 คน"
RELATED_LABEL = "ข่าวที่เกี่ยวข้อง"
COMMENTS_LABEL = "ความคิดเห็นจากผู้อ่าน"
CREDITS = [
    ("ข่าว/ภาพ", "กลุ่มงานส่งเสริมการท่องเที่ยว สำนักงานการท่องเที่ยวและกีฬาจังหวัดกระบี่"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดกระบี่"),
    (None, None),
]
ENGLISH = [
    (
        "The Krabi Provincial Office of Tourism and Sports shares this government news for foreign residents, tour operators and visitors in Krabi province.",
        "For further information, please contact the office at the Krabi Provincial Hall, Uttarakit Road, Mueang Krabi, telephone 0 7562 2163 during office hours.",
    ),
    (
        "This is an English summary of the news above, prepared by the office for the international community of Krabi, Ao Nang and Koh Lanta.",
        "Visitors who would like to join the activities mentioned may ask for details at the Tourist Information Centre next to the Chao Fah Pier.",
    ),
    (
        "In brief: the Royal Thai Government announced the measures described in the Thai text, which also concern tourism businesses in the Andaman provinces.",
        "Hotel and tour operators in Krabi are kindly asked to follow the announcements of the province and the Ministry of Tourism and Sports.",
    ),
]
COMMENTERS = [
    (
        "คุณสุภาพร ทะเลงาม",
        "ขอบคุณสำหรับข่าวสารดีๆ ค่ะ อยากทราบว่าถ้าผู้ประกอบการรายเล็กในอำเภออ่าวลึกต้องการเข้าร่วมโครงการแบบนี้ จะต้องติดต่อที่สำนักงานโดยตรงหรือสมัครผ่านทางอำเภอได้เลยคะ เพราะปีที่แล้วไม่ทันได้สมัคร อยากให้แจ้งข่าวล่วงหน้าให้นานกว่านี้หน่อยค่ะ",
    ),
    (
        "ลุงเชิด บ้านคลองม่วง",
        "ติดตามข่าวของสำนักงานมาตลอดครับ เห็นด้วยกับแนวทางนี้มาก แต่อยากฝากให้ช่วยดูเรื่องป้ายบอกทางไปแหล่งท่องเที่ยวในหมู่บ้านด้วย นักท่องเที่ยวต่างชาติหลงทางกันบ่อยมาก บางคนขับรถเลยไปถึงอำเภอเหนือคลองก็มีครับ",
    ),
    (
        "Tom from Ao Nang",
        "ผมเป็นชาวต่างชาติที่อยู่กระบี่มาเจ็ดปีแล้วครับ อ่านภาษาไทยได้นิดหน่อย ขอบคุณที่ลงข่าวภาษาอังกฤษด้วย ช่วยให้ชุมชนชาวต่างชาติเข้าใจมาตรการต่างๆ ของรัฐบาลได้ดีขึ้นมาก หวังว่าจะทำแบบนี้ต่อไปนะครับ",
    ),
    (
        "ครูวันดี โรงเรียนบ้านหนองทะเล",
        "นักเรียนของโรงเรียนสนใจกิจกรรมด้านกีฬาและการท่องเที่ยวมากค่ะ ถ้าสำนักงานมีโครงการอบรมมัคคุเทศก์น้อยอีก รบกวนส่งหนังสือเชิญมาที่โรงเรียนด้วยนะคะ ปีนี้เด็กๆ เตรียมตัวฝึกพูดภาษาอังกฤษไว้แล้วค่ะ",
    ),
    (
        "ผู้ประกอบการเรือหางยาว",
        "อยากให้ภาครัฐช่วยประชาสัมพันธ์เรื่องความปลอดภัยทางทะเลในช่วงมรสุมให้มากกว่านี้ครับ ทุกปีมีนักท่องเที่ยวไม่รู้ประกาศของกรมเจ้าท่าแล้วมาขอลงเรือ พวกเราต้องอธิบายกันเองทุกครั้ง ถ้ามีป้ายหลายภาษาที่ท่าเรือจะดีมาก",
    ),
    (
        "นางสาวปรียา ศรีกระบี่",
        "ข่าวนี้มีประโยชน์มากค่ะ ได้แชร์ให้กลุ่มไลน์ของหมู่บ้านแล้ว แต่บางคนอ่านแล้วยังไม่เข้าใจขั้นตอน อยากให้ทำอินโฟกราฟิกสรุปสั้นๆ ประกอบข่าวด้วยจะดีมากเลยค่ะ ผู้สูงอายุจะได้อ่านง่ายขึ้น",
    ),
]
COMMENT_DATES = [1, 2, 4]


def lc2(d: dt.datetime) -> str:
    """Joomla 3 DATE_FORMAT_LC2 under th-TH: 'วันพุธ, 28 กันยายน 2016 14:05' (CE year)."""
    return f"{WEEKDAYS_J[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def lc3(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def headline_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def comment_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543} เวลา {d:%H:%M} น."


def zwsp(s: str, every: int = 7, entity: bool = False) -> str:
    """Mark 'word breaks' with U+200B before a consonant every few characters (inside words,
    as the pasting tool did), never after a leading vowel or a space."""
    out: list[str] = []
    n = 0
    for i, ch in enumerate(s):
        if (
            n >= every
            and "\u0e01" <= ch <= "\u0e2e"
            and i > 0
            and not ("\u0e40" <= s[i - 1] <= "\u0e44")
            and s[i - 1] != " "
        ):
            out.append("&#8203;" if entity else "\u200b")
            n = 0
        out.append(esc(ch))
        n += 1
    return "".join(out)


class JoomlaAjtSite(BaseSite):
    key = "b51_joomla3_ajtfree_bilingual"
    family = "joomla"
    imitates = "Joomla 3.6 com_content under a free AJoomlaTemplates template (Bootstrap 2 row-fluid, ajgrid chrome), a provincial tourism and sports office: category blog ?start=N; 'เผยแพร่เมื่อ วันพุธ, 28 กันยายน 2016 14:05' (CE year) in <time datetime>, ฮิต: N; bilingual posts (Thai then English, the credit sometimes between them); a date in the headline that is not the post date; the text repeating the headline as its first line and ending with a heading-less 'ข่าวที่เกี่ยวข้อง' list in the same div; visitors' comments appended to the text as paragraphs; zero-width spaces inside Thai words; accessibility toolbar and PDPA dialog inside the main content container"
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2016, 9, 28, 15, 20, tzinfo=TZ), offset=611
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 2068 - i - (1 if i >= 12 else 0)
            n = 145 - i - (1 if i >= 12 else 0)
            a.extra["n"] = n
            a.path = f"{CAT}/{a.id}-krabi-pr-{n}"
            a.time_printed = True
            a.views = 40 + (i * 263) % 2400
            a.tags = [t for t in a.tags if t not in ("OTOP", "SMEs")][:2]
            if i % 3 == 1:
                event = (a.published - dt.timedelta(days=1 + i % 3)).replace(hour=0, minute=0)
                a.extra["event"] = event
                a.title = f"ข่าวประจำวันที่ {headline_date(event)} : {a.title}"
            label, office = CREDITS[i % 3]
            a.source = office
            a.extra["credit"] = label
            a.extra["repeat"] = i % 2 == 0
            a.extra["zwsp"] = i % 3 == 2
            a.extra["zwsp_entity"] = i % 2 == 1
            a.extra["comments"] = (
                [COMMENTERS[(i + k) % len(COMMENTERS)] for k in range(2 + i % 2)]
                if i % 5 in (1, 3)
                else []
            )
            if i % 3 == 0:
                en = ENGLISH[(i // 3) % len(ENGLISH)]
                a.extra["thai_n"] = len(a.paras)
                a.extra["credit_mid"] = bool(a.source) and i % 2 == 0
                a.paras = a.paras + list(en)
            else:
                a.extra["thai_n"] = None
                a.extra["credit_mid"] = False
        for i, a in enumerate(arts):
            a.extra["related"] = (
                [arts[j] for j in (i + 2, i + 5) if j < len(arts)] if i % 2 == 1 else []
            )
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        entries: list = list(arts)
        entries.insert(12, None)  # the deleted item, 4th on page 2
        self.entries = entries
        self.pages = paginate(entries, PER)

    # ------------------------------------------------------------------ urls
    def deleted_path(self):
        return f"{CAT}/{DELETED_ID}-krabi-pr-{DELETED_ID}"

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted_path()]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, crumbs, *, here, canonical=None):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a> <small>({lc3(x.published)})</small></li>'
            for x in self.articles[:5]
        )
        canon = f'\n  <link href="{canonical}" rel="canonical" />' if canonical else ""
        crumb_html = "".join(
            f'<li><a href="{h}" class="pathway">{esc(t)}</a><span class="divider">/</span></li>'
            if h
            else f'<li class="active"><span>{esc(t)}</span></li>'
            for t, h in crumbs
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
  <base href="{esc(here)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="กระบี่, ท่องเที่ยว, กีฬา, ข่าวประชาสัมพันธ์" />
  <meta name="description" content="{OFFICE}" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>{canon}
  <link href="/templates/aj_krabi/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <script src="/media/jui/js/jquery.min.js?7c0e1b" type="text/javascript"></script>
  <script src="/media/jui/js/jquery-noconflict.js?7c0e1b" type="text/javascript"></script>
  <script src="/media/system/js/caption.js?7c0e1b" type="text/javascript"></script>
  <script src="/media/jui/js/bootstrap.min.js?7c0e1b" type="text/javascript"></script>
  <script type="text/javascript">
jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});
jQuery(function($){{ $(".hasTooltip").tooltip({{"html": true,"container": "body"}}); }});
  </script>
<link href='http://fonts.googleapis.com/css?family=Righteous' rel='stylesheet' type='text/css'>
<link rel="stylesheet" href="/templates/aj_krabi/css/styles.css" type="text/css" />
<script type="text/javascript" src="/templates/aj_krabi/js/bootstrap.min.js"></script>
<script type="text/javascript" src="/templates/aj_krabi/js/hoverIntent.js"></script>
<script type="text/javascript" src="/templates/aj_krabi/js/superfish.js"></script>
<link rel="stylesheet" href="/templates/aj_krabi/bootstrap/css/bootstrap.min.css" type="text/css" />
</head>
<body class="background">
<div id="scroll-top"></div>
<div id="header-w">
    <div id="header">
    <div class="logo"><a href="/"><img src="/images/logo-krabi-tourism.png" alt="{OFFICE}" /></a></div>
    <div class="sitedescription">Krabi Provincial Office of Tourism and Sports</div>
            <div id="navr"><div id="navl"><div id="nav">
<ul class="nav menu">
<li class="item-101 default"><a href="/index.php">หน้าแรก</a></li><li class="item-102 deeper parent"><a href="/index.php/about">เกี่ยวกับเรา</a><ul class="nav-child unstyled small"><li class="item-110"><a href="/index.php/about/history">ประวัติ</a></li><li class="item-111"><a href="/index.php/about/structure">โครงสร้างหน่วยงาน</a></li></ul></li><li class="item-103 current active"><a href="{CAT}">{CAT_NAME}</a></li><li class="item-104"><a href="/index.php/activities">ภาพกิจกรรม</a></li><li class="item-105"><a href="/index.php/downloads">ดาวน์โหลด</a></li><li class="item-106"><a href="/index.php/contact">ติดต่อเรา</a></li></ul>
            </div></div></div>
            <div id="top-mod">
            <div id="login">
            </div>
            <div id="top">
<div class="search"><form action="{CAT}" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" size="20" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="103" /></form></div>
            </div>
            </div>
    </div>
</div>
<div id="main">
    <div id="wrapper-w"><div id="wrapper">
        <div id="comp-w">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>คุณอยู่ที่: &#160;</li>
<li><a href="/index.php" class="pathway">หน้าแรก</a><span class="divider">/</span></li>
{crumb_html}
</ul>
        <div class="row-fluid">
                    <div id="leftbar-w" class="span3">
                    <div id="sidebar">
<div class="module _menu ">
        <h3 class="module-title">เมนูหลัก</h3>
        <div class="module-body">
        <ul class="nav menu"><li class="item-103 current active"><a href="{CAT}">{CAT_NAME}</a></li><li class="item-107"><a href="/index.php/events">ปฏิทินกิจกรรม</a></li><li class="item-108"><a href="/index.php/sports">ข่าวกีฬา</a></li><li class="item-109"><a href="/index.php/ita">ITA</a></li></ul>
    </div>
</div>
                    </div>
                    </div>
                        <div id="comp" class="span6">
                            <div id="comp-i">
                                <div id="user2" class="row-fluid">
<div class="module _a11y span12">
    <div class="module-body">
        <div class="a11y-bar"><span>{A11Y}</span> <a href="#" class="font-dec" title="ลดขนาดตัวอักษร">ก-</a> <a href="#" class="font-reset" title="ขนาดปกติ">ก</a> <a href="#" class="font-inc" title="เพิ่มขนาดตัวอักษร">ก+</a> | <a href="#" class="contrast" title="ความคมชัดสูง">ความคมชัดสูง</a> | <span>ภาษา</span> <a href="/index.php/news-th" class="lang-th">TH</a> | <a href="/index.php/en/" class="lang-en">EN</a></div>
    </div>
</div>
                                    <div class="clr"></div>
                                </div>
<div id="system-message-container">
    </div>

{content}
<div id="pdpa-consent" class="pdpa-popup" role="dialog" aria-modal="true" aria-labelledby="pdpa-title">
  <div class="pdpa-inner">
    <h4 id="pdpa-title">การคุ้มครองข้อมูลส่วนบุคคล (PDPA)</h4>
    <p>{PDPA} ท่านสามารถศึกษารายละเอียดได้ที่ <a href="/index.php/privacy-policy">นโยบายคุกกี้</a></p>
    <button type="button" class="btn btn-success" onclick="acceptCookies()">ยอมรับทั้งหมด</button> <button type="button" class="btn" onclick="cookieSettings()">ตั้งค่าคุกกี้</button>
  </div>
</div>
<script type="text/javascript">function acceptCookies(){{document.cookie="pdpa_accept=1;path=/;max-age=31536000";document.getElementById("pdpa-consent").style.display="none";}}</script>
                                <div class="clr"></div>
                            </div>
                        </div>
                    <div id="rightbar-w" class="span3">
                    <div id="sidebar">
<div class="module _latest ">
        <h3 class="module-title">ข่าวล่าสุด</h3>
        <div class="module-body">
        <ul class="latestnews">{latest}</ul>
    </div>
</div>
<div class="module _login ">
        <h3 class="module-title">เข้าสู่ระบบ</h3>
        <div class="module-body">
        <form action="/index.php" method="post" id="login-form" class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div><div id="form-login-password" class="control-group"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div><button type="submit" tabindex="0" name="Submit" class="btn btn-primary">เข้าสู่ระบบ</button><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></div></form>
    </div>
</div>
<div class="module _counter ">
        <h3 class="module-title">สถิติผู้เยี่ยมชม</h3>
        <div class="module-body">
        <div class="vvisit_counter"><p>วันนี้ 132 คน</p><p>เมื่อวาน 287 คน</p><p>{COUNTER}</p></div>
    </div>
</div>
                    </div>
                    </div>
                    </div>
        <div class="clr"></div>
        </div>
        <div class="clr"></div>
  </div></div>
</div>
<div id="footer-w"><div id="footer">
            <div class="copy">
<div class="custom"><p>{OFFICE} ศาลากลางจังหวัดกระบี่ ถนนอุตรกิจ อำเภอเมืองกระบี่ จังหวัดกระบี่ 81000 โทร. 0 7562 2163</p><p>Copyright &copy; 2016 {OFFICE}. All Rights Reserved.</p></div>
            </div>
<div class="clr"></div>
</div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces
    def para(self, a, p):
        if a.extra["zwsp"]:
            return f"<p>{zwsp(p, entity=a.extra['zwsp_entity'])}</p>"
        return f"<p>{esc(p)}</p>"

    def credit_html(self, a):
        if not a.source:
            return ""
        return f"<p>{a.extra['credit']} : {esc(a.source)}</p>"

    def body_html(self, a, *, intro=False):
        out = []
        if a.extra["repeat"]:
            out.append(f"<p><strong>{esc(a.title)}</strong></p>")
        thai_n = a.extra["thai_n"]
        paras = a.paras
        if intro:
            return "\n".join(out + [self.para(a, paras[0])])
        out.append(f'<p><img src="/images/news/2559/{a.id}_1.jpg" alt="" width="600" /></p>')
        thai = paras if thai_n is None else paras[:thai_n]
        out += [self.para(a, p) for p in thai]
        if thai_n is not None:
            if a.extra["credit_mid"]:
                out.append(self.credit_html(a))
            out.append("<p><strong>English Version</strong></p>")
            out += [f"<p>{esc(p)}</p>" for p in paras[thai_n:]]
            if not a.extra["credit_mid"]:
                out.append(self.credit_html(a))
        else:
            out.append(self.credit_html(a))
        if a.extra["related"]:
            lines = "<br />\n".join(
                f'- <a href="{x.path}">{esc(x.title)}</a>' for x in a.extra["related"]
            )
            out.append(f"<p>{RELATED_LABEL}</p>\n<p>{lines}</p>")
        if a.extra["comments"]:
            out.append(
                f"<hr />\n<p><strong>{COMMENTS_LABEL} ({len(a.extra['comments'])})</strong></p>"
            )
            for k, (name, text) in enumerate(a.extra["comments"]):
                when = a.published + dt.timedelta(
                    days=COMMENT_DATES[k % 3], hours=k * 3 + 1, minutes=17 * (k + 1)
                )
                out.append(
                    f"<p>ความคิดเห็นที่ {k + 1} โดย <b>{esc(name)}</b> เมื่อ {comment_date(when)}</p>\n<p>{esc(text)}</p>"
                )
            out.append(
                '<p>แสดงความคิดเห็น</p><form action="#" method="post"><p>ชื่อ : <input type="text" name="cname" size="30" /></p><p><textarea name="ctext" rows="4" cols="50"></textarea></p><p><input type="submit" value="ส่งความคิดเห็น" /></p></form>'
            )
        return "\n".join(x for x in out if x)

    def info_html(self, a, *, full=True):
        mod = a.modified or a.published
        parts = [
            '<dt class="article-info-term">รายละเอียด</dt>',
            f'<dd class="category-name">หมวด: <a href="{CAT}" itemprop="genre">{CAT_NAME}</a></dd>',
            f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ {lc2(a.published)}</time></dd>',
        ]
        if full:
            parts.append(
                f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{mod.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด {lc2(mod)}</time></dd>'
            )
        parts.append(
            f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>'
        )
        return '<dl class="article-info muted">\n' + "\n".join(parts) + "\n</dl>"

    def tags_html(self, a):
        if not a.tags:
            return ""
        lis = "".join(
            f'<li class="tag-{k + 2} tag-list{k}" itemprop="keywords"><a href="/index.php/component/tags/tag/{k + 2}" class="label label-info">{esc(t)}</a></li>'
            for k, t in enumerate(a.tags)
        )
        return f'<ul class="tags inline">{lis}</ul>'

    def pagenav(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        out = ['<ul class="pager pagenav">']
        if prev:
            out.append(
                f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
            )
        if nxt:
            out.append(
                f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            )
        out.append("</ul>")
        return "".join(out)

    # ------------------------------------------------------------------ pages
    def render_article(self, a, here):
        icons = f"""<div class="icons">
    <div class="btn-group pull-right">
        <button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="เครื่องมือของผู้ใช้" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
        <ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}">
            <li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1&amp;layout=default" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li>
            <li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=aj_krabi&amp;link=0f1e2d" title="อีเมลลิงก์ไปยังเพื่อน" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a></li>
        </ul>
    </div>
</div>"""
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="th-TH" />
    <div class="page-header">
        <h2 itemprop="headline">
            {esc(a.title)}
        </h2>
    </div>
{icons}
{self.info_html(a)}
{self.tags_html(a)}
    <div itemprop="articleBody">
        {self.body_html(a)}
    </div>
{self.pagenav(a)}
</div>"""
        return self.html_response(
            self.shell(
                f"{a.title} - {OFFICE}",
                content,
                [(CAT_NAME, CAT), (a.title, None)],
                here=here,
                canonical=a.path,
            )
        )

    def render_blog(self, k, here):
        items = []
        for j, a in enumerate(self.pages[k]):
            if a is None:
                a_title, a_path = DELETED_TITLE, self.deleted_path()
                info = '<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt><dd class="published"><span class="icon-calendar"></span> <time datetime="2016-08-11T10:02:00+07:00" itemprop="datePublished">เผยแพร่เมื่อ วันพฤหัสบดี, 11 สิงหาคม 2016 10:02</time></dd><dd class="hits"><span class="icon-eye-open"></span> ฮิต: 57</dd></dl>'
                intro = "<p>สำนักงานการท่องเที่ยวและกีฬาจังหวัดกระบี่ ประกาศรายชื่อนักกีฬาที่ผ่านการคัดเลือก</p>"
            else:
                a_title, a_path = a.title, a.path
                info = self.info_html(a, full=False)
                intro = self.body_html(a, intro=True)
            cls = "leading-0" if (k == 0 and j == 0) else "item column-1 span12"
            item = f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
    <div class="page-header">
        <h2 itemprop="name">
            <a href="{a_path}" itemprop="url">{esc(a_title)}</a>
        </h2>
    </div>
{info}
{intro}
    <p class="readmore"><a class="btn" href="{a_path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(a_title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(a_title)}</a></p>
</div>"""
            if k == 0 and j == 0:
                items.append(f'<div class="items-leading clearfix">\n{item}\n</div>')
            else:
                items.append(
                    f'<div class="items-row cols-1 row-{j} row-fluid clearfix">\n{item}\n<span class="row-separator"></span>\n</div>'
                )
        n = len(self.pages)

        def href(p):
            return CAT if p == 0 else f"{CAT}?start={p * PER}"

        lis = []
        if k == 0:
            lis.append(
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li><li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        else:
            lis.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{href(0)}" class="hasTooltip pagenav">เริ่มต้น</a></li><li class="pagination-prev"><a title="ก่อนหน้า" href="{href(k - 1)}" class="hasTooltip pagenav">ก่อนหน้า</a></li>'
            )
        for p in range(n):
            lis.append(
                f'<li><span class="pagenav">{p + 1}</span></li>'
                if p == k
                else f'<li><a href="{href(p)}" class="pagenav">{p + 1}</a></li>'
            )
        if k == n - 1:
            lis.append(
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li><li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>'
            )
        else:
            lis.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{href(k + 1)}" class="hasTooltip pagenav">ถัดไป</a></li><li class="pagination-end"><a title="สุดท้าย" href="{href(n - 1)}" class="hasTooltip pagenav">สุดท้าย</a></li>'
            )
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
    <div class="page-header"><h1> {CAT_NAME} </h1></div>
{chr(10).join(items)}
    <div class="pagination">
        <p class="counter pull-right"> หน้า {k + 1} จาก {n} </p>
        <ul>{"".join(lis)}</ul>
    </div>
</div>"""
        title = CAT_NAME if k == 0 else f"{CAT_NAME} - หน้า {k + 1}"
        return self.html_response(
            self.shell(f"{title} - {OFFICE}", content, [(CAT_NAME, None)], here=here)
        )

    def render_deleted(self, here):
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
    <div class="page-header">
        <h2 itemprop="headline">
            {NOT_FOUND_H}
        </h2>
    </div>
    <div itemprop="articleBody">
        <p>{NOT_FOUND}</p>
<p><a href="/index.php">กลับหน้าแรก</a> | <a href="{CAT}">{CAT_NAME}</a></p>
    </div>
</div>"""
        return self.html_response(
            self.shell(f"{NOT_FOUND_H} - {OFFICE}", content, [(NOT_FOUND_H, None)], here=here)
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        here = base + path + ("?" + raw_query if raw_query else "")
        if path.rstrip("/") == CAT:
            if set(query) - {"start", "limitstart"}:
                return None
            v = (query.get("start") or query.get("limitstart") or ["0"])[0]
            if not v.isdigit() or int(v) % PER or int(v) // PER >= len(self.pages):
                return None
            return self.render_blog(int(v) // PER, here)
        if path == self.deleted_path():
            return self.render_deleted(here)
        a = self.by_path.get(path)
        if a is None:
            return None
        if query and set(query) - {"tmpl", "print", "layout"}:
            return None
        return self.render_article(a, here)

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            i = self.articles.index(a)
            nb = [x.title for x in self.articles[max(0, i - 1) : i + 2] if x is not a]
            strings = [
                A11Y,
                "ความคมชัดสูง",
                PDPA,
                "ยอมรับทั้งหมด",
                COUNTER,
                "เข้าสู่ระบบ",
                "อ่านเพิ่มเติม",
                f"เผยแพร่เมื่อ {lc2(a.published)}",
                f"ฮิต: {a.views}",
                RELATED_LABEL,
                COMMENTS_LABEL,
                "แสดงความคิดเห็น",
                "ส่งความคิดเห็น",
                *nb,
                *[x.title for x in a.extra["related"]],
                *[x.title for x in self.articles[:5] if x is not a],
            ]
            for k, (name, text) in enumerate(a.extra["comments"]):
                strings += [f"ความคิดเห็นที่ {k + 1}", name, text[:60], text[-50:]]
            must_not = on_page(self, a, strings)
            out.append(expected_record(a, published_time=True, must_not=must_not))
            if not a.modified:
                out[-1]["modified_at"] = a.published.isoformat()
        return out


SITE = JoomlaAjtSite()

if __name__ == "__main__":
    main(SITE)
