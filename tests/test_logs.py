"""Log files that support can read and that hold no ID number or phone number: the masking itself, the desk's
log file as the command line sets it up, and the server's JSON lines."""

import json
import logging
import subprocess
import sys

import pytest

from counter_app.cli import main
from counter_app.foundation import logs
from counter_core.foundation.privacy import mask

ID_12, ID_9, PHONE, PHONE_84 = "038096001228", "212163684", "0912345678", "+84 912 345 678"


@pytest.mark.parametrize(
    "text, masked",
    [
        (f"CCCD {ID_12}.", "CCCD 038*******28."),
        (f"CMND:{ID_9}", "CMND:212****84"),
        (f"gọi {PHONE} hoặc 0912.345.678", "gọi 091*****78 hoặc 091*****78"),
        (f"({PHONE_84})", "(+8491*****78)"),
        (
            '{"owner_id": "051084009698", "phone": "02363822123"}',
            '{"owner_id": "051*******98", "phone": "023******23"}',
        ),
    ],
)
def test_id_numbers_and_phones_are_masked(text, masked):
    assert mask(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "000.00.31.H56-261123-0001",
        "thủ tục 1.001193",
        "2026-11-23T09:05:00+07:00",
        "desk 000.00.31.H56-01",
        "op 6f1c2d3e-aa10-4b5c-9d8e-0f1e2d3c4b5a",
        "sent 1200 actions in 350.5 ms",
    ],
)
def test_what_support_needs_is_left_as_it_is(text):
    assert mask(text) == text


@pytest.fixture
def desk_log(tmp_path, start_desk_log):
    return start_desk_log(tmp_path / "desk")


def assert_no_personal_data(text: str) -> None:
    for secret in (ID_12, ID_9, PHONE, "0912.345.678", PHONE_84, "912345678"):
        assert secret not in text


def test_the_desk_log_file_masks_messages_fields_and_exceptions(desk_log):
    assert logs.setup(desk_log.parents[1]) == desk_log  # set up twice: still one handler
    log = logging.getLogger("counter_app.somewhere")
    log.info("owner %s, phone %s", ID_12, PHONE, extra={"card": {"old": ID_9, "numbers": [PHONE_84]}})
    try:
        raise ValueError(f"số {ID_12} không khớp với 0912.345.678")
    except ValueError:
        log.exception("receiving failed")
    text = desk_log.read_text(encoding="utf-8")
    assert "owner 038*******28, phone 091*****78" in text and "ValueError: số 038*******28" in text
    assert_no_personal_data(text)


def test_the_command_line_logs_its_runs_and_refusals_masked(configured, clerk, desk_log):
    folder = desk_log.parents[1]
    assert (
        main(["--data-dir", str(folder), "--user", "lan", "show", ID_12]) == 1
    )  # a clerk typed an ID number for a code
    text = desk_log.read_text(encoding="utf-8")
    assert "counter-app" in text and 'show refused: Không tìm thấy hồ sơ mã "038*******28"' in text
    assert_no_personal_data(text)


def test_the_server_json_lines_mask_personal_data():
    script = (
        "import logging, logging.config\n"
        "from provincial_server import logs\n"
        "logging.config.dictConfig(logs.config())\n"
        "log = logging.getLogger('provincial_server')\n"
        f"log.info('desk enrolled from %r', 'may {PHONE}', extra={{'owner_id': '{ID_12}', 'n': {ID_9}}})\n"
        "try:\n"
        f"    raise RuntimeError('duplicate key (owner_id)=({ID_12})')\n"
        "except RuntimeError:\n"
        "    log.exception('push failed')\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    lines = [json.loads(line) for line in run.stderr.splitlines()]
    assert [line["msg"] for line in lines] == ["desk enrolled from 'may 091*****78'", "push failed"]
    assert lines[0]["owner_id"] == "038*******28" and lines[0]["n"] == "212****84"
    assert "(owner_id)=(038*******28)" in lines[1]["exception"]
    assert_no_personal_data(run.stderr)
