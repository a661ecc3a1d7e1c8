"""Blind-9 red-team site: Moodle 4.1 (Boost theme) front page "site announcements" forum of a
provincial secondary school, used as the school's news page, built blind.

What it imitates:
- Boost chrome: `nav.navbar` with the site short name, `#page-header` whose `h1` is the
  **school's full name on every page**, breadcrumb "หน้าหลัก / ประกาศของเว็บไซต์ / <subject>",
  `<title>` "SHORTNAME: <subject>" on a discussion, "คุณยังไม่ได้เข้าสู่ระบบ (เข้าสู่ระบบ)"
  in the footer, `M.cfg` globals;
- the discussion `mod/forum/discuss.php?d=N`: the forum name as an `h2`, the display-mode
  select ("แสดงการตอบแบบซ้อน"), "ติดตาม" toggle, then `article.forum-post-container` with
  `h3[data-region-content=forum-post-core-subject]` (the subject), the author line
  "โดย <a>ครูผู้สอน</a> - พฤหัสบดี, 15 กุมภาพันธ์ 2024, 10:30AM" (th langpack
  strftimedaydatetime: weekday without "วัน", **CE**, 12-hour clock with AM/PM, every post),
  `div.post-content-container` with the message (`<p>` paragraphs, sometimes a closing
  "ข่าว : …" line), a "แท็ก:" list, the "ลิงก์ถาวร" / "ตอบกลับ" actions and the attachment
  "ไฟล์แนบ" line; then Moodle's discussion navigation with the neighbours' subjects
  ("◄ <older subject>" / "<newer subject> ►");
- no view counter, no modified date;
- the deleted discussion answers 200 with Moodle's error box "ไม่พบการอภิปรายนี้ อาจถูกลบไปแล้ว"
  and a "ดำเนินการต่อ" button.
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b9_common import B9Site, ampm, build, month_abbr, month_full, neighbours, record

SITE_NAME = "โรงเรียนนารีนุกูล จังหวัดอุบลราชธานี"
SHORT = "NRN-eLearning"
FORUM = "ประกาศของเว็บไซต์"
SOURCES = [None, "งานประชาสัมพันธ์โรงเรียน", None, "ฝ่ายบริหารทั่วไป", None]
DELETED = "/mod/forum/discuss.php?d=1193"
AUTHORS = ["ครูผู้สอน ประชาสัมพันธ์", "ผู้ดูแลระบบ", "นางสาวพรทิพย์ ศรีสุข"]


def moodle_date(d):
    wd = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"][d.weekday()]
    return f"{wd}, {d.day} {month_full(d)} {d.year}, {ampm(d)}"


class MoodleSite(B9Site):
    key = "b9_moodle_forum"
    family = "generic"
    imitates = "Moodle 4.1 Boost front-page site-announcements forum of a school: h1 = school name everywhere, title 'SHORT: subject', discuss.php?d=N, h3 subject in forum-post-container, 'โดย X - พฤหัสบดี, 15 กุมภาพันธ์ 2024, 10:30AM' (CE, 12-hour), message, 'แท็ก:', ลิงก์ถาวร/ตอบกลับ, discussion navigation with neighbour subjects; view.php?f=1&p=N discussion table; deleted = error box"
    listing_path = "/mod/forum/view.php?f=1"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 4, SOURCES, dt.datetime(2024, 2, 22, 15, 0), first_id=1100, step=4
        )
        for i, a in enumerate(self.articles):
            a.path = f"/mod/forum/discuss.php?d={a.id}"
            a.time_printed = True
            a.modified = None
            a.views = None
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["replies"] = (i * 7) % 3
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"/mod/forum/view.php?f=1&p={k}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, crumbs, content):
        crumb = "".join(f'<li class="breadcrumb-item">{c}</li>' for c in crumbs)
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="th" xml:lang="th">
<head>
<title>{esc(title)}</title>
<link rel="shortcut icon" href="/theme/image.php/boost/theme/1707900000/favicon" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, {esc(title)}" />
<link rel="stylesheet" type="text/css" href="/theme/styles.php/boost/1707900000_1/all" />
<script>var M = {{}}; M.yui = {{}}; M.cfg = {{"wwwroot":"","sesskey":"x8Yq2LkD0a","themerev":"1707900000","slasharguments":1,"theme":"boost","lang":"th","siteId":1}};</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body id="page-mod-forum-discuss" class="format-site path-mod path-mod-forum chrome dir-ltr lang-th yui-skin-sam yui3-skin-sam pagelayout-incourse course-1 context-2 cmid-2 notloggedin">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
<div><a class="sr-only sr-only-focusable" href="#maincontent">ข้ามไปยังเนื้อหาหลัก</a></div>
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="การนำทางไซต์">
  <a href="/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aligned">{SHORT}</a>
  <div class="primary-navigation"><nav class="moremenu navigation"><ul class="nav more-nav navbar-nav">
    <li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li>
    <li class="nav-item"><a class="nav-link" href="/course/index.php">รายวิชาทั้งหมด</a></li>
  </ul></nav></div>
  <div class="d-flex align-items-stretch usermenu-container"><div class="usermenu"><span class="login pl-2">คุณยังไม่ได้เข้าสู่ระบบ (<a href="/login/index.php">เข้าสู่ระบบ</a>)</span></div></div>
</nav>
<div id="page" data-region="mainpage" class="drawers">
<div class="main-inner">
<header id="page-header" class="header-maxwidth d-print-none">
  <div class="w-100"><div class="d-flex flex-wrap"><div id="page-navbar"><nav aria-label="แถบนำทาง"><ol class="breadcrumb">{crumb}</ol></nav></div></div>
  <div class="d-flex align-items-center"><div class="mr-auto"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">{SITE_NAME}</h1></div></div></div></div></div>
</header>
<div id="topofscroll" class="main-inner">
<section id="region-main" aria-label="เนื้อหา">
<span class="notifications" id="user-notifications"></span>
<div role="main"><span id="maincontent"></span>
{content}
</div>
</section>
</div>
</div>
</div>
<footer id="page-footer" class="footer-popover bg-white">
  <div class="footer-content-popover container">
    <div class="logininfo">คุณยังไม่ได้เข้าสู่ระบบ (<a href="/login/index.php">เข้าสู่ระบบ</a>)</div>
    <div class="tool_usertours-resettourcontainer"></div>
    <div class="homelink"><a href="/">หน้าหลัก</a></div>
    <div class="tool_dataprivacy"><a href="/admin/tool/dataprivacy/summary.php">สรุปการเก็บข้อมูล</a></div>
    <a href="https://download.moodle.org/mobile?version=2022112800&amp;lang=th&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">ดาวน์โหลดแอปมือถือ</a>
    <div class="purgecaches"></div>
  </div>
  <div class="footer-section p-3 border-bottom">{SITE_NAME} 33 ถ.ศรีณรงค์ อ.เมือง จ.อุบลราชธานี</div>
</footer>
</div>
<script>M.util.js_pending('core/first');</script>
</body>
</html>
"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(
                self.row(a.path, a.title, a.extra["author"], a.extra["replies"], a.published)
            )
            if k == 1 and j == 3:
                rows.append(
                    self.row(
                        DELETED,
                        "แจ้งกำหนดการสอบวัดผลกลางภาค ภาคเรียนที่ 2",
                        "ผู้ดูแลระบบ",
                        0,
                        dt.datetime(2024, 1, 10, 9, 0),
                    )
                )
        last = len(self.pages)
        items = []
        if k > 0:
            items.append(
                f'<li class="page-item"><a href="{self.page_url(k - 1).replace("&", "&amp;")}" class="page-link"><span aria-hidden="true">&laquo;</span><span class="sr-only">ก่อนหน้า</span></a></li>'
            )
        for n in range(last):
            if n == k:
                items.append(
                    f'<li class="page-item active" data-page-number="{n + 1}"><a href="#" class="page-link">{n + 1}<span class="sr-only">(หน้าปัจจุบัน)</span></a></li>'
                )
            else:
                items.append(
                    f'<li class="page-item" data-page-number="{n + 1}"><a href="{self.page_url(n).replace("&", "&amp;")}" class="page-link">{n + 1}</a></li>'
                )
        if k < last - 1:
            items.append(
                f'<li class="page-item"><a href="{self.page_url(k + 1).replace("&", "&amp;")}" class="page-link"><span aria-hidden="true">&raquo;</span><span class="sr-only">ถัดไป</span></a></li>'
            )
        pager = f'<nav aria-label="หน้า" class="pagination pagination-centered justify-content-center"><ul class="mt-1 pagination " data-page-size="{self.per_page}">{"".join(items)}</ul></nav>'
        content = f"""<h2>{FORUM}</h2>
