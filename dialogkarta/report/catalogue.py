"""Every text the documents show, per language. Writers take texts from here only."""

from __future__ import annotations

from dialogkarta.report.catalogue_en import ENGLISH

SURVEY_ITEMS = ("advance_info", "purpose", "dialogue", "relevance", "useful", "facilitation")  # the default set
SURVEY_SCALE = ("1", "2", "3", "4", "5")

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "summary.title": "Sammanfattning",
        "summary.subtitle": "Kommundialog om kunskapsbildning, utvecklingsarbete och förändring",
        "material.title": "Nyckelordssorterat underlag",
        "material.intro": "Här finns allt som sades och skrevs under dialogen: varje lapp och de löpande "
                          "anteckningarna, sorterade efter nyckelord inom varje frågeområde. En lapp med "
                          "flera nyckelord står under vart och ett av dem.",
        "briefing.title": "Inför dialogen",
        "survey.title": "Uppföljning av dialogen",
        "slides.title": "Resultat från dialogen",
        "map.title": "Dialogkarta",
        "cover.municipality": "Kommun",
        "cover.municipalities": "Kommuner",
        "cover.date": "Datum",
        "cover.place": "Plats",
        "cover.facilitators": "Samtalsledare",
        "cover.participants": "Deltagare",
        "cover.county": "Län",
        "toc": "Innehåll",
        "toc.placeholder": "Innehållsförteckningen uppdateras när dokumentet öppnas "
                           "(högerklicka och välj Uppdatera fält om den inte syns).",
        "intro.heading": "Om dialogen och dialogkartan",
        "intro.text": "Dialogen följde en dialogkarta med {hub} – {hub_label} – i mitten och "
                      "{count} frågeområden runt omkring, som togs i tur och ordning: först kommunens "
                      "förutsättningar och det som redan pågår, sedan behoven och till sist samverkan. "
                      "Här sammanfattas vad som kom fram. Allt som sades och skrevs finns i det "
                      "nyckelordssorterade underlaget.",
        "question.summary": "Summering",
        "question.groups": "Teman",
        "question.ungrouped": "Övriga lappar",
        "question.minutes": "Löpande anteckningar",
        "question.prompt": "Fråga",
        "question.no_notes": "Inga lappar skrevs under den här frågan.",
        "needs.heading": "Behov fördelade på område",
        "collaboration.heading": "Samverkan per nivå",
        "collaboration.level": "Nivå",
        "collaboration.count": "Antal",
        "collaboration.examples": "Exempel",
        "keywords.heading": "Nyckelord som kom upp mest",
        "keywords.keyword": "Nyckelord",
        "keywords.count": "Antal lappar",
        "keywords.index": "Nyckelordsregister",
        "keywords.none": "Utan nyckelord",
        "next_steps.heading": "Nästa steg",
        "channels.counts": "Så kom svaren in (antal): {counts}.",
        "talks.heading": "Enskilda samtal",
        "talks.lead": "Förutom det gemensamma samtalet hölls korta enskilda samtal med samma frågor. "
                      "De redovisas här för sig och är inte med i frågeavsnitten ovan.",
        "talks.with": "Samtal med {role}",
        "next_steps.none": "Inga nästa steg är antecknade.",
        "participants.role": "Roll",
        "participants.count": "Antal",
        "participants.none": "Inga deltagare är registrerade.",
        "survey.heading": "Uppföljningsenkät",
        "survey.responses": "{count} svar. Medelvärde på en skala 1–5.",
        "survey.item": "Påstående",
        "survey.mean": "Medelvärde",
        "survey.comments": "Kommentarer",
        "survey.instructions": "Ringa in den siffra som stämmer bäst: 1 = stämmer inte alls, "
                               "5 = stämmer helt. Enkäten är anonym.",
        "survey.comment_prompt": "Övriga synpunkter på dialogen:",
        "survey.item.purpose": "Syftet med mötet var tydligt",
        "survey.item.dialogue": "Alla fick komma till tals",
        "survey.item.relevance": "Frågorna var relevanta för vår verksamhet",
        "survey.item.useful": "Resultatet kommer att vara användbart för oss",
        "survey.item.facilitation": "Samtalsledningen fungerade bra",
        "briefing.what": "Vad är det för möte?",
        "briefing.what_text": "Det här är en dialog, inte en föreläsning. Vi från FoU-miljön kommer för "
                              "att lyssna: vad ni har för förutsättningar, vad som redan pågår hos er, vilka "
                              "behov ni ser och hur ni samverkar. Allt ni säger och skriver tas med och "
                              "kommer tillbaka till er som underlag, och det blir en del av en "
                              "sammanställning för hela länet.",
        "briefing.prepare": "Förbered dig gärna genom att fundera på frågorna nedan. Du behöver inte "
                            "förbereda något skriftligt.",
        "briefing.agenda": "Dagordning",
        "briefing.questions": "Frågorna",
        "agenda.time": "Tid",
        "agenda.item": "Punkt",
        "agenda.minutes": "Minuter",
        "agenda.intro": "Inledning och presentation av dialogkartan",
        "agenda.break": "Paus",
        "agenda.closing": "Avslutning: vad händer sedan?",
        "agenda.start_note": "Tiderna utgår från start klockan {start}.",
        "map.notes_more": "+{count} till",
        "map.write_here": "Skriv era lappar här",
        "slides.groups": "Teman",
        "slides.notes": "Lappar",
        "slides.keywords": "Nyckelord",
        "slides.collaboration": "Samverkan per nivå",
        "slides.notes_count": "{count} lappar",
        "material.xlsx.sheet": "Underlag",
        "column.question": "Fråga",
        "column.kind": "Typ",
        "column.keyword": "Nyckelord",
        "column.keywords": "Nyckelord",
        "column.facet": "Område/nivå",
        "column.group": "Tema",
        "column.votes": "Röster",
        "column.municipality": "Kommun",
        "column.text": "Text",
        "column.created": "Skapad",
        "kind.note": "Lapp",
        "kind.minutes": "Löpande anteckningar",
        "kind.summary": "Summering",
        "kind.next_steps": "Nästa steg",
        "page": "Sida {page}",
        "votes": "{count} röster",
        "votes.one": "1 röst",
        "total": "Totalt",
    },
}


