"""Blind-28 red-team site (part B): **Joomla 3.9 + K2 2.10 under a Youjoomla YJSG-framework
template**, a provincial public-relations office (สำนักงานประชาสัมพันธ์จังหวัดชัยภูมิ), built blind.

What it imitates:
- Joomla 3 fingerprints: generator meta "Joomla! - Open Source Content Management",
  `/templates/yj_newsroom/...` with `yjsgcore` assets, `/components/com_k2/css/k2.css`,
  `/media/jui/js/jquery.min.js`, K2 RSS `?format=feed`; the YJSG shell: `body#stylef4.yjsgbody`,
  `#centertop.yjsgsitew` (logo `h1` with the office name), `#topmenu_holder` (menu),
  `#yjsg1` grid, `#midblock` with `#maincolumn` / `#rightblock`, `.yjsquare` modules
  (`.h2_holder h3`, `.yjsquare_in`), `#yjsg7` footer grid, `#footer`;
- the K2 item view at non-menu URLs `/index.php/component/k2/item/<id>-<UTC-moment alias>`:
  `span.itemDateCreated` with K2's LC2 format under a Thai pack that prints the **BE year and
  the weekday**, headline `h2.itemTitle` (`<title>` "headline - office"), `span.itemAuthor`
  (a login), toolbar (font resizer, print, e-mail, `span.itemHits` "อ่าน <b>N</b> ครั้ง"),
  `itemImageBlock` (some) with caption / credits, `itemIntroText` + `itemFullText`,
  **`itemExtraFields` "ข้อมูลเพิ่มเติม" with "ที่มา" (3 in 5), "วันที่จัดกิจกรรม" (an event
  day, earlier than the publication, 1 in 3) and "สถานที่" (some)**, `itemDateModified`
  "แก้ไขล่าสุดเมื่อ ..." (edited items only), `itemTagsBlock` "แท็ก", `itemAttachmentsBlock`
  "ดาวน์โหลดไฟล์แนบ" (some), `itemImageGallery` "ภาพกิจกรรม" (some), `itemSocialSharing`
  plus a LINE button, `itemAuthorBlock` bio, `itemRelated` "บทความที่เกี่ยวข้อง (โดยแท็ก)"
  with dates, `itemNavigation` with both neighbour titles, comments "เข้าสู่ระบบเพื่อแสดงความคิดเห็น".
Listing: K2 category `/index.php/component/k2/itemlist/category/7-pr-news`, `?start=9`,
`?start=18` (catItemView with date, intro, "อ่านต่อ ...", Joomla 3 pagination "หน้า 2 จาก 3").
Deleted: item 2411 (trashed): 200 with K2's "ไม่พบรายการ" error template (no article text).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    WEEKDAYS,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานประชาสัมพันธ์จังหวัดชัยภูมิ"
SOURCES = [
    "สำนักงานประชาสัมพันธ์จังหวัดชัยภูมิ",
    "ที่ทำการปกครองจังหวัดชัยภูมิ",
    None,
    "สำนักงานเกษตรจังหวัดชัยภูมิ",
    None,
]
PLACES = ["ห้องประชุมพญาแล ศาลากลางจังหวัดชัยภูมิ", None, "หอประชุมอำเภอภูเขียว", None]
PER_PAGE = 9
USER = "cyp_pr01"
CAT = "/index.php/component/k2/itemlist/category/7-pr-news"
ITEM = "/index.php/component/k2/item"
DELETED_ID = 2411
DELETED = f"{ITEM}/{DELETED_ID}-2024-02-27-08-15-44"
UTC = dt.UTC
TZ7 = dt.timezone(dt.timedelta(hours=7))
BIO = "ผู้ดูแลเว็บไซต์ข่าวประชาสัมพันธ์ ฝ่ายข่าวและเผยแพร่"


def lc2(d: dt.datetime) -> str:
    """K2 'l, d F Y H:i' with the Thai pack's BE year."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year + 543} {d:%H:%M}"


