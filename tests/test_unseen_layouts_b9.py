"""Rules the ninth blind round showed, each checked on a small page: a detail page printed as a
table of labelled rows, a Nuxt 3 page's serialized payload, a random base-36 record id in the
address, a sidebar named by its class."""

from __future__ import annotations

from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

HEADLINE = "เทศบาลจัดโครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน ประจำปี 2567"
TEXT = (
    "เทศบาลตำบลได้จัดโครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือนเพื่อเพิ่มศักยภาพในการป้องกัน"
    "และบรรเทาสาธารณภัยให้แก่ประชาชนในพื้นที่ โดยมีผู้เข้าร่วมอบรมจำนวนมาก "
) * 3


def _record_page(headline: str, text: str, date: str) -> str:
    rows = (
        ("หัวข้อข่าว", f"<strong>{headline}</strong>"),
        ("ประเภท", "ข่าวกิจกรรม"),
        ("วันที่ประกาศ", date),
        ("วันที่แก้ไข", date.replace("10:30:45", "11:00:00")),
        ("รายละเอียด", text),
        ("ผู้บันทึก", "admin"),
        ("จำนวนผู้เข้าชม", "1,234 ครั้ง"),
    )
    cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return f"""<html><head><title>ระบบบริการประชาชน | เทศบาลตำบลตัวอย่าง</title></head><body>
<aside><ul><li><a href="/eservice/request">ยื่นคำร้องออนไลน์</a></li></ul></aside>
<h1>ข่าวประชาสัมพันธ์</h1>
<div class="card"><table class="table table-bordered">{cells}</table></div>
<table><tr><td>ข่าวอื่น</td><td>01/02/2567</td><td><a href="/n/2">ดูรายละเอียด</a></td></tr></table>
</body></html>"""


def test_a_detail_page_printed_as_a_table_of_labelled_rows() -> None:
    html = _record_page(HEADLINE, f"<p>{TEXT}</p><p>ที่มา : กองช่าง</p>", "15/02/2567 10:30:45 น.")
    article = read_article(layout("generic"), Page(text=html), "http://h/news/show/9")
    record = normalize_article(article).record()
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-02-15T10:30:45+07:00"
    assert record["modified_at"] == "2024-02-15T11:00:00+07:00"
    assert record["view_count"] == 1234
    assert record["source"] == "กองช่าง"
    assert record["body"].startswith("เทศบาลตำบลได้จัด")
    for label in ("หัวข้อข่าว", "วันที่ประกาศ", "วันที่แก้ไข", "ผู้บันทึก", "ดูรายละเอียด"):
        assert label not in record["body"]


def test_a_labelled_record_with_neither_headline_nor_text_is_an_empty_template() -> None:
    html = _record_page("", "", "01/01/2513 07:00:00 น.")
    article = read_article(layout("generic"), Page(text=html), "http://h/news/show/10")
    assert not article.title and not article.body


NUXT_PAYLOAD = (
    '[{"data": 1}, ["ShallowReactive", 2], {"news-x": 3}, {"data": 4}, '
    '{"title": 5, "publishedAt": 6, "updatedAt": 7, "related": 8}, "ข่าว", '
    '"2024-02-29T09:28:00.000Z", "2024-03-01T01:21:00.000Z", [9], '
    '{"title": 10, "publishedAt": 11}, "ข่าวอื่น", "2024-01-05T01:00:00.000Z"]'
)
NUXT_PAGE = f"""<html><head><title>ข่าวสาร | สำนักงานตัวอย่าง</title></head><body>
<div id="__nuxt"><main><h1>{HEADLINE}</h1><p><span>29 กุมภาพันธ์ 2567</span></p>
<div class="prose"><p>{TEXT}</p><p>{TEXT}</p></div></main></div>
<script type="application/json" id="__NUXT_DATA__">{NUXT_PAYLOAD}</script></body></html>"""


def test_a_nuxt_payloads_record_gives_the_time_and_the_update() -> None:
    article = read_article(layout("generic"), Page(text=NUXT_PAGE), "http://h/news/abc")
    record = normalize_article(article).record()
    assert record["published_at"] == "2024-02-29T16:28:00+07:00"
    assert record["modified_at"] == "2024-03-01T08:21:00+07:00"


def test_random_record_ids_are_one_address_shape_whatever_their_first_character() -> None:
    from pipelines.layouts.cards import url_shape

    ids = ("4k2m9x0qz8ab3cd7ef1gh5ij", "ab3cd7ef1gh5ij4k2m9x0qz8", "x0qz8ab3cd7ef1gh5ij4k2m9")
    assert len({url_shape(f"http://h/news/{i}") for i in ids}) == 1
    assert url_shape("http://h/news/about-us") != url_shape(
        "http://h/news/4k2m9x0qz8ab3cd7ef1gh5ij"
    )


LINES = (
    "เมื่อวันพฤหัสบดีที่ 6 กันยายน 2561 เวลา 13.30 น.",
    "ผู้ช่วยรัฐมนตรีประจำสำนักนายกรัฐมนตรี ปฏิบัติราชการกระทรวงยุติธรรม",
    "ตรวจเยี่ยม ประชุม และพบปะกับผู้บริหาร ข้าราชการ พนักงานราชการ ครูอาจารย์",
    "นักสังคมสงเคราะห์ ฝ่ายปกครอง บุคลากรในสังกัด และนักศึกษาฝึกงาน",
    "พร้อมทั้งบรรยายพิเศษ เรื่อง การเป็นพลเมืองที่ดีและหน้าที่ความรับผิดชอบ",
    "ของประชาชน แก่เยาวชนในศูนย์ฝึกและอบรมเด็กและเยาวชนของจังหวัด",
    "และสถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดตัวอย่าง",
)
NAMED_SIDEBAR_PAGE = f"""<html><head><title>t</title></head><body><main><div class="blog">
<h1>{HEADLINE}</h1><section class="container"><div class="row">
<div class="col-lg-8"><div class="post_content">{"".join(f"<p>{line}</p>" for line in LINES)}</div>
<div class="post_tags"><span>แท็ก</span><a href="/blog/tag/1">เกษตรกร</a></div></div>
<div id="blog_sidebar" class="col-md-3">
<div class="block"><h6>เกี่ยวกับเรา</h6>
<p>โรงพยาบาลตัวอย่าง โรงพยาบาลศูนย์ระดับ A สังกัดสำนักงานปลัดกระทรวงสาธารณสุข</p></div>
<div class="block"><h6>ติดตามเรา</h6><a href="/blog/feed">RSS</a></div>
<div class="block"><h6>เอกสารสำคัญ</h6><select><option>มีนาคม 2024</option></select></div>
</div></div></section></div></main></body></html>"""


def test_an_element_named_a_sidebar_by_its_last_word_is_furniture() -> None:
    article = read_article(layout("generic"), Page(text=NAMED_SIDEBAR_PAGE), "http://h/blog/post-1")
    assert "สถานพินิจ" in article.body
    assert "เกี่ยวกับเรา" not in article.body and "ติดตามเรา" not in article.body


def test_a_class_naming_a_sidebar_styles_a_wrapper_and_is_not_furniture() -> None:
    html = NAMED_SIDEBAR_PAGE.replace('<div class="row">', '<div class="row bg_color_sidebar">')
    article = read_article(layout("generic"), Page(text=html), "http://h/blog/post-1")
    assert "สถานพินิจ" in article.body
