"""Blind-50 red-team site (part B): a Thai sub-district municipality (เทศบาลตำบลบ้านดู่) on
**Joomla 3.10 with a Joomla-Monster EF4-framework template** (`/templates/jm-municipality/`),
com_content category blog paginated by `start`, built blind.

Looked up (search tool, code corpus): a Joomla-Monster EF4 template as shipped (`jm-zonestore`:
`tpl/default.php` with `div#jm-allpage` > top-bar / logo-nav blocks > `div#jm-wrapper` with the
blocks header, top1, top2, system-message, main, bottom, footer; the WCAG switches of that
file, `?contrast=night|highcontrast` and `?fontsize=70|100|130`, which the top bar links on
every page; `tpl/blocks/main.php`: `div#jm-main > div.container-fluid`, `div#jm-breadcrumbs`,
`div#jm-content` > `div#jm-content-top`, `main#jm-maincontent`, `div#jm-content-bottom`,
`aside#jm-right`; `html/modules.php`: the `jmmodule` chrome `div.jm-module > div.jm-module-in >
h3.jm-title` (first word of the title in a `<span>`) `> div.jm-module-content`;
`html/com_content/article/default.php`: `div.item-page`, the info block above the title,
`div.page-header > h2[itemprop=headline]`, icons, tags, `div.jm-before-content` holding the
`onContentBeforeDisplay` output, `div[itemprop=articleBody]`; `category/blog_item.php`:
intro image, `div.jm-article-wrapper`, info block, title, intro text, read-more), PEAR-free
core Joomla 3 layouts from memory (`pagination` list with `p.counter`, `ul.pager.pagenav`
with the neighbours' titles only in `title` / `aria-label`, `ul.tags.inline`, the icons
drop-down). No one's code or text was copied.

What it imitates:
- SEF URLs with rewriting: `/news-all/<cat>/<id>-<alias>`; **Thai titles give Joomla's
  date-time aliases** (`1187-2024-03-05-07-20-11`); `<title>` "headline - office";
- the menu item "ข่าวทั้งหมด" is a category blog of the parent category with both
  sub-categories (ข่าวประชาสัมพันธ์ `pr`, ข่าวกิจกรรม `activities`): listing `/news-all`,
  `?start=8`, `?start=16` (one leading + seven intro items, core pagination, "หน้า 1 จาก 3");
- article: `dl.article-info` above the title, from a template override: category, the date
  "5 มี.ค. 2567 | 14:20" (Thai abbreviated month, BE year, a bar before the time; no `<time>`),
  the hits; the headline `h2[itemprop=headline]`; print / e-mail drop-down; tags; a share bar
  "แชร์ข่าวนี้" with a share count in `jm-before-content`; the text; pagenav; JComments-like
  login prompt; `mod_related_items` "ข่าวที่เกี่ยวข้อง" in content-bottom; right column
  "ข่าวกิจกรรม" (titles + dates), login, visitor counter; cookie bar.

Traps (NEW this round in bold):
- **the blog's title and read-more links are non-SEF**
  (`/index.php?option=com_content&view=article&id=N:alias&catid=C&Itemid=435`: the template's
  blog-item override builds them without `JRoute`), and the site answers them with **301 to the
  SEF address** (sh404SEF-style "redirect non-SEF to SEF");
- **the same article under two addresses**: the "ข่าวกิจกรรม" module and the menu item
  `/activities` (a blog of that sub-category only) link `/activities/<id>-<alias>`, which
  answers 200 with the same article; both pages carry `<link rel="canonical">` to
  `/news-all/<cat>/<id>-<alias>` (an SEO plugin); **the all-news listing holds items of both
  categories** and the activities blog repeats some of them;
- **a "ข่าวเด่น" custom HTML strip (content-top) whose links were pasted from Facebook posts:
  `…?fbclid=IwAR…`** (200, canonical without the parameter);
- **the WCAG top bar links every page with `?contrast=…` / `?fontsize=…`** (same page);
- **the date split over elements in the listing**
  (`<span class="jm-day">05</span><span class="jm-month">มี.ค.</span><span class="jm-year">2567</span>`)
  and **"5 มี.ค. 2567 | 14:20"** on the article;
- **the counter only as a number with its label in a tooltip**
  (`<span class="icon-eye hasTooltip" title="จำนวนผู้อ่าน"></span> 1,234`);
- **the text interrupted by inline blocks**: an "อ่านเพิ่มเติม" box with another item's
  title (some), a YouTube `iframe` (some), text continuing after them;
- **the source as a last bold line with no label** (an office name alone; some), **followed on
  some by a photo credit "ภาพ : <name>" that is not the source**;
- **one very long article** (a reposted address of 20+ paragraphs with four pictures and
  captions) and **one very short one** (a single paragraph under a poster image).
Deleted: a non-SEF link on page 2 to an article whose access was set to "Registered": it 301s
to its SEF address, which 303s to the login page (200, "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้").
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import unquote

from ._common import (
    CORPUS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "เทศบาลตำบลบ้านดู่"
SITE_NAME = "เทศบาลตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย"
LIST = "/news-all"
ACT = "/activities"
TPL = "/templates/jm-municipality"
PER = 8
ITEMID = 435
CATS = {"pr": (9, "ข่าวประชาสัมพันธ์"), "activities": (12, "ข่าวกิจกรรม")}
SOURCES = [
    "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลบ้านดู่",
    None,
    "งานประชาสัมพันธ์ สำนักปลัดเทศบาลตำบลบ้านดู่",
    None,
    "กองการศึกษา เทศบาลตำบลบ้านดู่",
    None,
]
PHOTOGRAPHERS = ["นายธนพล ศรีวงศ์", "นางสาวกมลชนก ใจมา", "นายอนุชา คำแสน"]
TAGS = ["เทศบาลตำบลบ้านดู่", "ผู้สูงอายุ", "ไข้เลือดออก", "ภาษีที่ดิน", "ศูนย์พัฒนาเด็กเล็ก", "ชุมชน"]
DELETED_ID = 1190
DELETED_ALIAS = "2024-04-02-03-11-45"
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์สอบ ตำแหน่งพนักงานจ้างทั่วไป"
NOAUTH = "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้"
COUNTER = "ผู้เข้าชมทั้งหมด 385,214"
COOKIE = (
    "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน ท่านสามารถอ่านนโยบายความเป็นส่วนตัวได้ที่นี่"
)
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
ACT_MOD = "ข่าวกิจกรรม"
FEATURED = "ข่าวเด่น"
READALSO = "อ่านเพิ่มเติม"
COMMENT_LOGIN = "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"
FOOTER = (
    "สำนักงานเทศบาลตำบลบ้านดู่ 99 หมู่ 1 ตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100 โทร. 0 5315 1234"
)
LONG_FILE = "thaigov-964.txt"


def jdate(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543} | {d:%H:%M}"


def badge(d: dt.datetime) -> str:
    return (
        f'<span class="jm-date"><span class="jm-day">{d.day:02d}</span>'
        f'<span class="jm-month">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="jm-year">{d.year + 543}</span></span>'
    )


def load_long(name: str) -> tuple[str, list[str]]:
    """Every paragraph of one long corpus text (the shared loader stops at seven)."""
    lines = (CORPUS / name).read_text(encoding="utf-8-sig").splitlines()
    title = re.sub(r"\s+", " ", re.sub(r"^รัฐบาลไทย-[^-]+-", "", lines[0])).strip()
    out = []
    for raw in lines[1:]:
        line = re.sub(r"\s+", " ", raw.replace("\u200b", "")).strip()
        if re.match(r"^[\s.\-_=*]{5,}$", line):
            break
        if len(line) < 12 or line.startswith("ที่มา") or re.match(r"^วัน\S+ที่ \d+", line):
            continue
        if title[:30] and line.startswith(title[:30]):
            continue
        out.append(line)
    return title, out


class JoomlaJmEf4Site(BaseSite):
    key = "b50_joomla3_jmef4_municipality"
    family = "joomla"
    imitates = "Joomla 3.10 + Joomla-Monster EF4 template (jm-municipality), sub-district municipality: category blog /news-all (both sub-categories) ?start=8/16 whose title and read-more links are non-SEF index.php?option=com_content&view=article&id=N:alias&catid=C&Itemid=435 answering 301 to /news-all/<cat>/<id>-<date-time alias>; the same article at /activities/<id>-<alias> (another menu item, 200, canonical); a 'ข่าวเด่น' strip with ?fbclid= links; WCAG ?contrast= / ?fontsize= links on every page; listing date split over span.jm-day/jm-month/jm-year; article date '5 มี.ค. 2567 | 14:20'; hits as a bare number with the label in a tooltip; 'อ่านเพิ่มเติม' box and YouTube iframe inside the text; source as a last bold unlabelled office line, then a photo credit 'ภาพ : name'; one 20+ paragraph article with captioned pictures, one single-paragraph article under a poster"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 27, 15, 40, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        long_title, long_paras = load_long(LONG_FILE)
        li = next((i for i, a in enumerate(arts) if a.title == long_title), 11)
        arts[li].title = long_title
        arts[li].paras = long_paras
        self.long_index = li
        self.short_index = 5 if li != 5 else 6
        arts[self.short_index].paras = arts[self.short_index].paras[:1]
        for i, a in enumerate(arts):
            a.id = 1214 - i - (i // 4)
            if a.id == DELETED_ID:
                a.id -= 1
            a.time_printed = True
            a.modified = None
            a.views = 23 + (i * 389) % 2700
            if i == 3:
                a.views = 1234 + 3 * i
            stamp = a.published - dt.timedelta(hours=7, minutes=(i * 7) % 40)
            a.extra["alias"] = stamp.strftime("%Y-%m-%d-%H-%M-") + f"{(i * 13) % 60:02d}"
            a.extra["cat"] = "activities" if i % 3 == 1 else "pr"
            a.path = f"{LIST}/{a.extra['cat']}/{a.id}-{a.extra['alias']}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["photo"] = PHOTOGRAPHERS[i % 3] if i % 4 in (0, 3) else None
            a.tags = [TAGS[(i * 5 + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["readalso"] = i % 3 == 2 and len(a.paras) >= 3
            a.extra["video"] = i % 5 == 4 and len(a.paras) >= 4
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.by_id = {a.id: a for a in arts}
        self.act_paths = {
            f"{ACT}/{a.id}-{a.extra['alias']}": a for a in arts if a.extra["cat"] == "activities"
        }
        self.pages = paginate(arts, PER)
        self.deleted_sef = f"{LIST}/pr/{DELETED_ID}-{DELETED_ALIAS}"
        self.deleted = self.nonsef(DELETED_ID, DELETED_ALIAS, 9, amp=False)

    # ------------------------------------------------------------ urls
    def nonsef(self, aid, alias, catid, amp=True):
        sep = "&amp;" if amp else "&"
        return sep.join(
            [
                "/index.php?option=com_content",
                "view=article",
                f"id={aid}:{alias}",
                f"catid={catid}",
                f"Itemid={ITEMID}",
            ]
        )

    def nonsef_of(self, a, amp=True):
        return self.nonsef(a.id, a.extra["alias"], CATS[a.extra["cat"]][0], amp)

    def act_path(self, a):
        return f"{ACT}/{a.id}-{a.extra['alias']}"

    def page_url(self, k):
        return LIST + (f"?start={k * PER}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 3 : i + 7]][:3]

    def readalso(self, a):
        i = self.articles.index(a)
        return self.articles[(i + 9) % len(self.articles)]

    def activities(self):
        return [a for a in self.articles if a.extra["cat"] == "activities"][:5]

    def featured(self):
        return [self.articles[k] for k in (1, 4, 9)]

    # ------------------------------------------------------------ shell
    def module(self, title, content, sfx=""):
        words = title.split(" ", 1)
        t = f"<span>{esc(words[0])}</span>" + (f" {esc(words[1])}" if len(words) > 1 else "")
        return (
            f'<div class="jm-module {sfx}"><div class="jm-module-in">'
            f'<h3 class="jm-title ">{t}</h3>'
            f'<div class="jm-module-content clearfix ">{content}</div></div></div>'
        )

    def shell(self, *, title, content, self_path, head_extra="", crumbs="", content_top=""):
        acts = "".join(
            f'<li><a href="{self.act_path(x)}">{esc(x.title)}</a>'
            f'<span class="mod-articles-category-date">{x.published:%d/%m}/{x.published.year + 543}</span></li>'
            for x in self.activities()
        )
        right = (
            self.module(ACT_MOD, f'<ul class="category-module">{acts}</ul>', "blue")
            + self.module(
                "เข้าสู่ระบบ",
                f"""<form action="{self_path}" method="post" id="login-form" class="form-inline">
