"""The word gates in front of costly searches never hide a match of their pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines import text
from pipelines.word_gate import WordGate

GATES = {
    "tag label": text.TAG_LABEL_SEARCH,
    "video caption": text.VIDEO_CAPTION_SEARCH,
    "picture caption": text.CAPTION_LABEL_SEARCH,
    "other news": text.OTHER_NEWS_HINT,
    "summary label": text.SUMMARY_LABEL_SEARCH,
}
FILLER = st.text(alphabet="ข่าวการประชุม สำนักงาน abc\n\t ,.", max_size=300)


@pytest.mark.parametrize("name", sorted(GATES))
def test_gate_finds_every_match_of_its_pattern_in_a_body(name: str) -> None:
    gate = GATES[name]

    @settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
    @given(
        before=FILLER,
        match=st.from_regex(gate.pattern, fullmatch=True).filter(lambda s: len(s) <= 80),
        after=FILLER,
    )
    def found(before: str, match: str, after: str) -> None:
        body = f"{before} {match} {after}"
        assert gate.pattern.search(body) is not None  # (the filler cannot break the match)
        assert gate.found(body), (name, match)

    found()


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("other news", "ประชุมหารือ ข่าวที่เกี่ยวข้อง"),
        ("other news", "งานแถลงข่าว Related posts"),
        ("other news", "ผลการประชุม อ่านเพิ่มเติม: ข่าว"),
        ("video caption", "ภาพกิจกรรม\n  วีดีโอ\n      :   งานวันเด็ก"),
        ("video caption", "Video clip: the event"),
        ("picture caption", "ภาพที่ ๓ : ผู้ว่าฯ มอบรางวัล"),
        ("picture caption", "Photo Caption：งานวันเด็ก"),
        ("summary label", "สรุปข่าว : รมว. ลงพื้นที่"),
        ("summary label", "KEY   POINTS"),
        ("tag label", "TAGS: ข่าว"),
    ],
)
def test_gate_finds_labels_as_pages_print_them(name: str, body: str) -> None:
    assert GATES[name].found(body)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("other news", "คณะกรรมการที่เกี่ยวข้องร่วมประชุม"),  # the word, not the heading
        ("video caption", "ชมคลิปได้ที่เพจของสำนักงาน"),  # no label's colon
        ("summary label", "ทบทวนนโยบายและแผนงาน"),
    ],
)
def test_gate_keeps_bodies_without_a_match_out(name: str, body: str) -> None:
    assert not GATES[name].found(body)


def test_a_match_longer_than_the_span_is_missed_as_documented() -> None:
    gate = WordGate(re.compile(r"ข่าว\s*อื่น"), ("อื่น",), span=6)
    assert gate.found("ข่าว อื่น")
    assert not gate.found("ข่าว" + " " * 20 + "อื่น")  # the window starts inside the spaces
    assert WordGate(re.compile(r"ข่าว\s*อื่น"), ("อื่น",)).found("ข่าว" + " " * 20 + "อื่น")