def day_be(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


class K2YjsgSite(BaseSite):
    key = "b28_k2_yjsg"
    family = "k2"
    imitates = "Joomla 3.9 + K2 2.10 under a Youjoomla YJSG template: non-menu K2 URLs /index.php/component/k2/item/<id>-<UTC alias>; category /itemlist/category/7-pr-news?start=N; LC2 date with weekday and BE year; h2.itemTitle; 'อ่าน <b>N</b> ครั้ง'; extra fields ที่มา / วันที่จัดกิจกรรม (an earlier event day) / สถานที่; modified on edited items; tags, attachments, gallery, share, author bio, related with dates, navigation with titles, login-to-comment; deleted = K2 404-template answered 200"
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 5, 28, 16, 0, tzinfo=TZ7), offset=17
        )
        drop_corpus_signoffs(arts)
        kid = 2440
        for i, a in enumerate(arts):
            a.id = kid
            kid -= 1 + i % 2
            if kid == DELETED_ID:
                kid -= 1
            a.source = SOURCES[i % len(SOURCES)]
            a.time_printed = True  # LC2 always carries the time
            alias = a.published.astimezone(UTC).strftime("%Y-%m-%d-%H-%M-%S")
            a.path = f"{ITEM}/{a.id}-{alias}"
            a.extra["event"] = (a.published - dt.timedelta(days=1 + i % 3)) if i % 3 == 0 else None
            a.extra["place"] = PLACES[i % len(PLACES)]
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 4 == 2
            a.extra["gallery"] = i % 5 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def module(self, title, inner, sfx=""):
        return (
            f'<div class="yjsquare{sfx}"><div class="h2_holder"><h3><span>{title}</span></h3></div>'
            f'<div class="yjsquare_in">{inner}</div></div>'
        )

    def shell(self, title, content, crumb, desc=OFFICE):
        latest = "".join(
            f'<li><a class="moduleItemTitle" href="{a.path}">{esc(a.title)}</a>'
            f'<span class="moduleItemDateCreated">{day_be(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        right = (
            self.module(
                "ข่าวล่าสุด",
                f'<div id="k2ModuleBox112" class="k2ItemsBlock"><ul>{latest}</ul></div>',
            )
            + self.module(
                "สมาชิก",
                '<form action="/index.php" method="post" id="login-form"><div class="userdata">'
                '<input name="username" placeholder="ชื่อผู้ใช้" type="text"/>'
                '<input name="password" placeholder="รหัสผ่าน" type="password"/>'
                '<button type="submit" class="btn">เข้าสู่ระบบ</button></div>'
                '<ul class="unstyled"><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li>'
                '<li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li></ul></form>',
            )
            + self.module(
                "สถิติผู้เข้าชม",
                '<div class="mod_vvisit_counter"><table><tr><td>วันนี้</td><td>318</td></tr>'
                "<tr><td>เดือนนี้</td><td>9,452</td></tr><tr><td>ทั้งหมด</td><td>2,318,904</td></tr></table>"
                "<div>IP ของคุณ: 127.0.0.1</div></div>",
            )
        )
        return f"""<!DOCTYPE html>
<html xml:lang="th-th" lang="th-th" dir="ltr" class="com_k2 view-item">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="description" content="{esc(desc)}" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="{CAT}?format=feed" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="/templates/yj_newsroom/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" />
  <link href="/templates/yj_newsroom/yjsgcore/legacy/css/template.css" rel="stylesheet" />
  <link href="/templates/yj_newsroom/css/layout.css" rel="stylesheet" />
  <script src="/media/jui/js/jquery.min.js?2b6a1c"></script>
  <script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/"></script>
  <script src="/templates/yj_newsroom/yjsgcore/legacy/src/yjsg.js"></script>
</head>
<body id="stylef4" class="yjsgbody style_blue yjsgbr-chrome">
<div id="layout_type" class="yjsg_layout_boxed">
  <div class="centertop-out"><div id="centertop" class="centered yjsgsitew">
    <div id="header"><div id="logo" class="png"><h1><a href="/">{OFFICE}</a></h1></div>
      <div id="yjsg_search"><form action="/index.php" method="post"><input name="searchword" type="text" value="ค้นหา..." /></form></div></div>
    <div id="topmenu_holder"><div class="top_menu"><div id="horiznav" class="horiznav">
      <ul class="menunav"><li class="item101"><a href="/"><span class="yjm_has_none"><span class="yjm_title">หน้าหลัก</span></span></a></li>
      <li class="item108 active"><a href="{CAT}"><span class="yjm_title">ข่าวประชาสัมพันธ์</span></a></li>
      <li class="item112"><a href="/index.php/kaoprakad"><span class="yjm_title">ประกาศจังหวัด</span></a></li>
      <li class="item114"><a href="/index.php/contact"><span class="yjm_title">ติดต่อเรา</span></a></li></ul>
    </div></div></div>
  </div></div>
  <div id="yjsg1" class="yjsg_grid"><div class="breadcrumbs"><span class="showHere">คุณอยู่ที่: </span><a href="/" class="pathway">หน้าหลัก</a> <span class="sep">/</span> {crumb}</div></div>
  <div id="midblock" class="yjsgsitew"><div id="maincolumn" class="yjsgxhtml" style="width:68%;">
    <div class="yjsgsitew_in"><div id="system-message-container"></div>
{content}
    </div></div>
    <div id="rightblock" style="width:32%;"><div class="inside">{right}</div></div>
  </div>
  <div id="yjsg7" class="yjsg_grid"><div class="yjsquare"><div class="yjsquare_in">
    <p>{OFFICE} ศาลากลางจังหวัดชัยภูมิ ถนนบรรณาการ อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000 โทร. 0-4481-1415</p></div></div></div>
  <div id="footer" class="yjsgsitew"><div id="youjoomla"><div id="footmod">Copyright &copy; 2024 {OFFICE}</div>
    <div id="cp"><a href="http://www.youjoomla.com" title="Joomla Templates" class="yjsg_foot_link">Joomla Templates by Youjoomla</a></div></div></div>
</div>
<div class="cookie-bar" id="cookieNotice">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <button>ยอมรับ</button></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return CAT if j == 0 else f"{CAT}?start={j * PER_PAGE}"

        lis = []
        lis.append(
            f'<li><a title="เริ่มต้น" href="{href(0)}" class="pagenav">เริ่มต้น</a></li>'
            if k
            else '<li class="disabled"><a>เริ่มต้น</a></li>'
        )
        lis.append(
            f'<li><a title="ก่อนหน้า" href="{href(k - 1)}" class="pagenav">ก่อนหน้า</a></li>'
            if k
            else '<li class="disabled"><a>ก่อนหน้า</a></li>'
        )
        for j in range(n):
            lis.append(
                f'<li class="active"><a>{j + 1}</a></li>'
                if j == k
                else f'<li><a title="{j + 1}" href="{href(j)}" class="pagenav">{j + 1}</a></li>'
            )
        lis.append(
            f'<li><a title="ถัดไป" href="{href(k + 1)}" class="pagenav">ถัดไป</a></li>'
            if k < n - 1
            else '<li class="disabled"><a>ถัดไป</a></li>'
        )
        lis.append(
            f'<li><a title="สุดท้าย" href="{href(n - 1)}" class="pagenav">สุดท้าย</a></li>'
            if k < n - 1
            else '<li class="disabled"><a>สุดท้าย</a></li>'
        )
        return (
            f'<div class="k2Pagination"><div class="k2PaginationLinks"><ul class="pagination-list">{"".join(lis)}</ul></div>'
            f'<div class="k2PaginationCounter">หน้า {k + 1} จาก {n}</div><div class="clr"></div></div>'
        )

    def cat_item(self, path, title, when, intro, hits):
        return f"""<div class="itemContainer" style="width:100.0%;"><div class="catItemView groupLeading">
  <div class="catItemHeader"><span class="catItemDateCreated">{lc2(when)}</span>
    <h3 class="catItemTitle"><a href="{path}">{esc(title)}</a></h3></div>
  <div class="catItemBody"><div class="catItemIntroText">{esc(intro)}</div><div class="clr"></div></div>
  <div class="catItemHitsBlock"><span class="catItemHits">อ่าน <b>{hits}</b> ครั้ง</span></div>
  <div class="catItemReadMore"><a class="k2ReadMore" href="{path}">อ่านต่อ ...</a></div>
  <div class="clr"></div></div></div>
