"""`dialogkarta export`: every kind from the command line, personal data, bad requests."""

from __future__ import annotations

import os
import stat

import pytest
from docx import Document

from dialogkarta import files, ops
from dialogkarta.store import open_session_file
from tests.test_cli import _snapshot, run_cli

KINDS = [("summary", "docx"), ("summary", "pdf"), ("material", "docx"), ("material", "xlsx"), ("material", "csv"),
         ("slides", "pptx"), ("map", "pdf"), ("briefing", "pdf"), ("briefing", "docx"), ("survey", "docx"),
         ("survey", "pdf"), ("json", "json")]


@pytest.mark.parametrize("kind, extension", KINDS)
def test_every_kind_is_written_from_the_command_line(tmp_path, capsys, example_session, kind, extension):
    out = tmp_path / f"out.{extension}"
    status, stdout, err = run_cli(capsys, "export", example_session, "--kind", kind, "-o", out)
    assert (status, err) == (0, "")
    assert out.stat().st_size > 1000 and "skriven" in stdout
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def _with_personnummer(path):
    with open_session_file(path) as file:
        data = files.read_session(path)
        key = data.questions[2].key
        ops.add_note(file.db, question=key, text="Ring Kalle 19811218-9876 om ärendet", facet="own")
        ops.add_note(file.db, question=key, text="mejla kalle@example.se", facet="own")


def test_personal_data_stops_the_export_with_status_3_and_lists_the_hits(tmp_path, capsys, example_session):
    _with_personnummer(example_session)
    before = _snapshot(tmp_path)
    status, _, err = run_cli(capsys, "export", example_session, "--kind", "summary", "-o", tmp_path / "s.docx")
    assert status == 3
    assert "19811218-9876" in err and "kalle@example.se" in err and "Behov av KUF" in err
    assert "--allow-personal-data" in err
    assert _snapshot(tmp_path) == before
    status, _, err = run_cli(capsys, "export", example_session, "--kind", "summary", "-o", tmp_path / "s.docx",
                             "--allow-personal-data")
    assert status == 0
    assert "19811218-9876" in "\n".join(p.text for p in Document(tmp_path / "s.docx").paragraphs)


def test_blank_map_and_briefing_need_no_personal_data_check(tmp_path, capsys, example_session):
    _with_personnummer(example_session)
    assert run_cli(capsys, "export", example_session, "--kind", "map", "--blank", "-o", tmp_path / "m.pdf")[0] == 0
    assert run_cli(capsys, "export", example_session, "--kind", "briefing", "-o", tmp_path / "b.pdf")[0] == 0


@pytest.mark.parametrize("kind, name, message", [
    ("poster", "x.pdf", "okänd exporttyp 'poster'"),
    ("summary", "folder.docx", "det finns redan en mapp med det namnet"),
    ("summary", "x.pptx", "kan inte skrivas som '.pptx'"),
    ("map", "x", "(ingen filändelse)"),
])
def test_unknown_kind_or_extension_is_a_clear_error(tmp_path, capsys, example_session, kind, name, message):
    if name == "folder.docx":
        (tmp_path / name).mkdir()
    before = _snapshot(tmp_path)
    status, _, err = run_cli(capsys, "export", example_session, "--kind", kind, "-o", tmp_path / name)
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1
    assert _snapshot(tmp_path) == before


def test_read_only_folder_gives_a_clear_message(tmp_path, capsys, example_session, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:  # root writes anywhere: make the folder refuse as it would for a user
        import tempfile

        real = tempfile.mkstemp

        def refuse(*args, dir=None, **kwargs):
            if str(dir) == str(folder):
                raise PermissionError(13, "Permission denied")
            return real(*args, dir=dir, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        status, _, err = run_cli(capsys, "export", example_session, "--kind", "summary", "-o", folder / "s.docx")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert status == 2 and "kan inte skriva i mappen" in err and str(folder) in err
    assert list(folder.iterdir()) == []


def test_failed_write_leaves_no_file_under_the_real_name(tmp_path, capsys, example_session, monkeypatch):
    import dialogkarta.report.slides as slides

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(slides, "write_slides", broken)  # export imports it when it runs
    status, _, err = run_cli(capsys, "export", example_session, "--kind", "slides", "-o", tmp_path / "s.pptx")
    assert status == 2 and "disken är full" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.dkarta"]


@pytest.mark.parametrize("kind, extension, stopped", [
    ("summary", "docx", False), ("material", "xlsx", True), ("map", "pdf", False), ("json", "json", True),
])
def test_only_personal_data_the_document_carries_stops_it(tmp_path, capsys, example_session, kind, extension, stopped):
    with open_session_file(example_session) as file:
        ops.update_session(file.db, changes={"preparation": "Kontakt: Anna, 070-123 45 67"})
        minutes = files.read_session(example_session).question("conditions").minutes
        ops.update_question(file.db, question="conditions", changes={"minutes": minutes + " Anna@example.se"})
    status, _, err = run_cli(capsys, "export", example_session, "--kind", kind, "-o", tmp_path / f"out.{extension}")
    assert status == (3 if stopped else 0)
    assert ("Anna@example.se" in err) == stopped
    assert ("070-123 45 67" in err) == (kind == "json")
