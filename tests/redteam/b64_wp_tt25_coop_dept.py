"""Blind-64 red-team site (part A): a department's news section (กรมส่งเสริมสหกรณ์-like,
2021-2025) on **WordPress 6.7 + the default block theme Twenty Twenty-Five** (Thai locale), with
what a department's webmaster installs: Post Views Counter, AddToAny, Cookie Notice, WP
Statistics in the footer. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus, the theme as kept in WordPress's public
repositories): TT25's `templates/single.html` (header part; `main.wp-block-group`; a full-width
group with `post-title` h1, `post-featured-image`, the `hidden-written-by` pattern, `post-content`,
a group with the `post_tag` terms in the `is-style-post-terms-1` style, the `post-navigation`
pattern, comments; then the `more-posts` pattern; footer part), `patterns/hidden-written-by.php`
("Written by" + author name + "in" + category terms, no date), `patterns/post-navigation.php`
(`nav` group with previous / next `post-navigation-link` blocks showing titles and arrows),
`patterns/more-posts.php` (heading "More posts", a query of four with title and date),
`templates/archive.html` (`query-title`, `term-description`, the `template-query-loop` pattern:
featured image, title, content, date, `query-pagination` previous / numbers / next with
arrows). From memory: the blocks' printed markup (`wp-block-post-title`, `wp-block-post-date`
with `time[datetime]`, `wp-block-post-terms`, `post-navigation-link-previous`,
`wp-block-query-pagination-numbers`, `wp-block-post-excerpt__more-link`), the image, gallery and
file blocks, Post Views Counter's `div.post-views`, AddToAny's `addtoany_share_save_container`,
Cookie Notice's `#cookie-notice`, the th locale's date names (CE years). No one's code or text
was copied.

What it imitates (an everyday archive; one quirk):
- `/%postname%/` permalinks (Thai slugs percent-encoded in lower-case hex; one editor types
  `cpd-news-68-015`); the category archive `/category/news/`, `/page/2/`, `/page/3/`, 10 a page;
- the webmaster's edits in the Site Editor: the "เขียนโดย … ใน …" row gained a Post Date block
  ("12 มีนาคม 2025", the site's `j F Y`, CE), the archive loop shows an excerpt with "อ่านต่อ"
  and a "12 มี.ค. 2025" date (`j M Y`), the more-posts list "โพสต์เพิ่มเติม" keeps `j F Y`;
- editors: the PR group's block posts (captioned picture first, captioned gallery "ภาพกิจกรรม"),
  a second editor's plain block posts with a file block ("ดาวน์โหลด"), sources "ข่าว/ภาพ :",
  "ที่มา :", "เรียบเรียง :", "ข่าว :", a right-aligned division line, or none;
- Post Views Counter "จำนวนผู้เข้าชม: 1,234" and AddToAny "แชร์ข่าวนี้" appended to every post's
  content, tags on some, previous / next with titles, footer with address and WP Statistics,
  Cookie Notice bar;
- **the quirk: the 2021-2022 news was imported from the department's old site with dates only:
  those posts carry midnight (`datetime="2021-11-05T00:00:00+07:00"`) and their classic HTML
  (`&nbsp;`-indented paragraphs with `<br />` breaks) sits in a Classic block**;
- deleted item (linked from page 2): a duplicate post an editor could not delete, emptied and
  retitled "ลบ" (200, the single template around an empty content with the counter and share bar).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import MONTHS, MONTHS_ABBR, TZ, BaseSite, esc, expected_record, main
from .b63a_common import build, keep_furniture, text_of, wp_slug

DEPT = "กรมส่งเสริมสหกรณ์"
SITE_TAGLINE = "Cooperative Promotion Department"
CAT = "ข่าวกิจกรรม"
CAT_PATH = "/category/news/"
PER = 10
AUTHORS = {0: "ฝ่ายประชาสัมพันธ์", 1: "กนกวรรณ ท.", 2: "ผู้ดูแลเว็บไซต์"}
AUTHOR_SLUGS = {0: "pr-cpd", 1: "kanokwan", 2: "webadmin"}
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ที่มา", "กองพัฒนาสหกรณ์ด้านการเกษตร"),
    ("signoff", "สำนักส่งเสริมและพัฒนาการบริหารการเงินสหกรณ์"),
    None,
    ("เรียบเรียง", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ข่าว", "กองประชาสัมพันธ์ กรมส่งเสริมสหกรณ์"),
]
TAGS = ["สหกรณ์การเกษตร", "กลุ่มเกษตรกร", "อธิบดีกรมส่งเสริมสหกรณ์", "ตลาดสินค้าเกษตร", "ธรรมาภิบาล"]
CAPTIONS = [
    "ภาพประกอบ: บรรยากาศการประชุม",
    "ภาพประกอบ: ผู้เข้าร่วมกิจกรรม",
    "ภาพประกอบ: การลงพื้นที่ติดตามงาน",
]
GALLERY_CAP = "ภาพกิจกรรม"
VIEWS = "จำนวนผู้เข้าชม:"
SHARE = "แชร์ข่าวนี้"
WRITTEN = "เขียนโดย"
MORE_POSTS = "โพสต์เพิ่มเติม"
READ_MORE = "อ่านต่อ"
DOWNLOAD = "ดาวน์โหลด"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดีที่สุด"
FOOTER = "เลขที่ 12 ถนนกรุงเกษม แขวงบ้านพานถม เขตพระนคร กรุงเทพมหานคร 10200"
CREDIT = "ออกแบบด้วย WordPress"
STATS = "สถิติผู้เข้าชมเว็บไซต์"
GONE_TITLE = "ลบ"


def th_full(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def th_abbr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class TT25Site(BaseSite):
    key = "b64_wp_tt25_coop_dept"
    family = "wordpress"
    imitates = (
        "a department's news on WordPress 6.7 + Twenty Twenty-Five (block theme, Site Editor "
        "edits: post date in the written-by row, excerpt archive), Post Views Counter, "
        "AddToAny, Cookie Notice; the 2021-22 news imported from the old site with midnight "
        "times"
    )
    listing_path = CAT_PATH

    def __init__(self):
        arts = build(self.key, 24, start=dt.datetime(2025, 7, 3, 17, 0, tzinfo=TZ), offset=31)
        for i, a in enumerate(arts):
            if i >= 9:  # older news spreads back over 2022-2024 ...
                back = dt.timedelta(days=41 * (i - 8) + 3 * (i % 4))
                a.published -= back
                if a.modified:
                    a.modified -= back
            a.id = 5120 - i * 37 - (i % 5) * 3
            imported = i >= 18  # ... and the oldest six came from the old site
            if imported:
                a.published = (a.published - dt.timedelta(days=560)).replace(hour=0, minute=0)
                a.time_printed = False
                ed = 2
            else:
                a.time_printed = True
                ed = 0 if i % 3 != 1 else 1
            a.modified = None  # nothing on the page prints a modified date
            a.extra["ed"] = ed
            a.extra["imported"] = imported
            if ed == 1 and i % 2 == 1:
                slug = f"cpd-news-{(a.published.year + 543) % 100}-{40 - i:03d}"
            else:
                slug = wp_slug(a.title)
            a.extra["slug"] = slug
            a.path = f"/{slug}/"
            a.views = a.views if not imported else a.views % 400 + 15
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range(i % 3)] if not imported else []
            a.extra["caption"] = CAPTIONS[i % len(CAPTIONS)]
            a.extra["gallery"] = ed == 0 and i % 2 == 0
            a.extra["file"] = ed == 1
        self.articles = arts
        self.pages = [arts[0:10], arts[10:19], arts[19:]]
        prev = self.pages[1][3]
        self.gone_when = prev.published + dt.timedelta(hours=1, minutes=5)
        self.gone_path = "/%e0%b8%a5%e0%b8%9a-2/"
        self.gone_id = prev.id + 2
        paths = [a.path for a in arts]
        assert len(set(paths)) == len(paths) and self.gone_path not in paths

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [CAT_PATH] + [f"{CAT_PATH}page/{k}/" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [self.gone_path]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    # ------------------------------------------------------------------ shell
    def shell(self, title, main_html, *, body_class):
        nav = "".join(
            f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{h}"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
            for t, h in [
                ("หน้าแรก", "/"),
                ("เกี่ยวกับกรม", "/about/"),
                (CAT, CAT_PATH),
                ("ประกาศ", "/category/announcement/"),
                ("จัดซื้อจัดจ้าง", "/category/procurement/"),
                ("ITA", "/ita/"),
                ("ติดต่อเรา", "/contact/"),
            ]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{DEPT} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.5.2' media='all' />
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.5.5' media='all' />
<link rel='stylesheet' id='twentytwentyfive-style-css' href='/wp-content/themes/twentytwentyfive/style.css?ver=1.1' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script defer src="https://static.addtoany.com/menu/page.js" id="addtoany-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.7.2" />
</head>
<body class="{body_class} wp-embed-responsive cookies-not-set">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="64" height="64" src="/wp-content/uploads/2024/10/cpd-logo.png" class="custom-logo" alt="{DEPT}" decoding="async" /></a></div>
<p class="wp-block-site-title"><a href="/" target="_self" rel="home">{DEPT}</a></p>
<p class="wp-block-site-tagline">{SITE_TAGLINE}</p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex wp-block-navigation-is-layout-flex" aria-label="เมนูหลัก"><button aria-haspopup="dialog" aria-label="เปิดเมนู" class="wp-block-navigation__responsive-container-open"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M5 5v1.5h14V5H5zm0 7.8h14v-1.5H5v1.5zM5 19h14v-1.5H5V19z"></path></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__responsive-dialog"><button aria-label="ปิดเมนู" class="wp-block-navigation__responsive-container-close"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><path d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path></svg></button>
<div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav}</ul></div></div></div></div></nav>
</div></div></div>
</header>

{main_html}

<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<p class="wp-block-site-title"><a href="/" target="_self" rel="home">{DEPT}</a></p>
<p>{FOOTER}<br />โทรศัพท์ 0 2628 5240 โทรสาร 0 2280 1260</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">{STATS}</h2>
<ul class="wp-statistics-useronline">
<li><label>ผู้ใช้งานออนไลน์:&nbsp;</label>14</li>
<li><label>ผู้เข้าชมวันนี้:&nbsp;</label>1,086</li>
<li><label>ผู้เข้าชมเมื่อวาน:&nbsp;</label>2,417</li>
<li><label>ผู้เข้าชมทั้งหมด:&nbsp;</label>1,904,336</li>
</ul>
</div>
</div>
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<p class="has-small-font-size">สงวนลิขสิทธิ์ © 2568 {DEPT}</p>
<p class="has-small-font-size"><a href="https://th.wordpress.org" rel="nofollow">{CREDIT}</a></p>
</div>
</div></div>
</footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">{COOKIE} <a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-privacy-policy-link cn-link">นโยบายความเป็นส่วนตัว</a></span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="ไม่"></span></div></div>
<script src="/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.5.5" id="cookie-notice-front-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces
    def upload(self, a, name):
        return f"/wp-content/uploads/{a.published:%Y/%m}/{name}"

    def content_html(self, a):
        ed = a.extra["ed"]
        out = []
        if ed == 2:  # imported classic HTML in a Classic block
            for p in a.paras:
                out.append(f"<p>&nbsp; &nbsp; &nbsp;{esc(p)}</p>")
            if a.source:
                if a.extra["label"] == "signoff":
                    out.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
                else:
                    out.append(f"<p>{esc(a.extra['label'])} : {esc(a.source)}<br />&nbsp;</p>")
        else:
            if ed == 0:
                out.append(
                    f'<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683" src="{self.upload(a, f"cpd{a.id}-1-1024x683.jpg")}" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">{esc(a.extra["caption"])}</figcaption></figure>'
                )
            for p in a.paras:
                out.append(f"<p>{esc(p)}</p>")
            if a.extra["gallery"]:
                imgs = "".join(
                    f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" data-id="{a.id + k}" src="{self.upload(a, f"cpd{a.id}-{k}-1024x683.jpg")}" alt="" class="wp-image-{a.id + k}" /></figure>'
                    for k in range(2, 8)
                )
                out.append(
                    f'<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">{imgs}<figcaption class="blocks-gallery-caption wp-element-caption">{GALLERY_CAP}</figcaption></figure>'
                )
            if a.extra["file"]:
                fname = f"หนังสือสั่งการ-กสส-{a.id}"
                href = self.upload(a, quote(fname.replace(" ", "-")) + ".pdf")
                out.append(
                    f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind--hidden="!state.hasPdfPreview" hidden class="wp-block-file__embed" data="{href}" type="application/pdf" style="width:100%;height:600px" aria-label="ฝังของ {esc(fname)}"></object><a id="wp-block-file--media-{a.id}" href="{href}">{esc(fname)}</a><a href="{href}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">{DOWNLOAD}</a></div>'
                )
            if a.source:
                if a.extra["label"] == "signoff":
                    out.append(f'<p class="has-text-align-right">{esc(a.source)}</p>')
                elif ed == 0:
                    out.append(f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>")
                else:
                    out.append(f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>")
        return "\n\n".join(out)

    def plugins_after(self, pid, views, url, title):
        return (
            f'<div class="post-views content-post post-{pid} entry-meta load-static">\n'
            f'\t\t\t\t<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">{VIEWS}</span> <span class="post-views-count">{views:,}</span>\n'
            "\t\t\t</div>"
            f'<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">{SHARE}</div>'
            f'<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(title)}">'
            '<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook" title="Facebook" rel="nofollow noopener" target="_blank"></a>'
            '<a class="a2a_button_line" href="https://www.addtoany.com/add_to/line" title="Line" rel="nofollow noopener" target="_blank"></a>'
            '<a class="a2a_button_x" href="https://www.addtoany.com/add_to/x" title="X" rel="nofollow noopener" target="_blank"></a>'
            '<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'
        )

    def date_block(self, d, fmt, href=None, cls=""):
        text = th_full(d) if fmt == "full" else th_abbr(d)
        inner = f'<a href="{href}">{text}</a>' if href else text
        return f'<div class="wp-block-post-date{cls}"><time datetime="{d.isoformat()}">{inner}</time></div>'

    def more_posts(self, exclude=None):
        lis = []
        for x in [y for y in self.articles if y is not exclude][:4]:
            lis.append(
                f'<li class="wp-block-post post-{x.id} post type-post status-publish format-standard hentry category-news">'
                '<div class="wp-block-group alignfull is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" style="border-bottom-color:var(--wp--preset--color--accent-6);border-bottom-width:1px;padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">'
                f'<h3 class="wp-block-post-title has-large-font-size"><a href="{x.path}" target="_self" >{esc(x.title)}</a></h3>'
                + self.date_block(x.published, "full", x.path, " has-text-align-right")
                + "</div></li>"
            )
        return (
            '<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">\n'
            f'<h2 class="wp-block-heading alignwide has-small-font-size" style="font-style:normal;font-weight:700;letter-spacing:1.4px;text-transform:uppercase">{MORE_POSTS}</h2>\n'
            '<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="alignfull wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">'
            + "".join(lis)
            + "</ul></div>\n</div>"
        )

    def nav_link(self, x, kind):
        if x is None:
            return ""
        arrow = "←" if kind == "previous" else "→"
        rel = "prev" if kind == "previous" else "next"
        a_html = f'<a href="{x.path}" rel="{rel}">{esc(x.title)}</a>'
        arr = f'<span class="wp-block-post-navigation-link__arrow-{kind} is-arrow-arrow" aria-hidden="true">{arrow}</span>'
        inner = arr + a_html if kind == "previous" else a_html + arr
        cls = "post-navigation-link-previous" if kind == "previous" else "post-navigation-link-next"
        return f'<div class="{cls} wp-block-post-navigation-link">{inner}</div>'

    def single(
        self,
        *,
        pid,
        title,
        path,
        published,
        author,
        content,
        tags,
        older,
        newer,
        views,
        base,
        exclude,
    ):
        terms = ""
        if tags:
            terms = (
                '<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">'
                '<div class="taxonomy-post_tag is-style-post-terms-1 wp-block-post-terms">'
                + '<span class="wp-block-post-terms__separator">  </span>'.join(
                    f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in tags
                )
                + "</div></div>"
            )
        featured = (
            f'<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><img width="1024" height="683" src="/wp-content/uploads/{published:%Y/%m}/cpd{pid}-1-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" style="width:100%;height:100%;object-fit:cover;" decoding="async" /></figure>'
            if pid != self.gone_id
            else ""
        )
        main_html = f"""<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">
