"""The county deck on the unit's own slide template, from the command line and from the county window."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor

from dialogkarta.cli import main
from dialogkarta.report.slide_template import TEMPLATE

OWN_COLOUR = RGBColor(0x7A, 0x1F, 0x5C)


def own_template(folder: Path) -> Path:
    """The shipped template with every layout renamed, a master background of the unit's colour and an example slide."""
    deck = Presentation(str(TEMPLATE))
    for layout in deck.slide_layouts:
        layout.name = f"Enhetens {layout.name}"
    fill = deck.slide_master.background.fill
    fill.solid()
    fill.fore_color.rgb = OWN_COLOUR
    deck.slides.add_slide(deck.slide_layouts[0]).shapes.title.text = "Mallens exempelbild"
    path = folder / "enhetens mall.pptx"
    deck.save(path)
    return path


def assert_on_own_template(deck_path: Path) -> None:
    deck = Presentation(str(deck_path))
    assert len(deck.slides) > 3
    assert all(slide.slide_layout.name.startswith("Enhetens ") for slide in deck.slides)
    assert deck.slide_master.background.fill.fore_color.rgb == OWN_COLOUR
    assert "Mallens exempelbild" not in [slide.shapes.title.text for slide in deck.slides]


def test_the_command_line_writes_the_county_deck_on_the_units_template(round_folder, tmp_path, capsys):
    template = own_template(tmp_path)
    assert main(["synthesis", str(round_folder), "-o", str(tmp_path / "lan.pptx"), "--slide-template", str(template),
                 "--allow-personal-data"]) == 0
    assert_on_own_template(tmp_path / "lan.pptx")
    assert main(["synthesis", str(round_folder), "-o", str(tmp_path / "bundled.pptx"), "--allow-personal-data"]) == 0
    bundled = Presentation(str(tmp_path / "bundled.pptx"))
    assert not any(slide.slide_layout.name.startswith("Enhetens ") for slide in bundled.slides)


def test_a_template_that_is_no_presentation_is_named_and_nothing_is_written(round_folder, tmp_path, capsys):
    broken = tmp_path / "trasig.pptx"
    broken.write_bytes(b"inte en presentation")
    assert main(["synthesis", str(round_folder), "-o", str(tmp_path / "lan.pptx"), "--slide-template", str(broken),
                 "--allow-personal-data"]) != 0
    error = capsys.readouterr().err
    assert "trasig.pptx" in error and "mallen" in error and "Traceback" not in error
    assert not (tmp_path / "lan.pptx").exists()
