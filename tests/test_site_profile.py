"""Site profiles: lines recurring on most of a site's pages leave the body; its own text stays."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.settings import Settings

from crawler.items import Article
from pipelines.site_profile import MIN_PAGES, SiteProfile, line_shape, title_candidates
from pipelines.store import ArticleStore, SQLitePipeline

SITE = "example_go_th"
# Furniture no rule knows, in the site's own words, around each article's own paragraphs.
SHARE = "แบ่งปันเรื่องนี้ Facebook LINE X"
COUNTER = "ยอดผู้ชม {n} คน"
FOOTER = "ศูนย์ข้อมูลข่าวสารจังหวัดตัวอย่าง"
CONTACT = "สอบถามเพิ่มเติม โทร. 0 2202 4000"


TOPICS = ["ข้าว", "ยาง", "ประมง", "ท่องเที่ยว", "โรงงาน", "น้ำท่วม", "ภัยแล้ง", "ถนน", "โรงเรียน"]
PLACES = ["เมือง", "ริมน้ำ", "บนเขา", "ชายแดน", "ตลาด", "วัด", "สนามกีฬา"]


def own_lines(n: int) -> list[str]:
    """Return article n's own two paragraphs (different words on every page)."""
    topic, place = TOPICS[n % len(TOPICS)], PLACES[n % len(PLACES)]
    return [
        f"การประชุมเรื่อง{topic}ที่{place} ผู้ว่าราชการจังหวัดเป็นประธานพร้อมหัวหน้าส่วนราชการ",
        f"ผลสรุปเรื่อง{topic}ของอำเภอ{place} ที่ประชุมมีมติให้หน่วยงานที่เกี่ยวข้องเร่งดำเนินการ",
    ]


def body(n: int, *extra: str) -> str:
    """Return the body of article n: a share row, its own two paragraphs, a counter, a footer."""
    return "\n".join([SHARE, *own_lines(n), *extra, COUNTER.format(n=n * 37), CONTACT, FOOTER])


def test_line_shapes_fold_digits_of_both_scripts_in_short_lines_only() -> None:
    assert line_shape("อ่าน ๑,๒๐๕ ครั้ง") == line_shape("อ่าน 7 ครั้ง") == "อ่าน 0 ครั้ง"
    assert line_shape("News  Today") == "news today"
    report = "ผลการตรวจสอบสถานประกอบการประจำสัปดาห์ จำนวนโรงงานที่ได้รับการตรวจ {} แห่ง ทั่วประเทศ"
    assert line_shape(report.format(12)) != line_shape(report.format(13))


def test_a_page_that_would_lose_most_of_its_text_keeps_it() -> None:
    """Formulaic pages (only numbers change) are the site's text, not its template."""
    profile = SiteProfile(site=SITE)
    for n in range(10):
        profile.learn(f"ยอดผู้ชม {n} คน\nรายงานประจำวัน\n{SHARE}")
    record = {"body": f"ยอดผู้ชม 4 คน\nรายงานประจำวัน\n{SHARE}", "title": "t", "source": None}
    assert profile.clean(record) == []
    assert record["body"].count("\n") == 2 and profile.refused_pages == 1


def test_title_candidates_strip_bullets_and_trailing_dates() -> None:
    assert title_candidates("» ผลการประชุมคณะกรรมการ - 12 ม.ค. 61") == [
        "ผลการประชุมคณะกรรมการ - 12 ม.ค. 61",
        "ผลการประชุมคณะกรรมการ",
    ]
    assert title_candidates("สั้น") == []


def test_nothing_is_furniture_before_enough_pages() -> None:
    profile = SiteProfile(site=SITE)
    for n in range(MIN_PAGES - 1):
        profile.learn(body(n))
    record = {"body": body(99), "title": "t", "source": None}
    assert profile.clean(record) == []
    assert record["body"] == body(99)


