"""What the command line says when a command works: its lines come from the catalogs, in Vietnamese by default and
in English with ``--language en``, and an English run holds none of the program's own Vietnamese words."""

import argparse
import inspect
import json
import re

import pytest

from counter_app import reports
from counter_app.cli import main
from counter_app.cli.parse_errors import FORMATS
from tests.cli.test_cli import DOSSIER

PROCEDURE_NAME = "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận"
APPOINTMENT = {"en": r"\d\d:\d\d on \d\d/\d\d/\d{4}", "vi": r"\d\d giờ \d\d phút, ngày \d\d/\d\d/\d{4}"}
# The program's own Vietnamese words, none of which an English run may print (the data it shows, a procedure's
# or a person's name, a holiday, may well be Vietnamese).
VIETNAMESE_ONLY = [
    "Đã ",
    "đã ",
    "Cần kiểm tra",
    "Nhật ký",
    "Hẹn trả",
    "Phí, lệ phí",
    "Thủ tục:",
    "Chủ hồ sơ",
    "Tiếp nhận",
    "Lịch sử",
    "Lệ phí",
    "hiệu lực",
    "thủ tục",
    "Chưa có",
    "Không có",
    "Không tìm thấy",
    "dòng",
    "đang mở",
    "giờ",
    "phút",
    "LỖI",
    "Được tiếp nhận",
    "Đang xử lý",
    "Cán bộ",
    "Quản trị",
    "Tài khoản",
    "Ngày ",
    "ngày làm việc",
    "Trong ngày",
    "bưu chính",
    "Chờ gửi",
    "bị từ chối",
    "chưa có",
    "căn cứ",
    "hẹn lại",
    "in phiếu",
    "tiếp nhận",
    "xử lý",
    "hồ sơ",
]


@pytest.fixture(autouse=True)
def administrator(monkeypatch):
    monkeypatch.setenv("COUNTER_USER", "toan")
    monkeypatch.delenv("COUNTER_LANGUAGE", raising=False)


class Desk:
    """Runs ``counter-app`` on a desk's data folder in one language and keeps every line it printed."""

    def __init__(self, folder, capsys, language):
        self.folder, self.capsys, self.language = folder, capsys, language
        self.printed: list[str] = []

    def __call__(self, *args: str, user: str = "toan") -> list[str]:
        language = ["--language", self.language] if self.language == "en" else []
        assert main(["--data-dir", str(self.folder), "--user", user, *language, *args]) == 0
        said = self.capsys.readouterr()
        self.printed += said.out.splitlines() + said.err.splitlines()
        return said.out.splitlines()

    def receive(self, tmp_path) -> list[str]:
        file = tmp_path / "hoso.json"
        file.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
        return self("receive", "--from-json", str(file), user="lan")


@pytest.fixture(params=["vi", "en"])
def desk(request, data_dir, capsys):
    return Desk(data_dir, capsys, request.param)


def expected(desk: Desk, english: str, vietnamese: str) -> str:
    return english if desk.language == "en" else vietnamese


def test_init_says_which_desk_it_configured_and_where(tmp_path, capsys, start_desk_log, monkeypatch):
    monkeypatch.delenv("COUNTER_USER")  # a desk being set up has no account yet
    folder = tmp_path / "quay3"
    args = ["--data-dir", str(folder), "init", "--unit-code", "000.00.31.H56", "--unit-name", "UBND xã Quảng Phú"]
    assert main([*args, "--desk", "3"]) == 0
    assert capsys.readouterr().out == f"Đã cấu hình quầy 3 — UBND xã Quảng Phú (000.00.31.H56), dữ liệu tại {folder}\n"
    assert main(["--language", "en", *args, "--desk", "3"]) == 0
    assert capsys.readouterr().out == f"Desk 3 configured — UBND xã Quảng Phú (000.00.31.H56), data in {folder}\n"


