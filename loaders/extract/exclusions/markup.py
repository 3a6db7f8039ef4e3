"""Numbers of the page rather than of its text: inside HTML markup or a pasted script or style, inside a CMS
shortcode ("[gallery ids="12,13"]"), inside a data URL or a base64 blob, in an image file's name or a gallery's slide
label ("IMG_1234", "photo 2 of 5"), a site's domain ("7152.kz"), digits joined by a slash ("24/7", "50/50").

Why they are not figures: they are characters of the page's machinery or parts of a name; no sentence states them
as a count of anything."""

from __future__ import annotations

import re

# A site's domain glued to a number: "7152.kz", "24.kz", "5-tv.ru" (the number names the site).
_SITE_DOMAIN = re.compile(r"\.(?:kz|ru|com|org|net|info|media|news|tv|қаз)\b", re.I)


def _inside_markup(text: str, pos: int) -> bool:
    """Inside an HTML tag or a script/style element pasted with the article: "<img width=300>"."""
    lt, gt = text.rfind("<", 0, pos), text.rfind(">", 0, pos)
    if lt > gt and re.match(r"</?[a-zA-Z!]", text[lt:lt + 2]):
        return True
    opened = max(text.lower().rfind("<script", 0, pos), text.lower().rfind("<style", 0, pos))
    if opened != -1 and text.lower().rfind("</", opened, pos) == -1:
        return True
    return _inside_a_shortcode(text, pos)


# A CMS shortcode left in the text: "[wppa type=»slideonly» album=»44″ size=»auto»]", "[gallery ids="12,13"]": a
# square bracket opening with a lowercase name and holding attributes ("name=") before the number.
# (any script: a Latin-script Kazakh page is transliterated before it is read, "[wppa" with it)
_SHORTCODE_OPEN = re.compile(r"\[/?[^\W\d_][\w-]*\s+[^\]\[]*=[^\]\[]*$")


def _inside_a_shortcode(text: str, pos: int) -> bool:
    lb = text.rfind("[", max(0, pos - 200), pos)
    return lb != -1 and text.find("]", lb, pos) == -1 and _SHORTCODE_OPEN.match(text, lb, pos) is not None


def _in_embedded_data(text: str, pos: int) -> bool:
    """Inside a run of text without spaces that is a data: URL or a long URL/base64 blob."""
    left = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    right_m = re.compile(r"\s").search(text, pos)
    chunk = text[left: right_m.start() if right_m else len(text)]
    return "data:" in chunk or "base64" in chunk or "://" in chunk or len(chunk) > 80


# The name of an image file or a gallery's label left on the page by its template: a default file name ("Безымянный
# 3", its transliteration "bezymjannyj-3", "Без названия 2", "Untitled 4", "IMG_1234", "DSC_0042", "photo_5"), a
# number glued to a picture's extension ("3.jpg", "фото-2.png") or a slide counter ("photo 2 of 5", "фото 2 из 5",
# "2 / 5"-style counters are slash pairs). Page chrome, not a figure; a sentence counting photos ("50 фотографий")
# keeps its number.
_FILE_NAME_BEFORE = re.compile(
    r"(?:безымянн\w*|bezymjann\w*|bezymyann\w*|без\s+названия|untitled|атауы(?:\s+жоқ|сыз)|img|dsc|dscn|dsc[fn]?|"
    r"pic|photo|image|foto|фото|сурет)[\s_-]*(?:\(\s*)?$", re.I)
# (an extension may be glued to the next sentence's first word: "1.jpgОсыған дейін …")
_FILE_NAME_AFTER = re.compile(
    r"^(?:\s*\)?[\s_-]*(?:bezymjann\w*|безымянн\w*))|^\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)(?![a-z0-9])|"
    r"^\s+(?:of|из|/)\s+\d+\s*$", re.I)

# (a camera's file name in capitals glued to the number by "_": "SAM_5505", "DJI_0042", "P1010_123"; a count is
# never joined to a word by an underscore)
_CAMERA_FILE_BEFORE = re.compile(r"(?<![^\W_])[A-Z][A-Z0-9]{1,5}_$")
_SLIDE_TOTAL_BEFORE = re.compile(r"(?:photo|фото|foto|сурет|image|slide|слайд)\s+\d+\s+(?:of|из)\s+$", re.I)


