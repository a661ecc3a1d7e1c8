"""Blind-8 red-team site: Ghost 5 + the stock Casper theme, run by a provincial public health
office (สสจ.), built blind.

What it imitates:
- Ghost chrome: `meta generator Ghost 5.x`, `ghost_head` output (canonical, og / twitter metas,
  `article:published_time` / `article:modified_time` in UTC with milliseconds, JSON-LD
  `Article` with `datePublished` / `dateModified` for every post), `body.post-template`,
  `div.viewport`, `header#gh-head`, Portal "สมัครสมาชิก" / "เข้าสู่ระบบ" buttons;
- the listing is a tag page `/tag/pr-news/` whose post feed is paged only through
  `<link rel="next">` / `<link rel="prev">` in the head (Casper's infinite scroll reads them;
  no visible pager): `/tag/pr-news/page/N/`; post cards with `time.post-card-meta-date`;
- posts at `/<slug>/` (editor-typed Latin slugs); `article.article.post`,
  `header.article-header.gh-canvas` with the primary tag, `h1.article-title`, a custom
  excerpt `p.article-excerpt`, the byline with the author name and
  `time.byline-meta-date[datetime=2024-02-15]` "15 ก.พ. 2024" (dayjs `D MMM YYYY` in the th
  locale: abbreviated month, **CE**, no time) and "อ่าน 3 นาที";
- `section.gh-content.gh-canvas` with Koenig cards: a captioned image card, a file card
  ("ดาวน์โหลด", size), a bookmark card to another site, and the editor's "ข่าว/ภาพ :" line;
- after the text: a Casper "สมัครรับข่าวสาร" CTA, `aside.read-more-wrap` "อ่านเพิ่มเติม" with
  three post cards (their dates too); no view counter;
- the deleted item: the post was switched to members-only, so Ghost renders the header and a
  `gh-post-upgrade-cta` "เนื้อหานี้สำหรับสมาชิกเท่านั้น" in place of the text (200).
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS_ABBR, BaseSite, esc, main, paginate
from .b8_common import build, record, utc_ms

SITE_NAME = "สำนักงานสาธารณสุขจังหวัดหนองบัวลำภู"
SOURCES = ["กลุ่มงานสื่อสารองค์กร สสจ.หนองบัวลำภู", None, "งานประชาสัมพันธ์ สสจ.หนองบัวลำภู", None]
PER_PAGE = 9
LISTING = "/tag/pr-news/"
DELETED = "/nbp-67-027/"
DELETED_TITLE = "ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นพนักงานกระทรวงสาธารณสุข"


def ghost_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class GhostSite(BaseSite):
    key = "b8_ghost_casper"
    family = "generic"
    imitates = "Ghost 5 + Casper: tag page /tag/pr-news/ paged only by <link rel=next> (/page/N/), posts /<slug>/, byline time '15 ก.พ. 2024' (dayjs th: CE, date only), time only in article:published_time / JSON-LD UTC (.000Z), Koenig image / file / bookmark cards, 'ข่าว/ภาพ :' line, 'อ่านเพิ่มเติม' cards, members-only stub as the deleted post"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 22, 5, SOURCES, dt.datetime(2024, 2, 24, 17, 0), first_id=0, step=1
        )
        for a in self.articles:
            a.path = f"/nbp-{str(a.published.year + 543)[-2:]}-{a.id:03d}/"
            a.time_printed = True  # ghost_head prints the publication time in UTC
            if a.modified is None:
                a.modified = a.published  # ghost_head prints dateModified for every post
            a.tags = ["ข่าวประชาสัมพันธ์"] + a.tags
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def minutes(self, a):
        return max(1, sum(map(len, a.paras)) // 700)

    def read_more(self, a):
        i = self.articles.index(a)
        others = [x for x in self.articles if x is not a]
        return [others[(i + k) % len(others)] for k in (0, 1, 2)]

    def head(self, base, title, extra=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>

    <title>{esc(title)}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="preload" as="style" href="{base}/assets/built/screen.css?v=3f1c2e9a5b" />
    <link rel="preload" as="script" href="{base}/assets/built/casper.js?v=3f1c2e9a5b" />
    <link rel="stylesheet" type="text/css" href="{base}/assets/built/screen.css?v=3f1c2e9a5b" />
{extra}
    <meta name="generator" content="Ghost 5.75" />
    <link rel="alternate" type="application/rss+xml" title="{SITE_NAME}" href="{base}/rss/" />
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.36/umd/portal.min.js" data-i18n="false" data-ghost="{base}/" data-key="6f1e0c3d7a2b9e4f5a1c8d0b7e" data-api="{base}/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {{display:flex;flex-direction:column;align-items:center;}}</style>
    <link href="{base}/webmentions/receive/" rel="webmention" />
    <style>:root {{--ghost-accent-color: #15803d;}}</style>
</head>
"""

    def gh_head(self, base):
        return f"""<div class="viewport">
    <header id="gh-head" class="gh-head outer is-header-hidden">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="{base}/">{SITE_NAME}</a>
                <button class="gh-search gh-icon-btn" aria-label="ค้นหา" data-ghost-search></button>
                <button class="gh-burger" aria-label="เมนู"></button>
            </div>
            <nav class="gh-head-menu">
                <ul class="nav">
    <li class="nav-home"><a href="{base}/">หน้าแรก</a></li>
    <li class="nav-news nav-current-parent"><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></li>
    <li class="nav-health"><a href="{base}/tag/health-knowledge/">ความรู้สุขภาพ</a></li>
    <li class="nav-about"><a href="{base}/about/">เกี่ยวกับเรา</a></li>
</ul>
            </nav>
            <div class="gh-head-actions">
                    <a class="gh-head-link" href="#/portal/signin" data-portal="signin">เข้าสู่ระบบ</a>
                    <a class="gh-head-button" href="#/portal/signup" data-portal="signup">สมัครสมาชิก</a>
            </div>
        </div>
    </header>

    <div class="site-content">
"""

    def gh_foot(self, base):
        return f"""    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{base}/">{SITE_NAME}</a> &copy; 2024</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-privacy-policy"><a href="{base}/privacy/">นโยบายความเป็นส่วนตัว</a></li>
    <li class="nav-contact"><a href="{base}/contact/">ติดต่อเรา</a></li>
</ul>
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="{base}/assets/built/casper.js?v=3f1c2e9a5b"></script>
<script>
$(document).ready(function () {{
    // Mobile Menu Trigger
    $('.gh-burger').click(function () {{
        $('body').toggleClass('gh-head-open');
    }});
    // FitVids - Makes video embeds responsive
    $(".gh-content").fitVids();
}});
</script>
</body>
</html>
"""

    def card(self, base, a, cls="post-card"):
        return f"""<article class="{cls} post tag-pr-news{" featured" if a.id % 7 == 0 else ""}">
    <a class="post-card-image-link" href="{base}{a.path}">
        <img class="post-card-image" srcset="{base}/content/images/size/w300/2024/02/nbp{a.id}.jpg 300w, {base}/content/images/size/w600/2024/02/nbp{a.id}.jpg 600w" sizes="(max-width: 1000px) 400px, 800px" src="{base}/content/images/size/w600/2024/02/nbp{a.id}.jpg" alt="{esc(a.title)}" loading="lazy" />
    </a>
    <div class="post-card-content">
        <a class="post-card-content-link" href="{base}{a.path}">
            <header class="post-card-header">
                <div class="post-card-tags">
                        <span class="post-card-primary-tag">ข่าวประชาสัมพันธ์</span>
                </div>
                <h2 class="post-card-title">
                    {esc(a.title)}
                </h2>
            </header>
                <div class="post-card-excerpt">{esc(a.paras[0][:140])}</div>
        </a>
        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{a.published:%Y-%m-%d}">{ghost_date(a.published)}</time>
                <span class="post-card-meta-length">อ่าน {self.minutes(a)} นาที</span>
        </footer>
    </div>
</article>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        rel = []
        if n > 0:
            prev = f"{base}{LISTING}" if n == 1 else f"{base}{LISTING}page/{n}/"
            rel.append(f'    <link rel="prev" href="{prev}" />')
        if n < len(self.pages) - 1:
            rel.append(f'    <link rel="next" href="{base}{LISTING}page/{n + 2}/" />')
        canonical = f"{base}{LISTING}" if n == 0 else f"{base}{LISTING}page/{n + 1}/"
        extra = "\n".join(
            [
                '    <meta name="description" content="ข่าวประชาสัมพันธ์ของสำนักงานสาธารณสุขจังหวัดหนองบัวลำภู" />',
                f'    <link rel="canonical" href="{canonical}" />',
                *rel,
                '    <meta property="og:site_name" content="' + SITE_NAME + '" />',
                '    <meta property="og:type" content="website" />',
                '    <meta property="og:title" content="ข่าวประชาสัมพันธ์ - ' + SITE_NAME + '" />',
            ]
        )
        cards = []
        for k, a in enumerate(self.pages[n]):
            cards.append(self.card(base, a))
            if n == 1 and k == 3:
                cards.append(
                    f"""<article class="post-card post tag-pr-news tag-hash-members no-image">
    <div class="post-card-content">
        <a class="post-card-content-link" href="{base}{DELETED}">
            <header class="post-card-header">
                <div class="post-card-tags"><span class="post-card-primary-tag">ข่าวประชาสัมพันธ์</span></div>
                <h2 class="post-card-title">{DELETED_TITLE}</h2>
            </header>
        </a>
        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="2024-02-01">1 ก.พ. 2024</time>
        </footer>
    </div>
