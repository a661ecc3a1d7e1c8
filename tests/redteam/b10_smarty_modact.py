"""Blind-10 red-team site: an in-house PHP + Smarty 2 site of a เทศบาลเมือง, front
controller `index.php?mod=…&act=…`, built blind.

What it imitates:
- one front controller: the listing `index.php?mod=news&act=list&cid=2` and
  `&page=N`, details `index.php?mod=news&act=view&id=N` (relative hrefs, `&amp;`-escaped);
  the same `<title>` "เทศบาลเมืองบ้านโป่ง" everywhere; Smarty's `{* … *}` comments stripped,
  but `<!-- BEGIN news_detail.tpl -->` markers left by the developer;
- the detail: `div#news-detail` holding everything: a tool row ("ขนาดตัวอักษร" `ก-` `ก` `ก+`,
  "พิมพ์", "PDF", "ส่งต่อเพื่อน"), `h3.news-topic` (the `h1` is the municipality's banner),
  the date line "วันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ พ.ศ. ๒๕๖๗" (**Thai digits, weekday, "พ.ศ."**)
  followed for some by "เวลา ๑๐.๓๐ น.", "ผู้เข้าชม ๑,๒๓๔ คน" (Thai digits, "คน"), the text in
  `div.news-content` as `&nbsp;`-indented `<p>`s, the source with the label the editor used
  ("ข้อมูลจาก :", "แหล่งข่าว :" or "ข่าว/ภาพ :"), "ปรับปรุงล่าสุด 20/02/2567 14:05" only for
  edited items (d/m/BE, Arabic digits), "คำสำคัญ :" tag links, share buttons, and
  "ข่าวอื่นๆ ในหมวดเดียวกัน" with Thai-digit short dates;
- the listing: `ul.news-list` items "headline" + "(๑๕/๐๒/๒๕๖๗)" and "อ่าน ๑๒๓", pager
  "« ก่อนหน้า | 1 | 2 | 3 | ถัดไป »" in `div.pagination`;
- the deleted id: the same template with an empty headline, empty date and "ผู้เข้าชม ๐ คน"
  and no text (200) -- Smarty printing an empty record.
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main, thai_digits
from .b10_common import B9Site, be, build, record, thai_num, weekday_pss_th

TOWN = "เทศบาลเมืองบ้านโป่ง"
SOURCES = [
    None,
    "งานประชาสัมพันธ์ เทศบาลเมืองบ้านโป่ง",
    None,
    "กองสาธารณสุขและสิ่งแวดล้อม",
    "กองการศึกษา",
    None,
]
LABELS = ["ข้อมูลจาก :", "แหล่งข่าว :", "ข่าว/ภาพ :"]
DELETED_ID = 1187


def dmy_th(d):
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{be(d)}")


class SmartySite(B9Site):
    key = "b10_smarty_modact"
    family = "generic"
    imitates = "in-house PHP + Smarty site of a เทศบาลเมือง: index.php?mod=news&act=view&id=N / act=list&cid=2&page=N, same <title>, banner h1, h3.news-topic inside div#news-detail with font-size/print/PDF tools, 'วันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ พ.ศ. ๒๕๖๗' + 'เวลา ๑๐.๓๐ น.' (Thai digits), 'ผู้เข้าชม ๑,๒๓๔ คน', source labels ข้อมูลจาก/แหล่งข่าว/ข่าว/ภาพ, 'ปรับปรุงล่าสุด' for edited items, คำสำคัญ tags, other news; deleted = empty record in the template (200)"
    listing_path = "/index.php?mod=news&act=list&cid=2"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 25, 27, SOURCES, dt.datetime(2024, 6, 28, 15, 0), first_id=1180, step=3
        )
        for a in self.articles:
            a.path = f"/index.php?mod=news&act=view&id={a.id}"
            if a.modified and a.modified.date() == a.published.date():
                a.modified = None
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}&page={k + 1}"

    def href(self, path):
        return path.lstrip("/").replace("&", "&amp;")

    def deleted_paths(self):
        return [f"/index.php?mod=news&act=view&id={DELETED_ID}"]

    def route(self, path, query, raw_query, base):
        if path == "/":
            path = "/index.php"
        return super().route(path, query, raw_query, base)

    def shell(self, content):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{TOWN}</title>
<link href="templates/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="js/fontsize.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><h1><img src="templates/default/images/logo.png" alt="" /> {TOWN} <small>อำเภอบ้านโป่ง จังหวัดราชบุรี</small></h1></div>
<div id="topmenu"><ul><li><a href="index.php">หน้าแรก</a></li><li><a href="index.php?mod=page&amp;act=view&amp;id=1">ข้อมูลทั่วไป</a></li><li><a href="index.php?mod=news&amp;act=list&amp;cid=2">ข่าวประชาสัมพันธ์</a></li><li><a href="index.php?mod=news&amp;act=list&amp;cid=3">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="index.php?mod=webboard">กระดานสนทนา</a></li><li><a href="index.php?mod=contact">ติดต่อเรา</a></li></ul></div>
<div id="main">
<div id="left">
<div class="box"><div class="box-title">นายกเทศมนตรี</div><div class="box-body" style="text-align:center"><img src="upload/mayor.jpg" width="150" alt="" /><br />นายสมชาย ใจดีงาม<br />นายกเทศมนตรีเมืองบ้านโป่ง</div></div>
<div class="box"><div class="box-title">บริการประชาชน</div><div class="box-body"><ul><li><a href="index.php?mod=service&amp;act=tax">ชำระภาษีออนไลน์</a></li><li><a href="index.php?mod=complain">ร้องเรียนร้องทุกข์</a></li><li><a href="index.php?mod=download">ดาวน์โหลดแบบฟอร์ม</a></li></ul></div></div>
<div class="box"><div class="box-title">สถิติผู้เข้าชมเว็บไซต์</div><div class="box-body">ออนไลน์ 7 คน<br />วันนี้ 212 คน<br />ทั้งหมด 845,120 คน</div></div>
</div>
<div id="content">
{content}
</div>
</div>
<div id="footer">{TOWN} 99 ถนนแสงชูโต ตำบลบ้านโป่ง อำเภอบ้านโป่ง จังหวัดราชบุรี 70110 โทร. 032-211-555<br />Powered by Smarty Template Engine</div>
</div>
</body>
</html>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.li(a.path, a.title, a.published, a.views))
            if k == 1 and j == 5:
                items.append(
                    self.li(
                        self.deleted_paths()[0],
                        "ประกาศเทศบาลเมืองบ้านโป่ง เรื่อง การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
                        dt.datetime(2024, 4, 2),
                        66,
                    )
                )
        n = len(self.pages)
        pg = []
        pg.append(
            f'<a href="{self.href(self.page_url(k - 1))}">&laquo; ก่อนหน้า</a>'
            if k
            else '<span class="disabled">&laquo; ก่อนหน้า</span>'
        )
        for i in range(n):
            pg.append(
                f'<span class="current">{i + 1}</span>'
                if i == k
                else f'<a href="{self.href(self.page_url(i))}">{i + 1}</a>'
            )
        pg.append(
            f'<a href="{self.href(self.page_url(k + 1))}">ถัดไป &raquo;</a>'
            if k < n - 1
            else '<span class="disabled">ถัดไป &raquo;</span>'
        )
        content = f"""<!-- BEGIN news_list.tpl -->
