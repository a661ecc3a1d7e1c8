# ruff: noqa: E501  (fixture HTML lines)
"""Rules the thirty-fourth blind round showed, each checked on a small page written here:

- a static site's listing saved by hand as numbered sibling files (index.shtml, then
  index2.shtml, index3.shtml) under a pager printing its page numbers in Thai digits
  ("[๑] [๒] [๓]") is walked page by page, and ends on the last;
- a labelled update line stamped to the second in the page's footer ("แก้ไขล่าสุด :
  13/02/2007 16:16:51", Apache SSI's LAST_MODIFIED) is the page's modification when nothing
  nearer the article dates it;
- an "other news" heading over a grid of cards, each linking its story beside a date and a
  long teaser, goes with its cards from a short article's body;
- a listing's last page holding one article (no group of headlines; the page's menu links
  grouped instead) still gives its article: the headline link of the address shape the
  earlier pages listed;
- an article link whose Thai alias percent-encodes past Scrapy's 2,083 characters is
  requested (the limit is the servers' 8,190); a longer one is recorded as a failure, not
  dropped with a log line.
"""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request

from crawler import settings
from crawler.items import CrawlFailure
from crawler.middlewares import UrlLengthGuardMiddleware
from crawler.spiders.site import family_spider
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

PAGER_PAGE = """<html><body><table><tr><td>
<a href="../news/2550/pr031.shtml">ประมงจังหวัดจัดอบรมเกษตรกรผู้เลี้ยงกุ้งขาวในพื้นที่</a><br>
<a href="../news/2550/pr030.shtml">ประมงจังหวัดปล่อยพันธุ์ปลาลงสู่แหล่งน้ำธรรมชาติ</a><br>
<a href="../news/2550/pr029.shtml">ประมงจังหวัดตรวจเรือประมงพาณิชย์ในเขตทะเลชายฝั่ง</a>
</td></tr>
<tr><td align="center"><font size="2">หน้า : {pager}</font></td></tr></table></body></html>"""


def _pager(current: int, pages: int = 3) -> str:
    thai = "๐๑๒๓๔๕๖๗๘๙"
    out = []
    for n in range(1, pages + 1):
        label = f"[{thai[n]}]"
        href = "index.shtml" if n == 1 else f"index{n}.shtml"
        out.append(f"<b>{label}</b>" if n == current else f'<a href="{href}">{label}</a>')
    return " ".join(out)


def test_numbered_sibling_listing_files_are_walked() -> None:
    generic = layout("generic")
    pages = {n: Page(text=PAGER_PAGE.format(pager=_pager(n))) for n in (1, 2, 3)}
    base = "http://fish.example.go.th/news/"
    assert generic.next_page(pages[1], base + "index.shtml") == base + "index2.shtml"
    assert generic.next_page(pages[2], base + "index2.shtml") == base + "index3.shtml"
    assert generic.next_page(pages[3], base + "index3.shtml") is None


ITEM = """<html><head><title>สำนักงานประมงจังหวัด</title></head><body><table>
<tr><td width="160">เมนู<br><a href="/news/index.shtml">ข่าวประชาสัมพันธ์</a></td>
<td><table>
<tr><td><font size="3" color="#0000CC"><b>ประมงจังหวัดจัดอบรมเกษตรกรผู้เลี้ยงกุ้งขาวในพื้นที่จังหวัด</b></font></td></tr>
<tr><td><font size="2">วันที่ <b>๑๓</b> กุมภาพันธ์ <b>๒๕๕๐</b></font></td></tr>
<tr><td><p>สำนักงานประมงจังหวัดจัดการอบรมเกษตรกรผู้เลี้ยงกุ้งขาวแวนนาไม จำนวนกว่าหนึ่งร้อยราย ณ ห้องประชุมศาลากลางจังหวัด เพื่อถ่ายทอดความรู้เรื่องการป้องกันโรคกุ้งและการจัดการบ่อเลี้ยงอย่างถูกวิธี</p>
<p>ภายในการอบรมมีการบรรยายจากนักวิชาการประมงและการแลกเปลี่ยนประสบการณ์ระหว่างเกษตรกรผู้เลี้ยงกุ้งในพื้นที่ ซึ่งได้รับความสนใจเป็นจำนวนมาก</p></td></tr>
</table></td></tr>
<tr><td colspan="2"><font size="1">สำนักงานประมงจังหวัด ถนนเอกชัย อำเภอเมือง จังหวัดสมุทรสงคราม 75000 โทร. 0-3471-1245<br>
<!--#config timefmt="%d/%m/%Y %H:%M:%S" -->{stamp}<br>
ควรชมด้วย Internet Explorer 6.0 ความละเอียด 800 x 600</font></td></tr>
</table></body></html>"""


