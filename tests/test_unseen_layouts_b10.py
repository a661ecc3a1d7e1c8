# ruff: noqa: E501  (fixture HTML lines)
"""Rules the tenth blind round showed, each checked on a small page: a record table with two
fields a row and its text in an unlabelled full-width row, a relative time beside a machine
time, a time after a modification label, a last listing page holding one article, a meta row
closed by the poster's user name."""

from __future__ import annotations

from tests.test_unseen_layouts_b9_cms import _record

HEADLINE = "กรมจัดประชุมเชิงปฏิบัติการพัฒนาระบบบริการอิเล็กทรอนิกส์ ประจำปี 2567"
TEXT = (
    "กรมได้จัดประชุมเชิงปฏิบัติการเพื่อพัฒนาระบบบริการอิเล็กทรอนิกส์ให้แก่ผู้ประกอบการ"
    "ในพื้นที่ชายแดน โดยมีผู้เข้าร่วมประชุมจำนวนมาก "
) * 3


FOUR_COLUMN_PAGE = f"""<html><head><title>กรมตัวอย่าง</title></head><body>
<div class="board_view"><table><tbody>
<tr><th scope="row">เรื่อง</th><td colspan="3">{HEADLINE}</td></tr>
<tr><th scope="row">หมวดหมู่</th><td>ข่าวประชาสัมพันธ์</td><th scope="row">วันที่</th><td>2567-02-15 10:30</td></tr>
<tr><th scope="row">ผู้บันทึก</th><td>pr_admin</td><th scope="row">เข้าชม</th><td>1,234</td></tr>
<tr><td colspan="4"><p>{TEXT}</p><p>ที่มา : กองประชาสัมพันธ์</p></td></tr>
<tr><th scope="row">ไฟล์แนบ</th><td colspan="3"><a href="/f.pdf">ไฟล์.pdf</a> [245 KB]</td></tr>
</tbody></table></div>
<table><tr><th>ก่อนหน้า</th><td><a href="/n/8">ข่าวเก่ากว่า</a></td></tr></table>
</body></html>"""


def test_a_record_table_with_two_fields_a_row_and_an_unlabelled_text_row() -> None:
    record = _record(FOUR_COLUMN_PAGE, "http://h/portal/news/newsView.do?newsSeq=9")
    want = {
        "title": HEADLINE,
        "published_at": "2024-02-15T10:30:00+07:00",
        "view_count": 1234,
        "source": "กองประชาสัมพันธ์",
    }
    assert {key: record[key] for key in want} == want
    assert record["body"].startswith("กรมได้จัด")
    for furniture in ("หมวดหมู่", "ผู้บันทึก", "pr_admin", "ไฟล์แนบ", "ข่าวเก่ากว่า"):
        assert furniture not in record["body"]


RELATIVE_PAGE = f"""<html><head><title>{HEADLINE} | สำนักงานตัวอย่าง</title></head><body>
<header><a href="/">หน้าแรก</a></header><main><article>
<h1>{HEADLINE}</h1>
<p class="news-meta"><time datetime="2024-09-08T08:39:00+07:00">ประมาณ 2 เดือนที่แล้ว</time>
 · อ่านแล้ว 1,974 ครั้ง · แก้ไขล่าสุด <time datetime="2024-09-12T09:43:00+07:00">ประมาณ 2 เดือนที่แล้ว</time></p>
<div class="trix-content"><div>{TEXT}<br><br>{TEXT}</div></div>
</article></main></body></html>"""


def test_a_relative_time_alone_is_furniture_beside_a_counter() -> None:
    from pipelines.boilerplate import match_line

    found = match_line("ประมาณ 2 เดือนที่แล้ว · อ่านแล้ว 3,812 ครั้ง")
    assert found is not None and found.data == {"view_count": "3,812"}
    assert match_line("3 days ago") is not None
    assert match_line("เมื่อ 2 ปีที่แล้วมีการประชุมคณะกรรมการ") is None


