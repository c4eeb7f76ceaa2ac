"""The bar chart of the reports: one layout, painted as a PDF drawing and as a PNG for Word."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.graphics.shapes import String

from dialogkarta.report import bar_chart
from dialogkarta.report import blocks as b

LEVELS = b.BarChart("Samverkansnivåer", ("Inom verksamheten", "Lokalt", "Mellankommunalt", "Delregionalt", "Regionalt",
                                          "Nationellt"), (2, 8, 4, 0, 1, 6), ("#FBE3A6", "#C9E8B2", None, None, None, None))


def test_bars_are_proportional_and_a_zero_has_no_bar():
    plan = bar_chart.layout(LEVELS, 450)
    assert len(plan.boxes) == 5, "no bar for Delregionalt (0)"
    widths = [box.width for box in plan.boxes]
    longest = max(widths)
    assert widths[1] == longest  # Lokalt, 8
    for box, value in zip(plan.boxes, (2, 8, 4, 1, 6)):
        assert abs(box.width - longest * value / 8) < 0.01
    assert max(box.x + box.width for box in plan.boxes) < 450
    assert [box.fill for box in plan.boxes[:3]] == ["#FBE3A6", "#C9E8B2", bar_chart.DEFAULT_COLOUR]
    values = [label.text for label in plan.labels if label.bold]
    assert values == ["2", "8", "4", "0", "1", "6"]


def test_long_labels_and_control_characters_are_tamed():
    chart = b.BarChart("x", ("Ett mycket långt namn på en nivå som aldrig tar slut\x0b och mer", "Kort"), (3, 1))
    plan = bar_chart.layout(chart, 300)
    names = [label.text for label in plan.labels if not label.bold]
    assert names[0].endswith("…") and "\x0b" not in names[0] and names[1] == "Kort"
    assert all(label.x <= 300 * 0.4 for label in plan.labels if label.right_aligned)


def test_pdf_drawing_carries_the_labels_and_values():
    drawing = bar_chart.drawing(LEVELS, 450)
    texts = [item.text for item in drawing.contents if isinstance(item, String)]
    assert "Mellankommunalt" in texts and "8" in texts
    assert drawing.width == 450 and drawing.height == bar_chart.layout(LEVELS, 450).height


def test_png_is_drawn_at_the_asked_resolution_with_coloured_bars():
    image = Image.open(io.BytesIO(bar_chart.png(LEVELS, 450, dpi=144))).convert("RGB")
    assert image.size == (900, round(bar_chart.layout(LEVELS, 450).height * 2))
    lokalt = bar_chart.layout(LEVELS, 450).boxes[1]
    middle = (round((lokalt.x + lokalt.width / 2) * 2), round((lokalt.y + lokalt.height / 2) * 2))
    assert image.getpixel(middle) == (0xC9, 0xE8, 0xB2)
    assert bar_chart.description(LEVELS).startswith("Samverkansnivåer: Inom verksamheten 2, Lokalt 8")
