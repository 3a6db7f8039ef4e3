"""Pages kept aside for the independent checks (`../shared/reserved_urls.txt`): never collected into the real
development set. A line of that list is a URL or a fragment that identifies pages, sometimes followed by words that
describe the story ("astanatimes.com/2025/01 Taza Qazaqstan 6.2 million"); its first word alone is what a page's
URL is matched against, and a page is reserved when that word stands anywhere in its URL (scheme, "www."/"m."/"amp."
and the case aside, percent-encoding decoded): a fragment reserves every page it fits, which errs on the safe side."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

RESERVED_TXT = Path(__file__).resolve().parent.parent.parent / "shared" / "reserved_urls.txt"
_SCHEME_AND_HOST_PREFIX = re.compile(r"^(?:https?://)?(?:(?:www|m|amp)\.)?")


def normalize(url: str) -> str:
    """A URL or fragment as matched: lower case, decoded, without scheme, host prefix or trailing slash."""
    return _SCHEME_AND_HOST_PREFIX.sub("", unquote(url.strip()).lower()).rstrip("/")


def reserved_fragments(path: Path = RESERVED_TXT) -> list[str]:
    """The first word of every line of the list (comments and blank lines skipped), normalized."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [normalize(line.split()[0]) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def is_reserved(url: str, fragments: list[str]) -> bool:
    """Does a page's URL fall under any fragment of the list?"""
    page = normalize(url)
    return any(fragment and fragment in page for fragment in fragments)