</article>
"""
                )
        page = f"""{self.head(base, "ข่าวประชาสัมพันธ์ - " + SITE_NAME, extra)}<body class="tag-template tag-pr-news{" paged" if n else ""} is-head-left-logo has-cover">
{self.gh_head(base)}
<main id="site-main" class="site-main outer">
<div class="inner posts">
    <div class="post-feed">
        <section class="post-card post-card-large">
            <div class="post-card-content">
            <div class="post-card-content-link">
                <header class="post-card-header">
                    <h2 class="post-card-title">ข่าวประชาสัมพันธ์</h2>
                </header>
                <div class="post-card-excerpt">ข่าวสารและกิจกรรมของสำนักงานสาธารณสุขจังหวัดหนองบัวลำภู</div>
            </div>
            </div>
        </section>
{"".join(cards)}
    </div>
</div>
</main>
{self.gh_foot(base)}"""
        return self.html_response(page)

    def ld_json(self, base, a):
        doc = {
            "@context": "https://schema.org",
            "@type": "Article",
            "publisher": {
                "@type": "Organization",
                "name": SITE_NAME,
                "url": f"{base}/",
                "logo": {"@type": "ImageObject", "url": f"{base}/content/images/2023/05/logo.png"},
            },
            "author": {
                "@type": "Person",
                "name": "งานประชาสัมพันธ์",
                "url": f"{base}/author/pr/",
                "sameAs": [],
            },
            "headline": a.title,
            "url": f"{base}{a.path}",
            "datePublished": utc_ms(a.published),
            "dateModified": utc_ms(a.modified),
            "image": {
                "@type": "ImageObject",
                "url": f"{base}/content/images/2024/02/nbp{a.id}.jpg",
                "width": 1200,
                "height": 800,
            },
            "keywords": ", ".join(a.tags),
            "description": a.paras[0][:150],
            "mainEntityOfPage": f"{base}{a.path}",
        }
        return json.dumps(doc, ensure_ascii=False, indent=4)

    def detail(self, base, a):
        tags = "\n".join(f'    <meta property="article:tag" content="{esc(t)}" />' for t in a.tags)
        extra = f"""    <meta name="description" content="{esc(a.paras[0][:150])}" />
    <link rel="canonical" href="{base}{a.path}" />
    <meta name="referrer" content="no-referrer-when-downgrade" />
    <meta property="og:site_name" content="{SITE_NAME}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{esc(a.title)}" />
    <meta property="og:url" content="{base}{a.path}" />
    <meta property="og:image" content="{base}/content/images/2024/02/nbp{a.id}.jpg" />
    <meta property="article:published_time" content="{utc_ms(a.published)}" />
    <meta property="article:modified_time" content="{utc_ms(a.modified)}" />
{tags}
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="{esc(a.title)}" />
    <script type="application/ld+json">
{self.ld_json(base, a)}
    </script>"""
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        mid = max(1, len(paras) // 2)
        paras.insert(
            mid,
            f"""<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{base}/content/images/2024/02/nbp{a.id}-2.jpg" class="kg-image" alt="" loading="lazy" width="1280" height="853" srcset="{base}/content/images/size/w600/2024/02/nbp{a.id}-2.jpg 600w, {base}/content/images/size/w1000/2024/02/nbp{a.id}-2.jpg 1000w" sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">ภาพ: บรรยากาศการประชุมชี้แจงแนวทางการดำเนินงาน</span></figcaption></figure>""",
        )
        if a.id % 3 == 0:
            paras.append(
                f"""<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="{base}/content/files/2024/02/nbp{a.id}-schedule.pdf" title="ดาวน์โหลด" download><div class="kg-file-card-contents"><div class="kg-file-card-title">กำหนดการและแบบตอบรับ</div><div class="kg-file-card-caption">เอกสารประกอบการประชุม</div><div class="kg-file-card-metadata"><div class="kg-file-card-filename">nbp{a.id}-schedule.pdf</div><div class="kg-file-card-filesize">214 KB</div></div></div><div class="kg-file-card-icon"><svg viewBox="0 0 24 24"><title>ดาวน์โหลด</title></svg></div></a></div>"""
            )
        if a.id % 4 == 1:
            paras.append(
                """<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.moph.go.th/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">กระทรวงสาธารณสุข</div><div class="kg-bookmark-description">Ministry of Public Health</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://www.moph.go.th/favicon.ico" alt=""><span class="kg-bookmark-author">moph.go.th</span></div></div></a></figure>"""
            )
        if a.source:
            paras.append(f"<p><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>")
        reads = "".join(self.card(base, x) for x in self.read_more(a))
        page = f"""{self.head(base, a.title, extra)}<body class="post-template tag-pr-news is-head-left-logo has-cover">
{self.gh_head(base)}
<main id="site-main" class="site-main">
<article class="article post tag-pr-news image-small">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a>
                </span>
        </div>

        <h1 class="article-title">{esc(a.title)}</h1>

            <p class="article-excerpt">{esc(a.paras[0][:120])}…</p>

        <div class="article-byline">
        <section class="article-byline-content">

            <ul class="author-list instapaper_ignore">
                <li class="author-list-item">
                    <a href="{base}/author/pr/" class="author-avatar author-profile-image"><img class="author-profile-image" src="{base}/content/images/size/w100/2023/05/pr-avatar.png" alt="งานประชาสัมพันธ์" /></a>
                </li>
            </ul>

            <div class="article-byline-meta">
                <h4 class="author-name"><a href="{base}/author/pr/">งานประชาสัมพันธ์</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{a.published:%Y-%m-%d}">{ghost_date(a.published)}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> อ่าน {self.minutes(a)} นาที</span>
                </div>
            </div>

        </section>
        </div>

            <figure class="article-image">
                <img srcset="{base}/content/images/size/w300/2024/02/nbp{a.id}.jpg 300w, {base}/content/images/size/w1000/2024/02/nbp{a.id}.jpg 1000w" sizes="(min-width: 1400px) 1400px, 92vw" src="{base}/content/images/size/w2000/2024/02/nbp{a.id}.jpg" alt="{esc(a.title)}" />
                    <figcaption><span style="white-space: pre-wrap;">ภาพประกอบข่าว สสจ.หนองบัวลำภู</span></figcaption>
            </figure>

    </header>

    <section class="gh-content gh-canvas">
        {"".join(paras)}
    </section>

