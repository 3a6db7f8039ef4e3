"""Kazakhstan's 17 regions and 3 cities of republican significance: names in en/ru/kk and a tile grid.

The area codes are the English names the extractor writes (loaders/lexicon.py). The tile grid places each
unit roughly where it lies (column west → east, row north → south), one equal tile each, so a compact map
needs no boundary files.
"""

from __future__ import annotations

# area → (column, row, {lang: full name}, {lang: short tile label})
UNITS: dict[str, tuple[int, int, dict[str, str], dict[str, str]]] = {
    "Kostanay region": (2, 0, {"en": "Kostanay region", "ru": "Костанайская область", "kk": "Қостанай облысы"},
                        {"en": "Kostanay", "ru": "Костанай", "kk": "Қостанай"}),
    "North Kazakhstan region": (3, 0, {"en": "North Kazakhstan region", "ru": "Северо-Казахстанская область",
                                       "kk": "Солтүстік Қазақстан облысы"},
                                {"en": "N. Kaz.", "ru": "СКО", "kk": "СҚО"}),
    "Pavlodar region": (4, 0, {"en": "Pavlodar region", "ru": "Павлодарская область", "kk": "Павлодар облысы"},
                        {"en": "Pavlodar", "ru": "Павлодар", "kk": "Павлодар"}),
    "West Kazakhstan region": (0, 1, {"en": "West Kazakhstan region", "ru": "Западно-Казахстанская область",
                                      "kk": "Батыс Қазақстан облысы"},
                               {"en": "W. Kaz.", "ru": "ЗКО", "kk": "БҚО"}),
    "Aktobe region": (1, 1, {"en": "Aktobe region", "ru": "Актюбинская область", "kk": "Ақтөбе облысы"},
                      {"en": "Aktobe", "ru": "Актобе", "kk": "Ақтөбе"}),
    "Ulytau region": (2, 1, {"en": "Ulytau region", "ru": "Улытауская область", "kk": "Ұлытау облысы"},
                      {"en": "Ulytau", "ru": "Улытау", "kk": "Ұлытау"}),
    "Akmola region": (3, 1, {"en": "Akmola region", "ru": "Акмолинская область", "kk": "Ақмола облысы"},
                      {"en": "Akmola", "ru": "Акмола", "kk": "Ақмола"}),
    "Astana": (4, 1, {"en": "Astana", "ru": "Астана", "kk": "Астана"},
               {"en": "Astana", "ru": "Астана", "kk": "Астана"}),
    "East Kazakhstan region": (5, 1, {"en": "East Kazakhstan region", "ru": "Восточно-Казахстанская область",
                                      "kk": "Шығыс Қазақстан облысы"},
                               {"en": "E. Kaz.", "ru": "ВКО", "kk": "ШҚО"}),
    "Atyrau region": (0, 2, {"en": "Atyrau region", "ru": "Атырауская область", "kk": "Атырау облысы"},
                      {"en": "Atyrau", "ru": "Атырау", "kk": "Атырау"}),
    "Kyzylorda region": (2, 2, {"en": "Kyzylorda region", "ru": "Кызылординская область", "kk": "Қызылорда облысы"},
                         {"en": "Kyzylorda", "ru": "Кызылорда", "kk": "Қызылорда"}),
    "Karaganda region": (3, 2, {"en": "Karaganda region", "ru": "Карагандинская область", "kk": "Қарағанды облысы"},
                         {"en": "Karaganda", "ru": "Караганда", "kk": "Қарағанды"}),
    "Abai region": (4, 2, {"en": "Abai region", "ru": "Абайская область", "kk": "Абай облысы"},
                    {"en": "Abai", "ru": "Абай", "kk": "Абай"}),
    "Mangistau region": (0, 3, {"en": "Mangistau region", "ru": "Мангистауская область", "kk": "Маңғыстау облысы"},
                         {"en": "Mangistau", "ru": "Мангистау", "kk": "Маңғыстау"}),
    "Turkistan region": (2, 3, {"en": "Turkistan region", "ru": "Туркестанская область", "kk": "Түркістан облысы"},
                         {"en": "Turkistan", "ru": "Туркестан", "kk": "Түркістан"}),
    "Zhambyl region": (3, 3, {"en": "Zhambyl region", "ru": "Жамбылская область", "kk": "Жамбыл облысы"},
                       {"en": "Zhambyl", "ru": "Жамбыл", "kk": "Жамбыл"}),
    "Almaty region": (4, 3, {"en": "Almaty region", "ru": "Алматинская область", "kk": "Алматы облысы"},
                      {"en": "Almaty reg.", "ru": "Алматинская", "kk": "Алматы обл."}),
    "Zhetysu region": (5, 3, {"en": "Zhetysu region", "ru": "Жетысуская область", "kk": "Жетісу облысы"},
                       {"en": "Zhetysu", "ru": "Жетысу", "kk": "Жетісу"}),
    "Shymkent": (2, 4, {"en": "Shymkent", "ru": "Шымкент", "kk": "Шымкент"},
                 {"en": "Shymkent", "ru": "Шымкент", "kk": "Шымкент"}),
    "Almaty": (4, 4, {"en": "Almaty", "ru": "Алматы", "kk": "Алматы"},
               {"en": "Almaty", "ru": "Алматы", "kk": "Алматы"}),
}


