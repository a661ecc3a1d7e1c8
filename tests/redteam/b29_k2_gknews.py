"""Blind-29 red-team site (part B): **Joomla 3.9 + K2 2.10 under a GavickPro template**
(News Pro-like, `gk_news`) with GavickPro's own K2 overrides, run by a provincial
public-relations office (สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี), built blind.

What it imitates:
- Joomla 3 fingerprints: generator "Joomla! - Open Source Content Management",
  `/media/jui/js/jquery.min.js`, `/components/com_k2/css/k2.css`, `/templates/gk_news/...`,
  `?format=feed&type=rss`; GavickPro shell `#gkBg > #gkTop`, `#gkHeader` (logo `h1.gkLogo`),
  `#gkMainMenu`, `#gkBreadcrumb` ("คุณอยู่ที่:"), `#gkPageContent > #gkContent > #gkComponent`,
  `aside#gkSidebar` (`.box` modules: K2 latest with dates, login, site counter), `#gkBottom`,
  `#gkFooter` "Joomla! template designed by GavickPro", GK cookie notice;
- GavickPro's K2 item override: `article#k2Container.itemView` > `header` with **`h1`** and
  `ul` of `li.itemDate` with **`<time datetime="…+07:00" pubdate>` (W3C, with the time)
  whose visible text is Joomla's 'D j M, Y' in the Thai pack: "อ. 5 มี.ค., 2024" (CE year,
  no time)**, `li.itemAuthor` (login), `li.itemCategory`, `li.itemHits` "อ่าน N ครั้ง";
  `#gkTools` font resizer (A+ / A / A-), print and e-mail icons; GK Social API row (Facebook
  like, Tweet, LINE) above the text; `div.itemBody` > `itemIntroText` + `itemFullText`;
  `div.itemDateModified` "แก้ไขล่าสุดเมื่อ อังคาร, 12 มีนาคม 2024 14:22" (edited items only);
  `div.itemExtraFields` "ที่มา" (3 in 5) and "ผู้ประสานงาน" (a phone line, some);
  `itemImageBlock` with caption (some), `itemAttachmentsBlock` "ดาวน์โหลดไฟล์แนบ" with
  download count (some); `div.itemTagsBlock` "แท็ก"; `div.itemRelated` "บทความที่เกี่ยวข้อง"
  with dates; `div.itemNavigation` with both neighbours' titles; `itemComments` login prompt;
- **item URLs under a menu item with Joomla's unicode aliases: `/index.php/news/item/<id>-<Thai
  alias>`** (percent-encoded in hrefs).
- listing: **K2 tag view** `/index.php/component/k2/itemlist/tag/ข่าวจังหวัด` with the GK
  "generic" override (`div.gkDate` splitting the day and month into two divs, no year),
  `?start=8`, `?start=16` (J3 `pagination-list`, "หน้า 2 จาก 3").
Deleted: an item whose access was switched to Registered, linked from page 2: Joomla's
com_users login page at 200 ("กรุณาเข้าสู่ระบบก่อน") inside the normal shell.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

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
    qs1,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี"
HOST = "https://uthaithani.prd.go.th"
T = "/templates/gk_news"
TAG = "ข่าวจังหวัด"
LISTING = f"/index.php/component/k2/itemlist/tag/{TAG}"
PER_PAGE = 8
SOURCES = ["ส่วนราชการจังหวัดอุทัยธานี", "ที่ทำการปกครองอำเภอลานสัก", None, "สำนักงานเกษตรจังหวัดอุทัยธานี", None]
DAYS_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 402,118"
DELETED_ID = 3410
EXTRA_TAGS = ["ผู้ว่าราชการจังหวัด", "เศรษฐกิจ", "สาธารณสุข", "การท่องเที่ยว", "เกษตร"]


def j_short(d: dt.datetime) -> str:
    """Joomla 'D j M, Y' in the Thai pack: 'อ. 5 มี.ค., 2024' (CE year)."""
    return f"{DAYS_ABBR[d.weekday()]} {d.day} {MONTHS_ABBR[d.month - 1]}, {d.year}"


def j_long(d: dt.datetime) -> str:
    """K2_DATE_FORMAT_LC2 'l, d F Y H:i' in the Thai pack (CE year)."""
    return f"{DAYS[d.weekday()]}, {d:%d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def alias(title: str) -> str:
    return re.sub(r"[^0-9A-Za-z\u0e00-\u0e7f]+", "-", title[:36]).strip("-")


class GkNewsSite(BaseSite):
    key = "b29_k2_gknews"
    family = "k2"
    imitates = "Joomla 3.9 + K2 2.10 + GavickPro template (gk_news) K2 overrides, Thai provincial PR office: /index.php/news/item/<id>-<Thai unicode alias>; article#k2Container.itemView header h1; li.itemDate <time datetime=W3C+07:00> printing 'อ. 5 มี.ค., 2024' (CE, no time); itemHits 'อ่าน N ครั้ง'; font tools, print, e-mail, GK social row; itemDateModified on edited items; itemExtraFields 'ที่มา' and a contact field; image, attachments, tags, related, navigation with titles, comment login prompt; K2 tag view listing with gkDate day/month divs and ?start=N; deleted = Registered-access item, login page at 200"
    listing_path = LISTING

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 9, 20, 15, 0, tzinfo=TZ), offset=377
        )
        drop_corpus_signoffs(arts)
        iid = 3462
        for i, a in enumerate(arts):
            a.id = iid
            iid -= 1 + i % 4
            a.time_printed = True  # the W3C datetime attribute always carries the time
            a.views = 40 + (a.id * 37) % 2900
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAG] + ([EXTRA_TAGS[i % 5]] if i % 3 else [])
            if i % 4 != 1:
                a.modified = None
            a.path = f"/index.php/news/item/{a.id}-{alias(a.title)}"
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 6 == 2
            a.extra["contact"] = i % 4 == 3
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def href(self, path):
        return quote(path, safe="/?=&-")

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/index.php/news/item/{DELETED_ID}-ประกาศรายชื่อผู้มีสิทธิ์สอบ"]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, head_extra=""):
        latest = "".join(
            f'<li class="even"><a class="moduleItemTitle" href="{self.href(a.path)}">{esc(a.title)}</a><span class="moduleItemDateCreated">{j_short(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="{HOST}/" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
{head_extra}<title>{esc(title)}</title>
<link href="{HOST}/index.php/component/k2/itemlist/tag/{quote(TAG)}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="{T}/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" />
<link href="{T}/css/k2.css" rel="stylesheet" />
<link href="{T}/css/normalize.css" rel="stylesheet" />
<link href="{T}/css/layout.css" rel="stylesheet" />
<link href="{T}/css/joomla.css" rel="stylesheet" />
<link href="{T}/css/template.css" rel="stylesheet" />
<link href="{T}/css/style1.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5b1e9a"></script>
<script src="/media/jui/js/jquery-noconflict.js?5b1e9a"></script>
<script src="/components/com_k2/js/k2.frontend.js?v=2.10.3&amp;sitepath=/"></script>
<script src="{T}/js/gk.scripts.js"></script>
<script>$GK_TMPL_URL = "{HOST}{T}"; $GK_URL = "{HOST}/";</script>
</head>
<body data-tablet-width="1040" data-mobile-width="580" data-smoothscroll="1">
<div id="gkBg">
  <div id="gkTop"><div class="gkPage">
    <ul class="gkTopMenu"><li><a href="/">หน้าแรก</a></li><li><a href="/index.php/contact">ติดต่อเรา</a></li><li><a href="/index.php/sitemap">แผนผังเว็บไซต์</a></li></ul>
    <div id="gkSearch"><form action="/index.php/component/search/" method="post"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /></form></div>
  </div></div>
  <header id="gkHeader"><div class="gkPage">
    <h1 class="gkLogo"><a href="/" id="gkLogo" class="cssLogo">{OFFICE}</a></h1>
    <div id="gkMainMenu" class="gkMenuClassic"><nav id="gkExtraMenu" class="gkMenu"><ul class="gkmenu level0">
      <li class="first"><a href="/" class=" first">หน้าแรก</a></li>
      <li class="haschild"><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li>
      <li class="active"><a href="/index.php/news" class=" active">ข่าวประชาสัมพันธ์</a></li>
      <li><a href="/index.php/announce">ประกาศ/จัดซื้อจัดจ้าง</a></li>
      <li><a href="/index.php/ita">ITA</a></li>
      <li class="last"><a href="/index.php/contact" class=" last">ติดต่อเรา</a></li>
    </ul></nav></div>
  </div></header>
  <div id="gkBreadcrumb"><div class="gkPage"><div class="breadcrumbs"><span class="showHere">คุณอยู่ที่: </span><a href="/" class="pathway">หน้าแรก</a> <span class="divider">/</span> {crumb}</div></div></div>
  <div id="gkPageContent" class="gkPage"><div>
    <section id="gkContent"><div id="gkContentWrap">
      <section id="gkComponentWrap"><div id="gkComponent">
{content}
      </div></section>
    </div></section>
    <aside id="gkSidebar"><div>
      <div class="box latest"><h3 class="header">ข่าวล่าสุด</h3><div class="content"><div id="k2ModuleBox121" class="k2ItemsBlock"><ul>{latest}</ul></div></div></div>
      <div class="box login"><h3 class="header">เข้าสู่ระบบ</h3><div class="content"><form action="/index.php/news" method="post" id="login-form"><fieldset class="userdata"><p id="form-login-username"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="inputbox" size="18" /></p><p id="form-login-password"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="inputbox" size="18" /></p><input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" /><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></fieldset><ul><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li></ul></form></div></div>
      <div class="box counter"><h3 class="header">สถิติผู้เข้าชม</h3><div class="content"><div class="vcnt"><p>วันนี้ 318</p><p>เมื่อวาน 402</p><p>{SITE_COUNTER}</p></div></div></div>
    </div></aside>
  </div></div>
  <section id="gkBottom"><div class="gkPage"><div class="box"><h3 class="header">ลิงก์หน่วยงาน</h3><div class="content"><ul class="menu"><li><a href="https://www.prd.go.th">กรมประชาสัมพันธ์</a></li><li><a href="https://www.uthaithani.go.th">จังหวัดอุทัยธานี</a></li></ul></div></div></div></section>
  <footer id="gkFooter"><div class="gkPage">
    <p id="gkCopyrights">{OFFICE} ศาลากลางจังหวัดอุทัยธานี ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี โทร 0-5651-1063</p>
    <p id="gkStyleArea">Joomla! template designed by <a href="https://www.gavick.com">GavickPro</a></p>
  </div></footer>
</div>
<div id="gkCookieNotice" class="gkCookieNotice"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a href="/index.php/privacy">นโยบายความเป็นส่วนตัว</a></p><button class="gkCookieAccept">ยอมรับ</button></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def row(self, title, path, a):
        d = a.published
        return f"""<div class="catItemView">
