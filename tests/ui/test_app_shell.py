"""The app shell: `dialogkarta open FILE`, the start screen's list, menus and the save state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from dialogkarta import files
from dialogkarta.app import application, build_window
from dialogkarta.ui.session_view import STEP_MEETING
from tests.conftest import EXAMPLES
from tests.ui.conftest import press, type_text


def show(qtbot, window) -> None:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    # the first start writes the examples after the first paint: done before the test goes on
    if window.document is None:
        qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)


def test_open_file_shows_the_meeting_with_the_capture_field_focused_on_the_first_question(
        qtbot, settings, example_session):
    app = application()
    assert (app.organizationName(), app.applicationName()) == ("Dialogkarta", "Dialogkarta")
    window = build_window(example_session, settings)
    show(qtbot, window)
    meeting = window.session_view.meeting
    first = window.document.template.questions[0].key
    assert window.session_view.currentIndex() == STEP_MEETING
    assert meeting.active == first
    qtbot.waitUntil(lambda: QApplication.focusWidget() is meeting.capture.edit)
    title = files.read_session(example_session).title
    assert window.windowTitle().startswith(title) and window.windowTitle().endswith("Dialogkarta")

    # typing straight away lands a note in the first question, and the status bar says so
    before = len(files.read_session(example_session).question(first).notes)
    type_text(meeting.capture.edit, "Första lappen från öppna-kommandot")
    press(qtbot, meeting.capture.edit, Qt.Key_Return)
    notes = files.read_session(example_session).question(first).notes
    assert len(notes) == before + 1 and notes[-1].text == "Första lappen från öppna-kommandot"
    assert window.save_state.text().startswith("Sparad ") and ":" in window.save_state.text()
    window.close_session()
    assert settings.recent[0] == example_session


def test_open_file_on_a_corrupt_file_names_it_and_falls_back_to_the_start_screen(qtbot, settings, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "trasig.dkarta"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x17" * 600)
    window = build_window(bad, settings)
    show(qtbot, window)
    assert len(shown) == 1 and str(bad) in shown[0]
    assert window.document is None and window.stack.currentWidget() is window.start
    assert bad.read_bytes() == b"SQLite format 3\x00" + b"\x17" * 600


def find_row(table, text: str) -> int:
    return next(r for r in range(table.rowCount()) if text in table.item(r, 0).text())


def test_new_session_preparation_undo_redo_steps_and_the_file(qtbot, settings, monkeypatch):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    from dialogkarta.ui.new_session_dialog import NewSessionDialog

    window = build_window(None, settings)
    show(qtbot, window)
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)
    assert window.start.table.rowCount() == len(EXAMPLES) and window.start.problems == []
    row = find_row(window.start.table, "Kommundialog Lycksele")
    assert window.start.table.item(row, 1).text() == "Lycksele"
    lycksele = next(p for p in EXAMPLES if p.name == "2026-03-03-lycksele.json")
    assert window.start.table.item(row, 4).text() == str(files.read_session(lycksele).note_count)

    def fill_and_create(dialog) -> int:
        assert dialog.county.currentText() == "Västerbottens län"
        dialog.check("Storuman")
        type_text(dialog.other, "Överkalix")
        press(qtbot, dialog.other, Qt.Key_Return)
        type_text(dialog.place, "Kulturhuset, sal Ödemark")
        dialog.facilitators.clear()
        type_text(dialog.facilitators, "Åsa Öberg, Jonas Ärlig")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewSessionDialog, "exec", fill_and_create)
    window.new_session()
    today = QDate.currentDate().toString("yyyy-MM-dd")
    path = settings.workspace / f"{today}-storuman-overkalix.dkarta"
    assert window.document is not None and window.document.path == path
    assert window.session_view.currentIndex() == 0  # a new session starts in the preparation
    data = files.read_session(path)
    assert (data.municipalities, data.place, data.facilitators, data.date) == (
        ["Storuman", "Överkalix"], "Kulturhuset, sal Ödemark", ["Åsa Öberg", "Jonas Ärlig"], today)
    assert settings.facilitator == "Åsa Öberg, Jonas Ärlig"
    original_title = data.title

    prep = window.session_view.preparation
    assert prep.title.text() == data.title and prep.place.text() == "Kulturhuset, sal Ödemark"
    # participants, quickly: role from the list, area, Enter
    prep.role.setCurrentText("socialchef")
    type_text(prep.area, "Äldreomsorg")
    press(qtbot, prep.area, Qt.Key_Return)
    prep.role.setCurrentText("enhetschef")
    prep.municipality.setCurrentText("Överkalix")
    type_text(prep.area, "IFO")
    type_text(prep.name, "Örjan")
    press(qtbot, prep.name, Qt.Key_Return)
    assert prep.participants.rowCount() == 2 and prep.participants.item(1, 3).text() == "Örjan"
    # the preparatory mapping
    type_text(prep.preparation, "Två äldreboenden, långa avstånd")
    prep.flush()
    # metadata: a new title (Enter saves), the status from the list
    prep.title.selectAll()
    type_text(prep.title, "Dialogdag Storuman och Överkalix")
    press(qtbot, prep.title, Qt.Key_Return)
    prep.status.setFocus()
    press(qtbot, prep.status, Qt.Key_Down)
    assert prep.status.currentData() == "prepared"
    # the agenda: 45 minutes for the needs
    spin = prep.minutes["needs"]
    spin.setFocus()
    spin.selectAll()
    type_text(spin, "45")
    press(qtbot, spin, Qt.Key_Return)
    assert "Dialogdag Storuman och Överkalix" in window.windowTitle()

    data = files.read_session(path)
    assert [(p.role, p.area, p.municipality, p.name) for p in data.participants] == [
        ("socialchef", "Äldreomsorg", "Storuman", None), ("enhetschef", "IFO", "Överkalix", "Örjan")]
    assert data.preparation == "Två äldreboenden, långa avstånd"
    assert (data.title, data.status) == ("Dialogdag Storuman och Överkalix", "prepared")
    assert data.question("needs").planned_minutes == 45
    total_before = prep.total.text()

    # undo everything, newest first, and check the file after each step
    window.undo_action.trigger()
    assert files.read_session(path).question("needs").planned_minutes != 45 and spin.value() != 45
    assert prep.total.text() != total_before
    window.undo_action.trigger()
    assert files.read_session(path).status == "planned" and prep.status.currentData() == "planned"
    window.undo_action.trigger()
    assert files.read_session(path).title == original_title and prep.title.text() == original_title
    window.undo_action.trigger()
    assert files.read_session(path).preparation == "" and prep.preparation.toPlainText() == ""
    window.undo_action.trigger()
    assert len(files.read_session(path).participants) == 1 and prep.participants.rowCount() == 1
    # and redo it all with the keyboard
    for _ in range(5):
        press(qtbot, prep.participants, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert _same(files.read_session(path), data)

    # steps: the meeting focuses the capture field; Ctrl+PgDown/PgUp walk the steps
    window.show_step(STEP_MEETING)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.session_view.meeting.capture.edit)
    press(qtbot, window.session_view.meeting.capture.edit, Qt.Key_PageDown, Qt.ControlModifier)
    assert window.session_view.currentIndex() == 2
    press(qtbot, window.session_view.currentWidget(), Qt.Key_PageUp, Qt.ControlModifier)
    press(qtbot, window.session_view.currentWidget(), Qt.Key_PageUp, Qt.ControlModifier)
    assert window.session_view.currentIndex() == 0

    window.close_session()
    assert window.stack.currentWidget() is window.start
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)
    assert window.start.table.rowCount() == len(EXAMPLES) + 1
    row = find_row(window.start.table, "Dialogdag Storuman och Överkalix")
    assert window.start.table.item(row, 1).text() == "Storuman, Överkalix"
    assert window.start.table.item(row, 3).text() == "Förberedd"
    assert settings.recent[0] == path


def _same(a, b) -> bool:
    """Equal apart from the modification stamps."""
    return ([(p.role, p.area, p.municipality, p.name) for p in a.participants]
            == [(p.role, p.area, p.municipality, p.name) for p in b.participants]
            and (a.title, a.status, a.preparation) == (b.title, b.status, b.preparation)
            and [q.planned_minutes for q in a.questions] == [q.planned_minutes for q in b.questions])


def test_bad_files_in_the_workspace_are_listed_as_unreadable_and_opening_one_gives_a_message(
        qtbot, settings, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = build_window(None, settings)
    show(qtbot, window)
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)  # the examples are written
    damaged = settings.workspace / "trasig.dkarta"
    damaged.write_text("inte en session")
    empty = settings.workspace / "tom.dkarta"
    empty.write_bytes(b"")
    window.show_start()
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)
    table = window.start.table
    assert table.rowCount() == len(EXAMPLES) + 2  # the examples and the two bad files
    for bad in (damaged, empty):
        row = find_row(table, bad.name)
        assert "kan inte läsas" in table.item(row, 0).text() and table.item(row, 3).text() == "Oläslig"
        assert any(p.startswith(str(bad)) for p in window.start.problems)
    assert damaged.read_text() == "inte en session" and empty.read_bytes() == b""
    assert find_row(table, "Kommundialog Umeå") >= 0  # the good files are all there

    table.setCurrentCell(find_row(table, damaged.name), 0)
    table.setFocus()
    press(qtbot, table, Qt.Key_Return)  # Enter opens, as a double-click does
    assert len(shown) == 1 and str(damaged) in shown[0]
    assert window.document is None and window.stack.currentWidget() is window.start


def test_start_screen_reads_thirty_files_on_a_worker_thread_and_caches_them(qtbot, settings, monkeypatch):
    import shutil
    import threading

    from PySide6.QtCore import QTimer

    from dialogkarta import files as files_module

    window = build_window(None, settings)
    show(qtbot, window)
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)
    examples = sorted(settings.workspace.glob("*.dkarta"))
    for copy in range(3):
        for example in examples[:7]:  # 21 copies of seven examples: thirty-odd files in all
            shutil.copy(example, settings.workspace / f"kopia{copy}-{example.name}")
    (settings.workspace / "zz-trasig.dkarta").write_text("trasig")
    reads, threads = [], set()
    real_read = files_module.read_session

    def counted_read(path):
        reads.append(path)
        threads.add(threading.get_ident())
        return real_read(path)

    monkeypatch.setattr(files_module, "read_session", counted_read)

    window.start.refresh()
    # the list of names is there at once; the files are read afterwards, on the worker thread
    assert window.start.table.rowCount() == len(examples) + 22 and window.start.loading
    reads_at_turn = []
    timer = QTimer(interval=0)
    timer.timeout.connect(lambda: reads_at_turn.append(len(reads)))  # the event loop got a turn
    timer.start()
    with qtbot.waitSignal(window.start.loaded, timeout=20000):
        pass
    timer.stop()
    # the 22 new files read (the examples come from the cache), none of them on the GUI thread
    assert len(reads) == 22 and threading.get_ident() not in threads
    # not blocking: the event loop keeps getting turns while the files are read (counted, not timed)
    assert len(set(reads_at_turn)) >= 8, reads_at_turn
    table = window.start.table
    by_path = {table.item(r, 0).data(Qt.UserRole): [table.item(r, c).text() for c in range(5)] for r in range(len(examples) + 22)}
    copy, original = by_path[str(settings.workspace / f"kopia2-{examples[0].name}")], by_path[str(examples[0])]
    assert copy == original and copy[4].isdigit()
    assert "kan inte läsas" in by_path[str(settings.workspace / "zz-trasig.dkarta")][0]

    reads.clear()
    with qtbot.waitSignal(window.start.loaded, timeout=20000):
        window.start.refresh()
    assert reads == []  # nothing changed: everything from the cache
    (settings.workspace / examples[0].name).touch()
    with qtbot.waitSignal(window.start.loaded, timeout=20000):
        window.start.refresh()
    assert reads == [settings.workspace / examples[0].name]


def test_a_second_refresh_abandons_the_first_listing(qtbot, settings):
    window = build_window(None, settings)
    show(qtbot, window)
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)
    rows = []
    window.start.loader.row_ready.connect(lambda position, row: rows.append(row.path.name))
    window.start.refresh()
    first = window.start.loader.op
    (settings.workspace / "ny.dkarta").write_text("trasig")
    with qtbot.waitSignal(window.start.loaded, timeout=20000):
        window.start.refresh()
    qtbot.waitUntil(lambda: not first.running)
    assert first.cancelled and window.start.table.rowCount() == len(EXAMPLES) + 1
    assert "kan inte läsas" in window.start.table.item(find_row(window.start.table, "ny.dkarta"), 0).text()


def test_keywords_dialog_counts_adds_removes_renames_and_merges_across_all_notes(qtbot, settings, example_session):
    from collections import Counter

    from PySide6.QtWidgets import QPushButton

    from dialogkarta.ui.keywords_dialog import KeywordsDialog

    def counts():
        return Counter(k for _, n in files.read_session(example_session).all_notes() for k in n.keywords)

    before = counts()
    window = build_window(example_session, settings)
    show(qtbot, window)
    dialog = KeywordsDialog(window.document, window)
    qtbot.addWidget(dialog)
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    shown = {dialog.list.item(i).data(Qt.UserRole): dialog.list.item(i).text() for i in range(dialog.list.count())}
    assert shown["nätverk"] == f"nätverk ({before['nätverk']})" and before["nätverk"] >= 3

    def select(*keywords) -> None:
        dialog.list.clearSelection()
        for i in range(dialog.list.count()):
            if dialog.list.item(i).data(Qt.UserRole) in keywords:
                dialog.list.item(i).setSelected(True)

    # merge two keywords into a new one, typed with Swedish letters
    both = sum(1 for _, n in files.read_session(example_session).all_notes()
               if {"nätverk", "kollegialt stöd"} <= set(n.keywords))
    select("nätverk", "kollegialt stöd")
    type_text(dialog.name, "nätverk och kollegialt stöd")
    qtbot.mouseClick(buttons["Byt namn / slå ihop markerade"], Qt.LeftButton)
    after = counts()
    assert "nätverk" not in after and "kollegialt stöd" not in after
    assert after["nätverk och kollegialt stöd"] == before["nätverk"] + before["kollegialt stöd"] - both
    assert any(dialog.list.item(i).text().startswith("nätverk och kollegialt stöd (") for i in range(dialog.list.count()))
    # rename one
    select("välfärdsteknik")
    type_text(dialog.name, "välfärdsteknik och e-hälsa")
    qtbot.mouseClick(buttons["Byt namn / slå ihop markerade"], Qt.LeftButton)
    assert counts()["välfärdsteknik och e-hälsa"] == before["välfärdsteknik"] and "välfärdsteknik" not in counts()
    # add one to the vocabulary, then remove it again
    type_text(dialog.name, "hemlöshet")
    qtbot.mouseClick(buttons["Lägg till"], Qt.LeftButton)
    assert "hemlöshet" in files.read_session(example_session).vocabulary
    select("hemlöshet")
    qtbot.mouseClick(buttons["Ta bort ur listan"], Qt.LeftButton)
    assert "hemlöshet" not in files.read_session(example_session).vocabulary

    # undo all four: every note has its keywords back
    for _ in range(4):
        window.undo_action.trigger()
    assert counts() == before
    window.redo_action.trigger()
    assert counts()["nätverk och kollegialt stöd"] == after["nätverk och kollegialt stöd"]
    window.close_session()


def test_enter_in_the_role_list_adds_a_participant_and_a_long_agenda_is_flagged(qtbot, settings, new_session):
    path = new_session.path
    new_session.close()
    window = build_window(path, settings)
    show(qtbot, window)
    window.show_step(0)
    prep = window.session_view.preparation
    roles = prep.role.count()
    prep.role.setFocus()
    prep.role.lineEdit().selectAll()
    type_text(prep.role, "kurator på vårdcentralen")  # a role not in the list, typed
    press(qtbot, prep.role, Qt.Key_Return)
    assert [(p.role, p.municipality) for p in files.read_session(path).participants] == [
        ("kurator på vårdcentralen", "Storuman")]
    assert prep.role.count() == roles  # the typed role is not added to the default list
    assert "längre" not in prep.total.text()
    spin = prep.minutes["collaboration"]
    spin.setFocus()
    spin.selectAll()
    type_text(spin, "60")
    press(qtbot, spin, Qt.Key_Return)
    assert files.read_session(path).question("collaboration").planned_minutes == 60
    assert "längre än de vanliga tre timmarna" in prep.total.text()
    window.undo_action.trigger()
    assert "längre" not in prep.total.text() and spin.value() != 60
    window.close_session()


def test_menus_have_the_agreed_shortcuts(qtbot, settings, example_session):
    window = build_window(example_session, settings)
    show(qtbot, window)
    keys = {}
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if action.text():
                keys[action.text().split("\t")[0]] = action.shortcut().toString()
    assert keys["Ny session…"] == "Ctrl+N" and keys["Öppna…"] == "Ctrl+O"
    assert keys["Stäng sessionen"] == "Ctrl+W" and keys["Avsluta"] == "Ctrl+Q"
    assert keys["Ångra"] == "Ctrl+Z" and keys["Gör om"] == "Ctrl+Shift+Z"
    assert "Importera JSON…" in keys and "Exportera JSON…" in keys and "Nyckelord…" in keys
    assert keys["Nästa steg"] == "Ctrl+PgDown"
    press(qtbot, window.session_view.meeting.capture.edit, Qt.Key_W, Qt.ControlModifier)
    assert window.document is None and window.stack.currentWidget() is window.start
    assert window.save_state.text() == "" and window.windowTitle() == "Dialogkarta"


def test_import_json_opens_the_new_file_and_refuses_bad_or_existing_ones_with_a_message(
        qtbot, settings, tmp_path, monkeypatch, example_paths):
    import shutil

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = build_window(None, settings)
    show(qtbot, window)
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)  # the examples are written
    bad = tmp_path / "trasig.json"
    bad.write_text('{"format": "dialogkarta", "version": 1, "session": ')
    assert window.import_file(bad) is None
    assert len(shown) == 1 and str(bad) in shown[0] and not (settings.workspace / "trasig.dkarta").exists()
    # the examples are already in the workspace: importing one again does not overwrite it
    existing = settings.workspace / (example_paths[0].stem + ".dkarta")
    stamp = existing.stat().st_mtime_ns
    assert window.import_file(example_paths[0]) is None
    assert len(shown) == 2 and existing.stat().st_mtime_ns == stamp
    renamed = tmp_path / "umea-kopia.json"
    shutil.copy(example_paths[0], renamed)
    target = window.import_file(renamed)
    assert target == settings.workspace / "umea-kopia.dkarta" and window.document.path == target
    assert window.session_view.currentIndex() == STEP_MEETING
    assert files.read_session(target).note_count == files.read_session(example_paths[0]).note_count


def test_a_failed_save_is_shown_in_a_message_box(qtbot, settings, example_session, monkeypatch):
    """A full disk (the file may not grow) while typing: one clear message naming the file, nothing saved lost."""
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    window = build_window(example_session, settings)
    show(qtbot, window)
    meeting = window.session_view.meeting
    first = window.document.template.questions[0].key
    before = {n.text for n in files.read_session(example_session).question(first).notes}
    db = window.document.file.db
    pages = db.exec(text("PRAGMA page_count")).one()[0]
    db.exec(text(f"PRAGMA max_page_count = {pages}"))  # the disk is full: the file cannot grow
    typed = []
    for i in range(400):
        if shown:
            break
        typed.append(f"Lapp nummer {i}" + " med en lång text som fyller sidorna" * 8)
        type_text(meeting.capture.edit, typed[-1])
        press(qtbot, meeting.capture.edit, Qt.Key_Return)
    assert len(shown) == 1, "the file never filled up; the test proves nothing"
    message = shown[0]
    assert str(example_session) in message and "disken är full" in message
    assert message.count("kunde inte sparas") == 1 and "sparats tidigare finns kvar" in message
    saved = {n.text for n in files.read_session(example_session).question(first).notes}
    assert before <= saved and set(typed[:-1]) <= saved and typed[-1] not in saved
    assert meeting.capture.edit.text() == typed[-1], "the unsaved note's text is still in the capture field"
    window.close_session()
