"""Blind-48 red-team site (part C): a **Thai department portal on an in-house PHP CMS**
(Bootstrap 3 era, the kind an outsourced vendor builds for a กรม), news under
`/th/news/detail/<Thai slug>-<id>`, built blind. The hard one of part C.

What it imitates:
- `<title>` is the department's name on every page (no headline, no og:title); the header
  prints the department in `h1.site-name`, the section in `h2.section-title` "ข่าวประชาสัมพันธ์",
  and the **headline only in an `h3.news-topic`**;
- the article is a two-column `<table class="tbl-news-detail">`: a **caption row** on top
  ("โพสต์เมื่อ ๐๕/๐๓/๒๕๖๗ เวลา ๑๔.๒๐ น." — day/month/BE year in **Thai digits**, the time only on
  some — and "จำนวนการเข้าชม ๑,๒๓๔ ครั้ง" in Thai digits), then the photo cell on the left (a
  default picture when the news has none) and the text cell on the right; the sign-off
  "ข่าว/ภาพ:" with the office **on the next line** (`<br>`) on some; a gallery and an
  attachment row under the table on some; **tags as a plain comma list after "Tags:"**;
- tools above the table: font size ก- ก ก+, print, e-mail, Facebook / LINE / X share;
  below: "ข่าวก่อนหน้า" / "ข่าวถัดไป" with neighbour titles, "ข่าวอื่นๆ" with Thai-digit dates;
  footer with the address and a site-wide visitor counter in Thai digits; a PDPA cookie bar;
- the listing `/th/news`: cards (`div.news-item`) that open by **`onclick` on the card**; the
  only real `<a href>` is on the "อ่านต่อ" image button; the pager is JavaScript
  (`href="javascript:void(0)"` with `onclick="goPage(N)"`), the real links only in a
  **`<noscript>` fallback pager** (`/th/news?page=N`, 1-based);
- no modified date anywhere.
Deleted: a news id linked from page 2 — taken down: 200 with the same shell, an empty table and
"ไม่พบข้อมูลข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมพัฒนาที่ดิน"
DEPT_EN = "Land Development Department"
SECTION = "ข่าวประชาสัมพันธ์"
LIST = "/th/news"
DETAIL = "/th/news/detail/"
PER = 9
SOURCES = [
    "สถานีพัฒนาที่ดินเชียงราย",
    None,
    "กองแผนงาน กรมพัฒนาที่ดิน",
    "สำนักงานพัฒนาที่ดินเขต 6",
    None,
    None,
    "ฝ่ายประชาสัมพันธ์ สำนักงานเลขานุการกรม",
]
TAGS = ["หมอดินอาสา", "ปรับปรุงบำรุงดิน", "หญ้าแฝก", "ปุ๋ยอินทรีย์", "แหล่งน้ำในไร่นา", "คลินิกดิน"]
DELETED_ID = 4512
DELETED_TITLE = "กรมพัฒนาที่ดินจัดงานวันดินโลก ประจำปี 2567"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"
SITE_COUNTER = "สถิติผู้เข้าชมเว็บไซต์ " + thai_digits("2,417,385") + " ครั้ง"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
FOOTER = "กรมพัฒนาที่ดิน 2003/61 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ 10900 โทรศัพท์ 0 2579 0111"
OTHER = "ข่าวอื่นๆ"


def slug(title: str) -> str:
    parts = re.findall(r"[\u0E00-\u0E7Fa-zA-Z0-9]+", title)
    return "-".join(parts[:6])


def dmy(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{d.year + 543}")


def hm(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


def num(n: int) -> str:
    return thai_digits(f"{n:,}")


class DeptTableNewsSite(BaseSite):
    key = "b48_dept_tablenews"
    family = "generic"
    imitates = "Thai department portal on an in-house PHP CMS (vendor-built, Bootstrap 3): /th/news/detail/<Thai slug>-<id>; <title> = department name on every page; h1 department, h2 section, headline only in h3.news-topic; article in a two-column table (caption row with 'โพสต์เมื่อ ๐๕/๐๓/๒๕๖๗ เวลา ๑๔.๒๐ น.' in Thai digits, BE, time on some, and 'จำนวนการเข้าชม ๑,๒๓๔ ครั้ง'; photo cell left, text cell right); 'ข่าว/ภาพ:' sign-off with the office on the next line (some); gallery/attachment rows (some); plain-text 'Tags:' comma list; font-size/print/e-mail/share tools; prev/next with neighbour titles; 'ข่าวอื่นๆ' with Thai-digit dates; Thai-digit site counter; PDPA bar; listing cards opened by onclick with the only href on the 'อ่านต่อ' image; JavaScript pager with a <noscript> fallback /th/news?page=N (1-based); no modified date; deleted = taken-down id answering 200 with an empty table and 'ไม่พบข้อมูลข่าวที่ท่านต้องการ'"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 11, 29, 17, 0, tzinfo=TZ), offset=947
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 4530 - i - (i // 4)
            if a.id == DELETED_ID:
                a.id = DELETED_ID - 1
            a.path = f"{DETAIL}{slug(a.title)}-{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 5 + k) % len(TAGS)] for k in range((i + 2) % 4)]
            a.views = 57 + (i * 389) % 5200
            a.modified = None
            a.extra["photo"] = i % 5 != 3
            a.extra["gallery"] = i % 4 == 1
            a.extra["file"] = i % 6 == 2
            a.extra["split"] = i % 2 == 0  # 'ข่าว/ภาพ:<br>office' vs 'ข่าว/ภาพ : office'
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"{DETAIL}{slug(DELETED_TITLE)}-{DELETED_ID}"

    def page_url(self, k):
        return LIST + (f"?page={k + 1}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        return prev, nxt

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def shell(self, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{DEPT} {DEPT_EN}">
<meta name="keywords" content="กรมพัฒนาที่ดิน, ดิน, หมอดินอาสา, LDD">
<title>{DEPT} {DEPT_EN}</title>
<link rel="shortcut icon" href="/assets/images/favicon.ico">
<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=20240115">
<script src="/assets/js/jquery-1.12.4.min.js"></script>
<script src="/assets/bootstrap/js/bootstrap.min.js"></script>
<script src="/assets/js/main.js?v=20240115"></script>
</head>
<body>
<div id="top-bar"><div class="container">
 <div class="pull-left">หน้าหลัก | <a href="/en">English</a> | <a href="/th/sitemap">ผังเว็บไซต์</a></div>
 <div class="pull-right font-tools">ขนาดตัวอักษร <a href="javascript:void(0)" onclick="fontSize(-1)">ก-</a> <a href="javascript:void(0)" onclick="fontSize(0)">ก</a> <a href="javascript:void(0)" onclick="fontSize(1)">ก+</a></div>
</div></div>
<header id="header"><div class="container">
 <a href="/th" class="logo"><img src="/assets/images/logo-ldd.png" alt="{DEPT}"></a>
 <h1 class="site-name">{DEPT}<small>{DEPT_EN}</small></h1>
 <form class="navbar-form search-box" action="/th/search" method="get"><input type="text" name="q" class="form-control" placeholder="ค้นหา..."><button type="submit" class="btn btn-default">ค้นหา</button></form>
</div></header>
<nav class="navbar navbar-default" id="mainmenu"><div class="container"><ul class="nav navbar-nav">
 <li><a href="/th">หน้าหลัก</a></li><li><a href="/th/about">เกี่ยวกับกรม</a></li>
 <li class="active"><a href="{LIST}">{SECTION}</a></li><li><a href="/th/procurement">ประกาศจัดซื้อจัดจ้าง</a></li>
 <li><a href="/th/service">บริการประชาชน</a></li><li><a href="/th/ita">ITA</a></li><li><a href="/th/contact">ติดต่อเรา</a></li>
</ul></div></nav>
<div id="content" class="container">
 <h2 class="section-title"><i class="fa fa-newspaper-o"></i> {SECTION}</h2>
 <ol class="breadcrumb"><li><a href="/th">หน้าหลัก</a></li><li><a href="{LIST}">{SECTION}</a></li></ol>
{content}
</div>
<footer id="footer"><div class="container">
 <div class="row"><div class="col-md-8"><p>{FOOTER}</p><p>Copyright &copy; 2567 {DEPT} All Rights Reserved.</p></div>
 <div class="col-md-4 counter"><p>{SITE_COUNTER}</p><p>ผู้เข้าชมวันนี้ {thai_digits("1,046")} ครั้ง</p></div></div>
</div></footer>
<div id="pdpa-bar" class="cookie-consent"><p>{COOKIE} <a href="/th/privacy-policy">นโยบายความเป็นส่วนตัว</a></p><button type="button" class="btn btn-success" onclick="acceptCookie()">ยอมรับทั้งหมด</button></div>
</body>
</html>
"""

    def card(self, path, title, d, excerpt, thumb):
        href = quote(path)
        return f"""<div class="col-sm-4"><div class="news-item" onclick="window.location='{href}'" style="cursor:pointer">
 <div class="news-thumb"><img src="{thumb}" class="img-responsive" alt=""></div>
 <div class="news-title">{esc(title)}</div>
 <div class="news-date"><i class="fa fa-calendar"></i> {dmy(d)}</div>
 <div class="news-excerpt">{esc(excerpt)}</div>
 <div class="news-more"><a href="{href}"><img src="/assets/images/btn-readmore.png" alt="อ่านต่อ"></a></div>
</div></div>"""

    def render_list(self, k):
        cards = [
            self.card(
                a.path,
                a.title,
                a.published,
                a.paras[0][:120] + "...",
                f"/uploads/news/thumb/{a.id}.jpg"
                if a.extra["photo"]
                else "/assets/images/news-default.jpg",
            )
            for a in self.pages[k]
        ]
        if k == 1:
            cards.insert(
                4,
                self.card(
                    self.deleted,
                    DELETED_TITLE,
                    dt.datetime(2024, 10, 5, tzinfo=TZ),
                    "กรมพัฒนาที่ดินจัดงานวันดินโลก...",
                    "/assets/images/news-default.jpg",
                ),
            )
        n = len(self.pages)
        js = []
        if k > 0:
            js.append(f'<li><a href="javascript:void(0)" onclick="goPage({k})">&laquo;</a></li>')
        for j in range(n):
            cls = ' class="active"' if j == k else ""
            js.append(
                f'<li{cls}><a href="javascript:void(0)" onclick="goPage({j + 1})" data-page="{j + 1}">{j + 1}</a></li>'
            )
        if k < n - 1:
            js.append(
                f'<li><a href="javascript:void(0)" onclick="goPage({k + 2})">&raquo;</a></li>'
            )
        ns = " ".join(
            f'<a href="{self.page_url(j)}">{j + 1}</a>' if j != k else f"<b>{j + 1}</b>"
            for j in range(n)
        )
        content = f"""<div class="row news-list">{"".join(cards)}</div>
<div class="text-center"><ul class="pagination" id="news-pager">{"".join(js)}</ul>
<noscript><div class="pager-noscript">หน้า: {ns}</div></noscript></div>
<script>function goPage(p){{var u='{LIST}';if(p>1){{u+='?page='+p;}}window.location=u;}}</script>"""
        return self.html_response(self.shell(content))

    def render_detail(self, a, base):
        full = quote(base + quote(a.path), safe="")
        prev, nxt = self.neighbours(a)
        when = f"โพสต์เมื่อ {dmy(a.published)}" + (
            f" เวลา {hm(a.published)}" if a.time_printed else ""
        )
        photo = (
            f'<a href="/uploads/news/{a.id}/cover.jpg" class="fancybox"><img src="/uploads/news/{a.id}/cover.jpg" class="img-responsive" alt=""></a>'
            if a.extra["photo"]
            else f'<img src="/assets/images/news-default.jpg" class="img-responsive" alt="{DEPT}">'
        )
        text = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
        if a.source:
            if a.extra["split"]:
                text += f'\n<p class="credit"><strong>ข่าว/ภาพ:</strong><br>\n{esc(a.source)}</p>'
            else:
                text += f'\n<p class="credit">ข่าว/ภาพ :</p>\n<p class="credit">{esc(a.source)}</p>'
        rows = ""
        if a.extra["gallery"]:
            thumbs = "".join(
                f'<a href="/uploads/news/{a.id}/g{j}.jpg" class="fancybox" rel="gal"><img src="/uploads/news/{a.id}/thumb_g{j}.jpg" width="120" alt=""></a> '
                for j in range(1, 5)
            )
            rows += (
                f'<tr><td colspan="2" class="news-gallery"><b>ภาพกิจกรรม</b><br>{thumbs}</td></tr>'
            )
        if a.extra["file"]:
            rows += f'<tr><td colspan="2" class="news-file"><b>เอกสารแนบ :</b> <a href="/uploads/news/{a.id}/file.pdf" target="_blank"><img src="/assets/images/icon-pdf.gif" alt=""> ดาวน์โหลด</a></td></tr>'
        tags = f'<div class="news-tags">Tags: {esc(", ".join(a.tags))}</div>' if a.tags else ""
        pn = '<div class="row news-prevnext">'
        pn += (
            f'<div class="col-sm-6 text-left"><a href="{quote(prev.path)}">&laquo; ข่าวก่อนหน้า</a><br><span>{esc(prev.title)}</span></div>'
            if prev
            else '<div class="col-sm-6"></div>'
        )
        pn += (
            f'<div class="col-sm-6 text-right"><a href="{quote(nxt.path)}">ข่าวถัดไป &raquo;</a><br><span>{esc(nxt.title)}</span></div>'
            if nxt
            else '<div class="col-sm-6"></div>'
        )
        pn += "</div>"
        other = "".join(
            f'<li><a href="{quote(x.path)}">{esc(x.title)}</a> <span class="date">({dmy(x.published)})</span></li>'
            for x in self.others(a)
        )
        content = f"""<div class="news-detail">
<h3 class="news-topic">{esc(a.title)}</h3>
<div class="news-tools">
 <a href="javascript:window.print()" class="btn btn-default btn-xs"><i class="fa fa-print"></i> พิมพ์</a>
 <a href="mailto:?subject=ข่าวประชาสัมพันธ์ {DEPT}&amp;body={full}" class="btn btn-default btn-xs"><i class="fa fa-envelope"></i> ส่งอีเมล</a>
 <span class="share">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank">LINE</a> <a href="https://twitter.com/intent/tweet?url={full}" target="_blank">X</a></span>
</div>
<table class="tbl-news-detail" width="100%" border="0" cellspacing="0" cellpadding="6">
<tr class="caption"><td colspan="2"><span class="post-date"><i class="fa fa-clock-o"></i> {when}</span> &nbsp;|&nbsp; <span class="post-view"><i class="fa fa-eye"></i> จำนวนการเข้าชม {num(a.views)} ครั้ง</span></td></tr>
<tr><td class="news-photo" width="35%" valign="top">{photo}</td>
<td class="news-text" valign="top">
{text}
</td></tr>
{rows}
</table>
{tags}
</div>
{pn}
<div class="news-other"><h4>{OTHER}</h4><ul>{other}</ul><a href="{LIST}" class="btn btn-primary btn-sm">ดูข่าวทั้งหมด</a></div>"""
        return self.html_response(self.shell(content))

    def render_deleted(self):
        content = f"""<div class="news-detail">
<h3 class="news-topic"></h3>
<table class="tbl-news-detail" width="100%" border="0" cellspacing="0" cellpadding="6">
<tr class="caption"><td colspan="2"><span class="post-date"><i class="fa fa-clock-o"></i> โพสต์เมื่อ </span> &nbsp;|&nbsp; <span class="post-view"><i class="fa fa-eye"></i> จำนวนการเข้าชม {thai_digits(0)} ครั้ง</span></td></tr>
<tr><td colspan="2" class="text-center"><div class="alert alert-warning">{NOT_FOUND}</div></td></tr>
</table></div>
<div class="news-other"><a href="{LIST}" class="btn btn-primary btn-sm">ดูข่าวทั้งหมด</a></div>"""
        return self.html_response(self.shell(content))

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == LIST:
            p = query.get("page", ["1"])[0]
            if not p.isdigit() or not 1 <= int(p) <= len(self.pages):
                return None
            return self.render_list(int(p) - 1)
        if path == self.deleted:
            return self.render_deleted()
        a = self.by_path.get(path)
        if a:
            return self.render_detail(a, base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                f"จำนวนการเข้าชม {num(a.views)} ครั้ง",
                f"โพสต์เมื่อ {dmy(a.published)}",
                "ขนาดตัวอักษร",
                "ส่งอีเมล",
                "แชร์ :",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                OTHER,
                "ดูข่าวทั้งหมด",
                SITE_COUNTER,
                COOKIE,
                FOOTER,
                "Tags:",
                DEPT_EN,
            ]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not.append("เอกสารแนบ :")
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, modified=False, must_not=must_not))
        return out


SITE = DeptTableNewsSite()

if __name__ == "__main__":
    main(SITE)
