"""Build data/kzvol.duckdb from data/articles/ and data/curated/ (DESIGN §1, §5, §6).

run(): list articles → read each (bad files are skipped and reported, never fatal) → extract figures
(optionally in a process pool, with a per-article cache keyed by content hash and extractor version) →
number the observations → apply curated corrections (any bad row fails the build) → write the database
atomically. The report says what was read, found, and skipped, and why.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders import clock, lock
from loaders.curated import CuratedRow, apply_curated, curated_catalog, read_curated
from loaders.db import remove_stale_temporaries, write_database
from loaders.extract import EXTRACTOR_VERSION, extract_article
from loaders.extract.dating import document_date
from loaders.extract.script import read_through_cyrillic, restore_original, restore_title
from loaders.programs import Program, ProgramHits, assign_programs, find_programs, load_programs, title_and_lead
from loaders.reader import ArticleError, InputProblem, list_article_files, read_article
from loaders.sources_csv import SourceMeta, read_sources_csv
from loaders.text import article_language, content_lines, sentences

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "data" / "kzvol.duckdb"
DEFAULT_ARTICLES = ROOT / "data" / "articles"
DEFAULT_CURATED = ROOT / "data" / "curated"
DEFAULT_CACHE = ROOT / "data" / "cache"

Progress = Callable[[int, int, str], None]
OnWait = Callable[[lock.Holder | None], None]
# How long a build waits for another build (or a writer of data files) to release the database folder.
DEFAULT_WAIT = 60.0
# Below this many articles to extract, starting worker processes costs more than it saves.
POOL_MIN_ARTICLES = 50


@dataclass
class BuildReport:
    db_path: Path
    articles_read: int = 0
    sentences: int = 0
    figures: int = 0
    accepted: int = 0
    candidates: int = 0
    rejected: int = 0
    curated_applied: int = 0
    per_metric: Counter[str] = field(default_factory=Counter)
    skipped: list[InputProblem] = field(default_factory=list)
    warnings: list[InputProblem] = field(default_factory=list)
    cache_hits: int = 0
    # file name → the file with the same text that is stored (in name order, the first file of a text is kept)
    same_text: dict[str, str] = field(default_factory=dict)

    def skipped_by_kind(self) -> Counter[str]:
        return Counter(p.kind for p in self.skipped)

    def render(self) -> str:
        lines = [
            f"database: {self.db_path}",
            f"articles read: {self.articles_read}; sentences: {self.sentences}",
            f"figures: {self.figures} (accepted {self.accepted}, candidates without a metric "
            f"{self.candidates}, rejected {self.rejected}); curated rows applied: {self.curated_applied}",
            "figures per metric:",
        ]
        lines += [f"  {metric:34s} {n}" for metric, n in sorted(self.per_metric.items())]
        lines.append(f"skipped: {len(self.skipped)}" + (
            " (" + ", ".join(f"{k} {n}" for k, n in sorted(self.skipped_by_kind().items())) + ")"
            if self.skipped else ""))
        lines += [f"  {p}" for p in self.skipped]
        if self.same_text:
            lines.append(f"same text as another article, stored once: {len(self.same_text)}")
            lines += [f"  {dup}: same text as {kept}" for dup, kept in sorted(self.same_text.items())]
        if self.cache_hits:
            lines.append(f"extraction cache: {self.cache_hits} of {self.articles_read} articles unchanged")
        if self.warnings:
            lines.append(f"warnings: {len(self.warnings)}")
            lines += [f"  {p}" for p in self.warnings]
        return "\n".join(lines)


def _date_str(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def process_article(file: str, text: str, sha256: str, meta: dict[str, Any] | None) -> dict[str, Any]:
    """Extract one article into a JSON-able dict {source, figures, sentences}. Pure: same input, same output."""
    meta = meta or {}
    # Latin-script Kazakh paragraphs are read in Cyrillic; spans and quotes go back to the original characters.
    reading = read_through_cyrillic(text)
    lines, title = content_lines(reading.text)
    sents = sentences(lines)
    # DESIGN §2: source, text, url, inferred, year_only, unknown (`original`: a Latin page's own characters)
    date = document_date(reading.text, sents, meta, reading.original if reading.transliterated else None)
    published, basis = date.date, date.basis
    lang = meta.get("lang") or article_language([s.text for s in sents])
    figures = extract_article(reading.text, date, lang_hint=lang, prepared=(title, sents), url=meta.get("url"))
    restore_original(figures, reading)
    title = restore_title(title, reading)
    source = {
        "source_id": Path(file).stem, "file": file, "sha256": sha256, "title": title,
        "outlet": meta.get("outlet"), "url": meta.get("url"), "lang": lang, "published": _date_str(published),
        "date_basis": basis, "n_chars": len(text),
        "n_figures": sum(1 for f in figures if f.duplicate_of is None),
    }
    records = []
    for f in figures:
        rec = f.as_record()
        rec["duplicate_of"] = f.duplicate_of
        records.append(rec)
    return {"source": source, "figures": records, "sentences": len(sents)}


def _cache_key(sha256: str, meta: dict[str, Any] | None) -> str:
    # (the day the rules read as today is no part of the key: ExtractCache loads only the entries of that day)
    blob = json.dumps({"sha": sha256, "meta": meta or {}, "v": EXTRACTOR_VERSION}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _bind(result: dict[str, Any], file: str) -> dict[str, Any]:
    """A cached extraction with the identity of `file`: the result of the same text under another name (a copy,
    a renamed file, another folder) must not bring that name's source id along. Spans and figures depend only
    on the text and the metadata, which the cache key covers."""
    source = dict(result["source"], source_id=Path(file).stem, file=file)
    return dict(result, source=source)


class ExtractCache:
    """Extraction results of earlier builds, one JSON-lines file per extractor version (a version bump starts
    afresh).

    An entry is found two ways: by the article's resolved path with the same size, modification time, inode and
    metadata (then the file is not even read again, which keeps a rebuild of 10,000 articles with one change
    fast), or by content hash and metadata (a copied, renamed, moved or touched file). Never by file name
    alone: two articles folders with the same names are two sets of entries. Only entries made as of the same
    day (loaders/clock.py) are used: rules bound dates by it. Whatever is found takes the
    identity (file name, source id) of the file being built. New entries are appended, so a rebuild writes
    only what changed; the file is compacted when it holds more stale lines than live ones. A damaged line (an
    interrupted append) is skipped: a cache miss only costs time.
    """

    def __init__(self, directory: Path | None) -> None:
        self.path = Path(directory) / f"extract-{EXTRACTOR_VERSION}.jsonl" if directory else None
        self.today = clock.today().isoformat()  # entries of another day are stale: dropped at the next compaction
        self.entries: dict[str, dict[str, Any]] = {}  # resolved article path → entry
        self.by_key: dict[str, dict[str, Any]] = {}  # content and metadata key → entry
        self.new: list[dict[str, Any]] = []
        self.lines = 0
        if self.path is not None and self.path.exists():
            with open(self.path, encoding="utf-8") as fh:
                for line in fh:
                    self.lines += 1
                    try:
                        entry = json.loads(line)
                        key, where = entry["key"], entry.get("path")
                        if not isinstance(entry["result"]["source"], dict):  # a damaged entry is skipped
                            continue
                        if entry.get("today") != self.today:
                            continue
                    except (ValueError, KeyError, TypeError):
                        continue
                    if isinstance(where, str):  # entries of older builds, keyed by name, are used by content only
                        self.entries[where] = entry
                    self.by_key[key] = entry

    @staticmethod
    def stat_key(path: Path) -> list[int]:
        st = path.stat()
        return [st.st_size, st.st_mtime_ns, st.st_ino]

    def by_stat(self, where: str, stat: list[int], meta: dict[str, Any] | None) -> dict[str, Any] | None:
        entry = self.entries.get(where)
        if entry is not None and entry["stat"] == stat and entry["meta"] == meta:
            return entry
        return None

    def get(self, key: str) -> dict[str, Any] | None:
        entry = self.by_key.get(key)
        return entry["result"] if entry is not None else None

    def put(self, where: str, file: str, stat: list[int], meta: dict[str, Any] | None, key: str, sha: str,
            text: str, warnings: list[InputProblem], result: dict[str, Any]) -> None:
        if self.path is None:
            return
        entry = {"path": where, "file": file, "stat": stat, "meta": meta, "key": key, "sha": sha, "text": text,
                 "today": self.today, "result": result,
                 "warnings": [[w.file, w.line, w.reason, w.kind] for w in warnings]}
        self.entries[where] = entry
        self.by_key[key] = entry
        self.new.append(entry)

    def save(self) -> None:
        if self.path is None or not self.new:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():  # a new extractor version: the files of older versions will never be read again
            for old in self.path.parent.glob("extract-*.jsonl"):
                old.unlink(missing_ok=True)
        live = {id(e): e for e in (*self.entries.values(), *self.by_key.values())}
        if self.lines + len(self.new) > 2 * len(live) + 100:
            lock.atomic_write_text(self.path, "".join(json.dumps(e, ensure_ascii=False) + "\n"
                                                      for e in live.values()))
        else:
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in self.new)
        self.new = []


def _resolved(path: Path, real_dir: str) -> str:
    """str(path.resolve()) of a file directly in the articles folder, whose real path is `real_dir`: only a
    symlinked file needs resolving itself (one lstat instead of one per component of the path)."""
    return str(path.resolve()) if path.is_symlink() else os.path.join(real_dir, path.name)


def _meta_dict(meta: SourceMeta | None) -> dict[str, Any] | None:
    if meta is None:
        return None
    return {"url": meta.url, "outlet": meta.outlet, "published": _date_str(meta.published), "lang": meta.lang}


_PARENT_PID = 0
PR_SET_PDEATHSIG = 1  # linux/prctl.h


_POOL_PROGRAMS: list[Program] = []
PROGRAM_HITS = "program_hits"  # a pool worker's find_programs of the article's title and quotes, for the parent


def _worker_init(parent: int, programs: list[Program] | None = None) -> None:
    """In each pool worker: die with the build. The kernel sends SIGKILL when the parent dies (even by
    SIGKILL), and a parent that died before this line ran is caught by the pid check. Ctrl-C is the parent's
    to handle."""
    global _PARENT_PID, _POOL_PROGRAMS
    _PARENT_PID = parent
    _POOL_PROGRAMS = programs or []
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the pid checks below still stop an orphan at its next job
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.getppid() != parent:
        os._exit(1)


def _process_job(job: tuple[str, str, str, dict[str, Any] | None]) -> dict[str, Any]:
    if _PARENT_PID and os.getppid() != _PARENT_PID:  # orphaned (no parent-death signal on this system)
        os._exit(1)
    try:
        return process_article(*job)
    except Exception as exc:  # a bug in the rules must not stop the build: the article is skipped and reported
        return {EXTRACTOR_FAILED: f"{type(exc).__name__}: {exc}"[:300]}


EXTRACTOR_FAILED = "extractor_failed"


def _process_job_in_pool(job: tuple[str, str, str, dict[str, Any] | None]) -> dict[str, Any]:
    """_process_job, and where the programs are named in the texts assign_programs will search for this
    article (its title and lead, its figures' quotes): that search runs in the workers instead of after them
    (the parent takes it out of the result before anything else sees it)."""
    res = _process_job(job)
    if _POOL_PROGRAMS and EXTRACTOR_FAILED not in res:
        source = res["source"]
        texts = {" ".join(filter(None, [source.get("title") or "", title_and_lead(job[1] or "")]))}
        texts.update(rec.get("quote") or "" for rec in res["figures"])
        res[PROGRAM_HITS] = {text: find_programs(text, _POOL_PROGRAMS) for text in texts}
    return res


def _warm_up_arrow() -> None:
    """The first pyarrow array of a process imports pandas (~0.4 s), which writing the database needs: done
    while the workers extract, instead of after them."""
    import pyarrow

    pyarrow.array([None])


def run(db_path: Path = DEFAULT_DB, articles_dir: Path = DEFAULT_ARTICLES, curated_dir: Path | None = DEFAULT_CURATED,
        progress: Progress | None = None, *, workers: int = 1, cache_dir: Path | None = None,
        wait: float | None = DEFAULT_WAIT, on_wait: OnWait | None = None) -> BuildReport:
    """Rebuild the database; return the report. Raises CuratedError on a bad curated row (nothing written), and
    lock.LockBusy when another process keeps the database folder locked for more than `wait` seconds
    (`on_wait(holder)` is called once when the build starts waiting)."""
    db_path, articles_dir = Path(db_path), Path(articles_dir)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    # One build at a time per database folder: the dashboard's first-start build, a command-line build and the
    # Add/Review pages may race, and a build removes the temporary files of interrupted builds, which must not
    # be a running build's file. The lock dies with its holder (loaders/lock.py).
    # The day rules read as "today" stays the same for the whole build (and keys the extraction cache).
    with lock.exclusive(db_path.parent, wait=wait, on_wait=on_wait), clock.fixed():
        return _run_locked(db_path, articles_dir, curated_dir, progress, workers, cache_dir)


def _extract_in_pool(jobs: Iterable[tuple[str, str, str, dict[str, Any] | None]], expected: int, workers: int,
                     finished: Callable[[tuple[str, str, str, dict[str, Any] | None], dict[str, Any]], None],
                     programs: list[Program] | None = None) -> None:
    """Extract in forked worker processes that die with the build (no orphan outlives a killed build).

    `jobs` may be a generator that reads the articles: the pool takes each chunk as soon as it is read, so the
    workers extract while the rest is still being read (reading 10,000 files is 2 s of CPU, which otherwise ran
    alone before the first extraction). `expected` is about how many jobs it yields (for the chunk size). No
    worker is started when it yields none."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_init, initargs=(os.getpid(), programs))
    try:
        # Small chunks (at most 32 articles, ~0.1 s of work): a worker that finishes early, or runs beside other
        # jobs on a shared machine, takes more, instead of the last of a few large chunks keeping one worker busy
        # while the other waits.
        chunk = max(1, min(32, expected // (workers * 8)))
        todo: list[tuple[str, str, str, dict[str, Any] | None]] = []

        def submitted() -> Iterator[tuple[str, str, str, dict[str, Any] | None]]:
            for job in jobs:
                todo.append(job)
                yield job

        # map() consumes `jobs` before it returns (submitting each chunk as it fills); results come in job order.
        extracted = pool.map(_process_job_in_pool, submitted(), chunksize=chunk)
        # Every worker is forked by now (a fork context starts them all at the first job), so a thread is safe.
        threading.Thread(target=_warm_up_arrow, daemon=True).start()
        for job, res in zip(todo, extracted, strict=True):
            finished(job, res)
    except BaseException:  # Ctrl-C or an error: stop the workers now instead of finishing the queue
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.kill()
        raise
    pool.shutdown(wait=True)


def _run_locked(db_path: Path, articles_dir: Path, curated_dir: Path | None, progress: Progress | None,
                workers: int, cache_dir: Path | None) -> BuildReport:
    report = BuildReport(db_path)
    remove_stale_temporaries(db_path.parent)
    for folder in {db_path.parent, articles_dir, curated_dir, cache_dir} - {None}:  # interrupted atomic writes
        lock.remove_stale_temporaries(folder)
    if not articles_dir.is_dir():
        raise FileNotFoundError(f"{articles_dir}: articles folder does not exist")
    files, problems = list_article_files(articles_dir)
    report.skipped.extend(problems)
    metas: dict[str, SourceMeta] = {}
    sources_csv = articles_dir / "sources.csv"
    if sources_csv.exists():
        metas, csv_problems = read_sources_csv(sources_csv, {f.name for f in files})
        report.warnings.extend(csv_problems)
    curated_rows = read_curated(curated_dir)  # fail early, before any work, on a malformed file
    catalog = curated_catalog(curated_dir)  # metrics/catalog.csv + data/curated/metrics.csv (issue 12)
    metric_ids = {row["metric_id"]: row["kind"] for row in catalog}
    programs = load_programs(curated_dir, metric_ids=metric_ids)  # data/programs.csv + data/curated/programs.csv
    program_hits = ProgramHits(cache_dir, programs)  # where each text names a program, from earlier builds

    cache = ExtractCache(cache_dir)
    texts: dict[str, str] = {}
    results: dict[str, dict[str, Any]] = {}
    pending: dict[str, tuple[str, list[int], str, list[InputProblem]]] = {}
    kept_by_text: dict[str, str] = {}  # hash of the text → the file stored for it (files come in name order)

    def same_text(file: str, text: str) -> bool:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        kept = kept_by_text.setdefault(digest, file)
        if kept != file:
            report.same_text[file] = kept
            return True
        return False

    real_dir = os.path.realpath(articles_dir) if cache.path is not None else ""
    # What the cache knows without reading: (path, metadata, resolved path, stat, entry of an unchanged file).
    listed = []
    for path in files:
        meta = _meta_dict(metas.get(path.name))
        where = _resolved(path, real_dir) if cache.path is not None else ""
        stat = ExtractCache.stat_key(path) if cache.path is not None else []
        entry = cache.by_stat(where, stat, meta) if cache.path is not None else None
        listed.append((path, meta, where, stat, entry))
    to_read = sum(1 for *_, entry in listed if entry is None)

    def jobs() -> Iterator[tuple[str, str, str, dict[str, Any] | None]]:
        """The articles to extract, read one by one in file-name order (the order decides which file of a
        text is stored, and the order of the report's lines); cached results are taken on the way."""
        for path, meta, where, stat, entry in listed:
            if entry is not None:  # unchanged since the last build: not even read
                if same_text(path.name, entry["text"]):
                    continue
                texts[path.name] = entry["text"]
                results[path.name] = _bind(entry["result"], path.name)
                report.warnings.extend(InputProblem(*w) for w in entry["warnings"])
                report.cache_hits += 1
                continue
            try:
                art = read_article(path, articles_dir)
            except ArticleError as exc:
                report.skipped.append(exc.problem)
                continue
            if same_text(art.file, art.text):
                continue
            report.warnings.extend(art.warnings)
            texts[art.file] = art.text
            key = _cache_key(art.sha256, meta)
            hit = cache.get(key)
            if hit is not None:
                results[art.file] = _bind(hit, art.file)
                report.cache_hits += 1
                cache.put(where, art.file, stat, meta, key, art.sha256, art.text, list(art.warnings),
                          results[art.file])
                continue
            pending[art.file] = (where, stat, key, list(art.warnings))
            yield art.file, art.text, art.sha256, meta

    done = total = 0  # total stays 0 until every file has been read (there is at least one article to extract then)

    def start_progress() -> None:
        """Called once every file has been read: the total is what was found in the cache and what is extracted."""
        nonlocal done, total
        done, total = report.cache_hits, report.cache_hits + len(pending)
        if progress:
            progress(done, total, "")

    def finished(job: tuple[str, str, str, dict[str, Any] | None], res: dict[str, Any]) -> None:
        nonlocal done
        if not total:  # the first result from the pool: reading is over
            start_progress()
        if EXTRACTOR_FAILED in res:  # never cached: the next build tries again (the rules may have been fixed)
            report.skipped.append(InputProblem(job[0], None, f"the extractor failed on this article "
                                               f"({res[EXTRACTOR_FAILED]}); please report it", EXTRACTOR_FAILED))
        else:
            program_hits.remember(res.pop(PROGRAM_HITS, None) or {})  # searched by a pool worker
            results[job[0]] = res
            where, stat, key, warnings = pending[job[0]]
            cache.put(where, job[0], stat, job[3], key, job[2], job[1], warnings, res)
        done += 1
        if progress:
            progress(done, total, job[0])

    if workers > 1 and to_read >= POOL_MIN_ARTICLES:
        _extract_in_pool(jobs(), to_read, workers, finished, programs)
    else:
        todo = list(jobs())
        start_progress()
        for job in todo:
            finished(job, _process_job(job))
    cache.save()

    sources_rows, observations = assemble(results, texts)
    report.articles_read = len(sources_rows)
    report.sentences = sum(r["sentences"] for r in results.values())

    by_file = {s["file"]: s for s in sources_rows}
    if report.same_text:  # a curated row may cite either file of a text stored once: it applies to the stored one
        curated_rows = [CuratedRow(r.csv_file, r.line, dict(r.fields, file=report.same_text[r.get("file")]))
                        if r.get("file") in report.same_text else r for r in curated_rows]
    added, report.curated_applied = apply_curated(curated_rows, observations, by_file, metric_ids,
                                                  next_id=len(observations) + 1,
                                                  program_ids={p.program_id for p in programs})
    observations.extend(added)
    assign_programs(observations, sources_rows, programs, program_hits.hits)  # issue 12: each figure's program
    program_hits.save()
    live = Counter(o["source_id"] for o in observations if o["status"] != "rejected")
    for s in sources_rows:  # one pass over the observations, not one per article (quadratic at 10,000)
        s["n_figures"] = live[s["source_id"]]

    write_database(db_path, sources_rows, observations, catalog)
    report.figures = len(observations)
    for o in observations:
        if o["status"] == "accepted":
            report.accepted += 1
            report.per_metric[o["metric_id"]] += 1
        elif o["status"] == "candidate":
            report.candidates += 1
        else:
            report.rejected += 1
    return report


def assemble(results: dict[str, dict[str, Any]], texts: dict[str, str]) -> tuple[list[dict[str, Any]],
                                                                               list[dict[str, Any]]]:
    """Source rows and numbered observation rows, in file-name order (stable obs_id for a given input)."""
    sources_rows: list[dict[str, Any]] = []
    observations: list[dict[str, Any]] = []
    for file in sorted(results):
        res = results[file]
        src = dict(res["source"], text=texts[file])
        src["published"] = dt.date.fromisoformat(src["published"]) if src["published"] else None
        sources_rows.append(src)
        first_id = len(observations) + 1
        for rec in res["figures"]:
            dup = rec.get("duplicate_of")
            status = "rejected" if dup is not None else (
                "accepted" if rec["metric"] and not rec.get("planned") else "candidate")
            observations.append({
                "obs_id": len(observations) + 1, "source_id": src["source_id"], "file": file,
                "metric_id": rec["metric"], "value": rec["value"], "qualifier": rec["qualifier"],
                "unit": rec["unit"], "noun": rec["noun"],
                "period_start": dt.date.fromisoformat(rec["period_start"]) if rec["period_start"] else None,
                "period_end": dt.date.fromisoformat(rec["period_end"]) if rec["period_end"] else None,
                "period_kind": rec["period_kind"], "period_basis": rec["period_basis"], "area": rec["area"],
                "quote": rec["quote"], "span_start": rec["start"], "span_end": rec["end"],
                "figure_text": rec["text"], "lang": rec["lang"], "method": "rule", "status": status,
                "status_reason": f"repeats obs {first_id + dup}" if dup is not None else (
                    "a plan or target, not a measurement" if rec.get("planned") else None),
                "duplicate_of": first_id + dup if dup is not None else None,
                "extractor_version": EXTRACTOR_VERSION,
            })
    return sources_rows, observations


def build_database(db_path: Path, articles_dir: Path, curated_dir: Path | None = None,
                   progress: Progress | None = None, *, wait: float | None = DEFAULT_WAIT,
                   on_wait: OnWait | None = None) -> BuildReport:
    """The dashboard's entry point: like run(), with curated rows taken from the `curated` folder next to
    the articles folder when `curated_dir` is not given (data/articles → data/curated)."""
    if curated_dir is None:
        curated_dir = Path(articles_dir).parent / "curated"
    return run(db_path, articles_dir, curated_dir, progress, wait=wait, on_wait=on_wait)
