"""Rules the sixth blind round showed, each checked on a small page: script pagers, a card's
dates, listing link text that is only a date, day-only dates completed from the page's machine
date, icon ligatures beside a counter."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.layouts import Page, layout, read_article
from pipelines.layouts.base import anchor_texts

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("family", ["wordpress", "generic"])
def test_a_related_cards_updated_time_is_not_the_posts_modification(family: str) -> None:
    path = FIXTURES / "wordpress" / "article_related_card_updated_time.html"
    page = Page.from_bytes(path.read_bytes(), "text/html; charset=utf-8")
    article = read_article(layout(family), page, "https://office.example.go.th/news/512.html")
    assert article.modified_at_raw is None


def test_a_date_linking_the_post_is_not_its_listed_headline() -> None:
    html = (
        '<div><h3><a href="/news/3.html">ตรวจเยี่ยม สกศ.</a></h3>'
        '<a href="/news/3.html" title="09:25"><time>29 มกราคม 2567</time>'
        "<time>6 กุมภาพันธ์ 2567</time></a></div>"
    )
    texts = anchor_texts(Page(text=html), "http://h/news/")
    assert texts == {"http://h/news/3.html": "ตรวจเยี่ยม สกศ."}
