"""Vietnamese text: NFC storage and the search key that ignores diacritics and folds đ to d."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from counter_core.foundation.text import fold, nfc, words

VIETNAMESE = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯ ",
    max_size=40,
)


def test_typing_without_accents_finds_the_accented_name():
    assert fold("Nguyễn Thị Ngọc Ánh") == "nguyen thi ngoc anh"
    assert fold("Đặng Hồng Bảo") == "dang hong bao"
    assert fold("ĐỖ ĐỨC ĐẠT") == "do duc dat"


def test_nfc_joins_decomposed_marks_and_tidies_spaces():
    decomposed = unicodedata.normalize("NFD", "  Trần   Văn Đức ")
    assert nfc(decomposed) == "Trần Văn Đức"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))


def test_words_split_codes_and_phone_numbers():
    assert words("000.00.31.H56-261122-0001") == ["000", "00", "31", "h56", "261122", "0001"]


@given(VIETNAMESE)
def test_the_search_key_is_plain_ascii_whatever_the_normal_form(text):
    key = fold(text)
    assert key.isascii()
    assert key == fold(unicodedata.normalize("NFD", text)) == fold(nfc(text))
    assert fold(key) == key
