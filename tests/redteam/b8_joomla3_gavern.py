"""Blind-8 red-team site: Joomla 3.10 + a GavickPro template on the Gavern framework, run by a
provincial agriculture and cooperatives office, built blind.

What it imitates:
- Gavern chrome: `div#gkBg`, `header#gkHeader`, `#gkLogo`, `#gkMainMenu` (`gkMenu`),
  `#gkBreadcrumb`, `section#gkMainbody`, `aside#gkSidebar` with `div.box` modules
  ("ข่าวล่าสุด", "บทความยอดนิยม" with hits, "เข้าสู่ระบบ"), `footer#gkFooter`, back-to-top;
- SEF URLs with rewriting and the ".html" suffix: category blog `/news.html`,
  `/news.html?start=8`, articles `/news/1234-pr-67-045.html`; the blog (leading item then
  two-column rows) with Joomla's `div.pagination` ("เริ่มต้น", "ก่อนหน้า", numbers, "ถัดไป",
  "สุดท้าย") and "หน้า 1 จาก 3";
- the Gavern article override: `article.item-page` with a *calendar-box* date
  `time.gk-date[datetime=…+07:00]` of two spans, the day and the abbreviated month
  ("15", "ก.พ."), **no year printed** (the year and the time are only in `datetime`);
  `h1[itemprop=headline]`; an info list with category, "เขียนโดย", the untranslated
  template string "Views: 1234" and the Joomla LC2 modified line
  "ปรับปรุงล่าสุด: พฤหัสบดี, 15 กุมภาพันธ์ 2024 10:30" (Thai day and month names, **CE**) printed
  for every article; intro image, `itemprop=articleBody` ending in "เรียบเรียง : …",
  `gk-social-api` ("แชร์"), tags "แท็ก:", `ul.pager.pagenav` "‹ ก่อนหน้า" / "ถัดไป ›" whose
  neighbour titles are only in `title` attributes;
- the deleted item: an article whose access level was set to Registered: the page answers
  200 with the system message "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้" and the login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, BaseSite, esc, main, paginate, qs1
from .b8_common import build, neighbours, record

SITE_NAME = "สำนักงานเกษตรและสหกรณ์จังหวัดลำพูน"
SOURCES = ["ฝ่ายบริหารทั่วไป สกษ.ลำพูน", None, "กลุ่มยุทธศาสตร์และข้อมูลเพื่อการพัฒนา", None, None]
PER_PAGE = 8
LISTING = "/news.html"
DELETED_ID = 1187
DELETED = f"/news/{DELETED_ID}-pr-67-011.html"
DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]


def lc2(d: dt.datetime) -> str:
    return f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"


def gk_date(d: dt.datetime, prop="datePublished") -> str:
    return f'<time class="gk-date" datetime="{d.isoformat()}" itemprop="{prop}"><span class="gk-date-day">{d.day:02d}</span><span class="gk-date-month">{MONTHS_ABBR[d.month - 1]}</span></time>'


class GavernSite(BaseSite):
    key = "b8_joomla3_gavern"
    family = "joomla"
    imitates = "Joomla 3.10 + GavickPro Gavern template: /news.html?start=N blog, /news/1234-pr-67-045.html, calendar-box date (day + abbreviated month spans, no year; datetime +07:00), 'Views: 1234', 'ปรับปรุงล่าสุด: พฤหัสบดี, 15 กุมภาพันธ์ 2024 10:30' (LC2, CE) for every article, 'เรียบเรียง :' line, gk-social-api, tags, pagenav titles only in title attributes; Registered-only article as the deleted item"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 22, 23, SOURCES, dt.datetime(2024, 2, 27, 16, 0), first_id=1180, step=3
        )
        for a in self.articles:
            a.path = f"/news/{a.id}-pr-{str(a.published.year + 543)[-2:]}-{a.id - 1180:03d}.html"
            a.time_printed = True
            if a.modified is None:
                a.modified = a.published
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path and all(x.id != DELETED_ID for x in self.articles)
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:4]

    def shell(self, base, title, content, crumbs, view="article"):
        latest = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a> <span class="hits">({x.views})</span></li>'
            for x in self.popular()
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" >
<head>
		<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=2.0">
	<base href="{base}/" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	<link href="{base}/templates/gk_news2/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link rel="stylesheet" href="{base}/templates/gk_news2/css/k2.css" type="text/css" />
	<link rel="stylesheet" href="{base}/templates/gk_news2/css/normalize.css" type="text/css" />
	<link rel="stylesheet" href="{base}/templates/gk_news2/css/layout.css" type="text/css" />
	<link rel="stylesheet" href="{base}/templates/gk_news2/css/joomla.css" type="text/css" />
	<link rel="stylesheet" href="{base}/templates/gk_news2/css/system/system.css" type="text/css" />
	<link rel="stylesheet" href="{base}/templates/gk_news2/css/template.css" type="text/css" />
	<link rel="stylesheet" href="{base}/templates/gk_news2/css/menu/menu.css" type="text/css" />
	<link rel="stylesheet" href="{base}/templates/gk_news2/css/gk.stuff.css" type="text/css" />
	<script src="{base}/media/jui/js/jquery.min.js?9c1d2e" type="text/javascript"></script>
	<script src="{base}/templates/gk_news2/js/gk.scripts.js" type="text/javascript"></script>
	<script type="text/javascript">
 $GKMenu = {{ height:true, width:true, duration: 250 }};
$GK_TMPL_URL = "{base}/templates/gk_news2";
$GK_URL = "{base}/";
	</script>
</head>
<body data-tablet-width="1024" data-mobile-width="580" data-zoom-size="150" data-smoothscroll="1">
<div id="gkBg">
	<header id="gkHeader">
		<div class="gkPage">
			<h1 class="gkLogo"><a href="{base}/" id="gkLogo"><img src="{base}/images/logo-lamphun.png" alt="{SITE_NAME}" /></a></h1>
			<div id="gkMainMenu" class="gkMenuClassic">
<nav id="gkExtraMenu" class="gkMenu">
<ul class="gkmenu level0"><li  class="first"><a href="{base}/"  class=" first" id="menu101"  >หน้าแรก</a></li><li ><a href="{base}/about.html" id="menu102"  >เกี่ยวกับหน่วยงาน</a></li><li  class="active"><a href="{base}{LISTING}"  class=" active" id="menu103"  >ข่าวประชาสัมพันธ์</a></li><li ><a href="{base}/procurement.html" id="menu104"  >จัดซื้อจัดจ้าง</a></li><li  class="last"><a href="{base}/contact.html"  class=" last" id="menu105"  >ติดต่อเรา</a></li></ul>
</nav>
			</div>
		</div>
	</header>
	<div id="gkBreadcrumb"><div class="gkPage"><div class="breadcrumbs">{crumbs}</div></div></div>
	<div id="gkPageContent" class="gkPage">
		<section id="gkContent">
			<div id="gkContentWrap">
				<section id="gkMainbody">
{content}
				</section>
			</div>
		</section>
		<aside id="gkSidebar">
			<div class="box "><h3 class="header">ข่าวล่าสุด</h3><div class="content"><ul class="latestnews">{latest}</ul></div></div>
			<div class="box "><h3 class="header">บทความยอดนิยม</h3><div class="content"><ul class="mostread">{popular}</ul></div></div>
			<div class="box "><h3 class="header">เข้าสู่ระบบ</h3><div class="content"><form action="{base}{LISTING}" method="post" id="login-form" ><fieldset class="userdata"><p id="form-login-username"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="inputbox" size="24" /></p><p id="form-login-password"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="inputbox" size="24" /></p><div class="buttons"><input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" /></div><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></fieldset><ul><li><a href="{base}/login.html?view=reset">ลืมรหัสผ่าน?</a></li></ul></form></div></div>
		</aside>
	</div>
	<footer id="gkFooter" class="gkPage">
		<div>
			<p id="gkCopyrights">&copy; 2024 {SITE_NAME} ศาลากลางจังหวัดลำพูน อำเภอเมืองลำพูน จังหวัดลำพูน 51000 โทร. 053-511-xxx</p>
			<p id="gkStyleArea"><a href="#" id="gkColor1">1</a><a href="#" id="gkColor2">2</a></p>
			<a href="#gkBg" id="gkBackToTop">กลับขึ้นด้านบน</a>
		</div>
	</footer>
</div>
</body>
</html>
"""

    def blog_item(self, base, path, title, when, intro, extra=""):
        return f"""<article class="item{extra}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<header>
		{gk_date(when)}
		<h2 itemprop="name"><a href="{base}{path}" itemprop="url">{esc(title)}</a></h2>
	</header>
	<div class="item-content">
		<p>{esc(intro)}</p>
		<p class="readmore"><a class="btn" href="{base}{path}" itemprop="url"><span class="icon-chevron-right"></span> อ่านเพิ่มเติม: {esc(title[:40])}...</a></p>
	</div>
</article>"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = [(a.path, a.title, a.published, a.paras[0][:200]) for a in self.pages[n]]
        if n == 1:
            items.insert(
                5,
                (
                    DELETED,
                    "ประชุมคณะทำงานเฉพาะกิจ (สำหรับสมาชิก)",
                    dt.datetime(2024, 1, 31, 13, 30),
                    "สำหรับเจ้าหน้าที่ที่เข้าสู่ระบบ",
                ),
            )
        leading = self.blog_item(base, *items[0], extra=" leading-0")
        rows = []
        rest = items[1:]
        for r in range(0, len(rest), 2):
            cols = "".join(
                f'<div class="item column-{c + 1}">{self.blog_item(base, *it)}</div>'
                for c, it in enumerate(rest[r : r + 2])
            )
            rows.append(
                f'<div class="items-row cols-2 row-{r // 2} row-fluid clearfix">{cols}</div>'
            )
        last = len(self.pages)

        def href(k):  # 0-based
            return f"{base}{LISTING}" if k == 0 else f"{base}{LISTING}?start={k * PER_PAGE}"

        def li(cls, text, k, enabled):
            if enabled:
                return f'<li class="{cls}"><a title="{text}" href="{href(k)}" class="pagenav">{text}</a></li>'
            return f'<li class="{cls}"><span class="pagenav">{text}</span></li>'

        lis = [
            li("pagination-start", "เริ่มต้น", 0, n > 0),
            li("pagination-prev", "ก่อนหน้า", n - 1, n > 0),
        ]
        for k in range(last):
            lis.append(li("", str(k + 1), k, k != n))
        lis += [
            li("pagination-next", "ถัดไป", n + 1, n < last - 1),
            li("pagination-end", "สุดท้าย", last - 1, n < last - 1),
        ]
        content = f"""<section class="blog" itemscope itemtype="https://schema.org/Blog">
	<h1 class="page-header">ข่าวประชาสัมพันธ์</h1>
	<div class="items-leading">{leading}</div>
	{"".join(rows)}
	<div class="pagination">
		<ul>{"".join(lis)}</ul>
		<p class="counter">หน้า {n + 1} จาก {last}</p>
	</div>
