"""Names and the scripts written without spaces."""
import pytest

from db.text import display_name, has_no_space_script, initials


@pytest.mark.parametrize("first, last, shown, letters", [
    ("Ada", "Rossi", "Ada Rossi", "AR"),
    ("Ștefan", "Ionescu", "Ștefan Ionescu", "ȘI"),
    ("洋", "陈", "陈洋", "陈"),
    ("민준", "김", "김민준", "김"),
    ("สมชาย", "ใจดี", "ใจดีสมชาย", "ใ"),
    ("Ada", "", "Ada", "A"),
    ("", "", "", "?"),
])
def test_names_read_in_their_own_order(first, last, shown, letters):
    assert display_name(first, last) == shown
    assert initials(first, last) == letters


def test_short_and_long_texts_are_told_apart_the_same_way():
    for text, expected in (("Ada Rossi", False), ("Ada 陈", True), ("emoji 🍕 only", False),
                           ("€ and ™ and ∑", False), ("カタカナ", True)):
        assert has_no_space_script(text) is expected
        assert has_no_space_script(text + " " + "x" * 80) is expected  # past the short-name path