def test_accounts_made_listed_and_unlocked(desk):
    made = desk("user", "add", "mai", "--name", "Lê Thị Mai", "--role", "clerk", "--password", "matkhau9")
    assert made == [
        expected(
            desk,
            "Account mai made (Reception clerk): Lê Thị Mai",
            "Đã tạo tài khoản mai (Cán bộ tiếp nhận): Lê Thị Mai",
        )
    ]
    assert desk("user", "unlock", "lan") == [
        expected(desk, "Account lan was not locked.", "Tài khoản lan không bị khóa.")
    ]
    listed = desk("user", "list")
    assert listed[0].split() == [
        "lan",
        *expected(desk, "Reception clerk", "Cán bộ tiếp nhận").split(),
        "Nguyễn",
        "Thị",
        "Lan",
    ]


def test_a_dossier_received_shown_moved_and_searched(desk, tmp_path):
    code, due, fee = desk.receive(tmp_path)
    assert re.fullmatch(expected(desk, "Result due: ", "Hẹn trả: ") + APPOINTMENT[desk.language], due)
    assert fee == expected(
        desk,
        "Fees and charges: 10.000 đ; 5.000 đ/bản (3 trang) × 2 bản; under Thông tư số 226/2016/TT-BTC",
        "Phí, lệ phí: 10.000 đ; 5.000 đ/bản (3 trang) × 2 bản; căn cứ Thông tư số 226/2016/TT-BTC",
    )
    shown = desk("show", code)
    assert shown[:3] == [
        f"{code} — {expected(desk, 'Received', 'Được tiếp nhận')}",
        f"{expected(desk, 'Procedure', 'Thủ tục')}: 2.000815 {PROCEDURE_NAME}",
        f"{expected(desk, 'Owner', 'Chủ hồ sơ')}: Trần Văn Đức (001090123456)",
    ]
    assert re.fullmatch(expected(desk, "Received: ", "Tiếp nhận: ") + r"\d\d:\d\d \d\d/\d\d/\d{4}", shown[3])
    assert shown[4] == due and shown[5:7] == [
        expected(desk, "Fee: 10.000 đ", "Lệ phí: 10.000 đ"),
        expected(desk, "History:", "Lịch sử:"),
    ]
    moved = desk("transition", code, "4", user="lan")
    assert moved == [expected(desk, f"{code}: moved to “Being processed”", f"{code}: đã chuyển sang “Đang xử lý”")]
    desk("reschedule", code, "--new-date", "2027-01-15", "--reason", "Chờ xác minh", user="lan")
    assert desk("search", "không có ai") == [expected(desk, "No dossier found.", "Không tìm thấy hồ sơ nào.")]
    stopped = desk("stop", code, "--reason", "Công dân đề nghị", user="lan")
    command = f"counter-app print {code} --slip stop"
    assert stopped == [
        expected(
            desk,
            f"{code}: processing stopped — print the notice: {command}",
            f"{code}: đã dừng giải quyết — in thông báo: {command}",
        )
    ]
    shown = desk("show", code)
    history = shown[shown.index(expected(desk, "History:", "Lịch sử:")) + 1 :]
    assert [re.split(r"\s{2,}", line.strip())[1:] for line in history] == [
        [expected(desk, "reception", "tiếp nhận hồ sơ"), "Nguyễn Thị Lan"],
        [expected(desk, "sent for processing", "chuyển xử lý"), "Nguyễn Thị Lan"],
        [
            expected(desk, "new appointment (Form 04)", "hẹn lại ngày trả kết quả (Mẫu 04)"),
            "Nguyễn Thị Lan",
            "Chờ xác minh",
        ],
        [expected(desk, "processing stopped", "dừng xử lý"), "Nguyễn Thị Lan", "Công dân đề nghị"],
    ]
    assert len({line.index("Nguyễn Thị Lan") for line in history}) == 1  # the names in one column


