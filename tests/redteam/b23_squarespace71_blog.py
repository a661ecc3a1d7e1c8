"""Blind-23 red-team site: a provincial heritage-town project office (โครงการพัฒนาเมืองเก่าน่าน,
สำนักงานจังหวัดน่าน) whose site runs on the hosted builder **Squarespace 7.1** (a blog page
"ข่าวสาร" with the basic-grid list design, site language left at English); built blind.

What it imitates:
- Squarespace's page shell: `<!-- This is Squarespace. --><!-- nan-oldtown -->`, `<base href="">`,
  `static1.squarespace.com` / `assets.squarespace.com` assets, `Static.SQUARESPACE_CONTEXT`,
  `body#collection-…` with tweak classes (`collection-type-blog`, `view-list` / `view-item`),
  `header#header` (`header-title-text`, `header-nav-item`), `main#page` > `article#sections` >
  `section.page-section`, a footer section with a newsletter block and address, the cookie
  banner `sqs-cookie-banner-v2`;
- `<title>` "<headline> — <site>", og:/twitter: tags, two JSON-LD blocks (WebSite, and for a post
  an Article with **`datePublished` / `dateModified` in the form "2024-03-05T14:20:00+0700"**
  (basic-format offset, no colon), headline, author);
- the post (`article.entry.h-entry.hentry`, `blog-item-wrapper`): top meta (category link,
  author "Nan Old Town Admin", **`time.dt-published` with `datetime="2024-03-05"` (day only) and the
  text "3/5/24" — US month/day/two-digit-CE-year because the site language is English**), then
  `h1.entry-title.entry-title--large.p-name`; hidden `meta[itemprop]` datePublished /
  dateModified / headline; `blog-item-content e-content` > `sqs-layout` rows of blocks: HTML
  blocks (`sqs-html-content`, `<p class="" style="white-space:pre-wrap;">`), an image block with
  caption (some), a right-aligned credit HTML block "ข่าว/ภาพ :" / "ที่มา :" / "เรียบเรียง :" +
  office (4 in 7), **a code block with a LINE / Facebook share bar "แชร์ข่าวนี้" and a summary-v2
  block "ข่าวที่เกี่ยวข้อง" (three headlines with dates) inside the post layout** (every other
  post), a file link block "ดาวน์โหลดเอกสาร" (some); below: tags, the share container, the author
  profile, "0 Comments", the item pagination "Previous" / "Next" with **neighbour titles**;
- post URLs: Squarespace could not make a slug from the Thai titles, so each post carries a
  generated id slug (`/news/k3x9…`);
- the list: `/news`, then **"Older Posts" `?offset=<epoch milliseconds of the last post shown>`**
  and "Newer Posts" `?reversePaginate=true&offset=…`, 9 posts a page (basic grid: category,
  date "3/5/24", `h1.blog-title` link, excerpt, "Read More");
- the deleted item: a post later restricted to members (Member Areas); the list still shows it
  with a lock badge, and its URL answers 200 with the member lock screen ("Log in", "Join").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random

from ._common import esc, main
from .b22c_common import B9Site, build, record

SITE_NAME = "โครงการพัฒนาเมืองเก่าน่าน"
SOURCES = [
    "สำนักงานจังหวัดน่าน",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
    "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด สำนักงานจังหวัดน่าน",
    None,
    "สำนักงานวัฒนธรรมจังหวัดน่าน",
    None,
]
LABELS = ["ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :"]
CATEGORIES = ["ข่าวกิจกรรม", "ข่าวประชาสัมพันธ์", "เมืองเก่า"]
AUTHOR = "Nan Old Town Admin"
DELETED_TITLE = "สรุปผลการประชุมคณะทำงานเมืองเก่าน่าน (สำหรับสมาชิก)"


def gen_slug(seed: str) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))


def item_id(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:24]


def us_short(d: dt.datetime) -> str:
    """'3/5/24' (en-US M/D/YY)."""
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def sqs_iso(d: dt.datetime) -> str:
    """'2024-03-05T14:20:00+0700'."""
    return d.strftime("%Y-%m-%dT%H:%M:%S%z")


def ms(d: dt.datetime) -> int:
    return int(d.timestamp() * 1000)


class Squarespace71BlogSite(B9Site):
    key = "b23_squarespace71_blog"
    family = "generic"
    imitates = (
        "Squarespace 7.1 blog (basic grid, site language English): ?offset=<epoch ms> 'Older "
        "Posts' / reversePaginate 'Newer Posts', generated id slugs for Thai titles, "
        "h1.entry-title.p-name, time.dt-published datetime day-only with text M/D/YY, JSON-LD "
        "Article datePublished/dateModified '+0700', sqs-layout blocks with a code-block share "
        "bar and a summary-v2 'ข่าวที่เกี่ยวข้อง' inside the post, credit HTML block, item "
        "pagination with neighbour titles; deleted = members-only lock screen (200)"
    )
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 29, dt.datetime(2024, 3, 22, 17, 0), first_id=500, step=1
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # JSON-LD and itemprop carry the time of every post
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["label"] = LABELS[i % len(LABELS)]
            a.extra["slug"] = gen_slug(f"{self.key}-{a.id}")
            a.extra["iid"] = item_id(f"{self.key}-{a.id}")
            a.extra["cat"] = CATEGORIES[i % len(CATEGORIES)]
            a.extra["image"] = i % 3 == 0
            a.extra["summary"] = i % 2 == 0
            a.extra["file"] = i % 5 == 3
            a.path = f"/news/{a.extra['slug']}"
        self.deleted_slug = gen_slug(f"{self.key}-members")
        self.deleted_path = f"/news/{self.deleted_slug}"
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?offset={ms(self.pages[k - 1][-1].published)}"

    def deleted_paths(self):
        return [self.deleted_path]

    def robots(self):
        return (
            "# Squarespace Robots Txt\n\nUser-agent: *\nDisallow: /config\nDisallow: /search\n"
            "Disallow: /account$\nDisallow: /api/\nDisallow: /static/\nDisallow: /*?author=*\n"
            "Disallow: /*&author=*\nDisallow: /*?tag=*\nDisallow: /*?month=*\n"
            "Disallow: /*?view=*\nDisallow: /*?format=*\n\nSitemap: /sitemap.xml\n"
        )

    def extra_route(self, key, query):
        if key.startswith("/news?reversePaginate=true&offset="):
            off = key.rsplit("=", 1)[1]
            for k, page in enumerate(self.pages):
                if k > 0 and str(ms(page[0].published)) == off:
                    return self.html_response(self.listing(k - 1))
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, *, title, main_html, body_cls, coll_id, head_extra="", desc=""):
        nav = "".join(
            f'<div class="header-nav-item header-nav-item--collection{" header-nav-item--active" if lab == "ข่าวสาร" else ""}"><a href="{u}" data-animation-role="header-element">{lab}</a></div>'
            for u, lab in [
                ("/", "หน้าแรก"),
                ("/about", "เกี่ยวกับโครงการ"),
                ("/news", "ข่าวสาร"),
                ("/heritage-map", "แผนที่มรดกเมืองเก่า"),
                ("/contact", "ติดต่อ"),
            ]
        )
        ctx = json.dumps(
            {
                "facebookAppId": "314192535267336",
                "rollups": {},
                "pageType": 1,
                "website": {
                    "id": "64a1f0c2b7e3d51a2c9f8e10",
                    "identifier": "nan-oldtown",
                    "siteTitle": SITE_NAME,
                    "language": "en-US",
                    "timeZone": "Asia/Bangkok",
                },
                "websiteSettings": {"storeSettings": {}},
                "templateId": "5c5a519771c10ba3470d8101",
                "templateVersion": "7.1",
                "collectionId": coll_id,
            },
            ensure_ascii=False,
        )
        return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US" >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- nan-oldtown -->
<base href="">
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/64a1f0c2b7e3d51a2c9f8e10/favicon.ico?format=100w"/>
<meta property="og:site_name" content="{SITE_NAME}"/>
<meta property="og:title" content="{esc(title)}"/>
<meta itemprop="name" content="{esc(title)}"/>
<meta name="twitter:title" content="{esc(title)}"/>
<meta name="twitter:card" content="summary"/>
{head_extra}<meta name="description" content="{esc(desc)}" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<script type="text/javascript" src="//use.typekit.net/ik/kZ9xQw.js" async fetchpriority="high" onload="try{{Typekit.load();}} catch(e){{}}"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-0a9e3c1f2b4d-min.en-US.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {ctx};</script><script type="application/ld+json">{{"url":"/","name":"{SITE_NAME}","description":"","@context":"http://schema.org","@type":"WebSite"}}</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f0c2b7e3d51a2c9f8e10/41/5c5a519771c10ba3470d8101/64a1f0c2b7e3d51a2c9f8e2f/1612/site.css"/>
  </head>

  <body id="{body_cls[0]}" class="{body_cls[1]} header-width-full tweak-blog-basic-grid-width-inset tweak-blog-item-width-narrow tweak-blog-item-pagination-show tweak-blog-item-show-author-profile tweak-blog-meta-primary-category tweak-blog-meta-secondary-date tweak-global-animations-enabled primary-button-style-solid form-use-theme-colors header-button-style-solid image-block-poster-text-alignment-center"  data-description="">

    <div id="siteWrapper" class="clearfix site-wrapper">
      <header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles='{{"layout":"navRight","action":{{"buttonText":"Get Started","newWindow":false}}}}'>
        <div class="header-announcement-bar-wrapper">
          <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
            <div class="header-display-desktop" data-content-field="site-title">
              <div class="header-title-nav-wrapper">
                <div class="header-title" data-animation-role="header-element">
                  <div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64a1f0c2b7e3d51a2c9f8e10/logo-nan.png?format=1500w" alt="{SITE_NAME}" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="sqs"></a></div>
                  <div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">{SITE_NAME}</a></div>
                </div>
                <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{nav}</nav></div></div>
              </div>
            </div>
          </div>
        </div>
      </header>

      <main id="page" class="container" role="main">
        <article class="sections" id="sections" data-page-sections="{coll_id}">
{main_html}
        </article>
      </main>

      <footer class="sections" id="footer-sections" data-footer-sections>
        <section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black" data-section-id="64a1f0c2b7e3d51a2c9f8f01">
          <div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1f0c2b7e3d51a2c9f8f01"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
            <div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1688330001_4411"><div class="sqs-block-content"><div class="sqs-html-content">
              <h3 style="white-space:pre-wrap;">{SITE_NAME}</h3>
              <p class="" style="white-space:pre-wrap;">ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลผาสิงห์ อำเภอเมืองน่าน จังหวัดน่าน 55000</p>
              <p class="" style="white-space:pre-wrap;">โทร 0 5471 0231</p>
            </div></div></div>
          </div><div class="col sqs-col-6 span-6">
            <div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1688330001_5123"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
              <div class="newsletter-form-header"><h2 class="newsletter-form-header-title">รับข่าวสารทางอีเมล</h2></div>
              <form class="newsletter-form" data-form-id="64a1f0c2b7e3d51a2c9f8f77" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '64a1f0c2b7e3d51a2c9f8f77', collectionId: '{coll_id}', objectName: 'page-section-64a1f0c2b7e3d51a2c9f8f01' }}); }}); return false; }})(this);">
                <div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label><input id="email-yui_3_17_2_1" class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="Email Address" /></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
              </form>
            </div></div></div>
          </div></div></div></div></div>
        </section>
      </footer>
    </div>

    <div class="sqs-cookie-banner-v2-wrapper" data-nosnippet><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อวิเคราะห์การเข้าชมและพัฒนาประสบการณ์การใช้งาน</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
    <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.0b5e7a1c3f8d2e46.js" type="text/javascript"></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ list

    def list_item(self, u, title, d, cat, excerpt, img, iid, locked=False):
        pic = (
            f'<a href="{u}" class="image-wrapper" data-animation-role="image"><img data-src="https://images.squarespace-cdn.com/content/v1/64a1f0c2b7e3d51a2c9f8e10/{iid}/cover.jpg" alt="" data-image-dimensions="1500x1000" data-image-focal-point="0.5,0.5" data-load="false" src="https://images.squarespace-cdn.com/content/v1/64a1f0c2b7e3d51a2c9f8e10/{iid}/cover.jpg?format=750w" loading="lazy"></a>'
            if img
            else ""
        )
        lock = (
            '<span class="blog-item-member-lock" aria-label="Members only"><svg viewBox="0 0 16 16"><path d="M4 7V5a4 4 0 118 0v2"/></svg></span>'
            if locked
            else ""
        )
        return f"""
          <article class="blog-basic-grid--container entry blog-item{" is-loaded" if not locked else " blog-item--locked"}" data-item-id="{iid}">
            <div>{pic}</div>
            <div class="blog-basic-grid--text">
              <div class="blog-meta-section">
                <span class="blog-meta-primary"><span class="blog-categories-list"><a href="/news/category/{esc(cat)}" class="blog-categories">{esc(cat)}</a></span></span>
                <span class="blog-meta-delimiter"></span>
                <span class="blog-meta-secondary"><time class="blog-date" pubdate data-animation-role="date">{us_short(d)}</time></span>
              </div>
              <h1 class="blog-title" data-animation-role="content-heading">{lock}<a href="{u}" data-no-animation>{esc(title)}</a></h1>
              <div class="blog-excerpt" data-animation-role="content"><div class="blog-excerpt-wrapper"><p class="" style="white-space:pre-wrap;">{esc(excerpt)}</p></div></div>
              <a class="blog-more-link" href="{u}" data-animation-role="content">Read More</a>
            </div>
          </article>"""

    def listing(self, k):
        items = [
            self.list_item(
                a.path,
                a.title,
                a.published,
                a.extra["cat"],
                a.paras[0][:140] + "…",
                a.extra["image"],
                a.extra["iid"],
            )
            for a in self.pages[k]
        ]
        if k == 1:
            d = self.pages[1][3].published + dt.timedelta(hours=2)
            items.insert(
                3,
                self.list_item(
                    self.deleted_path,
                    DELETED_TITLE,
                    d,
                    "ข่าวประชาสัมพันธ์",
                    "เนื้อหานี้สำหรับสมาชิกเครือข่ายเมืองเก่าน่านเท่านั้น",
                    False,
                    item_id(self.deleted_slug),
                    locked=True,
                ),
            )
        newer = older = ""
        if k > 0:
            newer = f'<div class="newer"><a href="/news?reversePaginate=true&amp;offset={ms(self.pages[k][0].published)}" rel="prev"><span class="prev-label">Newer Posts</span></a></div>'
        if k + 1 < len(self.pages):
            older = f'<div class="older"><a href="{esc(self.page_url(k + 1))}" rel="next"><span class="next-label">Older Posts</span></a></div>'
        main_html = f"""
