"""Blind-55 red-team site (part C): a provincial agriculture office (สำนักงานเกษตรจังหวัดอุทัยธานี)
on **Drupal 7.98 + Responsive Blog** (the Devsaran theme), Views 3 for the news list, core
Statistics, AddToAny and Drupal behind a load balancer with a bot-filter cookie (an F5 BIG-IP ASM
style `TS01…` cookie). Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): the theme's own templates as vendored in a public
Drupal 7 site (`responsive_blog/templates/page.tpl.php`, `node.tpl.php`, `maintenance-page.tpl.php`):
`div#wrapper > header#header` with `hgroup#site-name-wrap h1#site-name` and `h2#site-slogan`,
`div.social-profile` (Facebook / Twitter / Google+ / RSS), `nav#navigation > div#main-menu`,
`div#preface-area`, `div#main > div#primary > section#content[role=main]` with `div#breadcrumbs` and
`div#content-wrap > h1.page-title`, `aside#sidebar`, `footer#footer-bottom` with
`div#footer-area`, `div.copyright` and the credit "Theme by Devsaran"; `node.tpl.php`'s teaser
`article#node-N` / `header` / `h2.title`, `span.submitted` "Posted by … on …", `div.content` and
`footer` links. The BIG-IP ASM cookie, Statistics, AddToAny, EU Cookie Compliance and Drupal's
custom date formats are from memory of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/node/<nid>` pages (`rel=canonical`), `h1.page-title` the headline, `<title>` "headline |
  office";
- **NEW: a cookie wall in front of every page: a request without the `TS01a8c3f2` cookie answers
  `302 Found` to the very same address with `Set-Cookie: TS01a8c3f2=…; Path=/`; the page comes only
  when the cookie is sent** (listing pages, nodes, the deleted node alike);
- **NEW: dates as Drupal's custom format "j/n/Y" with a Buddhist year and seconds**: "โพสต์โดย
  admin เมื่อ 5/3/2567 - 10:30:45 น." (two nodes in three; the rest "5/3/2567" alone), teasers
  the same; the day comes first (some days are 1-12);
- **NEW: a `Last-Modified` HTTP header on every node (a few days after the post) while the page
  prints no modification date**: `modified_at` is null;
- **NEW: the news list sorted oldest first** (the View's sort left ascending): page 1 holds the
  oldest eight posts, page 3 the newest;
- **NEW: the article's own "หมายเหตุ :" line and an "อ้างอิง" list of regulations (with their
  "พ.ศ. 2566"-style years) at the end of the text on one node in three** — part of the text, kept;
- **NEW: one node in four is a plain-text release inside `<pre>`** (hard line breaks at spaces
  every ~60 characters, paragraphs separated by blank lines, the "ข่าว :" line inside the `pre`);
- source line "ที่มา : …" / "ข่าว/ภาพ : …" / "ข่าว : …" as the last line (one in six none);
  Statistics "อ่าน 1,234 ครั้ง"; "แท็ก:" terms; AddToAny "แชร์"; comment login prompt; previous /
  next with neighbour titles; "ข่าวที่เกี่ยวข้อง" block; sidebar "ข่าวล่าสุด" (titles, dates);
  footer counter, Devsaran credit, PDPA cookie bar;
- deleted item (linked from page 2): `/node/2207`, **200** (behind the same cookie wall): the
  layout with `h1` "ไม่พบหน้าที่ต้องการ" and "ขออภัย ไม่พบหน้าที่ท่านร้องขอ" (a 200 soft 404).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
import sys
from urllib.parse import quote

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดอุทัยธานี"
SLOGAN = "เกษตรกรมั่นคง ชุมชนเข้มแข็ง"
PER = 8
COOKIE_NAME = "TS01a8c3f2"
COOKIE_VALUE = "01f3b9d2c4a7e6b5d8c9f0a1b2c3d4e5f6a7b8c9d0e1f2"
SOURCES = [
    ("ที่มา", "กลุ่มส่งเสริมและพัฒนาการผลิต สำนักงานเกษตรจังหวัดอุทัยธานี"),
    ("ข่าว/ภาพ", "สำนักงานเกษตรอำเภอลานสัก"),
    ("ข่าว", "กลุ่มยุทธศาสตร์และสารสนเทศ"),
    ("ที่มา", "สำนักงานเกษตรอำเภอหนองฉาง"),
    ("ข่าว/ภาพ", "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดอุทัยธานี"),
    None,
]
TAGS = ["ข้าว", "ศพก.", "แปลงใหญ่", "ภัยแล้ง", "เกษตรอัจฉริยะ", "Young Smart Farmer"]
NOTES = [
    "หมายเหตุ : กำหนดการอาจมีการเปลี่ยนแปลงตามความเหมาะสม โปรดติดตามประกาศของสำนักงานเกษตรอำเภอในพื้นที่",
    "หมายเหตุ : เกษตรกรที่ยังไม่ได้ปรับปรุงทะเบียนเกษตรกรประจำปี ให้ติดต่อสำนักงานเกษตรอำเภอก่อนวันสิ้นสุดโครงการ",
    "หมายเหตุ : ข้อมูลพื้นที่ความเสียหายเป็นข้อมูลเบื้องต้นจากการสำรวจของเจ้าหน้าที่ อาจมีการปรับปรุงภายหลัง",
]
REFS = [
    "ระเบียบกระทรวงการคลังว่าด้วยเงินทดรองราชการเพื่อช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน พ.ศ. 2562",
    "ประกาศกระทรวงเกษตรและสหกรณ์เรื่องหลักเกณฑ์การขึ้นทะเบียนเกษตรกร พ.ศ. 2566",
    "แผนพัฒนาการเกษตรและสหกรณ์จังหวัดอุทัยธานีระยะ 5 ปี (พ.ศ. 2566 - 2570)",
    "คู่มือการดำเนินงานศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตรประจำปีงบประมาณ พ.ศ. 2567",
]
DELETED_NID = 2207
LATEST = "ข่าวล่าสุด"
RELATED = "ข่าวที่เกี่ยวข้อง"
COOKIE_BAR = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล"
COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 96,512 คน"
FOOTER = "ศาลากลางจังหวัดอุทัยธานี ชั้น 2 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี 61000"
LOGIN_PROMPT = "เข้าสู่ระบบ หรือ สมัครสมาชิก เพื่อแสดงความคิดเห็น"
NOT_FOUND = "ขออภัย ไม่พบหน้าที่ท่านร้องขอ"


def dmy_be(d: dt.datetime, with_time: bool) -> str:
    """'5/3/2567 - 10:30:45 น.' (Drupal custom format j/n/Y with a BE year)."""
    s = f"{d.day}/{d.month}/{d.year + 543}"
    return f"{s} - {d:%H:%M:%S} น." if with_time else s


def wrap(p: str, width: int = 60) -> str:
    """Hard line breaks at spaces, as a plain-text release is typed."""
    lines, cur = [], ""
    for w in p.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


def _request_headers():
    """The request headers of the running HTTP handler (the handler calls route())."""
    f = sys._getframe(1)
    while f is not None:
        h = f.f_locals.get("self")
        if h is not None and hasattr(h, "headers") and hasattr(h, "send_response"):
            return h.headers
        f = f.f_back
    return None


class RespBlogCookieWallSite(BaseSite):
    key = "b55_drupal7_respblog_cookiewall"
    family = "drupal"
    imitates = (
        "provincial agriculture office on Drupal 7 + Responsive Blog (Devsaran): a load-balancer "
        "cookie wall (302 to the same address with Set-Cookie), dates '5/3/2567 - 10:30:45 น.' "
        "(day/month/BE, seconds), Last-Modified header without a printed modified date, news list "
        "oldest first, หมายเหตุ / อ้างอิง inside the text, plain-text releases in <pre>; deleted "
        "item a 200 soft 404"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 3, 27, 16, 0, tzinfo=TZ), offset=131
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 2100 + (n - i) * 4
            a.path = f"/node/{a.id}"
            a.time_printed = i % 3 != 2
            a.published = a.published.replace(second=(i * 17 + 5) % 60)
            a.modified = None
            a.views = 31 + (i * 487 + 59) % 3900
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["pre"] = i % 4 == 1
            a.extra["notes"] = i % 3 == 0
            a.extra["lastmod"] = a.published + dt.timedelta(days=2 + i % 5, hours=3, minutes=i)
            if a.extra["notes"]:
                a.extra["refs"] = [REFS[(i + k) % len(REFS)] for k in range(2)]
                a.paras = [*a.paras, NOTES[i % len(NOTES)], *a.extra["refs"]]
        self.articles = arts  # newest first
        self.by_id = {a.id: a for a in arts}
        asc = list(reversed(arts))  # the View sorts ascending: oldest first
        self.pages = [asc[i : i + PER] for i in range(0, n, PER)]
        assert len(self.pages) == 3 and DELETED_NID not in self.by_id

    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 7, 11)]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    # ------------------------------------------------------------------ shell
    def shell(self, title, page_title, content, *, head_extra="", crumb=None, body_class=""):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a><br /><span class="date-display-single">{dmy_be(x.published, False)}</span></li>'
            for x in self.articles[:5]
        )
        bc = '<a href="/">หน้าแรก</a> » <a href="/news">ข่าวประชาสัมพันธ์</a>'
        if crumb:
            bc += f" » {esc(crumb)}"
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# sioc: http://rdfs.org/sioc/ns#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
<link rel="shortcut icon" href="/sites/all/themes/responsive_blog/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}
<title>{title}</title>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />
<link type="text/css" rel="stylesheet" href="/sites/all/themes/responsive_blog/style.css?s9d2k1" media="all" />
<!--[if lt IE 9]><script src="/sites/all/themes/responsive_blog/js/html5.js"></script><![endif]-->
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/sites/all/themes/responsive_blog/js/main-menu.js?s9d2k1"></script>
</head>
<body class="html {body_class} not-logged-in one-sidebar sidebar-first">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<div id="wrapper">
  <header id="header" class="clearfix">
    <hgroup id="site-name-wrap">
      <h1 id="site-name"><a href="/" title="หน้าแรก"><span>{OFFICE}</span></a></h1>
      <h2 id="site-slogan">{SLOGAN}</h2>
    </hgroup>
    <div class="social-profile"><ul>
      <li class="facebook"><a target="_blank" title="{OFFICE} in Facebook" href="https://www.facebook.com/uthaithani.doae">{OFFICE} Facebook </a></li>
      <li class="rss"><a target="_blank" title="{OFFICE} in RSS" href="/rss.xml">{OFFICE} RSS </a></li>
    </ul></div>
    <nav id="navigation" role="navigation"><div id="main-menu">
      <ul class="menu"><li class="first leaf"><a href="/">หน้าแรก</a></li><li class="expanded"><a href="/about">เกี่ยวกับหน่วยงาน</a></li><li class="leaf active-trail"><a href="/news" class="active-trail active">ข่าวประชาสัมพันธ์</a></li><li class="leaf"><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="leaf"><a href="/ita">ITA</a></li><li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul>
    </div></nav>
  </header>
  <div id="preface-area" class="clearfix">
    <div class="region region-header"><div id="block-block-4" class="block block-block"><div class="content"><p>ขนาดตัวอักษร <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a></p></div></div></div>
  </div>
  <div id="main" class="clearfix">
    <div id="primary">
      <section id="content" role="main">
        <div id="breadcrumbs"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb">{bc}</div></div>
        <div id="content-wrap">
          <a id="main-content"></a>
          <h1 class="page-title">{page_title}</h1>
          <div class="region region-content">
            <div id="block-system-main" class="block block-system"><div class="content">
{content}
            </div></div>
          </div>
        </div>
      </section> <!-- /#main -->
    </div>
    <aside id="sidebar" role="complementary">
      <div class="region region-sidebar-first">
        <div id="block-search-form" class="block block-search"><div class="content"><form action="/news" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline"><h2 class="element-invisible">แบบฟอร์มค้นหา</h2><input title="กรอกคำที่คุณต้องการค้นหา" type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" name="op" value="ค้นหา" class="form-submit" /></div></form></div></div>
        <div id="block-views-latest-block" class="block block-views"><h2>{LATEST}</h2><div class="content"><div class="item-list"><ul>{latest}</ul></div></div></div>
        <div id="block-block-9" class="block block-block"><h2>ลิงก์หน่วยงาน</h2><div class="content"><ul><li><a href="https://www.doae.go.th/">กรมส่งเสริมการเกษตร</a></li><li><a href="https://www.uthaithani.go.th/">จังหวัดอุทัยธานี</a></li></ul></div></div>
      </div>
    </aside>
  </div>
  <footer id="footer-bottom">
    <div id="footer-area" class="clearfix">
      <div class="region region-footer"><div id="block-block-2" class="block block-block"><div class="content"><p>{OFFICE}<br />{FOOTER}<br />โทรศัพท์ 0 5651 1058</p><p>{COUNTER}</p></div></div></div>
    </div>
    <div id="bottom" class="clearfix">
      <div class="copyright">สงวนลิขสิทธิ์ © 2567, <a href="/">{OFFICE}</a></div>
      <div class="credit">Theme by  <a href="http://www.devsaran.com" target="_blank">Devsaran</a></div>
    </div>
  </footer>
</div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>{COOKIE_BAR}</p></div><div id="popup-buttons"><button type="button" class="agree-button">ยอมรับ</button><button type="button" class="find-more-button">นโยบายความเป็นส่วนตัว</button></div></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def teaser(self, nid, title, d, with_time, text, k) -> str:
        return f"""<div class="views-row views-row-{k + 1}">
  <article id="node-{nid}" class="node node-article node-promoted node-teaser clearfix" about="/node/{nid}" typeof="sioc:Item foaf:Document">
    <header>
      <h2 class="title"><a href="/node/{nid}">{esc(title)}</a></h2>
      <span class="submitted">โพสต์โดย admin เมื่อ {dmy_be(d, with_time)}</span>
    </header>
    <div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(text)}</p></div></div></div></div>
    <footer><ul class="links inline"><li class="node-readmore first last"><a href="/node/{nid}" rel="tag" title="{esc(title)}">อ่านต่อ<span class="element-invisible"> เกี่ยวกับ {esc(title)}</span></a></li></ul></footer>
  </article>
