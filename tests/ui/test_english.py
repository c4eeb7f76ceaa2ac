"""English as the second language: the interface (Qt translation) and the documents."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from docx import Document

from dialogkarta import catalogue, files
from dialogkarta.report.export import export_session
from dialogkarta.synthesis.run import prepare, write
from dialogkarta.templates import load_template
from dialogkarta.ui.language import install_language
from dialogkarta.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
from make_translations import ENGLISH  # noqa: E402


@pytest.fixture
def english(qapp):
    translators = install_language(qapp, "en")
    assert len(translators) == 2, "the English .qm must load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    catalogue.set_language("sv")


def test_the_interface_speaks_english(qtbot, settings, english, example_session):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert window.start.table.horizontalHeaderItem(2).text() == "Date"
    assert window.open_session(example_session)
    tabs = [window.session_view.tabText(i) for i in range(3)]
    assert tabs == ["1. Preparation", "2. Meeting", "3. Documents"]
    assert window.session_view.meeting.capture.edit.placeholderText().startswith("Type a note and press Enter")
    assert window.session_view.documents.kind.itemText(0) == "Summary for the participants"
    window.close_session()


def test_every_interface_text_has_an_english_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *map(str, sorted((ROOT / "dialogkarta" / "ui").rglob("*.py"))), "-ts", str(fresh)],
                   check=True, capture_output=True)
    sources = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    missing = sorted(s for s in sources if s not in ENGLISH)
    assert not missing, f"add English texts to resources/translations/make_translations.py: {missing}"
    shipped = ET.parse(ROOT / "resources" / "translations" / "dialogkarta_en.ts").getroot()
    assert all((m.findtext("translation") or "").strip() for m in shipped.iter("message"))


def test_documents_follow_the_language(tmp_path, example_paths):
    data = files.read_session(example_paths[0])
    out = export_session(data, load_template(data.template), kind="summary", output=tmp_path / "s.docx", lang="en")
    document = Document(out)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "In brief" and "1. Conditions" in headings and "4. Collaboration" in headings
    assert "Next steps" in [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert any(p.text == f"Own area ({sum(1 for n in data.question('needs').notes if n.facet == 'own')})"
               for p in document.paragraphs)
    county = write(prepare(example_paths, lang="en", accept_proposals=True), tmp_path / "c.docx")
    headings = [p.text for p in Document(county).paragraphs if p.style.name == "Heading 1"]
    assert "Material and method" in headings and "KUF needs" in headings
