"""The policy: what each role may do, and what a dossier allows in the state it is in."""

from datetime import datetime

import pytest

from counter_core.domain import policy
from counter_core.domain.accounts import ROLES, User
from counter_core.domain.dossier import DossierSummary
from counter_core.domain.intake import Channel, ReturnMethod
from counter_core.domain.status import TRANSITIONS, Status
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import NotAllowed

AT = datetime(2026, 11, 23, 9, 0, tzinfo=VN_TZ)


def summary(status: Status, due: datetime | None = AT) -> DossierSummary:
    return DossierSummary(
        "000.00.31.H56-261123-0001",
        "00000000-0000-4000-8000-000000000001",
        "1.001193",
        "Lê Văn Tám",
        "001090123456",
        "",
        AT,
        due,
        status,
        0,
        Channel.DIRECT,
        ReturnMethod.COUNTER,
        None,
    )


def test_every_role_has_its_rights_and_the_administrator_all_of_them():
    assert set(policy.RIGHTS) == set(ROLES)
    assert policy.RIGHTS["admin"] == frozenset(policy.Right)
    assert policy.RIGHTS["postal"] == {policy.Right.POSTAL, policy.Right.SYNC}  # no dossier to see, no slip
    assert policy.RIGHTS["clerk"] < policy.RIGHTS["supervisor"] < policy.RIGHTS["admin"]
    assert not policy.may("clerk", policy.REPORTS) and not policy.may("supervisor", policy.ACCOUNTS)


def test_a_move_needs_the_right_of_what_it_does_and_the_status_machine():
    assert policy.move(Status.SUPPLEMENT_REQUESTED).right is policy.Right.SUPPLEMENT
    assert policy.move(Status.RETURNED).right is policy.Right.RETURN
    assert policy.move(Status.RECEIVED).right is policy.Right.RECEIVE  # accepting an online registration
    for status in Status:
        assert policy.moves("clerk", summary(status)) == sorted(TRANSITIONS[status])
        assert policy.moves("postal", summary(status)) == []
    assert policy.allowed("clerk", policy.RESCHEDULE, summary(Status.PROCESSING))
    assert not policy.allowed("clerk", policy.RESCHEDULE, summary(Status.SUPPLEMENT_REQUESTED))
    assert not policy.allowed("clerk", policy.RESCHEDULE, summary(Status.PROCESSING, due=None))
    assert policy.allowed("clerk", policy.RATE, summary(Status.RETURNED))
    assert not policy.allowed("clerk", policy.RATE, summary(Status.RESULT_READY))


def test_a_refusal_names_the_account_its_role_the_action_and_who_may():
    postal = User(4, "buudien", "Lê Thị Thu Hà", "postal")
    with pytest.raises(policy.RoleNotAllowed) as refused:
        policy.require(postal, policy.move(Status.PROCESSING), summary(Status.RECEIVED))
    assert refused.value.message == (
        "Tài khoản buudien (Nhân viên bưu chính) không được chuyển hồ sơ sang “Đang xử lý”; "
        "việc này dành cho: Cán bộ tiếp nhận; Lãnh đạo / giám sát; Quản trị."
    )
    assert refused.value.text.in_language("en") == (  # the English window reads it whole in English
        "The account buudien (Postal employee) may not move the dossier to “Being processed”; this is for: "
        "Reception clerk; Supervisor; Administrator."
    )
    assert refused.value.to_json()["error"] == "role_not_allowed"
    clerk = User(2, "lan", "Nguyễn Thị Lan", "clerk")
    with pytest.raises(NotAllowed, match="Không thể chuyển hồ sơ từ"):
        policy.require(clerk, policy.move(Status.RETURNED), summary(Status.RECEIVED))
    with pytest.raises(NotAllowed, match="chưa có"):
        policy.printing("bien-ban")
