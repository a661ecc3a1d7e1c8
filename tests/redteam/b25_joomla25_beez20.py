"""Blind-25 red-team site: Joomla 2.5 with the stock **beez_20** template, SEF URLs **off**
(raw `index.php?option=com_content…` links), a provincial fisheries office
(สำนักงานประมงจังหวัดสตูล), built blind.

What it imitates:
- non-SEF com_content URLs: the category **blog layout**
  `/index.php?option=com_content&view=category&layout=blog&id=8&Itemid=102`, pages
  `&limitstart=10` / `&limitstart=20` (J2.5 pagination "เริ่มต้น / ก่อนหน้า / 1 2 3 / ถัดไป /
  สุดท้าย", "หน้า 1 จาก 3"); articles
  `/index.php?option=com_content&view=article&id=N:<alias>&catid=8:<alias>&Itemid=102` where
  the **aliases are date strings** (J2.5 without Unicode aliases turns a Thai title into the
  save moment, `2024-02-15-03-30-12`, UTC);
- beez_20's shell: `#all` > `#back` > `#header` (logo `h1#logo` = the office, font-size tools
  "ขนาดตัวอักษร: ใหญ่ขึ้น รีเซ็ต เล็กลง", search, top menu), `#contentarea2`, `#breadcrumbs`
  ("คุณอยู่ที่:"), `#nav` (main menu, "ข่าวล่าสุด", login), `#wrapper2` > `#main`, `#close`
  ("ปิดข้อมูล"), `#right` ("บทความที่เกี่ยวข้อง", visitor counter), `#footer-outer` with
  "Powered by Joomla!";
- J2.5 article layout: the **menu's page heading "ข่าวประชาสัมพันธ์" as the page's `h1`** (after
  the logo `h1`), the headline a linked `h2`; print / e-mail icons as images; `dl.article-info`
  "รายละเอียด", "หมวด:", "สร้างเมื่อ วันพฤหัสบดี, 15 กุมภาพันธ์ 2024 10:30" (LC2 format, Thai
  weekday and month, **CE year**, always a time), "แก้ไขล่าสุด …" (edited items only),
  "เขียนโดย pr_satun" (a login name), "ฮิต: N"; the intro image (some); the text with "ที่มา :"
  or "ข่าว/ภาพ :" (some); the Attachments extension's table "ไฟล์แนบ:" (some) and the
  AddToAny bar "แชร์" **inside `div.item-page`**, pagenav "< ก่อนหน้า" / "ถัดไป >", and
  **JComments** ("ความคิดเห็น (N)", one visitor comment on some items, the add-comment form);
- the deleted id (moved to Registered access) answers 200 with the com_users login view and
  "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, WEEKDAYS, Article, esc, main
from .b20b_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานประมงจังหวัดสตูล"
SOURCES = [
    None,
    "กลุ่มส่งเสริมการประมง",
    "สำนักงานประชาสัมพันธ์จังหวัดสตูล",
    None,
    "ศูนย์วิจัยและพัฒนาประมงชายฝั่งสตูล",
]
CAT = "ข่าวประชาสัมพันธ์"
CATID = "8:2012-05-14-02-21-45"
BLOG = "/index.php?option=com_content&view=category&layout=blog&id=8&Itemid=102"
DELETED_ID = 287
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานราชการ ตำแหน่งเจ้าพนักงานประมง"
COMMENTERS = ["ชาวประมงบ้านตันหยงโป", "ผู้ใช้ทั่วไป", "คนละงู"]
COMMENTS = [
    "ขอบคุณข้อมูลครับ อยากให้มีโครงการแบบนี้ที่อำเภอท่าแพบ้าง",
    "สอบถามช่องทางการสมัครเข้าร่วมโครงการค่ะ ติดต่อที่ไหนได้บ้างคะ",
    "เป็นประโยชน์มากครับ ติดตามข่าวอยู่ตลอด",
]


def alias_of(d: dt.datetime, aid: int) -> str:
    u = d.astimezone(dt.UTC)
    return f"{u:%Y-%m-%d-%H-%M}-{aid % 60:02d}"


def art_url(aid: int, d: dt.datetime) -> str:
    return f"/index.php?option=com_content&view=article&id={aid}:{alias_of(d, aid)}&catid={CATID}&Itemid=102"


def lc2(d: dt.datetime) -> str:
    """J2.5 DATE_FORMAT_LC2 'l, d F Y H:i' under the Thai pack (CE year)."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def h(s: str) -> str:
    return s.replace("&", "&amp;")


