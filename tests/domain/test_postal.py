"""Postal item codes (UPU S10 check digit), what a scanned code is, ID masking, and the scan rule of each flow."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_core.domain.citizen_id import mask_id_number
from counter_core.domain.postal import CodeKind, Scanned, check_digit, parse_item_code
from counter_core.domain.postal_batch import BatchState, Dossier, Facts, Flow, Link, Refusal, judge
from counter_core.domain.status import Status
from counter_core.foundation.errors import InvalidInput
from tests.helpers.postal import item_code

UNIT = "000.00.31.H56"
serials = st.text("0123456789", min_size=8, max_size=8)
letters = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)


@pytest.mark.parametrize("code", ["EE123456785VN", "RR473124829GB", "CP123456785VN", "EE000000005VN", "RA000000059VN"])
def test_valid_item_codes_are_accepted_as_they_are(code):
    assert parse_item_code(code) == code


WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def weighted(serial: str) -> int:
    return sum(int(d) * w for d, w in zip(serial, WEIGHTS))


def test_the_check_digit_follows_the_upu_weights():
    assert check_digit("12345678") == 5  # 204 ≡ 6 (mod 11): 11 - 6
    assert check_digit("47312482") == 9  # 200 ≡ 2: 11 - 2
    assert check_digit("00000001") == 4  # 7: 11 - 7


def test_a_sum_leaving_one_gives_zero_and_a_sum_leaving_zero_gives_five():
    one = next(f"{n:08d}" for n in range(10**5) if weighted(f"{n:08d}") % 11 == 1)
    zero = next(f"{n:08d}" for n in range(1, 10**5) if weighted(f"{n:08d}") % 11 == 0)
    assert check_digit(one) == 0 and check_digit(zero) == 5 and check_digit("00000000") == 5


@given(serials)
def test_the_check_digit_is_a_digit(serial):
    assert 0 <= check_digit(serial) <= 9


@pytest.mark.parametrize(
    "text",
    [
        "EE123456784VN",
        "EE123456786VN",
        "EE12345678VN",
        "E123456785VN",
        "EE123456785V",
        "1E123456785VN",
        "",
        "EE-123456785-VN",
    ],
)
def test_wrong_check_digits_and_wrong_shapes_are_refused(text):
    with pytest.raises(InvalidInput):
        parse_item_code(text)


@given(letters, serials, letters)
def test_every_generated_code_is_valid_and_canonical(service, serial, country):
    code = item_code(service, serial, country)
    assert parse_item_code(code) == code
    assert parse_item_code(f" {code.lower()} ") == code


@given(letters, serials, st.integers(min_value=1, max_value=9), letters)
def test_any_other_check_digit_is_refused(service, serial, shift, country):
    wrong = (check_digit(serial) + shift) % 10
    with pytest.raises(InvalidInput, match="sai số kiểm tra"):
        parse_item_code(f"{service}{serial}{wrong}{country}")


@given(letters, serials, st.integers(min_value=0, max_value=7), st.integers(min_value=1, max_value=9))
def test_a_single_misread_serial_digit_is_caught_unless_both_sums_map_to_five(service, serial, position, shift):
    code = item_code(service, serial)
    misread = serial[:position] + str((int(serial[position]) + shift) % 10) + serial[position + 1 :]
    scanned = Scanned.of(f"{service}{misread}{code[10]}VN")
    # The scheme's one blind spot: remainders 0 (11 → 5) and 6 (11 - 6) give the same check digit.
    blind = {weighted(serial) % 11, weighted(misread) % 11} == {0, 6}
    assert scanned.kind is (CodeKind.ITEM if blind else CodeKind.BAD_ITEM)


def test_a_scan_is_a_dossier_code_an_item_code_a_misread_item_code_or_unknown():
    dossier = Scanned.of(" 000.00.31.H56-261123-0001 ")
    assert (dossier.kind, dossier.code, dossier.unit_code) == (CodeKind.DOSSIER, "000.00.31.H56-261123-0001", UNIT)
    assert Scanned.of("ee123456785vn").kind is CodeKind.ITEM and Scanned.of("ee123456785vn").code == "EE123456785VN"
    assert Scanned.of("EE123456784VN").kind is CodeKind.BAD_ITEM
    assert Scanned.of("hello").kind is CodeKind.UNKNOWN and Scanned.of("hello").code == "hello"


@pytest.mark.parametrize(
    "number, masked", [("038187042028", "0381******28"), ("212163684", "212****84"), ("12345", "*****")]
)
def test_id_numbers_are_masked_for_printed_lists(number, masked):
    assert mask_id_number(number) == masked


def ready(code="000.00.31.H56-261123-0001", **changes):
    return Dossier(**({"code": code, "status": Status.RESULT_READY, "by_post": True, "ours": True} | changes))


ITEM = item_code("EE", "12345678")
D1 = "000.00.31.H56-261123-0001"


def verdict(flow, text, state=BatchState(), **facts):
    return judge(flow, Scanned.of(text), state, Facts(**facts), UNIT)


def test_intake_takes_new_packages_and_refuses_everything_else():
    assert verdict(Flow.INTAKE, ITEM).accepted
    assert verdict(Flow.INTAKE, ITEM, BatchState(frozenset({ITEM}))).refusal is Refusal.DUPLICATE
    assert verdict(Flow.INTAKE, ITEM, elsewhere="BC01-00002").refusal is Refusal.DUPLICATE
    assert verdict(Flow.INTAKE, ITEM, link=Link(D1, "intake")).refusal is Refusal.LINKED_ELSEWHERE
    assert verdict(Flow.INTAKE, D1, dossier=ready()).refusal is Refusal.WRONG_CODE
    assert verdict(Flow.INTAKE, "EE123456784VN").refusal is Refusal.UNREADABLE
    assert verdict(Flow.INTAKE, "xyz").refusal is Refusal.UNKNOWN


def test_results_pair_a_ready_dossier_returned_by_post_with_the_item_code_scanned_after_it():
    assert verdict(Flow.RESULTS, D1, dossier=ready()).accepted
    paired = verdict(Flow.RESULTS, ITEM, BatchState(waiting=D1))
    assert paired.accepted and (paired.dossier_code, paired.item_code) == (D1, ITEM)
    assert verdict(Flow.RESULTS, ITEM).refusal is Refusal.WRONG_CODE  # no dossier waiting for it
    assert (
        verdict(Flow.RESULTS, ITEM, BatchState(waiting=D1), link=Link("X-261120-0001", "intake")).refusal
        is Refusal.LINKED_ELSEWHERE
    )


@pytest.mark.parametrize(
    "dossier, refusal, words",
    [
        (ready(status=Status.PROCESSING), Refusal.WRONG_STATE, "Đang xử lý"),
        (ready(status=Status.RETURNED), Refusal.WRONG_STATE, "đã trả kết quả"),
        (ready(by_post=False), Refusal.WRONG_STATE, "không qua bưu chính"),
        (ready(handed_over=ITEM), Refusal.WRONG_STATE, "đã bàn giao"),
        (ready(ours=False), Refusal.OTHER_UNIT, "đơn vị khác"),
    ],
)
def test_results_refuse_a_dossier_not_ready_for_the_post_saying_why(dossier, refusal, words):
    found = verdict(Flow.RESULTS, D1, dossier=dossier)
    assert found.refusal is refusal and words in found.message.in_language()


def test_a_dossier_code_of_another_unit_or_unknown_is_refused_before_any_flow_rule():
    for flow in Flow:
        assert verdict(flow, "000.00.99.H56-261123-0001").refusal is Refusal.OTHER_UNIT
        assert verdict(flow, "000.00.31.H56-261123-0099").refusal is Refusal.UNKNOWN
    assert verdict(Flow.RESULTS, D1, BatchState(waiting=D1), dossier=ready()).refusal is Refusal.DUPLICATE
    assert verdict(Flow.RESULTS, D1, BatchState(dossiers=frozenset({D1})), dossier=ready()).refusal is Refusal.DUPLICATE


def test_delivered_takes_the_item_code_or_the_dossier_code_of_a_result_handed_to_the_post():
    handed = ready(handed_over=ITEM)
    by_item = verdict(Flow.DELIVERED, ITEM, link=Link(D1, "results"), dossier=handed)
    assert by_item.accepted and (by_item.dossier_code, by_item.item_code) == (D1, ITEM)
    assert verdict(Flow.DELIVERED, D1, dossier=handed).item_code == ITEM
    assert verdict(Flow.DELIVERED, ITEM).refusal is Refusal.UNKNOWN
    assert verdict(Flow.DELIVERED, ITEM, link=Link(D1, "intake"), dossier=ready()).refusal is Refusal.WRONG_CODE
    assert verdict(Flow.DELIVERED, D1, dossier=ready()).refusal is Refusal.WRONG_STATE  # never handed over
    assert (
        verdict(Flow.DELIVERED, D1, dossier=ready(handed_over=ITEM, status=Status.RETURNED)).refusal
        is Refusal.WRONG_STATE
    )
    assert (
        verdict(Flow.DELIVERED, ITEM, BatchState(frozenset({ITEM})), link=Link(D1, "results"), dossier=handed).refusal
        is Refusal.DUPLICATE
    )


def test_an_item_code_in_other_scripts_digits_is_not_read_as_one():
    valid = f"EE12345678{check_digit('12345678')}VN"
    assert parse_item_code(valid) == valid
    arabic = valid.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    with pytest.raises(InvalidInput):
        parse_item_code(arabic)
