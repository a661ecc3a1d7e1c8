# ruff: noqa: E501  (fixture HTML lines)
"""Rules the thirty-sixth blind round showed (fixer A), each checked on a small page:

- a listing's pager (Laravel's paginator, page 1 as ?page=1) or its search form printing
  absolute links on the CMS's configured host names that host as the page's own, though the
  page's relative links outnumber them (the last page of a listing holds few cards);
- a meta row whose items sit in a wrapper of their own, its view counter a bare number marked
  by an eye icon and a title, is the article's data, no line of its text;
- a file link printing the file's name (not the last part of its address) and a download
  button's words is furniture (the file is in `attachments`).
"""

from __future__ import annotations

from crawler.extract import extract_bytes
from pipelines.layouts import layout, read_links
from pipelines.layouts.base import Page, configured_host

HOST = "https://www.dept.example.go.th"
LOCAL = "http://127.0.0.1:8000"
HEADLINES = [
    "กรมจัดกิจกรรมส่งเสริมสุขภาพผู้สูงอายุในชุมชนเขตเมืองประจำปี",
    "อธิบดีลงพื้นที่ติดตามการดำเนินงานศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ",
    "ประชุมคณะกรรมการขับเคลื่อนงานด้านผู้สูงอายุระดับจังหวัดครั้งที่ 2",
]
MENU = "".join(
    f'<li><a href="/th/{path}">{name}</a></li>'
    for path, name in [
        ("", "หน้าแรก"),
        ("about", "เกี่ยวกับกรม"),
        ("about/history", "ประวัติ"),
        ("about/structure", "โครงสร้าง"),
        ("news", "ข่าวประชาสัมพันธ์"),
        ("procurement", "จัดซื้อจัดจ้าง"),
        ("ita", "ITA"),
        ("contact", "ติดต่อเรา"),
        ("policy/privacy", "นโยบายคุ้มครองข้อมูลส่วนบุคคล"),
        ("policy/cookie", "นโยบายคุกกี้"),
    ]
)


def _card(n: int, title: str) -> str:
    href = f"{HOST}/th/news/detail/{n}"
    return (
        f'<div class="col-md-4"><div class="card"><a href="{href}"><img src="/storage/{n}.jpg" alt=""></a>'
        f'<div class="card-body"><h5 class="card-title"><a href="{href}" class="stretched-link">{title}</a></h5></div></div></div>'
    )


def _last_listing_page(form: bool = False, pager: bool = True) -> str:
    """Page 3 of 3: three cards, the paginator's links to pages 1 and 2, all on HOST."""
    cards = "".join(_card(n, t) for n, t in enumerate(HEADLINES, 1))
    pages = (
        f'<ul class="pagination"><li class="page-item"><a class="page-link" href="{HOST}/th/news?page=2" rel="prev">&lsaquo;</a></li>'
        f'<li class="page-item"><a class="page-link" href="{HOST}/th/news?page=1">1</a></li>'
        f'<li class="page-item"><a class="page-link" href="{HOST}/th/news?page=2">2</a></li>'
        '<li class="page-item active"><span class="page-link">3</span></li></ul>'
        if pager
        else ""
    )
    search = (
        f'<form method="GET" action="{HOST}/th/news"><input name="q"><button>ค้นหา</button></form>'
        if form
        else ""
    )
    return f"""<html><head><title>กรมตัวอย่าง</title></head><body>
<header><ul class="navbar-nav">{MENU}</ul></header>
<main>{search}<div class="row">{cards}</div><nav>{pages}</nav></main>
<footer><a href="/th/sitemap">แผนผังเว็บไซต์</a><a href="#">กลับด้านบน</a></footer></body></html>"""


def test_a_pager_on_another_host_names_the_configured_host() -> None:
    url = LOCAL + "/th/news?page=3"
    page = Page(text=_last_listing_page())
    assert configured_host(page.sel, url) == "www.dept.example.go.th"
    links = [href for href, _ in read_links(layout("generic"), page, url)]
    assert links == [f"{LOCAL}/th/news/detail/{n}" for n in range(1, 4)]


