"""Two example sessions beside the 2026 round: Umeå in the round of 2015–16, and a quality network.

Umeå 2015 is the municipality that took part in an earlier round: some of what it raised then is
still raised (recruitment, follow-up), some is no longer (the reception of unaccompanied minors in
2015), and the new social services act and welfare technology are new since. Its file name does
not start with the date, so that the bundled examples still begin with Umeå 2026.
"""

from __future__ import annotations

FILE_NAME = "umea-2015-11-12.json"
NETWORK_FILE_NAME = "2026-06-02-kvalitetsnatverk.json"

UMEA_2015 = {
    "conditions": [
        ("Mottagandet av ensamkommande barn har fördubblat antalet placeringar på ett år", ["nyanlända och integration", "barn och unga"]),
        ("Svårt att rekrytera erfarna socialsekreterare", ["rekrytering och introduktion", "kompetensförsörjning"]),
        ("Hög personalomsättning i barn- och familjegruppen", ["kompetensförsörjning"]),
        ("Många chefsled gör att beslut tar tid", ["ledning och styrning"]),
        ("Bostadsbrist för dem som fått uppehållstillstånd", ["nyanlända och integration"]),
    ],
    "current_work": [
        ("Vi har inget ledningssystem för kvalitet ännu", ["ledningssystem för kvalitet"]),
        ("BBIC införs i barnavården under året", ["evidensbaserad praktik", "barn och unga"]),
        ("Individbaserad systematisk uppföljning används i missbruksvården", ["individbaserad systematisk uppföljning"]),
        ("Projekt med statliga medel dör när pengarna tar slut", ["implementering"]),
    ],
    "needs": [
        ("Kunskap om trauma hos ensamkommande barn", ["nyanlända och integration", "specialistkunskap"], "own"),
        ("Stöd att följa upp insatser systematiskt", ["systematisk uppföljning"], "own"),
        ("Introduktionsprogram för nya socialsekreterare", ["rekrytering och introduktion"], "own"),
        ("Gemensam strategi för kompetensförsörjning", ["kompetensförsörjning"], "general"),
        ("Tolkar med kunskap om socialtjänstens uppdrag", ["nyanlända och integration"], "general"),
    ],
    "collaboration": [
        ("Samverkan med Migrationsverket kring boenden för ensamkommande", ["nyanlända och integration"], "national"),
        ("Samverkan med skolan kring elever med hög frånvaro", ["barn och unga"], "local"),
        ("FoU-nätverket för ombud i länet", ["nätverk", "forskningsanknytning"], "regional"),
        ("Gemensamma ärendedragningar i IFO varje vecka", ["kollegialt stöd"], "internal"),
    ],
}

SUMMARIES_2015 = {
    "conditions": "Hösten 2015 präglas av mottagandet av ensamkommande barn och svårigheten att rekrytera.",
    "current_work": "Kvalitetsarbetet är i sin början; BBIC och uppföljning i missbruksvården införs.",
    "needs": "Behoven gäller kunskap om ensamkommande barns situation, uppföljning och introduktion av nyanställda.",
    "collaboration": "Samverkan med Migrationsverket och skolan dominerar; FoU-nätverket är nytt.",
}

NETWORK = {  # (text, kind of answer, channel, municipality)
    "quality_areas": [("Dokumentationen i hemtjänsten", "specific", "sent_out", "Vännäs"),
                      ("Uppföljning av placerade barn", "cross_cutting", "meeting", "Umeå"),
                      ("Avvikelsehanteringen i LSS", "specific", "written_after", "Nordmaling")],
    "knowledge": [("Hur man mäter resultat på gruppnivå", "cross_cutting", "sent_out", "Bjurholm"),
                  ("Förbättringsmetoder som PDSA i vardagen", "change", "meeting", "Umeå")],
    "challenges": [("Få medarbetare att delta i kvalitetsarbetet", "change", "meeting", "Vännäs"),
                   ("Ny socialtjänstlag och kunskapsbaserad socialtjänst", "specific", "sent_out", "Nordmaling")],
    "other": [("Nätverket bör träffas digitalt varannan gång", "network", "written_after", "Bjurholm")],
}


def umea_2015(stable_id) -> dict:
    questions = []
    for qkey, rows in UMEA_2015.items():
        notes = []
        for n, row in enumerate(rows):
            text, keywords, facet = (*row, None)[:3] if len(row) == 2 else row
            notes.append({"id": stable_id("Umeå", "2015", qkey, str(n)), "text": text, "facet": facet,
                          "keywords": keywords, "votes": 0, "municipality": "Umeå",
                          "created": f"2015-11-12T{10 + n // 4:02d}:{(n * 7) % 60:02d}:00"})
        questions.append({"key": qkey, "summary": SUMMARIES_2015[qkey],
                          "minutes": " ".join(f"Någon sa att {r[0][0].lower()}{r[0][1:]}." for r in rows), "notes": notes})
    return {
        "format": "dialogkarta-session", "version": 1, "id": stable_id("session", "Umeå", "2015"),
        "title": "Kommundialog Umeå", "county": "Västerbottens län", "municipalities": ["Umeå"],
        "date": "2015-11-12", "place": "Stadshuset, Umeå", "facilitators": ["Karin Holmqvist", "Per Lindgren"],
        "template": "kuf", "round": "Kommundialog 2015–16", "status": "summarised",
        "participants": [{"role": r, "area": "IFO", "municipality": "Umeå"}
                         for r in ("socialchef", "verksamhetschef", "enhetschef", "enhetschef", "FoU-ombud", "politiker")],
        "questions": questions,
        "next_steps": "Resultaten tas upp på länsworkshopen i september 2016.",
    }


def quality_network(stable_id) -> dict:
    questions = []
    for qkey, rows in NETWORK.items():
        questions.append({"key": qkey, "notes": [
            {"id": stable_id("kvalitetsnätverk", qkey, str(n)), "text": text, "facet": facet, "channel": channel,
             "municipality": m}
            for n, (text, facet, channel, m) in enumerate(rows)]})
    places = ["Umeå", "Vännäs", "Bjurholm", "Nordmaling"]
    return {
        "format": "dialogkarta-session", "version": 1, "id": stable_id("session", "kvalitetsnätverk", "2026"),
        "title": "Kvalitetsnätverk, första träffen", "county": "Västerbottens län", "municipalities": places,
        "date": "2026-06-02", "place": "Digitalt möte", "facilitators": ["Maria Sandström"],
        "template": "quality_network", "meeting_form": "digital", "round": "Kvalitetsnätverk 2026", "status": "held",
        "participants": [{"role": "kvalitetsutvecklare", "area": "", "municipality": m} for m in places],
        "questions": questions,
    }
