"""Texts of the county documents (Swedish), in one place."""

from __future__ import annotations

from dialogkarta.report.catalogue import lookup
from dialogkarta.report.catalogue_en import COUNTY_ENGLISH

TEXTS = {
    "sv": {
        "title": "Länssammanställning",
        "subtitle": "Kommundialoger om kunskapsbildning, utvecklingsarbete och förändring",
        "method": "Underlag och metod",
        "method.text": "Sammanställningen bygger på {sessions} dialoger med {municipalities} kommuner, "
                       "genomförda {first}–{last}, med sammanlagt {participants} deltagare och {notes} lappar. "
                       "Nyckelord jämförs utan hänsyn till stora och små bokstäver. Ett nyckelord räknas som gemensamt "
                       "när det tagits upp i minst {share} av kommunerna (minst {needed} av {municipalities}). "
                       "Vad som är särskilt för en kommun avgörs av vad lapparna säger, inte bara av deras nyckelord: "
                       "en lapp är särskild när ingen annan kommun skrev något liknande under samma fråga "
                       "(jämförelse av ordstammar, där ortnamn och vanliga småord inte räknas).",
        "sessions": "Dialoger",
        "session": "Dialog",
        "date": "Datum",
        "notes": "Lappar",
        "participants": "Deltagare",
        "municipality": "Kommun",
        "municipalities": "Kommuner",
        "county": "Länet",
        "county.label": "Län",
        "question": "Fråga",
        "keyword": "Nyckelord",
        "municipality_count": "Antal kommuner",
        "common": "Gemensamt för många kommuner",
        "theme.counts": "{keyword} – {count} kommuner, {notes} lappar",
        "common.none": "Inget tema togs upp i så många kommuner.",
        "particular": "Särskilt för en kommun",
        "particular.none": "Ingen lapp under frågan är särskild för en enda kommun.",
        "representative": "Exempel ur lapparna",
        "heatmap": "Nyckelord per kommun (antal lappar)",
        "heatmap.by_size": "Nyckelord per kommunstorlek (antal lappar)",
        "heatmap.note": "Fler nyckelord och alla kommuner finns i Excel-filen.",
        "needs": "Behov: eget område och generellt",
        "levels": "Samverkan per nivå",
        "size": "Skillnader efter kommunstorlek",
        "size.class": "Storlek",
        "roles": "Deltagare per roll",
        "role": "Roll",
        "overview": "Översikt",
        "excluded": "Ej medtagna",
        "sheet.notes": "Lappar",
        "sheet.levels": "Samverkansnivåer",
        "sheet.needs": "Behov",
        "sheet.sessions": "Dialoger",
        "facet": "Område/nivå",
        "group": "Tema på tavlan",
        "text": "Text",
        "session_date": "Dialogens datum",
        "keywords": "Nyckelord",
        "page": "Sida {page}",
        "slides.overview": "{sessions} dialoger · {municipalities} kommuner · {participants} deltagare · {notes} lappar",
        "summary": "Sammanfattning",
        "summary.lead": "Det som togs upp i flest kommuner, och de kommuner som tog upp något som ingen annan "
                        "tog upp, per fråga. Siffran inom parentes är antalet kommuner eller lappar.",
        "summary.levels": "Samverkan beskrivs rikast på nivån {most} ({most_count} lappar) och minst på nivån "
                          "{least} ({least_count}).",
        "summary.needs": "Av behovslapparna gäller {own} det egna området och {general} organisationen som helhet.",
        "heatmap.count": "Kommuner",
        "size.needs": "Behov efter kommunstorlek",
        "size.levels": "Samverkan per nivå efter kommunstorlek",
        "particular.notes": "{count} lappar från {places} kommuner",
        "particular.section": "Särskilt för varje kommun",
        "particular.lead": "Det som bara en kommun tog upp – med eller utan nyckelord – ordnat efter kommun. "
                           "Ingen annan kommun skrev något liknande under samma fråga.",
        "particular.keyword": "nyckelord bara här",
        "more": "och {count} till (se Excel-filen)",
        "spelling.unresolved": "Obs! {count} förslag om att slå ihop nyckelord med olika stavning är inte avgjorda "
                               "({examples}). Till dess räknas stavningarna som olika nyckelord, och inget av dem "
                               "redovisas som särskilt för en kommun.",
        "spelling.merged": "Följande stavningar av nyckelord slogs ihop: {merged}.",
        "spelling.none": "Inga stavningar av nyckelord har slagits ihop.",
        "sources": "Filer och dialoger",
        "sources.read": "Lästa filer ({count}): {files}.",
        "sources.problems": "Filer som inte räknades, och varför",
        "round": "Omgång",
        "round.text": "Sammanställningen gäller omgången «{round}». Dialoger från andra omgångar räknas inte in i "
                      "den; den förra omgången jämförs för sig i avsnittet om förändring.",
        "change": "Förändring sedan förra omgången",
        "change.lead": "{municipalities} deltog både i «{previous}» och i «{current}». Per fråga: vilka nyckelord "
                       "som togs upp då och nu, vilka som är nya och vilka som inte längre togs upp.",
        "change.kept": "Då och nu",
        "change.new": "Nytt",
        "change.gone": "Inte längre",
        "change.levels": "Samverkansprofilen då och nu (lappar per nivå)",
        "change.then": "Då ({round})",
        "change.now": "Nu ({round})",
        "change.only": "Bara i den förra omgången: {then}. Bara i den här: {now}.",
        "appendix": "Bilaga: kommunernas eget material",
        "appendix.summaries": "Summeringar per fråga och kommun",
        "appendix.next_steps": "Nästa steg",
        "appendix.survey": "Uppföljningsenkäten",
        "survey.answers": "Svar",
        "survey.item": "Påstående",
        "findings": "Iakttagelser",
        "findings.lead": "Meningarna är skrivna utifrån siffrorna och kan ändras av den som sammanställer.",
        "size.share": "Andel kommuner som tog upp nyckelordet, per storlek",
        "size.share_levels": "Samverkan per nivå: andel av lapparna i varje storleksklass",
        "sheet.particular": "Särskilt",
        "sheet.summaries": "Summeringar",
        "sheet.next_steps": "Nästa steg",
        "sheet.survey": "Enkät",
        "sheet.change": "Förändring",
        "sheet.size": "Storlek",
        "summary_text": "Summering",
        "minutes": "Löpande anteckningar",
        "comment": "Kommentarer",
    }
}

