"""Blind-8 red-team site: Concrete CMS 9 (Elemental-like theme, blog entry page type) of a
provincial natural resources and environment office (ทสจ.), built blind.

What it imitates:
- Concrete chrome: `meta generator Concrete CMS`, `div.ccm-page.ccm-page-id-N.page-type-*`,
  `CCM_DISPATCHER_FILENAME` / `CCM_CID` globals, `ccm-block-*` classes, "เข้าสู่ระบบ" footer
  link;
- the listing `/news` is a Page List block (`ccm-block-page-list-page-entry`, title,
  short date "15/2/24" — CLDR th `d/M/yy`, Gregorian two-digit year — description,
  "อ่านต่อ") paged with Concrete's own parameter `?ccm_paging_p=N` (`ccm-pagination-wrapper`,
  "← ก่อนหน้า" / numbers / "ถัดไป →");
- pages `/news/pr-67-021` (page handles without a trailing slash); the Page Title block with
  the byline template: `h1.page-title`, `span.page-date` "15 กุมภาพันธ์ ค.ศ. 2024" (Punic's
  long date for th: CLDR `d MMMM G y`, the era "ค.ศ." printed before a Gregorian year; no
  time anywhere), `span.page-author`;
- the Main area: Content block paragraphs, an Image block with a typed caption, a File block
  "ดาวน์โหลดไฟล์", the editor's "แหล่งข่าว : …" line; then Tags block "ป้ายกำกับ", Share This
  Page "แชร์หน้านี้", Next & Previous block ("หน้าก่อนหน้า" / "หน้าถัดไป" with titles, "กลับไป
  หน้ารายการ"), Conversation block ("ความคิดเห็น", "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น");
  a sidebar Page List "ข่าวล่าสุด"; no view counter, no modified date;
- the deleted item: the page's approved version was emptied (title "(ยกเลิก) …", empty Main
  area, 200).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, BaseSite, esc, main, paginate, qs1
from .b8_common import build, neighbours, record

SITE_NAME = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน"
SOURCES = ["กลุ่มยุทธศาสตร์และเครือข่าย ทสจ.น่าน", None, "ทสจ.น่าน", None]
PER_PAGE = 8
LISTING = "/news"
DELETED = "/news/pr-67-019"
DELETED_TITLE = "(ยกเลิก) ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมิน"


def cldr_short(d: dt.datetime) -> str:
    return f"{d.day}/{d.month}/{d.year % 100:02d}"


def cldr_long(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} ค.ศ. {d.year}"


class ConcreteSite(BaseSite):
    key = "b8_concrete_pagelist"
    family = "generic"
    imitates = "Concrete CMS 9 blog entries: Page List /news?ccm_paging_p=N with dates '15/2/24' (CLDR th d/M/yy, CE), pages /news/pr-67-021, Page Title byline '15 กุมภาพันธ์ ค.ศ. 2024' (era before a CE year, no time), Content / Image / File blocks, 'แหล่งข่าว :' line, Tags, Share This Page, Next & Previous with titles, Conversation login prompt, sidebar 'ข่าวล่าสุด'; emptied page as the deleted item"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 21, 33, SOURCES, dt.datetime(2024, 3, 12, 16, 0), first_id=0, step=2
        )
        for a in self.articles:
            a.path = f"/news/pr-{str(a.published.year + 543)[-2:]}-{a.id:03d}"
            a.modified = None
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)
        self.cid = {a.path: 300 + a.id for a in self.articles}

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}?ccm_paging_p={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, base, title, cid, page_type, content, sidebar="", path="/"):
        side = ""
        if sidebar:
            side = (
                f'<div class="col-md-4 col-sidebar"><div class="area-sidebar">{sidebar}</div></div>'
            )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <link rel="stylesheet" type="text/css" href="{base}/application/themes/nan_env/css/main.css">
<title>{esc(title)} :: {SITE_NAME}</title>

<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="generator" content="Concrete CMS"/>
<link rel="canonical" href="{base}{path}">
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "{base}";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "th_TH";
    var CCM_USER_REGISTERED = false;
</script>
<link href="{base}/concrete/css/features/imagery/frontend.css?ccm_nocache=3a1b2c4d" rel="stylesheet" type="text/css" media="all">
<link href="{base}/concrete/css/features/conversations/frontend.css?ccm_nocache=3a1b2c4d" rel="stylesheet" type="text/css" media="all">
<link href="{base}/concrete/css/features/social/frontend.css?ccm_nocache=3a1b2c4d" rel="stylesheet" type="text/css" media="all">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body>
<div class="ccm-page ccm-page-id-{cid} page-type-{page_type} page-template-right-sidebar">
<header>
    <div class="container">
        <div class="row">
            <div class="col-sm-4 col-xs-6">
                <div class="ccm-custom-style-container ccm-custom-style-logo"><a href="{base}/"><picture><img src="{base}/application/files/7716/8734/logo-nan-env.png" alt="{SITE_NAME}" width="320" height="64" class="ccm-image-block img-fluid bID-11"></picture></a></div>
            </div>
            <div class="col-sm-8 col-xs-6">
                <nav class="ccm-responsive-navigation original"><ul><li class=""><a href="{base}/" target="_self">หน้าหลัก</a></li><li class=""><a href="{base}/about" target="_self">เกี่ยวกับหน่วยงาน</a></li><li class="nav-path-selected"><a href="{base}{LISTING}" target="_self" class="nav-path-selected">ข่าวประชาสัมพันธ์</a></li><li class=""><a href="{base}/forest" target="_self">ป่าไม้และสิ่งแวดล้อม</a></li><li class=""><a href="{base}/contact" target="_self">ติดต่อเรา</a></li></ul></nav>
            </div>
        </div>
    </div>
</header>
<main>
<section>
<div class="container">
<div class="row">
<div class="col-md-8 col-content">
{content}
</div>
{side}
</div>
</div>
</section>
</main>
<footer id="footer-theme">
    <section>
    <div class="container">
        <div class="row">
            <div class="col-sm-9"><p>{SITE_NAME} ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลไชยสถาน อำเภอเมืองน่าน จังหวัดน่าน 55000</p></div>
            <div class="col-sm-3"><span id="ccm-account-menu-container"></span><a href="{base}/index.php/login">เข้าสู่ระบบ</a></div>
        </div>
    </div>
    </section>
    <section class="footer-copyright"><div class="container"><p>สร้างด้วย <a href="https://www.concretecms.org" rel="nofollow">Concrete CMS</a>.</p></div></section>
</footer>
</div>
<script type="text/javascript" src="{base}/concrete/js/jquery.js?ccm_nocache=3a1b2c4d"></script>
<script type="text/javascript" src="{base}/concrete/js/features/navigation/frontend.js?ccm_nocache=3a1b2c4d"></script>
</body>
</html>
"""

    def latest_block(self, base):
        entries = "".join(
            f"""<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title"><a href="{base}{x.path}" target="_self">{esc(x.title)}</a></div><div class="ccm-block-page-list-date">{cldr_short(x.published)}</div></div></div>"""
            for x in self.articles[:5]
        )
        return f"""<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>ข่าวล่าสุด</h5></div><div class="ccm-block-page-list-pages">{entries}</div></div>"""

    def entry(self, base, path, title, when, desc, thumb=True):
        img = (
            f'<div class="ccm-block-page-list-page-entry-thumbnail"><picture><img src="{base}/application/files/thumbnails/small/pr{sum(map(ord, path)) % 9000}.jpg" alt="{esc(title)}" width="220" height="147" class="img-fluid"></picture></div>'
            if thumb
            else ""
        )
        return f"""<div class="ccm-block-page-list-page-entry">
{img}<div class="ccm-block-page-list-page-entry-text">
<div class="ccm-block-page-list-title"><a href="{base}{path}" target="_self">{esc(title)}</a></div>
<div class="ccm-block-page-list-date">{cldr_short(when)}</div>
<div class="ccm-block-page-list-description">{esc(desc)}</div>
<div class="ccm-block-page-list-page-entry-read-more"><a href="{base}{path}" class="ccm-block-page-list-read-more">อ่านต่อ</a></div>
</div>
</div>"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        entries = []
        for k, a in enumerate(self.pages[n]):
            entries.append(self.entry(base, a.path, a.title, a.published, a.paras[0][:150] + "..."))
            if n == 1 and k == 3:
                entries.append(
                    self.entry(
                        base, DELETED, DELETED_TITLE, dt.datetime(2024, 2, 3, 9, 0), "", False
                    )
                )
        last = len(self.pages)

        def href(k):  # 1-based
            return f"{base}{LISTING}" if k == 1 else f"{base}{LISTING}?ccm_paging_p={k}"

        lis = [
            '<li class="page-item prev disabled"><span class="page-link">&larr; ก่อนหน้า</span></li>'
            if n == 0
            else f'<li class="page-item prev"><a class="page-link" href="{href(n)}">&larr; ก่อนหน้า</a></li>'
        ]
        for k in range(1, last + 1):
            lis.append(
                f'<li class="page-item active"><span class="page-link">{k} <span class="sr-only">(ปัจจุบัน)</span></span></li>'
                if k == n + 1
                else f'<li class="page-item"><a class="page-link" href="{href(k)}">{k}</a></li>'
            )
        lis.append(
            '<li class="page-item next disabled"><span class="page-link">ถัดไป &rarr;</span></li>'
            if n == last - 1
            else f'<li class="page-item next"><a class="page-link" href="{href(n + 2)}">ถัดไป &rarr;</a></li>'
        )
        content = f"""<h1 class="page-title">ข่าวประชาสัมพันธ์</h1>