</section>"""
        crumbs = f'<a href="{base}/" class="pathway">หน้าแรก</a> <span class="divider">/</span> <span>ข่าวประชาสัมพันธ์</span>'
        return self.html_response(self.shell(base, "ข่าวประชาสัมพันธ์", content, crumbs))

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'<p style="text-align: right;">เรียบเรียง : {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags"><span class="tags-label">แท็ก:</span> '
                + " ".join(
                    f'<span class="tag-{k} tag-list{k}" itemprop="keywords"><a href="{base}/component/tags/tag/{k}.html" class="label label-info">{esc(t)}</a></span>'
                    for k, t in enumerate(a.tags)
                )
                + "</div>"
            )
        nav = []
        if older:
            nav.append(
                f'<li class="previous"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความก่อนหน้า: {esc(older.title)}" href="{base}{older.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
            )
        if newer:
            nav.append(
                f'<li class="next"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความถัดไป: {esc(newer.title)}" href="{base}{newer.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            )
        content = f"""<article class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="th-TH" />
	<header>
		{gk_date(a.published)}
		<h1 itemprop="headline">{esc(a.title)}</h1>
		<ul>
			<li class="category-name">หมวด: <a href="{base}{LISTING}" itemprop="genre">ข่าวประชาสัมพันธ์</a></li>
			<li class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">ผู้ดูแลระบบ</span></li>
			<li class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />Views: {a.views}</li>
			<li class="modified"><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {lc2(a.modified)}</time></li>
		</ul>
	</header>
	<div class="item-content">
		<div class="pull-left item-image"><img src="{base}/images/news/2567/pr{a.id}.jpg" alt="" itemprop="image"/></div>
		<div itemprop="articleBody">
			{body}
		</div>
		<div id="gkSocialAPI">
			<span class="gk-social-label">แชร์</span>
			<div class="fb-like" data-href="{base}{a.path}" data-layout="button_count" data-action="like" data-show-faces="false"></div>
			<div class="gk-tweet"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{base}{a.path}" data-lang="th">ทวีต</a></div>
			<div class="gk-line"><a href="https://social-plugins.line.me/lineit/share?url={base}{a.path}">ส่งต่อทางไลน์</a></div>
		</div>
		{tags}
		<ul class="pager pagenav">{"".join(nav)}</ul>
	</div>
