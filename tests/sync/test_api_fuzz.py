"""Schemathesis against the server's own OpenAPI: generated and malformed requests, with and without a desk
token, never get a 5xx."""

import os

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from counter_app.sync import engine


def test_no_request_makes_the_server_fail(server_url, enrolled):
    desk, _ = enrolled
    token = engine.connect(desk).token
    schema = schemathesis.openapi.from_url(f"{server_url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {"POST /sync/v1/enrol", "POST /sync/v1/push", "GET /sync/v1/changes"}
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=int(os.environ.get("COUNTER_FUZZ_EXAMPLES", "40")), deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def call(case):
            for headers in ({"Authorization": f"Bearer {token}"}, {}):
                case.call_and_validate(headers=headers, checks=[not_a_server_error])

        call()
