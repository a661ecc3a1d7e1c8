"""Blind-59 red-team site (part B): a provincial agriculture office (สำนักงานเกษตรจังหวัดอุทัยธานี-like,
2011 / 2554) on **Joomla 1.5.23 com_content under the stock rhuk_milkyway template, with JoomFish
2.1 (Thai / English) whose default front-end language was left at English**. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): rhuk_milkyway's own `index.php` as vendored in a
public Joomla 1.5 site repository (shafiqalibhai/Motor-Vehicle-Sales-Listing,
`templates/rhuk_milkyway/index.php`: XHTML 1.0 Transitional, `body#page_bg` with colour / width
classes, `div.center` > `#wrapper` > `#header` > `#logo`, `#pathway` breadcrumbs, `#leftcolumn`
modules `div.module` with `h3`, `#maincolumn`, the `div#footer` "Powered by Joomla!" line) and
Joomla 1.0's `components/com_content/content.html.php` (joomla/joomla-cms history: the
`contentpane` category table, `sectiontableheader`, `sectiontableentry1/2` rows, the "Display #"
limit box) whose markup Joomla 1.5's `category/default_items.php` and `article/default.php`
carried on (`table.contentpaneopen`, `td.contentheading`, `td.buttonheading` PDF / print / e-mail
icons, `span.small` "Written by", `td.createdate`, `td.modifydate` "Last Updated ( … )",
`span.article_separator`). JoomFish's language module (`mod_jflanguageselection`, flags, the
`jfcookie[lang]` cookie, `?lang=xx`), Joomla 1.5's non-SEF URLs with date-string aliases (a Thai
title transliterates to nothing, so the alias is the save time), its `limit=0` "All" option,
mod_vvisit_counter and the pagenavigation plug-in are from memory. No one's code or text was
copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- non-SEF `/index.php?option=com_content&view=article&id=412:2011-06-14-03-22-41&catid=34:2010-11-02-04-11-53&Itemid=58`;
  the headline in `td.contentheading`; `<title>` = the article's title;
- **NEW: the page's language depends on the request: JoomFish picks the language from the
  `jfcookie[lang]` cookie, else from Accept-Language (the first of th / en it names), else the
  site default, English. Without Thai asked for, the chrome is English ("Written by", "Last
  Updated", "Hits", "Latest News"), dates are English ("Tuesday, 14 June 2011 10:22"), and the
  articles that were translated (one in three) print an English headline and an English
  summary instead of the Thai text. The flags module links `?...&lang=th` / `&lang=en`: that
  answers 302 to the same address without `lang` and sets `jfcookie[lang]`**;
- **NEW: double-encoded text (UTF-8 bytes once read as windows-874 and saved again): the
  "ข่าวล่าสุด" module title prints "เธ‚เนˆเธฒเธงเธฅเนˆเธฒเธชเธธเธ”", and the two oldest articles (imported
  from the old site) have such a `<title>`, meta description and listing row, while their
  `td.contentheading` is clean Thai**;
- **NEW: a headline split over elements: a "ใหม่" badge (`<img src="…/new.gif" alt="NEW!">`)
  after the title of the three newest items, a red `<font>` kicker "ด่วน!" before the title on
  two items, in the headline cell and in the list**;
- **NEW: an editor's "สรุปข่าว" box (dashed border) at the top of the text on one article in
  three, whose bullets repeat sentences of the text**;
- **NEW: a listing of all items on one page beside the paged one: "แสดงทั้งหมด" (`&limit=0`,
  Joomla's "All") next to the "แสดง #" select; the paged list runs `&limitstart=8`, `16`**;
- Thai dates with BE years and the time, "วันอังคารที่ 14 มิถุนายน 2554 เวลา 10:22 น." (always a time);
  "ปรับปรุงล่าสุด ( … )" only where the article was edited; no hits on the article page (the
  list's "ฮิต" column only, so `view_count` is null); sources "ที่มา :" / "ข่าว/ภาพ :" /
  "เรียบเรียง :" (one in six none); PDF / print / e-mail icons; "เขียนโดย"; pagenavigation
  "&lt; ก่อนหน้า" / "ถัดไป &gt;"; mod_related_items "ข่าวที่เกี่ยวข้อง" (titles, dates) under the text;
  login module; language flags; visitor counter; footer;
- listing `/index.php?option=com_content&view=category&id=34&Itemid=58`, `&limitstart=8`,
  `&limitstart=16` (category table list: date, title, author, hits; "หน้าแรก ก่อนหน้า 1 2 3
  ถัดไป สุดท้าย", "หน้า 1 จาก 3"), 8 a page, 23 items;
- deleted item (linked from page 2): id 399, **200**: the template with "ท่านไม่ได้รับอนุญาตให้
  ดูข้อมูลส่วนนี้" and the login form (a Registered article).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    request_headers,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดอุทัยธานี"
OFFICE_EN = "Uthai Thani Provincial Agricultural Extension Office"
PER = 8
CATID = 34
CAT_ALIAS = "2010-11-02-04-11-53"
ITEMID = 58
DELETED_ID = 399
SOURCES = [
    ("ที่มา", "กลุ่มส่งเสริมและพัฒนาการผลิต สำนักงานเกษตรจังหวัดอุทัยธานี"),
    ("ข่าว/ภาพ", "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดอุทัยธานี"),
    ("เรียบเรียง", "กลุ่มยุทธศาสตร์และสารสนเทศ"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี"),
    ("ข่าว/ภาพ", "สำนักงานเกษตรอำเภอสว่างอารมณ์"),
    None,
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EN_TITLES = [
    "Provincial Agricultural Office joins government field visit",
    "Farmers briefed on new support measures",
    "Officials meet local growers on water and crop plans",
    "Agricultural extension activity reported to the province",
]
EN_SUMMARY = (
    "The {office} reports on this activity. This is a short English summary of a Thai news "
    "release; the full text is published in Thai."
)
SUMMARY_LABEL = "สรุปข่าว :"
LATEST = "ข่าวล่าสุด"
RELATED = "ข่าวที่เกี่ยวข้อง"
WRITTEN = "เขียนโดย"
COUNTER = "ผู้เยี่ยมชม วันนี้ 41 เมื่อวาน 87 สัปดาห์นี้ 402 เดือนนี้ 1,905 ทั้งหมด 128,377"
LOGIN = "จำข้อมูลการเข้าระบบ"
FOOTER = "ศาลากลางจังหวัดอุทัยธานี ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมือง จังหวัดอุทัยธานี 61000"
NEW_ALT = "NEW!"
KICKER = "ด่วน!"


def mojibake(s: str) -> str:
    """UTF-8 bytes read once as windows-874 (bytes it leaves undefined as windows-1252 /
    latin-1, as Windows' own tables do) and saved again: 'ข่าว' -> 'เธ‚เนˆเธฒเธง'."""
    out = []
    for b in s.encode("utf-8"):
        ch = bytes([b])
        for enc in ("cp874", "cp1252", "latin-1"):
            try:
                out.append(ch.decode(enc))
                break
            except UnicodeDecodeError:
                continue
    return "".join(out)


def th_date(d: dt.datetime) -> str:
    return (
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543} เวลา {d:%H:%M} น."
    )


