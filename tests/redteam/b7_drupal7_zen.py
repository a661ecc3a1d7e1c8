"""Blind-7 red-team site: Drupal 7 + a Zen 7.x-5 subtheme of a provincial office, with pathauto
making Thai aliases, built blind.

What it imitates:
- Zen markup: `div#page`, `header.header` (logo, `h1.header__site-name`), `div#navigation`
  with `nav.main-menu`, `div#main` / `div#content.column`, `nav.breadcrumb` "คุณอยู่ที่นี่"
  ending in the headline, `h1.page__title.title` *outside* the node, `aside.sidebars`,
  `footer#footer`;
- pathauto with transliteration off: `/ข่าวประชาสัมพันธ์/<Thai title cut at 100 chars>`
  (percent-encoded UTF-8 in hrefs; pathauto removes punctuation and joins words with `-`);
  duplicates get `-0`, `-1` suffixes;
- the listing is the taxonomy term page `/ข่าวประชาสัมพันธ์` (alias of `taxonomy/term/3`),
  teasers with "อ่านต่อ" and the core pager `?page=N` (0-based) with "« แรกสุด", "‹ ก่อนหน้า",
  numbers, "ถัดไป ›", "สุดท้าย »";
- the node: `article.node-news.view-mode-full`, `p.submitted` "ส่งโดย admin เมื่อ 15
  กุมภาพันธ์ 2024 - 10:30" (site's long format `j F Y - H:i` with Thai month names: CE), RDFa
  `span[property=dc:date dc:created][content=…+07:00]`; `field-name-body` with `&nbsp;`
  indented paragraphs, `field-name-field-image` colorbox gallery, `field-name-field-source`
  "แหล่งข่าว:" (label inline), `field-name-field-tags` "ป้ายกำกับ:"; `ul.links.inline`
  "อ่าน 87 ครั้ง" (statistics), "ฉบับพิมพ์" (print module), "ส่งต่อ" (forward module),
  "เข้าสู่ระบบ หรือ สมัครสมาชิก เพื่อแสดงความคิดเห็น"; Service Links "แชร์"; no modified date;
- sidebar "ข่าวล่าสุด" Views block, "ข่าวยอดนิยม" (statistics block with counts), "ผู้ใช้
  ออนไลน์" (who's online);
- the deleted item: an unpublished node whose path a custom 403-to-page setting answers with
  200 and "คุณไม่มีสิทธิ์เข้าถึงหน้านี้".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import BaseSite, esc, expected_record, main, paginate, qs1
from .b7_common import build, ce_full, hm, on_page

SITE_NAME = "สำนักงานจังหวัดสุพรรณบุรี"
SOURCES = [None, "กลุ่มงานข้อมูลและการสื่อสาร สำนักงานจังหวัดสุพรรณบุรี", None, "ประชาสัมพันธ์จังหวัดสุพรรณบุรี"]
PER_PAGE = 10
CAT = "/ข่าวประชาสัมพันธ์"
DELETED = f"{CAT}/ยกเลิกประกาศรับสมัครพนักงานราชการ"


def pathauto(title: str) -> str:
    s = re.sub(r"[\"'“”‘’!?,.:;()\[\]/\\–—]+", "", title)  # pathauto's default: remove
    s = re.sub(r"\s+", "-", s.strip())
    return s[:100].strip("-")


def q(path: str) -> str:
    return quote(path, safe="/?=&")


class ZenSite(BaseSite):
    key = "b7_drupal7_zen"
    family = "drupal"
    imitates = "Drupal 7 + Zen subtheme, pathauto Thai aliases /ข่าวประชาสัมพันธ์/<title>, taxonomy term listing ?page=N, h1.page__title outside the node, 'ส่งโดย admin เมื่อ 15 กุมภาพันธ์ 2024 - 10:30' (CE), 'แหล่งข่าว:' and 'ป้ายกำกับ:' fields, node links 'อ่าน 87 ครั้ง' / ฉบับพิมพ์ / ส่งต่อ / login-to-comment"
    listing_path = CAT

    def __init__(self):
        self.articles = build(
            self.key, 26, 7, SOURCES, dt.datetime(2024, 2, 25, 16, 0), first_id=400, step=3
        )
        seen: dict[str, int] = {}
        for a in self.articles:
            alias = f"{CAT}/{pathauto(a.title)}"
            if alias in seen:
                seen[alias] += 1
                alias = f"{alias}-{seen[alias] - 1}"
            else:
                seen[alias] = 0
            a.path = alias
            a.modified = None
            a.time_printed = True
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [CAT] + [f"{CAT}?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def submitted(self, a):
        return f'<p class="submitted"><span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">ส่งโดย <span class="username" xml:lang="" about="/user/1" typeof="sioc:UserAccount" property="foaf:name" datatype="">admin</span> เมื่อ {ce_full(a.published)} - {hm(a.published)}</span></p>'

    def shell(self, base, title, page_title, content, crumbs, body_class):
        latest = "".join(
            f'<li class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="{base}{q(x.path)}">{esc(x.title)}</a></span></span></li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{base}{q(x.path)}">{esc(x.title)}</a> ({x.views:,})</li>'
            for x in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        return f"""<!DOCTYPE html>
