"""The personal-data guard reads every text of the data model, and personal data as people write it in a hurry.

The session is built from the dataclasses in model/values.py: every text field (and every text
in a list or a survey answer) gets a personnummer, so a field added later is covered by itself.
"""

from __future__ import annotations

import typing
from dataclasses import MISSING, fields, is_dataclass

import pytest

from dialogkarta import cli, files, privacy
from dialogkarta.model import values
from dialogkarta.privacy import MACHINE_FIELDS, scan_session, scan_text

PNR = "811218-9876"


def _build(cls, planted: list[str]):
    """An instance of a model dataclass with a personnummer in every text it can hold."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for item in fields(cls):
        kind = hints[item.name]
        args = typing.get_args(kind)
        plain = {a for a in args if a is not type(None)} or {kind}
        if item.name in MACHINE_FIELDS:  # set by the app, not typed: a plausible value, not scanned
            if item.default is not MISSING:
                kwargs[item.name] = item.default
            elif item.default_factory is not MISSING:
                kwargs[item.name] = item.default_factory()
            else:
                kwargs[item.name] = {"key": "needs"}.get(item.name, f"id-{len(planted)}")
            continue
        if plain == {str}:
            text = f"{cls.__name__}.{item.name}: {PNR}"
            planted.append(text)
            kwargs[item.name] = text
        elif typing.get_origin(kind) is list:
            (inner,) = typing.get_args(kind)
            if inner is str:
                text = f"{cls.__name__}.{item.name}[0]: {PNR}"
                planted.append(text)
                kwargs[item.name] = [text]
            elif is_dataclass(inner):
                kwargs[item.name] = [_build(inner, planted)]
            elif typing.get_origin(inner) is dict:  # survey answers: every text in them
                text = f"{cls.__name__}.{item.name}[0]: {PNR}"
                planted.append(text)
                kwargs[item.name] = [{"ratings": {"purpose": 4}, "comment": text}]
        # numbers keep their defaults
    return cls(**kwargs)


def test_every_text_field_of_the_data_model_is_scanned():
    planted: list[str] = []
    session = _build(values.SessionData, planted)
    assert len(planted) >= 20, planted  # title, place, facilitators, keywords, themes, role, area, survey, …
    hits = scan_session(session)
    assert len(hits) == len(planted), (len(hits), len(planted))
    for hit in hits:
        line = privacy.describe(hit)
        assert PNR in line and not line.endswith(f"i {hit.field}"), line  # each place has a Swedish name


HURRIED = {
    "811218–9876": "personnummer", "811218—9876": "personnummer", "19811218 9876": "personnummer",
    "81 12 18 - 98 76": "personnummer", "811218-9875": "personnummer_unchecked",
    "anna.berg at bjurholm punkt se": "email", "anna(at)bjurholm.se": "email", "anna [snabel-a] kommun dot se": "email",
    "070-123 45 67": "phone", "070 123 45 67": "phone", "+46 (0)70-123 45 67": "phone", "0046 70 123 45 67": "phone",
    "070/123 45 67": "phone", "070.123.45.67": "phone", "0934–123 45": "phone", "08-123 456 78": "phone",
}


@pytest.mark.parametrize("written", list(HURRIED))
def test_personal_data_written_in_a_hurry_is_found(written):
    assert [kind for kind, _ in scan_text(f"Ring {written} i morgon")] == [HURRIED[written]]


@pytest.mark.parametrize("harmless", ["Vi var 12 deltagare 2026-03-14", "Mötet 09:30-12:00", "År 2025 kostade det 1 200 000 kr",
                                      "möte at home", "sidorna 10-12"])
def test_ordinary_text_is_not_flagged(harmless):
    assert scan_text(harmless) == []


def test_a_wrong_check_digit_is_listed_after_the_valid_ones(new_session):
    from dialogkarta import ops

    ops.add_note(new_session.db, question="needs", text="Fel siffra 811218-9875", facet="own")
    ops.add_note(new_session.db, question="needs", text="Rätt siffra 811218-9876", facet="own")
    from dialogkarta.store.queries import load_session

    kinds = [hit.kind for hit in scan_session(load_session(new_session.db))]
    assert kinds == ["personnummer", "personnummer_unchecked"]


@pytest.mark.parametrize("field", ["title", "place", "keyword", "theme", "role"])
def test_documents_stop_on_personal_data_in_fields_they_show(tmp_path, capsys, new_session, field):
    from dialogkarta import ops

    db = new_session.db
    if field in ("title", "place"):
        ops.update_session(db, changes={field: f"Kontakt {PNR}"})
    elif field == "keyword":
        ops.add_note(db, question="needs", text="Lapp", facet="own", keywords=[f"kontakt {PNR}"])
    elif field == "theme":
        note = ops.add_note(db, question="needs", text="Lapp", facet="own")
        ops.create_group(db, question="needs", label=f"Tema {PNR}", note_ids=[note.id])
    else:
        ops.add_participant(db, role=f"Chef {PNR}", area="IFO")
    path = new_session.path
    new_session.close()
    for kind, name in (("summary", "s.docx"), ("material", "m.xlsx"), ("json", "j.json")):
        status = cli.main(["export", str(path), "--kind", kind, "-o", str(tmp_path / name)])
        err = capsys.readouterr().err
        assert status == 3 and PNR in err, (kind, field, err)
        assert not (tmp_path / name).exists()
    assert files.read_session(path).title  # the file is untouched and readable
