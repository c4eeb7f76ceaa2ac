"""The English interface shows no Swedish: every widget's text, the board, its lanes, the status list,
the progress of a document and the errors, scanned from the running window (the session's own
content — notes, names, places — is the user's and stays as typed)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from dialogkarta import catalogue, files
from dialogkarta.templates import available_templates, load_template
from dialogkarta.ui.language import install_language
from dialogkarta.ui.main_window import MainWindow

SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")
MNEMONIC = "shortcut-marking "
QT_OWN = ("qt_", "ScrollLeftButton", "ScrollRightButton")


@pytest.fixture
def english(qapp):
    translators = install_language(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    catalogue.set_language("sv")


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything the widgets under root show or say to a screen reader."""
    out: list[tuple[str, str]] = []

    def add(widget, text) -> None:
        if text and text.strip():
            out.append((f"{type(widget).__name__} {widget.objectName() or ''}".strip(), text))

    def add_mnemonic(widget, text) -> None:  # a widget that takes '&' as a shortcut marker
        if text and text.strip():
            out.append((f"{MNEMONIC}{type(widget).__name__}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName().startswith(QT_OWN):
            continue  # Qt's own texts come from Qt's translation (qtbase_<lang>); an earlier test may have left Swedish installed
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        add(widget, widget.windowTitle() if widget.isWindow() else "")
        if isinstance(widget, QLabel):
            (add_mnemonic if widget.buddy() is not None else add)(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add_mnemonic(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add_mnemonic(widget, widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add_mnemonic(widget, widget.tabText(i))
        elif isinstance(widget, QTableWidget):
            for c in range(widget.columnCount()):
                add(widget, widget.horizontalHeaderItem(c).text() if widget.horizontalHeaderItem(c) else "")
            for r in range(widget.rowCount()):
                for c in range(widget.columnCount()):
                    add(widget, widget.item(r, c).text() if widget.item(r, c) else "")
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for c in range(header.columnCount()):
                add(widget, header.text(c))
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                add(widget, action.text())
        elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
            # the board draws its static map (areas, lanes, titles) from a second scene as background
            scenes = [widget.scene(), getattr(widget, "map_scene", None)]
            for item in (i for scene in scenes if scene is not None for i in scene.items()):
                if isinstance(item, QGraphicsTextItem):
                    add(widget, item.toPlainText())
                elif isinstance(item, QGraphicsSimpleTextItem):
                    add(widget, item.text())
    return out


def session_strings(data) -> set[str]:
    """What the user typed or chose: shown as it is, in whatever language it was written."""
    strings = {data.title, data.county, data.place, data.date, data.preparation, data.contact_talk,
               *data.municipalities, *data.facilitators, *data.vocabulary}
    for p in data.participants:
        strings |= {p.role, p.area, p.municipality or "", p.name or ""}
    for q in data.questions:
        strings |= {q.summary, q.minutes, *q.groups}
        for n in q.notes:
            strings |= {n.text, n.group or "", *n.keywords, *("#" + "_".join(k.split()) for k in n.keywords),
                        n.municipality or ""}
    strings |= {getattr(step, "text", "") for step in getattr(data, "next_steps", [])}
    return {s for s in strings if s and s.strip()}


def swedish(texts: list[tuple[str, str]], own: set[str]) -> list[tuple[str, str]]:
    """The texts with Swedish in them once the user's own strings are taken out."""
    sources = {source for source, texts_ in catalogue.part(catalogue.INTERFACE).items() if texts_["en"] != source}
    for key in available_templates():  # the maps' labels, lanes and prompts that have an English version
        sv, en = load_template(key), load_template(key).localized("en")
        pairs = [(sv.hub_label, en.hub_label)]
        for q_sv, q_en in zip(sv.questions, en.questions):
            pairs += [(q_sv.label, q_en.label), (q_sv.prompt, q_en.prompt), (q_sv.facet_label, q_en.facet_label)]
            pairs += [(f_sv.label, f_en.label) for f_sv, f_en in zip(q_sv.facets, q_en.facets)]
        sources |= {a for a, b in pairs if a and a != b}
    found = []
    for where, text in texts:
        rest = text
        for string in sorted(own, key=len, reverse=True):
            rest = rest.replace(string, " ")
        rest = re.sub(r"\S*/\S*", " ", rest)  # file paths
        if SWEDISH_LETTERS.search(rest) or text in sources or any(part in sources for part in re.split(r"\d+\. |\n", text)):
            found.append((where, text))
        elif where.startswith(MNEMONIC) and re.search(r"\w&\w", text):  # "R&D" would show as "RD"
            found.append((where, text))
    return found


def test_the_english_interface_shows_no_swedish(qtbot, settings, english, example_session, monkeypatch, tmp_path):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: boxes.append(("QMessageBox", f"{title}: {text}")))
    (settings.workspace).mkdir(parents=True, exist_ok=True)
    (settings.workspace / "trasig.dkarta").write_text("inte en session")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.start.loading, timeout=30_000)
    own = set().union(*(session_strings(files.read_session(p)) for p in settings.workspace.glob("*.dkarta")
                        if p.name != "trasig.dkarta"))
    seen = shown_texts(window) + [("menu", a.text()) for a in window.menuBar().actions()]

    assert window.open_session(settings.workspace / "trasig.dkarta") is False  # an error box
    assert window.open_session(example_session)
    data = window.document.data()
    own |= session_strings(data)
    view = window.session_view
    for step in range(3):
        view.setCurrentIndex(step)
        seen += shown_texts(window)
    board = " ".join(text for _, text in shown_texts(view.meeting))
    documents = view.documents
    documents.folder.setText(str(tmp_path))
    statuses = []
    documents.progress.valueChanged.connect(lambda _: statuses.append(("progress", documents.status.text())))
    with qtbot.waitSignal(documents.finished, timeout=60_000):
        documents.make()
    seen += statuses + boxes
    found = swedish(seen, own)
    assert not found, "\n".join(f"{where}: {text!r}" for where, text in found)
    assert "4. Collaboration" in board and "Within the operation" in board  # the board's areas and lanes
    window.close_session()


def test_the_english_county_window_shows_no_swedish(qtbot, english, round_folder, tmp_path, monkeypatch):
    from dialogkarta.ui.county_window import CountyWindow

    (round_folder / "trasig.json").write_text("{inte json", encoding="utf-8")  # listed as skipped, with its reason
    window = CountyWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.add_inputs([round_folder])
    own = set().union(*(session_strings(s.data) for s in window.run.loaded.sessions))
    own |= {t.keyword for q in window.run.synthesis.questions for t in q.themes}
    window.show_notes(window.model.index(0, 0))
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: boxes.append(("QMessageBox", f"{title}: {text}")))
    blocked = tmp_path / "fil"
    blocked.write_text("")
    op = window.export(".docx", target=blocked / "lan.docx")  # the folder is a file: an error box
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    seen = shown_texts(window) + boxes
    assert "skipped" in window.summary.text() and len(boxes) == 1
    found = swedish(seen, own)
    assert not found, "\n".join(f"{where}: {text!r}" for where, text in found)


def test_the_english_personal_data_check_shows_no_swedish(qtbot, english, example_session):
    from dialogkarta import ops
    from dialogkarta.store import open_session_file
    from dialogkarta.ui.document import SessionDocument
    from dialogkarta.ui.documents_view import DocumentsView

    with open_session_file(example_session) as file:
        ops.add_note(file.db, question="needs", text="Ring 070-123 45 67", facet="own")
    document = SessionDocument.open(example_session)
    view = DocumentsView(document)
    qtbot.addWidget(view)
    seen = []

    def look_and_cancel(dialog) -> bool:
        seen.extend(shown_texts(dialog))
        seen.append(("list", dialog.list.item(0).text()))
        return False

    assert view.make(confirm_personal_data=look_and_cancel) is None
    own = session_strings(document.data())
    document.close()
    assert any("phone number «070-123 45 67» in the KUF needs, note" == text for _, text in seen), seen
    found = swedish(seen + [("status", view.status.text())], own)
    assert not found, "\n".join(f"{where}: {text!r}" for where, text in found)
