"""Blind-7 red-team site: Liferay DXP 7.4 portal of a ministry department, built blind.

What it imitates:
- Liferay chrome: `#wrapper`, `header#banner`, `nav#navigation`, control-less guest view with a
  "ลงชื่อเข้าใช้" link to `/c/portal/login`, `section.portlet` boundaries with long portlet ids,
  `Liferay.` JS globals, same `<title>` pattern "ข่าวประชาสัมพันธ์ - กรม..." on the listing;
- the listing is a page `/web/guest/news` with an Asset Publisher portlet (abstracts, 8 per page)
  whose pager links carry the portlet namespace: `?p_p_id=…_INSTANCE_nwpr&p_p_lifecycle=0&…
  _delta=8&…_resetCur=false&…_cur=N` (`ul.pagination`, "ก่อนหน้า" / "ถัดไป", "แสดง 1 ถึง 8 จาก
  22 รายการ", a page-size dropdown "รายการต่อหน้า");
- articles are web contents shown through a display page template at friendly URLs
  `/web/guest/w/pr-2567-034`; the FreeMarker template prints the structure's date field with
  Java's th_TH locale (Thai month, *Christian* year: "15 กุมภาพันธ์ 2024", "เวลา 10:30 น."
  when the editor set a time), "จำนวนผู้เข้าชม : 87" (the asset's view count), "แก้ไขล่าสุด : …"
  (the article's modified date, only when edited), the body field, "ที่มา :" field, asset tags
  "แท็ก", share bar "แบ่งปัน", print, ratings "ให้คะแนน" and "เนื้อหาที่เกี่ยวข้อง"
  (asset links) inside the same journal-content portlet; breadcrumb ending in the headline;
  a second Asset Publisher "ข่าวล่าสุด" in the right column;
- the deleted item: its display page still exists but the journal content portlet prints
  "เนื้อหาเว็บที่เลือกไม่มีอยู่อีกต่อไป" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, esc, expected_record, main, paginate, qs1
from .b7_common import build, ce_full, hm, neighbours, on_page

SITE_NAME = "กรมส่งเสริมการปกครองท้องถิ่น"
SOURCES = ["กลุ่มงานประชาสัมพันธ์ สำนักงานเลขานุการกรม", None, "ศูนย์สารสนเทศเพื่อการบริหาร", None]
PER_PAGE = 8
LISTING = "/web/guest/news"
NS = "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_nwpr"
PID = NS.strip("_")
DELETED = "/web/guest/w/pr-2567-025"


def page_url(n: int, amp: str = "&") -> str:
    """Liferay's search-container iterator URL for page n (1-based)."""
    return (
        f"{LISTING}?p_p_id={PID}{amp}p_p_lifecycle=0{amp}p_p_state=normal{amp}p_p_mode=view"
        f"{amp}{NS}_delta={PER_PAGE}{amp}{NS}_resetCur=false{amp}{NS}_cur={n}"
    )


