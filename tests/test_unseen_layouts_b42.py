"""Rules from the forty-second blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from crawler.extract import extract_bytes

HEADLINE = "สำนักงานทรัพยากรธรรมชาติจังหวัดจัดกิจกรรมปลูกป่าชุมชนเนื่องในวันสิ่งแวดล้อมไทย"
TEXT = (
    "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดร่วมกับชุมชนจัดกิจกรรมปลูกป่าชุมชน จำนวนห้าร้อยต้น "
    "เพื่อเพิ่มพื้นที่สีเขียวและสร้างความตระหนักถึงความสำคัญของทรัพยากรป่าไม้ให้แก่เยาวชนในพื้นที่"
)


EVENT_PAGE = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>{headline_cut}…</title></head><body><h1>สำนักงานทรัพยากรธรรมชาติจังหวัด</h1>
<div class="news-detail"><span class="badge">ข่าวกิจกรรม</span><h2 class="news-title">{headline}</h2>
<div class="event-box"><div>วันที่จัดกิจกรรม <strong>๒๙ มี.ค. ๖๗</strong></div>
<div>สถานที่ ห้องประชุมศาลากลางจังหวัด</div></div>
<ul class="news-meta"><li class="posted">เผยแพร่ <span class="d">๓๐ มี.ค. ๖๗</span>
<span class="t">๑๑:๕๐ น.</span></li><li class="views">อ่าน ๔,๗๕๙ ครั้ง</li></ul>
<div class="text"><p>{text}</p><p>{text}</p></div></div></body></html>"""


def test_an_events_date_beside_the_headline_gives_way_to_the_publication_date() -> None:
    """ "วันที่จัดกิจกรรม" (the activity's date) printed nearer the headline than "เผยแพร่"
    (published) is the day of the story's event, not of the post."""
    page = EVENT_PAGE.format(headline=HEADLINE, headline_cut=HEADLINE[:40], text=TEXT)
    record = extract_bytes(
        page.encode(), url="http://h/news/653dd0e7f89fdc658b77bde3", cms="generic"
    )
    assert record["published_at"] == "2024-03-30T11:50:00+07:00"
    assert record["view_count"] == 4759


def drupal_node(canonical: str) -> bytes:
    """A Drupal node served under an alias whose canonical link is *canonical*."""
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="shortlink" href="/node/9240"><link rel="canonical" href="{canonical}">
<title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><article class="node">
<div class="node__content"><div class="field--name-body"><p>{TEXT}</p><p>{TEXT}</p></div></div>
</article></body></html>""".encode()


def test_a_canonical_that_is_the_shortlink_names_no_public_address() -> None:
    """A page fetched at its alias whose canonical is its own shortlink (the node's system
    path) is stored at the alias; a canonical naming another public address still wins."""
    url = "http://h/news/2024/09/9240"
    assert extract_bytes(drupal_node("/node/9240"), url=url, cms="drupal")["url"] == url
    other = extract_bytes(drupal_node("/news/2024/09/9240-x"), url=url, cms="drupal")
    assert other["url"] == "http://h/news/2024/09/9240-x"
