"""Royal Thai Government portal replica: section lists under <base href>, details pages."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from crawler.replica.base import Response
from tests.replica.cms import CmsSite, Post, int_param, paragraphs_html, weekday_line

SECTION = 21
SECTION_NAME = "ข่าวทำเนียบรัฐบาล"  # Government House news
LIST_RE = re.compile(r"/news/contents/index/(\d+)")
DETAIL_RE = re.compile(r"/news/contents/details/(\d+)")
TRUNCATE = 40  # characters of a headline shown in a list link before "..."


class ThaigovSite(CmsSite):
    """thaigov.go.th layout: relative links resolved against <base href>, day-only dates."""

    family = "thaigov"
    date_only = True

    @property
    def listing_url(self) -> str:
        """Return the section list's first page."""
        return f"{self.base_url}{self.prefix}/news/contents/index/{SECTION}"

    def article_path(self, post: Post) -> str:
        """Return the details path."""
        return f"/news/contents/details/{post.id}"

    def route(self, local: str, query: dict[str, list[str]], count: int) -> Response | None:
        """Answer the section list and details pages."""
        if (match := LIST_RE.fullmatch(local)) and int(match.group(1)) == SECTION:
            page = int_param(query, "page", 1) or 1
            if page > self.pages(count):
                return None
            return self.html(self.section(page, count), "listing")
        if match := DETAIL_RE.fullmatch(local):
            post = self.post_by_id(int(match.group(1)), count)
            if post is None:
                return None
            if self.layout == "changed":
                return self.html(self.changed_article(post), "article")
            return self.html(self.details(post, count), "article")
        return None

    def _page(self, title: str, main: str) -> str:
        base = escape(self.base_url + self.prefix + "/")
        return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><base href="{base}">
<title>{escape(title)}</title>
<link href="public/theme/default/css/bootstrap.min.css" rel="stylesheet"></head>
<body><div class="header"><a href="home"><img src="public/theme/default/images/logo.png" alt="รัฐบาลไทย"></a>
<ul class="nav navbar-nav"><li><a href="news/contents/index/{SECTION}">{SECTION_NAME}</a></li><li><a href="news/contents/index/22">คำกล่าวของนายกรัฐมนตรี</a></li><li><a href="news/contents/index/23">สรุปข่าวการประชุม ครม.</a></li></ul></div>
<div class="container">{main}</div>
<div class="footer"><p>สำนักงานปลัดสำนักนายกรัฐมนตรี ทำเนียบรัฐบาล ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300</p></div>
</body></html>
"""  # noqa: E501

    def section(self, page: int, count: int) -> str:
        """Render a section list: a lead story, then truncated links with full @title."""
        posts = self.newest(count, (page - 1) * self.page_size, self.page_size)
        blocks = []
        for n, post in enumerate(posts):
            href = f"news/contents/details/{post.id}"
            if n == 0:
                blocks.append(f'<h3 class="news-1"><a href="{href}">{escape(post.title)}</a></h3>')
                continue
            short = post.title if len(post.title) <= TRUNCATE else post.title[:TRUNCATE] + "..."
            blocks.append(
                '<!--NEWS BLOCK--><div class="item-news"><div class="clearfix b1">'
                f'<a href="{href}" class="color3 font_level5_2" title="{escape(post.title)}">'
                f"{escape(short)}</a></div></div><!--HR--><div><hr></div>"
            )
        pager = (
            f'<ul class="pagination"><li class="next"><a rel="next" href="news/contents/'
            f'index/{SECTION}?page={page + 1}">»</a></li></ul>'
            if page < self.pages(count)
            else ""
        )
        main = (
            '<div class="panel Circular"><div class="panel-heading">'
            f'<span class="Circular headtitle-2 font_level6 color2">{SECTION_NAME}</span></div>'
            f'<div class="panel-body">{"".join(blocks)}</div>{pager}</div>'
        )
        return self._page(f"รัฐบาลไทย-{SECTION_NAME}", main)

    def details(self, post: Post, count: int) -> str:
        """Render a details page: title prefix, date line, print label, headline, paragraphs."""
        main = f"""<div class="row"><span class="Circular headtitle-2 font_level6 color2 col-xs-9 remove-xs">{SECTION_NAME}</span></div>
<div class="border-normal clearfix">
<div class="col-xs-12 remove-xs"><span class="font_level2 color4">{weekday_line(post.published)}</span></div>
<div class="col-xs-12 remove-xs text-right"><a href="javascript:window.print()"><i class="fa fa-print"></i> พิมพ์</a></div>
<div class="col-xs-12"><h1 class="font_level6 color1">{escape(post.title)}</h1></div>
<div class="col-xs-12" style="font-size:16px">
{paragraphs_html(post)}
<p>.............................................</p>
<p>กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก</p>
</div></div>"""  # noqa: E501
        return self._page(f"รัฐบาลไทย-{SECTION_NAME}-{post.title}", main)

    def expected(self, post: Post) -> dict[str, Any]:
        """Add the section (category) to the ground truth."""
        record = super().expected(post)
        record["category"] = SECTION_NAME
        record["tags"] = []  # the layout prints no tags
        return record
