"""What many municipalities of the example round raised, each in its own words.

A theme: (group, keywords, facet, who, phrasings). `who` names the municipalities it fits by size
and place ("all", "notlarge", "large", "small", "inland", ...); each municipality says it in one of
the phrasings, with its own villages, neighbours and travel times filled in, so that no two
municipalities hand in the same sheet of notes while the county still sees what is common.
"""

from __future__ import annotations

CONDITIONS = [
    ("Avstånd och tid", ["geografiska avstånd"], None, "notlarge", [
        "Hembesök i {by} tar en hel arbetsdag med resor",
        "Långa avstånd inom kommunen – {by} ligger flera mil från kommunhuset",
        "Bilresorna till {by} äter upp tiden för själva mötet"]),
    ("Avstånd och tid", ["geografiska avstånd", "kompetensförsörjning"], None, "notlarge", [
        "Varje utbildningsdag i {stad} kostar {tid} i bil enkel väg",
        "Utbildningar hålls i {stad}, och resan dit tar {tid}"]),
    ("Rekrytera och behålla", ["rekrytering och introduktion", "kompetensförsörjning"], None, "all", [
        "Svårt att rekrytera erfarna socialsekreterare",
        "Annonser om socialsekreterartjänster får få eller inga sökande",
        "Tjänster inom barn och unga står tomma i månader"]),
    ("Rekrytera och behålla", ["kompetensförsörjning"], None, "all", [
        "Nyutexaminerade stannar ett par år och flyttar sedan",
        "Erfarna medarbetare går i pension och deras kunskap försvinner"]),
    ("Små organisationer", ["bemanning"], None, "notlarge", [
        "Få medarbetare gör oss sårbara vid sjukdom och semester",
        "Varje vakans märks direkt i hela verksamheten"]),
    ("Små organisationer", ["generalistkunskap"], None, "notlarge", [
        "Alla gör lite av allt – generalistkunskapen är vår styrka",
        "Breda tjänster ger överblick men lite fördjupning"]),
    ("Närhet till beslut", ["ledning och styrning", "mandat"], None, "notlarge", [
        "Kort väg till politiken – beslut kan fattas snabbt",
        "Nära till kommunledningen när något akut händer"]),
    ("Tillgång till specialister", ["specialistkunskap"], None, "notlarge", [
        "Barn- och ungdomspsykiatrin finns i {stad} och har långa väntetider",
        "Specialistkunskap om samsjuklighet saknas i kommunen",
        "Vi köper utredningar externt när kompetensen saknas"]),
    ("En stor organisation", ["ledning och styrning"], None, "large", [
        "Många chefsled gör att beslut tar tid",
        "Specialiserade enheter vet lite om varandras arbete"]),
    ("Ekonomi", ["ledning och styrning"], None, "all", [
        "Placeringskostnaderna tränger undan det förebyggande arbetet",
        "Budgeten är pressad flera år framåt"]),
    ("Befolkning", ["demografi", "äldreomsorg"], None, "notlarge", [
        "Åldrande befolkning och färre i arbetsför ålder",
        "Allt fler äldre i {by} och färre som kan arbeta i omsorgen"]),
    ("Ny lagstiftning", ["ny socialtjänstlag"], None, "all", [
        "Nya socialtjänstlagen kräver en omställning vi saknar resurser för",
        "Oklart vad det förebyggande uppdraget i nya lagen betyder för oss"]),
    ("Digitala möjligheter", ["digitalisering", "nätverk"], None, "all", [
        "Digitala möten gör det lättare att delta i nätverk",
        "Utbildningar på distans har blivit vanligare och sparar resor"]),
    ("Kollegialt stöd", ["kollegialt stöd"], None, "all", [
        "Gott kollegialt stöd inom individ- och familjeomsorgen",
        "Handledning finns bara för barn- och familjegruppen",
        "Vi ringer {granne} när vi behöver bolla ett ärende"]),
    ("Befolkning", ["demografi"], None, "growing", [
        "Befolkningen växer och antalet ärenden ökar varje år"]),
]