# Other towns the extractor names (loaders/lexicon.py CITIES): in the bar chart and the tables, not on the tile
# map (they are no region or city of republican significance). area → {lang: name}; English is the code.
TOWNS: dict[str, dict[str, str]] = {
    "Karaganda": {"ru": "Караганда", "kk": "Қарағанды"}, "Aktobe": {"ru": "Актобе", "kk": "Ақтөбе"},
    "Taraz": {"ru": "Тараз", "kk": "Тараз"}, "Pavlodar": {"ru": "Павлодар", "kk": "Павлодар"},
    "Oskemen": {"ru": "Усть-Каменогорск", "kk": "Өскемен"}, "Semey": {"ru": "Семей", "kk": "Семей"},
    "Atyrau": {"ru": "Атырау", "kk": "Атырау"}, "Kostanay": {"ru": "Костанай", "kk": "Қостанай"},
    "Kyzylorda": {"ru": "Кызылорда", "kk": "Қызылорда"}, "Oral": {"ru": "Уральск", "kk": "Орал"},
    "Petropavl": {"ru": "Петропавловск", "kk": "Петропавл"}, "Aktau": {"ru": "Актау", "kk": "Ақтау"},
    "Turkistan": {"ru": "Туркестан", "kk": "Түркістан"}, "Kokshetau": {"ru": "Кокшетау", "kk": "Көкшетау"},
    "Taldykorgan": {"ru": "Талдыкорган", "kk": "Талдықорған"}, "Ekibastuz": {"ru": "Экибастуз", "kk": "Екібастұз"},
    "Temirtau": {"ru": "Темиртау", "kk": "Теміртау"}, "Zhezkazgan": {"ru": "Жезказган", "kk": "Жезқазған"},
    "Balkhash": {"ru": "Балхаш", "kk": "Балқаш"}, "Zhanaozen": {"ru": "Жанаозен", "kk": "Жаңаөзен"},
    "Konaev": {"ru": "Конаев", "kk": "Қонаев"}, "Satbayev": {"ru": "Сатпаев", "kk": "Сәтбаев"},
    "Ridder": {"ru": "Риддер", "kk": "Риддер"}, "Rudny": {"ru": "Рудный", "kk": "Рудный"},
}


def name(area: str, lang: str) -> str | None:
    """The full name of a region, city or town in `lang`; None for an area not known here."""
    unit = UNITS.get(area)
    if unit is not None:
        return unit[2].get(lang) or unit[2]["en"]
    town = TOWNS.get(area)
    return None if town is None else town.get(lang, area)
