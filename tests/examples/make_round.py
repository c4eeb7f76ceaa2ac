"""Write the example sessions in sessions/: a fictional round of dialogues in Västerbottens län.

The 15 municipalities (one of them in writing, three in one dialogue day), Umeå's dialogue of the
earlier round (2015) and a quality-network meeting. The texts are hand-written (places.py,
themes.py, earlier.py); this script fills in each municipality's villages and neighbours, picks
its themes by size and place with a fixed seed, and writes its own minutes, summaries, next
steps and survey answers. Run from the checkout: python -m tests.examples.make_round
"""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path

from tests.examples import earlier
from tests.examples.places import BY_NAME, PARTICULAR, PLACES, VARIANTS, Place
from tests.examples.themes import QUESTIONS, SUBREGIONS, fits

ROOT = Path(__file__).resolve().parents[2]
NS = uuid.UUID("6f1d8a52-2f7e-4f0e-9a55-0c1f3b7d2a10")
COUNTY = "Västerbottens län"
ROUND = "Kommundialog 2026"
FACILITATORS = [["Karin Holmqvist", "Jonas Öberg"], ["Karin Holmqvist", "Maria Sandström"]]
PLANNED = {"conditions": 30, "current_work": 35, "needs": 35, "collaboration": 30}
KEEP = {"large": 1.0, "medium": 0.75, "small": 0.55}  # share of the fitting themes a municipality raises
DAY = ("Sorsele", "Malå", "Åsele")  # one dialogue day in Lycksele
ROLES = {
    "large": ["socialchef", "förvaltningschef", "verksamhetschef", "verksamhetschef", "avdelningschef", "enhetschef",
              "enhetschef", "enhetschef", "FoU-ombud", "FoU-ombud", "EBP-kontaktperson", "kvalitetsutvecklare",
              "metodutvecklare", "medicinskt ansvarig sjuksköterska", "politiker"],
    "medium": ["socialchef", "verksamhetschef", "enhetschef", "enhetschef", "FoU-ombud", "kvalitetsutvecklare",
               "socialsekreterare", "politiker"],
    "small": ["socialchef", "enhetschef", "FoU-ombud", "socialsekreterare", "politiker"],
}
AREAS = ["IFO", "Äldreomsorg", "Funktionshinder", "Barn och familj", "Vuxen", "Ekonomiskt bistånd", "Ledning"]
SPEAKERS = ["Socialchefen", "En enhetschef", "FoU-ombudet", "En socialsekreterare", "Verksamhetschefen"]
COMMENTS = {
    "large": ["Bra att få höra hur andra enheter arbetar.", "Kunde ha varit mer tid för behoven.",
              "Strukturen med kartan hjälpte oss att hålla fokus."],
    "medium": ["Äntligen någon som frågar vad vi behöver.", "Vi hade inte förstått att det var en dialog och inte en föreläsning.",
               "Bra att FoU kom hit till oss."],
    "small": ["Värdefullt att hela socialtjänsten fick sitta ner tillsammans.", "Tre timmar var lagom.",
              "Vi vill gärna att ni kommer tillbaka om ett år."],
}


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(NS, "/".join(parts)))


def fill(text: str, place: Place, rng: random.Random) -> str:
    return text.format(by=rng.choice(place.villages), granne=place.neighbours[0], stad=place.city, tid=place.hours,
                       region=SUBREGIONS.get(place.name, "Södra Lappland"))


