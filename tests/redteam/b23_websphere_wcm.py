"""Blind-23 red-team site: **IBM WebSphere Portal 8.5 with Web Content Manager (WCM)**, the
portal of a ministry's permanent-secretary office (สำนักงานปลัดกระทรวงการคลัง), built blind.

What it imitates:
- Portal URLs: friendly page paths under `/wps/portal/mof/th/…`, the opaque navigational state
  `!ut/p/z1/<token>/dz/d5/L2dBISEvZ0FBIS9nQSEh/`, and the Web Content Viewer's content
  selection in `?urile=wcm%3Apath%3A%2Fmof_th%2Fnews%2Fpress-release%2F2567%2Fpr67-031`;
  WCM resources at `/wps/wcm/connect/…?MOD=AJPERES&CVID=…`; the theme's combined
  `/wps/contenthandler/!ut/p/digest!…/mashup/ra:collection?…` assets,
  `link#com.ibm.lotus.NavStateUrl`, `wpthemeFrame` / `wpthemeHeader` / `wpthemeMainContent` /
  `wpthemeLayoutContainers`, portlet skins `section.ibmPortalControl.wpthemeControl` with
  `Z7_…` ids, the hidden portlet title "ตัวแสดงเนื้อหาเว็บ";
- **the `<title>` is the portal page's ("ข่าวประชาสัมพันธ์ | กระทรวงการคลัง") on every page**,
  the only `h1` is the page title "ข่าวประชาสัมพันธ์" (the theme's page-title spot), and the
  breadcrumb stops at the page: **the headline is a `div.news-detail-title`** printed by the
  presentation template after the press-release number "ข่าวกระทรวงการคลัง ฉบับที่ ๓๑/๒๕๖๗";
- dates from Java's `SimpleDateFormat` under the **th_TH_TH** locale (Buddhist calendar, Thai
  digits): the NewsDate element "วันที่ ๑๕ มีนาคม ๒๕๖๗" and, **only when the editor typed it,
  a separate text element "เวลา ๑๐.๓๐ น."**; `[Property field="lastmodified"]`
  "ปรับปรุงล่าสุด : ๑๖/๐๓/๒๕๖๗ ๑๔:๒๐" on every item; no per-item counter (the footer's
  "จำนวนผู้เข้าชม" is site-wide);
- the rich-text element with `&nbsp;`-indented paragraphs, an optional captioned picture,
  the Source element ("ที่มา :" / "ข่าว/ภาพ :"), "เอกสารประกอบ" file resources, "คำสำคัญ :"
  keywords, the font-size / print / e-mail / share tools, "ข่าวอื่น ๆ" (a WCM menu with Thai-digit
  dates), "ย้อนกลับ" — all inside the one portlet body; a "ข่าวล่าสุด" menu portlet beside it;
- the listing is a WCM menu with a page-navigation component: **`?WCM_PI=1&WCM_Page.<32-hex
  component id>=2`** after the page's `!ut/p/z1/` state (page 1 is the bare friendly URL; its
  "ก่อนหน้า" / "1" links from page 2 are `…WCM_Page.<id>=1`);
- the deleted item (expired in WCM) answers **200**: the portal page with the viewer's
  "ไม่พบเนื้อหาที่ท่านต้องการ" message.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from urllib.parse import unquote

from ._common import MONTHS, MONTHS_ABBR, esc, main, thai_digits
from .b8_common import record
from .b20b_common import B9Site, build

OFFICE = "สำนักงานปลัดกระทรวงการคลัง"
MINISTRY = "กระทรวงการคลัง"
SOURCES = [
    "กองกลาง สำนักงานปลัดกระทรวงการคลัง",
    None,
    "สำนักงานเศรษฐกิจการคลัง",
    "กลุ่มประชาสัมพันธ์ กองกลาง สป.กค.",
    None,
]
PAGE = "/wps/portal/mof/th/news/press-release"
STATE_SUFFIX = "/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
LIST_TOKEN = "04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi_Q1dDA2dDbzcLQwNzQ0CnX1NTIMNDY0MLAz0wwkpiAJKG-AAjgb6BbmhigAZfq6R"
CID = "b7f3e0804c1a2d9c9e3dff5a6b2c1d70"
PORTLET = "Z7_K8H81BO0KO7N70A6OI6OVA30O3"
MENU_PORTLET = "Z7_K8H81BO0KO7N70A6OI6OVA3GA1"
DELETED_NUM = 40
CURRENT = ' aria-current="page"'


def token(n: int) -> str:
    raw = hashlib.sha256(f"mof-pr-{n}".encode()).digest() + hashlib.sha1(str(n).encode()).digest()
    return "04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi_Q1dDA2dDbzd" + base64.urlsafe_b64encode(
        raw
    ).decode().rstrip("=")


def item_url(num: int) -> str:
    return (
        f"{PAGE}/!ut/p/z1/{token(num)}{STATE_SUFFIX}"
        f"?urile=wcm%3Apath%3A%2Fmof_th%2Fnews%2Fpress-release%2F2567%2Fpr67-{num:03d}"
    )


DELETED = item_url(DELETED_NUM)


def th_long(d: dt.datetime) -> str:
    """SimpleDateFormat 'd MMMM yyyy', th_TH_TH: '๑๕ มีนาคม ๒๕๖๗'."""
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def th_abbr(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def th_stamp(d: dt.datetime) -> str:
    """SimpleDateFormat 'dd/MM/yyyy HH:mm', th_TH_TH: '๑๖/๐๓/๒๕๖๗ ๑๔:๒๐'."""
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{d.year + 543} {d:%H:%M}")


def h(s: str) -> str:
    return s.replace("&", "&amp;")


class WcmSite(B9Site):
    key = "b23_websphere_wcm"
    family = "generic"
    imitates = "IBM WebSphere Portal 8.5 + WCM: /wps/portal/.../!ut/p/z1/<state>/dz/d5/...?urile=wcm%3Apath%3A... item URLs, same <title> (portal page) everywhere, h1 = page title, headline in div.news-detail-title after a press-release number; th_TH_TH SimpleDateFormat dates (Thai digits, BE), separate typed 'เวลา ๑๐.๓๐ น.' for some, lastmodified '๑๖/๐๓/๒๕๖๗ ๑๔:๒๐' on every item, no per-item counter; WCM menu paging ?WCM_PI=1&WCM_Page.<id>=N; deleted = viewer's not-found message (200)"
    listing_path = PAGE
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 23, 33, SOURCES, dt.datetime(2024, 5, 3, 16, 0), first_id=100, step=1
        )
        for i, a in enumerate(self.articles):
            num = 52 - i - (1 if i >= 12 else 0)
            a.id = num
            a.extra["num"] = num
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published  # lastmodified of a never-edited item
            a.path = item_url(num)
            a.extra["label"] = "ข่าว/ภาพ :" if i % 3 == 1 else "ที่มา :"
            a.extra["image"] = i % 4 == 0
            a.extra["attach"] = i % 3 == 2
        assert DELETED_NUM not in {a.id for a in self.articles}
        self.setup_routes()
        self.by_key = {unquote(a.path): a for a in self.articles}

    def page_url(self, k):
        if k == 0:
            return PAGE
        return f"{PAGE}/!ut/p/z1/{LIST_TOKEN}{STATE_SUFFIX}?WCM_PI=1&WCM_Page.{CID}={k + 1}"

    def pager_href(self, k):
        if k == 0:
            return f"{PAGE}/!ut/p/z1/{LIST_TOKEN}{STATE_SUFFIX}?WCM_PI=1&WCM_Page.{CID}=1"
        return self.page_url(k)

    def deleted_paths(self):
        return [DELETED]

    def route(self, path, query, raw_query, base):
        key = unquote(path) + ("?" + unquote(raw_query) if raw_query else "")
        if key in self.by_key:
            return self.html_response(self.detail(self.by_key[key]))
        if key == unquote(DELETED):
            return self.html_response(self.deleted())
        for k in range(len(self.pages)):
            if key in (unquote(self.page_url(k)), unquote(self.pager_href(k))):
                return self.html_response(self.listing(k))
        if key in (PAGE + "/", f"{PAGE}/!ut/p/z1/{LIST_TOKEN}{STATE_SUFFIX}"):
            return self.html_response(self.listing(0))
        return None

    # ------------------------------------------------------------------ shell

    def nav_state(self):
        return f"{PAGE}/!ut/p/z1/{LIST_TOKEN}{STATE_SUFFIX}"

    def shell(self, content, side):
        nav = "".join(
            f'<li class="wpthemeNavListItem wpthemeLeft{" wpthemeSelected" if sel else ""}"><a href="/wps/portal/mof/th/{u}" class="wpthemeLeft"{CURRENT if sel else ""}><span lang="th" dir="ltr">{t}</span></a></li>'
            for t, u, sel in [
                ("หน้าแรก", "home", False),
                ("เกี่ยวกับเรา", "about", False),
                ("ข่าวสาร", "news", True),
                ("กฎหมายและระเบียบ", "law", False),
                ("ศูนย์ข้อมูลข่าวสาร", "info-center", False),
                ("ติดต่อเรา", "contact", False),
            ]
        )
        state = self.nav_state()
        return f"""<!DOCTYPE html>
