"""Blind-4 red-team site: a district agriculture office on (new) Google Sites, built blind.

What it imitates (facts about how new Google Sites pages print, not their code):
- `/view/<site>/<page>/<subpage>` paths with Thai page names kept and hyphenated
  (`/view/kasetmuanglampang/ข่าวประชาสัมพันธ์/ข่าวประชาสัมพันธ์-45`), percent-encoded in hrefs;
- generated, meaningless class names (`tyJCtd`, `zfr3Q`, `CDt4Ke`...), every block a text box
  `div.tyJCtd.mGzaTb.Depvyb.baZpAe` of `p.zfr3Q` paragraphs with inline styles;
- `<title>` "site name - page name" where the page name is the editor's short
  "ข่าวประชาสัมพันธ์ 45", not the headline; the page-name banner `h1` is that name too;
- the headline is the first text box: a bold, coloured paragraph (`span` with
  `font-weight: 700`); the second text box a typed date line in Thai digits
  "๓ ตุลาคม ๒๕๖๑ เวลา ๑๗.๐๘ น." (time only for some); the third the text ending in a typed
  "ข่าว/ภาพ : …" for some; then an image with a caption text box and an embedded Drive
  folder "ภาพกิจกรรมเพิ่มเติม"; no counter, no modified date;
- the navigation lists every subpage (Google Sites puts them in the top menu's dropdown);
- the listing page and its sequels `…/ข่าวประชาสัมพันธ์/หน้า-2` are hand-typed link lists with a
  typed "หน้าถัดไป >>" link;
- footer "Google Sites", "รายงานการละเมิด", "รายละเอียดของหน้าเว็บ";
- the deleted item: a subpage whose content was cleared (title banner only).
"""

from __future__ import annotations

import datetime as dt
import zlib
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    TZ,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b4_common import ensure_source

SITE_NAME = "สำนักงานเกษตรอำเภอเมืองลำปาง"
SLUG = "kasetmuanglampang"
SEC = "ข่าวประชาสัมพันธ์"
ROOT = f"/view/{SLUG}/{SEC}"
PER_PAGE = 8
SOURCES = ["สำนักงานเกษตรอำเภอเมืองลำปาง", None, "สำนักงานเกษตรจังหวัดลำปาง"]
DELETED_NO = 9


def typed_date(a: Article) -> str:
    d = a.published
    s = f"{d.day} {MONTHS[d.month - 1]} {be(d)}"
    if a.time_printed:
        s += f" เวลา {d.hour:02d}.{d.minute:02d} น."
    return thai_digits(s)


