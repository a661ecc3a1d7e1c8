"""A post whose one date is a <time class="entry-date updated"> (The7, hAtom themes) prints
no modification date, even with related posts' cards printing their own times beside it."""

from __future__ import annotations

import pytest

from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

TEXT = (
    "ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการพัฒนาจังหวัด เพื่อติดตามความก้าวหน้าของ"
    "โครงการตามแผนพัฒนาจังหวัด ประจำปีงบประมาณ พ.ศ. 2567 และมอบหมายให้หน่วยงานรายงานผลทุกเดือน "
) * 3


def post(meta: str) -> str:
    cards = "".join(
        f'<div class="related-item"><a href="/?p={n}">ข่าวที่เกี่ยวข้อง เรื่องที่ {n} ของสำนักงาน</a>'
        f'<time datetime="2024-09-1{n}T07:06:00+07:00">1{n} กันยายน 2024</time>'
        "</div>"
        for n in range(3)
    )
    return f"""<html><head><title>ประชุมคณะกรรมการพัฒนาจังหวัด – สำนักงานจังหวัด</title>
<meta name="generator" content="WordPress 6.5"></head><body><article class="post">
<h1 class="entry-title">ประชุมคณะกรรมการพัฒนาจังหวัด</h1><div class="entry-meta">{meta}</div>
<div class="entry-content"><p>{TEXT}</p><p>{TEXT}</p></div>
<section class="related-posts"><h3>ข่าวที่เกี่ยวข้อง</h3>{cards}</section>
</article></body></html>"""


LONE = (
    '<a href="/?p=9066" rel="bookmark"><time class="entry-date updated" '
    'datetime="2024-09-17T10:27:00+07:00">17 กันยายน 2024</time></a>'
)
EDITED = (
    '<time class="entry-date published" datetime="2024-09-17T10:27:00+07:00">17 กันยายน 2024'
    '</time><time class="updated" datetime="2024-09-20T09:00:00+07:00">20 กันยายน 2024</time>'
)


@pytest.mark.parametrize("family", ["wordpress", "generic"])
def test_the_one_updated_time_is_the_publication(family: str) -> None:
    article = read_article(layout(family), Page(text=post(LONE)), "http://h.go.th/?p=9066")
    record = normalize_article(article).record()
    assert record["published_at"] == "2024-09-17T10:27:00+07:00"
    assert record["modified_at"] is None


@pytest.mark.parametrize("family", ["wordpress", "generic"])
def test_an_updated_time_beside_the_published_one_is_the_modification(family: str) -> None:
    article = read_article(layout(family), Page(text=post(EDITED)), "http://h.go.th/?p=9066")
    record = normalize_article(article).record()
    assert record["modified_at"] == "2024-09-20T09:00:00+07:00"