<html lang="th" class="lotusui30dojo tundra locale_th">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<base href="{state}">
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="{state}" />
<link rel="bookmark" title='ข่าวประชาสัมพันธ์' href='{state}' hreflang="th"/>
<link rel="shortcut icon" href="/wps/contenthandler/dav/themelist/ibm.portal.mof85Theme/images/favicon.ico" type="image/x-icon">
<link href="/wps/contenthandler/!ut/p/digest!aMk2y8XqZl5cRf1mJ0n7Pg/war/mof85Theme/themes/Portal8.5/css/default.css" rel="stylesheet" type="text/css" />
<link rel="stylesheet" href="/wps/contenthandler/!ut/p/digest!aMk2y8XqZl5cRf1mJ0n7Pg/mashup/ra:collection?soffset=0&amp;eoffset=6&amp;themeID=ZJ_CGAH47L00OF6F0ABOQ2CSE1003&amp;locale=th&amp;mime=text%2Fcss&amp;lm=1706000000000&amp;entry=wp_theme_portal_85__0.0%3Ahead_css&amp;entry=wp_one_ui_30__0.0%3Ahead_css&amp;entry=wp_portlet_css__0.0%3Ahead_css&amp;entry=mof_theme_css__0.0%3Ahead_css" type="text/css"/>
<script type="text/javascript">var ibmCfg = {{"themeConfig":{{"themeUniqueName":"ibm.portal.mof85Theme","themeRootURI":"/wps/themeModules","isRTL":false}},"portalConfig":{{"contentHandlerURI":"/wps/mycontenthandler/!ut/p/digest!aMk2y8XqZl5cRf1mJ0n7Pg/","isVirtualPortal":false,"locale":"th","portalURI":"/wps/portal/"}},"userConfig":{{}}}};</script>
<script type="text/javascript" src="/wps/contenthandler/!ut/p/digest!aMk2y8XqZl5cRf1mJ0n7Pg/mashup/ra:collection?soffset=0&amp;eoffset=3&amp;themeID=ZJ_CGAH47L00OF6F0ABOQ2CSE1003&amp;locale=th&amp;mime=text%2Fjavascript&amp;entry=wp_client_main__0.0%3Ahead_js&amp;entry=wp_client_ext__0.0%3Ahead_js"></script>
<meta name="description" content="ข่าวประชาสัมพันธ์ {OFFICE} {MINISTRY}">
<title>ข่าวประชาสัมพันธ์ | {MINISTRY}</title>
</head>
<body class="lotusui30_body lotusui30_fonts lotusui30 locale_th">
<div class="wpthemeFrame">
  <header role="banner">
    <a href="#wpthemeMainContent" class="wpthemeSkipLink">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="wpthemeHeader">
      <div class="wpthemeInner">
        <div class="wpthemeLogo wpthemeLeft">
          <a href="/wps/portal/mof/th/home"><img src="/wps/wcm/connect/mof_th/3a1f6c80-4b2e-4d7a-9c55-1e2f3a4b5c6d/logo-mof.png?MOD=AJPERES&amp;CACHEID=ROOTWORKSPACE.Z18_K8H81BO0KO7N70A6OI6OVA3000" alt="{MINISTRY}"><span class="wpthemeAltText">{OFFICE}</span></a>
        </div>
        <div class="wpthemeHeaderRight mof-tools">
          <span class="mof-fontsize" aria-label="ขนาดตัวอักษร"><a href="#" onclick="mofFont(-1);return false;">ก-</a> <a href="#" onclick="mofFont(0);return false;">ก</a> <a href="#" onclick="mofFont(1);return false;">ก+</a></span>
          <span class="mof-contrast"><a href="#" onclick="mofContrast();return false;">ความเปรียบต่างสี</a></span>
          <span class="mof-lang"><a href="/wps/portal/mof/th/home" lang="th">TH</a> | <a href="/wps/portal/mof/en/home" lang="en">EN</a></span>
          <a class="wpthemeLoginLink" href="/wps/myportal/mof/th/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi/dz/d5/L2dBISEvZ0FBIS9nQSEh/">เข้าสู่ระบบ</a>
        </div>
      </div>
      <nav class="wpthemeHeaderNav" aria-label="เมนูหลัก">
        <div class="wpthemeInner">
          <ul class="wpthemeNavList wpthemeLeft" role="menubar">{nav}</ul>
        </div>
      </nav>
    </div>
  </header>
  <div class="wpthemeMainContent" id="wpthemeMainContent" role="main">
    <div class="wpthemeInner">
      <div class="wpthemeBreadcrumbTrail wpthemeLeft">
        <a href="/wps/portal/mof/th/home">หน้าแรก</a><span class="wpthemeBreadcrumbSeparator"> &gt; </span><a href="/wps/portal/mof/th/news">ข่าวสาร</a><span class="wpthemeBreadcrumbSeparator"> &gt; </span><span class="wpthemeSelected">ข่าวประชาสัมพันธ์</span>
      </div>
      <div class="wpthemeClear"></div>
      <div class="mof-pagetitle"><h1 class="wpthemePageTitle">ข่าวประชาสัมพันธ์</h1></div>
      <div id="layoutContainers" class="wpthemeLayoutContainers wpthemeInner">
        <div class="hiddenWidgetsContainer"><div class="component-container wpthemeFull hiddenWidgetsDiv ibmDndColumn id-Z7_K8H81BO0KO7N70A6OI6OVA3004" name="ibmHiddenWidgets"></div></div>
        <div class="wpthemeRow">
          <div class="component-container wpthemeCol wpthemeCol9of12 wpthemeLeft id-Z7_K8H81BO0KO7N70A6OI6OVA3006" name="ibmMainContainer">
            <div class="dndSourceIndicator"></div>
            <div class="component-control id-{PORTLET}">
              <section class="ibmPortalControl wpthemeControl wpthemeHidden a11yRegionTarget" role="region" aria-labelledby="title.{PORTLET}">
                <div class="asa.portlet" id="asa.portlet.{PORTLET}" style="display:none;"><span class="asa.portlet.id">{PORTLET}</span></div>
                <div class="wpthemeControlHeader">
                  <div class="wpthemeInner">
                    <h2 id="title.{PORTLET}"><span class="lotusAltText">ตัวแสดงเนื้อหาเว็บ</span></h2>
                  </div>
                </div>
                <div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear">
                  <a name="{PORTLET}" id="{PORTLET}"></a>
                  <div id="ns_{PORTLET}_" class="wcm-viewer">
{content}
                  </div>
                  <div class="wpthemeClear"></div>
                </div>
              </section>
            </div>
          </div>
          <div class="component-container wpthemeCol wpthemeCol3of12 wpthemeLeft id-Z7_K8H81BO0KO7N70A6OI6OVA3007" name="ibmSideContainer">
            <div class="component-control id-{MENU_PORTLET}">
              <section class="ibmPortalControl wpthemeControl a11yRegionTarget" role="region" aria-labelledby="title.{MENU_PORTLET}">
                <div class="wpthemeControlHeader"><div class="wpthemeInner"><h2 id="title.{MENU_PORTLET}">ข่าวล่าสุด</h2></div></div>
                <div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear">
{side}
                </div>
              </section>
            </div>
            <div class="component-control id-Z7_K8H81BO0KO7N70A6OI6OVA3GA3">
              <section class="ibmPortalControl wpthemeControl a11yRegionTarget" role="region">
                <div class="wpthemeControlHeader"><div class="wpthemeInner"><h2>ลิงก์ที่เกี่ยวข้อง</h2></div></div>
                <div class="wpthemeControlBody"><ul class="mof-links"><li><a href="https://www.fpo.go.th">สำนักงานเศรษฐกิจการคลัง</a></li><li><a href="https://www.cgd.go.th">กรมบัญชีกลาง</a></li><li><a href="https://www.rd.go.th">กรมสรรพากร</a></li></ul></div>
              </section>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
  <footer role="contentinfo">
    <div class="wpthemeFooter">
      <div class="wpthemeInner">
        <p>{OFFICE} ถนนพระรามที่ 6 แขวงพญาไท เขตพญาไท กรุงเทพฯ 10400 โทรศัพท์ 0 2126 5800</p>
        <p class="mof-counter">จำนวนผู้เข้าชม ๒,๔๘๑,๐๗๖ คน</p>
        <p>ลิขสิทธิ์ © ๒๕๖๗ {MINISTRY} สงวนลิขสิทธิ์ | <a href="/wps/portal/mof/th/policy/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/wps/portal/mof/th/sitemap">แผนผังเว็บไซต์</a></p>
      </div>
    </div>
  </footer>
  <div id="mofCookieBar" class="mof-cookie" role="dialog">เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน <button type="button" onclick="mofCookieOk()">ยอมรับ</button></div>
