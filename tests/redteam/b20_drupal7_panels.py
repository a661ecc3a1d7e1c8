"""Blind-20 red-team site: a Drupal 7 department site whose news nodes are laid out by
Panelizer (Panels 3 + ctools panes), as a ministry department (กรมส่งเสริมสหกรณ์, a division's
news) runs it, built blind.

What it imitates:
- a Views page `/news` with the core pager (`?page=1`, `?page=2`: zero-based query, `ul.pager`
  with "« หน้าแรก", "‹ ก่อนหน้า", numbers, "ถัดไป ›", "หน้าสุดท้าย »");
- pathauto aliases carrying the CE date: `/news/2024/02/15/4412`;
- the same `<title>` "ข่าวประชาสัมพันธ์ | กรมส่งเสริมสหกรณ์" on every page (the panel page's
  title override), the theme's `h1.page-title` is the section name "ข่าวประชาสัมพันธ์", and the
  real headline is only a `pane-node-title` pane rendering an `h2` in the **right** column,
  after the image pane and the "วันที่เผยแพร่" pane;
- Panelizer's `panel-2col-stacked` display: `panel-pane` / `pane-title` / `pane-content` /
  `panel-separator` markup; the body, the share pane (AddToAny "แชร์ข่าวนี้"), the print/e-mail
  and font-size pane, tags ("คำสำคัญ"), the statistics counter ("อ่าน 1234 ครั้ง"), a "ข่าวที่
  เกี่ยวข้อง" view pane and the comment form all are panes of the same display;
- dates in the site's custom Drupal formats, month names translated by locale but the year
  left **CE**: "15 กุมภาพันธ์ 2024 - 10:30" ('j F Y - H:i', the "วันที่เผยแพร่" pane, over an RDFa
  `content` attribute with the ISO stamp), "15/02/2024" ('d/m/Y', the listing) and
  "ปรับปรุงล่าสุด" "20 ก.พ. 2024" ('j M Y', **abbreviated month, date only**) only for nodes
  edited after publication;
- "ข่าว/ภาพ : <office>" as the last body paragraph for some nodes;
- the deleted (unpublished) node answers 200 with the panel page shell and "คุณไม่ได้รับอนุญาต
  ให้เข้าถึงหน้านี้" (a custom 403 page served with 200).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, esc, main
from .b11_common import B9Site, build, neighbours, record

SITE_NAME = "กรมส่งเสริมสหกรณ์"
SOURCES = [
    "กลุ่มประชาสัมพันธ์ กรมส่งเสริมสหกรณ์",
    None,
    "กองพัฒนาสหกรณ์ด้านการเกษตร",
    None,
    None,
    "สำนักงานสหกรณ์จังหวัดขอนแก่น",
]
TAGS = {
    "ประชาสัมพันธ์": 12,
    "ผู้ว่าราชการจังหวัด": 31,
    "เศรษฐกิจ": 7,
    "การศึกษา": 44,
    "สาธารณสุข": 18,
    "เกษตรกร": 3,
    "โควิด-19": 96,
    "ท่องเที่ยว": 58,
    "ความมั่นคง": 61,
    "สังคม": 22,
    "OTOP": 70,
    "SMEs": 71,
}
DELETED = "/news/2024/09/23/5166"
DELETED_TITLE = "ประกาศรับสมัครคัดเลือกสหกรณ์ดีเด่นแห่งชาติ ประจำปี 2567"


def long_ce(d: dt.datetime) -> str:
    """Custom format 'j F Y - H:i': F translated to Thai, Y stays Gregorian."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} - {d.hour:02d}:{d.minute:02d}"


def abbr_ce(d: dt.datetime) -> str:
    """Custom format 'j M Y': M translated to the dotted Thai abbreviation, Gregorian year."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def dmy_ce(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def pane(kind: str, content: str, title: str = "", extra: str = "") -> str:
    t = f'\n  <h2 class="pane-title">{title}</h2>\n' if title else "\n"
    return f"""<div class="panel-pane {kind}"{extra}>{t}
  <div class="pane-content">
    {content}  </div>


