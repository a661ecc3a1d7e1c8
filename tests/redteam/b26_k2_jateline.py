"""Blind-26 red-team site (part B): **Joomla 2.5 + K2 2.6 under JoomlArt's JA Teline IV
template**, a provincial agriculture office (สำนักงานเกษตรจังหวัดอุทัยธานี), built blind.

What it imitates:
- Joomla 2.5 fingerprints: generator meta "Joomla! - Open Source Content Management",
  `/templates/ja_teline_iv/...`, `/components/com_k2/css/k2.css`, `/media/system/js/...`,
  RSS `?format=feed&type=rss`; JA Teline's shell: `#ja-wrapper`, `#ja-header` (logo `h1`
  with the office name), `#ja-mainnav` (menu), `#ja-breadcrumbs` "คุณอยู่ที่:",
  `#ja-container` with `#ja-main` and `#ja-right` (ja_news "ข่าวล่าสุด", K2 Content module
  "ข่าวยอดนิยม" with hits, mod_login, vvisit counter), `#ja-footer`;
- the K2 item view (`div#k2Container.itemView`) as JA Teline overrides it: **the created date
  as a date box split into three spans** (`span.day` "15", `span.month` "พ.ค.", `span.year`
  "2567", BE year) and a separate `span.itemTime` "เวลา 10:30 น." only on items whose editor
  ticked the time, headline `h2.itemTitle` (the logo is the page's only `h1`), author
  "เขียนโดย pr_uthai", toolbar with font resizer "ขนาดตัวอักษร", print, e-mail and
  `span.itemHits` "เปิดอ่าน <b>1234</b> ครั้ง"; `itemImageBlock` (some) with caption and
  credit; `itemIntroText` + `itemFullText`; **`itemExtraFields` "ข้อมูลเพิ่มเติม" with
  "ที่มา:" (2 in 5) and "ผู้ถ่ายภาพ:" (a person, some)**; `itemDateModified`
  "แก้ไขล่าสุดเมื่อ วันพฤหัสบดี, 16 พฤษภาคม 2567 14:22" (edited items only);
  `itemLinks` with category, `itemTagsBlock` "แท็ก", `itemAttachmentsBlock`
  "ดาวน์โหลดไฟล์แนบ" (some); `itemSocialSharing` (Twitter "ทวีต", Facebook "แชร์",
  Google +1); `itemAuthorLatest` "ล่าสุดจาก pr_uthai"; `itemRelated` "บทความที่เกี่ยวข้อง
  (โดยแท็ก)"; `itemNavigation` "เพิ่มเติมใน หมวดหมู่นี้:" with both neighbour titles;
  `itemComments` (a visitor comment on some, the "แสดงความคิดเห็น" form);
  `itemBackToTop` "กลับไปด้านบน".
Listing: K2 category menu item `/index.php/pr-news`, Joomla pagination `?start=10`,
`?start=20` (catItemView blocks with the split date, intro text, "อ่านเพิ่มเติม ...",
"หน้า 2 จาก 3"). Items `/index.php/pr-news/item/<id>-<alias>` where the alias is the UTC
save moment (`2024-05-15-03-30-12`, what Joomla makes of a Thai title).
Deleted: item 1288 (access Registered): 200 with com_users' login view and
"คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
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

OFFICE = "สำนักงานเกษตรจังหวัดอุทัยธานี"
SOURCES = ["ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดอุทัยธานี", None, "สำนักงานเกษตรอำเภอหนองฉาง", None, None]
PHOTOGRAPHERS = ["นายวีระพงษ์ ทองคำ", None, None, "นางสาวกมลวรรณ แสงอรุณ"]
PER_PAGE = 10
USER = "pr_uthai"
MENU = "/index.php/pr-news"
DELETED_ID = 1288
DELETED = f"{MENU}/item/{DELETED_ID}-2024-04-19-02-11-37"
UTC = dt.UTC
COMMENT = "ขอบคุณเกษตรจังหวัดที่ลงพื้นที่ครับ อยากให้มาที่ตำบลเขาบางแกรกบ้าง"


def lc2(d: dt.datetime) -> str:
    """K2_DATE_FORMAT_LC2 'l, d F Y H:i' under the Thai language pack (BE year)."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year + 543} {d:%H:%M}"


