"""Blind-38 red-team site (part B): **Joomla 3.9 + JoomlArt "JA Teline IV" (T3 framework)**
run with **non-SEF URLs** by a provincial public-relations office, Thai language pack, built
blind.

What it imitates:
- Joomla fingerprints: generator meta, `/media/jui/`, `/templates/ja_teline_iv_t3/`, T3
  `/plugins/system/t3/base-bs3/`, `?format=feed&type=rss`;
- non-SEF links: article `index.php?option=com_content&view=article&id=N:alias&catid=9&Itemid=112`
  (the alias is Joomla's UTC-date fallback for a Thai title), category blog
  `index.php?option=com_content&view=category&layout=blog&id=9&Itemid=112&limitstart=N`;
- T3 shell: `div.t3-wrapper`, `#t3-header`, `#t3-mainnav`, `#t3-mainbody .t3-content`,
  `.t3-sidebar`, `#t3-footer`;
- article: the **page heading `h1` is the menu title "ข่าวประชาสัมพันธ์"** (show page heading),
  the headline is `h2.article-title` and `<title>` is "ข่าวประชาสัมพันธ์ - office"; `aside.article-aside`
  with `dl.article-info` (category, **published "วันพฤหัสบดี ที่ 05 กันยายน 2567"** with the time
  only in `time[datetime]`, hits "ฮิต: N"), print / e-mail icons, JA social share bar
  "แชร์ข่าวนี้" **between the meta and the text**; image (some); body; "ข่าว/ภาพ : office" (some);
  `footer.article-footer` with "ปรับปรุงล่าสุด ... เวลา HH:MM น." on every article; tags;
  `ul.pager.pagenav` with neighbour titles; "ข่าวที่เกี่ยวข้อง" module; latest news, login,
  visitor counter in the sidebar.
Deleted: an unpublished article (200): "ไม่พบบทความ" system message with the login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานประชาสัมพันธ์จังหวัดพิษณุโลก"
T = "/templates/ja_teline_iv_t3"
PER_PAGE = 8
CAT = "option=com_content&view=category&layout=blog&id=9&Itemid=112"
SOURCES = ["สวท.พิษณุโลก", None, "ส.ปชส.พิษณุโลก", None, "กลุ่มงานข่าว สปข.3"]
DELETED_ID = 231
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 1,204,557"
SHARE = ["แชร์ข่าวนี้", "Facebook", "Twitter", "LINE"]


def thai_long(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]} ที่ {d.day:02d} {MONTHS[d.month - 1]} {be(d)}"


def alias(d: dt.datetime) -> str:
    return (d - dt.timedelta(hours=7)).strftime("%Y-%m-%d-%H-%M-%S")


class TelineSite(BaseSite):
    key = "b38_joomla3_jateline4"
    family = "joomla"
    imitates = "Joomla 3.9 + JoomlArt JA Teline IV (T3 framework), non-SEF URLs (index.php?option=com_content&view=article&id=N:utc-date-alias&catid=9&Itemid=112), provincial PR office; page heading h1 = menu title, headline in h2.article-title, <title> = menu title; aside.article-aside dl.article-info with 'วันพฤหัสบดี ที่ 05 กันยายน 2567' (time only in time[datetime]) and 'ฮิต: N'; print/e-mail icons; JA social share between meta and text; 'ข่าว/ภาพ :' (some); article-footer 'ปรับปรุงล่าสุด ... เวลา HH:MM น.' on every item; tags; pagenav with neighbour titles; related module; sidebar latest, login, visitor counter; category blog ?limitstart=N"
    listing_path = "/index.php?" + CAT

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 9, 20, 17, 0, tzinfo=TZ), offset=2211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 268
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + i % 2
            if aid == DELETED_ID:
                aid -= 1
            a.time_printed = True
            a.path = (
                f"/index.php?option=com_content&view=article&id={a.id}:{alias(a.published)}"
                "&catid=9&Itemid=112"
            )
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 5 == 2
            if a.modified is None:
                a.extra["mod_shown"] = a.published
            else:
                a.extra["mod_shown"] = a.modified
        self.articles = arts
        self.by_id = {str(a.id): a for a in arts}
        self.pages = paginate(arts, PER_PAGE)
        self.deleted_path = (
            f"/index.php?option=com_content&view=article&id={DELETED_ID}:2024-08-30-02-10-00"
            "&catid=9&Itemid=112"
        )

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&limitstart={k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted_path]

    def shell(self, title, content):
        latest = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr" class="com_content view-article itemid-112 j39 mm-hover">
<head>
  <base href="/index.php" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/index.php?{CAT}&amp;format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="{T}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="{T}/css/themes/blue/template.css" rel="stylesheet" />
  <link href="/plugins/system/t3/base-bs3/fonts/font-awesome/css/font-awesome.min.css" rel="stylesheet" />
  <script src="/media/jui/js/jquery.min.js?5e1b"></script>
  <script src="/plugins/system/t3/base-bs3/bootstrap/js/bootstrap.js"></script>
  <script src="{T}/js/script.js"></script>
</head>
<body>
<div class="t3-wrapper">
<header id="t3-header" class="container t3-header">
  <div class="logo"><a href="/" title="{OFFICE}"><span>{OFFICE}</span></a><small class="site-slogan">ข่าวสารภาครัฐ ถึงประชาชน</small></div>
  <div class="head-search"><form action="/index.php" method="post"><input name="searchword" placeholder="ค้นหา..." type="search"/><input type="hidden" name="option" value="com_search"/></form></div>
</header>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="t3-navbar navbar-collapse collapse"><ul class="nav navbar-nav level0">
<li><a href="/">หน้าแรก</a></li><li class="active"><a href="{esc(self.listing_path)}">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.php?option=com_content&amp;view=category&amp;id=11&amp;Itemid=118">ประกาศจังหวัด</a></li><li><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=130">ติดต่อเรา</a></li></ul></div></nav>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
<div id="t3-content" class="t3-content col-xs-12 col-md-8">
<ol class="breadcrumb"><li class="active"><span class="hasTooltip"><i class="fa fa-map-marker"></i></span></li><li><a href="/" class="pathway">หน้าแรก</a></li><li><span>ข่าวประชาสัมพันธ์</span></li></ol>
<div id="system-message-container"></div>
{content}
</div>
<div class="t3-sidebar t3-sidebar-right col-xs-12 col-md-4">
<div class="t3-module module"><div class="module-inner"><h3 class="module-title"><span>ข่าวล่าสุด</span></h3><div class="module-ct"><ul class="latestnews mod-list">{latest}</ul></div></div></div>
<div class="t3-module module"><div class="module-inner"><h3 class="module-title"><span>เข้าสู่ระบบ</span></h3><div class="module-ct"><form action="/index.php" method="post" id="login-form"><input name="username" placeholder="ชื่อผู้ใช้"/><input type="password" name="password" placeholder="รหัสผ่าน"/><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button><ul class="unstyled"><li><a href="/index.php?option=com_users&amp;view=reset">ลืมรหัสผ่าน?</a></li></ul></form></div></div></div>
<div class="t3-module module"><div class="module-inner"><h3 class="module-title"><span>สถิติผู้เข้าชม</span></h3><div class="module-ct"><div class="vcounter">{SITE_COUNTER}</div></div></div></div>
</div></div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container"><small>{OFFICE} ศาลากลางจังหวัดพิษณุโลก ถนนวังจันทน์ อำเภอเมือง จังหวัดพิษณุโลก 65000</small><div class="poweredby">Designed by <a href="http://www.joomlart.com/">JoomlArt.com</a></div></div></footer>
<div class="cookie-bar" id="cookie-bar">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <button>ยอมรับ</button></div>
</div>
</body>
</html>"""

    def listing(self, k):
        items = []
        for a in self.pages[k]:
            items.append(
                f"""<div class="items-row cols-1 row-{k}"><div class="item column-1"><article class="article">
<header class="article-header clearfix"><h2 class="article-title"><a href="{esc(a.path)}">{esc(a.title)}</a></h2></header>
<aside class="article-aside clearfix"><dl class="article-info muted"><dd class="published hasTooltip"><i class="fa fa-calendar"></i> <time datetime="{a.published.isoformat()}">{thai_long(a.published)}</time></dd><dd class="hits"><i class="fa fa-eye"></i> ฮิต: {a.views}</dd></dl></aside>
<section class="article-intro clearfix"><p>{esc(a.paras[0][:160])}…</p></section>
<section class="readmore"><a class="btn btn-default" href="{esc(a.path)}"><span>อ่านต่อ...</span></a></section>
</article></div></div>"""
            )
            if k == 1 and a is self.pages[1][3]:
                items.append(
                    f'<div class="items-row cols-1"><div class="item column-1"><article class="article"><header class="article-header"><h2 class="article-title"><a href="{esc(self.deleted_path)}">ประกาศรับสมัครอาสาสมัครสื่อมวลชน (ยกเลิก)</a></h2></header></article></div></div>'
                )
        n = len(self.pages)

        def href(j):
            return esc(self.listing_path + (f"&limitstart={j * PER_PAGE}" if j else ""))

        lis = [f'<li><a title="เริ่มต้น" href="{href(0)}">เริ่มต้น</a></li>']
        if k:
            lis.append(f'<li><a title="ก่อนหน้า" href="{href(k - 1)}">ก่อนหน้า</a></li>')
        for j in range(n):
            if j == k:
                lis.append(f'<li class="active"><a>{j + 1}</a></li>')
            else:
                lis.append(f'<li><a title="{j + 1}" href="{href(j)}">{j + 1}</a></li>')
        if k < n - 1:
            lis.append(f'<li><a title="ถัดไป" href="{href(k + 1)}">ถัดไป</a></li>')
        lis.append(f'<li><a title="สุดท้าย" href="{href(n - 1)}">สุดท้าย</a></li>')
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header clearfix"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div>
{"".join(items)}
<div class="pagination-wrap"><ul class="pagination">{"".join(lis)}</ul><p class="counter">หน้า {k + 1} จาก {n}</p></div>
</div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ - {OFFICE}", content)

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + s) % len(self.articles)] for s in (3, 6, 9)]

    def article(self, a):
        d = a.published
        m = a.extra["mod_shown"]
        img = (
            f'<div class="pull-left item-image"><img src="/images/news/{d:%Y%m}/pr{a.id}.jpg" alt="{esc(a.title)}" itemprop="image"/></div>'
            if a.extra["image"]
            else ""
        )
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f'<p style="text-align: right;"><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>'
            if a.source
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{j} tag-list0" itemprop="keywords"><a href="/index.php?option=com_tags&amp;view=tag&amp;id[0]={j + 3}" class="label label-info">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        prev, nxt = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if prev:
            nav += f'<li class="previous"><a href="{esc(prev.path)}" rel="prev"><i class="fa fa-angle-left"></i> {esc(prev.title)}</a></li>'
        if nxt:
            nav += f'<li class="next"><a href="{esc(nxt.path)}" rel="next">{esc(nxt.title)} <i class="fa fa-angle-right"></i></a></li>'
        nav += "</ul>"
        rel = "".join(
            f'<li><a href="{esc(x.path)}">{esc(x.title)}</a></li>' for x in self.related(a)
        )
        content = f"""<div class="item-page clearfix">
<div class="page-header clearfix"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div>
<article class="article" itemscope itemtype="http://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<meta itemprop="url" content="{esc(a.path)}" />
<header class="article-header clearfix"><h2 class="article-title" itemprop="headline">{esc(a.title)}</h2></header>
<aside class="article-aside clearfix">
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name hasTooltip"><i class="fa fa-folder-open"></i> หมวดหมู่: <a href="{esc(self.listing_path)}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published hasTooltip" title="เผยแพร่: "><i class="fa fa-calendar"></i> <time datetime="{d.isoformat()}" itemprop="datePublished">{thai_long(d)}</time></dd>
<dd class="hits"><i class="fa fa-eye"></i> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" /> ฮิต: {a.views}</dd>
</dl>
<div class="btn-group pull-right"><ul class="dropdown-menu"><li class="print-icon"><a href="{esc(a.path)}&amp;tmpl=component&amp;print=1" rel="nofollow">พิมพ์</a></li><li class="email-icon"><a href="/index.php?option=com_mailto&amp;tmpl=component" rel="nofollow">อีเมล</a></li></ul></div>
</aside>
<div class="ja-social-share"><span class="share-label">{SHARE[0]}</span> <a class="fb" href="#">{SHARE[1]}</a> <a class="tw" href="#">{SHARE[2]}</a> <a class="line" href="#">{SHARE[3]}</a></div>
<section class="article-content clearfix" itemprop="articleBody">
{img}
{paras}
{src}
</section>
<footer class="article-footer clearfix"><dl class="article-info muted"><dd class="modified"><i class="fa fa-pencil"></i> <time datetime="{m.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด {thai_long(m)} เวลา {m:%H:%M} น.</time></dd></dl></footer>
{tags}
{nav}
</article>
</div>
<div class="moduletable related"><h3>ข่าวที่เกี่ยวข้อง</h3><ul class="relateditems mod-list">{rel}</ul></div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ - {OFFICE}", content)

    def deleted(self):
        content = """<div id="system-message"><div class="alert alert-error"><h4 class="alert-heading">ข้อผิดพลาด</h4><p>ไม่พบบทความ หรือบทความนี้ถูกยกเลิกการเผยแพร่แล้ว</p></div></div>
