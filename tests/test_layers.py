"""The layering rules: Qt only in counter_app/ui, SQL only in counter_app/store and provincial_server/store,
the desk never imports the server, a docstring per module."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "counter_app"
SERVER = PACKAGE.parent / "provincial_server"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I)


def modules():
    return sorted(PACKAGE.rglob("*.py"))


def test_only_the_ui_imports_qt():
    offenders = []
    for path in modules():
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        if any(n.split(".")[0] == "PySide6" for n in imported(path)):
            offenders.append(str(path))
    assert offenders == []


def test_sql_lives_only_in_the_store():
    offenders = []
    for path in modules():
        if path.relative_to(PACKAGE).parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{path}:{node.lineno}")
    assert offenders == []


def imported(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    return names


def test_the_server_keeps_its_sql_in_its_store_and_the_desk_never_imports_the_server():
    offenders = []
    for path in sorted(SERVER.rglob("*.py")):
        if path.relative_to(SERVER).parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{path}:{node.lineno}")
    offenders += [str(p) for p in modules() if any(n.startswith("provincial_server") for n in imported(p))]
    assert offenders == []


def test_every_module_says_what_it_is_for():
    files = modules() + sorted(SERVER.rglob("*.py"))
    missing = [str(p) for p in files if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert missing == []
