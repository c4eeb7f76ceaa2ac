"""What one municipality alone raised is found by content, and rounds years apart are compared, never pooled."""

from __future__ import annotations

from docx import Document
from openpyxl import load_workbook

from dialogkarta import interchange
from dialogkarta.cli import main
from dialogkarta.model.values import NoteData, QuestionData, SessionData
from dialogkarta.synthesis.run import prepare, write

PLACES = {"Umeå": "Holmsund", "Skellefteå": "Burträsk", "Lycksele": "Örträsk", "Vilhelmina": "Saxnäs",
          "Storuman": "Tärnaby", "Bjurholm": "Agnäs"}
# What every municipality raised, each in its own words, some with keywords and some without.
COMMON = [
    ("conditions", "Svårt att rekrytera erfarna socialsekreterare till {village}", ["kompetensförsörjning"]),
    ("conditions", "Hembesök i {village} tar en hel dag med långa resor", []),
    ("needs", "Stöd att följa upp insatserna systematiskt", ["systematisk uppföljning"]),
    ("needs", "Tid för utvecklingsarbete i schemat", []),
]
REWORDED = {  # the same common things, worded differently in two municipalities (and tagged differently)
    "Skellefteå": ("conditions", "Erfarna socialsekreterare är svåra att rekrytera", ["rekrytering"]),
    "Lycksele": ("needs", "Vi behöver tid i schemat för utvecklingsarbetet", ["mandat"]),
}
PARTICULAR = {  # raised by exactly one municipality
    "Vilhelmina": ("needs", "Samråd med samebyn inför beslut om renskötande familjers barn", ["samiska frågor"]),  # own keyword
    "Storuman": ("conditions", "Fjällturismen fördubblar befolkningen under vintersäsongen", []),  # no keyword
    "Bjurholm": ("conditions", "En enda handläggare bär all myndighetsutövning ensam", ["kompetensförsörjning"]),  # common keyword
    "Skellefteå": ("conditions", "Industriell inflyttning kring batterifabriken ökar trycket på försörjningsstödet", ["demografi"]),
}


def session(index: int, municipality: str, *, year: str = "2026", round_name: str = "", common=COMMON) -> SessionData:
    rows = [(q, text.format(village=PLACES[municipality]), kw) for q, text, kw in common]
    if municipality in REWORDED:
        rows = [r for r in rows if r[0] != REWORDED[municipality][0] or "rekrytera" not in r[1] and "schemat" not in r[1]]
        rows.append(REWORDED[municipality])
    if municipality in PARTICULAR and year == "2026":
        rows.append(PARTICULAR[municipality])
    questions = {key: [] for key in ("conditions", "current_work", "needs", "collaboration")}
    for n, (key, text, keywords) in enumerate(rows):
        questions[key].append(NoteData(id=f"{year}-{index}-{n}", text=text, keywords=list(keywords), municipality=municipality,
                                       facet="own" if key == "needs" else None))
    return SessionData(id=f"00000000-0000-4000-8000-{year}{index:08d}", title=f"Kommundialog {municipality}",
                       county="Västerbottens län", municipalities=[municipality], date=f"{year}-03-{index + 1:02d}",
                       round=round_name, questions=[QuestionData(k, notes=v) for k, v in questions.items()])


def save(folder, sessions) -> None:
    folder.mkdir(exist_ok=True)
    for data in sessions:
        interchange.write_json(data, folder / f"{data.date}-{data.municipalities[0]}.json")


def particulars_in_report(path) -> dict[str, list[str]]:
    """Municipality → the bullet texts under it in the report's section on each municipality's particulars."""
    found: dict[str, list[str]] = {}
    inside, current = False, None
    for p in Document(path).paragraphs:
        if p.style.name == "Heading 1":
            inside = p.text == "Särskilt för varje kommun"
        elif inside and p.style.name == "Heading 2":
            current = p.text
            found[current] = []
        elif inside and current and p.text.strip():
            found[current].append(p.text)
    return found


