"""Blind-37 red-team site (part B): **Joomla 3.10 + RocketTheme Gantry 5 "Hydrogen"**
(`templates/g5_hydrogen`, Nucleus grid, Thai language pack), a provincial agriculture office
(สำนักงานเกษตรจังหวัดพิจิตร), com_content, built blind.

What it imitates:
- Gantry 5 page shell: `body.gantry.site.com_content.view-article`, `#g-page-surround`,
  `#g-header`, `#g-navigation`, `#g-main` with `.g-grid` / `.g-block` / `.g-content`, aside
  `#g-aside`, `#g-footer`, `#g-copyright` ("Powered by Gantry Framework"); Joomla fingerprints
  (`meta generator "Joomla! - Open Source Content Management"`, `/media/jui/`, `/media/gantry5/`,
  `?format=feed&type=rss`);
- SEF URLs with the Thai-title alias that Joomla could not transliterate, so the alias is the
  **created date in UTC** (`/index.php/news/1234-2024-03-05-07-20-00`);
- article (J3 com_content layout inside `.platform-content`): `div.item-page` with
  `h2[itemprop=headline]` in `.page-header`; `dl.article-info` "รายละเอียด" with category,
  "เผยแพร่: 05 มีนาคม 2567" (**no visible time; the `<time datetime>` holds the time with
  +07:00**), "ปรับปรุงล่าสุด: ..." on every article, "ฮิต: N"; print / e-mail icons dropdown;
  a share bar ("แบ่งปัน") **between the meta and the text**; body with "ข่าว/ภาพ :" sign-off
  (some), images (some); Attachments plugin table (some); tags `ul.tags`; `ul.pager.pagenav` with
  neighbour titles in `title` / `aria-label`; `mod_related_items` "ข่าวที่เกี่ยวข้อง";
- listing: category blog `/index.php/news` with J3 pagination `?start=N` (8 per page),
  "หน้า 1 จาก 3", start / prev / numbers / next / end;
Deleted: an unpublished article: 200 with "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้" and mod_login.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
HOST = "https://phichit.doae.go.th"
T = "/templates/g5_hydrogen"
PER_PAGE = 8
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ", None, "สำนักงานเกษตรอำเภอตะพานหิน", None, "ฝ่ายบริหารทั่วไป", None]
DELETED_ID = 1377
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 2,418,063"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
DELETED_TITLE = "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการแปลงใหญ่ (ยกเลิก)"


def lc3(d: dt.datetime) -> str:
    """Thai pack DATE_FORMAT_LC3 'd F Y' with the BE year: '05 มีนาคม 2567'."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year + 543}"


