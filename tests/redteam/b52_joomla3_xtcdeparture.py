"""Blind-52 red-team site (part B): a provincial energy office (สำนักงานพลังงานจังหวัดน่าน) on
**Joomla 3.9 com_content under a commercial JoomlaXTC template (XTC Template Framework 3.3,
"Departure"-style overrides)**, category blog paged by `?start=N`. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): a JoomlaXTC template as shipped in a public
Joomla site repository (`templates/mozaix/`: `XTC/XTC.php`, `component.php` with "XTC Template
Framework 3.3.0", and the com_content overrides `article/default.php` and
`category/blog_item.php`, header "Departure template for Joomla! ... joomlaxtc.com"). Facts
carried over: the article override prints `div.item-page.wtitle`, a `div.article_date` with two
`h5` (`h5.day` = `d`, `h5.month` = `M`), `div.article_header.wdate > div.article_info >
h2.article_title`, `div.artinfos` of `span.category-name` / `span.hits` / `span.published` /
`span.modified`, the Bootstrap 2 `btn-group` cog drop-down (print / e-mail) and the text in
`div.article_text.clearfix`; the blog item prints `div.cat-item`, `div.catItemImage`, the title
in `div.jnewstext > h4` **whose link is written `<a class="titlelink" ref="...">` (the override's
own typo: `ref`, not `href`, so the listing headline links nowhere)**, the category as an `h3`
under it, `p.article-intro` and `div.readmore1 > a.btn` (the only link of the row). Joomla 3's
core pagination / pagenav / tags layouts, the th-TH language strings, JoomlaWorks Simple Image
Gallery's markup, JComments' header and a visitors-counter module are from memory of their
documentation. No one's code or text was copied.

Traps (NEW = not tried by rounds 1-51):
- **NEW: the headline is an `h2.article_title`; the page's only `<h1>` is the office's name in
  the logo**; **NEW: on one article in three `<title>` and `og:title` (set once by an SEO
  plug-in when the item was first saved) carry an older, shortened headline ("… ตอนแรก" cut
  at a word + "…")**; the expected title is the `h2`.
- **NEW: dates in a site-overridden `DATE_FORMAT_LC2` = `d/m/Y H:i:s` with a Buddhist-year
  plug-in: "เผยแพร่เมื่อ 05/03/2567 10:30:15" (BE, day first, a time with seconds)**, the same for
  "ปรับปรุงล่าสุด" (every item: never-edited ones repeat the created time); the split
  `h5.day` "05" / `h5.month` "มี.ค." badge above;
- **NEW: the counter as "จำนวนผู้ชม: 1,234" (the hits string overridden) beside a like plug-in's
  "ถูกใจ 37", a share bar's "แชร์ 112" and JComments' "ความคิดเห็น (2)" in the same row**;
- **NEW: the source line with two offices, "ภาพ : <office A> / ข่าว : <office B>" (the source is
  B, the office credited for the news; A only took the photos)**, and **"ข้อมูล/ภาพ :" /
  "ที่มาข้อมูล :" labels**; some items have none;
- **NEW: data in the text: a statistics `<table>` with a caption (one in four; its caption is
  a `body_must` phrase), a `<blockquote>` holding one paragraph of the text (one in four)**, a
  YouTube `<iframe>` with a caption line (one in five);
- **NEW: a Simple-Image-Gallery-style gallery inside `div.article_text` with lazy images
  (`data-src`, a `<noscript>` copy), per-photo captions and a full-text image whose `alt` is a
  long sentence** (one in three);
- **NEW: the listing's headline is no link (the override's `ref=` typo); a "ใหม่" badge image
  (`alt="ใหม่"`) sits inside the `h4` of the newest items; each row's only link is the
  "อ่านต่อ ..." button**;
- furniture: cog drop-down "พิมพ์" / "อีเมล", tags, pagenav "ก่อนหน้า" / "ถัดไป" with neighbour
  titles in `title`, JComments "เพิ่มความคิดเห็น" form, right column "ข่าวล่าสุด" with dates,
  "บทความที่เกี่ยวข้อง", login module, Vinaora-like visitors counter, cookie bar.
Listing: `/index.php/news-activity`, `?start=8`, `?start=16` (8 intro items a page, core
`div.pagination` "หน้า 1 จาก 3"). Deleted: `/index.php/news-activity/1185-nan-energy-1185`
linked from page 2: **NEW: an unpublished article answering 404 with the whole template
(error page rendering the right column: latest-news titles and dates of other articles)**;
not expected.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพลังงานจังหวัดน่าน"
OFFICE_EN = "Nan Provincial Energy Office"
CAT = "ข่าวกิจกรรม"
BASE = "/index.php/news-activity"
PER = 8
SOURCES = [
    ("two", "กลุ่มงานยุทธศาสตร์พลังงาน", "สำนักงานประชาสัมพันธ์จังหวัดน่าน"),
    ("ข้อมูล/ภาพ :", None, "กลุ่มงานพลังงานทดแทนและอนุรักษ์พลังงาน"),
    ("ที่มาข้อมูล :", None, "สำนักงานพลังงานจังหวัดน่าน"),
    None,
    ("two", "ฝ่ายบริหารทั่วไป", "กลุ่มงานประชาสัมพันธ์ ศาลากลางจังหวัดน่าน"),
    ("ข้อมูล/ภาพ :", None, "สำนักงานประชาสัมพันธ์จังหวัดน่าน"),
]
TAGS = ["พลังงานทดแทน", "อนุรักษ์พลังงาน", "น่าน", "โซลาร์เซลล์", "ชุมชนพลังงาน"]
DELETED_ID = 1185
DELETED_PATH = f"{BASE}/{DELETED_ID}-nan-energy-{DELETED_ID}"
DELETED_TITLE = "ประกาศรับสมัครชุมชนเข้าร่วมโครงการเตาชีวมวลประสิทธิภาพสูง ปีงบประมาณ 2567"
NOT_FOUND = "ไม่พบบทความ"
NOT_FOUND_MSG = "ขออภัย ไม่พบหน้าที่ท่านร้องขอ บทความนี้อาจถูกยกเลิกการเผยแพร่หรือถูกย้ายแล้ว"
LATEST = "ข่าวล่าสุด"
RELATED = "บทความที่เกี่ยวข้อง"
COUNTER_HEAD = "สถิติผู้เข้าชมเว็บไซต์"
COUNTER = "วันนี้ 214 | เมื่อวาน 389 | เดือนนี้ 8,412 | ทั้งหมด 512,907"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับนโยบายคุกกี้ของสำนักงาน"
FOOTER = (
    "สำนักงานพลังงานจังหวัดน่าน ศาลากลางจังหวัดน่าน ชั้น 2 ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000"
)
GALLERY_HEAD = "ภาพกิจกรรม"
GALLERY_HINT = "คลิกที่ภาพเพื่อดูขนาดใหญ่"
COMMENTS_HEAD = "ความคิดเห็น"
COMMENT_FORM = "เพิ่มความคิดเห็น"
DISTRICTS = ["อำเภอเมืองน่าน", "อำเภอปัว", "อำเภอท่าวังผา", "อำเภอเวียงสา", "อำเภอนาน้อย"]
TABLE_CAPTION = "สรุปจำนวนครัวเรือนที่ได้รับการสนับสนุนแยกรายอำเภอ"
ALT_LONG = (
    "พลังงานจังหวัดน่านพร้อมด้วยเจ้าหน้าที่และผู้นำชุมชนถ่ายภาพร่วมกันหน้าศาลาอเนกประสงค์"
    "ของหมู่บ้านภายหลังเสร็จสิ้นพิธีเปิดโครงการและการสาธิตการใช้งานอุปกรณ์ประหยัดพลังงาน"
)


def dmy(d: dt.datetime) -> str:
    """The overridden LC2 with the Buddhist-year plug-in: '05/03/2567 10:30:15'."""
    return f"{d.day:02d}/{d.month:02d}/{be(d)} {d:%H:%M:%S}"


def short_title(t: str) -> str:
    """The older, shortened headline an SEO plug-in kept: cut at a space after 24 characters."""
    cut = t.find(" ", 24)
    return (t[:cut] if cut > 0 else t[:30]) + "…"


class XtcDepartureSite(BaseSite):
    key = "b52_joomla3_xtcdeparture"
    family = "joomla"
    imitates = (
        "Joomla 3.9 + JoomlaXTC template (XTC Framework 3.3, Departure-style overrides): "
        "h2.article_title under an h1 logo, older shortened <title>/og:title on some items, "
        "dates 'd/m/Y H:i:s' with a BE year, 'จำนวนผู้ชม:' beside like/share/comment counts, "
        "two-office source lines, tables/blockquotes/video/lazy gallery in the text, listing "
        "headline without href (ref= typo) and a 'ใหม่' badge, 404 with the full template"
    )
    listing_path = BASE

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 16, 0, tzinfo=TZ), offset=163
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 1160 + (n - i) * 2 + (i % 2)
            a.path = f"{BASE}/{a.id}-nan-energy-{a.id}"
            a.published = a.published.replace(second=(i * 23 + 7) % 60)
            a.time_printed = True
            if a.modified is None:
                a.modified = a.published
            else:
                a.modified = a.modified.replace(second=(i * 31 + 11) % 60)
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[2] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 35 + (i * 4817 + 97) % 3900
            a.extra["likes"] = 3 + (i * 7) % 60
            a.extra["shares"] = 10 + (i * 13) % 140
            a.extra["ncomments"] = (i * 5) % 4
            a.extra["short_title"] = i % 3 == 1
            a.extra["table"] = i % 4 == 2
            a.extra["quote"] = i % 4 == 0
            a.extra["video"] = i % 5 == 3
            a.extra["gallery"] = i % 3 == 0
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id
        # the newest items (within a week of the newest) carry the "ใหม่" badge
        top = arts[0].published
        for a in arts:
            a.extra["new"] = (top - a.published).days < 7

    def listing_pages(self):
        return [BASE, f"{BASE}?start=8", f"{BASE}?start=16"]

    def deleted_paths(self):
        return [DELETED_PATH]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None  # newer
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None  # older
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 11)]

    # ------------------------------------------------------------ shell
    def shell(self, title: str, content: str, *, og: str = "", canonical: str = "") -> str:
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a><span class="mod-date">{x.published.day:02d}/{x.published.month:02d}/{be(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        head_extra = ""
        if og:
            head_extra += f'\n  <meta property="og:title" content="{og}" />\n  <meta property="og:type" content="article" />'
        if canonical:
            head_extra += (
                f'\n  <link href="http://www.nanenergy.go.th{canonical}" rel="canonical" />'
            )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{title}</title>{head_extra}
  <link href="/templates/xtc_departure/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/media/jui/css/bootstrap.min.css" type="text/css" />
  <link rel="stylesheet" href="/templates/xtc_departure/css/grid.css" type="text/css" />
  <link rel="stylesheet" href="/templates/xtc_departure/css/default.css" type="text/css" />
  <link rel="stylesheet" href="/templates/xtc_departure/css/style3.css" type="text/css" />
  <link rel="stylesheet" href="/plugins/content/jw_sig/jw_sig/tmpl/Classic/css/template.css" type="text/css" />
  <script src="/media/jui/js/jquery.min.js" type="text/javascript"></script>
  <script src="/media/jui/js/bootstrap.min.js" type="text/javascript"></script>
  <script src="/templates/xtc_departure/js/lazyload.min.js" type="text/javascript"></script>
</head>
<body id="xtc-body" class="style3">
<div id="cookie-bar" class="xtc-cookie">{COOKIE} <a class="btn btn-mini" href="#">ตกลง</a> <a href="/index.php/privacy">นโยบายคุกกี้</a></div>
<div id="headerwrap" class="xtc-wrapper">
  <div id="header" class="xtc-bodygutter">
    <div id="logo"><a href="/"><img src="/images/logo-nanenergy.png" alt="" /></a><h1 class="sitename"><a href="/">{OFFICE}</a></h1><p class="sitedesc">{OFFICE_EN} กระทรวงพลังงาน</p></div>
    <div id="fontsizer"><span>ขนาดตัวอักษร</span> <a href="#" class="smaller">ก-</a> <a href="#" class="reset">ก</a> <a href="#" class="larger">ก+</a></div>
  </div>
  <div id="menuwrap"><ul class="nav menu xtcmenu">
    <li class="item-101"><a href="/">หน้าแรก</a></li><li class="item-112"><a href="/index.php/about">เกี่ยวกับเรา</a></li><li class="item-118 current active"><a href="{BASE}">{CAT}</a></li><li class="item-121"><a href="/index.php/procurement">จัดซื้อจัดจ้าง</a></li><li class="item-124"><a href="/index.php/contact">ติดต่อเรา</a></li>
  </ul></div>
</div>
<div id="regiondiv" class="xtc-wrapper">
  <div id="breadcrumbs"><ul class="breadcrumb"><li><a href="/" class="pathway">หน้าแรก</a><span class="divider">/</span></li><li><a href="{BASE}" class="pathway">{CAT}</a></li></ul></div>
  <div class="xtc-grid">
    <div id="maincol" class="span8">
      <div id="component">
{content}
      </div>
    </div>
    <div id="rightcol" class="span4">
      <div class="module xtc-mod"><h3 class="moduletitle">{LATEST}</h3><div class="modulecontent"><ul class="latestnews">{latest}</ul></div></div>
      <div class="module xtc-mod"><h3 class="moduletitle">เข้าสู่ระบบ</h3><div class="modulecontent"><form action="/index.php" method="post" id="login-form"><input type="text" name="username" placeholder="ชื่อผู้ใช้" /><input type="password" name="password" placeholder="รหัสผ่าน" /><button type="submit" class="btn">เข้าสู่ระบบ</button><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></form></div></div>
      <div class="module xtc-mod"><h3 class="moduletitle">{COUNTER_HEAD}</h3><div class="modulecontent"><div class="vinaora_counter">{COUNTER}</div></div></div>
    </div>
  </div>
</div>
<div id="footerwrap" class="xtc-wrapper"><div class="xtc-bodygutter"><p>{FOOTER}</p><p>โทรศัพท์ 0 5471 6157 โทรสาร 0 5471 6158</p><p class="copy">Copyright &copy; 2024 {OFFICE}. Designed by JoomlaXTC.</p></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------ listing
    def row(self, a_id: int, title: str, intro: str, new: bool, img: bool) -> str:
        href = f"{BASE}/{a_id}-nan-energy-{a_id}"
        badge = ' <img src="/images/icons/new.gif" alt="ใหม่" class="new-badge" />' if new else ""
        image = (
            f'<div class="catItemImage"><img src="/images/news/{a_id}/intro.jpg" alt="" /></div>'
            if img
            else ""
        )
        return f"""<div class="items-row cols-1 row-fluid"><div class="span12"><div class="item column-1">