</div>
<script type="text/javascript" src="/wps/contenthandler/!ut/p/digest!aMk2y8XqZl5cRf1mJ0n7Pg/mashup/ra:collection?soffset=0&amp;eoffset=2&amp;themeID=ZJ_CGAH47L00OF6F0ABOQ2CSE1003&amp;locale=th&amp;mime=text%2Fjavascript&amp;entry=wp_theme_portal_85__0.0%3Aconfig_js&amp;entry=mof_tools__0.0%3Aconfig_js" defer></script>
</body>
</html>
"""

    def side(self, exclude=None):
        lis = "".join(
            f'<li><a href="{h(a.path)}">{esc(a.title)}</a><span class="mof-menu-date">{th_abbr(a.published)}</span></li>'
            for a in [x for x in self.articles if x is not exclude][:4]
        )
        return f'<div class="wcm-menu mof-latest"><ul>{lis}</ul></div>'

    # ------------------------------------------------------------------ listing

    def list_item(self, title, path, d, num):
        return f"""<div class="news-list-item">
  <div class="news-list-date">{th_abbr(d)}</div>
  <div class="news-list-title"><a href="{h(path)}">{esc(title)}</a></div>
  <div class="news-list-no">ข่าวฉบับที่ {thai_digits(num)}/{thai_digits(2567)}</div>