def test_a_time_after_a_modification_label_is_the_modified_date() -> None:
    record = _record(RELATIVE_PAGE, "http://h/news/128-")
    assert record["published_at"] == "2024-09-08T08:39:00+07:00"
    assert record["modified_at"] == "2024-09-12T09:43:00+07:00"
    assert record["view_count"] == 1974
    for furniture in ("ที่แล้ว", "อ่านแล้ว", "แก้ไขล่าสุด"):
        assert furniture not in record["body"]


def test_a_last_listing_page_with_one_article_gives_its_link() -> None:
    from scrapy.http import HtmlResponse, Request

    from crawler.items import CrawlFailure
    from crawler.spiders.site import family_spider

    base = "http://office.example.go.th"
    titles = [f"สำนักงานเกษตรจังหวัดจัดอบรมเกษตรกรรุ่นใหม่ รุ่นที่ {n} ประจำปี 2567" for n in range(4)]

    def listing(page: int, ids: list[int]) -> HtmlResponse:
        cards = "".join(
            f'<article class="card"><h2><a href="{base}/news/{n}-">{titles[n]}</a></h2></article>'
            for n in ids
        )
        html = f"<html><body><main><div>{cards}</div><nav><a href='{base}/news'>1</a></nav></main></body></html>"
        url = f"{base}/news" + (f"?page={page}" if page > 1 else "")
        return HtmlResponse(url=url, body=html.encode(), encoding="utf-8")

    spider = family_spider("generic", f"{base}/news")(mode="backfill")
    list(spider.parse_listing(listing(1, [3, 2, 1])))
    out = list(spider.parse_listing(listing(2, [0]), page=2))
    assert not [o for o in out if isinstance(o, CrawlFailure)], out
    assert f"{base}/news/0-" in {r.url for r in out if isinstance(r, Request)}


POSTER_PAGE = f"""<html><head><title>ข่าวสาร - สำนักตัวอย่าง</title></head><body>
<nav class="navbar"><a class="navbar-brand" href="/">สำนักตัวอย่าง</a></nav>
<main><article class="news"><h2 class="news-title">{HEADLINE}</h2>
<div class="d-flex small"><span><i class="bi bi-calendar3"></i> 26 ก.ค. 67</span>
<span title="จำนวนการเข้าชม"><i class="bi bi-eye"></i> 2,603</span>
<span><i class="bi bi-person"></i> admin_ars</span></div>
<div class="news-body"><p>นายกเทศมนตรีเป็นประธานในพิธีปิดโครงการอบรมอาสาสมัคร รุ่นที่ 1 ประจำปี 2563</p>
<figure><img src="/u/223.jpg" alt=""><figcaption>ภาพ: บรรยากาศกิจกรรม</figcaption></figure>
<p>ในวันศุกร์ที่ 17 มกราคม 2563 เวลา 14.30 น. ณ หอประชุมวรรณกลาง</p>
<p>มหาวิทยาลัยการกีฬาแห่งชาติ วิทยาเขตสุโขทัย จังหวัดสุโขทัย</p>
<p>นายกเทศมนตรีเป็นประธานในพิธีปิดโครงการอบรมอาสาสมัคร</p>
<p>เพื่อให้การขับเคลื่อนการดำเนินงานในพื้นที่มีประสิทธิภาพ</p>
<p><em>เรียบเรียง : งานประชาสัมพันธ์</em></p></div><div class="my-3"></div>
<div class="share"><span>แชร์:</span><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></div>
</article></main></body></html>"""


def test_a_date_led_meta_row_with_the_counter_and_a_user_name_is_furniture() -> None:
    record = _record(POSTER_PAGE, "http://h/news/223-kitchakam")
    assert record["view_count"] == 2603
    assert "admin_ars" not in record["body"] and "2,603" not in record["body"]