def phrasings_by_place() -> dict[tuple[str, int], dict[str, list[int]]]:
    """Which phrasing each municipality uses for each theme: every phrasing by at least two of them."""
    chosen: dict[tuple[str, int], dict[str, list[int]]] = {}
    for qkey, themes in QUESTIONS.items():
        for index, (_, _, _, who, phrasings) in enumerate(themes):
            rng = random.Random(f"{qkey}-{index}")
            raising = [p for p in PLACES if fits(who, p.name, p.size, p.kind) and
                       (rng.random() < KEEP[p.size] * (0.6 if p.name == "Dorotea" else 1))]
            per = {}
            for n, place in enumerate(raising):
                first = min(n // 2, len(phrasings) - 1) if len(raising) < 2 * len(phrasings) else (n // 2) % len(phrasings)
                if len(raising) % 2 and n == len(raising) - 1 and n:
                    first = per[raising[n - 1].name][0]  # an odd one out joins the one before
                per[place.name] = [first]
                if place.size == "large" and len(phrasings) > 1:
                    per[place.name].append((first + 1) % len(phrasings))
            chosen[(qkey, index)] = per
    return chosen


def notes_of(place: Place, qkey: str, chosen, date: str, clock: list[int]) -> list[dict]:
    rng = random.Random(f"notes-{place.name}-{qkey}")
    entries = []
    for index, (group, keywords, facet, _, phrasings) in enumerate(QUESTIONS[qkey]):
        for which in chosen[(qkey, index)].get(place.name, []):
            entries.append((fill(phrasings[which], place, rng), keywords, group, facet))
    rng.shuffle(entries)
    entries += [(text, keywords, None, facet) for q, text, keywords, facet in PARTICULAR.get(place.name, []) if q == qkey]
    variants = VARIANTS.get(place.name, {})
    notes = []
    for n, (text, keywords, group, facet) in enumerate(entries):
        clock[0] += rng.randint(1, 4)
        hour, minute = divmod(9 * 60 + 15 + clock[0], 60)
        notes.append({
            "id": stable_id(place.name, date, qkey, str(n), text), "text": text, "facet": facet,
            "keywords": [variants.get(k, k) for k in keywords], "group": group,
            "votes": rng.choice([0, 0, 1, 2, 3, 4]) if qkey == "needs" else 0,
            "municipality": place.name, "created": f"{date}T{hour:02d}:{minute:02d}:00",
        })
    return notes


def lowered(text: str) -> str:
    return text if text[1:2].isupper() else text[0].lower() + text[1:]


def minutes_of(notes: list[dict], rng: random.Random) -> str:
    said = rng.sample(notes, max(1, (len(notes) * 2) // 3)) if notes else []
    lines = [f"{SPEAKERS[i % len(SPEAKERS)]}: {n['text'].rstrip('.')}{'' if n['text'].endswith('?') else '.'}"
             for i, n in enumerate(said)]
    return "\n".join(lines)


def summary_of(place: Place, qkey: str, notes: list[dict]) -> str:
    groups = list(dict.fromkeys(n["group"].lower() for n in notes if n["group"]))[:3]
    lead = place.lead + " " if qkey == "conditions" else ""
    body = (f"Samtalet i {place.name} handlade främst om {', '.join(groups[:-1])} och {groups[-1]}." if len(groups) > 1
            else f"Samtalet i {place.name} handlade främst om {groups[0]}." if groups else "")
    own = [n["text"] for n in notes if n["group"] is None]
    extra = f" Gruppen lyfte också: {lowered(own[0]).rstrip('?')}." if own else ""
    return (lead + body + extra).strip()


def next_steps_of(place: Place, needs: list[dict]) -> str:
    top = sorted(needs, key=lambda n: -n["votes"])[:2]
    chosen = " och ".join(f"«{n['text']}»" for n in top)
    return (f"Materialet skickas till {place.name} inom två veckor. Ledningsgruppen går igenom summeringen och väljer "
            f"två utvecklingsområden; flest röster fick {chosen}. FoU-ombudet tar resultatet till arbetsplatsträffarna. "
            "Alla kommuners resultat tas upp på länsworkshopen med socialcheferna i september.")


def survey_of(place: Place, count: int, date: str) -> list[dict]:
    rng = random.Random(f"survey-{place.name}")
    comments = COMMENTS[place.size]
    answers = []
    for i in range(max(2, (count * 3) // 4)):
        ratings = {k: rng.choice([3, 4, 4, 5, 5])
                   for k in ("advance_info", "purpose", "dialogue", "relevance", "useful", "facilitation")}
        if place.size != "large":  # the briefing was not read, as so often
            ratings["advance_info"], ratings["purpose"] = rng.choice([1, 2, 2, 3]), rng.choice([2, 3, 3, 4])
        answers.append({"ratings": ratings, "comment": comments[i] if i < len(comments) else "",
                        "created": f"{date}T{13 + i // 6:02d}:{(i * 9) % 60:02d}:00"})
    return answers


def session(places: list[Place], date: str, venue: str, index: int, chosen) -> dict:
    questions, participants, survey, needs = [], [], [], []
    clock = [0]
    for qkey in QUESTIONS:
        notes = [n for p in places for n in notes_of(p, qkey, chosen, date, clock)]
        rng = random.Random(f"minutes-{date}-{qkey}")
        summary = " ".join(summary_of(p, qkey, [n for n in notes if n["municipality"] == p.name]) for p in places)
        questions.append({"key": qkey, "summary": summary, "minutes": minutes_of(notes, rng), "notes": notes,
                          "planned_minutes": PLANNED[qkey]})
        needs += notes if qkey == "needs" else []
    for place in places:
        roles = ROLES[place.size] if len(places) == 1 else ROLES[place.size][:3]
        roles = roles[:3] if place.name == "Dorotea" else roles
        participants += [{"role": r, "area": AREAS[i % len(AREAS)], "municipality": place.name} for i, r in enumerate(roles)]
        if place.name != "Dorotea":
            survey += survey_of(place, len(roles), date)
    names = [p.name for p in places]
    title = f"Kommundialog {names[0]}" if len(names) == 1 else "Dialogdag " + ", ".join(names[:-1]) + " och " + names[-1]
    return {
        "format": "dialogkarta-session", "version": 1, "id": stable_id("session", *names, date), "title": title,
        "county": COUNTY, "municipalities": names, "date": date, "place": venue,
        "facilitators": FACILITATORS[index % 2], "template": "kuf", "participants": participants,
        "questions": questions, "status": "summarised", "round": ROUND,
        "meeting_form": "written" if names == ["Dorotea"] else "on_site",
        "start_time": "09:00", "end_time": "12:00" if len(names) == 1 else "15:00",
        "next_steps": " ".join(next_steps_of(p, [n for n in needs if n["municipality"] == p.name]) for p in places),
        "survey": survey,
    }


def file_name(names: list[str], date: str) -> str:
    slug = "-".join(n.lower().replace("å", "a").replace("ä", "a").replace("ö", "o") for n in names)
    return f"{date}-{slug}.json"


def main() -> None:
    out = ROOT / "sessions"
    for old in out.glob("*.json"):
        old.unlink()
    chosen = phrasings_by_place()
    sessions = {}
    index = 0
    for place in PLACES:
        if place.name in DAY[1:]:
            continue
        group = [BY_NAME[n] for n in DAY] if place.name == DAY[0] else [place]
        data = session(group, place.date, place.venue, index, chosen)
        sessions[file_name(data["municipalities"], place.date)] = data
        index += 1
    sessions[earlier.FILE_NAME] = earlier.umea_2015(stable_id)
    sessions[earlier.NETWORK_FILE_NAME] = earlier.quality_network(stable_id)
    for name, data in sessions.items():
        (out / name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        count = sum(len(q["notes"]) for q in data["questions"])
        print(f"{name}: {count} lappar")


if __name__ == "__main__":
    main()