class LiferaySite(BaseSite):
    key = "b7_liferay_portal"
    family = "generic"
    imitates = "Liferay DXP 7.4 ministry portal: Asset Publisher listing with p_p_id/_cur/_delta pager, display-page URLs /web/guest/w/pr-2567-034, Java th_TH dates '15 กุมภาพันธ์ 2024' (CE), 'จำนวนผู้เข้าชม : 87', 'แก้ไขล่าสุด' when edited, 'ที่มา :', tags, share, ratings and related assets inside the journal-content portlet"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 22, 3, SOURCES, dt.datetime(2024, 2, 20, 16, 0), first_id=0, step=2
        )
        for a in self.articles:
            a.path = f"/web/guest/w/pr-2567-{a.id:03d}"
            if a.modified and a.modified.date() == a.published.date():
                a.modified = None  # the template prints the date only: same-day edits vanish
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LISTING] + [page_url(k + 1) for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return self.articles[i + 1 : i + 4] or self.articles[:3]

    def date_line(self, a):
        s = ce_full(a.published)
        if a.time_printed:
            s += f" เวลา {hm(a.published)} น."
        return s

    def shell(self, base, title, body_html):
        latest = "".join(
            f'<li class="list-group-item"><a href="{base}{x.path}">{esc(x.title)}</a><div class="text-secondary small">{ce_full(x.published)}</div></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="th-TH">
<head>
<title>{esc(title)} - {SITE_NAME}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{base}/o/dla-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{base}/o/dla-theme/css/clay.css?browserId=chrome&amp;themeId=dlatheme_WAR_dlatheme&amp;languageId=th_TH&amp;t=1706000000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{}};
Liferay.ThemeDisplay = {{getLanguageId: function() {{return "th_TH";}}, getPathMain: function() {{return "/c";}}, getScopeGroupId: function() {{return "20121";}}, isSignedIn: function() {{return false;}}}};
Liferay.authToken = 'Xb2pQm7K';
// ]]>
</script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div class="topbar"><div class="container"><span class="font-size">ขนาดตัวอักษร <a href="#">ก-</a> <a href="#">ก</a> <a href="#">ก+</a></span> <a href="{base}/en/web/guest">EN</a> <a data-redirect="false" href="{base}/c/portal/login?p_l_id=35" id="sign-in" rel="nofollow">ลงชื่อเข้าใช้</a></div></div>
<div class="container"><a class="logo custom-logo" href="{base}/web/guest" title="ไปที่ {SITE_NAME}"><img alt="" height="90" src="{base}/image/layout_set_logo?img_id=40571&amp;t=1706" width="90" /></a> <span class="site-name" title="ไปที่ {SITE_NAME}">{SITE_NAME}</span></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="หน้าเว็บไซต์" role="menubar"><li role="presentation"><a href="{base}/web/guest/home" role="menuitem"><span>หน้าหลัก</span></a></li><li class="selected" role="presentation"><a aria-labelledby="layout_36" href="{base}{LISTING}" role="menuitem"><span>ข่าวประชาสัมพันธ์</span></a></li><li role="presentation"><a href="{base}/web/guest/procurement" role="menuitem"><span>ประกาศจัดซื้อจัดจ้าง</span></a></li><li role="presentation"><a href="{base}/web/guest/contact" role="menuitem"><span>ติดต่อเรา</span></a></li></ul></nav>
</header>
<section class="flex-fill" id="content">
<div class="columns-2-r" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{body_html}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_latest_"><span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_latest"></span><section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_latest"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">ข่าวล่าสุด</h2></div></div><div class="portlet-content-container"><div class="portlet-body"><ul class="list-group">{latest}</ul></div></div></div></section></div>
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-barebone" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_stat_"><section class="portlet"><div class="portlet-content"><div class="journal-content-article"><p><strong>สถิติผู้เข้าชมเว็บไซต์</strong></p><p>วันนี้ 1,204 คน<br />เดือนนี้ 38,551 คน<br />ทั้งหมด 2,944,107 คน</p></div></div></section></div>
</div></div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo"><div class="container"><p>{SITE_NAME} ถนนนครราชสีมา เขตดุสิต กรุงเทพฯ 10300 โทรศัพท์ 0 2241 9000</p><p class="powered-by">ขับเคลื่อนโดย <a href="http://www.liferay.com" rel="external">Liferay</a></p></div></footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('{PID}');
Liferay.on('allPortletsReady', function() {{}});
// ]]>
</script>
</body>
</html>
"""

    def portlet(self, pid, title, inner, barebone=False):
        head = (
            ""
            if barebone
            else f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{title}</h2></div></div>'
        )
        return f"""<div class="portlet-boundary portlet-boundary_{pid.split("_INSTANCE")[0]}_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_{pid}_"><span id="p_{pid}"></span><section class="portlet" id="portlet_{pid}"><div class="portlet-content">{head}<div class="portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<div class="asset-abstract"><span class="asset-anchor lfr-asset-anchor" id="{40000 + a.id * 7}"></span><div class="lfr-meta-actions asset-actions"></div><h4 class="asset-title"><a href="{base}{a.path}">{esc(a.title)}</a></h4><div class="asset-content"><div class="asset-summary"><div class="aspect-ratio"><img alt="" class="asset-small-image" src="{base}/documents/20121/0/pr{a.id}.jpg/{a.id:04d}-ab12?t=1706" /></div>{esc(a.paras[0][:180])}...</div><div class="asset-more"><a href="{base}{a.path}">อ่านเพิ่มเติม <span class="hide-accessible">เกี่ยวกับ {esc(a.title)}</span> »</a></div></div><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{ce_full(a.published)}</span><span class="metadata-entry metadata-view-count">{a.views:,} การดู</span></div></div>"""
            )
            if n == 1 and k == 3:
                items.append(
                    f"""<div class="asset-abstract"><div class="lfr-meta-actions asset-actions"></div><h4 class="asset-title"><a href="{base}{DELETED}">ขอเชิญชวนร่วมกิจกรรมวันท้องถิ่นไทย ประจำปี 2567</a></h4><div class="asset-content"><div class="asset-summary"></div></div></div>"""
                )
        last = len(self.pages)

        def href(k):  # k 1-based
            return f"{base}{page_url(k, '&amp;')}"

        lis = [
            f'<li class="page-item{" disabled" if n == 0 else ""}"><a class="page-link" href="{href(n) if n > 0 else "javascript:void(0);"}"><span class="lexicon-icon-angle-left">ก่อนหน้า</span></a></li>'
        ]
        for k in range(1, last + 1):
            lis.append(
                f'<li class="page-item active"><a aria-current="page" class="page-link" href="{href(k)}">{k}</a></li>'
                if k == n + 1
                else f'<li class="page-item"><a class="page-link" href="{href(k)}">{k}</a></li>'
            )
        lis.append(
            f'<li class="page-item{" disabled" if n == last - 1 else ""}"><a class="page-link" href="{href(n + 2) if n < last - 1 else "javascript:void(0);"}"><span class="lexicon-icon-angle-right">ถัดไป</span></a></li>'
        )
        first = n * PER_PAGE + 1
        lastn = min((n + 1) * PER_PAGE, len(self.articles))
        pager = f"""<div class="pagination-bar"><div class="dropdown pagination-items-per-page"><a aria-expanded="false" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:void(0);">{PER_PAGE} รายการ<span class="sr-only">&nbsp;รายการต่อหน้า</span></a></div><div class="pagination-results">แสดง {first} ถึง {lastn} จาก {len(self.articles)} รายการ</div><ul class="pagination">{"".join(lis)}</ul></div>"""
        body = self.portlet(
            PID,
            "ข่าวประชาสัมพันธ์",
            f'<div class="asset-publisher">{"".join(items)}</div><div class="taglib-page-iterator" id="{NS}_ocerSearchContainerPageIterator">{pager}</div>',
        )
        return self.html_response(self.shell(base, "ข่าวประชาสัมพันธ์", body))

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        u = f"{base}{a.path}"
        text = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        meta = f'<li><span class="icon-calendar"></span> {self.date_line(a)}</li><li><span class="icon-eye-open"></span> จำนวนผู้เข้าชม : {a.views:,}</li>'
        if a.modified:
            meta += f'<li class="text-muted">แก้ไขล่าสุด : {ce_full(a.modified)}</li>'
        src = (
            f'<div class="news-source"><strong>ที่มา :</strong> {esc(a.source)}</div>'
            if a.source
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="taglib-asset-tags-summary"><span class="taglib-text">แท็ก</span> '
                + "".join(
                    f'<a class="badge badge-default badge-sm" href="{base}/web/guest/search?tag={esc(t)}">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        rel = "".join(
            f'<li class="list-group-item"><a href="{base}{x.path}">{esc(x.title)}</a> <small>{ce_full(x.published)}</small></li>'
            for x in self.related(a)
        )
        nav = ""
        if older:
            nav += f'<a class="btn btn-link" href="{base}{older.path}">« ข่าวก่อนหน้า</a>'
        if newer:
            nav += f'<a class="btn btn-link float-right" href="{base}{newer.path}">ข่าวถัดไป »</a>'
        inner = f"""<div class="journal-content-article" data-analytics-asset-id="{40000 + a.id * 7}" data-analytics-asset-title="{esc(a.title)}" data-analytics-asset-type="web-content">
<div class="news-detail">
<h1 class="news-title">{esc(a.title)}</h1>
<ul class="news-meta list-inline">{meta}</ul>
<div class="news-image"><img alt="" class="img-fluid" src="{base}/documents/20121/0/pr{a.id}.jpg/{a.id:04d}-ab12?t=1706" /></div>
<div class="news-content">{text}</div>
{src}
{tags}
<div class="social-share"><span>แบ่งปัน</span> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank">LINE</a> <a class="share-twitter" href="https://twitter.com/intent/tweet?url={u}" target="_blank">Twitter</a> <a class="print" href="javascript:window.print();">พิมพ์</a></div>
</div>
</div>
<div class="taglib-ratings stars"><span class="rating-label">ให้คะแนน</span> <span class="rating-score">(0 โหวต)</span></div>
<div class="asset-links"><h3 class="asset-links-title">เนื้อหาที่เกี่ยวข้อง</h3><ul class="list-group">{rel}</ul></div>
<div class="news-nav clearfix">{nav}</div>"""
        crumbs = f'<nav aria-label="เส้นทาง" id="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}/web/guest/home" title="หน้าหลัก"><span class="breadcrumb-text-truncate">หน้าหลัก</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}{LISTING}" title="ข่าวประชาสัมพันธ์"><span class="breadcrumb-text-truncate">ข่าวประชาสัมพันธ์</span></a></li><li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(a.title)}</span></li></ol></nav>'
        body = crumbs + self.portlet(
            "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_dp01",
            "",
            inner,
            barebone=True,
        )
        return self.html_response(self.shell(base, a.title, body))

    def deleted(self, base):
        inner = '<div class="alert alert-danger">เนื้อหาเว็บที่เลือกไม่มีอยู่อีกต่อไป</div>'
        body = self.portlet(
            "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_dp01",
            "",
            inner,
            barebone=True,
        )
        return self.html_response(self.shell(base, "ข่าวประชาสัมพันธ์", body))

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + "/web/guest/home"}, b""
        if path == LISTING:
            if qs1(query, "p_p_id") == PID:
                cur = qs1(query, f"{NS}_cur", "1")
                return self.listing(base, int(cur) - 1) if cur.isdigit() else None
            return self.listing(base, 0)
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "จำนวนผู้เข้าชม",
                "แก้ไขล่าสุด",
                "แบ่งปัน",
                "ให้คะแนน",
                "เนื้อหาที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "สถิติผู้เข้าชมเว็บไซต์",
                "ลงชื่อเข้าใช้",
                "ขับเคลื่อนโดย",
            ] + [x.title for x in self.related(a)]
            out.append(expected_record(a, modified_time=False, must_not=on_page(self, a, must_not)))
        return out


SITE = LiferaySite()

if __name__ == "__main__":
    main(SITE)
