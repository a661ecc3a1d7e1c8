"""Blind-20 red-team site: Joomla 3.10 with the stock Protostar template, a sub-district
administrative organisation (องค์การบริหารส่วนตำบลหนองบัว, อุดรธานี), built blind.

What it imitates:
- com_content category blog `/index.php/news` with `?start=8` / `?start=16` (limitstart),
  `div.blog` > `div.items-leading` + `div.items-row.cols-2.row-fluid` > `div.span6` >
  `div.item`, `p.readmore a.btn` "อ่านเพิ่มเติม: <title>", `div.pagination` with
  `p.counter` "หน้า 2 จาก 3" and `ul.pagination-list` (เริ่มต้น / ก่อนหน้า / 1 2 3 / ถัดไป / สุดท้าย);
- article view `/index.php/news/<id>-<alias>` where the alias is Joomla's fallback for a Thai
  title: the creation moment **in UTC** ("2024-02-15-03-27-41");
- the menu item's page heading in `div.page-header h1` ("ข่าวประชาสัมพันธ์"), the **headline
  in the second `div.page-header h2[itemprop=headline]`**; `<title>` is the article title;
- `div.icons` cog dropdown (พิมพ์ / อีเมล); info block **split**: author and category above
  the text, dates and hits **below** it: `dd.published time[datetime='c']` "เผยแพร่: 15
  กุมภาพันธ์ 2024" (LC3 `d F Y`: **Thai month, CE year, no time**; the time only in the
  attribute), `dd.modified` "ปรับปรุงล่าสุด: ..." for **every** item (Joomla stores created as
  modified), `dd.hits` "ฮิต: 1234" with `meta itemprop=interactionCount`;
- inside `div[itemprop=articleBody]`: a social-share plugin bar first, then the text, the
  source as "ที่มา : <office>" or the **office alone** as a right-aligned last line, then a
  `{loadposition}` related-items module ("บทความที่เกี่ยวข้อง");
- `ul.tags.inline` labels, `ul.pager.pagenav` (ก่อนหน้า / ถัดไป, neighbour titles only in
  attributes), sidebar `div.well` modules (ข่าวล่าสุด, สถิติผู้เข้าชม, login form), header
  font-size tool, breadcrumb, cookie-hint bar, footer "กลับด้านบน";
- the deleted id (an article moved to the Registered access level) answers 200 with the
  com_users login view and the system message "คุณไม่ได้รับอนุญาตให้เข้าดูแหล่งข้อมูลนี้".
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b20b_common import B9Site, build, ce_full_month, joomla_c, neighbours, record

OFFICE = "องค์การบริหารส่วนตำบลหนองบัว"
SOURCES = [
    "กองสาธารณสุขและสิ่งแวดล้อม อบต.หนองบัว",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดอุดรธานี",
    None,
    "กองการศึกษา ศาสนาและวัฒนธรรม อบต.หนองบัว",
    "สำนักปลัด อบต.หนองบัว",
    None,
]
DELETED = "/index.php/news/250-2024-09-03-03-39-12"
UTC = dt.UTC
CATEGORY = "ข่าวประชาสัมพันธ์"


def alias(a) -> str:
    made = (a.published - dt.timedelta(minutes=3, seconds=a.id % 47)).astimezone(UTC)
    return made.strftime("%Y-%m-%d-%H-%M-%S")


class ProtostarSite(B9Site):
    key = "b20_joomla3_protostar"
    family = "joomla"
    imitates = "Joomla 3.10 Protostar: category blog ?start=8, article /index.php/news/<id>-<UTC alias>, page heading h1 + headline h2[itemprop=headline], info block split (dates/hits below the text), 'เผยแพร่: 15 กุมภาพันธ์ 2024' (Thai month, CE year, time only in time[datetime]), 'ปรับปรุงล่าสุด' on every item, 'ฮิต: N', share plugin + related module inside articleBody, 'ที่มา :' or office alone as last line; deleted = login view with no-access message (200)"
    listing_path = "/index.php/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 331, SOURCES, dt.datetime(2024, 10, 3, 15, 0), first_id=212, step=3
        )
        for i, a in enumerate(self.articles):
            a.path = f"/index.php/news/{a.id}-{alias(a)}"
            a.time_printed = True
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published
            a.extra["form"] = "alone" if i % 3 == 2 else "label"
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def shell(self, title, body_class, content, crumb):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
\t<meta name="viewport" content="width=device-width, initial-scale=1.0" />
\t<meta charset="utf-8" />
\t<base href="http://www.nongbua.go.th/index.php/news" />
\t<meta name="keywords" content="อบต.หนองบัว, หนองบัว, อุดรธานี" />
\t<meta name="generator" content="Joomla! - Open Source Content Management" />
\t<title>{esc(title)}</title>
\t<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
\t<link href="/templates/protostar/css/template.css?1c1d2f4a6b" rel="stylesheet" />
\t<link href="/plugins/content/socialshare/assets/share.css" rel="stylesheet" />
\t<style>
\tbody.site {{ border-top: 3px solid #0a7a3e; background-color: #f4f6f7; }}
\ta {{ color: #0a7a3e; }}
\t</style>
\t<script src="/media/jui/js/jquery.min.js?1c1d2f4a6b"></script>
\t<script src="/media/jui/js/bootstrap.min.js?1c1d2f4a6b"></script>
\t<script src="/templates/protostar/js/template.js?1c1d2f4a6b"></script>
\t<!--[if lt IE 9]><script src="/media/jui/js/html5.js?1c1d2f4a6b"></script><![endif]-->
</head>
<body class="site {body_class}">
\t<!-- Body -->
\t<div class="body" id="top">
\t\t<div class="container">
\t\t\t<!-- Header -->
\t\t\t<header class="header" role="banner">
\t\t\t\t<div class="header-inner clearfix">
\t\t\t\t\t<a class="brand pull-left" href="/">
\t\t\t\t\t\t<img src="/images/logo-nongbua.png" alt="{OFFICE}" />\t\t\t\t\t\t\t\t\t\t\t<div class="site-description">อำเภอเมืองอุดรธานี จังหวัดอุดรธานี</div>\t\t\t\t\t</a>
\t\t\t\t\t<div class="header-search pull-right">
\t\t\t\t\t\t<div class="moduletable fontsize"><div class="btn-group"><a class="btn btn-mini" href="#" onclick="changeFontSize(-1);return false;">ก-</a><a class="btn btn-mini" href="#" onclick="revertStyles();return false;">ก</a><a class="btn btn-mini" href="#" onclick="changeFontSize(1);return false;">ก+</a></div> ขนาดตัวอักษร</div>
\t\t\t\t\t\t<div class="search"><form action="/index.php/news" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="108" /></form></div>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</header>
\t\t\t\t\t\t<nav class="navigation" role="navigation">
\t\t\t\t<div class="navbar pull-left">
\t\t\t\t\t<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
\t\t\t\t\t\t<span class="element-invisible">Toggle Navigation</span>
\t\t\t\t\t\t<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
\t\t\t\t\t</a>
\t\t\t\t</div>
\t\t\t\t<div class="nav-collapse">
\t\t\t\t\t<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php" >หน้าหลัก</a></li><li class="item-102 deeper parent"><a href="/index.php/about" >ข้อมูลพื้นฐาน</a></li><li class="item-108 current active"><a href="/index.php/news" >ข่าวประชาสัมพันธ์</a></li><li class="item-109"><a href="/index.php/procurement" >ประกาศจัดซื้อจัดจ้าง</a></li><li class="item-110"><a href="/index.php/ita" >ITA</a></li><li class="item-111"><a href="/index.php/contact" >ติดต่อเรา</a></li></ul>
\t\t\t\t</div>
\t\t\t</nav>
\t\t\t\t\t\t\t\t<div class="moduletable">
\t\t\t\t\t\t<div aria-label="Breadcrumbs" role="navigation">
\t<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
\t\t\t\t\t<li>
\t\t\t\tคุณอยู่ที่: &#160;
\t\t\t</li>
\t\t\t\t\t\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">หน้าหลัก</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="1"></li>
{crumb}
\t\t\t\t</ul>
</div>
\t\t</div>
\t
\t\t\t<div class="row-fluid">
\t\t\t\t\t\t\t\t<main id="content" role="main" class="span9">
\t\t\t\t\t<!-- Begin Content -->
\t\t\t\t\t
\t\t\t\t\t<div id="system-message-container">
\t</div>

\t\t\t\t\t{content}
\t\t\t\t\t
\t\t\t\t\t<!-- End Content -->
\t\t\t\t</main>
\t\t\t\t\t\t\t\t\t<div id="aside" class="span3">
\t\t\t\t\t\t<!-- Begin Right Sidebar -->
\t\t\t\t\t\t<div class="well "><h3 class="page-header">ข่าวล่าสุด</h3><ul class="latestnews mod-list">
{latest}
</ul>
</div><div class="well "><h3 class="page-header">สถิติผู้เข้าชม</h3><div class="vcounter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisit_counter"><tbody><tr><td>วันนี้</td><td>57</td></tr><tr><td>เมื่อวาน</td><td>132</td></tr><tr><td>สัปดาห์นี้</td><td>611</td></tr><tr><td>ทั้งหมด</td><td>254881</td></tr></tbody></table></div></div><div class="well "><h3 class="page-header">เข้าสู่ระบบ</h3><form action="/index.php/news" method="post" id="login-form" class="form-inline">
\t<div class="userdata">
\t\t<div id="form-login-username" class="control-group"><div class="controls"><div class="input-prepend"><span class="add-on"><span class="icon-user hasTooltip" title="ชื่อผู้ใช้"></span><label for="modlgn-username" class="element-invisible">ชื่อผู้ใช้</label></span><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div></div></div>
\t\t<div id="form-login-password" class="control-group"><div class="controls"><div class="input-prepend"><span class="add-on"><span class="icon-lock hasTooltip" title="รหัสผ่าน"></span><label for="modlgn-passwd" class="element-invisible">รหัสผ่าน</label></span><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div></div></div>
\t\t<div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">จดจำการเข้าสู่ระบบ</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></div>
\t\t<div id="form-login-submit" class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button></div></div>
\t\t<ul class="unstyled"><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul>
\t</div>
</form>
</div>
\t\t\t\t\t\t<!-- End Right Sidebar -->
\t\t\t\t\t</div>
\t\t\t\t\t\t</div>
\t\t</div>
\t</div>
\t<!-- Footer -->
\t<footer class="footer" role="contentinfo">
\t\t<div class="container">
\t\t\t<hr />
\t\t\t<div class="custom"><p>{OFFICE} 99 หมู่ 4 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 โทรศัพท์ 0-4292-1185</p></div>
\t\t\t<p class="pull-right">
\t\t\t\t<a href="#top" id="back-top">
\t\t\t\t\tกลับด้านบน\t\t\t\t</a>
\t\t\t</p>
\t\t\t<p>
\t\t\t\t&copy; 2024 {OFFICE}\t\t\t</p>
\t\t</div>
\t</footer>
\t<div id="cookieHint" class="info"><div id="cookieMessageContainer"><div id="cookieMessageText"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน</p></div><div id="cookieButtons"><a class="btn btn-success" id="cookieAccept" href="#">ยอมรับ</a> <a class="btn" href="/index.php/privacy">นโยบายคุกกี้</a></div></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ blog

    def blog_item(self, a, col):
        return f"""<div class="item column-{col}"
