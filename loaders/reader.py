"""Read article files robustly: find them, decode them, and explain every file that cannot be used.

Analysts drop whatever they copied into ``data/articles/``: UTF-8 from a browser, cp1251 from an old
Windows editor, UTF-16 from Notepad, a PDF renamed to ``.txt``, a 50 MB log, a symlink to their home
folder. The build must load every good article and name every bad one with a reason a person can act
on, never a traceback. This module is that boundary: everything after it sees clean ``str`` text.

Rules (DESIGN §2):

* Only ``*.txt`` files directly in the articles folder are articles; hidden files are ignored.
* Decoding is never lossy. A byte-order mark decides first, then strict UTF-8, then a charset_normalizer
  guess that is accepted only for Cyrillic (or Western, for English) single-byte encodings whose decoded
  words look like real Russian, Kazakh or English. Anything else is refused, not "replaced".
* The decoded text is changed in exactly two ways: the BOM is dropped and line endings become ``\\n``.
  The extractor stores character offsets into this text as provenance, so nothing else may move.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

#: Default size limit. A long news article is ~100 KB; 20 MB is 200 of them in one file, which is a
#: dump or a log, not an article, and would keep the extractor busy for minutes.
DEFAULT_MAX_BYTES = 20_000_000

# BOMs in the order they must be tested: the UTF-32 LE mark starts with the UTF-16 LE mark.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Encodings a guess may land on. Cyrillic ones are what Russian/Kazakh sites and Windows editors
# produce; Western ones cover English text with "smart quotes" saved by Word.
_CYRILLIC_ENCODINGS = frozenset(
    {"cp1251", "koi8-r", "koi8-u", "kz1048", "ptcp154", "cp866", "cp1125", "iso8859-5", "mac-cyrillic"}
)
_WESTERN_ENCODINGS = frozenset({"cp1252", "cp1250", "iso8859-1", "iso8859-15"})
_ACCEPTED_GUESSES = _CYRILLIC_ENCODINGS | _WESTERN_ENCODINGS
_FALLBACK_GUESSES = ("cp1251", "kz1048", "koi8-r", "cp1252", "cp866", "mac-cyrillic", "iso8859-5")
# Names reported in preference when they decode the same bytes identically (a guess may say cp1125
# or kz1048 for plain Russian; the user recognises cp866 or cp1251).
_COMMON_ENCODINGS = ("cp1251", "cp1252", "koi8-r", "cp866")

# Letters that occur in Russian, Kazakh and English news. A wrong guess shows up as words made of
# other letters (Serbian Ќ in Kazakh text read as cp1251, Thai, Greek) or of mixed scripts.
_CYRILLIC_LETTERS = frozenset(
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘәҒғҚқҢңӨөҰұҮүҺһІіЄєЇїЎў"
)
_LATIN1_LETTERS = frozenset(chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷")
_WORD = re.compile(r"[^\W\d_]+")
# Zero-width spaces and a stray BOM are invisible, so a file of them is as blank as whitespace.
_VISIBLE = re.compile(r"[^\s\u200b\u2060\ufeff]")
_ONE_LETTER_WORDS = frozenset("вксоуиаяжбВКСОУИАЯЖБ")
_CYRILLIC_WORD = re.compile(r"[А-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_CAPITAL_AFTER_SMALL = re.compile(r"[а-яёәғқңөұүһі][А-ЯЁӘҒҚҢӨҰҮҺІ]")
_GUESS_SAMPLE_CHARS = 256_000  # enough to judge a guess; scoring a 20 MB file fully is wasted time

# Bytes that never occur in text (C0 controls other than tab, newlines, form feed; DEL).
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_RATIO = 0.05  # random/compressed data has ~10 %; real text has ~0

# A few signatures, so "binary file" can say what the file probably is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Word/Excel document"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)


@dataclass(frozen=True)
class InputProblem:
    """One skipped file or row (or a non-fatal note about one), worded for the build report."""

    file: str
    line: int | None
    reason: str
    kind: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.reason}"


class ArticleError(Exception):
    """An article that cannot be used; ``str(error)`` is the report line."""

    def __init__(self, problem: InputProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class ArticleText:
    """A decoded article. ``text`` is what offsets (provenance spans) refer to."""

    file: str
    text: str
    sha256: str
    encoding: str
    warnings: tuple[InputProblem, ...] = ()


# --------------------------------------------------------------------------------------------------
# Listing


def list_article_files(articles_dir: Path) -> tuple[list[Path], list[InputProblem]]:
    """The ``*.txt`` articles directly in ``articles_dir`` sorted by name, and the entries skipped.

    The suffix is matched case-insensitively (``NEWS.TXT`` from Windows is an article too). Hidden
    files (editor backups, ``.DS_Store``) and other suffixes (``sources.csv``) are ignored silently.
    A missing or unreadable folder is reported as one problem rather than raised, so the caller
    decides whether that fails the build.
    """
    try:
        with os.scandir(articles_dir) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except FileNotFoundError:
        return [], [_problem(str(articles_dir), "articles folder does not exist", "missing_dir")]
    except NotADirectoryError:
        return [], [_problem(str(articles_dir), "articles folder is not a folder", "missing_dir")]
    except OSError as exc:
        return [], [
            _problem(str(articles_dir), f"cannot list articles folder: {_os_reason(exc)}", "unreadable")
        ]

    files: list[Path] = []
    problems: list[InputProblem] = []
    for entry in entries:
        if entry.name.startswith(".") or not entry.name.lower().endswith(".txt"):
            continue
        path = articles_dir / entry.name
        # The common case costs no extra system call: a regular file (not a symlink) with a UTF-8 name.
        if entry.is_file(follow_symlinks=False) and _utf8_name(entry.name):
            files.append(path)
            continue
        problem = _entry_problem(path, articles_dir)
        if problem is None:
            files.append(path)
        else:
            problems.append(problem)
    return files, problems


def _utf8_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _entry_problem(path: Path, articles_dir: Path) -> InputProblem | None:
    """Why ``path`` cannot be an article (name, symlink target, file type), or None if it can."""
    name = _display_name(path, articles_dir)
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        # Undecodable bytes in a file name would break printing, the database and the dashboard.
        return _problem(name, "file name is not valid UTF-8; rename the file", "bad_name")
    problem = _symlink_problem(path, articles_dir, name)
    if problem is not None:
        return problem
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return _problem(name, f"cannot inspect file: {_os_reason(exc)}", "unreadable")
    return _file_type_problem(mode, name)


def _symlink_problem(path: Path, articles_dir: Path, name: str) -> InputProblem | None:
    """Symlinks may point inside the articles folder only: a link out could publish any file."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return _problem(
            name, f"broken symlink (target {os.readlink(path)!s} does not exist)", "broken_symlink"
        )
    except (OSError, RuntimeError):  # RuntimeError: symlink loop on Python 3.11
        return _problem(name, "symlink cannot be resolved (loop?)", "broken_symlink")
    root = articles_dir.resolve()
    if not target.is_relative_to(root):
        return _problem(
            name, f"symlink points outside the articles folder (to {target}); not read", "symlink_outside"
        )
    return None