<div class="cat-item">
{image}
<div class="jnewstext">
	<h4>
			<a class="titlelink" ref="{href}">
			{esc(title)}</a>{badge}
		</h4>
	<h3>
		<a  class="catlink" href="{BASE}">{CAT}</a>
	</h3>
</div>
<div class="newstext1content">
<p class="article-intro"><p>{esc(intro)}</p></p>
		<div class="readmore1">
                        <a class="btn"  href="{href}">
                <span style="padding-right:8px;"></span>
                                        อ่านต่อ ...</a>
		</div>
 <div style="clear:both;"></div>
</div>
</div>
</div></div></div>"""

    def render_list(self, k: int):
        rows = [
            self.row(a.id, a.title, a.paras[0][:160].rstrip() + " ...", a.extra["new"], i % 2 == 0)
            for i, a in enumerate(self.pages[k])
        ]
        if k == 1:
            rows.insert(
                3,
                self.row(
                    DELETED_ID,
                    DELETED_TITLE,
                    "สำนักงานพลังงานจังหวัดน่านขอประกาศรับสมัครชุมชนที่สนใจเข้าร่วมโครงการเตาชีวมวลประสิทธิภาพสูง ...",
                    False,
                    False,
                ),
            )
        n = len(self.pages)

        def url(j):
            return BASE if j == 0 else f"{BASE}?start={j * PER}"

        li = []
        li.append(
            f'<li class="pagination-start"><a title="เริ่มต้น" href="{url(0)}" class="pagenav">เริ่มต้น</a></li>'
            if k
            else '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li>'
        )
        li.append(
            f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{url(k - 1)}" class="pagenav">ก่อนหน้า</a></li>'
            if k
            else '<li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
        )
        for j in range(n):
            li.append(
                f'<li><span class="pagenav">{j + 1}</span></li>'
                if j == k
                else f'<li><a title="{j + 1}" href="{url(j)}" class="pagenav">{j + 1}</a></li>'
            )
        last = k == n - 1
        li.append(
            '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li>'
            if last
            else f'<li class="pagination-next"><a title="ถัดไป" href="{url(k + 1)}" class="pagenav">ถัดไป</a></li>'
        )
        li.append(
            '<li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>'
            if last
            else f'<li class="pagination-end"><a title="สุดท้าย" href="{url(n - 1)}" class="pagenav">สุดท้าย</a></li>'
        )
        content = f"""<div class="blog xtc-blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h2>{CAT}</h2></div>
