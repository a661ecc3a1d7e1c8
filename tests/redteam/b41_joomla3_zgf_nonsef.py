"""Blind-41 red-team site (part B): **Joomla 3.10 + a JoomlaBamboo Zen Grid Framework v4
template with SEF URLs switched off**, run by a district agriculture office
(สำนักงานเกษตรอำเภอบ้านไผ่), built blind.

What it imitates:
- non-SEF Joomla URLs: articles `/index.php?option=com_content&view=article&id=512:2024-03-05-07-20-11&catid=9&Itemid=121`,
  the category **list layout** (table: title / created date / hits) paged with
  `&limitstart=10`, `&limitstart=20` and the "แสดง #" limit box;
- ZGFv4 skeleton (`/templates/zen_base/zen/`, `#topWrap`, `#mainWrap`, `#sidebar-1`,
  `#bottomWrap`), generator "Joomla! - Open Source Content Management", `/media/jui/`;
- the menu item's page heading is the page's `h1` ("ข่าวประชาสัมพันธ์"); the headline is in
  `h2[itemprop=headline]`; `<title>` is the headline alone;
- `dl.article-info` with **both "สร้างเมื่อ" (created, dateCreated) and "เผยแพร่" (publish_up,
  datePublished)** in Thai month names with a **BE year** ("05 มีนาคม 2567 14:20") — created is
  hours earlier than published; "ปรับปรุงล่าสุด" on edited items; "ฮิต: N";
- print / e-mail icons, a "Social share" row (Facebook / LINE / Twitter) inside the article,
  "ที่มา:" line (some), image (some), tags, pagenav with "« ก่อนหน้า" / "ถัดไป »", JComments
  block ("ความคิดเห็น (0)", "เพิ่มความคิดเห็น"), mod_articles_category "ข่าวอื่นๆ" below,
  sidebar login and counter, cookie bar, footer.
Deleted: id 489 answers 200 with the component area empty and Joomla's warning "บทความนี้ไม่มี
หรือถูกยกเลิกการเผยแพร่แล้ว".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรอำเภอบ้านไผ่"
CAT_NAME = "ข่าวประชาสัมพันธ์"
LIST = "/index.php?option=com_content&view=category&id=9&Itemid=121"
PER_PAGE = 10
DELETED_ID = 489
SOURCES = ["ฝ่ายส่งเสริมและพัฒนาการเกษตร", None, "ศูนย์บริการและถ่ายทอดเทคโนโลยีการเกษตร", None]
COUNTER = "ผู้เข้าชมทั้งหมด 312,908"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
FOOTER = "สำนักงานเกษตรอำเภอบ้านไผ่ ถนนเจนจบทิศ ตำบลในเมือง อำเภอบ้านไผ่ จังหวัดขอนแก่น 40110"


def bdate(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year + 543} {d:%H:%M}"


class ZGFSite(BaseSite):
    key = "b41_joomla3_zgf_nonsef"
    family = "joomla"
    imitates = "Joomla 3.10 + JoomlaBamboo Zen Grid Framework v4 template with SEF off (district agriculture office): /index.php?option=com_content&view=article&id=N:alias&catid=9&Itemid=121; category LIST layout (table) paged by &limitstart=10/20; h1 = menu page heading, headline in h2[itemprop=headline], <title> headline alone; dl.article-info with created 'สร้างเมื่อ' hours before publish_up 'เผยแพร่' (Thai month, BE year), 'ปรับปรุงล่าสุด' on edited items, 'ฮิต: N'; print/e-mail icons, social share row, 'ที่มา:' (some), image (some), tags, pagenav, JComments, 'ข่าวอื่นๆ' module, login, counter, cookie bar; deleted = empty component with 'not published' warning, 200"
    listing_path = LIST
    charset = "utf-8"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 14, 16, 0, tzinfo=TZ), offset=21
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 540 - 3 * i - i % 2
            utc = a.published.astimezone(dt.UTC) - dt.timedelta(hours=2 + i % 4)
            a.extra["created"] = a.published - dt.timedelta(hours=2 + i % 4)
            a.extra["alias"] = utc.strftime("%Y-%m-%d-%H-%M-%S")
            a.path = f"/index.php?option=com_content&view=article&id={a.id}:{a.extra['alias']}&catid=9&Itemid=121"
            a.time_printed = True
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 4 == 2
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return [LIST] + [f"{LIST}&limitstart={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [
            f"/index.php?option=com_content&view=article&id={DELETED_ID}:2024-04-02-03-10-44&catid=9&Itemid=121"
        ]

    def shell(self, title, content, view):
        latest = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	<link href="/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=121&amp;format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
	<link href="/templates/zen_base/css/theme.default.css" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?4d2e1f"></script>
	<script src="/media/system/js/caption.js?4d2e1f"></script>
	<script src="/templates/zen_base/zen/zen.min.js"></script>
</head>
<body class="{view} itemid-121 zen-base">
<div id="cookie-law" class="zen-cookie">{COOKIE} <a class="btn" href="#">ตกลง</a></div>
<section id="topWrap"><div class="zen-container"><div class="row-fluid"><div id="logo" class="span6"><a href="/"><img src="/images/logo-doae.png" alt="{OFFICE}" /><span class="logo-text">{OFFICE}</span></a></div>
<nav id="navWrap" class="span6"><ul class="zen-menu nav menu"><li class="item-101"><a href="/index.php">หน้าแรก</a></li><li class="item-121 current active"><a href="{esc(LIST)}">{CAT_NAME}</a></li><li class="item-125"><a href="/index.php?option=com_content&amp;view=category&amp;id=11&amp;Itemid=125">ข้อมูลการเกษตร</a></li><li class="item-130"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=130">ติดต่อเรา</a></li></ul></nav></div></div></section>
<section id="breadcrumbWrap"><div class="zen-container"><ul class="breadcrumb"><li><a href="/index.php" class="pathway">หน้าแรก</a><span class="divider">/</span></li><li class="active"><span>{CAT_NAME}</span></li></ul></div></section>
<section id="mainWrap"><div class="zen-container"><div class="row-fluid">
<div id="mainContent" class="span9"><div id="system-message-container"></div>
{content}
</div>
<aside id="sidebar-1" class="span3">
<div class="moduletable"><h3 class="module-title">ข่าวล่าสุด</h3><ul class="latestnews">{latest}</ul></div>
<div class="moduletable"><h3 class="module-title">เข้าสู่ระบบ</h3><form action="/index.php" method="post" id="login-form"><input name="username" placeholder="ชื่อผู้ใช้" /><input type="password" name="password" placeholder="รหัสผ่าน" /><button type="submit" class="btn">เข้าสู่ระบบ</button></form></div>
<div class="moduletable"><h3 class="module-title">สถิติผู้เข้าชม</h3><p>{COUNTER}</p></div>
</aside></div></div></section>
<section id="bottomWrap"><div class="zen-container"><p>{FOOTER}</p><p>Copyright © 2567 {OFFICE}</p></div></section>
</body>
</html>
"""

    def listing(self, k):
        rows = []
        items = list(self.pages[k])
        entries = [(a.title, a.path, a.extra["created"], a.views) for a in items]
        if k == 1:
            entries.insert(
                4,
                (
                    "ประกาศรับสมัครอาสาสมัครเกษตร (ยกเลิก)",
                    self.deleted_paths()[0],
                    items[3].published,
                    17,
                ),
            )
        for j, (t, p, d, h) in enumerate(entries):
            rows.append(
                f'<tr class="cat-list-row{j % 2}"><td headers="categorylist_header_title" class="list-title"><a href="{esc(p)}">{esc(t)}</a></td><td headers="categorylist_header_date" class="list-date small">{d.day:02d}-{d.month:02d}-{d.year + 543}</td><td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">ฮิต: {h}</span></td></tr>'
            )
        n = len(self.pages)
        links = []
        for j in range(n):
            href = LIST if j == 0 else f"{LIST}&limitstart={j * PER_PAGE}"
            links.append(
                f'<li class="active"><a>{j + 1}</a></li>'
                if j == k
                else f'<li><a href="{esc(href)}" class="pagenav">{j + 1}</a></li>'
            )
        content = f"""<div class="category-list"><h1>{CAT_NAME}</h1>
<form action="{esc(LIST)}" method="post" name="adminForm" id="adminForm">
<div class="btn-group pull-right"><label for="limit" class="element-invisible">แสดง #</label><select id="limit" name="limit" class="inputbox input-mini" onchange="this.form.submit()"><option value="5">5</option><option value="10" selected="selected">10</option><option value="20">20</option></select></div>
<table class="category table table-striped table-bordered table-hover"><thead><tr><th id="categorylist_header_title">ชื่อเรื่อง</th><th id="categorylist_header_date">วันที่สร้าง</th><th id="categorylist_header_hits">ฮิต</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table>
<div class="pagination"><p class="counter pull-right">หน้า {k + 1} จาก {n}</p><ul>{"".join(links)}</ul></div>
<input type="hidden" name="limitstart" value="" /></form></div>"""
        return self.shell(f"{CAT_NAME} - {OFFICE}", content, "com_content view-category")

    def article(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.extra["image"]:
            body = (
                f'<p><img src="/images/news/{a.id}.jpg" alt="" class="img-responsive" /></p>\n'
                + body
            )
        if a.source:
            body += f"\n<p>ที่มา: {esc(a.source)}</p>"
        mod = ""
        if a.modified:
            mod = f'<dd class="modified"><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {bdate(a.modified)}</time></dd>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li><a href="/index.php?option=com_tags&amp;view=tag&amp;id[0]={j + 3}" class="label label-info">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        nav = ""
        if prev:
            nav += f'<li class="previous"><a href="{esc(prev.path)}" rel="prev">« ก่อนหน้า</a></li>'
        if nxt:
            nav += f'<li class="next"><a href="{esc(nxt.path)}" rel="next">ถัดไป »</a></li>'
        others = "".join(
            f'<li><a class="mod-articles-category-title" href="{esc(x.path)}">{esc(x.title)}</a> <span class="mod-articles-category-date">{x.published.day:02d}/{x.published.month:02d}/{x.published.year + 543}</span></li>'
            for x in self.articles[i + 1 : i + 4] or self.articles[:3]
        )
        content = f"""<div class="page-header"><h1>{CAT_NAME}</h1></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="icons"><ul class="actions"><li class="print-icon"><a href="{esc(a.path)}&amp;tmpl=component&amp;print=1&amp;layout=default" rel="nofollow"><span class="icon-print"></span> พิมพ์</a></li><li class="email-icon"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link=x{a.id}" rel="nofollow"><span class="icon-envelope"></span> อีเมล</a></li></ul></div>
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name">หมวด: <a href="{esc(LIST)}">{CAT_NAME}</a></dd>
<dd class="create"><time datetime="{a.extra["created"].isoformat()}" itemprop="dateCreated">สร้างเมื่อ: {bdate(a.extra["created"])}</time></dd>
<dd class="published"><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {bdate(a.published)}</time></dd>
{mod}
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd></dl>
<div class="zen-social"><span>แบ่งปัน:</span> <a class="fb" href="https://www.facebook.com/sharer.php?u=x{a.id}">Facebook</a> <a class="line" href="https://social-plugins.line.me/lineit/share?url=x{a.id}">LINE</a> <a class="tw" href="https://twitter.com/intent/tweet?url=x{a.id}">Twitter</a></div>
<div itemprop="articleBody">
{body}
</div>
{tags}
<ul class="pager pagenav">{nav}</ul>
<div id="jc"><div id="comments"><h4>ความคิดเห็น (0)</h4></div><a id="addcomments" href="#addcomments"></a><h4>เพิ่มความคิดเห็น</h4><p class="jcomments-policy">กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น</p></div>
</div>
<div class="moduletable others"><h3 class="module-title">ข่าวอื่นๆ</h3><ul class="category-module">{others}</ul></div>"""
        return self.shell(a.title, content, "com_content view-article")

    def gone(self):
        content = """<div id="system-message-container"><div class="alert alert-warning"><h4 class="alert-heading">คำเตือน</h4><p>บทความนี้ไม่มี หรือถูกยกเลิกการเผยแพร่แล้ว</p></div></div>
<div class="item-page"></div>"""
        return self.shell(OFFICE, content, "com_content view-article")

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 303, {"Location": base + LIST}, b""
        if path != "/index.php":
            return None
        view = qs1(query, "view")
        if qs1(query, "option") != "com_content" or qs1(query, "Itemid") != "121":
            return None
        if view == "category" and qs1(query, "id") == "9":
            start = qs1(query, "limitstart", "0")
            if (
                not start.isdigit()
                or int(start) % PER_PAGE
                or int(start) // PER_PAGE >= len(self.pages)
            ):
                return None
            return self.html_response(self.listing(int(start) // PER_PAGE))
        if view == "article" and qs1(query, "catid") == "9":
            head, _, alias = qs1(query, "id").partition(":")
            if (
                head.isdigit()
                and int(head) in self.by_id
                and self.by_id[int(head)].extra["alias"] == alias
            ):
                return self.html_response(self.article(self.by_id[int(head)]))
            if head == str(DELETED_ID) and alias == "2024-04-02-03-10-44":
                return self.html_response(self.gone())
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                f"สร้างเมื่อ: {bdate(a.extra['created'])}",
                f"เผยแพร่: {bdate(a.published)}",
                f"ฮิต: {a.views}",
                "รายละเอียด",
                "แบ่งปัน:",
                "Facebook",
                "ความคิดเห็น (0)",
                "เพิ่มความคิดเห็น",
                "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "ข่าวอื่นๆ",
                "ข่าวล่าสุด",
                "« ก่อนหน้า",
                COUNTER,
                COOKIE,
                FOOTER,
            ]
            if a.modified:
                must_not.append(f"ปรับปรุงล่าสุด: {bdate(a.modified)}")
            must_not += [x.title for x in self.articles[i + 1 : i + 4] or self.articles[:3]]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(
                expected_record(a, published_time=True, modified_time=True, must_not=must_not)
            )
        return out


SITE = ZGFSite()

if __name__ == "__main__":
    main(SITE)