def test_the_day_the_due_date_and_the_catalog(desk):
    due = desk("due-date", "--procedure", "1.001193", "--received", "2026-02-13 15:30")
    assert due == [
        "2026-02-23T17:00:00+07:00",
        expected(desk, "17:00 on 23/02/2026", "17 giờ 00 phút, ngày 23/02/2026"),
    ]
    assert desk("queue", "--day", "2026-12-04") == [
        expected(
            desk,
            "04/12/2026: 0 received, 0 due today, 0 late, 0 waiting for the citizen's papers",
            "Ngày 04/12/2026: tiếp nhận 0, đến hạn 0, quá hạn 0, chờ công dân bổ sung 0",
        )
    ]
    listed = desk("catalog", "list", "--search", "chứng thực di chúc")
    assert listed == [
        f"2.001019  Chứng thực di chúc [Chứng thực] — {expected(desk, '02 working days', '02 ngày làm việc')}"
    ]
    same_day = desk("catalog", "list", "--search", "2.000815")
    assert same_day[0].endswith(
        expected(
            desk,
            "Same day (received after 15:00, returned on the next working day)",
            "Trong ngày (tiếp nhận sau 15:00 trả vào ngày làm việc tiếp theo)",
        )
    )
    assert desk("fees", "show", "--date", "2026-12-04") == [
        expected(
            desk, "No fee table is in force on 04/12/2026.", "Không có biểu mức thu nào có hiệu lực ngày 04/12/2026."
        )
    ]
    assert desk("calendar", "days-off", "2026")[0] == "01/01/2026  Tết Dương lịch"


def test_backup_and_the_audit_trail(desk, tmp_path):
    assert desk("backup", "--list") == [expected(desk, "No backup yet.", "Chưa có bản sao lưu nào.")]
    copy = tmp_path / "sao-luu.sqlite3"
    assert desk("backup", "--out", str(copy)) == [
        expected(desk, f"Backed up to {copy} (its integrity checked)", f"Đã sao lưu vào {copy} (đã kiểm tra toàn vẹn)")
    ]
    (intact,) = desk("audit", "verify")
    english, vietnamese = (
        r"Audit trail intact: \d+ rows, the hash chain matches\.",
        r"Nhật ký nguyên vẹn: \d+ dòng, chuỗi băm khớp\.",
    )
    assert re.fullmatch(expected(desk, english, vietnamese), intact)


def test_the_postal_desk_and_the_sync_state(desk):
    (batch,) = desk("postal", "open", "intake", user="lan")
    (refused,) = desk("postal", "scan", batch, "EE000000421VN", user="lan")
    assert refused.startswith(expected(desk, "REFUSED EE000000421VN", "LỖI EE000000421VN"))
    (row,) = desk("postal", "list", user="lan")
    flow = expected(desk, "Dossiers received by post", "Nhận hồ sơ qua bưu chính")
    counts, state = expected(desk, "1 lines, 1 refused", "1 dòng, 1 bị từ chối"), expected(desk, "open", "đang mở")
    assert row == f"{batch}  {flow:<28}    {counts}  {state}"
    assert desk("postal", "waiting", user="lan") == [
        expected(desk, "No postal package is waiting to be received.", "Không có bưu gửi nào chờ tiếp nhận.")
    ]
    (state,) = desk("sync", "--status")
    assert state == expected(
        desk,
        "Waiting to be sent: 0, refused: 0, to review: 0, files of papers waiting: 0.0 MB, last sync: never",
        "Chờ gửi: 0, bị từ chối: 0, cần xem lại: 0, tệp giấy tờ chờ gửi: 0.0 MB, lần đồng bộ gần nhất: chưa có",
    )


