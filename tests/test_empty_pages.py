"""Empty templates are not articles: a deleted item answering 200 becomes a failures row."""

from __future__ import annotations

import pytest

from crawler.items import Article, CrawlFailure
from pipelines.normalize import NormalizePipeline

URL = "https://example.go.th/news/9"


def article(title: str | None, body_html: str, images: list[str] | None = None) -> Article:
    return Article(
        url=URL, site="example_go_th", title=title, body_html=body_html, images=images or []
    )


@pytest.mark.parametrize(
    "title, body_html",
    [
        ("สำนักงานจังหวัดตัวอย่าง", ""),  # the template's <title>, nothing in the body
        ("สำนักงานจังหวัดตัวอย่าง", "<div class='share'>แชร์</div><p>อ่าน 0 ครั้ง</p>"),
        ("ข่าวประชาสัมพันธ์", "<p>ไม่พบข้อมูลที่ท่านต้องการ</p>"),
        ("ข่าวประชาสัมพันธ์", "<p>ขออภัย ไม่พบหน้าที่คุณค้นหา</p>"),
        ("404 Not Found", "<p>The requested URL was not found on this server.</p>"),
        ("ข่าว", "<p>บทความนี้ถูกลบแล้ว</p>"),
    ],
)
def test_empty_template_becomes_a_failure(title: str, body_html: str) -> None:
    out = NormalizePipeline().process_item(article(title, body_html))
    assert isinstance(out, CrawlFailure)
    assert (out.url, out.site, out.kind) == (URL, "example_go_th", "empty")
    assert out.message


@pytest.mark.parametrize(
    "title, body_html, images",
    [
        ("ประชุมคณะกรรมการ", "<p>ผู้ว่าราชการจังหวัดเป็นประธานการประชุม</p>", []),
        ("ภาพข่าวกิจกรรม", "", ["https://example.go.th/img/1.jpg"]),  # a photo post
        (
            "ระบบฐานข้อมูลใหม่",
            "<p>" + "ประชาชนที่ค้นหาแล้วไม่พบข้อมูลของตนสามารถติดต่อสำนักงานได้ทุกวันทำการ " * 6 + "</p>",
            [],
        ),
    ],
)
def test_real_articles_stay_articles(title: str, body_html: str, images: list[str]) -> None:
    out = NormalizePipeline().process_item(article(title, body_html, images))
    assert isinstance(out, Article) and out.title == title
