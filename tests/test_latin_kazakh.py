"""Latin-script Kazakh articles (issue 9, class 3): read through Cyrillic, reported on the original characters.

The phrases are the kinds that real Latin-script outlets print (qz.inform.kz, lat.egemen.kz, astana-akshamy.kz/lat),
in the 2018 (acute), 2021 and 2017 (apostrophe) alphabets, with negatives: English text with Kazakh names and
Cyrillic Kazakh must read exactly as before.
"""

from __future__ import annotations

import pytest

from loaders.build import process_article

META = {"published": "2025-06-15", "lang": "kk"}


def figures(text: str, meta: dict | None = None) -> list[dict]:
    res = process_article("a.txt", text, "0" * 64, META if meta is None else meta)
    out = [f for f in res["figures"] if f["duplicate_of"] is None]
    for f in out:  # every span and quote is on the original characters
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["quote"] in text
    return out


def values(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["qualifier"]) for f in figures(text)]


@pytest.mark.parametrize("text,want", [
    # 2018 alphabet
    ("Qazaqstanda 40 myńǵa jýyq volonter jumys isteıdi.", [(40000, "approx")]),
    ("Óńirde 7 myńnan astam erikti tirkelgen.", [(7000, "at_least")]),
    ("Gýmanıtarlyq kómektiń kólemi 1,5 myń tonnaǵa jýyq boldy.", [(1500, "approx")]),
    ("2020 jyly 200 myńnan astam erikti tartylǵan.", [(200000, "at_least")]),
    # 2021 alphabet (also with ŋ/ǧ, which real pages use for ñ/ğ)
    ("Qazaqstanda 40 myñğa juyq volonter jūmys isteidı.", [(40000, "approx")]),
    ("El boiynşa 72 myŋnan astam adam köşırıldı.", [(72000, "at_least")]),
    # 2017 alphabet
    ("Qazaqstanda 40 myn'g'a jy'yq volonter jumys istei'di.", [(40000, "approx")]),
])
def test_latin_phrases(text: str, want: list[tuple[float, str]]) -> None:
    assert values(text) == want


def test_quote_and_span_stay_latin() -> None:
    text = "Almaty. Statıstıkaǵa sáıkes, 2021 jyly 160 myń adam volonterlikpen aınalysqan."
    (fig,) = figures(text)
    assert fig["value"] == 160000
    assert fig["text"] == "160 myń adam"
    assert fig["quote"].startswith("Statıstıkaǵa sáıkes")
    assert fig["period_start"] == "2021-01-01" and fig["period_end"] == "2021-12-31"


def test_mixed_article_maps_later_paragraphs() -> None:
    text = ("Býgin 9 mln teńgeniń kómegi jetkizildi.\n\n"
            "В Актобе доставили 20 тонн гуманитарной помощи.")
    got = figures(text)
    assert [(f["value"], f["text"]) for f in got] == [(9_000_000, "9 mln teńgeniń"), (20, "20 тонн")]


@pytest.mark.parametrize("text", [
    "Over 2 million trees were planted under the Taza Qazaqstan campaign in Astana.",
    "Birgemiz: Taza Alem brought together 8,000 eco-volunteers in Almaty.",
    "Елімізде 300 мыңнан астам ерікті бар.",
])
def test_english_and_cyrillic_unchanged(text: str) -> None:
    from loaders.extract.script import read_through_cyrillic

    assert not read_through_cyrillic(text).transliterated
