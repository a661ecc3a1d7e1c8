"""Ministry of Industry provincial office replica: news2 listing (?…&page=N), K2 items by id."""

from __future__ import annotations

import re
from html import escape
from typing import Any
from urllib.parse import quote

from crawler.replica.base import Response
from tests.replica.cms import CmsSite, Post, chrome, int_param, paragraphs_html, thai_date

LISTING = "/index.php/news2"
ITEM_RE = re.compile(r"/index\.php/component/k2/item/(\d+)")
HEADING = "ข่าวประชาสัมพันธ์กระทรวงอุตสาหกรรม"  # "Ministry of Industry press releases"
OK = quote("ตกลง")  # the form's submit button value, URL-encoded


class ProvincialSite(CmsSite):
    """A provincial office sub-site (e.g. /ranong): dot-less short month dates, day only."""

    family = "provincial"
    date_only = True

    def __init__(self, *args: Any, province: str = "ranong", **kwargs: Any) -> None:
        """Serve the office of *province* under /<province>."""
        kwargs.setdefault("prefix", f"/{province}")
        kwargs.setdefault("site_key", f"industry_go_th_{province}")
        super().__init__(*args, **kwargs)
        self.province = province

    @property
    def listing_url(self) -> str:
        """Return the news2 listing's first page."""
        return self.base_url + self.prefix + LISTING

    def article_path(self, post: Post) -> str:
        """Return the K2 fallback item path (the rss_id query is dropped when stored)."""
        return f"/index.php/component/k2/item/{post.id}"

    def item_link(self, post: Post) -> str:
        """Return the item link as the listing prints it (with ?rss_id=)."""
        return f"{self.prefix}{self.article_path(post)}?rss_id={13000 + post.serial}"

    def route(self, local: str, query: dict[str, list[str]], count: int) -> Response | None:
        """Answer the news2 listing and the item pages."""
        if local == LISTING:
            page = int_param(query, "page", 1) or 1
            if page > self.pages(count):
                return None
            return self.html(self.listing(page, count), "listing")
        if match := ITEM_RE.fullmatch(local):
            post = self.post_by_id(int(match.group(1)), count)
            if post is None:
                return None
            if self.layout == "changed":
                return self.html(self.changed_article(post), "article")
            return self.html(self.item(post, count), "article")
        return None

    def _page(self, title: str, main: str, count: int) -> str:
        p = self.prefix
        name = f"สำนักงานอุตสาหกรรมจังหวัด ({self.province})"
        return chrome(
            title=title,
            site_name=name,
            main=main,
            body_class="site com_k2",
            nav=[
                ("หน้าแรก", f"{p}/index.php"),
                ("ข่าวประชาสัมพันธ์", p + LISTING),
                ("จัดซื้อจัดจ้าง", f"{p}/index.php/procurement/announce-purchase"),
            ],
        )

    def listing(self, page: int, count: int) -> str:
        """Render news2 page *page* (1-based): title, date, teaser, อ่านต่อ..."""
        rows = []
        for post in self.newest(count, (page - 1) * self.page_size, self.page_size):
            href = escape(self.item_link(post))
            rows.append(
                f'<div class="news-item"><a class="news-title" href="{href}">{escape(post.title)}'
                f'</a> <span class="news-date">{thai_date(post.published, short=True, dot=False)}'
                f"</span><p>{escape(post.paragraphs[0][:150])}</p>"
                f'<a class="readmore" href="{href}">อ่านต่อ...</a></div>'
            )
        links = []
        for n in range(1, self.pages(count) + 1):
            href = f"{self.prefix}{LISTING}?task=&amp;Submit={OK}&amp;page={n}"
            links.append(f"<b>{n}</b>" if n == page else f'<a href="{href}">{n}</a>')
        form = (
            f'<form method="get" action="{self.prefix}{LISTING}"><input type="hidden" '
            'name="task" value="" /><input type="text" name="page" size="3" />'
            '<input type="submit" name="Submit" value="ตกลง" /></form>'
        )
        main = (
            f'<div class="news2-list"><h2>{HEADING}</h2>{"".join(rows)}'
            f'<div class="news2-pages">หน้า {" ".join(links)}</div>{form}</div>'
        )
        return self._page(HEADING, main, count)

    def item(self, post: Post, count: int) -> str:
        """Render a K2 item page (date `d M Y` with the short month's dot missing)."""
        main = f"""<!-- Start K2 Item Layout -->
<span id="startOfPageId{post.id}"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">{thai_date(post.published, short=True, dot=False)}</span>
<h2 class="itemTitle">{escape(post.title)}</h2></div>
<div class="itemBody"><div class="itemFullText">
{paragraphs_html(post)}
</div>
<div class="itemContentFooter"><span class="itemHits">อ่าน <b>{post.hits}</b> ครั้ง</span></div></div>
<div class="itemComments"><div class="itemCommentsLoginFirst">ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น</div></div>
</div>
<!-- End K2 Item Layout -->
<!-- JoomlaWorks "K2" (v2.7.0) | Learn more about K2 at http://getk2.org -->"""  # noqa: E501
        return self._page(post.title, main, count)

    def expected(self, post: Post) -> dict[str, Any]:
        """Add the view count to the ground truth."""
        record = super().expected(post)
        record["view_count"] = post.hits
        record["tags"] = []  # the layout prints no tags
        return record
