"""The extractor's version: a fixed release number and a hash of every file the rules live in (this package,
the metric rules, the figure record, the catalog reader and the catalog itself, the lexicon, number words and
text handling), so any change to a rule invalidates cached extractions automatically (loaders/build.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

RELEASE = "3.54"
_PACKAGE = Path(__file__).resolve().parent
_LOADERS = _PACKAGE.parent
RULE_FILES = (
    *sorted(_PACKAGE.rglob("*.py")),  # with the subpackages: loaders/extract/exclusions/*.py
    *(_LOADERS / name for name in ("catalog.py", "classify.py", "clock.py", "figure.py", "lexicon.py", "numbers.py",
                                   "text.py", "translit.py")),
    _LOADERS.parent / "metrics" / "catalog.csv",  # metric kinds decide which figures inherit a period
    _LOADERS.parent / "data" / "url_counters.csv",  # the dated article numbers undated pages take their year from
)


def _rules_fingerprint() -> str:
    """A hash of the rule files, each with its name: moving a rule from one file to another changes it too."""
    digest = hashlib.sha256()
    for path in RULE_FILES:
        digest.update(str(path.relative_to(_LOADERS.parent)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = RELEASE + "+" + _rules_fingerprint()
