"""Dossier codes: per-day sequences that never collide between desks, even offline."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_core.domain.codes import MAX_DESKS, DossierCode, sequence_for
from counter_core.foundation.errors import InvalidInput


def test_the_code_has_the_unit_the_day_and_four_digits():
    code = DossierCode("000.00.31.H56", date(2026, 11, 22), 1)
    assert str(code) == "000.00.31.H56-261122-0001"
    assert DossierCode.parse(str(code)) == code


def test_each_desk_starts_in_its_own_block():
    assert sequence_for(1, 1) == 1
    assert sequence_for(2, 1) == 1001
    assert sequence_for(9, 1000) == 9000


def test_past_its_block_a_desk_overflows_above_9999_and_the_code_stays_valid():
    seq = sequence_for(1, 1001)
    code = DossierCode("H56", date(2026, 11, 22), seq)
    assert seq > 9999 and code.overflowed
    assert DossierCode.parse(str(code)).sequence == seq


def test_a_desk_outside_the_four_digit_space_is_refused():
    with pytest.raises(InvalidInput):
        sequence_for(11, 1, block=1000)
    with pytest.raises(InvalidInput):
        sequence_for(0, 1)


def test_a_malformed_code_is_refused_in_vietnamese():
    with pytest.raises(InvalidInput, match="Mã hồ sơ"):
        DossierCode.parse("H56-261399-0001")


@st.composite
def desks_of_a_unit(draw, n=2):
    """A block size and ``n`` distinct desk numbers that fit the four-digit space with it."""
    block = draw(st.integers(min_value=1, max_value=3000))
    highest = min(MAX_DESKS, (9998 // block) + 1)
    desks = draw(st.lists(st.integers(min_value=1, max_value=highest), min_size=n, max_size=n, unique=True))
    return block, desks


@given(desks_of_a_unit(), st.integers(min_value=1, max_value=20000), st.integers(min_value=1, max_value=20000))
def test_two_desks_never_issue_the_same_number(unit, i, j):
    block, (d1, d2) = unit
    assert sequence_for(d1, i, block) != sequence_for(d2, j, block)


@given(desks_of_a_unit(n=1), st.integers(min_value=1, max_value=20000))
def test_one_desk_never_issues_a_number_twice(unit, i):
    block, (d,) = unit
    assert sequence_for(d, i, block) < sequence_for(d, i + 1, block)
