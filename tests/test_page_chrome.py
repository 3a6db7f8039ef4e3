"""Page chrome copied with an article (cookie banners, weather and currency widgets, calls to subscribe,
breadcrumbs, the site's name) is neither the title nor a source of figures; the headline is found below it."""

from __future__ import annotations

import datetime as dt

from loaders.extract import extract_article
from loaders.text import content_lines

PAGES = {
    "ru_cookie_weather": (
        "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь с этим.\n"
        "Главная / Общество\n"
        "Погода в Астане: +22°C, в Алматы: +25°C\n"
        "USD 518.42   EUR 601.10   RUB 6.45\n"
        "Центр крови Карагандинской области подвел итоги 2024 года\n"
        "15.01.2025 10:30\n"
        "В 2024 году кровь в регионе сдали 21 480 доноров, это на 6% больше, чем годом ранее.\n"
        "Подписывайтесь на наш Telegram-канал – нас уже более 50 тысяч!\n",
        "Центр крови Карагандинской области подвел итоги 2024 года",
        [(21480.0, "Karaganda region"), (6.0, "Karaganda region")],
    ),
    "en_site_name": (
        "The Times Of Central Asia\n"
        "Volunteers sort donations at a front office in Astana. Credit: Depositphotos\n"
        "Weather in Almaty: +25°C\n"
        "An Almaty Volunteer Leader on Ten Years of Helping Blood Donors\n"
        "3 June 2025\n"
        "In 2024, the group's volunteers delivered 12,000 food parcels to families in need across the city.\n"
        "Follow us on Telegram for more news from 2,000 sources.\n",
        "An Almaty Volunteer Leader on Ten Years of Helping Blood Donors",
        [(12000.0, "Almaty")],  # a regional article: its title names Almaty
    ),
    "kk_breadcrumb": (
        "Басты бет / Қоғам\n"
        "Ауа райы: Шымкентте +30°C\n"
        "«Волонтер болу – жүрек қалауы»: шымкенттік еріктілер жетекшісімен сұхбат\n"
        "12.03.2025 09:15\n"
        "Бүгін орталықта 3 500-ден астам белсенді волонтер тіркелген, олар биыл 120 акция өткізді.\n"
        "Telegram-арнамызға жазылыңыз, бізде 40 мыңнан астам оқырман бар.\n",
        "«Волонтер болу – жүрек қалауы»: шымкенттік еріктілер жетекшісімен сұхбат",
        [(3500.0, "Shymkent"), (120.0, "Shymkent")],
    ),
}


def test_page_chrome_is_neither_title_nor_figures() -> None:
    for name, (text, title, want) in PAGES.items():
        lines, got_title = content_lines(text)
        assert got_title == title, name
        assert not any("cookie" in ln.text.lower() or "°" in ln.text or "USD" in ln.text for ln in lines), name
        figures = [(f.value, f.area) for f in extract_article(text, dt.date(2025, 6, 3)) if f.duplicate_of is None]
        assert figures == want, name


def test_a_day_first_slashed_timestamp_is_the_publication_date() -> None:
    from loaders.text import publication_date

    guess = publication_date("Kazakhstan charity telethon\nPublished on 18/11/2024 - 16:20 GMT+1\nText.")
    assert (guess.date, guess.basis) == (dt.date(2024, 11, 18), "text")