<div class="userdata"><div id="form-login-username" class="control-group"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="input-small" /></div>
<div id="form-login-password" class="control-group"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="input-small" /></div>
<button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button>
<ul class="unstyled"><li><a href="/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul></div></form>""",
            )
            + self.module(
                "สถิติผู้เข้าชม",
                f'<div class="vvisit_counter"><p>ผู้เข้าชมวันนี้ 212</p><p>เมื่อวานนี้ 377</p><p>{COUNTER}</p></div>',
            )
        )
        sep = "&amp;" if "?" in self_path else "?"
        sp = esc(self_path)
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
{head_extra}
	<link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?f2a9c" rel="stylesheet" type="text/css" />
	<link href="{TPL}/css/template.css" rel="stylesheet" type="text/css" />
	<link href="{TPL}/css/djmegamenu.css" rel="stylesheet" type="text/css" />
	<link href="{TPL}/css/font_switcher.css" rel="stylesheet" type="text/css" />
	<script src="/media/jui/js/jquery.min.js?f2a9c" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-noconflict.js?f2a9c" type="text/javascript"></script>
	<script src="/media/jui/js/bootstrap.min.js?f2a9c" type="text/javascript"></script>
	<script src="/plugins/system/ef4_jmframework/includes/assets/template/js/layout.min.js" type="text/javascript"></script>
	<script src="{TPL}/js/scripts.js" type="text/javascript"></script>
	<script src="{TPL}/js/wcag.js" type="text/javascript"></script>
	<script type="text/javascript">
