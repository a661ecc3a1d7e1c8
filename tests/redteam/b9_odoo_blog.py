"""Blind-9 red-team site: Odoo 16 Website + Blog app of a provincial hospital, built blind.

What it imitates:
- Odoo frontend chrome: `#wrapwrap`, `header#top` with `o_main_navbar`, "เข้าสู่ระบบ", the
  language selector, `main > #wrap`, `footer#bottom` with "สร้างโดย Odoo"; `<title>`
  "headline | site"; `data-oe-model` / `data-oe-id` / `data-oe-field` attributes;
- the post `/blog/news-2/post-<id>` (the editors' SEO name): `section#o_wblog_post_top` with a
  cover (`o_wblog_post_page_cover`) holding `h1.o_wblog_post_name` (the headline) and
  `div.o_wblog_post_subtitle` (a subtitle line the editors type for some posts, a lead
  sentence that is not in the text), then the author "โดย <name>" and the date
  `time.text-muted` "ก.พ. 15, 2024" (Babel `MMM d, yyyy` in th: **month first, CE**, no time),
  the blog name as a badge link;
- `div.o_wblog_post_content_field` with the text in `<p>` (sometimes a "เรียบเรียง : …"
  line), an `img` with `o_we_custom_image` and an italic caption paragraph;
- after the content: "แท็ก" badges (`o_wblog_post_tag`), `div.o_wblog_social_links`
  "แชร์", and Odoo's "อ่านถัดไป" cover of the next post (title and subtitle); sidebar
  (`o_wblog_sidebar`) "เกี่ยวกับเรา", "ติดตามเรา", "เอกสารสำคัญ" archive list with months;
- no view counter, no modified date;
- the deleted post was emptied (unpublished then republished with no content): the cover with
  the title "ยกเลิก" and an empty content field (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b9_common import B9Site, build, month_abbr, month_full, neighbours, record

SITE_NAME = "โรงพยาบาลศรีสะเกษ"
BLOG = "ข่าวโรงพยาบาล"
SOURCES = [None, "กลุ่มงานประชาสัมพันธ์", None, None, "ศูนย์ข้อมูลข่าวสาร โรงพยาบาลศรีสะเกษ"]
DELETED = "/blog/news-2/post-317"
AUTHORS = ["ศรัญญา ทองดี", "Administrator", "งานประชาสัมพันธ์"]
SUBTITLES = ["", "บรรยากาศการประชุมเป็นไปด้วยความเรียบร้อย", "", "เพื่อยกระดับคุณภาพบริการประชาชน", ""]


def babel(d):
    return f"{month_abbr(d)} {d.day}, {d.year}"


class OdooSite(B9Site):
    key = "b9_odoo_blog"
    family = "generic"
    imitates = "Odoo 16 Website Blog of a hospital: /blog/news-2/post-N, h1.o_wblog_post_name in the cover with a typed subtitle, 'ก.พ. 15, 2024' (Babel MMM d, yyyy th: month first, CE, no time), o_wblog_post_content_field with image caption and 'เรียบเรียง :' line, tag badges, share, 'อ่านถัดไป' next-post cover, archive sidebar; /blog/news-2/page/N; emptied post as the deleted item"
    listing_path = "/blog/news-2"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 22, 19, SOURCES, dt.datetime(2024, 4, 5, 16, 0), first_id=300, step=2
        )
        for i, a in enumerate(self.articles):
            a.path = f"/blog/news-2/post-{a.id}"
            a.time_printed = False
            a.modified = None
            a.views = None
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["sub"] = SUBTITLES[i % 5]
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"/blog/news-2/page/{k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content):
        return f"""<!DOCTYPE html>
