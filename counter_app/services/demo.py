"""Demo data for a desk: accounts and a few hundred realistic dossiers over the past months."""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from counter_app.services import accounts, backups, processing, reception
from counter_app.services.configuration import init_desk, procedures
from counter_app.store import Store, dossiers, files, settings
from counter_app.store.desk import Desk
from counter_app.store.settings import DEMO, desk_config
from counter_core.domain import policy
from counter_core.domain.accounts import User
from counter_core.domain.citizen_id import FEMALE, MALE, PROVINCES
from counter_core.domain.fees import FeeRequest
from counter_core.domain.intake import Channel, Intake, Person, ReturnMethod, SubmittedDocument
from counter_core.domain.procedure import Procedure
from counter_core.domain.status import Status
from counter_core.foundation.clock import vn_now
from counter_core.foundation.errors import NotAllowed, NotConfigured, NotFound
from counter_core.foundation.jsontypes import JsonObject
from counter_core.foundation.messages import Setup

DEMO_PASSWORD = "demo1234"
DEMO_USERS = [
    ("admin", "Phạm Quốc Toản", "admin"),
    ("lan", "Nguyễn Thị Lan", "clerk"),
    ("hung", "Trần Văn Hùng", "clerk"),
    ("buudien", "Lê Thị Thu Hà", "postal"),
    ("truongbp", "Đặng Minh Đức", "supervisor"),
]
SURNAMES = (
    ["Nguyễn"] * 38
    + ["Trần"] * 11
    + ["Lê"] * 10
    + ["Phạm"] * 7
    + ["Hoàng"] * 5
    + ["Huỳnh"] * 5
    + ["Phan"] * 4
    + ["Vũ"] * 4
    + ["Võ"] * 4
    + ["Đặng"] * 2
    + ["Bùi"] * 2
    + ["Đỗ"] * 2
    + ["Hồ", "Ngô", "Dương", "Lý"]
)
MIDDLE = {
    MALE: ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh", "Đình"],
    FEMALE: ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Hồng", "Phương"],
}
GIVEN = {
    MALE: [
        "An",
        "Bảo",
        "Cường",
        "Dũng",
        "Đạt",
        "Hải",
        "Hiếu",
        "Hùng",
        "Khoa",
        "Long",
        "Nam",
        "Phúc",
        "Quân",
        "Sơn",
        "Tài",
        "Thắng",
        "Trung",
        "Tuấn",
        "Việt",
        "Vinh",
    ],
    FEMALE: [
        "Anh",
        "Ánh",
        "Chi",
        "Dung",
        "Giang",
        "Hà",
        "Hằng",
        "Hoa",
        "Hương",
        "Lan",
        "Linh",
        "Mai",
        "Ngọc",
        "Nhung",
        "Oanh",
        "Phương",
        "Thảo",
        "Trang",
        "Uyên",
        "Yến",
    ],
}
HAMLETS = [
    "Thôn Phú Lộc",
    "Thôn Đông Hòa",
    "Thôn Yên Trung",
    "Xóm Bắc",
    "Xóm Mới",
    "Thôn Quảng Hưng",
    "Thôn Đồng Tâm",
    "Khu phố 3",
]
# How often each procedure comes to a commune counter, by national code (others weigh 1).
WEIGHTS = {"2.000815": 30, "2.000884": 14, "1.001193": 12, "2.000635": 8, "1.004873": 6, "1.000656": 4, "1.000894": 4}