<section data-test="page-section" data-section-theme="" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64a1f0c2b7e3d51a2c9f8e55" data-controller="SectionWrapperController">
  <div class="section-border"><div class="section-background"></div></div>
  <div class="content-wrapper">
    <div class="content">
      <div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
{"".join(items)}
      </div>
      <nav class="blog-list-pagination">
        {newer}
        {older}
      </nav>
    </div>
  </div>
</section>
"""
        return self.shell(
            title=f"ข่าวสาร — {SITE_NAME}",
            main_html=main_html,
            body_cls=(
                "collection-64a1f0c2b7e3d51a2c9f8e55",
                "collection-type-blog-basic-grid view-list",
            ),
            coll_id="64a1f0c2b7e3d51a2c9f8e55",
            head_extra='<meta property="og:type" content="website"/>\n<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="/news?format=rss" />\n',
            desc="ข่าวสารและกิจกรรมของโครงการพัฒนาเมืองเก่าน่าน",
        )

    # ------------------------------------------------------------------ item

    def related_for(self, a):
        others = [x for x in self.articles if x is not a and x.extra["cat"] == a.extra["cat"]]
        return others[:3]

    def block(self, bid, inner, btype=2, cls="html-block sqs-block-html"):
        return f'<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block {cls}" data-block-type="{btype}" id="block-yui_3_17_2_1_{bid}"><div class="sqs-block-content">{inner}</div></div></div></div>'

    def detail(self, a):
        i = self.articles.index(a)
        iid = a.extra["iid"]
        mod = a.modified or a.published
        base = 1709000000 + a.id * 37
        n1 = 1 if len(a.paras) <= 3 else 2

        def ps(pp):
            inner = "".join(f'<p class="" style="white-space:pre-wrap;">{esc(p)}</p>' for p in pp)
            return f'<div class="sqs-html-content">{inner}</div>'

        rows = [self.block(f"{base}_101", ps(a.paras[:n1]))]
        if a.extra["image"]:
            rows.append(
                self.block(
                    f"{base}_188",
                    f'<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio"><img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/64a1f0c2b7e3d51a2c9f8e10/{iid}/IMG_{a.id}.jpg" data-image="https://images.squarespace-cdn.com/content/v1/64a1f0c2b7e3d51a2c9f8e10/{iid}/IMG_{a.id}.jpg" data-image-dimensions="2000x1333" alt="" loading="lazy" src="https://images.squarespace-cdn.com/content/v1/64a1f0c2b7e3d51a2c9f8e10/{iid}/IMG_{a.id}.jpg?format=1000w"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">ภาพกิจกรรม {SITE_NAME}</p></div></figcaption></figure></div>',
                    btype=5,
                    cls="image-block sqs-block-image",
                )
            )
        rows.append(self.block(f"{base}_233", ps(a.paras[n1:])))
        if a.source:
            rows.append(
                self.block(
                    f"{base}_301",
                    f'<div class="sqs-html-content"><p style="text-align:right;white-space:pre-wrap;" class="sqsrte-small"><strong>{a.extra["label"]}</strong> {esc(a.source)}</p></div>',
                )
            )
        if a.extra["file"]:
            rows.append(
                self.block(
                    f"{base}_355",
                    f'<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><a href="/s/nan-oldtown-{a.id}.pdf">ดาวน์โหลดเอกสาร (PDF)</a></p></div>',
                )
            )
        rows.append(
            self.block(
                f"{base}_402",
                f'<div class="line-share" style="margin:1em 0"><span style="font-weight:600">แชร์ข่าวนี้</span> <a href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fwww.nanoldtown.org%2Fnews%2F{a.extra["slug"]}" target="_blank"><img src="https://static1.squarespace.com/static/64a1f0c2b7e3d51a2c9f8e10/t/line-icon.png" width="28" alt="LINE"> LINE</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.nanoldtown.org%2Fnews%2F{a.extra["slug"]}" target="_blank">Facebook</a></div>',
                btype=23,
                cls="code-block sqs-block-code",
            )
        )
        if a.extra["summary"]:
            items = "".join(
                f'<div class="summary-item summary-item-record-type-text sqs-gallery-design-list-slide" data-type="text"><div class="summary-content sqs-gallery-meta-container"><div class="summary-metadata-container summary-metadata-container--above-title"><div class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item summary-metadata-item--date" datetime="{x.published.date().isoformat()}">{us_short(x.published)}</time></div></div><div class="summary-title"><a href="{x.path}" class="summary-title-link">{esc(x.title)}</a></div></div></div>'
                for x in self.related_for(a)
            )
            rows.append(
                self.block(
                    f"{base}_455",
                    f'<div class="summary-v2-block-wrapper"><div class="summary-block-header"><h3 class="summary-heading"><span>ข่าวที่เกี่ยวข้อง</span></h3></div><div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">{items}</div></div></div>',
                    btype=55,
                    cls="summary-v2-block sqs-block-summary-v2",
                )
            )
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        pag = ""
        if newer:
            pag += f'<a href="{newer.path}" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-arrow--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2 "/></svg></div><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">{esc(newer.title)}</h2></a>'
        if older:
            pag += f'<a href="{older.path}" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">{esc(older.title)}</h2><div class="item-pagination-icon icon icon--stroke"><svg class="caret-right-arrow--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="1.6,1.2 6.5,7.9 1.6,14.7 "/></svg></div></a>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="blog-item-tags-wrapper"><span class="blog-item-tags-label">Tags:</span> '
                + ", ".join(
                    f'<a href="/news/tag/{esc(t)}" class="blog-item-tag">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        ld = json.dumps(
            {
                "url": a.path,
                "name": f"{a.title} — {SITE_NAME}",
                "datePublished": sqs_iso(a.published),
                "dateModified": sqs_iso(mod),
                "headline": a.title,
                "author": AUTHOR,
                "publisher": {
                    "name": SITE_NAME,
                    "logo": {"@type": "ImageObject"},
                    "@context": "http://schema.org",
                    "@type": "Organization",
                },
                "@context": "http://schema.org",
                "@type": "Article",
            },
            ensure_ascii=False,
        )
        main_html = f"""