CURRENT_WORK = [
    ("Uppföljning", ["systematisk uppföljning"], None, "all", [
        "Vi följer upp placeringar men sammanställer inte resultaten",
        "Brukarundersökningen görs varje år men används lite",
        "Uppföljning sker för varje klient men inte för verksamheten som helhet"]),
    ("Uppföljning", ["individbaserad systematisk uppföljning", "missbruk och beroende"], None, "notsmall", [
        "Individbaserad systematisk uppföljning används i missbruksvården",
        "ASI-intervjuer används för uppföljning i vuxenvården"]),
    ("Kvalitetsarbete", ["ledningssystem för kvalitet", "kvalitetsarbete"], None, "all", [
        "Ledningssystemet för kvalitet är antaget men inte levande",
        "Egenkontroller görs en gång om året",
        "Avvikelser rapporteras men analysen dröjer"]),
    ("Metoder", ["evidensbaserad praktik"], None, "all", [
        "BBIC används fullt ut i barnavården",
        "MI-utbildning genomförd men ingen uppföljning av metodtrohet",
        "Metoder faller när den som kunde dem slutar"]),
    ("Projekt och implementering", ["implementering"], None, "all", [
        "Projekt med statliga medel dör när pengarna tar slut",
        "Svårt att få nya metoder att leva kvar efter projekttiden"]),
    ("FoU-ombudets roll", ["mandat"], None, "all", [
        "FoU-ombudet har ingen avsatt tid för uppdraget",
        "FoU-ombudet sprider nytt från nätverket på arbetsplatsträffar"]),
    ("Brukarnas delaktighet", ["brukarmedverkan"], None, "all", [
        "Brukarråd finns inom funktionshinder men inte inom IFO",
        "Vi frågar sällan brukarna vad de tycker om insatserna"]),
    ("Brukarnas delaktighet", ["brukares delaktighet och inflytande", "barn och unga"], None, "notsmall", [
        "Barnens röst i utredningarna har blivit tydligare"]),
    ("Digitalisering", ["välfärdsteknik", "äldreomsorg"], None, "all", [
        "Nattkameror och digital tillsyn i hemtjänsten",
        "Läsplattor för videosamtal med anhöriga på boendena"]),
    ("Digitalisering", ["digitalisering", "ekonomiskt bistånd"], None, "notsmall", [
        "Digitala ansökningar om ekonomiskt bistånd infördes förra året"]),
    ("Hemmaplanslösningar", ["hemmaplanslösningar"], None, "all", [
        "Öppenvård för unga på hemmaplan har minskat placeringarna",
        "Missbruksvård på hemmaplan i stället för behandlingshem"]),
    ("Vem vet vad", ["omvärldsbevakning"], None, "all", [
        "Ingen samlad bild av vilka utvecklingsarbeten som pågår",
        "Medarbetarna vet lite om vad andra enheter utvecklar"]),
    ("Utvecklingsstöd", ["förbättringsarbete"], None, "large", [
        "En egen utvecklingsenhet med metodutvecklare stöder verksamheterna",
        "Kvalitetsutvecklare finns i varje verksamhetsområde"]),
]

NEEDS = [
    ("Rekrytera och behålla", ["rekrytering och introduktion"], "own", "all", [
        "Introduktionsprogram för nya socialsekreterare",
        "Mentorer för nyanställda handläggare"]),
    ("Rekrytera och behålla", ["kompetensförsörjning"], "general", "all", [
        "Gemensam strategi för kompetensförsörjning",
        "Karriärvägar så att erfarna medarbetare stannar"]),
    ("Uppföljning och kvalitet", ["systematisk uppföljning"], "own", "all", [
        "Stöd att följa upp insatser systematiskt",
        "Verktyg för att följa upp resultat på gruppnivå"]),
    ("Uppföljning och kvalitet", ["systematisk uppföljning", "kvalitetsarbete"], "general", "all", [
        "Hjälp att sammanställa och analysera vår egen statistik"]),
    ("Implementering", ["implementering"], "general", "all", [
        "Stöd att implementera metoder och hålla kvar dem",
        "Hjälp att avsluta projekt så att det goda blir kvar"]),
    ("Mandat och tid", ["mandat"], "own", "all", [
        "Avsatt tid för utvecklingsarbete i schemat",
        "Tydligt mandat och tid för FoU-ombuden"]),
    ("Kunskap nära till hands", ["kunskapsbank"], "general", "all", [
        "En lättillgänglig kunskapsbank med det som redan finns",
        "Korta forskningssammanfattningar på svenska"]),
    ("Ny lagstiftning", ["ny socialtjänstlag", "förändringsledning"], "general", "all", [
        "Förändringsledning för chefer inför nya socialtjänstlagen",
        "Vad betyder kunskapsbaserad socialtjänst konkret för oss?"]),
    ("Förebyggande arbete", ["tidigt och förebyggande arbete", "barn och unga"], "general", "all", [
        "Tidiga insatser för familjer innan det blir placering",
        "Förebyggande arbete tillsammans med skolan"]),
    ("Digitalisering", ["digitalisering"], "own", "all", [
        "Digital kompetens hos medarbetarna",
        "Stöd att välja och införa digitala verktyg"]),
    ("Kompetens utan resor", ["geografiska avstånd", "kompetensförsörjning"], "own", "notlarge", [
        "Kompetensutveckling som inte kräver resor",
        "Utbildningar på distans i stället för dagar i {stad}"]),
    ("Specialistkunskap", ["samsjuklighet", "specialistkunskap"], "own", "all", [
        "Kunskap om samsjuklighet och samordning med regionen",
        "Gemensamma rutiner med psykiatrin kring samsjuklighet"]),
    ("Specialistkunskap", ["våld i nära relation"], "own", "notsmall", [
        "Fördjupning i våld i nära relation",
        "Kunskap om hedersrelaterat våld och förtryck"]),
    ("Brukarnas röst", ["brukares delaktighet och inflytande"], "general", "all", [
        "Metoder för att göra barn delaktiga",
        "Brukarnas erfarenheter måste in i utvecklingsarbetet"]),
    ("Stöd i vardagen", ["nätverk", "kollegialt stöd"], "own", "small", [
        "Kollegor i andra små kommuner att jämföra sig med",
        "Ett nätverk för den som är ensam i sin funktion"]),
    ("Samordning", ["förbättringsarbete"], "general", "large", [
        "Samordning av alla pågående utvecklingsprojekt i förvaltningen"]),
]

