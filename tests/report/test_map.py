"""The printable dialogue map: text stays clear of the hub, notes shrink to fit, the rest is counted."""

from __future__ import annotations

import math
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.units import cm

from dialogkarta.report.export import export_session
from dialogkarta.report.map_layout import Hub, flow
from tests.report.conftest import generated_session


def placed_text(path) -> list[tuple[float, float, str]]:
    """Return (x, y, text) of every piece of text drawn on the map's page."""
    found = []

    def visit(content, matrix, text_matrix, font, size):
        if content.strip():
            x = matrix[0] * text_matrix[4] + matrix[2] * text_matrix[5] + matrix[4]
            y = matrix[1] * text_matrix[4] + matrix[3] * text_matrix[5] + matrix[5]
            found.append((x, y, content.strip()))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def hub_of(path, *, scale: float) -> tuple[float, float, float]:
    page = PdfReader(path).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    margin, header = 1.2 * cm, 2.6 * cm
    return width / 2, (height - header + margin) / 2, 3.2 * cm * scale


@pytest.mark.parametrize("size, scale", [("a3", 1.0), ("a4", 0.72)])
@pytest.mark.parametrize("blank", [False, True])
def test_no_area_text_is_drawn_under_the_hub(tmp_path, umea, kuf, size, scale, blank):
    out = export_session(umea, kuf, kind="map", output=tmp_path / "map.pdf", size=size, blank=blank)
    cx, cy, radius = hub_of(out, scale=scale)
    hub_texts = {"KUF", "Kunskapsbildning,", "Utvecklingsarbete och", "Förändring"}
    inside = [(x, y, t) for x, y, t in placed_text(out)
              if math.hypot(x - cx, y - cy) < radius and t not in hub_texts and not t.startswith("Kunskapsbildning")]
    assert inside == []
    shown = " ".join(t for _, _, t in placed_text(out))
    assert "4. Samverkan" in shown and "1. Förutsättningar" in shown


def test_every_note_is_shown_or_counted_as_more(tmp_path, kuf):
    data = generated_session(300, text=lambda q, i: f"{q[:3]}{i:04d}")
    out = export_session(data, kuf, kind="map", output=tmp_path / "map.pdf", size="a4")
    texts = [t for _, _, t in placed_text(out)]
    for key in ("con", "cur", "nee", "col"):
        shown = {t for t in texts if re.fullmatch(rf"{key}\d{{4}}", t)}
        assert shown == {f"{key}{i:04d}" for i in range(len(shown))}  # the first ones, in order
        assert 50 < len(shown) < 300
    more = sorted(int(m) for m in re.findall(r"\+(\d+) till", " ".join(texts)))
    counted = sorted(300 - len({t for t in texts if re.fullmatch(rf"{k}\d{{4}}", t)}) for k in ("con", "cur", "nee", "col"))
    assert more == counted


def test_a_few_notes_are_all_shown_at_full_size(tmp_path, kuf):
    data = generated_session(12)
    out = export_session(data, kuf, kind="map", output=tmp_path / "map.pdf")
    text = " ".join(t for _, _, t in placed_text(out))
    assert not re.search(r"\+\d+ till", text)
    for _, note in data.all_notes():
        assert note.text in text


def test_a_very_long_note_ends_with_an_ellipsis_and_the_page_stays_one(tmp_path, kuf):
    data = generated_session(3, text=lambda q, i: f"{q} {i} " + "ord " * 5000)
    out = export_session(data, kuf, kind="map", output=tmp_path / "map.pdf", size="a4")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "…" in reader.pages[0].extract_text()


def test_flow_narrows_lines_beside_the_hub_and_cuts_long_words():
    lines = flow("a " * 40 + "x" * 200, "DejaVuSans", 10, lambda line: 100 if line < 2 else 40)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(line, "DejaVuSans", 10) <= (100 if i < 2 else 40) for i, line in enumerate(lines))
    assert "".join(lines).replace(" ", "") == "a" * 40 + "x" * 200
    assert flow("one two three four five", "DejaVuSans", 10, lambda _: 40, 2)[-1].endswith("…")


def test_hub_free_span_keeps_the_wider_side():
    hub = Hub(100, 100, 20, margin=0)
    assert hub.free_span(0, 300, 200, 210) == (0, 300)  # far above
    x0, x1 = hub.free_span(0, 300, 95, 105)
    assert (x0, x1) == (120, 300)
    assert hub.free_span(0, 110, 95, 105) == (0, 80)


def test_a_long_title_wraps_clear_of_the_date_and_a_day_map_marks_municipalities(tmp_path, kuf):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dialogkarta.report.pdf_kit import BOLD, register_fonts

    data = generated_session(90)
    data.title = "Dialogdag om kunskapsbildning, utvecklingsarbete och förändring med " + "många ord " * 8 + "SLUT"
    data.municipalities = ["Sorsele", "Malå", "Åsele"]
    for index, (_, note) in enumerate(data.all_notes()):
        note.municipality = data.municipalities[index % 3]
    out = export_session(data, kuf, kind="map", output=tmp_path / "map.pdf", size="a4")
    placed = []
    PdfReader(out).pages[0].extract_text(visitor_text=lambda content, cm_, tm, font, size: content.strip() and placed.append(
        (cm_[4] + tm[4], cm_[5] + tm[5], size, content.strip())))
    facts_x, facts_y = next((x, y) for x, y, _, t in placed if t.endswith("2026-03-14"))
    title_lines = [(x, y, size, t) for x, y, size, t in placed if y > facts_y - 40 and ("Dialogdag" in t or "många" in t)]
    assert len({round(y) for _, y, _, _ in title_lines}) == 2  # wrapped onto a second line
    register_fonts()
    for x, _, size, t in title_lines:  # each title line ends before the date begins
        assert x + stringWidth(t, BOLD, size) < facts_x
    text = " ".join(t for _, _, _, t in placed)
    counts = {m: text.count(f"{m}:") for m in data.municipalities}
    assert all(count >= 10 for count in counts.values()), counts
    assert "lappar fick inte plats på kartan" in text and "underlaget" in text