def en_date(d: dt.datetime) -> str:
    return f"{EN_DAYS[d.weekday()]}, {d.day:02d} {EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def list_date(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def choose_lang() -> str:
    h = request_headers()
    cookie = h.get("Cookie", "") if h else ""
    m = re.search(r"jfcookie(?:\[lang\]|%5Blang%5D)=(th|en)\b", cookie)
    if m:
        return m[1]
    al = h.get("Accept-Language", "") if h else ""
    langs = []
    for i, part in enumerate(al.split(",")):
        bits = part.strip().split(";")
        tag = bits[0].strip().lower()
        q = 1.0
        for b in bits[1:]:
            b = b.strip()
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if tag and q > 0:
            langs.append((-q, i, tag))
    for _, _, tag in sorted(langs):
        if tag.startswith("th"):
            return "th"
        if tag.startswith("en"):
            return "en"
    return "en"


class Joomla15MilkywaySite(BaseSite):
    key = "b59_joomla15_milkyway_joomfish"
    family = "joomla"
    imitates = (
        "provincial agriculture office on Joomla 1.5 + rhuk_milkyway + JoomFish with English as "
        "the default language (Thai only by Accept-Language or the jfcookie), double-encoded "
        "Thai (เธ‚เนˆเธฒเธง) in a module title and two old articles' titles, NEW! badges and kickers "
        "in headlines, summary boxes, limit=0 all-items listing, limitstart pager"
    )

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2011, 6, 20, 16, 0, tzinfo=TZ), offset=131
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 452 - i * 3 + (i % 2)
            d = a.published
            a.extra["alias"] = (
                f"{d.year}-{d.month:02d}-{d.day:02d}-{(d.hour - 7) % 24:02d}-{d.minute:02d}-{(a.id * 7) % 60:02d}"
            )
            a.path = self.article_url(a.id, a.extra["alias"])
            a.time_printed = True
            if a.modified and i % 3 == 1:
                a.modified = None
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = []
            a.views = 31 + (i * 173 + 59) % 2400  # printed in the list only
            a.extra["en"] = i % 3 == 0
            a.extra["en_title"] = EN_TITLES[i % len(EN_TITLES)] + f" ({a.id})"
            a.extra["summary"] = i % 3 == 1
            a.extra["new"] = i < 3
            a.extra["kicker"] = i in (4, 11)
            a.extra["mojibake"] = i >= 21
            a.extra["author"] = ["ประชาสัมพันธ์", "admin", "กลุ่มยุทธศาสตร์ฯ"][i % 3]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert len(self.by_id) == len(arts)
        assert DELETED_ID not in self.by_id
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 7]

    # ------------------------------------------------------------------ urls
    @staticmethod
    def article_url(aid, alias):
        return (
            f"/index.php?option=com_content&view=article&id={aid}:{alias}"
            f"&catid={CATID}:{CAT_ALIAS}&Itemid={ITEMID}"
        )

    @staticmethod
    def list_url(start=0, limit=None):
        u = f"/index.php?option=com_content&view=category&id={CATID}&Itemid={ITEMID}"
        if limit is not None:
            u += f"&limit={limit}"
        if start:
            u += f"&limitstart={start}"
        return u

    @property
    def listing_path(self):
        return self.list_url()

    def listing_pages(self):
        return [self.list_url(k * PER) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.article_url(DELETED_ID, "2011-05-30-08-12-40")]

    # ------------------------------------------------------------------ pieces
    def title_html(self, a, lang):
        if lang == "en" and a.extra["en"]:
            t = esc(a.extra["en_title"])
        else:
            t = esc(a.title)
        if a.extra["kicker"]:
            t = f'<font color="#ff0000"><b>{KICKER}</b></font> {t}'
        if a.extra["new"]:
            t += f' <img src="/images/stories/icon/new.gif" alt="{NEW_ALT}" width="28" height="11" border="0" />'
        return t

    def modules(self, lang, a=None):
        en = lang == "en"
        latest_title = "Latest News" if en else mojibake(LATEST)
        latest = "".join(
            f'<li class="latestnews"><a href="{esc(x.path)}" class="latestnews">'
            f"{esc(x.extra['en_title'] if en and x.extra['en'] else x.title)}</a></li>"
            for x in self.articles[:5]
        )
        login = (
            "Username Password Remember Me Forgot your password?"
            if en
            else f"ชื่อผู้ใช้ รหัสผ่าน {LOGIN} ลืมรหัสผ่าน?"
        )
        words = login.split(" ")
        counter = (
            "Visitors Today 41 Yesterday 87 This week 402 This month 1,905 All 128,377"
            if en
            else COUNTER
        )
        here = a.path if a else self.list_url()
        sep = "&"
        return f"""<div class="module_menu"><div><div><div><h3>{"Main Menu" if en else "เมนูหลัก"}</h3>
<ul class="menu"><li class="item1"><a href="/index.php"><span>{"Home" if en else "หน้าแรก"}</span></a></li><li id="current" class="active item58"><a href="{esc(self.list_url())}"><span>{"News" if en else "ข่าวประชาสัมพันธ์"}</span></a></li><li class="item59"><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=59"><span>{"About us" if en else "ข้อมูลหน่วยงาน"}</span></a></li><li class="item60"><a href="/index.php?option=com_weblinks&amp;Itemid=60"><span>{"Links" if en else "ลิงก์หน่วยงาน"}</span></a></li></ul></div></div></div></div>
<div class="module"><div><div><div><h3>{"Language" if en else "ภาษา"}</h3>
<div id="jflanguageselection"><ul class="jflanguageselection"><li{' id="active_language"' if not en else ""}><a href="{esc(here + sep + "lang=th")}"><img src="/components/com_joomfish/images/flags/th.gif" alt="ภาษาไทย" title="ภาษาไทย" border="0" class="langImg"/></a></li><li{' id="active_language"' if en else ""}><a href="{esc(here + sep + "lang=en")}"><img src="/components/com_joomfish/images/flags/en.gif" alt="English" title="English" border="0" class="langImg"/></a></li></ul></div>
</div></div></div></div>
<div class="module"><div><div><div><h3>{latest_title}</h3><ul class="latestnews">{latest}</ul></div></div></div></div>
<div class="module"><div><div><div><h3>{"Login Form" if en else "เข้าสู่ระบบ"}</h3>
<form action="/index.php" method="post" name="login" id="form-login"><p id="form-login-username"><label for="modlgn_username">{words[0]}</label><br /><input id="modlgn_username" type="text" name="username" class="inputbox" alt="username" size="18" /></p><p id="form-login-password"><label for="modlgn_passwd">{words[1]}</label><br /><input id="modlgn_passwd" type="password" name="passwd" class="inputbox" size="18" alt="password" /></p><p id="form-login-remember"><label for="modlgn_remember">{" ".join(words[2:-2]) if not en else "Remember Me"}</label><input id="modlgn_remember" type="checkbox" name="remember" class="inputbox" value="yes" alt="Remember Me" /></p><input type="submit" name="Submit" class="button" value="{"Login" if en else "เข้าสู่ระบบ"}" /><ul><li><a href="/index.php?option=com_user&amp;view=reset">{"Forgot your password?" if en else "ลืมรหัสผ่าน?"}</a></li></ul><input type="hidden" name="option" value="com_user" /><input type="hidden" name="task" value="login" /></form>
</div></div></div></div>
<div class="module"><div><div><div><h3>{"Visitors" if en else "สถิติผู้เยี่ยมชม"}</h3><div id="vvisit_counter">{counter}</div></div></div></div></div>"""

    def shell(self, lang, page_title, crumbs, content, a=None, description=None):
        en = lang == "en"
        office = OFFICE_EN if en else OFFICE
        desc = description or ("Uthai Thani agriculture news" if en else f"ข่าวประชาสัมพันธ์ {OFFICE}")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}-{"gb" if en else "th"}" lang="{lang}-{"gb" if en else "th"}" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="เกษตร, อุทัยธานี, ข่าวประชาสัมพันธ์" />
  <meta name="description" content="{esc(desc)}" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(page_title)}</title>
  <link href="/templates/rhuk_milkyway/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="/templates/system/css/general.css" type="text/css" />