<!--[if IEMobile 7]><html class="iem7"  lang="th" dir="ltr"><![endif]-->
<!--[if (gte IE 9)|(gt IEMobile 7)]><!--><html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#"><!--<![endif]-->
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="shortcut icon" href="{base}/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{esc(title)} | {SITE_NAME}</title>
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width">
<style>@import url("{base}/sites/all/themes/suphan/css/styles.css?r8x2kq");</style>
<script src="{base}/misc/jquery.js?v=1.4.4"></script>
<script src="{base}/misc/drupal.js?r8x2kq"></script>
<script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"suphan","theme_token":"kP2x"}},"colorbox":{{"opacity":"0.85"}}}});</script>
</head>
<body class="html {body_class} section-ข่าวประชาสัมพันธ์ sidebar-second" >
<p id="skip-link"><a href="#main-menu" class="element-invisible element-focusable">ข้ามไปยังเมนูหลัก</a></p>
<div id="page">
<header class="header" id="header" role="banner">
<a href="{base}/" title="หน้าแรก" rel="home" class="header__logo" id="logo"><img src="{base}/sites/default/files/logo_0.png" alt="หน้าแรก" class="header__logo-image" /></a>
<div class="header__name-and-slogan" id="name-and-slogan"><h1 class="header__site-name" id="site-name"><a href="{base}/" title="หน้าแรก" class="header__site-link" rel="home"><span>{SITE_NAME}</span></a></h1><div class="header__site-slogan" id="site-slogan">เมืองแห่งประวัติศาสตร์ อู่ข้าวอู่น้ำ</div></div>
<nav class="header__secondary-menu" id="secondary-menu" role="navigation"><ul class="links inline clearfix"><li class="menu-2 first"><a href="{base}/user/login">เข้าสู่ระบบ</a></li><li class="menu-15 last"><a href="{base}/en">English</a></li></ul></nav>
</header>
<div id="main">
<div id="content" class="column" role="main">
<nav class="breadcrumb" role="navigation"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><ol>{crumbs}</ol></nav>
<a id="main-content"></a>
<h1 class="page__title title" id="page-title">{esc(page_title)}</h1>
{content}
</div>
<div id="navigation"><nav id="main-menu" role="navigation" tabindex="-1"><h2 class="element-invisible">เมนูหลัก</h2><ul class="links inline clearfix"><li class="menu-218 first"><a href="{base}/">หน้าแรก</a></li><li class="menu-450 active-trail active"><a href="{base}{q(CAT)}" class="active-trail active">ข่าวประชาสัมพันธ์</a></li><li class="menu-451"><a href="{base}/ประกาศจังหวัด">ประกาศจังหวัด</a></li><li class="menu-452 last"><a href="{base}/ติดต่อเรา">ติดต่อเรา</a></li></ul></nav></div>
<aside class="sidebars"><section class="region region-sidebar-second column sidebar">
<div class="block block-views first odd" id="block-views-news-block-1"><h2 class="block__title block-title">ข่าวล่าสุด</h2><div class="view view-news view-id-news view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div>
<div class="block block-statistics even" id="block-statistics-popular"><h2 class="block__title block-title">ข่าวยอดนิยม</h2><div class="item-list"><h3>ตลอดกาล:</h3><ul>{popular}</ul></div></div>
<div class="block block-user last odd" role="complementary" id="block-user-online"><h2 class="block__title block-title">ผู้ใช้ออนไลน์</h2><p>ขณะนี้มีผู้ใช้ 0 คน และ ผู้เยี่ยมชม 14 คน ออนไลน์</p></div>
</section></aside>
</div>
<footer id="footer" class="region region-footer"><div class="block block-block first last odd" id="block-block-2"><p>{SITE_NAME} ศาลากลางจังหวัดสุพรรณบุรี ถนนสุพรรณบุรี-ชัยนาท ตำบลสนามชัย อำเภอเมือง จังหวัดสุพรรณบุรี 72000</p><p>จำนวนผู้เข้าชมเว็บไซต์ 845,221 ครั้ง</p></div></footer>
</div>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        nodes = []
        for k, a in enumerate(self.pages[n]):
            nodes.append(
                f"""<article class="node-{a.id} node node-news node-teaser view-mode-teaser clearfix" about="{q(a.path)}" typeof="sioc:Item foaf:Document"><header><h2 class="node__title node-title"><a href="{base}{q(a.path)}">{esc(a.title)}</a></h2><span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>{self.submitted(a)}</header><div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="{base}{q(a.path)}"><img typeof="foaf:Image" src="{base}/sites/default/files/styles/medium/public/news/pr{a.id}.jpg" width="220" height="147" alt="" /></a></div></div></div><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(a.paras[0][:200])}</p></div></div></div><ul class="links inline"><li class="node-readmore first"><a href="{base}{q(a.path)}" rel="tag" title="{esc(a.title)}">อ่านต่อ<span class="element-invisible"> เกี่ยวกับ {esc(a.title)}</span></a></li><li class="statistics_counter last"><span>อ่าน {a.views:,} ครั้ง</span></li></ul></article>"""
            )
            if n == 1 and k == 6:
                nodes.append(
                    f"""<article class="node-398 node node-news node-unpublished node-teaser view-mode-teaser clearfix"><header><h2 class="node__title node-title"><a href="{base}{q(DELETED)}">ยกเลิกประกาศรับสมัครพนักงานราชการ</a></h2></header></article>"""
                )
        last = len(self.pages) - 1

        def href(k):
            return f"{base}{q(CAT)}" if k == 0 else f"{base}{q(CAT)}?page={k}"

        lis = []
        if n > 0:
            lis.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{href(0)}">« แรกสุด</a></li><li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{href(n - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for k in range(last + 1):
            lis.append(
                f'<li class="pager-current">{k + 1}</li>'
                if k == n
                else f'<li class="pager-item"><a title="ไปหน้า {k + 1}" href="{href(k)}">{k + 1}</a></li>'
            )
        if n < last:
            lis.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{href(n + 1)}">ถัดไป ›</a></li><li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{href(last)}">สุดท้าย »</a></li>'
            )
        content = f"""<div class="term-listing-heading"><div id="taxonomy-term-3" class="taxonomy-term vocabulary-news-category"></div></div>
{"".join(nodes)}
<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(lis)}</ul></div>"""
        crumbs = f'<li><a href="{base}/">หน้าแรก</a> › </li><li>ข่าวประชาสัมพันธ์</li>'
        return self.html_response(
            self.shell(
                base,
                "ข่าวประชาสัมพันธ์",
                "ข่าวประชาสัมพันธ์",
                content,
                crumbs,
                "not-front not-logged-in page-taxonomy page-taxonomy-term page-taxonomy-term-3",
            )
        )

    def detail(self, base, a):
        u = f"{base}{q(a.path)}"
        text = "".join(
            f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras
        )
        gallery = "".join(
            f'<div class="field-item {"even" if k % 2 == 0 else "odd"}"><a href="{base}/sites/default/files/news/pr{a.id}_{k}.jpg" title="{esc(a.title)}" class="colorbox" data-colorbox-gallery="gallery-node-{a.id}"><img typeof="foaf:Image" src="{base}/sites/default/files/styles/thumbnail/public/news/pr{a.id}_{k}.jpg" width="100" height="67" alt="" title="" /></a></div>'
            for k in range(1, 5)
        )
        src = (
            f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">แหล่งข่าว:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            if a.source
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">ป้ายกำกับ:&nbsp;</div><div class="field-items">'
                + "".join(
                    f'<div class="field-item {"even" if k % 2 == 0 else "odd"}"><a href="{base}/tags/{quote(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></div>'
                    for k, t in enumerate(a.tags)
                )
                + "</div></div>"
            )
        content = f"""<article class="node-{a.id} node node-news view-mode-full clearfix" about="{q(a.path)}" typeof="sioc:Item foaf:Document">
<header><span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>{self.submitted(a)}</header>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{text}</div></div></div>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items">{gallery}</div></div>
{src}
{tags}
<div class="service-links"><h2>แชร์</h2><ul class="links"><li class="service-links-facebook first"><a href="http://www.facebook.com/sharer.php?u={u}" title="แบ่งปันบน Facebook" class="service-links-facebook" rel="nofollow"><img typeof="foaf:Image" src="{base}/sites/all/modules/service_links/images/facebook.png" alt="Facebook logo" /></a></li><li class="service-links-twitter last"><a href="http://twitter.com/share?url={u}" title="แบ่งปันบน Twitter" class="service-links-twitter" rel="nofollow"><img typeof="foaf:Image" src="{base}/sites/all/modules/service_links/images/twitter.png" alt="Twitter logo" /></a></li></ul></div>
<ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="print_html"><a href="{base}/print/{a.id}" title="แสดงหน้าที่พิมพ์ได้ของหน้านี้" class="print-page" rel="nofollow">ฉบับพิมพ์</a></li><li class="forward_links"><a href="{base}/forward?path=node/{a.id}" title="ส่งต่อหน้านี้ให้เพื่อน" class="forward-page" rel="nofollow">ส่งต่อ</a></li><li class="comment_forbidden last"><span><a href="{base}/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="{base}/user/register?destination=node/{a.id}%23comment-form">สมัครสมาชิก</a> เพื่อแสดงความคิดเห็น</span></li></ul>
</article>"""
        crumbs = f'<li><a href="{base}/">หน้าแรก</a> › </li><li><a href="{base}{q(CAT)}">ข่าวประชาสัมพันธ์</a> › </li><li>{esc(a.title)}</li>'
        return self.html_response(
            self.shell(
                base,
                a.title,
                a.title,
                content,
                crumbs,
                f"not-front not-logged-in page-node page-node- page-node-{a.id} node-type-news",
            )
        )

    def deleted(self, base):
        crumbs = f'<li><a href="{base}/">หน้าแรก</a></li>'
        return self.html_response(
            self.shell(
                base,
                "ไม่อนุญาตให้เข้าถึง",
                "ไม่อนุญาตให้เข้าถึง",
                "<p>คุณไม่มีสิทธิ์เข้าถึงหน้านี้</p>",
                crumbs,
                "not-front not-logged-in page-node",
            )
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == "/":
            return 302, {"Location": base + q(CAT)}, b""
        if path == CAT:
            v = qs1(query, "page", "0")
            return self.listing(base, int(v)) if v.isdigit() else None
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ส่งโดย",
                "แหล่งข่าว:",
                "ป้ายกำกับ:",
                "ฉบับพิมพ์",
                "ส่งต่อ",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวยอดนิยม",
                "ผู้ใช้ออนไลน์",
                "จำนวนผู้เข้าชมเว็บไซต์",
            ]
            out.append(expected_record(a, published_time=True, must_not=on_page(self, a, must_not)))
        return out


SITE = ZenSite()

if __name__ == "__main__":
    main(SITE)
