"""National programs and campaigns a figure is tied to (DESIGN §3 `program`; issue 12).

The lexicon is data: `data/programs.csv` (`program_id,label_en,label_ru,label_kk,metrics,patterns`), extended by
`data/curated/programs.csv` (same columns; the Review page writes there). `patterns` is a case-insensitive
regular expression over the ru, kk (Cyrillic and Latin) and en forms; `metrics` lists the program's own
catalog metrics, space-separated. A curated row with a new id adds a program (three labels required); a row
with a known id adds to it: its patterns as further alternatives (an alias), its metrics, and the labels it
gives replace the bundled ones. A bad curated row fails the build with file, line and reason, as a bad
correction does (`ProgramsError` is a `CuratedError`).

Which program a figure gets (decided here):
1. the program named in the figure's own sentence; when the sentence names several, the one named nearest
   before the figure (else nearest after it);
2. otherwise the program the article's title or lead (its first paragraph) names, when they name exactly one
   and the figure has no metric or one of that program's own metrics — so "в акции приняли участие 2,5 млн"
   in an article about the marathon belongs to the marathon, but a national count of volunteers quoted in an
   article about Birgemiz does not;
3. otherwise none. A curated row's `program` wins over both.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.curated import PROGRAMS_FILE, CuratedError
from loaders.lock import atomic_write_text
from loaders.text import needed_words

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS_CSV = ROOT / "data" / "programs.csv"
COLUMNS = ["program_id", "label_en", "label_ru", "label_kk", "metrics", "patterns"]
LEAD_CHARS = 400


@dataclass(frozen=True)
class Program:
    program_id: str
    labels: dict[str, str]
    metrics: frozenset[str]
    pattern: re.Pattern[str]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


class ProgramsError(CuratedError):
    """A bad row of data/programs.csv or data/curated/programs.csv (file, line, reason)."""


PROGRAM_ID = re.compile(r"[a-z][a-z0-9_]*")


def parse_programs_text(name: str, text: str, base: dict[str, Program] | None = None,
                        metric_ids: Iterable[str] | None = None) -> dict[str, Program]:
    """The programs of one lexicon file's text merged into `base` (a copy; ids in file order). `name` is how
    errors name the file; `metric_ids`, when given, are the catalog ids a program's metrics must be among."""
    programs = dict(base or {})
    known_metrics = set(metric_ids) if metric_ids is not None else None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ProgramsError(name, 1, f"missing column(s): {', '.join(missing)}; expected {','.join(COLUMNS)}")
    for row in reader:
        line = reader.line_num
        if row.get(None):  # type: ignore[call-overload]  # DictReader's key for fields beyond the header
            raise ProgramsError(name, line, f"more fields than columns ({len(COLUMNS)}): a pattern with a comma "
                                            "(\\w{0,4}) must be in double quotes")
        fields = {c: (row.get(c) or "").strip() for c in COLUMNS}
        if not any(fields.values()):
            continue
        pid = fields["program_id"]
        if not PROGRAM_ID.fullmatch(pid):
            raise ProgramsError(name, line, f"program_id {pid!r} is not lower snake case (e.g. jasyl_el)")
        if not fields["patterns"]:
            raise ProgramsError(name, line, "patterns is empty: give the program's name as the articles write it")
        try:
            pattern = re.compile(fields["patterns"], re.IGNORECASE)
        except re.error as exc:
            raise ProgramsError(name, line, f"bad pattern: {exc}") from None
        if pattern.search("") or pattern.search(" "):
            raise ProgramsError(name, line, "the pattern matches an empty text: it would tie every figure to it")
        metrics = frozenset(fields["metrics"].split())
        unknown = sorted(metrics - known_metrics) if known_metrics is not None else []
        if unknown:
            raise ProgramsError(name, line, f"unknown metric(s) {', '.join(unknown)} (see metrics/catalog.csv "
                                            "and data/curated/metrics.csv)")
        labels = {lang: fields[f"label_{lang}"] for lang in ("en", "ru", "kk")}
        old = programs.get(pid)
        if old is None:
            if not all(labels.values()):
                raise ProgramsError(name, line, "a new program needs label_en, label_ru and label_kk")
            programs[pid] = Program(pid, labels, metrics, pattern)
        else:  # an alias or more metrics for a known program
            programs[pid] = Program(pid, {k: labels[k] or v for k, v in old.labels.items()}, old.metrics | metrics,
                                    re.compile(f"{old.pattern.pattern}|{pattern.pattern}", re.IGNORECASE))
    return programs


def _read_file(path: Path, name: str, base: dict[str, Program], metric_ids: Iterable[str] | None
               ) -> dict[str, Program]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProgramsError(name, None, f"not UTF-8 ({exc.reason})") from exc
    return parse_programs_text(name, text, base, metric_ids)


def load_programs(curated_dir: Path | None = None, path: Path = PROGRAMS_CSV,
                  metric_ids: Iterable[str] | None = None) -> list[Program]:
    """data/programs.csv, then data/curated/programs.csv (new programs, aliases and metrics of known ones).
    With `metric_ids` (the catalog's ids), a program's metrics must be among them."""
    ids = list(metric_ids) if metric_ids is not None else None
    programs = _read_file(path, Path(path).name, {}, ids) if Path(path).is_file() else {}
    extra = Path(curated_dir) / PROGRAMS_FILE if curated_dir else None
    if extra is not None and extra.is_file():
        programs = _read_file(extra, f"{Path(curated_dir).name}/{PROGRAMS_FILE}", programs, ids)
    return list(programs.values())


