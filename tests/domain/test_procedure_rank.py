"""The intake search ranks the procedure a clerk wants first: over the real seed catalog, in the order the desk reads
it (by field, then code)."""

import unicodedata

from counter_core.domain.procedure import SEED_CATALOG, Catalog, matching
from counter_core.domain.procedure_rank import TOP, most_used, ranked

CATALOG = sorted(Catalog.load(SEED_CATALOG).procedures, key=lambda p: (p.field, p.code))
KHAI_SINH, KET_HOP, LAI_KHAI_SINH = "1.001193", "1.000689", "1.004884"


def codes(text: str, usage: dict[str, int] | None = None) -> list[str]:
    return [p.code for p in ranked(CATALOG, text, usage or {})]


def test_khai_sinh_finds_the_birth_registration_first_not_the_combined_one():
    assert matching(CATALOG, "khai sinh")[0].code == KET_HOP  # what the plain search put first
    assert codes("khai sinh")[:3] == [KHAI_SINH, KET_HOP, LAI_KHAI_SINH]
    assert codes("KHAI SINH") == codes("khai sinh") == codes("khai  sinh ")
    assert codes(unicodedata.normalize("NFD", "Khai Sinh")) == codes("khai sinh")


def test_ranking_finds_what_the_search_finds_and_nothing_more():
    for text in ("khai sinh", "chung thuc", "dang ky", "", "ho tich", "xyz"):
        assert sorted(codes(text)) == sorted(p.code for p in matching(CATALOG, text))


def test_an_exact_name_comes_first_with_or_without_thu_tuc_and_diacritics():
    busy = {KET_HOP: 90, LAI_KHAI_SINH: 40}  # even on a desk that mostly receives the others
    assert codes("Đăng ký khai sinh", busy)[0] == KHAI_SINH
    assert codes("dang ky khai sinh", busy)[0] == KHAI_SINH
    assert codes("Thủ tục đăng ký khai sinh", busy)[0] == KHAI_SINH
    assert codes("đăng ký tạm trú")[0] == "1.004194"


def test_names_that_start_with_the_words_come_before_names_that_only_hold_them():
    found = codes("dang ky ket")
    # "Đăng ký kết hôn" (1.000894, named "Thủ tục đăng ký kết hôn") starts so; "Đăng ký lại kết hôn" holds the words
    assert found[0] == "1.000894" and found.index("1.000894") < found.index("1.004746")
    started = codes("chung thuc ban")  # the last word may be half typed
    assert started[0] == "2.000815"
    assert codes("dang ky kh")[:5] == ["1.001193", "1.000689", "1.000656", "1.000419", "1.004884"]


def test_the_procedures_this_desk_receives_most_come_before_the_rest():
    usage = {KET_HOP: 12, LAI_KHAI_SINH: 30}
    assert codes("khai sinh", usage)[:3] == [LAI_KHAI_SINH, KET_HOP, KHAI_SINH]
    assert codes("khai sinh", {KHAI_SINH: 1, KET_HOP: 0})[0] == KHAI_SINH  # a count of nought is no use
    # the usage orders within a tier, never across: a name that starts with the words stays before
    assert codes("dang ky ket", {"1.004746": 50})[:2] == ["1.000894", "1.004746"]


def test_a_code_typed_exactly_goes_first():
    assert codes("1.001193", {KET_HOP: 99}) == [KHAI_SINH]
    assert codes(" 2.000815 ")[0] == "2.000815"


def test_an_empty_search_shows_the_ten_most_used_then_the_first_of_the_catalog():
    usage = {"2.000815": 300, "2.000884": 120, KHAI_SINH: 80, "1.004194": 80}
    top = [p.code for p in most_used(CATALOG, usage)]
    assert len(top) == TOP and top[:4] == ["2.000815", "2.000884", KHAI_SINH, "1.004194"]
    new_desk = [p.name for p in most_used(CATALOG, {})]
    assert len(new_desk) == TOP and new_desk[0] == "Cấp bản sao trích lục hộ tịch"  # alphabetical
    assert [p.code for p in most_used(CATALOG, usage, limit=2)] == ["2.000815", "2.000884"]
