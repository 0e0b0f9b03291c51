"""Fees: fixed, per unit, per page in tiers with a cap (chứng thực bản sao), exemptions."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_core.domain.fees import FeeRequest, FeeRule
from counter_core.foundation.errors import InvalidInput

COPY_CERT = FeeRule.from_json(
    {
        "kind": "per_page",
        "unit": "bản",
        "cap_per_copy": 200000,
        "tiers": [{"from_page": 1, "to_page": 2, "amount": 2000}, {"from_page": 3, "amount": 1000}],
    }
)


@pytest.mark.parametrize(
    "pages, per_copy", [(1, 2000), (2, 4000), (3, 5000), (10, 12000), (198, 200000), (250, 200000)]
)
def test_certified_copy_fee_by_pages_with_a_cap(pages, per_copy):
    assert COPY_CERT.compute(FeeRequest(quantity=1, pages=pages)).amount == per_copy
    assert COPY_CERT.compute(FeeRequest(quantity=3, pages=pages)).amount == 3 * per_copy


def test_certified_copy_needs_the_page_count():
    with pytest.raises(InvalidInput, match="số trang"):
        COPY_CERT.compute(FeeRequest(quantity=1, pages=0))


def test_per_unit_fee_explains_itself():
    rule = FeeRule.from_json({"kind": "per_unit", "amount": 10000, "unit": "trường hợp"})
    fee = rule.compute(FeeRequest(quantity=2))
    assert fee.amount == 20000
    assert fee.explanation == "10.000 đ/trường hợp × 2 trường hợp"


def test_an_exemption_listed_by_the_procedure_makes_it_free():
    rule = FeeRule.from_json({"kind": "fixed", "amount": 400000})
    assert (
        rule.compute(FeeRequest(exemption="Người có công với cách mạng"), ("Người có công với cách mạng",)).amount == 0
    )
    with pytest.raises(InvalidInput, match="không có đối tượng miễn"):
        rule.compute(FeeRequest(exemption="Hộ nghèo"), ("Người có công với cách mạng",))


def test_a_bad_fee_rule_in_a_catalog_file_is_refused():
    with pytest.raises(InvalidInput):
        FeeRule.from_json({"kind": "per_page", "tiers": [{"from_page": 2, "amount": 1000}]})
    with pytest.raises(InvalidInput):
        FeeRule.from_json({"kind": "gift"})


@given(st.integers(min_value=1, max_value=2000))
def test_page_fee_grows_with_pages_and_never_passes_the_cap(pages):
    assert COPY_CERT.page_fee(pages) <= COPY_CERT.page_fee(pages + 1) <= 200000
