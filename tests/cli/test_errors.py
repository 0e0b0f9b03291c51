"""How the command line fails: one line on standard error in the chosen language and an exit code that says which
kind of failure it was — 1 refused, 75 the computer's fault (try again), 70 a bug, whose traceback is in the log
file (and on standard error only with --debug)."""

import json

import pytest

from counter_app.cli import EXIT_BUG, EXIT_REFUSED, EXIT_UNAVAILABLE, main
from counter_app.foundation.logs import LOG_FILE
from counter_app.services import lookup
from tests.helpers.faults import locked_database_error


@pytest.fixture(autouse=True)
def administrator(monkeypatch):
    """The desk's administrator acts (``user add`` and ``show`` need someone whose role may)."""
    monkeypatch.setenv("COUNTER_USER", "toan")


def _add_lan_again(data_dir) -> list[str]:
    """A command the desk refuses: the account "lan" exists already."""
    return [
        "--data-dir",
        str(data_dir),
        "user",
        "add",
        "lan",
        "--name",
        "Lan",
        "--role",
        "clerk",
        "--password",
        "x" * 8,
    ]


def test_a_refusal_is_one_line_in_vietnamese_by_default(data_dir, capsys):
    assert main(_add_lan_again(data_dir)) == EXIT_REFUSED
    assert capsys.readouterr().err == 'Lỗi: Tên đăng nhập "lan" đã tồn tại.\n'


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_refusal_is_in_english_with_language_en(data_dir, capsys, monkeypatch, how):
    if how == "option":
        args = ["--language", "en", *_add_lan_again(data_dir)]
    else:
        monkeypatch.setenv("COUNTER_LANGUAGE", "en")
        args = _add_lan_again(data_dir)
    assert main(args) == EXIT_REFUSED
    assert capsys.readouterr().err == 'Error: The username "lan" is already taken.\n'


def test_a_refusal_in_json_carries_its_code_and_parameters(data_dir, capsys):
    args = ["--data-dir", str(data_dir), "--json", "--language", "en", "show", "000.00.31.H56-261123-0009"]
    assert main(args) == EXIT_REFUSED
    said = json.loads(capsys.readouterr().err)
    assert said["code"] == "dossiers.not_found" and said["params"] == {"code": "000.00.31.H56-261123-0009"}
    assert said["error"] == "not_found" and said["message"] == 'No dossier has the code "000.00.31.H56-261123-0009".'


def _a_bug(*_args):
    return {}["owner_name"]


def test_a_bug_is_one_line_pointing_to_the_log_which_has_the_traceback(data_dir, capsys, monkeypatch):
    monkeypatch.setattr(lookup, "show", _a_bug)
    assert main(["--data-dir", str(data_dir), "show", "000.00.31.H56-261123-0001"]) == EXIT_BUG
    log = (data_dir / LOG_FILE).resolve()
    err = capsys.readouterr().err
    assert err == (
        "Lỗi không mong đợi (lỗi của phần mềm, không phải do thao tác của bạn): KeyError. Dữ liệu đã lưu "
        f"trước đó vẫn còn nguyên. Xem chi tiết trong nhật ký: {log}\n"
    )
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8") and "_a_bug" in log.read_text()


def test_debug_shows_the_traceback_too(data_dir, capsys, monkeypatch):
    monkeypatch.setattr(lookup, "show", _a_bug)
    assert main(["--data-dir", str(data_dir), "--debug", "show", "000.00.31.H56-261123-0001"]) == EXIT_BUG
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "_a_bug" in err
    assert err.splitlines()[-1].startswith("Lỗi không mong đợi")


def test_a_locked_database_is_a_calm_line_and_exit_75(data_dir, capsys, monkeypatch, tmp_path):
    error = locked_database_error(tmp_path)

    def held(*_args):
        raise error

    monkeypatch.setattr(lookup, "show", held)
    assert (
        main(["--data-dir", str(data_dir), "--language", "en", "show", "000.00.31.H56-261123-0001"]) == EXIT_UNAVAILABLE
    )
    assert capsys.readouterr().err.startswith("Error: The desk's database is held by another program")
    assert "database is locked" in (data_dir / LOG_FILE).read_text(encoding="utf-8")
