"""The county window writes its PowerPoint on the slide template chosen in the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dialogkarta.ui import county_window
from dialogkarta.ui.county_window import CountyWindow
from tests.synthesis.test_county_template import assert_on_own_template, own_template


def test_the_powerpoint_button_uses_the_units_template(qtbot, settings, round_folder, tmp_path, monkeypatch):
    settings.set_unit(slide_template=str(own_template(tmp_path)))
    window = CountyWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.add_inputs([round_folder])
    target = tmp_path / "lan.pptx"
    monkeypatch.setattr(county_window.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    button = next(b for b in window.export_buttons if b.text().endswith("PowerPoint"))
    with qtbot.waitSignal(window.exported, timeout=60_000) as written:
        qtbot.mouseClick(button, Qt.LeftButton)
    assert written.args[0] == target
    assert_on_own_template(target)