\t\titemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
\t\t\t<div class="page-header">
\t\t\t\t\t<h2 itemprop="name">
\t\t\t\t\t\t\t\t\t<a href="{a.path}" itemprop="url">
\t\t\t\t\t\t{esc(a.title)}\t\t\t\t\t</a>
\t\t\t\t\t\t\t</h2>
\t\t\t\t\t\t\t</div>
\t\t\t\t<dl class="article-info muted">
\t\t\t<dt class="article-info-term">
\t\t\t\t\t\t\t\t\tรายละเอียด\t\t\t\t\t\t\t</dt>
\t\t\t\t\t\t\t\t\t<dd class="published">
\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>
\t\t\t\t<time datetime="{joomla_c(a.published)}" itemprop="datePublished">
\t\t\t\t\tเผยแพร่: {ce_full_month(a.published)}\t\t\t\t</time>
\t\t\t</dd>
\t\t\t\t\t\t\t</dl>
\t\t\t<p>{esc(a.paras[0])}</p>
\t\t\t\t<p class="readmore">
\t\t\t\t\t\t\t\t\t<a class="btn" href="{a.path}" itemprop="url" aria-label="อ่านเพิ่มเติม:  {esc(a.title)}">
\t\t\t\t\t<span class="icon-chevron-right" aria-hidden="true"></span>อ่านเพิ่มเติม: {esc(a.title[:50])}...\t\t\t\t</a>
\t\t\t\t\t\t</p>
\t\t</div>
\t\t\t<!-- end item -->"""

    def listing(self, k):
        items = list(self.pages[k])
        n = len(self.pages)
        fake = None
        if k == 1:
            from ._common import Article

            fake = Article(
                id=250,
                title="ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานจ้างตามภารกิจ ประจำปี 2567",
                paras=[
                    "รายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าหน้าที่ธุรการ รายละเอียดตามเอกสารแนบ"
                ],
                published=dt.datetime(2024, 9, 3, 3, 42, tzinfo=UTC).astimezone(
                    items[0].published.tzinfo
                ),
                time_printed=True,
            )
            fake.path = DELETED
            items.insert(3, fake)
        lead, rest = items[0], items[1:]
        rows = []
        for r in range(0, len(rest), 2):
            pair = rest[r : r + 2]
            cols = "".join(
                f'<div class="span6">\n{self.blog_item(a, c + 1)}\n</div>'
                for c, a in enumerate(pair)
            )
            rows.append(
                f'<div class="items-row cols-2 row-{r // 2} row-fluid clearfix">{cols}</div>'
            )
        pages = []
        pages.append(
            '<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li><li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>'
            if k == 0
            else f'<li><a title="เริ่มต้น" href="{self.page_url(0)}" class="hasTooltip pagenav" aria-label="ไปที่หน้าเริ่มต้น"><span class="icon-first" aria-hidden="true"></span></a></li><li><a title="ก่อนหน้า" href="{self.page_url(k - 1)}" class="hasTooltip pagenav" aria-label="ไปที่หน้าก่อนหน้า"><span class="icon-previous" aria-hidden="true"></span></a></li>'
        )
        for i in range(n):
            if i == k:
                pages.append(
                    f'<li class="active hidden-phone"><a aria-current="true">{i + 1}</a></li>'
                )
            else:
                pages.append(
                    f'<li class="hidden-phone"><a title="{i + 1}" href="{self.page_url(i)}" class="hasTooltip pagenav" aria-label="ไปที่หน้า {i + 1}">{i + 1}</a></li>'
                )
        pages.append(
            '<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li><li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>'
            if k == n - 1
            else f'<li><a title="ถัดไป" href="{self.page_url(k + 1)}" class="hasTooltip pagenav" aria-label="ไปที่หน้าถัดไป"><span class="icon-next" aria-hidden="true"></span></a></li><li><a title="สุดท้าย" href="{self.page_url(n - 1)}" class="hasTooltip pagenav" aria-label="ไปที่หน้าสุดท้าย"><span class="icon-last" aria-hidden="true"></span></a></li>'
        )
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
\t\t\t<div class="page-header">
\t\t\t<h1> {CATEGORY} </h1>
\t\t</div>
\t
\t
\t
\t\t\t\t\t<div class="items-leading clearfix">
\t\t\t\t\t<div class="leading-0"
\t\t\t\t\titemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
\t\t\t{self.blog_item(lead, 1)}
\t\t\t</div>
\t\t\t</div><!-- end items-leading -->
\t
\t{"".join(rows)}
\t\t\t\t<div class="pagination">
\t\t\t\t\t\t\t<p class="counter pull-right"> หน้า {k + 1} จาก {n} </p>
\t\t\t\t\t\t<nav role="navigation" aria-label="การแบ่งหน้า"><ul class="pagination-list">{"".join(pages)}</ul></nav>
\t\t</div>
\t</div>"""
        crumb = f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{CATEGORY}</span><meta itemprop="position" content="2"></li>'
        return self.shell(
            CATEGORY, "com_content view-category layout-blog no-task itemid-108", content, crumb
        )

    # ------------------------------------------------------------------ article

    def related(self, a):
        i = self.articles.index(a)
        picks = [self.articles[j] for j in (i + 2, i + 4, i - 3) if 0 <= j < len(self.articles)]
        return picks[:3]

    def detail(self, a):
        i = self.articles.index(a)
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source and a.extra["form"] == "label":
            paras += f"\n<p><strong>ที่มา :</strong> {esc(a.source)}</p>"
        elif a.source:
            paras += f'\n<p style="text-align: right;"><strong>{esc(a.source)}</strong></p>'
        rel = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a></li>' for r in self.related(a))
        share = f"""<div class="socialshare-bar"><span class="share-label">แชร์ข่าวนี้ :</span> <a class="ss-facebook" href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fwww.nongbua.go.th{a.path}" target="_blank" rel="noopener">Facebook</a> <a class="ss-line" href="https://social-plugins.line.me/lineit/share?url=http%3A%2F%2Fwww.nongbua.go.th{a.path}" target="_blank" rel="noopener">LINE</a> <a class="ss-twitter" href="https://twitter.com/intent/tweet?url=http%3A%2F%2Fwww.nongbua.go.th{a.path}" target="_blank" rel="noopener">Twitter</a></div>"""
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li class="tag-{n + 2} tag-list{n}" itemprop="keywords"><a href="/index.php/component/tags/tag/{n + 2}" class="label label-info">{esc(t)}</a></li>'
                for n, t in enumerate(a.tags)
            )
            tags = f'\n\t<ul class="tags inline">{lis}</ul>'
        older, newer = neighbours(self.articles, a)
        pager = ""
        if newer or older:
            prev = (
                f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{newer.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
                if newer
                else ""
            )
            nxt = (
                f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{older.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
                if older
                else ""
            )
            pager = f'\n<ul class="pager pagenav">\n\t{prev}\n\t{nxt}\n</ul>'
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
\t<meta itemprop="inLanguage" content="th-TH" />
\t\t<div class="page-header">
\t\t<h1> {CATEGORY} </h1>
\t</div>
\t\t
\t\t
\t\t\t<div class="page-header">
\t\t\t\t\t<h2 itemprop="headline">
\t\t\t\t{esc(a.title)}\t\t\t</h2>
\t\t\t\t\t\t\t\t\t</div>
\t\t\t\t\t
<div class="icons">
\t\t\t\t<div class="btn-group pull-right">
\t\t\t\t<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="เครื่องมือผู้ใช้"
\t\t\t\tdata-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
\t\t\t\t\t<span class="icon-cog" aria-hidden="true"></span>
\t\t\t\t\t<span class="caret" aria-hidden="true"></span>
\t\t\t\t</button>
\t\t\t\t<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}">
\t\t\t\t\t\t\t\t\t<li class="print-icon"> <a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">\t\t\t<span class="icon-print" aria-hidden="true"></span>
\t\tพิมพ์\t</a> </li>
\t\t\t\t\t\t\t\t\t\t\t\t<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link=a1b2c3{a.id}" title="ส่งลิงก์นี้ไปยังเพื่อน" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">\t\t\t<span class="icon-envelope" aria-hidden="true"></span>
\t\tอีเมล\t</a> </li>
\t\t\t\t\t\t\t\t\t\t</ul>
\t\t\t</div>
\t\t</div>
\t\t\t
\t\t\t\t\t\t<dl class="article-info muted">
\t\t\t<dt class="article-info-term">
\t\t\t\t\t\t\t\t\tรายละเอียด\t\t\t\t\t\t\t</dt>
\t\t\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
\t\t\t\t\tเขียนโดย <span itemprop="name">admin_nongbua</span>\t</dd>
\t\t\t\t\t\t\t\t\t<dd class="category-name">
\t\t\t\t\t\t\t\t\tหมวด: <a href="/index.php/news" itemprop="genre">{CATEGORY}</a>\t</dd>
\t\t\t</dl>
\t
\t\t\t\t\t\t\t<div itemprop="articleBody">
\t\t{share}
{paras}
<div class="moduletable related-inline">
\t\t\t\t\t\t\t<h3>บทความที่เกี่ยวข้อง</h3>
\t\t\t\t\t\t<ul class="relateditems mod-list">
{rel}
</ul>
\t\t</div>\t</div>

\t\t\t\t\t\t\t<dl class="article-info muted">
\t\t\t<dt class="article-info-term"></dt>
\t\t\t\t\t\t\t\t\t\t\t\t\t<dd class="published">
\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>
\t\t\t\t<time datetime="{joomla_c(a.published)}" itemprop="datePublished">
\t\t\t\t\tเผยแพร่: {ce_full_month(a.published)}\t\t\t\t</time>
\t\t\t</dd>
\t\t\t\t\t\t\t\t\t\t\t\t<dd class="modified">
\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>
\t\t\t\t<time datetime="{joomla_c(a.modified)}" itemprop="dateModified">
\t\t\t\t\tปรับปรุงล่าสุด: {ce_full_month(a.modified)}\t\t\t\t</time>
\t\t\t</dd>
\t\t\t\t\t\t\t\t\t\t\t\t<dd class="hits">
\t\t\t\t\t<span class="icon-eye-open" aria-hidden="true"></span>
\t\t\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />
\t\t\t\t\tฮิต: {a.views}\t\t\t</dd>
\t\t\t\t\t\t</dl>
\t\t\t\t\t{tags}
\t\t\t\t\t\t\t{pager}
\t\t\t\t\t\t\t</div>"""
        crumb = f"""<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/news" class="pathway"><span itemprop="name">{CATEGORY}</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="2"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(a.title)}</span><meta itemprop="position" content="3"></li>"""
        assert i >= 0
        return self.shell(
            a.title, "com_content view-article no-layout no-task itemid-108", content, crumb
        )

    def deleted(self):
        content = """<div class="login">
\t\t<div class="page-header">
\t\t<h1> เข้าสู่ระบบ </h1>
\t</div>
\t\t\t<form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
\t\t<fieldset>
\t\t\t<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
\t\t\t<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
\t\t</fieldset>
\t</form>
</div>"""
        page = self.shell(
            "เข้าสู่ระบบ", "com_users view-login no-layout no-task itemid-101", content, ""
        )
        msg = """<div id="system-message-container">
\t\t\t<div id="system-message">
\t\t\t\t\t<div class="alert alert-error">
\t\t\t\t\t\t<a class="close" data-dismiss="alert">×</a>
\t\t\t\t\t\t\t\t\t<h4 class="alert-heading">ข้อผิดพลาด</h4>
\t\t\t\t\t\t<div>
\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="alert-message">คุณไม่ได้รับอนุญาตให้เข้าดูแหล่งข้อมูลนี้</div>
\t\t\t\t\t\t\t\t\t\t\t</div>
\t\t\t\t\t</div>
\t\t\t\t\t</div>
\t\t\t</div>"""
        return page.replace('<div id="system-message-container">\n\t</div>', msg, 1)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "แชร์ข่าวนี้",
                "บทความที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                "เผยแพร่:",
                "ปรับปรุงล่าสุด:",
                "ฮิต:",
                "เขียนโดย",
                "admin_nongbua",
                "หมวด:",
                "ขนาดตัวอักษร",
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                "จดจำการเข้าสู่ระบบ",
                "ลืมรหัสผ่าน?",
                "คุณอยู่ที่:",
                "กลับด้านบน",
                "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = ProtostarSite()

if __name__ == "__main__":
    main(SITE)