COLLABORATION = [
    ("Inom verksamheten", ["kollegialt stöd"], "internal", "all", [
        "Gemensamma ärendedragningar i IFO varje vecka",
        "Metodgrupp inom barn och familj"]),
    ("Skola och barn", ["barn och unga"], "local", "all", [
        "Samverkan med skolan kring elever med hög frånvaro",
        "Elevhälsan och socialtjänsten träffas varje månad"]),
    ("Vård och omsorg", ["nära vård"], "local", "all", [
        "Täta kontakter mellan vårdcentralen och hemtjänsten",
        "Samordnad individuell plan tillsammans med vårdcentralen"]),
    ("Trygghet", ["barn och unga", "tidigt och förebyggande arbete"], "local", "all", [
        "Polisen och socialtjänsten samverkar kring unga",
        "Brottsförebyggande rådet samlar skola, polis och socialtjänst"]),
    ("Arbete och försörjning", ["ekonomiskt bistånd"], "local", "all", [
        "Arbetsmarknadsenheten tar emot personer med försörjningsstöd",
        "Samverkan med Arbetsförmedlingen har blivit svårare"]),
    ("Civilsamhället", [], "local", "notlarge", [
        "Föreningslivet och kyrkan är viktiga för de äldre",
        "Frivilliga i {by} ordnar träffar för ensamma äldre"]),
    ("Grannkommuner", ["bemanning"], "intermunicipal", "notlarge", [
        "Gemensam socialjour med {granne}",
        "Vi delar familjerättssekreterare med {granne}"]),
    ("Delregionalt", ["nätverk"], "subregional", "all", [
        "Nätverk för socialchefer inom {region}",
        "Gemensamma utbildningsdagar inom {region}"]),
    ("Regionalt", ["nätverk", "forskningsanknytning"], "regional", "all", [
        "FoU-nätverket för ombud i länet",
        "Regionala utvecklingsledare inom barn och unga"]),
    ("Regionalt", ["ledning och styrning", "nära vård"], "regional", "notsmall", [
        "Länsgemensam ledning för socialtjänst och hälso- och sjukvård"]),
    ("Nationellt", ["evidensbaserad praktik", "kunskapsbank"], "national", "notsmall", [
        "Kunskapsstöd från Socialstyrelsen används i utredningar",
        "SKR:s nätverk för ekonomiskt bistånd"]),
]

QUESTIONS = {"conditions": CONDITIONS, "current_work": CURRENT_WORK, "needs": NEEDS, "collaboration": COLLABORATION}

SUBREGIONS = {
    "Umeå": "Umeåregionen", "Vännäs": "Umeåregionen", "Bjurholm": "Umeåregionen", "Nordmaling": "Umeåregionen",
    "Robertsfors": "Umeåregionen", "Vindeln": "Umeåregionen", "Skellefteå": "Skellefteåregionen",
    "Norsjö": "Skellefteåregionen", "Malå": "Skellefteåregionen",
}  # the others: Södra Lappland
GROWING = {"Umeå", "Skellefteå"}


def fits(who: str, name: str, size: str, kind: str) -> bool:
    """Whether a theme fits a municipality of this size and kind."""
    return {"all": True, "large": size == "large", "notlarge": size != "large", "small": size == "small",
            "notsmall": size != "small", "growing": name in GROWING}[who]