<section class="page-section full-bleed-section collection-type-blog-basic-grid background-width--full-bleed section-height--small content-width--inset horizontal-alignment--center vertical-alignment--middle" data-section-id="64a1f0c2b7e3d51a2c9f8e55">
  <div class="content-wrapper">
    <div class="content">
      <div class="blog-item-wrapper">
        <article class="entry h-entry post-type-text author-nan-old-town-admin category-{i % 3} {" ".join(f"tag-{j}" for j, _ in enumerate(a.tags))} featured has-categories hentry" id="article-{iid}" data-item-id="{iid}">
          <div class="blog-item-top-wrapper">
            <div class="blog-item-meta-wrapper">
              <div class="blog-meta-section">
                <span class="blog-meta-primary"><span class="blog-categories-list"><a href="/news/category/{esc(a.extra["cat"])}" class="blog-categories">{esc(a.extra["cat"])}</a></span></span>
                <span class="blog-meta-delimiter"></span>
                <span class="blog-meta-secondary"><span class="blog-author"><span class="blog-author-name">{AUTHOR}</span></span> <time class="dt-published blog-meta-item blog-meta-item--date" datetime="{a.published.date().isoformat()}">{us_short(a.published)}</time></span>
              </div>
            </div>
            <div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="white-space:pre-wrap;">{esc(a.title)}</h1></div>
          </div>
          <meta itemprop="datePublished" content="{sqs_iso(a.published)}">
          <meta itemprop="dateModified" content="{sqs_iso(mod)}">
          <meta itemprop="headline" content="{esc(a.title)}">
          <meta itemprop="author" content="{AUTHOR}">
          <div class="blog-item-content-wrapper">
            <div class="blog-item-content e-content">
              <div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="{ms(mod)}" id="item-{iid}">
                {"".join(rows)}
              </div>
            </div>
          </div>
          <div class="blog-item-meta-wrapper blog-item-meta-bottom">{tags}</div>
          <div class="blog-share-container"><div class="squarespace-social-buttons inline-style" data-system-data-id="{iid}" data-asset-url="" data-record-type="1" data-full-url="{a.path}" data-title="{esc(a.title)}"></div><button class="blog-share-button" type="button">Share</button></div>
          <div class="blog-item-author-profile-wrapper"><a class="author-avatar" href="/news?author=64a1f0c2b7e3d51a2c9f8e99"></a><div class="author-info"><a class="author-name" href="/news?author=64a1f0c2b7e3d51a2c9f8e99">{AUTHOR}</a><div class="author-bio"><p>ทีมประชาสัมพันธ์ {SITE_NAME}</p></div></div></div>
          <section class="item-comments"><div class="squarespace-comments" id="comments-{iid}"><div class="comment-count">0 Comments</div></div></section>
          <section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid" aria-label="Previous and next posts">{pag}</section>
        </article>
      </div>
    </div>
  </div>