</div>
<div class="panel-separator"></div>"""


class Drupal7PanelsSite(B9Site):
    key = "b20_drupal7_panels"
    family = "drupal"
    imitates = "Drupal 7 + Panelizer (panel-2col-stacked: panel-pane / pane-title / pane-content panes), Views page /news?page=N (zero-based), pathauto /news/2024/02/15/<nid>; same <title> everywhere, h1.page-title is the section, the headline an h2 pane in the right column; dates with Thai month names but CE years: '15 กุมภาพันธ์ 2024 - 10:30' (+ RDFa content attribute), listing '15/02/2024', 'ปรับปรุงล่าสุด' '20 ก.พ. 2024' (date only) only for edited nodes; 'อ่าน 1234 ครั้ง'; 'ข่าว/ภาพ :' last body line for some; share/print/font-size/tags/related/comment panes inside the display; deleted = 200 no-access page"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 7, SOURCES, dt.datetime(2024, 10, 30, 17, 0), first_id=5100, step=3
        )
        for a in self.articles:
            a.time_printed = True  # node:created always carries its time
            d = a.published
            a.path = f"/news/{d.year}/{d.month:02d}/{d.day:02d}/{a.id}"
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return [DELETED]

    def robots(self):
        # Drupal 7 core's robots.txt (abridged), plus the print module's paths
        return (
            "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
            "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
            "User-agent: *\n# CSS, JS, Images\nAllow: /misc/*.css$\nAllow: /misc/*.js$\n"
            "Allow: /sites/*.png\n# Directories\nDisallow: /includes/\nDisallow: /misc/\n"
            "Disallow: /modules/\nDisallow: /profiles/\nDisallow: /scripts/\nDisallow: /themes/\n"
            "# Files\nDisallow: /CHANGELOG.txt\nDisallow: /cron.php\nDisallow: /install.php\n"
            "# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /filter/tips/\n"
            "Disallow: /node/add/\nDisallow: /search/\nDisallow: /user/register/\n"
            "Disallow: /user/password/\nDisallow: /user/login/\nDisallow: /user/logout/\n"
            "Disallow: /print/\nDisallow: /printmail/\n# Paths (no clean URLs)\nDisallow: /?q=admin/\n"
            "Disallow: /?q=comment/reply/\nDisallow: /?q=user/login/\n"
        )

    def shell(self, content, breadcrumb_last, body_class):
        latest = "".join(
            f'<li class="views-row"><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/default/files/favicon_0.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
  <title>ข่าวประชาสัมพันธ์ | {SITE_NAME}</title>
  <style type="text/css" media="all">@import url("/modules/system/system.base.css?s2k9ab");
@import url("/sites/all/modules/panels/css/panels.css?s2k9ab");
@import url("/sites/all/modules/panels/plugins/layouts/twocol_stacked/twocol_stacked.css?s2k9ab");</style>
  <script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"cpd_theme","theme_token":"pQ0x2"}},"eu_cookie_compliance":{{"popup_enabled":1}}}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second {body_class} i18n-th" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a>
  </div>
    <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
    <a href="/" title="หน้าแรก" rel="home" id="logo"><img src="/sites/all/themes/cpd_theme/logo.png" alt="หน้าแรก" /></a>
    <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="หน้าแรก" rel="home"><span>{SITE_NAME}</span></a></strong></div><div id="site-slogan">Cooperative Promotion Department</div></div>
    <div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content"><form action="/news" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">แบบค้นหา</h2><input title="ป้อนคำที่คุณต้องการค้นหา" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" id="edit-submit" name="op" value="ค้นหา" class="form-submit" /></div></div></form></div></div></div>
  </div></div>
  <div id="main-menu" class="navigation"><h2 class="element-invisible">เมนูหลัก</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">หน้าแรก</a></li><li class="menu-512"><a href="/about">เกี่ยวกับกรม</a></li><li class="menu-513 active-trail"><a href="/news" class="active-trail">ข่าวประชาสัมพันธ์</a></li><li class="menu-514"><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="menu-515 last"><a href="/contact">ติดต่อเรา</a></li></ul></div>
  <div id="breadcrumb"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb"><a href="/">หน้าแรก</a> » <a href="/news">ข่าวประชาสัมพันธ์</a> » {breadcrumb_last}</div></div>
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <h1 class="title" id="page-title">ข่าวประชาสัมพันธ์</h1>
      <div class="tabs"></div>
      <div class="region region-content">
  <div id="block-system-main" class="block block-system">
  <div class="content">
{content}
  </div>
</div>
      </div>
    </div></div>
    <div id="sidebar-second" class="column sidebar"><div class="section">
      <div class="region region-sidebar-second">
<div id="block-views-latest-news-block" class="block block-views"><h2>ข่าวล่าสุด</h2><div class="content"><div class="view view-latest-news view-id-latest_news view-display-id-block"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div></div>
<div id="block-statistics-popular" class="block block-statistics"><h2>สถิติผู้เข้าชมเว็บไซต์</h2><div class="content"><ul><li>วันนี้ 1,284</li><li>เดือนนี้ 40,117</li><li>ทั้งหมด 3,902,558</li></ul></div></div>
<div id="block-block-7" class="block block-block"><h2>ลิงก์หน่วยงาน</h2><div class="content"><p><a href="http://www.moac.go.th">กระทรวงเกษตรและสหกรณ์</a></p></div></div>
      </div>
    </div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>{SITE_NAME} 12 ถนนกรุงเกษม แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100 โทร. 0 2628 5120</p><p>© สงวนลิขสิทธิ์ 2567 {SITE_NAME}</p></div></div></div></div></div></div>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งานของท่าน</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button><button type="button" class="find-more-button eu-cookie-compliance-more-button">นโยบายคุกกี้</button></div></div></div>
</body>
</html>"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k:
            items.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{self.page_url(0)}">« หน้าแรก</a></li>'
            )
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{self.page_url(k - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for i in range(n):
            if i == k:
                items.append(f'<li class="pager-current">{i + 1}</li>')
            else:
                items.append(
                    f'<li class="pager-item"><a title="ไปหน้า {i + 1}" href="{self.page_url(i)}">{i + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{self.page_url(k + 1)}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{self.page_url(n - 1)}">หน้าสุดท้าย »</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = []
        items = [(a.path, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            items.insert(3, (DELETED, DELETED_TITLE, dt.datetime(2024, 9, 23, 9, 15), 0))
        for j, (path, title, d, views) in enumerate(items):
            zebra = "odd" if j % 2 == 0 else "even"
            pos = (
                " views-row-first" if j == 0 else (" views-row-last" if j == len(items) - 1 else "")
            )
            rows.append(f"""  <div class="views-row views-row-{j + 1} views-row-{zebra}{pos}">
  <div class="views-field views-field-field-image"><div class="field-content"><a href="{path}"><img typeof="foaf:Image" src="/sites/default/files/styles/thumbnail/public/news/{path.rsplit("/", 1)[1]}.jpg" width="100" height="75" alt="" /></a></div></div>
  <div class="views-field views-field-title"><span class="field-content"><a href="{path}">{esc(title)}</a></span></div>
  <div class="views-field views-field-created"><span class="field-content">{dmy_ce(d)}</span></div>
  <div class="views-field views-field-totalcount"><span class="views-label views-label-totalcount">อ่าน: </span><span class="field-content">{views}</span></div>
  </div>""")
        content = f"""<div class="view view-news view-id-news view-display-id-page view-dom-id-8f1c">
      <div class="view-content">
{chr(10).join(rows)}
    </div>
  {self.pager(k)}
