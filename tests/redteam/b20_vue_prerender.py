"""Blind-20 red-team site: a Vue 2 + Vuetify 2 single-page app of a provincial agriculture
office (สำนักงานเกษตรจังหวัด), served as prerender.io-style snapshots, built blind.

What it imitates:
- vue-router in history mode: `/news` (offset pagination `/news?offset=8`, `/news?offset=16`,
  **next-only**: a single "ดูข่าวเพิ่มเติม" button, no numbers, no way back) and `/news/:id`;
- the prerendered DOM of a Vuetify app: `div#app.v-application`, `header.v-app-bar`, a
  navigation drawer, `data-v-…` scoped attributes, the hero with `h1` "ข่าวประชาสัมพันธ์" (the
  page's only h1), `ul.v-breadcrumbs`, and the headline in a `div.news-title.text-h5` (no
  heading tag) inside a `v-card`;
- `<title>` "สำนักงานเกษตรจังหวัดน่าน" on **every** page (no vue-meta);
- the whole vuex store after the view: `window.__INITIAL_STATE__={…}` with the record: `title`,
  `content` (the HTML), `news_date` in **BE ISO order** ("2567-09-16"), `news_time` ("14:48"
  or null when the editor typed none), `updated_at` in **UTC 'Z'** (null when never edited),
  `hits`, `source`, `tags`, plus the sidebar's latest and related items;
- the view: a chip "16 ก.ย. 67" (dayjs th + buddhistEra, **abbreviated month, two-digit BE**),
  " เวลา 14:48 น." only when a time was entered; "อ่าน ๓,๗๘๑ ครั้ง" (**Thai digits**);
  "แก้ไขล่าสุด 9/17/2024" (toLocaleDateString('en-US'): **month-first, CE**) only for edited
  items;
- inside the `div.news-body` wrapper around the v-html text: the font-size tool ("ก- ก ก+"),
  the attachments list ("ไฟล์แนบ"), a labelled "ที่มา : …" line for items with a source, the
  tag chips and the share bar ("แชร์", "คัดลอกลิงก์", "พิมพ์");
- "ข่าวอื่นๆ ที่น่าสนใจ" cards, a "ข่าวล่าสุด" side card, a footer with a visitor counter,
  and a cookie snackbar;
- the deleted item: the same shell, `news.item` null in the state and "ไม่พบข้อมูลข่าวที่ท่าน
  ต้องการ" in the view (200, the SPA cannot answer 404).
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS_ABBR, be, esc, main, thai_digits
from .b13_common import UTC, B9Site, build, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดน่าน"
SOURCES = [
    "กลุ่มส่งเสริมและพัฒนาเกษตรกร",
    None,
    None,
    "สำนักงานเกษตรอำเภอเวียงสา",
    "กลุ่มยุทธศาสตร์และสารสนเทศ",
    None,
]
DELETED_ID = 1207
SCOPE = "data-v-3c8e1a52"


def chip_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}"


def us_date(d: dt.datetime) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def state_json(state: dict) -> str:
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "\\u003c/")


class VueSite(B9Site):
    key = "b20_vue_prerender"
    family = "generic"
    imitates = (
        "Vue 2 + Vuetify 2 SPA, prerender.io snapshots: /news, /news?offset=N (next-only button), "
        "/news/:id; same <title>; h1 is the hero 'ข่าวประชาสัมพันธ์', headline in div.news-title; "
        "window.__INITIAL_STATE__ with the record (news_date '2567-09-16' BE ISO order, news_time or "
        "null, updated_at UTC 'Z' or null); chip '16 ก.ย. 67' + ' เวลา 14:48 น.' for some; "
        "'อ่าน ๓,๗๘๑ ครั้ง'; 'แก้ไขล่าสุด 9/17/2024' for edited; font tool, attachments, 'ที่มา :', "
        "tags and share bar inside div.news-body; deleted = 'ไม่พบข้อมูล' view, item null (200)"
    )
    listing_path = "/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 22, 31, SOURCES, dt.datetime(2024, 10, 30, 16, 0), first_id=1190, step=2
        )
        for a in self.articles:
            a.path = f"/news/{a.id}"
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?offset={k * self.per_page}"

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    def mini(self, a):
        return {
            "id": a.id,
            "title": a.title,
            "news_date": f"{be(a.published)}-{a.published.month:02d}-{a.published.day:02d}",
            "cover": f"/storage/news/{a.id}/cover.jpg",
        }

    def shell(self, view, state):
        return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="/favicon.ico"><title>{OFFICE}</title><link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;700&display=swap" rel="stylesheet"><link href="/css/chunk-vendors.8d1c2f0e.css" rel="preload" as="style"><link href="/css/app.4b7e91aa.css" rel="preload" as="style"><link href="/js/app.91f2c3de.js" rel="preload" as="script"><link href="/js/chunk-vendors.0a5e77b1.js" rel="preload" as="script"><link href="/css/chunk-vendors.8d1c2f0e.css" rel="stylesheet"><link href="/css/app.4b7e91aa.css" rel="stylesheet"><style type="text/css" id="vuetify-theme-stylesheet">:root{{--v-primary-base:#2e7d32;--v-secondary-base:#f9a825}}</style><meta name="prerender-status-code" content="200"></head><body><noscript><strong>ขออภัย เว็บไซต์นี้ต้องเปิดใช้งาน JavaScript</strong></noscript><div data-app="true" id="app" class="v-application v-application--is-ltr theme--light"><div class="v-application--wrap">
<header {SCOPE} class="v-sheet theme--dark v-toolbar v-app-bar v-app-bar--fixed primary" style="height:80px;margin-top:0;transform:translateY(0);left:0;right:0" data-booted="true"><div class="v-toolbar__content" style="height:80px"><a {SCOPE} href="/" class="router-link-active d-flex align-center"><img {SCOPE} src="/img/logo-doae.png" height="56" alt="logo"><div {SCOPE} class="ml-3"><div {SCOPE} class="text-subtitle-1 font-weight-bold">{OFFICE}</div><div {SCOPE} class="text-caption">Nan Provincial Agricultural Extension Office</div></div></a><div class="spacer"></div><nav {SCOPE} class="d-none d-md-flex"><a {SCOPE} href="/" class="v-btn v-btn--text theme--dark v-size--default"><span class="v-btn__content">หน้าแรก</span></a><a {SCOPE} href="/about" class="v-btn v-btn--text theme--dark v-size--default"><span class="v-btn__content">เกี่ยวกับหน่วยงาน</span></a><a {SCOPE} href="/news" class="v-btn v-btn--router v-btn--text theme--dark v-size--default v-btn--active"><span class="v-btn__content">ข่าวประชาสัมพันธ์</span></a><a {SCOPE} href="/services" class="v-btn v-btn--text theme--dark v-size--default"><span class="v-btn__content">บริการเกษตรกร</span></a><a {SCOPE} href="/ita" class="v-btn v-btn--text theme--dark v-size--default"><span class="v-btn__content">ITA</span></a><a {SCOPE} href="/contact" class="v-btn v-btn--text theme--dark v-size--default"><span class="v-btn__content">ติดต่อเรา</span></a></nav><button type="button" class="d-md-none v-app-bar__nav-icon v-btn v-btn--icon v-btn--round theme--dark v-size--default"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-menu theme--dark"></i></span></button></div></header>
<nav class="v-navigation-drawer v-navigation-drawer--close v-navigation-drawer--fixed v-navigation-drawer--is-mobile v-navigation-drawer--temporary theme--light" style="height:100%;top:0;transform:translateX(-100%);width:256px" data-booted="true"><div class="v-navigation-drawer__content"><div role="list" class="v-list v-sheet theme--light"><a href="/" class="v-list-item v-list-item--link theme--light" role="listitem"><div class="v-list-item__title">หน้าแรก</div></a><a href="/news" class="v-list-item v-list-item--link theme--light" role="listitem"><div class="v-list-item__title">ข่าวประชาสัมพันธ์</div></a><a href="/contact" class="v-list-item v-list-item--link theme--light" role="listitem"><div class="v-list-item__title">ติดต่อเรา</div></a></div></div></nav>
<main class="v-main" style="padding:80px 0 0 0" data-booted="true"><div class="v-main__wrap">
<section {SCOPE} class="page-hero"><div {SCOPE} class="container"><h1 {SCOPE} class="text-h4 white--text">ข่าวประชาสัมพันธ์</h1></div></section>
{view}
</div></main>
<footer {SCOPE} class="v-footer v-sheet theme--dark v-footer--padless" data-booted="true"><div {SCOPE} class="container"><div {SCOPE} class="row"><div {SCOPE} class="col-md-8 col-12"><div {SCOPE} class="font-weight-bold">{OFFICE}</div><div {SCOPE}>ศาลากลางจังหวัดน่าน ชั้น 2 ถนนน่าน-พะเยา ตำบลผาสิงห์ อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร. 0-5471-0456</div></div><div {SCOPE} class="col-md-4 col-12 text-right"><div {SCOPE} class="visitor-counter">จำนวนผู้เข้าชมเว็บไซต์ <span {SCOPE} class="counter-digits">0418273</span> คน</div><div {SCOPE}>ออนไลน์ขณะนี้ 9 คน</div></div></div><div {SCOPE} class="text-center text-caption">© 2567 {OFFICE} กรมส่งเสริมการเกษตร</div></div></footer>
<div class="v-snack v-snack--bottom v-snack--has-background v-snack--multi-line" style="padding-bottom:0"><div class="v-snack__wrapper v-sheet theme--dark" style=""><div role="status" aria-live="polite" class="v-snack__content">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน อ่าน <a href="/cookie-policy">นโยบายคุกกี้</a></div><div class="v-snack__action"><button type="button" class="v-btn v-btn--text theme--dark v-size--default v-snack__btn"><span class="v-btn__content">ยอมรับ</span></button></div></div></div>
</div></div><script>window.__INITIAL_STATE__={state_json(state)}</script><script src="/js/chunk-vendors.0a5e77b1.js"></script><script src="/js/app.91f2c3de.js"></script></body></html>"""

    def base_state(self):
        return {
            "route": {"name": None, "path": "", "query": {}, "params": {}},
            "app": {"drawer": False, "cookieAccepted": False, "visitor": 418273, "online": 9},
            "news": {
                "list": [],
                "total": len(self.articles) + 1,
                "offset": 0,
                "limit": self.per_page,
                "item": None,
                "related": [],
                "latest": [self.mini(b) for b in self.articles[:5]],
                "error": None,
                "loading": False,
            },
        }

    # ------------------------------------------------------------ listing

    def listing(self, k):
        items = list(self.pages[k])
        cards = []
        ghost = {
            "id": DELETED_ID,
            "title": "ประกาศรายชื่อเกษตรกรผู้ผ่านการคัดเลือกเข้าร่วมโครงการ Young Smart Farmer ปี 2568",
            "news_date": "2567-09-12",
            "cover": f"/storage/news/{DELETED_ID}/cover.jpg",
        }
        entries = [self.mini(a) for a in items]
        if k == 1:
            entries.insert(2, ghost)
        by_id = {a.id: a for a in items}
        for e in entries:
            a = by_id.get(e["id"])
            d = a.published if a else dt.datetime(2024, 9, 12)
            views = thai_digits(f"{a.views:,}") if a else "๐"
            cards.append(
                f'<div {SCOPE} class="col-sm-6 col-md-3 col-12"><a {SCOPE} href="/news/{e["id"]}" class="v-card v-card--link v-sheet v-sheet--outlined theme--light" tabindex="0"><div {SCOPE} class="v-image v-responsive theme--light" style="height:160px"><div class="v-responsive__sizer" style="padding-bottom:56.25%"></div><div class="v-image__image v-image__image--cover" style="background-image:url(&quot;{e["cover"]}&quot;);background-position:center center"></div></div><div {SCOPE} class="v-card__title news-card-title">{esc(e["title"])}</div><div {SCOPE} class="v-card__subtitle"><i aria-hidden="true" class="v-icon notranslate mdi mdi-calendar theme--light" style="font-size:16px"></i> {chip_date(d)} · <i aria-hidden="true" class="v-icon notranslate mdi mdi-eye theme--light" style="font-size:16px"></i> {views}</div></a></div>'
            )
        more = ""
        if k < len(self.pages) - 1:
            more = f'<div {SCOPE} class="text-center mt-6"><a {SCOPE} href="{self.page_url(k + 1)}" class="v-btn v-btn--outlined v-btn--router theme--light v-size--large primary--text"><span class="v-btn__content">ดูข่าวเพิ่มเติม <i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-down theme--light"></i></span></a></div>'
        view = f"""<div {SCOPE} class="container news-list"><ul {SCOPE} class="v-breadcrumbs theme--light"><li><a href="/" class="v-breadcrumbs__item">หน้าแรก</a></li><li class="v-breadcrumbs__divider">/</li><li><div class="v-breadcrumbs__item v-breadcrumbs__item--disabled">ข่าวประชาสัมพันธ์</div></li></ul>
<div {SCOPE} class="row">{"".join(cards)}</div>{more}</div>"""
        state = self.base_state()
        state["route"] = {
            "name": "news",
            "path": "/news",
            "query": {"offset": str(k * self.per_page)} if k else {},
            "params": {},
        }
        state["news"]["list"] = entries
        state["news"]["offset"] = k * self.per_page
        return self.shell(view, state)

    # ------------------------------------------------------------ detail

    def related(self, a):
        i = self.articles.index(a)
        return [b for b in self.articles if b is not a][max(0, i - 1) : max(0, i - 1) + 3]

    def detail(self, a):
        content = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        when = chip_date(a.published) + (
            f" เวลา {a.published.hour:02d}:{a.published.minute:02d} น." if a.time_printed else ""
        )
        upd = (
            f'<span {SCOPE} class="news-updated ml-3">แก้ไขล่าสุด {us_date(a.modified)}</span>'
            if a.modified
            else ""
        )
        tags = "".join(
            f'<a {SCOPE} href="/news?tag={esc(t)}" class="v-chip v-chip--clickable v-chip--link v-chip--no-color theme--light v-size--small"><span class="v-chip__content">#{esc(t)}</span></a>'
            for t in a.tags
        )
        src = (
            f'<div {SCOPE} class="news-source mt-4"><span {SCOPE} class="font-weight-bold">ที่มา :</span> {esc(a.source)}</div>'
            if a.source
            else ""
        )
        rel = self.related(a)
        rel_cards = "".join(
            f'<div {SCOPE} class="col-md-4 col-12"><a {SCOPE} href="{b.path}" class="v-card v-card--link v-sheet theme--light"><div {SCOPE} class="v-card__title text-body-1">{esc(b.title)}</div><div {SCOPE} class="v-card__subtitle">{chip_date(b.published)}</div></a></div>'
            for b in rel
        )
        latest = "".join(
            f'<a {SCOPE} href="{b.path}" class="v-list-item v-list-item--link theme--light"><div class="v-list-item__content"><div class="v-list-item__title text-wrap">{esc(b.title)}</div><div class="v-list-item__subtitle">{chip_date(b.published)}</div></div></a>'
            for b in self.articles[:5]
        )
        view = f"""<div {SCOPE} class="container news-detail"><ul {SCOPE} class="v-breadcrumbs theme--light"><li><a href="/" class="v-breadcrumbs__item">หน้าแรก</a></li><li class="v-breadcrumbs__divider">/</li><li><a href="/news" class="v-breadcrumbs__item">ข่าวประชาสัมพันธ์</a></li><li class="v-breadcrumbs__divider">/</li><li><div class="v-breadcrumbs__item v-breadcrumbs__item--disabled">รายละเอียดข่าว</div></li></ul>
<div {SCOPE} class="row"><div {SCOPE} class="col-md-8 col-12">
<div {SCOPE} class="v-card v-sheet theme--light elevation-1"><div {SCOPE} class="v-image v-responsive theme--light" style="max-height:420px"><div class="v-image__image v-image__image--cover" style="background-image:url(&quot;/storage/news/{a.id}/cover.jpg&quot;)"></div></div>
<div {SCOPE} class="v-card__text">
<div {SCOPE} class="news-meta d-flex flex-wrap align-center"><span {SCOPE} class="v-chip v-chip--label theme--light v-size--small green lighten-5"><span class="v-chip__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-calendar-month theme--light"></i> {when}</span></span><span {SCOPE} class="news-hits ml-3"><i aria-hidden="true" class="v-icon notranslate mdi mdi-eye-outline theme--light"></i> อ่าน {thai_digits(f"{a.views:,}")} ครั้ง</span>{upd}</div>
<div {SCOPE} class="news-title text-h5 font-weight-bold mt-3 mb-4">{esc(a.title)}</div>
<div {SCOPE} class="news-body">
<div {SCOPE} class="font-tools text-right"><button {SCOPE} type="button" class="v-btn v-btn--text v-size--small" aria-label="ลดขนาดตัวอักษร"><span class="v-btn__content">ก-</span></button><button {SCOPE} type="button" class="v-btn v-btn--text v-size--small" aria-label="ขนาดปกติ"><span class="v-btn__content">ก</span></button><button {SCOPE} type="button" class="v-btn v-btn--text v-size--small" aria-label="เพิ่มขนาดตัวอักษร"><span class="v-btn__content">ก+</span></button></div>
<div {SCOPE} class="news-content">{content}</div>
<div {SCOPE} class="news-attach mt-4"><div {SCOPE} class="text-subtitle-2">ไฟล์แนบ</div><a {SCOPE} href="/storage/news/{a.id}/attach-1.pdf" target="_blank" class="d-block"><i aria-hidden="true" class="v-icon notranslate mdi mdi-file-pdf-box theme--light red--text"></i> เอกสารประกอบข่าว.pdf (845 KB)</a></div>
{src}
<div {SCOPE} class="news-tags mt-4">{tags}</div>
<div {SCOPE} class="news-share mt-4 d-flex align-center"><span {SCOPE} class="mr-2">แชร์</span><a {SCOPE} href="https://www.facebook.com/sharer/sharer.php?u=https://www.nan.doae.go.th{a.path}" target="_blank" class="v-btn v-btn--icon v-btn--round theme--light v-size--default" aria-label="Facebook"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-facebook theme--light"></i></span></a><a {SCOPE} href="https://social-plugins.line.me/lineit/share?url=https://www.nan.doae.go.th{a.path}" target="_blank" class="v-btn v-btn--icon v-btn--round theme--light v-size--default" aria-label="LINE"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-chat theme--light"></i></span></a><button {SCOPE} type="button" class="v-btn v-btn--text theme--light v-size--small"><span class="v-btn__content">คัดลอกลิงก์</span></button><button {SCOPE} type="button" class="v-btn v-btn--text theme--light v-size--small"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-printer theme--light"></i> พิมพ์</span></button></div>
</div>
</div></div>
<div {SCOPE} class="text-h6 mt-8 mb-2">ข่าวอื่นๆ ที่น่าสนใจ</div><div {SCOPE} class="row">{rel_cards}</div>
</div>
<div {SCOPE} class="col-md-4 col-12"><div {SCOPE} class="v-card v-sheet theme--light"><div {SCOPE} class="v-card__title primary white--text">ข่าวล่าสุด</div><div role="list" class="v-list v-sheet theme--light">{latest}</div></div>
<div {SCOPE} class="v-card v-sheet theme--light mt-4"><div {SCOPE} class="v-card__title">ลิงก์หน่วยงาน</div><div {SCOPE} class="v-card__text"><a href="https://www.doae.go.th" target="_blank">กรมส่งเสริมการเกษตร</a><br><a href="https://www.nan.go.th" target="_blank">จังหวัดน่าน</a></div></div></div>
</div></div>"""
        state = self.base_state()
        state["route"] = {
            "name": "news-detail",
            "path": a.path,
            "query": {},
            "params": {"id": str(a.id)},
        }
        state["news"]["item"] = {
            "id": a.id,
            "title": a.title,
            "content": content,
            "news_date": f"{be(a.published)}-{a.published.month:02d}-{a.published.day:02d}",
            "news_time": f"{a.published.hour:02d}:{a.published.minute:02d}"
            if a.time_printed
            else None,
            "updated_at": a.modified.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            if a.modified
            else None,
            "hits": a.views,
            "source": a.source,
            "tags": list(a.tags),
            "category": {"id": 2, "name": "ข่าวประชาสัมพันธ์"},
            "attachments": [
                {
                    "name": "เอกสารประกอบข่าว.pdf",
                    "url": f"/storage/news/{a.id}/attach-1.pdf",
                    "size": 865280,
                }
            ],
            "cover": f"/storage/news/{a.id}/cover.jpg",
            "status": 1,
        }
        state["news"]["related"] = [self.mini(b) for b in rel]
        return self.shell(view, state)

    def deleted(self):
        view = f"""<div {SCOPE} class="container news-detail"><ul {SCOPE} class="v-breadcrumbs theme--light"><li><a href="/" class="v-breadcrumbs__item">หน้าแรก</a></li><li class="v-breadcrumbs__divider">/</li><li><a href="/news" class="v-breadcrumbs__item">ข่าวประชาสัมพันธ์</a></li><li class="v-breadcrumbs__divider">/</li><li><div class="v-breadcrumbs__item v-breadcrumbs__item--disabled">รายละเอียดข่าว</div></li></ul>
<div {SCOPE} class="row"><div {SCOPE} class="col-12"><div {SCOPE} class="v-alert v-sheet theme--light v-alert--outlined warning--text" role="alert"><div class="v-alert__wrapper"><i aria-hidden="true" class="v-icon notranslate v-alert__icon mdi mdi-alert theme--light warning--text"></i><div class="v-alert__content">ไม่พบข้อมูลข่าวที่ท่านต้องการ ข่าวนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</div></div></div><a {SCOPE} href="/news" class="v-btn v-btn--router v-btn--text theme--light v-size--default"><span class="v-btn__content">กลับหน้ารวมข่าว</span></a></div></div></div>"""
        state = self.base_state()
        state["route"] = {
            "name": "news-detail",
            "path": f"/news/{DELETED_ID}",
            "query": {},
            "params": {"id": str(DELETED_ID)},
        }
        state["news"]["error"] = "ไม่พบข้อมูล"
        return self.shell(view, state)

    def robots(self):
        return "User-agent: *\nDisallow: /api/\nDisallow: /admin/\n"

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            rel = self.related(a)
            must_not = [
                "ไฟล์แนบ",
                "เอกสารประกอบข่าว.pdf",
                "คัดลอกลิงก์",
                "ข่าวอื่นๆ ที่น่าสนใจ",
                "ข่าวล่าสุด",
                "จำนวนผู้เข้าชมเว็บไซต์",
                "นโยบายคุกกี้",
                "ลิงก์หน่วยงาน",
                f"อ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "ก+",
                "รายละเอียดข่าว",
                rel[-1].title,
                self.articles[0].title if a is not self.articles[0] else self.articles[4].title,
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {us_date(a.modified)}")
            if a.tags:
                must_not.append("#" + a.tags[0])
            out.append(record(self, a, must_not))
        return out


SITE = VueSite()

if __name__ == "__main__":
    main(SITE)
