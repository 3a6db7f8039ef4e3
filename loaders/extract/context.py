"""Article context: what is read once per article before its sentences. Its title and sentences (page chrome
cleaned, split), its language (the sidecar's or detected), its publication date (given by the caller: the
sidecar's, else loaders.text.publication_date), and its flags: about volunteering, about floods, and the region
or city of a regional article (from its title, else its lead). Sentence rules read this context."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from loaders import classify
from loaders.extract.areas import find_area, has_country_scope
from loaders.extract.topic import leading_topic, topic_scores
from loaders.text import Sentence, article_language, content_lines, normalize, sentences

_NATIONAL_EVENT = re.compile(r"республикан|республикалық|национальн|ұлттық|national|всеказахстан|"
                             r"общенациональн|жалпыұлттық", re.I)


def article_area(title: str | None, lead: str | None = None) -> str | None:
    """The region or city a regional article is about, from its title (else its lead sentence); None for
    national articles ("в Казахстане", "республикалық форум")."""
    for line in (title, lead):
        if not line:
            continue
        low = normalize(line).lower()
        if has_country_scope(low) or _NATIONAL_EVENT.search(low):
            return None
        area = find_area(low, 0)
        if area != "KZ":
            return area
    return None


_FLOOD_STEMS = ("павод", "наводнен", "половод", "тасқын", "flood")


def article_flags(body: str, title: str | None, lead: str | None = None) -> dict[str, Any]:
    low = body.lower()
    topics = topic_scores(body, title)
    return {
        "topics": topics,  # loaders/extract/topic.py: what the article is about, with scores
        "topic": leading_topic(topics),
        "volunteering": any(stem in low for stem in classify.VOLUNTEER_STEMS),
        # an article about floods: three or more mentions
        "flood": sum(low.count(stem) for stem in _FLOOD_STEMS) >= 3,
        "area": article_area(title, lead),
    }


@dataclass
class ArticleContext:
    title: str | None
    sentences: list[Sentence]
    published: dt.date | None
    lang: str
    flags: dict[str, Any]  # volunteering, flood, area: read by the metric rules


def article_context(text: str, published: dt.date | None, lang_hint: str | None = None,
                    prepared: tuple[str | None, list[Sentence]] | None = None) -> ArticleContext:
    """The context of one article. `prepared` is (title, sentences) when the caller has already cleaned and split
    the text; `lang_hint` the article's language when known."""
    if prepared is None:
        lines, title = content_lines(text)
        sents = sentences(lines)
    else:
        title, sents = prepared
    body = "\n".join(s.text for s in sents)
    lead = next((s.text for s in sents if not s.is_headline), None)
    flags = article_flags(body, title, lead)
    article_lang = lang_hint
    if article_lang is None:
        article_lang = article_language([s.text for s in sents])
    return ArticleContext(title, sents, published, article_lang, flags)
