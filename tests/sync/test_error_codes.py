"""The wire carries codes: the server's error envelope and its refusals of a desk's actions come with the code and
parameters of their text, which the desk shows in its own language; a desk of the first release, which reads
answers strictly, gets them as it knows them (the Vietnamese words only)."""

import json
import uuid
from datetime import UTC, datetime

import pytest
import requests

from counter_core.protocol import FEATURES_HEADER, MESSAGE_CODES, ItemResult, Outcome, PushResponse, for_desk


@pytest.mark.parametrize("features", ["", "some-later-feature"])
def test_a_desk_of_the_first_release_gets_the_envelope_it_knows(server_url, features):
    answer = requests.get(f"{server_url}/sync/v1/changes", headers={FEATURES_HEADER: features}, timeout=10)
    assert answer.status_code == 401
    assert answer.json()["error"] == {
        "code": "unauthenticated",
        "message": "Quầy chưa đăng ký với máy chủ tỉnh hoặc mã truy cập không đúng.",
        "detail": None,
    }


def test_a_desk_that_reads_codes_gets_the_code_and_parameters_of_the_text(server_url):
    headers = {FEATURES_HEADER: MESSAGE_CODES, "Content-Type": "application/json"}
    answer = requests.post(f"{server_url}/sync/v1/nowhere", data=b"{}", headers=headers, timeout=10)
    error = answer.json()["error"]
    assert (error["code"], error["message_code"], error["message_params"]) == (
        "http_error",
        "province.no_such_address",
        {},
    )


def test_a_push_answer_names_the_code_of_a_refusal_only_to_a_desk_that_reads_it():
    refused = ItemResult(
        op_id=uuid.uuid4(),
        desk_seq=1,
        outcome=Outcome.REJECTED,
        reason="Sự kiện đầu tiên của hồ sơ phải là tiếp nhận.",
        code="status_not_allowed",
        field="event.status",
        reason_code="province.first_event_not_reception",
        reason_params={},
    )
    answer = PushResponse(server_time=datetime.now(UTC), applied_through=1, results=[refused])
    first_release = json.loads(for_desk(answer, ""))["results"][0]
    assert set(first_release) == {"op_id", "desk_seq", "outcome", "reason", "code", "field"}
    this_release = json.loads(for_desk(answer, f"other, {MESSAGE_CODES}"))["results"][0]
    assert this_release["reason_code"] == "province.first_event_not_reception"
    assert (this_release["code"], this_release["field"]) == ("status_not_allowed", "event.status")