# A page's reading-time label: "2 мин оқу үшін", "5 min read", "3 мин чтения", "Время чтения: 4 мин" — chrome.
_READING_TIME_AFTER = re.compile(r"\s*(?:мин(?:ут\w*)?\.?|min(?:ute)?s?\.?)\s+(?:оқу\s+үшін|оқылады|read\b|reading\b|"
                                 r"чтени[яе])", re.I)
_READING_TIME_BEFORE = re.compile(r"(?:время\s+чтения|reading\s+time|оқу\s+уақыты)\s*:?\s*$", re.I)


def reading_time(text: str, start: int, end: int) -> bool:
    """Is the number a page's reading-time label ("2 мин оқу үшін", "5 min read", "Время чтения: 4 мин")?"""
    return _READING_TIME_AFTER.match(text, end, min(len(text), end + 30)) is not None or \
        _READING_TIME_BEFORE.search(text, max(0, start - 30), start) is not None


def _file_name_number(text: str, start: int, end: int) -> bool:
    """Is the number part of an image file's name or a gallery's slide label? A photo word before counts only
    when the number closes the label ("photo 2 of 5", "IMG_1234", "фото 3" alone), not a count of photos in a
    sentence ("фото 50 волонтеров" stays: its number is followed by a word)."""
    before, after = text[max(0, start - 30): start], text[end: end + 30]
    if _FILE_NAME_AFTER.match(after) or _SLIDE_TOTAL_BEFORE.search(before) or _CAMERA_FILE_BEFORE.search(before):
        return True
    m = _FILE_NAME_BEFORE.search(before)
    if m is None:
        return False
    if not re.match(r"(?:pic|photo|image|foto|фото|сурет)", m.group(0), re.I):
        return True  # a default file name: "Безымянный 3", "IMG_1234", "Untitled 4"
    glued = re.search(r"[_-]\s*$", before) is not None  # "photo_5", "фото-2"
    slide = re.match(r"^\s+(?:of|из)\s+\d+", after) is not None  # "photo 2 of 5"
    return glued or slide


# The two values a multiple was taken of, in brackets after it: "Үндістан – 4,7 есе (1 245/5 887)", "в 4,7 раза
# (1 245/5 887)", "4.7 times (1,245/5,887)": the before and the after, each a figure.
_MULTIPLE_THEN_PAIR = re.compile(r"(?:есе|раза?|times|-fold)\s*\(\s*(\d[\d\s  ,.]*)/\s*(\d[\d\s  ,.]*)\)", re.I)


def _before_and_after_of_a_multiple(text: str, start: int, end: int) -> bool:
    opening = text.rfind("(", max(0, start - 20), start)
    if opening < 0:
        return False
    m = _MULTIPLE_THEN_PAIR.search(text, max(0, opening - 12), opening + 40)
    return m is not None and m.start(1) <= start and end <= m.end(2)


def _slash_pair(text: str, start: int, end: int) -> bool:
    """Digits joined by a slash without spaces: "24/7" (a date like "12/05/2024" is a date token already), and every
    number of a code that has such a slash, "agreement No. 0/18-17", "приказ № 12/3-п" (its "17" is no count)."""
    if _before_and_after_of_a_multiple(text, start, end):
        return False
    if (end < len(text) - 1 and text[end] == "/" and text[end + 1].isdigit()) or (
            start > 1 and text[start - 1] == "/" and text[start - 2].isdigit()):
        return True
    s, e = start, end
    while s > 0 and (text[s - 1].isdigit() or text[s - 1] in "/-"):
        s -= 1
    while e < len(text) and (text[e].isdigit() or text[e] in "/-"):
        e += 1
    return (s < start or e > end) and re.search(r"\d/\d", text[s:e]) is not None


def _poll_widget_percent(tokens: list, i1: int) -> bool:
    """A poll widget's answer line, its vote count and an empty share in brackets: "September 7, 2011 0 (%)" (the
    page's machinery printed before anyone voted, no sentence states it). A share filled in ("12 (34%)") is left to
    the other rules."""
    return i1 + 2 < len(tokens) and [t.text for t in tokens[i1:i1 + 3]] == ["(", "%", ")"]