<link rel="stylesheet" href="/templates/rhuk_milkyway/css/template.css" type="text/css" />
<link rel="stylesheet" href="/templates/rhuk_milkyway/css/green.css" type="text/css" />
<link rel="stylesheet" href="/templates/rhuk_milkyway/css/green_bg.css" type="text/css" />
</head>
<body id="page_bg" class="color_green bg_green width_medium">
<a name="up" id="up"></a>
<div class="center" align="center">
	<div id="wrapper">
		<div id="wrapper_r">
			<div id="header">
				<div id="header_l">
					<div id="header_r">
						<div id="logo"></div>
						<div class="sitename">{esc(office)}</div>
					</div>
				</div>
			</div>
			<div id="tabarea"><div id="tabarea_l"><div id="tabarea_r"><div id="tabmenu"><table cellpadding="0" cellspacing="0" class="pill"><tr><td class="pill_l">&nbsp;</td><td class="pill_m"><div id="pillmenu"><ul id="mainlevel-nav"><li><a href="/index.php" class="mainlevel-nav">{"Home" if en else "หน้าแรก"}</a></li><li><a href="{esc(self.list_url())}" class="mainlevel-nav">{"News" if en else "ข่าวประชาสัมพันธ์"}</a></li><li><a href="/index.php?option=com_contact&amp;Itemid=3" class="mainlevel-nav">{"Contact" if en else "ติดต่อเรา"}</a></li></ul></div></td><td class="pill_r">&nbsp;</td></tr></table></div></div></div></div>
			<div id="search"><form action="index.php" method="post"><div class="search"><input name="searchword" id="mod_search_searchword" maxlength="20" alt="{"Search" if en else "ค้นหา"}" class="inputbox" type="text" size="20" value="{"search..." if en else "ค้นหา..."}" /></div><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
			<div id="pathway"><span class="breadcrumbs pathway">{crumbs}</span></div>
			<div class="clr"></div>
			<div id="whitebox"><div id="whitebox_t"><div id="whitebox_tl"><div id="whitebox_tr"></div></div></div>
			<div id="whitebox_m"><div id="area">
				<div id="leftcolumn">{self.modules(lang, a)}</div>
				<div id="maincolumn">
					<table class="nopad"><tr valign="top"><td>
{content}
					</td></tr></table>
				</div>
				<div class="clr"></div>
			</div><div class="clr"></div></div>
			<div id="whitebox_b"><div id="whitebox_bl"><div id="whitebox_br"></div></div></div></div>
			<div id="footerspacer"></div>
		</div>
		<div id="footer"><div id="footer_l"><div id="footer_r"><p id="syndicate"><a href="{esc(self.list_url())}&amp;format=feed&amp;type=rss"><img src="/images/M_images/livemarks.png" alt="feed-image" /><span>Feed Entries</span></a></p><p id="power_by">{esc(office)} {FOOTER} โทร. 0 5651 1067 &nbsp; Powered by <a href="http://www.joomla.org">Joomla!</a>. valid <a href="http://validator.w3.org/check/referer">XHTML</a> and <a href="http://jigsaw.w3.org/css-validator/check/referer">CSS</a>.</p></div></div></div>
	</div>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def pager(self, n):
        total = len(self.pages)
        th = ["หน้าแรก", "ก่อนหน้า", "ถัดไป", "สุดท้าย"]

        def link(k, label):
            return f'<a href="{esc(self.list_url((k - 1) * PER))}" title="{label}">{label}</a>'

        out = []
        out.append(f"<span>&lt;&lt; {th[0]}</span>" if n == 1 else "&lt;&lt; " + link(1, th[0]))
        out.append(f"<span>&lt; {th[1]}</span>" if n == 1 else "&lt; " + link(n - 1, th[1]))
        for k in range(1, total + 1):
            out.append(f"<span>{k}</span>" if k == n else link(k, str(k)))
        out.append(f"<span>{th[2]} &gt;</span>" if n == total else link(n + 1, th[2]) + " &gt;")
        out.append(
            f"<span>{th[3]} &gt;&gt;</span>" if n == total else link(total, th[3]) + " &gt;&gt;"
        )
        return " ".join(out)

    def row_title(self, a, lang):
        if lang == "en" and a.extra["en"]:
            t = esc(a.extra["en_title"])
        elif a.extra["mojibake"]:
            t = esc(mojibake(a.title))
        else:
            t = esc(a.title)
        if a.extra["kicker"]:
            t = f'<font color="#ff0000"><b>{KICKER}</b></font> {t}'
        if a.extra["new"]:
            t += f' <img src="/images/stories/icon/new.gif" alt="{NEW_ALT}" border="0" />'
        return t

    def render_list(self, n, lang, show_all=False):
        en = lang == "en"
        items = self.articles if show_all else self.pages[n - 1]
        rows = []
        for a in items:
            rows.append((a.published, a.path, self.row_title(a, lang), a.extra["author"], a.views))
        if show_all or n == 2:
            d = self.pages[1][3].published - dt.timedelta(hours=3)
            row = (
                d,
                self.deleted_paths()[0],
                "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานราชการ (เฉพาะสมาชิก)",
                "admin",
                0,
            )
            rows.insert(len(self.pages[0]) + 4 if show_all else 4, row)
        trs = []
        for k, (d, path, title, author, hits) in enumerate(rows):
            trs.append(
                f"""<tr class="sectiontableentry{1 + k % 2}" >
	<td align="right">{k + 1 + (0 if show_all else (n - 1) * PER)}</td>
	<td>{list_date(d) if not en else d.strftime("%d.%m.%y")}</td>
	<td><a href="{esc(path)}">{title}</a></td>
	<td>{esc(author)}</td>
	<td align="center">{hits}</td>
</tr>"""
            )
        sel = ' selected="selected"'
        all_label = "All" if en else "ทั้งหมด"
        limit_opts = "".join(
            f'<option value="{v}"{sel if (v == 0) == show_all and v in (0, PER) else ""}>{v or all_label}</option>'
            for v in (5, PER, 10, 15, 20, 25, 30, 50, 100, 0)
        )
        footer = ""
        if not show_all:
            footer = f"""<tr><td align="center" colspan="5" class="sectiontablefooter">{self.pager(n)}</td></tr>
<tr><td colspan="5" align="right" class="pagecounter">{"Page" if en else "หน้า"} {n} {"of" if en else "จาก"} {len(self.pages)}</td></tr>"""
        heading = "News" if en else "ข่าวประชาสัมพันธ์"
        content = f"""<div class="componentheading">{heading}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" align="center" class="contentpane">
<tr><td valign="top" class="contentdescription" colspan="2">{"Press releases of the office" if en else "ข่าวประชาสัมพันธ์และกิจกรรมของ" + OFFICE}</td></tr>
<tr><td>
<form action="{esc(self.list_url())}" method="post" name="adminForm">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="right" colspan="5">{"Display #" if en else "แสดง #"} <select name="limit" id="limit" class="inputbox" size="1" onchange="this.form.submit()">{limit_opts}</select> &nbsp; <a href="{esc(self.list_url(limit=0))}">{"Show all" if en else "แสดงทั้งหมด"}</a></td></tr>
<tr>
	<td class="sectiontableheader" align="right" width="5">#</td>
	<td class="sectiontableheader" width="80">{"Date" if en else "วันที่"}</td>
	<td class="sectiontableheader">{"Item Title" if en else "หัวข้อ"}</td>
	<td class="sectiontableheader">{"Author" if en else "ผู้เขียน"}</td>
	<td align="center" class="sectiontableheader" width="5%">{"Hits" if en else "ฮิต"}</td>
</tr>
{chr(10).join(trs)}
{footer}
</table>
<input type="hidden" name="id" value="{CATID}" /><input type="hidden" name="sectionid" value="5" /><input type="hidden" name="task" value="category" /><input type="hidden" name="limitstart" value="{0 if show_all else (n - 1) * PER}" />
</form>
</td></tr>
</table>"""
        crumbs = f'<a href="/index.php" class="pathway">{"Home" if en else "หน้าแรก"}</a> <img src="/templates/rhuk_milkyway/images/arrow.png" alt=""  /> {heading}'
        return self.html_response(self.shell(lang, heading, crumbs, content))

    # ------------------------------------------------------------------ article
    def summary_box(self, a):
        items = []
        for p in (a.paras[0], a.paras[min(2, len(a.paras) - 1)]):
            cut = p.find(" ", 70)
            items.append(p if cut < 0 else p[:cut])
        lis = "".join(f"<li>{esc(s)}</li>" for s in dict.fromkeys(items))
        return f'<div style="border: 1px dashed #999999; background-color: #ffffe0; padding: 6px; margin-bottom: 8px;"><strong><span style="color: #006600;">{SUMMARY_LABEL}</span></strong><ul>{lis}</ul></div>'

    def body_html(self, a, lang):
        if lang == "en" and a.extra["en"]:
            return (
                f"<p>{esc(EN_SUMMARY.format(office=OFFICE_EN))}</p>"
                '<p><a href="'
                + esc(a.path + "&lang=th")
                + '">อ่านข่าวฉบับภาษาไทย (Read in Thai)</a></p>'
            )
        out = []
        if a.extra["summary"]:
            out.append(self.summary_box(a))
        for p in a.paras:
            out.append(f"<p>{esc(p)}</p>")
        if a.source:
            out.append(f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>")
        return "\n".join(out)

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None  # newer (ordering by date desc)
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def render_article(self, a, lang, base):
        en = lang == "en"
        prev, nxt = self.neighbours(a)
        url = quote(f"{base}{a.path}", safe="")
        created = en_date(a.published) if en else th_date(a.published)
        modified = ""
        if a.modified:
            m = en_date(a.modified) if en else th_date(a.modified)
            modified = f"""<tr>
	<td colspan="2"  class="modifydate">
		{"Last Updated" if en else "ปรับปรุงล่าสุด"} ( {m} )
	</td>
</tr>"""
        nav = []
        if prev:
            nav.append(
                f'<th class="pagenav_prev"><a href="{esc(prev.path)}">&lt; {"Prev" if en else "ก่อนหน้า"}</a></th>'
            )
        if prev and nxt:
            nav.append('<td width="50">&nbsp;</td>')
        if nxt:
            nav.append(
                f'<th class="pagenav_next"><a href="{esc(nxt.path)}">{"Next" if en else "ถัดไป"} &gt;</a></th>'
            )
        rel = "".join(
            f'<li><a href="{esc(x.path)}">{esc(x.extra["en_title"] if en and x.extra["en"] else x.title)} - {list_date(x.published) if not en else x.published.strftime("%d.%m.%Y")}</a></li>'
            for x in self.related(a)
        )
        pdf, prt, mail = ("PDF", "Print", "E-mail") if en else ("PDF", "พิมพ์", "อีเมล")
        q = a.path.replace("&", "&amp;")
        content = f"""<table class="contentpaneopen">
<tr>
		<td class="contentheading" width="100%">
					{self.title_html(a, lang)}
			</td>
						<td align="right" width="100%" class="buttonheading">
		<a href="{q}&amp;format=pdf" title="{pdf}" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="{pdf}"  /></a>		</td>
		<td align="right" width="100%" class="buttonheading">
		<a href="{q}&amp;tmpl=component&amp;print=1&amp;layout=default&amp;page=" title="{prt}" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="{prt}"  /></a>		</td>
		<td align="right" width="100%" class="buttonheading">
		<a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link={url}" title="{mail}" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/images/M_images/emailButton.png" alt="{mail}"  /></a>		</td>
		</tr>
</table>

<table class="contentpaneopen">
<tr>
	<td width="70%"  valign="top" colspan="2">
		<span class="small">
			{"Written by" if en else WRITTEN} {esc(a.extra["author"])}		</span>
		&nbsp;&nbsp;
	</td>
</tr>
<tr>
	<td valign="top" colspan="2" class="createdate">
		{created}	</td>
</tr>
<tr>
<td valign="top" colspan="2">
{self.body_html(a, lang)}
<table align="center" class="pagenav">
<tr>
	{"".join(nav)}
</tr>
</table></td>
</tr>
{modified}
</table>
<span class="article_separator">&nbsp;</span>
<div class="moduletable"><h3>{"Related Items" if en else RELATED}</h3><ul class="relateditems">{rel}</ul></div>"""
        heading = "News" if en else "ข่าวประชาสัมพันธ์"
        shown_title = a.extra["en_title"] if en and a.extra["en"] else a.title
        crumbs = f'<a href="/index.php" class="pathway">{"Home" if en else "หน้าแรก"}</a> <img src="/templates/rhuk_milkyway/images/arrow.png" alt=""  /> <a href="{esc(self.list_url())}" class="pathway">{heading}</a> <img src="/templates/rhuk_milkyway/images/arrow.png" alt=""  /> {esc(shown_title)}'
        page_title = shown_title
        desc = None
        if a.extra["mojibake"] and not en:
            page_title = mojibake(a.title)
            desc = mojibake(a.paras[0][:150])
        res = self.html_response(self.shell(lang, page_title, crumbs, content, a, desc))
        res[1]["Content-Language"] = "en-gb" if en else "th-th"
        res[1]["X-Powered-By"] = "PHP/5.2.17"
        return res

    def render_deleted(self, lang):
        en = lang == "en"
        msg = (
            "You are not authorised to view this resource. You need to login."
            if en
            else "ท่านไม่ได้รับอนุญาตให้ดูข้อมูลส่วนนี้ กรุณาเข้าสู่ระบบ"
        )
        content = f"""<div class="componentheading">{"Login" if en else "เข้าสู่ระบบ"}</div>
<dl id="system-message"><dt class="notice">Notice</dt><dd class="notice message fade"><ul><li>{msg}</li></ul></dd></dl>
<form action="/index.php" method="post" name="com-login" id="com-form-login"><fieldset class="input"><p><label for="username">{"Username" if en else "ชื่อผู้ใช้"}</label><br /><input name="username" id="username" type="text" class="inputbox" size="18" /></p><p><label for="passwd">{"Password" if en else "รหัสผ่าน"}</label><br /><input type="password" id="passwd" name="passwd" class="inputbox" size="18" /></p><input type="submit" name="Submit" class="button" value="{"Login" if en else "เข้าสู่ระบบ"}" /></fieldset><input type="hidden" name="option" value="com_user" /><input type="hidden" name="task" value="login" /></form>"""
        crumbs = f'<a href="/index.php" class="pathway">{"Home" if en else "หน้าแรก"}</a>'
        return self.html_response(self.shell(lang, "Login" if en else "เข้าสู่ระบบ", crumbs, content))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 301, {"Location": f"{base}/index.php"}, b""
        if path != "/index.php":
            return None
        lang_q = qs1(query, "lang")
        if lang_q in ("th", "en"):
            rest = [
                (k, v)
                for k, v in (p.split("=", 1) if "=" in p else (p, "") for p in raw_query.split("&"))
                if k != "lang" and k
            ]
            loc = "/index.php" + ("?" + "&".join(f"{k}={v}" for k, v in rest) if rest else "")
            return (
                302,
                {
                    "Location": base + loc,
                    "Set-Cookie": f"jfcookie[lang]={lang_q}; expires=Fri, 31-Dec-2032 23:59:59 GMT; path=/",
                    "Content-Type": "text/html; charset=utf-8",
                },
                b"",
            )
        lang = choose_lang()
        option = qs1(query, "option")
        view = qs1(query, "view")
        if not query:
            return self.render_list(1, lang)
        if option != "com_content":
            return None
        if view == "category" and qs1(query, "id") == str(CATID):
            if qs1(query, "limit") == "0":
                return self.render_list(1, lang, show_all=True)
            st = qs1(query, "limitstart", "0")
            if not st.isdigit() or int(st) % PER or int(st) // PER >= len(self.pages):
                return None
            return self.render_list(int(st) // PER + 1, lang)
        if view == "article":
            m = re.match(r"(\d+)", qs1(query, "id"))
            if not m:
                return None
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted(lang)
            a = self.by_id.get(aid)
            if a is None:
                return None
            return self.render_article(a, lang, base)
        return None

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        body = self.render_article(a, "th", "http://127.0.0.1")[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                COUNTER,
                FOOTER,
                LOGIN,
                SUMMARY_LABEL,
                RELATED,
                WRITTEN,
                KICKER,
                NEW_ALT,
                "ปรับปรุงล่าสุด",
                "ก่อนหน้า",
                "ถัดไป",
                mojibake(LATEST),
                "Powered by",
                "ภาษาไทย",
                "English",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, views=False, tags=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = Joomla15MilkywaySite()

if __name__ == "__main__":
    main(SITE)
