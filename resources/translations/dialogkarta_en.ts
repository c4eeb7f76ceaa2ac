<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/about_dialog.py" line="72" />
        <source>Om Dialogkarta</source>
        <translation>About Dialogkarta</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/about_dialog.py" line="87" />
        <source>Dialogkarta hjälper FoU-miljöer att planera, leda och dokumentera strukturerade kommundialoger: dialogkartan på skärmen under mötet, anteckningar med #nyckelord, dokument efteråt och en sammanställning för hela länet. Allt sparas i en fil per dialog på din egen dator.</source>
        <translation>Dialogkarta helps regional R&amp;D units plan, lead and document structured municipal dialogues: the dialogue map on screen during the meeting, notes with #keywords, documents afterwards and a synthesis for the whole county. Everything is saved in one file per dialogue on your own computer.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/about_dialog.py" line="92" />
        <source>Dialogkarta är fri programvara under GPL-3.0 eller senare. Programmet innehåller dessa bibliotek, med sina licenser:</source>
        <translation>Dialogkarta is free software under GPL-3.0 or later. It contains these libraries, with their licences:</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/about_dialog.py" line="98" />
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/about_dialog.py" line="98" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/about_dialog.py" line="98" />
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../dialogkarta/ui/background.py" line="45" />
        <source>Ett oväntat fel inträffade (%1): %2</source>
        <translation>An unexpected error occurred (%1): %2</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/background.py" line="99" />
        <source>Dialogkarta</source>
        <translation>Dialogkarta</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="97" />
        <source>Dialogkartan</source>
        <translation>The dialogue map</translation>
    </message>
    <message>
        <source>Tema %1–%2 av %3 · PgUp/PgDn bläddrar</source>
        <translation>Themes %1–%2 of %3 · PgUp/PgDn pages</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="367" />
        <source>%1–%2 av %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="368" />
        <source>%1–%2 av %3 · PgUp/PgDn bläddrar</source>
        <translation>%1–%2 of %3 · PgUp/PgDn pages</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="499" />
        <source>Ändra lappens text</source>
        <translation>Edit the note's text</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="507" />
        <source>Temats namn</source>
        <translation>The theme's name</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="609" />
        <source>Ändra text (F2)</source>
        <translation>Edit text (F2)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="610" />
        <source>Ge en röst (+)</source>
        <translation>Add a vote (+)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="611" />
        <source>Ta bort en röst (-)</source>
        <translation>Remove a vote (-)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="613" />
        <source>Gruppera under tema… (Ctrl+G)</source>
        <translation>Group under a theme… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="614" />
        <source>Ta bort ur tema (Ctrl+Shift+G)</source>
        <translation>Remove from theme (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="616" />
        <source>Flytta till fråga</source>
        <translation>Move to question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="622" />
        <source>Ta bort (Delete)</source>
        <translation>Delete (Delete)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="628" />
        <source>Byt namn på temat (dubbelklick)</source>
        <translation>Rename the theme (double-click)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="630" />
        <source>Fäll ut temat</source>
        <translation>Unfold the theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="630" />
        <source>Fäll ihop temat</source>
        <translation>Fold the theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="632" />
        <source>Markera temats lappar</source>
        <translation>Select the theme's notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="633" />
        <source>Ge temat en röst</source>
        <translation>Give the theme a vote</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="634" />
        <source>Ta bort en röst från temat</source>
        <translation>Take a vote from the theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/board_view.py" line="636" />
        <source>Lös upp temat</source>
        <translation>Dissolve the theme</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../dialogkarta/ui/capture_bar.py" line="108" />
        <source>Skriv en lapp och tryck Enter · #nyckelord · Alt+1…9 byter fråga · Ctrl+↑/↓ byter område</source>
        <translation>Type a note and press Enter · #keyword · Alt+1…9 switch question · Ctrl+↑/↓ switch area</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/capture_bar.py" line="109" />
        <source>Ny lapp</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/capture_bar.py" line="114" />
        <source>Område eller nivå för nya lappar</source>
        <translation>Area or level of new notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/capture_bar.py" line="115" />
        <source>Ctrl+↑/↓ eller Ctrl+1…6 byter</source>
        <translation>Ctrl+↑/↓ or Ctrl+1…6 switch</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/capture_bar.py" line="117" />
        <source>Kommun för nya lappar</source>
        <translation>Municipality of new notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/capture_bar.py" line="172" />
        <source>Klistra in</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/capture_bar.py" line="173" />
        <source>Du klistrar in %1 rader. Göra en lapp av varje rad?</source>
        <translation>You are pasting %1 lines. Make a note of each line?</translation>
    </message>
</context>
<context>
    <name>CopiesActions</name>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="33" />
        <source>Skriv en kopia till kollega</source>
        <translation>Write a copy for a colleague</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="34" />
        <source>Dialogkarta-sessioner (*.dkarta)</source>
        <translation>Dialogkarta sessions (*.dkarta)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="38" />
        <source>Kan inte skriva kopian</source>
        <translation>Cannot write the copy</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="40" />
        <source>%1: är den öppna sessionen själv; välj ett annat namn</source>
        <translation>%1: is the open session itself; choose another name</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="48" />
        <source>Kopian är skriven</source>
        <translation>The copy has been written</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="49" />
        <source>%1 är skriven. Din kollega öppnar den, arbetar i den och ger den tillbaka; välj då Arkiv › Slå ihop med en annan kopia… så kommer båda era ändringar med.</source>
        <translation>%1 has been written. Your colleague opens it, works in it and hands it back; then choose File › Merge with another copy… and both your changes are kept.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="55" />
        <source>Slå ihop med en annan kopia</source>
        <translation>Merge with another copy</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="58" />
        <source>Dialogkarta-sessioner (*.dkarta *.json)</source>
        <translation>Dialogkarta sessions (*.dkarta *.json)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="64" />
        <source>%1: är den öppna sessionen själv</source>
        <translation>%1: is the open session itself</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="67" />
        <source>%1: är en annan session («%2»), inte en kopia av den här</source>
        <translation>%1: is another session («%2»), not a copy of this one</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="77" />
        <source>Ångra (Ctrl+Z) tar tillbaka sammanslagningen.</source>
        <translation>Undo (Ctrl+Z) takes the merge back.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/copies_actions.py" line="79" />
        <source>Kopian innehöll inget som inte redan fanns här.</source>
        <translation>The copy held nothing that was not already here.</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="41" />
        <location filename="../../dialogkarta/ui/county_window.py" line="177" />
        <source>Länssammanställning</source>
        <translation>County synthesis</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="48" />
        <source>Lägg till filer…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="49" />
        <source>Lägg till mapp…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="50" />
        <source>Länsvokabulär…</source>
        <translation>County vocabulary…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="51" />
        <source>Harmonisera nyckelord…</source>
        <translation>Harmonise keywords…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="61" />
        <source>Exportera %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="66" />
        <source>Dra sessionsfiler (.dkarta, .json) eller en mapp hit, eller välj Lägg till.</source>
        <translation>Drag session files (.dkarta, .json) or a folder here, or choose Add.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="69" />
        <location filename="../../dialogkarta/ui/county_window.py" line="75" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="71" />
        <source>Område eller nivå</source>
        <translation>Area or level</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="73" />
        <location filename="../../dialogkarta/ui/county_window.py" line="75" />
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="75" />
        <source>Område/nivå</source>
        <translation>Area/level</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="85" />
        <source>Andel kommuner för ett gemensamt tema</source>
        <translation>Share of municipalities for a common theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="86" />
        <source>Ett tema är gemensamt när minst så stor andel av kommunerna tagit upp det</source>
        <translation>A theme is common when at least this share of the municipalities raised it</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="88" />
        <source>Gemensamt från</source>
        <translation>Common from</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="93" />
        <source>Nyckelord per kommun</source>
        <translation>Keywords per municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="99" />
        <source>Lappar i vald cell</source>
        <translation>Notes in the chosen cell</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="184" />
        <source>%1 dialoger, %2 kommuner, %3 deltagare, %4 lappar.</source>
        <translation>%1 dialogues, %2 municipalities, %3 participants, %4 notes.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="188" />
        <source>Omgång: %1</source>
        <translation>Round: %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="189" />
        <source> (jämförs med %1)</source>
        <translation> (compared with %1)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="195" />
        <source>Obs! %1 förslag om att slå ihop nyckelord med olika stavning är inte avgjorda. Till dess räknas stavningarna som olika nyckelord, och inget av dem visas som särskilt för en kommun. Avgör dem under Harmonisera nyckelord….</source>
        <translation>Note: %1 proposals to merge differently spelled keywords are undecided. Until then the spellings count as different keywords, and none of them is shown as particular to a municipality. Decide them under Harmonise keywords….</translation>
    </message>
    <message>
        <source>Anteckningar i vald cell</source>
        <translation>Notes in the chosen cell</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="122" />
        <source>Välj sessioner</source>
        <translation>Choose sessions</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="122" />
        <source>Sessioner (*.dkarta *.json)</source>
        <translation>Sessions (*.dkarta *.json)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="126" />
        <source>Välj mapp med sessioner</source>
        <translation>Choose a folder of sessions</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="131" />
        <location filename="../../dialogkarta/ui/county_window.py" line="137" />
        <location filename="../../dialogkarta/ui/county_window.py" line="158" />
        <location filename="../../dialogkarta/ui/county_window.py" line="272" />
        <source>Länsvokabulär</source>
        <translation>County vocabulary</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="131" />
        <source>Länsvokabulär (*.json)</source>
        <translation>County vocabulary (*.json)</translation>
    </message>
    <message>
        <source>%1 dialoger, %2 kommuner, %3 deltagare, %4 anteckningar.</source>
        <translation>%1 dialogues, %2 municipalities, %3 participants, %4 notes.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="191" />
        <source>%1: inte med i jämförelsen (%2)</source>
        <translation>%1: not in the comparison (%2)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="193" />
        <source>Länsvokabulär: %1</source>
        <translation>County vocabulary: %1</translation>
    </message>
    <message>
        <source>%1 förslag om att slå ihop nyckelord väntar: Harmonisera nyckelord…</source>
        <translation>%1 proposals to merge keywords are waiting: Harmonise keywords…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="209" />
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="226" />
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="318" />
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Antal kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="291" />
        <source>Spara länssammanställning</source>
        <translation>Save county synthesis</translation>
    </message>
    <message>
        <source>Möjliga personuppgifter</source>
        <translation>Possible personal data</translation>
    </message>
    <message>
        <source>%1 möjliga personuppgifter finns i sessionerna. Skriva ändå?</source>
        <translation type="vanished">The sessions contain %1 possible pieces of personal data. Write anyway?</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/county_window.py" line="314" />
        <location filename="../../dialogkarta/ui/county_window.py" line="322" />
        <source>Kunde inte skriva</source>
        <translation>Could not write</translation>
    </message>
</context>
<context>
    <name>CuesView</name>
    <message>
        <location filename="../../dialogkarta/ui/cues_view.py" line="22" />
        <source>Inledning: %1</source>
        <translation>Introduction: %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/cues_view.py" line="28" />
        <source>Kartans inledning</source>
        <translation>The map's introduction</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/cues_view.py" line="31" />
        <source>Stödord</source>
        <translation>Cues</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/cues_view.py" line="36" />
        <source>Stödord för frågan</source>
        <translation>The question's cues</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="61" />
        <location filename="../../dialogkarta/ui/documents_view.py" line="89" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="63" />
        <location filename="../../dialogkarta/ui/documents_view.py" line="90" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="65" />
        <location filename="../../dialogkarta/ui/documents_view.py" line="91" />
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="66" />
        <source>Hela dialogdagen</source>
        <translation>The whole dialogue day</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="73" />
        <location filename="../../dialogkarta/ui/documents_view.py" line="96" />
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="74" />
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="76" />
        <location filename="../../dialogkarta/ui/documents_view.py" line="97" />
        <source>Skapa dokument</source>
        <translation>Create document</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="82" />
        <source>Öppna filen</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="83" />
        <source>Öppna mappen</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="92" />
        <source>Pappersformat (karta)</source>
        <translation>Paper size (map)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="126" />
        <source>Välj mapp för dokumenten</source>
        <translation>Choose a folder for the documents</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="160" />
        <location filename="../../dialogkarta/ui/documents_view.py" line="166" />
        <source>Avbrutet: inget dokument skapades.</source>
        <translation>Cancelled: no document was created.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="187" />
        <source>Filen finns redan</source>
        <translation>The file already exists</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="188" />
        <source>%1 finns redan; den kan vara redigerad för hand.</source>
        <translation>%1 already exists; it may have been edited by hand.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="190" />
        <source>Spara bredvid som «%1»</source>
        <translation>Save beside it as «%1»</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="191" />
        <source>Skriv över</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="192" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="201" />
        <source>Klart: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="180" />
        <location filename="../../dialogkarta/ui/documents_view.py" line="209" />
        <source>Dokumentet kunde inte skapas</source>
        <translation>The document could not be created</translation>
    </message>
    <message>
        <source>Svar på uppföljningsenkäten</source>
        <translation>Answers to the follow-up survey</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="263" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="231" />
        <location filename="../../dialogkarta/ui/documents_view.py" line="232" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="214" />
        <source>Uppföljningsenkäten</source>
        <translation>The follow-up survey</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="217" />
        <source>Enkätens påståenden, ett per rad</source>
        <translation>The survey's statements, one per line</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="219" />
        <source>Enkätens påståenden (ett per rad; svaren 1–5 eller Vet ej)</source>
        <translation>The survey's statements (one per line; answers 1–5 or Don't know)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="221" />
        <source>Spara påståendena</source>
        <translation>Save the statements</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="227" />
        <source>Registrera ett svar (0 = inget svar eller Vet ej)</source>
        <translation>Record an answer (0 = no answer or Don't know)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="233" />
        <source>Spara svaret</source>
        <translation>Save the answer</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="237" />
        <source>Inkomna svar</source>
        <translation>Answers received</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/documents_view.py" line="239" />
        <source>Ta bort markerat svar</source>
        <translation>Remove the selected answer</translation>
    </message>
</context>
<context>
    <name>Dynamic</name>
    <message>
        <source>Sammanfattning för deltagarna</source>
        <translation>Summary for the participants</translation>
    </message>
    <message>
        <source>Nyckelordssorterat underlag</source>
        <translation>Keyword-sorted base material</translation>
    </message>
    <message>
        <source>Presentation av resultaten</source>
        <translation>Presentation of the results</translation>
    </message>
    <message>
        <source>Dialogkarta med lapparna</source>
        <translation>Dialogue map with the notes</translation>
    </message>
    <message>
        <source>Tom dialogkarta att skicka ut</source>
        <translation>Blank dialogue map to send out</translation>
    </message>
    <message>
        <source>Information inför mötet</source>
        <translation>Briefing before the meeting</translation>
    </message>
    <message>
        <source>Uppföljningsenkät</source>
        <translation>Follow-up survey</translation>
    </message>
    <message>
        <source>Sessionen som JSON</source>
        <translation>The session as JSON</translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Förberedd</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Sammanfattad</source>
        <translation>Summarised</translation>
    </message>
    <message>
        <source>På plats</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Digitalt</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Endast skriftligt</source>
        <translation>Written only</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../dialogkarta/ui/findings_view.py" line="28" />
        <source>Särskilt för varje kommun</source>
        <translation>Particular to each municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/findings_view.py" line="30" />
        <location filename="../../dialogkarta/ui/findings_view.py" line="40" />
        <source>Iakttagelser</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/findings_view.py" line="34" />
        <source>Meningarna är skrivna utifrån siffrorna. Ändra dem gärna före export; en iakttagelse per rad.</source>
        <translation>The sentences are written from the figures. Change them before exporting if you like; one finding per line.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/findings_view.py" line="38" />
        <source>Lappar i vald cell</source>
        <translation>Notes in the chosen cell</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/findings_view.py" line="39" />
        <source>Särskilt per kommun</source>
        <translation>Particular per municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/findings_view.py" line="53" />
        <source>Ingen lapp är särskild för en enda kommun.</source>
        <translation>No note is particular to a single municipality.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../../dialogkarta/ui/guide_view.py" line="17" />
        <location filename="../../dialogkarta/ui/guide_view.py" line="20" />
        <source>Användarguide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HarmoniseDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/harmonise_dialog.py" line="22" />
        <source>Harmonisera nyckelord</source>
        <translation>Harmonise keywords</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/harmonise_dialog.py" line="23" />
        <source>Markerade förslag slås ihop; omarkerade hålls isär och föreslås inte igen.</source>
        <translation>Checked proposals are merged; unchecked ones are kept apart and not proposed again.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/harmonise_dialog.py" line="25" />
        <source>Besluten sparas i länsvokabulären %1 och används i nästa sammanställning.</source>
        <translation>The decisions are saved in the county vocabulary %1 and used in the next synthesis.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/harmonise_dialog.py" line="28" />
        <source>Inga nyckelord att harmonisera: alla närliggande stavningar är redan avgjorda.</source>
        <translation>No keywords to harmonise: every close spelling has already been decided.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/harmonise_dialog.py" line="33" />
        <source>Förslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/harmonise_dialog.py" line="35" />
        <source>«%1» (%2) → «%3» (%4)</source>
        <translation>“%1” (%2) → “%3” (%4)</translation>
    </message>
</context>
<context>
    <name>KeywordMatrixModel</name>
    <message>
        <location filename="../../dialogkarta/ui/keyword_matrix_model.py" line="83" />
        <source>%1 i %2: %3 anteckningar</source>
        <translation>%1 in %2: %3 notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/keyword_matrix_model.py" line="92" />
        <source>Antal kommuner</source>
        <translation>Municipalities</translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="27" />
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="32" />
        <source>Nyckelord</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="30" />
        <source>Sessionens nyckelord</source>
        <translation>The session's keywords</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="33" />
        <source>Nytt namn, eller ett nyckelord att lägga till</source>
        <translation>New name, or a keyword to add</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="34" />
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="35" />
        <source>Byt namn / slå ihop markerade</source>
        <translation>Rename / merge selected</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="36" />
        <source>Ta bort ur listan</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="40" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/keywords_dialog.py" line="42" />
        <source>Markera ett eller flera nyckelord, skriv det nya namnet och välj Byt namn / slå ihop. Alla lappar ändras; Ctrl+Z ångrar.</source>
        <translation>Select one or more keywords, type the new name and choose Rename / merge. All notes change; Ctrl+Z undoes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="70" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="71" />
        <source>Ny session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="72" />
        <source>Öppna…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="73" />
        <source>Importera JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="74" />
        <source>Exportera JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="75" />
        <source>Läs in svar eller skriftliga reflektioner…</source>
        <translation>Read answers or written reflections…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="78" />
        <source>Skriv en &amp;kopia till kollega…</source>
        <translation>Write a &amp;copy for a colleague…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="79" />
        <source>Slå &amp;ihop med en annan kopia…</source>
        <translation>&amp;Merge with another copy…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="81" />
        <source>Länssammanställning…</source>
        <translation>County synthesis…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="84" />
        <source>Stäng sessionen</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="86" />
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="87" />
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="88" />
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="90" />
        <source>Presentatörsläge</source>
        <translation>Presenter mode</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="94" />
        <source>1. Förberedelse</source>
        <translation>1. Preparation</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="94" />
        <source>2. Möte</source>
        <translation>2. Meeting</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="94" />
        <source>3. Dokument</source>
        <translation>3. Documents</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="96" />
        <source>Nästa steg</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="97" />
        <source>Föregående steg</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="98" />
        <source>Nyckelord…</source>
        <translation>Keywords…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="99" />
        <source>Enskilda samtal…</source>
        <translation>One-to-one talks…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="100" />
        <source>Dialogkartor…</source>
        <translation>Dialogue maps…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="102" />
        <source>Inställningar…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="103" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="104" />
        <source>Användarguide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="105" />
        <source>Om Dialogkarta</source>
        <translation>About Dialogkarta</translation>
    </message>
    <message>
        <source>Exempelsessionerna</source>
        <translation>The example sessions</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="128" />
        <source>Dialogkarta</source>
        <translation>Dialogkarta</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="144" />
        <source>Kan inte öppna</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="172" />
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="154" />
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="154" />
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="161" />
        <source>Sparad</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="165" />
        <source>Filen är skrivskyddad: ändringar kan inte sparas.</source>
        <translation>The file is read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="167" />
        <source>Observera</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="171" />
        <location filename="../../dialogkarta/ui/main_window.py" line="177" />
        <source>Inte sparad</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="194" />
        <source>Sparad %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="234" />
        <source>Text som inte är sparad</source>
        <translation>Text that is not saved</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="235" />
        <source>Inmatningsfältet innehåller text som inte har blivit en lapp:
«%1»</source>
        <translation>The input field holds text that has not become a note:
«%1»</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="237" />
        <source>Spara som lapp</source>
        <translation>Save as a note</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="238" />
        <source>Släng texten</source>
        <translation>Discard the text</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="239" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="258" />
        <source>Öppna session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="259" />
        <source>Dialogkarta-sessioner (*.dkarta)</source>
        <translation>Dialogkarta sessions (*.dkarta)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="264" />
        <source>Välj arbetsmapp</source>
        <translation>Choose workspace folder</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="270" />
        <source>Importera session</source>
        <translation>Import session</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="270" />
        <location filename="../../dialogkarta/ui/main_window.py" line="293" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="282" />
        <source>Kan inte importera</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="292" />
        <source>Exportera JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="298" />
        <source>Kan inte exportera</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="326" />
        <source>Läs in svar</source>
        <translation>Read answers</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/main_window.py" line="327" />
        <source>Svarsformulär och texter (*.docx *.txt *.md)</source>
        <translation>Response forms and texts (*.docx *.txt *.md)</translation>
    </message>
</context>
<context>
    <name>MapEditorDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="37" />
        <source>Dialogkartor</source>
        <translation>Dialogue maps</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="42" />
        <source>Kartor</source>
        <translation>Maps</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="45" />
        <source>Duplicera</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="47" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="49" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="62" />
        <source>Kartan</source>
        <translation>The map</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="64" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="64" />
        <source>Nav (kort)</source>
        <translation>Hub (short)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="65" />
        <source>Nav (utskrivet)</source>
        <translation>Hub (in full)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="65" />
        <source>Inledning</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="66" />
        <source>Inledning, min</source>
        <translation>Introduction, min</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="66" />
        <source>Paus, min</source>
        <translation>Break, min</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="67" />
        <source>Avslutning, min</source>
        <translation>Closing, min</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="68" />
        <source>Undertitel i dokumenten</source>
        <translation>Subtitle in the documents</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="69" />
        <source>Inbjudan: vad är det för möte?</source>
        <translation>Invitation: what kind of meeting?</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="70" />
        <source>Inbjudan: att förbereda</source>
        <translation>Invitation: what to prepare</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="74" />
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="83" />
        <source>Frågan</source>
        <translation>The question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="85" />
        <source>Rubrik</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="85" />
        <source>Fråga (ordagrant)</source>
        <translation>Question (word for word)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="86" />
        <source>Stödord, ett per rad</source>
        <translation>Cues, one per line</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="86" />
        <source>Indelning heter</source>
        <translation>Sorting is called</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="87" />
        <source>Områden/nivåer, en per rad</source>
        <translation>Areas/levels, one per line</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="87" />
        <source>Planerad tid</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="90" />
        <source>Ta bort frågan</source>
        <translation>Remove the question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="92" />
        <source>Slå ihop med nästa</source>
        <translation>Merge with the next</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="125" />
        <source> (medföljer)</source>
        <translation> (shipped)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="162" />
        <source>En medföljande karta ändras inte: duplicera den först.</source>
        <translation>A shipped map is not changed: duplicate it first.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="247" />
        <source>Sparad. Nya sessioner kan använda kartan; befintliga behåller sin egen.</source>
        <translation>Saved. New sessions can use the map; existing ones keep their own.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="256" />
        <source>Kartan kunde inte sparas</source>
        <translation>The map could not be saved</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="267" />
        <source>Kartan kunde inte tas bort</source>
        <translation>The map could not be removed</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/map_editor_dialog.py" line="292" />
        <source>Den sista frågan har ingen nästa att slås ihop med.</source>
        <translation>The last question has no next question to merge with.</translation>
    </message>
</context>
<context>
    <name>MeetingShapeView</name>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="27" />
        <source>Mötet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="31" />
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="34" />
        <source>Sluttid</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="35" />
        <source>Fast sluttid</source>
        <translation>Fixed end</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="36" />
        <source>Med fast sluttid fördelas frågornas minuter så att mötet slutar då.</source>
        <translation>With a fixed end the questions' minutes are fitted so that the meeting ends then.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="38" />
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="51" />
        <source>Mötesform</source>
        <translation>Meeting form</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="43" />
        <source>Dagordningens tider</source>
        <translation>The agenda's times</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="50" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="52" />
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="84" />
        <source>Inledning</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="84" />
        <source>Paus</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="84" />
        <source>Avslutning</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_shape_view.py" line="87" />
        <source>Slut %1</source>
        <translation>End %1</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="56" />
        <location filename="../../dialogkarta/ui/meeting_view.py" line="197" />
        <source>Översikt</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="57" />
        <source>Växla mellan tavla (Ctrl+B) och översikt (Ctrl+L)</source>
        <translation>Switch between board (Ctrl+B) and outline (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="60" />
        <source>Förstora frågan</source>
        <translation>Enlarge the question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="62" />
        <source>Visa bara den aktiva frågan, stort (Ctrl+E)</source>
        <translation>Show only the active question, large (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="66" />
        <source>Visa kommun</source>
        <translation>Show municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="67" />
        <source>Färg per kommun</source>
        <translation>Colour by municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="72" />
        <source>Tema:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="74" />
        <source>Ctrl+G: gruppera markerade</source>
        <translation>Ctrl+G: group selected</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="75" />
        <source>Tema för markerade lappar</source>
        <translation>Theme of the selected notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="78" />
        <source>Presentatörsläge (F5)</source>
        <translation>Presenter mode (F5)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="173" />
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="197" />
        <source>Tavla</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="229" />
        <source>Klistra in lappar</source>
        <translation>Paste notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="247" />
        <source>Flytta lappar</source>
        <translation>Move notes</translation>
    </message>
    <message>
        <source>Rösta</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/meeting_view.py" line="298" />
        <source>Gruppera</source>
        <translation>Group</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="38" />
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="107" />
        <source>Ny session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="44" />
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="46" />
        <source>Annan kommun: skriv och tryck Enter</source>
        <translation>Other municipality: type and press Enter</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="53" />
        <source>Namn, åtskilda med komma</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="58" />
        <source>Län</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="59" />
        <source>Kommun(er)</source>
        <translation>Municipality(-ies)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="61" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="62" />
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="63" />
        <source>Samtalsledare</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="64" />
        <source>Dialogkarta</source>
        <translation>Dialogkarta</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="66" />
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="107" />
        <source>Välj minst en kommun.</source>
        <translation>Choose at least one municipality.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/new_session_dialog.py" line="124" />
        <source>Kan inte skapa sessionen</source>
        <translation>Cannot create the session</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="38" />
        <source>Fråga, område, tema och lappar</source>
        <translation>Question, area, theme and notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="38" />
        <source>Nyckelord</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="38" />
        <source>Röster</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="39" />
        <source>Översikt över sessionen</source>
        <translation>Outline of the session</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="41" />
        <source>F2 ändrar, Delete tar bort, Ctrl+vänster/höger byter område, Ctrl+upp/ned byter tema, + och - röstar</source>
        <translation>F2 edits, Delete deletes, Ctrl+left/right changes area, Ctrl+up/down changes theme, + and - vote</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="63" />
        <source>Fråga %1, %2 lappar</source>
        <translation>Question %1, %2 notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="69" />
        <source>Utan område</source>
        <translation>Without area</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="91" />
        <source>Tema: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="102" />
        <source>%1 röster</source>
        <translation>%1 votes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="201" />
        <source>Flytta till område</source>
        <translation>Move to area</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="206" />
        <source>Flytta till tema</source>
        <translation>Move to theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="208" />
        <source>Utan tema</source>
        <translation>Without theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="211" />
        <source>Flytta till fråga</source>
        <translation>Move to question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="216" />
        <source>Ge en röst (+)</source>
        <translation>Add a vote (+)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="217" />
        <source>Ta bort en röst (-)</source>
        <translation>Remove a vote (-)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/outline_view.py" line="218" />
        <source>Ta bort (Delete)</source>
        <translation>Delete (Delete)</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="53" />
        <source>Möjliga personuppgifter</source>
        <translation>Possible personal data</translation>
    </message>
    <message>
        <source>Det här ser ut som personuppgifter. Ändra anteckningarna innan dokumentet skapas, eller fortsätt om du är säker på att uppgifterna får lämna appen.</source>
        <translation>This looks like personal data. Change the notes before the document is created, or continue if you are sure the data may leave the app.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="61" />
        <source>Träffar</source>
        <translation>Hits</translation>
    </message>
    <message>
        <source>Lappens text</source>
        <translation>The note's text</translation>
    </message>
    <message>
        <source>Välj en träff i en lapp för att ändra texten</source>
        <translation>Choose a hit in a note to change the text</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="55" />
        <source>Det här ser ut som personuppgifter. Ändra texten innan dokumentet skapas, eller fortsätt om du är säker på att uppgifterna får lämna appen.</source>
        <translation>This looks like personal data. Change the text before the document is created, or continue if you are sure the data may leave the app.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="57" />
        <source>Det här ser ut som personuppgifter i sessionerna. Ändra texten i sessionen och läs in den igen, eller fortsätt om du är säker på att uppgifterna får lämna appen.</source>
        <translation>This looks like personal data in the sessions. Change the text in the session and load it again, or continue if you are sure the data may leave the app.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="62" />
        <source>Möjliga namn (avfärda ett namn som inte är en person, så frågas det inte igen för den här sessionen)</source>
        <translation>Possible names (dismiss a name that is no person, and it is not asked about again for this session)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="66" />
        <source>Möjliga namn</source>
        <translation>Possible names</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="68" />
        <source>Inte ett namn</source>
        <translation>Not a name</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="74" />
        <source>Texten med träffen</source>
        <translation>The text with the hit</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="75" />
        <source>Välj en träff för att ändra texten där den står</source>
        <translation>Choose a hit to change the text where it stands</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="76" />
        <source>Spara ändringen</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="83" />
        <source>Fortsätt ändå</source>
        <translation>Continue anyway</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="84" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/personal_data_dialog.py" line="126" />
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>PreparationView</name>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="39" />
        <source>Förberedande kartläggning</source>
        <translation>Preparatory mapping</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="40" />
        <source>Storlek, organisation, pågående projekt, tidigare kontakter …</source>
        <translation>Size, organisation, ongoing projects, earlier contacts …</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="42" />
        <source>Samtal med FoU-ombud</source>
        <translation>Talk with the R&amp;D contacts</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="46" />
        <source>Nästa steg</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="54" />
        <source>Förberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="56" />
        <source>Kartläggning av kommunen</source>
        <translation>Mapping of the municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="58" />
        <source>Samtal med FoU-ombuden</source>
        <translation>Talk with the R&amp;D contacts</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="59" />
        <source>Nästa steg (avslutning)</source>
        <translation>Next steps (closing)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="61" />
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="67" />
        <location filename="../../dialogkarta/ui/preparation_view.py" line="84" />
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="69" />
        <source>Verksamhet, t.ex. IFO</source>
        <translation>Operation, e.g. IFO</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="70" />
        <location filename="../../dialogkarta/ui/preparation_view.py" line="84" />
        <source>Verksamhet</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="72" />
        <location filename="../../dialogkarta/ui/preparation_view.py" line="84" />
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="74" />
        <source>Namn (frivilligt)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="75" />
        <location filename="../../dialogkarta/ui/preparation_view.py" line="84" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="76" />
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="87" />
        <source>Deltagarlista</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="88" />
        <source>Ta bort markerad</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="95" />
        <source>Sessionen</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="103" />
        <source>Namn, åtskilda med komma</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="108" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="108" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="108" />
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="109" />
        <source>Samtalsledare</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="109" />
        <source>Omgång</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="110" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="118" />
        <source>Dagordning: planerade minuter per fråga</source>
        <translation>Agenda: planned minutes per question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="130" />
        <source>Totalt med inledning, paus och avslutning</source>
        <translation>Total with introduction, break and closing</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="132" />
        <source>Skicka ut i förväg:</source>
        <translation>Send out in advance:</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="226" />
        <source>%1 min (%2 h %3 min)</source>
        <translation>%1 min (%2 h %3 min)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="228" />
        <source> – längre än de vanliga tre timmarna</source>
        <translation> – longer than the usual three hours</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/preparation_view.py" line="237" />
        <source>%1 (efter datum)</source>
        <translation>%1 (from the date)</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../dialogkarta/ui/presenter_view.py" line="35" />
        <source>Presentatörsläge – %1</source>
        <translation>Presenter mode – %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/presenter_view.py" line="43" />
        <source>Kartans inledning</source>
        <translation>The map's introduction</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="43" />
        <source>Tid för frågan</source>
        <translation>Time for the question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="45" />
        <location filename="../../dialogkarta/ui/question_panel.py" line="146" />
        <source>Starta tid</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="46" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="51" />
        <location filename="../../dialogkarta/ui/question_panel.py" line="59" />
        <source>Löpande anteckningar</source>
        <translation>Running minutes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="52" />
        <source>Löpande anteckningar: så mycket som möjligt av det som sägs</source>
        <translation>Running minutes: as much as possible of what is said</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="54" />
        <location filename="../../dialogkarta/ui/question_panel.py" line="61" />
        <source>Summering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="55" />
        <source>Summering: det som hamnade på tavlan</source>
        <translation>Summary: what ended up on the whiteboard</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="146" />
        <source>Pausa tid</source>
        <translation>Pause timer</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/question_panel.py" line="168" />
        <source>%1 av %2 min</source>
        <translation>%1 of %2 min</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <location filename="../../dialogkarta/ui/document.py" line="170" />
        <source>Ändringen kunde inte sparas: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>Ändra lappens text</source>
        <translation>Edit the note's text</translation>
    </message>
    <message>
        <source>Skriv en lapp och tryck Enter · #nyckelord · Alt+1…9 byter fråga · Ctrl+↑/↓ byter område</source>
        <translation>Type a note and press Enter · #keyword · Alt+1…9 switch question · Ctrl+↑/↓ switch area</translation>
    </message>
    <message>
        <source>Ny lapp</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Ta bort markerat svar</source>
        <translation>Remove the selected answer</translation>
    </message>
    <message>
        <source>Nytt namn, eller ett nyckelord att lägga till</source>
        <translation>New name, or a keyword to add</translation>
    </message>
    <message>
        <source>Ta bort ur listan</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>Ny session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Gruppera</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ny session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Ta bort markerad</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Ändra lapp</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Flytta lappar</source>
        <translation>Move notes</translation>
    </message>
    <message>
        <source>Ta bort lappar</source>
        <translation>Delete notes</translation>
    </message>
    <message>
        <source>Gruppera lappar</source>
        <translation>Group notes</translation>
    </message>
    <message>
        <source>Skriv anteckningar</source>
        <translation>Write minutes</translation>
    </message>
    <message>
        <source>Ändra fråga</source>
        <translation>Change question</translation>
    </message>
    <message>
        <source>Ändra sessionen</source>
        <translation>Change the session</translation>
    </message>
    <message>
        <source>Ny deltagare</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Slå ihop nyckelord</source>
        <translation>Merge keywords</translation>
    </message>
    <message>
        <source>Ändra nyckelordslistan</source>
        <translation>Change the keyword list</translation>
    </message>
    <message>
        <source>Nytt enkätsvar</source>
        <translation>New survey answer</translation>
    </message>
    <message>
        <source>Ta bort enkätsvar</source>
        <translation>Remove survey answer</translation>
    </message>
    <message>
        <source>Ändra text (F2)</source>
        <translation>Edit text (F2)</translation>
    </message>
    <message>
        <source>Ta bort en röst (-)</source>
        <translation>Remove a vote (-)</translation>
    </message>
    <message>
        <source>Gruppera under tema… (Ctrl+G)</source>
        <translation>Group under a theme… (Ctrl+G)</translation>
    </message>
    <message>
        <source>Ta bort ur tema (Ctrl+Shift+G)</source>
        <translation>Remove from theme (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Ta bort (Delete)</source>
        <translation>Delete (Delete)</translation>
    </message>
    <message>
        <source>Flytta till område</source>
        <translation>Move to area</translation>
    </message>
    <message>
        <source>Flytta till tema</source>
        <translation>Move to theme</translation>
    </message>
    <message>
        <source>Ta bort ur tema</source>
        <translation>Remove from theme</translation>
    </message>
    <message>
        <source>Byt namn på tema</source>
        <translation>Rename theme</translation>
    </message>
    <message>
        <source>Byt namn på nyckelord</source>
        <translation>Rename keyword</translation>
    </message>
    <message>
        <source>Ändra deltagare</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Rösta</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Ny anteckning i samtalet</source>
        <translation>New note in the talk</translation>
    </message>
    <message>
        <source>Nytt enskilt samtal</source>
        <translation>New one-to-one talk</translation>
    </message>
    <message>
        <source>Nytt samtal</source>
        <translation>New talk</translation>
    </message>
    <message>
        <source>Skriv och tryck Enter; #ord blir nyckelord</source>
        <translation>Type and press Enter; #word becomes a keyword</translation>
    </message>
    <message>
        <source>Slå ihop med nästa</source>
        <translation>Merge with the next</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ta bort frågan</source>
        <translation>Remove the question</translation>
    </message>
    <message>
        <source>Ändra enskilt samtal</source>
        <translation>Change one-to-one talk</translation>
    </message>
    <message>
        <source>Läs in skriftliga svar</source>
        <translation>Read written answers</translation>
    </message>
    <message>
        <source>Byt namn på temat (dubbelklick)</source>
        <translation>Rename the theme (double-click)</translation>
    </message>
    <message>
        <source>Flytta till annan fråga</source>
        <translation>Move to another question</translation>
    </message>
    <message>
        <source>Flytta till fråga</source>
        <translation>Move to question</translation>
    </message>
    <message>
        <source>Ta bort en röst från temat</source>
        <translation>Take a vote from the theme</translation>
    </message>
    <message>
        <source>Rösta på tema</source>
        <translation>Vote on a theme</translation>
    </message>
    <message>
        <source>Skriv en &amp;kopia till kollega…</source>
        <translation>Write a &amp;copy for a colleague…</translation>
    </message>
    <message>
        <source>Slå &amp;ihop med en annan kopia…</source>
        <translation>&amp;Merge with another copy…</translation>
    </message>
    <message>
        <source>Skriv en kopia till kollega</source>
        <translation>Write a copy for a colleague</translation>
    </message>
    <message>
        <source>Slå ihop med en annan kopia</source>
        <translation>Merge with another copy</translation>
    </message>
    <message>
        <source>Slå ihop med %1</source>
        <translation>Merge with %1</translation>
    </message>
    <message>
        <source>Skriv över</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Fäll ihop temat</source>
        <translation>Fold the theme</translation>
    </message>
    <message>
        <source>Fäll ut temat</source>
        <translation>Unfold the theme</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../dialogkarta/ui/session_view.py" line="30" />
        <source>1. Förberedelse</source>
        <translation>1. Preparation</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/session_view.py" line="31" />
        <source>2. Möte</source>
        <translation>2. Meeting</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/session_view.py" line="32" />
        <source>3. Dokument</source>
        <translation>3. Documents</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/session_view.py" line="33" />
        <source>Tom dialogkarta</source>
        <translation>Blank dialogue map</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/session_view.py" line="34" />
        <source>Information inför mötet</source>
        <translation>Briefing before the meeting</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/session_view.py" line="35" />
        <location filename="../../dialogkarta/ui/session_view.py" line="61" />
        <source>Svarsformulär</source>
        <translation>Response form</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/session_view.py" line="51" />
        <source>Mapp för svarsformulären</source>
        <translation>Folder for the response forms</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/session_view.py" line="66" />
        <source>%1 svarsformulär skrivna i %2</source>
        <translation>%1 response forms written in %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="32" />
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="34" />
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="53" />
        <source>Arbetsmapp</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="35" />
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="44" />
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="54" />
        <source>Förvalt län</source>
        <translation>Default county</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="46" />
        <source>Samtalsledare</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="48" />
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="56" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="55" />
        <source>Samtalsledare (du)</source>
        <translation>Facilitator (you)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="64" />
        <source>Språket gäller gränssnittet och dokumenten; ett byte gäller från nästa start.</source>
        <translation>The language applies to the interface and the documents; a change takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/settings_dialog.py" line="76" />
        <source>Välj arbetsmapp</source>
        <translation>Choose workspace folder</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="42" />
        <source>Dialogkarta</source>
        <translation>Dialogkarta</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="47" />
        <source>Ny session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="48" />
        <source>Öppna fil…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="49" />
        <source>Importera JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="50" />
        <source>Byt mapp…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="51" />
        <source>Länssammanställning…</source>
        <translation>County synthesis…</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="58" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="58" />
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="58" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="58" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="58" />
        <source>Lappar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="63" />
        <source>Sessioner i arbetsmappen</source>
        <translation>Sessions in the workspace folder</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="67" />
        <location filename="../../dialogkarta/ui/start_view.py" line="78" />
        <source>Senast öppnade</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="90" />
        <source>Välkommen! Här nedan finns exempelsessioner från en påhittad runda kommundialoger. Dubbelklicka på en för att se dialogkartan. Skapa en egen med Ny session (Ctrl+N). Under mötet skriver du i fältet längst ned och trycker Enter; #ord blir nyckelord och Alt+1…4 byter fråga. Allt sparas direkt.</source>
        <translation>Welcome! Below are example sessions from a fictional round of municipal dialogues. Double-click one to see its dialogue map. Make your own with New session (Ctrl+N). During the meeting you type in the field at the bottom and press Enter; #word becomes a keyword and Alt+1…4 switch question. Everything is saved at once.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="98" />
        <source>Arbetsmapp: %1</source>
        <translation>Workspace folder: %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="154" />
        <source>Exempelsessionerna</source>
        <translation>The example sessions</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="163" />
        <source>%1 kan inte läsas: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/start_view.py" line="164" />
        <source>Oläslig</source>
        <translation>Unreadable</translation>
    </message>
</context>
<context>
    <name>TalksDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="33" />
        <source>Enskilda samtal</source>
        <translation>One-to-one talks</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="37" />
        <source>Roll, t.ex. kommunchef</source>
        <translation>Role, e.g. head of municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="38" />
        <source>Roll för nytt samtal</source>
        <translation>Role for a new talk</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="40" />
        <source>Nytt samtal</source>
        <translation>New talk</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="44" />
        <source>Samtal</source>
        <translation>Talks</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="47" />
        <source>Kort om samtalet</source>
        <translation>About the talk, briefly</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="48" />
        <source>Kort om samtalet (när, hur länge)</source>
        <translation>About the talk (when, how long)</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="51" />
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="71" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="55" />
        <source>Ny anteckning i samtalet</source>
        <translation>New note in the talk</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="56" />
        <source>Skriv och tryck Enter; #ord blir nyckelord</source>
        <translation>Type and press Enter; #word becomes a keyword</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="59" />
        <source>Samtalets anteckningar</source>
        <translation>The talk's notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="60" />
        <source>Delete tar bort markerad anteckning</source>
        <translation>Delete removes the selected note</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="70" />
        <source>Om samtalet</source>
        <translation>About the talk</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="72" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/talks_dialog.py" line="75" />
        <source>Samtalen redovisas för sig i dokumenten (”Enskilda samtal”).</source>
        <translation>The talks are reported apart in the documents (“One-to-one talks”).</translation>
    </message>
</context>
<context>
    <name>WrittenInputDialog</name>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="34" />
        <source>Läs in skriftliga svar – %1</source>
        <translation>Read written answers – %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="40" />
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="53" />
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="59" />
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="43" />
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="54" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="48" />
        <source>Fråga för text utan frågerubrik</source>
        <translation>Question for text without a question heading</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="55" />
        <source>Text utan frågerubrik hamnar under</source>
        <translation>Text without a question heading goes under</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="59" />
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="59" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="62" />
        <source>Det som läggs till</source>
        <translation>What will be added</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="64" />
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="68" />
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="108" />
        <source>%1 nya svar läggs till.</source>
        <translation>%1 new answers will be added.</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/written_input_dialog.py" line="110" />
        <source>%1 finns redan i sessionen och läggs inte till igen.</source>
        <translation>%1 are already in the session and are not added again.</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../../dialogkarta/ui/commands/notes.py" line="19" />
        <source>Ny lapp</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/notes.py" line="37" />
        <source>Ändra lapp</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/notes.py" line="67" />
        <location filename="../../dialogkarta/ui/commands/notes.py" line="74" />
        <source>Flytta lappar</source>
        <translation>Move notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/notes.py" line="89" />
        <source>Flytta till annan fråga</source>
        <translation>Move to another question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/notes.py" line="103" />
        <source>Ta bort lappar</source>
        <translation>Delete notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/notes.py" line="118" />
        <source>Rösta</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/groups.py" line="18" />
        <source>Gruppera lappar</source>
        <translation>Group notes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/groups.py" line="35" />
        <source>Ta bort ur tema</source>
        <translation>Remove from theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/groups.py" line="50" />
        <source>Rösta på tema</source>
        <translation>Vote on a theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/groups.py" line="69" />
        <source>Fäll ihop temat</source>
        <translation>Fold the theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/groups.py" line="69" />
        <source>Fäll ut temat</source>
        <translation>Unfold the theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/groups.py" line="86" />
        <source>Byt namn på tema</source>
        <translation>Rename theme</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/questions.py" line="20" />
        <source>Skriv anteckningar</source>
        <translation>Write minutes</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/questions.py" line="46" />
        <source>Ändra fråga</source>
        <translation>Change question</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/session.py" line="20" />
        <source>Ändra sessionen</source>
        <translation>Change the session</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/session.py" line="43" />
        <source>Ny deltagare</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/session.py" line="56" />
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/session.py" line="71" />
        <source>Ändra deltagare</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/keywords.py" line="18" />
        <source>Slå ihop nyckelord</source>
        <translation>Merge keywords</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/keywords.py" line="30" />
        <source>Byt namn på nyckelord</source>
        <translation>Rename keyword</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/keywords.py" line="42" />
        <source>Ändra nyckelordslistan</source>
        <translation>Change the keyword list</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/session.py" line="84" />
        <source>Nytt enkätsvar</source>
        <translation>New survey answer</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/session.py" line="97" />
        <source>Ta bort enkätsvar</source>
        <translation>Remove survey answer</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/written.py" line="18" />
        <source>Läs in skriftliga svar</source>
        <translation>Read written answers</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/written.py" line="35" />
        <source>Nytt enskilt samtal</source>
        <translation>New one-to-one talk</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/written.py" line="47" />
        <source>Ändra enskilt samtal</source>
        <translation>Change one-to-one talk</translation>
    </message>
    <message>
        <location filename="../../dialogkarta/ui/commands/copies.py" line="20" />
        <source>Slå ihop med %1</source>
        <translation>Merge with %1</translation>
    </message>
</context>
</TS>