</article>

<section class="footer-cta outer">
    <div class="inner">
        <h2 class="footer-cta-title">สมัครรับข่าวสารจาก {SITE_NAME}</h2>
        <a class="footer-cta-button" href="#/portal" data-portal>
            <div class="footer-cta-input">กรอกอีเมลของคุณ</div>
            <span>สมัครรับข่าวสาร</span>
        </a>
    </div>
</section>

</main>

<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <div class="post-card-header"><h3>อ่านเพิ่มเติม</h3></div>
{reads}
    </div>
</aside>
{self.gh_foot(base)}"""
        return self.html_response(page)

    def deleted(self, base):
        extra = f"""    <link rel="canonical" href="{base}{DELETED}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{DELETED_TITLE}" />"""
        page = f"""{self.head(base, DELETED_TITLE, extra)}<body class="post-template tag-pr-news tag-hash-members is-head-left-logo">
{self.gh_head(base)}
<main id="site-main" class="site-main">
<article class="article post tag-pr-news no-image">
    <header class="article-header gh-canvas">
        <h1 class="article-title">{DELETED_TITLE}</h1>
    </header>
    <section class="gh-content gh-canvas">
        <aside class="gh-post-upgrade-cta">
            <div class="gh-post-upgrade-cta-content" style="background-color: #15803d">
                <h2>เนื้อหานี้สำหรับสมาชิกเท่านั้น</h2>
                <a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#15803d">สมัครสมาชิก</a>
                <p><small>มีบัญชีอยู่แล้ว? <a data-portal="signin" href="#/portal/signin">เข้าสู่ระบบ</a></small></p>
            </div>
        </aside>
    </section>
</article>
</main>
{self.gh_foot(base)}"""
        return self.html_response(page)

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.head(base, SITE_NAME)
                + f'<body class="home-template">{self.gh_head(base)}<main id="site-main"><p><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></p></main>{self.gh_foot(base)}'
            )
        if path == LISTING:
            return self.listing(base, 0)
        if path.startswith(f"{LISTING}page/") and path.endswith("/"):
            num = path[len(LISTING) + 5 : -1]
            if num.isdigit() and int(num) >= 2:
                return self.listing(base, int(num) - 1)
            return None
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "อ่านเพิ่มเติม",
                "สมัครรับข่าวสาร",
                "ภาพ: บรรยากาศการประชุมชี้แจงแนวทางการดำเนินงาน",
                "ภาพประกอบข่าว สสจ.หนองบัวลำภู",
                "กำหนดการและแบบตอบรับ",
                "214 KB",
                "Ministry of Public Health",
                f"อ่าน {self.minutes(a)} นาที",
                "สมัครสมาชิก",
                "Powered by Ghost",
            ] + [x.title for x in self.read_more(a)]
            out.append(record(self, a, must_not, views=False))
        return out


SITE = GhostSite()

if __name__ == "__main__":
    main(SITE)