</section>
"""
        head = (
            f'<meta property="og:url" content="{a.path}"/>\n<meta property="og:type" content="article"/>\n'
            f'<link rel="canonical" href="{a.path}"/>\n<script type="application/ld+json">{ld}</script>\n'
        )
        return self.shell(
            title=f"{a.title} — {SITE_NAME}",
            main_html=main_html,
            body_cls=(f"item-{iid}", "collection-type-blog-basic-grid view-item"),
            coll_id="64a1f0c2b7e3d51a2c9f8e55",
            head_extra=head,
            desc=a.paras[0][:150],
        )

    def deleted(self):
        main_html = """
<section class="page-section section-height--medium content-width--narrow horizontal-alignment--center vertical-alignment--middle">
  <div class="content-wrapper"><div class="content">
    <div class="member-area-lock-screen" data-controller="MemberAreaLockScreen">
      <div class="member-area-lock-screen-icon"><svg viewBox="0 0 16 16"><path d="M4 7V5a4 4 0 118 0v2"/></svg></div>
      <h2 class="member-area-lock-screen-title">เนื้อหานี้สำหรับสมาชิก</h2>
      <p class="member-area-lock-screen-description">Join to unlock this content, or log in if you are already a member.</p>
      <div class="member-area-lock-screen-actions"><a class="sqs-button-element--primary" href="/member-area/join">Join</a> <a class="sqs-button-element--secondary" href="/account/login?redirect=%2Fnews">Log in</a></div>
    </div>
  </div></div>
