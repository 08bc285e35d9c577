"""The bidirectional algorithm for PDF lines: levels and the order runs are written down in."""

from hypothesis import given
from hypothesis import strategies as st

from revmentor_desktop.core.documents.bidi import base_level, levels, visual
from revmentor_desktop.core.text import FSI, PDI, isolate

HEBREW, SANS = "Hebrew", "Sans"


def written(runs, base):
    return "".join(text for _, text in visual(runs, base, (HEBREW,)))


def test_the_paragraph_level_comes_from_the_first_strong_letter_outside_isolates():
    assert base_level("שלום world") == 1
    assert base_level("world שלום") == 0
    assert base_level("123 שלום") == 1  # digits are not strong
    assert base_level(f"{isolate('שלום')} signs as:") == 0
    assert base_level("") == 0


def test_levels_follow_the_rules_for_letters_numbers_and_neutrals():
    # L, then R with a neutral space between them (N2: the embedding level), then a
    # number after R (I2: two levels up), then a full stop at the end (L1).
    assert levels("ab אב 12.", 0) == [0, 0, 0, 1, 1, 1, 2, 2, 0]
    # In a right-to-left paragraph a Latin word goes up one level.
    assert levels("אב ab", 1) == [1, 1, 1, 2, 2]
    # A combining mark takes its letter's level (W1).
    assert levels("א\u05b7b", 0) == [1, 1, 0]


def test_right_to_left_words_are_swapped_inside_a_left_to_right_sentence():
    runs = [(SANS, "What "), (HEBREW, "שירה כהן"), (SANS, " (mentor) learns.")]
    assert written(runs, 0) == "What כהן שירה (mentor) learns."


def test_an_isolated_name_keeps_the_sentence_left_to_right():
    runs = [(HEBREW, f"{FSI}שירה כהן{PDI}"), (SANS, " signs as:")]
    assert base_level("".join(t for _, t in runs)) == 0
    assert written(runs, 0) == "כהן שירה signs as:"


def test_a_right_to_left_line_reads_from_the_right_with_numbers_and_brackets_in_place():
    # Digits keep their own order; a bracket drawn in another face is mirrored (L4).
    runs = [(HEBREW, "צוות 2024 "), (SANS, "("), (HEBREW, "חדש"), (SANS, ").")]
    assert written(runs, 1) == ".(חדש) 2024 צוות"
    # A Latin phrase inside stays in its order.
    assert written([(HEBREW, "אני לומד "), (SANS, "Power BI"), (HEBREW, " היום")], 1) == (
        "היום Power BI לומד אני"
    )


@given(st.text(alphabet="ab 1.(אבג)" + FSI + PDI))
def test_writing_down_keeps_every_character_but_isolate_marks(text):
    out = written([(SANS, text)], base_level(text))
    # Mirroring may turn "(" into ")": compare with the brackets made one.
    same = str.maketrans(")", "(", FSI + PDI)
    assert sorted(out.translate(same)) == sorted(text.translate(same))
