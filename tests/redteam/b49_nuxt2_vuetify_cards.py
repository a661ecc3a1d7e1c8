"""Blind-49 red-team site (part C): a **Thai department portal on Nuxt 2 (SSR) + Vuetify 2**, the
kind an outsourced vendor built for a กรม in 2020-2023 (กรมกิจการผู้สูงอายุ-like), built blind.

Looked up (search tool): Vuetify 2's `v-img` (rendered as `div.v-image.v-responsive` with
`div.v-responsive__sizer` and a `div.v-image__image--cover` whose picture is a CSS
`background-image`), `v-card` with `to` (an `<a class="v-card v-card--link v-sheet">`),
`v-pagination` (buttons, no links), `v-breadcrumbs`, `v-chip`, `v-carousel`, and the kitchen /
docs pages of the vuetifyjs repository; Nuxt 2's SSR shell (`div#__nuxt > div#__layout`,
`data-n-head="ssr"` head tags, `window.__NUXT__=(function(a,b,…){…})`, `/_nuxt/` bundles).
Layout of the portal (accessibility bar, PDPA banner, card grid, lead box, Thai-digit dates)
follows Thai department portals of the period, from memory. No one's code was copied.

What it imitates:
- `/th/news` listing and `/th/news/<id>` pages; `<html data-n-head-ssr lang="th">`, head tags
  with `data-n-head="ssr"`, `/_nuxt/<hash>.js` preloads, `window.__NUXT__` state at the end
  (the listing items, or the article with its whole HTML `detail` and `newsDate`/`newsTime`);
- Vuetify app shell: `div.v-application` > accessibility bar ("ขนาดตัวอักษร ก- ก ก+",
  "การแสดงผล สีปกติ / ขาวดำ / ความคมชัดสูง", TH | EN), `header.v-app-bar` with the
  department, nav, `main.v-main`, footer with address and a site counter, PDPA banner;
- the article: `v-breadcrumbs` ending in the short title, `h1.news-title` (the headline), a
  meta row "วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗" (**Thai digits, weekday-led**) with
  "เวลา ๑๔.๒๐ น." on some, the counter, "อัปเดตล่าสุด …" on edited items; share buttons
  ("แชร์", "คัดลอกลิงก์"); tag chips "#…"; "ข่าวที่เกี่ยวข้อง" cards (short titles, dates).

Traps (new this round in **bold**):
- **a card grid whose pictures are CSS background images** (`v-img`) and whose only link is
  the card itself; **the card title is the editors' short title** (cut at a word, with or
  without "…"), which also ends the breadcrumbs and titles the related cards: the record's
  title is the article's `h1`;
- **paging only by `<link rel="next">` / `rel="prev"` in `<head>`**: the visible
  `v-pagination` is made of `<button>`s with no address (`/th/news?page=2`, `?page=3`);
- **the counter printed in English as "(1,234 views)"** after an eye icon;
- **the source printed before the text**: a chip "โดย กลุ่มประชาสัมพันธ์ …" under the
  headline (some items; no sign-off after the text);
- **the text split over blocks**: a lead box (the first paragraph, `v-sheet` outlined), then
  a `v-carousel` of pictures (some), then the other paragraphs, with **one paragraph set in a
  quote box** (`blockquote.news-quote`) on some items: all of it is the text;
- **page 1 of the listing prints the newest item's full text** in a "ข่าวเด่น" panel above
  the grid (with "อ่านต่อ" to its page);
- the Nuxt state script repeats every article's HTML (noise, not a second page).
Deleted: `/th/news/2390` linked from page 2 — the page's empty state (200): blank headline and
a `v-alert` "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว".
"""

from __future__ import annotations

