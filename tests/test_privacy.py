"""The personal-data scan finds personnummer (Luhn-checked), e-mail and phone numbers."""

from __future__ import annotations

from dialogkarta.model.values import NoteData, QuestionData, SessionData
from dialogkarta.privacy import find_personnummer, luhn_ok, scan_session, scan_text


def test_luhn():
    assert luhn_ok("8112189876")
    assert not luhn_ok("8112189875")


def test_personnummer_forms():
    assert find_personnummer("pnr 811218-9876 här") == ["811218-9876"]
    assert find_personnummer("19811218-9876") == ["19811218-9876"]
    assert find_personnummer("8112189876") == ["8112189876"]
    assert find_personnummer("811218-9875") == []  # wrong check digit
    assert find_personnummer("811318-9876") == []  # no 13th month
    assert find_personnummer("2026-03-14 kl 10") == []


def test_email_and_phone():
    kinds = {kind for kind, _ in scan_text("Maila anna.berg@kommun.se eller ring 070-123 45 67")}
    assert kinds == {"email", "phone"}
    assert scan_text("Vi hade 25 deltagare och 3 timmar, år 2026") == []


def test_scan_session_points_at_the_note():
    data = SessionData(id="s", title="t", county="c", municipalities=["M"], date="2026-01-01", questions=[
        QuestionData(key="needs", minutes="ring 0951-123 45", notes=[NoteData(id="n1", text="Klient 811218-9876 behöver stöd")]),
    ])
    hits = scan_session(data)
    assert [(h.kind, h.field, h.note_id) for h in hits] == [("personnummer", "note", "n1"), ("phone", "minutes", None)]
