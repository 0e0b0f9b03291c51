"""The layering rules: the import contracts of .importlinter (ui over services over sync, reports and printing, over
the store; the window reaches the store and the sync only through services; the shared core alone; the server never
imports the desk; Qt only in the window; no cycles), SQL only in the stores, a docstring at the top of every
module."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = [ROOT / "counter_core", ROOT / "counter_app", ROOT / "provincial_server"]
STORES = [ROOT / "counter_app" / "store", ROOT / "provincial_server" / "store"]
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I)


def modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in package.rglob("*.py"))


def test_the_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_sql_lives_only_in_the_stores():
    offenders = []
    for path in modules():
        if any(store in path.parents for store in STORES):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_every_module_says_what_it_is_for():
    missing = [str(p.relative_to(ROOT)) for p in modules() if not ast.get_docstring(ast.parse(p.read_text("utf-8")))]
    assert missing == []


def test_the_package_root_holds_only_its_entry_points():
    """A newcomer finds the room of any line from the folder names: no loose modules beside the folders."""
    loose = {p.name for p in (ROOT / "counter_app").glob("*.py")} | {
        p.name for p in (ROOT / "counter_core").glob("*.py")
    }
    assert loose == {"__init__.py", "__main__.py", "protocol.py"}