</div>"""

    def pager(self, k: int) -> str:
        items = []
        if k > 0:
            items.append(
                '<li class="pager-first first"><a title="ไปหน้าแรก" href="/news">« แรกสุด</a></li>'
            )
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{prev}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(len(self.pages)):
            if j == k:
                items.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                href = "/news" if j == 0 else f"/news?page={j}"
                items.append(
                    f'<li class="pager-item"><a title="ไปหน้า {j + 1}" href="{href}">{j + 1}</a></li>'
                )
        if k < len(self.pages) - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="/news?page={k + 1}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="/news?page={len(self.pages) - 1}">สุดท้าย »</a></li>'
            )
        return (
            '<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">'
            + "".join(items)
            + "</ul></div>"
        )

    def render_list(self, k: int):
        rows = [
            self.teaser(a.id, a.title, a.published, a.time_printed, a.paras[0][:160] + "…", j)
            for j, a in enumerate(self.pages[k])
        ]
        if k == 1:
            rows.insert(
                3,
                self.teaser(
                    DELETED_NID,
                    "ประชาสัมพันธ์รับสมัครอาสาสมัครเกษตรหมู่บ้าน (อกม.) ประจำปี 2567",
                    dt.datetime(2024, 2, 25, 9, 12, 40, tzinfo=TZ),
                    True,
                    "สำนักงานเกษตรจังหวัดอุทัยธานีประชาสัมพันธ์รับสมัคร…",
                    3,
                ),
            )
        content = f"""<div class="view view-news view-id-news view-display-id-page view-dom-id-5b1e0f3c2a">
  <div class="view-header"><p>เรียงตามวันที่โพสต์</p></div>
  <div class="view-content">
{"".join(rows)}
  </div>
  {self.pager(k)}