</div>"""
        return self.shell(content, "ข่าวประชาสัมพันธ์", "page-news")

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        body_paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body_paras += f"<p>ข่าว/ภาพ : {esc(a.source)}</p>"
        created = pane(
            "pane-node-created",
            f'<span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime">{long_ce(a.published)}</span>\n',
            "วันที่เผยแพร่",
        )
        updated = (
            pane("pane-node-updated", f"{abbr_ce(a.modified)}\n", "ปรับปรุงล่าสุด")
            if a.modified
            else ""
        )
        title = pane("pane-node-title", f"<h2>{esc(a.title)}</h2>\n")
        image = pane(
            "pane-entity-field pane-node-field-image",
            f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/news/{a.id}.jpg" width="480" height="320" alt="" /></div></div></div>\n',
        )
        body = pane(
            "pane-entity-field pane-node-body",
            f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body_paras}</div></div></div>\n',
        )
        tools = pane(
            "pane-custom pane-1",
            '<div class="print-tools"><span class="print_html"><a href="/print/'
            + str(a.id)
            + '" title="แสดงหน้าสำหรับพิมพ์" rel="nofollow">พิมพ์</a></span> <span class="print_mail"><a href="/printmail/'
            + str(a.id)
            + '" title="ส่งหน้านี้ทางอีเมล" rel="nofollow">ส่งอีเมล</a></span> <span class="font-resize">ขนาดตัวอักษร <a href="#" class="fs-dec">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-inc">ก+</a></span></div>\n',
        )
        share = pane(
            "pane-addtoany-addtoany-button",
            '<span class="a2a_kit a2a_kit_size_24 a2a_target addtoany_list" id="da2a_1"><a class="a2a_button_facebook" title="Facebook"></a><a class="a2a_button_line" title="Line"></a><a class="a2a_button_twitter" title="Twitter"></a><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share">แชร์</a></span>\n',
            "แชร์ข่าวนี้",
        )
        links = pane(
            "pane-node-links",
            f'<ul class="links inline"><li class="statistics_counter first last"><span>อ่าน {a.views} ครั้ง</span></li></ul>\n',
        )
        tags = ""
        if a.tags:
            terms = "".join(
                f'<div class="field-item {"even" if i % 2 == 0 else "odd"}"><a href="/taxonomy/term/{TAGS[t]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></div>'
                for i, t in enumerate(a.tags)
            )
            tags = pane(
                "pane-entity-field pane-node-field-tags",
                f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-hidden clearfix"><div class="field-items">{terms}</div></div>\n',
                "คำสำคัญ",
            )
        related_items = [x for x in (older, newer) if x] + [
            x for x in self.articles[:4] if x is not a and x not in (older, newer)
        ][:2]
        related = pane(
            "pane-views-panes pane-related-news-panel-pane-1",
            '<div class="view view-related-news"><div class="view-content"><div class="item-list"><ul>'
            + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in related_items)
            + "</ul></div></div></div>\n",
            "ข่าวที่เกี่ยวข้อง",
        )
        comment = pane(
            "pane-node-comment-form",
            f'<form class="comment-form" action="/comment/reply/{a.id}" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อของคุณ </label><input type="text" id="edit-name" name="name" value="ผู้เยี่ยมชม" size="30" maxlength="60" class="form-text" /></div><div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">ความคิดเห็น <span class="form-required" title="ต้องระบุข้อมูลในช่องนี้">*</span></label><textarea id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5" class="form-textarea required"></textarea></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit--2" name="op" value="บันทึก" class="form-submit" /></div></div></form>\n',
            "แสดงความคิดเห็น",
        )
        content = f"""<div class="panelizer-view-mode node node-full node-news node-{a.id}">