def _file_type_problem(mode: int, name: str) -> InputProblem | None:
    if stat.S_ISREG(mode):
        return None
    what = "a directory" if stat.S_ISDIR(mode) else "not a regular file (device, pipe or socket)"
    return _problem(name, f"{what}, not an article file", "not_a_file")


# --------------------------------------------------------------------------------------------------
# Reading


def read_article(path: Path, articles_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleText:
    """Read and decode one article, or raise :class:`ArticleError` saying why it cannot be used."""
    name = _display_name(path, articles_dir)
    problem = _symlink_problem(path, articles_dir, name)
    if problem is not None:
        raise ArticleError(problem)
    raw = _read_bytes(path, name, max_bytes)
    text, encoding, warnings = _decode(raw, name)
    text, ending_warning = _normalize_newlines(text, name)
    if ending_warning is not None:
        warnings.append(ending_warning)
    _check_content(text, raw, name, warnings)
    return ArticleText(
        file=name,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    """The file's bytes, after checking on the open descriptor that it is a regular file of sane size.

    The type and size are checked on the descriptor (fstat), not the path, so a file swapped between
    listing and reading cannot slip through; O_NONBLOCK keeps a named pipe from hanging the build.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ArticleError(_open_problem(exc, name)) from None
    try:
        info = os.fstat(fd)
        type_problem = _file_type_problem(info.st_mode, name)
        if type_problem is not None:
            raise ArticleError(type_problem)
        if info.st_size > max_bytes:
            raise ArticleError(_too_large(name, info.st_size, max_bytes))
        handle = os.fdopen(fd, "rb")  # checked first: fdopen itself refuses a directory with a traceback
    except BaseException:
        os.close(fd)
        raise
    with handle:
        try:
            # Read one byte past the limit: a file still growing must not be read without bound.
            # Sized by fstat so a 4 KB article does not allocate the whole limit; a file still growing is
            # read on, up to the limit.
            raw = handle.read(min(info.st_size, max_bytes) + 1)
            if len(raw) > info.st_size:
                raw += handle.read(max_bytes + 1 - len(raw))
        except OSError as exc:
            raise ArticleError(_problem(name, f"cannot read file: {_os_reason(exc)}", "unreadable")) from None
    if len(raw) > max_bytes:
        raise ArticleError(_too_large(name, len(raw), max_bytes))
    return raw


def _open_problem(exc: OSError, name: str) -> InputProblem:
    if exc.errno in (errno.EISDIR,):
        return _problem(name, "a directory, not an article file", "not_a_file")
    if isinstance(exc, PermissionError):
        return _problem(name, "permission denied; cannot read file", "unreadable")
    if isinstance(exc, FileNotFoundError):
        return _problem(name, "file disappeared before it could be read", "unreadable")
    return _problem(name, f"cannot open file: {_os_reason(exc)}", "unreadable")


def _too_large(name: str, size: int, max_bytes: int) -> InputProblem:
    return _problem(
        name,
        f"file too large ({_megabytes(size)}, limit {_megabytes(max_bytes)}); an article is rarely over 1 MB",
        "too_large",
    )


# --------------------------------------------------------------------------------------------------
# Decoding


def _decode(raw: bytes, name: str) -> tuple[str, str, list[InputProblem]]:
    """Decoded text (BOM removed), the encoding's name, and notes about how it was decoded."""
    if not raw:
        raise ArticleError(_problem(name, "empty file (0 bytes)", "empty"))
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode_with_bom(raw, encoding, name), encoding, []
    _check_binary(raw, name)
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    encoding, text = _guess_single_byte(raw, name, utf8_error)
    note = _problem(name, f"not UTF-8; decoded as {encoding}", "encoding_guess")
    return text, encoding, [note]


def _decode_with_bom(raw: bytes, encoding: str, name: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleError(
            _problem(
                name,
                f"has a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}",
                "encoding",
                line,
            )
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ArticleError(_problem(name, f"binary file (NUL character at line {line})", "binary", line))
    return text


def _check_binary(raw: bytes, name: str) -> None:
    """Refuse bytes that are not text: NUL bytes, or many control bytes (images, archives, random data)."""
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw[:nul].count(b"\n") + 1
        raise ArticleError(_problem(name, _binary_reason(raw, f"NUL bytes at line {line}"), "binary", line))
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_RATIO * len(raw):
        share = f"{100 * controls / len(raw):.0f}% control bytes"
        raise ArticleError(_problem(name, _binary_reason(raw, f"mostly non-text bytes, {share}"), "binary"))


def _binary_reason(raw: bytes, detail: str) -> str:
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return f"binary file, looks like {what} ({detail})"
    if _looks_like_utf16_without_bom(raw):
        return f"binary file ({detail}); looks like UTF-16 without a byte-order mark, save it as UTF-8"
    return f"binary file ({detail})"


def _looks_like_utf16_without_bom(raw: bytes) -> bool:
    # ASCII-heavy UTF-16 has a NUL in every other byte, all on the same side.
    sample = raw[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return len(sample) >= 8 and max(even, odd) > 0.3 * len(sample) / 2 and min(even, odd) == 0


def _guess_single_byte(raw: bytes, name: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """Use charset_normalizer's candidates, accept only a plausible Cyrillic/Western decoding."""
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 files need it

    bad_line = raw[: utf8_error.start].count(b"\n") + 1
    matches = list(from_bytes(raw))
    candidates = [codecs.lookup(m.encoding).name for m in matches]
    # charset_normalizer's ranking first; then the usual suspects, because on a short text it may
    # rank only non-Cyrillic codecs (a koi8-r sentence "looks like" shift_jis to it).
    accepted = [c for c in dict.fromkeys([*candidates, *_FALLBACK_GUESSES]) if c in _ACCEPTED_GUESSES]
    best: tuple[int, int, str, str] | None = None  # (bad words, rank, encoding, text)
    for rank, encoding in enumerate(accepted):
        try:
            text = raw.decode(encoding)  # strict: a guess that needs replacement characters is wrong
        except UnicodeDecodeError:
            continue
        bad, total = _implausible_words(text[:_GUESS_SAMPLE_CHARS])
        if not _has_letters(text) or bad * 20 > total:  # at most 5 % odd words
            continue
        if best is None or (bad, rank) < best[:2]:
            best = (bad, rank, encoding, text)
    if best is not None:
        return _common_name(raw, best[2], best[3]), best[3]
    looks = f"; looks like {candidates[0]}, which is not accepted" if candidates else ""
    raise ArticleError(
        _problem(
            name,
            f"not UTF-8 (invalid byte 0x{raw[utf8_error.start]:02x} at line {bad_line}) and not a "
            f"recognisable Cyrillic encoding{looks}; save the file as UTF-8",
            "encoding",
            bad_line,
        )
    )


def _common_name(raw: bytes, encoding: str, text: str) -> str:
    """Name the everyday encoding when it decodes the same: ASCII + "–" is cp1252, not cp1250."""
    # Text without Cyrillic is English: call it cp1252 even if cp1251 maps its quotes and dashes alike.
    commons = _COMMON_ENCODINGS if _CYRILLIC_WORD.search(text) else ("cp1252",)
    for common in commons:
        if common != encoding:
            try:
                if raw.decode(common) == text:
                    return common
            except UnicodeDecodeError:
                continue
    return encoding


def _implausible_words(text: str) -> tuple[int, int]:
    """(implausible, total) among words with non-ASCII letters, for judging an encoding guess."""
    bad = total = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if not word.isascii():
            total += 1
            bad += _implausible_word(word)
    return bad, total


def _implausible_word(word: str) -> bool:
    """True for words that a wrong single-byte guess produces and real ru/kk/en text does not.

    A letter outside the Russian/Kazakh/Latin alphabets (Serbian Ќ: Kazakh kz1048 read as cp1251);
    Cyrillic and Latin in one word ("cafй": cp1252 read as cp1251); a Latin word mostly of accented
    letters ("Êàçàõ": cp1251 read as cp1252); a capital after a small letter ("вНКНМРЕП": koi8-r read
    as cp1251 swaps case); a lone Cyrillic letter that is not a Russian one-letter word ("Ц": an
    en dash read as cp866).
    """
    cyrillic = sum(ch in _CYRILLIC_LETTERS for ch in word)
    latin1 = sum(ch in _LATIN1_LETTERS for ch in word)
    ascii_letters = sum(ch.isascii() for ch in word)
    if cyrillic + latin1 + ascii_letters < len(word):
        return True
    if cyrillic and (latin1 or ascii_letters):
        return True
    if not cyrillic:
        return len(word) >= 3 and latin1 * 2 > len(word)
    if len(word) == 1:
        return word not in _ONE_LETTER_WORDS
    return _CAPITAL_AFTER_SMALL.search(word) is not None


# --------------------------------------------------------------------------------------------------
# Normalizing and checking the decoded text


def _normalize_newlines(text: str, name: str) -> tuple[str, InputProblem | None]:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; a note only when styles were mixed.

    Uniform CRLF (any Windows editor) is normal and not worth a note; a mix means pasted pieces.
    """
    if "\r" not in text:
        return text, None
    crlf = text.count("\r\n")
    counts = {"CRLF": crlf, "LF": text.count("\n") - crlf, "CR": text.count("\r") - crlf}
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    present = {label: count for label, count in counts.items() if count}
    if len(present) < 2:
        return normalized, None
    summary = ", ".join(f"{label} ×{count}" for label, count in present.items())
    return normalized, _problem(name, f"mixed line endings ({summary}) normalized to LF", "line_endings")


def _check_content(text: str, raw: bytes, name: str, warnings: list[InputProblem]) -> None:
    """Refuse text with nothing in it; note text with no letters (no figure can be stated there)."""
    if _VISIBLE.search(text) is None:
        raise ArticleError(_problem(name, f"only whitespace ({len(raw)} bytes), no text", "empty"))
    if not _has_letters(text):
        warnings.append(
            _problem(
                name,
                "no letters at all (only digits, punctuation or symbols); no figures can be found",
                "no_text",
            )
        )


def _has_letters(text: str) -> bool:
    return _WORD.search(text) is not None


# --------------------------------------------------------------------------------------------------
# Small helpers


def _problem(file: str, reason: str, kind: str, line: int | None = None) -> InputProblem:
    return InputProblem(file=file, line=line, reason=reason, kind=kind)


def _display_name(path: Path, articles_dir: Path) -> str:
    """The path relative to the articles folder, printable even if the name holds undecodable bytes."""
    try:
        relative = path.relative_to(articles_dir).as_posix()
    except ValueError:
        try:
            relative = path.absolute().relative_to(articles_dir.absolute()).as_posix()
        except ValueError:
            relative = str(path)
    return os.fsencode(relative).decode("utf-8", "backslashreplace")


def _os_reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