<div class="login"><form action="/index.php?option=com_users&amp;task=user.login" method="post"><label>ชื่อผู้ใช้</label><input name="username"/><label>รหัสผ่าน</label><input type="password" name="password"/><button type="submit">เข้าสู่ระบบ</button></form></div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ - {OFFICE}", content)

    def route(self, path, query, raw_query, base):
        if path not in ("/index.php", "/"):
            return None
        if path == "/" and not raw_query:
            return self.html_response(self.listing(0))
        opt, view = qs1(query, "option"), qs1(query, "view")
        if opt != "com_content":
            return None
        if view == "category" and qs1(query, "id") == "9":
            try:
                start = int(qs1(query, "limitstart", "0") or 0)
            except ValueError:
                return None
            if start % PER_PAGE or not 0 <= start // PER_PAGE < len(self.pages):
                return None
            return self.html_response(self.listing(start // PER_PAGE))
        if view == "article":
            aid = qs1(query, "id").split(":")[0]
            if aid == str(DELETED_ID):
                return self.html_response(self.deleted())
            a = self.by_id.get(aid)
            if a:
                return self.html_response(self.article(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            m = a.extra["mod_shown"]
            must_not = [
                thai_long(a.published),
                f"ฮิต: {a.views}",
                f"ปรับปรุงล่าสุด {thai_long(m)}",
                "รายละเอียด",
                *SHARE,
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน?",
                SITE_COUNTER,
                "เว็บไซต์นี้ใช้คุกกี้",
                "ศาลากลางจังหวัดพิษณุโลก ถนนวังจันทน์",
            ]
            if a.source:
                must_not.append(f"ข่าว/ภาพ : {a.source}")
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.related(a)]
            rec = expected_record(a, must_not=must_not)
            rec["modified_at"] = m.isoformat()
            out.append(rec)
        return out


SITE = TelineSite()

if __name__ == "__main__":
    main(SITE)
