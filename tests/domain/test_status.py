"""The status machine on the national codes 1–10."""

import itertools
from datetime import datetime

import pytest

from counter_app.services.events import EVENT_KINDS
from counter_core.domain.attachments import ATTACH_EVENT
from counter_core.domain.dossier import Event
from counter_core.domain.satisfaction import RATING_EVENT
from counter_core.domain.status import EVENT_LABELS, TRANSITIONS, Status, check_transition, parse_status
from counter_core.foundation.clock import VN_TZ
from counter_core.foundation.errors import NotAllowed
from counter_core.foundation.texts import Text


def test_the_usual_path_of_a_dossier():
    path = [
        None,
        Status.RECEIVED,
        Status.PROCESSING,
        Status.SUPPLEMENT_REQUESTED,
        Status.PROCESSING,
        Status.RESULT_READY,
        Status.RETURNED,
    ]
    for current, target in itertools.pairwise(path):
        check_transition(current, target)


def test_a_returned_dossier_cannot_move_again():
    for target in Status:
        with pytest.raises(NotAllowed):
            check_transition(Status.RETURNED, target)


def test_a_result_cannot_be_returned_before_it_is_ready():
    with pytest.raises(NotAllowed, match="Được phép"):
        check_transition(Status.RECEIVED, Status.RETURNED)


def test_every_status_has_its_national_label_and_rules():
    assert set(TRANSITIONS) == set(Status) | {None}
    assert Status(5).label == "Yêu cầu bổ sung giấy tờ"
    assert parse_status("10") is Status.RETURNED and parse_status("processing") is Status.PROCESSING
    with pytest.raises(NotAllowed, match="không tồn tại"):
        parse_status("11")


def event(kind: str, status: Status | None = None) -> Event:
    return Event(
        "u-1", kind, status, datetime(2026, 12, 4, 9, 0, tzinfo=VN_TZ), "lan", "Nguyễn Thị Lan", "000.00.31.H56"
    )


def test_every_step_the_desks_record_says_what_it_did_in_either_language():
    kinds = {*EVENT_KINDS.values(), *EVENT_LABELS, RATING_EVENT, ATTACH_EVENT}
    for kind in kinds:
        said = event(kind).text
        assert isinstance(said, Text), kind
        assert said.in_language("en") != said.in_language("vi"), kind
    assert event("receive", Status.RECEIVED).text.in_language("en") == "reception"
    # a processing unit's decision reads as the status it led to; a kind from a newer desk as it is
    assert event("province_status", Status.PROCESSING).text == Status.PROCESSING.text
    assert event("a_newer_kind").text == "a_newer_kind"
