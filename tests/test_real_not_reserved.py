"""No page of the real development set is one the independent checks keep aside (bench/reserved.py). The matcher is
tested on its own; the whole set is checked against `../shared/reserved_urls.txt` where that list exists (it lives
beside the repository on the development machine, not in a fresh clone)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench.reserved import RESERVED_TXT, is_reserved, normalize, reserved_fragments

REAL = Path(__file__).resolve().parent.parent / "bench" / "real"


def test_a_line_with_a_description_matches_by_its_url_prefix(tmp_path: Path) -> None:
    listed = tmp_path / "reserved.txt"
    listed.write_text("# comment\n\nastanatimes.com/2025/01 Taza Qazaqstan 6.2 million\nqandastar.kz su-taskyny\n"
                      "https://www.kaz.inform.kz/news/x-4181b7/\nhaqjoly.kz/2023/06/21/%d2%9b%d0%b0\n",
                      encoding="utf-8")
    fragments = reserved_fragments(listed)
    assert fragments == ["astanatimes.com/2025/01", "qandastar.kz", "kaz.inform.kz/news/x-4181b7",
                         "haqjoly.kz/2023/06/21/қа"]
    assert is_reserved("https://astanatimes.com/2025/01/kazakh-government-channels-recovered-assets/", fragments)
    assert is_reserved("http://m.qandastar.kz/su-taskyny-35-myn", fragments)
    assert is_reserved("https://kaz.inform.kz/news/x-4181b7", fragments)
    assert is_reserved("https://haqjoly.kz/2023/06/21/%D2%9B%D0%B0%D0%B9", fragments)
    # negatives: another month of the same site, another page of the same site
    assert not is_reserved("https://astanatimes.com/2025/02/some-story/", fragments)
    assert not is_reserved("https://kaz.inform.kz/news/y-4181b8/", fragments)


def test_normalize() -> None:
    assert normalize("HTTPS://WWW.Example.kz/a/") == "example.kz/a"
    assert normalize("amp.example.kz/%D0%B0") == "example.kz/а"


@pytest.mark.skipif(not RESERVED_TXT.exists(), reason="the reserved list lives beside the repository on the "
                    "development machine only")
def test_no_development_page_is_reserved() -> None:
    fragments = reserved_fragments()
    found = []
    for pages in sorted(REAL.glob("*/pages.csv")):
        with pages.open(encoding="utf-8", newline="") as fh:
            found += [f"{pages.parent.name}/{row['article']}: {row['url']}" for row in csv.DictReader(fh)
                      if is_reserved(row["url"], fragments)]
    assert found == []
