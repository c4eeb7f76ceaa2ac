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
                       "hållna {first}–{last}, med sammanlagt {participants} deltagare och {notes} anteckningar. "
                       "Nyckelord jämförs utan hänsyn till stora och små bokstäver; närliggande stavningar har "
                       "slagits ihop enligt länsvokabulären. Ett tema räknas som gemensamt när det tagits upp i "
                       "minst {share} av kommunerna (minst {needed} av {municipalities}), och som särskilt när "
                       "det bara tagits upp i en kommun.",
        "sessions": "Dialoger",
        "session": "Dialog",
        "date": "Datum",
        "notes": "Anteckningar",
        "participants": "Deltagare",
        "municipality": "Kommun",
        "municipalities": "Kommuner",
        "county": "Länet",
        "question": "Fråga",
        "keyword": "Nyckelord",
        "municipality_count": "Antal kommuner",
        "common": "Gemensamt för många kommuner",
        "theme.counts": "{keyword} – {count} kommuner, {notes} anteckningar",
        "common.none": "Inget tema togs upp i så många kommuner.",
        "particular": "Särskilt för en kommun",
        "particular.none": "Inga teman togs upp i bara en kommun.",
        "representative": "Exempel ur anteckningarna",
        "heatmap": "Nyckelord per kommun (antal anteckningar)",
        "heatmap.by_size": "Nyckelord per kommunstorlek (antal anteckningar)",
        "heatmap.note": "Fler nyckelord och alla kommuner finns i Excel-filen.",
        "needs": "Behov: eget område och generellt",
        "levels": "Samverkan per nivå",
        "size": "Skillnader efter kommunstorlek",
        "size.class": "Storlek",
        "roles": "Deltagare per roll",
        "role": "Roll",
        "overview": "Översikt",
        "excluded": "Ej medtagna",
        "sheet.notes": "Anteckningar",
        "sheet.levels": "Samverkansnivåer",
        "sheet.needs": "Behov",
        "sheet.sessions": "Dialoger",
        "facet": "Område/nivå",
        "group": "Tema",
        "text": "Text",
        "session_date": "Dialogens datum",
        "keywords": "Nyckelord",
        "page": "Sida {page}",
        "slides.overview": "{sessions} dialoger · {municipalities} kommuner · {participants} deltagare · {notes} anteckningar",
        "summary": "Sammanfattning",
        "summary.lead": "Det som togs upp i flest kommuner, och det som bara en kommun tog upp, per fråga. "
                        "Siffran inom parentes är antalet kommuner.",
        "summary.levels": "Samverkan beskrivs rikast på nivån {most} ({most_count} anteckningar) och minst på nivån "
                          "{least} ({least_count}).",
        "summary.needs": "Behoven gäller {own} gånger det egna området och {general} gånger organisationen som helhet.",
        "heatmap.count": "Kommuner",
        "size.needs": "Behov efter kommunstorlek",
        "size.levels": "Samverkan per nivå efter kommunstorlek",
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
}

TEXTS["en"] = {**ENGLISH_ADDED, **COUNTY_ENGLISH}


def t(key: str, lang: str = "sv", **values) -> str:
    """Return a county-document text in the language, filled in."""
    return lookup(TEXTS, key, lang, **values)