<div class="gkDate"><div>{d.day:02d}</div><div>{MONTHS_ABBR[d.month - 1]}</div></div>
<div class="gkItemBlock">
  <div class="catItemHeader"><h2 class="catItemTitle"><a href="{self.href(path)}">{esc(title)}</a></h2>
  <div class="catItemAdditionalInfo"><span class="catItemCategory"><span>เผยแพร่ใน</span> <a href="/index.php/news">ข่าวประชาสัมพันธ์</a></span></div></div>
  <div class="catItemBody"><div class="catItemIntroText">{esc(a.paras[0][:160])}...</div></div>
  <div class="catItemReadMore"><a class="k2ReadMore" href="{self.href(path)}">อ่านต่อ...</a></div>
</div>
</div>
"""

    def pagination(self, k):
        n = len(self.pages)

        def link(j):
            return LISTING if j == 0 else f"{LISTING}?start={j * PER_PAGE}"

        items = []
        if k > 0:
            items.append(
                f'<li><a title="เริ่มต้น" href="{self.href(link(0))}" class="pagenav">เริ่มต้น</a></li>'
            )
            items.append(
                f'<li><a title="ก่อนหน้า" href="{self.href(link(k - 1))}" class="pagenav">ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li class="active"><span class="pagenav">{j + 1}</span></li>')
            else:
                items.append(f'<li><a href="{self.href(link(j))}" class="pagenav">{j + 1}</a></li>')
        if k < n - 1:
            items.append(
                f'<li><a title="ถัดไป" href="{self.href(link(k + 1))}" class="pagenav">ถัดไป</a></li>'
            )
            items.append(
                f'<li><a title="สุดท้าย" href="{self.href(link(n - 1))}" class="pagenav">สุดท้าย</a></li>'
            )
        return f'<div class="k2Pagination"><ul class="pagination-list">{"".join(items)}</ul><div class="clr"></div><p class="counter">หน้า {k + 1} จาก {n}</p></div>'

    def listing(self, k):
        rows = [self.row(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                4,
                self.row("ประกาศรายชื่อผู้มีสิทธิ์สอบ", self.deleted_paths()[0], self.pages[1][3]),
            )
        content = f"""<!-- Start K2 Generic (tag) Layout -->
