"""Blind-35 red-team site (part C): a **provincial office portal on a vendor "ศูนย์ข้อมูลข่าวสาร"
PHP template** (the kind hosted for สำนักงานจังหวัด sites: Bootstrap 3 front, jQuery font-size
bar, a news ticker in the header, query-string news URLs), run by สำนักงานจังหวัดน่าน, built blind.

What it imitates:
- `meta name="generator" content="GovWeb InfoCenter 3.2"`, `/template/govweb3/`, `/upload/news/`,
  `/rss/news.php?cat=2`;
- detail `/news/detail.php?id=NNN&cat=2`: **`<title>` is the office name only, the page `h1` is the
  site banner, the headline only in `div.news-topic`** (the breadcrumb stops at the category);
  a header ticker (`marquee`) with the latest headlines;
- **date in Thai digits with an abbreviated month and BE year** "โพสต์เมื่อ ๕ มี.ค. ๒๕๖๗", the time
  (some) in a separate `span.news-time` "เวลา ๑๔.๒๐ น." (dot separator); "แก้ไขล่าสุด
  ๑๒/๐๓/๒๕๖๗ ๐๙.๑๕ น." only on edited items; **view counter in Thai digits** "เข้าชม ๑,๒๓๔ ครั้ง";
  no machine-readable date anywhere;
- font-size (ก- ก ก+), print and share buttons above the text; cover image (some); sign-off
  "ข่าว : …" / "ภาพ/ข่าว : …" right-aligned as the last paragraph (some); "เอกสารแนบ" with a
  Thai-digit download count (some); "แท็ก" hashtags; prev/next with titles; "ข่าวอื่นๆ ในหมวดเดียวกัน"
  with Thai-digit dates; sidebar banners (ศูนย์ดำรงธรรม 1567), site counter, PDPA bar, footer;
- listing `/news/index.php?cat=2` with **offset pagination** `&start=10`, `&start=20`
  ("หน้า : [1] 2 3 ถัดไป »").
Deleted: `detail.php?id=<n>&cat=2` of a withdrawn item answers 200 with the empty detail template
("ไม่พบข้อมูลข่าวที่ท่านเลือก", "เข้าชม ๐ ครั้ง").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานจังหวัดน่าน"
SITE_NAME = f"ศูนย์ข้อมูลข่าวสาร {OFFICE}"
HOST = "https://www.nan.go.th"
T = "/template/govweb3"
PER_PAGE = 10
CAT = "2"
SOURCES = [
    ("ข่าว", "สำนักงานประชาสัมพันธ์จังหวัดน่าน"),
    None,
    ("ภาพ/ข่าว", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    None,
    ("ข่าว", "ที่ทำการปกครองจังหวัดน่าน"),
    None,
    None,
]
DELETED_ID = 3390
SITE_COUNTER = "สถิติผู้เข้าชมเว็บไซต์ ๒,๔๐๑,๗๗๓ ครั้ง"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล"
EMPTY = "ไม่พบข้อมูลข่าวที่ท่านเลือก หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว"


def tdate(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


def tmod(d: dt.datetime) -> str:
    return thai_digits(f"{d:%d/%m}/{be(d)} {d:%H.%M}") + " น."


class InfoCenterSite(BaseSite):
    key = "b35_prov_infocenter"
    family = "generic"
    imitates = "provincial office portal on a vendor 'ศูนย์ข้อมูลข่าวสาร' PHP template (GovWeb InfoCenter 3.2, Bootstrap 3): /news/detail.php?id=N&cat=2; <title> = office name only, h1 = site banner, headline only in div.news-topic; header marquee ticker of headlines; 'โพสต์เมื่อ ๕ มี.ค. ๒๕๖๗' Thai digits, abbreviated month, BE; time (some) in span.news-time 'เวลา ๑๔.๒๐ น.'; 'แก้ไขล่าสุด ๑๒/๐๓/๒๕๖๗ ๐๙.๑๕ น.' on edited items only; 'เข้าชม ๑,๒๓๔ ครั้ง' Thai digits; no machine date; font-size / print / share bar; cover image (some); right-aligned 'ข่าว :' / 'ภาพ/ข่าว :' sign-off (some); attachments with Thai-digit download count (some); hashtags; prev/next with titles; other news in the category; listing /news/index.php?cat=2 with offset pagination &start=10; deleted = empty detail template (200)"
    listing_path = f"/news/index.php?cat={CAT}"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 4, 26, 17, 0, tzinfo=TZ), offset=1207
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 3412
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 5) % 2
            if nid == DELETED_ID:
                nid -= 1
            a.path = f"/news/detail.php?id={a.id}&cat={CAT}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 5 == 2
            a.extra["dl"] = 3 + (a.id * 7) % 90
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {str(a.id): a for a in arts}
        self.deleted = f"/news/detail.php?id={DELETED_ID}&cat={CAT}"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&start={k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumb, head_extra=""):
        ticker = " | ".join(
            f'<a href="{esc(a.path)}">{esc(a.title)}</a>' for a in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="GovWeb InfoCenter 3.2">
<meta name="keywords" content="จังหวัดน่าน, ศูนย์ข้อมูลข่าวสาร, ข่าวประชาสัมพันธ์">
{head_extra}<title>{OFFICE}</title>
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="/rss/news.php?cat={CAT}">
<link href="{T}/css/bootstrap.min.css" rel="stylesheet">
<link href="{T}/css/style.css?v=3.2.7" rel="stylesheet">
<link href="{T}/css/font-awesome.min.css" rel="stylesheet">
</head>
<body>
<div class="topbar"><div class="container">
  <div class="pull-left"><a href="/" class="lang active">TH</a> | <a href="/en/" class="lang">EN</a></div>
  <div class="pull-right tools"><span>ขนาดตัวอักษร</span> <a href="javascript:void(0)" class="font-dec">ก-</a> <a href="javascript:void(0)" class="font-reset">ก</a> <a href="javascript:void(0)" class="font-inc">ก+</a> <a href="javascript:void(0)" class="contrast">ความคมชัด</a> <a href="/sitemap.php">แผนผังเว็บไซต์</a></div>
</div></div>
<header class="site-header"><div class="container">
  <a href="/" class="logo"><img src="{T}/images/logo-nan.png" alt="ตราจังหวัดน่าน"></a>
  <h1 class="site-title">{SITE_NAME}<small>Nan Provincial Office Information Center</small></h1>
</div></header>
<nav class="navbar navbar-default navbar-main"><div class="container"><ul class="nav navbar-nav">
  <li><a href="/">หน้าหลัก</a></li><li class="dropdown"><a href="/about.php" class="dropdown-toggle">เกี่ยวกับจังหวัด</a></li><li class="active"><a href="/news/index.php?cat=2">ข่าวประชาสัมพันธ์</a></li><li><a href="/news/index.php?cat=5">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="/ita/">ITA</a></li><li><a href="/contact.php">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="ticker"><div class="container"><span class="ticker-label">ข่าวล่าสุด</span><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div></div>
<div class="container main">
  <ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li>{crumb}</ol>
  <div class="row">
    <div class="col-md-9 col-content">
{content}
    </div>
    <div class="col-md-3 col-side">
      <div class="side-banner"><a href="http://www.damrongdhama.moi.go.th/"><img src="/upload/banner/1567.jpg" alt="ศูนย์ดำรงธรรม โทร 1567"></a></div>
      <div class="side-banner"><a href="/ita/"><img src="/upload/banner/ita2567.jpg" alt="การประเมินคุณธรรมและความโปร่งใส ITA"></a></div>
      <div class="panel panel-default counter"><div class="panel-heading">สถิติผู้เข้าชม</div><div class="panel-body">วันนี้ ๘๑๒ ครั้ง<br>{SITE_COUNTER}</div></div>
    </div>
  </div>
</div>
<footer class="site-footer"><div class="container">
  <p>{OFFICE} ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลไชยสถาน อำเภอเมืองน่าน จังหวัดน่าน 55000</p>
  <p>โทรศัพท์ ๐-๕๔๗๑-๖๐๘๓ | พัฒนาระบบโดย GovWeb</p>
</div></footer>
<div id="pdpa-bar" class="pdpa"><p>{COOKIE} <a href="/privacy.php">อ่านเพิ่มเติม</a></p><button class="btn btn-primary btn-accept">ยอมรับทั้งหมด</button></div>
<script src="{T}/js/jquery-1.12.4.min.js"></script>
<script src="{T}/js/bootstrap.min.js"></script>
<script src="{T}/js/fontsize.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, path, a):
        img = (
            f"/upload/news/{a.published:%Y%m}/thumb_{a.id}.jpg"
            if a.extra["image"]
            else f"{T}/images/noimage.jpg"
        )
        return f"""<div class="news-item media">
  <div class="media-left"><a href="{esc(path)}"><img class="media-object" src="{img}" width="160" alt=""></a></div>
  <div class="media-body"><a href="{esc(path)}" class="news-item-title">{esc(title)}</a>
    <div class="news-item-meta"><i class="fa fa-calendar"></i> {tdate(a.published)} <i class="fa fa-eye"></i> {thai_digits(f"{a.views:,}")}</div>
    <p>{esc(a.paras[0][:150])}...</p></div>
