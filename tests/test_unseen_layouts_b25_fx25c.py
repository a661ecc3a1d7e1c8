# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-fifth blind round showed (fixer C), each checked on a small page:

- a page reached at another address than the one its CMS is configured with (an IP, a
  proxy, the www twin) prints absolute links on its configured host: the page names that host
  as its own (its canonical, or a link to its own path on the host most links name), and links
  there are links on the host the page came from;
- a `<meta itemprop="datePublished">` (microdata's hidden value) gives the printed day its time.
"""

from __future__ import annotations

from pipelines.layouts import layout, read_article, read_links
from pipelines.layouts.base import Page, anchor_texts, configured_host
from pipelines.normalize import normalize_article

HOST = "https://www.health.example.go.th"
LOCAL = "http://127.0.0.1:8000"
HEADLINES = [
    "สสจ. ร่วมประชุมคณะกรรมการควบคุมโรคติดต่อจังหวัด ครั้งที่ 2/2567",
    "โรงพยาบาลส่งเสริมสุขภาพตำบลจัดกิจกรรมคัดกรองความดันโลหิตสูงในชุมชน",
    "สาธารณสุขอำเภอลงพื้นที่ติดตามการดำเนินงานป้องกันไข้เลือดออก",
]


def _listing() -> str:
    posts = "".join(
        f'<div class="post-item"><div class="post-desc"><h2 class="entry-title"><a href="{HOST}/archives/{n}">{t}</a></h2>'
        f'<div class="post-excerpt">รายละเอียดข่าวโดยย่อของเรื่องนี้</div><a class="post-more" href="{HOST}/archives/{n}">อ่านต่อ</a></div></div>'
        for n, t in enumerate(HEADLINES, 1)
    )
    return f"""<html><head><title>ข่าวประชาสัมพันธ์ – สสจ.</title>
<link rel="alternate" type="application/rss+xml" href="{HOST}/feed/" /></head><body>
<div id="Header"><a id="logo" href="{HOST}">สสจ.</a><ul id="menu"><li><a href="{HOST}/">หน้าแรก</a></li>
<li class="current-menu-item"><a href="{HOST}/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="{HOST}/contact/">ติดต่อเรา</a></li></ul></div>
<div id="Content"><div class="posts_group">{posts}</div>
<div class="pager"><div class="pages"><a class="page active" href="{HOST}/news/">1</a><a class="page" href="{HOST}/news/page/2/">2</a></div>
<a class="next_page" href="{HOST}/news/page/2/">ถัดไป</a></div></div>
<div id="Footer"><a href="https://www.facebook.com/health">Facebook</a></div></body></html>"""


def test_links_on_the_configured_host_are_links_on_the_fetched_one() -> None:
    page = Page(text=_listing())
    assert configured_host(page.sel, LOCAL + "/news/") == "www.health.example.go.th"
    for family in ("wordpress", "generic"):
        read = read_links(layout(family), Page(text=_listing()), LOCAL + "/news/")
        links = [href for href, _ in read]
        assert links == [f"{LOCAL}/archives/{n}" for n in range(1, 4)], family
    assert (
        layout("generic").next_page(Page(text=_listing()), LOCAL + "/news/")
        == LOCAL + "/news/page/2/"
    )
    # another host's links stay there
    assert (
        page.urljoin(LOCAL + "/news/", "https://www.facebook.com/health")
        == "https://www.facebook.com/health"
    )


def test_a_canonical_on_another_host_names_the_configured_host() -> None:
    text = f'<html><head><link rel="canonical" href="{HOST}/archives/7" /></head><body><a href="/a">a</a><a href="/b">b</a><a href="{HOST}/archives/6">prev</a></body></html>'
    page = Page(text=text)
    assert page.urljoin(LOCAL + "/archives/7", f"{HOST}/archives/6") == LOCAL + "/archives/6"


def test_a_link_to_the_same_path_elsewhere_is_no_alias_when_the_page_links_home() -> None:
    # a language switcher: its own path on the English host, most links relative
    text = (
        '<html><body><a href="https://en.example.go.th/news/">EN</a>'
        + "".join(f'<a href="/news/{n}">ข่าวที่ {n}</a>' for n in range(5))
        + "</body></html>"
    )
    page = Page(text=text)
    assert configured_host(page.sel, "https://www.example.go.th/news/") is None
    assert (
        page.urljoin("https://www.example.go.th/news/", "https://en.example.go.th/news/9")
        == "https://en.example.go.th/news/9"
    )


def _article() -> str:
    return f"""<html><head><title>{HEADLINES[0]} – สสจ.</title><link rel="canonical" href="{HOST}/archives/1" /></head><body>
<div id="Subheader"><h1 class="title">ข่าวประชาสัมพันธ์</h1></div>
<main><div id="post-1" class="post type-post hentry">
<div class="post-header"><h2 class="entry-title" itemprop="headline">{HEADLINES[0]}</h2>
<div class="post-meta"><span class="date"><span class="label">เมื่อ </span><span class="post-date updated">24 พฤษภาคม 2024</span></span></div></div>
<div class="post-wrapper-content">
<meta itemprop="datePublished" content="2024-05-24T15:41:00+07:00"/>
<meta itemprop="dateModified" content="2024-06-01T09:43:00+07:00"/>
<div class="entry-content"><p>นายแพทย์สาธารณสุขจังหวัดเป็นประธานการประชุมคณะกรรมการควบคุมโรคติดต่อจังหวัด เพื่อติดตามสถานการณ์โรคติดต่อที่สำคัญในพื้นที่และวางแนวทางการป้องกันควบคุมโรคร่วมกับหน่วยงานที่เกี่ยวข้อง</p>
<p>ที่ประชุมได้มอบหมายให้ทุกอำเภอเร่งดำเนินการสำรวจและกำจัดแหล่งเพาะพันธุ์ยุงลายอย่างต่อเนื่อง พร้อมรายงานผลการดำเนินงานเป็นประจำทุกสัปดาห์</p></div>
</div></div></main></body></html>"""


def test_a_hidden_microdata_date_gives_the_printed_day_its_time() -> None:
    for family in ("wordpress", "generic"):
        article = read_article(layout(family), Page(text=_article()), LOCAL + "/archives/1")
        record = normalize_article(article)
        assert record.published_at == "2024-05-24T15:41:00+07:00", family


# -- a server-rendered app (Phoenix LiveView): cursor pager, card lines, headline as a <p> ----

APP = "http://127.0.0.1:8000"
APP_HEADLINES = [
    "กรมการขนส่งทางบกเปิดให้บริการต่ออายุใบอนุญาตขับรถออนไลน์ทุกจังหวัด",
    "สำนักงานขนส่งจังหวัดจัดอบรมผู้ขับรถโดยสารสาธารณะช่วงเทศกาลสงกรานต์",
    "ขนส่งจังหวัดร่วมตั้งจุดตรวจความปลอดภัยรถโดยสารก่อนออกเดินทาง",
]


def _app_listing() -> str:
    cards = "".join(
        f'<li id="news-{n}"><a href="/news/{n}" data-phx-link="redirect" class="group block">'
        f'<p class="text-xs text-zinc-500">๒๓ เม.ย. ๖๗</p>'
        f'<p class="mt-1 text-base font-semibold text-zinc-900">{t}</p>'
        f'<p class="mt-1 line-clamp-2 text-sm">วันนี้ (3 พ.ค. 67) เวลา 14.00 น. ผู้อำนวยการสำนักงานขนส่งจังหวัดเป็นประธานในพิธี…</p></a></li>'
        for n, t in enumerate(APP_HEADLINES, 1)
    )
    return f"""<html><head><title>ข่าวประชาสัมพันธ์ · สำนักงานขนส่งจังหวัด</title></head><body>
<header><h1>สำนักงานขนส่งจังหวัด</h1><nav><a href="/">หน้าแรก</a><a href="/news">ข่าวประชาสัมพันธ์</a></nav></header>
<main><ul id="news-list">{cards}</ul>
<div class="mt-8 flex"><a href="/news?before=g3QAAAABdwJpZGIAAAiQ" data-phx-link="patch">&larr; ข่าวใหม่กว่า</a>
<a href="/news?after=g3QAAAABdwJpZGIAAAiE" data-phx-link="patch">ข่าวเก่ากว่า &rarr;</a></div></main></body></html>"""


def _app_article(n: int) -> str:
    return f"""<html><head><title>ข่าวประชาสัมพันธ์ · สำนักงานขนส่งจังหวัด</title></head><body>
<header><h1>สำนักงานขนส่งจังหวัด</h1><nav><a href="/">หน้าแรก</a><a href="/news">ข่าวประชาสัมพันธ์</a></nav></header>
<main><nav aria-label="breadcrumb"><a href="/">หน้าแรก</a> / <a href="/news">ข่าว</a> / <span>{APP_HEADLINES[n - 1][:40]}…</span></nav>
<article id="news-{n}"><p id="news-title" class="text-2xl font-semibold">{APP_HEADLINES[n - 1]}</p>
<div class="text-sm"><span><time datetime="2024-04-23T05:28:00Z">๒๓ เมษายน พ.ศ. ๒๕๖๗ เวลา ๑๒:๒๘ น.</time></span> · <span id="view-count">อ่าน ๓,๑๓๖ ครั้ง</span></div>
<div id="font-size"><span>ขนาดอักษร</span><button>ก-</button><button>ก</button><button>ก+</button></div>
<div id="news-body" class="prose"><p>เมื่อวันที่ ๒๓ เมษายน ๒๕๖๗</p>
<p>ผู้อำนวยการสำนักงานขนส่งจังหวัดเป็นประธานในพิธีเปิดการอบรมผู้ขับรถโดยสารสาธารณะ เพื่อเสริมสร้างความรู้ด้านความปลอดภัยในการขับขี่ช่วงเทศกาล</p>
<p>การอบรมครั้งนี้มีผู้ขับรถเข้าร่วมกว่าสองร้อยคน โดยได้รับความร่วมมือจากตำรวจภูธรจังหวัดและหน่วยงานที่เกี่ยวข้อง</p></div></article>
</main><footer><p>สำนักงานขนส่งจังหวัด กรมการขนส่งทางบก</p></footer></body></html>"""


def test_an_arrowed_older_link_is_the_cursor_pager_s_next_page() -> None:
    found = layout("generic").next_page(Page(text=_app_listing()), APP + "/news")
    assert found == APP + "/news?after=g3QAAAABdwJpZGIAAAiE"


def test_a_card_of_lines_is_named_by_its_bold_line() -> None:
    texts = anchor_texts(Page(text=_app_listing()), APP + "/news")
    assert [texts[f"{APP}/news/{n}"] for n in (1, 2, 3)] == APP_HEADLINES


def test_the_listed_headline_names_the_article_whose_only_h1_is_the_office() -> None:
    listed = anchor_texts(Page(text=_app_listing()), APP + "/news")[f"{APP}/news/2"]
    article = read_article(
        layout("generic"), Page(text=_app_article(2)), APP + "/news/2", listed_title=listed
    )
    record = normalize_article(article)
    assert record.title == APP_HEADLINES[1]
    assert "ขนาดอักษร" not in (record.body or "")  # the font-size tool's label


# -- a date the text prints beside its headline vs the post's own time (Twenty Fifteen) --------


def _fifteen_article() -> str:
    return """<html><head><title>รายงานสถานการณ์ประจำวันที่ 9 กรกฎาคม 2563 – สำนักงานที่ดินจังหวัด</title></head><body>
<div id="sidebar"><aside class="widget"><h2>เรื่องล่าสุด</h2><ul><li><a href="/archives/3001">ข่าวเก่าเรื่องหนึ่งของสำนักงาน</a></li></ul></aside></div>
<main><article id="post-3290" class="post-3290 post hentry"><header class="entry-header"><h1 class="entry-title">รายงานสถานการณ์ประจำวันที่ 9 กรกฎาคม 2563</h1></header>
<div class="entry-content"><p>รายงานสถานการณ์</p><p>ประจำวันที่ 9 กรกฎาคม 2563</p>
<p>สถานการณ์ในพื้นที่วันนี้ มีผู้มาขอรับบริการจดทะเบียนสิทธิและนิติกรรมจำนวนมาก สำนักงานจึงเปิดช่องบริการเพิ่มเติมเพื่ออำนวยความสะดวกแก่ประชาชน</p>
<p>ทั้งนี้ ขอให้ประชาชนตรวจสอบเอกสารให้ครบถ้วนก่อนเดินทางมาติดต่อ เพื่อลดระยะเวลาการรอคอยและความแออัดภายในสำนักงาน</p></div>
<footer class="entry-footer"><span class="posted-on"><span class="screen-reader-text">เผยแพร่เมื่อ </span><a href="/archives/3290" rel="bookmark"><time class="entry-date published updated" datetime="2024-05-24T11:17:00+07:00">24 พ.ค. 2024</time></a></span></footer>
</article></main></body></html>"""


def test_the_post_s_published_time_outranks_a_date_the_text_prints() -> None:
    article = read_article(
        layout("generic"), Page(text=_fifteen_article()), LOCAL + "/archives/3290"
    )
    assert normalize_article(article).published_at == "2024-05-24T11:17:00+07:00"


def test_a_text_date_stays_when_the_post_declares_no_time() -> None:
    text = _fifteen_article().replace(' datetime="2024-05-24T11:17:00+07:00"', "")
    text = text.replace("24 พ.ค. 2024", "")
    article = read_article(layout("generic"), Page(text=text), LOCAL + "/archives/3290")
    assert normalize_article(article).published_at == "2020-07-09"