</article>"""
        crumbs = f'<a href="{base}/" class="pathway">หน้าแรก</a> <span class="divider">/</span> <a href="{base}{LISTING}" class="pathway">ข่าวประชาสัมพันธ์</a> <span class="divider">/</span> <span>{esc(a.title)}</span>'
        return self.html_response(self.shell(base, a.title, content, crumbs))

    def deleted(self, base):
        content = f"""<div id="system-message-container">
	<div id="system-message">
		<div class="alert alert-error"><a class="close" data-dismiss="alert">×</a>
			<h4 class="alert-heading">ข้อผิดพลาด</h4>
			<div><div class="alert-message">คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</div></div>
		</div>
	</div>
</div>
<div class="login">
	<form action="{base}/login.html?task=user.login" method="post" class="form-horizontal well">
		<fieldset>
			<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
			<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
			<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
		</fieldset>
	</form>
</div>"""
        crumbs = f'<a href="{base}/" class="pathway">หน้าแรก</a> <span class="divider">/</span> <span>เข้าสู่ระบบ</span>'
        return self.html_response(self.shell(base, "เข้าสู่ระบบ", content, crumbs))

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.shell(
                    base, "หน้าแรก", f'<p><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></p>', ""
                )
            )
        if path == LISTING:
            v = qs1(query, "start", "0")
            if not v.isdigit() or int(v) % PER_PAGE:
                return None
            return self.listing(base, int(v) // PER_PAGE)
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "หมวด:",
                "เขียนโดย",
                f"Views: {a.views}",
                "ปรับปรุงล่าสุด",
                "แชร์",
                "ส่งต่อทางไลน์",
                "แท็ก:",
                "ข่าวล่าสุด",
                "บทความยอดนิยม",
                "กลับขึ้นด้านบน",
            ] + [x.title for x in self.articles[:5] if x is not a]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = GavernSite()

if __name__ == "__main__":
    main(SITE)
