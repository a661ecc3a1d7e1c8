"""The UTF-8 count of a Thai page judges it as the cp874 and character counts do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.encoding import _looks_like_text_by_encoding, _looks_like_thai_utf8

# ASCII (controls and spaces too) and the whole Thai block, its unassigned code points too.
THAI_BLOCK = st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F)
ASCII = st.characters(max_codepoint=0x7F)
OTHER = st.sampled_from("\xa0©€\u0900\u0f00\u200b\ufffd😀")


@settings(max_examples=400)
@given(st.text(st.one_of(THAI_BLOCK, ASCII, THAI_BLOCK), max_size=300))
def test_ascii_and_thai_samples_are_judged_as_before(sample: str) -> None:
    judged = _looks_like_thai_utf8(sample)
    assert judged is not None
    assert judged == _looks_like_text_by_encoding(sample)


@settings(max_examples=200)
@given(st.text(st.one_of(THAI_BLOCK, ASCII), max_size=100), OTHER, st.text(max_size=20))
def test_any_other_character_sends_the_sample_the_old_way(head: str, other: str, tail: str) -> None:
    assert _looks_like_thai_utf8(head + other + tail) is None


def test_a_page_of_controls_is_no_text() -> None:
    sample = "ข่าว" + "\x01" * 10
    assert _looks_like_thai_utf8(sample) is False
    assert _looks_like_text_by_encoding(sample) is False
