"""Blind-17 red-team site: Joomla 5 with a YOOtheme Pro builder layout, of a provincial
agriculture office (สำนักงานเกษตรจังหวัด), built blind.

What it imitates:
- SEF URLs `/index.php/news/<id>-news-<id>` (Joomla without URL rewriting), the category blog
  `/index.php/news` paged by **offsets** `?start=8`, `?start=16`;
- a template-builder article layout: a hero `uk-section-primary` whose headline is a
  `div.uk-h1` (**no h1 at all**) above the breadcrumb `ul.uk-breadcrumb`; the meta line is a
  `uk-subnav-divider` list: "วันพฤหัสบดี, 15 กุมภาพันธ์ 2567 10:30" (th-TH language pack:
  full weekday and month, BE year), "อ่าน 1234 ครั้ง" (Joomla's hits, Thai wording);
  "ปรับปรุงล่าสุด: 20 กุมภาพันธ์ 2567 13:05" only for edited articles;
- the text in a builder `uk-panel` column, with the source as "ข่าว/ภาพ : ..." (some items)
  and, inside the same panel, a YOOtheme social element and an "ข่าวที่เกี่ยวข้อง" grid;
- tags as `uk-label`s (Joomla tags), prev/next `uk-pagination` "ก่อนหน้า" / "ถัดไป";
- the deleted article answers 200 with Joomla's no-access message in the builder layout.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, WEEKDAYS, be, esc, main
from .b17_common import TZ, B9Site, build, hm, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดเชียงราย"
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ สนง.เกษตรจังหวัดเชียงราย", None, "สำนักงานเกษตรอำเภอแม่จัน", None]
DELETED = "/index.php/news/5291-news-5291"


def jdate(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {be(d)} {hm(d)}"


class YooSite(B9Site):
    key = "b17_joomla5_yootheme"
    family = "joomla"
    imitates = "Joomla 5 + YOOtheme Pro builder: /index.php/news/<id>-news-<id>, ?start=8 offsets, headline a div.uk-h1 in a hero section above the breadcrumb (no h1), 'วันพฤหัสบดี, 15 กุมภาพันธ์ 2567 10:30' (BE, full names), 'อ่าน N ครั้ง', 'ปรับปรุงล่าสุด:' only when edited, 'ข่าว/ภาพ :' source, social + related grid inside the text panel, uk-label tags, prev/next; deleted = no-access message (200)"
    listing_path = "/index.php/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 522, SOURCES, dt.datetime(2024, 9, 27, 14, 0), first_id=5300, step=1
        )
        for a in self.articles:
            a.path = f"/index.php/news/{a.id}-news-{a.id}"
            a.time_printed = True
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content):
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr" vocab="https://schema.org/">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/templates/yootheme/css/theme.9.css?1712040516" rel="stylesheet">
<script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?4.3.4"></script>
</head>
<body class="">
<div class="tm-page">
<header class="tm-header uk-visible@m" uk-header><div class="uk-navbar-container"><div class="uk-container uk-container-expand"><nav class="uk-navbar" uk-navbar="{{&quot;align&quot;:&quot;left&quot;}}"><div class="uk-navbar-left"><a href="/index.php" class="uk-navbar-item uk-logo">{OFFICE}</a></div><div class="uk-navbar-right"><ul class="uk-navbar-nav"><li><a href="/index.php">หน้าหลัก</a></li><li class="uk-active"><a href="/index.php/news">ข่าวสาร</a></li><li><a href="/index.php/services">บริการเกษตรกร</a></li><li><a href="/index.php/contact">ติดต่อ</a></li></ul></div></nav></div></div></header>
<main id="tm-main">
{content}
</main>
<div id="module-112" class="builder"><div class="uk-section-secondary uk-section"><div class="uk-container"><div class="tm-grid-expand uk-grid-margin" uk-grid><div class="uk-width-1-2@m"><div class="uk-panel uk-margin">{OFFICE} ศาลากลางจังหวัดเชียงราย ถนนแม่ฟ้าหลวง ตำบลริมกก อำเภอเมือง จังหวัดเชียงราย 57100</div></div><div class="uk-width-1-2@m"><div class="uk-panel uk-margin">ผู้เยี่ยมชมวันนี้ 318 | ทั้งหมด 480,112</div></div></div></div></div></div>
</div>
</body>
</html>"""

    def listing(self, k):
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.title, a.published))
            if k == 1 and j == 3:
                cards.append(
                    self.card(
                        DELETED,
                        "ขอเชิญเกษตรกรร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่",
                        dt.datetime(2024, 6, 3, 9, 0, tzinfo=TZ),
                    )
                )
        n = len(self.pages)
        pag = "".join(
            f'<li class="uk-active"><span aria-current="page">{i + 1}</span></li>'
            if i == k
            else f'<li><a href="{self.page_url(i)}">{i + 1}</a></li>'
            for i in range(n)
        )
        if k < n - 1:
            pag += f'<li><a href="{self.page_url(k + 1)}" aria-label="หน้าถัดไป"><span uk-pagination-next></span></a></li>'
        content = f"""<div class="uk-section-default uk-section"><div class="uk-container">
<h1 class="uk-margin-medium-bottom">ข่าวประชาสัมพันธ์</h1>
<div class="uk-child-width-1-2@m uk-grid-match" uk-grid>{"".join(cards)}</div>
<nav class="uk-margin-large" aria-label="การแบ่งหน้า"><ul class="uk-pagination uk-margin-remove-bottom uk-flex-center">{pag}</ul></nav>
</div></div>"""
        return self.shell("ข่าวประชาสัมพันธ์", content)

    def card(self, path, title, d):
        return f"""<div><article id="article-{path.rsplit("/", 1)[1].split("-")[0]}" class="uk-article" typeof="Article"><div class="uk-margin-medium-bottom"><a href="{path}"><img src="/images/news/{path.rsplit("-", 1)[1]}.jpg" alt="" class="uk-border-rounded"></a></div><h2 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title"><a class="uk-link-reset" href="{path}">{esc(title)}</a></h2><p class="uk-margin-top uk-margin-remove-bottom uk-article-meta"><time datetime="{d.isoformat(timespec="seconds")}">{d.day} {MONTHS[d.month - 1]} {be(d)}</time></p></article></div>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = f'<p style="text-align: right;">ข่าว/ภาพ : {esc(a.source)}</p>' if a.source else ""
        upd = f"<li><span>ปรับปรุงล่าสุด: {jdate(a.modified)}</span></li>" if a.modified else ""
        tags = "".join(
            f'<a class="uk-label" href="/index.php/component/tags/tag/{esc(t)}">{esc(t)}</a> '
            for t in a.tags
        )
        rel = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][
            :3
        ] or self.articles[:3]
        pn = ""
        if newer:
            pn += f'<li><a href="{newer.path}" rel="prev"><span uk-pagination-previous></span> ก่อนหน้า</a></li>'
        if older:
            pn += f'<li class="uk-margin-auto-left"><a href="{older.path}" rel="next">ถัดไป <span uk-pagination-next></span></a></li>'
        content = f"""<div class="uk-section-primary uk-section uk-section-large uk-background-cover" style="background-image: url('/images/hero/news-{a.id}.jpg');"><div class="uk-container">