window.cookiePath = '/';
jQuery(function($){{ $('.hasTooltip').tooltip({{"html": true,"container": "body"}}); }});
	</script>
</head>
<body class="  settings">
  <div id="jm-allpage">
	<div id="jm-skip-menu"><nav id="jm-skip-menu-in"><div class="jm-module-raw "><ul class="nav menu"><li><a href="#jm-maincontent">ข้ามไปยังเนื้อหา</a></li></ul></div></nav></div>
	<div id="jm-top-bar" class="">
		<div class="jm-module-raw "><ul class="jm-wcag-settings">
<li class="contrast"><span class="jm-wcag-label">ความคมชัด</span> <a href="{sp}{sep}contrast=normal" title="ปกติ">A</a> <a href="{sp}{sep}contrast=night" title="โหมดกลางคืน">A</a> <a href="{sp}{sep}contrast=highcontrast" title="ความคมชัดสูง">A</a></li>
<li class="resizer"><span class="jm-wcag-label">ขนาดตัวอักษร</span> <a href="{sp}{sep}fontsize=70" title="เล็ก">A-</a> <a href="{sp}{sep}fontsize=100" title="ปกติ">A</a> <a href="{sp}{sep}fontsize=130" title="ใหญ่">A+</a></li>
</ul></div>
	</div>
	<div id="jm-logo-nav"><div id="jm-logo-nav-in" class="container-fluid">
		<div id="jm-logo-sitedesc"><div id="jm-logo"><a href="/"><img src="/images/logo-bandu.png" alt="{esc(SITE_NAME)}" /></a></div>
		<div id="jm-sitedesc">{esc(SITE_NAME)}</div></div>
		<nav id="jm-top-menu"><div class="dj-megamenu-wrapper"><ul class="dj-megamenu dj-megamenu-override">
