"""A Ministry of Industry provincial office on Joomla 3 + K2 2.10 (industry.go.th/<province>/
generation, 2019-2021).

Listing: the office's own news module at /<province>/index.php/news2 with entries (title,
date "03 มี.ค 2564" with the short month's final dot missing, teaser, "อ่านต่อ...") and a page
form whose links carry `?task=&Submit=ตกลง&page=N` (page number).  Items:
/<province>/index.php/component/k2/item/<id>?rss_id=<n>, printed by K2's default item
template: itemHeader (itemDateCreated with the stock Thai pack's weekday form
"วันพฤหัสบดี, 09 กรกฎาคม 2563 14:12", itemTitle), itemToolbar (font resizer, print, email),
itemImageBlock, itemFullText (with "ที่มา: ..." lines in some), itemContentFooter (itemHits
"อ่าน <b>N</b> ครั้ง", itemDateModified "ปรับปรุงล่าสุดเมื่อ ..."), itemSocialSharing,
itemLinks (category, tags), itemRelated, itemNavigation, itemCommentsLoginFirst, itemBackToTop
and K2's HTML comments and version comment.

The deleted item is linked from page 2 and answers 200 with an empty K2 item view.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import quote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)

PROVINCE = "lampang"
SITE_NAME = "สำนักงานอุตสาหกรรมจังหวัดลำปาง"
OFFICE = "กลุ่มยุทธศาสตร์และแผนงานอุตสาหกรรม สำนักงานอุตสาหกรรมจังหวัดลำปาง"
PER_PAGE = 8
DELETED_ID = 10990
SUBMIT = quote("ตกลง")
FURNITURE = [
    "อ่าน",
    "ปรับปรุงล่าสุดเมื่อ",
    "ล๊อคอินเข้าสู่ระบบ",
    "ข่าวที่เกี่ยวข้อง",
    "เพิ่มเติมในหมวดหมู่นี้",
    "กลับไปด้านบน",
    "ขนาดตัวอักษร",
    "พิมพ์",
    "อีเมล",
    "เผยแพร่ใน",
    "แท็ก",
    "Tweet",
    "ข่าวประชาสัมพันธ์กระทรวงอุตสาหกรรม",
]


def k2_lc2(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year + 543} {d:%H:%M}"


def k2_lc2_short(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year + 543} {d:%H:%M}"


def list_date(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS_ABBR[d.month - 1].rstrip('.')} {d.year + 543}"


class K2Provincial(BaseSite):
    key = "k2_provincial"
    family = "provincial"
    imitates = "Joomla 3 + K2 2.10 provincial industry office (news2 listing with Submit=ตกลง&page=N, K2 item template with hits, modified, related, navigation)"
    listing_path = f"/{PROVINCE}/index.php/news2"

    def __init__(self):
        arts = make_articles(
            self.key, 21, start=dt.datetime(2021, 3, 20, 17, 0, tzinfo=TZ), offset=35
        )
        for n, a in enumerate(reversed(arts)):
            a.id = 10880 + n * 5
        for n, a in enumerate(arts):
            a.path = f"/{PROVINCE}/index.php/component/k2/item/{a.id}?rss_id={14100 + a.id % 97}"
            a.time_printed = True
            a.source = OFFICE if n % 3 == 1 else None
            a.extra["weekday"] = n % 2 == 0
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        entries = list(arts)
        entries.insert(10, "deleted")
        self.pages = paginate(entries, PER_PAGE)
        self.deleted_path = f"/{PROVINCE}/index.php/component/k2/item/{DELETED_ID}?rss_id=14001"

    def page_url(self, n):
        return (
            self.listing_path if n == 1 else f"{self.listing_path}?task=&Submit={SUBMIT}&page={n}"
        )

    def listing_pages(self):
        return [self.page_url(i + 1) for i in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted_path]

    def frame(self, title, component):
        latest = "".join(
            f'<li><a class="moduleItemTitle" href="{a.path}">{esc(a.title)}</a><br><span class="moduleItemDateCreated">{list_date(a.published)}</span></li>'
            for a in self.articles[:4]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/{PROVINCE}/templates/industry_province/css/template.css" rel="stylesheet" type="text/css" />
<link href="/{PROVINCE}/media/k2/assets/css/k2.fonts.css?v=2.10.3&amp;b=20200429" rel="stylesheet" type="text/css" />
<link href="/{PROVINCE}/components/com_k2/css/k2.css?v=2.10.3&amp;b=20200429" rel="stylesheet" type="text/css" />
<script src="/{PROVINCE}/media/jui/js/jquery.min.js?5a0f3c" type="text/javascript"></script>
<script src="/{PROVINCE}/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/{PROVINCE}/" type="text/javascript"></script>
</head>
<body class="site com_k2">
<div id="wrapper">
<div id="header"><a href="/{PROVINCE}/"><img src="/{PROVINCE}/images/banner.png" alt="{esc(SITE_NAME)}" /></a></div>
<div id="menu"><ul class="nav menu mod-list"><li class="item-101 default"><a href="/{PROVINCE}/index.php">หน้าแรก</a></li><li class="item-130 current active"><a href="/{PROVINCE}/index.php/news2">ข่าวประชาสัมพันธ์</a></li><li class="item-131"><a href="/{PROVINCE}/index.php/procurement">จัดซื้อจัดจ้าง</a></li></ul></div>
<div id="main" class="row-fluid">
<div id="content" class="span9">
<div id="system-message-container"></div>
{component}
</div>
<div id="aside" class="span3">
<div class="moduletable"><h3>ข่าวล่าสุด</h3><div id="k2ModuleBox95" class="k2ItemsBlock"><ul>{latest}</ul></div></div>
<div class="moduletable"><h3>สถิติผู้เยี่ยมชม</h3><div class="counter">วันนี้ 57 | ทั้งหมด 245,118</div></div>
</div>
</div>
<div id="footer"><p>{esc(SITE_NAME)} ศาลากลางจังหวัดลำปาง ถนนบุญวาทย์ อำเภอเมือง จังหวัดลำปาง 52000</p></div>
</div>
</body>
</html>"""

    def related_for(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 4, 7)]

    def neighbours(self, a):
        i = self.articles.index(a)
        return (
            self.articles[i + 1] if i + 1 < len(self.articles) else None,
            self.articles[i - 1] if i > 0 else None,
        )

    def item(self, a):
        md5 = hashlib.md5(f"Image{a.id}".encode()).hexdigest()
        created = k2_lc2(a.published) if a.extra["weekday"] else k2_lc2_short(a.published)
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"<p>ที่มา: {esc(a.source)}</p>"
        modified = (
            f'<span class="itemDateModified">ปรับปรุงล่าสุดเมื่อ {k2_lc2_short(a.modified)}</span>'
            if a.modified
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="itemTagsBlock"><span>แท็ก</span><ul class="itemTags">'
                + "".join(
                    f'<li><a href="/{PROVINCE}/index.php/component/k2/itemlist/tag/{quote(t)}">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + '</ul><div class="clr"></div></div>'
            )
        rel = "".join(
            f'<li class="{"even" if k % 2 == 0 else "odd"}"><a class="itemRelTitle" href="{r.path}">{esc(r.title)}</a></li>'
            for k, r in enumerate(self.related_for(a))
        )
        prev, nxt = self.neighbours(a)
        nav = (
            '<div class="itemNavigation"><span class="itemNavigationTitle">เพิ่มเติมในหมวดหมู่นี้:</span>'
        )
        if prev:
            nav += f'<a class="itemPrevious" href="{prev.path}">&laquo; {esc(prev.title)}</a>'
        if nxt:
            nav += f'<a class="itemNext" href="{nxt.path}">{esc(nxt.title)} &raquo;</a>'
        nav += "</div>"
        return f"""<!-- Start K2 Item Layout -->
<span id="startOfPageId{a.id}"></span>
<div id="k2Container" class="itemView">
<!-- Plugins: BeforeDisplay -->
<!-- K2 Plugins: K2BeforeDisplay -->
<div class="itemHeader">
<span class="itemDateCreated">{created}</span>
<h2 class="itemTitle">{esc(a.title)}</h2>
</div>
<!-- Plugins: AfterDisplayTitle -->
<!-- K2 Plugins: K2AfterDisplayTitle -->
<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">ขนาดตัวอักษร</span> <a href="#" id="fontDecrease"><span>ลดขนาดตัวอักษร</span></a> <a href="#" id="fontIncrease"><span>เพิ่มขนาดตัวอักษร</span></a></li>
<li><a class="itemPrintLink" rel="nofollow" href="{a.path}&amp;tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>พิมพ์</span></a></li>
<li><a class="itemEmailLink" rel="nofollow" href="/{PROVINCE}/index.php/component/mailto/?tmpl=component&amp;template=industry_province&amp;link={md5[:20]}" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;"><span>อีเมล</span></a></li>
</ul><div class="clr"></div></div>
<div class="clr"></div>
<div class="itemBody">
<!-- Plugins: BeforeDisplayContent -->
<!-- K2 Plugins: K2BeforeDisplayContent -->
<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/{PROVINCE}/media/k2/items/cache/{md5}_XL.jpg" title="คลิกเพื่อดูภาพ"><img src="/{PROVINCE}/media/k2/items/cache/{md5}_L.jpg" alt="{esc(a.title)}" style="width:600px; height:auto;" /></a></span><div class="clr"></div></div>
<div class="itemFullText">
{body}
</div>
<div class="clr"></div>
<div class="itemContentFooter"><span class="itemHits">อ่าน <b>{a.views}</b> ครั้ง</span>{modified}<div class="clr"></div></div>
<!-- Plugins: AfterDisplayContent -->
<!-- K2 Plugins: K2AfterDisplayContent -->
<div class="clr"></div>
</div>
<div class="itemSocialSharing"><div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-lang="th">Tweet</a></div><div class="itemFacebookButton"><div class="fb-like" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div><div class="clr"></div></div>
<div class="itemLinks"><div class="itemCategory"><span>เผยแพร่ใน</span> <a href="/{PROVINCE}/index.php/component/k2/itemlist/category/2">ข่าวประชาสัมพันธ์</a></div>{tags}<div class="clr"></div></div>
<div class="itemRelated"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>{rel}</ul><div class="clr"></div></div>
<div class="clr"></div>
{nav}
<!-- Plugins: AfterDisplay -->
<!-- K2 Plugins: K2AfterDisplay -->
<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
<div class="itemComments"><div class="itemCommentsLoginFirst">ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น</div></div>
<div class="itemBackToTop"><a class="k2Anchor" href="{a.path}#startOfPageId{a.id}">กลับไปด้านบน</a></div>
<div class="clr"></div>
</div>
<!-- End K2 Item Layout -->
<!-- JoomlaWorks "K2" (v2.10.3) | Learn more about K2 at https://getk2.org -->"""

    def deleted(self):
        return f"""<!-- Start K2 Item Layout -->
<span id="startOfPageId{DELETED_ID}"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader"><h2 class="itemTitle"></h2></div>
<div class="itemBody"><div class="itemFullText"></div><div class="clr"></div></div>
<div class="clr"></div>
</div>
<!-- End K2 Item Layout -->
<!-- JoomlaWorks "K2" (v2.10.3) | Learn more about K2 at https://getk2.org -->"""

    def listing(self, n):
        rows = []
        for e in self.pages[n - 1]:
            if e == "deleted":
                path, title, when, teaser = (
                    self.deleted_path,
                    "ประกาศรับสมัครผู้ประกอบการเข้าร่วมโครงการ (ยกเลิก)",
                    dt.datetime(2021, 1, 4, tzinfo=TZ),
                    "ประกาศรับสมัคร...",
                )
            else:
                path, title, when, teaser = e.path, e.title, e.published, e.paras[0][:160] + "..."
            rows.append(
                f"""<div class="news-item"><div class="news-title"><a href="{path}">{esc(title)}</a></div><div class="news-date">{list_date(when)}</div><div class="news-intro">{esc(teaser)}</div><div class="news-more"><a href="{path}">อ่านต่อ...</a></div></div>"""
            )
        total = len(self.pages)
        links = []
        for k in range(1, total + 1):
            links.append(
                f'<span class="current">{k}</span>'
                if k == n
                else f'<a href="{self.page_url(k)}">{k}</a>'
            )
        opts = "".join(
            f'<option value="{k}"{" selected" if k == n else ""}>{k}</option>'
            for k in range(1, total + 1)
        )
        return f"""<div class="news2">
<h2 class="componentheading">ข่าวประชาสัมพันธ์กระทรวงอุตสาหกรรม</h2>
{"".join(rows)}
<form name="pageForm" action="/{PROVINCE}/index.php/news2" method="get"><input type="hidden" name="task" value="" />หน้า <select name="page">{opts}</select> <input type="submit" name="Submit" value="ตกลง" /></form>
<div class="pagination">{" ".join(links)}</div>
</div>"""

    def route(self, path, query, raw_query, base):
        if path in (f"/{PROVINCE}/", f"/{PROVINCE}/index.php", self.listing_path):
            try:
                n = int(qs1(query, "page", "1") or 1)
            except ValueError:
                n = 1
            n = min(max(n, 1), len(self.pages))
            return self.html_response(
                self.frame(f"ข่าวประชาสัมพันธ์กระทรวงอุตสาหกรรม - {SITE_NAME}", self.listing(n))
            )
        if path.startswith(f"/{PROVINCE}/index.php/component/k2/item/"):
            try:
                iid = int(path.rsplit("/", 1)[1].split("-", 1)[0])
            except ValueError:
                return None
            if iid == DELETED_ID:
                return self.html_response(self.frame(SITE_NAME, self.deleted()))
            a = self.by_id.get(iid)
            if a:
                return self.html_response(self.frame(f"{a.title} - {SITE_NAME}", self.item(a)))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = (
                FURNITURE
                + [r.title for r in self.related_for(a)]
                + [x.title for x in (prev, nxt) if x]
            )
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = K2Provincial()

if __name__ == "__main__":
    main(SITE)
