"""Schemathesis against the server's own OpenAPI: generated and malformed requests to every operation, with and
without a desk token, pass every one of schemathesis's checks (never a 5xx; every status, content type, header and
body as the document says; malformed data refused; no operation that needs the token answers without it; a wrong
method answered 405 with Allow), and every refusal is the protocol's error envelope with a Vietnamese message."""

import itertools
import os

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.modes import GenerationMode

from counter_app.sync import engine
from counter_core.protocol import ErrorEnvelope
from tests import hostile

# Malformed data must be refused with a 4xx; 413 is among them: a body holding more values than the server reads (the
# audit's "before" of a few hundred thousand commas) is refused for its size before its shape.
REFUSALS = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]
CONFIG = SchemathesisConfig.from_dict({"checks": {"negative_data_rejection": {"expected-statuses": REFUSALS}}})

OPERATIONS = {
    "GET /health",
    "POST /sync/v1/enrol",
    "POST /sync/v1/push",
    "GET /sync/v1/changes",
    "GET /sync/v1/desk-state",
    "GET /sync/v1/desk-history",
    "POST /sync/v1/audit",
    "GET /sync/v1/audit-history",
    "POST /sync/v1/health-report",
    "GET /sync/v1/files/{sha256}/state",
    "PUT /sync/v1/files/{sha256}",
    "GET /sync/v1/files/{sha256}",
    "GET /sync/v1/dossiers/{code}/files",
    "GET /sync/v1/dossiers/{code}/files.zip",
}


def test_no_request_makes_the_server_fail(server_url, enrolled):
    desk, _ = enrolled
    token = engine.connect(desk).token
    schema = schemathesis.openapi.from_url(f"{server_url}/openapi.json", config=CONFIG)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} == OPERATIONS  # a new operation is fuzzed too: add it here
    for operation, mode in itertools.product(operations, GenerationMode):  # data that fits the schema, and not

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=int(os.environ.get("COUNTER_FUZZ_EXAMPLES", "40")),
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def call(case):
            # With the token, unless the case leaves its header out or breaks it on purpose; and without.
            with_token = (
                {} if case.meta.is_negative_at(ParameterLocation.HEADER) else {"Authorization": f"Bearer {token}"}
            )
            for headers in (with_token, {}):
                response = case.call_and_validate(headers=headers)  # every check schemathesis has
                if response.status_code >= 400:
                    envelope = ErrorEnvelope.model_validate_json(response.content)
                    assert hostile.vietnamese(envelope.error.message), envelope.error.message

        try:
            call()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # an operation without a body or a query has no malformed case