def utc_alias(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%d-%H-%M-%S")


class HydrogenSite(BaseSite):
    key = "b37_joomla3_g5hydrogen"
    family = "joomla"
    imitates = "Joomla 3.10 + Gantry 5 Hydrogen (g5_hydrogen), provincial agriculture office: SEF /index.php/news/<id>-<UTC created date alias>; #g-page-surround / #g-main .g-content shell; div.item-page with h2[itemprop=headline]; dl.article-info 'เผยแพร่: 05 มีนาคม 2567' with the time only in <time datetime> (+07:00), 'ปรับปรุงล่าสุด' on every article, 'ฮิต: N'; print/email dropdown; share bar between meta and text; 'ข่าว/ภาพ :' sign-off (some); attachments (some); tags; pagenav with neighbour titles; mod_related_items; category blog ?start=N with J3 pagination; deleted = not-authorised login page (200)"
    listing_path = "/index.php/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 9, 12, 16, 0, tzinfo=TZ), offset=1451
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 1402
        for i, a in enumerate(arts):
            if aid == DELETED_ID:
                aid -= 1
            a.id = aid
            aid -= 1 + (i * 7) % 3
            a.time_printed = True  # the datetime attribute always carries the time
            if a.modified is None:
                a.modified = a.published
            a.path = f"/index.php/news/{a.id}-{utc_alias(a.published)}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 5 == 3
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/index.php/news/{DELETED_ID}-2024-08-02-03-15-44"
        self.tag_ids = {}
        for a in arts:
            for t in a.tags:
                self.tag_ids.setdefault(t, 4 + len(self.tag_ids))

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?start={k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, view, head_extra=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
    <head>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <meta http-equiv="X-UA-Compatible" content="IE=edge" />
        <meta charset="utf-8" />
\t<meta name="keywords" content="เกษตร, พิจิตร, ส่งเสริมการเกษตร" />
\t<meta name="generator" content="Joomla! - Open Source Content Management" />
{head_extra}\t<title>{esc(title)}</title>
\t<link href="/index.php/news?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
\t<link href="{T}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
\t<link href="/media/gantry5/assets/css/font-awesome.min.css" rel="stylesheet" />
\t<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet" />
\t<link href="{T}/custom/css-compiled/hydrogen_9.css" rel="stylesheet" />
\t<link href="/media/gantry5/engines/nucleus/css-compiled/joomla.css" rel="stylesheet" />
\t<link href="{T}/custom/css-compiled/custom_9.css" rel="stylesheet" />
\t<script src="/media/jui/js/jquery.min.js?3a7b1f"></script>
\t<script src="/media/system/js/caption.js?3a7b1f"></script>
\t<script src="/media/jui/js/bootstrap.min.js?3a7b1f"></script>
    </head>
    <body class="gantry site com_content {view} no-task dir-ltr itemid-118 outline-9 g-offcanvas-left g-default g-style-preset1">
        <div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1"><div class="g-grid"><div class="g-block size-100"><div id="mobile-menu-5697-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div></div>
        <div id="g-page-surround">
            <div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-top"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="moduletable "><div class="custom"><p>ขนาดตัวอักษร <a href="#" class="font-dec">ก-</a> <a href="#" class="font-reset">ก</a> <a href="#" class="font-inc">ก+</a> | <a href="/index.php/sitemap">แผนผังเว็บไซต์</a></p></div></div></div></div></div></section>
<header id="g-header"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle"><a href="/" target="_self" title="{OFFICE}" rel="home" class="g-logo"><img src="/images/logo/doae-logo.png" alt="{OFFICE}" /> {OFFICE}<br /><small>Phichit Provincial Agricultural Extension Office</small></a></div></div></div></header>
<section id="g-navigation"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle"><nav class="g-main-nav" data-g-hover-expand="true"><ul class="g-toplevel"><li class="g-menu-item g-menu-item-type-component g-menu-item-101 g-standard"><a class="g-menu-item-container" href="/index.php"><span class="g-menu-item-content"><span class="g-menu-item-title">หน้าหลัก</span></span></a></li><li class="g-menu-item g-menu-item-type-component g-menu-item-106 g-standard"><a class="g-menu-item-container" href="/index.php/about"><span class="g-menu-item-content"><span class="g-menu-item-title">ข้อมูลหน่วยงาน</span></span></a></li><li class="g-menu-item g-menu-item-type-component g-menu-item-118 active g-standard"><a class="g-menu-item-container" href="/index.php/news"><span class="g-menu-item-content"><span class="g-menu-item-title">ข่าวประชาสัมพันธ์</span></span></a></li><li class="g-menu-item g-menu-item-type-component g-menu-item-121 g-standard"><a class="g-menu-item-container" href="/index.php/procurement"><span class="g-menu-item-content"><span class="g-menu-item-title">จัดซื้อจัดจ้าง</span></span></a></li><li class="g-menu-item g-menu-item-type-component g-menu-item-125 g-standard"><a class="g-menu-item-container" href="/index.php/ita"><span class="g-menu-item-content"><span class="g-menu-item-title">ITA</span></span></a></li><li class="g-menu-item g-menu-item-type-component g-menu-item-130 g-standard"><a class="g-menu-item-container" href="/index.php/contact"><span class="g-menu-item-content"><span class="g-menu-item-title">ติดต่อเรา</span></span></a></li></ul></nav></div></div></div></section>
<main id="g-main">
                <div class="g-container">                                <div class="g-grid">
                        <div class="g-block size-73">
             <section id="g-mainbar">
                <div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable "><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>คุณอยู่ที่: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">หน้าหลัก</span></a><span class="divider"> / </span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">ข่าวประชาสัมพันธ์</span></li></ul></div></div></div></div></div>
                <div class="g-grid"><div class="g-block size-100"><div class="g-system-messages"></div></div></div>
                <div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content row-fluid"><div class="span12">
{content}
                </div></div></div></div></div>
            </section>
        </div>
                <div class="g-block size-27">
             <aside id="g-aside">
                <div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable "><h3 class="g-title">ข่าวล่าสุด</h3><ul class="latestnews mod-list">{latest}</ul></div></div></div></div></div>
                <div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable "><h3 class="g-title">เข้าสู่ระบบ</h3><form action="/index.php/news" method="post" id="login-form" class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div><div id="form-login-password" class="control-group"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div><div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">จดจำการเข้าระบบ</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></div><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></div><ul class="unstyled"><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul></form></div></div></div></div></div>
                <div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable "><h3 class="g-title">สถิติผู้เยี่ยมชม</h3><div id="vvisit_counter" class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width:95%;"><tbody><tr><td>วันนี้</td><td align="right">412</td></tr><tr><td>เมื่อวาน</td><td align="right">1,086</td></tr><tr><td>ทั้งหมด</td><td align="right">2,418,063</td></tr></tbody></table><div>{SITE_COUNTER}</div></div></div></div></div></div></div>
            </aside>
        </div>
            </div>
    </div>
</main>
<footer id="g-footer"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="moduletable "><div class="custom"><p>{OFFICE} ศาลากลางจังหวัดพิจิตร ถนนคลองคะเชนทร์ ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br />โทรศัพท์ 0-5661-1347 โทรสาร 0-5661-2570</p></div></div></div></div></div></footer>
<section id="g-copyright"><div class="g-grid"><div class="g-block size-60"><div class="g-content g-particle">&copy; 2567 {OFFICE}</div></div><div class="g-block size-40"><div class="g-content g-particle"><div class="g-branding branding">Powered by <a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Gantry Framework</a></div></div></div></div></section>
        </div>
        <div class="cookie-notice" id="cookie-bar"><p>{COOKIE}</p><a class="btn" href="/index.php/privacy">นโยบายคุกกี้</a> <button class="btn btn-primary">ยอมรับ</button></div>
        <script type="text/javascript" src="/media/gantry5/assets/js/main.js"></script>
    </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def info(self, a, full):
        hits = f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>'
        mod = ""
        if full:
            mod = f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {lc3(a.modified)}</time></dd>'
        return f"""<dl class="article-info muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name">หมวดหมู่: <a href="/index.php/news" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {lc3(a.published)}</time></dd>
{mod}{hits}
</dl>"""

    def blog_item(self, k, title, path, a):
        return f"""<div class="items-row cols-1 row-{k} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(title)}</a></h2></div>
{self.info(a, False)}
<p>{esc(a.paras[0][:200])}…</p>
<p class="readmore"><a class="btn" href="{path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(title[:40])}...</a></p>
</div><span class="row-separator"></span></div></div>
"""

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return self.listing_path + (f"?start={j * PER_PAGE}" if j else "")

        items = []
        if k > 0:
            items.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{href(0)}" class="hasTooltip pagenav">เริ่มต้น</a></li>'
            )
            items.append(
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{href(k - 1)}" class="hasTooltip pagenav">ก่อนหน้า</a></li>'
            )
        else:
            items.append(
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li><li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li><span class="pagenav">{j + 1}</span></li>')
            else:
                items.append(f'<li><a href="{href(j)}" class="pagenav">{j + 1}</a></li>')
        if k < n - 1:
            items.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{href(k + 1)}" class="hasTooltip pagenav">ถัดไป</a></li>'
            )
            items.append(
                f'<li class="pagination-end"><a title="สุดท้าย" href="{href(n - 1)}" class="hasTooltip pagenav">สุดท้าย</a></li>'
            )
        else:
            items.append(
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li><li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>'
            )
        return f'<div class="pagination"><p class="counter pull-right">หน้า {k + 1} จาก {n}</p><ul>{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [self.blog_item(i, a.title, a.path, a) for i, a in enumerate(self.pages[k])]
        if k == 1:
            ghost = self.pages[1][3]
            rows.insert(3, self.blog_item(3, DELETED_TITLE, self.deleted, ghost))
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="items-leading clearfix"></div>
{"".join(rows)}
{self.pagination(k)}
</div>"""
        title = "ข่าวประชาสัมพันธ์" + (f" - หน้า {k + 1}" if k else "")
        return self.shell(title, content, "view-category layout-blog")

    # ------------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        return [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:4] or [
            x for x in self.articles[-4:] if x is not a
        ][:3]

    def signoff(self, a):
        return f"ข่าว/ภาพ : {a.source}" if a.source else ""

    def article(self, a):
        url = f"{HOST}{a.path}"
        icons = f"""<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="เครื่องมือ" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}"><li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title[:30])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=g5_hydrogen&amp;link=9c1b2" title="ส่งลิงก์นี้ให้เพื่อนทางอีเมล" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a></li></ul></div></div>"""
        share = f"""<div class="social-share-bar"><span class="share-label">แบ่งปัน :</span> <a class="ss-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a> <a class="ss-line" href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener">LINE</a> <a class="ss-twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">Twitter</a></div>"""
        body = ""
        if a.extra["image"]:
            body += f'<p style="text-align: center;"><img src="/images/news/2567/news-{a.id}-1.jpg" alt="news-{a.id}-1" width="640" height="427" /></p>\n'
        body += "\n".join(f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'\n<p style="text-align: right;">{esc(self.signoff(a))}</p>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{a.id}"><table><caption>ไฟล์แนบ:</caption><thead><tr><th class="at_filename">ไฟล์</th><th class="at_file_size">ขนาดไฟล์</th><th class="at_downloads">ดาวน์โหลด</th></tr></thead><tbody><tr class="odd"><td class="at_filename"><a class="at_icon" href="/index.php/component/attachments/download/{a.id + 300}"><img src="/components/com_attachments/media/icons/pdf.gif" alt="" /></a><a class="at_url" href="/index.php/component/attachments/download/{a.id + 300}" title="ดาวน์โหลดไฟล์">doae-pct-{a.id}.pdf</a></td><td class="at_file_size">318 kB</td><td class="at_downloads">{a.id % 97 + 3} ครั้ง</td></tr></tbody></table></div></div>'
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li class="tag-{self.tag_ids[t]} tag-list{j}" itemprop="keywords"><a href="/index.php/component/tags/tag/{self.tag_ids[t]}" class="label label-info">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<ul class="tags inline">{lis}</ul>'
        newer, older = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if newer:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{newer.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{older.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
\t<meta itemprop="inLanguage" content="th-TH" />
\t<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
{icons}
{self.info(a, True)}
{share}
\t<div itemprop="articleBody">
{body}
\t</div>
{files}
{tags}
{nav}
</div>
<div class="moduletable "><h3 class="g-title">ข่าวที่เกี่ยวข้อง</h3><ul class="relateditems mod-list">{rel}</ul></div>"""

    def detail(self, a):
        head = f'\t<meta name="description" content="{esc(a.paras[0][:150])}" />\n\t<meta name="author" content="admin_pct" />\n'
        return self.shell(a.title, self.article(a), "view-article", head)

    def denied(self):
        content = """<div id="system-message-container"><div id="system-message"><div class="alert alert-error"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">ข้อผิดพลาด</h4><div><div class="alert-message">คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</div></div></div></div></div>
<div class="login"><form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well"><fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div><div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div><div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form></div>"""
        return self.shell("เข้าสู่ระบบ", content, "view-login")

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            s = qs1(query, "start", "0")
            if not s.isdigit() or int(s) % PER_PAGE or int(s) // PER_PAGE >= len(self.pages):
                return None
            if qs1(query, "format") == "feed":
                items = "".join(
                    f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><guid isPermaLink="true">{HOST}{a.path}</guid><description>{esc(a.paras[0][:200])}</description><category>ข่าวประชาสัมพันธ์</category><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>'
                    for a in self.articles[:10]
                )
                rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>ข่าวประชาสัมพันธ์</title><link>{HOST}/index.php/news</link><generator>Joomla! - Open Source Content Management</generator><language>th-th</language>{items}</channel></rss>'
                return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
            return self.html_response(self.listing(int(s) // PER_PAGE))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.denied())
        if path in ("/", "/index.php"):
            return 303, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"เผยแพร่: {lc3(a.published)}",
                f"ปรับปรุงล่าสุด: {lc3(a.modified)}",
                f"ฮิต: {a.views}",
                "รายละเอียด",
                "หมวดหมู่: ข่าวประชาสัมพันธ์",
                "แบ่งปัน :",
                "พิมพ์",
                "ส่งลิงก์นี้ให้เพื่อนทางอีเมล",
                "ขนาดตัวอักษร",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน?",
                "จดจำการเข้าระบบ",
                SITE_COUNTER,
                COOKIE,
                "ถนนคลองคะเชนทร์ ตำบลในเมือง",
                "Powered by Gantry Framework",
                "Phichit Provincial Agricultural Extension Office",
            ]
            if a.source:
                must_not.append(self.signoff(a))
            if a.extra["file"]:
                must_not += [f"doae-pct-{a.id}.pdf", "ไฟล์แนบ:"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = HydrogenSite()

if __name__ == "__main__":
    main(SITE)