<li class="dj-up itemid101 first"><a class="dj-up_a" href="/"><span>หน้าแรก</span></a></li>
<li class="dj-up itemid120"><a class="dj-up_a" href="/about"><span>ข้อมูลเทศบาล</span></a></li>
<li class="dj-up itemid{ITEMID} active"><a class="dj-up_a active" href="{LIST}"><span>ข่าวทั้งหมด</span></a></li>
<li class="dj-up itemid436"><a class="dj-up_a" href="{ACT}"><span>{ACT_MOD}</span></a></li>
<li class="dj-up itemid150"><a class="dj-up_a" href="/ita"><span>ITA</span></a></li>
<li class="dj-up itemid160"><a class="dj-up_a" href="/contact"><span>ติดต่อเรา</span></a></li></ul></div></nav>
	</div></div>
	<div id="jm-wrapper">
<div id="jm-main" class="">
	<div class="container-fluid">
		<div class="row-fluid">
			<div id="jm-breadcrumbs" class="span12 ">
				{crumbs}
			</div>
		</div>
		<div class="row-fluid">
			<div id="jm-content" class="span9" data-xtablet="span12" data-tablet="span12" data-mobile="span12">
				{content_top}
				<main id="jm-maincontent">
{content}
				</main>
			</div>
			<aside id="jm-right" class="span3" data-xtablet="span12 first-span" data-tablet="span12 first-span" data-mobile="span12 first-span">
				<div class="">
{right}
				</div>
			</aside>
		</div>
	</div>
