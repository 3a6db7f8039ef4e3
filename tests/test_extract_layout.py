"""The extractor's layout (issue 9, Deliver 7): one module per stage, each listed in loaders/extract/__init__.py's
table with what it decides, imported in one direction — a stage imports, at module level, only stages listed above
it. A module added without a line in the table, or an import that points down the pipeline (the start of an import
cycle), fails here, so the table a newcomer reads stays true. Imports inside a function (lazy ones) are not
checked: they run after every module is loaded."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import loaders.extract

PACKAGE = Path(loaders.extract.__file__).resolve().parent


def _stages() -> list[str]:
    """The stage names in the order of the package docstring's table ("tokens, patterns" is one row)."""
    doc = loaders.extract.__doc__ or ""
    names: list[str] = []
    for line in doc.splitlines():
        m = re.match(r"    ([a-z_]+(?:, [a-z_]+)*)\s{2,}\S", line)
        if m:
            names += m.group(1).split(", ")
    return names


def _modules() -> dict[str, list[Path]]:
    """Each stage's files: a module, or a subpackage's modules together."""
    found = {p.stem: [p] for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    for sub in PACKAGE.iterdir():
        if sub.is_dir() and (sub / "__init__.py").exists():
            found[sub.name] = sorted(sub.glob("*.py"))
    return found


def _stage_imports(files: list[Path]) -> set[str]:
    """The stages of loaders.extract that these files import at module level."""
    out: set[str] = set()
    for path in files:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[:2] == ["loaders", "extract"]:
                    out |= {parts[2]} if len(parts) > 2 else {a.name for a in node.names}
            elif isinstance(node, ast.Import):
                out |= {a.name.split(".")[2] for a in node.names if a.name.startswith("loaders.extract.")}
    return out


def test_every_module_is_listed_once() -> None:
    stages = _stages()
    assert len(stages) == len(set(stages)), stages
    assert sorted(stages) == sorted(_modules()), (
        "loaders/extract/__init__.py's table and the package's modules differ: "
        f"unlisted {sorted(set(_modules()) - set(stages))}, listed but absent {sorted(set(stages) - set(_modules()))}")


def test_stages_import_only_earlier_stages() -> None:
    stages = _stages()
    order = {name: i for i, name in enumerate(stages)}
    wrong = []
    for name, files in _modules().items():
        for used in _stage_imports(files) - {name}:
            if order[used] > order[name]:
                wrong.append(f"{name} imports {used}, a later stage")
    assert wrong == []


def test_every_module_says_what_it_decides() -> None:
    for files in _modules().values():
        for path in files:
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
            assert doc and len(doc) > 40, f"{path.relative_to(PACKAGE.parent.parent)} has no module docstring"


def test_an_import_down_the_pipeline_would_fail(tmp_path: Path) -> None:
    """The check itself can fail: a file of an early stage importing a late one is reported."""
    early = tmp_path / "numbers.py"
    early.write_text("from loaders.extract.article import extract_article\n", encoding="utf-8")
    assert _stage_imports([early]) == {"article"}
    order = {name: i for i, name in enumerate(_stages())}
    assert order["article"] > order["numbers"]
