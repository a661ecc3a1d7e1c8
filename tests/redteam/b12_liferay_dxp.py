"""Blind-12 red-team site: Liferay DXP 7.4 (Classic theme) of a ministry department
(กรมส่งเสริมสหกรณ์), built blind.

What it imitates:
- a content page `/web/guest/news` whose Asset Publisher (portlet chrome: `portlet-boundary`,
  `section.portlet`, `portlet-header` "ข่าวประชาสัมพันธ์") lists abstracts ("16/2/2567", Java's
  th_TH short date: **Buddhist calendar**, d/M/yyyy) with Clay pagination
  `?p_p_id=<portlet>&p_p_lifecycle=0&...&_<portlet>_delta=10&_<portlet>_cur=N`
  ("แสดง 11 ถึง 20 จาก 24 รายการ", "10 รายการ" page-size dropdown, sr-only "ก่อนหน้า"/"ถัดไป");
- the full-content view at the unicode friendly URL `/web/guest/-/<thai-url-title>`, headline
  only in `p.component-title.h4 > span.asset-title` (beside a "‹" back link), `<title>` =
  "headline - ข่าวประชาสัมพันธ์ - กรมส่งเสริมสหกรณ์";
- the journal template (FreeMarker) output in `div.journal-content-article`: the display date
  "วันศุกร์ที่ 16 กุมภาพันธ์ 2567" (BE) plus "เวลา 10:30 น." for items whose time was entered,
  the text, and a structure field "แหล่งข่าว :" for some; "ภาพกิจกรรม" gallery captions;
- asset furniture around it: "พิมพ์", social bookmarks "แบ่งปัน", ratings "ให้คะแนน",
  "เนื้อหาที่เกี่ยวข้อง", metadata "แก้ไขล่าสุด 20/2/2567" (date only, every item),
  "เข้าชม 1,234 ครั้ง", tag badges; comments "ความคิดเห็น" with "ลงชื่อเข้าใช้";
- sidebar "ข่าวล่าสุด" (titles) and "สถิติผู้เข้าชม", a cookie banner;
- the expired article's friendly URL: the portlet with "เนื้อหาเว็บที่เลือกหมดอายุแล้ว" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b12_common import (
    B9Site,
    build,
    hm,
    href,
    java_short_th,
    neighbours,
    record,
    unicode_slug,
    weekday_full_be,
)

SITE_NAME = "กรมส่งเสริมสหกรณ์"
PID = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_kq3vTbXy8mZr"
SOURCES = ["กองประชาสัมพันธ์ กรมส่งเสริมสหกรณ์", None, "สำนักงานสหกรณ์จังหวัดขอนแก่น", None, None]
DELETED_TITLE = "ประกาศรับสมัครคัดเลือกสหกรณ์ดีเด่นแห่งชาติ ประจำปี 2567 (ยกเลิก)"
DELETED = "/web/guest/-/" + unicode_slug(DELETED_TITLE)


class LiferaySite(B9Site):
    key = "b12_liferay_dxp"
    family = "generic"
    imitates = "Liferay DXP 7.4 Classic: Asset Publisher /web/guest/news with ?p_p_id=...&_<portlet>_cur=N, full content at /web/guest/-/<thai url title>, headline only in p.component-title span.asset-title, journal template date 'วันศุกร์ที่ 16 กุมภาพันธ์ 2567' (+ 'เวลา 10:30 น.' for some), 'แหล่งข่าว :' structure field for some, asset metadata 'แก้ไขล่าสุด 20/2/2567' (every item) / 'เข้าชม 1,234 ครั้ง' / tag badges, print, share, ratings, related assets, comments; expired item = 'เนื้อหาเว็บที่เลือกหมดอายุแล้ว' (200)"
    listing_path = "/web/guest/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 3, SOURCES, dt.datetime(2024, 9, 20, 15, 0), first_id=48211, step=7
        )
        for a in self.articles:
            a.path = "/web/guest/-/" + unicode_slug(a.title)
            a.modified = a.modified or a.published
        self.setup_routes()

    def page_url(self, k):
        if k == 0:
            return "/web/guest/news"
        return f"/web/guest/news?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_{PID}_delta=10&p_r_p_resetCur=false&_{PID}_cur={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ chrome

    def shell(self, title, canonical, main_html):
        latest = "".join(
            f'<li class="list-group-item"><a href="{href(a.path)}">{esc(a.title)}</a><div class="text-secondary small">{java_short_th(a.published)}</div></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="th-TH">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<script data-senna-track="permanent" src="/o/frontend-js-lodash-web/lodash/lodash.js" type="text/javascript"></script>
<link data-senna-track="temporary" href="{href(canonical)}" rel="canonical" />
<link data-senna-track="temporary" href="{href(canonical)}" hreflang="th-TH" rel="alternate" />
<meta property="og:locale" content="th_TH">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:title" content="{esc(title)}">
<link href="/o/classic-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/classic-theme/css/clay.css?browserId=chrome&amp;themeId=classic_WAR_classictheme&amp;languageId=th_TH&amp;t=1707011445000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{}};
var themeDisplay = {{getLanguageId: function() {{ return "th_TH"; }}, getPathThemeImages: function() {{ return "/o/classic-theme/images"; }}, getScopeGroupId: function() {{ return "20121"; }}, isSignedIn: function() {{ return false; }}}};
// ]]>
</script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="ลิงก์ด่วน" class="bg-dark cadmin quick-access-nav text-center text-white" id="kpqu_quickAccessNav"><a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">ข้ามไปยังเนื้อหาหลัก</a></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner">
<div class="navbar navbar-classic navbar-top py-3"><div class="container-fluid container-fluid-max-xl user-personal-bar"><div class="align-items-center autofit-row">
<a class="logo custom-logo align-items-center d-flex mr-4" href="/web/guest" title="ไปที่ {SITE_NAME}"><img alt="" class="mr-2" height="64" src="/image/layout_set_logo?img_id=41205&amp;t=1707011445000" width="64" /><h2 class="font-weight-bold h2 mb-0 text-dark" role="heading" aria-level="1">{SITE_NAME}</h2></a>
<div class="autofit-col autofit-col-expand"><div class="justify-content-md-end mr-4 navbar-form" role="search"><form action="/web/guest/search" method="get"><input class="form-control input-group-inset" name="q" placeholder="ค้นหา..." type="text" /><button class="btn btn-unstyled" type="submit"><span class="sr-only">ส่ง</span></button></form></div></div>
<div class="autofit-col"><span class="sign-in text-default" role="presentation"><a href="/c/portal/login?p_l_id=41&amp;redirect=%2Fweb%2Fguest%2Fnews" class="sign-in text-default" data-redirect="false" rel="nofollow"><span class="sticker sticker-default sticker-circle"><svg class="lexicon-icon lexicon-icon-user"><use xlink:href="/o/classic-theme/images/clay/icons.svg#user"></use></svg></span><span class="taglib-text-icon">ลงชื่อเข้าใช้</span></a></span></div>
</div></div></div>
<div class="navbar navbar-classic navbar-expand-md navbar-light pb-3"><div class="container-fluid container-fluid-max-xl">
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="หน้าเว็บไซต์" class="navbar-nav" role="menubar">
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link text-truncate" href="/web/guest/home" role="menuitem"><span class="text-truncate">หน้าแรก</span></a></li>
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link text-truncate" href="/web/guest/about" role="menuitem"><span class="text-truncate">เกี่ยวกับกรม</span></a></li>
<li class="lfr-nav-item nav-item selected active" role="presentation"><a aria-current="page" class="nav-link text-truncate" href="/web/guest/news" role="menuitem"><span class="text-truncate">ข่าวประชาสัมพันธ์</span></a></li>
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link text-truncate" href="/web/guest/ita" role="menuitem"><span class="text-truncate">ITA</span></a></li>
<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link text-truncate" href="/web/guest/contact" role="menuitem"><span class="text-truncate">ติดต่อเรา</span></a></li>
</ul></nav></div></div>
</header>
<section class="flex-fill" id="content">
<h2 class="sr-only" role="heading" aria-level="1">ข่าวประชาสัมพันธ์</h2>
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static portlet-static-end portlet-barebone portlet-breadcrumb" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_x1_"><span id="p_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_x1"></span><section class="portlet" id="portlet_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_x1"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body"><nav aria-label="เส้นทาง" id="_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_x1_breadcrumbs-defaultScreen"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest/home"><span class="breadcrumb-text-truncate">{SITE_NAME}</span></a></li><li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">ข่าวประชาสัมพันธ์</span></li></ol></nav></div></div></div></section></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_{PID}_"><span id="p_{PID}"></span>
<section class="portlet" id="portlet_{PID}"><div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">ข่าวประชาสัมพันธ์</h2></div><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
{main_html}
</div></div></div></section></div>
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_lat3st_"><section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_lat3st"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">ข่าวล่าสุด</h2></div></div><div class=" portlet-content-container"><div class="portlet-body"><ul class="list-group">{latest}</ul></div></div></div></section></div>
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-decorate portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_stat_"><section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_stat"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">สถิติผู้เข้าชม</h2></div></div><div class=" portlet-content-container"><div class="portlet-body"><div class="journal-content-article"><table class="table table-sm"><tr><td>วันนี้</td><td>1,208</td></tr><tr><td>เดือนนี้</td><td>38,417</td></tr><tr><td>ทั้งหมด</td><td>2,904,551</td></tr></table></div></div></div></div></section></div>
</div></div>
</div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container-fluid container-fluid-max-xl"><div class="row"><div class="col-md-8"><p class="font-weight-bold">{SITE_NAME}</p><p>12 ถนนกรุงเกษม แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100 โทร. 0 2628 5240</p></div><div class="col-md-4 text-md-right"><p>Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p></div></div></div></footer>
</div></div>
<div class="cookies-banner-bottom" role="dialog" aria-label="แบนเนอร์คุกกี้"><div class="container-fluid container-fluid-max-xl"><div class="row"><div class="col-md-8"><p class="cookies-banner-content">เว็บไซต์นี้ใช้คุกกี้เพื่อปรับปรุงประสบการณ์การใช้งานของคุณ <a href="/web/guest/cookie-policy">นโยบายคุกกี้</a></p></div><div class="col-md-4"><button class="btn btn-secondary btn-sm" type="button">กำหนดค่า</button> <button class="btn btn-primary btn-sm" type="button">ยอมรับทั้งหมด</button></div></div></div></div>
<script type="text/javascript">AUI().use("liferay-menu", "liferay-notice", "liferay-poller", function(A) {{ Liferay.Menu.register(); }});</script>
</body>
</html>"""

    # ------------------------------------------------------------------ listing

    def abstract(self, path, title, d, summary):
        return f"""<div class="asset-abstract mb-5">
<div class="autofit-row"><div class="autofit-col autofit-col-expand"><h4 class="component-title"><a href="{href(path)}">{esc(title)}</a></h4></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{java_short_th(d)}</span></div>
<div class="asset-content"><div class="asset-summary">{esc(summary)}</div><div class="asset-more"><a href="{href(path)}">อ่านเพิ่มเติม<span class="hide-accessible sr-only">เกี่ยวกับ {esc(title)}</span> »</a></div></div>
</div>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.abstract(a.path, a.title, a.published, a.paras[0][:180] + "..."))
            if k == 1 and j == 3:
                items.append(
                    self.abstract(
                        DELETED,
                        DELETED_TITLE,
                        dt.datetime(2024, 6, 3, 9),
                        "กรมส่งเสริมสหกรณ์ประกาศรับสมัครคัดเลือกสหกรณ์ดีเด่นแห่งชาติ...",
                    )
                )
        n = len(self.pages)
        total = len(self.articles)
        first, last = k * self.per_page + 1, min((k + 1) * self.per_page, total)
        lis = []
        prev = href(self.page_url(k - 1)) if k else "javascript:void(0)"
        lis.append(
            f'<li class="page-item{" disabled" if not k else ""}"><a class="page-link" href="{prev}"><svg class="lexicon-icon lexicon-icon-angle-left"><use xlink:href="/o/classic-theme/images/clay/icons.svg#angle-left"></use></svg><span class="sr-only">ก่อนหน้า</span></a></li>'
        )
        for i in range(n):
            act = " active" if i == k else ""
            lis.append(
                f'<li class="page-item{act}"><a class="page-link" href="{href(self.page_url(i))}">{i + 1}</a></li>'
            )
        nxt = href(self.page_url(k + 1)) if k < n - 1 else "javascript:void(0)"
        lis.append(
            f'<li class="page-item{" disabled" if k == n - 1 else ""}"><a class="page-link" href="{nxt}"><svg class="lexicon-icon lexicon-icon-angle-right"><use xlink:href="/o/classic-theme/images/clay/icons.svg#angle-right"></use></svg><span class="sr-only">ถัดไป</span></a></li>'
        )
        bar = f"""<div class="pagination-bar" data-qa-id="paginator"><div class="dropdown pagination-items-per-page"><a aria-expanded="false" aria-haspopup="true" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:void(0);">10 รายการ<svg class="lexicon-icon lexicon-icon-caret-double-l"><use xlink:href="/o/classic-theme/images/clay/icons.svg#caret-double-l"></use></svg></a><ul class="dropdown-menu dropdown-menu-top"><li><a class="dropdown-item" href="{href(self.page_url(0))}">10</a></li><li><a class="dropdown-item" href="javascript:void(0);">20</a></li></ul></div><div class="pagination-results">แสดง {first} ถึง {last} จาก {total} รายการ</div><ul class="pagination">{"".join(lis)}</ul></div>"""
        main_html = f'<div class="asset-abstracts">{"".join(items)}</div>\n{bar}'
        return self.shell(f"ข่าวประชาสัมพันธ์ - {SITE_NAME}", self.page_url(k), main_html)

    # ------------------------------------------------------------------ detail

    def detail(self, a):
        when = weekday_full_be(a.published)
        if a.time_printed:
            when += f' <span class="news-time">เวลา {hm(a.published)} น.</span>'
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = (
            f'<div class="news-source"><span class="field-label">แหล่งข่าว :</span> <span class="field-value">{esc(a.source)}</span></div>'
            if a.source
            else ""
        )
        older, newer = neighbours(self.articles, a)
        related = [x for x in (older, newer) if x]
        rel = "".join(
            f'<li class="list-group-item"><a class="asset-link" href="{href(x.path)}"><svg class="lexicon-icon lexicon-icon-web-content"></svg> {esc(x.title)}</a></li>'
            for x in related
        )
        tags = "".join(
            f'<a class="badge badge-default badge-sm" href="/web/guest/news/-/asset_publisher/kq3vTbXy8mZr/tag/{esc(t)}"><span class="badge-item badge-item-expand">{esc(t)}</span></a>'
            for t in a.tags
        )
        main_html = f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title" data-fragments-editor-item-id="{a.id}" data-fragments-editor-item-type="fragments-editor-mapped-item">
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="header-back-to lfr-portal-tooltip" title="กลับ"><a class="icon-monospaced text-secondary" href="/web/guest/news" title="กลับ">‹</a></span> <span class="asset-title d-inline">{esc(a.title)}</span></p></div>
<span class="asset-anchor lfr-asset-anchor" id="{a.id}"></span>
<div class="asset-content mb-3">
<div class="journal-content-article" data-analytics-asset-id="{a.id}" data-analytics-asset-title="{esc(a.title)}" data-analytics-asset-type="web-content">
<div class="news-detail">
<div class="news-date"><i class="icon-calendar"></i> {when}</div>
<div class="news-image"><img alt="" class="img-fluid" src="/documents/20121/0/news-{a.id}.jpg/{a.id:x}-cover?t=1707011445000" /></div>
<div class="news-content">{paras}</div>
{source}
<div class="news-gallery"><h5>ภาพกิจกรรม</h5><div class="row"><div class="col-4"><img alt="ภาพกิจกรรม 1" class="img-fluid" src="/documents/20121/0/g{a.id}-1.jpg" /></div><div class="col-4"><img alt="ภาพกิจกรรม 2" class="img-fluid" src="/documents/20121/0/g{a.id}-2.jpg" /></div></div></div>
</div>
</div>
</div>
<div class="asset-user-actions"><div class="print-action"><a class="lfr-portal-tooltip" href="javascript:{PID}_printPage_0();" title="พิมพ์ {esc(a.title)}"><svg class="lexicon-icon lexicon-icon-print"></svg><span class="taglib-icon-label">พิมพ์</span></a></div></div>
<div class="separator"><!-- --></div>
<div class="asset-social-bookmarks"><div class="taglib-social-bookmarks"><span class="sr-only">แบ่งปัน</span><a class="btn btn-outline-secondary btn-sm" href="https://www.facebook.com/sharer/sharer.php?u={href(a.path)}" title="แบ่งปันบน Facebook">Facebook</a> <a class="btn btn-outline-secondary btn-sm" href="https://twitter.com/intent/tweet?url={href(a.path)}" title="แบ่งปันบน X">X</a> <a class="btn btn-outline-secondary btn-sm" href="https://social-plugins.line.me/lineit/share?url={href(a.path)}" title="แบ่งปันบน LINE">LINE</a></div></div>
<div class="asset-ratings"><div class="taglib-ratings stars"><span class="rating-label">ให้คะแนน</span> <span class="sr-only">ค่าเฉลี่ย (0 คะแนน)</span><button class="btn btn-monospaced btn-sm" title="ให้คะแนน 1 ดาว">★</button><button class="btn btn-monospaced btn-sm" title="ให้คะแนน 2 ดาว">★</button><button class="btn btn-monospaced btn-sm" title="ให้คะแนน 3 ดาว">★</button></div></div>
<div class="asset-links"><h2 class="asset-links-title h5">เนื้อหาที่เกี่ยวข้อง</h2><ul class="list-group">{rel}</ul></div>
<div class="asset-metadata"><span class="metadata-entry metadata-modified-date">แก้ไขล่าสุด {java_short_th(a.modified)}</span> <span class="metadata-entry metadata-view-count">เข้าชม {a.views:,} ครั้ง</span> <span class="metadata-entry metadata-tags"><span class="taglib-asset-tags-summary">{tags}</span></span></div>
<div class="asset-discussion"><div class="taglib-discussion"><h3 class="h4 text-secondary text-uppercase">ความคิดเห็น</h3><div class="lfr-discussion-form-container"><p class="text-secondary">ยังไม่มีความคิดเห็น</p><a class="btn btn-secondary btn-sm" href="/c/portal/login?redirect={href(a.path)}">กรุณาลงชื่อเข้าใช้เพื่อแสดงความคิดเห็น</a></div></div></div>
</div>"""
        return self.shell(f"{a.title} - ข่าวประชาสัมพันธ์ - {SITE_NAME}", a.path, main_html)

    def deleted(self):
        main_html = """<div class="alert alert-danger"><strong class="lead">ข้อผิดพลาด:</strong>เนื้อหาเว็บที่เลือกหมดอายุแล้ว</div>
<div class="asset-full-content clearfix mb-5 default-asset-publisher"><p class="component-title h4"><span class="header-back-to lfr-portal-tooltip" title="กลับ"><a class="icon-monospaced text-secondary" href="/web/guest/news" title="กลับ">‹</a></span></p></div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ - {SITE_NAME}", DELETED, main_html)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ภาพกิจกรรม",
                "แบ่งปัน",
                "ให้คะแนน",
                "เนื้อหาที่เกี่ยวข้อง",
                "แก้ไขล่าสุด",
                "เข้าชม",
                "ความคิดเห็น",
                "ลงชื่อเข้าใช้",
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                "ยอมรับทั้งหมด",
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not, modified_time=False))
        return out


SITE = LiferaySite()

if __name__ == "__main__":
    main(SITE)
