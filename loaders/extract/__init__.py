"""Find dated, qualified figures in an article (DESIGN §3). One module per stage, imported in this direction:

    tokens, patterns                  how a sentence is cut; regular-expression helpers
    script                            Latin-script Kazakh (and Russian) read through Cyrillic, spans put back
    topic                             what the article is about (volunteering, blood, floods, ...), with scores
    numbers                           where numbers are and their values (and multiples, shares)
    nouns                             what a number counts, in which unit
    qualifiers                        exact, at_least, at_most, approx, almost
    areas                             where it was counted
    exclusions                        what is not a figure (years, dates, ordinals, ages, phones, names, ...)
    antecedents                       the noun of a figure without one ("их более 800")
    ranges                            "от 40 до 60": the two ends share scale and noun
    anchors                           the period expressions of a sentence, resolved to dates (Anchor)
    tense                             whether a clause tells a plan, a past report, the future or a state
    named_years                       years named by a theme, an anniversary, an event's or project's name, a
                                      programme's horizon
    periods                           which period a figure takes: its anchor, a report's year, not a base
    metric                            which catalog metric (rules in loaders/classify.py)
    url_counter                       the year of an undated page from its URL's article number (data/url_counters.csv)
    dating                            the publication date and its basis; the year an undated text is of
    context                           the article's title, sentences, language, date and flags
    sentence                          the sentence pass: all of the above for one sentence
    article                           the article pass: periods inherited, repeats marked as duplicates
    version                           EXTRACTOR_VERSION, a hash of every rule file

The Figure record is loaders/figure.py, shared with loaders/classify.py; the catalog is read by loaders/catalog.py.
"""

from loaders.extract.anchors import Anchor, find_anchors
from loaders.extract.areas import find_area, has_country_scope
from loaders.extract.article import extract_article, mark_duplicates
from loaders.extract.context import ArticleContext, article_area, article_context
from loaders.extract.exclusions import is_not_a_count
from loaders.extract.nouns import NounMatch, find_noun
from loaders.extract.numbers import NumberMatch, may_hold_number, parse_number
from loaders.extract.qualifiers import qualifier_after, qualifier_before
from loaders.extract.sentence import extract_sentence
from loaders.extract.tokens import Token, clauses, tokenize
from loaders.extract.version import EXTRACTOR_VERSION
from loaders.figure import Figure

__all__ = [
    "EXTRACTOR_VERSION",
    "Anchor",
    "ArticleContext",
    "Figure",
    "NounMatch",
    "NumberMatch",
    "Token",
    "article_area",
    "article_context",
    "clauses",
    "extract_article",
    "extract_sentence",
    "find_anchors",
    "find_area",
    "find_noun",
    "has_country_scope",
    "is_not_a_count",
    "mark_duplicates",
    "may_hold_number",
    "parse_number",
    "qualifier_after",
    "qualifier_before",
    "tokenize",
]
