"""Family fingerprints: the CMS's own markers rank the families a check tries first."""

from __future__ import annotations

import pytest

from pipelines.detect import fingerprint

WORDPRESS = """<html><head><meta name="generator" content="WordPress 6.5.3">
<link rel="https://api.w.org/" href="https://x.go.th/wp-json/"></head>
<body><div class="entry-content"><img src="/wp-content/uploads/a.jpg"></div></body></html>"""
JOOMLA4 = """<html><head><meta name="generator" content="Joomla! - Open Source Content Management">
<script type="application/json" class="joomla-script-options new">{}</script></head>
<body><div class="com-content-article item-page"><div itemprop="articleBody">x</div></div>
</body></html>"""
K2 = """<html><head><meta name="generator" content="Joomla! - Open Source Content Management">
<script src="/components/com_k2/js/k2.frontend.js"></script></head>
<body><div id="k2Container" class="itemView"><div class="itemFullText">x</div></div>
</body></html>"""
DRUPAL = """<html><head><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/json" data-drupal-selector="drupal-settings-json">{}</script></head>
<body><article class="node--type-article"><img src="/sites/default/files/a.jpg"></article>
</body></html>"""
PLAIN = "<html><head><title>สำนักงาน</title></head><body><table><tr><td>ข่าว</td></tr></table>"


@pytest.mark.parametrize(
    "html, url, first",
    [
        (WORDPRESS, "https://x.go.th/2024/05/news/", "wordpress"),
        (JOOMLA4, "https://x.go.th/index.php/news/12-item", "joomla"),
        (K2, "https://x.go.th/index.php/item/12", "k2"),
        (DRUPAL, "https://x.go.th/node/12", "drupal"),
        (PLAIN, "https://www.thaigov.go.th/news/contents/details/1", "thaigov"),
        (PLAIN, "http://old.x.go.th/news.php?id=1", "generic"),
    ],
)
def test_the_cms_markers_rank_its_family_first(html: str, url: str, first: str) -> None:
    found = fingerprint(html, url)
    candidates = found.candidates()
    assert candidates[0] == first
    assert candidates[-1] == "generic"
    if first != "generic":
        assert found.reasons[first]


def test_k2_pages_also_try_the_provincial_template_and_joomla() -> None:
    assert fingerprint(K2).candidates()[:3] == ["k2", "provincial", "joomla"]
