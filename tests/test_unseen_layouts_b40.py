"""Rules from the fortieth blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from crawler.extract import extract_bytes
from pipelines.detect import fingerprint

HEADLINE = "สำนักงานสาธารณสุขจังหวัดเร่งรณรงค์ฉีดวัคซีนป้องกันไข้หวัดใหญ่ให้กลุ่มเสี่ยง"
TEXT = (
    "สำนักงานสาธารณสุขจังหวัดเร่งรณรงค์ฉีดวัคซีนป้องกันไข้หวัดใหญ่ตามฤดูกาลให้แก่กลุ่มเสี่ยง "
    "ได้แก่ ผู้สูงอายุ หญิงตั้งครรภ์ และผู้ป่วยโรคเรื้อรัง ณ โรงพยาบาลทุกแห่งในจังหวัด"
)
SECOND = "ทั้งนี้ ประชาชนที่สนใจสามารถติดต่อรับบริการได้ที่โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน"


def builder_post(inside: str, info: str, before: str = "") -> bytes:
    """A WordPress post laid out by a theme builder (Elementor's single-post template):
    headline widget, post-info widget (*info*), text widget holding the editor's text and
    *inside*; *before* printed above the headline."""
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="generator" content="WordPress 6.4.3"><title>{HEADLINE} – สสจ.</title></head>
<body class="single single-post">{before}<main>
<div class="elementor elementor-location-single post-7 post type-post">
<div class="elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<h1 class="elementor-heading-title">{HEADLINE}</h1></div>
<div class="elementor-widget-post-info"><ul class="elementor-post-info">{info}</ul></div>
<div class="elementor-widget-theme-post-content"><div class="elementor-widget-container">
<p>{HEADLINE} วันที่ 13 พฤศจิกายน 2560</p><p>{TEXT}</p><p>{SECOND}</p>
{inside}
</div></div></div></main>
<aside><h3>ข่าวล่าสุด</h3><ul><li><a href="/archives/6">ข่าวอื่นของสำนักงานสาธารณสุขจังหวัดประจำเดือน</a>
<span>1 มกราคม 2567</span></li></ul></aside></body></html>""".encode()


INFO = (
    '<li><a href="/archives/author/pr_admin">pr_admin</a></li>'
    "<li><span><time>9 กุมภาพันธ์ 2567</time></span></li>"
    "<li><span><time>11:51 น.</time></span></li>"
    '<li><span>แท็ก </span><a href="/archives/tag/vaccine">วัคซีน</a>, '
    '<a href="/archives/tag/flu">ไข้หวัดใหญ่</a></li>'
)


def test_a_builder_post_is_dated_by_its_post_info_row_not_a_date_its_text_tells() -> None:
    """No date element the family knows: the date printed between the headline and the text
    dates the post, not the day its first line mentions; the row's tag links are its tags."""
    record = extract_bytes(builder_post("", INFO), url="http://h/archives/7", cms="wordpress")
    assert record["published_at"] == "2024-02-09T11:51:00+07:00"
    assert record["tags"] == ["วัคซีน", "ไข้หวัดใหญ่"]


def test_a_date_above_the_headline_is_no_post_info_row() -> None:
    """A side list's date printed before the headline (and none between headline and text)
    leaves the family's reading as it was: the text's dateline."""
    side = (
        '<div class="side"><ul><li><a href="/archives/5">ข่าวอื่นของสำนักงานสาธารณสุขจังหวัด</a> '
        "<span>1 มกราคม 2567</span></li></ul></div>"
    )
    page = builder_post("", "", before=side)
    record = extract_bytes(page, url="http://h/archives/7", cms="wordpress")
    assert record["published_at"] == "2017-11-13"
    assert record["published_source"] == "dateline: top of the text"


SHARE_BAR = (
    '<div class="sfsi_widget"><div class="sfsi_holders"><span>Please follow &amp; like us :)'
    '</span> <a class="sfsi_facebook" href="https://www.facebook.com/sharer/sharer.php?u=x">'
    'Facebook</a> <a class="sfsi_line" href="https://social-plugins.line.me/lineit/share?url=x">'
    'LINE</a> <a class="sfsi_twitter" href="https://twitter.com/intent/tweet">Twitter</a></div>'
    "</div>"
)


def test_furniture_read_by_meaning_inside_the_text() -> None:
    """A share bar known by where its links go, a rating widget's "no votes yet", and a
    download manager's counted button between the text's blocks leave the body; the file is
    an attachment named by its label without the count."""
    inside = (
        '<a class="download-link" href="/download/4431/">ดาวน์โหลดเอกสาร (ดาวน์โหลด 29 ครั้ง)</a>'
        f"{SHARE_BAR}"
        '<div class="post-ratings"><img src="/stars/rating_off.gif" alt=""> (ยังไม่มีการโหวต)</div>'
        '<p>ติดตามข่าวสารได้ที่ <a href="https://www.facebook.com/moph.pr">เพจสำนักงานสาธารณสุขจังหวัด'
        "ของเรา</a></p>"
    )
    record = extract_bytes(builder_post(inside, INFO), url="http://h/archives/7", cms="wordpress")
    body = record["body"]
    for furniture in ("Please follow", "Facebook", "ยังไม่มีการโหวต", "ดาวน์โหลดเอกสาร"):
        assert furniture not in body
    assert "ติดตามข่าวสารได้ที่ เพจสำนักงานสาธารณสุขจังหวัดของเรา" in body  # a page of its own
    assert {"url": "http://h/download/4431/", "name": "ดาวน์โหลดเอกสาร"} in record["attachments"]


def test_a_download_label_noting_the_bare_extension_is_furniture() -> None:
    """A legacy page's download line: an icon, then "ดาวน์โหลดรายละเอียด (.doc)"."""
    inside = (
        '<p><font size="2"><img src="/images/word.gif" width="16" height="16"> '
        '<a href="/news/doc/pr0724.doc">ดาวน์โหลดรายละเอียด (.doc)</a></font></p>'
    )
    record = extract_bytes(builder_post(inside, INFO), url="http://h/archives/7", cms="wordpress")
    assert "ดาวน์โหลดรายละเอียด" not in record["body"]
    assert record["attachments"][0]["url"] == "http://h/news/doc/pr0724.doc"


def drupal_node(tags: str) -> bytes:
    """A Drupal 10/11 node whose content holds a tags field printed with a heading label."""
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 11 (https://www.drupal.org)"><title>{HEADLINE}</title>
</head><body><main><h1 class="page-title"><span class="field--name-title">{HEADLINE}</span></h1>
<article class="node node--type-article"><div class="node__content">
<div class="text-content field field--name-field-content"><p>{TEXT}</p><p>{SECOND}</p></div>
{tags}</div></article></main></body></html>""".encode()


def test_a_tag_fields_heading_label_leaves_with_its_list() -> None:
    """A tags field (an h3 label over a "links" list) goes whole: no lone "แท็ก" line."""
    tags = (
        '<div class="field field--name-field-tags field--label-above"><h3 class="field__label">'
        'แท็ก</h3><ul class="links field__items"><li><a href="/taxonomy/term/6">เศรษฐกิจ</a></li>'
        '<li><a href="/taxonomy/term/7">สาธารณสุข</a></li></ul></div>'
    )
    record = extract_bytes(drupal_node(tags), url="http://h/node/9", cms="drupal")
    assert "แท็ก" not in record["body"]
    assert record["tags"] == ["เศรษฐกิจ", "สาธารณสุข"]


def test_thaigov_paths_relative_to_the_base_href_are_a_marker() -> None:
    """thaigov pages print their links relative to <base href>: no leading slash."""
    page = '<a href="news/contents/details/12345">ข่าว</a>'
    assert fingerprint(page, "http://portal.go.th/").scores.get("thaigov") == 2
