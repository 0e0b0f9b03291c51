"""The catalog of error texts stays honest: lupdate extracts every code's English source from the Qt-free marker,
every code has a finished Vietnamese text with the same {placeholders}, every raise site gives the parameters its
text names, and a text survives the wire."""

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from counter_core.foundation import messages
from counter_core.foundation.errors import InvalidInput, NotFound
from counter_core.foundation.messages import AREAS, Faults, text_from_json
from counter_core.foundation.texts import Text, placeholders
from counter_core.foundation.translations import catalog, translator

ROOT = Path(__file__).resolve().parents[1]
MEMBERS = [member for area in AREAS for member in area]
MESSAGES_DIR = Path(messages.__file__).parent
# Keyword arguments of error classes that are not parameters of their text.
OPTIONS = {"retry", "server_code"}


def test_lupdate_extracts_exactly_the_codes_from_the_qt_free_marker(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run(
        [str(lupdate), *map(str, sorted(MESSAGES_DIR.glob("*.py"))), "-ts", str(fresh), "-silent"], check=True
    )
    extracted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    assert extracted == {(m.context, m.source) for m in MEMBERS}


def test_every_code_has_an_english_and_a_finished_vietnamese_text_with_the_same_placeholders():
    vietnamese = catalog("vi")
    for member in MEMBERS:
        assert member.context == type(member).__name__, member  # the code's area is its Linguist context
        assert member.source.strip(), member
        translated = vietnamese.get((member.context, member.source))
        assert translated, f"{member.code} has no finished Vietnamese text"
        assert placeholders(translated) == member.placeholders(), member.code
    assert len({m.code for m in MEMBERS}) == len(MEMBERS)


def test_the_catalog_holds_nothing_but_the_codes():
    held = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ROOT / "counter_core/resources/translations/core_vi.ts").getroot().iter("context")
        for m in c.iter("message")
    }
    assert held == {(m.context, m.source) for m in MEMBERS}