def test_an_english_run_prints_none_of_the_programs_vietnamese_words(data_dir, capsys, tmp_path):
    desk = Desk(data_dir, capsys, "en")
    code = desk.receive(tmp_path)[0]
    for command in (
        ("show", code),
        ("transition", code, "4"),
        ("search", "không có ai"),
        ("user", "list"),
        ("user", "unlock", "lan"),
        ("backup", "--list"),
        ("backup", "--out", str(tmp_path / "copy.sqlite3")),
        ("audit", "verify"),
        ("due-date", "--procedure", "1.001193", "--received", "2026-02-13 15:30"),
        ("queue",),
        ("catalog", "list", "--versions"),
        ("fees", "list"),
        ("fees", "show"),
        ("sync", "--status"),
        ("reschedule", code, "--new-date", "2027-01-15", "--reason", "Chờ xác minh"),
        ("stop", code, "--reason", "Công dân đề nghị"),
        ("show", code),
    ):
        desk(*command)
    batch = desk("postal", "open", "intake")[0]
    desk("postal", "scan", batch, "EE000000421VN")
    desk("postal", "list")
    desk("postal", "show", batch)
    desk("postal", "waiting")
    issuer = desk("catalog", "list", "--versions")[0].split("  ")[-1]
    data = [PROCEDURE_NAME, issuer, "Nguyễn Thị Lan", "Phạm Quốc Toản", "Trần Văn Đức", "UBND xã Quảng Phú"]
    data += ["Chờ xác minh", "Công dân đề nghị"]  # the reasons given, which the history shows
    shown = [_without(line, data) for line in desk.printed]
    assert len(shown) > 20
    assert [line for line in shown if any(word in line for word in VIETNAMESE_ONLY)] == []


def _without(line: str, data: list[str]) -> str:
    """``line`` without the data it shows (names the program prints as they were given to it)."""
    for value in data:
        line = line.replace(value, "")
    return line


def help_of(capsys, *args: str) -> str:
    """What ``counter-app … --help`` prints (on a terminal wide enough that no help is cut in two)."""
    with pytest.raises(SystemExit) as ended:
        main([*args, "--help"])
    assert ended.value.code == 0
    return capsys.readouterr().out


@pytest.fixture
def wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")


def test_help_is_in_vietnamese_by_default_and_in_english_when_asked(capsys, monkeypatch, wide):
    said = help_of(capsys)
    assert "Counter — phần mềm quầy tiếp nhận và trả kết quả (một cửa) cấp xã." in said
    assert re.search(r"\n    receive +tiếp nhận hồ sơ từ tệp JSON và in mã hồ sơ\n", said)
    assert "mọi lệnh thay đổi dữ liệu" in said.lower()
    assert said.startswith("cách dùng: counter-app [-h]") and "\ntùy chọn:\n  -h, --help " in said
    for english in (help_of(capsys, "--language", "en"), help_of(capsys, "-h", "--language", "en")):
        assert "Counter — the commune's one-stop desk that receives dossiers and returns results." in english
        assert re.search(r"\n    receive +record a dossier from a JSON file and print its code\n", english)
        assert english.startswith("usage: counter-app [-h]") and "\noptions:\n  -h, --help " in english
    assert re.search(r"--user USER +the account acting \(default: \$COUNTER_USER\)", english)
    said = help_of(capsys, "--language", "en", "user", "add")
    assert re.search(r"--name NAME +full name\n", said)
    monkeypatch.setenv("COUNTER_LANGUAGE", "en")
    assert "this desk (unit, desk number, office hours)" in help_of(capsys, "init") + help_of(capsys)


def test_an_english_help_holds_no_vietnamese_word(capsys, wide):
    top = help_of(capsys, "--language", "en")
    commands = re.findall(r"^    (\S+)(?: {2,}|$)", top, re.M)
    assert {"receive", "show", "postal", "report", "guide", "demo"} <= set(commands)
    helps = {(): top}
    for command in commands:
        said = helps[(command,)] = help_of(capsys, "--language", "en", command)
        for action in re.findall(r"^    (\S+)(?: {2,}|$)", said, re.M):  # a command's actions, e.g. user add
            helps[(command, action)] = help_of(capsys, "--language", "en", command, action)
    assert ("catalog", "from-decision") in helps and len(helps) > 40
    vietnamese = [
        f"{' '.join(where)}: {line}"
        for where, said in helps.items()
        for line in said.splitlines()
        if not line.startswith("  counter-app ") and VIETNAMESE_LETTER.search(_without(line, HELP_DATA))
    ]
    assert vietnamese == []