"""

    def listing(self, k):
        rows = [
            self.cat_item(a.path, a.title, a.published, a.paras[0][:200] + " ...", a.views)
            for a in self.pages[k]
        ]
        if k == 1:
            rows.insert(
                3,
                self.cat_item(
                    DELETED,
                    "ประกาศผลการคัดเลือกพนักงานราชการ (ยกเลิก)",
                    dt.datetime(2024, 2, 27, 15, 15, tzinfo=TZ7),
                    "รายละเอียดตามเอกสารแนบ ...",
                    41,
                ),
            )
        content = f"""<div id="k2Container" class="itemListView">
  <div class="k2FeedIcon"><a href="{CAT}?format=feed" title="สมัครรับข้อมูลฟีดนี้"><span>สมัครรับข้อมูลฟีดนี้</span></a><div class="clr"></div></div>
  <div class="itemListCategoriesBlock"><div class="itemListCategory"><h2>ข่าวประชาสัมพันธ์</h2><div class="clr"></div></div></div>
  <div class="itemList"><div id="itemListLeading">
{"".join(rows)}
  </div></div>
  {self.pagination(k)}
</div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ - {OFFICE}", content, "<span>ข่าวประชาสัมพันธ์</span>")

    # ------------------------------------------------------------------ item

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        if not a.tags:
            return []
        return [b for b in self.articles if b is not a and set(b.tags) & set(a.tags)][:4]

    def extra_fields(self, a):
        rows = []
        if a.source:
            rows.append(("ที่มา", a.source))
        if a.extra["event"]:
            rows.append(("วันที่จัดกิจกรรม", day_be(a.extra["event"])))
        if a.extra["place"]:
            rows.append(("สถานที่", a.extra["place"]))
        return rows

    def item_html(self, a: Article):
        image = ""
        if a.extra["image"]:
            image = f"""<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/{a.id:x}e1_XL.jpg" title="คลิกเพื่อดูภาพตัวอย่าง"><img src="/media/k2/items/cache/{a.id:x}e1_L.jpg" alt="{esc(a.title[:50])}" style="width:600px; height:auto;" /></a></span>
      <span class="itemImageCaption">บรรยากาศการประชุม</span><span class="itemImageCredits">ภาพ: ฝ่ายข่าว ส.ปชส.ชัยภูมิ</span><div class="clr"></div></div>"""
        intro = f"<p>{esc(a.paras[0])}</p>"
        full = "".join(f"<p>{esc(p)}</p>" for p in a.paras[1:])
        rows = self.extra_fields(a)
        extra = ""
        if rows:
            lis = "".join(
                f'<li class="{"odd" if j % 2 else "even"} typeTextfield group1">'
                f'<span class="itemExtraFieldsLabel">{lab}:</span><span class="itemExtraFieldsValue">{esc(v)}</span></li>'
                for j, (lab, v) in enumerate(rows)
            )
            extra = f'<div class="itemExtraFields"><h3>ข้อมูลเพิ่มเติม</h3><ul>{lis}</ul><div class="clr"></div></div>'
        modified = (
            f'<div class="itemDateModified">แก้ไขล่าสุดเมื่อ {lc2(a.modified)}</div>'
            if a.modified
            else ""
        )
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li><a href="/index.php/component/k2/itemlist/tag/{esc(t)}">{esc(t)}</a></li>'
                for t in a.tags
            )
            tags = f'<div class="itemTagsBlock"><span>แท็ก</span><ul class="itemTags">{lis}</ul><div class="clr"></div></div>'
        attach = ""
        if a.extra["file"]:
            attach = (
                '<div class="itemAttachmentsBlock"><span>ดาวน์โหลดไฟล์แนบ</span><ul class="itemAttachments">'
                f'<li><a title="หนังสือราชการ" href="/index.php/component/k2/item/download/{a.id - 1700}_b8e2c1">cyp{a.id}.pdf</a>'
                "<span>(ดาวน์โหลด 23 ครั้ง)</span></li></ul></div>"
            )
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<li><a href="/media/k2/galleries/{a.id}/{j}.jpg" class="sig-link"><img src="/media/k2/galleries/{a.id}/{j}_t.jpg" alt="ภาพที่ {j}" /></a></li>'
                for j in range(1, 5)
            )
            gallery = f'<a name="itemImageGalleryAnchor" id="itemImageGalleryAnchor"></a><div class="itemImageGallery"><h3>ภาพกิจกรรม</h3><ul class="sigProThumbnails">{imgs}</ul></div>'
        rel = self.related(a)
        related = ""
        if rel:
            lis = "".join(
                f'<li class="{"even" if j % 2 == 0 else "odd"}"><a class="itemRelTitle" href="{b.path}">{esc(b.title)}</a>'
                f'<div class="itemRelCreated">{lc2(b.published)}</div></li>'
                for j, b in enumerate(rel)
            )
            related = f'<div class="itemRelated"><h3>บทความที่เกี่ยวข้อง (โดยแท็ก)</h3><ul>{lis}</ul><div class="clr"></div></div>'
        newer, older = self.neighbours(a)
        nav = '<div class="itemNavigation"><span class="itemNavigationTitle">เพิ่มเติมใน ข่าวประชาสัมพันธ์:</span>'
        if newer:
            nav += f'<a class="itemPrevious" href="{newer.path}">&laquo; {esc(newer.title)}</a>'
        if older:
            nav += f'<a class="itemNext" href="{older.path}">{esc(older.title)} &raquo;</a>'
        nav += "</div>"
        share = (
            '<div class="itemSocialSharing">'
            f'<div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-url="https://www.chaiyaphum.prd.go.th{a.path}">ทวีต</a></div>'
            f'<div class="itemFacebookButton"><div class="fb-like" data-href="https://www.chaiyaphum.prd.go.th{a.path}" data-layout="button_count"></div></div>'
            f'<div class="itemLineButton"><a href="https://social-plugins.line.me/lineit/share?url=https://www.chaiyaphum.prd.go.th{a.path}">ส่งต่อทางไลน์</a></div>'
            '<div class="clr"></div></div>'
        )
        return f"""<span id="startOfPageId{a.id}"></span>
<div id="k2Container" class="itemView itemIsFeatured">
  <div class="itemHeader">
    <span class="itemDateCreated">{lc2(a.published)}</span>
    <h2 class="itemTitle">{esc(a.title)}</h2>
    <span class="itemAuthor">เขียนโดย <a rel="author" href="/index.php/component/k2/itemlist/user/571-{USER}">{USER}</a></span>
  </div>
  <div class="itemToolbar"><ul>
    <li><span class="itemTextResizerTitle">ขนาดตัวอักษร</span><a href="#" id="fontDecrease"><span>ลดขนาดตัวอักษร</span></a><a href="#" id="fontIncrease"><span>เพิ่มขนาดตัวอักษร</span></a></li>
    <li><a class="itemPrintLink" rel="nofollow" href="{a.path}?tmpl=component&amp;print=1"><span>พิมพ์</span></a></li>
    <li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=yj_newsroom&amp;link=9c1f"><span>อีเมล</span></a></li>
    <li><span class="itemHits">อ่าน <b>{a.views}</b> ครั้ง</span></li>
  </ul><div class="clr"></div></div>
  <div class="itemBody">
    {image}
    <div class="itemIntroText">{intro}</div>
    <div class="itemFullText">{full}</div>
    <div class="clr"></div>
    {extra}
    {modified}
    <div class="clr"></div>
  </div>
  {share}
  <div class="itemLinks">
    <div class="itemCategory"><span>เผยแพร่ใน</span> <a href="{CAT}">ข่าวประชาสัมพันธ์</a></div>
    {tags}
    {attach}
    <div class="clr"></div>
  </div>
  <div class="itemAuthorBlock"><div class="itemAuthorDetails"><h3 class="itemAuthorName"><a rel="author" href="/index.php/component/k2/itemlist/user/571-{USER}">{USER}</a></h3><p>{BIO}</p></div><div class="clr"></div></div>
  {related}
  <div class="clr"></div>
  {gallery}
  {nav}
  <a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
  <div class="itemComments"><div class="itemCommentsLoginFirst">เข้าสู่ระบบเพื่อแสดงความคิดเห็น</div></div>
  <div class="itemBackToTop"><a class="k2Anchor" href="{a.path}#startOfPageId{a.id}">กลับไปด้านบน</a></div>
  <div class="clr"></div>
</div>"""

    def detail(self, a):
        return self.shell(
            f"{a.title} - {OFFICE}",
            self.item_html(a),
            f'<a href="{CAT}" class="pathway">ข่าวประชาสัมพันธ์</a> <span class="sep">/</span> <span>{esc(a.title)}</span>',
            desc=a.paras[0][:160],
        )

    def missing(self):
        content = """<div id="k2Container" class="itemView"><div class="k2-error">
  <h2>404 - ไม่พบรายการ</h2>
  <p>ขออภัย รายการที่ท่านเรียกอาจถูกลบ ย้าย หรือยังไม่เผยแพร่</p>
  <p><a href="/">กลับหน้าหลัก</a></p></div></div>"""
        return self.shell(f"ไม่พบรายการ - {OFFICE}", content, "<span>ไม่พบรายการ</span>")

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == CAT:
            if "format" in query:
                items = "".join(
                    f"<item><title>{esc(a.title)}</title><link>{base}{a.path}</link>"
                    f"<pubDate>{a.published.astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                    for a in self.articles[:10]
                )
                rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>ข่าวประชาสัมพันธ์</title><link>{base}{CAT}</link><generator>Joomla! - Open Source Content Management</generator>{items}</channel></rss>'
                return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
            s = qs1(query, "start", "0")
            if not s.isdigit() or int(s) % PER_PAGE or int(s) // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(int(s) // PER_PAGE))
        if path == DELETED:
            return self.html_response(self.missing())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"เขียนโดย {USER}",
                USER,
                "ขนาดตัวอักษร",
                "ลดขนาดตัวอักษร",
                f"อ่าน {a.views} ครั้ง",
                "ข้อมูลเพิ่มเติม",
                "ทวีต",
                "ส่งต่อทางไลน์",
                "เผยแพร่ใน",
                BIO,
                "เพิ่มเติมใน ข่าวประชาสัมพันธ์:",
                "เข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "กลับไปด้านบน",
                "สถิติผู้เข้าชม",
                "2,318,904",
                "ลืมรหัสผ่าน?",
                "คุณอยู่ที่:",
                "ถนนบรรณาการ อำเภอเมืองชัยภูมิ",
                "เว็บไซต์นี้ใช้คุกกี้",
                "Joomla Templates by Youjoomla",
                lc2(a.published),
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [b.title for b in self.related(a)]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุดเมื่อ {lc2(a.modified)}")
            for lab, v in self.extra_fields(a):
                must_not.append(f"{lab}:")
                if lab != "ที่มา":
                    must_not.append(v)
            if a.extra["image"]:
                must_not += ["บรรยากาศการประชุม", "ภาพ: ฝ่ายข่าว ส.ปชส.ชัยภูมิ"]
            if a.extra["file"]:
                must_not += ["ดาวน์โหลดไฟล์แนบ", f"cyp{a.id}.pdf", "(ดาวน์โหลด 23 ครั้ง)"]
            if a.extra["gallery"]:
                must_not += ["ภาพกิจกรรม"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = K2YjsgSite()

if __name__ == "__main__":
    main(SITE)
