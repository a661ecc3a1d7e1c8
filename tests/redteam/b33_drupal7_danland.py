"""Blind-33 red-team site (part C): **Drupal 7 + Danland** (the contrib theme
`sites/all/themes/danland`, superfish menu, slideshow header) run by a provincial agricultural
office (สำนักงานเกษตรจังหวัดอุทัยธานี), Thai interface translation, built blind.

What it imitates:
- Drupal 7 fingerprints: `meta name="Generator" content="Drupal 7 (http://drupal.org)"`,
  `/misc/drupal.js?p3k9x1`, `/sites/all/themes/danland/`, `/sites/default/files/`, the
  `jQuery.extend(Drupal.settings, …)` script, `/rss.xml`, `/node/N` paths (no pathauto);
- Danland shell: `#header` with `#logo` and `#site-name`, `#navigation` superfish menu,
  `#slideshow-wrapper`, `#breadcrumb`, `#content-wrapper` with `#sidebar-left` (navigation,
  statistics counter, login block) / `#main` / `#sidebar-right` (latest news, poll),
  `#footer-wrapper` with footer columns and `#notice`;
- node (full): `h1.page-title` in `#main`; `div.submitted` "ส่งโดย <login> เมื่อ
  วันอังคาร, 5 มีนาคม 2567 - 14:20" (a custom Thai long date format, BE year) with the
  RDFa `span property="dc:date dc:created" content="2024-03-05T14:20:00+07:00"`; image field
  (some); body; attachments table "ไฟล์แนบ" (some); "ที่มา" field (some); "แท็ก" taxonomy links;
  AddToAny share row and Print / Send by e-mail / font-size links INSIDE the node content;
  node links "อ่าน 1234 ครั้ง" (statistics) and the "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"
  prompt; custom prev/next block with neighbour titles; "ข่าวที่เกี่ยวข้อง" block.
- listing: Views page `/news` with Drupal 7's full pager (`ul.pager`, `?page=N`, 0-based,
  "« หน้าแรก", "‹ ก่อนหน้า", numbers, "ถัดไป ›", "หน้าสุดท้าย »").
Deleted: `/node/N` of an unpublished item; LoginToboggan's "present login form on access
denied" renders the user-login page ("คุณไม่มีสิทธิ์เข้าถึงหน้านี้") and this host answers 200.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดอุทัยธานี"
SLOGAN = "ส่งเสริมการเกษตร เพื่อเกษตรกรอยู่ดีมีสุข"
HOST = "http://www.uthaithani.doae.go.th"
T = "/sites/all/themes/danland"
PER_PAGE = 8
SOURCES = ["กลุ่มส่งเสริมและพัฒนาการผลิต", None, None, "ฝ่ายบริหารทั่วไป", None, "กลุ่มยุทธศาสตร์และสารสนเทศ"]
LOGINS = ["admin", "uthai_pr", "kaset07"]
DELETED_ID = 1290
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 388,214"
POLL_Q = "ท่านพึงพอใจต่อการให้บริการของสำนักงานเกษตรจังหวัดในระดับใด"


def long_date(d: dt.datetime) -> str:
    """Custom Drupal 7 format 'l, j F Y - H:i' with Thai names and a BE year."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {be(d)} - {d:%H:%M}"


def list_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