def test_recurring_lines_leave_contact_and_own_text_stay_sign_off_becomes_source() -> None:
    profile = SiteProfile(site=SITE)
    for n in range(10):
        profile.learn(body(n))
    record = {"body": body(3), "title": "ข่าว 3", "source": None}
    removed = profile.clean(record)
    assert removed == [SHARE, COUNTER.format(n=111), FOOTER]
    assert record["body"].splitlines() == [*own_lines(3), CONTACT]
    assert record["source"] == FOOTER  # an office alone on the last line: the sign-off
    assert profile.removed_lines == 3


def test_other_articles_titles_are_navigation_own_title_stays() -> None:
    titles = {"ผลการประชุมคณะกรรมการจังหวัด", "โครงการอบรมผู้ประกอบการรายใหม่"}
    profile = SiteProfile(site=SITE)
    text = "\n".join(
        [
            "ผลการประชุมคณะกรรมการจังหวัด",  # its own title, repeated in the body
            "เนื้อหาของข่าว",
            "ข่าวที่เกี่ยวข้อง",
            "• โครงการอบรมผู้ประกอบการรายใหม่ (3 มี.ค. 2565)",
        ]
    )
    record = {"body": text, "title": "ผลการประชุมคณะกรรมการจังหวัด", "source": None}
    removed = profile.clean(record, titles.__contains__)
    assert removed == ["• โครงการอบรมผู้ประกอบการรายใหม่ (3 มี.ค. 2565)"]
    assert "ผลการประชุมคณะกรรมการจังหวัด" in record["body"]


@pytest.mark.parametrize(
    "line",
    [
        "บทความก่อนหน้า: โครงการอบรมผู้ประกอบการรายใหม่",  # Joomla's screen-reader copy
        "ถัดไป : โครงการอบรมผู้ประกอบการรายใหม่",
        "Previous post: โครงการอบรมผู้ประกอบการรายใหม่",
    ],
)
def test_a_neighbours_title_behind_its_previous_next_label_is_navigation(line: str) -> None:
    titles = {"โครงการอบรมผู้ประกอบการรายใหม่"}
    text = own_lines(1)
    record = {"body": "\n".join([*text, line]), "title": "ผลการประชุม", "source": None}
    assert SiteProfile(site=SITE).clean(record, titles.__contains__) == [line]
    assert record["body"] == "\n".join(text)


def test_profile_round_trips_through_json_keeping_recurring_shapes() -> None:
    profile = SiteProfile(site=SITE)
    for n in range(10):
        profile.learn(body(n))
    again = SiteProfile.from_json(SITE, profile.to_json())
    assert again.pages == 10
    assert again.is_furniture(SHARE) and not again.is_furniture(own_lines(1)[0])
    assert SiteProfile.from_json(SITE, "not json").pages == 0


class FakeStats:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {"response_received_count": 1}

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + count

    def get_stats(self) -> dict[str, Any]:
        return dict(self.values)


def crawl(db: Path, articles: list[Article], batch: int = 3) -> FakeStats:
    """Feed articles through the store pipeline as one run of SITE."""
    settings = Settings({"KHAOSAN_DB": str(db), "KHAOSAN_DB_BATCH": batch})
    spider = SimpleNamespace(name=SITE, site_key=SITE, mode="crawl")
    crawler = SimpleNamespace(settings=settings, stats=FakeStats(), spider=spider)
    pipeline = SQLitePipeline.from_crawler(crawler)
    pipeline.open_spider()
    for article in articles:
        pipeline.process_item(article)
    pipeline.close_spider()
    return crawler.stats


def article(n: int) -> Article:
    return Article(
        url=f"https://example.go.th/news/{n}",
        site=SITE,
        title=f"หัวข้อข่าวประจำวันที่ {n} ของจังหวัด",
        body=body(n, f"หัวข้อข่าวประจำวันที่ {n + 1} ของจังหวัด"),  # a "next" link to n + 1
        published_at="2022-03-03",
    )