</div>
"""

    def pager(self, k):
        n = len(self.pages)
        parts = ["<span>หน้า :</span>"]
        if k > 0:
            prev = self.listing_pages()[k - 1]
            parts.append(f'<a href="{esc(prev)}">« ก่อนหน้า</a>')
        for j in range(n):
            if j == k:
                parts.append(f"<b>[{j + 1}]</b>")
            else:
                parts.append(f'<a href="{esc(self.listing_pages()[j])}">{j + 1}</a>')
        if k < n - 1:
            parts.append(f'<a href="{esc(self.listing_pages()[k + 1])}">ถัดไป »</a>')
        return f'<div class="paging">{" ".join(parts)} <span class="total">ทั้งหมด {thai_digits(len(self.articles) + 1)} รายการ</span></div>'

    def listing(self, k):
        rows = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                6,
                self.card(
                    "ประชาสัมพันธ์การรับสมัครคัดเลือกบุคคลเพื่อเป็นพนักงานราชการทั่วไป",
                    self.deleted,
                    self.pages[1][5],
                ),
            )
        content = f"""<div class="section-title"><h2>ข่าวประชาสัมพันธ์</h2></div>
<div class="news-list">
{"".join(rows)}</div>
{self.pager(k)}"""
        return self.shell(content, '<li class="active">ข่าวประชาสัมพันธ์</li>')

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def detail_body(self, a):
        share_url = f"{HOST}/news/detail.php?id={a.id}%26cat={CAT}"
        tools = f"""<div class="news-tools">
  <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="btn btn-xs btn-fb"><i class="fa fa-facebook"></i> แชร์</a>
  <a href="https://social-plugins.line.me/lineit/share?url={share_url}" target="_blank" class="btn btn-xs btn-line">LINE</a>
  <a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" class="btn btn-xs btn-tw"><i class="fa fa-twitter"></i> ทวีต</a>
  <a href="/news/print.php?id={a.id}" target="_blank" class="btn btn-xs btn-default"><i class="fa fa-print"></i> พิมพ์</a>
