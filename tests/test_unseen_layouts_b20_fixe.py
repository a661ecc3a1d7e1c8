# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twentieth blind round showed, each checked on a small page: a placeholder midnight
of a modification date is a day, not a time."""

from __future__ import annotations

from tests.test_unseen_layouts_b9_cms import _record

TEXT = "เทศบาลจัดประชุมประชาคมหมู่บ้านเพื่อรับฟังความคิดเห็นเรื่องแผนพัฒนาท้องถิ่นประจำปี " * 4


def _page(modified: str) -> str:
    return f"""<html><head><title>ข่าวประชาสัมพันธ์</title>
<meta property="article:published_time" content="2025-06-12T00:00:00+07:00">
<script type="application/ld+json">{{"@type": "BlogPosting", "headline": "ประชุมประชาคม",
"datePublished": "2025-06-12T00:00:00+07:00", "dateModified": "{modified}"}}</script>
</head><body><article><h1>ประชุมประชาคม</h1>
<p class="meta"><time datetime="2025-06-12T00:00:00+07:00">๑๒ มิ.ย. ๒๕๖๘</time></p>
<div class="content"><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>"""


def test_a_midnight_modification_stamp_is_a_day() -> None:
    record = _record(_page("2025-06-12T00:00:00+07:00"), "http://h.go.th/news/pr-1.html")
    assert record["published_at"] == "2025-06-12"
    assert record["modified_at"] == "2025-06-12"


def test_a_modification_with_a_time_keeps_it() -> None:
    record = _record(_page("2025-06-24T09:15:00+07:00"), "http://h.go.th/news/pr-1.html")
    assert record["modified_at"] == "2025-06-24T09:15:00+07:00"