</section>
"""
        return self.shell(
            title=f"Members Only — {SITE_NAME}",
            main_html=main_html,
            body_cls=("collection-64a1f0c2b7e3d51a2c9f8e55", "view-item member-area-locked"),
            coll_id="64a1f0c2b7e3d51a2c9f8e55",
        )

    def expected(self):
        out = []
        for a in self.articles:
            i = self.articles.index(a)
            neigh = [
                x
                for x in (
                    self.articles[i - 1] if i > 0 else None,
                    self.articles[i + 1] if i + 1 < len(self.articles) else None,
                )
                if x
            ]
            must_not = [
                us_short(a.published),
                AUTHOR,
                "ภาพกิจกรรม",
                "แชร์ข่าวนี้",
                "ดาวน์โหลดเอกสาร",
                "ข่าวที่เกี่ยวข้อง",
                *(x.title for x in self.related_for(a)[:2]),
                "Tags:",
                "Share",
                "0 Comments",
                "Previous",
                *(x.title for x in neigh),
                "เกี่ยวกับโครงการ",
                "แผนที่มรดกเมืองเก่า",
                "รับข่าวสารทางอีเมล",
                "Sign Up",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนน่าน-พะเยา",
                f"ทีมประชาสัมพันธ์ {SITE_NAME}",
            ]
            # JSON-LD and itemprop print dateModified on every post (= published when never edited);
            # Squarespace has no view counter
            rec = record(self, a, must_not, views=False)
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = Squarespace71BlogSite()

if __name__ == "__main__":
    main(SITE)