<div class="tm-grid-expand uk-child-width-1-1 uk-grid-margin" uk-grid><div class="uk-width-1-1">
<div class="uk-h1 uk-margin-remove-vertical uk-width-xlarge">{esc(a.title)}</div>
</div></div></div></div>
<div class="uk-section-default uk-section uk-section-xsmall"><div class="uk-container">
<nav aria-label="Breadcrumb"><ul class="uk-breadcrumb uk-margin-remove-bottom" vocab="https://schema.org/" typeof="BreadcrumbList"><li property="itemListElement" typeof="ListItem"><a href="/index.php" property="item" typeof="WebPage"><span property="name">หน้าหลัก</span></a></li><li property="itemListElement" typeof="ListItem"><a href="/index.php/news" property="item" typeof="WebPage"><span property="name">ข่าวสาร</span></a></li><li property="itemListElement" typeof="ListItem"><span property="name" aria-current="page">{esc(a.title)}</span></li></ul></nav>
</div></div>
<div class="uk-section-default uk-section uk-padding-remove-top"><div class="uk-container">
<div class="tm-grid-expand uk-grid-column-medium uk-grid-margin" uk-grid>
<div class="uk-width-2-3@m">
<ul class="uk-margin uk-subnav uk-subnav-divider"><li><span>{jdate(a.published)}</span></li><li><span>อ่าน {a.views} ครั้ง</span></li>{upd}</ul>
<div class="uk-panel uk-margin">
{paras}
{src}
<div class="uk-margin"><div class="uk-child-width-auto uk-grid-small uk-flex-inline" uk-grid><div><a class="el-link uk-icon-button" href="https://www.facebook.com/sharer/sharer.php" uk-icon="icon: facebook;"></a></div><div><a class="el-link uk-icon-button" href="https://social-plugins.line.me/lineit/share" uk-icon="icon: social;"></a></div><div><a class="el-link uk-icon-button" href="javascript:window.print()" uk-icon="icon: print;"></a> พิมพ์</div></div></div>
<h3 class="uk-h4 uk-heading-bullet">ข่าวที่เกี่ยวข้อง</h3>
<div class="uk-grid-small uk-child-width-1-3@s" uk-grid>{"".join(f'<div><a class="uk-link-heading" href="{x.path}">{esc(x.title)}</a></div>' for x in rel)}</div>
</div>
<div class="uk-margin">{tags}</div>
<nav class="uk-margin-medium"><ul class="uk-pagination uk-margin-remove-bottom">{pn}</ul></nav>
</div>
<div class="uk-width-1-3@m"><div class="uk-panel uk-margin"><h3 class="uk-h4">ข่าวล่าสุด</h3><ul class="uk-list uk-list-divider">{"".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5])}</ul></div></div>
</div></div></div>"""
        return self.shell(a.title, content)

    def deleted(self):
        content = """<div class="uk-section-default uk-section"><div class="uk-container"><div class="uk-alert uk-alert-warning" uk-alert><p>คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</p></div></div></div>"""
        return self.shell("ข่าวสาร", content)

    def expected(self):
        out = []
        for a in self.articles:
            rel = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][
                :3
            ] or self.articles[:3]
            must_not = [
                "ข่าวที่เกี่ยวข้อง",
                "ข่าว/ภาพ :",
                "ปรับปรุงล่าสุด",
                "พิมพ์",
                "ครั้ง",
                "ก่อนหน้า",
                "ถัดไป",
                "ผู้เยี่ยมชมวันนี้",
                "ศาลากลางจังหวัดเชียงราย ถนนแม่ฟ้าหลวง",
            ] + [x.title for x in rel if x is not a]
            out.append(record(self, a, must_not))
        return out


SITE = YooSite()

if __name__ == "__main__":
    main(SITE)