import datetime as dt
import json
import re

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมกิจการผู้สูงอายุ"
DEPT_EN = "Department of Older Persons"
MINISTRY = "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
LIST = "/th/news"
DETAIL = "/th/news/"
PER = 9
SECTION = "ข่าวประชาสัมพันธ์"
SOURCES = [
    "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม",
    None,
    "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุจังหวัดขอนแก่น",
    None,
    "กองส่งเสริมและพัฒนาผู้สูงอายุ",
]
TAGS = ["ผู้สูงอายุ", "สังคมสูงวัย", "ธนาคารเวลา", "โรงเรียนผู้สูงอายุ", "สวัสดิการสังคม", "พม."]
DELETED_ID = 2390
DELETED_TITLE = "กรมกิจการผู้สูงอายุเปิดรับสมัครอาสาสมัครดูแลผู้สูงอายุ (อผส.) ประจำปี 2567"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ " + thai_digits("1,284,906") + " ครั้ง"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
FOOTER = "กรมกิจการผู้สูงอายุ เลขที่ 1034 ถนนกรุงเกษม แขวงคลองมหานาค เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100 โทรศัพท์ 0 2642 4336"
A11Y = "ขนาดตัวอักษร"
HIGHLIGHT = "ข่าวเด่น"
RELATED = "ข่าวที่เกี่ยวข้อง"
COPY = "คัดลอกลิงก์"
NUXT_JS = ["/_nuxt/4f2a1c9.js", "/_nuxt/9b7e3d0.js", "/_nuxt/c81a6f2.js", "/_nuxt/0d5e9ab.js"]


def th_long(d: dt.datetime) -> str:
    """'วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗'."""
    return thai_digits(
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"
    )


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


def th_short(d: dt.datetime) -> str:
    """'๕ มี.ค. ๖๗' (card dates)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def short_title(title: str, i: int) -> str:
    """The editors' 'หัวข้อย่อ' for the cards: the headline cut at a word near 42 characters
    (an ellipsis on odd items), or mid-word with an ellipsis when no space falls late enough;
    a headline tagged '[agency]' short enough is reworded 'agency: headline'."""
    if len(title) <= 42:
        m = re.match(r"^(.*?)\s*\[(.+)\]$", title)
        if m:
            return f"{m[2]}: {m[1]}"
        return title
    cut = title[:42]
    if " " in cut and len(cut.rsplit(" ", 1)[0]) >= 20:
        word = cut.rsplit(" ", 1)[0]
        return word + ("…" if i % 2 else "")
    return cut + "…"


def v_img(src: str, ratio: float = 56.25, height: int | None = None) -> str:
    style = f' style="height:{height}px;"' if height else ""
    return (
        f'<div class="v-image v-responsive theme--light"{style}>'
        f'<div class="v-responsive__sizer" style="padding-bottom:{ratio}%;"></div>'
        f'<div class="v-image__image v-image__image--cover" style="background-image:url(&quot;{src}&quot;);background-position:center center;"></div>'
        '<div class="v-responsive__content" style="width:1200px;"></div></div>'
    )


class NuxtVuetifySite(BaseSite):
    key = "b49_nuxt2_vuetify_cards"
    family = "generic"
    imitates = "Thai department portal (กรมกิจการผู้สูงอายุ-like) on Nuxt 2 SSR + Vuetify 2: /th/news/<id>; card grid of <a class=v-card> with v-img background-image pictures and the editors' short titles (cut at a word or mid-word, some with …; headlines of 42 characters or fewer kept), also in breadcrumbs and related cards; visible v-pagination of <button>s only, paging by <link rel=next/prev> in <head> (/th/news?page=N); h1.news-title headline; 'วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗' (Thai digits) with 'เวลา ๑๔.๒๐ น.' on some; counter '(1,234 views)' in English; 'โดย <office>' chip before the text (some); text split into a lead v-sheet, a v-carousel (some), paragraphs and a blockquote quote box (some); 'อัปเดตล่าสุด' on edited items; share/copy-link, tag chips, related cards; accessibility bar, PDPA banner, site counter; page 1 prints the newest item's full text in a 'ข่าวเด่น' panel; window.__NUXT__ repeats the article HTML; deleted = empty state with v-alert 'ไม่พบข่าวที่ท่านต้องการ…' (200)"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 9, 27, 16, 0, tzinfo=TZ), offset=31
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 2412 - i - (i // 5)
            if a.id == DELETED_ID:
                a.id -= 1
            a.path = f"{DETAIL}{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range(i % 4)]
            a.views = 208 + (i * 611 + 97) % 9400
            a.modified = (
                (a.published + dt.timedelta(days=1 + i % 4)).replace(
                    hour=9 + i % 7, minute=(i * 13) % 60
                )
                if i % 3 == 1
                else None
            )
            a.extra["short"] = short_title(a.title, i)
            a.extra["carousel"] = i % 3 != 2
            a.extra["quote"] = (len(a.paras) - 2) if (i % 2 == 0 and len(a.paras) >= 4) else None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return LIST + (f"?page={k + 1}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"{DETAIL}{DELETED_ID}"]

    def related(self, a):
        i = self.articles.index(a)
        others = [x for x in self.articles if x is not a]
        return others[i % 5 : i % 5 + 3]

    # ------------------------------------------------------------ shell

    def shell(self, title, content, *, head_extra="", nuxt_state="{}", route=LIST):
        preload = "".join(f'<link rel="preload" href="{js}" as="script">' for js in NUXT_JS)
        scripts = "".join(f'<script src="{js}" defer></script>' for js in NUXT_JS)
        return f"""<!doctype html>