<div class="items-leading"></div>
{"".join(rows)}
<div class="pagination">
	<p class="counter pull-right">หน้า {k + 1} จาก {n}</p>
	<ul>{"".join(li)}</ul>
</div>
</div>"""
        return self.html_response(self.shell(f"{CAT} - {OFFICE}", content, canonical=url(k)))

    # ------------------------------------------------------------ article
    def text_html(self, a) -> str:
        paras = a.paras
        out = []
        mid = len(paras) // 2
        for j, p in enumerate(paras):
            if a.extra["quote"] and j == mid:
                out.append(f'<blockquote class="xtc-quote"><p>{esc(p)}</p></blockquote>')
            else:
                out.append(f"<p>{esc(p)}</p>")
            if a.extra["table"] and j == 1:
                rows = "".join(
                    f"<tr><td>{d}</td><td>{40 + (a.id * (k + 3)) % 90}</td><td>{(12 + (a.id * (k + 5)) % 70) / 10:.1f}</td></tr>"
                    for k, d in enumerate(DISTRICTS)
                )
                out.append(
                    f'<table class="table table-bordered" border="1" cellpadding="4"><caption>{TABLE_CAPTION}</caption>'
                    f"<thead><tr><th>อำเภอ</th><th>จำนวนครัวเรือน</th><th>ลดค่าไฟฟ้าเฉลี่ย (ร้อยละ)</th></tr></thead>"
                    f"<tbody>{rows}</tbody></table>"
                )
            if a.extra["video"] and j == 0:
                out.append(
                    f'<p style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube.com/embed/nE{a.id}xTcQ" frameborder="0" allowfullscreen></iframe></p>'
                    f'<p class="video-caption" style="text-align: center;"><em>คลิปวิดีโอ: บรรยากาศการดำเนินกิจกรรม (ความยาว 3 นาที)</em></p>'
                )
        src = a.extra["src"]
        if src:
            if src[0] == "two":
                out.append(
                    f"<p><strong>ภาพ :</strong> {esc(src[1])} / <strong>ข่าว :</strong> {esc(src[2])}</p>"
                )
            else:
                out.append(f"<p><strong>{src[0]}</strong> {esc(src[2])}</p>")
        if a.extra["gallery"]:
            thumbs = "".join(
                f'<li class="sigFreeThumb"><a href="/images/gallery/{a.id}/{k}.jpg" class="sigFreeLink" title="{GALLERY_HEAD} {k}/6" data-fancybox="gallery{a.id}">'
                f'<img class="sigFreeImg lazy" src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif" data-src="/cache/jw_sig/{a.id}/{k}.jpg" alt="{GALLERY_HEAD} {k}/6" />'
                f'<noscript><img src="/cache/jw_sig/{a.id}/{k}.jpg" alt="{GALLERY_HEAD} {k}/6" /></noscript></a>'
                f'<span class="sigFreeCaption">{GALLERY_HEAD} {k}/6</span></li>'
                for k in range(1, 7)
            )
            out.append(
                f'<div class="sigFreeContainer sigFreeClassic" id="sigFreeId{a.id}"><p class="sigFreeHead">{GALLERY_HEAD}</p>'
                f'<ul class="sigFreeClassic">{thumbs}</ul><p class="sigFreeHint">{GALLERY_HINT}</p></div>'
            )
        return "\n".join(out)

    def render_article(self, a):
        prev, nxt = self.neighbours(a)
        d = a.published
        title_tag = short_title(a.title) if a.extra["short_title"] else a.title
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags"><span>แท็ก:</span> '
                + " ".join(
                    f'<span class="tag-{TAGS.index(t) + 3} tag-list0"><a href="/index.php/component/tags/tag/{TAGS.index(t) + 3}" class="label label-info">{esc(t)}</a></span>'
                    for t in a.tags
                )
                + "</div>"
            )
        pager = '<ul class="pager pagenav">'
        if prev:
            pager += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left"></span> ก่อนหน้า</a></li>'
        if nxt:
            pager += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next">ถัดไป <span class="icon-chevron-right"></span></a></li>'
        pager += "</ul>"
        related = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a)
        )
        full_img = (
            f'<div class="xtc-full-img img-fulltext-none"><img src="/images/news/{a.id}/full.jpg" alt="{ALT_LONG}"/></div>'
            if a.extra["gallery"]
            else ""
        )
        nc = a.extra["ncomments"]
        comments = f'<div id="jc"><h4>{COMMENTS_HEAD} ({nc})</h4>'
        if nc:
            comments += (
                '<div id="comments-list" class="comments-list">'
                + "".join(
                    f'<div class="comment-box"><span class="comment-author">ผู้เยี่ยมชม {k + 1}</span> <span class="comment-date">{dmy(d + dt.timedelta(days=k + 1, hours=3))}</span><div class="comment-body">ขอบคุณสำหรับข้อมูลครับ อยากให้มีโครงการแบบนี้ในหมู่บ้านของผมด้วย</div></div>'
                    for k in range(nc)
                )
                + "</div>"
            )
        comments += f'<h4>{COMMENT_FORM}</h4><form id="comments-form" name="comments-form" action="javascript:void(null);"><p><input id="comments-form-name" type="text" name="name" /> <label for="comments-form-name">ชื่อ (จำเป็น)</label></p><p><textarea id="comments-form-comment" name="comment" cols="65" rows="8"></textarea></p><div id="comments-form-buttons"><a href="#" id="comments-form-send">ส่ง</a></div></form></div>'
        content = f"""<div class="item-page wtitle" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="th-TH" />
{full_img}
	<div class="article_date">
