"""Blind-3 red-team site: a department on Joomla 5 with the stock Cassiopeia template and
SEF URLs switched off (built blind).

What it imitates (facts about Joomla 4/5 printed markup, not its code):
- non-SEF URLs: articles `index.php?option=com_content&view=article&id=N:ALIAS&catid=9&Itemid=117`
  where ALIAS is the creation time `2024-01-15-03-30-12` (Thai title, Unicode aliases off);
  the category blog `index.php?option=com_content&view=category&layout=blog&id=9&Itemid=117`
  paged by `&limitstart=N` (an item offset), Joomla 4/5 `nav.pagination__wrapper` with
  `ul.pagination` / `li.page-item` / `a.page-link` (`aria-label="ไปที่หน้า 2"`) and the
  counter "หน้า 1 จาก 3";
- the menu item shows its page heading: `div.page-header h1` is "ข่าวประชาสัมพันธ์" on
  every article, the article's own title is `div.page-header h2[itemprop=headline]`;
- `dl.article-info` above the text: "เขียนโดย:", "หมวด:", `time[itemprop=datePublished]`
  "เผยแพร่: 15 มกราคม 2567" (datetime attribute with time and +07:00), `dd.modified`
  "ปรับปรุงล่าสุด:" for every article (= created for never-edited ones), `dd.hits` "ฮิต: N"
  with `meta itemprop=interactionCount content="UserPageVisits:N"`;
- `div[itemprop=articleBody].com-content-article__body`, then a custom field list
  (`ul.fields-container`, "แหล่งข่าว:") as the source, tags `ul.tags`, pagenavigation with
  `span.visually-hidden` "ก่อนหน้า: TITLE" / "ถัดไป: TITLE";
- modules: breadcrumbs ending in the headline ("คุณอยู่ที่:"), `mod_articles_latest`
  "ข่าวล่าสุด", `mod_articles_popular` "ข่าวยอดนิยม", `mod_login` ("ชื่อผู้ใช้", "รหัสผ่าน",
  "จดจำฉัน"), a footer;
- the deleted item: the article id answers 200 with the template and the system message
  "ไม่พบข้อมูล" (a redirect/404 plugin that renders the error page in the template).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    fmt_full,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b3_common import ensure_source

SITE_NAME = "กรมการพัฒนาชุมชน"
PER_PAGE = 8
CATID, ITEMID = 9, 117
DELETED_ID = 1999
SOURCES = ["กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม", "สำนักงานพัฒนาชุมชนจังหวัดน่าน", None]
AUTHORS = ["ผู้ดูแลระบบ", "งานประชาสัมพันธ์"]


def alias(a: Article) -> str:
    return a.published.strftime("%Y-%m-%d-%H-%M-") + f"{(a.id * 7) % 60:02d}"


def build() -> list[Article]:
    arts = make_articles(
        "b3_joomla5_cassiopeia", 21, start=dt.datetime(2024, 10, 2, 17, 0, tzinfo=TZ), offset=11
    )
    for i, a in enumerate(arts):
        a.id = 1480 - i * 3 - (i % 2)
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = (
            f"/index.php?option=com_content&view=article&id={a.id}:{alias(a)}"
            f"&catid={CATID}&Itemid={ITEMID}"
        )
        a.extra["author"] = AUTHORS[i % 2]
    return arts


def joomla_iso(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


class Joomla5Site(BaseSite):
    key = "b3_joomla5_cassiopeia"
    family = "joomla"
    imitates = (
        "Joomla 5 + Cassiopeia, SEF off (index.php?option=com_content...), blog with &limitstart=N"
    )
    listing_path = (
        f"/index.php?option=com_content&view=category&layout=blog&id={CATID}&Itemid={ITEMID}"
    )

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&limitstart={n * PER_PAGE}" for n in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [
            f"/index.php?option=com_content&view=article&id={DELETED_ID}:2024-07-01-09-15-44&catid={CATID}&Itemid={ITEMID}"
        ]

    def href(self, a: Article) -> str:
        return esc(a.path)

    # ------------------------------------------------------------ template
    def latest(self):
        return self.articles[:5]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def page(self, *, main_html: str, crumbs: str, body_cls: str, head_extra: str = "") -> str:
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{self.href(x)}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.latest()
        )
        popular = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{self.href(x)}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.popular()
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	{head_extra}
	<link href="/media/templates/site/cassiopeia/css/template.min.css?4f1c2d" rel="stylesheet" />
	<link href="/media/system/css/joomla-fontawesome.min.css?4f1c2d" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ข้อผิดพลาด","MESSAGE":"ข้อความ"}},"system.paths":{{"root":"","rootFull":"\\/","base":""}}}}</script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?4f1c2d" defer></script>
</head>
<body class="site com_content wrapper-static view-{body_cls} no-layout no-task itemid-{ITEMID} has-sidebar-right">
	<header class="header container-header full-width">
		<div class="grid-child">
			<div class="navbar-brand">
				<a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-cdd.png" alt="{SITE_NAME}" width="300" height="80"></a>
				<div class="site-description">Community Development Department</div>
			</div>
		</div>
		<div class="grid-child container-nav">
			<ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/index.php" >หน้าแรก</a></li><li class="nav-item item-117 current active"><a href="{esc(self.listing_path)}" aria-current="location">ข่าวประชาสัมพันธ์</a></li><li class="nav-item item-118"><a href="/index.php?option=com_content&amp;view=category&amp;layout=blog&amp;id=10&amp;Itemid=118" >ข่าวจัดซื้อจัดจ้าง</a></li><li class="nav-item item-119"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=119" >ติดต่อเรา</a></li></ul>
		</div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-banner"><div class="moduletable ">{crumbs}</div></div>
		<div class="grid-child container-component">
			<div id="system-message-container" aria-live="polite"></div>
			<main>
{main_html}
			</main>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
				<h3 class="card-header ">ข่าวล่าสุด</h3>
				<div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div>
			</div>
			<div class="sidebar-right card ">
				<h3 class="card-header ">ข่าวยอดนิยม</h3>
				<div class="card-body"><ul class="mod-articlespopular mostread mod-list">{popular}</ul></div>
			</div>
			<div class="sidebar-right card ">
				<h3 class="card-header ">เข้าสู่ระบบ</h3>
				<div class="card-body">
<form id="login-form-16" class="mod-login" action="/index.php?option=com_users&amp;view=login&amp;Itemid=101" method="post">
	<div class="mod-login__userdata userdata">
		<div class="mod-login__username form-group"><div class="input-group"><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="ชื่อผู้ใช้"><label for="modlgn-username-16" class="visually-hidden">ชื่อผู้ใช้</label></div></div>
		<div class="mod-login__password form-group"><div class="input-group"><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="รหัสผ่าน"><label for="modlgn-passwd-16" class="visually-hidden">รหัสผ่าน</label></div></div>
		<div class="mod-login__remember form-group"><div id="form-login-remember-16" class="form-check"><input type="checkbox" name="remember" class="form-check-input" value="yes" id="form-login-input-remember-16"><label class="form-check-label" for="form-login-input-remember-16">จดจำฉัน</label></div></div>
		<div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button></div>
	</div>
	<input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"><input type="hidden" name="return" value="aW5kZXgucGhw"><input type="hidden" name="9c1d0e4b7a" value="1">
</form>
				</div>
			</div>
		</div>
	</div>
	<footer class="container-footer footer full-width">
		<div class="grid-child"><div class="mod-custom custom"><p>{SITE_NAME} ศูนย์ราชการเฉลิมพระเกียรติ ๘๐ พรรษา อาคารบี ถนนแจ้งวัฒนะ หลักสี่ กรุงเทพฯ 10210</p><p>จำนวนผู้เยี่ยมชม: 2,315,097</p></div></div>
	</footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="กลับด้านบน"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""

    def crumbs(self, last: str | None) -> str:
        items = [
            '<li class="mod-breadcrumbs__here float-start">คุณอยู่ที่: &#160;</li>',
            '<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">หน้าแรก</span></a><meta itemprop="position" content="1"></li>',
        ]
        if last is None:
            items.append(
                '<li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">ข่าวประชาสัมพันธ์</span><meta itemprop="position" content="2"></li>'
            )
        else:
            items.append(
                f'<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{esc(self.listing_path)}" class="pathway"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a><meta itemprop="position" content="2"></li>'
            )
            items.append(
                f'<li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(last)}</span><meta itemprop="position" content="3"></li>'
            )
        return f'<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">{"".join(items)}</ol></nav>'

    def info(self, a: Article, full: bool) -> str:
        dd = [
            '<dt class="article-info-term">รายละเอียด</dt>',
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> เขียนโดย: <span itemprop="name">{esc(a.extra["author"])}</span></dd>',
            f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> หมวด: <a href="{esc(self.listing_path)}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>',
            f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{joomla_iso(a.published)}" itemprop="datePublished">เผยแพร่: {fmt_full(a.published)}</time></dd>',
        ]
        if full:
            mod = a.modified or a.published
            dd.append(
                f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{joomla_iso(mod)}" itemprop="dateModified">ปรับปรุงล่าสุด: {fmt_full(mod)}</time></dd>'
            )
        dd.append(
            f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</dd>'
        )
        return f'<dl class="article-info text-muted">{"".join(dd)}</dl>'

    # ------------------------------------------------------------ listing
    def listing(self, start: int):
        if start % PER_PAGE or not 0 <= start // PER_PAGE < len(self.pages):
            return None
        n = start // PER_PAGE
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<figure class="left item-image"><a href="{self.href(a)}" itemprop="url" title="{esc(a.title)}"><img src="/images/news/{a.id}.jpg" itemprop="thumbnailUrl" width="300" height="200" loading="lazy" alt=""></a></figure>
	<div class="item-content">
		<div class="page-header"><h2 itemprop="name"><a href="{self.href(a)}" itemprop="url">{esc(a.title)}</a></h2></div>
		{self.info(a, False)}
		<p>{esc(a.paras[0][:220])}</p>
		<p class="readmore"><a class="btn btn-secondary" href="{self.href(a)}" aria-label="อ่านเพิ่มเติม: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(a.title[:40])}…</a></p>
	</div>
</div>""")
            if n == 1 and k == 2:
                items.append(f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{esc(self.deleted_paths()[0])}" itemprop="url">ประกาศรายชื่อผู้ผ่านการคัดเลือก โครงการพัฒนาหมู่บ้าน</a></h2></div></div>
</div>""")
        last = len(self.pages) - 1

        def href(k):
            return esc(self.listing_path + (f"&limitstart={k * PER_PAGE}" if k else ""))

        pl = []
        if n == 0:
            pl.append(
                '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>'
            )
            pl.append(
                '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span></li>'
            )
        else:
            pl.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าแรก" href="{href(0)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
            )
            pl.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าก่อนหน้า" href="{href(n - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
            )
        for k in range(last + 1):
            if k == n:
                pl.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {k + 1}" href="#" class="page-link">{k + 1}</a></li>'
                )
            else:
                pl.append(
                    f'<li class="page-item"><a aria-label="ไปที่หน้า {k + 1}" href="{href(k)}" class="page-link">{k + 1}</a></li>'
                )
        if n < last:
            pl.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าถัดไป" href="{href(n + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
            )
            pl.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าสุดท้าย" href="{href(last)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        else:
            pl.append(
                '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-right" aria-hidden="true"></span></span></li>'
            )
            pl.append(
                '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-right" aria-hidden="true"></span></span></li>'
            )
        main_html = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h1> ข่าวประชาสัมพันธ์ </h1></div>
	<div class="com-content-category-blog__items blog-items ">
{chr(10).join(items)}
	</div>
	<div class="com-content-category-blog__navigation w-100">
		<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {n + 1} จาก {last + 1}</p>
		<div class="com-content-category-blog__pagination">
<nav class="pagination__wrapper" aria-label="การแบ่งหน้า">
	<ul class="pagination ms-0 mb-4">
{chr(10).join(pl)}
	</ul>
</nav>
		</div>
	</div>
</div>"""
        return self.html_response(
            self.page(
                main_html=main_html,
                crumbs=self.crumbs(None),
                body_cls="category layout-blog",
                head_extra=f'<title>ข่าวประชาสัมพันธ์ - {SITE_NAME}</title>\n\t<link href="/index.php?option=com_content&amp;view=category&amp;id={CATID}&amp;format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์">',
            )
        )

    # ------------------------------------------------------------ article
    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None  # ordering: newest first
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def article(self, a: Article):
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        fields = (
            f'<ul class="fields-container"><li class="field-entry source "><span class="field-label ">แหล่งข่าว: </span><span class="field-value ">{esc(a.source)}</span></li></ul>'
            if a.source
            else ""
        )
        tags = (
            '<ul class="tags list-inline">'
            + "".join(
                f'<li class="list-inline-item tag-{20 + k} tag-list{k}" itemprop="keywords"><a href="/index.php?option=com_tags&amp;view=tag&amp;id[0]={20 + k}&amp;Itemid=130" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                for k, t in enumerate(a.tags)
            )
            + "</ul>"
            if a.tags
            else ""
        )
        prev, nxt = self.neighbours(a)
        nav = '<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">'
        if prev:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{self.href(prev)}" rel="prev"><span class="visually-hidden">ก่อนหน้า: {esc(prev.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if nxt:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{self.href(nxt)}" rel="next"><span class="visually-hidden">ถัดไป: {esc(nxt.title)}</span> <span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        nav += "</span></nav>"
        main_html = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="th-TH">
	<div class="page-header"><h1> ข่าวประชาสัมพันธ์ </h1></div>
	<div class="page-header">
		<h2 itemprop="headline">{esc(a.title)}</h2>
	</div>
	{self.info(a, True)}
	<div class="com-content-article__links"></div>
	<figure class="left item-image"><img src="/images/news/{a.id}.jpg" itemprop="image" width="800" height="533" loading="lazy" alt=""></figure>
	<div itemprop="articleBody" class="com-content-article__body">
{body}
	</div>
	{fields}
	{tags}
	{nav}
</div>"""
        head = (
            f"<title>{esc(a.title)} - {SITE_NAME}</title>\n"
            f'\t<meta name="author" content="{esc(a.extra["author"])}">\n'
            f'\t<meta name="description" content="{esc(a.paras[0][:150])}">'
        )
        return self.html_response(
            self.page(
                main_html=main_html,
                crumbs=self.crumbs(a.title),
                body_cls="article",
                head_extra=head,
            )
        )

    def deleted(self):
        main_html = """<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<div class="alert alert-warning" role="alert"><span class="icon-info-circle" aria-hidden="true"></span> ไม่พบข้อมูล</div>
</div>"""
        return self.html_response(
            self.page(
                main_html=main_html,
                crumbs=self.crumbs(None),
                body_cls="article",
                head_extra=f"<title>{SITE_NAME}</title>",
            )
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 303, {"Location": base + "/index.php"}, b""
        if path != "/index.php":
            return None
        if not query:
            return 303, {"Location": base + self.listing_path}, b""
        if qs1(query, "option") != "com_content":
            return None
        view = qs1(query, "view")
        if view == "category" and qs1(query, "id") == str(CATID):
            try:
                start = int(qs1(query, "limitstart", qs1(query, "start", "0")) or 0)
            except ValueError:
                return None
            return self.listing(start)
        if view == "article":
            try:
                aid = int(qs1(query, "id").split(":", 1)[0])
            except ValueError:
                return None
            if aid in self.by_id:
                return self.article(self.by_id[aid])
            if aid == DELETED_ID:
                return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                "รายละเอียด",
                "เขียนโดย:",
                "เผยแพร่:",
                "ปรับปรุงล่าสุด:",
                f"ฮิต: {a.views}",
                "แหล่งข่าว:",
                "คุณอยู่ที่:",
                "ข่าวยอดนิยม",
                "จดจำฉัน",
                "จำนวนผู้เยี่ยมชม",
                "ก่อนหน้า:",
                "ถัดไป:",
            ]
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.latest() + self.popular() if x is not a]
            rec = expected_record(a, published_time=True, must_not=must_not)
            if a.modified is None:
                rec["modified_at"] = rec["published_at"]
            out.append(rec)
        return out


SITE = Joomla5Site()

if __name__ == "__main__":
    main(SITE)