<h1 class="wp-block-post-title">{esc(title)}</h1>
{featured}
<div class="wp-block-group has-small-font-size is-nowrap is-layout-flex wp-block-group-is-layout-flex" style="margin-bottom:var(--wp--preset--spacing--60)">
<p class="has-accent-4-color has-text-color">{WRITTEN} </p>
<div class="wp-block-post-author-name"><a href="/author/{AUTHOR_SLUGS[author]}/" target="_self" class="wp-block-post-author-name__link">{esc(AUTHORS[author])}</a></div>
<p class="has-accent-4-color has-text-color">ใน</p>
<div style="font-style:normal;font-weight:300" class="taxonomy-category wp-block-post-terms"><a href="{CAT_PATH}" rel="tag">{CAT}</a></div>
<p class="has-accent-4-color has-text-color">·</p>
{self.date_block(published, "full")}
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{content}
{self.plugins_after(pid, views, base + path, title)}
</div>
{terms}
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--60);margin-bottom:var(--wp--preset--spacing--60);">
<nav class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" aria-label="การนำทางเรื่อง" style="border-top-color:var(--wp--preset--color--accent-6);border-top-width:1px;padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">
{self.nav_link(older, "previous")}
{self.nav_link(newer, "next")}
</nav>
</div>
</div>
{self.more_posts(exclude)}
</main>"""
        return self.html_response(
            self.shell(
                f"{title} – {DEPT}",
                main_html,
                body_class=f"post-template-default single single-post postid-{pid} single-format-standard",
            )
        )

    def render_article(self, a, base):
        older, newer = self.neighbours(a)
        return self.single(
            pid=a.id,
            title=a.title,
            path=a.path,
            published=a.published,
            author=a.extra["ed"],
            content=self.content_html(a),
            tags=a.tags,
            older=older,
            newer=newer,
            views=a.views,
            base=base,
            exclude=a,
        )

    def render_gone(self, base):
        p2 = self.pages[1]
        return self.single(
            pid=self.gone_id,
            title=GONE_TITLE,
            path=self.gone_path,
            published=self.gone_when,
            author=1,
            content="",
            tags=[],
            older=p2[4],
            newer=p2[3],
            views=9,
            base=base,
            exclude=None,
        )

    # ------------------------------------------------------------------ listing
    def excerpt(self, paras):
        words = " ".join(paras).split(" ")
        text = " ".join(words[:55]) + ("…" if len(words) > 55 else "")
        return esc(text)

    def card(self, pid, title, path, published, paras, thumb=True):
        img = (
            f'<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><a href="{path}" target="_self"  ><img width="1024" height="683" src="/wp-content/uploads/{published:%Y/%m}/cpd{pid}-1-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="{esc(title)}" style="width:100%;height:100%;object-fit:cover;" decoding="async" /></a></figure>'
            if thumb
            else ""
        )
        exc = self.excerpt(paras) if paras else ""
        return f"""<li class="wp-block-post post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">
{img}
<h2 class="wp-block-post-title has-x-large-font-size"><a href="{path}" target="_self" >{esc(title)}</a></h2>
<div class="wp-block-post-excerpt has-medium-font-size"><p class="wp-block-post-excerpt__excerpt">{exc} </p><p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt__more-link" href="{path}">{READ_MORE}</a></p></div>
{self.date_block(published, "abbr", path, " has-small-font-size")}
</div>
</li>"""

    def pagination(self, n):
        total = len(self.pages)

        def href(k):
            return CAT_PATH if k == 1 else f"{CAT_PATH}page/{k}/"

        parts = []
        if n > 1:
            parts.append(
                f'<a href="{href(n - 1)}" class="wp-block-query-pagination-previous"><span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>หน้าก่อนหน้า</a>'
            )
        nums = []
        for k in range(1, total + 1):
            if k == n:
                nums.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
            else:
                nums.append(f'<a class="page-numbers" href="{href(k)}">{k}</a>')
        parts.append(f'<div class="wp-block-query-pagination-numbers">{"".join(nums)}</div>')
        if n < total:
            parts.append(
                f'<a href="{href(n + 1)}" class="wp-block-query-pagination-next">หน้าถัดไป<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
            )
        return (
            '<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">'
            '<nav class="alignwide wp-block-query-pagination is-content-justification-space-between is-layout-flex wp-block-query-pagination-is-layout-flex" aria-label="การแบ่งหน้า">'
            + "".join(parts)
            + "</nav></div>"
        )

    def render_list(self, n):
        cards = [self.card(a.id, a.title, a.path, a.published, a.paras) for a in self.pages[n - 1]]
        if n == 2:
            cards.insert(
                4,
                self.card(
                    self.gone_id, GONE_TITLE, self.gone_path, self.gone_when, [], thumb=False
                ),
            )
        main_html = f"""<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">