<div class="ccm-block-page-list-wrapper">
<div class="ccm-block-page-list-pages">
{"".join(entries)}
</div>
</div>
<div class="ccm-pagination-wrapper"><ul class="pagination">{"".join(lis)}</ul></div>"""
        return self.html_response(
            self.shell(
                base,
                "ข่าวประชาสัมพันธ์",
                187,
                "page",
                content,
                path=LISTING if n == 0 else f"{LISTING}?ccm_paging_p={n + 1}",
            )
        )

    def page_title(self, title, byline):
        return f"""<div class="ccm-block-page-title-byline">
    <h1 class="page-title">{esc(title)}</h1>
    {byline}
</div>"""

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        img = f"""<picture><!--[if IE 9]><video style='display: none;'><![endif]--><source srcset="{base}/application/files/thumbnails/large/pr{a.id}.jpg" media="(min-width: 900px)"><!--[if IE 9]></video><![endif]--><img src="{base}/application/files/thumbnails/small/pr{a.id}.jpg" alt="" class="ccm-image-block img-fluid bID-{400 + a.id}"></picture>
<p style="text-align: center;"><em>ภาพ : เจ้าหน้าที่ ทสจ.น่าน ลงพื้นที่ตรวจติดตาม</em></p>"""
        tail = ""
        if a.source:
            tail = f"<p>แหล่งข่าว : {esc(a.source)}</p>"
        file_block = ""
        if a.id % 2:
            file_block = f"""<div class="ccm-block-file"><a href="{base}/download_file/{900 + a.id}/0">ดาวน์โหลดไฟล์ : รายงานผลการดำเนินงาน.pdf</a></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<div class="ccm-block-tags-wrapper"><div class="ccm-block-tags-header"><h5>ป้ายกำกับ</h5></div>'
                + "".join(
                    f'<a href="{base}{LISTING}/tag/{k}" class="ccm-block-tags-tag label label-default">{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</div>"
            )
        nav = ""
        if older:
            nav += f'<div class="ccm-block-next-previous-header"><h5>หน้าก่อนหน้า</h5></div><p class="ccm-block-next-previous-previous-link"><a href="{base}{older.path}">{esc(older.title)}</a></p>'
        if newer:
            nav += f'<div class="ccm-block-next-previous-header"><h5>หน้าถัดไป</h5></div><p class="ccm-block-next-previous-next-link"><a href="{base}{newer.path}">{esc(newer.title)}</a></p>'
        nav += f'<p class="ccm-block-next-previous-parent-link"><a href="{base}{LISTING}">กลับไปหน้ารายการ</a></p>'
        byline = f"""<span class="page-date">{cldr_long(a.published)}</span>
    <span class="page-author">โดย ผู้ดูแลระบบ</span>"""
        content = f"""{self.page_title(a.title, byline)}
{paras[0]}
{img}
{"".join(paras[1:])}{tail}
{file_block}
{tags}
<div class="ccm-block-share-this-page"><h5>แชร์หน้านี้</h5><ul class="list-inline"><li><a href="https://www.facebook.com/sharer/sharer.php?u={base}{a.path}" aria-label="Facebook"><i class="fab fa-facebook" aria-hidden="true" title="Facebook"></i></a></li><li><a href="https://twitter.com/intent/tweet?url={base}{a.path}" aria-label="Twitter"><i class="fab fa-twitter" aria-hidden="true" title="Twitter"></i></a></li><li><a href="mailto:?body=%E0%B8%A5%E0%B8%B4%E0%B8%87%E0%B8%81%E0%B9%8C: {base}{a.path}" aria-label="อีเมล"><i class="fas fa-envelope" aria-hidden="true" title="อีเมล"></i></a></li><li><a href="javascript:window.print()" aria-label="พิมพ์"><i class="fas fa-print" aria-hidden="true" title="พิมพ์"></i></a></li></ul></div>
<div class="ccm-block-next-previous-wrapper">{nav}</div>
<div class="ccm-conversation-wrapper" data-conversation-id="{a.id + 20}"><div class="ccm-conversation-messages-header"><h4 class="ccm-conversation-message-count">ความคิดเห็น 0 รายการ</h4></div><div class="ccm-conversation-add-new-message"><p>กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น <a href="{base}/index.php/login">เข้าสู่ระบบ</a></p></div></div>"""
        return self.html_response(
            self.shell(
                base,
                a.title,
                self.cid[a.path],
                "blog-entry",
                content,
                self.latest_block(base),
                a.path,
            )
        )

    def deleted(self, base):
        content = self.page_title(
            DELETED_TITLE,
            '<span class="page-date"></span>\n    <span class="page-author">โดย ผู้ดูแลระบบ</span>',
        )
        return self.html_response(
            self.shell(
                base, DELETED_TITLE, 318, "blog-entry", content, self.latest_block(base), DELETED
            )
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.shell(
                    base, "หน้าหลัก", 1, "page", f'<p><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></p>'
                )
            )
        if path == LISTING:
            v = qs1(query, "ccm_paging_p", "1")
            if not v.isdigit():
                return None
            return self.listing(base, int(v) - 1)
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = (
                [
                    "ภาพ : เจ้าหน้าที่ ทสจ.น่าน ลงพื้นที่ตรวจติดตาม",
                    "ดาวน์โหลดไฟล์",
                    "รายงานผลการดำเนินงาน.pdf",
                    "ป้ายกำกับ",
                    "แชร์หน้านี้",
                    "หน้าก่อนหน้า",
                    "หน้าถัดไป",
                    "กลับไปหน้ารายการ",
                    "ความคิดเห็น 0 รายการ",
                    "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                    "ข่าวล่าสุด",
                    "โดย ผู้ดูแลระบบ",
                ]
                + [x.title for x in (older, newer) if x]
                + [x.title for x in self.articles[:5] if x is not a]
            )
            out.append(record(self, a, must_not, published_time=False, views=False))
        return out


SITE = ConcreteSite()

if __name__ == "__main__":
    main(SITE)
