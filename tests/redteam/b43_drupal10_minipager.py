"""Blind-43 red-team site (part C): **Drupal 10.2 + a custom front theme with Classy-copied
templates and the Views *mini pager***, run by a provincial agriculture office, built blind.

What it imitates:
- Generator "Drupal 10 (https://www.drupal.org)", `/core/misc/drupal.js`, `drupal-settings-json`,
  `/sites/default/files/css/`, `/rss.xml`, `/themes/custom/nkp_agri/`; pathauto
  `/content/<thai-free alias>` = `/content/news-<nid>`;
- node page: `h1.page-title` in the page-title block, submitted line "โดย <login> เมื่อ" with
  the created field as core's timestamp formatter, `<time datetime="…Z">` (UTC) around the
  **site's "medium" format `D, m/d/Y - H:i` (US month/day order, CE year, Thai weekday
  abbreviation)**; "ปรับปรุงล่าสุด" field (changed, same format) only on edited nodes;
  statistics "อ่าน N ครั้ง" in the node links; "แหล่งข่าว" inline field (some); image field
  (some); "เอกสารแนบ" file field (some); "คำสำคัญ" tags; Better Social Sharing Buttons +
  print / font-size inside the node; "ข่าวก่อนหน้า / ข่าวถัดไป" with neighbour titles; "ข่าวล่าสุด"
  Views block; comment section "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"; user login,
  visitor counter, EU cookie compliance bar, footer;
- listing `/news` Views page with the **mini pager**: only "‹‹", "หน้า N" and "››" links
  (0-based `?page=N`, query-only hrefs), no numbered pages, no last link.
Deleted: `/content/news-1187` — answers 200 with the site's "page not found" node (the 404
page is a node in site settings, served with 200 by the front cache): "ไม่พบหน้าที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดนครพนม"
LIST = "/news"
THEME = "/themes/custom/nkp_agri"
PER = 7
DAYS_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
SOURCES = ["กลุ่มส่งเสริมและพัฒนาการผลิต", None, "สำนักงานเกษตรอำเภอธาตุพนม", None, None]
LOGINS = ["admin_pr", "somchai.k", "webmaster"]
TAGS = ["ข้าวหอมมะลิ", "ศพก.", "แปลงใหญ่", "Smart Farmer", "ยางพารา", "ภัยแล้ง"]
DELETED = "/content/news-1187"
DELETED_TITLE = "ประกาศผลการคัดเลือกเกษตรกรดีเด่น (ยกเลิก)"
COUNTER = "ผู้เข้าชมทั้งหมด 482,119 คน"
COOKIE = "เราใช้คุกกี้เพื่อพัฒนาประสิทธิภาพ และประสบการณ์ที่ดีในการใช้เว็บไซต์ของคุณ"
FOOTER = "ศาลากลางจังหวัดนครพนม ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม 48000"
LOGIN_PROMPT = "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"
NOT_FOUND = "ไม่พบหน้าที่ท่านต้องการ"


def medium(d: dt.datetime) -> str:
    """Drupal's default 'medium' pattern 'D, m/d/Y - H:i', Thai weekday abbreviation."""
    return f"{DAYS_ABBR[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def utc(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class MiniPagerSite(BaseSite):
    key = "b43_drupal10_minipager"
    family = "drupal"
    imitates = "Drupal 10.2 + custom front theme with Classy-copied templates, provincial agriculture office: /content/news-<nid>; h1.page-title block; submitted 'โดย <login> เมื่อ' + created as <time datetime=…Z> (UTC) around the default medium format 'D, m/d/Y - H:i' (US month/day, CE year, Thai weekday abbreviation); 'ปรับปรุงล่าสุด' (same format) only on edited nodes; statistics 'อ่าน N ครั้ง'; 'แหล่งข่าว' inline field (some); image, 'เอกสารแนบ' (some); 'คำสำคัญ' tags; social share + print + font size inside the node; prev/next with neighbour titles; 'ข่าวล่าสุด' block; comment login prompt; user login, visitor counter, cookie bar; listing /news with the Views mini pager (‹‹ / หน้า N / ›› only, 0-based ?page=N)"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 8, 20, 16, 0, tzinfo=TZ), offset=17
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1240 - i * 3 - (i % 2)
            a.path = f"/content/news-{a.id}"
            a.time_printed = True
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i * 7) % 3)]
            a.views = 9 + (i * 131) % 2300
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert DELETED not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, body_class, page_title=None):
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></div>'
            for a in self.articles[:5]
        )
        h1 = (
            f'<div id="block-nkp-agri-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(page_title)}</span></h1></div>'
            if page_title
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="/rss.xml" />
<title>{esc(title)} | {OFFICE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx3kP9aWm2.css?delta=0&amp;language=th&amp;theme=nkp_agri&amp;include=eJxLz" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"th"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
<script src="/core/misc/drupal.js?v=10.2.6"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.2.6"></script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
<div class="region region-header"><div id="block-nkp-agri-site-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="{THEME}/logo.svg" alt="หน้าแรก" /></a><div class="site-name"><a href="/" rel="home">{OFFICE}</a></div><div class="site-slogan">เกษตรก้าวหน้า เกษตรกรมั่นคง</div></div>
<div class="font-resize"><a href="#" class="font-decrease">ก-</a><a href="#" class="font-reset">ก</a><a href="#" class="font-increase">ก+</a></div></div>
<nav role="navigation" aria-labelledby="block-nkp-agri-main-menu-menu" id="block-nkp-agri-main-menu"><h2 class="visually-hidden" id="block-nkp-agri-main-menu-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li><li class="menu-item menu-item--active-trail"><a href="{LIST}" data-drupal-link-system-path="news">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav>
</header>
<div class="region region-breadcrumb"><div id="block-nkp-agri-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">หน้าแรก</a></li><li><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{h1}
<div id="block-nkp-agri-content" class="block block-system block-system-main-block">
{content}
</div>
</div>
</div>
<aside class="layout-sidebar-second" role="complementary">
<div class="region region-sidebar-second">
<div class="views-element-container block block-views block-views-blocknews-latest-block-1" id="block-views-block-news-latest"><h2>ข่าวล่าสุด</h2><div><div class="view view-news-latest view-id-news_latest view-display-id-block_1">{latest}</div></div></div>
<div id="block-nkp-agri-userlogin" role="form" class="block block-user block-user-login-block"><h2>เข้าสู่ระบบ</h2><form class="user-login-form" data-drupal-selector="user-login-form" action="/news?destination=/news" method="post" id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" required="required" /></div><div class="js-form-item form-item"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" required="required" /></div><input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions"><input type="submit" id="edit-submit" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form><div class="item-list"><ul><li><a href="/user/password" title="ส่งคำแนะนำในการเปลี่ยนรหัสผ่านทางอีเมล" class="request-password-link">เปลี่ยนรหัสผ่าน</a></li></ul></div></div>
<div id="block-visitorcounter" class="block block-block-content"><h2>สถิติผู้เข้าชม</h2><div class="field field--name-body"><p>วันนี้ 312 คน</p><p>{COUNTER}</p></div></div>
</div>
</aside>
</main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div id="block-footeraddress" class="block block-block-content"><p>{OFFICE}</p><p>{FOOTER} โทร. 0-4251-1234</p><p>Copyright © 2567 {OFFICE} สงวนลิขสิทธิ์</p></div></div></footer>
</div>
</div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-describedby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">นโยบายคุกกี้</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def teaser(self, nid, path, title, date_html, summary, image):
        img = (
            f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/medium/public/news/{nid}.jpg?itok=Xa1" width="220" height="147" alt="" /></a></div></div>'
            if image
            else ""
        )
        return f"""<div class="views-row">{img}
<div class="views-field views-field-title"><h3 class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></h3></div>
<div class="views-field views-field-created"><span class="field-content">{date_html}</span></div>
<div class="views-field views-field-body"><div class="field-content">{esc(summary)}</div></div>
<div class="views-field views-field-view-node"><span class="field-content"><a href="{path}" hreflang="th">อ่านต่อ</a></span></div>
</div>"""

    def listing(self, k):
        n = len(self.pages)
        rows = []
        for j, a in enumerate(self.pages[k]):
            d = f'<time datetime="{utc(a.published)}">{medium(a.published)}</time>'
            rows.append(
                self.teaser(a.id, a.path, a.title, d, a.paras[0][:200] + "…", a.extra["image"])
            )
            if k == 1 and j == 2:
                rows.append(self.teaser(1187, DELETED, DELETED_TITLE, "", "", False))
        items = []
        if k > 0:
            prev = "?page=" + str(k - 1) if k > 1 else "?page=0"
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="{prev}" title="ไปยังหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹‹</span></a></li>'
            )
        items.append(f'<li class="pager__item is-active">หน้า {k + 1}</li>')
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปยังหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">››</span></a></li>'
            )
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-5c0e1f">
<div class="view-header"><p>ข่าวสารและกิจกรรมของ{OFFICE}</p></div>
<div class="view-content">{"".join(rows)}</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>
<div class="feed-icons"><a href="/news/rss.xml" class="feed-icon">สมัครรับข่าวสาร ข่าวประชาสัมพันธ์</a></div>
</div></div>"""
        return self.shell("ข่าวประชาสัมพันธ์", content, "path-news page-view-news", "ข่าวประชาสัมพันธ์")

    # ------------------------------------------------------------------ node
    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None  # older
        nxt = self.articles[i - 1] if i > 0 else None  # newer
        return prev, nxt

    def node(self, a):
        p = a.published
        img = (
            f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/news/{a.id}.jpg?itok=b7Q" width="800" height="533" alt="ภาพกิจกรรม" /></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        src = (
            f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">แหล่งข่าว</div><div class="field__item">{esc(a.source)}</div></div>'
            if a.source
            else ""
        )
        changed = (
            f'<div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">ปรับปรุงล่าสุด</div><div class="field__item"><time datetime="{utc(a.modified)}" class="datetime">{medium(a.modified)}</time></div></div>'
            if a.modified
            else ""
        )
        files = (
            f'<div class="field field--name-field-attachment field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-07/news{a.id}.pdf" type="application/pdf">news{a.id}.pdf</a></span> <span class="file-size">(184.2 KB)</span></div></div></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><h3 class="field__label inline">คำสำคัญ</h3><ul class="links field__items">'
            + "".join(
                f'<li><a href="/taxonomy/term/{40 + TAGS.index(t)}" hreflang="th">{esc(t)}</a></li>'
                for t in a.tags
            )
            + "</ul></div>"
            if a.tags
            else ""
        )
        prev, nxt = self.neighbours(a)
        nav = '<div class="node-prev-next">'
        if prev:
            nav += f'<div class="prev-link"><span class="label">ข่าวก่อนหน้า</span> <a href="{prev.path}" rel="prev">{esc(prev.title)}</a></div>'
        if nxt:
            nav += f'<div class="next-link"><span class="label">ข่าวถัดไป</span> <a href="{nxt.path}" rel="next">{esc(nxt.title)}</a></div>'
        nav += "</div>"
        content = f"""<article data-history-node-id="{a.id}" role="article" about="{a.path}" class="node node--type-news node--promoted node--view-mode-full">