<div class="content-title">ข่าวประชาสัมพันธ์</div>
<ul class="news-list">{"".join(items)}</ul>
<div class="pagination">{" | ".join(pg)}</div>
<!-- END news_list.tpl -->"""
        return self.shell(content)

    def li(self, path, title, d, views):
        return f'<li><img src="templates/default/images/bullet.gif" alt="" /> <a href="{self.href(path)}">{esc(title)}</a> <span class="date">({dmy_th(d)})</span> <span class="hit">อ่าน {thai_digits(views)}</span></li>'

    def others(self, a):
        return [x for x in self.articles if x is not a][:6]

    def detail(self, a):
        return self.shell(self.detail_block(a.id, a.title, a, a.views))

    def detail_block(self, nid, title, a, views):
        if a is None:
            date_line, body, src, mod, tags, oth = "", "", "", "", "", ""
        else:
            d = a.published
            date_line = weekday_pss_th(d)
            if a.time_printed:
                date_line += thai_digits(f" เวลา {d.hour:02d}.{d.minute:02d} น.")
            body = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
            src = (
                f'<p class="news-source"><strong>{LABELS[a.id % 3]}</strong> {esc(a.source)}</p>'
                if a.source
                else ""
            )
            mod = ""
            if a.modified:
                m = a.modified
                mod = f'<div class="news-update">ปรับปรุงล่าสุด {m.day:02d}/{m.month:02d}/{be(m)} {m.hour:02d}:{m.minute:02d}</div>'
            tags = (
                (
                    '<div class="news-tags">คำสำคัญ : '
                    + ", ".join(
                        f'<a href="index.php?mod=news&amp;act=tag&amp;tag={esc(t)}">{esc(t)}</a>'
                        for t in a.tags
                    )
                    + "</div>"
                )
                if a.tags
                else ""
            )
            oth = (
                '<div class="other-news"><div class="other-title">ข่าวอื่นๆ ในหมวดเดียวกัน</div><ul>'
                + "".join(
                    f'<li><a href="{self.href(x.path)}">{esc(x.title)}</a> <span class="date">({dmy_th(x.published)})</span></li>'
                    for x in self.others(a)
                )
                + "</ul></div>"
            )
        return f"""<!-- BEGIN news_detail.tpl -->
