"""Add articles to data/articles/ (DESIGN §6 `python -m loaders add`, the dashboard's Add page).

An added article goes through three steps:

1. **prepare** (`prepare_file`, `prepare_upload`, `prepare_text`): the bytes are checked with the build's own
   reader (`loaders.reader.read_article`), so a file the build would skip — empty, binary, too large, not
   decodable — is refused here with the same reason the build report gives. A saved web page (`.html`,
   `.htm`) is reduced to its main text, title, date and site name by trafilatura (htmldate for the date);
   the article stored is plain text: the title on the first line, a blank line, then the main text. `.txt`
   and `.md` are stored as they are (decoded, line endings normalised, exactly as the build reads them).
2. **save** (`save_articles`): under the data folder's lock (`loaders.lock.exclusive`) each article is written
   atomically to `data/articles/<name>_<hash>.txt` and its row is appended to `data/articles/sources.csv`
   (the whole file is replaced atomically, so two sessions saving at once both keep their rows and a reader
   never sees half a row). An article whose text is already there (same content hash) is not added twice.
3. **build**: the database is rebuilt incrementally (the extraction cache reuses every unchanged article).

Sidecar fields: what the user gives wins; for HTML the page's URL, site name and date fill what is left
empty (the date found in the page is written into sources.csv, so its `date_basis` is `source`).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from loaders.lock import atomic_write_bytes, atomic_write_text, exclusive
from loaders.reader import DEFAULT_MAX_BYTES, ArticleError, InputProblem, read_article
from loaders.sources_csv import COLUMNS as SOURCES_COLUMNS
from loaders.sources_csv import LANGS

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt", ".md"}
SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES
_SAFE = re.compile(r"[^A-Za-z0-9]+")


class AddError(ValueError):
    """A bad option (date, language) given with the articles."""


@dataclass
class Prepared:
    """One article ready to be saved, or refused (`problem` set) with the build's reason."""

    source_name: str                 # the name it was given (uploaded or on the command line)
    text: str = ""                   # the article text as it will be stored (.txt)
    sha256: str = ""                 # of the stored text's UTF-8 bytes
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    lang: str | None = None
    title: str | None = None
    found: dict[str, str | None] = field(default_factory=dict)  # what trafilatura/htmldate found in a page
    problem: InputProblem | None = None
    warnings: tuple[InputProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def file_name(self) -> str:
        """The name in data/articles/: a safe form of the given name and the start of the content hash."""
        stem = _SAFE.sub("-", Path(self.source_name).stem).strip("-")[:40].lower() or "article"
        return f"{stem}_{self.sha256[:12]}.txt"


@dataclass
class SaveResult:
    added: list[str] = field(default_factory=list)          # new files in data/articles/
    already: list[tuple[str, str]] = field(default_factory=list)  # (given name, existing file) same content
    refused: list[InputProblem] = field(default_factory=list)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise AddError(f"published {value!r} is not a date (YYYY-MM-DD)") from None


def parse_lang(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lower()
    if value not in LANGS:
        raise AddError(f"lang {value!r} is not one of {', '.join(LANGS)}")
    return value


def _new(name: str, url: str | None = None, outlet: str | None = None, published: str | dt.date | None = None,
         lang: str | None = None) -> Prepared:
    return Prepared(source_name=name, url=url or None, outlet=outlet or None, published=parse_date(published),
                    lang=parse_lang(lang))


def _unsupported(prep: Prepared) -> bool:
    suffix = Path(prep.source_name).suffix.lower()
    if suffix in SUFFIXES:
        return False
    prep.problem = InputProblem(prep.source_name, None, f"not an article file: {suffix or 'no extension'} "
                                f"(use {', '.join(sorted(SUFFIXES))})", "unsupported")
    return True


def prepare_upload(name: str, data: bytes, *, url: str | None = None, outlet: str | None = None,
                   published: str | dt.date | None = None, lang: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Prepared:
    """Check and convert one file given as bytes (an upload); the build's reader decides what is refused."""
    prep = _new(Path(name).name or "article.txt", url, outlet, published, lang)
    if _unsupported(prep):
        return prep
    with tempfile.TemporaryDirectory(prefix="kzvol-add-") as tmp:  # the reader works on files
        path = Path(tmp) / prep.source_name
        path.write_bytes(data)
        return _read_checked(prep, path, max_bytes)


def prepare_file(path: Path, *, url: str | None = None, outlet: str | None = None,
                 published: str | dt.date | None = None, lang: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Prepared:
    """Check and convert one file on disk (the command line); refused exactly as the build would refuse it."""
    path = Path(path).absolute()
    prep = _new(path.name, url, outlet, published, lang)
    if _unsupported(prep):
        return prep
    return _read_checked(prep, path, max_bytes)


def prepare_text(text: str, *, name: str = "pasted.txt", **options: str | dt.date | None) -> Prepared:
    """A pasted article: stored as UTF-8 text."""
    return prepare_upload(name if Path(name).suffix else name + ".txt", text.encode("utf-8"),
                          **options)  # type: ignore[arg-type]


def _read_checked(prep: Prepared, path: Path, max_bytes: int) -> Prepared:
    """Run the build's reader over the file, then reduce a web page to its article."""
    try:
        art = read_article(path, path.parent, max_bytes=max_bytes)
    except ArticleError as exc:
        prep.problem = exc.problem
        return prep
    base = prep.source_name
    text = art.text
    prep.warnings = art.warnings
    if Path(base).suffix.lower() in HTML_SUFFIXES:
        page = html_to_article(text)
        prep.found = page
        if not page.get("text"):
            prep.problem = InputProblem(base, None, "no article text found in the web page", "empty")
            return prep
        title, body = page.get("title"), page["text"] or ""
        text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
        prep.url = prep.url or page.get("url")
        prep.outlet = prep.outlet or page.get("sitename")
        if prep.published is None and page.get("date"):
            prep.published = parse_date(page["date"])
    if not text.endswith("\n"):
        text += "\n"
    prep.text = text
    prep.title = text.strip().split("\n", 1)[0][:200]
    prep.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return prep


def html_to_article(html: str) -> dict[str, str | None]:
    """Main text, title, date and site name of a saved web page (trafilatura; htmldate for the date)."""
    import trafilatura  # imported here: 0.3 s, and only adding HTML needs it
    from htmldate import find_date

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    found: dict[str, str | None] = {"text": None, "title": None, "date": None, "sitename": None, "url": None}
    if doc is not None:
        found.update(text=(doc.text or "").strip() or None, title=(doc.title or "").strip() or None,
                     date=doc.date or None, sitename=(doc.sitename or "").strip() or None, url=doc.url or None)
    try:
        date = find_date(html, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        date = None
    if date:
        found["date"] = date
    if found["date"]:
        try:
            dt.date.fromisoformat(found["date"])
        except ValueError:
            found["date"] = None
    return found


# --------------------------------------------------------------------------------------------------
# Saving


def _csv_row(values: list[str], delimiter: str, newline: str = "\n") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline).writerow(values)
    return buf.getvalue()


def _sources_text_with(existing: str | None, rows: list[list[str]]) -> str:
    """sources.csv with `rows` appended, keeping every existing byte (and its delimiter)."""
    if not existing or not existing.strip():
        return _csv_row(list(SOURCES_COLUMNS), ",") + "".join(_csv_row(r, ",") for r in rows)
    first = existing.split("\n", 1)[0]
    newline = "\r\n" if first.endswith("\r") else "\n"
    first = first.rstrip("\r").lstrip("\ufeff")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter))]
    text = existing if existing.endswith("\n") else existing + newline
    for r in rows:
        by_name = dict(zip(SOURCES_COLUMNS, r, strict=True))
        text += _csv_row([by_name.get(h, "") for h in header], delimiter, newline)
    return text


def save_articles(items: list[Prepared], articles_dir: Path, lock_folder: Path | None = None,
                  wait: float = 60.0) -> SaveResult:
    """Write the prepared articles and their sources.csv rows, atomically, under the data folder's lock."""
    articles_dir = Path(articles_dir)
    result = SaveResult()
    good = []
    for item in items:
        if item.problem is not None:
            result.refused.append(item.problem)
        else:
            good.append(item)
    if not good:
        return result
    articles_dir.mkdir(parents=True, exist_ok=True)
    with exclusive(lock_folder or articles_dir.parent, wait=wait):
        existing = {}
        for p in articles_dir.glob("*_*.txt"):  # added files carry the start of their hash in the name
            existing.setdefault(p.stem.rsplit("_", 1)[-1], p.name)
        rows = []
        for item in good:
            name = item.file_name
            if (articles_dir / name).exists() or item.sha256[:12] in existing:
                result.already.append((item.source_name, existing.get(item.sha256[:12], name)))
                continue
            atomic_write_bytes(articles_dir / name, item.text.encode("utf-8"))
            existing[item.sha256[:12]] = name
            result.added.append(name)
            rows.append([name, item.url or "", item.outlet or "", item.published.isoformat() if item.published
                         else "", item.lang or ""])
        if rows:
            csv_path = articles_dir / "sources.csv"
            old = csv_path.read_bytes().decode("utf-8") if csv_path.exists() else None
            atomic_write_text(csv_path, _sources_text_with(old, rows))
    return result


def with_fields(item: Prepared, **fields: str | dt.date | None) -> Prepared:
    """A copy with edited sidecar fields (the Add page's form)."""
    out = replace(item)
    if "url" in fields:
        out.url = str(fields["url"] or "").strip() or None
    if "outlet" in fields:
        out.outlet = str(fields["outlet"] or "").strip() or None
    if "published" in fields:
        out.published = parse_date(fields["published"])
    if "lang" in fields:
        out.lang = parse_lang(fields["lang"])  # type: ignore[arg-type]
    return out