def _modified(stamp: str) -> str | None:
    html = ITEM.format(stamp=stamp)
    url = "http://fish.example.go.th/news/2550/pr019.shtml"
    article = read_article(layout("generic"), Page(text=html), url)
    return normalize_article(article).record()["modified_at"]


def test_footer_update_stamp_to_the_second_is_the_modification() -> None:
    assert _modified("แก้ไขล่าสุด : 13/02/2007 16:16:51") == "2007-02-13T16:16:51+07:00"


def test_footer_update_stamps_that_differ_say_nothing() -> None:
    two = "แก้ไขล่าสุด : 13/02/2007 16:16:51<br>แก้ไขล่าสุด : 14/02/2007 09:00:12"
    assert _modified(two) is None


def _card(n: int, day: str) -> str:
    href = f"/th/news/detail/ข่าวที่-{n}"
    teaser = [
        "ผู้ว่าราชการจังหวัดลงพื้นที่ตรวจเยี่ยมศูนย์ช่วยเหลือประชาชนและรับฟังปัญหาของผู้ประกอบการรายย่อย…",
        "วันนี้ เวลา 14.00 น. รัฐมนตรีว่าการกระทรวงเป็นประธานการประชุมคณะกรรมการระดับชาติ ครั้งที่ 2…",
        "และถวายพระพรชัยมงคล เนื่องในโอกาสวันสำคัญ ณ ศาลากลางจังหวัด โดยมีข้าราชการเข้าร่วมจำนวนมาก…",
    ][n - 1]
    return (
        f'<div class="col-md-4"><div class="card h-100"><a href="{href}"><img src="/u/c{n}.jpg" alt=""></a>'
        f'<div class="card-body"><p class="card-date">{day}</p><h5 class="card-title"><a href="{href}">'
        f'ข่าวประชาสัมพันธ์ลำดับที่ {n} ของกรม</a></h5><p class="card-text">{teaser}</p></div>'
        f'<div class="card-footer"><a href="{href}">อ่านต่อ</a> <span>๑,๕๓๙</span></div></div></div>'
    )


CARDS_ITEM = """<html><head><title>กรมตัวอย่าง</title></head><body><main class="container">
<article class="detail"><h2 class="detail-title">กรมตัวอย่างจัดประชุมเชิงปฏิบัติการพัฒนาระบบงานบริการประชาชน</h2>
<ul class="meta"><li>๗ มิ.ย. ๖๗</li></ul>
<div class="content"><p>กรมตัวอย่างจัดประชุมเชิงปฏิบัติการพัฒนาระบบงานบริการประชาชน ณ ห้องประชุมใหญ่</p>
<p>อธิบดีกล่าวว่า การประชุมครั้งนี้มุ่งปรับปรุงขั้นตอนการให้บริการให้สะดวกรวดเร็วยิ่งขึ้น</p>
<p>ผู้เข้าร่วมประชุมประกอบด้วยผู้แทนหน่วยงานในสังกัดทั่วประเทศ</p>
<p>ที่ประชุมได้ร่วมกันพิจารณาแนวทางการลดขั้นตอนและระยะเวลาการให้บริการ</p>
<p>พร้อมทั้งนำระบบอิเล็กทรอนิกส์มาใช้ในการยื่นคำขอและติดตามสถานะ</p></div>
<section class="more mt-5"><h3>ข่าวอื่นๆ</h3><div class="row g-4">{cards}</div></section></article>
</main></body></html>"""


