"""Fees: fixed, per unit, per page in tiers with a cap (chứng thực bản sao), free by law, left to the province and
priced by its fee table, exemptions with their grounds, and the line the receipt prints."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_core.domain.charges import charge, exemptions_allowed
from counter_core.domain.fee_table import FeeTable
from counter_core.domain.fees import FeeRequest, FeeRule
from counter_core.domain.procedure import SEED_CATALOG, Catalog
from counter_core.foundation.errors import InvalidInput, NotAllowed
from tests.helpers.fees import fee_table

SEED = Catalog.load(SEED_CATALOG)
TABLE = FeeTable.from_json(fee_table())

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


def test_an_exemption_listed_by_the_procedure_makes_it_free_and_says_why():
    adoption = SEED.get("2.001263")  # nuôi con nuôi: 400.000 đ, with exemptions
    exempt = charge(adoption, "", FeeRequest(exemption="Người có công với cách mạng"), None)
    assert (exempt.amount, exempt.exemption) == (0, "Người có công với cách mạng")
    assert exempt.printed().startswith("Miễn lệ phí — Người có công với cách mạng")
    with pytest.raises(InvalidInput, match="không có đối tượng miễn"):
        charge(adoption, "", FeeRequest(exemption="Hộ nghèo"), None)


def test_marriage_and_guardianship_are_free_by_law_with_their_ground():
    for code, reason in (
        ("1.000894", "Đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước"),
        ("1.004837", "Đăng ký giám hộ"),
    ):
        fee = charge(SEED.get(code), "", FeeRequest(), TABLE)
        assert fee.amount == 0
        assert fee.printed() == f"Miễn lệ phí — {reason} (căn cứ Luật Hộ tịch 2014, Điều 11 khoản 1 điểm b)"


def test_a_fee_left_to_the_province_is_pending_until_a_table_prices_it():
    status = SEED.get("1.004873")
    pending = charge(status, "", FeeRequest(), None)
    assert pending.pending and pending.amount == 0 and "HĐND tỉnh" in pending.printed()
    priced = charge(status, "", FeeRequest(), TABLE)
    assert (priced.amount, priced.resolution) == (10000, "Nghị quyết số 99/2025/NQ-HĐND")
    assert priced.printed() == (
        "10.000 đ (Mười nghìn đồng); căn cứ Nghị quyết số 99/2025/NQ-HĐND ngày 10/07/2025 của Hội đồng nhân dân "
        "tỉnh Thử Nghiệm"
    )


def test_the_table_prices_each_case_and_falls_back_to_the_procedure_line():
    change = SEED.get("1.004859")
    assert charge(change, "bo-sung", FeeRequest(), TABLE).amount == 5000
    assert charge(change, "xac-minh", FeeRequest(), TABLE).amount == 15000
    birth = SEED.get("1.001193")  # on time: free by law whatever the table says; late: the table's amount
    assert charge(birth, "", FeeRequest(), TABLE).amount == 0
    assert charge(birth, "qua-han", FeeRequest(), TABLE).amount == 8000


def test_the_table_adds_its_exemptions_only_where_the_province_sets_the_fee():
    status = SEED.get("1.004873")
    assert [e.name for e in exemptions_allowed(status, "", TABLE)] == [
        "Người thuộc gia đình có công với cách mạng",
        "Người thuộc hộ nghèo",
        "Người khuyết tật",
        "Trẻ em",
    ]
    child = charge(status, "", FeeRequest(exemption="Trẻ em"), TABLE)
    assert (child.amount, child.ground, child.resolution) == (
        0,
        "Nghị quyết số 99/2025/NQ-HĐND, Điều 3",
        "Nghị quyết số 99/2025/NQ-HĐND",
    )
    poor = charge(status, "", FeeRequest(exemption="Người thuộc hộ nghèo"), TABLE)
    assert poor.ground == "Luật Hộ tịch 2014, Điều 11 khoản 1 điểm a" and poor.resolution == ""
    with pytest.raises(InvalidInput):  # chứng thực fees are the ministry's: the province's exemption does not apply
        charge(SEED.get("2.000884"), "", FeeRequest(exemption="Trẻ em"), TABLE)


def test_the_example_fee_table_is_refused_and_a_bad_table_is_explained():
    example = FeeTable.from_json(TABLE.to_json() | {"example": True})
    with pytest.raises(NotAllowed, match="tệp ví dụ"):
        example.check_real()
    twice = TABLE.to_json() | {"fees": [{"procedure": "1.004873", "amount": 1}, {"procedure": "1.004873", "amount": 2}]}
    with pytest.raises(InvalidInput, match="ghi hai lần"):
        FeeTable.from_json(twice)
    with pytest.raises(InvalidInput, match="căn cứ"):
        FeeTable.from_json(TABLE.to_json() | {"exemptions": [{"name": "Trẻ em"}]})
    with pytest.raises(InvalidInput, match="loại mức thu"):
        FeeTable.from_json(TABLE.to_json() | {"fees": [{"procedure": "1.004873", "kind": "set_by_province"}]})


def test_a_bad_fee_rule_in_a_catalog_file_is_refused():
    with pytest.raises(InvalidInput):
        FeeRule.from_json({"kind": "per_page", "tiers": [{"from_page": 2, "amount": 1000}]})
    with pytest.raises(InvalidInput):
        FeeRule.from_json({"kind": "gift"})


@given(st.integers(min_value=1, max_value=2000))
def test_page_fee_grows_with_pages_and_never_passes_the_cap(pages):
    assert COPY_CERT.page_fee(pages) <= COPY_CERT.page_fee(pages + 1) <= 200000