def datebox(d: dt.datetime, cls="itemDateCreated") -> str:
    return (
        f'<div class="{cls}"><span class="day">{d.day:02d}</span>'
        f'<span class="month">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="year">{d.year + 543}</span></div>'
    )


class K2TelineSite(BaseSite):
    key = "b26_k2_jateline"
    family = "k2"
    imitates = "Joomla 2.5 + K2 2.6 under JoomlArt JA Teline IV: K2 category menu item /index.php/pr-news?start=N; items /item/<id>-<UTC save moment alias>; date box split into day/month-abbr/BE-year spans with a separate optional 'เวลา HH:MM น.'; h2.itemTitle; itemHits 'เปิดอ่าน <b>N</b> ครั้ง'; itemExtraFields 'ที่มา:' and 'ผู้ถ่ายภาพ:'; itemDateModified on edited items; tags, attachments, social sharing, author latest, related by tag, navigation with neighbour titles, comments inside itemView; deleted = login view 200"
    listing_path = MENU

    def __init__(self):
        arts = make_articles(
            self.key,
            24,
            start=dt.datetime(2024, 6, 3, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
            offset=41,
        )
        kid = 1342
        for i, a in enumerate(arts):
            a.id = kid
            kid -= 1 + i % 3
            if kid == DELETED_ID:
                kid -= 1
            a.source = SOURCES[i % len(SOURCES)]
            alias = a.published.astimezone(UTC).strftime("%Y-%m-%d-%H-%M-%S")
            a.path = f"{MENU}/item/{a.id}-{alias}"
            a.extra["photo"] = PHOTOGRAPHERS[i % len(PHOTOGRAPHERS)]
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 5 == 2
            a.extra["comments"] = i % 4 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [MENU] + [f"{MENU}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def popular(self):
        return sorted(self.articles, key=lambda a: -a.views)[:5]

    def shell(self, title, content, crumb):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a class="moduleItemTitle" href="{a.path}">{esc(a.title)}</a><span class="moduleItemHits">อ่าน {a.views} ครั้ง</span><div class="clr"></div></li>'
            for a in self.popular()
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th">
<head>
  <base href="http://www.uthaithani.doae.go.th/" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="เกษตร, อุทัยธานี, ส่งเสริมการเกษตร" />
  <meta name="description" content="{OFFICE}" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="{MENU}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="/templates/ja_teline_iv/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/components/com_k2/css/k2.css" type="text/css" />
  <link rel="stylesheet" href="/templates/ja_teline_iv/css/template.css" type="text/css" />
  <link rel="stylesheet" href="/templates/ja_teline_iv/css/k2.css" type="text/css" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/k2/assets/js/k2.frontend.js?v2.6.9&amp;sitepath=/" type="text/javascript"></script>
</head>
<body id="bd" class="fs3 FF">
<a name="Top" id="Top"></a>
<div id="ja-wrapper">
  <div id="ja-header" class="wrap">
    <div class="main clearfix">
      <h1 class="logo"><a href="/" title="{OFFICE}"><span>{OFFICE}</span></a></h1>
      <div id="ja-search"><form action="/index.php/component/search/" method="post"><input name="searchword" id="mod-search-searchword" maxlength="20" class="inputbox" type="text" size="20" value="ค้นหา..." /></form></div>
    </div>
  </div>
  <div id="ja-mainnav" class="wrap"><div class="main clearfix"><ul class="menu">
    <li class="item-101"><a href="/">หน้าแรก</a></li>
    <li class="item-102"><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li>
    <li class="item-108 current active"><a href="{MENU}">ข่าวประชาสัมพันธ์</a></li>
    <li class="item-109"><a href="/index.php/procurement">ข่าวจัดซื้อจัดจ้าง</a></li>
    <li class="item-110"><a href="/index.php/contact">ติดต่อเรา</a></li>
  </ul></div></div>
  <div id="ja-breadcrumbs" class="wrap"><div class="main clearfix">
    <span class="showHere">คุณอยู่ที่: </span><a href="/" class="pathway">หน้าแรก</a> <img src="/templates/ja_teline_iv/images/arrow.png" alt="" /> {crumb}
  </div></div>
  <div id="ja-container" class="wrap ja-r1"><div class="main clearfix">
    <div id="ja-mainbody" style="width:70%"><div id="ja-main" style="width:100%"><div class="inner clearfix">
      <div id="system-message-container"></div>
      <div id="ja-contentwrap" class="clearfix"><div id="ja-content" class="column"><div id="ja-current-content" class="column">
{content}
      </div></div></div>
    </div></div></div>
    <div id="ja-right" class="column sidebar" style="width:30%">
      <div class="ja-moduletable moduletable clearfix" id="Mod91"><h3><span>ข่าวล่าสุด</span></h3><div class="ja-box-ct clearfix"><ul class="latestnews">{latest}</ul></div></div>
      <div class="ja-moduletable moduletable clearfix" id="Mod95"><h3><span>ข่าวยอดนิยม</span></h3><div class="ja-box-ct clearfix"><div id="k2ModuleBox95" class="k2ItemsBlock"><ul>{popular}</ul></div></div></div>
      <div class="ja-moduletable moduletable clearfix" id="Mod16"><h3><span>เข้าสู่ระบบ</span></h3><div class="ja-box-ct clearfix">
        <form action="/index.php/pr-news" method="post" id="login-form"><fieldset class="userdata">
        <p id="form-login-username"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="inputbox" size="18" /></p>
        <p id="form-login-password"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="inputbox" size="18" /></p>
        <input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" /></fieldset>
        <ul><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li></ul></form></div></div>
      <div class="ja-moduletable moduletable clearfix" id="Mod97"><h3><span>สถิติผู้เยี่ยมชม</span></h3><div class="ja-box-ct clearfix"><div id="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width:90%">
        <tr><td>วันนี้</td><td align="right">214</td></tr><tr><td>เมื่อวาน</td><td align="right">388</td></tr>
        <tr><td>ทั้งหมด</td><td align="right">1,204,877</td></tr></table></div></div></div>
    </div>
  </div></div>
  <div id="ja-footer" class="wrap"><div class="main clearfix">
    <div class="ja-copyright"><small>{OFFICE} ศาลากลางจังหวัดอุทัยธานี ถนนท่าช้าง อำเภอเมือง จังหวัดอุทัยธานี 61000 โทร. 0-5651-1065</small></div>
    <div class="ja-footnav"><small>Copyright &#169; 2024 {OFFICE}. Designed by <a href="http://www.joomlart.com/" title="Visit Joomlart.com!" target="blank">JoomlArt.com</a>.</small></div>
  </div></div>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return MENU if j == 0 else f"{MENU}?start={j * PER_PAGE}"

        items = []
        if k > 0:
            items.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{href(0)}" class="pagenav">เริ่มต้น</a></li>'
            )
            items.append(
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{href(k - 1)}" class="pagenav">ก่อนหน้า</a></li>'
            )
        else:
            items.append(
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li><li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li><span class="pagenav">{j + 1}</span></li>')
            else:
                items.append(
                    f'<li><a title="{j + 1}" href="{href(j)}" class="pagenav">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{href(k + 1)}" class="pagenav">ถัดไป</a></li>'
            )
            items.append(
                f'<li class="pagination-end"><a title="สุดท้าย" href="{href(n - 1)}" class="pagenav">สุดท้าย</a></li>'
            )
        else:
            items.append(
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li><li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>'
            )
        return f'<div class="k2Pagination"><ul>{"".join(items)}</ul><div class="clr"></div>หน้า {k + 1} จาก {n}</div>'

    def cat_item(self, a: Article | None, path=None, title=None, when=None, hits=None, intro=""):
        path = path or a.path
        title = title or a.title
        when = when or a.published
        hits = hits if hits is not None else a.views
        intro = intro or a.paras[0][:220] + " ..."
        return f"""<div class="itemContainer itemContainerLast" style="width:100.0%;">
<div class="catItemView groupLeading">
  <div class="catItemHeader">
    {datebox(when, "catItemDateCreated")}
    <h3 class="catItemTitle"><a href="{path}">{esc(title)}</a></h3>
  </div>
  <div class="catItemBody"><div class="catItemIntroText"><p>{esc(intro)}</p></div><div class="clr"></div></div>
  <div class="catItemLinks"><div class="catItemHitsBlock"><span class="catItemHits">เปิดอ่าน <b>{hits}</b> ครั้ง</span></div></div>
  <div class="catItemReadMore"><a class="k2ReadMore" href="{path}">อ่านเพิ่มเติม ...</a></div>
  <div class="clr"></div>
</div></div>
"""

    def listing(self, k):
        rows = [self.cat_item(a) for a in self.pages[k]]
        if k == 1:
            when = dt.datetime(2024, 4, 19, 9, 11, tzinfo=dt.timezone(dt.timedelta(hours=7)))
            rows.insert(
                4,
                self.cat_item(
                    None,
                    path=DELETED,
                    title="ประกาศรายชื่อผู้ผ่านการคัดเลือกจ้างเหมาบริการ (สำหรับเจ้าหน้าที่)",
                    when=when,
                    hits=57,
                    intro="เฉพาะเจ้าหน้าที่ที่เข้าสู่ระบบ ...",
                ),
            )
        content = f"""<div id="k2Container" class="itemListView">
  <div class="itemListCategoriesBlock"><div class="itemListCategory">
    <a class="k2FeedIcon" href="{MENU}?format=feed&amp;type=rss" title="สมัครรับข้อมูลฟีดนี้"><span>สมัครรับข้อมูลฟีดนี้</span></a>
    <h2>ข่าวประชาสัมพันธ์</h2><div class="clr"></div>
  </div></div>
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

    def author_latest(self, a):
        return [b for b in self.articles if b is not a][:3]

    def item_html(self, a: Article):
        time_span = (
            f'<span class="itemTime">เวลา {a.published:%H:%M} น.</span>' if a.time_printed else ""
        )
        image = ""
        if a.extra["image"]:
            image = f"""<div class="itemImageBlock"><span class="itemImage">
      <a class="modal" rel="{{handler: 'image'}}" href="/media/k2/items/cache/{a.id:x}a9c_XL.jpg" title="คลิกเพื่อดูภาพตัวอย่าง"><img src="/media/k2/items/cache/{a.id:x}a9c_L.jpg" alt="{esc(a.title[:60])}" style="width:600px; height:auto;" /></a></span>
      <span class="itemImageCaption">ภาพกิจกรรม</span><span class="itemImageCredits">{OFFICE}</span><div class="clr"></div></div>"""
        intro = f"<p>{esc(a.paras[0])}</p>"
        full = "".join(f"<p>{esc(p)}</p>" for p in a.paras[1:])
        extra = []
        if a.source:
            extra.append(
                f'<li class="even typeTextfield group1"><span class="itemExtraFieldsLabel">ที่มา:</span><span class="itemExtraFieldsValue">{esc(a.source)}</span></li>'
            )
        if a.extra["photo"]:
            extra.append(
                f'<li class="odd typeTextfield group1"><span class="itemExtraFieldsLabel">ผู้ถ่ายภาพ:</span><span class="itemExtraFieldsValue">{esc(a.extra["photo"])}</span></li>'
            )
        extra_html = (
            f'<div class="itemExtraFields"><h3>ข้อมูลเพิ่มเติม</h3><ul>{"".join(extra)}</ul><div class="clr"></div></div>'
            if extra
            else ""
        )
        modified = (
            f'<div class="itemDateModified">แก้ไขล่าสุดเมื่อ {lc2(a.modified)}</div>'
            if a.modified
            else ""
        )
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li><a href="/index.php/pr-news/itemlist/tag/{esc(t)}">{esc(t)}</a></li>'
                for t in a.tags
            )
            tags = f'<div class="itemTagsBlock"><span>แท็ก</span><ul class="itemTags">{lis}</ul><div class="clr"></div></div>'
        attach = ""
        if a.extra["file"]:
            attach = f'<div class="itemAttachmentsBlock"><span>ดาวน์โหลดไฟล์แนบ</span><ul class="itemAttachments"><li><a title="ข่าวประชาสัมพันธ์ฉบับเต็ม" href="/index.php/pr-news/item/download/{a.id - 900}_7d1e0c2b">pr{a.id}.pdf</a><span>(ดาวน์โหลด 14 ครั้ง)</span></li></ul></div>'
        latest = "".join(
            f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in self.author_latest(a)
        )
        rel = self.related(a)
        related = ""
        if rel:
            lis = "".join(
                f'<li class="{"even" if j % 2 == 0 else "odd"}"><a class="itemRelTitle" href="{b.path}">{esc(b.title)}</a></li>'
                for j, b in enumerate(rel)
            )
            related = f'<div class="itemRelated"><h3>บทความที่เกี่ยวข้อง (โดยแท็ก)</h3><ul>{lis}</ul><div class="clr"></div></div>'
        newer, older = self.neighbours(a)
        nav = (
            '<div class="itemNavigation"><span class="itemNavigationTitle">เพิ่มเติมใน หมวดหมู่นี้:</span>'
        )
        if newer:
            nav += f'<a class="itemPrevious" href="{newer.path}">&laquo; {esc(newer.title)}</a>'
        if older:
            nav += f'<a class="itemNext" href="{older.path}">{esc(older.title)} &raquo;</a>'
        nav += "</div>"
        comments = ""
        if a.extra["comments"]:
            comments = f"""<h3 class="itemCommentsCounter"><span>1</span> ความคิดเห็น</h3>
    <ul class="itemCommentsList"><li class="even authorResponse">
      <span class="commentLink"><a href="{a.path}#comment{a.id * 3}" name="comment{a.id * 3}" id="comment{a.id * 3}">ลิงก์ความคิดเห็น</a></span>
      <span class="commentDate">{lc2(a.published + dt.timedelta(days=1, hours=2))}</span>
      <span class="commentAuthorName">โพสต์โดย ชาวนาเขาบางแกรก</span>
      <p>{COMMENT}</p><div class="clr"></div></li></ul>"""
        return f"""<span id="startOfPageId{a.id}"></span>
<div id="k2Container" class="itemView">
  <div class="itemHeader">
    {datebox(a.published)}
    {time_span}
    <h2 class="itemTitle">{esc(a.title)}</h2>
    <span class="itemAuthor">เขียนโดย&nbsp;<a rel="author" href="/index.php/pr-news/itemlist/user/63-{USER}">{USER}</a></span>
  </div>
  <div class="itemToolbar"><ul>
    <li><span class="itemTextResizerTitle">ขนาดตัวอักษร</span><a href="#" id="fontDecrease"><span>ลดขนาดตัวอักษร</span><img src="/components/com_k2/images/system/blank.gif" alt="ลดขนาดตัวอักษร" /></a><a href="#" id="fontIncrease"><span>เพิ่มขนาดตัวอักษร</span><img src="/components/com_k2/images/system/blank.gif" alt="เพิ่มขนาดตัวอักษร" /></a></li>
    <li><a class="itemPrintLink" rel="nofollow" href="{a.path}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600');return false;"><span>พิมพ์</span></a></li>
    <li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;link=4c7a9e" onclick="window.open(this.href,'emailWindow','width=400,height=350');return false;"><span>อีเมล</span></a></li>
    <li><span class="itemHits">เปิดอ่าน <b>{a.views}</b> ครั้ง</span></li>
  </ul><div class="clr"></div></div>
  <div class="itemBody">
    {image}
    <div class="itemIntroText">{intro}</div>
    <div class="itemFullText">{full}</div>
    <div class="clr"></div>
    {extra_html}
    {modified}
    <div class="clr"></div>
  </div>
  <div class="itemLinks">
    <div class="itemCategory"><span>เผยแพร่ใน</span><a href="{MENU}">ข่าวประชาสัมพันธ์</a></div>
    {tags}
    {attach}
    <div class="clr"></div>
  </div>
  <div class="itemSocialSharing">
    <div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-lang="th">ทวีต</a></div>
    <div class="itemFacebookButton"><div class="fb-like" data-send="false" data-width="200" data-show-faces="false"></div><a href="https://www.facebook.com/sharer.php?u=http://www.uthaithani.doae.go.th{a.path}">แชร์</a></div>
    <div class="itemGooglePlusOneButton"><g:plusone annotation="inline" width="120"></g:plusone></div>
    <div class="clr"></div>
  </div>
  <div class="itemAuthorLatest"><h3>ล่าสุดจาก {USER}</h3><ul>{latest}</ul><div class="clr"></div></div>
  {related}
  <div class="clr"></div>
  {nav}
  <a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
  <div class="itemComments">
    {comments}
    <div class="itemCommentsForm">
      <h3>แสดงความคิดเห็น</h3>
      <p class="itemCommentsFormNotes">ต้องแน่ใจว่าคุณได้กรอกข้อมูลในช่องที่จำเป็นแล้ว ที่มีเครื่องหมายดอกจัน (*) ไม่อนุญาตให้ใช้โค้ด HTML</p>
      <form action="/index.php" method="post" id="comment-form" class="form-validate">
        <label class="formComment" for="commentText">ความคิดเห็น *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>
        <label class="formName" for="userName">ชื่อ *</label><input class="inputbox" type="text" name="userName" id="userName" value="กรอกชื่อของคุณ..." />
        <label class="formEmail" for="commentEmail">อีเมล *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="กรอกที่อยู่อีเมลของคุณ..." />
        <input type="submit" class="button" id="submitCommentButton" value="ส่งความคิดเห็น" />
        <input type="hidden" name="option" value="com_k2" /><input type="hidden" name="view" value="item" /><input type="hidden" name="task" value="comment" /><input type="hidden" name="itemID" value="{a.id}" />
      </form>
    </div>
  </div>
  <div class="itemBackToTop"><a class="k2Anchor" href="{a.path}#startOfPageId{a.id}">กลับไปด้านบน</a></div>
  <div class="clr"></div>
</div>"""

    def detail(self, a: Article):
        return self.shell(
            a.title,
            self.item_html(a),
            f'<a href="{MENU}" class="pathway">ข่าวประชาสัมพันธ์</a> <img src="/templates/ja_teline_iv/images/arrow.png" alt="" /> <span>{esc(a.title)}</span>',
        )

    def denied(self):
        content = """<dl id="system-message"><dt class="error">ข้อผิดพลาด</dt><dd class="error message"><ul><li>คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</li></ul></dd></dl>
<div class="login">
  <form action="/index.php/component/users/?task=user.login" method="post">
    <fieldset>
      <div class="login-fields"><label id="username-lbl" for="username">ชื่อผู้ใช้</label><input type="text" name="username" id="username" value="" class="validate-username" size="25" /></div>
      <div class="login-fields"><label id="password-lbl" for="password">รหัสผ่าน</label><input type="password" name="password" id="password" value="" class="validate-password" size="25" /></div>
      <button type="submit" class="button">เข้าสู่ระบบ</button>
    </fieldset>
  </form>
</div>
<div><ul><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        return self.shell(f"เข้าสู่ระบบ - {OFFICE}", content, "<span>เข้าสู่ระบบ</span>")

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == MENU:
            if "format" in query:
                items = "".join(
                    f"<item><title>{esc(a.title)}</title><link>{base}{a.path}</link><pubDate>{a.published.astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                    for a in self.articles[:10]
                )
                rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>ข่าวประชาสัมพันธ์</title><link>{base}{MENU}</link><generator>Joomla! - Open Source Content Management</generator>{items}</channel></rss>'
                return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
            s = qs1(query, "start", "0")
            if not s.isdigit() or int(s) % PER_PAGE or int(s) // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(int(s) // PER_PAGE))
        if path == DELETED:
            return self.html_response(self.denied())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                USER,
                f"เขียนโดย {USER}",
                f"เปิดอ่าน {a.views} ครั้ง",
                "ขนาดตัวอักษร",
                "ลดขนาดตัวอักษร",
                "ข้อมูลเพิ่มเติม",
                "เผยแพร่ใน",
                "ทวีต",
                f"ล่าสุดจาก {USER}",
                "เพิ่มเติมใน หมวดหมู่นี้:",
                "แสดงความคิดเห็น",
                "ต้องแน่ใจว่าคุณได้กรอกข้อมูลในช่องที่จำเป็นแล้ว",
                "กลับไปด้านบน",
                "ข่าวยอดนิยม",
                "สถิติผู้เยี่ยมชม",
                "1,204,877",
                "ลืมรหัสผ่าน?",
                "คุณอยู่ที่:",
                "ถนนท่าช้าง อำเภอเมือง จังหวัดอุทัยธานี 61000",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [b.title for b in self.related(a)]
            if a.extra["photo"]:
                must_not += ["ผู้ถ่ายภาพ:", a.extra["photo"]]
            if a.modified:
                must_not += [f"แก้ไขล่าสุดเมื่อ {lc2(a.modified)}"]
            if a.extra["file"]:
                must_not += ["ดาวน์โหลดไฟล์แนบ", f"pr{a.id}.pdf", "(ดาวน์โหลด 14 ครั้ง)"]
            if a.extra["comments"]:
                must_not += [COMMENT, "โพสต์โดย ชาวนาเขาบางแกรก"]
            if a.extra["image"]:
                must_not += ["ภาพกิจกรรม"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = K2TelineSite()

if __name__ == "__main__":
    main(SITE)
