"""Blind-6 red-team site: a department's public site on SharePoint Server 2013 publishing
(a custom master page on the Seattle layout), built blind.

What it imitates:
- one `form#aspnetForm` per page, `__VIEWSTATE`, `__REQUESTDIGEST`, `#s4-workspace`,
  `#s4-bodyContainer`, `#DeltaPlaceHolderMain`, `MicrosoftSharePointTeamServices` and
  `SPRequestGuid` headers, `<title>` with SharePoint's whitespace, `/_layouts/15/` assets;
- publishing pages in the Pages library: `/th/News/Pages/News2567_015.aspx`;
- the news listing `/th/News/Pages/default.aspx`: an XSLT list view of the Pages library
  (`table.ms-listviewtable`, `a.ms-listlink`, "วันที่ข่าว" column `15/2/2567`) whose paging
  is SharePoint's own: the next/previous arrows are `href="javascript:"` anchors with
  `onclick="javascript:RefreshPageTo(event, &quot;\\u002fth\\u002fNews…?Paged=TRUE&amp;
  p_ArticleStartDate=…&amp;p_ID=57&amp;PageFirstRow=11&amp;View=%7B…%7D&quot;)"`, and a
  "1 - 10" range label; no numbered links;
- the article page layout: the site title bar `h1#pageTitle` ("ข่าวประชาสัมพันธ์ > headline"),
  `div.article-header` with the headline in the layout's `div.pageTitle` field (a `div`, not a
  heading), `div.article-date` "15/2/2567" (the date-only ArticleStartDate in the
  Thai Buddhist calendar: day/month/BE, no time), a captioned rollup image, the
  `div.ms-rtestate-field` rich-text body whose paragraphs start with a zero-width space
  (`&#8203;`, as SharePoint's editor leaves them), "ที่มา : …"; a "ลิงก์ที่เกี่ยวข้อง"
  summary-links web part and an "ข่าวอื่นๆ" content-query web part in web-part zones,
  share buttons "แบ่งปัน", footer with "จำนวนผู้เข้าชม"; no counter, no modified date;
- the deleted page: 200 from a custom page-not-found publishing page "ไม่พบหน้าที่ต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, be, esc, expected_record, main, paginate, qs1
from .b6_common import build

SITE_NAME = "กรมบัญชีกลาง"
SOURCES = ["กองกฎหมาย กรมบัญชีกลาง", None, "สำนักงานคลังจังหวัดเชียงใหม่", "กลุ่มงานประชาสัมพันธ์ กรมบัญชีกลาง"]
PER_PAGE = 10
LIST = "/th/News/Pages/default.aspx"
VIEW = "%7B9C3D1A2E-5B7F-4E21-8D0A-3F6B2C1E9A77%7D"
DELETED = "/th/News/Pages/News2567_004.aspx"
UTC = dt.UTC


def spdate(d: dt.datetime) -> str:
    return f"{d.day}/{d.month}/{be(d)}"


class SharePointSite(BaseSite):
    key = "b6_sharepoint_pages"
    family = "generic"
    imitates = "SharePoint 2013 publishing site: /th/News/Pages/News2567_015.aspx, XSLT list view with JavaScript-only RefreshPageTo paging (Paged=TRUE&p_ID=…&PageFirstRow=11), ArticleStartDate '15/2/2567' (date only), ms-rtestate-field body with zero-width spaces, 'ที่มา :'"
    listing_path = LIST

    def __init__(self):
        self.articles = build(
            self.key, 23, 18, SOURCES, dt.datetime(2024, 4, 30, 16, 0), first_id=30, step=2
        )
        n = len(self.articles)
        for i, a in enumerate(self.articles):
            a.tags = []
            a.modified = None
            a.extra["file"] = f"News{be(a.published)}_{n - i + 4:03d}"
            a.path = f"/th/News/Pages/{a.extra['file']}.aspx"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def page_query(self, k):
        """SharePoint's paging query for page k (0-based): the sort key and ID of the last item
        of page k-1 (newest first: p_ArticleStartDate descending)."""
        prev = self.pages[k - 1][-1]
        stamp = (
            prev.published.astimezone(UTC)
            .strftime("%Y%m%d %H:%M:%S")
            .replace(" ", "%20")
            .replace(":", "%3a")
        )
        return f"Paged=TRUE&p_ArticleStartDate={stamp}&p_ID={prev.id}&PageFirstRow={k * PER_PAGE + 1}&View={VIEW}"

    def listing_pages(self):
        return [LIST] + [f"{LIST}?{self.page_query(k)}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:5]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {
                "Content-Type": "text/html; charset=utf-8",
                "Cache-Control": "private, max-age=0",
                "X-SharePointHealthScore": "0",
                "SPRequestGuid": "4f1c9e9f-90a7-20c2-8d3e-6b1e0a7c2d11",
                "X-Powered-By": "ASP.NET",
                "MicrosoftSharePointTeamServices": "15.0.0.5023",
                "X-MS-InvokeApp": "1; RequireReadOnly",
            },
            text.encode("utf-8"),
        )

    def shell(self, action, title, title_area, main_html):
        req_path = action.replace("/", "\\u002f")
        form_action = action.rsplit("/", 1)[1]
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="th-TH" dir="ltr">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><title>
\t{esc(title)}
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1054/styles/Themable/corev15.css?rev=VY%2BwyEmZ4VeBNMq6%2BgwRaA%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/cgd/css/cgd-master.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZPbJbM8pqZa%2BpxYrHnJ8%2Bw%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=Ux5bKz3K2pS1qa6-7w0&amp;t=ffffffffad4b7194"></script>
<link rel="canonical" href="{action}" /></head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./{form_action}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8A3E5C2F0B9D7A41E6F2C8B3D1A9E7F4C2B6D8A0E3F5C7B9D1A3E5F7C9B2D4F6A8C0E2,05 Dec 2026 05:12:33 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzNjQ0OTQ3NjcPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAmYPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZSwgTWljcm9zb2Z0" />
</div>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="cgd-topbar"><div class="container"><a href="/th/Pages/default.aspx">หน้าหลัก</a> | <a href="/en/Pages/default.aspx">English</a> | <a href="/th/Pages/sitemap.aspx">แผนผังเว็บไซต์</a> | <span class="font-tools">ขนาดตัวอักษร <a href="#" onclick="cgdFont(-1);return false;">A-</a> <a href="#" onclick="cgdFont(0);return false;">A</a> <a href="#" onclick="cgdFont(1);return false;">A+</a></span></div></div>
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace"><div id="titleAreaRow" class="ms-tableRow">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><div id="DeltaSiteLogo"><a id="ctl00_onetidProjectPropertyTitleGraphic" title="{SITE_NAME}" class="ms-siteicon-a" href="/th"><img id="ctl00_onetidHeadbnnr2" class="ms-siteicon-img" name="onetidHeadbnnr0" src="/SiteAssets/logo-cgd.png" alt="{SITE_NAME}" /></a></div></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><div class="ms-breadcrumb-top"><div class="ms-core-navigation" role="navigation"><div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation"><div id="zz12_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox"><ul id="zz13_RootAspMenu" class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/th/Pages/default.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">หน้าหลัก</span></span></a></li><li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{LIST}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">ข่าวประชาสัมพันธ์</span><span class="ms-hidden">เลือกในปัจจุบัน</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/th/Announce/Pages/default.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">ประกาศ</span></span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/th/Pages/contact.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">ติดต่อเรา</span></span></a></li></ul></div></div></div></div>
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">{title_area}</span></h1></div>
</div></div></div>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
{main_html}
</div></div></div>
<div class="cgd-footer"><div class="container">{SITE_NAME} ถนนพระรามที่ 6 แขวงพญาไท เขตพญาไท กรุงเทพฯ 10400 โทรศัพท์ 0 2127 7000<br />จำนวนผู้เข้าชม 5,120,334 ครั้ง | นโยบายเว็บไซต์ | นโยบายการคุ้มครองข้อมูลส่วนบุคคล</div></div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fth\\u002fNews", webAbsoluteUrl: "https:\\u002f\\u002fwww.cgd.go.th\\u002fth\\u002fNews", siteAbsoluteUrl: "https:\\u002f\\u002fwww.cgd.go.th", serverRequestPath: "{req_path}", layoutsUrl: "_layouts\\u002f15", webTitle: "ข่าวประชาสัมพันธ์", webLanguage: 1054, currentLanguage: 1054, currentUICultureName: "th-TH", currentCultureName: "th-TH", userId: 0, alertsEnabled: false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'}};
//]]>
</script>
</form>
</body>
</html>
"""

    def listing(self, k):
        if not 0 <= k < len(self.pages):
            return None
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(
                f"""<tr class="ms-itmHoverEnabled ms-itmhover{" ms-alternating" if j % 2 else ""}" role="row" iid="{a.id},1"><td class="ms-cellstyle ms-vb-title"><div class="ms-vb ms-tableCell ms-list-TitleLink ms-vb-menuPadding itx" id="{a.id}" app="" ctxname="ctx43"><a class="ms-listlink ms-draggable" onfocus="OnLink(this)" href="{a.path}" onclick="EditLink2(this,43);return false;" target="_self">{esc(a.title)}</a></div></td><td class="ms-cellstyle ms-vb2"><nobr>{spdate(a.published)}</nobr></td></tr>"""
            )
            if k == 1 and j == 5:
                rows.append(
                    f"""<tr class="ms-itmHoverEnabled ms-itmhover" role="row" iid="9,1"><td class="ms-cellstyle ms-vb-title"><div class="ms-vb ms-tableCell ms-list-TitleLink ms-vb-menuPadding itx" id="9" app="" ctxname="ctx43"><a class="ms-listlink ms-draggable" onfocus="OnLink(this)" href="{DELETED}" onclick="EditLink2(this,43);return false;" target="_self">กรมบัญชีกลางแจ้งเวียนแนวทางปฏิบัติการเบิกจ่ายเงินสวัสดิการ</a></div></td><td class="ms-cellstyle ms-vb2"><nobr>{spdate(a.published)}</nobr></td></tr>"""
                )
        last = len(self.pages) - 1

        def js(q):
            u = (LIST + "?" + q).replace("/", "\\u002f").replace("&", "&amp;")
            return f"javascript:RefreshPageTo(event, &quot;{u}&quot;);javascript:return false;"

        prev = ""
        if k > 0:
            # SharePoint's "previous" link carries PagedPrev with the first item of this page
            first = self.pages[k][0]
            stamp = (
                first.published.astimezone(UTC)
                .strftime("%Y%m%d %H:%M:%S")
                .replace(" ", "%20")
                .replace(":", "%3a")
            )
            q = f"Paged=TRUE&PagedPrev=TRUE&p_ArticleStartDate={stamp}&p_ID={first.id}&PageLastRow={k * PER_PAGE}&View={VIEW}"
            prev = f'<td id="pagingWPQ2prev"><a onclick="{js(q)}" href="javascript:" class="ms-commandLink ms-promlink-button ms-promlink-button-enabled"><span class="ms-promlink-button-image"><img src="/_layouts/15/images/spcommon.png?rev=23" border="0" class="ms-promlink-button-left" alt="ก่อนหน้า" /></span></a></td>'
        nxt = ""
        if k < last:
            nxt = f'<td id="pagingWPQ2next"><a onclick="{js(self.page_query(k + 1))}" href="javascript:" class="ms-commandLink ms-promlink-button ms-promlink-button-enabled"><span class="ms-promlink-button-image"><img src="/_layouts/15/images/spcommon.png?rev=23" border="0" class="ms-promlink-button-right" alt="ถัดไป" /></span></a></td>'
        lo, hi = k * PER_PAGE + 1, k * PER_PAGE + len(self.pages[k])
        main_html = f"""<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><span title="ข่าวประชาสัมพันธ์" id="WebPartTitleWPQ2"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>ข่าวประชาสัมพันธ์</span><span id="WebPartCaptionWPQ2"></span></nobr></h2></span></div>
<div webpartid="9c3d1a2e-5b7f-4e21-8d0a-3f6b2c1e9a77" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex" allowdelete="false" style=""><div class="ms-listviewtable-wrapper"><table onmousedown="return OnTableMouseDown(event);" summary="Pages" xmlns:o="urn:schemas-microsoft-com:office:office" o:webquerysourcehref="/th/News/_vti_bin/owssvr.dll?CS=65001&amp;XMLDATA=1&amp;RowLimit=0&amp;List={VIEW}" border="0" cellspacing="0" dir="none" onmouseover="EnsureSelectionHandler(event,this,43)" cellpadding="1" id="onetidDoclibViewTbl0" class="ms-listviewtable" o:webquerysourcehref=""><thead id="js-listviewthead-WPQ2"><tr valign="top" class="ms-viewheadertr ms-vhltr"><th class="ms-vh2 ms-vh-title"><div class="ms-vh-div" displayname="ชื่อเรื่อง">ชื่อเรื่อง</div></th><th class="ms-vh2"><div class="ms-vh-div" displayname="วันที่ข่าว">วันที่ข่าว</div></th></tr></thead>
<tbody>{"".join(rows)}</tbody></table></div>
<table class="ms-bottompaging" id="bottomPagingCellWPQ2"><tr><td class="ms-vb ms-bottompagingline"></td></tr><tr><td class="ms-paging ms-bottompaging" align="center"><table><tr>{prev}<td class="ms-paging">{lo} - {hi}</td>{nxt}</tr></table></td></tr></table>
</div></div></div></div>"""
        area = '<span><a title="ข่าวประชาสัมพันธ์" class="ms-core-pageTitle" href="/th/News">ข่าวประชาสัมพันธ์</a></span>'
        return self.html_response(self.shell(LIST, "\tหน้าข่าวประชาสัมพันธ์", area, main_html))

    def article(self, a):
        body = "".join(f"<p>&#8203;{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"<p>&#8203;ที่มา : {esc(a.source)}</p>"
        others = "".join(
            f'<li class="dfwp-item"><div class="item link-item"><a href="{x.path}" title="">{esc(x.title)}</a><div class="description">{spdate(x.published)}</div></div></li>'
            for x in self.others(a)
        )
        main_html = f"""<div class="article article-left">
<div class="article-header">
<div class="pageTitle"><div id="ctl00_PlaceHolderMain_TitleField__ControlWrapper_TextField">{esc(a.title)}</div></div>
<div class="article-date"><div id="ctl00_PlaceHolderMain_ArticleStartDate__ControlWrapper_DateTimeField">{spdate(a.published)}</div></div>
<div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ImageField__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline"><div class="ms-rtestate-field"><img alt="" src="/th/News/PublishingImages/{a.extra["file"]}.jpg" style="BORDER:0px solid;" /></div></div></div><div class="caption ms-textSmall"><div id="ctl00_PlaceHolderMain_ImageCaption__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">ภาพ : กลุ่มงานประชาสัมพันธ์</div></div></div>
</div>
<div class="article-content"><div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label">{body}</div></div>
<div class="share-bar"><span>แบ่งปัน</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3a%2f%2fwww.cgd.go.th{a.path}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=https%3a%2f%2fwww.cgd.go.th{a.path}" target="_blank">LINE</a> <a href="javascript:window.print();">พิมพ์</a></div>
<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><nobr><span>ลิงก์ที่เกี่ยวข้อง</span></nobr></h2></div><div class="ms-WPBody noindex slm-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%"><li class="dfwp-item"><div class="link-item"><a href="https://www.gprocurement.go.th" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></div></li><li class="dfwp-item"><div class="link-item"><a href="https://newgfmisthai.cgd.go.th" target="_blank">ระบบ New GFMIS Thai</a></div></li></ul></div></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><nobr><span>ข่าวอื่นๆ</span></nobr></h2></div><div class="ms-WPBody noindex"><div id="cbqwpctl00_ctl40_g_5e0e" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{others}</ul></div></div></div></div>
</div>"""
        area = f'<span><a title="ข่าวประชาสัมพันธ์" class="ms-core-pageTitle" href="/th/News">ข่าวประชาสัมพันธ์</a><span class="ms-pageTitle-separator"> &gt; </span><span>{esc(a.title)}</span></span>'
        return self.html_response(self.shell(a.path, "\t" + esc(a.title), area, main_html))

    def deleted(self):
        main_html = """<div class="article"><div class="article-content"><div class="ms-rtestate-field" style="display:inline"><h2>ไม่พบหน้าที่ต้องการ</h2><p>หน้าที่ท่านเรียกอาจถูกย้ายหรือลบออกจากระบบแล้ว กรุณากลับไปที่หน้าหลัก</p></div></div></div>"""
        area = '<span><a title="ข่าวประชาสัมพันธ์" class="ms-core-pageTitle" href="/th/News">ข่าวประชาสัมพันธ์</a></span>'
        return self.html_response(
            self.shell("/th/Pages/PageNotFoundError.aspx", "\tไม่พบหน้าที่ต้องการ", area, main_html)
        )

    def route(self, path, query, raw_query, base):
        if path in ("/", "/th", "/th/News"):
            return 302, {"Location": base + LIST}, b""
        if path == LIST:
            if qs1(query, "Paged") != "TRUE":
                return self.listing(0)
            first = qs1(query, "PageFirstRow")
            if qs1(query, "PagedPrev") == "TRUE":
                last = qs1(query, "PageLastRow")
                return (
                    self.listing(int(last) // PER_PAGE - 1)
                    if last.isdigit() and int(last) % PER_PAGE == 0
                    else None
                )
            if not first.isdigit() or (int(first) - 1) % PER_PAGE:
                return None
            return self.listing((int(first) - 1) // PER_PAGE)
        if path in self.by_path:
            return self.article(self.by_path[path])
        if path == DELETED:
            return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ภาพ : กลุ่มงานประชาสัมพันธ์",
                "แบ่งปัน",
                "ลิงก์ที่เกี่ยวข้อง",
                "ข่าวอื่นๆ",
                "ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)",
                "จำนวนผู้เข้าชม",
                "แผนผังเว็บไซต์",
            ] + [x.title for x in self.others(a)]
            out.append(
                expected_record(
                    a,
                    published_time=False,
                    modified=False,
                    views=False,
                    tags=False,
                    must_not=must_not,
                )
            )
        return out


SITE = SharePointSite()

if __name__ == "__main__":
    main(SITE)