<div class="panel-2col-stacked clearfix panel-display" >
  <div class="panel-col-top panel-panel">
    <div class="inside">{tools}</div>
  </div>
  <div class="center-wrapper">
    <div class="panel-col-first panel-panel">
      <div class="inside">{body}{tags}{share}</div>
    </div>
    <div class="panel-col-last panel-panel">
      <div class="inside">{image}{created}{updated}{title}{links}</div>
    </div>
  </div>
  <div class="panel-col-bottom panel-panel">
    <div class="inside">{related}{comment}</div>
  </div>
</div>
</div>"""
        return self.shell(
            content, esc(a.title), f"page-node page-node- page-node-{a.id} node-type-news"
        )

    def deleted(self):
        content = """<div class="panel-2col-stacked clearfix panel-display" >
  <div class="panel-col-top panel-panel">
    <div class="inside"><div class="panel-pane pane-page-messages">
  <div class="pane-content">
    <div class="messages error"><h2 class="element-invisible">ข้อความแสดงข้อผิดพลาด</h2>คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</div>  </div>
</div></div>
  </div>
  <div class="center-wrapper">
    <div class="panel-col-first panel-panel"><div class="inside"></div></div>
    <div class="panel-col-last panel-panel"><div class="inside"></div></div>
  </div>
</div>"""
        return self.shell(content, "ไม่ได้รับอนุญาต", "page-node page-node- page-node-5166")

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แชร์ข่าวนี้",
                "ขนาดตัวอักษร",
                "ส่งอีเมล",
                f"อ่าน {a.views} ครั้ง",
                "วันที่เผยแพร่",
                "ปรับปรุงล่าสุด",
                "คำสำคัญ",
                "ข่าวที่เกี่ยวข้อง",
                "แสดงความคิดเห็น",
                "ชื่อของคุณ",
                older.title if older else "",
                newer.title if newer else "",
                "สถิติผู้เข้าชมเว็บไซต์",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนกรุงเกษม",
            ]
            out.append(record(self, a, must_not, modified_time=False))
        return out


SITE = Drupal7PanelsSite()

if __name__ == "__main__":
    main(SITE)
