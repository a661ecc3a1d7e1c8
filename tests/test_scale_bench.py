"""bench/scale.py: its registry writer, its per-host rate check, and one tiny run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.hosts import alias, peak_in_window
from bench.scale import over_rate, polite_settings, registry_text
from crawler.registry import parse_registry

ROOT = Path(__file__).resolve().parents[1]
HOSTS = [
    {
        "key": "scale_k2_000",
        "family": "k2",
        "host": "127.0.0.2",
        "base_url": "http://127.0.0.2:8001",
        "listing_path": "/industry/index.php/th/about/2017-04-20-15-23-14",
    },
    {
        "key": "scale_wordpress_001",
        "family": "wordpress",
        "host": "127.0.0.3",
        "base_url": "http://127.0.0.3:8002",
        "listing_path": "/wordpress/",
    },
]


def test_registry_text_is_a_valid_registry_of_every_host() -> None:
    sites = parse_registry(registry_text(HOSTS))
    assert list(sites) == ["scale_k2_000", "scale_wordpress_001"]
    assert [site.cms for site in sites.values()] == ["k2", "wordpress"]
    assert [site.start_url for site in sites.values()] == [
        "http://127.0.0.2:8001/industry/index.php/th/about/2017-04-20-15-23-14",
        "http://127.0.0.3:8002/wordpress/",
    ]
    assert {site.policy for site in sites.values()} == {"allowed"}


def test_rate_check_counts_half_open_one_second_windows() -> None:
    evenly = [i * 0.2 for i in range(20)]  # exactly 5 requests/s
    assert peak_in_window(evenly) == 5
    assert over_rate({"a": evenly}, 5) == {}
    burst = [*evenly, 0.95]  # a sixth request inside one second
    assert over_rate({"a": burst, "b": evenly}, 5) == {"a": 6}
    assert over_rate({"a": []}, 5) == {}


def test_polite_settings_hold_one_request_at_a_time_at_the_rate() -> None:
    settings = dict(pair.split("=", 1) for pair in polite_settings(4))
    assert float(settings["DOWNLOAD_DELAY"]) == pytest.approx(0.25)
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == "1"
    assert settings["DOWNLOAD_DELAY_JITTER"] == "0"
    assert settings["AUTOTHROTTLE_ENABLED"] == "False"


def test_hosts_are_loopback_aliases_from_127_0_0_2() -> None:
    assert [alias(i) for i in (0, 1, 253, 254)] == [
        "127.0.0.2",
        "127.0.0.3",
        "127.0.0.255",
        "127.0.1.0",
    ]


@pytest.mark.slow
def test_scale_bench_runs_both_crawlers_and_khaosan_keeps_the_rate() -> None:
    done = subprocess.run(
        [sys.executable, "bench/scale.py", "--sites", "3", "--articles", "5", "--rate", "20"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    out = done.stdout
    assert "3 sites: 15 articles stored (expected 15)" in out
    rows = [line.split("|") for line in out.splitlines() if line.startswith("| 3 |")]
    assert [row[2].strip() for row in rows] == ["bare", "khaosan"]
    khaosan = rows[1]
    # no host over the rate, as sent and as the servers saw it (the bare spider has no ceiling)
    assert khaosan[12].split() == ["0", "(0)"]
    sent_peak, arrived_peak = khaosan[11].split()
    assert int(sent_peak) <= 20 and int(arrived_peak.strip("()")) <= 20
