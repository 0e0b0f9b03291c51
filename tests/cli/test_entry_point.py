"""``counter-app`` without a command opens the window without loading the command line's commands; anything else
(a command, help, the version) goes to the command line."""

import subprocess
import sys

from counter_app.__main__ import window_options


def test_only_a_start_without_a_command_opens_the_window():
    assert window_options([]) is not None
    options = window_options(["--data-dir", "quay1", "--language", "en", "--no-error-dialog"])
    assert options is not None and (options.data_dir, options.language, options.no_error_dialog) == (
        "quay1",
        "en",
        True,
    )
    for argv in (["--version"], ["-h"], ["--data-dir", "quay1", "queue"], ["catalog", "from-portal", "--version", "x"]):
        assert window_options(argv) is None, argv


def test_the_sign_in_dialog_waits_for_none_of_the_commands_printing_or_sync():
    code = (
        "import sys, counter_app.__main__, counter_app.ui.app; "
        "print(*(m in sys.modules for m in ('counter_app.cli', 'reportlab', 'counter_app.sync.engine', "
        "'counter_app.ui.main_window')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False"] * 4