<div id="k2Container" class="genericView">
  <div class="componentheading">แสดงรายการตามแท็ก {TAG}</div>
  <div class="catItemList">
{"".join(rows)}  </div>
  {self.pagination(k)}
</div>
<!-- End K2 Generic Layout -->"""
        return self.shell(f"{TAG} - {OFFICE}", content, f"<span>{TAG}</span>")

    # ------------------------------------------------------------------ item

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i + 4, i - 3) if 0 <= j < len(self.articles)][:3]

    def item(self, a):
        url = f"{HOST}{self.href(a.path)}"
        tools = f"""<div id="gkTools"><a href="#" id="gkToolsInc">A+</a><a href="#" id="gkToolsReset">A</a><a href="#" id="gkToolsDec">A-</a></div>
<ul class="itemTools"><li class="itemPrint"><a rel="nofollow" href="{self.href(a.path)}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600');return false;">พิมพ์</a></li><li class="itemEmail"><a rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;link=8f1c2b" onclick="window.open(this.href,'emailWindow','width=400,height=350');return false;">อีเมล</a></li></ul>"""
        social = f'<div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like"></div></div><div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{url}" data-lang="th">ทวีต</a></div><div class="itemLineButton"><a href="https://social-plugins.line.me/lineit/share?url={url}">แชร์ผ่าน LINE</a></div></div>'
        image = ""
        if a.extra["image"]:
            image = f'<div class="itemImageBlock"><span class="itemImage"><a class="modal" rel="{{handler: \'image\'}}" href="/media/k2/items/cache/{a.id:x}_XL.jpg" title="คลิกเพื่อดูภาพขยาย"><img src="/media/k2/items/cache/{a.id:x}_L.jpg" alt="{esc(a.title)}" /></a></span><span class="itemImageCaption">ภาพประกอบข่าว : ส่วนข่าว {OFFICE}</span><div class="clr"></div></div>'
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        intro = "".join(paras[:1])
        full = "".join(paras[1:])
        modified = ""
        if a.modified:
            modified = f'<div class="itemDateModified">แก้ไขล่าสุดเมื่อ {j_long(a.modified)}</div>'
        extra = []
        if a.source:
            extra.append(
                f'<li class="even typeTextfield group1"><span class="itemExtraFieldsLabel">ที่มา:</span><span class="itemExtraFieldsValue">{esc(a.source)}</span></li>'
            )
        if a.extra["contact"]:
            extra.append(
                '<li class="odd typeTextfield group1"><span class="itemExtraFieldsLabel">ผู้ประสานงาน:</span><span class="itemExtraFieldsValue">ฝ่ายข่าว โทร 0-5651-1063</span></li>'
            )
        extra_html = (
            f'<div class="itemExtraFields"><h3>ข้อมูลเพิ่มเติม</h3><ul>{"".join(extra)}</ul><div class="clr"></div></div>'
            if extra
            else ""
        )
        files = ""
        if a.extra["file"]:
            files = f'<div class="itemAttachmentsBlock"><span>ดาวน์โหลดไฟล์แนบ</span><ul class="itemAttachments"><li><a title="ดาวน์โหลด" href="/index.php/news/item/download/{a.id + 900}_5c1e7f">กำหนดการ_{a.id}.pdf</a><span>(ดาวน์โหลด {a.id % 97 + 3} ครั้ง)</span></li></ul></div>'
        tags = "".join(
            f'<li><a href="{self.href("/index.php/component/k2/itemlist/tag/" + t)}">{esc(t)}</a></li>'
            for t in a.tags
        )
        rel = "".join(
            f'<li class="{"even" if j % 2 == 0 else "odd"}"><a class="itemRelTitle" href="{self.href(r.path)}">{esc(r.title)}</a><div class="itemRelCreated">{j_short(r.published)}</div></li>'
            for j, r in enumerate(self.related(a))
        )
        newer, older = self.neighbours(a)
        nav = '<div class="itemNavigation"><span class="itemNavigationTitle">อ่านเพิ่มเติม...</span>'
        if older:
            nav += f'<a class="itemPrevious" href="{self.href(older.path)}">&laquo; {esc(older.title)}</a>'
        if newer:
            nav += (
                f'<a class="itemNext" href="{self.href(newer.path)}">{esc(newer.title)} &raquo;</a>'
            )
        nav += "</div>"
        return f"""<!-- Start K2 Item Layout -->
<span id="startOfPageId{a.id}"></span>
<article id="k2Container" class="itemView">
  <header>
    <h1>{esc(a.title)}</h1>
    <ul>
      <li class="itemDate"><time datetime="{a.published.isoformat()}" pubdate>{j_short(a.published)}</time></li>
      <li class="itemAuthor">เขียนโดย <a rel="author" href="/index.php/component/k2/itemlist/user/612-uthaipr">uthai_pr</a></li>
      <li class="itemCategory"><span>เผยแพร่ใน</span> <a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li>
      <li class="itemHits">อ่าน {a.views} ครั้ง</li>
    </ul>
  </header>
  <div class="itemToolbar">{tools}</div>
  {social}
  <div class="itemBody">
    {image}
    <div class="itemIntroText">{intro}</div>
    <div class="itemFullText">{full}</div>
    <div class="clr"></div>
    {extra_html}
    {modified}
  </div>
  {files}
  <div class="itemTagsBlock"><span>แท็ก</span><ul class="itemTags">{tags}</ul><div class="clr"></div></div>
  <div class="itemRelated"><h3>บทความที่เกี่ยวข้อง</h3><ul>{rel}</ul><div class="clr"></div></div>
  {nav}
  <div class="itemComments"><p class="itemCommentsLoginFirst">เข้าสู่ระบบเพื่อแสดงความคิดเห็น</p></div>
  <div class="itemBackToTop"><a class="k2Anchor" href="{self.href(a.path)}#startOfPageId{a.id}">กลับไปด้านบน</a></div>
</article>
<!-- End K2 Item Layout -->"""

    def detail(self, a):
        head = f'<meta property="og:url" content="{HOST}{self.href(a.path)}" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(a.title)}" />\n<meta name="author" content="uthai_pr" />\n'
        return self.shell(
            f"{a.title} - {OFFICE}",
            self.item(a),
            f'<a href="/index.php/news" class="pathway">ข่าวประชาสัมพันธ์</a> <span class="divider">/</span> <span>{esc(a.title)}</span>',
            head,
        )

    def login_wall(self):
        content = """<div class="login">
<div id="system-message-container"><div class="alert alert-error"><h4 class="alert-heading">คำเตือน</h4><p>กรุณาเข้าสู่ระบบก่อน</p></div></div>
<form action="/index.php/component/users/?task=user.login" method="post" class="form-horizontal well">
<fieldset><div class="control-group"><label id="username-lbl" for="username">ชื่อผู้ใช้</label><input type="text" name="username" id="username" value="" class="validate-username required" size="25" /></div>
<div class="control-group"><label id="password-lbl" for="password">รหัสผ่าน</label><input type="password" name="password" id="password" value="" class="validate-password required" size="25" /></div>
<button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></fieldset></form>
<ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li></ul>
</div>"""
        return self.shell(f"เข้าสู่ระบบ - {OFFICE}", content, "<span>เข้าสู่ระบบ</span>")

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == LISTING:
            s = qs1(query, "start", "0")
            if not s.isdigit() or int(s) % PER_PAGE or int(s) // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(int(s) // PER_PAGE))
        if path == self.deleted_paths()[0]:
            return self.html_response(self.login_wall())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path in ("/", "/index.php"):
            return 303, {"Location": base + self.href(LISTING)}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                j_short(a.published),
                "uthai_pr",
                f"อ่าน {a.views} ครั้ง",
                "เผยแพร่ใน",
                "ทวีต",
                "แชร์ผ่าน LINE",
                "A+",
                "พิมพ์",
                "อีเมล",
                "บทความที่เกี่ยวข้อง",
                "อ่านเพิ่มเติม...",
                "เข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "กลับไปด้านบน",
                "ข้อมูลเพิ่มเติม",
                "ที่มา:",
                SITE_COUNTER,
                "ถนนศรีอุทัย ตำบลอุทัยใหม่",
                "GavickPro",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ลืมรหัสผ่าน?",
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุดเมื่อ {j_long(a.modified)}")
            if a.extra["image"]:
                must_not.append("ภาพประกอบข่าว : ส่วนข่าว")
            if a.extra["contact"]:
                must_not += ["ผู้ประสานงาน", "ฝ่ายข่าว โทร 0-5651-1063"]
            if a.extra["file"]:
                must_not += ["ดาวน์โหลดไฟล์แนบ", f"กำหนดการ_{a.id}.pdf"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = GkNewsSite()

if __name__ == "__main__":
    main(SITE)