def test_other_news_heading_goes_with_its_card_grid() -> None:
    cards = _card(1, "๓๑ พ.ค. ๖๗") + _card(2, "๒๗ พ.ค. ๖๗") + _card(3, "๑๓ มิ.ย. ๖๗")
    html = CARDS_ITEM.replace("{cards}", cards)
    url = "http://dept.example.go.th/th/news/detail/ข่าว-10"
    body = read_article(layout("generic"), Page(text=html), url).body or ""
    assert "ผู้เข้าร่วมประชุมประกอบด้วยผู้แทนหน่วยงานในสังกัดทั่วประเทศ" in body
    assert "ข่าวอื่นๆ" not in body
    assert "ผู้ว่าราชการจังหวัดลงพื้นที่ตรวจเยี่ยม" not in body


SITE = "http://social.example.go.th"
CATEGORY = SITE + "/index.php/ข่าวกิจกรรม"


def _listing(start: int, ids: list[int]) -> HtmlResponse:
    """A Joomla-like category page read generically: a menu, the items, a pager."""
    menu = "".join(
        f'<li><a href="{SITE}/index.php/{path}">{text}</a></li>'
        for path, text in (("about", "เกี่ยวกับหน่วยงาน"), ("contact", "ติดต่อเรา"))
    )
    items = "".join(
        f'<div class="item"><h2><a href="{CATEGORY}/{n}-ข่าวกิจกรรมที่-{n}">'
        f"สำนักงานพัฒนาสังคมจังหวัดจัดกิจกรรมช่วยเหลือกลุ่มเปราะบาง ครั้งที่ {n}</a></h2>"
        f"<p>สรุปข่าว {n}</p></div>"
        for n in ids
    )
    pager = " ".join(
        f'<a href="{CATEGORY}?start={k * 4}">{k + 1}</a>' if k * 4 != start else str(k + 1)
        for k in range(3)
    )
    html = (
        f'<html><body><nav><ul class="menu">{menu}</ul></nav><main>{items}'
        f'<div class="pagination">{pager}</div></main>'
        f'<div class="consent">เว็บไซต์นี้ใช้คุกกี้ <a href="{SITE}/index.php/privacy">'
        f'นโยบายความเป็นส่วนตัว</a> <a href="{SITE}/index.php/cookies">นโยบายการใช้คุกกี้ของ'
        "เว็บไซต์</a></div></body></html>"
    )
    url = CATEGORY + (f"?start={start}" if start else "")
    return HtmlResponse(url=url, body=html.encode(), encoding="utf-8")


def test_a_last_listing_page_with_one_article_gives_it() -> None:
    spider = family_spider("generic", CATEGORY)()
    for start, ids in ((0, [40, 39, 38, 37]), (4, [36, 35, 34, 33])):
        list(spider.parse_listing(_listing(start, ids), page=1 + start // 4))
    out = list(spider.parse_listing(_listing(8, [32]), page=3))
    wanted = spider.allowed  # requests for article pages only
    asked = {r.url for r in out if isinstance(r, Request) and wanted(r.url)}
    assert any("/32-" in url for url in asked), asked


def test_long_thai_aliases_are_requested_and_longer_links_recorded() -> None:
    guard = UrlLengthGuardMiddleware(settings.URLLENGTH_LIMIT)
    alias = "พม-ขอเชิญชวนพี่น้องประชาชนผู้มีจิตศรัทธาร่วมบริจาคเงินและสิ่งของเครื่องใช้ที่จำเป็น" * 4
    long_link = Request(f"{CATEGORY}/388-{alias}")
    assert 2083 < len(long_link.url) < settings.URLLENGTH_LIMIT
    assert list(guard.process_spider_output(None, [long_link])) == [long_link]
    trap = Request(f"{CATEGORY}?page=1" + "&x=1" * 3000)
    (refused,) = guard.process_spider_output(None, [trap])
    assert isinstance(refused, CrawlFailure)
    assert refused.kind == "trap" and refused.url == trap.url
    assert "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware" in settings.SPIDER_MIDDLEWARES
    assert (
        settings.SPIDER_MIDDLEWARES["scrapy.spidermiddlewares.urllength.UrlLengthMiddleware"]
        is None
    )
