"""The package's layers import only downward; the line modules stand alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsparse"

#: What each bottom layer may import from newsparse.
BOTTOM = {
    "_types": set(),
    "_grammar": set(),
    "errors": set(),
    "_tables": {"newsparse._types"},
}

#: One line kind each: none may import another.
LINE_MODULES = ("headline", "dateline", "byline", "caption", "contributors")


def newsparse_imports(path: Path) -> set[str]:
    """The newsparse modules that the file at ``path`` imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsparse"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsparse"):
            found.add(node.module or "")
    return found


def module_files(name: str) -> list[Path]:
    """The source files of module or subpackage ``name``."""
    target = PACKAGE / name
    return sorted(target.glob("*.py")) if target.is_dir() else [target.with_suffix(".py")]


@pytest.mark.parametrize("layer", sorted(BOTTOM))
def test_bottom_layers_import_nothing_above(layer: str) -> None:
    """Types, grammar pieces, errors and data tables import nothing above themselves."""
    for path in module_files(layer):
        allowed = BOTTOM[layer] | {f"newsparse.{layer}"}
        extra = {m for m in newsparse_imports(path) if not any(m.startswith(a) for a in allowed)}
        assert not extra, f"{path.name} imports {sorted(extra)}"


@pytest.mark.parametrize("module", LINE_MODULES)
def test_line_modules_do_not_import_each_other(module: str) -> None:
    """A line parser never depends on another line parser."""
    path = PACKAGE / f"{module}.py"
    if not path.exists():
        pytest.fail(f"{path} is missing")
    others = {f"newsparse.{m}" for m in LINE_MODULES if m != module}
    assert not newsparse_imports(path) & others


#: Export modules: they read whole stories, so nothing below them imports them at load time.
EXPORT_MODULES = ("nitf", "jsonld", "schema")


@pytest.mark.parametrize("module", EXPORT_MODULES)
def test_export_modules_stay_on_top(module: str) -> None:
    """Only the CLI imports an export module at the top; ``Article`` defers its imports."""
    for path in sorted(PACKAGE.glob("*.py")):
        if path.stem in {"cli", module}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {
            node.module
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.module is not None
        }
        assert f"newsparse.{module}" not in top, f"{path.name} imports newsparse.{module}"
