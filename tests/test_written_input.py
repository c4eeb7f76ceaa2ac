"""The quality network's written channel: a response form is made, filled as in Word, read back once."""

from __future__ import annotations

import hashlib

from docx import Document

from dialogkarta import files
from dialogkarta.cli import main


def run_cli(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def network(tmp_path, capsys, *municipalities):
    path = tmp_path / "natverk.dkarta"
    args = ["new", "-o", path, "--county", "Norrbottens län", "--date", "2026-05-05", "--template", "quality_network"]
    for m in municipalities:
        args += ["--municipality", m]
    assert run_cli(capsys, *args)[0] == 0
    return path


def fill_like_a_person(form, filled, answers: dict[int, list[str]]) -> None:
    """Click in the box under "Svar på fråga N", type over the placeholder, Enter between items, save."""
    document = Document(form)
    boxes = {int(t.cell(0, 0).text.rsplit(" ", 1)[1]): t.cell(1, 0) for t in document.tables}
    for number, items in answers.items():
        cell = boxes[number]
        cell.paragraphs[0].text = items[0]
        for item in items[1:]:
            cell.paragraphs[0].insert_paragraph_before(item)  # order does not matter for the test
    document.save(filled)


def test_form_is_made_filled_and_read_back_as_notes_of_that_municipality_and_channel_once(tmp_path, capsys):
    path = network(tmp_path, capsys, "Kiruna", "Jokkmokk")
    form = tmp_path / "svar-jokkmokk.docx"
    status, out, err = run_cli(capsys, "export", path, "--kind", "form", "--municipality", "Jokkmokk", "-o", form)
    assert (status, err) == (0, "")
    text = "\n".join(p.text for p in Document(form).paragraphs)
    assert "Vilka utmaningar/behov har vi i vår kommun?" in text and "Jokkmokk" in text
    filled = tmp_path / "ifyllt.docx"
    fill_like_a_person(form, filled, {1: ["Dokumentation inom barn och unga", "Uppföljning av insatser"],
                                      3: ["Rekrytering av socionomer"]})

    status, out, _ = run_cli(capsys, "import-form", filled, "--into", path, "--dry-run")
    assert status == 0 and "3 nya svar skulle läggas till" in out and "Utskick i förväg" in out
    assert files.read_session(path).note_count == 0  # the preview changes nothing

    status, out, _ = run_cli(capsys, "import-form", filled, "--into", path)
    assert status == 0 and "3 nya svar tillagda" in out
    data = files.read_session(path)
    notes = {(key, n.text, n.municipality, n.channel) for key, n in data.all_notes()}
    assert notes == {("quality_areas", "Dokumentation inom barn och unga", "Jokkmokk", "sent_out"),
                     ("quality_areas", "Uppföljning av insatser", "Jokkmokk", "sent_out"),
                     ("challenges", "Rekrytering av socionomer", "Jokkmokk", "sent_out")}

    status, out, _ = run_cli(capsys, "import-form", filled, "--into", path)
    assert status == 0 and "0 nya svar tillagda" in out
    assert files.read_session(path).note_count == 3


def test_written_reflections_after_the_meeting_go_under_the_questions_they_name(tmp_path, capsys):
    path = network(tmp_path, capsys, "Kiruna")
    reflections = tmp_path / "reflektioner.txt"
    reflections.write_text("Fråga 2\n\nUtbildning i förbättringsmetoder\n\nFråga 4\n\nTräffas digitalt varannan månad\n",
                           encoding="utf-8")
    status, out, _ = run_cli(capsys, "import-form", reflections, "--into", path)
    assert status == 0 and "2 nya svar tillagda" in out
    data = files.read_session(path)
    assert {(k, n.text, n.municipality, n.channel) for k, n in data.all_notes()} == {
        ("knowledge", "Utbildning i förbättringsmetoder", "Kiruna", "written_after"),
        ("other", "Träffas digitalt varannan månad", "Kiruna", "written_after")}


def test_a_form_of_another_session_or_a_bad_file_is_refused_in_one_sentence_and_nothing_changes(tmp_path, capsys):
    first = network(tmp_path, capsys, "Kiruna")
    form = tmp_path / "form.docx"
    assert run_cli(capsys, "export", first, "--kind", "form", "-o", form)[0] == 0
    other = tmp_path / "annan"
    other.mkdir()
    second = network(other, capsys, "Kiruna")
    before = hashlib.sha256(second.read_bytes()).hexdigest()
    status, _, err = run_cli(capsys, "import-form", form, "--into", second)
    assert status == 2 and str(form) in err and "annan session" in err and "Traceback" not in err
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"PK\x03\x04 inte en riktig zip")
    status, _, err = run_cli(capsys, "import-form", broken, "--into", second)
    assert status == 2 and str(broken) in err and len(err.strip().splitlines()) == 1
    status, _, err = run_cli(capsys, "export", second, "--kind", "form", "--municipality", "Luleå", "-o", tmp_path / "x.docx")
    assert status == 2 and "Luleå" in err and not (tmp_path / "x.docx").exists()
    assert hashlib.sha256(second.read_bytes()).hexdigest() == before
