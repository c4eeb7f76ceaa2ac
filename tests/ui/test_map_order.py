"""The board and the printed map place the question areas the same way: clockwise from the top left."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.lib.units import cm

from dialogkarta.model.map_grid import area_cells
from dialogkarta.report.export import export_session
from dialogkarta.report.map_layout import areas
from dialogkarta.templates import load_template
from dialogkarta.ui.board_layout import area_rects
from tests.report.conftest import generated_session
from tests.report.test_map import placed_text


def arrangement(centres: list[tuple[float, float]]) -> list[tuple[int, int]]:
    """(row, column) of each centre, rows from the top, by ranking the distinct coordinates."""
    xs = sorted({round(x) for x, _ in centres})
    ys = sorted({round(y) for _, y in centres})
    return [(ys.index(round(y)), xs.index(round(x))) for x, y in centres]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6])
def test_board_and_printed_map_agree_for_any_number_of_areas(count):
    board = [(r.center().x(), r.center().y()) for r in area_rects(count)]
    height = 29.7 * cm
    printed = [(x + w / 2, height - (y + h / 2)) for x, y, w, h in areas(count, 42 * cm, height, 1.2 * cm, 2.6 * cm)]
    assert arrangement(board) == arrangement(printed) == area_cells(count)
    if count == 4:  # the second row runs right to left, so the talk goes round the map
        assert area_cells(4) == [(0, 0), (0, 1), (1, 1), (1, 0)]


def test_the_printed_kuf_map_goes_clockwise_as_the_board_does(tmp_path):
    kuf = load_template("kuf")
    out = export_session(generated_session(1), kuf, kind="map", output=tmp_path / "map.pdf", blank=True)
    titles = {text.split(".")[0]: (x, y) for x, y, text in placed_text(out)
              if text[:2] in ("1.", "2.", "3.", "4.") and text[3:].split()[0] in
              ("Förutsättningar", "Pågående", "Behov", "Samverkan")}
    assert sorted(titles) == ["1", "2", "3", "4"]
    centre = float(PdfReader(out).pages[0].mediabox.width) / 2
    (x1, y1), (x2, y2), (x3, y3), (x4, y4) = (titles[k] for k in "1234")
    assert y1 == y2 > y3 == y4  # two rows (PDF y grows upwards)
    assert x1 < centre < x2 and x4 < centre < x3  # 1 2 / 4 3
    board = area_rects(4)
    assert board[2].center().x() > board[3].center().x() and board[2].center().y() > board[0].center().y()