# Vietnamese a help may show in English too: the names and headings printed on the papers as they are.
HELP_DATA = [
    '"UBND xã Quảng Phú"',
    '"UBND XÃ …"',
    '"TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"',
    '"Trung tâm Phục vụ hành chính công xã …"',
    "GIÁM ĐỐC",
    '"1234/QĐ-UBND"',
    '"Ủy ban nhân dân tỉnh Quảng Ngãi"',
]
VIETNAMESE_LETTER = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)


def test_the_vietnamese_help_names_the_reports_as_the_reports_do(capsys, wide):
    said = help_of(capsys, "report")
    assert dict(re.findall(r"^  (\w+) +(.+)$", said.split("\n\n")[1], re.M)) == reports.KINDS


def mistake_told(capsys, *args: str, start=main) -> str:
    """What ``counter-app …`` prints on standard error for a command line it cannot read, ending with code 2."""
    with pytest.raises(SystemExit) as ended:
        start(list(args))
    assert ended.value.code == 2
    said = capsys.readouterr()
    assert said.out == ""
    return said.err


def test_a_mistyped_command_line_is_told_in_vietnamese_by_default_and_in_english_when_asked(capsys, wide):
    said = mistake_told(capsys, "init", "--unit-code", "000.00.31.H56")
    assert said.startswith("cách dùng: counter-app init [-h] --unit-code UNIT_CODE --unit-name UNIT_NAME")
    assert said.endswith("\ncounter-app init: lỗi: thiếu các đối số bắt buộc: --unit-name, --desk\n")
    assert mistake_told(capsys, "init", "--unit-code", "x", "--unit-name", "y", "--desk", "một").endswith(
        "\ncounter-app init: lỗi: đối số --desk: giá trị không hợp lệ cho kiểu int: 'một'\n"
    )
    assert mistake_told(capsys, "user", "add", "hoa", "--name", "Lê Thị Hoa", "--role", "trưởng").endswith(
        "\ncounter-app user add: lỗi: đối số --role: giá trị không hợp lệ: 'trưởng' "
        "(chọn một trong: 'admin', 'clerk', 'postal', 'supervisor')\n"
    )
    assert (
        mistake_told(capsys, "tiep-nhan")
        .splitlines()[-1]
        .startswith(
            "counter-app: lỗi: đối số <command>: giá trị không hợp lệ: 'tiep-nhan' (chọn một trong: 'init', 'user',"
        )
    )
    assert mistake_told(capsys, "queue", "--hom-nay").endswith("\ncounter-app: lỗi: đối số không nhận ra: --hom-nay\n")
    english = mistake_told(capsys, "--language", "en", "init", "--unit-code", "000.00.31.H56")
    assert english.startswith("usage: counter-app init [-h]")
    assert english.endswith("\ncounter-app init: error: the following arguments are required: --unit-name, --desk\n")


def test_a_wrong_option_given_to_the_window_is_told_by_the_command_line_in_its_language(capsys, monkeypatch, wide):
    from counter_app.__main__ import main as start

    assert mistake_told(capsys, "--language", "fr", start=start).endswith(
        "\ncounter-app: lỗi: đối số --language: giá trị không hợp lệ: 'fr' (chọn một trong: 'vi', 'en')\n"
    )
    monkeypatch.setenv("COUNTER_LANGUAGE", "en")
    assert mistake_told(capsys, "--data-dir", start=start).endswith(
        "\ncounter-app: error: argument --data-dir: expected one argument\n"
    )


def test_every_argparse_message_translated_is_one_this_python_writes():
    source = inspect.getsource(argparse)
    assert [format_ for format_, _, _ in FORMATS if f"'{format_}'" not in source] == []