def test_a_search_form_on_another_host_names_the_configured_host() -> None:
    """A one-page listing has no pager: its search form posts back to it on HOST."""
    text = _last_listing_page(form=True, pager=False).replace(MENU, "")
    url = LOCAL + "/th/news"
    assert configured_host(Page(text=text).sel, url) == "www.dept.example.go.th"
    alone = _last_listing_page(pager=False).replace(MENU, "")
    assert configured_host(Page(text=alone).sel, url) is None


def test_a_language_switcher_is_no_pager() -> None:
    """Another host's first page of the listing (no page number) names no pager."""
    text = (
        '<html><body><a href="https://en.dept.example.go.th/th/news">EN</a>'
        + "".join(f'<a href="/th/news/detail/{n}">ข่าวที่ {n}</a>' for n in range(5))
        + "</body></html>"
    )
    assert configured_host(Page(text=text).sel, LOCAL + "/th/news?page=2") is None


# A headline as long as a paragraph: the article's block is the one holding the headline, the
# meta row under it and the text.
LONG_HEADLINE = (
    "รมว.ยุติธรรม เป็นประธานปิดโครงการแก้ไขปัญหายาเสพติด ในรูปแบบค่ายศูนย์ขวัญแผ่นดิน จังหวัดสุโขทัย รุ่นที่ ๑/๒๕๖๓"
)
BODY = [
    "กรมกิจการผู้สูงอายุจัดกิจกรรมส่งเสริมสุขภาพให้แก่ผู้สูงอายุในชุมชนเขตเมือง โดยมีผู้เข้าร่วมกว่าสองร้อยคน",
    "กิจกรรมประกอบด้วยการตรวจสุขภาพเบื้องต้น การให้ความรู้ด้านโภชนาการ และการออกกำลังกายที่เหมาะสมกับวัย",
    "ทั้งนี้ กรมจะติดตามผลการดำเนินงานอย่างต่อเนื่องและขยายผลไปยังชุมชนอื่นในปีงบประมาณถัดไป",
]


def _detail(extra_body: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>กรมตัวอย่าง</title>
<meta property="og:title" content="{LONG_HEADLINE}"></head>
<body><header><h1 class="site-title">กรมตัวอย่าง</h1></header><main><div class="row"><div class="col-lg-9">
<div class="news-detail"><h2 class="news-detail-title">{LONG_HEADLINE}</h2>
<div class="news-meta d-flex justify-content-between">
<div><span class="news-date"><i class="bi bi-calendar3"></i> ๕ มี.ค. ๖๗</span>
<span class="news-view ms-3" title="จำนวนผู้เข้าชม"><i class="bi bi-eye"></i> ๒,๖๔๔</span></div>
<div class="news-tools"><button class="js-font">A-</button><button class="js-font">A+</button></div></div>
<div class="news-content">{paras}{extra_body}</div></div></div></div></main>
<footer><p>ถนนตัวอย่าง กรุงเทพมหานคร</p></footer></body></html>""".encode()


def test_a_wrapped_meta_row_with_a_bare_counter_is_no_text() -> None:
    record = extract_bytes(_detail(), url=LOCAL + "/th/news/detail/1", cms="generic")
    assert record["title"] == LONG_HEADLINE
    assert record["body"].startswith(BODY[0])
    assert "๒,๖๔๔" not in record["body"] and "มี.ค." not in record["body"]
    assert record["view_count"] == 2644
    assert record["published_at"].startswith("2024-03-05")


def test_a_file_card_printing_the_files_name_is_furniture() -> None:
    card = (
        '<div class="file"><a href="https://assets.example.net/h7k2/energy-53.pdf" target="_blank">'
        '<span class="file-name">energy-pr-53.pdf</span> <span class="file-btn">ดาวน์โหลดเอกสาร</span></a></div>'
    )
    record = extract_bytes(_detail(card), url=LOCAL + "/th/news/detail/1", cms="generic")
    assert "energy-pr-53.pdf" not in record["body"]
    assert "ดาวน์โหลดเอกสาร" not in record["body"]
    assert record["body"].endswith(BODY[-1])