<h1 class="wp-block-query-title">หมวดหมู่: <span>{CAT}</span></h1>
<div class="wp-block-term-description"><p>ข่าวกิจกรรมของ{DEPT} และหน่วยงานในสังกัด</p></div>
<div class="wp-block-query alignfull is-layout-flow wp-block-query-is-layout-flow">
<ul class="alignfull wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">
{chr(10).join(cards)}
</ul>
{self.pagination(n)}
</div>
{self.more_posts()}
</main>"""
        title = f"{CAT}" + (f" – หน้า {n}" if n > 1 else "") + f" – {DEPT}"
        return self.html_response(
            self.shell(title, main_html, body_class="archive category category-news category-3")
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 301, {"Location": f"{base}{CAT_PATH}"}, b""
        if path == CAT_PATH:
            return self.render_list(1)
        for k in range(2, len(self.pages) + 1):
            if path == f"{CAT_PATH}page/{k}/":
                return self.render_list(k)
        if path.lower() == self.gone_path:
            return self.render_gone(base)
        low = path.lower()
        for a in self.articles:
            if low == a.path.lower():
                return self.render_article(a, base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            text = text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            older, newer = self.neighbours(a)
            cands = [
                th_full(a.published),
                WRITTEN,
                AUTHORS[a.extra["ed"]],
                f"{VIEWS} {a.views:,}",
                SHARE,
                MORE_POSTS,
                GALLERY_CAP if a.extra["gallery"] else "",
                a.extra["caption"] if a.extra["ed"] == 0 else "",
                DOWNLOAD if a.extra["file"] else "",
                COOKIE,
                FOOTER,
                STATS,
                CREDIT,
                "ผู้เข้าชมทั้งหมด:",
            ]
            cands += [x.title for x in (older, newer) if x]
            cands += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, must_not=keep_furniture(cands, text, a))
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = TT25Site()

if __name__ == "__main__":
    main(SITE)