<html data-n-head-ssr lang="th" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22th%22%7D%7D">
  <head >
    <title>{esc(title)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{DEPT} {MINISTRY}"><meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="{DEPT}"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="stylesheet" type="text/css" href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&amp;display=swap"><link data-n-head="ssr" rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/npm/@mdi/font@6.x/css/materialdesignicons.min.css">{head_extra}{preload}<link rel="stylesheet" href="/_nuxt/css/7a1f0c2.css">
  </head>
  <body >
    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div data-app="true" id="app" class="v-application v-application--is-ltr theme--light"><div class="v-application--wrap">
<div class="a11y-bar grey lighten-4"><div class="container d-flex align-center py-1">
 <span class="caption mr-2">{A11Y}</span><button type="button" class="v-btn v-btn--text theme--light v-size--x-small" aria-label="ลดขนาดตัวอักษร"><span class="v-btn__content">ก-</span></button><button type="button" class="v-btn v-btn--text theme--light v-size--x-small" aria-label="ขนาดตัวอักษรปกติ"><span class="v-btn__content">ก</span></button><button type="button" class="v-btn v-btn--text theme--light v-size--x-small" aria-label="เพิ่มขนาดตัวอักษร"><span class="v-btn__content">ก+</span></button>
 <span class="caption mx-2">การแสดงผล</span><button type="button" class="v-btn v-btn--text theme--light v-size--x-small"><span class="v-btn__content">สีปกติ</span></button><button type="button" class="v-btn v-btn--text theme--light v-size--x-small"><span class="v-btn__content">ขาวดำ</span></button><button type="button" class="v-btn v-btn--text theme--light v-size--x-small"><span class="v-btn__content">ความคมชัดสูง</span></button>
 <div class="spacer"></div><a href="{route}" aria-current="page" class="v-btn--active v-btn v-btn--text theme--light v-size--x-small nuxt-link-active"><span class="v-btn__content">TH</span></a><a href="/en" class="v-btn v-btn--text theme--light v-size--x-small"><span class="v-btn__content">EN</span></a>
</div></div>
<header class="v-sheet theme--light v-toolbar v-app-bar white" data-booted="true" style="height:88px;"><div class="v-toolbar__content" style="height:88px;"><div class="container d-flex align-center">
 <a href="/th" class="d-flex align-center nuxt-link-active"><img src="/images/logo-dop.png" alt="{DEPT}" height="64"><div class="ml-3"><div class="text-h6 font-weight-bold primary--text">{DEPT}</div><div class="caption">{DEPT_EN}</div></div></a>
 <div class="spacer"></div>
 <nav class="d-none d-md-flex"><a href="/th" class="v-btn v-btn--text theme--light v-size--default"><span class="v-btn__content">หน้าหลัก</span></a><a href="/th/about" class="v-btn v-btn--text theme--light v-size--default"><span class="v-btn__content">เกี่ยวกับกรม</span></a><a href="{LIST}" class="v-btn v-btn--text theme--light v-size--default nuxt-link-active"><span class="v-btn__content">{SECTION}</span></a><a href="/th/service" class="v-btn v-btn--text theme--light v-size--default"><span class="v-btn__content">บริการ</span></a><a href="/th/ita" class="v-btn v-btn--text theme--light v-size--default"><span class="v-btn__content">ITA</span></a><a href="/th/contact" class="v-btn v-btn--text theme--light v-size--default"><span class="v-btn__content">ติดต่อเรา</span></a></nav>
</div></div></header>
<main class="v-main" style="padding-top:0px;padding-right:0px;padding-bottom:0px;padding-left:0px;"><div class="v-main__wrap"><div class="container py-6">
{content}
</div></div></main>
<footer class="v-footer v-sheet theme--dark v-sheet--tile primary darken-3" data-booted="true"><div class="container"><div class="row">
 <div class="col-md-8 col-12"><div class="subtitle-1 font-weight-bold">{DEPT} {MINISTRY}</div><div class="body-2">{FOOTER}</div></div>
 <div class="col-md-4 col-12 text-md-right"><div class="body-2">{COUNTER}</div><div class="caption">© 2567 {DEPT_EN}. All rights reserved.</div></div>
</div></div></footer>
<div class="pdpa-consent v-sheet theme--light elevation-8" role="dialog"><div class="container d-flex align-center"><div class="body-2">{COOKIE} <a href="/th/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></div><div class="spacer"></div><button type="button" class="v-btn v-btn--outlined theme--light v-size--default primary--text"><span class="v-btn__content">ตั้งค่าคุกกี้</span></button><button type="button" class="v-btn v-btn--has-bg theme--light v-size--default primary"><span class="v-btn__content">ยอมรับทั้งหมด</span></button></div></div>
</div></div></div></div><script>window.__NUXT__=(function(a,b,c){{return {{layout:"default",data:[{nuxt_state}],fetch:{{}},error:null,serverRendered:true,routePath:"{route}",config:{{apiBase:"https:\\u002F\\u002Fapi.dop.go.th\\u002Fv1",_app:{{basePath:a,assetsPath:"\\u002F_nuxt\\u002F",cdnURL:b}}}}}}}}("\\u002F",null,false));</script>{scripts}
  </body>
</html>
"""

    # ------------------------------------------------------------ listing

    def card(self, path, short, d, thumb):
        return f"""<div class="col-sm-6 col-md-4 col-12"><a href="{path}" tabindex="0" class="news-card v-card v-card--link v-sheet theme--light elevation-2">
 {v_img(thumb, 56.25, 200)}
 <div class="v-card__subtitle pb-0"><i aria-hidden="true" class="v-icon notranslate mdi mdi-calendar-blank theme--light" style="font-size:16px;"></i> {th_short(d)}</div>
 <div class="v-card__title news-card__title text-subtitle-1">{esc(short)}</div>
</a></div>"""

    def render_list(self, k):
        cards = [
            self.card(x.path, x.extra["short"], x.published, f"/uploads/news/{x.id}/cover_640.jpg")
            for x in self.pages[k]
        ]
        if k == 1:
            cards.insert(
                5,
                self.card(
                    f"{DETAIL}{DELETED_ID}",
                    short_title(DELETED_TITLE, 1),
                    dt.datetime(2024, 8, 21, tzinfo=TZ),
                    "/images/default-news.jpg",
                ),
            )
        highlight = ""
        if k == 0:
            top = self.articles[0]
            paras = "".join(f"<p>{esc(p)}</p>" for p in top.paras)
            highlight = f"""<div class="news-highlight v-card v-sheet theme--light elevation-0 mb-8">
 <div class="row no-gutters"><div class="col-md-5 col-12">{v_img(f"/uploads/news/{top.id}/cover_1200.jpg", 66.6)}</div>
 <div class="col-md-7 col-12 pa-6"><span class="v-chip v-chip--label theme--light v-size--small secondary"><span class="v-chip__content">{HIGHLIGHT}</span></span>
  <div class="text-h6 mt-2">{esc(top.title)}</div>
  <div class="caption grey--text">{th_long(top.published)}</div>
  <div class="highlight-body body-2 mt-3">{paras}</div>
  <a href="{top.path}" class="v-btn v-btn--text theme--light v-size--default primary--text"><span class="v-btn__content">อ่านต่อ <i aria-hidden="true" class="v-icon notranslate mdi mdi-arrow-right theme--light"></i></span></a>
 </div></div></div>"""
        n = len(self.pages)
        btns = [
            f'<li><button type="button" aria-label="Previous page" class="v-pagination__navigation{" v-pagination__navigation--disabled" if k == 0 else ""}"{" disabled=" + chr(34) + "disabled" + chr(34) if k == 0 else ""}><i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-left theme--light"></i></button></li>'
        ]
        for j in range(n):
            if j == k:
                btns.append(
                    f'<li><button type="button" aria-current="true" aria-label="Current Page, Page {j + 1}" class="v-pagination__item v-pagination__item--active primary">{j + 1}</button></li>'
                )
            else:
                btns.append(
                    f'<li><button type="button" aria-label="Goto Page {j + 1}" class="v-pagination__item">{j + 1}</button></li>'
                )
        btns.append(
            f'<li><button type="button" aria-label="Next page" class="v-pagination__navigation{" v-pagination__navigation--disabled" if k == n - 1 else ""}"{" disabled=" + chr(34) + "disabled" + chr(34) if k == n - 1 else ""}><i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-right theme--light"></i></button></li>'
        )
        content = f"""<ul class="v-breadcrumbs theme--light pl-0"><li><a href="/th" class="v-breadcrumbs__item">หน้าหลัก</a></li><li class="v-breadcrumbs__divider">/</li><li><div class="v-breadcrumbs__item v-breadcrumbs__item--disabled">{SECTION}</div></li></ul>
<h1 class="text-h4 font-weight-bold mb-6">{SECTION}</h1>
{highlight}
<div class="row news-grid">{"".join(cards)}</div>
<div class="text-center mt-6"><nav role="navigation" aria-label="Pagination Navigation"><ul class="v-pagination theme--light">{"".join(btns)}</ul></nav></div>"""
        head = ""
        if k > 0:
            head += f'<link data-n-head="ssr" rel="prev" href="{self.page_url(k - 1)}">'
        if k < n - 1:
            head += f'<link data-n-head="ssr" rel="next" href="{self.page_url(k + 1)}">'
        head += f'<link data-n-head="ssr" rel="canonical" href="{self.page_url(k)}">'
        items = [
            {
                "id": x.id,
                "shortTitle": x.extra["short"],
                "newsDate": x.published.date().isoformat(),
                "cover": f"/uploads/news/{x.id}/cover_640.jpg",
            }
            for x in self.pages[k]
        ]
        state = (
            "{items:"
            + json.dumps(items, ensure_ascii=False).replace("/", "\\u002F")
            + f",page:{k + 1},total:{len(self.articles)}}}"
        )
        return self.html_response(
            self.shell(
                f"{SECTION} | {DEPT}",
                content,
                head_extra=head,
                nuxt_state=state,
                route=self.page_url(k),
            )
        )

    # ------------------------------------------------------------ article

    def detail_html(self, a):
        """The editor's HTML for the text after the lead (what the API's `detail` holds)."""
        out = []
        for j, p in enumerate(a.paras[1:], start=1):
            if j == a.extra["quote"]:
                out.append(
                    f'<blockquote class="news-quote"><i aria-hidden="true" class="v-icon notranslate mdi mdi-format-quote-open theme--light"></i><p>{esc(p)}</p></blockquote>'
                )
            else:
                out.append(f"<p>{esc(p)}</p>")
        return "".join(out)

    def render_detail(self, a, base):
        url = f"{base}{a.path}"
        when = th_long(a.published) + (f" เวลา {th_time(a.published)}" if a.time_printed else "")
        updated = (
            f'<span class="news-meta__updated ml-4"><i aria-hidden="true" class="v-icon notranslate mdi mdi-update theme--light" style="font-size:16px;"></i> อัปเดตล่าสุด {th_long(a.modified)} เวลา {th_time(a.modified)}</span>'
            if a.modified
            else ""
        )
        byline = (
            f'<div class="news-byline mb-4"><span class="v-chip v-chip--outlined theme--light v-size--small primary--text"><span class="v-chip__content"><i aria-hidden="true" class="v-icon notranslate v-icon--left mdi mdi-account-group theme--light" style="font-size:16px;"></i>โดย {esc(a.source)}</span></span></div>'
            if a.source
            else ""
        )
        carousel = ""
        if a.extra["carousel"]:
            slides = "".join(
                f'<div class="v-window-item{" v-window-item--active" if j == 1 else ""}" style="{"" if j == 1 else "display:none;"}"><div class="v-image v-responsive v-carousel__item theme--light" style="height:480px;"><div class="v-responsive__content"><div class="v-image v-responsive theme--light"><div class="v-responsive__sizer" style="padding-bottom:66.6%;"></div><div class="v-image__image v-image__image--contain" style="background-image:url(&quot;/uploads/news/{a.id}/gallery/{j}.jpg&quot;);background-position:center center;"></div></div></div></div></div>'
                for j in range(1, 5)
            )
            dots = "".join(
                f'<button type="button" value="{j}" aria-label="Carousel slide {j + 1} of 4" class="v-carousel__controls__item v-btn v-btn--icon v-btn--round theme--dark v-size--small{" v-item--active v-btn--active" if j == 0 else ""}"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-circle theme--dark" style="font-size:18px;"></i></span></button>'
                for j in range(4)
            )
            carousel = f'<div class="news-gallery v-window v-item-group theme--dark v-carousel mb-6" style="height:480px;"><div class="v-window__container">{slides}<div class="v-window__prev"><button type="button" aria-label="Previous visual" class="v-btn v-btn--icon v-btn--round theme--dark v-size--default"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-left theme--dark" style="font-size:36px;"></i></span></button></div><div class="v-window__next"><button type="button" aria-label="Next visual" class="v-btn v-btn--icon v-btn--round theme--dark v-size--default"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-right theme--dark" style="font-size:36px;"></i></span></button></div></div><div class="v-carousel__controls"><div class="v-item-group theme--dark">{dots}</div></div></div>'
        tags = (
            '<div class="news-tags mt-6">'
            + "".join(
                f'<a href="/th/news?tag={esc(t)}" class="v-chip v-chip--clickable v-chip--link theme--light v-size--small mr-2"><span class="v-chip__content">#{esc(t)}</span></a>'
                for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        related = "".join(
            self.card(x.path, x.extra["short"], x.published, f"/uploads/news/{x.id}/cover_640.jpg")
            for x in self.related(a)
        )
        detail = self.detail_html(a)
        content = f"""<ul class="v-breadcrumbs theme--light pl-0"><li><a href="/th" class="v-breadcrumbs__item">หน้าหลัก</a></li><li class="v-breadcrumbs__divider">/</li><li><a href="{LIST}" class="v-breadcrumbs__item nuxt-link-active">{SECTION}</a></li><li class="v-breadcrumbs__divider">/</li><li><div class="v-breadcrumbs__item v-breadcrumbs__item--disabled">{esc(a.extra["short"])}</div></li></ul>
