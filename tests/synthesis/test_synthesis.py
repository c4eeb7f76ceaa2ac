"""County synthesis: merge, harmonise, compare and write, checked against a known distribution."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from docx import Document
from openpyxl import load_workbook
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pypdf import PdfReader

from dialogkarta import files, interchange
from dialogkarta.cli import main
from dialogkarta.errors import FileProblem
from dialogkarta.report.slide_template import TEMPLATE
from dialogkarta.synthesis.keywords import CountyVocabulary
from dialogkarta.synthesis.run import prepare, write
from tests.synthesis.generated import LEVELS, MUNICIPALITIES, county_round, municipal_session


def hashes(paths):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def test_matrix_common_and_particular_themes(round_folder):
    run = prepare([round_folder], accept_proposals=True)
    s = run.synthesis
    assert s.municipalities == sorted(MUNICIPALITIES, key=lambda m: m.replace("å", "{"))
    needs = s.question("needs")
    matrix = {t.keyword: t.counts for t in needs.themes}
    assert matrix["kompetensförsörjning"] == {m: 1 for m in MUNICIPALITIES}
    assert matrix["digitalisering"] == {m: int(m in MUNICIPALITIES[:3]) for m in MUNICIPALITIES}
    assert matrix["rennäring"] == {m: 2 if m == "Kiruna" else 0 for m in MUNICIPALITIES}
    assert [t.keyword for t in needs.common] == ["kompetensförsörjning", "digitalisering"]
    assert [t.keyword for t in needs.particular] == ["rennäring"]
    assert {r.municipality for r in needs.common[0].notes} == set(MUNICIPALITIES)
    assert all("Kiruna" in r.note.text for r in needs.particular[0].notes)
    assert s.note_count == sum(d.note_count for d in county_round())
    assert s.participant_count == 12 and s.roles[""]["FoU-ombud"] == 6


def test_min_share_changes_what_is_common(round_folder):
    needs = prepare([round_folder], min_share=0.9, accept_proposals=True).synthesis.question("needs")
    assert [t.keyword for t in needs.common] == ["kompetensförsörjning"]


def test_facets_and_levels_per_municipality_and_county(round_folder):
    s = prepare([round_folder]).synthesis
    needs = s.question("needs")
    assert needs.facets["Kiruna"] == {"own": 2, "general": 1}
    assert needs.facets["Arjeplog"] == {"own": 1, "general": 1}
    assert needs.facets["Luleå"] == {"own": 1}
    assert needs.facets[""] == {"own": 7, "general": 4}
    collaboration = s.question("collaboration")
    for index, m in enumerate(MUNICIPALITIES):
        expected = {LEVELS[index]: index + 1}
        expected["local"] = expected.get("local", 0) + 1
        assert collaboration.facets[m] == expected
    assert collaboration.facets[""]["local"] == 6 + 2 and collaboration.facets[""]["national"] == 6


def test_spelling_variants_are_proposed_and_decisions_are_remembered(round_folder, tmp_path):
    vocabulary_file = tmp_path / "norrbotten.dkvocab.json"
    run = prepare([round_folder], vocabulary=CountyVocabulary.load(vocabulary_file))
    assert [(p.variant, p.target) for p in run.proposals] == [("kompetensforsorjning", "kompetensförsörjning")]
    # Boden's 'Kompetensförsörjning ' matches without asking: case and spaces do not count
    assert run.synthesis.question("needs").themes[0].counts["Boden"] == 1
    assert run.synthesis.question("needs").themes[0].counts["Kalix"] == 0
    run.vocabulary.accept(run.proposals[0])
    run.vocabulary.save(vocabulary_file)
    again = prepare([round_folder], vocabulary=CountyVocabulary.load(vocabulary_file))
    assert again.proposals == []
    assert again.synthesis.question("needs").themes[0].counts["Kalix"] == 1
    rejected = CountyVocabulary(path=tmp_path / "other.json")
    rejected.reject(run.proposals[0])
    rejected.save()
    assert prepare([round_folder], vocabulary=CountyVocabulary.load(tmp_path / "other.json")).proposals == []


def test_same_session_twice_is_counted_once(tmp_path):
    data = municipal_session(0, "Arjeplog")
    a, b = tmp_path / "a.dkarta", tmp_path / "mailed-back.json"
    files.write_session_file(data, a)
    interchange.write_json(files.read_session(a), b)
    run = prepare([a, b, tmp_path])
    assert len(run.synthesis.sessions) == 1 and run.synthesis.note_count == data.note_count
    assert len(run.loaded.duplicates) == 1
    assert any("samma session" in line for line in run.loaded.report_lines())


def test_diverging_copies_are_merged_and_reported(tmp_path):
    old = municipal_session(3, "Kiruna", modified="2026-03-01T12:00:00")
    new = municipal_session(3, "Kiruna", extra_needs=2, modified="2026-03-05T09:30:00")
    files.write_session_file(new, tmp_path / "laptop-b.dkarta")
    interchange.write_json(old, tmp_path / "laptop-a.json")
    run = prepare([tmp_path])
    assert len(run.synthesis.sessions) == 1
    (divergence,) = run.loaded.diverging
    assert divergence.merged and divergence.chosen.name == "laptop-a.json"
    assert [p.name for p in divergence.others] == ["laptop-b.dkarta"]
    assert any("slogs ihop med" in line and "laptop-b.dkarta" in line for line in run.loaded.report_lines())
    assert run.synthesis.question("needs").note_count == new.question("needs").notes.__len__()


def test_two_laptops_diverging_copies_count_both_laptops_notes_once_each(tmp_path):
    from dialogkarta import ops
    from dialogkarta.store import open_session_file

    base = municipal_session(3, "Kiruna", modified="2026-03-01T12:00:00")
    files.write_session_file(base, tmp_path / "original.dkarta")
    for laptop, count in (("anna", 3), ("bertil", 2)):
        (tmp_path / laptop).mkdir()
        copy = tmp_path / laptop / "kiruna.dkarta"
        copy.write_bytes((tmp_path / "original.dkarta").read_bytes())
        with open_session_file(copy) as file:
            for i in range(count):
                ops.add_note(file.db, question="needs", text=f"{laptop} behov {i}", facet="own", keywords=["bemanning"])
    run = prepare([tmp_path / "anna", tmp_path / "bertil"])
    assert len(run.synthesis.sessions) == 1
    assert run.synthesis.note_count == base.note_count + 5
    texts = [n.text for _, n in run.synthesis.sessions[0].all_notes()]
    assert sorted(t for t in texts if "behov" in t and t.split()[0] in ("anna", "bertil")) == [
        "anna behov 0", "anna behov 1", "anna behov 2", "bertil behov 0", "bertil behov 1"]
    assert len(texts) == len(set(n.id for _, n in run.synthesis.sessions[0].all_notes()))
    assert any("slogs ihop med" in line for line in run.loaded.report_lines())


def _corrupt(path):
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)


def test_a_corrupt_file_stops_the_synthesis_and_nothing_is_written(round_folder, tmp_path, capsys):
    bad = round_folder / "broken.dkarta"
    _corrupt(bad)
    before = hashes(list(round_folder.iterdir()))
    out = tmp_path / "county.xlsx"
    status = main(["synthesis", str(round_folder), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 2 and str(bad) in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert hashes(list(round_folder.iterdir())) == before


def test_skip_invalid_merges_the_rest_and_lists_the_skipped(round_folder, tmp_path, capsys):
    bad = round_folder / "broken.dkarta"
    _corrupt(bad)
    foreign = round_folder / "photos.dkarta"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE photo (id INTEGER)")
    (round_folder / "notes.json").write_text("{not json", encoding="utf-8")
    before = hashes(list(round_folder.iterdir()))
    out = tmp_path / "county.xlsx"
    status = main(["synthesis", str(round_folder), "-o", str(out), "--skip-invalid"])
    stdout = capsys.readouterr().out
    assert status == 0 and out.exists()
    for path in (bad, foreign, round_folder / "notes.json"):
        assert f"{path}: överhoppad" in stdout
    assert "6 kommuner" in stdout
    assert hashes(list(round_folder.iterdir())) == before


def test_unreadable_input_raises_with_the_file_named(tmp_path):
    missing = tmp_path / "saknas.dkarta"
    with pytest.raises(FileProblem) as caught:
        prepare([missing])
    assert str(missing) in str(caught.value)


def test_xlsx_columns_and_notes_sheet(round_folder, tmp_path):
    run = prepare([round_folder], accept_proposals=True)
    out = write(run, tmp_path / "county.xlsx")
    workbook = load_workbook(out)
    sheet = workbook["Nyckelord"]
    rows = list(sheet.iter_rows(values_only=True))
    ordered = sorted(MUNICIPALITIES, key=lambda m: m.replace("å", "{"))
    assert rows[0] == ("Fråga", "Nyckelord", *ordered, "Antal kommuner")
    by_key = {(r[0], r[1]): r[2:] for r in rows[1:]}
    assert by_key[("Behov av KUF", "kompetensförsörjning")] == (1, 1, 1, 1, 1, 1, 6)
    # a municipality without notes on the keyword has an empty cell (the sheet stays small at national scale)
    assert by_key[("Behov av KUF", "rennäring")] == tuple(2 if m == "Kiruna" else 0 for m in ordered) + (1,)
    assert by_key[("Samverkan", "nätverk")] == tuple(MUNICIPALITIES.index(m) + 1 for m in ordered) + (6,)
    notes = list(workbook["Lappar"].iter_rows(values_only=True))
    assert notes[0] == ("Fråga", "Område/nivå", "Nyckelord", "Tema på tavlan", "Kommun", "Dialogens datum", "Text")
    assert len(notes) - 1 == run.synthesis.note_count
    kiruna = [r for r in notes if r[6] == "Renskötande familjer (Kiruna)"]
    assert kiruna == [("Behov av KUF", "Eget område", "rennäring", None, "Kiruna", "2026-03-04", "Renskötande familjer (Kiruna)")]


def test_report_slides_and_pdf_show_the_comparison(round_folder, tmp_path):
    run = prepare([round_folder], accept_proposals=True)
    document = Document(write(run, tmp_path / "county.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["Sammanfattning", "Underlag och metod"] and "Behov av KUF" in headings
    summary = document.tables[1]  # after the cover's facts
    assert [c.text for c in summary.rows[0].cells] == ["Fråga", "Gemensamt för många kommuner", "Särskilt för en kommun"]
    assert [c.text for c in summary.rows[3].cells] == ["Behov av KUF", "kompetensförsörjning (6), digitalisering (3)",
                                                        "Kiruna (2)"]  # its two notes on reindeer herding
    assert [c.text for c in summary.rows[1].cells] == ["Förutsättningar", "–", "–"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "kompetensförsörjning – 6 kommuner, 6 lappar" in text
    assert "«Renskötande familjer (Kiruna)» [rennäring] – Kiruna" in text
    assert "Samverkan beskrivs rikast på nivån Lokalt (8 lappar) och minst på nivån Inom verksamheten (1)." in text
    assert "Av behovslapparna gäller 7 det egna området och 4 organisationen som helhet." in text
    heatmap = next(t for t in document.tables if t.rows[0].cells[0].text == "Nyckelord" and "rennäring" in t.rows[3].cells[0].text)
    assert [c.text.replace("-\n", "") for c in heatmap.rows[0].cells][1:] == [*sorted(MUNICIPALITIES, key=lambda m: m.replace("å", "{")), "Kommuner"]
    assert heatmap.rows[0].cells[1].text == "Arjeplog"  # names stay whole: the table takes as many columns as fit
    level_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Kommun" and len(t.columns) == 7)
    assert [c.text for c in level_table.rows[-1].cells] == ["Länet", "1", "8", "3", "4", "5", "6"]
    assert level_table.rows[0].cells[1].text == "Inom\nverksamheten"  # a column as wide as its longest word, never broken
    # the county's levels as a bar chart: a picture whose alternative text carries the figures
    (chart,) = [shape for shape in document.inline_shapes]
    assert chart._inline.docPr.get("descr") == ("Samverkan per nivå, länet: Inom verksamheten 1, Lokalt 8, Mellankommunalt 3, "
                                                "Delregionalt 4, Regionalt 5, Nationellt 6")
    picture = document.part.related_parts[chart._inline.graphic.graphicData.pic.blipFill.blip.embed]
    assert picture.content_type == "image/png" and round(chart.width.cm) == 16
    deck = Presentation(write(run, tmp_path / "county.pptx"))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    levels = next(c for c in charts if list(c.plots[0].categories)[0] == "Inom verksamheten")
    assert list(levels.plots[0].series[0].values) == [1, 8, 3, 4, 5, 6]
    common = next(c for c in charts if list(c.plots[0].categories)[0] == "kompetensförsörjning")
    assert (common.value_axis.minimum_scale, common.value_axis.maximum_scale) == (0, 6)
    # on the session slides' template: every text in a layout placeholder, footer and slide number on every slide
    assert all(shape.is_placeholder for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    for number, slide in enumerate(deck.slides, start=1):
        kinds = {shape.placeholder_format.type: shape for shape in slide.placeholders}
        assert PP_PLACEHOLDER.SLIDE_NUMBER in kinds, number
        assert kinds[PP_PLACEHOLDER.FOOTER].text_frame.text == f"{run.synthesis.county} · {run.synthesis.round}".strip(" ·")
    assert deck.slides[0].slide_layout.name == "Title Slide" and deck.slide_width == Presentation(TEMPLATE).slide_width
    assert all(chart.value_axis.minimum_scale == 0 for chart in charts)  # bars compare honestly
    said = [shape.text_frame.text for slide in deck.slides for shape in slide.placeholders]
    assert any("Kiruna\n«" in value for value in said)  # a particular with its quote, in a body placeholder
    pdf = "\n".join(page.extract_text() for page in PdfReader(write(run, tmp_path / "county.pdf")).pages)
    assert "Gemensamt för många kommuner" in pdf and "rennäring" in pdf
    levels_page = pdf.split("Samverkan per nivå")[1]  # up to the next heading of that name
    assert all(label in levels_page for label in ("Inom verksamheten", "Lokalt", "Mellankommunalt", "Nationellt"))


def test_personal_data_stops_the_synthesis(round_folder, tmp_path, capsys):
    data = municipal_session(9, "Jokkmokk")
    data.questions[2].notes[0].text = "Ring 811218-9876"
    interchange.write_json(data, round_folder / "jokkmokk.json")
    status = main(["synthesis", str(round_folder), "-o", str(tmp_path / "c.docx")])
    assert status == 3 and "811218-9876" in capsys.readouterr().err
    assert not (tmp_path / "c.docx").exists()
    assert main(["synthesis", str(round_folder), "-o", str(tmp_path / "c.docx"), "--allow-personal-data"]) == 0


def test_example_sessions_give_a_county_report(example_paths, tmp_path):
    run = prepare(example_paths, accept_proposals=True)
    s = run.synthesis
    assert len(s.municipalities) == 15 and s.county == "Västerbottens län"
    collaboration = s.question("collaboration").facets[""]
    assert collaboration["local"] == max(collaboration.values()), "local collaboration is described richest"
    for extension in (".docx", ".pdf", ".pptx", ".xlsx"):
        assert write(run, tmp_path / f"county{extension}").stat().st_size > 5000


def test_unknown_output_format_is_refused(round_folder, tmp_path, capsys):
    assert main(["synthesis", str(round_folder), "-o", str(tmp_path / "c.html")]) == 2
    assert "kan inte skrivas som '.html'" in capsys.readouterr().err


def test_the_synthesis_stops_only_on_what_the_county_report_carries(round_folder, tmp_path, capsys):
    """A phone number in one session's minutes never reaches the county report; one in a keyword does."""
    data = municipal_session(9, "Jokkmokk")
    data.questions[0].minutes = "Ring Anna på 070-123 45 67"
    data.preparation = "Kontakt: anna at jokkmokk punkt se"
    interchange.write_json(data, round_folder / "jokkmokk.json")
    assert main(["synthesis", str(round_folder), "-o", str(tmp_path / "c.docx")]) == 0
    data.questions[2].notes[0].keywords.append("ring 070-123 45 67")
    interchange.write_json(data, round_folder / "jokkmokk.json")
    status = main(["synthesis", str(round_folder), "-o", str(tmp_path / "d.docx")])
    assert status == 3 and "070-123 45 67" in capsys.readouterr().err
    assert not (tmp_path / "d.docx").exists()


def test_a_session_from_another_county_is_listed_and_left_out_in_any_order(round_folder, tmp_path, capsys):
    other = municipal_session(20, "Storuman")
    other.county = "Västerbottens län"
    interchange.write_json(other, round_folder / "storuman.json")
    paths = sorted(round_folder.glob("*.json"))
    for order in (paths, paths[::-1]):
        run = prepare(order)
        assert run.synthesis.county == "Norrbottens län"
        assert any("annat län (Västerbottens län)" in why for _, why in run.synthesis.excluded)
        assert "Storuman" not in run.synthesis.municipalities
    assert main(["synthesis", str(round_folder), "-o", str(tmp_path / "c.docx")]) == 0
    assert "annat län (Västerbottens län)" in capsys.readouterr().out
