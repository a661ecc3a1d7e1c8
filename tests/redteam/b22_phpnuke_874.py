"""Blind-22 red-team site: a provincial information centre (ศูนย์ข้อมูลข่าวสารจังหวัดชัยนาท)
still running **PHP-Nuke 7.x** (the Thai language pack, a hand-made office theme) in
**windows-874**, built blind.

What it imitates (PHP-Nuke's public sources: `modules/News/article.php`, the Thai language
files `language/lang-thai.php` and `modules/News/language/lang-thai.php`, the stock themes):
- stories at `/modules.php?name=News&file=article&sid=N`, listed by the **Stories_Archive
  module** (`/modules.php?name=Stories_Archive&sa=show_all`, `…&min=10`, `…&min=20`: an offset,
  "ก่อนหน้า" / "ถัดไป" only; page 2's "ก่อนหน้า" is `&min=0`), a table "บทความ / ข้อคิดเห็น /
  คนอ่าน / วันที่ / หัวข้อ" with raw `YYYY-MM-DD` dates;
- the hand-made theme's header prints **the same `<title>` on every page** (the site name, no
  `$pagetitle`), then a long inline DHTML-menu script and style block, and only then PHP-Nuke's
  `meta.php` with **`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-874">`
  more than 4 KB into the document**; the server sends `Content-Type: text/html` with no charset.
  Title and menu labels before the meta are already windows-874 bytes; some headlines carry the
  corpus's curly quotes (windows-874-only bytes 0x93/0x94);
- `themearticle`: the title cell is "<category link>: headline" for categorised stories
  (PHP-Nuke prefixes `<font class="storycat">ข่าวกิจกรรม</font>: `) and the bare headline for
  the others; "ติดประกาศ : พฤหัสบดี 03 ก.ย. 20@ 14:47:00 ICT โดย cnt_admin" — the stock Thai
  `_DATESTRING` "%A %d %b %y@ %T %Z" under the th_TH locale: **weekday without "วัน",
  zero-padded day, abbreviated month, two-digit CE year glued to "@"**, time with seconds, "ICT";
  the topic image (right-aligned, alt = topic); `FormatStory`: the text in
  `<font class="content">` with `<br><br>` paragraphs, or, for stories sent in by a member,
  "**somchai_k บันทึก <i>"…"</i>**" (the whole text in quotes after the member's login);
  editor-typed "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" lines at the end of some texts;
- next to the story (article.php's right cell): "ข้อมูลเชื่อมโยงที่เกี่ยวข้อง" (ข้อมูลเพิ่มเติม
  <topic>, เสนอข่าวโดย <login>, เรื่องที่นิยมอ่านมากสุด <topic>: <another headline>),
  "การให้คะแนนบทความ" (คะแนนเฉลี่ย, radio buttons สุดยอด … แย่), "ส่วนเพิ่ม" (หน้าเอกสารสำหรับ
  เครื่องพิมพ์, ส่งเรื่องนี้ต่อให้เพื่อนอ่าน); below it the comments bar (the headline again,
  "สมัครสมาชิกที่นี่", threshold/sort form, the Thai disclaimer, "ผู้ไม่ลงทะเบียน ไม่มีสิทธิ์
  แสดงความเห็น"); left blocks: เมนูหลัก, เข้าสู่ระบบ, ผู้ที่กำลังใช้งานขณะนี้; footer with the site
  counter "มีผู้เข้าเยี่ยมชม … คน ตั้งแต่ …", the PHP-Nuke copyright line and page-generation time;
- **no per-article counter on the story page** (PHP-Nuke passes `counter` only to the index and
  the archive: "(1234 คนอ่าน)"), no modification date, no tags;
- deleted story (removed by the admin, still linked from a stale archive page 2): a patched
  article.php answers 200 with the News module's own "เสียใจไม่มีข้อมูลสำหรับกระทู้ที่เลือก" box.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, TZ, Article, esc, main
from .b8_common import record
from .b20b_common import B9Site, build

SITENAME = "ศูนย์ข้อมูลข่าวสารจังหวัดชัยนาท :: Chainat Provincial Information Center"
ARCHIVE = "/modules.php?name=Stories_Archive&sa=show_all"
ADMIN = "cnt_admin"
MEMBERS = ["somchai_k", "pr_chainat"]
TOPICS = [
    (3, "ข่าวจังหวัด", "province.gif"),
    (5, "ข่าวรัฐบาล", "govt.gif"),
    (7, "ข่าวเกษตร", "agri.gif"),
]
SOURCES = [
    ("ที่มา :", "สำนักงานประชาสัมพันธ์จังหวัดชัยนาท"),
    (None, None),
    ("ข่าว/ภาพ :", "กลุ่มงานประชาสัมพันธ์ ศาลากลางจังหวัดชัยนาท"),
    (None, None),
    ("เรียบเรียง :", "ศูนย์ข้อมูลข่าวสารจังหวัดชัยนาท"),
    ("ที่มา :", "กรมประชาสัมพันธ์"),
    (None, None),
]
WEEKDAYS_TH = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
DELETED_SID = 1402


def nuke_date(d: dt.datetime) -> str:
    """strftime('%A %d %b %y@ %T %Z') under th_TH: 'พฤหัสบดี 03 ก.ย. 20@ 14:47:00 ICT'."""
    return f"{WEEKDAYS_TH[d.weekday()]} {d.day:02d} {MONTHS_ABBR[d.month - 1]} {d:%y}@ {d:%H:%M:%S} ICT"


def story_path(sid: int) -> str:
    return f"/modules.php?name=News&file=article&sid={sid}"


def amp(path: str) -> str:
    return path.lstrip("/").replace("&", "&amp;")


MENU_JS = "\n".join(
    f'Menu{i}=new Array("{label}","{href}","",{n},20,{w});'
    for i, (label, href, n, w) in enumerate(
        [
            ("หน้าแรก", "index.php", 0, 90),
            ("ข้อมูลจังหวัด", "modules.php?name=Content&pa=showpage&pid=1", 4, 110),
            ("ข่าวประชาสัมพันธ์", "modules.php?name=News", 3, 130),
            ("คลังข่าว", "modules.php?name=Stories_Archive", 0, 90),
            ("ดาวน์โหลด", "modules.php?name=Downloads", 0, 90),
            ("กระดานข่าว", "modules.php?name=Forums", 0, 100),
            ("ติดต่อเรา", "modules.php?name=Feedback", 0, 90),
        ],
        start=1,
    )
)
SUBMENU_JS = "\n".join(
    f'Menu{p}_{j}=new Array("{label}","{href}","",0,20,160);'
    for p, items in (
        (
            2,
            [
                ("ประวัติจังหวัด", "modules.php?name=Content&pa=showpage&pid=1"),
                ("วิสัยทัศน์ พันธกิจ", "modules.php?name=Content&pa=showpage&pid=2"),
                ("ทำเนียบผู้บริหาร", "modules.php?name=Content&pa=showpage&pid=3"),
                ("แผนที่จังหวัด", "modules.php?name=Content&pa=showpage&pid=4"),
            ],
        ),
        (
            3,
            [
                ("ข่าวจังหวัด", "modules.php?name=News&new_topic=3"),
                ("ข่าวรัฐบาล", "modules.php?name=News&new_topic=5"),
                ("ข่าวเกษตร", "modules.php?name=News&new_topic=7"),
            ],
        ),
    )
    for j, (label, href) in enumerate(items, start=1)
)
# the HVMenu-style engine the theme pastes into <head>, ahead of PHP-Nuke's meta.php
MENU_ENGINE = """var NoOffFirstLineMenus=7;
var LowBgColor="#1F4E79";var LowSubBgColor="#DCE6F1";var HighBgColor="#F2A900";
var HighSubBgColor="#FFE699";var FontLowColor="#FFFFFF";var FontSubLowColor="#000000";
var FontHighColor="#000000";var FontSubHighColor="#000000";var BorderColor="#1F4E79";
var BorderSubColor="#8EA9DB";var BorderWidth=1;var BorderBtwnElmnts=1;
var FontFamily="MS Sans Serif,Tahoma";var FontSize=8;var FontBold=1;var FontItalic=0;
var MenuTextCentered="center";var MenuCentered="left";var MenuVerticalCentered="top";
var ChildOverlap=.2;var ChildVerticalOverlap=.2;var StartTop=118;var StartLeft=0;
var VerCorrect=0;var HorCorrect=0;var LeftPaddng=3;var TopPaddng=2;var FirstLineHorizontal=1;
var MenuFramesVertical=0;var DissapearDelay=1000;var TakeOverBgColor=1;var FirstLineFrame="";
var SecLineFrame="";var DocTargetFrame="";var TargetLoc="";var HideTop=0;var MenuWrap=1;
var RightToLeft=0;var UnfoldsOnClick=0;var WebMasterCheck=0;var ShowArrow=1;var KeepHilite=1;
var Arrws=["themes/Chainat/images/tri.gif",5,10,"themes/Chainat/images/tridown.gif",10,5,"themes/Chainat/images/trileft.gif",5,10];
function BeforeStart(){return;}
function AfterBuild(){return;}
function BeforeFirstOpen(){return;}
function AfterCloseAll(){return;}
var AgntUsr=navigator.userAgent.toLowerCase(),DomYes=document.getElementById?1:0;
var NavYes=AgntUsr.indexOf("mozilla")!=-1&&AgntUsr.indexOf("compatible")==-1?1:0;
var ExpYes=AgntUsr.indexOf("msie")!=-1?1:0,Opr=AgntUsr.indexOf("opera")!=-1?1:0;
var DomNav=DomYes&&NavYes?1:0,DomExp=DomYes&&ExpYes?1:0,Nav4=NavYes&&!DomYes&&document.layers?1:0;
var Exp4=ExpYes&&!DomYes&&document.all?1:0,PosStrt=(NavYes||ExpYes)&&!Opr?1:0;
var FrstLoc,ScLoc,DcLoc,ScWinWdth,ScWinHght,FrstWinWdth,FrstWinHght,ScLdAgainWin,FrstCntnr;
var SecLdAgainWin,ScndCntnr,CntrlWin,SLdAgainWin,Ztop=100,ShwFlg=0,FrstCreat=1,Loadd=0,Creatd=0;
var IniFlg,AcrssFrms=1,FrstWdth,FrstHght,CntrlMnu,FrstMnu,RLvl,DpthTrck,LMnu,ObjMnu,CloseTmr=null;
function Go(){if(!Loadd||!PosStrt)return;BeforeStart();Creatd=0;Loadd=0;CntrlWin=window;
FrstLoc=FirstLineFrame==""?window:parent.frames[FirstLineFrame];
ScLoc=SecLineFrame==""?window:parent.frames[SecLineFrame];
DcLoc=DocTargetFrame==""?window:parent.frames[DocTargetFrame];
if(FrstLoc==ScLoc)AcrssFrms=0;if(AcrssFrms)FirstLineHorizontal=MenuFramesVertical?0:1;
FrstWinWdth=ExpYes?FrstLoc.document.body.clientWidth:FrstLoc.innerWidth;
FrstWinHght=ExpYes?FrstLoc.document.body.clientHeight:FrstLoc.innerHeight;
ScWinWdth=ExpYes?ScLoc.document.body.clientWidth:ScLoc.innerWidth;
ScWinHght=ExpYes?ScLoc.document.body.clientHeight:ScLoc.innerHeight;
if(Nav4){CntrlMnu=new Array();for(var a=1;a<=NoOffFirstLineMenus;a++)CntrlMnu[a]=null;}
IniFlg=1;ClcWdth=FrstWinWdth;Creatd=1;AfterBuild();Initiate();}
function Initiate(){if(IniFlg){Init(FrstCntnr);IniFlg=0;if(ShwFlg)AfterCloseAll();ShwFlg=0;}}
function Init(CntnrPntr){return CntnrPntr;}
function CalcCntnrSize(){return 0;}
function ClearAllChilds(){return 0;}
function OpenMenu(){return 0;}
function CloseMenu(){return 0;}
function RePos(){if(!Creatd)return;}
window.onresize=RePos;
function StartMenu(){Loadd=1;Go();}
"""
STYLE = """<style type="text/css">
body { margin: 0; background: #E7EEF6 url(themes/Chainat/images/bg.gif); }
td, p, div, font.content { font-family: "MS Sans Serif", Tahoma, sans-serif; font-size: 10pt; }
font.title { font-size: 11pt; color: #1F4E79; }
font.storycat { color: #B85C00; }
font.tiny { font-size: 8pt; color: #555555; }
font.option { font-size: 10pt; font-weight: bold; }
a:link, a:visited { color: #1F4E79; text-decoration: none; }
a:hover { color: #B85C00; text-decoration: underline; }
.boxtitle { background: #1F4E79 url(themes/Chainat/images/boxtitle.gif); color: #FFFFFF; }
.boxcontent { background: #FFFFFF; }
</style>"""


class PhpNukeSite(B9Site):
    key = "b22_phpnuke_874"
    family = "generic"
    imitates = "PHP-Nuke 7.x (Thai language pack, hand-made theme) in windows-874, header without charset and the only declaration a meta more than 4 KB into the page (after a DHTML-menu script), same <title> everywhere; modules.php?name=News&file=article&sid=N; Stories_Archive show_all&min=N listing; themearticle 'category: headline', 'ติดประกาศ : พฤหัสบดี 03 ก.ย. 20@ 14:47:00 ICT' (two-digit CE year), member-submitted stories as 'login บันทึก <i>\"…\"</i>', related/rating/options boxes, comments bar, no per-article counter; deleted sid = 'เสียใจไม่มีข้อมูลสำหรับกระทู้ที่เลือก' (200)"
    listing_path = ARCHIVE
    charset = "cp874"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 23, 30, [None], dt.datetime(2020, 9, 25, 17, 0), first_id=1337, step=3
        )
        for i, a in enumerate(self.articles):
            a.path = story_path(a.id)
            a.tags = []
            a.time_printed = True  # strftime's %T: every story shows its time
            a.modified = None
            a.published = a.published.replace(second=(a.id * 7) % 60)
            label, office = SOURCES[i % len(SOURCES)]
            a.extra["label"] = label
            a.source = office
            a.extra["topic"] = TOPICS[i % 3]
            a.extra["cat"] = "ข่าวกิจกรรม" if i % 3 == 1 else None
            a.extra["informant"] = MEMBERS[i % 2] if i % 5 == 3 else ADMIN
        self.setup_routes()

    def page_url(self, k):
        return ARCHIVE if k == 0 else f"{ARCHIVE}&min={k * 10}"

    def deleted_paths(self):
        return [story_path(DELETED_SID)]

    def extra_route(self, key, query):
        if key == f"{ARCHIVE}&min=0":
            return self.html_response(self.listing(0))
        return None

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    # ------------------------------------------------------------------ theme

    def sidebox(self, title, content, width=150):
        return f"""<table border="0" cellpadding="0" cellspacing="0" width="{width}">
<tr><td class="boxtitle" height="20">&nbsp;<font color="#FFFFFF"><b>{title}</b></font></td></tr>
<tr><td class="boxcontent" style="padding:4px"><font class="content">{content}</font></td></tr>
</table><br>
"""

    def shell(self, center):
        head = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{SITENAME}</title>
<script language="JavaScript" type="text/javascript">
<!--
{MENU_JS}
{SUBMENU_JS}
{MENU_ENGINE}//-->
</script>
{STYLE}
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-874">
<META HTTP-EQUIV="EXPIRES" CONTENT="0">
<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT">
<META NAME="DISTRIBUTION" CONTENT="GLOBAL">
<META NAME="AUTHOR" CONTENT="{SITENAME}">
<META NAME="COPYRIGHT" CONTENT="Copyright (c) by {SITENAME}">
<META NAME="KEYWORDS" CONTENT="ชัยนาท, ข่าวจังหวัด, ศูนย์ข้อมูลข่าวสาร, ประชาสัมพันธ์">
<META NAME="DESCRIPTION" CONTENT="ศูนย์ข้อมูลข่าวสารจังหวัดชัยนาท">
<META NAME="ROBOTS" CONTENT="INDEX, FOLLOW">
<META NAME="REVISIT-AFTER" CONTENT="1 DAYS">
<META NAME="RATING" CONTENT="GENERAL">
<META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2005 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">
<LINK REL="StyleSheet" HREF="themes/Chainat/style/style.css" TYPE="text/css">
<LINK REL="alternate" TITLE="{SITENAME}" HREF="backend.php" TYPE="application/rss+xml">
</head>
"""
        assert head.encode("cp874", "xmlcharrefreplace").find(b"charset=windows-874") > 4096
        modules = "<br>".join(
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="{h}">{t}</a>'
            for t, h in [
                ("หน้าแรก", "index.php"),
                ("ข่าวประชาสัมพันธ์", "modules.php?name=News"),
                ("คลังข่าว", "modules.php?name=Stories_Archive"),
                ("หัวข้อข่าว", "modules.php?name=Topics"),
                ("ดาวน์โหลด", "modules.php?name=Downloads"),
                ("กระดานข่าว", "modules.php?name=Forums"),
                ("ค้นหา", "modules.php?name=Search"),
            ]
        )
        login = """<form action="modules.php?name=Your_Account" method="post"><center>ชื่อเรียก<br><input type="text" name="username" size="10" maxlength="25"><br>รหัสผ่าน<br><input type="password" name="user_password" size="10" maxlength="20"><br><input type="hidden" name="op" value="login"><input type="submit" value="เข้าสู่ระบบ"></center></form><center><small>ยังไม่ได้เป็นสมาชิก? <a href="modules.php?name=Your_Account&amp;op=new_user">สมัครสมาชิก</a></small></center>"""
        online = 'ขณะนี้มี 14 บุคคลทั่วไป และ 0 สมาชิกเข้าชม<br><br>ท่านยังไม่ได้ลงทะเบียนเป็นสมาชิก หากท่านต้องการ กรุณาสมัครฟรีได้<a href="modules.php?name=Your_Account">ที่นี่</a>'
        left = (
            self.sidebox("เมนูหลัก", modules)
            + self.sidebox("เข้าสู่ระบบ", login)
            + self.sidebox("ผู้ที่กำลังใช้งานขณะนี้", online)
        )
        return f"""{head}<body bgcolor="#E7EEF6" text="#000000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onload="StartMenu()">
<table border="0" cellpadding="0" cellspacing="0" width="900" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><a href="index.php"><img src="themes/Chainat/images/header.jpg" width="900" height="118" border="0" alt="ยินดีต้อนรับสู่ {SITENAME}"></a></td></tr>
<tr><td colspan="3" bgcolor="#1F4E79" height="22">&nbsp;</td></tr>
<tr><td colspan="3" bgcolor="#DCE6F1"><marquee scrollamount="2"><font class="content">ยินดีต้อนรับสู่เว็บไซต์ศูนย์ข้อมูลข่าวสารจังหวัดชัยนาท &quot;ชัยนาท เมืองนกน้อย ถิ่นสะพรั่งส้มโอ&quot;</font></marquee></td></tr>
<tr valign="top">
<td width="160" bgcolor="#F2F6FB" style="padding:5px">
{left}</td>
<td width="10"><img src="themes/Chainat/images/pixel.gif" width="10" height="1" border="0" alt=""></td>
<td width="730" style="padding-top:8px">
{center}
</td>
</tr>
</table>
<table border="0" cellpadding="4" cellspacing="0" width="900" align="center" bgcolor="#1F4E79">
<tr><td align="center"><font class="tiny" color="#FFFFFF">มีผู้เข้าเยี่ยมชม 1,284,377 คน ตั้งแต่ มกราคม 2548<br>
ศาลากลางจังหวัดชัยนาท ถนนพรหมประเสริฐ อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000 โทร. 0-5641-1355<br>
PHP-Nuke Copyright &copy; 2005 by Francisco Burzi. This is free software, and you may redistribute it under the <a href="http://phpnuke.org/files/gpl.txt"><font color="#FFFFFF">GPL</font></a>. PHP-Nuke comes with absolutely no warranty, for details, see the <a href="http://phpnuke.org/files/gpl.txt"><font color="#FFFFFF">license</font></a>.<br>
การสร้างหน้าเอกสาร: 0.0914 วินาที</font></td></tr>
</table>
</body>
</html>
"""

    def open_table(self, inner):
        return f"""<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#8EA9DB"><tr><td>
<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#FFFFFF"><tr><td>
{inner}
</td></tr></table></td></tr></table>"""

    # ------------------------------------------------------------------ archive

    def listing(self, k):
        items = list(self.pages[k])
        if k == 1:
            gone = Article(
                id=DELETED_SID,
                title="ประกาศจังหวัดชัยนาท เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ",
                paras=["-"],
                published=items[4].published + dt.timedelta(hours=1),
                time_printed=True,
                views=88,
            )
            gone.path = story_path(DELETED_SID)
            gone.extra["topic"] = TOPICS[0]
            items.insert(5, gone)
        rows = "".join(
            f'<tr><td bgcolor="#FFFFFF"><a href="{amp(a.path)}">{esc(a.title)}</a></td>'
            f'<td bgcolor="#FFFFFF" align="center">0</td>'
            f'<td bgcolor="#FFFFFF" align="center">{a.views}</td>'
            f'<td bgcolor="#FFFFFF" align="center">{a.published:%Y-%m-%d}</td>'
            f'<td bgcolor="#FFFFFF" align="center"><a href="modules.php?name=News&amp;new_topic={a.extra["topic"][0]}">{a.extra["topic"][1]}</a></td></tr>\n'
            for a in items
        )
        nav = []
        if k > 0:
            nav.append(f'<a href="{amp(ARCHIVE)}&amp;min={(k - 1) * 10}">ก่อนหน้า</a>')
        if k < len(self.pages) - 1:
            nav.append(f'<a href="{amp(ARCHIVE)}&amp;min={(k + 1) * 10}">ถัดไป</a>')
        inner = f"""<center><font class="title"><b>คลังบทความ</b></font></center><br>
<table border="0" width="100%" cellpadding="3" cellspacing="1" bgcolor="#8EA9DB">
<tr><td bgcolor="#DCE6F1" align="left"><b>บทความ</b></td><td bgcolor="#DCE6F1" align="center"><b>ข้อคิดเห็น</b></td><td bgcolor="#DCE6F1" align="center"><b>คนอ่าน</b></td><td bgcolor="#DCE6F1" align="center"><b>วันที่</b></td><td bgcolor="#DCE6F1" align="center"><b>หัวข้อ</b></td></tr>
{rows}</table>
<br><center>[ {" | ".join(nav)} ]</center>
<br><center>[ <a href="modules.php?name=Stories_Archive">กลับไปที่คลังบทความ</a> ]</center>"""
        return self.shell(self.open_table(inner))

    # ------------------------------------------------------------------ story

    def most_read(self, a):
        same = [x for x in self.articles if x.extra["topic"] == a.extra["topic"] and x is not a]
        return max(same, key=lambda x: x.views)

    def story_text(self, a):
        text = "<br><br>".join(esc(p) for p in a.paras)
        if a.extra["label"]:
            text += f"<br><br>{a.extra['label']} {esc(a.source)}"
        inf = a.extra["informant"]
        if inf == ADMIN:
            return f'<font class="content">{text}</font>'
        return f'<font class="content"><a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={inf}">{inf}</a> บันทึก <i>"{text}"</i></font>'

    def detail(self, a):
        tid, tname, timg = a.extra["topic"]
        title = esc(a.title)
        if a.extra["cat"]:
            title = f'<a href="modules.php?name=News&amp;file=categories&amp;op=newindex&amp;catid=2"><font class="storycat">{a.extra["cat"]}</font></a>: {title}'
        article = f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#8EA9DB"><tr><td>
<table border="0" cellpadding="3" cellspacing="1" width="100%">
<tr><td bgcolor="#DCE6F1"><font class="title"><b>{title}</b></font><br>
<font class="tiny">ติดประกาศ : {nuke_date(a.published)} โดย <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={ADMIN}">{ADMIN}</a></font></td></tr>
<tr><td bgcolor="#FFFFFF">
<a href="modules.php?name=News&amp;new_topic={tid}"><img src="images/topics/{timg}" border="0" alt="{tname}" title="{tname}" align="right" hspace="10" vspace="10"></a>
{self.story_text(a)}
</td></tr></table></td></tr></table>"""
        mr = self.most_read(a)
        related = (
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;new_topic={tid}">ข้อมูลเพิ่มเติม {tname}</a><br>'
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;author={ADMIN}">เสนอข่าวโดย {ADMIN}</a><br>'
            f'<hr noshade width="95%" size="1"><center><b>เรื่องที่นิยมอ่านมากสุด {tname}:</b><br>'
            f'<a href="{amp(mr.path)}">{esc(mr.title)}</a></center>'
        )
        rating = f"""<form action="modules.php?name=News" method="post"><center>คะแนนเฉลี่ย: <b>0</b><br>จำนวนผู้ลงคะแนน: <b>0</b><br><br>โปรดสละเวลาให้คะแนนสำหรับบทความนี้:<br><input type="hidden" name="sid" value="{a.id}"><input type="hidden" name="op" value="rate_article"></center>
<input type="radio" name="score" value="5"> สุดยอด<br><input type="radio" name="score" value="4"> ดีมาก<br><input type="radio" name="score" value="3"> ดี<br><input type="radio" name="score" value="2"> ธรรมดา<br><input type="radio" name="score" value="1"> แย่<br>
<center><input type="submit" value="ลงคะแนน"></center></form>"""
        options = (
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;file=print&amp;sid={a.id}"><img src="images/print.gif" border="0" alt="หน้าเอกสารสำหรับเครื่องพิมพ์" width="16" height="11"></a>&nbsp;<a href="modules.php?name=News&amp;file=print&amp;sid={a.id}">หน้าเอกสารสำหรับเครื่องพิมพ์</a><br>'
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={a.id}"><img src="images/friend.gif" border="0" alt="ส่งเรื่องนี้ต่อให้เพื่อนอ่าน" width="16" height="11"></a>&nbsp;<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={a.id}">ส่งเรื่องนี้ต่อให้เพื่อนอ่าน</a>'
        )
        boxes = (
            self.sidebox("ข้อมูลเชื่อมโยงที่เกี่ยวข้อง", related, 170)
            + self.sidebox("การให้คะแนนบทความ", rating, 170)
            + self.sidebox("ส่วนเพิ่ม", options, 170)
        )
        comments = f"""<a name="comments"></a>
<table width="99%" border="0" cellspacing="1" cellpadding="2" bgcolor="#8EA9DB"><tr><td bgcolor="#FFFFFF">
<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#DCE6F1" width="100%" align="center"><font class="content"><b>&quot;{esc(a.title)}&quot;</b> | <a href="modules.php?name=Your_Account&amp;op=new_user">เข้าสู่ระบบ/สมัครสมาชิกที่นี่</a> | 0 ข้อคิดเห็น</font></td></tr>
<tr><td bgcolor="#FFFFFF" align="center"><form method="post" action="modules.php?name=News&amp;file=article"><font class="content">ที่คะแนน <select name="thold"><option value="-1">-1</option><option value="0" selected>0</option><option value="1">1</option></select> <select name="mode"><option value="nocomments">ไม่มีความเห็น</option><option value="flat">แสดงแนวตรง</option><option value="thread" selected>แสดงตามระดับ</option></select> <select name="order"><option value="0" selected>เก่าก่อน</option><option value="1">ใหม่ก่อน</option><option value="2">เรียงตามคะแนนสูงก่อน</option></select><input type="hidden" name="sid" value="{a.id}"><input type="submit" value="แสดงผล"></font></form></td></tr>
<tr><td bgcolor="#F2F6FB" align="center"><font class="tiny">ความคิดเห็นที่แสดงนี้เป็นของเป็นของผู้ลงประกาศ. ทางเว็บไซต์ ไม่ขอรับผิดชอบในเนื้อหาเหล่านี้.</font></td></tr>
</table></td></tr></table>
<center><font class="content">ผู้ไม่ลงทะเบียน ไม่มีสิทธิ์แสดงความเห็น , โปรด <a href="modules.php?name=Your_Account">ลงทะเบียน</a></font></center>"""
        center = f"""<table width="100%" border="0"><tr><td valign="top" width="100%">
{article}
</td><td>&nbsp;</td><td valign="top">
{boxes}</td></tr></table>
{comments}"""
        return self.shell(center)

    def deleted(self):
        inner = """<center><font class="title">เสียใจไม่มีข้อมูลสำหรับกระทู้ที่เลือก</font><br><br>
[ <a href="modules.php?name=News">กลับไปที่ดัชนีจดหมาย</a> | <a href="index.php">กลับไปที่หน้าแรก</a> ]</center>"""
        return self.shell(self.open_table(inner))

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            tid, tname, _ = a.extra["topic"]
            inf = a.extra["informant"]
            must_not = [
                SITENAME,
                "ติดประกาศ",
                nuke_date(a.published),
                a.extra["cat"] or "",
                inf if inf != ADMIN else "",
                f"ข้อมูลเพิ่มเติม {tname}",
                f"เสนอข่าวโดย {ADMIN}",
                f"เรื่องที่นิยมอ่านมากสุด {tname}",
                self.most_read(a).title,
                "การให้คะแนนบทความ",
                "โปรดสละเวลาให้คะแนนสำหรับบทความนี้",
                "หน้าเอกสารสำหรับเครื่องพิมพ์",
                "ส่งเรื่องนี้ต่อให้เพื่อนอ่าน",
                "เข้าสู่ระบบ/สมัครสมาชิกที่นี่",
                "ความคิดเห็นที่แสดงนี้เป็นของเป็นของผู้ลงประกาศ",
                "ผู้ไม่ลงทะเบียน ไม่มีสิทธิ์แสดงความเห็น",
                "ผู้ที่กำลังใช้งานขณะนี้",
                "มีผู้เข้าเยี่ยมชม 1,284,377 คน",
                "PHP-Nuke Copyright",
                "การสร้างหน้าเอกสาร",
                "ชัยนาท เมืองนกน้อย ถิ่นสะพรั่งส้มโอ",
                "ถนนพรหมประเสริฐ",
            ]
            out.append(record(self, a, must_not, views=False, tags=False))
        return out


assert TZ.utcoffset(None) == dt.timedelta(hours=7)
SITE = PhpNukeSite()

if __name__ == "__main__":
    main(SITE)
