"""Capture parsing: #tokens become keywords."""

from __future__ import annotations

from dialogkarta.capture import current_token, parse_capture, token_for

VOCABULARY = ["kompetensförsörjning", "barn och unga", "Digitalisering"]


def test_tokens_become_keywords_and_leave_the_text():
    assert parse_capture("Svårt att rekrytera #kompetensförsörjning", VOCABULARY) == (
        "Svårt att rekrytera", ["kompetensförsörjning"])


def test_underscores_name_multiword_keywords_and_vocabulary_spelling_wins():
    text, keywords = parse_capture("#BARN_OCH_UNGA Skolsamverkan #digitalisering #nytt_ord", VOCABULARY)
    assert text == "Skolsamverkan"
    assert keywords == ["barn och unga", "Digitalisering", "nytt ord"]


def test_swedish_letters_emoji_and_repeats():
    text, keywords = parse_capture("Äldre 👵 på landet #äldreomsorg #Äldreomsorg #ö", ["äldreomsorg"])
    assert text == "Äldre 👵 på landet"
    assert keywords == ["äldreomsorg", "ö"]


def test_hash_inside_a_word_is_text():
    assert parse_capture("Ärende C#12 och mejl", VOCABULARY) == ("Ärende C#12 och mejl", [])


def test_current_token_for_completion():
    assert current_token("Text #komp", 10) == (5, "komp")
    assert current_token("Text utan", 9) is None
    assert token_for("barn och unga") == "#barn_och_unga"