<div class="content-title">ข่าวประชาสัมพันธ์</div>
<div id="news-detail">
<div class="news-tools"><span>ขนาดตัวอักษร</span> <a href="javascript:fontsize(-1)">ก-</a> <a href="javascript:fontsize(0)">ก</a> <a href="javascript:fontsize(1)">ก+</a> | <a href="index.php?mod=news&amp;act=print&amp;id={nid}" target="_blank"><img src="templates/default/images/print.gif" alt="" /> พิมพ์</a> | <a href="index.php?mod=news&amp;act=pdf&amp;id={nid}"><img src="templates/default/images/pdf.gif" alt="" /> PDF</a> | <a href="index.php?mod=news&amp;act=sendfriend&amp;id={nid}">ส่งต่อเพื่อน</a></div>
<h3 class="news-topic">{esc(title)}</h3>
<div class="news-info"><span class="news-date">{date_line}</span> &nbsp; <span class="news-view">ผู้เข้าชม {thai_num(views)} คน</span></div>
<div class="news-content">
{body}
</div>
{src}
{mod}
{tags}
<div class="news-share"><a href="https://www.facebook.com/sharer/sharer.php?u=index.php%3Fmod%3Dnews%26id%3D{nid}"><img src="templates/default/images/fb-share.png" alt="แชร์ Facebook" /></a> <a href="https://social-plugins.line.me/lineit/share?url=index.php%3Fmod%3Dnews%26id%3D{nid}"><img src="templates/default/images/line-share.png" alt="ส่งต่อทาง LINE" /></a></div>
{oth}
<div class="back"><a href="javascript:history.back()">&lt;&lt; ย้อนกลับ</a></div>
</div>
<!-- END news_detail.tpl -->"""

    def deleted(self):
        return self.shell(self.detail_block(DELETED_ID, "", None, 0))

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ขนาดตัวอักษร",
                "ส่งต่อเพื่อน",
                "PDF",
                "ผู้เข้าชม",
                f"ผู้เข้าชม {thai_num(a.views)} คน",
                "ปรับปรุงล่าสุด",
                "คำสำคัญ :",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "ย้อนกลับ",
                "สถิติผู้เข้าชมเว็บไซต์",
                "นายกเทศมนตรีเมืองบ้านโป่ง",
                "Powered by Smarty",
            ] + [x.title for x in self.others(a)[:2]]
            out.append(record(self, a, must_not))
        return out


SITE = SmartySite()

if __name__ == "__main__":
    main(SITE)
