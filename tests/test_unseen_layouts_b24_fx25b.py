# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-fourth blind round showed (fixer fx25b), each checked on a small page:
Drupal's default "medium" date `D, m/d/Y - H:i` is month first, the submitted line
"<date> — <login>" is byline furniture, and the drupal family reads Drupal 6 nodes."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article
from pipelines.thai_dates import BANGKOK, parse_thai_date

HEADLINE = "สำนักงานเกษตรอำเภอจัดอบรมการผลิตปุ๋ยอินทรีย์ให้แก่กลุ่มเกษตรกรในพื้นที่"
TEXT = (
    "สำนักงานเกษตรอำเภอจัดอบรมการผลิตปุ๋ยอินทรีย์ให้แก่กลุ่มเกษตรกร เพื่อลดต้นทุนการผลิตและเพิ่มคุณภาพดินในแปลงปลูกพืชของเกษตรกร "
    * 3
)


def _at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BANGKOK)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thursday 7 March 2024 (3 July 2024 is a Wednesday)
        ("พฤ., 03/07/2024 - 08:08", _at(2024, 3, 7, 8, 8)),
        ("Thu, 03/07/2024 - 08:08", _at(2024, 3, 7, 8, 8)),
        ("ส่งโดย admin เมื่อ ศ., 02/16/2024 - 10:30", _at(2024, 2, 16, 10, 30)),
        # a site's own day-first format with the weekday: Wednesday 7 February 2024
        ("พ., 07/02/2024 - 10:30", _at(2024, 2, 7, 10, 30)),
        # both readings Thursdays: core's month-first order
        ("พฤ., 07/11/2024 - 07:47", _at(2024, 7, 11, 7, 47)),
        # no weekday, no Drupal shape: Thai day-first as before
        ("03/07/2024 - 08:08", _at(2024, 7, 3, 8, 8)),
        ("พฤ., 03/07/2024", datetime(2024, 7, 3).date()),
    ],
)
def test_drupal_medium_date_is_month_first(text: str, expected: object) -> None:
    assert parse_thai_date(text) == expected


def _garland_node(
    scripts: str = '<script type="text/javascript" src="/misc/drupal.js?R"></script>',
) -> str:
    """A Drupal 6 node page in core's Garland theme: the page title is the h2 in #squeeze, the
    node prints span.submitted "<date> — <login>" and div.content, no generator meta."""
    return f"""<html><head><title>{HEADLINE} | สำนักงานเกษตรจังหวัด</title>{scripts}</head><body>
<div id="wrapper"><div id="container" class="clear-block">
<div id="header"><div id="logo-floater"><h1><a href="/">สำนักงานเกษตรจังหวัด</a></h1></div></div>
<div id="sidebar-left" class="sidebar"><div class="block"><h2>เมนูหลัก</h2><div class="content"><ul class="menu"><li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ul></div></div></div>
<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
<div class="breadcrumb"><a href="/">หน้าแรก</a> › <a href="/news">ข่าวประชาสัมพันธ์</a></div>
<h2>{HEADLINE}</h2>
<div class="clear-block"><div id="node-1183" class="node">
  <span class="submitted">พฤ., 03/07/2024 - 08:08 — pr_office</span>
  <div class="content clear-block"><p>{TEXT}</p><p>ที่มา: กลุ่มส่งเสริมการเกษตร</p></div>
  <div class="clear-block"><div class="meta"><div class="terms"><ul class="links inline"><li><a href="/taxonomy/term/33" rel="tag">เกษตรกร</a></li></ul></div></div>
  <div class="links"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน 342 ครั้ง</span></li></ul></div></div>
</div></div>
</div></div></div></div>
</div></div></body></html>"""


@pytest.mark.parametrize("family", ["drupal", "generic"])
def test_drupal6_garland_node(family: str) -> None:
    """Both readers: the month-first date, the submitted line out of the body, the login never
    the source; the drupal family fits the Drupal 6 node by itself (no layout problem)."""
    page = Page(text=_garland_node())
    found = read_article(layout(family), page, "http://agri.example.go.th/news/1183")
    record = normalize_article(found)
    assert record.title == HEADLINE
    assert record.published_at == "2024-03-07T08:08:00+07:00"
    assert "pr_office" not in (record.body or "")
    assert "03/07/2024" not in (record.body or "")
    assert record.body.startswith("สำนักงานเกษตรอำเภอ")
    assert record.source == "กลุ่มส่งเสริมการเกษตร"
    assert record.view_count == 342
    assert not [p for p in record.problems if p.startswith("layout:")]


def test_short_medium_date_on_a_drupal_page() -> None:
    """ "m/d/Y - H:i" without a weekday is month first on a page loading Drupal core's
    drupal.js (Drupal 6 prints no generator meta), day first elsewhere."""
    html = _garland_node().replace("พฤ., 03/07/2024 - 08:08 — pr_office", "03/07/2024 - 08:08")
    found = read_article(layout("generic"), Page(text=html), "http://agri.example.go.th/news/1183")
    assert normalize_article(found).published_at == "2024-03-07T08:08:00+07:00"
    plain = html.replace('<script type="text/javascript" src="/misc/drupal.js?R"></script>', "")
    found = read_article(layout("generic"), Page(text=plain), "http://agri.example.go.th/news/1183")
    assert normalize_article(found).published_at == "2024-07-03T08:08:00+07:00"


def test_submitted_line_date_then_login_is_furniture() -> None:
    """Garland's themed submitted line "<date> — <login>": byline furniture whose date is the
    publication's; a dateline followed by Thai words stays text."""
    from pipelines.boilerplate import match_line

    said = match_line("พฤ., 03/07/2024 - 08:08 — pr_office")
    assert said is not None and said.data == {"published_raw": "พฤ., 03/07/2024 - 08:08"}
    assert match_line("5 มี.ค. 2567 — นายกรัฐมนตรีกล่าวเปิดงาน") is None


def test_drupal6_core_script_detects_the_drupal_family() -> None:
    """Drupal 6 prints no generator meta: core's misc/drupal.js and Drupal.settings say it."""
    from pipelines.detect import fingerprint

    html = '<script src="/misc/drupal.js?R"></script><script>jQuery.extend(Drupal.settings, {});</script>'
    assert fingerprint(html).candidates() == ["drupal", "generic"]


def test_last_update_follows_a_day_first_published_date() -> None:
    """A site's own day-first medium format ("พฤ., 15/02/2024 - 10:30", only day first is
    possible) puts its "last updated" line day first too, whatever its weekday says."""
    from pipelines.layouts.drupal import same_order

    page = Page(text='<time datetime="2024-02-15T03:30:00Z">พฤ., 15/02/2024 - 10:30</time>')
    for printed in ("พ., 04/12/2024 - 07:36", "อ., 04/12/2024 - 07:36", "04/12/2024 - 07:36"):
        read = parse_thai_date(same_order(page, "2024-02-15T03:30:00Z", printed))
        assert read == _at(2024, 12, 4, 7, 36), printed