TEXTS["en"] = ENGLISH


def lookup(texts: dict[str, dict[str, str]], key: str, lang: str = "sv", **values) -> str:
    """Return key's text from a per-language table (Swedish if the language lacks it), filled in."""
    template = texts.get(lang, texts["sv"]).get(key, texts["sv"][key])
    return template.format(**values) if values else template


def text(key: str, lang: str = "sv", **values) -> str:
    """Return a document text in the language, filled in."""
    return lookup(TEXTS, key, lang, **values)


def map_text(model, key: str, **values) -> str:
    """Return a text the session's map words itself (subtitle, intro, briefing), else the catalogue's."""
    own = getattr(model, "texts", {}).get(key)
    return own.format(**values) if own and values else own or text(key, model.lang, **values)


# Texts of the reader-facing documents added with I korthet, per-municipality documents, the
# analysis workbook, the briefing's purpose and contact, and the editable survey.
TEXTS["sv"].update({
    "summary.brief": "I korthet",
    "summary.brief.needs": "Mest röstade behov",
    "summary.brief.no_needs": "Inga behov fick röster.",
    "summary.brief.levels": "Samverkan per nivå",
    "summary.brief.shortened": "(förkortad, hela summeringen står under frågan)",
    "summary.details": "Frågorna i detalj",
    "summary.appendix": "Bilaga: nyckelord och enkätsvar",
    "summary.appendix_intro": "Bilagan är underlag för den som vill gå vidare; den behöver inte läsas för att "
                              "förstå resultatet.",
    "summary.facts": "{municipality} · {date} · {place}",
    "summary.facilitated_by": "Samtalsledare: {names}",
    "summary.for_municipality": "Det här dokumentet gäller {municipality}: det innehåller bara lappar från "
                                "{municipality}. Summeringarna och nästa steg gäller hela dialogdagen "
                                "({all}).",
    "participants.heading": "Deltagare",
    "participants.area": "Område",
    "number.words": "noll,ett,två,tre,fyra,fem,sex,sju,åtta,nio,tio,elva,tolv",
    "months": "januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december",
    "date.long": "{day} {month} {year}",
    "votes.short": "{count} r.",
    "unit.default": "FoU-miljön",
    "briefing.time": "Tid",
    "briefing.organiser": "Arrangör",
    "briefing.contact": "Kontaktperson",
    "briefing.kuf": "Dialogen handlar om {hub} – {hub_label} – i socialtjänsten: hur ni bygger kunskap, "
                    "utvecklar verksamheten och genomför förändringar, och vilket stöd ni behöver för det.",
    "briefing.what_text.unit": "Det här är en dialog, inte en föreläsning. Vi från {unit} kommer för att "
                               "lyssna: vad ni har för förutsättningar, vad som redan pågår hos er, vilka behov "
                               "ni ser och hur ni samverkar. Allt ni säger och skriver tas med och kommer "
                               "tillbaka till er som underlag, och det blir en del av en sammanställning för "
                               "hela länet.",
    "briefing.day": "Det här är en dialogdag där {municipalities} möts i samma rum. Varje kommun deltar med "
                    "några personer, och allt som sägs och skrivs hålls isär per kommun, så att varje kommun "
                    "får tillbaka sitt eget underlag.",
    "briefing.purpose": "Syfte",
    "briefing.purpose_text": "Syftet är att {unit} ska bygga sitt stöd på kommunernas egna behov. Dialogen ger "
                             "er en samlad bild av er egen verksamhet och ger {unit} underlag för att planera "
                             "stödet till hela länet.",
    "briefing.invited": "Vilka bjuds in?",
    "briefing.invited_text": "Socialchef, verksamhets- och enhetschefer, FoU-ombud och andra som leder eller "
                             "utvecklar socialtjänstens verksamheter. Ni behöver inte vara många; det viktiga är "
                             "att olika delar av verksamheten finns med.",
    "briefing.hours": "Mötet börjar {start} och slutar {end}.",
    "briefing.questions_contact": "Frågor inför mötet? Kontakta {contact}, {unit}.",
    "survey.item.advance_info": "Informationen före mötet hjälpte mig att förstå vad det var för möte",
    "survey.dont_know": "Vet ej",
    "survey.choose": "Välj",
    "survey.write_here": "Skriv här",
    "survey.instructions.form": "Välj det svar som stämmer bäst: 1 = stämmer inte alls, 5 = stämmer helt, eller "
                                "Vet ej. Enkäten är anonym. I Word väljer du svaret i listan vid varje påstående; "
                                "i PDF-filen klickar du i rutan.",
    "survey.role": "Din roll",
    "survey.municipality": "Din kommun",
    "survey.return": "Skicka den ifyllda enkäten till {address} senast {deadline}.",
    "survey.return.no_deadline": "Skicka den ifyllda enkäten till {address}.",
    "survey.return.facilitators": "Lämna den ifyllda enkäten till samtalsledarna ({names}) senast {deadline}.",
    "survey.deadline_days": "14",
    "page.short": "s.",
    "xlsx.notes": "Lappar",
    "xlsx.keywords": "Nyckelord",
    "xlsx.texts": "Texter",
    "xlsx.totals": "Summor",
    "xlsx.note_count": "Antal lappar",
    "xlsx.without_keyword": "Utan nyckelord",
    "column.talk": "Enskilt samtal",
    "column.id": "Id",
    "column.number": "Nr",
    "map.left_out": "{count} av {total} lappar fick inte plats på kartan (+N till i varje område). Alla lappar "
                    "finns i det nyckelordssorterade underlaget och i sammanfattningen.",
})