<article class="news-detail">
 <h1 class="news-title text-h5 font-weight-bold mb-3">{esc(a.title)}</h1>
 <div class="news-meta d-flex flex-wrap align-center caption grey--text text--darken-1 mb-3">
  <span class="news-meta__date"><i aria-hidden="true" class="v-icon notranslate mdi mdi-calendar-blank theme--light" style="font-size:16px;"></i> {when}</span>
  <span class="news-meta__views ml-4"><i aria-hidden="true" class="v-icon notranslate mdi mdi-eye theme--light" style="font-size:16px;"></i> ({a.views:,} views)</span>
  {updated}
 </div>
 {byline}
 <div class="news-share d-flex align-center mb-4"><span class="caption mr-2">แชร์</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" class="v-btn v-btn--icon v-btn--round theme--light v-size--small" aria-label="Facebook"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-facebook theme--light"></i></span></a><a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener" class="v-btn v-btn--icon v-btn--round theme--light v-size--small" aria-label="LINE"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-chat theme--light"></i></span></a><a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener" class="v-btn v-btn--icon v-btn--round theme--light v-size--small" aria-label="X"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-twitter theme--light"></i></span></a><button type="button" class="v-btn v-btn--text theme--light v-size--small"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate v-icon--left mdi mdi-link-variant theme--light"></i>{COPY}</span></button></div>
 <div class="news-lead v-sheet v-sheet--outlined theme--light rounded-lg pa-4 mb-6"><p class="text-subtitle-1 font-weight-medium mb-0">{esc(a.paras[0])}</p></div>
 {carousel}
 <div class="news-content body-1">{detail}</div>
 {tags}
