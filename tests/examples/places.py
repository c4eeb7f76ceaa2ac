"""The municipalities of the example round: size, place, neighbours and what only they raised.

Everything here is fiction written to be plausible for each municipality's size and place; the
populations follow resources/counties.toml. PARTICULAR holds the notes the county synthesis is
meant to find as raised by one municipality only (some with a keyword, some without, some tagged
with a common keyword but saying something no one else said).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    name: str
    size: str  # large, medium, small
    kind: str  # coast, inland, mountain
    villages: tuple[str, ...]
    neighbours: tuple[str, ...]
    city: str  # where specialists and courses are
    hours: str  # travel time to the city, as said in the room
    date: str
    venue: str
    lead: str  # the facilitators' first summary sentence on the conditions


# One municipality a row: name | size | kind | villages | neighbours | city | hours ("–": it is the city) | date | venue
TABLE = """
Umeå | large | coast | Holmsund, Sävar, Hörnefors, Obbola | Vännäs, Nordmaling, Robertsfors | Umeå | – | 2026-02-10 | Stadshuset, Umeå
Skellefteå | large | coast | Burträsk, Jörn, Byske, Skelleftehamn | Norsjö, Robertsfors, Malå | Skellefteå | – | 2026-02-24 | Stadshuset, Skellefteå
Lycksele | medium | inland | Kristineberg, Örträsk, Knaften | Storuman, Malå, Vindeln | Umeå | två timmar | 2026-03-03 | Kommunhuset, Lycksele
Vilhelmina | medium | mountain | Saxnäs, Dikanäs, Malgovik | Dorotea, Storuman, Åsele | Umeå | tre och en halv timme | 2026-03-10 | Folkets hus, Vilhelmina
Storuman | medium | mountain | Tärnaby, Hemavan, Stensele, Gunnarn | Sorsele, Vilhelmina, Lycksele | Umeå | tre timmar | 2026-03-14 | Kommunhuset, Storuman
Bjurholm | small | inland | Agnäs, Balsjö | Vännäs, Nordmaling, Vindeln | Umeå | en timme | 2026-03-24 | Kommunhuset, Bjurholm
Sorsele | small | mountain | Ammarnäs, Gargnäs, Blattnicksele | Storuman, Arjeplog, Malå | Umeå | fyra timmar | 2026-04-14 | Hotell Lappland, Lycksele
Malå | small | inland | Adak, Rentjärn | Norsjö, Lycksele, Sorsele | Skellefteå | en och en halv timme | 2026-04-14 | Hotell Lappland, Lycksele
Åsele | small | inland | Fredrika, Lomsjö | Dorotea, Vilhelmina, Lycksele | Umeå | två och en halv timme | 2026-04-14 | Hotell Lappland, Lycksele
Dorotea | small | mountain | Borgafjäll, Risbäck | Vilhelmina, Åsele, Strömsund | Umeå | fyra timmar | 2026-04-22 | Skriftligt inlämnat, Dorotea
Norsjö | small | inland | Bastuträsk, Kusfors, Norsjövallen | Malå, Skellefteå, Lycksele | Skellefteå | en timme | 2026-04-28 | Kommunhuset, Norsjö
Nordmaling | medium | coast | Rundvik, Lögdeå, Gräsmyr | Umeå, Bjurholm, Örnsköldsvik | Umeå | en halvtimme | 2026-05-05 | Kommunhuset, Nordmaling
Robertsfors | medium | coast | Bygdeå, Ånäset, Djäkneboda | Umeå, Skellefteå, Vindeln | Umeå | en timme | 2026-05-12 | Folkets hus, Robertsfors
Vindeln | medium | inland | Granö, Tvärålund, Hällnäs | Umeå, Lycksele, Vännäs | Umeå | en timme | 2026-05-19 | Kommunhuset, Vindeln
Vännäs | medium | inland | Vännäsby, Pengsjö | Umeå, Bjurholm, Vindeln | Umeå | en halvtimme | 2026-05-26 | Kommunhuset, Vännäs
"""

# The facilitators' first summary sentence on the conditions.
LEADS = {
    "Umeå": "Umeå är länets största kommun med en stor och specialiserad socialtjänst, nära universitetet och regionsjukhuset.",
    "Skellefteå": "Skellefteå växer snabbt genom industrietableringen, och socialtjänsten känner av inflyttningen i alla verksamheter.",
    "Lycksele": "Lycksele är inlandets nav med lasarett och gymnasium, men socialtjänsten delar inlandets svårigheter att rekrytera.",
    "Vilhelmina": "Vilhelmina är en stor fjällkommun till ytan och ingår i det samiska förvaltningsområdet.",
    "Storuman": "Storuman sträcker sig från skogslandet till fjällen, och fjällturismen sätter sin prägel på året.",
    "Bjurholm": "Bjurholm är länets minsta kommun; några få medarbetare bär hela socialtjänstens uppdrag.",
    "Sorsele": "Sorsele har långt till allt: apotek, specialister och grannar.",
    "Malå": "Malå lever med gruvnäringens svängningar och har nära samarbete med Norsjö.",
    "Åsele": "Åsele har en åldrande befolkning och få medarbetare i varje funktion.",
    "Dorotea": "Dorotea skickade skriftliga reflektioner i stället för att ta emot ett besök; ledningsgruppen svarade på frågorna tillsammans.",
    "Norsjö": "Norsjö ligger nära Skellefteå men är en liten organisation med stor sårbarhet.",
    "Nordmaling": "Nordmaling ligger mellan Umeå och Örnsköldsvik och tittar åt båda hållen.",
    "Robertsfors": "Robertsfors är en kustkommun mellan två städer med många byar och en åldrande landsbygd.",
    "Vindeln": "Vindeln har nära till Umeå men stora avstånd inom kommunen, längs älven.",
    "Vännäs": "Vännäs är en pendlingskommun till Umeå med växande barnfamiljer och ett stort samarbete med Umeå och Bjurholm.",
}


def _place(row: str) -> Place:
    name, size, kind, villages, neighbours, city, hours, date, venue = (cell.strip() for cell in row.split("|"))
    return Place(name, size, kind, tuple(villages.split(", ")), tuple(neighbours.split(", ")), city,
                 "" if hours == "–" else hours, date, venue, LEADS[name])


PLACES = [_place(row) for row in TABLE.strip().splitlines()]

BY_NAME = {p.name: p for p in PLACES}

# (question, text, keywords, facet): raised by this municipality only.
PARTICULAR = {
    "Umeå": [
        ("conditions", "Stor organisation – det tar lång tid innan ett nytt arbetssätt når alla enheter", ["implementering"], None),
        ("current_work", "Forskningscirklar med universitetet om hemlöshet och bostad först", [], None),
        ("collaboration", "Universitetssjukhusets beroendecentrum och socialtjänsten har ett gemensamt mottagningsteam", ["samsjuklighet"], "regional"),
    ],
    "Skellefteå": [
        ("conditions", "Industriell inflyttning: tusentals nya invånare kring batterifabriken ökar trycket på försörjningsstöd och skola", ["demografi"], None),
        ("conditions", "Bostadsbristen gör att vi inte kan ordna lägenheter åt dem som lämnar behandling", [], None),
        ("needs", "Beredskap för barnfamiljer som flyttar hit från andra länder för jobben", ["nyanlända och integration"], "general"),
        ("collaboration", "De stora arbetsgivarna och socialtjänsten planerar mottagandet av inflyttade tillsammans", [], "local"),
    ],
    "Lycksele": [
        ("conditions", "Lasarettet i stan gör att vi ofta tar emot utskrivna patienter från hela inlandet", ["nära vård"], None),
        ("collaboration", "Inlandets socialchefer träffas i Lycksele varannan månad", [], "subregional"),
    ],
    "Vilhelmina": [
        ("conditions", "Samiskt förvaltningsområde – vi saknar handläggare som talar sydsamiska", ["kompetensförsörjning"], None),
        ("needs", "Kunskap om renskötande familjers villkor när barn utreds", [], "own"),
        ("needs", "Kulturmedvetet bemötande av samiska äldre i hemtjänsten", ["äldreomsorg"], "general"),
        ("collaboration", "Samråd med samebyarna och Sametinget inför beslut som rör samiska barn", [], "national"),
    ],
    "Storuman": [
        ("conditions", "Fjällturismen i Hemavan och Tärnaby fördubblar befolkningen under högsäsong", [], None),
        ("conditions", "Säsongsarbetare utan bostad söker akut hjälp under vintern", ["ekonomiskt bistånd"], None),
        ("needs", "Mobilt team som kan åka ut till fjällbyarna", ["hemmaplanslösningar"], "general"),
    ],
    "Bjurholm": [
        ("conditions", "En enda socialsekreterare för all myndighetsutövning – blir hon sjuk står allt still", ["bemanning"], None),
        ("needs", "Köpa utredningskompetens gemensamt med grannkommunerna", [], "general"),
    ],
    "Sorsele": [
        ("conditions", "Tolv mil till närmaste apotek och specialistvård", [], None),
        ("current_work", "Anhörigträffar i byastugan i Ammarnäs leds av en pensionerad sjuksköterska", [], None),
    ],
    "Malå": [
        ("conditions", "Gruvans varsel och nyanställningar svänger behovet av ekonomiskt bistånd från år till år", ["ekonomiskt bistånd"], None),
        ("collaboration", "Malå och Norsjö driver missbruksvården gemensamt på hemmaplan", ["missbruk och beroende"], "intermunicipal"),
    ],
    "Åsele": [
        ("needs", "Behålla den enda biståndshandläggaren – ingen annan kan hennes jobb", [], "own"),
    ],
    "Dorotea": [
        ("conditions", "Vi svarar skriftligt eftersom hela ledningen är tre personer som inte kan vara borta samma dag", [], None),
    ],
    "Norsjö": [
        ("current_work", "Skogsbrukets arbetsgivare hjälper till med praktikplatser för unga vuxna", [], None),
    ],
    "Nordmaling": [
        ("collaboration", "Avtal med Örnsköldsvik om jour trots att vi hör till ett annat län där", [], "intermunicipal"),
    ],
    "Robertsfors": [
        ("conditions", "Ensamma äldre i kustbyarna där sommargästerna lämnar tomma hus på vintern", ["äldreomsorg"], None),
    ],
    "Vindeln": [
        ("current_work", "Naturbaserad rehabilitering vid älven för personer med psykisk ohälsa", ["socialpsykiatri"], None),
    ],
    "Vännäs": [
        ("conditions", "Många nyinflyttade barnfamiljer pendlar till Umeå och saknar nätverk här", [], None),
    ],
}

# Spellings as they were actually typed in some municipalities (for the harmonisation step).
VARIANTS = {
    "Skellefteå": {"kompetensförsörjning": "Kompetensförsörjning", "digitalisering": "digitaliseringen"},
    "Lycksele": {"kompetensförsörjning": "kompetensforsorjning", "nätverk": "nätverken"},
    "Vilhelmina": {"hemmaplanslösningar": "hemmaplanslösning"},
    "Bjurholm": {"systematisk uppföljning": "systematisk uppfoljning"},
}