class DanlandSite(BaseSite):
    key = "b33_drupal7_danland"
    family = "drupal"
    imitates = "Drupal 7 + Danland (contrib theme, superfish, slideshow), Thai translation, provincial agriculture office: /node/N paths; h1.page-title; div.submitted 'ส่งโดย login เมื่อ วันอังคาร, 5 มีนาคม 2567 - 14:20' (custom Thai long format, BE) + RDFa dc:created content ISO; image / attachments (some); 'ที่มา' field (some); 'แท็ก' terms; AddToAny + print / e-mail / font-size inside the node; 'อ่าน N ครั้ง'; comment login prompt; prev/next with titles; related block; sidebars with latest news, counter, login, poll; Views /news with the D7 full pager ?page=N; deleted = LoginToboggan access-denied login page (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 15, 0, tzinfo=TZ), offset=131
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1318
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 3
            if nid == DELETED_ID:
                nid -= 1
            a.time_printed = True
            a.modified = None  # Danland prints no changed date
            a.path = f"/node/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 5 == 2
            a.extra["file"] = i % 6 == 4
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        self.deleted = f"/node/{DELETED_ID}"
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 31 + len(self.term_ids))

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def left(self):
        return f"""<div id="sidebar-left" class="sidebar"><div class="region region-sidebar-first">
<div id="block-menu-menu-about" class="block block-menu"><h2>เกี่ยวกับหน่วยงาน</h2><div class="content"><ul class="menu"><li class="first leaf"><a href="/node/3">วิสัยทัศน์ พันธกิจ</a></li><li class="leaf"><a href="/node/4">โครงสร้างองค์กร</a></li><li class="last leaf"><a href="/node/5">ทำเนียบผู้บริหาร</a></li></ul></div></div>
<div id="block-statistics-popular" class="block block-statistics"><h2>สถิติผู้เข้าชม</h2><div class="content"><p>ขณะนี้ออนไลน์ 9 คน<br />วันนี้ 174<br />{SITE_COUNTER}</p></div></div>
<div id="block-user-login" class="block block-user"><h2>เข้าสู่ระบบ</h2><div class="content"><form action="/news?destination=news" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องระบุ">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องระบุ">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="item-list"><ul><li class="first"><a href="/user/register" title="สร้างบัญชีผู้ใช้ใหม่">สร้างบัญชีผู้ใช้ใหม่</a></li><li class="last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><input type="hidden" name="form_id" value="user_login_block" /><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div></div>
</div></div>"""

    def right(self):
        items = "".join(
            f'<li class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="{a.path}">{esc(a.title)}</a></span></span></li>'
            for a in self.articles[:5]
        )
        return f"""<div id="sidebar-right" class="sidebar"><div class="region region-sidebar-second">
<div id="block-views-latest-news-block" class="block block-views"><h2>ข่าวล่าสุด</h2><div class="content"><div class="view view-latest-news view-id-latest_news view-display-id-block"><div class="view-content"><div class="item-list"><ul>{items}</ul></div></div><div class="more-link"><a href="/news">อ่านทั้งหมด</a></div></div></div></div>
<div id="block-poll-recent" class="block block-poll"><h2>แบบสำรวจ</h2><div class="content"><form action="/news" method="post" id="poll-view-voting"><div class="poll"><div class="vote-form"><div class="choices"><div class="title">{POLL_Q}</div><div class="form-radios"><label><input type="radio" name="choice" value="1" /> มากที่สุด</label><label><input type="radio" name="choice" value="2" /> มาก</label><label><input type="radio" name="choice" value="3" /> ปานกลาง</label></div></div><input type="submit" value="โหวต" class="form-submit" /></div></div></form></div></div>
</div></div>"""

    def shell(self, title, content, crumb, body_class, head_extra="", page_title=""):
        h1 = f'<h1 class="page-title">{page_title}</h1>' if page_title else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{HOST}/sites/all/themes/danland/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="{HOST}/rss.xml" />