def test_pipeline_learns_first_then_cleans_every_article_and_stores_the_profile(
    tmp_path: Path,
) -> None:
    db = tmp_path / "k.db"
    stats = crawl(db, [article(n) for n in range(12)])
    with ArticleStore(db, readonly=True) as store:
        bodies = dict(store.conn.execute("SELECT url, body FROM articles").fetchall())
        saved = store.load_profile(SITE)
    assert len(bodies) == 12
    for n in range(12):
        lines = bodies[f"https://example.go.th/news/{n}"].splitlines()
        # The first pages too (they waited for the profile): furniture and the next link gone.
        assert SHARE not in lines and FOOTER not in lines, n
        assert own_lines(n)[0] in lines and CONTACT in lines
        assert f"หัวข้อข่าวประจำวันที่ {n + 1} ของจังหวัด" not in lines or n == 11
    assert saved.pages == 12 and saved.removed_lines > 0
    assert stats.values["khaosan/profile_cleaned_articles"] == 12
    assert stats.values["khaosan/articles_new"] == 12


def test_a_small_site_is_written_at_close_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    crawl(db, [article(n) for n in range(3)])
    with ArticleStore(db, readonly=True) as store:
        bodies = [b for (b,) in store.conn.execute("SELECT body FROM articles ORDER BY url")]
    assert len(bodies) == 3 and all(SHARE in b for b in bodies)  # too few pages to judge


def test_the_profile_is_saved_at_most_every_interval_and_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[int] = []
    original = ArticleStore.save_profile

    def counting(store: ArticleStore, profile: Any) -> None:
        saved.append(profile.pages)
        original(store, profile)

    monkeypatch.setattr(ArticleStore, "save_profile", counting)
    db = tmp_path / "k.db"
    crawl(db, [article(n) for n in range(12)], batch=1)  # a flush per article once mature
    assert saved[-1] == 12  # the end's save holds every page
    assert len(saved) == 2  # the first flush's save and the end's, not one per flush
    with ArticleStore(db, readonly=True) as store:
        assert store.load_profile(SITE).pages == 12


# Titles with no digits and no shared shape: only an exact title match takes them out.
NAMED = [f"ผู้ว่าราชการจังหวัดตรวจเยี่ยมโครงการ{t}ที่{p}" for t in TOPICS for p in PLACES[:2]]


def linking(n: int, other: int) -> Article:
    """Article n whose body lists article *other*'s title (an "other news" entry)."""
    return Article(
        url=f"https://example.go.th/news/{n}",
        site=SITE,
        title=NAMED[n],
        body=body(n, NAMED[other]) if other >= 0 else body(n),
        published_at="2022-03-03",
    )


def stored(db: Path) -> tuple[dict[str, str], list[tuple]]:
    """Return the bodies and the versions (url, version, body, hash) of the database."""
    with ArticleStore(db, readonly=True) as store:
        bodies = dict(store.conn.execute("SELECT url, body FROM articles").fetchall())
        versions = store.conn.execute(
            "SELECT url, version, body, content_hash FROM article_versions ORDER BY url"
        ).fetchall()
        hashes = dict(store.conn.execute("SELECT url, content_hash FROM articles").fetchall())
    assert {url: h for url, _, _, h in versions} == hashes  # one version each, as stored
    return bodies, versions


@pytest.mark.parametrize("batch", [1, 3])
def test_other_titles_leave_whatever_order_the_crawl_fetched_them_in(
    tmp_path: Path, batch: int
) -> None:
    """Article 0 lists the title of article 11: fetched first or last, the line goes."""
    articles = [linking(0, 11)] + [linking(n, -1) for n in range(1, 12)]
    forward = crawl(tmp_path / "f.db", articles, batch=batch)
    crawl(tmp_path / "b.db", articles[::-1], batch=batch)
    first, first_versions = stored(tmp_path / "f.db")
    second, second_versions = stored(tmp_path / "b.db")
    assert first == second and first_versions == second_versions
    assert NAMED[11] not in first["https://example.go.th/news/0"]
    assert own_lines(0)[1] in first["https://example.go.th/news/0"]
    assert forward.values["khaosan/articles_new"] == 12
    assert "khaosan/articles_updated" not in forward.values or (
        forward.values["khaosan/articles_updated"] == 0
    )
