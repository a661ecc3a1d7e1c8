"""Fast checks of the held-out red-team sites themselves (not of the crawler): every site
serves its listing pages, the listings link every expected article and the deleted item,
every expected article answers 200, the deleted item answers 200 and is not expected, and
expected.json is current."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import quote, unquote

import pytest

from tests.redteam import HELDOUT_MODULES, SITE_MODULES, load_sites, serve

HELDOUT = load_sites(HELDOUT_MODULES)
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


def url_path(path: str) -> str:
    # expected URLs may hold Thai characters; on the wire they are percent-encoded
    return quote(path, safe="/?=&%")


@pytest.fixture(scope="module", params=HELDOUT, ids=lambda s: s.key)
def served(request):
    site = request.param
    with serve(site) as base:
        yield site, base


def test_heldout_sites_are_separate():
    assert len(HELDOUT) >= 4
    assert len({s.key for s in HELDOUT}) == len(HELDOUT)
    assert all(m.startswith("ho_") for m in HELDOUT_MODULES)
    assert not set(HELDOUT_MODULES) & set(SITE_MODULES)


def test_expected_json_is_current(served):
    site, _ = served
    doc = load_expected(site)
    assert doc["articles"] == json.loads(json.dumps(site.expected(), ensure_ascii=False))
    assert 15 <= len(doc["articles"]) <= 25
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
        assert rec["published_at"].endswith("+07:00") or len(rec["published_at"]) == 10
        assert not set(rec["body_must"]) & set(rec["body_must_not"])


def test_listing_pages_serve_and_link_everything(served):
    site, base = served
    doc = load_expected(site)
    pages = doc["listing_pages"]
    assert len(pages) >= 3
    html = ""
    for p in pages:
        status, _, body = fetch(base + p)
        assert status == 200, p
        html += body.decode(site.charset)
    html = unquote(html.replace("&amp;", "&"))
    for rec in doc["articles"] + [{"url": d} for d in doc["deleted"]]:
        path = unquote(rec["url"])
        tail = path.rsplit("/", 1)[-1] or path.rstrip("/").rsplit("/", 1)[-1]
        assert path in html or tail in html, path


def test_every_expected_article_answers_200(served):
    site, base = served
    for rec in load_expected(site)["articles"]:
        status, headers, body = fetch(base + url_path(rec["url"]))
        assert status == 200, rec["url"]
        assert "text/html" in headers.get("Content-Type", "")
        assert rec["body_must"][0] in body.decode(site.charset)


def test_deleted_item_answers_200_and_is_not_expected(served):
    site, base = served
    doc = load_expected(site)
    expected_paths = {unquote(r["url"]) for r in doc["articles"]}
    assert doc["deleted"]
    for d in doc["deleted"]:
        assert unquote(d) not in expected_paths
        status, _, body = fetch(base + d)
        assert status == 200, d
        text = body.decode(site.charset)
        # sidebars may repeat a headline, but no article's text is on the deleted page
        assert not any(all(m in text for m in r["body_must"]) for r in doc["articles"]), d


def test_unknown_path_is_404(served):
    site, base = served
    status, _, _ = fetch(base + "/no/such/page/here.xyz")
    assert status == 404