</div>"""
        time = (
            f' <span class="news-time"><i class="fa fa-clock-o"></i> เวลา {ttime(a.published)}</span>'
            if a.time_printed
            else ""
        )
        mod = f' <span class="news-update">แก้ไขล่าสุด {tmod(a.modified)}</span>' if a.modified else ""
        meta = f'<div class="news-meta"><span class="news-date"><i class="fa fa-calendar"></i> โพสต์เมื่อ {tdate(a.published)}</span>{time}{mod} <span class="news-view"><i class="fa fa-eye"></i> เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span></div>'
        img = ""
        if a.extra["image"]:
            img = f'<div class="news-cover"><img src="/upload/news/{a.published:%Y%m}/{a.id}_1.jpg" class="img-responsive" alt=""></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        sign = ""
        if a.source:
            sign = f'<p align="right">{a.extra["label"]} : {esc(a.source)}</p>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-attach"><h4>เอกสารแนบ</h4><ul><li><i class="fa fa-file-pdf-o"></i> <a href="/upload/news/{a.published:%Y%m}/file_{a.id}.pdf" target="_blank">ไฟล์แนบ_{a.id}.pdf</a> <span class="dl">(ดาวน์โหลด {thai_digits(a.extra["dl"])} ครั้ง)</span></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags"><span>แท็ก :</span> '
                + " ".join(f'<a href="/news/tag.php?t={esc(t)}">#{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        return f"""<div class="news-detail">