<style type="text/css" media="all">
@import url("{HOST}/modules/system/system.base.css?p3k9x1");
@import url("{HOST}/modules/node/node.css?p3k9x1");
@import url("{HOST}{T}/style.css?p3k9x1");
@import url("{HOST}{T}/superfish/superfish.css?p3k9x1");
</style>
<script type="text/javascript" src="{HOST}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{HOST}/misc/drupal.js?p3k9x1"></script>
<script type="text/javascript" src="{HOST}/sites/default/files/languages/th_Xc8dQ.js?p3k9x1"></script>
<script type="text/javascript" src="{HOST}{T}/scripts/hoverIntent.js?p3k9x1"></script>
<script type="text/javascript" src="{HOST}{T}/scripts/superfish.js?p3k9x1"></script>
<script type="text/javascript" src="https://static.addtoany.com/menu/page.js"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"danland","theme_token":"kq2Wm"}}}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in two-sidebars {body_class}">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<div id="header"><div id="header-wrapper">
<div id="logo-wrapper"><div class="logo"><a href="/" title="หน้าแรก"><img src="{HOST}/sites/default/files/danland_logo.png" alt="หน้าแรก" /></a></div></div>
<div id="branding-wrapper"><h2 class="site-name"><a href="/" title="หน้าแรก">{OFFICE}</a></h2><span class="site-slogan">{SLOGAN}</span></div>
<div id="search-box"><form action="/news" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline"><h2 class="element-invisible">แบบฟอร์มค้นหา</h2><input title="ป้อนคำที่คุณต้องการค้นหา" type="text" name="search_block_form" size="15" class="form-text" /><input type="submit" value="ค้นหา" class="form-submit" /></div></form></div>
</div></div>
<div id="navigation"><ul class="menu sf-menu sf-navbar"><li class="first leaf"><a href="/">หน้าแรก</a></li><li class="expanded"><a href="/node/3">เกี่ยวกับเรา</a><ul class="menu"><li class="first leaf"><a href="/node/4">โครงสร้างองค์กร</a></li><li class="last leaf"><a href="/node/5">ทำเนียบผู้บริหาร</a></li></ul></li><li class="leaf active-trail"><a href="/news" class="active-trail">ข่าวประชาสัมพันธ์</a></li><li class="leaf"><a href="/node/9">ข้อมูลการเกษตร</a></li><li class="leaf"><a href="/node/10">จัดซื้อจัดจ้าง</a></li><li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul></div>
<div id="slideshow-wrapper"><div class="slideshow"><img src="{HOST}{T}/images/slideshows/slide1.jpg" width="950" height="200" alt="" /><img src="{HOST}{T}/images/slideshows/slide2.jpg" width="950" height="200" alt="" /></div></div>
<div id="breadcrumb"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb"><a href="/">หน้าแรก</a>{crumb}</div></div>
<div id="content-wrapper" class="wrapper">
{self.left()}
<div id="main"><a id="main-content"></a>
{h1}
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{content}
</div></div></div>
</div>
{self.right()}
</div>
<div id="footer-wrapper"><div id="footer-column-wrap"><div class="footer-column"><h2>หน่วยงานที่เกี่ยวข้อง</h2><ul><li><a href="https://www.doae.go.th">กรมส่งเสริมการเกษตร</a></li><li><a href="https://www.moac.go.th">กระทรวงเกษตรและสหกรณ์</a></li></ul></div><div class="footer-column"><h2>ติดต่อ</h2><p>{OFFICE} ศาลากลางจังหวัดอุทัยธานี ถนนศรีอุทัย อำเภอเมือง จังหวัดอุทัยธานี 61000 โทร. 0-5651-1062</p></div></div>
<div id="notice"><p>Copyright © 2567 {OFFICE} | Theme by <a href="http://www.danetsoft.com">Danetsoft</a> and <a href="http://www.danpros.com">Danang Probo Sayekti</a></p></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, path, a):
        img = ""
        if a.extra["image"]:
            img = f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/thumbnail/public/news/ag{a.id}.jpg" width="100" height="75" alt="" /></a></div></div>'
        return f"""<div class="views-row">{img}<div class="views-field views-field-title"><span class="field-content"><a href="{path}">{esc(title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{list_date(a.published)}</span></div><div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:150])}...</div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="{path}">อ่านต่อ</a></span></div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                '<li class="pager-first first"><a title="ไปหน้าแรก" href="/news">« หน้าแรก</a></li>'
            )
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{prev}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                h = "/news" if j == 0 else f"/news?page={j}"
                items.append(
                    f'<li class="pager-item"><a title="ไปหน้าที่ {j + 1}" href="{h}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="/news?page={k + 1}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="/news?page={n - 1}">หน้าสุดท้าย »</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            fake = self.pages[1][3]
            rows.insert(
                2,
                self.teaser(
                    "ประชาสัมพันธ์การรับสมัครเกษตรกรเข้าร่วมโครงการแปลงใหญ่ ปี 2567",
                    self.deleted,
                    fake,
                ),
            )
        content = f"""<div class="view view-news view-id-news view-display-id-page view-dom-id-7f2c">
