"""Blind-60 red-team site (part A): a provincial statistics office (สำนักงานสถิติจังหวัดลำพูน-like,
2024 / 2567) publishing its news as **a Pelican 4 static site under the stock `notmyidea` theme**,
served by nginx behind Cloudflare. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Pelican's own `notmyidea` templates
(getpelican/pelican: `article.html` — `section#content.body > article > header > h1.entry-title >
a[rel=bookmark][title="Permalink to …"]`, `div.entry-content` opening with `article_infos.html`;
`article_infos.html` — `footer.post-info > abbr.published[title=<ISO date>]` + the locale date,
`address.vcard.author` "By …", "In <category>", the tag list; `index.html` — the newest article of
page 1 printed whole in `aside#featured`, the others as `ol#posts-list.hfeed > li > article.hentry`
with the summary and "read more") and Pelican's theme docs (template set, `articles_page`
pagination). From memory: Pelican's `{name}{number}.html` pagination (`news2.html`), the
"Page 1 / 3" pager with « / », the `section#extras` blogroll / social boxes, the footer "Proudly
powered by Pelican", glibc's th_TH `%a %d %B %Y` (Thai weekday and month, CE year),
the share-post / related_posts / neighbors plug-ins, nginx's `brotli_static always;`,
Cloudflare Pages' `_headers` file, Cloudflare's e-mail obfuscation (`/cdn-cgi/l/email-protection#…`,
`a.__cf_email__[data-cfemail]`, the `email-decode.min.js` script; the first byte of the hex is
the XOR key). No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- articles `/news/<slug>.html` (slug `pr-2567-0NN`), `<title>` = headline only;
  `abbr.published` title "2024-03-15T10:30:00+07:00" (always the time) and the text
  "ศ. 15 มีนาคม 2024" (Thai names, CE year, as glibc's th_TH locale prints `%Y`);
- **NEW: every response is `Content-Encoding: br` (nginx `brotli_static always;` over
  pre-compressed files), whatever the request's Accept-Encoding**;
- **NEW: the canonical address only in an HTTP header (`Link: <…/news/<slug>.html>;
  rel="canonical"`, from Cloudflare's `_headers`): the page prints no `rel=canonical`, and it
  answers under three addresses, `/news/<slug>.html`, `/news/<slug>/` and
  `/news/<slug>/index.html`; listing page 1 links the first, page 2 the second, page 3 the
  third, the neighbours / related lists mix them**;
- **NEW: a contact line inside the text whose e-mail is Cloudflare-obfuscated:
  "สอบถามรายละเอียดเพิ่มเติมได้ที่ … โทร. 0 5351 1044 อีเมล <a class="__cf_email__">[email&#160;protected]</a>"
  (one in two articles), with Cloudflare's decode script at the foot**;
- **NEW: three articles are mostly a table (a budget / schedule) after a one-paragraph lead:
  the table rows are article text**;
- listing: `/category/news.html`, `news2.html`, `news3.html`; the newest article of page 1 printed
  whole in `aside#featured` ("ข่าวล่าสุด"), then "ข่าวอื่น ๆ" rows with summary and "อ่านต่อ";
- sources as the last paragraph "ที่มา :" / "ข่าว :" / "เรียบเรียง :" (one in five none); tags
  "แท็ก:"; "แชร์:" links; "ข่าวที่เกี่ยวข้อง" list and « older / newer » neighbour titles; no
  counter, no modified date; blogroll "ลิงก์หน่วยงาน"; PDPA bar; "Proudly powered by Pelican";
- deleted item (linked from page 2): `/news/pr-2567-035.html`, **200**: the theme's bare
  `page.html` with "ไม่พบหน้าที่ต้องการ (404)" (Cloudflare Pages serving 404.html as 200).
"""

from __future__ import annotations

import datetime as dt
import html
import re

import brotli

