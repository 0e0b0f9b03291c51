"""The status machine on the national codes 1–10."""

import itertools

import pytest

from counter_core.domain.status import TRANSITIONS, Status, check_transition, parse_status
from counter_core.foundation.errors import NotAllowed


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
