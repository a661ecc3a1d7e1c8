"""canonical_url drops the visitor's session wherever a server writes it into a URL: a site that
cannot set cookies (Tomcat's cookies="false", PHP's use_trans_sid, ASP.NET cookieless state,
ColdFusion's URL tokens) prints the same article under a second address, which must never be
a second fetch or a second record."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request

from crawler.spiders.site import family_spider
from crawler.urls import canonical_url

BASE = "http://office.example.go.th"

SAME_PAGE = [
    # Java servlet containers: a path parameter on the last (or any) segment, any case
    (
        f"{BASE}/egov/news/view.xhtml;jsessionid=8F3C2A91D04B7E65A1C9F2E07B3D6A48?id=7",
        f"{BASE}/egov/news/view.xhtml?id=7",
    ),
    (f"{BASE}/news/view.jsp;JSESSIONID=abc123.node1?id=7", f"{BASE}/news/view.jsp?id=7"),
    (f"{BASE}/portal;jsessionid=A1B2/news?id=7", f"{BASE}/portal/news?id=7"),
    # PHP's trans_sid and other named session arguments
    (f"{BASE}/news.php?id=7&PHPSESSID=k2l8d9f0s7g6h5j4", f"{BASE}/news.php?id=7"),
    (f"{BASE}/detail.cfm?newsid=7&CFID=123456&CFTOKEN=98765432", f"{BASE}/detail.cfm?newsid=7"),
    (f"{BASE}/index.php?main_page=news&id=7&zenid=q8r7s6", f"{BASE}/index.php?main_page=news&id=7"),
    # a generic name holding a long random token (phpBB's, vBulletin's sid / s, an app's)
    (f"{BASE}/news.jsp?id=7&sessionid=a8f3k2l9d0s7g6h5j4k3l2", f"{BASE}/news.jsp?id=7"),
    (f"{BASE}/viewtopic.php?t=7&sid=0f3c2a91d04b7e65a1c9f2e07b3d6a48", f"{BASE}/viewtopic.php?t=7"),
    # ASP.NET cookieless session / anonymous-id segment
    (f"{BASE}/(S(lit3py55t21z5v55vlm25s55))/News.aspx?id=7", f"{BASE}/News.aspx?id=7"),
    (f"{BASE}/pr/(X(1)S(lit3py55t21z5v55vlm25s55))/News.aspx?id=7", f"{BASE}/pr/News.aspx?id=7"),
    # Oracle APEX: the session is the third field of f?p=; 0 is its public form
    (
        f"{BASE}/ords/f?p=118:2:71523390424417::NO::P2_ID:2399",
        f"{BASE}/ords/f?p=118:2:0::NO::P2_ID:2399",
    ),
]


@pytest.mark.parametrize(("printed", "bare"), SAME_PAGE)
def test_a_session_in_the_url_names_the_same_page(printed: str, bare: str) -> None:
    assert canonical_url(printed) == canonical_url(bare)


def test_what_only_looks_like_a_session_stays_part_of_the_address() -> None:
    """A short sid is a section id; other path parameters and brackets are the page's own."""
    assert canonical_url(f"{BASE}/news.php?sid=12&id=7") != canonical_url(f"{BASE}/news.php?id=7")
    assert "sessionid=5" in canonical_url(f"{BASE}/meeting.php?sessionid=5&id=7")  # a sitting
    assert canonical_url(f"{BASE}/?s=covid19") == f"{BASE}/?s=covid19"  # WordPress's search
    assert canonical_url(f"{BASE}/files;type=a/doc.pdf") != canonical_url(f"{BASE}/files/doc.pdf")
    assert canonical_url(f"{BASE}/news/(2567)/item-7").endswith("/news/(2567)/item-7")
    assert canonical_url(f"{BASE}/index.php?p=118:2:7") == f"{BASE}/index.php?p=118%3A2%3A7"


def test_a_listing_linking_an_article_with_and_without_a_session_fetches_it_once() -> None:
    session = ";jsessionid=8F3C2A91D04B7E65A1C9F2E07B3D6A48"
    rows = "".join(
        f'<tr><td><a href="/egov/news/view.xhtml?id={n}"><img src="/t/{n}.jpg" alt=""></a></td>'
        f'<td><a href="/egov/news/view.xhtml{session}?id={n}">ประชุมคณะกรรมการพัฒนาการเกษตร'
        f"ระดับจังหวัด ครั้งที่ {n} ประจำปีงบประมาณ</a></td><td>15 ก.ย. 2567</td></tr>"
        for n in range(1, 7)
    )
    html = f"<html><body><main><table>{rows}</table></main></body></html>"
    url = f"{BASE}/egov/news/list.xhtml"
    spider = family_spider("generic", url)(mode="backfill")
    out = list(spider.parse_listing(HtmlResponse(url=url, body=html.encode(), encoding="utf-8")))
    fetched = [r.url for r in out if isinstance(r, Request) and "view.xhtml" in r.url]
    assert len(fetched) == 6
    assert {canonical_url(u) for u in fetched} == {
        f"{BASE}/egov/news/view.xhtml?id={n}" for n in range(1, 7)
    }
