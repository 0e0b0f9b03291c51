"""The layering rules: Qt only in counter_app/ui, SQL only in counter_app/store, a docstring per module."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "counter_app"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I)


def modules():
    return sorted(PACKAGE.rglob("*.py"))


def test_only_the_ui_imports_qt():
    offenders = []
    for path in modules():
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(n.split(".")[0] == "PySide6" for n in names):
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


def test_every_module_says_what_it_is_for():
    missing = [str(p) for p in modules() if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert missing == []