def alias_pattern(alias: str) -> str:
    """A regular expression for a name typed by a reviewer: its words in any case, any spaces between them and
    up to four more letters after each (Russian and Kazakh endings: «Марафона добра», «Жасыл елге»)."""
    words = alias.split()
    if not words:
        return ""
    parts = [re.escape(w) + (r"\w{0,4}" if w[-1].isalnum() else "") for w in words]
    head = r"\b" if words[0][0].isalnum() else ""
    return head + r"\s+".join(parts)


def find_programs(text: str, programs: list[Program]) -> list[tuple[int, str]]:
    """(position, program_id) of every program named in `text`, in order. A program's expression runs only when
    the lower-cased text holds one of its needed words (needed_words): few texts name a program, and a
    case-insensitive scan of every program over every title and quote was a twentieth of a worker's time."""
    hits = []
    low = None
    for p in programs:
        words = needed_words(p.pattern)
        if words is not None:
            if low is None:
                low = text.lower()
            if not any(map(low.__contains__, words)):
                continue
        for m in p.pattern.finditer(text):
            hits.append((m.start(), p.program_id))
    return sorted(hits)


def program_of_sentence(sentence: str, figure_at: int | None, programs: list[Program]) -> str | None:
    return _program_at(find_programs(sentence, programs), figure_at)


def _program_at(hits: list[tuple[int, str]], figure_at: int | None) -> str | None:
    if not hits:
        return None
    if figure_at is None:
        return hits[0][1]
    before = [h for h in hits if h[0] <= figure_at]
    return before[-1][1] if before else hits[0][1]


def title_and_lead(text: str) -> str:
    """The article's title line and its first paragraph (at most LEAD_CHARS characters of it)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return "\n".join(lines[:1] + [ln[:LEAD_CHARS] for ln in lines[1:2]])


Hits = list[tuple[int, str]]


class ProgramHits:
    """find_programs over many texts, remembered between builds: a JSON file in the build's cache folder, one per
    set of program patterns (and Python version, whose `re` reads them), keyed by a digest of each text. Searching
    the ~20,000 sentences and titles of 5,000 articles for every program was half of a rebuild after one article
    changed; now only texts not seen before are searched. A damaged or missing file is only a miss."""

    def __init__(self, directory: Path | None, programs: list[Program]) -> None:
        self.programs = programs
        spec = [[p.program_id, p.pattern.pattern, p.pattern.flags] for p in programs]
        digest = hashlib.sha256(json.dumps([spec, list(sys.version_info[:2])]).encode()).hexdigest()[:16]
        self.path = Path(directory) / f"programs-{digest}.json" if directory else None
        self.known: dict[str, Hits] = {}
        self.used: set[str] = set()
        self.added = False
        if self.path is not None and self.path.is_file():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self.known = {key: [(int(at), str(pid)) for at, pid in hits] for key, hits in data.items()}
            except (ValueError, TypeError, AttributeError, OSError):
                self.known = {}

    def hits(self, text: str) -> Hits:
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        self.used.add(key)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = find_programs(text, self.programs)
            self.added = True
        return found

    def remember(self, found: dict[str, Hits]) -> None:
        """find_programs of some texts over the same programs, computed elsewhere (a pool worker)."""
        for text, hits in found.items():
            key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
            if key not in self.known:
                self.known[key] = hits
                self.added = True

    def save(self) -> None:
        """Keep the texts of this build (the file does not grow with deleted articles); files of other pattern
        sets go."""
        if self.path is None or not self.added:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps({key: self.known[key] for key in sorted(self.used)}))
        for stale in self.path.parent.glob("programs-*.json"):
            if stale != self.path:
                stale.unlink(missing_ok=True)
        self.added = False


def assign_programs(observations: list[dict[str, Any]], sources: list[dict[str, Any]],
                    programs: list[Program], hits: Callable[[str], Hits] | None = None) -> None:
    """Set each observation's `program` in place (see the module docstring for the rule). `hits` is
    find_programs over `programs` for one text (ProgramHits.hits remembers it between builds); by default each
    distinct text is searched once."""
    if not programs:
        for o in observations:
            o.setdefault("program", None)
        return
    if hits is None:
        hits = ProgramHits(None, programs).hits
    by_id = {p.program_id: p for p in programs}
    head: dict[str, str | None] = {}
    for s in sources:
        title = " ".join(filter(None, [s.get("title") or "", title_and_lead(s.get("text") or "")]))
        named = {pid for _, pid in hits(title)}
        head[s["source_id"]] = named.pop() if len(named) == 1 else None
    for o in observations:
        if o.get("program"):
            continue
        quote = o.get("quote") or ""
        at = quote.find(o.get("figure_text") or "\0") if o.get("figure_text") else -1
        program = _program_at(hits(quote), at if at >= 0 else None)
        if program is None:
            candidate = head.get(o.get("source_id"))
            if candidate is not None and (o.get("metric_id") is None or o["metric_id"] in by_id[candidate].metrics):
                program = candidate
        o["program"] = program