ENGLISH_ADDED = {  # county texts added after the English catalogue; kept here until it takes them
    "summary": "Summary",
    "summary.lead": "What was raised in most municipalities, and what only one municipality raised, per question. "
                    "The figure in brackets is the number of municipalities.",
    "summary.levels": "Collaboration is described most richly at the level {most} ({most_count} notes) and least at "
                      "the level {least} ({least_count}).",
    "summary.needs": "The needs concern the own area {own} times and the organisation as a whole {general} times.",
    "heatmap.count": "Municipalities",
    "size.needs": "Needs by municipality size",
    "size.levels": "Collaboration by level and municipality size",
    "county.label": "County",
    "method.text": "The synthesis is built on {sessions} dialogues with {municipalities} municipalities, held "
                   "{first}–{last}, with {participants} participants and {notes} notes in all. Keywords are compared "
                   "regardless of case. A keyword counts as common when it was raised in at least {share} of the "
                   "municipalities (at least {needed} of {municipalities}). What is particular to one municipality is "
                   "decided by what the notes say, not only by their keywords: a note is particular when no other "
                   "municipality wrote anything like it under the same question (word stems compared, place names "
                   "and common small words left out).",
    "theme.counts": "{keyword} – {count} municipalities, {notes} notes",
    "particular.notes": "{count} notes from {places} municipalities",
    "particular.section": "Particular to each municipality",
    "particular.lead": "What only one municipality raised, with or without a keyword, by municipality. No other "
                       "municipality wrote anything like it under the same question.",
    "particular.none": "No note under this question is particular to a single municipality.",
    "particular.keyword": "keyword only here",
    "more": "and {count} more (see the workbook)",
    "spelling.unresolved": "Note: {count} proposals to merge differently spelled keywords are undecided ({examples}). "
                           "Until then the spellings count as different keywords, and none of them is reported as "
                           "particular to a municipality.",
    "spelling.merged": "These keyword spellings were merged: {merged}.",
    "spelling.none": "No keyword spellings were merged.",
    "sources": "Files and dialogues",
    "sources.read": "Files read ({count}): {files}.",
    "sources.problems": "Files not counted, and why",
    "round": "Round",
    "round.text": "The synthesis covers the round «{round}». Dialogues of other rounds are not counted in it; the "
                  "previous round is compared separately in the section on change.",
    "change": "Change since the previous round",
    "change.lead": "{municipalities} took part both in «{previous}» and in «{current}». Per question: the keywords "
                   "raised then and now, the new ones and those no longer raised.",
    "change.kept": "Then and now",
    "change.new": "New",
    "change.gone": "No longer",
    "change.levels": "The collaboration profile then and now (notes per level)",
    "change.then": "Then ({round})",
    "change.now": "Now ({round})",
    "change.only": "Only in the previous round: {then}. Only in this one: {now}.",
    "appendix": "Appendix: the municipalities' own material",
    "appendix.summaries": "Summaries per question and municipality",
    "appendix.next_steps": "Next steps",
    "appendix.survey": "The follow-up survey",
    "survey.answers": "Answers",
    "survey.item": "Statement",
    "findings": "Findings",
    "findings.lead": "The sentences are written from the figures and may be changed by the analyst.",
    "size.share": "Share of municipalities that raised the keyword, by size",
    "size.share_levels": "Collaboration by level: share of the notes in each size class",
    "sheet.particular": "Particular",
    "sheet.summaries": "Summaries",
    "sheet.next_steps": "Next steps",
    "sheet.survey": "Survey",
    "sheet.change": "Change",
    "sheet.size": "Size",
    "summary_text": "Summary",
    "minutes": "Running minutes",
    "comment": "Comments",
}

TEXTS["en"] = {**COUNTY_ENGLISH, **ENGLISH_ADDED}  # the texts reworded since the catalogue win


def t(key: str, lang: str = "sv", **values) -> str:
    """Return a county-document text in the language, filled in."""
    return lookup(TEXTS, key, lang, **values)
