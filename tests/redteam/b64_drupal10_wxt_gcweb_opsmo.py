"""Blind-64 red-team site (part B): a ministry department's news section (สำนักงานปลัดสำนัก
นายกรัฐมนตรี-like, 2023-2025) on **Drupal 10 with the contributed WxT Bootstrap theme in its GCWeb
variant** (Web Experience Toolkit, a government design system theme), Thai interface, plus what
such a department installs: Statistics (the contrib module since 10.3) for read counts, Visitors
for the site counter, EU Cookie Compliance (PDPA text), Better Social Sharing Buttons, Colorbox
galleries and file attachments. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus: the drupalwxt/wxt_bootstrap repository's Twig
templates; docs corpus: its drupal.org / packagist pages; code search for `wb-dtmd`): the GCWeb
page shell (`ul#wb-tphp` skip links, `header#navbar` > `div#wb-bnr` with `section#wb-lng`, the
`gcweb-menu` nav, `nav#wb-bc` breadcrumb, `main[property=mainContentOfPage]` with a `section`
holding the content and the `pagedetails-wrapper` / `div.pagedetails` content-footer region,
sidebars printed as `nav` elements, `footer#wb-info` with `div.landscape` and `div.brand`), the
node template (`article.mrgn-tp-lg.<bundle>.full.clearfix`, no submitted line when hidden,
`div.content`), the Bootstrap pager (`nav.pager-nav` > `ul.pagination.js-pager__items`,
`pager__item--first/previous/next/last`, visually-hidden labels) and the GCWeb "date modified"
block (`dl#wb-dtmd` > `dt` + `dd > time[property=dateModified]`, ISO `YYYY-MM-DD`). From
memory: Drupal 10's Bootstrap-3 base-theme field markup (`field field--name-… field--type-…
field--label-inline|above|hidden`, `field--label`, `field--items`, `field--item`), Views page
markup (`view-content`, `views-row`, `views-field-…`, `field-content`), query-only pager hrefs,
`<time datetime="…Z">` from the datetime formatter (12:00 UTC for date-only fields), the
Statistics counter in the node links, EU Cookie Compliance's banner kept in `drupalSettings`
JSON. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- Views page `/th/news`, full pager `?page=1`, `?page=2` (0-based, query-only hrefs), 9 a page;
  rows: image, title, a date in "12 มี.ค. 67" (abbreviated month, two-digit BE year), summary;
- two content types, as after a migration from the old site: **news** (2024-2025, aliases
  `/th/news/<nid>`): a datetime field "วันที่ข่าว" printed "12 มีนาคม 2567 เวลา 10:30 น." in
  `<time datetime="…Z">`, Statistics "เปิดอ่าน 1,234 ครั้ง", tags, a lead image, some
  galleries / attachments / captioned inline pictures, the source either in a "ที่มา" field or
  typed into the body ("ข่าว/ภาพ :", "เรียบเรียง :", a right-aligned office line); **legacy_news**
  (2023 to April 2024, migrated, aliases `/th/archive/news-<old id>`): a date-only field printed
  "12 มี.ค. 2566" (`<time datetime="…T12:00:00Z">`), no counter, no tags, the source as the old
  editors typed it ("ข่าว :", "ที่มา :", a sign-off line, or none);
- share buttons, "ข่าวที่เกี่ยวข้อง", previous / next news block, sidebar "ข่าวล่าสุด",
  "หมวดหมู่ข่าว", the Visitors counter, breadcrumb (without the headline), GCWeb footer, the
  cookie banner in `drupalSettings`, `/th/node/<nid>` shortlinks that 301 to the alias;
- **the quirk: the only modified date is GCWeb's page-details line at the bottom of the main
  column, "วันที่ปรับปรุง: 2024-03-14" (ISO, date only), outside the article element;**
- deleted item (linked from page 2): a news node the editor could not delete, **title changed
  to "ยกเลิก" and the body emptied: 200 with the date field and nothing else**.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS, MONTHS_ABBR, TZ, BaseSite, esc, expected_record, main, paginate, qs1
from .b63a_common import build, keep_furniture, text_of

OFFICE = "สำนักงานปลัดสำนักนายกรัฐมนตรี"
OFFICE_EN = "Office of the Permanent Secretary, the Prime Minister's Office"
PER = 9
LIST = "/th/news"
THEME = "/themes/contrib/wxt_bootstrap"
N_NEWS = 16
SOURCES_NEWS = [
    ("field", "กองการสื่อสารองค์กร สำนักงานปลัดสำนักนายกรัฐมนตรี"),
    ("ข่าว/ภาพ", "กลุ่มงานประชาสัมพันธ์ กองการสื่อสารองค์กร"),
    None,
    ("เรียบเรียง", "ศูนย์ข้อมูลข่าวสาร สำนักงานปลัดสำนักนายกรัฐมนตรี"),
    ("signoff", "กองการสื่อสารองค์กร สป.นร."),
    ("field", "สำนักงานประชาสัมพันธ์ สป.นร."),
]
SOURCES_LEGACY = [
    ("ข่าว", "ฝ่ายประชาสัมพันธ์ สำนักงานปลัดสำนักนายกรัฐมนตรี"),
    None,
    ("signoff", "สำนักงานปลัดสำนักนายกรัฐมนตรี"),
    ("ที่มา", "ศูนย์บริการข้อมูลข่าวสาร สป.นร."),
]
TAGS = [
    (21, "ข่าวผู้บริหาร"),
    (22, "ศูนย์ดำรงธรรม"),
    (23, "การประชุม"),
    (24, "งานพระราชพิธี"),
    (25, "ผลการดำเนินงาน"),
]
DATE_LABEL = "วันที่ข่าว"
TAGS_LABEL = "แท็ก"
SOURCE_LABEL = "ที่มา"
GALLERY_LABEL = "ภาพกิจกรรม"
FILES_LABEL = "เอกสารแนบ"
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
CATS = "หมวดหมู่ข่าว"
VISITORS = "สถิติผู้เข้าชมเว็บไซต์"
PREV = "ข่าวก่อนหน้า"
NEXT = "ข่าวถัดไป"
MODIFIED_LABEL = "วันที่ปรับปรุง:"
REPORT = "รายงานปัญหาหรือข้อผิดพลาดบนหน้านี้"
BREAD_HOME = "หน้าแรก"
FOOT_ADDR = "ทำเนียบรัฐบาล ถนนพิษณุโลก แขวงดุสิต เขตดุสิต กรุงเทพฯ 10300"
COOKIE = (
    "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสิทธิภาพ และประสบการณ์ที่ดีในการใช้เว็บไซต์ของท่าน "
    "ท่านสามารถศึกษารายละเอียดได้ที่ นโยบายคุ้มครองข้อมูลส่วนบุคคล"
)
DEL_TITLE = "ยกเลิก"


def full_be_time(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543} เวลา {d:%H:%M} น."


def abbr_be(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def abbr_be2(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}"


def utc_z(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def noon_z(d: dt.datetime) -> str:
    return f"{d:%Y-%m-%d}T12:00:00Z"


class WxtSite(BaseSite):
    key = "b64_drupal10_wxt_gcweb_opsmo"
    family = "drupal"
    imitates = (
        "ministry department news on Drupal 10 + the contributed WxT Bootstrap theme (GCWeb "
        "variant): Views page with ?page=N, news and migrated legacy_news content types, "
        "Statistics counter, Visitors block, share buttons, related / prev-next blocks, "
        "Colorbox gallery, attachments; GCWeb's ISO 'date modified' line as the only modified date"
    )
    listing_path = LIST

    def __init__(self):
        arts = build(self.key, 24, start=dt.datetime(2025, 6, 18, 16, 0, tzinfo=TZ), offset=11)
        for i, a in enumerate(arts):
            legacy = i >= N_NEWS
            # the news type spans 2024-2025, the migrated items 2023
            back = dt.timedelta(days=400 + 19 * (i - N_NEWS) if legacy else 23 * i + (i % 3))
            a.published -= back
            if a.modified:
                a.modified -= back
            a.extra["legacy"] = legacy
            a.time_printed = not legacy
            if legacy:
                a.extra["old_id"] = 987 - (i - N_NEWS) * 4
                a.id = 1460 - (i - N_NEWS) * 2
                a.path = f"/th/archive/news-{a.extra['old_id']}"
                src = SOURCES_LEGACY[i % len(SOURCES_LEGACY)]
                a.views = None
                a.tags = []
            else:
                a.id = 3187 - i * 3 - (i % 2)
                a.path = f"/th/news/{a.id}"
                src = SOURCES_NEWS[i % len(SOURCES_NEWS)]
                a.tags = [TAGS[(i + k) % len(TAGS)][1] for k in range(i % 3)] if i % 5 else []
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["changed"] = a.modified or a.published
            a.extra["style"] = i % 3  # editors: plain, justified, &nbsp;-indented
            a.extra["gallery"] = not legacy and i % 4 == 1
            a.extra["pdf"] = not legacy and i % 5 == 2
            a.extra["caption"] = not legacy and i % 4 == 3
        self.articles = arts
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        # the emptied node sits between rows 4 and 5 of page 2
        after = self.pages[1][3]
        self.del_id = after.id - 1
        self.del_when = after.published - dt.timedelta(hours=3, minutes=12)
        self.del_path = f"/th/news/{self.del_id}"
        paths = [a.path for a in arts]
        assert len(set(paths)) == len(paths) and self.del_path not in paths

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.del_path]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def related(self, a):
        if not a.tags:
            return []
        return [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:4]

    # ------------------------------------------------------------------ shell
    def block(self, bid, title, inner):
        head = f"<h2>{title}</h2>" if title else ""
        return (
            f'<section id="block-{bid}" class="block block-{bid} clearfix">{head}{inner}</section>'
        )

    def sidebar(self):
        latest = "".join(
            f'<li><a href="{x.path}" hreflang="th">{esc(x.title)}</a></li>'
            for x in self.articles[:5]
        )
        cats = (
            '<ul class="menu menu--news-category nav">'
            f'<li class="first active"><a href="{LIST}" class="is-active">ข่าวประชาสัมพันธ์</a></li>'
            '<li><a href="/th/news-executive">ข่าวผู้บริหาร</a></li>'
            '<li><a href="/th/announcement">ประกาศ สป.นร.</a></li>'
            '<li class="last"><a href="/th/procurement">ข่าวจัดซื้อจัดจ้าง</a></li></ul>'
        )
        visitors = (
            '<ul class="list-unstyled visitors">'
            "<li>ผู้เข้าชมวันนี้: 1,482</li>"
            "<li>ผู้เข้าชมเมื่อวาน: 2,017</li>"
            "<li>ผู้เข้าชมทั้งหมด: 3,904,226</li>"
            "<li>เริ่มนับตั้งแต่: 2021-10-01</li></ul>"
        )
        return (
            '<nav role="complementary" class="col-md-3">\n'
            '<div class="region region-sidebar-second">\n'
            + self.block(
                "views-block-news-latest",
                LATEST,
                '<div class="view view-news view-id-news view-display-id-block_latest"><div class="view-content"><div class="item-list"><ul>'
                + latest
                + "</ul></div></div></div>",
            )
            + "\n"
            + self.block("newscategory", CATS, cats)
            + "\n"
            + self.block("visitors", VISITORS, visitors)
            + "\n</div>\n</nav>"
        )

    def shell(self, title, content, *, body_class, base, path, head_extra="", details=""):
        settings = {
            "path": {
                "baseUrl": "/",
                "pathPrefix": "th/",
                "currentLanguage": "th",
                "currentPath": path.lstrip("/"),
            },
            "eu_cookie_compliance": {
                "popup_enabled": True,
                "popup_html_info": (
                    '<div role="alertdialog" aria-labelledby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in">'
                    f'<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div>'
                    '<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">ยอมรับทั้งหมด</button>'
                    '<button type="button" class="decline-button eu-cookie-compliance-default-button">ปฏิเสธ</button></div></div></div>'
                ),
                "popup_link": "/th/privacy-policy",
                "cookie_name": "cookie-agreed",
            },
            "statistics": {
                "data": {"nid": path.rsplit("/", 1)[-1]},
                "url": "/core/modules/statistics/statistics.php",
            }
            if "/news/" in path
            else {},
        }
        menu = (
            '<ul class="list-inline menu" role="menubar">'
            '<li role="presentation"><a href="/th" role="menuitem">หน้าแรก</a></li>'
            '<li role="presentation"><a href="/th/about" role="menuitem">เกี่ยวกับ สป.นร.</a></li>'
            f'<li role="presentation" class="active"><a href="{LIST}" role="menuitem">ข่าวสาร</a></li>'
            '<li role="presentation"><a href="/th/services" role="menuitem">บริการประชาชน</a></li>'
            '<li role="presentation"><a href="/th/oit" role="menuitem">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>'
            '<li role="presentation"><a href="/th/contact" role="menuitem">ติดต่อเรา</a></li></ul>'
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#" class="no-js">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head_extra}    <link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_k3Vb1yQ9xT0.css?delta=0&amp;language=th&amp;theme=wxt_bootstrap&amp;include=eJxLzUvRT8" />
    <link rel="stylesheet" media="all" href="/libraries/theme-gcweb/css/theme.min.css?sb2q0e" />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm4X0k_opsmo.css?delta=1&amp;language=th&amp;theme=wxt_bootstrap" />
  </head>
  <body class="{body_class} has-glyphicons wxt-bootstrap gcweb">
    <nav>
      <ul id="wb-tphp">
        <li class="wb-slc"><a class="wb-sl" href="#wb-cont">ข้ามไปยังเนื้อหาหลัก</a></li>
        <li class="wb-slc"><a class="wb-sl" href="#wb-info">ข้ามไปยังส่วนท้ายเว็บไซต์</a></li>
      </ul>
    </nav>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <header class="navbar navbar-default" id="navbar">
      <div id="wb-bnr" class="container">
        <div class="row">
          <section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
            <h2 class="wb-inv">เลือกภาษา</h2>
            <ul class="list-inline mrgn-bttm-0"><li><a href="/en" hreflang="en" lang="en"><span class="hidden-xs">English</span><abbr title="English" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">en</abbr></a></li></ul>
          </section>
          <div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization">
            <a href="/th" property="url"><img src="/sites/default/files/logo-opsmo.svg" alt="{OFFICE}" property="logo" /><span class="wb-inv" property="name"> / <span lang="en">{OFFICE_EN}</span></span></a>
            <meta property="areaServed" typeof="Country" content="Thailand" />
          </div>
          <section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4">
            <h2>ค้นหา</h2>
            <form action="/th/search/site" method="get" role="search" class="form-inline" accept-charset="UTF-8">
              <div class="form-group wb-srch-qry"><label for="wb-srch-q" class="wb-inv">ค้นหาในเว็บไซต์</label><input id="wb-srch-q" class="wb-srch-q form-control" name="keys" type="search" value="" size="34" maxlength="170" placeholder="ค้นหาในเว็บไซต์ สป.นร." /></div>
              <div class="form-group submit"><button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="op" value=""><span class="glyphicon-search glyphicon"></span><span class="wb-inv">ค้นหา</span></button></div>
            </form>
          </section>
        </div>
      </div>
      <nav class="gcweb-menu" data-trgt="mb-pnl" typeof="SiteNavigationElement">
        <div class="container">
          <h2 class="wb-inv">เมนู</h2>
          <button type="button" aria-haspopup="true" aria-expanded="false">เมนูหลัก <span class="expicon glyphicon glyphicon-chevron-down"></span></button>
          {menu}
        </div>
      </nav>
      <nav id="wb-bc" property="breadcrumb">
        <h2 class="wb-inv">คุณอยู่ที่นี่:</h2>
        <div class="container">
          <ol class="breadcrumb">
            <li><a href="/th">{BREAD_HOME}</a></li>
            <li><a href="/th/about/newsroom">ข่าวสาร</a></li>
{"" if path == LIST else f'            <li><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li>'}
          </ol>
        </div>
      </nav>
    </header>
    <div class="container">
      <div class="row">
      <main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="col-md-9 main-container container js-quickedit-main-content">
      <section>
          <a id="main-content"></a>
          <div class="region region-content">
            <div data-drupal-messages-fallback class="hidden"></div>
{content}
          </div>
          <div class="pagedetails-wrapper">
{details}
          </div>
      </section>
      </main>
{self.sidebar()}
      </div>
    </div>
    <footer id="wb-info">
      <h2 class="wb-inv">เกี่ยวกับเว็บไซต์นี้</h2>
      <div class="landscape">
        <nav class="container wb-navcurr">
          <h2 class="wb-inv">{OFFICE}</h2>
          <ul class="list-unstyled colcount-sm-2 colcount-md-3">
            <li><a href="/th/contact">ติดต่อเรา</a></li>
            <li><a href="/th/website-policy">นโยบายเว็บไซต์</a></li>
            <li><a href="/th/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>
            <li><a href="/th/security-policy">นโยบายการรักษาความมั่นคงปลอดภัย</a></li>
            <li><a href="/th/sitemap">แผนผังเว็บไซต์</a></li>
          </ul>
          <p class="small">{OFFICE} {FOOT_ADDR} โทรศัพท์ 0 2283 4000 สายด่วน 1111</p>
        </nav>
      </div>
      <div class="brand">
        <div class="container">
          <div class="row">
            <nav class="col-md-10 ftr-urlt-lnk"><h2 class="wb-inv">เกี่ยวกับเว็บไซต์</h2><ul><li><a href="/th/faq">คำถามที่พบบ่อย</a></li><li><a href="/th/accessibility">การเข้าถึงเว็บไซต์</a></li></ul></nav>
            <div class="col-xs-6 visible-sm visible-xs tofpg"><a href="#wb-cont">กลับขึ้นด้านบน<span class="glyphicon glyphicon-chevron-up"></span></a></div>
            <div class="col-xs-6 col-md-2 text-right"><img src="/sites/default/files/logo-thaigov-footer.svg" alt="ตราสัญลักษณ์สำนักนายกรัฐมนตรี" /></div>
          </div>
        </div>
      </div>
    </footer>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, ensure_ascii=False)}</script>
    <script src="/sites/default/files/js/js_q4B1a0Wc.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=wxt_bootstrap"></script>
    <script src="/libraries/wet-boew/js/wet-boew.min.js?sb2q0e"></script>
    <script src="/libraries/theme-gcweb/js/theme.min.js?sb2q0e"></script>
  </body>
</html>
"""

    def page_title(self, title):
        return (
            '<div id="block-wxt-bootstrap-page-title" class="block block-core block-page-title-block">\n'
            f'  <h1 id="wb-cont" class="js-quickedit-page-title page-header"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>\n'
            "</div>"
        )

    def details(self, changed: dt.datetime):
        return (
            '<div class="pagedetails">\n<div class="region region-content-footer row">\n'
            '<div class="col-sm-6 col-md-5 col-lg-4"><a href="/th/report-problem" class="btn btn-default btn-block">'
            f"{REPORT}</a></div>\n"
            f'<div class="col-xs-12"><dl id="wb-dtmd">\n<dt>{MODIFIED_LABEL}</dt>\n'
            f'<dd><time property="dateModified">{changed:%Y-%m-%d}</time></dd>\n</dl></div>\n'
            "</div>\n</div>"
        )

    # ------------------------------------------------------------------ fields
    def date_field(self, a):
        d = a.published
        if a.extra["legacy"]:
            return (
                '<div class="field field--name-field-legacy-date field--type-datetime field--label-inline">\n'
                f'  <div class="field--label">{DATE_LABEL}</div>\n'
                f'  <div class="field--item"><time datetime="{noon_z(d)}">{abbr_be(d)}</time></div>\n</div>'
            )
        return (
            '<div class="field field--name-field-news-date field--type-datetime field--label-inline">\n'
            f'  <div class="field--label">{DATE_LABEL}</div>\n'
            f'  <div class="field--item"><time datetime="{utc_z(d)}">{full_be_time(d)}</time></div>\n</div>'
        )

    def img(self, a, k):
        return f"/sites/default/files/styles/large/public/news/{a.published:%Y-%m}/{a.id}-{k}.jpg?itok=Xq{a.id % 97:02d}pL{k}"

    def lead_image(self, a):
        if a.extra["legacy"]:
            return ""
        return (
            '<div class="field field--name-field-image field--type-image field--label-hidden field--item">'
            f'<img loading="lazy" src="{self.img(a, 0)}" width="780" height="520" alt="" class="img-responsive" /></div>'
        )

    def para(self, a, text):
        s = a.extra["style"]
        if s == 1:
            return f'<p style="text-align:justify;">{esc(text)}</p>'
        if s == 2:
            return f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(text)}</p>"
        return f"<p>{esc(text)}</p>"

    def body_html(self, a):
        out = []
        for k, p in enumerate(a.paras):
            out.append(self.para(a, p))
            if k == 0 and a.extra["caption"]:
                out.append(
                    '<figure role="group" class="caption caption-img align-center">'
                    f'<img src="/sites/default/files/inline-images/{a.id}-inline.jpg" data-entity-uuid="" data-entity-type="file" alt="" width="700" height="466" loading="lazy" />'
                    f"<figcaption>ภาพประกอบข่าว {esc(OFFICE)}</figcaption></figure>"
                )
        label = a.extra["label"]
        if a.source and label != "field":
            if label == "signoff":
                out.append(f'<p class="text-align-right">{esc(a.source)}</p>')
            elif a.extra["legacy"]:
                out.append(f"<p>{label} : {esc(a.source)}</p>")
            else:
                out.append(f"<p><strong>{label} :</strong> {esc(a.source)}</p>")
        return (
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field--item">'
            + "\n".join(out)
            + "</div>"
        )

    def source_field(self, a):
        if a.extra["label"] != "field":
            return ""
        return (
            '<div class="field field--name-field-source field--type-string field--label-inline">\n'
            f'  <div class="field--label">{SOURCE_LABEL}</div>\n'
            f'  <div class="field--item">{esc(a.source)}</div>\n</div>'
        )

    def gallery(self, a):
        if not a.extra["gallery"]:
            return ""
        items = "".join(
            f'<div class="field--item"><a href="/sites/default/files/news/{a.published:%Y-%m}/{a.id}-g{k}.jpg" aria-controls="colorbox" aria-label="{{&quot;alt&quot;:&quot;&quot;}}" role="button" title="" data-colorbox-gallery="gallery-field_gallery-{a.id}" class="colorbox" data-cbox-img-attrs="{{&quot;alt&quot;:&quot;&quot;}}">'
            f'<img src="/sites/default/files/styles/thumbnail/public/news/{a.published:%Y-%m}/{a.id}-g{k}.jpg" width="100" height="67" alt="" loading="lazy" class="img-responsive" /></a></div>'
            for k in range(1, 9)
        )
        return (
            '<div class="field field--name-field-gallery field--type-image field--label-above">\n'
            f'  <div class="field--label">{GALLERY_LABEL}</div>\n'
            f'  <div class="field--items">{items}</div>\n</div>'
        )

    def files(self, a):
        if not a.extra["pdf"]:
            return ""
        name = f"news-{a.id}-{a.published:%Y%m%d}.pdf"
        return (
            '<div class="field field--name-field-attachment field--type-file field--label-above">\n'
            f'  <div class="field--label">{FILES_LABEL}</div>\n'
            '  <div class="field--items"><div class="field--item">'
            f'<span class="file file--mime-application-pdf file--application-pdf"> <a href="/sites/default/files/attachments/{name}" type="application/pdf" title="{name}">{name}</a></span>'
            " <span>(312.4 KB)</span></div></div>\n</div>"
        )

    def tags_field(self, a):
        if not a.tags:
            return ""
        ids = dict((t, i) for i, t in TAGS)
        items = "".join(
            f'<div class="field--item"><a href="/th/taxonomy/term/{ids[t]}" hreflang="th">{esc(t)}</a></div>'
            for t in a.tags
        )
        return (
            '<div class="field field--name-field-tags field--type-entity-reference field--label-above">\n'
            f'  <div class="field--label">{TAGS_LABEL}</div>\n'
            f'  <div class="field--items">{items}</div>\n</div>'
        )

    def links(self, a):
        if a.views is None:
            return ""
        return (
            '<div class="node__links"><ul class="links inline list-inline">'
            f'<li class="statistics-counter">เปิดอ่าน {a.views:,} ครั้ง</li></ul></div>'
        )

    def share(self, a, base):
        from urllib.parse import quote

        u = quote(f"{base}{a.path}", safe="")
        t = quote(a.title, safe="")
        return self.block(
            "socialsharingblock",
            SHARE,
            '<div class="social-sharing-buttons">'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}&amp;title={t}" target="_blank" title="Facebook" aria-label="Facebook" class="social-sharing-buttons__button share-facebook" rel="noopener"><svg width="30px" height="30px"><use href="/modules/contrib/better_social_sharing_buttons/assets/dist/sprites/social-icons--no-color.svg#facebook"></use></svg></a>'
            f'<a href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" title="Line" aria-label="Line" class="social-sharing-buttons__button share-line" rel="noopener"><svg width="30px" height="30px"><use href="/modules/contrib/better_social_sharing_buttons/assets/dist/sprites/social-icons--no-color.svg#line"></use></svg></a>'
            f'<a href="https://twitter.com/intent/tweet?text={t}+{u}" target="_blank" title="X" aria-label="X" class="social-sharing-buttons__button share-x" rel="noopener"><svg width="30px" height="30px"><use href="/modules/contrib/better_social_sharing_buttons/assets/dist/sprites/social-icons--no-color.svg#x"></use></svg></a>'
            '<a href="#" onclick="window.print();return false;" title="พิมพ์" class="social-sharing-buttons__button btnPrint"><svg width="30px" height="30px"><use href="/modules/contrib/better_social_sharing_buttons/assets/dist/sprites/social-icons--no-color.svg#print"></use></svg></a>'
            "</div>",
        )

    def prevnext(self, a):
        older, newer = self.neighbours(a)
        cells = []
        if older:
            cells.append(
                f'<li class="previous"><a href="{older.path}" rel="prev"><span class="glyphicon glyphicon-chevron-left"></span> {PREV}<br /><small>{esc(older.title)}</small></a></li>'
            )
        if newer:
            cells.append(
                f'<li class="next"><a href="{newer.path}" rel="next">{NEXT} <span class="glyphicon glyphicon-chevron-right"></span><br /><small>{esc(newer.title)}</small></a></li>'
            )
        return self.block(
            "prevnextblock", "", f'<ul class="pager prev-next-links">{"".join(cells)}</ul>'
        )

    def related_block(self, a):
        rel = self.related(a)
        if not rel:
            return ""
        rows = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span></div>'
            f'<div class="views-field views-field-field-news-date"><div class="field-content"><time datetime="{utc_z(x.published)}">{abbr_be2(x.published)}</time></div></div></div>'
            for x in rel
        )
        return self.block(
            "views-block-news-related-block-1",
            RELATED,
            f'<div class="view view-news-related view-id-news_related view-display-id-block_1"><div class="view-content">{rows}</div></div>',
        )

    # ------------------------------------------------------------------ pages
    def node_html(self, a, base):
        bundle = "legacy-news" if a.extra["legacy"] else "news"
        inner = "\n".join(
            x
            for x in (
                self.date_field(a),
                self.lead_image(a),
                self.body_html(a),
                self.source_field(a),
                self.gallery(a),
                self.files(a),
                self.tags_field(a),
                self.links(a),
            )
            if x
        )
        return f"""{self.page_title(a.title)}
<div id="block-wxt-bootstrap-content" class="block block-system block-system-main-block">
<article data-history-node-id="{a.id}" class="mrgn-tp-lg {bundle} full clearfix">
  <div class="content">
{inner}
  </div>
</article>
</div>
{self.share(a, base)}
{self.prevnext(a)}
{self.related_block(a)}"""

    def render_node(self, a, base):
        head = (
            f'    <link rel="canonical" href="{base}{a.path}" />\n'
            f'    <link rel="shortlink" href="{base}/th/node/{a.id}" />\n'
            f'    <meta property="og:title" content="{esc(a.title)}" />\n'
            f'    <meta property="og:type" content="article" />\n'
        )
        bundle = "legacy-news" if a.extra["legacy"] else "news"
        return self.html_response(
            self.shell(
                f"{a.title} | {OFFICE}",
                self.node_html(a, base),
                body_class=f"path-node page-node-type-{bundle}",
                base=base,
                path=a.path,
                head_extra=head,
                details=self.details(a.extra["changed"]),
            )
        )

    def render_deleted(self, base):
        d = self.del_when
        content = f"""{self.page_title(DEL_TITLE)}
<div id="block-wxt-bootstrap-content" class="block block-system block-system-main-block">
<article data-history-node-id="{self.del_id}" class="mrgn-tp-lg news full clearfix">
  <div class="content">
<div class="field field--name-field-news-date field--type-datetime field--label-inline">
  <div class="field--label">{DATE_LABEL}</div>
  <div class="field--item"><time datetime="{utc_z(d)}">{full_be_time(d)}</time></div>
</div>
<div class="node__links"><ul class="links inline list-inline"><li class="statistics-counter">เปิดอ่าน 23 ครั้ง</li></ul></div>
  </div>
</article>
</div>"""
        return self.html_response(
            self.shell(
                f"{DEL_TITLE} | {OFFICE}",
                content,
                body_class="path-node page-node-type-news",
                base=base,
                path=self.del_path,
                head_extra=f'    <link rel="canonical" href="{base}{self.del_path}" />\n',
                details=self.details(d + dt.timedelta(days=2)),
            )
        )

    def row(self, a):
        date = (
            f'<time datetime="{noon_z(a.published)}">{abbr_be2(a.published)}</time>'
            if a.extra["legacy"]
            else f'<time datetime="{utc_z(a.published)}">{abbr_be2(a.published)}</time>'
        )
        fname = "field-legacy-date" if a.extra["legacy"] else "field-news-date"
        summary = a.paras[0][:180].rsplit(" ", 1)[0] + "…"
        img = (
            ""
            if a.extra["legacy"]
            else f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{a.path}" hreflang="th"><img loading="lazy" src="{self.img(a, 0).replace("/large/", "/news_thumb/")}" width="260" height="173" alt="" class="img-responsive" /></a></div></div>'
        )
        return f"""<div class="views-row clearfix">
{img}<div class="views-field views-field-title"><h3 class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></h3></div>
<div class="views-field views-field-{fname}"><span class="glyphicon glyphicon-calendar"></span> <div class="field-content">{date}</div></div>
<div class="views-field views-field-body"><div class="field-content">{esc(summary)}</div></div>
</div>"""

    def deleted_row(self):
        d = self.del_when
        return f"""<div class="views-row clearfix">
<div class="views-field views-field-title"><h3 class="field-content"><a href="{self.del_path}" hreflang="th">{DEL_TITLE}</a></h3></div>
<div class="views-field views-field-field-news-date"><span class="glyphicon glyphicon-calendar"></span> <div class="field-content"><time datetime="{utc_z(d)}">{abbr_be2(d)}</time></div></div>
</div>"""

    def pager(self, n):
        total = len(self.pages)
        cur = n - 1

        def li(cls, href, title, rel, label, text):
            r = f' rel="{rel}"' if rel else ""
            return (
                f'<li class="pager__item{cls}"><a href="{href}" title="{title}"{r}>'
                f'<span class="visually-hidden">{label}</span><span aria-hidden="true">{text}</span></a></li>'
            )

        items = []
        if cur > 0:
            items.append(
                li(" pager__item--first", "?page=0", "ไปหน้าแรก", "first", "หน้าแรก", "« หน้าแรก")
            )
            items.append(
                li(
                    " pager__item--previous",
                    f"?page={cur - 1}",
                    "ไปหน้าก่อน",
                    "prev",
                    "หน้าก่อน",
                    "‹ ก่อนหน้า",
                )
            )
        for k in range(total):
            if k == cur:
                items.append(
                    f'<li class="pager__item is-active active"><a href="?page={k}" title="หน้าปัจจุบัน"><span class="visually-hidden">หน้าปัจจุบัน</span>{k + 1}</a></li>'
                )
            else:
                items.append(
                    f'<li class="pager__item"><a href="?page={k}" title="ไปที่หน้า {k + 1}"><span class="visually-hidden">หน้า</span>{k + 1}</a></li>'
                )
        if cur < total - 1:
            items.append(
                li(
                    " pager__item--next",
                    f"?page={cur + 1}",
                    "ไปหน้าถัดไป",
                    "next",
                    "หน้าถัดไป",
                    "ถัดไป ›",
                )
            )
            items.append(
                li(
                    " pager__item--last",
                    f"?page={total - 1}",
                    "ไปหน้าสุดท้าย",
                    "last",
                    "หน้าสุดท้าย",
                    "หน้าสุดท้าย »",
                )
            )
        return (
            '<nav class="pager-nav text-center" aria-labelledby="pagination-heading">\n'
            '<h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4>\n'
            '<ul class="pagination js-pager__items">' + "".join(items) + "</ul>\n</nav>"
        )

    def render_list(self, n, base):
        rows = [self.row(a) for a in self.pages[n - 1]]
        if n == 2:
            rows.insert(4, self.deleted_row())
        content = f"""{self.page_title("ข่าวประชาสัมพันธ์")}
<div id="block-wxt-bootstrap-content" class="block block-system block-system-main-block">
<div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-5f0c2b9e1d7a4c3e8b6a0f1e2d3c4b5a">
  <div class="view-header"><p>ข่าวสารและกิจกรรมของ{OFFICE}</p></div>
  <div class="view-content">
{chr(10).join(rows)}
  </div>
{self.pager(n)}
</div>
</div>"""
        path = LIST if n == 1 else f"{LIST}?page={n - 1}"
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}",
                content,
                body_class="path-news",
                base=base,
                path=LIST,
                head_extra=f'    <link rel="canonical" href="{base}{path}" />\n',
            )
        )

    def render_en_home(self):
        return self.html_response(
            f"""<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><title>{OFFICE_EN}</title></head>
<body class="path-frontpage wxt-bootstrap gcweb"><main property="mainContentOfPage" class="container"><h1 id="wb-cont">{OFFICE_EN}</h1>
<p>The Office of the Permanent Secretary supports the administration of the Prime Minister's Office. News is published in Thai.</p>
<p><a href="/th" hreflang="th" lang="th">ภาษาไทย</a></p></main></body></html>
"""
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/th", "/th/"):
            return 302, {"Location": f"{base}{LIST}"}, b""
        if path == "/en":
            return self.render_en_home()
        if path == LIST:
            page = qs1(query, "page", "0")
            if not page.isdigit() or int(page) >= len(self.pages):
                return None
            return self.render_list(int(page) + 1, base)
        if path == self.del_path:
            return self.render_deleted(base)
        if path.startswith("/th/node/"):
            nid = path.rsplit("/", 1)[-1]
            if nid == str(self.del_id):
                return 301, {"Location": f"{base}{self.del_path}"}, b""
            for a in self.articles:
                if str(a.id) == nid:
                    return 301, {"Location": f"{base}{a.path}"}, b""
            return None
        for a in self.articles:
            if path == a.path:
                return self.render_node(a, base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            text = text_of(self.render_node(a, "http://127.0.0.1")[2].decode("utf-8"))
            d = a.published
            cands = [
                f"{DATE_LABEL} {abbr_be(d) if a.extra['legacy'] else full_be_time(d)}",
                f"{MODIFIED_LABEL} {a.extra['changed']:%Y-%m-%d}",
                SHARE,
                RELATED,
                LATEST,
                CATS,
                VISITORS,
                REPORT,
                PREV,
                NEXT,
                GALLERY_LABEL,
                FILES_LABEL,
                FOOT_ADDR,
                "ผู้เข้าชมทั้งหมด: 3,904,226",
                "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
                "ข้ามไปยังเนื้อหาหลัก",
                "คุณอยู่ที่นี่:",
            ]
            if a.views is not None:
                cands.append(f"เปิดอ่าน {a.views:,} ครั้ง")
            if a.extra["label"] == "field":
                cands.append(f"{SOURCE_LABEL} {a.source}")
            if a.tags:
                cands.append(TAGS_LABEL + " " + " ".join(a.tags))
            cands += [x.title for x in self.related(a)]
            cands += [x.title for x in (older, newer) if x]
            cands += [x.title for x in self.articles[:5] if x is not a]
            must_not = keep_furniture(cands, text, a)
            rec = expected_record(a, must_not=must_not)
            rec["modified_at"] = a.extra["changed"].date().isoformat()
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = WxtSite()

if __name__ == "__main__":
    main(SITE)