def test_what_one_municipality_alone_raised_is_listed_under_it_in_report_and_workbook(tmp_path):
    save(tmp_path / "round", [session(i, m) for i, m in enumerate(PLACES)])
    run = prepare([tmp_path / "round"])
    report = particulars_in_report(write(run, tmp_path / "county.docx"))
    expected = {m: text for m, (_, text, _) in PARTICULAR.items()}
    assert set(report) == set(expected), report
    for municipality, text in expected.items():
        assert len(report[municipality]) == 1 and text in report[municipality][0]
    common_texts = [text.split("{")[0].strip() for _, text, _ in COMMON] + [text for _, text, _ in REWORDED.values()]
    everything = "\n".join(line for lines in report.values() for line in lines)
    assert not any(c in everything for c in common_texts)

    sheet = load_workbook(write(run, tmp_path / "county.xlsx"))["Särskilt"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Kommun", "Fråga", "Område/nivå", "Nyckelord", "Text")
    assert {(r[0], r[4]) for r in rows[1:]} == set(expected.items())


def test_a_note_is_particular_however_its_keywords_look():
    sessions = [session(i, m) for i, m in enumerate(PLACES)]
    from dialogkarta.synthesis.compare import compare
    from dialogkarta.templates import load_template

    s = compare(sessions, load_template("kuf"))
    conditions = s.question("conditions")
    # "rekrytering" is Skellefteå's keyword only, but what it says is common: not particular by content
    assert [t.keyword for t in conditions.themes if t.municipality_count == 1 and t.keyword == "rekrytering"]
    assert all("rekrytera" not in r.note.text for r in conditions.particular_notes)
    # Bjurholm's note carries the common keyword and is still its own
    assert [r.municipality for r in conditions.particular_notes if r.note.keywords == ["kompetensförsörjning"]] == ["Bjurholm"]


OLD = [("conditions", "Mottagandet av ensamkommande barn fyller alla familjehem", ["nyanlända"]),
       ("conditions", "Svårt att rekrytera erfarna socialsekreterare till {village}", ["kompetensförsörjning"])]
NEW = [("conditions", "Svårt att rekrytera erfarna socialsekreterare till {village}", ["kompetensförsörjning"]),
       ("conditions", "Nya socialtjänstlagen kräver en omställning", ["ny socialtjänstlag"])]


def test_two_rounds_are_compared_never_pooled(tmp_path, capsys):
    then = [session(i, m, year="2015", round_name="Kommundialog 2015–16", common=OLD) for i, m in enumerate(["Umeå", "Lycksele"])]
    now = [session(i, m, year="2026", common=NEW) for i, m in enumerate(["Umeå", "Lycksele", "Bjurholm"])]
    save(tmp_path / "all", then + now)
    run = prepare([tmp_path / "all"])
    s = run.synthesis
    assert s.round == "2025–26"  # no round set: inferred from the date (operating year July–June)
    assert len(s.sessions) == 3 and s.note_count == sum(d.note_count for d in now)
    assert all(t.keyword != "nyanlända" for q in s.questions for t in q.themes), "the old round is not pooled"
    assert sum("tidigare omgång (Kommundialog 2015–16)" in why for _, why in s.excluded) == 2
    change = s.change
    assert change.previous == "Kommundialog 2015–16" and change.municipalities == ["Lycksele", "Umeå"]
    by_place = {c.municipality: c for c in change.changes if c.question == "Förutsättningar"}
    assert by_place["Umeå"].new == ["ny socialtjänstlag"] and by_place["Umeå"].gone == ["nyanlända"]
    assert by_place["Umeå"].kept == ["kompetensförsörjning"]
    assert change.only_now == ["Bjurholm"]

    document = Document(write(run, tmp_path / "county.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Förändring sedan förra omgången" in headings
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells][3:4] == ["Nytt"])
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert ["Umeå", "Förutsättningar", "kompetensförsörjning", "ny socialtjänstlag", "nyanlända"] in rows

    # one round asked for: only that one, nothing compared
    assert main(["synthesis", str(tmp_path / "all"), "--round", "Kommundialog 2015–16", "-o", str(tmp_path / "old.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "2 dialoger, 2 kommuner" in out and "annan omgång (2025–26)" in out
    keywords = {r[1] for r in load_workbook(tmp_path / "old.xlsx")["Nyckelord"].iter_rows(values_only=True)}
    assert "nyanlända" in keywords and "ny socialtjänstlag" not in keywords
    assert "Förändring" not in load_workbook(tmp_path / "old.xlsx").sheetnames
    assert main(["synthesis", str(tmp_path / "all"), "--round", "1999", "-o", str(tmp_path / "x.docx")]) != 0
    assert "ingen dialog hör till omgången «1999»" in capsys.readouterr().err


def test_the_method_names_the_spellings_merged_this_time_and_by_the_county_vocabulary(tmp_path):
    sessions = [session(i, m) for i, m in enumerate(PLACES)]
    sessions[0].questions[0].notes[0].keywords = ["kompetensforsorjning"]
    save(tmp_path / "round", sessions)
    first = prepare([tmp_path / "round"])
    assert [(p.variant, p.target) for p in first.proposals] == [("kompetensforsorjning", "kompetensförsörjning")]
    text = "\n".join(p.text for p in Document(write(first, tmp_path / "a.docx")).paragraphs)
    assert "Inga stavningar av nyckelord har slagits ihop." in text and "inte avgjorda" in text
    accepted = prepare([tmp_path / "round"], accept_proposals=True)
    accepted.vocabulary.save(tmp_path / "round" / "län.dkvocab.json")
    again = prepare([tmp_path / "round"], vocabulary=accepted.vocabulary)  # a later run: the decision is remembered
    for run in (accepted, again):
        text = "\n".join(p.text for p in Document(write(run, tmp_path / "b.docx")).paragraphs)
        assert "Följande stavningar av nyckelord slogs ihop: «kompetensforsorjning» → «kompetensförsörjning»." in text
        assert "inte avgjorda" not in text