def build() -> list[Article]:
    arts = make_articles(
        "b4_gsites_office", 22, start=dt.datetime(2018, 12, 7, 16, 30, tzinfo=TZ), offset=17
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = 10 + n - i
        a.modified = None
        a.views = None
        a.tags = []
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.extra["name"] = f"{SEC} {a.id}"
        a.path = f"{ROOT}/{SEC}-{a.id}"
    return arts


def href(path: str) -> str:
    return quote(path, safe="/")


class GSitesSite(BaseSite):
    key = "b4_gsites_office"
    family = "generic"
    imitates = "new Google Sites: generated class names, <title>/h1 = page name, bold-paragraph headline, typed Thai-digit date line, hand-typed listing pages"
    listing_path = href(ROOT)

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [href(ROOT)] + [href(f"{ROOT}/หน้า-{k}") for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [href(f"{ROOT}/{SEC}-{DELETED_NO}")]

    @staticmethod
    def box(inner: str) -> str:
        return f'<section id="h.{zlib.crc32(inner.encode()) % 10**8:x}" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.p_{zlib.adler32(inner.encode()) % 10**9:x}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div></div></div></div></div></div></div></section>'

    def nav(self):
        subs = "".join(
            f'<li jsname="ibnC6b" class="VsJjtf" role="none"><div class="PsKE7e qV4dIc Qrrb5 YSH9J"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="{href(a.path)}" data-url="{href(a.path)}" role="menuitem">{esc(a.extra["name"])}</a></div></div></li>'
            for a in self.articles
        )
        return f"""<nav id="WDxLfe" class="plFg0c" aria-label="การนำทางไซต์"><ul class="jYxBte Fpy8Db" role="menubar">
<li jsname="ibnC6b" class="VsJjtf" role="none"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/view/{SLUG}/หน้าแรก" role="menuitem">หน้าแรก</a></div></div></li>
<li jsname="ibnC6b" class="VsJjtf ZmrVpf" role="none"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="{href(ROOT)}" role="menuitem" aria-expanded="false">{SEC}</a></div></div>
<div class="oGuwee eRhaqb" role="group"><ul class="jYxBte Fpy8Db" role="menu">{subs}</ul></div></li>
<li jsname="ibnC6b" class="VsJjtf" role="none"><div class="PsKE7e"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/view/{SLUG}/ติดต่อเรา" role="menuitem">ติดต่อเรา</a></div></div></li>
</ul></nav>"""

    def shell(self, page_name, boxes):
        return f"""<!DOCTYPE html><html lang="th" dir="ltr"><head><meta charset="utf-8"><meta property="og:title" content="{esc(SITE_NAME)} - {esc(page_name)}"><meta property="og:type" content="website"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(SITE_NAME)} - {esc(page_name)}</title>
<link href="https://fonts.googleapis.com/css?family=Sarabun:400,700&display=swap" rel="stylesheet" nonce="x1">
<style nonce="x1">.zfr3Q{{font-family:Sarabun;font-size:12pt;line-height:1.38}}.CDt4Ke{{margin-top:0;margin-bottom:0}}</style>
<script nonce="x1">_at_config = [null,"AIzaSy-example","sites",null,null,null,null,null,null,null,null,null,null,null,"SITES_%s",null,null,null,null,null,null,null,null,null,["AHKXmL1",null,null,null,null,null,1],null,null,null,null,null,null,null,null];</script>
</head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div id="docs-banner-container"><div id="docs-banners"><div id="HB1eCd-mzNpsf-r8s4j-ORHb"></div><div id="HB1eCd-TZk80d-r8s4j-ORHb" aria-live="assertive" aria-atomic="true"></div></div></div>
<div jscontroller="X4BaPc" jsaction="rtFbm:MZiSSe;" class="Xpil1b xgQ6eb"><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/view/{SLUG}/หน้าแรก"><img src="https://lh3.googleusercontent.com/sitesv/logo-example=w16383" class="lzy1Td" role="img" aria-label="โลโก้ของเว็บไซต์" jsname="SwcDWb"><span class="QTKDff">{esc(SITE_NAME)}</span></a></div>
{self.nav()}
</div></div></div>
<div class="zDUgLc "><div class="ZvwSvc"><div class="DXsoRd YTv4We oNsfjf"><h1 id="h.title" class="zfr3Q duRjpb CDt4Ke " dir="ltr" style="text-align: center;">{esc(page_name)}</h1></div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">
{"".join(self.box(b) for b in boxes)}
</div>
<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1544163622120" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" aria-label="ข้อมูลเว็บไซต์" tabindex="0"></div></div>
<div class="M63kCb N63NQ"><div class="QmpIrf M63kCb" role="contentinfo"><a class="ZJ8jde" href="https://sites.google.com/new" target="_blank">Google Sites</a><a class="ZJ8jde" href="https://support.google.com/sites/answer/90487" target="_blank">รายงานการละเมิด</a><span class="ZJ8jde" role="button" tabindex="0">รายละเอียดของหน้าเว็บ</span></div></div>
</div></div></body></html>"""

    def listing(self, n):
        if not 1 <= n <= len(self.pages):
            return None
        lines = []
        for k, a in enumerate(self.pages[n - 1]):
            lines.append(
                f'<p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: left;"><span class="C9DxTc" style="color: #999999;">{typed_date(a).split(" เวลา")[0]}</span><span class="C9DxTc"> </span><a class="XqQF9c" href="{href(a.path)}" target="_blank"><span class="C9DxTc aw5Odc" style="text-decoration: underline;">{esc(a.title)}</span></a></p>'
            )
            if n == 2 and k == 3:
                lines.append(
                    f'<p dir="ltr" class="zfr3Q CDt4Ke"><a class="XqQF9c" href="{href(f"{ROOT}/{SEC}-{DELETED_NO}")}" target="_blank"><span class="C9DxTc aw5Odc" style="text-decoration: underline;">ขอเชิญเกษตรกรร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่</span></a></p>'
                )
        nav = []
        if n > 1:
            prev = ROOT if n == 2 else f"{ROOT}/หน้า-{n - 1}"
            nav.append(
                f'<a class="XqQF9c" href="{href(prev)}"><span class="C9DxTc aw5Odc">&lt;&lt; หน้าก่อนหน้า</span></a>'
            )
        if n < len(self.pages):
            nav.append(
                f'<a class="XqQF9c" href="{href(f"{ROOT}/หน้า-{n + 1}")}"><span class="C9DxTc aw5Odc">หน้าถัดไป &gt;&gt;</span></a>'
            )
        sep = '<span class="C9DxTc"> | </span>'
        boxes = [
            "".join(lines),
            f'<p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: right;">{sep.join(nav)}</p>',
        ]
        name = SEC if n == 1 else f"หน้า {n}"
        return self.html_response(self.shell(name, boxes))

    def page(self, a: Article | None):
        if a is None:
            return self.html_response(
                self.shell(f"{SEC} {DELETED_NO}", ['<p dir="ltr" class="zfr3Q CDt4Ke"><br></p>'])
            )
        head = f'<p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: center;"><span class="C9DxTc" style="color: #0b5394; font-weight: 700;">{esc(a.title)}</span></p>'
        date = f'<p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: right;"><span class="C9DxTc" style="color: #666666; font-style: italic;">{typed_date(a)}</span></p>'
        text = "".join(
            f'<p dir="ltr" class="zfr3Q CDt4Ke" style="text-indent: 36pt;"><span class="C9DxTc">{esc(p)}</span></p>'
            for p in a.paras
        )
        if a.source:
            text += f'<p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: right;"><span class="C9DxTc" style="font-weight: 700;">ข่าว/ภาพ : {esc(a.source)}</span></p>'
        img = f'<div class="t3iYD"><img src="https://lh6.googleusercontent.com/news-{a.id}=w1280" class="CENy8b" role="img" style="width: 100%;"></div><p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: center;"><span class="C9DxTc" style="font-size: 10pt;">ภาพกิจกรรม {esc(a.extra["name"])}</span></p>'
        drive = '<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc" style="font-weight: 700;">ภาพกิจกรรมเพิ่มเติม</span></p><div class="WIdY2d M1aSXe"><div jsname="WXxXjd" style="padding-top: 60%"></div><div class="YMEQtf" jsname="YrgLNb"><iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin" frameborder="0" aria-label="Drive, ภาพกิจกรรมเพิ่มเติม" src="https://drive.google.com/embeddedfolderview?id=1AbCdEf#grid" allowfullscreen></iframe></div></div>'
        return self.html_response(self.shell(a.extra["name"], [head, date, text, img, drive]))

    def route(self, path, query, raw_query, base):
        p = unquote(path).rstrip("/")
        if p in ("", f"/view/{SLUG}"):
            return 302, {"Location": base + href(ROOT)}, b""
        if p == ROOT:
            return self.listing(1)
        if p.startswith(f"{ROOT}/หน้า-"):
            try:
                return self.listing(int(p.rsplit("-", 1)[1]))
            except ValueError:
                return None
        if p in self.by_path:
            return self.page(self.by_path[p])
        if p == f"{ROOT}/{SEC}-{DELETED_NO}":
            return self.page(None)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                typed_date(a),
                f"ภาพกิจกรรม {a.extra['name']}",
                "ภาพกิจกรรมเพิ่มเติม",
                "Google Sites",
                "รายงานการละเมิด",
                "รายละเอียดของหน้าเว็บ",
            ]
            rec = expected_record(a, must_not=must_not)
            rec["url"] = href(a.path)
            out.append(rec)
        return out


SITE = GSitesSite()

if __name__ == "__main__":
    main(SITE)