<div id="intro" class="box py-3 generalbox forumintro"><div class="no-overflow">ข่าวสารและประกาศทั่วไปของโรงเรียน</div></div>
<div id="discussion-list-6f1a" data-content="forum-discussion-list">
<div class="py-3"><a href="/mod/forum/post.php?forum=1" class="btn btn-primary">เพิ่มหัวข้อข่าวใหม่</a></div>
{pager}
<table class="table discussion-list generaltable">
<caption id="discussion-table-description-6f1a" class="sr-only">รายการการอภิปราย</caption>
<thead><tr><th scope="col" class="pl-0">การอภิปราย</th><th scope="col">เริ่มโดย</th><th scope="col" class="text-center">ตอบ</th><th scope="col">ตอบกลับล่าสุด</th><th scope="col">สร้าง</th></tr></thead>
<tbody>{"".join(rows)}</tbody>
</table>
{pager}
</div>"""
        crumbs = ['<a href="/">หน้าหลัก</a>', f"<span>{FORUM}</span>"]
        return self.shell(f"{SHORT}: {FORUM}", crumbs, content)

    def row(self, path, title, author, replies, d):
        return f"""<tr class="discussion" data-region="discussion-list-item">
<th class="topic p-0 align-middle" scope="row"><div class="p-3 pl-0"><div class="d-flex"><a href="{path}" title="{esc(title)}" class="w-100 h-100 d-block">{esc(title)}</a></div></div></th>
<td class="author align-middle fit-content limit-width px-3"><div class="d-flex flex-row"><div class="align-middle p-0"><img src="/theme/image.php/boost/core/1707900000/u/f2" class="userpicture defaultuserpic" width="35" height="35" alt="" /></div><div class="author-info align-middle"><div class="mb-1 line-height-3 text-truncate">{esc(author)}</div></div></div></td>
<td class="p-0 text-center align-middle fit-content px-2"><a href="{path}" class="p-3">{replies}</a></td>
<td class="text-left align-middle fit-content limit-width px-3"><div class="line-height-3">{esc(author)}</div><div class="line-height-3"><a href="{path}#p{path.split("=")[-1]}0" class="text-dark">{d.day} {month_abbr(d)} {d.year}</a></div></td>
<td class="text-left align-middle fit-content limit-width px-3">{d.day} {month_abbr(d)} {d.year}</td>
</tr>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        msg = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            msg += f'<p style="text-align: right;">ข่าว : {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li><a href="/tag/index.php?tag={esc(t)}" class="badge badge-info">{esc(t)}</a></li>'
                for t in a.tags
            )
            tags = f'<div class="tag_list hideoverlimit "><b>แท็ก:</b><ul class="inline-list">{lis}</ul></div>'
        attach = ""
        if a.id % 3 == 0:
            attach = f'<div class="attachments"><a href="/pluginfile.php/2/mod_forum/attachment/{a.id}0/ประกาศ.pdf"><img class="icon" alt="PDF document" src="/theme/image.php/boost/core/1707900000/f/pdf" />ประกาศ.pdf</a></div>'
        nav = '<div class="discussion-nav clearfix"><ul>'
        if older:
            nav += f'<li class="prev-discussion"><a aria-label="การอภิปรายก่อนหน้า: {esc(older.title)}" class="btn btn-link" href="{older.path}">&#x25C4;&#xFE0E; {esc(older.title)}</a></li>'
        if newer:
            nav += f'<li class="next-discussion"><a aria-label="การอภิปรายถัดไป: {esc(newer.title)}" class="btn btn-link" href="{newer.path}">{esc(newer.title)} &#x25BA;&#xFE0E;</a></li>'
        nav += "</ul></div>"
        content = f"""<h2>{FORUM}</h2>
<div class="d-flex flex-column flex-sm-row mb-1">
  <div class="mr-2"><select name="mode" class="custom-select" aria-label="โหมดการแสดงผล"><option value="1">แสดงการตอบแบบเรียบ, เก่าสุดก่อน</option><option value="3" selected>แสดงการตอบแบบซ้อน</option></select></div>
  <div><a href="/mod/forum/subscribe.php?id=1&amp;d={a.id}" class="btn btn-link">ติดตาม</a></div>
</div>
<div id="discussion-container-{a.id}" data-content="forum-discussion">
<article id="p{a.id}0" class="forum-post-container mb-2" data-post-id="{a.id}0" data-region="post" data-target="{a.id}0-target" tabindex="0" aria-labelledby="post-header-{a.id}0-{a.id}" aria-describedby="post-content-{a.id}0">
<div class="d-flex border p-2 mb-2 forumpost focus-target firstpost starter" aria-label="{esc(a.title)} โดย {esc(a.extra["author"])}" data-post-id="{a.id}0" data-content="forum-post">
  <div class="d-flex flex-column w-100" data-region-content="forum-post-core">
    <header id="post-header-{a.id}0-{a.id}" class="mb-2 header row no-gutters">
      <div class="mr-2" style="width: 45px;"><img class="rounded-circle w-100" src="/theme/image.php/boost/core/1707900000/u/f1" alt="รูปภาพของ {esc(a.extra["author"])}" aria-hidden="true" title="รูปภาพของ {esc(a.extra["author"])}"></div>
      <div class="d-flex flex-column">
        <h3 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="ตอบ: {esc(a.title)}">{esc(a.title)}</h3>
        <div class="mb-3" tabindex="-1">โดย <a href="/user/view.php?id=2&amp;course=1">{esc(a.extra["author"])}</a> - <time>{moodle_date(a.published)}</time></div>
      </div>
    </header>
    <div class="body-content-container">
      <div id="post-content-{a.id}0" class="post-content-container">
{msg}
      </div>
      {attach}
      {tags}
      <div class="d-flex flex-wrap">
        <div class="post-actions d-flex align-self-end justify-content-end flex-wrap ml-auto p-1" data-region="post-actions-container" role="menubar" aria-label="{esc(a.title)}" aria-controls="p{a.id}0">
          <a data-region="post-action" href="/mod/forum/discuss.php?d={a.id}#p{a.id}0" class="btn btn-link" title="ลิงก์ถาวรไปยังโพสต์นี้" aria-label="ลิงก์ถาวรไปยังโพสต์นี้" role="menuitem">ลิงก์ถาวร</a>
          <a data-region="post-action" href="/mod/forum/post.php?reply={a.id}0#mformforum" class="btn btn-link" data-action="collapsible-link" title="ตอบกลับ" role="menuitem">ตอบกลับ</a>
        </div>
      </div>
    </div>
  </div>
</div>
</article>
</div>
{nav}"""
        crumbs = [
            '<a href="/">หน้าหลัก</a>',
            f'<a href="{self.listing_path}">{FORUM}</a>',
            f"<span>{esc(a.title)}</span>",
        ]
        return self.shell(f"{SHORT}: {a.title}", crumbs, content)

    def deleted(self):
        content = """<div class="box errorbox alert alert-danger p-y-1" data-rel="fatalerror"><p class="errormessage">ไม่พบการอภิปรายนี้ อาจถูกลบไปแล้ว</p><p class="errorcode"><a href="https://docs.moodle.org/401/th/error/forum/invaliddiscussionid">ข้อมูลเพิ่มเติมเกี่ยวกับข้อผิดพลาดนี้</a></p></div>
<div class="continuebutton"><form method="get" action="/mod/forum/view.php"><input type="hidden" name="f" value="1"><button type="submit" class="btn btn-primary">ดำเนินการต่อ</button></form></div>"""
        return self.shell(f"{SHORT}: ข้อผิดพลาด", ['<a href="/">หน้าหลัก</a>'], content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                SITE_NAME,
                FORUM,
                "โดย " + a.extra["author"],
                "แท็ก:",
                "ลิงก์ถาวร",
                "ตอบกลับ",
                "ติดตาม",
                "แสดงการตอบแบบซ้อน",
                "ประกาศ.pdf",
                "คุณยังไม่ได้เข้าสู่ระบบ",
                "ดาวน์โหลดแอปมือถือ",
                "ข้ามไปยังเนื้อหาหลัก",
            ] + [x.title for x in (older, newer) if x]
            out.append(record(self, a, must_not))
        return out


SITE = MoodleSite()

if __name__ == "__main__":
    main(SITE)
