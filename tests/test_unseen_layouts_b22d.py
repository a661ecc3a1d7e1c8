"""Blind-22 classes (PHP-Nuke and Sahifa layouts): two-digit years, story date lines."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipelines.thai_dates import BANGKOK, parse_thai_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # PHP-Nuke's Thai _DATESTRING "%A %d %b %y@ %T %Z": a CE year printed with two digits
        ("จันทร์ 21 ก.ย. 20@ 14:47:41 ICT", datetime(2020, 9, 21, 14, 47, 41, tzinfo=BANGKOK)),
        ("จันทร์ 21 ก.ย. 20@ 14:47:41 GMT+7", datetime(2020, 9, 21, 14, 47, 41, tzinfo=BANGKOK)),
        ("21/09/20", date(2020, 9, 21)),
        ("3 ต.ค. 61", date(2018, 10, 3)),  # BE 2561: the CE reading 2061 is not of the web era
        ("พฤหัสบดี 28 พ.ย. 30", date(2030, 11, 28)),  # the weekday fits only CE 2030
        ("เสาร์ 28 พ.ย. 30", date(1987, 11, 28)),  # ... or only BE 2530
    ],
)
def test_two_digit_year_takes_its_web_era_reading(raw: str, expected: date) -> None:
    assert parse_thai_date(raw) == expected