def random_person(rng: random.Random, today: date, adult: bool = True) -> Person:
    gender = rng.choice([MALE, FEMALE])
    born = date(rng.randint(1950, 2004) if adult else rng.randint(2005, 2012), rng.randint(1, 12), rng.randint(1, 28))
    province = rng.choice(list(PROVINCES))
    digit = (born.year // 100 - 19) * 2 + (0 if gender == MALE else 1)
    number = f"{province}{digit}{born.year % 100:02d}{rng.randint(0, 999999):06d}"
    name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
    phone = rng.choice(["09", "03", "08", "07"]) + f"{rng.randint(0, 99999999):08d}"
    return Person(name, number, born, gender, f"{rng.choice(HAMLETS)}, xã Quảng Phú, tỉnh Thanh Hóa", phone)


def random_intake(rng: random.Random, proc: Procedure, today: date) -> Intake:
    owner = random_person(rng, today)
    submitter = random_person(rng, today) if rng.random() < 0.12 else None
    postal = rng.random() < 0.08
    docs = tuple(
        SubmittedDocument(d.name, d.original, d.certified, d.copy)
        for d in proc.documents
        if d.required or rng.random() < 0.3
    )
    quantity = rng.randint(1, 4) if proc.fee.kind in ("per_unit", "per_page") else 1
    pages = rng.randint(1, 12) if proc.fee.kind == "per_page" else 0
    exemption = proc.exemptions[0].name if proc.exemptions and rng.random() < 0.2 else None
    return Intake(
        proc.code,
        owner,
        docs,
        submitter,
        sets=1,
        channel=Channel.POSTAL if postal and rng.random() < 0.5 else Channel.DIRECT,
        return_method=ReturnMethod.POST if postal else ReturnMethod.COUNTER,
        postal_address=owner.address if postal else "",
        fee_request=FeeRequest(quantity, pages, exemption),
    )


def _working_moment(desk: Desk, rng: random.Random, day: date, now: datetime) -> datetime:
    """A moment during office hours on ``day`` or the working day before it, never after ``now``."""
    while True:
        while not desk.calendar.is_working_day(day):
            day -= timedelta(days=1)
        minutes = rng.randint(0, desk.calendar.office_hours.minutes_per_day - 1)
        moment = desk.calendar.add_working_minutes(desk.calendar.at(day, desk.calendar.office_hours.opens), minutes)
        if moment <= now:
            return moment
        day -= timedelta(days=1)


class _DemoClock:
    def __init__(self) -> None:
        self.moment = vn_now()

    def __call__(self) -> datetime:
        return self.moment


def fill_demo(
    store: Store,
    count: int = 300,
    seed: int = 2026,
    days: int = 120,
    now: datetime | None = None,
    by: User | None = None,
) -> JsonObject:
    """Create the demo accounts (if missing) and ``count`` dossiers received over the ``days`` days before ``now``
    (default: the current moment; a fixed one gives the same dossiers at every run). ``by`` is the administrator
    filling the desk; on a new desk (no account yet) the demo's own administrator is made first and does it."""
    rng = random.Random(seed)
    now = now or vn_now()
    try:
        demo = desk_config(store).demo
    except NotConfigured:
        init_desk(store, "000.00.31.H56", "UBND xã Quảng Phú", 1)
        demo = False
    held = dossiers.count(store)
    if held and not demo:
        raise NotAllowed(Setup.DEMO_ON_REAL_DESK, count=held)
    with store.write():
        settings.put(store, {DEMO: "yes"})  # every window and slip of this desk now says it holds demo data
    if by is None:
        username, name, _ = DEMO_USERS[0]
        by = accounts.first_admin(store, username, name, DEMO_PASSWORD)
    policy.require(by, policy.CONFIGURE)
    users = {}
    for username, name, role in DEMO_USERS:
        try:
            users[username] = accounts.get_user(store, username)
        except NotFound:
            users[username] = accounts.add_user(store, username, name, role, DEMO_PASSWORD, by)
    clerks = [users["lan"], users["hung"]]
    clock = _DemoClock()
    desk = Desk(store, clock)
    catalog = procedures(store, now.date())
    weights = [WEIGHTS.get(p.code, 1) for p in catalog]
    moments = sorted(
        _working_moment(desk, rng, now.date() - timedelta(days=rng.randint(0, days)), now) for _ in range(count)
    )
    for n, moment in enumerate(moments):
        proc = rng.choices(catalog, weights)[0]
        clock.moment = moment
        clerk = rng.choice(clerks)
        intake = random_intake(rng, proc, moment.date())
        if n % 40 == 7:
            reception.refuse(desk, intake, clerk, "Thủ tục không thuộc thẩm quyền giải quyết của UBND xã")
            continue
        receipt = reception.receive(desk, intake, clerk)
        if n >= count - len(RECENT_PATHS):
            _walk(desk, clock, receipt.code, moment, now, RECENT_PATHS[n - count], clerk)
        else:
            advance_dossier(desk, clock, rng, receipt.code, moment, receipt.appointment.due, clerk, now)
    return {"dossiers": count, "users": [u for u, _, _ in DEMO_USERS], "password": DEMO_PASSWORD}


# The last few dossiers are left at each open status, so that every status shows in the demo.
RECENT_PATHS = [
    [Status.PROCESSING, Status.SUPPLEMENT_REQUESTED],
    [Status.PROCESSING, Status.FINANCIAL_OBLIGATION],
    [Status.PROCESSING, Status.WITHDRAWAL_REQUESTED],
    [Status.PROCESSING, Status.RESULT_READY],
    [Status.PROCESSING],
    [],
]


def _walk(
    desk: Desk,
    clock: _DemoClock,
    code: str,
    received: datetime,
    now: datetime,
    path: list[Status],
    clerk: User,
) -> None:
    """Move a recent dossier along ``path``, each step a little after the one before, in office hours, before now."""
    step = desk.calendar.working_minutes_between(received, now) // (len(path) + 1)
    for n, status in enumerate(path, start=1):
        clock.moment = desk.calendar.add_working_minutes(received, step * n)
        _move(
            desk, code, status, clerk, "Thiếu bản sao giấy tờ tùy thân" if status is Status.SUPPLEMENT_REQUESTED else ""
        )


def advance_dossier(
    desk: Desk,
    clock: _DemoClock,
    rng: random.Random,
    code: str,
    received: datetime,
    due: datetime | None,
    clerk: User,
    now: datetime,
) -> None:
    """Walk a dossier through a plausible life up to now, every step in office hours: processing, sometimes a
    supplement, the result."""
    calendar = desk.calendar
    span = calendar.working_minutes_between(received, due) if due else 10 * calendar.office_hours.minutes_per_day
    late = rng.random() < 0.1
    path: list[tuple[Status, float, str]] = [(Status.PROCESSING, 0.05, "Chuyển phòng chuyên môn")]
    roll = rng.random()
    if roll < 0.08:
        path += [
            (Status.SUPPLEMENT_REQUESTED, 0.3, "Thiếu bản sao giấy tờ tùy thân"),
            (Status.PROCESSING, 0.5, "Công dân đã bổ sung"),
        ]
    elif roll < 0.11:
        path += [
            (Status.WITHDRAWAL_REQUESTED, 0.3, "Công dân xin rút hồ sơ"),
            (Status.STOPPED, 0.4, "Công dân rút hồ sơ theo đề nghị"),
        ]
    elif roll < 0.13:
        path += [(Status.STOPPED, 0.5, "Không đủ điều kiện giải quyết")]
    elif roll < 0.16:
        path += [(Status.FINANCIAL_OBLIGATION, 0.4, "Chờ nộp lệ phí"), (Status.PROCESSING, 0.6, "Đã nộp")]
    if path[-1][0] is not Status.STOPPED:
        path += [(Status.RESULT_READY, 1.3 if late else 0.9, ""), (Status.RETURNED, 1.6 if late else 1.1, "")]
    for status, fraction, note in path:
        moment = calendar.add_working_minutes(received, max(1, round(span * fraction)))
        if moment > now:
            return
        clock.moment = moment
        _move(desk, code, status, clerk, note)


DEMO_SUPPLEMENT = SubmittedDocument("Bản sao giấy tờ tùy thân có chứng thực", certified=1)


def _move(desk: Desk, code: str, status: Status, clerk: User, note: str) -> None:
    """One step of a demo dossier's life; a supplement request lists what is missing, as every one must."""
    if status is Status.SUPPLEMENT_REQUESTED:
        processing.request_supplement(desk, code, clerk, [DEMO_SUPPLEMENT], note)
    else:
        processing.transition(desk, code, status, clerk, note)


@dataclass(frozen=True)
class DemoRemoval:
    """What removing a demo desk's data deletes once its database is closed: the database, the slips, reports and
    papers it wrote, and its backups; the data folder is then a new desk's, and the next start sets it up."""

    database: Path
    folders: tuple[Path, ...]
    copies: tuple[Path, ...]

    def carry_out(self) -> None:
        for path in (self.database, *(self.database.with_name(self.database.name + s) for s in ("-wal", "-shm"))):
            path.unlink(missing_ok=True)
        for folder in self.folders:
            shutil.rmtree(folder, ignore_errors=True)
        for copy in self.copies:
            copy.unlink(missing_ok=True)


def removal(store: Store, user: User) -> DemoRemoval:
    """What removing the demo data will delete, if ``user`` may configure the desk and the desk is a demo one (a
    desk holding real data is never removed this way)."""
    policy.require(user, policy.CONFIGURE)
    if not desk_config(store).demo:
        raise NotAllowed(Setup.NOT_DEMO)
    where = store.folder
    copies = tuple(backups.folder(store).glob(f"{backups.PREFIX}*.sqlite3"))
    return DemoRemoval(store.path or where, (where / "slips", where / "reports", where / files.FOLDER), copies)