</div>
<footer id="jm-footer">
	<div id="jm-footer-in" class="container-fluid">
		<div id="jm-copyrights"><p>{FOOTER}</p><p>Copyright &copy; 2024 {OFFICE}. All Rights Reserved.</p></div>
		<div id="jm-poweredby"><a href="https://www.joomla-monster.com" rel="nofollow">Joomla Templates</a> by Joomla-Monster.com</div>
	</div>
</footer>
	</div>
	<div id="cookie-consent" class="jm-cookie-bar"><p>{COOKIE}</p><a class="btn" href="#">ยอมรับ</a> <a href="/privacy-policy">นโยบายคุกกี้</a></div>
	<a href="#jm-allpage" id="backtotop"><img src="{TPL}/images/backtotop.png" alt="Back to top" /></a>
  </div>
</body>
</html>
"""

    def crumbs(self, leaf=None, via=LIST, via_label="ข่าวทั้งหมด"):
        last = f'<li class="active"><span>{esc(leaf)}</span></li>' if leaf else ""
        mid = (
            f'<li><a href="{via}" class="pathway">{via_label}</a><span class="divider">/</span></li>'
            if leaf
            else f'<li class="active"><span>{via_label}</span></li>'
        )
        return f"""<div class="jm-module-raw "><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>คุณอยู่ที่: &#160;</li><li><a href="/" class="pathway">หน้าแรก</a><span class="divider">/</span></li>{mid}{last}</ul></div>"""

    def featured_strip(self):
        items = "".join(
            f'<li><a href="{x.path}?fbclid=IwAR{(x.id * 7919) % 10**9:09d}xK{x.id}_aQ3mZpT{k}Lr">{esc(x.title)}</a></li>'
            for k, x in enumerate(self.featured())
        )
        return f'<div id="jm-content-top" class="">{self.module(FEATURED, f"<ul class=featured-strip>{items}</ul>", "red")}</div>'

    # ------------------------------------------------------------ listing
    def intro_of(self, a):
        return f"<p>{esc(a.paras[0])}</p>"

    def blog_item(self, a_path_nonsef, title, d, cat, intro, img):
        return f"""<div class="pull-left item-image"> <img src="{img}" alt="" itemprop="thumbnailUrl"/> </div>
<div class="jm-article-wrapper">
	<dl class="article-info muted">
		<dt class="article-info-term">รายละเอียด</dt>
		<dd class="published">{badge(d)}</dd>
		<dd class="category-name">หมวด: <a href="{LIST}" itemprop="genre">{CATS[cat][1]}</a></dd>
	</dl>
	<div class="page-header">
		<h2 itemprop="name">
			<a href="{a_path_nonsef}" itemprop="url">{esc(title)}</a>
		</h2>
	</div>
{intro}
	<p class="readmore">
		<a class="btn" href="{a_path_nonsef}" itemprop="url" aria-label="อ่านต่อ...  {esc(title)}">
			<span class="icon-chevron-right" aria-hidden="true"></span>อ่านต่อ...</a>
	</p>
</div>"""

    def pagination(self, k, base_url, n):
        def url(j):
            return base_url + (f"?start={j * PER}" if j else "")

        lis = []
        if k == 0:
            lis += [
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li>',
                '<li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>',
            ]
        else:
            lis += [
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{url(0)}" class="hasTooltip pagenav">เริ่มต้น</a></li>',
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{url(k - 1)}" class="hasTooltip pagenav">ก่อนหน้า</a></li>',
            ]
        for j in range(n):
            if j == k:
                lis.append(f'<li class="active"><span class="pagenav">{j + 1}</span></li>')
            else:
                lis.append(f'<li><a href="{url(j)}" class="pagenav">{j + 1}</a></li>')
        if k < n - 1:
            lis += [
                f'<li class="pagination-next"><a title="ถัดไป" href="{url(k + 1)}" class="hasTooltip pagenav">ถัดไป</a></li>',
                f'<li class="pagination-end"><a title="สุดท้าย" href="{url(n - 1)}" class="hasTooltip pagenav">สุดท้าย</a></li>',
            ]
        else:
            lis += [
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li>',
                '<li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>',
            ]
        return f"""<div class="pagination">
	<p class="counter pull-right">หน้า {k + 1} จาก {n}</p>
	<ul>{"".join(lis)}</ul>
</div>"""

    def render_blog(self, k, *, acts=False):
        pages = (
            paginate([a for a in self.articles if a.extra["cat"] == "activities"], PER)
            if acts
            else self.pages
        )
        if k >= len(pages):
            return None
        entries = []
        for a in pages[k]:
            href = esc(self.act_path(a)) if acts else self.nonsef_of(a)
            img = (
                f"/images/news/{a.id}/poster.jpg"
                if self.articles.index(a) == self.short_index
                else f"/images/news/{a.id}/thumb.jpg"
            )
            entries.append((href, a.title, a.published, a.extra["cat"], self.intro_of(a), img))
        if k == 1 and not acts:
            entries.insert(
                4,
                (
                    self.nonsef(DELETED_ID, DELETED_ALIAS, 9),
                    DELETED_TITLE,
                    dt.datetime(2024, 4, 2, 10, 11, tzinfo=TZ),
                    "pr",
                    "<p>เทศบาลตำบลบ้านดู่ ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการสอบคัดเลือกเป็นพนักงานจ้างทั่วไป</p>",
                    "/images/news/1190/thumb.jpg",
                ),
            )
        lead = f'<div class="items-leading clearfix"><div class="leading-0 clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{self.blog_item(*entries[0])}</div></div>'
        rows = "".join(
            f'<div class="items-row cols-1 row-{j} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{self.blog_item(*e)}</div></div></div>'
            for j, e in enumerate(entries[1:])
        )
        base_url = ACT if acts else LIST
        label = ACT_MOD if acts else "ข่าวทั้งหมด"
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h1> {label} </h1></div>
{lead}
{rows}
{self.pagination(k, base_url, len(pages))}
</div>"""
        head = f'	<link href="{base_url}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
        self_path = base_url + (f"?start={k * PER}" if k else "")
        return self.html_response(
            self.shell(
                title=f"{label} - {OFFICE}",
                content=content,
                self_path=self_path,
                head_extra=head,
                crumbs=self.crumbs(None, base_url, label),
                content_top="" if acts else self.featured_strip(),
            )
        )

    # ------------------------------------------------------------ article
    def body(self, a):
        paras = a.paras
        i = self.articles.index(a)
        out = []
        if i == self.short_index:
            out.append(
                f'<p style="text-align: center;"><img src="/images/news/{a.id}/poster.jpg" alt="โปสเตอร์ประชาสัมพันธ์" width="600" height="848" /></p>'
            )
        else:
            out.append(
                f'<p><img src="/images/news/{a.id}/01.jpg" alt="" width="700" height="466" /></p>'
            )
        for j, p in enumerate(paras):
            out.append(f"<p>{esc(p)}</p>")
            if i == self.long_index and j in (3, 8, 13, 18):
                n = (3, 8, 13, 18).index(j) + 2
                out.append(
                    f'<p style="text-align: center;"><img class="caption" src="/images/news/{a.id}/{n:02d}.jpg" alt="" width="640" height="427" title="ภาพกิจกรรม ชุดที่ {n}" /></p>'
                    f'<p style="text-align: center;"><em>ภาพกิจกรรม ชุดที่ {n} (ภาพจากทำเนียบรัฐบาล)</em></p>'
                )
            if j == 1 and a.extra["readalso"]:
                ra = self.readalso(a)
                out.append(
                    f'<div class="jm-readalso alert alert-info"><h4>{READALSO}</h4><ul><li><a href="{ra.path}">{esc(ra.title)}</a></li></ul></div>'
                )
            if j == 2 and a.extra["video"]:
                out.append(
                    f'<p><iframe width="560" height="315" src="https://www.youtube.com/embed/bd{a.id}x7Qw" frameborder="0" allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></p>'
                )
        if a.source:
            out.append(f"<p><strong>{esc(a.source)}</strong></p>")
        if a.extra["photo"]:
            out.append(f'<p style="text-align: right;">ภาพ : {esc(a.extra["photo"])}</p>')
        return "\n".join(out)

    def render_detail(self, a, base, self_path):
        prev, nxt = self.neighbours(a)
        url = base + a.path
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{j + 2} tag-list0" itemprop="keywords"><a href="/component/tags/tag/{j + 2}" class="label label-info">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        pn = '<ul class="pager pagenav">'
        if prev:
            pn += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if nxt:
            pn += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        pn += "</ul>"
        share = f"""<div class="jm-before-content"><div class="jm-social-share"><span class="jm-share-label">{SHARE}</span>