<div class="news-topic">{esc(a.title)}</div>
{meta}
{tools}
{img}
<div class="news-content">{body}{sign}</div>
{files}
{tags}
</div>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        nav = '<div class="news-nav row">'
        nav += (
            f'<div class="col-xs-6 prev"><a href="{esc(older.path)}"><small>« ข่าวก่อนหน้า</small><br>{esc(older.title)}</a></div>'
            if older
            else '<div class="col-xs-6"></div>'
        )
        if newer:
            nav += f'<div class="col-xs-6 next text-right"><a href="{esc(newer.path)}"><small>ข่าวถัดไป »</small><br>{esc(newer.title)}</a></div>'
        nav += "</div>"
        other = "".join(
            f'<li><a href="{esc(x.path)}">{esc(x.title)}</a> <span class="date">({tdate(x.published)})</span></li>'
            for x in self.others(a)
        )
        content = f"""{self.detail_body(a)}
{nav}
<div class="news-other"><h3>ข่าวอื่นๆ ในหมวดเดียวกัน</h3><ul>{other}</ul><a href="{esc(self.listing_path)}" class="more">ดูข่าวทั้งหมด</a></div>"""
        head = f'<meta name="description" content="{esc(a.paras[0][:140])}">\n'
        return self.shell(
            content,
            f'<li><a href="{esc(self.listing_path)}">ข่าวประชาสัมพันธ์</a></li><li class="active">รายละเอียดข่าว</li>',
            head,
        )

    def empty(self):
        content = f"""<div class="news-detail">
<div class="news-topic"></div>
<div class="news-meta"><span class="news-date"><i class="fa fa-calendar"></i> โพสต์เมื่อ </span> <span class="news-view"><i class="fa fa-eye"></i> เข้าชม ๐ ครั้ง</span></div>
<div class="news-content"><div class="alert alert-warning">{EMPTY}</div></div>
</div>
<a href="{esc(self.listing_path)}" class="btn btn-default">« กลับหน้ารวมข่าว</a>"""
        return self.shell(
            content,
            f'<li><a href="{esc(self.listing_path)}">ข่าวประชาสัมพันธ์</a></li><li class="active">รายละเอียดข่าว</li>',
        )

    def route(self, path, query, raw_query, base):
        if path == "/news/index.php":
            if qs1(query, "cat") != CAT:
                return None
            start = qs1(query, "start", "0")
            if (
                not start.isdigit()
                or int(start) % PER_PAGE
                or int(start) // PER_PAGE >= len(self.pages)
            ):
                return None
            return self.html_response(self.listing(int(start) // PER_PAGE))
        if path == "/news/detail.php":
            nid = qs1(query, "id")
            if qs1(query, "cat") != CAT:
                return None
            if nid in self.by_id:
                return self.html_response(self.detail(self.by_id[nid]))
            if nid == str(DELETED_ID):
                return self.html_response(self.empty())
            return None
        if path == "/rss/news.php" and qs1(query, "cat") == CAT:
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{esc(a.path)}</link><description>{esc(a.paras[0][:200])}</description></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}/</link><description>ข่าวประชาสัมพันธ์</description>{items}</channel></rss>'
            return 200, {"Content-Type": "application/xml; charset=utf-8"}, rss.encode()
        if path in ("/", "/index.php"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"โพสต์เมื่อ {tdate(a.published)}",
                tdate(a.published),
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "ขนาดตัวอักษร",
                "ความคมชัด",
                "แชร์",
                "ทวีต",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "ดูข่าวทั้งหมด",
                "ข่าวล่าสุด",
                SITE_COUNTER,
                COOKIE,
                "ถนนน่าน-พะเยา ตำบลไชยสถาน",
                "พัฒนาระบบโดย GovWeb",
                "Nan Provincial Office Information Center",
            ]
            if a.time_printed:
                must_not.append(f"เวลา {ttime(a.published)}")
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {tmod(a.modified)}")
            if a.source:
                must_not.append(f"{a.extra['label']} : {a.source}")
            if a.extra["file"]:
                must_not += [f"ไฟล์แนบ_{a.id}.pdf", "เอกสารแนบ", "ดาวน์โหลด"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = InfoCenterSite()

if __name__ == "__main__":
    main(SITE)