def _message_calls():
    """(file, line, member, keyword names) of every construction (a class called) naming a code, across the three
    packages."""
    areas = {area.__name__: area for area in AREAS}
    for package in ("counter_core", "counter_app", "provincial_server"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or any(k.arg is None for k in node.keywords):
                    continue
                callee = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if not callee[:1].isupper():  # an error or a Text made with its parameters, not a code handed on
                    continue
                for arg in node.args:
                    if (
                        isinstance(arg, ast.Attribute)
                        and isinstance(arg.value, ast.Name)
                        and arg.value.id in areas
                        and arg.attr in areas[arg.value.id].__members__
                    ):
                        member = areas[arg.value.id][arg.attr]
                        yield path.relative_to(ROOT), node.lineno, member, {k.arg for k in node.keywords} - OPTIONS


def test_message_areas_are_imported_under_their_own_names():
    """The check below finds a code by its area's name: ``from … import Catalogs as C`` would hide it."""
    aliased = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for package in ("counter_core", "counter_app", "provincial_server")
        for path in sorted((ROOT / package).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("counter_core.foundation.messages")
        and any(alias.asname for alias in node.names)
    ]
    assert aliased == []


def test_every_raise_site_gives_the_parameters_its_text_names():
    wrong = [
        f"{path}:{line} {member.code}: gives {sorted(given)}, the text names {sorted(member.placeholders())}"
        for path, line, member, given in _message_calls()
        if given != member.placeholders()
    ]
    assert wrong == []


VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
# Keys under which a function hands a person's message back in a dict rather than raising it.
SAID_KEYS = {"reason", "message", "error", "warning", "problem"}


def _trees():
    for package in ("counter_core", "counter_app", "provincial_server"):
        for path in sorted((ROOT / package).rglob("*.py")):
            yield path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"))


def _callee(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")


def _coded_classes(trees) -> set[str]:
    """The errors that carry a code (CounterError and every subclass, wherever defined), Problem and Text."""
    coded = {"CounterError", "Problem", "Text"}
    classes = [n for _, tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(getattr(b, "id", getattr(b, "attr", "")) in coded for b in c.bases)}
        if more <= coded:
            return coded
        coded |= more


def _prose(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _vietnamese(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and VIETNAMESE.search(n.value) for n in ast.walk(node)
    )


def test_no_error_a_person_can_meet_is_written_as_prose():
    """A sentence in the code would reach the English window, the wire and scripts in one language and with no code:
    a coded error is made from a code (InvalidInput's first argument is its field), Vietnamese words go in no
    parameter, no other exception and no message handed back in a dict."""
    trees = list(_trees())
    coded = _coded_classes(trees)
    prose = []
    for path, tree in trees:
        for node in ast.walk(tree):
            where = f"{path}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Call) and _callee(node) in coded:
                said = node.args[1:] if _callee(node) in {"InvalidInput"} else node.args
                prose += [f"{where} {ast.unparse(node)[:80]}" for arg in said if _prose(arg)]
                prose += [f"{where} {k.arg}=" for k in node.keywords if _vietnamese(k.value)]
            elif isinstance(node, ast.Raise) and node.exc is not None and _vietnamese(node.exc):
                prose.append(f"{where} raise {ast.unparse(node.exc)[:80]}")
            elif isinstance(node, ast.Dict):
                prose += [
                    f"{where} {key.value!r}: {ast.unparse(value)[:60]}"
                    for key, value in zip(node.keys, node.values, strict=True)
                    if isinstance(key, ast.Constant) and key.value in SAID_KEYS and _vietnamese(value)
                ]
    assert prose == []


def test_a_text_is_shown_in_either_language_and_crosses_the_wire_as_code_and_params():
    error = NotFound(Faults.NO_ACCESS, path="C:\\Báo cáo\\bieu.xlsx")
    assert error.code == "faults.no_access"
    assert error.in_language("en").startswith("The computer refused access to C:\\Báo cáo\\bieu.xlsx")
    assert str(error).startswith("Máy tính không cho truy cập C:\\Báo cáo\\bieu.xlsx")
    wire = error.to_json()
    assert wire["params"] == {"path": "C:\\Báo cáo\\bieu.xlsx"} and wire["message"] == str(error)
    assert text_from_json({"code": wire["code"], "params": wire["params"]}) == error.text


def test_a_nested_text_follows_the_language_of_the_text_around_it():
    inner = InvalidInput("path", Faults.NO_ACCESS, path="a.json")
    outer = Text(messages.CommandLine.ERROR, message=inner)
    assert outer.in_language("vi") == "Lỗi: " + inner.in_language("vi")
    assert outer.render(translator("en")) == "Error: " + inner.in_language("en")
    assert text_from_json(outer.to_json()) == outer


@pytest.mark.parametrize(
    "data",
    [
        {"code": "no.such_code", "params": {}},  # a newer server's code: the desk shows the message it sent
        {"code": "command_line.error", "params": {"message": {"code": "no.such_code", "params": {}}}},
        {"code": "command_line.error", "params": {"message": {"x": 1}}},
        {"code": "command_line.error", "params": "not an object"},
        "command_line.error",
        {"code": "command_line.error", "params": {"message": [[[[[[{"code": "command_line.error"}]]]]]]}},
    ],
)
def test_a_text_from_the_wire_that_the_desk_cannot_read_is_none(data):
    assert text_from_json(data) is None


def test_a_text_kept_in_a_database_column_reads_back_and_older_plain_words_stay_as_they_are():
    text = Text(messages.Postal.ITEM_LINKED, item="EE123456785VN", code="000.00.31.H56-261123-0001")
    assert messages.from_stored(messages.stored(text)) == text
    assert messages.from_stored("Mã bưu gửi EE123456785VN đã gắn với hồ sơ X.") == (
        "Mã bưu gửi EE123456785VN đã gắn với hồ sơ X."
    )  # a row written before texts had codes
    newer = '{"message": "Lời của một phiên bản mới hơn.", "code": "postal.from_a_newer_desk", "params": {}}'
    assert messages.from_stored(newer) == "Lời của một phiên bản mới hơn."
