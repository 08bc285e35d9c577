"""The house rules of the package: no import circles, no Qt in core, small folders, purposes."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "revmentor_desktop"
MAX_MODULES_PER_FOLDER = 15


def _modules() -> dict[str, Path]:
    """Every hand-written module by dotted name (the generated forms are left out)."""
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.relative_to(PACKAGE).parts:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


MODULES = _modules()


def _imported(node: ast.AST, module: str, is_package: bool) -> set[str]:
    """Dotted names a module imports, at any depth (inside functions too), but not in a
    TYPE_CHECKING block, which never runs."""
    if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
        return set().union(*(_imported(n, module, is_package) for n in node.orelse))
    found: set[str] = set()
    if isinstance(node, ast.Import):
        found.update(alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".")[: None if is_package else -1]
            base = base[: len(base) - node.level + 1]
            source = ".".join([*base, *([node.module] if node.module else [])])
        else:
            source = node.module or ""
        found.add(source)
        # `from package import module` imports that module; `from module import name` does not.
        found.update(f"{source}.{alias.name}" for alias in node.names)
    for child in ast.iter_child_nodes(node):
        found |= _imported(child, module, is_package)
    return found


def _graph() -> dict[str, set[str]]:
    graph = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = _imported(tree, name, path.name == "__init__.py")
        graph[name] = {other for other in imported if other in MODULES and other != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import circle once, as the path that closes it (depth-first, colouring nodes)."""
    state: dict[str, str] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return cycles


def test_no_module_takes_part_in_an_import_circle():
    assert _cycles(_graph()) == []


def test_the_circle_finder_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c", "a"]]


def test_core_never_imports_qt_or_the_gui():
    graph_core = {
        name: {
            imported
            for imported in _imported(ast.parse(path.read_text(encoding="utf-8")), name, False)
            if imported.startswith(("PySide6", "PyQt", "revmentor_desktop.gui"))
        }
        for name, path in MODULES.items()
        if name.startswith("revmentor_desktop.core")
    }
    assert {name: found for name, found in graph_core.items() if found} == {}


def test_no_folder_has_outgrown_itself():
    per_folder = Counter(
        path.parent.relative_to(PACKAGE.parent).as_posix()
        for path in MODULES.values()
        if path.name != "__init__.py"
    )
    crowded = {folder: n for folder, n in per_folder.items() if n > MAX_MODULES_PER_FOLDER}
    assert crowded == {}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_opens_with_its_purpose(name):
    docstring = ast.get_docstring(ast.parse(MODULES[name].read_text(encoding="utf-8")))
    assert docstring and docstring.splitlines()[0].strip(), f"{name} does not say what it is for"