</article>
<section class="news-related mt-10"><h2 class="text-h6 font-weight-bold mb-4">{RELATED}</h2><div class="row">{related}</div>
<div class="text-center"><a href="{LIST}" class="v-btn v-btn--outlined theme--light v-size--default primary--text nuxt-link-active"><span class="v-btn__content">ดูข่าวทั้งหมด</span></a></div></section>"""
        head = (
            f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{esc(a.title)}">'
            f'<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">'
            f'<meta data-n-head="ssr" data-hid="og:image" property="og:image" content="{base}/uploads/news/{a.id}/cover_1200.jpg">'
            f'<link data-n-head="ssr" rel="canonical" href="{url}">'
        )
        news = {
            "id": a.id,
            "title": a.title,
            "shortTitle": a.extra["short"],
            "lead": a.paras[0],
            "detail": self.detail_html(a),
            "newsDate": a.published.date().isoformat(),
            "newsTime": a.published.strftime("%H:%M") if a.time_printed else None,
            "view": a.views,
            "byline": a.source,
            "tags": a.tags,
        }
        state = (
            "{news:"
            + json.dumps(news, ensure_ascii=False).replace("/", "\\u002F").replace("<", "\\u003C")
            + "}"
        )
        return self.html_response(
            self.shell(
                f"{a.title} | {DEPT}", content, head_extra=head, nuxt_state=state, route=a.path
            )
        )

    def render_deleted(self):
        content = f"""<ul class="v-breadcrumbs theme--light pl-0"><li><a href="/th" class="v-breadcrumbs__item">หน้าหลัก</a></li><li class="v-breadcrumbs__divider">/</li><li><a href="{LIST}" class="v-breadcrumbs__item nuxt-link-active">{SECTION}</a></li></ul>