<div class="node__meta">
<span>โดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{3 + LOGINS.index(a.extra["login"])}" typeof="schema:Person" property="schema:name" datatype="">{a.extra["login"]}</span></span> เมื่อ <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc(p)}" class="datetime">{medium(p)}</time></span></span>
</div>
<div class="better-social-sharing-buttons"><span class="share-label">แบ่งปัน</span><a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" target="_blank" class="social-sharing-buttons__button share-facebook" rel="noopener">Facebook</a><a href="https://twitter.com/intent/tweet?url={a.path}" target="_blank" class="social-sharing-buttons__button share-twitter" rel="noopener">X (Twitter)</a><a href="https://social-plugins.line.me/lineit/share?url={a.path}" target="_blank" class="social-sharing-buttons__button share-line" rel="noopener">LINE</a><a href="javascript:window.print()" class="social-sharing-buttons__button btn-print">พิมพ์หน้านี้</a></div>
<div class="node__content">
{img}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
{src}
{files}
{tags}
{changed}
<div class="node__links"><ul class="links inline"><li class="statistics-counter">อ่าน {a.views:,} ครั้ง</li></ul></div>
{nav}
<section class="comment-section"><h2 class="comment-section__title">ความคิดเห็น</h2><div class="comment-forbidden"><a href="/user/login?destination=/comment/reply/node/{a.id}/comment%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/comment/reply/node/{a.id}/comment%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</div></section>
</div>
</article>"""
        return self.shell(a.title, content, "path-node page-node-type-news", a.title)

    def not_found(self):
        content = f"""<article data-history-node-id="12" role="article" about="/node/12" class="node node--type-page node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{NOT_FOUND}</p><p>หน้าที่ท่านเรียกอาจถูกย้ายหรือลบออกจากระบบแล้ว กรุณากลับไปยัง<a href="/">หน้าแรก</a></p></div></div></article>"""
        return self.shell("ไม่พบหน้า", content, "path-node page-node-type-page", "ไม่พบหน้า")

    def route(self, path, query, raw_query, base):
        if path == LIST:
            page = qs1(query, "page", "0")
            if not page.isdigit() or int(page) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(page)))
        if path in self.by_path:
            return self.html_response(self.node(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.not_found())
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"โดย {a.extra['login']}",
                medium(a.published),
                f"อ่าน {a.views:,} ครั้ง",
                "ปรับปรุงล่าสุด",
                "แหล่งข่าว",
                "แบ่งปัน",
                "พิมพ์หน้านี้",
                "X (Twitter)",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "คำสำคัญ",
                "ความคิดเห็น",
                LOGIN_PROMPT,
                "ข่าวล่าสุด",
                "เปลี่ยนรหัสผ่าน",
                COUNTER,
                COOKIE,
                FOOTER,
                "ข้ามไปยังเนื้อหาหลัก",
                "เกษตรก้าวหน้า เกษตรกรมั่นคง",
            ]
            if a.modified:
                must_not.append(medium(a.modified))
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"news{a.id}.pdf"]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = MiniPagerSite()

if __name__ == "__main__":
    main(SITE)