<html lang="th-TH" data-website-id="1" data-main-object="blog.post(1,)" data-oe-company-name="{SITE_NAME}">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="Odoo"/>
<meta property="og:type" content="website"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:site_name" content="{SITE_NAME}"/>
<title>{esc(title)}</title>
<link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=3b1e0f2"/>
<link type="text/css" rel="stylesheet" href="/web/assets/1234-5a6b7c8/1/web.assets_frontend.min.css" data-asset-bundle="web.assets_frontend" data-asset-version="5a6b7c8"/>
<script id="web.layout.odooscript" type="text/javascript">var odoo = {{ csrf_token: "5f1d2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9fo1712300000", debug: "", }};</script>
</head>
<body class="">
<div id="wrapwrap" class="   ">
<header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">
<nav data-name="Navbar" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
<div id="top_menu_container" class="container justify-content-start justify-content-lg-between">
<a href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of {SITE_NAME}" title="{SITE_NAME}"><img src="/web/image/website/1/logo/{SITE_NAME}?unique=3b1e0f2" class="img img-fluid" alt="{SITE_NAME}" loading="lazy"/></span></a>
<div id="top_menu_collapse" class="collapse navbar-collapse order-last order-lg-0"><ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">
<li class="nav-item"><a role="menuitem" href="/" class="nav-link "><span>หน้าแรก</span></a></li>
<li class="nav-item"><a role="menuitem" href="/blog/news-2" class="nav-link active"><span>{BLOG}</span></a></li>
<li class="nav-item"><a role="menuitem" href="/appointment" class="nav-link "><span>นัดหมายออนไลน์</span></a></li>
<li class="nav-item"><a role="menuitem" href="/contactus" class="nav-link "><span>ติดต่อเรา</span></a></li>
<li class="nav-item ms-lg-auto o_no_autohide_item"><a href="/web/login" class="nav-link fw-bold">เข้าสู่ระบบ</a></li>
</ul></div>
<div class="js_language_selector ms-2 d-none d-lg-block dropdown"><button type="button" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="true" class="btn btn-sm btn-outline-secondary border-0 dropdown-toggle "><span class="align-middle">ไทย</span></button><div role="menu" class="dropdown-menu "><a href="/en/blog/news-2" class="dropdown-item js_change_lang " data-url_code="en">English (US)</a></div></div>
</div>
</nav>
</header>
<main>
{content}
</main>
<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
<div id="footer" class="oe_structure oe_structure_solo"><section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text"><div class="container"><div class="row"><div class="col-lg-5 pt24 pb24"><h5 class="mb-3">{SITE_NAME}</h5><p>859 ถนนศรีสุมังค์ ตำบลเมืองใต้ อำเภอเมือง จังหวัดศรีสะเกษ 33000<br/>โทรศัพท์ 045-611-503</p></div></div></div></section></div>
<div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><div class="row"><div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">Copyright &copy; {SITE_NAME}</span></div><div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">สร้างโดย <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website"><img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" style="height: 1em; vertical-align: baseline;" loading="lazy"/></a> - เครื่องมือสร้างเว็บไซต์ <a target="_blank" href="http://www.odoo.com/app/website?utm_source=db&amp;utm_medium=website">ฟรีอันดับ 1</a></div></div></div></div></div>
</footer>
</div>
<script type="text/javascript" src="/web/assets/1235-9c8d7e6/1/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1" data-asset-bundle="web.assets_frontend_lazy" data-asset-version="9c8d7e6"></script>
</body>
</html>
"""

    def sidebar(self):
        months = []
        for a in self.articles:
            m = f"{month_full(a.published)} {a.published.year}"
            if m not in months:
                months.append(m)
        arch = "".join(f'<option value="{esc(m)}">{esc(m)}</option>' for m in months)
        return f"""<div id="o_wblog_sidebar" class="col-12 col-md-3 d-flex flex-column">
<div class="oe_structure" id="oe_structure_blog_sidebar_index_1"><div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">เกี่ยวกับเรา</h6><p>{SITE_NAME} โรงพยาบาลศูนย์ระดับ A สังกัดสำนักงานปลัดกระทรวงสาธารณสุข</p></div></div>
<div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">ติดตามเรา</h6><div class="o_wblog_social_links d-flex flex-wrap mx-n1"><a aria-label="Facebook" href="https://www.facebook.com/" class="bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none"><i class="fa fa-facebook-square text-facebook"></i></a><a aria-label="RSS" href="/blog/news-2/feed" class="bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none"><i class="fa fa-rss-square"></i></a></div></div>
<div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">เอกสารสำคัญ</h6><select name="archive" oninput="location = this.value;" class="form-select"><option value="">-- ทั้งหมด --</option>{arch}</select></div>
</div>"""

    def listing(self, k):
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.title, a.extra["sub"], a.published, a.extra["author"]))
            if k == 1 and j == 5:
                cards.append(
                    self.card(DELETED, "ยกเลิก", "", dt.datetime(2024, 2, 2, 9, 0), "Administrator")
                )
        last = len(self.pages)
        pg = [
            f'<li class="page-item {"disabled" if k == 0 else ""}"><a class="page-link" href="{self.page_url(k - 1) if k else ""}">ก่อนหน้า</a></li>'
        ]
        for n in range(last):
            pg.append(
                f'<li class="page-item {"active" if n == k else ""}"><a class="page-link" href="{self.page_url(n)}">{n + 1}</a></li>'
            )
        pg.append(
            f'<li class="page-item {"disabled" if k == last - 1 else ""}"><a class="page-link" href="{self.page_url(k + 1) if k < last - 1 else ""}">ถัดไป</a></li>'
        )
        content = f"""<div id="wrap" class="js_blog website_blog">