</div>"""
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}",
                "ข่าวประชาสัมพันธ์",
                content,
                body_class="not-front page-news",
            )
        )

    # ------------------------------------------------------------------ article
    def text_html(self, a) -> str:
        src = f"{a.extra['label']} : {a.source}" if a.source else ""
        if a.extra["pre"]:
            blocks = [wrap(p) for p in a.paras]
            if src:
                blocks.append(src)
            return "<pre>" + esc("\n\n".join(blocks)) + "</pre>"
        out = []
        paras = list(a.paras)
        refs = a.extra.get("refs") if a.extra["notes"] else None
        if refs:
            paras = paras[: -len(refs)]
        for p in paras:
            if p.startswith("หมายเหตุ"):
                out.append(f"<p><em>{esc(p)}</em></p>")
            else:
                out.append(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; {esc(p)}</p>')
        if refs:
            out.append("<p><strong>อ้างอิง</strong></p>")
            out.append("<ol>" + "".join(f"<li>{esc(r)}</li>" for r in refs) + "</ol>")
        if src:
            out.append(f'<p style="text-align: right;"><strong>{esc(src)}</strong></p>')
        return "\n".join(out)

    def render_article(self, a, base: str):
        d = a.published
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">แท็ก:&nbsp;</div><div class="field-items">'
                + "".join(
                    f'<div class="field-item {"even" if j % 2 else "odd"}"><a href="/taxonomy/term/{40 + TAGS.index(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a></div>'
                    for j, t in enumerate(a.tags)
                )
                + "</div></div>"
            )
        full = quote(f"{base}{a.path}", safe="")
        share = (
            '<div class="a2a_kit a2a_kit_size_24 a2a_target addtoany_list" id="da2a_1"><span class="a2a-label">แชร์ข่าวนี้</span>'
            f'<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={full}" rel="nofollow">Facebook</a>'
            f'<a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={full}" rel="nofollow">LINE</a>'
            f'<a class="a2a_button_twitter" href="https://www.addtoany.com/add_to/twitter?linkurl={full}" rel="nofollow">Twitter</a>'
            '<a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share">แชร์</a></div>'
        )
        newer, older = self.neighbours(a)
        nav = []
        if older:
            nav.append(
                f'<li class="previous"><a href="{older.path}" title="{esc(older.title)}">« ข่าวก่อนหน้า: {esc(older.title)}</a></li>'
            )
        if newer:
            nav.append(
                f'<li class="next"><a href="{newer.path}" title="{esc(newer.title)}">ข่าวถัดไป: {esc(newer.title)} »</a></li>'
            )
        rel = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">{dmy_be(x.published, False)}</span></li>'
            for x in self.related(a)
        )
        content = f"""<div id="node-{a.id}" class="node node-article node-full clearfix" about="/node/{a.id}" typeof="sioc:Item foaf:Document">
      <span class="submitted">
      โพสต์โดย <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">admin</span> เมื่อ {dmy_be(d, a.time_printed)}
      </span>
  <div class="content">
    {share}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{self.text_html(a)}</div></div></div>
    {tags}
  </div>
  <footer>
    <ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">สมัครสมาชิก</a> เพื่อแสดงความคิดเห็น</span></li></ul>
  </footer>
  <ul class="node-prevnext">{"".join(nav)}</ul>
  <div id="block-views-related-block" class="block block-views"><h2>{RELATED}</h2><div class="content"><ul>{rel}</ul></div></div>