<h5 class="day">{d.day:02d}</h5><h5 class="month">{MONTHS_ABBR[d.month - 1]}</h5>
</div>
 <div class="article_header  wdate">
<div class="article_info">

	<h2 class="article_title" itemprop="headline">
			{esc(a.title)}
	</h2>

<div class="artinfos">
	<span class="category-name">
	หมวด: <a href="{BASE}">{CAT}</a>&nbsp;
	</span>
	<span class="hits">
	จำนวนผู้ชม: {a.views:,}
	</span>
	<span class="published">
	เผยแพร่เมื่อ {dmy(a.published)}&nbsp;
	</span>
	<span class="modified">
	ปรับปรุงล่าสุด {dmy(a.modified)}&nbsp;
	</span>
</div>
</div>
 <div style="clear:both;"></div>
 </div>
	<div class="btn-group pull-right"> <a class="btn dropdown-toggle" data-toggle="dropdown" href="#"> <i class="icon-cog"></i> <span class="caret"></span> </a>
		<ul class="dropdown-menu">
			<li class="print-icon"> <a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" rel="nofollow"><span class="icon-print"></span>พิมพ์</a> </li>
			<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;link={a.id}" title="ส่งลิงก์ให้เพื่อนทางอีเมล" rel="nofollow"><span class="icon-envelope"></span>อีเมล</a> </li>
		</ul>
	</div>