from ._common import (
    MONTHS,
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

OFFICE = "สำนักงานสถิติจังหวัดลำพูน"
EMAIL = "lamphun@nso.go.th"
PER = 8
DELETED = "pr-2567-035"
TH_WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
SOURCES = [
    ("ที่มา", "สำนักงานสถิติจังหวัดลำพูน"),
    ("ข่าว", "กลุ่มงานวิชาการสถิติและสารสนเทศ"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป สำนักงานสถิติจังหวัดลำพูน"),
    ("ที่มา", "สำนักงานสถิติแห่งชาติ"),
    None,
]
TAGS = ["สถิติ", "สำรวจ", "ลำพูน", "ข้อมูลจังหวัด", "ประชาสัมพันธ์"]
CONTACT = "สอบถามรายละเอียดเพิ่มเติมได้ที่ สำนักงานสถิติจังหวัดลำพูน โทร. 0 5351 1044 อีเมล"
SHARE = "แชร์:"
RELATED = "ข่าวที่เกี่ยวข้อง"
FEATURED = "ข่าวล่าสุด"
OTHERS = "ข่าวอื่น ๆ"
BLOGROLL = "ลิงก์หน่วยงาน"
PDPA = "เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นเพื่อการใช้งานเว็บไซต์เท่านั้น"
POWERED = "Proudly powered by"
TABLES = {
    2: (
        "ตารางปฏิบัติงานสำรวจภาคสนาม ประจำเดือน",
        ["ช่วงวันที่", "กิจกรรม", "พื้นที่"],
        [
            ["1-5", "สำรวจภาวะการทำงานของประชากร", "อำเภอเมืองลำพูน"],
            ["6-10", "สำรวจภาวะเศรษฐกิจและสังคมของครัวเรือน", "อำเภอป่าซาง"],
            ["11-15", "สำรวจการมีการใช้เทคโนโลยีสารสนเทศในครัวเรือน", "อำเภอบ้านโฮ่ง"],
            ["16-20", "สำรวจความพึงพอใจของประชาชนต่อการให้บริการ", "อำเภอลี้"],
            ["21-25", "ตรวจสอบความถูกต้องของแบบสอบถามทั้งหมด", "สำนักงานสถิติจังหวัด"],
        ],
    ),
    9: (
        "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567",
        ["รายการ", "งบประมาณ (บาท)", "ร้อยละ"],
        [
            ["งบบุคลากรและค่าตอบแทนพนักงานราชการ", "1,245,600", "41.5"],
            ["ค่าใช้จ่ายในการปฏิบัติงานสำรวจภาคสนาม", "986,400", "32.9"],
            ["ค่าวัสดุสำนักงานและค่าสาธารณูปโภค", "412,000", "13.7"],
            ["โครงการพัฒนาข้อมูลสถิติระดับจังหวัด", "356,000", "11.9"],
        ],
    ),
    17: (
        "กำหนดการประชุมคณะทำงานจัดทำแผนพัฒนาสถิติระดับพื้นที่",
        ["เวลา", "วาระ", "ผู้รับผิดชอบ"],
        [
            ["09.00", "รายงานความก้าวหน้าการจัดทำบัญชีข้อมูลจังหวัด", "สำนักงานสถิติจังหวัด"],
            ["10.30", "พิจารณาชุดข้อมูลเปิดของส่วนราชการในจังหวัด", "คณะทำงานทุกหน่วยงาน"],
            ["13.00", "แนวทางการเผยแพร่ข้อมูลผ่านศูนย์ข้อมูลจังหวัด", "สำนักงานจังหวัดลำพูน"],
        ],
    ),
}


def cf_encode(email: str, key: int) -> str:
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in email)


def locale_date(d: dt.datetime) -> str:
    return f"{TH_WD[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year}"


class PelicanSite(BaseSite):
    key = "b60_pelican_notmyidea_brotli_linkcanon"
    family = "generic"
    imitates = (
        "provincial statistics office on a Pelican static site (notmyidea theme) behind "
        "Cloudflare: brotli always, canonical only in a Link header with three addresses per "
        "page, Cloudflare e-mail obfuscation in the text, table articles"
    )
    listing_path = "/category/news.html"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 29, 16, 0, tzinfo=TZ), offset=175
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            num = 48 - i - (1 if i >= 13 else 0)
            a.extra["slug"] = f"pr-2567-{num:03d}"
            a.path = f"/news/{a.extra['slug']}.html"
            a.time_printed = True
            a.modified = None
            a.views = None
            src = SOURCES[i % 5]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 2)] if i % 4 != 3 else []
            a.extra["contact"] = i % 2 == 1
            a.extra["cfkey"] = 0x20 + (i * 7) % 0xB0
            if i in TABLES:
                cap, head, rows = TABLES[i]
                a.title = cap + " " + OFFICE
                a.extra["table"] = (cap, head, rows)
                a.paras = [a.paras[0]] + [" ".join(r) for r in rows]
        assert DELETED not in {a.extra["slug"] for a in arts}
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 8]

    def listing_pages(self):
        return ["/category/news.html"] + [
            f"/category/news{k}.html" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/news/{DELETED}.html"]

    def variant(self, a, k):
        slug = a.extra["slug"]
        return [f"/news/{slug}.html", f"/news/{slug}/", f"/news/{slug}/index.html"][k % 3]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 7)]

    # ------------------------------------------------------------------ pieces
    def respond(self, text, canonical=None, base=""):
        headers = {
            "Content-Type": "text/html; charset=utf-8",
            "Content-Encoding": "br",
            "Vary": "Accept-Encoding",
            "CF-Cache-Status": "HIT",
            "CF-RAY": "8a1b2c3d4e5f6071-BKK",
        }
        if canonical:
            headers["Link"] = f'<{base}{canonical}>; rel="canonical"'
        return 200, headers, brotli.compress(text.encode("utf-8"))

    def shell(self, title, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
        <meta charset="utf-8" />
        <meta name="generator" content="Pelican" />
        <title>{esc(title)}</title>
        <link rel="stylesheet" href="/theme/css/main.css" />
        <link href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="{OFFICE} Atom Feed" />
</head>

<body id="index" class="home">
        <header id="banner" class="body">
                <h1><a href="/">{OFFICE}</a></h1>
                <nav><ul>
                    <li><a href="/pages/about.html">เกี่ยวกับเรา</a></li>
                    <li><a href="/pages/contact.html">ติดต่อเรา</a></li>
                    <li class="active"><a href="/category/news.html">ข่าวประชาสัมพันธ์</a></li>
                    <li><a href="/category/data.html">ข้อมูลสถิติ</a></li>
                </ul></nav>
        </header><!-- /#banner -->
{content}
        <section id="extras" class="body">
                <div class="blogroll">
                        <h2>{BLOGROLL}</h2>
                        <ul>
                            <li><a href="https://www.nso.go.th/">สำนักงานสถิติแห่งชาติ</a></li>
                            <li><a href="https://www.lamphun.go.th/">จังหวัดลำพูน</a></li>
                            <li><a href="https://gdcatalog.go.th/">ศูนย์กลางข้อมูลเปิดภาครัฐ</a></li>
                        </ul>
                </div><!-- /.blogroll -->
                <div class="social">
                        <h2>social</h2>
                        <ul>
                            <li><a href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate">atom feed</a></li>
                            <li><a href="https://www.facebook.com/nsolamphun">Facebook</a></li>
                        </ul>
                </div><!-- /.social -->
        </section><!-- /#extras -->

        <footer id="contentinfo" class="body">
                <address id="about" class="vcard body">
                {POWERED} <a href="https://getpelican.com/">Pelican</a>, which takes great advantage of <a href="https://www.python.org/">Python</a>.
                </address><!-- /#about -->

                <p>The theme is by <a href="https://www.smashingmagazine.com/2009/08/designing-a-html-5-layout-from-scratch/">Smashing Magazine</a>, thanks!</p>
        </footer><!-- /#contentinfo -->
<div id="pdpa" class="pdpa-bar"><p>{PDPA} <a href="/pages/privacy.html">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p><button onclick="this.parentNode.remove()">ตกลง</button></div>
<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script><script defer src="https://static.cloudflareinsights.com/beacon.min.js/v84a3a4012de94ce1a686ba8c167c359c1696973893317" data-cf-beacon='{{"token": "3f0c8e1a2b"}}' crossorigin="anonymous"></script>
</body>
</html>
"""

    def infos(self, a):
        d = a.published
        tags = ""
        if a.tags:
            tags = (
                "<p>แท็ก: "
                + ", ".join(f'<a href="/tag/{esc(t)}.html">{esc(t)}</a>' for t in a.tags)
                + "</p>"
            )
        return f"""<footer class="post-info">
        <abbr class="published" title="{d.isoformat()}">
                {locale_date(d)}
        </abbr>

        <address class="vcard author">
        By  <a class="url fn" href="/author/nso-lamphun.html">nso-lamphun</a>
        </address>
<p>In <a href="/category/news.html">ข่าวประชาสัมพันธ์</a>. </p>
{tags}
</footer><!-- /.post-info -->"""

    def body_html(self, a):
        out = []
        if "table" in a.extra:
            cap, head, rows = a.extra["table"]
            out.append(f"<p>{esc(a.paras[0])}</p>")
            out.append(
                "<table>\n<caption>"
                + esc(cap)
                + "</caption>\n<thead>\n<tr>"
                + "".join(f"<th>{esc(h)}</th>" for h in head)
                + "</tr>\n</thead>\n<tbody>\n"
                + "\n".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows
                )
                + "\n</tbody>\n</table>"
            )
        else:
            out += [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["contact"]:
            hx = cf_encode(EMAIL, a.extra["cfkey"])
            out.append(
                f'<p>{CONTACT} <a href="/cdn-cgi/l/email-protection#{hx}"><span class="__cf_email__" data-cfemail="{hx}">[email&#160;protected]</span></a></p>'
            )
        if a.source:
            out.append(f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>")
        return "\n".join(out)

    # ------------------------------------------------------------------ pages
    def render_article(self, a, base):
        older, newer = self.neighbours(a)
        url = f"{base}{a.path}"
        rel = "".join(
            f'<li><a href="{self.variant(x, k + 1)}">{esc(x.title)}</a></li>'
            for k, x in enumerate(self.related(a))
        )
        nav = ""
        if older:
            nav += (
                f'<a class="older" href="{self.variant(older, 1)}">&laquo; {esc(older.title)}</a> '
            )
        if newer:
            nav += (
                f'<a class="newer" href="{self.variant(newer, 2)}">{esc(newer.title)} &raquo;</a>'
            )
        content = f"""<section id="content" class="body">
  <article>
    <header>
      <h1 class="entry-title">
        <a href="{a.path}" rel="bookmark"
           title="Permalink to {esc(a.title)}">{esc(a.title)}</a></h1>
    </header>

    <div class="entry-content">
{self.infos(a)}
      {self.body_html(a)}
    <div class="share-post"><span>{SHARE}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank">LINE</a> <a href="mailto:?subject={esc(a.title)}&amp;body={url}">อีเมล</a></div>
    <div class="related-posts"><h4>{RELATED}</h4><ul>{rel}</ul></div>
    <nav class="neighbors">{nav}</nav>
    </div><!-- /.entry-content -->

  </article>
</section>"""
        return self.shell(a.title, content)

    def render_list(self, n):
        items = self.pages[n - 1]
        k = n - 1  # page 1 links .html, page 2 the directory, page 3 index.html
        parts = []
        rows = []
        start = 0
        if n == 1:
            f = items[0]
            parts.append(f"""        <aside id="featured" class="body"><article>
                <h1 class="entry-title"><a href="{self.variant(f, k)}">{esc(f.title)}</a></h1>
{self.infos(f)}
{self.body_html(f)}
        </article></aside><!-- /#featured -->""")
            start = 1
        for a in items[start:]:
            href = self.variant(a, k)
            rows.append(f"""        <li><article class="hentry">
                <header>
                        <h1><a href="{href}" rel="bookmark" title="Permalink to {esc(a.title)}">{esc(a.title)}</a></h1>
                </header>

                <div class="entry-content">
{self.infos(a)}
                <p>{esc(a.paras[0][:200])}&#8230;</p>
                <a class="readmore" href="{href}">อ่านต่อ</a>
                </div><!-- /.entry-content -->
        </article></li>""")
        if n == 2:
            d = self.pages[1][3].published - dt.timedelta(hours=5)
            rows.insert(
                3,
                f"""        <li><article class="hentry">
                <header><h1><a href="/news/{DELETED}.html" rel="bookmark">ประกาศผลการคัดเลือกพนักงานสัมภาษณ์ (ยกเลิก)</a></h1></header>
                <div class="entry-content"><footer class="post-info"><abbr class="published" title="{d.isoformat()}">{locale_date(d)}</abbr></footer>
                <p>ประกาศผลการคัดเลือก&#8230;</p><a class="readmore" href="/news/{DELETED}.html">อ่านต่อ</a></div>
        </article></li>""",
            )
        total = len(self.pages)

        def url(p):
            return "/category/news.html" if p == 1 else f"/category/news{p}.html"

        pager = '<p class="paginator">\n'
        if n > 1:
            pager += (
                f'    <a href="{url(1)}">&laquo;</a>\n    <a href="{url(n - 1)}">&lsaquo;</a>\n'
            )
        pager += f"    หน้า {n} / {total}\n"
        if n < total:
            pager += (
                f'    <a href="{url(n + 1)}">&rsaquo;</a>\n    <a href="{url(total)}">&raquo;</a>\n'
            )
        pager += "</p>"
        heading = f"<h1>{OTHERS}</h1>" if n == 1 else "<h1>ข่าวประชาสัมพันธ์</h1>"
        content = (
            ("\n".join(parts) + "\n" if parts else "")
            + f"""            <section id="content" class="body">
                {heading}
                <hr />
                    <ol id="posts-list" class="hfeed">
{chr(10).join(rows)}
</ol><!-- /#posts-list -->
{pager}
</section><!-- /#content -->"""
        )
        if n == 1:
            content = content.replace(
                '<aside id="featured" class="body">',
                f'<aside id="featured" class="body"><h2 class="featured-label">{FEATURED}</h2>',
                1,
            )
        return self.shell(f"{OFFICE} - ข่าวประชาสัมพันธ์", content)

    def render_deleted(self):
        content = """<section id="content" class="body">
    <h1 class="entry-title">ไม่พบหน้าที่ต้องการ (404)</h1>
    <p>ขออภัย หน้าที่ท่านเรียกอาจถูกย้ายหรือลบออกแล้ว <a href="/category/news.html">กลับไปหน้าข่าวประชาสัมพันธ์</a></p>
</section>"""
        return self.shell("ไม่พบหน้าที่ต้องการ", content)

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.html", "/category/news.html"):
            return self.respond(self.render_list(1))
        m = re.fullmatch(r"/category/news(\d+)\.html", path)
        if m:
            n = int(m[1])
            if 2 <= n <= len(self.pages):
                return self.respond(self.render_list(n))
            return None
        m = re.fullmatch(r"/news/(pr-\d{4}-\d{3})(?:\.html|/|/index\.html)", path)
        if m:
            slug = m[1]
            if slug == DELETED:
                return self.respond(self.render_deleted())
            a = self.by_slug.get(slug)
            if a is None:
                return None
            return self.respond(self.render_article(a, base), canonical=a.path, base=base)
        return None

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        body = self.render_article(a, "http://127.0.0.1")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [SHARE, RELATED, BLOGROLL, PDPA, POWERED, "Permalink to", "protected]"]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in (older, newer) if x]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = PelicanSite()

if __name__ == "__main__":
    main(SITE)
