"""National programs and campaigns a figure is tied to (DESIGN §3 `program`; issue 12).

The lexicon is data: `data/programs.csv` (`program_id,label_en,label_ru,label_kk,metrics,patterns`), extended by
`data/curated/programs.csv` (same columns; the Review page writes there). `patterns` is a case-insensitive
regular expression over the ru, kk (Cyrillic and Latin) and en forms; `metrics` lists the program's own
catalog metrics, space-separated.

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
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


class ProgramsError(ValueError):
    pass


def _read(path: Path) -> list[Program]:
    out = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ProgramsError(f"{path.name}:1: missing column(s): {', '.join(missing)}")
        for row in reader:
            pid = (row["program_id"] or "").strip()
            if not re.fullmatch(r"[a-z][a-z0-9_]*", pid):
                raise ProgramsError(f"{path.name}:{reader.line_num}: program_id {pid!r} is not lower snake case")
            try:
                pattern = re.compile(row["patterns"], re.IGNORECASE)
            except re.error as exc:
                raise ProgramsError(f"{path.name}:{reader.line_num}: bad pattern: {exc}") from None
            labels = {lang: (row[f"label_{lang}"] or "").strip() for lang in ("en", "ru", "kk")}
            if not all(labels.values()):
                raise ProgramsError(f"{path.name}:{reader.line_num}: give label_en, label_ru and label_kk")
            out.append(Program(pid, labels, frozenset((row["metrics"] or "").split()), pattern))
    return out


def load_programs(curated_dir: Path | None = None, path: Path = PROGRAMS_CSV) -> list[Program]:
    """data/programs.csv, then data/curated/programs.csv (a curated row with a known id replaces it)."""
    programs = {p.program_id: p for p in _read(path)} if Path(path).is_file() else {}
    extra = Path(curated_dir) / "programs.csv" if curated_dir else None
    if extra is not None and extra.is_file():
        programs.update({p.program_id: p for p in _read(extra)})
    return list(programs.values())


def find_programs(text: str, programs: list[Program]) -> list[tuple[int, str]]:
    """(position, program_id) of every program named in `text`, in order."""
    hits = []
    for p in programs:
        for m in p.pattern.finditer(text):
            hits.append((m.start(), p.program_id))
    return sorted(hits)


def program_of_sentence(sentence: str, figure_at: int | None, programs: list[Program]) -> str | None:
    hits = find_programs(sentence, programs)
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


def assign_programs(observations: list[dict[str, Any]], sources: list[dict[str, Any]],
                    programs: list[Program]) -> None:
    """Set each observation's `program` in place (see the module docstring for the rule)."""
    if not programs:
        for o in observations:
            o.setdefault("program", None)
        return
    by_id = {p.program_id: p for p in programs}
    head: dict[str, str | None] = {}
    for s in sources:
        title = " ".join(filter(None, [s.get("title") or "", title_and_lead(s.get("text") or "")]))
        named = {pid for _, pid in find_programs(title, programs)}
        head[s["source_id"]] = named.pop() if len(named) == 1 else None
    for o in observations:
        if o.get("program"):
            continue
        quote = o.get("quote") or ""
        at = quote.find(o.get("figure_text") or "\0") if o.get("figure_text") else -1
        program = program_of_sentence(quote, at if at >= 0 else None, programs)
        if program is None:
            candidate = head.get(o.get("source_id"))
            if candidate is not None and (o.get("metric_id") is None or o["metric_id"] in by_id[candidate].metrics):
                program = candidate
        o["program"] = program