<div class="xtc-social-row"><span class="like-count"><i class="icon-thumbs-up"></i> ถูกใจ {a.extra["likes"]}</span> <span class="share-count"><i class="icon-share"></i> แชร์ {a.extra["shares"]}</span> <span class="comment-count"><i class="icon-comment"></i> {COMMENTS_HEAD} ({nc})</span> <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=http://www.nanenergy.go.th{a.path}">Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url=http://www.nanenergy.go.th{a.path}">LINE</a></div>
{tags}
<div class="article_text clearfix" itemprop="articleBody">
{self.text_html(a)}
</div>
{pager}
<div class="related-items"><h4>{RELATED}</h4><ul class="relateditems">{related}</ul></div>
{comments}
</div>"""
        return self.html_response(
            self.shell(f"{esc(title_tag)} - {OFFICE}", content, og=esc(title_tag), canonical=a.path)
        )

    def render_deleted(self):
        content = f"""<div class="xtc-error">
<h2 class="article_title">404 - {NOT_FOUND}</h2>
<p>{NOT_FOUND_MSG}</p>
<p><a href="/">กลับสู่หน้าแรก</a> | <a href="{BASE}">{CAT}</a></p>
</div>"""
        status, headers, body = self.html_response(
            self.shell(f"404 - {NOT_FOUND}", content), status=404
        )
        return status, headers, body

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path).rstrip("/") or "/"
        if path == BASE:
            start = query.get("start", query.get("limitstart", ["0"]))[0]
            if not start.isdigit() or int(start) % PER:
                return None
            k = int(start) // PER
            if k < len(self.pages):
                return self.render_list(k)
            return None
        if path.startswith(BASE + "/"):
            slug = path[len(BASE) + 1 :]
            head = slug.split("-", 1)[0]
            if head.isdigit():
                if int(head) == DELETED_ID:
                    return self.render_deleted()
                a = self.by_id.get(int(head))
                if a is not None and slug == a.path[len(BASE) + 1 :]:
                    if query.get("tmpl"):
                        return self.html_response(
                            f"<html><body><h2>{esc(a.title)}</h2>{self.text_html(a)}</body></html>"
                        )
                    return self.render_article(a)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                f"จำนวนผู้ชม: {a.views:,}",
                f"ถูกใจ {a.extra['likes']}",
                f"แชร์ {a.extra['shares']}",
                f"{COMMENTS_HEAD} (",
                COMMENT_FORM,
                "ขอบคุณสำหรับข้อมูลครับ อยากให้มีโครงการแบบนี้",
                "พิมพ์",
                "อีเมล",
                "แท็ก:",
                RELATED,
                LATEST,
                COUNTER_HEAD,
                COUNTER,
                COOKIE,
                FOOTER,
                OFFICE_EN,
                GALLERY_HINT,
                "ขนาดตัวอักษร",
                "เผยแพร่เมื่อ",
                "ปรับปรุงล่าสุด",
            ]
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.related(a) if x is not a]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, must_not=on_page(self, a, must_not))
            if a.extra["table"]:
                rec["body_must"].append(TABLE_CAPTION)
            out.append(rec)
        return out


SITE = XtcDepartureSite()

if __name__ == "__main__":
    main(SITE)