<section id="o_wblog_blog_top"><div class="oe_structure oe_empty oe_structure_not_nearest" id="oe_structure_blog_filtered_header"><section class="s_cover parallax s_parallax_is_fixed bg-black-50 pt96 pb96" data-scroll-background-ratio="1" data-snippet="s_cover" data-name="Cover"><div class="container s_allow_columns"><h1 style="text-align: center;"><font style="font-size: 62px;" class="text-white">{BLOG}</font></h1></div></section></div></section>
<div id="o_wblog_index_content" class="container py-4"><div class="row justify-content-between">
<div id="o_wblog_posts_loop_container" class="col offset-lg-1"><div id="o_wblog_posts_loop" class="">
<div class="row">{"".join(cards)}</div>
<nav aria-label="Pager" class="o_wblog_pager my-5"><ul class="pagination m-0 mt-5 justify-content-center">{"".join(pg)}</ul></nav>
</div></div>
{self.sidebar()}
</div></div>
</div>"""
        return self.shell(f"{BLOG} | {SITE_NAME}", content)

    def card(self, path, title, sub, d, author):
        return f"""<div class="pb-4 col-12 col-md-6 col-xl-4"><article name="blog_post" class="o_wblog_post position-relative h-100 d-flex flex-column">
<a href="{path}" class="text-decoration-none d-block mb-2"><div data-name="Cover" style="" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc   o_list_cover o_not_editable  o_wblog_post_cover_nocard"><div style="background-image: url('/web/image/{1000 + sum(map(ord, path)) % 9000}-a1b2c3d4/cover.jpg');" class="o_record_cover_component o_record_cover_image "></div></div></a>
<div class="o_wblog_post_content flex-grow-1 mb-2"><a href="{path}" class="d-block text-reset text-decoration-none o_blog_post_title my-0 h5">{esc(title)}</a>
<div class="o_wblog_post_teaser_subtitle">{esc(sub)}</div></div>
<div class="o_wblog_normalize_font"><div class="d-flex"><span class="small text-muted">{esc(author)}</span><span class="mx-1 small text-muted">•</span><time class="text-nowrap small text-muted">{babel(d)}</time></div></div>
</article></div>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        nxt = older or self.articles[0]
        body = []
        for i, p in enumerate(a.paras):
            body.append(f"<p>{esc(p)}</p>")
            if i == 0:
                body.append(
                    f'<p><img src="/web/image/{a.id * 10 + 1}-e5f6a7b8/IMG_{a.id}.jpg" class="img img-fluid o_we_custom_image" alt="" loading="lazy" data-original-id="{a.id * 10}" data-mimetype="image/jpeg"/></p><p style="text-align: center;"><em>ภาพกิจกรรมโดยงานโสตทัศนศึกษา</em></p>'
                )
        if a.source:
            body.append(f'<p style="text-align: right;">เรียบเรียง : {esc(a.source)}</p>')
        tags = ""
        if a.tags:
            tags = (
                '<div class="o_wblog_post_tags d-flex flex-wrap align-items-baseline mt-4"><span class="text-muted me-2">แท็ก</span>'
                + "".join(
                    f'<a class="badge border post_link o_wblog_post_tag me-1 mb-1" href="/blog/news-2/tag/{esc(t)}-{i + 3}">{esc(t)}</a>'
                    for i, t in enumerate(a.tags)
                )
                + "</div>"
            )
        sub = (
            f'<div class="o_wblog_post_subtitle" data-oe-model="blog.post" data-oe-id="{a.id}" data-oe-field="subtitle" data-oe-type="char" data-oe-expression="blog_post.subtitle">{esc(a.extra["sub"])}</div>'
            if a.extra["sub"]
            else ""
        )
        content = f"""<div id="wrap" class="js_blog website_blog">
<section id="o_wblog_post_top">
<div id="title" class="blog_header">
<div data-name="Cover" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc cover_auto o_wblog_post_page_cover">
<div style="background-image: url('/web/image/{a.id * 10}-a9b8c7d6/cover_{a.id}.jpg');" class="o_record_cover_component o_record_cover_image "></div>
<div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: 0.2;"></div>
<div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
<div class="o_wblog_post_title  ">
<h1 id="o_wblog_post_name" class="o_editable_no_shadow o_wblog_post_name" data-oe-model="blog.post" data-oe-id="{a.id}" data-oe-field="name" data-oe-type="char" data-oe-expression="blog_post.name" placeholder="ชื่อบทความ">{esc(a.title)}</h1>
{sub}
</div>
<div class="text-white"><div class="d-inline-flex align-items-center justify-content-center"><img class="o_wblog_author_avatar me-2 rounded-circle" src="/web/image/blog.post/{a.id}/author_avatar" loading="lazy"/><div class="text-start"><span>โดย <span data-oe-many2one-id="3" data-oe-many2one-model="res.partner">{esc(a.extra["author"])}</span></span> <small class="text-white-50"><time class="text-muted">{babel(a.published)}</time></small></div></div>
<div class="small mt-2">ใน <a class="text-white" href="/blog/news-2"><b>{BLOG}</b></a></div></div>
</div></div></div>
</section>
<section id="o_wblog_post_main" class="container pt-4 pb-5 ">
<div class="row justify-content-between">
<div class="o_container_small mx-0 w-100 flex-shrink-0 col-lg-8">
<div class="o_wblog_post_content_field   o_wblog_read_text" data-oe-model="blog.post" data-oe-id="{a.id}" data-oe-field="content" data-oe-type="html" data-oe-expression="blog_post.content">
{"".join(body)}
</div>
{tags}
<div class="o_wblog_social_links d-flex flex-wrap mx-n1 o_not_editable mt-4"><span class="me-2">แชร์</span><a href="#" aria-label="Facebook" class="o_facebook bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none"><i class="fa fa-facebook-square text-facebook"></i></a><a href="#" aria-label="Twitter" class="o_twitter bg-100 border mx-1 mb-2 rounded-circle"><i class="fa fa-twitter text-twitter"></i></a><a href="#" aria-label="LinkedIn" class="o_linkedin bg-100 border mx-1 mb-2 rounded-circle"><i class="fa fa-linkedin text-linkedin"></i></a></div>
</div>
{self.sidebar()}
</div>
</section>
<section id="o_wblog_post_footer">
<div class="mt-5"><div id="o_wblog_next_container" class="d-flex flex-column"><div data-name="Cover" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_wblog_post_page_cover o_wblog_post_page_cover_footer o_record_has_cover"><div class="o_record_cover_component o_record_cover_image" style="background-image: url('/web/image/{nxt.id * 10}-a9b8c7d6/cover_{nxt.id}.jpg');"></div>
<a id="o_wblog_next_post_info" class="d-none" data-size="o_record_has_cover cover_auto" data-url="{nxt.path}?anim"></a>
<div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_post_title"><div class="small text-uppercase">อ่านถัดไป</div><div id="o_wblog_post_name" class="h2 mt-2"><a class="text-reset" href="{nxt.path}">{esc(nxt.title)}</a></div><div class="o_wblog_post_subtitle">{esc(nxt.extra["sub"])}</div></div></div>
</div></div></div>
</section>
</div>"""
        return self.shell(f"{a.title} | {SITE_NAME}", content)

    def deleted(self):
        content = f"""<div id="wrap" class="js_blog website_blog">
<section id="o_wblog_post_top"><div id="title" class="blog_header"><div data-name="Cover" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc cover_auto o_wblog_post_page_cover"><div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_post_title"><h1 id="o_wblog_post_name" class="o_editable_no_shadow o_wblog_post_name" placeholder="ชื่อบทความ">ยกเลิก</h1></div>
<div class="text-white"><span>โดย Administrator</span> <small><time class="text-muted">{babel(dt.datetime(2024, 2, 2))}</time></small></div></div></div></div></section>
<section id="o_wblog_post_main" class="container pt-4 pb-5 "><div class="row justify-content-between"><div class="o_container_small mx-0 w-100 flex-shrink-0 col-lg-8"><div class="o_wblog_post_content_field   o_wblog_read_text" data-oe-field="content"><p><br></p></div></div>{self.sidebar()}</div></section>
</div>"""
        return self.shell(f"ยกเลิก | {SITE_NAME}", content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            nxt = older or self.articles[0]
            must_not = [
                a.extra["sub"],
                "ภาพกิจกรรมโดยงานโสตทัศนศึกษา",
                "แท็ก",
                "แชร์",
                "อ่านถัดไป",
                nxt.title,
                "เกี่ยวกับเรา",
                "ติดตามเรา",
                "เอกสารสำคัญ",
                "โรงพยาบาลศูนย์ระดับ A",
                "สร้างโดย",
                "เข้าสู่ระบบ",
                "นัดหมายออนไลน์",
                "ถนนศรีสุมังค์",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = OdooSite()

if __name__ == "__main__":
    main(SITE)
