"""Fast checks of the red-team sites themselves (not of the crawler): every site serves its
listing pages, every expected article answers 200, the deleted item answers 200 and is not
expected, expected.json is current, and the legacy site's bytes really are windows-874."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from tests.redteam import SITES, serve

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str):
    try:
        with _opener.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def load_expected(site):
    from tests.redteam._common import HERE

    return json.loads((HERE / site.key / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=SITES, ids=lambda s: s.key)
def served(request):
    site = request.param
    with serve(site) as base:
        yield site, base


def test_at_least_six_sites():
    assert len(SITES) >= 6
    assert len({s.key for s in SITES}) == len(SITES)


def test_expected_json_is_current(served):
    site, _ = served
    doc = load_expected(site)
    assert doc["articles"] == json.loads(json.dumps(site.expected(), ensure_ascii=False))
    assert 15 <= len(doc["articles"]) <= 30
    for rec in doc["articles"]:
        assert len(rec["body_must"]) >= 3 and rec["body_must_not"]
        assert set(rec) >= {
            "url",
            "title",
            "published_at",
            "modified_at",
            "view_count",
            "source",
            "tags",
            "body_must",
            "body_must_not",
        }


def test_listing_pages_serve_and_link_everything(served):
    site, base = served
    doc = load_expected(site)
    pages = doc["listing_pages"]
    assert len(pages) >= 3
    html = ""
    for p in pages:
        status, headers, body = fetch(base + p)
        assert status == 200, p
        html += body.decode(site.charset)
    for rec in doc["articles"] + [{"url": d} for d in doc["deleted"]]:
        path = rec["url"]
        # listings link with absolute paths, relative paths (legacy, <base href>) or full URLs
        assert path.lstrip("/") in html, path


def test_every_expected_article_answers_200(served):
    site, base = served
    for rec in load_expected(site)["articles"]:
        status, _, body = fetch(base + rec["url"])
        assert status == 200, rec["url"]
        text = body.decode(site.charset)
        for phrase in rec["body_must"]:
            assert phrase in text.replace("&quot;", '"').replace("&#x27;", "'").replace(
                "&amp;", "&"
            ), (rec["url"], phrase)


def test_deleted_item_answers_200_and_is_not_expected(served):
    site, base = served
    doc = load_expected(site)
    urls = {r["url"] for r in doc["articles"]}
    assert doc["deleted"]
    for path in doc["deleted"]:
        assert path not in urls
        status, _, _ = fetch(base + path)
        assert status == 200, path


def test_unknown_path_is_404(served):
    site, base = served
    assert fetch(base + "/no/such/page-xyz")[0] == 404


def test_legacy_site_bytes_are_cp874():
    site = next(s for s in SITES if s.key == "legacy_cp874")
    doc = load_expected(site)
    labels = set()
    with serve(site) as base:
        for rec in doc["articles"][:8] + [{"url": doc["listing_pages"][0]}]:
            status, headers, body = fetch(base + rec["url"])
            assert status == 200
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
            text = body.decode("cp874")
            assert "ข่าวประชาสัมพันธ์" in text
            if "title" in rec:
                assert rec["title"] in text
            labels.add((headers.get("Content-Type"), "charset=" in text.split("</head>")[0]))
    # the charset labels vary: right, missing, mislabelled
    assert ("text/html; charset=ISO-8859-1", True) in labels
    assert ("text/html", False) in labels