<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>
<a class="share-line" href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener">LINE</a>
<a class="share-twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">Twitter</a>
<span class="share-count">{(a.views * 3) % 70 + 2} แชร์</span></div></div>"""
        rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
        cat = a.extra["cat"]
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="th-TH" />
	<dl class="article-info muted">
		<dt class="article-info-term">รายละเอียด</dt>
		<dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> หมวด: <a href="{LIST}" itemprop="genre">{CATS[cat][1]}</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> {jdate(a.published)}</dd>
		<dd class="hits"><span class="icon-eye hasTooltip" aria-hidden="true" title="จำนวนผู้อ่าน"></span> {a.views:,}</dd>
	</dl>
	<div class="page-header">
		<h2 itemprop="headline">
			{esc(a.title)}
		</h2>
	</div>
	<div class="icons">
		<div class="btn-group pull-right">
			<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="เครื่องมือผู้ใช้" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
			<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}">
				<li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li>
				<li class="email-icon"><a href="/component/mailcheck/?tmpl=component&amp;link=9a1c" title="ส่งอีเมลลิงก์ไปยังเพื่อน" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a></li>
			</ul>
		</div>
	</div>
	{tags}
	{share}
	<div itemprop="articleBody">
		{self.body(a)}
	</div>
	{pn}
	<div id="jc"><h4>ความคิดเห็น (0)</h4><p class="jc-login">{COMMENT_LOGIN}</p></div>
</div>"""
        bottom = f'<div id="jm-content-bottom" class="">{self.module(RELATED, f"<ul class=relateditems>{rel}</ul>")}</div>'
        head = (
            f'	<link href="{base}{a.path}" rel="canonical" />\n'
            f'	<meta name="description" content="{esc(a.paras[0][:140])}" />\n'
            f'	<meta property="og:title" content="{esc(a.title)}" />\n'
            f'	<meta property="og:type" content="article" />\n'
            f'	<meta property="og:url" content="{base}{a.path}" />'
        )
        via, label = (ACT, ACT_MOD) if self_path.startswith(ACT) else (LIST, "ข่าวทั้งหมด")
        return self.html_response(
            self.shell(
                title=f"{a.title} - {OFFICE}",
                content=content + bottom,
                self_path=self_path,
                head_extra=head,
                crumbs=self.crumbs(a.title, via, label),
            )
        )

    def render_login(self):
        content = f"""<div id="system-message-container"><div class="alert alert-error"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">ข้อผิดพลาด</h4><div><div class="alert-message">{NOAUTH}</div></div></div></div>
<div class="login">
	<form action="/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
		<fieldset>
			<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
			<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
			<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
		</fieldset>
	</form>
</div>"""
        return self.html_response(
            self.shell(
                title=f"เข้าสู่ระบบ - {OFFICE}",
                content=content,
                self_path="/component/users/",
                crumbs=self.crumbs("เข้าสู่ระบบ", "/", "หน้าแรก"),
            )
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        # WCAG switches: the same page with a cookie
        query = {k: v for k, v in query.items() if k not in ("contrast", "fontsize", "fbclid")}
        self_path = path + (
            "?" + "&".join(f"{k}={v[0]}" for k, v in query.items()) if query else ""
        )
        if path in (LIST, ACT):
            acts = path == ACT
            extra = set(query) - {"start", "limitstart"}
            if extra:
                return None
            v = (query.get("start") or query.get("limitstart") or ["0"])[0]
            if not v.isdigit() or int(v) % PER:
                return None
            return self.render_blog(int(v) // PER, acts=acts)
        if path == "/index.php" and query.get("option") == ["com_content"]:
            m = re.match(r"^(\d+)", (query.get("id") or [""])[0])
            if not m:
                return None
            aid = int(m.group(1))
            if aid == DELETED_ID:
                return 301, {"Location": base + self.deleted_sef}, b""
            a = self.by_id.get(aid)
            if not a:
                return None
            return 301, {"Location": base + a.path}, b""
        if path == self.deleted_sef:
            ret = "aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudCZ2aWV3PWFydGljbGUmaWQ9MTE5MA=="
            return (
                303,
                {"Location": f"{base}/component/users/?view=login&return={ret}&Itemid=101"},
                b"",
            )
        if path == "/component/users/" and query.get("view") == ["login"]:
            return self.render_login()
        a = self.by_path.get(path) or self.act_paths.get(path)
        if a:
            return self.render_detail(a, base, self_path)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                SHARE,
                RELATED,
                COMMENT_LOGIN,
                COUNTER,
                COOKIE,
                FOOTER,
                FEATURED,
                "ขนาดตัวอักษร",
                "ความคมชัด",
                "ลืมรหัสผ่าน?",
                "ข้ามไปยังเนื้อหา",
                jdate(a.published),
                f"{(a.views * 3) % 70 + 2} แชร์",
                "Joomla-Monster",
            ]
            if a.extra["photo"]:
                must_not.append(f"ภาพ : {a.extra['photo']}")
            if a.extra["readalso"]:
                must_not.append(self.readalso(a).title)
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.activities() if x is not a]
            must_not += [x.title for x in self.featured() if x is not a]
            out.append(expected_record(a, published_time=True, modified=False, must_not=must_not))
        return out


SITE = JoomlaJmEf4Site()

if __name__ == "__main__":
    main(SITE)