class Beez20Site(B9Site):
    key = "b25_joomla25_beez20"
    family = "joomla"
    imitates = "Joomla 2.5 + beez_20, SEF off: category blog index.php?option=com_content&view=category&layout=blog&id=8&Itemid=102&limitstart=N; articles index.php?option=com_content&view=article&id=N:<date alias>&catid=…&Itemid=102; page heading h1 (menu title) above the h2 headline; dl.article-info สร้างเมื่อ (LC2, CE, time) / แก้ไขล่าสุด (edited only) / เขียนโดย login / ฮิต; Attachments table, AddToAny and JComments inside item-page; deleted = login view (200)"
    listing_path = BLOG
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 57, SOURCES, dt.datetime(2024, 8, 26, 16, 0), first_id=301, step=2
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # created is a DATETIME, always printed with its time
            a.tags = []  # Joomla 2.5 has no tags
            a.path = art_url(a.id, a.published)
            a.extra["label"] = "ข่าว/ภาพ :" if i % 2 else "ที่มา :"
            a.extra["image"] = i % 4 == 2
            a.extra["attach"] = i % 5 == 1
            a.extra["comment"] = i % 3 == 0
        self.setup_routes()

    def page_url(self, k):
        return BLOG if k == 0 else f"{BLOG}&limitstart={k * self.per_page}"

    def deleted_paths(self):
        return [self.deleted_url]

    @property
    def deleted_url(self):
        return art_url(DELETED_ID, dt.datetime(2024, 7, 22, 9, 40, tzinfo=dt.UTC))

    def extra_route(self, key, query):
        if key == f"{BLOG}&format=feed&type=rss":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>http://www.satun-fishery.go.th{esc(a.path)}</link><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! 2.5 - Open Source Content Management" -->\n<rss version="2.0"><channel><title>{CAT}</title><generator>Joomla! 2.5 - Open Source Content Management</generator><language>th-th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i - 2, i + 5) if 0 <= j < len(self.articles)]

    def shell(self, title, content, crumb, a=None):
        latest = "".join(
            f'<li><a href="{h(x.path)}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        rel = ""
        if a is not None:
            lis = "".join(
                f'<li><a href="{h(r.path)}">{esc(r.title)}</a></li>' for r in self.related(a)
            )
            rel = f'<div class="moduletable"><h3>บทความที่เกี่ยวข้อง</h3><ul class="relateditems">{lis}</ul></div>'
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr" >
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="ประมง, สตูล, กรมประมง" />
  <meta name="description" content="{OFFICE} กรมประมง" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="{h(BLOG)}&amp;format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="/templates/beez_20/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/components/com_jcomments/tpl/default/style.css?v=21" type="text/css" />
  <link rel="stylesheet" href="/components/com_attachments/media/attachments.css" type="text/css" />
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/caption.js" type="text/javascript"></script>
  <script src="/media/system/js/mootools-more.js" type="text/javascript"></script>
  <script src="/templates/beez_20/javascript/md_stylechanger.js" type="text/javascript" defer="defer"></script>
  <script type="text/javascript">window.addEvent('load', function() {{ new JCaption('img.caption'); }});</script>
<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="/templates/beez_20/css/position.css" type="text/css" media="screen,projection" />
<link rel="stylesheet" href="/templates/beez_20/css/layout.css" type="text/css" media="screen,projection" />
<link rel="stylesheet" href="/templates/beez_20/css/print.css" type="text/css" media="print" />
<link rel="stylesheet" href="/templates/beez_20/css/general.css" type="text/css" />
<link rel="stylesheet" href="/templates/beez_20/css/personal.css" type="text/css" />
<script type="text/javascript" src="/templates/beez_20/javascript/hide.js"></script>
<script type="text/javascript">
  var big ='72%'; var small='53%';
  var altopen='ถูกเปิด'; var altclose='ถูกปิด';
  var bildauf='/templates/beez_20/images/plus.png'; var bildzu='/templates/beez_20/images/minus.png';
  var rightopen='เปิดข้อมูล'; var rightclose='ปิดข้อมูล';
  var fontSizeTitle='ขนาดตัวอักษร'; var bigger='ใหญ่ขึ้น'; var reset='รีเซ็ต'; var smaller='เล็กลง';
  var biggerTitle='เพิ่มขนาด'; var smallerTitle='ลดขนาด'; var resetTitle='กลับไปที่ค่าเริ่มต้น';
</script>
</head>
<body>
<div id="all">
<div id="back">
  <div id="header">
    <div class="logoheader">
      <h1 id="logo"><img src="/images/logo_dof.png" alt="{OFFICE}" /><span class="header1">{OFFICE} กรมประมง</span></h1>
    </div><!-- end logoheader -->
    <ul class="skiplinks">
      <li><a href="#main" class="u2">ไปที่เนื้อหา</a></li>
      <li><a href="#nav" class="u2">ไปที่เมนูหลัก</a></li>
      <li><a href="#additional" class="u2">ไปที่ข้อมูลเพิ่มเติม</a></li>
    </ul>
    <h2 class="unseen">มุมมองการนำทางและค้นหา</h2>
    <h3 class="unseen">การนำทาง</h3>
    <ul class="menu">
<li class="item-101"><a href="/index.php" >หน้าแรก</a></li><li class="item-110"><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=110" >ประวัติหน่วยงาน</a></li><li class="item-102 current active"><a href="{h(BLOG)}" >{CAT}</a></li><li class="item-111"><a href="/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=111" >จัดซื้อจัดจ้าง</a></li><li class="item-112"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=112" >ติดต่อเรา</a></li></ul>
    <div id="line">
      <div id="fontsize"></div>
      <h3 class="unseen">ค้นหา</h3>
      <form action="/index.php" method="post"><div class="search"><label for="mod-search-searchword">ค้นหา...</label><input name="searchword" id="mod-search-searchword" maxlength="20" class="inputbox" type="text" size="20" value="ค้นหา..." onblur="if (this.value=='') this.value='ค้นหา...';" onfocus="if (this.value=='ค้นหา...') this.value='';" /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="102" /></div></form>
    </div> <!-- end line -->
  </div><!-- end header -->
  <div id="contentarea2">
    <div id="breadcrumbs">
<div class = "breadcrumbs">
<span class="showHere">คุณอยู่ที่: </span><a href="/index.php" class="pathway">หน้าแรก</a> <img src="/media/system/images/arrow.png" alt=""  /> {crumb}</div>
    </div>
    <div class="left1 leftbigger" id="nav">
      <div class="moduletable_menu"><h3>เมนูหลัก</h3><ul class="menu"><li class="item-101"><a href="/index.php" >หน้าแรก</a></li><li class="item-102 current active"><a href="{h(BLOG)}" >{CAT}</a></li><li class="item-113"><a href="/index.php?option=com_content&amp;view=category&amp;id=10&amp;Itemid=113" >ประกาศรับสมัครงาน</a></li><li class="item-114"><a href="/index.php?option=com_content&amp;view=article&amp;id=5&amp;Itemid=114" >ITA</a></li></ul></div>
      <div class="moduletable"><h3>ข่าวล่าสุด</h3><ul class="latestnews">{latest}</ul></div>
      <div class="moduletable"><h3>เข้าสู่ระบบ</h3>
<form action="/index.php" method="post" id="login-form" >
  <fieldset class="userdata">
  <p id="form-login-username"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="inputbox"  size="18" /></p>
  <p id="form-login-password"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="inputbox" size="18"  /></p>
  <p id="form-login-remember"><label for="modlgn-remember">จดจำการเข้าสู่ระบบ</label><input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></p>
  <input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" />
  <input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhw" /><input type="hidden" name="5c0e9d7b1a2f" value="1" />
  </fieldset>
  <ul><li><a href="/index.php?option=com_users&amp;view=reset">ลืมรหัสผ่านของคุณ?</a></li><li><a href="/index.php?option=com_users&amp;view=remind">ลืมชื่อผู้ใช้ของคุณ?</a></li></ul>
</form></div>
    </div><!-- end navi -->
    <div id="wrapper2" >
      <div id="main">
<div id="system-message-container">
</div>
{content}
      </div><!-- end main -->
    </div><!-- end wrapper -->
    <h2 class="unseen">ข้อมูลเพิ่มเติม</h2>
    <div id="close"><a href="#" onclick="auf('right')"><span id="bild">ปิดข้อมูล</span></a></div>
    <div id="right">
      <a id="additional"></a>
      {rel}
      <div class="moduletable"><h3>สถิติผู้เยี่ยมชม</h3><div id="vvisit_counter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisitcounter"><tbody><tr align="left"><td>วันนี้</td><td align="right">84</td></tr><tr align="left"><td>เมื่อวานนี้</td><td align="right">311</td></tr><tr align="left"><td>สัปดาห์นี้</td><td align="right">1,206</td></tr><tr align="left"><td>ทั้งหมด</td><td align="right">512,904</td></tr></tbody></table></div></div>
    </div><!-- end right -->
    <div class="wrap"></div>
  </div> <!-- end contentarea -->
</div><!-- back -->
</div><!-- all -->
<div id="footer-outer">
  <div id="footer-inner"><div id="bottom"><div class="box box1"><div class="moduletable"><div class="custom"><p>{OFFICE} ศาลากลางจังหวัดสตูล ถนนสตูลธานี ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000 โทร. 0-7472-1023</p></div></div></div></div></div>
  <div id="footer-sub"><div id="footer"><p>Powered by <a href="http://www.joomla.org/">Joomla!&#174;</a></p></div><!-- end footer --></div>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ list

    def fake_deleted(self, near):
        fake = Article(
            id=DELETED_ID,
            title=DELETED_TITLE,
            paras=["ประกาศรายชื่อผู้มีสิทธิ์สอบ รายละเอียดตามเอกสารแนบ"],
            published=near.published - dt.timedelta(hours=2),
            time_printed=True,
            views=77,
        )
        fake.path = self.deleted_url
        return fake

    def blog_item(self, a, leading):
        img = ""
        if a.extra.get("image"):
            img = f'<div class="img-intro-left">\n<img src="/images/news/2567/{a.id}_intro.jpg" alt=""/>\n</div>\n'
        return f"""<div class="{"leading-0" if leading else "item column-1"}">
\t<h2>
\t\t\t<a href="{h(a.path)}">
\t\t\t{esc(a.title)}</a>
\t\t</h2>
 <dl class="article-info">
 <dt class="article-info-term">รายละเอียด</dt>
\t\t<dd class="create">
\t\tสร้างเมื่อ {lc2(a.published)}\t\t</dd>
\t\t<dd class="hits">
\t\tฮิต: {a.views}\t\t</dd>
 </dl>
{img}<p>{esc(a.paras[0])}</p>
\t\t<p class="readmore">
\t\t\t\t<a href="{h(a.path)}">
\t\t\t\t\tอ่านเพิ่มเติม: {esc(a.title[:40])}...</a>
\t\t</p>
<div class="item-separator"></div>
</div>
"""

    def listing(self, k):
        items = list(self.pages[k])
        n = len(self.pages)
        if k == 1:
            items.insert(5, self.fake_deleted(items[4]))
        body = self.blog_item(items[0], True)
        body += '<div class="items-row cols-1 row-0">\n'
        body += "".join(self.blog_item(a, False) for a in items[1:])
        body += "</div>\n"
        lis = []
        if k == 0:
            lis.append(
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li><li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        else:
            lis.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{h(BLOG)}&amp;limitstart=0" class="pagenav">เริ่มต้น</a></li><li class="pagination-prev"><a title="ก่อนหน้า" href="{h(self.page_url(k - 1))}" class="pagenav">ก่อนหน้า</a></li>'
            )
        for i in range(n):
            if i == k:
                lis.append(f'<li><span class="pagenav">{i + 1}</span></li>')
            else:
                lis.append(
                    f'<li><a title="{i + 1}" href="{h(self.page_url(i))}" class="pagenav">{i + 1}</a></li>'
                )
        if k == n - 1:
            lis.append(
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li><li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>'
            )
        else:
            lis.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{h(self.page_url(k + 1))}" class="pagenav">ถัดไป</a></li><li class="pagination-end"><a title="สุดท้าย" href="{h(self.page_url(n - 1))}" class="pagenav">สุดท้าย</a></li>'
            )
        content = f"""<div class="blog">
\t<h1>
\t{CAT}\t</h1>
{body}
\t\t<div class="pagination">
\t\t\t\t\t\t<p class="counter">
\t\t\t\tหน้า {k + 1} จาก {n}\t\t\t</p>
\t\t\t\t<ul>{"".join(lis)}</ul>\t</div>
</div>
"""
        return self.shell(CAT, content, f"<span>{CAT}</span>")

    # ------------------------------------------------------------------ article

    def text(self, a):
        out = []
        if a.extra["image"]:
            out.append(
                f'<div class="img-fulltext-left">\n<img src="/images/news/2567/{a.id}_full.jpg" alt=""/>\n</div>'
            )
        out.extend(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            out.append(f"<p>{a.extra['label']} {esc(a.source)}</p>")
        return "\n".join(out)

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        mod = ""
        if a.modified:
            mod = f'\t\t<dd class="modified">\n\t\tแก้ไขล่าสุด {lc2(a.modified)}\t\t</dd>\n'
        attach = ""
        if a.extra["attach"]:
            attach = f"""<div class="attachmentsContainer">
<div class="attachmentsList" id="attachmentsList_com_content_default_{a.id}">
<table>
<caption>ไฟล์แนบ:</caption>
<tbody>
<tr class="odd"><td class="at_filename"><a class="at_icon" href="/attachments/article/{a.id}/หนังสือแจ้ง.pdf" title="ดาวน์โหลดไฟล์แนบนี้"><img src="/components/com_attachments/media/icons/pdf.gif" alt="" /></a>&nbsp;<a class="at_url" href="/attachments/article/{a.id}/หนังสือแจ้ง.pdf" title="ดาวน์โหลดไฟล์แนบนี้">หนังสือแจ้ง.pdf</a></td><td class="at_file_size">{100 + a.id % 300} kB</td><td class="at_downloads">ดาวน์โหลด {a.id % 40 + 3} ครั้ง</td></tr>
</tbody></table>
</div>
</div>
"""
        share = f"""<div class="addtoany_container"><span class="a2a_label">แชร์</span><span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="http://www.satun-fishery.go.th{h(a.path)}" data-a2a-title="{esc(a.title)}">
<a class="a2a_button_facebook"></a><a class="a2a_button_twitter"></a><a class="a2a_button_line"></a><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share"></a>
</span>
<script type="text/javascript" src="//static.addtoany.com/menu/page.js"></script></div>"""
        pager = '<ul class="pagenav">\n'
        if newer:
            pager += f'\t<li class="pagenav-prev">\n\t\t<a href="{h(newer.path)}" rel="prev">&lt; ก่อนหน้า</a>\n\t</li>\n'
        if older:
            pager += f'\t<li class="pagenav-next">\n\t\t<a href="{h(older.path)}" rel="next">ถัดไป &gt;</a>\n\t</li>\n'
        pager += "</ul>\n"
        if a.extra["comment"]:
            c = a.id % 3
            comments = f"""<h4>ความคิดเห็น (1)</h4>
<div id="comments-list" class="comments-list">
<div class="even" id="comment-item-{a.id * 7}"><div class="rbox"><div class="comment-box">
<span class="comment-author">{COMMENTERS[c]}</span>
<span class="comment-date">{a.published + dt.timedelta(days=1, hours=3):%Y-%m-%d %H:%M}</span>
<div class="comment-body" id="comment-body-{a.id * 7}">{COMMENTS[c]}</div>
<span class="comments-vote"><span id="comment-vote-holder-{a.id * 7}"><a href="#" class="vote-good" title="ดี!"></a><a href="#" class="vote-poor" title="แย่!"></a><span class="vote-none">0</span></span></span>
</div></div></div>
</div>"""
        else:
            comments = (
                '<h4>ความคิดเห็น (0)</h4>\n<div id="comments-list" class="comments-list"></div>'
            )
        jc = f"""<script type="text/javascript" src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
<div id="jc">
<div id="comments">{comments}</div>
<h4>เพิ่มความคิดเห็น</h4>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">ชื่อ (จำเป็น)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">อีเมล์</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="ส่ง (Ctrl+Enter)">ส่ง</a></div></div><div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="ยกเลิก">ยกเลิก</a></div></div><div style="clear:both;"></div></div>
<div><input type="hidden" name="object_id" value="{a.id}" /><input type="hidden" name="object_group" value="com_content" /></div>
</form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div>
</div>"""
        content = f"""<div class="item-page">
\t<h1>
\t{CAT}\t</h1>
\t<h2>
\t\t\t<a href="{h(a.path)}">
\t\t{esc(a.title)}</a>
\t\t</h2>

\t<ul class="actions">
\t\t\t\t\t\t<li class="print-icon">
\t\t\t<a href="{h(a.path)}&amp;tmpl=component&amp;print=1&amp;layout=default&amp;page=" title="พิมพ์" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/media/system/images/printButton.png" alt="พิมพ์"  /></a>\t\t\t</li>
\t\t\t\t\t\t\t\t<li class="email-icon">
\t\t\t<a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link=a3e1{a.id}c9" title="อีเมล" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/media/system/images/emailButton.png" alt="อีเมล"  /></a>\t\t\t</li>
\t\t\t\t\t\t</ul>

 <dl class="article-info">
 <dt class="article-info-term">รายละเอียด</dt>
\t\t<dd class="category-name">
\t\t\t\t\t\tหมวด: <a href="{h(BLOG)}">{CAT}</a>\t\t</dd>
\t\t<dd class="create">
\t\tสร้างเมื่อ {lc2(a.published)}\t\t</dd>
{mod}\t\t<dd class="createdby">
\t\tเขียนโดย pr_satun\t\t</dd>
\t\t<dd class="hits">
\t\tฮิต: {a.views}\t\t</dd>
 </dl>

{self.text(a)}
{attach}{share}
{pager}{jc}
</div>
"""
        crumb = f'<a href="{h(BLOG)}" class="pathway">{CAT}</a> <img src="/media/system/images/arrow.png" alt=""  /> <span>{esc(a.title)}</span>'
        return self.shell(a.title, content, crumb, a)

    def deleted(self):
        content = f"""<div class="login">
\t<form action="/index.php?option=com_users&amp;task=user.login" method="post">
\t\t<fieldset>
\t\t\t<div class="login-fields"><label id="username-lbl" for="username" class="">ชื่อผู้ใช้</label><input type="text" name="username" id="username" value="" class="validate-username" size="25"/></div>
\t\t\t<div class="login-fields"><label id="password-lbl" for="password" class="">รหัสผ่าน</label><input type="password" name="password" id="password" value="" class="validate-password" size="25"/></div>
\t\t\t<button type="submit" class="button">เข้าสู่ระบบ</button>
\t\t\t<input type="hidden" name="return" value="{h(self.deleted_url)}" />
\t\t</fieldset>
\t</form>
</div>
<div>
\t<ul>
\t\t<li><a href="/index.php?option=com_users&amp;view=reset">ลืมรหัสผ่านของคุณ?</a></li>
\t\t<li><a href="/index.php?option=com_users&amp;view=remind">ลืมชื่อผู้ใช้ของคุณ?</a></li>
\t</ul>
</div>"""
        page = self.shell("เข้าสู่ระบบ", content, "<span>เข้าสู่ระบบ</span>")
        msg = """<div id="system-message-container">
<div id="system-message">
<div class="alert alert-error">
<h4 class="alert-heading">ข้อผิดพลาด</h4>
<div><p>คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</p></div>
</div>
</div>
</div>"""
        return page.replace('<div id="system-message-container">\n</div>', msg, 1)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "สร้างเมื่อ",
                "แก้ไขล่าสุด",
                "เขียนโดย",
                "pr_satun",
                f"ฮิต: {a.views}",
                "หมวด:",
                "รายละเอียด",
                "< ก่อนหน้า",
                "ถัดไป >",
                "ความคิดเห็น (",
                "เพิ่มความคิดเห็น",
                "ชื่อ (จำเป็น)",
                "JComments",
                "แชร์",
                "บทความที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                "ข่าวล่าสุด",
                "สถิติผู้เยี่ยมชม",
                "512,904",
                "จดจำการเข้าสู่ระบบ",
                "ลืมรหัสผ่านของคุณ?",
                "คุณอยู่ที่:",
                "ปิดข้อมูล",
                "ไปที่เนื้อหา",
                "Powered by",
                "ถนนสตูลธานี",
            ]
            if a.extra["comment"]:
                must_not += [COMMENTS[a.id % 3], COMMENTERS[a.id % 3]]
            if a.extra["attach"]:
                must_not += ["ไฟล์แนบ:", "หนังสือแจ้ง.pdf", "kB"]
            out.append(record(self, a, must_not))
        return out


SITE = Beez20Site()

if __name__ == "__main__":
    main(SITE)