<div class="view-content">
{"".join(rows)}</div>
{self.pager(k)}
<div class="feed-icon"><a href="{HOST}/news/feed" class="feed-icon" title="สมัครรับ ข่าวประชาสัมพันธ์"><img typeof="foaf:Image" src="{HOST}/misc/feed.png" width="16" height="16" alt="สมัครรับ ข่าวประชาสัมพันธ์" /></a></div>
</div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            content,
            "",
            "page-news",
            "",
            "ข่าวประชาสัมพันธ์",
        )

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 3, i + 5, i - 3, i - 5) if 0 <= j < len(self.articles)
        ][:3]

    def node(self, a):
        url = f"{HOST}{a.path}"
        tools = f'<div class="node-tools"><span class="print-link"><a href="/print/{a.id}" title="แสดงหน้าสำหรับพิมพ์" rel="nofollow" class="print-page"><img src="{HOST}/sites/all/modules/print/icons/print_icon.png" alt="" /> ฉบับพิมพ์</a></span> <span class="print_mail"><a href="/printmail/{a.id}" title="ส่งหน้านี้ทางอีเมล" rel="nofollow" class="print-mail">ส่งต่อทางอีเมล</a></span> <span class="font-resize">ขนาดตัวอักษร <a href="#" class="text-smaller">ก-</a> <a href="#" class="text-reset">ก</a> <a href="#" class="text-bigger">ก+</a></span></div>'
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="{HOST}/sites/default/files/news/ag{a.id}.jpg" class="colorbox"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/large/public/news/ag{a.id}.jpg" width="480" height="360" alt="" /></a></div></div></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field-name-field-file field-type-file field-label-above"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><table class="sticky-enabled"><thead><tr><th>ไฟล์แนบ</th><th>ขนาด</th></tr></thead><tbody><tr class="odd"><td><span class="file"><img class="file-icon" alt="" title="application/pdf" src="{HOST}/modules/file/icons/application-pdf.png" /> <a href="{HOST}/sites/default/files/news/doc{a.id}.pdf" type="application/pdf; length=284113">doc{a.id}.pdf</a></span></td><td>277.45 KB</td></tr></tbody></table></div></div></div>'
        source = ""
        if a.source:
            source = f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="field-item {"even" if n % 2 == 0 else "odd"}"><a href="/taxonomy/term/{self.term_ids[t]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for n, t in enumerate(a.tags)
            )
            tags = f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><h3 class="field-label">แท็ก: </h3><ul class="links inline">{items}</ul></div>'
        share = f'<div class="a2a_kit a2a_default_style addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><span class="a2a-label">แชร์ข่าวนี้:</span> <a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share#url={url}">แชร์</a></div>'
        links = f'<div class="link-wrapper"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</span></li></ul></div>'
        return f"""<div id="node-{a.id}" class="node node-article node-promoted clearfix" about="{a.path}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
  <div class="meta submitted">
    <span class="submitted">ส่งโดย <span rel="sioc:has_creator"><span class="username" xml:lang="" about="/user/{LOGINS.index(a.extra["login"]) + 1}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{a.extra["login"]}</span></span> เมื่อ <span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime">{long_date(a.published)}</span></span>
  </div>
  <div class="content clearfix">
    {tools}
    {image}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
    {files}{source}{tags}
    {share}
  </div>
  {links}
</div>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        nav = '<div id="block-custom-prevnext" class="block block-prev-next"><div class="content"><ul class="prev-next-links">'
        if older:
            nav += f'<li class="prev"><span class="label">« ข่าวก่อนหน้า</span> <a href="{older.path}">{esc(older.title)}</a></li>'
        if newer:
            nav += f'<li class="next"><span class="label">ข่าวถัดไป »</span> <a href="{newer.path}">{esc(newer.title)}</a></li>'
        nav += "</ul></div></div>"
        rel = "".join(
            f'<li><a href="{r.path}">{esc(r.title)}</a> <span class="date">({list_date(r.published)})</span></li>'
            for r in self.related(a)
        )
        content = f"""{self.node(a)}
{nav}
<div id="block-views-related-news-block" class="block block-views"><h2>ข่าวที่เกี่ยวข้อง</h2><div class="content"><div class="item-list"><ul>{rel}</ul></div></div></div>"""
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<link rel="shortlink" href="{HOST}{a.path}" />
"""
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            ' » <a href="/news">ข่าวประชาสัมพันธ์</a>',
            f"page-node page-node-{a.id} node-type-article",
            head,
            esc(a.title),
        )

    def denied(self):
        content = """<div class="messages error"><h2 class="element-invisible">ข้อความแสดงข้อผิดพลาด</h2>คุณไม่มีสิทธิ์เข้าถึงหน้านี้ กรุณาเข้าสู่ระบบ</div>
<form action="/user/login?destination=node/1290" method="post" id="user-login" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name--2">ชื่อผู้ใช้ <span class="form-required">*</span></label><input type="text" id="edit-name--2" name="name" size="60" maxlength="60" class="form-text required" /><div class="description">ป้อนชื่อผู้ใช้ของคุณบน สำนักงานเกษตรจังหวัดอุทัยธานี</div></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass--2">รหัสผ่าน <span class="form-required">*</span></label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /><div class="description">ป้อนรหัสผ่านที่ตรงกับชื่อผู้ใช้ของคุณ</div></div><input type="hidden" name="form_id" value="user_login" /><div class="form-actions form-wrapper"><input type="submit" id="edit-submit--2" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form>"""
        return self.shell(
            f"ปฏิเสธการเข้าถึง | {OFFICE}",
            content,
            "",
            "page-node page-node-1290",
            "",
            "ปฏิเสธการเข้าถึง",
        )

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path.startswith("/node/") and path[6:].isdigit():
            nid = int(path[6:])
            if nid in self.by_id:
                return self.html_response(self.detail(self.by_id[nid]))
            if nid == DELETED_ID:
                return self.html_response(self.denied())
            return None
        if path in ("/rss.xml", "/news/feed"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{a.extra["login"]}</dc:creator><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}</link><description></description><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                long_date(a.published),
                f"ส่งโดย {a.extra['login']}",
                f"อ่าน {a.views} ครั้ง",
                "เพื่อแสดงความคิดเห็น",
                "แชร์ข่าวนี้",
                "ฉบับพิมพ์",
                "ส่งต่อทางอีเมล",
                "ขนาดตัวอักษร",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ขอรหัสผ่านใหม่",
                "สร้างบัญชีผู้ใช้ใหม่",
                SITE_COUNTER,
                SLOGAN,
                POLL_Q,
                "ถนนศรีอุทัย อำเภอเมือง",
                "Danang Probo Sayekti",
                "ทำเนียบผู้บริหาร",
            ]
            if a.extra["file"]:
                must_not += [f"doc{a.id}.pdf", "277.45 KB"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = DanlandSite()

if __name__ == "__main__":
    main(SITE)
