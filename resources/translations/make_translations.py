"""Fill and compile the English interface translation.

    .venv/bin/pyside6-lupdate dialogkarta/ui/*.py dialogkarta/ui/commands/*.py -ts resources/translations/dialogkarta_en.ts
    .venv/bin/python resources/translations/make_translations.py

The English texts are kept here, keyed by the Swedish source text, so that lupdate can be rerun
at any time; the script writes them into the .ts file and compiles the .qm with lrelease.
Strings whose tr() context lupdate cannot see (undo command names) are added for the context
they are looked up in.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "dialogkarta_en.ts"
QM = HERE / "dialogkarta_en.qm"

ENGLISH = {
    # the Dokument step's municipality choice and survey statements, the unit's texts in the settings
    "Hela dialogdagen": "The whole dialogue day",
    "Uppföljningsenkäten": "The follow-up survey",
    "Enkätens påståenden, ett per rad": "The survey's statements, one per line",
    "Enkätens påståenden (ett per rad; svaren 1–5 eller Vet ej)": "The survey's statements (one per line; answers 1–5 or Don't know)",
    "Spara påståendena": "Save the statements",
    "Registrera ett svar (0 = inget svar eller Vet ej)": "Record an answer (0 = no answer or Don't know)",
    "FoU-miljöns namn": "The R&D unit's name",
    "Kontaktperson (namn, e-post, telefon)": "Contact person (name, e-mail, phone)",
    "Syftet med dialogerna": "The purpose of the dialogues",
    "Vilka som bjuds in": "Who is invited",
    "Svarsadress för enkäten": "Where the survey is returned",
    "Egen mall för presentationer (.pptx)": "Own slide template (.pptx)",
    "Om Dialogkarta": "About Dialogkarta",
    "Dialogkarta hjälper FoU-miljöer att planera, leda och dokumentera strukturerade kommundialoger: dialogkartan på skärmen under mötet, anteckningar med #nyckelord, dokument efteråt och en sammanställning för hela länet. Allt sparas i en fil per dialog på din egen dator.":
        "Dialogkarta helps regional R&D units plan, lead and document structured municipal dialogues: the dialogue map on screen during the meeting, notes with #keywords, documents afterwards and a synthesis for the whole county. Everything is saved in one file per dialogue on your own computer.",
    "Dialogkarta är fri programvara under GPL-3.0 eller senare. Programmet innehåller dessa bibliotek, med sina licenser:":
        "Dialogkarta is free software under GPL-3.0 or later. It contains these libraries, with their licences:",
    "Bibliotek": "Library", "Version": "Version", "Licens": "Licence",
    "Dialogkartan": "The dialogue map",
    "Ändra lappens text": "Edit the note's text",
    "Skriv en lapp och tryck Enter · #nyckelord · Alt+1…9 byter fråga · Ctrl+↑/↓ byter område":
        "Type a note and press Enter · #keyword · Alt+1…9 switch question · Ctrl+↑/↓ switch area",
    "Ny lapp": "New note",
    "Område eller nivå för nya lappar": "Area or level of new notes",
    "Ctrl+↑/↓ eller Ctrl+1…6 byter": "Ctrl+↑/↓ or Ctrl+1…6 switch",
    "Kommun för nya lappar": "Municipality of new notes",
    "Länssammanställning": "County synthesis",
    "Lägg till filer…": "Add files…",
    "Lägg till mapp…": "Add folder…",
    "Länsvokabulär…": "County vocabulary…",
    "Harmonisera nyckelord…": "Harmonise keywords…",
    "Exportera %1": "Export %1",
    "Dra sessionsfiler (.dkarta, .json) eller en mapp hit, eller välj Lägg till.":
        "Drag session files (.dkarta, .json) or a folder here, or choose Add.",
    "Fråga": "Question",
    "Område eller nivå": "Area or level",
    "Kommun": "Municipality",
    "Område/nivå": "Area/level",
    "Nyckelord per kommun": "Keywords per municipality",
    "Anteckningar i vald cell": "Notes in the chosen cell",
    "Välj sessioner": "Choose sessions",
    "Sessioner (*.dkarta *.json)": "Sessions (*.dkarta *.json)",
    "Välj mapp med sessioner": "Choose a folder of sessions",
    "Länsvokabulär": "County vocabulary",
    "Länsvokabulär (*.json)": "County vocabulary (*.json)",
    "%1 dialoger, %2 kommuner, %3 deltagare, %4 anteckningar.": "%1 dialogues, %2 municipalities, %3 participants, %4 notes.",
    "%1 förslag om att slå ihop nyckelord väntar: Harmonisera nyckelord…": "%1 proposals to merge keywords are waiting: Harmonise keywords…",
    # county window: particulars, findings, rounds (issue 14)
    " (jämförs med %1)": " (compared with %1)",
    "%1 (efter datum)": "%1 (from the date)",
    "%1 dialoger, %2 kommuner, %3 deltagare, %4 lappar.": "%1 dialogues, %2 municipalities, %3 participants, %4 notes.",
    "Iakttagelser": "Findings",
    "Ingen lapp är särskild för en enda kommun.": "No note is particular to a single municipality.",
    "Lappar i vald cell": "Notes in the chosen cell",
    "Meningarna är skrivna utifrån siffrorna. Ändra dem gärna före export; en iakttagelse per rad.":
        "The sentences are written from the figures. Change them before exporting if you like; one finding per line.",
    "Obs! %1 förslag om att slå ihop nyckelord med olika stavning är inte avgjorda. Till dess räknas stavningarna som "
    "olika nyckelord, och inget av dem visas som särskilt för en kommun. Avgör dem under Harmonisera nyckelord….":
        "Note: %1 proposals to merge differently spelled keywords are undecided. Until then the spellings count as "
        "different keywords, and none of them is shown as particular to a municipality. Decide them under Harmonise keywords….",
    "Omgång": "Round",
    "Omgång: %1": "Round: %1",
    "Särskilt för varje kommun": "Particular to each municipality",
    "Särskilt per kommun": "Particular per municipality",
    "Alla kommuner": "All municipalities",
    "Alla": "All",
    "Antal kommuner": "Municipalities",
    "Spara länssammanställning": "Save county synthesis",
    "Möjliga personuppgifter": "Possible personal data",
    "%1 möjliga personuppgifter finns i sessionerna. Skriva ändå?": "The sessions contain %1 possible pieces of personal data. Write anyway?",
    "Kunde inte skriva": "Could not write",
    "Dokument": "Document",
    "Format": "Format",
    "Mapp": "Folder",
    "Välj mapp…": "Choose folder…",
    "Skapa dokument": "Create document",
    "Öppna filen": "Open the file",
    "Öppna mappen": "Open the folder",
    "Pappersformat (karta)": "Paper size (map)",
    "Välj mapp för dokumenten": "Choose a folder for the documents",
    "Avbrutet: inget dokument skapades.": "Cancelled: no document was created.",
    "Klart: %1": "Done: %1",
    "Dokumentet kunde inte skapas": "The document could not be created",
    "Svar på uppföljningsenkäten": "Answers to the follow-up survey",
    "–": "–",
    "Kommentar": "Comment",
    "Spara svaret": "Save the answer",
    "Inkomna svar": "Answers received",
    "Ta bort markerat svar": "Remove the selected answer",
    "Användarguide": "User guide",
    "Harmonisera nyckelord": "Harmonise keywords",
    "Markerade förslag slås ihop; omarkerade hålls isär och föreslås inte igen.":
        "Checked proposals are merged; unchecked ones are kept apart and not proposed again.",
    "Förslag": "Proposals",
    "«%1» (%2) → «%3» (%4)": "“%1” (%2) → “%3” (%4)",
    "Nyckelord": "Keywords",
    "Sessionens nyckelord": "The session's keywords",
    "Nytt namn, eller ett nyckelord att lägga till": "New name, or a keyword to add",
    "Lägg till": "Add",
    "Byt namn / slå ihop markerade": "Rename / merge selected",
    "Ta bort ur listan": "Remove from the list",
    "Stäng": "Close",
    "Markera ett eller flera nyckelord, skriv det nya namnet och välj Byt namn / slå ihop. Alla lappar ändras; Ctrl+Z ångrar.":
        "Select one or more keywords, type the new name and choose Rename / merge. All notes change; Ctrl+Z undoes.",
    "&Arkiv": "&File",
    "Ny session…": "New session…",
    "Öppna…": "Open…",
    "Importera JSON…": "Import JSON…",
    "Exportera JSON…": "Export JSON…",
    "Länssammanställning…": "County synthesis…",
    "Stäng sessionen": "Close the session",
    "Avsluta": "Quit",
    "&Redigera": "&Edit",
    "&Visa": "&View",
    "Presentatörsläge": "Presenter mode",
    "Nyckelord…": "Keywords…",
    "Inställningar…": "Settings…",
    "&Hjälp": "&Help",
    "Exempelsessionerna": "The example sessions",
    "Dialogkarta": "Dialogkarta",
    "Kan inte öppna": "Cannot open",
    "Kunde inte spara": "Could not save",
    "Ångra": "Undo",
    "Gör om": "Redo",
    "Sparad": "Saved",
    "Filen är skrivskyddad: ändringar kan inte sparas.": "The file is read-only: changes cannot be saved.",
    "Sparad %1": "Saved %1",
    "Öppna session": "Open session",
    "Dialogkarta-sessioner (*.dkarta)": "Dialogkarta sessions (*.dkarta)",
    "Välj arbetsmapp": "Choose workspace folder",
    "Importera session": "Import session",
    "JSON (*.json)": "JSON (*.json)",
    "Kan inte importera": "Cannot import",
    "Exportera JSON": "Export JSON",
    "Kan inte exportera": "Cannot export",
    "Översikt": "Outline",
    "Växla mellan tavla (Ctrl+B) och översikt (Ctrl+L)": "Switch between board (Ctrl+B) and outline (Ctrl+L)",
    "Visa kommun": "Show municipality",
    "Färg per kommun": "Colour by municipality",
    "Tema:": "Theme:",
    "Ctrl+G: gruppera markerade": "Ctrl+G: group selected",
    "Tema för markerade lappar": "Theme of the selected notes",
    "Presentatörsläge (F5)": "Presenter mode (F5)",
    "Tavla": "Board",
    "Rösta": "Vote",
    "Gruppera": "Group",
    "Ny session": "New session",
    "Kommuner": "Municipalities",
    "Annan kommun: skriv och tryck Enter": "Other municipality: type and press Enter",
    "Namn, åtskilda med komma": "Names, separated by commas",
    "Län": "County",
    "Kommun(er)": "Municipality(-ies)",
    "Datum": "Date",
    "Plats": "Place",
    "Samtalsledare": "Facilitators",
    "Skapa": "Create",
    "Välj minst en kommun.": "Choose at least one municipality.",
    "Kan inte skapa sessionen": "Cannot create the session",
    "Fråga, område, tema och lappar": "Question, area, theme and notes",
    "Röster": "Votes",
    "Översikt över sessionen": "Outline of the session",
    "Fråga %1, %2 lappar": "Question %1, %2 notes",
    "Utan område": "Without area",
    "Utan tema": "Without theme",
    "Det här ser ut som personuppgifter. Ändra texten innan dokumentet skapas, eller fortsätt om du är säker på att uppgifterna får lämna appen.":
        "This looks like personal data. Change the text before the document is created, or continue if you are sure the data may leave the app.",
    "Träffar": "Hits",
    "Texten med träffen": "The text with the hit",
    "Välj en träff för att ändra texten där den står": "Choose a hit to change the text where it stands",
    "Spara ändringen": "Save the change",
    "Fortsätt ändå": "Continue anyway",
    "Avbryt": "Cancel",
    "Förberedande kartläggning": "Preparatory mapping",
    "Storlek, organisation, pågående projekt, tidigare kontakter …": "Size, organisation, ongoing projects, earlier contacts …",
    "Samtal med FoU-ombud": "Talk with the R&D contacts",
    "Nästa steg": "Next steps",
    "Förberedelse": "Preparation",
    "Kartläggning av kommunen": "Mapping of the municipality",
    "Samtal med FoU-ombuden": "Talk with the R&D contacts",
    "Nästa steg (avslutning)": "Next steps (closing)",
    "Deltagare": "Participants",
    "Roll": "Role",
    "Verksamhet, t.ex. IFO": "Operation, e.g. IFO",
    "Verksamhet": "Operation",
    "Namn (frivilligt)": "Name (optional)",
    "Namn": "Name",
    "Deltagarlista": "List of participants",
    "Ta bort markerad": "Remove selected",
    "Dagordning: planerade minuter per fråga": "Agenda: planned minutes per question",
    "Totalt med inledning, paus och avslutning": "Total with introduction, break and closing",
    "Skicka ut i förväg:": "Send out in advance:",
    "%1 min (%2 h %3 min)": "%1 min (%2 h %3 min)",
    "Presentatörsläge – %1": "Presenter mode – %1",
    "Tid för frågan": "Time for the question",
    "Starta tid": "Start timer",
    "Ctrl+T": "Ctrl+T",
    "Löpande anteckningar": "Running minutes",
    "Löpande anteckningar: så mycket som möjligt av det som sägs": "Running minutes: as much as possible of what is said",
    "Summering": "Summary",
    "Summering: det som hamnade på tavlan": "Summary: what ended up on the whiteboard",
    "Pausa tid": "Pause timer",
    "%1 av %2 min": "%1 of %2 min",
    "Ändringen kunde inte sparas: %1": "The change could not be saved: %1",
    "1. Förberedelse": "1. Preparation",
    "2. Möte": "2. Meeting",
    "3. Dokument": "3. Documents",
    "Tom dialogkarta": "Blank dialogue map",
    "Information inför mötet": "Briefing before the meeting",
    "Inställningar": "Settings",
    "Arbetsmapp": "Workspace folder",
    "Välj…": "Choose…",
    "Förvalt län": "Default county",
    "Språk": "Language",
    "Samtalsledare (du)": "Facilitator (you)",
    "Språket gäller gränssnittet och dokumenten; ett byte gäller från nästa start.":
        "The language applies to the interface and the documents; a change takes effect at the next start.",
    "Öppna fil…": "Open file…",
    "Byt mapp…": "Change folder…",
    "Session": "Session",
    "Status": "Status",
    "Lappar": "Notes",
    "Sessioner i arbetsmappen": "Sessions in the workspace folder",
    "Senast öppnade": "Recently opened",
    "Välkommen! Här nedan finns exempelsessioner från en påhittad runda kommundialoger. Dubbelklicka på en för att se dialogkartan. Skapa en egen med Ny session (Ctrl+N). Under mötet skriver du i fältet längst ned och trycker Enter; #ord blir nyckelord och Alt+1…4 byter fråga. Allt sparas direkt.":
        "Welcome! Below are example sessions from a fictional round of municipal dialogues. Double-click one to see its dialogue map. Make your own with New session (Ctrl+N). During the meeting you type in the field at the bottom and press Enter; #word becomes a keyword and Alt+1…4 switch question. Everything is saved at once.",
    "Arbetsmapp: %1": "Workspace folder: %1",
    "Ändra lapp": "Edit note",
    "Flytta lappar": "Move notes",
    "Ta bort lappar": "Delete notes",
    "Gruppera lappar": "Group notes",
    "Skriv anteckningar": "Write minutes",
    "Ändra fråga": "Change question",
    "Ändra sessionen": "Change the session",
    "Ny deltagare": "New participant",
    "Ta bort deltagare": "Remove participant",
    "Slå ihop nyckelord": "Merge keywords",
    "Ändra nyckelordslistan": "Change the keyword list",
    "Nytt enkätsvar": "New survey answer",
    "Ta bort enkätsvar": "Remove survey answer",
    "%1 i %2: %3 anteckningar": "%1 in %2: %3 notes",
    "%1: inte med i jämförelsen (%2)": "%1: not in the comparison (%2)",
    "Andel kommuner för ett gemensamt tema": "Share of municipalities for a common theme",
    "Besluten sparas i länsvokabulären %1 och används i nästa sammanställning.":
        "The decisions are saved in the county vocabulary %1 and used in the next synthesis.",
    "Ett tema är gemensamt när minst så stor andel av kommunerna tagit upp det":
        "A theme is common when at least this share of the municipalities raised it",
    "Gemensamt från": "Common from",
    "Inga nyckelord att harmonisera: alla närliggande stavningar är redan avgjorda.":
        "No keywords to harmonise: every close spelling has already been decided.",
    "Länsvokabulär: %1": "County vocabulary: %1",
    # meeting board and outline: context menus, themes, undo command names
    "Ändra text (F2)": "Edit text (F2)",
    "Ge en röst (+)": "Add a vote (+)",
    "Ta bort en röst (-)": "Remove a vote (-)",
    "Gruppera under tema… (Ctrl+G)": "Group under a theme… (Ctrl+G)",
    "Ta bort ur tema (Ctrl+Shift+G)": "Remove from theme (Ctrl+Shift+G)",
    "Ta bort (Delete)": "Delete (Delete)",
    "Flytta till område": "Move to area",
    "Flytta till tema": "Move to theme",
    "Tema: %1": "Theme: %1",
    "%1 röster": "%1 votes",
    "F2 ändrar, Delete tar bort, Ctrl+vänster/höger byter område, Ctrl+upp/ned byter tema, + och - röstar":
        "F2 edits, Delete deletes, Ctrl+left/right changes area, Ctrl+up/down changes theme, + and - vote",
    "Ta bort ur tema": "Remove from theme",
    "Byt namn på tema": "Rename theme",
    "Byt namn på nyckelord": "Rename keyword",
    "Ändra deltagare": "Edit participant",
    "Förstora frågan": "Enlarge the question",
    "Visa bara den aktiva frågan, stort (Ctrl+E)": "Show only the active question, large (Ctrl+E)",
    " – längre än de vanliga tre timmarna": " – longer than the usual three hours",
    "%1 kan inte läsas: %2": "%1 cannot be read: %2",
    "Föregående steg": "Previous step",
    "Oläslig": "Unreadable",
    "Sessionen": "Session",
    "Titel": "Title",
    # issue 15: maps, written input, talks, meeting shape
    "Delete tar bort markerad anteckning": "Delete removes the selected note",
    "Undertitel i dokumenten": "Subtitle in the documents",
    "Inbjudan: vad är det för möte?": "Invitation: what kind of meeting?",
    "Inbjudan: att förbereda": "Invitation: what to prepare",
    " (medföljer)": " (shipped)",
    "%1 finns redan i sessionen och läggs inte till igen.": "%1 are already in the session and are not added again.",
    "%1 nya svar läggs till.": "%1 new answers will be added.",
    "%1 svarsformulär skrivna i %2": "%1 response forms written in %2",
    "Anteckning": "Note",
    "Avslutning": "Closing",
    "Avslutning, min": "Closing, min",
    "Dagordning": "Agenda",
    "Dagordningens tider": "The agenda's times",
    "Den sista frågan har ingen nästa att slås ihop med.": "The last question has no next question to merge with.",
    "Det som läggs till": "What will be added",
    "Dialogkartor": "Dialogue maps",
    "Dialogkartor…": "Dialogue maps…",
    "Duplicera": "Duplicate",
    "En medföljande karta ändras inte: duplicera den först.": "A shipped map is not changed: duplicate it first.",
    "Enskilda samtal": "One-to-one talks",
    "Enskilda samtal…": "One-to-one talks…",
    "Fast sluttid": "Fixed end",
    "Fil: %1": "File: %1",
    "Fråga (ordagrant)": "Question (word for word)",
    "Fråga för text utan frågerubrik": "Question for text without a question heading",
    "Frågan": "The question",
    "Frågor": "Questions",
    "Indelning heter": "Sorting is called",
    "Inledning": "Introduction",
    "Inledning, min": "Introduction, min",
    "Inledning: %1": "Introduction: %1",
    "Kanal": "Channel",
    "Kartan": "The map",
    "Kartan kunde inte sparas": "The map could not be saved",
    "Kartan kunde inte tas bort": "The map could not be removed",
    "Kartans inledning": "The map's introduction",
    "Kartor": "Maps",
    "Kort om samtalet": "About the talk, briefly",
    "Kort om samtalet (när, hur länge)": "About the talk (when, how long)",
    "Läs in skriftliga svar": "Read written answers",
    "Läs in skriftliga svar – %1": "Read written answers – %1",
    "Läs in svar": "Read answers",
    "Läs in svar eller skriftliga reflektioner…": "Read answers or written reflections…",
    "Mapp för svarsformulären": "Folder for the response forms",
    "Med fast sluttid fördelas frågornas minuter så att mötet slutar då.": "With a fixed end the questions' minutes are fitted so that the meeting ends then.",
    "Mötesform": "Meeting form",
    "Mötet": "The meeting",
    "Nav (kort)": "Hub (short)",
    "Nav (utskrivet)": "Hub (in full)",
    "Ny anteckning i samtalet": "New note in the talk",
    "Nytt enskilt samtal": "New one-to-one talk",
    "Nytt samtal": "New talk",
    "Om samtalet": "About the talk",
    "Områden/nivåer, en per rad": "Areas/levels, one per line",
    "Paus": "Break",
    "Paus, min": "Break, min",
    "Planerad tid": "Planned time",
    "Roll för nytt samtal": "Role for a new talk",
    "Roll, t.ex. kommunchef": "Role, e.g. head of municipality",
    "Rubrik": "Heading",
    "Samtal": "Talks",
    "Samtalen redovisas för sig i dokumenten (”Enskilda samtal”).": "The talks are reported apart in the documents (“One-to-one talks”).",
    "Samtalets anteckningar": "The talk's notes",
    "Skriv och tryck Enter; #ord blir nyckelord": "Type and press Enter; #word becomes a keyword",
    "Slut %1": "End %1",
    "Sluttid": "End time",
    "Slå ihop med nästa": "Merge with the next",
    "Spara": "Save",
    "Sparad. Nya sessioner kan använda kartan; befintliga behåller sin egen.": "Saved. New sessions can use the map; existing ones keep their own.",
    "Starttid": "Start time",
    "Stödord": "Cues",
    "Stödord för frågan": "The question's cues",
    "Stödord, ett per rad": "Cues, one per line",
    "Svarsformulär": "Response form",
    "Svarsformulär och texter (*.docx *.txt *.md)": "Response forms and texts (*.docx *.txt *.md)",
    "Ta bort": "Remove",
    "Ta bort frågan": "Remove the question",
    "Text": "Text",
    "Text utan frågerubrik hamnar under": "Text without a question heading goes under",
    "Tid": "Time",
    "Ändra enskilt samtal": "Change one-to-one talk",
    # looked up through variables (not seen by lupdate): context "Dynamic"
    "Sammanfattning för deltagarna": "Summary for the participants",
    "Nyckelordssorterat underlag": "Keyword-sorted base material",
    "Presentation av resultaten": "Presentation of the results",
    "Dialogkarta med lapparna": "Dialogue map with the notes",
    "Tom dialogkarta att skicka ut": "Blank dialogue map to send out",
    "Uppföljningsenkät": "Follow-up survey",
    "Sessionen som JSON": "The session as JSON",
    "Planerad": "Planned",
    "Förberedd": "Prepared",
    "Genomförd": "Held",
    "Sammanfattad": "Summarised",
}
DYNAMIC = ["Sammanfattning för deltagarna", "Nyckelordssorterat underlag", "Presentation av resultaten",
           "Dialogkarta med lapparna", "Tom dialogkarta att skicka ut", "Information inför mötet",
           "Uppföljningsenkät", "Sessionen som JSON", "Planerad", "Förberedd", "Genomförd", "Sammanfattad"]
EXTRA_CONTEXTS = {"SessionDocument": [k for k in ENGLISH if k.startswith(("Ändra", "Flytta", "Ta bort", "Gruppera", "Skriv",
                                                                             "Ny ", "Nytt", "Slå", "Byt namn på"))] + ["Ny lapp", "Rösta", "Läs in skriftliga svar"],
                  "Dynamic": DYNAMIC}


def fill() -> list[str]:
    tree = ET.parse(TS)
    root = tree.getroot()
    missing = []
    for context_name, sources in EXTRA_CONTEXTS.items():
        context = next((c for c in root.iter("context") if c.findtext("name") == context_name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        present = {m.findtext("source") for m in context.iter("message")}
        for source in sources:
            if source not in present:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation")
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in ENGLISH:
            translation.text = ENGLISH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill()
    for source in missing:
        print(f"saknar engelsk text: {source}", file=sys.stderr)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    subprocess.run([lrelease, str(TS), "-qm", str(QM)], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