</div>
"""

    def listing(self, k):
        items = [
            self.list_item(a.title, a.path, a.published, a.extra["num"]) for a in self.pages[k]
        ]
        if k == 1:
            prev = self.pages[1][2]
            items.insert(
                3,
                self.list_item(
                    "กระทรวงการคลังแจ้งกำหนดการรับฟังความคิดเห็นร่างกฎกระทรวง (ยกเลิก)",
                    DELETED,
                    prev.published - dt.timedelta(hours=3),
                    DELETED_NUM,
                ),
            )
        n = len(self.pages)
        parts = []
        if k > 0:
            parts.append(f'<a class="wcm-prev" href="{h(self.pager_href(k - 1))}">&lt; ก่อนหน้า</a>')
        for j in range(n):
            if j == k:
                parts.append(f'<span class="wcm-current">{j + 1}</span>')
            else:
                parts.append(f'<a class="wcm-page" href="{h(self.pager_href(j))}">{j + 1}</a>')
        if k < n - 1:
            parts.append(f'<a class="wcm-next" href="{h(self.pager_href(k + 1))}">ถัดไป &gt;</a>')
        content = f"""<!-- WCM menu: MOF/Menu/PressRelease -->
<div class="news-list">
{"".join(items)}
</div>
<div class="wcm-pagination">หน้า {thai_digits(k + 1)} จาก {thai_digits(n)} &nbsp; {" | ".join(parts)}</div>
"""
        return self.shell(content, self.side())

    # ------------------------------------------------------------------ article

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j]
            for j in (i + 1, i + 2, i + 3, i - 1, i - 2)
            if 0 <= j < len(self.articles)
        ][:5]

    def detail(self, a):
        num = a.extra["num"]
        d = a.published
        time = (
            f' <span class="news-detail-time">เวลา {thai_digits(f"{d.hour:02d}.{d.minute:02d}")} น.</span>'
            if a.time_printed
            else ""
        )
        paras = []
        for j, p in enumerate(a.paras):
            indent = "&nbsp;" * 8 if j % 2 == 0 else "&nbsp;&nbsp;&nbsp;&nbsp;"
            paras.append(f'<p style="text-align: justify;">{indent}{esc(p)}</p>')
        if a.extra["image"]:
            paras.insert(
                1,
                f'<p style="text-align: center;"><img src="/wps/wcm/connect/mof_th/{hashlib.md5(str(num).encode()).hexdigest()[:8]}-1c2d-4e5f-8a9b-0c1d2e3f4a5b/pr67-{num:03d}-1.jpg?MOD=AJPERES&amp;CACHEID=ROOTWORKSPACE.Z18_K8H81BO0KO7N70A6OI6OVA3{num:03d}" alt="ภาพประกอบข่าว" width="640" /><br /><span class="caption">ภาพประกอบ : การประชุมที่เกี่ยวข้อง</span></p>',
            )
        source = (
            f'<div class="news-detail-source"><strong>{a.extra["label"]}</strong> {esc(a.source)}</div>'
            if a.source
            else ""
        )
        attach = (
            f'<div class="news-detail-files"><span class="label">เอกสารประกอบ</span><ul><li><a href="/wps/wcm/connect/{hashlib.md5(str(num).encode()).hexdigest()}/pr67-{num:03d}.pdf?MOD=AJPERES&amp;CVID=oX{num}aZ" target="_blank">ดาวน์โหลดเอกสาร (PDF 215 KB)</a></li></ul></div>'
            if a.extra["attach"]
            else ""
        )
        keywords = (
            '<div class="news-detail-keywords"><span class="label">คำสำคัญ :</span> '
            + ", ".join(
                f'<a href="/wps/portal/mof/th/search?keyword={esc(t)}">{esc(t)}</a>' for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        others = "".join(
            f'<li><a href="{h(o.path)}">{esc(o.title)}</a> <span class="date">({th_abbr(o.published)})</span></li>'
            for o in self.others(a)
        )
        share_url = "https%3A%2F%2Fwww.mof.go.th" + a.path.replace("/", "%2F")[:60]
        content = f"""<!-- WCM presentation template: MOF/PT/PressRelease -->
