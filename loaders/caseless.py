"""Case-insensitive searches of text that is lower-cased already, without IGNORECASE's cost (speed round 9).

An expression compiled with IGNORECASE runs several times slower than the same expression without it: `re` then
finds no literal prefix or first-character set to skip ahead with, and compares every character folded. Most
texts the metric and area rules search are lower-cased sentences, clauses and noun phrases, and over those the
expression without IGNORECASE finds the same matches, provided that

- the expression holds only lower-case literal characters (alone, in classes, negated), no range of characters and
  no back-reference, and no flag switched inside it (`_twin` reads the parsed expression and refuses any other);
- the text is its own `lower()` (every character is its own lower case), and holds none of the characters that `re`
  takes for one of the expression's literals beyond `lower()` (its `_casefix` table: "ı" for "i", "ſ" for "s",
  Cyrillic "ᲂ" for "о", …): none of the odd ones outside ASCII and Cyrillic, of which those are.

Then IGNORECASE compares lower(c), which is c itself, with each literal, and categories (\\w, \\s, \\d, \\b) do
not depend on it. `Caseless.search` checks the text on each call and falls back to the IGNORECASE expression where
it fails, so its answer is always the expression's own; tests/test_prefilters.py compares them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

# Characters that IGNORECASE takes for one another beyond lower(): "i" and "ı", "s" and "ſ", Cyrillic "в" and "ᲀ", …
_PARTNERS = {chr(k): {chr(c) for c in v} for k, v in _casefix._EXTRA_CASES.items()}
# Of those, the ones outside ASCII and Cyrillic ("ı", "ſ", "ᲀ", Greek "ϐ", …): a text with none of them is searched by
# the twin of any expression whose literals take only such characters beyond lower() (every expression whose
# literals are ASCII or Cyrillic); one test of a text serves every expression that searches it.
_ODD = {c for v in _PARTNERS.values() for c in v} | set(_PARTNERS)
_ODD = {c for c in _ODD if not (c.isascii() or "\u0400" <= c <= "\u04ff")}
_ODD_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_ODD)) + "]")

_PLAIN_OPS = {_constants.ANY, _constants.AT, _constants.CATEGORY}


def _plain(items: Any, literals: set[str]) -> bool:
    """Does a parsed expression hold only what IGNORECASE treats alike over lower-case text (see above)? Gathers
    its literal characters."""
    for op, av in items:
        if op in (_constants.LITERAL, _constants.NOT_LITERAL):
            if chr(av).lower() != chr(av):
                return False
            literals.add(chr(av))
        elif op == _constants.IN:
            for iop, iav in av:
                if iop == _constants.LITERAL:
                    if chr(iav).lower() != chr(iav):
                        return False
                    literals.add(chr(iav))
                elif iop not in (_constants.NEGATE, _constants.CATEGORY):
                    return False  # a range, or anything else
        elif op in _PLAIN_OPS:
            continue
        elif op == _constants.BRANCH:
            if not all(_plain(branch, literals) for branch in av[1]):
                return False
        elif op == _constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags or not _plain(sub, literals):
                return False
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            if not _plain(av[2], literals):
                return False
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            if not _plain(av[1], literals):
                return False
        elif op == _constants.ATOMIC_GROUP:
            if not _plain(av, literals):
                return False
        else:
            return False  # back-references, conditionals, anything not listed
    return True


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The expression without IGNORECASE, where it finds the same matches over lower-case text without the odd
    characters (`_ODD`, which must hold every character IGNORECASE takes for its literals beyond lower()); else
    None."""
    if not pattern.flags & re.I or pattern.flags & (re.LOCALE | re.ASCII) or not isinstance(pattern.pattern, str):
        return None
    literals: set[str] = set()
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    if not _plain(list(parsed), literals):
        return None
    if not set().union(*(_PARTNERS.get(c, ()) for c in literals)) <= _ODD:
        return None  # a literal that IGNORECASE takes for an ordinary letter ("ı" for "i")
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


_last_text: str | None = None
_last_plain = False


def plain_lower(text: str) -> bool:
    """Is the text its own lower() and free of the odd characters? Remembered for the last text asked about: the
    rules search one clause or segment with many expressions in turn."""
    global _last_text, _last_plain
    if text is _last_text:
        return _last_plain
    plain = text == text.lower() and _ODD_RE.search(text) is None
    _last_text, _last_plain = text, plain
    return plain


class Caseless:
    """An IGNORECASE expression whose searches run without IGNORECASE over lower-case text when that finds the
    same (see the module's docstring); everything else (`pattern`, `flags`, `groupindex`, …) is the expression's own."""

    __slots__ = ("expr", "twin")

    def __init__(self, expr: re.Pattern[str]) -> None:
        self.expr = expr
        self.twin = _twin(expr)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.expr, name)

    def __repr__(self) -> str:
        return f"Caseless({self.expr!r})"

    def _for(self, text: str) -> re.Pattern[str]:
        return self.twin if self.twin is not None and plain_lower(text) else self.expr

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self._for(text).search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self._for(text).match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self._for(text).fullmatch(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, *args)

    def findall(self, text: str, *args: int) -> list[Any]:
        return self._for(text).findall(text, *args)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self._for(text).sub(repl, text, count)
