"""Family detection over every red-team site: `khaosan check URL` without --cms, as a new user
runs it, against the family each site's builder declared.

    python bench/detect.py [--rounds first,heldout,b3,...]

A site of a known CMS detected as generic is read by the generic layout (the bench's
`--cms generic` column says how well); a generic site detected as a CMS family, or one family
taken for another, is a miss that costs records.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tests.redteam as redteam  # noqa: E402
from crawler.cli_check import detect_family  # noqa: E402

ROUNDS = {
    "first": "SITE_MODULES",
    "heldout": "HELDOUT_MODULES",
    **{f"b{n}": f"BLIND{n}_MODULES" for n in redteam.BLIND_ROUNDS},
}
# The K2 replica layout also fits the provincial template's selectors and Joomla's.
ACCEPTED = {"k2": {"k2", "provincial", "joomla"}, "provincial": {"provincial", "k2"}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default=",".join(ROUNDS), help="comma-separated rounds")
    args = parser.parse_args()
    total = right = as_generic = 0
    for name in args.rounds.split(","):
        for site in redteam.load_sites(getattr(redteam, ROUNDS[name])):
            with redteam.serve(site) as base:
                trial = detect_family(base + site.listing_path, echo=lambda *_: None)
            ok = trial.family in ACCEPTED.get(site.family, {site.family})
            total += 1
            right += ok
            as_generic += not ok and trial.family == "generic"
            verdict = "ok" if ok else "MISMATCH"
            said = f"declared {site.family:10} detected {trial.family:10}"
            print(f"{name:8} {site.key:28} {said} {verdict}")
    print(f"\n{right}/{total} detected as declared; {as_generic} more detected as generic")


if __name__ == "__main__":
    main()