<div class="news-detail">
  <div class="news-detail-no">ข่าว{MINISTRY} ฉบับที่ {thai_digits(num)}/{thai_digits(2567)}</div>
  <div class="news-detail-title">{esc(a.title)}</div>
  <div class="news-detail-date"><span class="news-detail-label">วันที่</span> <span class="news-detail-day">{th_long(d)}</span>{time}</div>
  <div class="news-tools">
    <span class="news-tools-font">ขนาดตัวอักษร <a href="#" onclick="newsFont(-1);return false;">ก-</a> <a href="#" onclick="newsFont(1);return false;">ก+</a></span>
    <a href="#" onclick="window.print();return false;" class="news-print">พิมพ์</a>
    <a href="mailto:?subject={esc(a.title[:40])}" class="news-mail">ส่งอีเมล</a>
    <span class="news-share">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={share_url}" target="_blank">LINE</a> <a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank">X</a></span>
  </div>
  <div class="news-detail-body">
{chr(10).join(paras)}
  </div>
  {source}
  {attach}
  {keywords}
  <div class="news-detail-modified">ปรับปรุงล่าสุด : {th_stamp(a.modified)}</div>
  <div class="news-others">
    <div class="news-others-head">ข่าวอื่น ๆ</div>
    <ul>{others}</ul>
  </div>
  <div class="news-back"><a href="{PAGE}">ย้อนกลับ</a></div>