</div>"""
        head = (
            f'<link rel="canonical" href="/node/{a.id}" />\n<link rel="shortlink" href="/node/{a.id}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />'
        )
        st, hd, body = self.html_response(
            self.shell(
                f"{esc(a.title)} | {OFFICE}",
                esc(a.title),
                content,
                head_extra=head,
                crumb=a.title,
                body_class="not-front page-node",
            )
        )
        hd["Last-Modified"] = email.utils.format_datetime(
            a.extra["lastmod"].astimezone(dt.UTC), usegmt=True
        )
        hd["Cache-Control"] = "public, max-age=300"
        return st, hd, body

    def render_deleted(self):
        content = f'<p>{NOT_FOUND}</p><p><a href="/news">กลับหน้าข่าวประชาสัมพันธ์</a></p>'
        return self.html_response(
            self.shell(
                f"ไม่พบหน้าที่ต้องการ | {OFFICE}", "ไม่พบหน้าที่ต้องการ", content, crumb="ไม่พบหน้าที่ต้องการ"
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        hdrs = _request_headers()
        if hdrs is not None:
            cookie = hdrs.get("Cookie") or ""
            if f"{COOKIE_NAME}={COOKIE_VALUE}" not in cookie:
                loc = base + path + (f"?{raw_query}" if raw_query else "")
                return (
                    302,
                    {
                        "Location": loc,
                        "Set-Cookie": f"{COOKIE_NAME}={COOKIE_VALUE}; Path=/",
                        "Content-Type": "text/html; charset=utf-8",
                        "Cache-Control": "no-cache",
                    },
                    b"",
                )
        return self._route(path, query, raw_query, base)

    def _route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        if path == "/news":
            k = query.get("page", ["0"])[0]
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.render_list(int(k))
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_NID:
                return self.render_deleted()
            a = self.by_id.get(nid)
            return self.render_article(a, base) if a else None
        return None

    def page_text(self, a) -> str:
        res = self._route(a.path, {}, "", "http://127.0.0.1")
        body = res[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", body))

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                SLOGAN,
                RELATED,
                LATEST,
                COOKIE_BAR,
                COUNTER,
                FOOTER,
                "แชร์ข่าวนี้",
                "Facebook",
                f"อ่าน {a.views:,} ครั้ง",
                LOGIN_PROMPT,
                "แท็ก:",
                "โพสต์โดย admin",
                "ขนาดตัวอักษร",
                "Devsaran",
                "นโยบายความเป็นส่วนตัว",
                "ข่าวก่อนหน้า",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in (newer, older) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            text = " ".join(self.page_text(a).replace("\u00a0", " ").split())
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, modified=False, must_not=must_not)
            if a.extra["notes"]:  # the note line is the article's own text
                note = next(p for p in a.paras if p.startswith("หมายเหตุ"))
                rec["body_must"].append(note.split(" : ", 1)[1].split(" ")[0][:40])
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = RespBlogCookieWallSite()

if __name__ == "__main__":
    main(SITE)