<article class="news-detail">
 <h1 class="news-title text-h5 font-weight-bold mb-3"></h1>
 <div role="alert" class="v-alert v-sheet theme--light warning--text v-alert--text"><div class="v-alert__wrapper"><i aria-hidden="true" class="v-icon notranslate v-alert__icon mdi mdi-alert-circle-outline theme--light warning--text"></i><div class="v-alert__content">{NOT_FOUND}</div></div></div>
 <a href="{LIST}" class="v-btn v-btn--outlined theme--light v-size--default primary--text"><span class="v-btn__content">กลับไปหน้ารวมข่าว</span></a>
</article>"""
        return self.html_response(
            self.shell(
                f"{SECTION} | {DEPT}",
                content,
                nuxt_state="{news:null}",
                route=f"{DETAIL}{DELETED_ID}",
            )
        )

    def route(self, path, query, raw_query, base):
        if path == LIST:
            p = query.get("page", ["1"])[0]
            if not p.isdigit() or not 1 <= int(p) <= len(self.pages):
                return None
            return self.render_list(int(p) - 1)
        m = re.fullmatch(r"/th/news/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(nid)
            if a:
                return self.render_detail(a, base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"({a.views:,} views)",
                "views)",
                th_long(a.published),
                A11Y,
                "ความคมชัดสูง",
                COPY,
                RELATED,
                HIGHLIGHT,
                "ดูข่าวทั้งหมด",
                COUNTER,
                COOKIE,
                FOOTER,
                "ยอมรับทั้งหมด",
                "window.__NUXT__",
                "shortTitle",
            ]
            if a.modified:
                must_not.append("อัปเดตล่าสุด")
            must_not += [f"#{t}" for t in a.tags]
            must_not += [x.extra["short"] for x in self.related(a)]
            rec = expected_record(a, modified_time=True, must_not=must_not)
            out.append(rec)
        return out


SITE = NuxtVuetifySite()

if __name__ == "__main__":
    main(SITE)