</div>
"""
        return self.shell(content, self.side(a))

    def deleted(self):
        content = """<div class="wcm-error">
  <p class="wpthemeMessage">ไม่พบเนื้อหาที่ท่านต้องการ เนื้อหานี้อาจหมดอายุการแสดงผลหรือถูกลบออกจากระบบแล้ว</p>
  <p><a href="/wps/portal/mof/th/news/press-release">กลับไปหน้าข่าวประชาสัมพันธ์</a></p>
</div>
"""
        return self.shell(content, self.side())

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            d = a.published
            must_not = [
                f"ข่าว{MINISTRY} ฉบับที่ {thai_digits(a.extra['num'])}/{thai_digits(2567)}",
                th_long(d),
                f"เวลา {thai_digits(f'{d.hour:02d}.{d.minute:02d}')} น." if a.time_printed else "",
                "ขนาดตัวอักษร",
                "ส่งอีเมล",
                "แชร์ :",
                "พิมพ์",
                "ภาพประกอบ : การประชุมที่เกี่ยวข้อง",
                "เอกสารประกอบ",
                "ดาวน์โหลดเอกสาร (PDF 215 KB)",
                "คำสำคัญ :",
                f"ปรับปรุงล่าสุด : {th_stamp(a.modified)}",
                "ข่าวอื่น ๆ",
                *[o.title for o in self.others(a)][:3],
                "ย้อนกลับ",
                "ข่าวล่าสุด",
                "ลิงก์ที่เกี่ยวข้อง",
                "ตัวแสดงเนื้อหาเว็บ",
                "จำนวนผู้เข้าชม ๒,๔๘๑,๐๗๖ คน",
                "ความเปรียบต่างสี",
                "เว็บไซต์นี้มีการใช้คุกกี้",
                "ถนนพระรามที่ 6",
                "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
            ]
            out.append(record(self, a, must_not, views=False))
        return out


SITE = WcmSite()

if __name__ == "__main__":
    main(SITE)
