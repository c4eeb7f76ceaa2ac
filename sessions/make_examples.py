"""Write the example sessions in sessions/ (a fictional round of municipal dialogues).

The content is hand-written; this script only distributes it over the municipalities with
a fixed seed so that the examples are reproducible. Run: python sessions/make_examples.py
"""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NS = uuid.UUID("6f1d8a52-2f7e-4f0e-9a55-0c1f3b7d2a10")

# (text, keywords, group) per question; needs and collaboration add a facet.
CONDITIONS = [
    ("Långa avstånd mellan byarna gör att hembesök tar en hel dag", ["geografiska avstånd"], "Avstånd och tid"),
    ("Restiden till utbildningar i Umeå äter upp halva kompetensutvecklingen", ["geografiska avstånd", "kompetensförsörjning"], "Avstånd och tid"),
    ("Vintervägar och inställda bussar påverkar både personal och brukare", ["geografiska avstånd"], "Avstånd och tid"),
    ("Svårt att rekrytera erfarna socialsekreterare, tjänster står tomma i månader", ["rekrytering och introduktion", "kompetensförsörjning"], "Rekrytera och behålla"),
    ("Hög omsättning bland nyutexaminerade som flyttar efter ett par år", ["kompetensförsörjning", "bemanning"], "Rekrytera och behålla"),
    ("Vi är beroende av inhyrda konsulter inom myndighetsutövning barn och unga", ["bemanning", "barn och unga"], "Rekrytera och behålla"),
    ("Introduktionen av nyanställda hänger på enskilda kollegor", ["rekrytering och introduktion"], "Rekrytera och behålla"),
    ("Få medarbetare gör att sårbarheten är stor vid sjukdom och semester", ["bemanning"], "Små organisationer"),
    ("Alla gör lite av allt – generalistkunskapen är vår styrka", ["generalistkunskap"], "Små organisationer"),
    ("Specialistkunskap om samsjuklighet finns inte i kommunen", ["specialistkunskap", "samsjuklighet"], "Tillgång till specialister"),
    ("Barnpsykiatrin finns tre timmar bort och har långa väntetider", ["specialistkunskap", "barn och unga", "geografiska avstånd"], "Tillgång till specialister"),
    ("Vi köper utredningar externt när kompetensen saknas", ["specialistkunskap"], "Tillgång till specialister"),
    ("Kort väg till politiken – beslut kan fattas snabbt", ["ledning och styrning", "mandat"], "Närhet till beslut"),
    ("Cheferna känner varandra och kan lösa saker i korridoren", ["ledning och styrning"], "Närhet till beslut"),
    ("Socialchefen har ansvar för både IFO, äldreomsorg och LSS", ["ledning och styrning"], "Närhet till beslut"),
    ("Kollegialt stöd saknas när man är ensam i sin funktion", ["kollegialt stöd"], "Kollegialt stöd"),
    ("Handledning finns men bara för barn- och familjegruppen", ["kollegialt stöd"], "Kollegialt stöd"),
    ("Vi ringer grannkommunen när vi behöver bolla ett ärende", ["kollegialt stöd", "nätverk"], "Kollegialt stöd"),
    ("Åldrande befolkning och färre i arbetsför ålder", ["demografi", "äldreomsorg"], "Befolkning och ekonomi"),
    ("Budgeten är pressad och kommer att vara det flera år framåt", ["ledning och styrning"], "Befolkning och ekonomi"),
    ("Ökade kostnader för placeringar tränger undan förebyggande arbete", ["barn och unga", "tidigt och förebyggande arbete"], "Befolkning och ekonomi"),
    ("Ekonomiskt bistånd ökar när arbetsmarknaden viker", ["ekonomiskt bistånd"], "Befolkning och ekonomi"),
    ("Nyanlända familjer har flyttat härifrån, färre än för fem år sedan", ["nyanlända och integration", "demografi"], "Befolkning och ekonomi"),
    ("Bra lokaler och nära till vårdcentralen", ["nära vård"], "Lokala styrkor"),
    ("Engagerade medarbetare som stannar länge i kommunen", ["kompetensförsörjning"], "Lokala styrkor"),
    ("Alla känner alla – det ger trygghet men också jävsproblem", ["kollegialt stöd"], "Lokala styrkor"),
    ("Digitala möten har gjort det lättare att delta i nätverk", ["digitalisering", "nätverk"], "Digitala möjligheter"),
    ("Uppkopplingen i glesbygden räcker inte för digitala hembesök", ["digitalisering", "välfärdsteknik", "geografiska avstånd"], "Digitala möjligheter"),
    ("Ny socialtjänstlag kräver omställning vi inte har resurser för", ["ny socialtjänstlag"], "Ny lagstiftning"),
    ("Det förebyggande uppdraget i nya lagen är otydligt för oss", ["ny socialtjänstlag", "tidigt och förebyggande arbete"], "Ny lagstiftning"),
]

CURRENT_WORK = [
    ("Individbaserad systematisk uppföljning används i missbruksvården", ["individbaserad systematisk uppföljning", "missbruk och beroende"], "Uppföljning"),
    ("Vi följer upp placeringar men sammanställer inte resultaten", ["systematisk uppföljning", "barn och unga"], "Uppföljning"),
    ("Brukarundersökningen i äldreomsorgen görs varje år men används lite", ["systematisk uppföljning", "äldreomsorg"], "Uppföljning"),
    ("Ledningssystemet för kvalitet är antaget men inte levande", ["ledningssystem för kvalitet", "kvalitetsarbete"], "Kvalitetsarbete"),
    ("Avvikelser rapporteras men analysen tar för lång tid", ["kvalitetsarbete"], "Kvalitetsarbete"),
    ("Egenkontroller görs en gång om året i alla verksamheter", ["kvalitetsarbete", "ledningssystem för kvalitet"], "Kvalitetsarbete"),
    ("BBIC används fullt ut sedan två år", ["barn och unga", "evidensbaserad praktik"], "Metoder"),
    ("MI-utbildning för hela IFO genomförd, men ingen uppföljning av metodtrohet", ["evidensbaserad praktik", "implementering"], "Metoder"),
    ("Vi har provat ASI men det föll när den som kunde det slutade", ["evidensbaserad praktik", "implementering", "kompetensförsörjning"], "Metoder"),
    ("Återkommande metoddagar med FoU uppskattas", ["forskningsanknytning", "kompetensförsörjning"], "Metoder"),
    ("FoU-ombudet har ingen avsatt tid för uppdraget", ["mandat"], "FoU-ombudets roll"),
    ("FoU-ombudet sprider information från nätverket på APT", ["nätverk", "kunskapsbank"], "FoU-ombudets roll"),
    ("Ledningen efterfrågar inte resultat från utvecklingsarbetet", ["ledning och styrning", "förbättringsarbete"], "Ledningens stöd"),
    ("Verksamhetsplanen har mål för utvecklingsarbete på alla nivåer", ["ledning och styrning", "förbättringsarbete"], "Ledningens stöd"),
    ("Projekt startar med statliga medel och dör när pengarna tar slut", ["implementering", "förändringsledning"], "Projekt och implementering"),
    ("Vi har svårt att få metoder att leva kvar efter implementeringen", ["implementering"], "Projekt och implementering"),
    ("Digitala ansökningar om ekonomiskt bistånd infördes förra året", ["digitalisering", "ekonomiskt bistånd"], "Digitalisering"),
    ("Nattkameror och digital tillsyn i hemtjänsten", ["välfärdsteknik", "äldreomsorg"], "Digitalisering"),
    ("Läsplattor för videosamtal med anhöriga på boendena", ["välfärdsteknik", "äldreomsorg"], "Digitalisering"),
    ("Brukarråd finns inom funktionshinder men inte inom IFO", ["brukarmedverkan", "funktionshinder"], "Brukarnas delaktighet"),
    ("Barnens röst i utredningar har blivit tydligare", ["brukares delaktighet och inflytande", "barn och unga"], "Brukarnas delaktighet"),
    ("Vi frågar sällan brukarna vad de tycker om insatserna", ["brukarmedverkan"], "Brukarnas delaktighet"),
    ("Samordnad individuell plan används för fler än förut", ["samsjuklighet", "nära vård"], "Samordnade insatser"),
    ("Hemmaplanslösning för unga har minskat placeringarna", ["hemmaplanslösningar", "barn och unga"], "Samordnade insatser"),
    ("Öppenvård för missbruk på hemmaplan i stället för behandlingshem", ["hemmaplanslösningar", "missbruk och beroende"], "Samordnade insatser"),
    ("Arbetet mot våld i nära relation har en samordnare på deltid", ["våld i nära relation"], "Särskilda områden"),
    ("Socialpsykiatrin har startat en träfflokal med brukarstyrning", ["socialpsykiatri", "brukarmedverkan"], "Särskilda områden"),
    ("Medarbetarna vet lite om vad andra enheter utvecklar", ["kunskapsbank", "omvärldsbevakning"], "Vem vet vad"),
    ("Ingen samlad bild av vilka utvecklingsarbeten som pågår", ["förbättringsarbete", "omvärldsbevakning"], "Vem vet vad"),
    ("Förbättringsarbete i små steg med tavlor i hemtjänsten", ["förbättringsarbete", "äldreomsorg"], "Kvalitetsarbete"),
]

NEEDS = [
    ("Tid för reflektion och kollegial handledning", ["kollegialt stöd"], "Stöd i vardagen", "own"),
    ("Introduktionsprogram för nya socialsekreterare", ["rekrytering och introduktion"], "Rekrytera och behålla", "own"),
    ("Mentorskap för nya chefer", ["ledning och styrning", "rekrytering och introduktion"], "Rekrytera och behålla", "general"),
    ("Gemensam rekryteringsstrategi för hela socialtjänsten", ["kompetensförsörjning", "rekrytering och introduktion"], "Rekrytera och behålla", "general"),
    ("Behålla erfarna medarbetare – karriärvägar", ["kompetensförsörjning"], "Rekrytera och behålla", "general"),
    ("Kunskap om samsjuklighet och samordning med regionen", ["samsjuklighet", "specialistkunskap"], "Specialistkunskap", "own"),
    ("Tillgång till specialister via länk", ["specialistkunskap", "digitalisering"], "Specialistkunskap", "general"),
    ("Utbildning i utredning av barn som far illa", ["barn och unga", "specialistkunskap"], "Specialistkunskap", "own"),
    ("Fördjupning i våld i nära relation och hedersrelaterat våld", ["våld i nära relation"], "Specialistkunskap", "own"),
    ("Stöd att följa upp insatser systematiskt", ["systematisk uppföljning"], "Uppföljning och kvalitet", "own"),
    ("Hjälp att sammanställa och analysera vår egen statistik", ["systematisk uppföljning", "kvalitetsarbete"], "Uppföljning och kvalitet", "general"),
    ("Ett ledningssystem som används i vardagen", ["ledningssystem för kvalitet"], "Uppföljning och kvalitet", "general"),
    ("Mätbara mål för kvalitetsarbetet", ["kvalitetsarbete", "ledning och styrning"], "Uppföljning och kvalitet", "general"),
    ("Stöd i att implementera och hålla kvar metoder", ["implementering", "evidensbaserad praktik"], "Implementering", "general"),
    ("Metodstöd i MI och motiverande samtal", ["evidensbaserad praktik"], "Implementering", "own"),
    ("Förändringsledning för chefer inför nya socialtjänstlagen", ["förändringsledning", "ny socialtjänstlag"], "Ny lagstiftning", "general"),
    ("Vad betyder kunskapsbaserad socialtjänst konkret för oss?", ["ny socialtjänstlag", "evidensbaserad praktik"], "Ny lagstiftning", "general"),
    ("Tydligt mandat och avsatt tid för FoU-ombuden", ["mandat"], "Mandat och tid", "general"),
    ("Tid i schemat för utvecklingsarbete", ["mandat", "förbättringsarbete"], "Mandat och tid", "own"),
    ("Lättillgänglig kunskapsbank med det som redan finns", ["kunskapsbank"], "Kunskap nära till hands", "general"),
    ("Korta forskningssammanfattningar på svenska", ["forskningsanknytning", "kunskapsbank"], "Kunskap nära till hands", "own"),
    ("Omvärldsbevakning – vad gör andra små kommuner?", ["omvärldsbevakning", "nätverk"], "Kunskap nära till hands", "general"),
    ("Brukarnas erfarenheter måste in i utvecklingsarbetet", ["brukarmedverkan", "brukares delaktighet och inflytande"], "Brukarnas röst", "general"),
    ("Metoder för att göra barn delaktiga", ["brukares delaktighet och inflytande", "barn och unga"], "Brukarnas röst", "own"),
    ("Digital kompetens hos medarbetarna", ["digitalisering"], "Digitalisering", "own"),
    ("Välfärdsteknik som sparar restid i hemtjänsten", ["välfärdsteknik", "geografiska avstånd", "äldreomsorg"], "Digitalisering", "general"),
    ("Tidiga insatser för familjer innan det blir placering", ["tidigt och förebyggande arbete", "barn och unga"], "Förebyggande arbete", "general"),
    ("Förebyggande arbete tillsammans med skolan", ["tidigt och förebyggande arbete", "barn och unga"], "Förebyggande arbete", "general"),
    ("Fler hemmaplanslösningar i stället för köpta platser", ["hemmaplanslösningar"], "Förebyggande arbete", "general"),
    ("Kunskap om äldres psykiska ohälsa", ["äldreomsorg", "socialpsykiatri"], "Specialistkunskap", "own"),
    ("Stöd i arbetet med nära vård", ["nära vård"], "Samordning med regionen", "general"),
    ("Gemensamma rutiner med primärvården", ["nära vård", "samsjuklighet"], "Samordning med regionen", "general"),
    ("Stöd att arbeta med ekonomiskt bistånd och arbetsmarknad", ["ekonomiskt bistånd"], "Specialistkunskap", "own"),
    ("Kollegor i andra kommuner att jämföra sig med", ["nätverk", "kollegialt stöd"], "Stöd i vardagen", "own"),
    ("Kompetensutveckling som inte kräver resor", ["geografiska avstånd", "kompetensförsörjning", "digitalisering"], "Stöd i vardagen", "own"),
    ("Jämställdhetsanalys av insatserna", ["jämställdhet"], "Uppföljning och kvalitet", "general"),
    ("Kunskap om funktionshinder och LSS-insatser för vuxna", ["funktionshinder"], "Specialistkunskap", "own"),
    ("Stöd i integrationsarbetet med nyanlända familjer", ["nyanlända och integration"], "Förebyggande arbete", "general"),
    ("Mer förbättringsarbete nära medarbetarna", ["förbättringsarbete"], "Uppföljning och kvalitet", "own"),
    ("Chefer som efterfrågar och använder kunskap", ["ledning och styrning", "evidensbaserad praktik"], "Mandat och tid", "general"),
]

COLLABORATION = [
    ("Gemensamma ärendedragningar i IFO varje vecka", ["kollegialt stöd"], "Inom verksamheten", "internal"),
    ("Metodgrupp inom barn och familj", ["evidensbaserad praktik", "barn och unga"], "Inom verksamheten", "internal"),
    ("Kvalitetsgrupp i äldreomsorgen som träffas månadsvis", ["kvalitetsarbete", "äldreomsorg"], "Inom verksamheten", "internal"),
    ("Samverkan med skolan kring elever med hög frånvaro", ["barn och unga", "tidigt och förebyggande arbete"], "Skola och barn", "local"),
    ("Elevhälsan och socialtjänsten har gemensamma möten", ["barn och unga"], "Skola och barn", "local"),
    ("Familjecentral tillsammans med regionen och förskolan", ["barn och unga", "tidigt och förebyggande arbete", "nära vård"], "Skola och barn", "local"),
    ("Vårdcentralen och hemtjänsten har täta kontakter", ["nära vård", "äldreomsorg"], "Vård och omsorg", "local"),
    ("SIP-möten med psykiatrin fungerar bättre än förr", ["samsjuklighet", "socialpsykiatri"], "Vård och omsorg", "local"),
    ("Polisen och socialtjänsten i samverkan kring unga", ["barn och unga", "tidigt och förebyggande arbete"], "Trygghet", "local"),
    ("Brottsförebyggande rådet i kommunen", ["tidigt och förebyggande arbete"], "Trygghet", "local"),
    ("Arbetsmarknadsenheten tar emot personer med ekonomiskt bistånd", ["ekonomiskt bistånd"], "Arbete och försörjning", "local"),
    ("Samverkan med Arbetsförmedlingen har blivit svårare", ["ekonomiskt bistånd"], "Arbete och försörjning", "local"),
    ("Föreningslivet och kyrkan är viktiga för de äldre", ["äldreomsorg"], "Civilsamhället", "local"),
    ("Brukarorganisationer bjuds in till verksamhetsdialog", ["brukarmedverkan"], "Civilsamhället", "local"),
    ("Kvinnojouren och socialtjänsten samverkar kring skyddat boende", ["våld i nära relation"], "Trygghet", "local"),
    ("Gemensam jourverksamhet med grannkommunerna", ["bemanning"], "Grannkommuner", "intermunicipal"),
    ("Vi delar familjehemssekreterare med en annan kommun", ["bemanning", "barn och unga"], "Grannkommuner", "intermunicipal"),
    ("Chefsnätverk med de närmaste kommunerna", ["nätverk", "ledning och styrning"], "Grannkommuner", "intermunicipal"),
    ("Gemensam upphandling av utbildning med grannkommunerna", ["kompetensförsörjning"], "Grannkommuner", "intermunicipal"),
    ("Samverkan i södra lappmarken kring missbruksvård", ["missbruk och beroende"], "Delregionalt", "subregional"),
    ("Kustkommunernas nätverk för äldreomsorg", ["äldreomsorg", "nätverk"], "Delregionalt", "subregional"),
    ("FoU-nätverket för ombud i länet", ["nätverk", "forskningsanknytning"], "Regionalt", "regional"),
    ("Länsgemensam ledning för socialtjänst och hälso- och sjukvård", ["ledning och styrning", "nära vård"], "Regionalt", "regional"),
    ("Regionala utvecklingsledare inom barn och unga", ["barn och unga", "implementering"], "Regionalt", "regional"),
    ("Utbildningar via regionala stödstrukturen", ["kompetensförsörjning"], "Regionalt", "regional"),
    ("Universitetet bjuds sällan in – vi vet inte hur", ["forskningsanknytning"], "Regionalt", "regional"),
    ("Kunskapsstöd från Socialstyrelsen används i utredningar", ["evidensbaserad praktik", "kunskapsbank"], "Nationellt", "national"),
    ("SKR:s nätverk för ekonomiskt bistånd", ["ekonomiskt bistånd", "nätverk"], "Nationellt", "national"),
    ("Deltar i nationell satsning på välfärdsteknik", ["välfärdsteknik"], "Nationellt", "national"),
]

MINUTES = {
    "conditions": [
        "Gruppen började i avstånden: en hembesök i de yttre byarna kan ta en hel arbetsdag.",
        "Flera beskrev hur svårt det är att rekrytera erfarna socialsekreterare; annonser får få eller inga sökande.",
        "Socialchefen lyfte att närheten till politiken är en styrka – beslut kan fattas snabbt när något händer.",
        "En enhetschef menade att generalistkunskapen är underskattad: man kan mycket om mycket men saknar fördjupning.",
        "Det kollegiala stödet upplevs som gott inom IFO men svagare för den som är ensam i sin funktion.",
        "Samtalet kom in på ekonomin; placeringskostnaderna gör att förebyggande arbete får stå tillbaka.",
        "Flera var oroliga för vad den nya socialtjänstlagen kommer att kräva och hur det ska finansieras.",
        "Några menade att digitala möten har gjort det lättare att delta i nätverk och utbildningar.",
    ],
    "current_work": [
        "Gruppen gick igenom vad som pågår på ledningsnivå, verksamhetsnivå och bland medarbetarna.",
        "Det finns ett antaget ledningssystem för kvalitet men få kunde beskriva hur det används i vardagen.",
        "Individbaserad systematisk uppföljning används i delar av missbruksvården, inte i övrigt.",
        "Flera projekt har startat med statliga medel och avslutats när pengarna tog slut.",
        "FoU-ombudet berättade om nätverksträffarna men sa att det saknas avsatt tid för uppdraget.",
        "Brukarnas delaktighet är tydligast inom funktionshinder; inom IFO frågar man sällan brukarna.",
        "Medarbetarna vet lite om vad andra enheter utvecklar – ingen har en samlad bild.",
    ],
    "needs": [
        "Deltagarna skrev lappar om behov för det egna området och för organisationen som helhet.",
        "Många lappar handlade om kompetensförsörjning och om att behålla erfarna medarbetare.",
        "Stöd i systematisk uppföljning återkom både som eget behov och som behov för hela förvaltningen.",
        "Flera efterfrågade tid och mandat för utvecklingsarbete, särskilt för FoU-ombuden.",
        "Behovet av kunskap inför den nya socialtjänstlagen lyftes av ledningen.",
        "Någon sa att kunskapen finns men är svår att hitta – en kunskapsbank efterfrågades.",
    ],
    "collaboration": [
        "Samverkan inom kommunen beskrevs mest utförligt: skolan, vårdcentralen, polisen och föreningslivet.",
        "Med grannkommunerna finns gemensam jour och delade tjänster i vissa fall.",
        "Den regionala nivån är mer okänd; några kände till FoU-nätverket men inte länsledningen.",
        "Nationella kunskapsstöd används, men man är osäker på vad som finns.",
        "Gruppen konstaterade att samverkan bygger på personer och försvinner när någon slutar.",
    ],
}

SUMMARIES = {
    "conditions": "Avstånd, små personalgrupper och svår rekrytering präglar förutsättningarna. Styrkor är närheten till beslut, generalistkunskapen och ett gott kollegialt stöd inom IFO. Ekonomin och den nya socialtjänstlagen oroar.",
    "current_work": "Det finns mycket utvecklingsarbete men lite samlad kunskap om det. Uppföljning görs i delar av verksamheten men används sällan för styrning. Implementering och att hålla kvar metoder är svårt. Brukarnas delaktighet varierar mellan verksamheterna.",
    "needs": "Behoven gäller främst kompetensförsörjning, stöd i systematisk uppföljning, tid och mandat för utvecklingsarbete samt kunskap inför den nya socialtjänstlagen. Egna behov handlar ofta om metodstöd och kollegialt stöd, generella om ledning, uppföljning och förebyggande arbete.",
    "collaboration": "Den lokala samverkan är rikast – med skola, vårdcentral, polis och civilsamhälle. Samverkan med grannkommuner finns kring jour och delade tjänster. Regional och nationell samverkan är mindre känd och efterfrågas.",
}

PARTICULAR = {
    "Umeå": [
        ("conditions", "Stor organisation gör att det tar tid att sprida nya arbetssätt mellan enheterna", ["implementering", "ledning och styrning"], None),
        ("current_work", "Forskningscirklar tillsammans med universitetet inom socialpsykiatrin", ["forskningsanknytning", "socialpsykiatri"], None),
        ("needs", "Stöd att samordna alla pågående utvecklingsprojekt i förvaltningen", ["förbättringsarbete", "ledning och styrning"], "general"),
        ("collaboration", "Kommunen är värd för länets gemensamma kompetenscentrum", ["kompetensförsörjning"], "subregional"),
    ],
    "Skellefteå": [
        ("conditions", "Snabb inflyttning kring industrietableringen ökar trycket på socialtjänsten", ["demografi"], None),
        ("conditions", "Bostadsbristen gör det svårt att ordna boende för våra brukare", ["hemmaplanslösningar"], None),
        ("needs", "Beredskap för fler barnfamiljer som flyttar in från andra länder", ["nyanlända och integration", "barn och unga"], "general"),
        ("collaboration", "Samverkan med de stora arbetsgivarna kring introduktion av inflyttade", ["nyanlända och integration"], "local"),
    ],
    "Lycksele": [
        ("conditions", "Närheten till lasarettet är en tillgång för samverkan kring äldre", ["nära vård", "äldreomsorg"], None),
        ("needs", "Utbildning i samiska perspektiv i socialtjänstens arbete", ["specialistkunskap"], "general"),
        ("collaboration", "Inlandskommunernas gemensamma nätverk för socialchefer", ["nätverk", "ledning och styrning"], "subregional"),
    ],
    "Vilhelmina": [
        ("conditions", "Samiskt förvaltningsområde – vi behöver samisk språkkompetens i socialtjänsten", ["specialistkunskap", "kompetensförsörjning"], None),
        ("needs", "Kunskap om rennäringens villkor och om samiska familjers behov", ["specialistkunskap", "barn och unga"], "own"),
        ("collaboration", "Samverkan med sameby och sametinget i frågor om barn", ["barn och unga"], "national"),
    ],
    "Storuman": [
        ("conditions", "Fjällturismen ger säsongsvariationer i ärenden och bemanning", ["bemanning", "geografiska avstånd"], None),
        ("needs", "Stöd att utveckla mobila team för fjällbyarna", ["hemmaplanslösningar", "geografiska avstånd"], "general"),
        ("collaboration", "Gemensam socialjour för inlandet under helger", ["bemanning"], "intermunicipal"),
    ],
    "Bjurholm": [
        ("conditions", "En enda socialsekreterare för barn och unga – extremt sårbart", ["bemanning", "barn och unga"], None),
        ("needs", "Köpa specialistkompetens tillsammans med Vännäs och Nordmaling", ["specialistkunskap", "nätverk"], "general"),
        ("collaboration", "Avtal med grannkommun om familjerätt", ["barn och unga"], "intermunicipal"),
    ],
    "Sorsele": [
        ("conditions", "Tolv mil till närmaste apotek och specialistvård", ["geografiska avstånd", "nära vård"], None),
        ("needs", "Digitala hembesök som fungerar med dålig uppkoppling", ["välfärdsteknik", "digitalisering"], "own"),
    ],
    "Malå": [
        ("conditions", "Gruvnäringens upp- och nedgångar påverkar behovet av ekonomiskt bistånd", ["ekonomiskt bistånd", "demografi"], None),
        ("collaboration", "Samarbete med Norsjö om missbruksvård på hemmaplan", ["missbruk och beroende", "hemmaplanslösningar"], "intermunicipal"),
    ],
    "Åsele": [
        ("needs", "Stöd i att behålla den enda biståndshandläggaren", ["kompetensförsörjning", "äldreomsorg"], "own"),
        ("collaboration", "Åsele, Dorotea och Vilhelmina delar utvecklingsledare för äldreomsorg", ["äldreomsorg", "nätverk"], "subregional"),
    ],
}

# Keyword spellings as they were actually typed in some municipalities (for harmonisation).
VARIANTS = {
    "Skellefteå": {"kompetensförsörjning": "Kompetensförsörjning", "digitalisering": "digitaliseringen"},
    "Lycksele": {"kompetensförsörjning": "kompetensforsorjning", "nätverk": "nätverken"},
    "Vilhelmina": {"hemmaplanslösningar": "hemmaplanslösning", "brukarmedverkan": "Brukarmedverkan "},
    "Bjurholm": {"systematisk uppföljning": "systematisk uppfoljning"},
}

ROLE_SETS = {
    "large": ["socialchef", "förvaltningschef", "verksamhetschef", "verksamhetschef", "avdelningschef",
              "enhetschef", "enhetschef", "enhetschef", "enhetschef", "FoU-ombud", "FoU-ombud",
              "EBP-kontaktperson", "kvalitetsutvecklare", "verksamhetsutvecklare", "metodutvecklare",
              "medicinskt ansvarig sjuksköterska", "politiker"],
    "medium": ["socialchef", "verksamhetschef", "enhetschef", "enhetschef", "enhetschef", "FoU-ombud",
               "kvalitetsutvecklare", "socialsekreterare", "medicinskt ansvarig sjuksköterska", "politiker"],
    "small": ["socialchef", "enhetschef", "enhetschef", "FoU-ombud", "socialsekreterare", "politiker"],
}
AREAS = ["IFO", "Äldreomsorg", "Funktionshinder", "Barn och familj", "Vuxen", "Ekonomiskt bistånd", "Ledning"]

SESSIONS = [
    # municipality(ies), date, place, size, share of the pools, facilitators
    (["Umeå"], "2026-02-10", "Stadshuset, Umeå", "large", 1.0),
    (["Skellefteå"], "2026-02-24", "Stadshuset, Skellefteå", "large", 0.85),
    (["Lycksele"], "2026-03-03", "Kommunhuset, Lycksele", "medium", 0.6),
    (["Vilhelmina"], "2026-03-10", "Folkets hus, Vilhelmina", "medium", 0.45),
    (["Storuman"], "2026-03-14", "Kommunhuset, Storuman", "small", 0.4),
    (["Bjurholm"], "2026-03-24", "Kommunhuset, Bjurholm", "small", 0.32),
    (["Sorsele", "Malå", "Åsele"], "2026-04-14", "Hotell Lappland, Lycksele", "small", 0.55),
]
FACILITATORS = [["Karin Holmqvist", "Jonas Öberg"], ["Karin Holmqvist", "Maria Sandström"]]
PLANNED = {"conditions": 30, "current_work": 35, "needs": 35, "collaboration": 30}
NEXT_STEPS = ("Materialet skickas till kommunen inom två veckor. Kommunens ledningsgrupp går igenom "
              "summeringen och väljer två utvecklingsområden. Resultaten från alla kommuner tas upp "
              "på länsworkshopen med socialcheferna i höst.")


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(NS, "/".join(parts)))


def pick(pool: list, share: float, rng: random.Random) -> list:
    count = max(8, round(len(pool) * share))
    chosen = rng.sample(range(len(pool)), min(count, len(pool)))
    return [pool[i] for i in sorted(chosen)]


def keyword_spelling(keywords: list[str], municipality: str) -> list[str]:
    variants = VARIANTS.get(municipality, {})
    return [variants.get(k, k) for k in keywords]


def build(municipalities, date, place, size, share, index) -> dict:
    rng = random.Random(f"dialogkarta-{'-'.join(municipalities)}")
    key = "-".join(municipalities)
    pools = {
        "conditions": [(t, k, g, None) for t, k, g in CONDITIONS],
        "current_work": [(t, k, g, None) for t, k, g in CURRENT_WORK],
        "needs": NEEDS,
        "collaboration": COLLABORATION,
    }
    questions = []
    minute = 0
    for qkey, pool in pools.items():
        notes = []
        entries = [(e, municipalities[i % len(municipalities)]) for i, e in enumerate(pick(pool, share, rng))]
        if len(municipalities) > 1:  # a dialogue day: the same theme can come from several municipalities
            entries += [(e, rng.choice(municipalities)) for e in pick(pool, share / 3, rng)]
        for m in municipalities:
            entries += [((t, k, None, f), m) for q, t, k, f in PARTICULAR.get(m, []) if q == qkey]
        for n, ((text, keywords, group, facet), municipality) in enumerate(entries):
            minute += rng.randint(1, 3)
            hour, mins = divmod(9 * 60 + 30 + minute, 60)
            votes = rng.choice([0, 0, 1, 2, 3, 4, 5]) if qkey == "needs" else 0
            notes.append({
                "id": stable_id(key, qkey, str(n), text),
                "text": text,
                "facet": facet,
                "keywords": keyword_spelling(keywords, municipality),
                "group": group,
                "votes": votes,
                "municipality": municipality,
                "created": f"{date}T{hour:02d}:{mins:02d}:00",
            })
        sentences = MINUTES[qkey]
        minutes = " ".join(rng.sample(sentences, max(4, len(sentences) - 2)))
        questions.append({
            "key": qkey,
            "summary": SUMMARIES[qkey],
            "minutes": minutes,
            "notes": notes,
            "planned_minutes": PLANNED[qkey],
        })
    roles = ROLE_SETS[size]
    participants = []
    for m in municipalities:
        own_roles = roles if len(municipalities) == 1 else roles[:4]
        for i, role in enumerate(own_roles):
            participants.append({"role": role, "area": AREAS[i % len(AREAS)], "municipality": m})
    if len(municipalities) == 1:
        title = f"Kommundialog {municipalities[0]}"
    else:
        title = "Dialogdag " + ", ".join(municipalities[:-1]) + " och " + municipalities[-1]
    return {
        "format": "dialogkarta-session",
        "version": 1,
        "id": stable_id("session", key),
        "title": title,
        "county": "Västerbottens län",
        "municipalities": municipalities,
        "date": date,
        "place": place,
        "facilitators": FACILITATORS[index % 2],
        "template": "kuf",
        "participants": participants,
        "questions": questions,
        "status": "summarised",
        "next_steps": NEXT_STEPS,
    }


def main() -> None:
    out = ROOT / "sessions"
    out.mkdir(exist_ok=True)
    for index, (municipalities, date, place, size, share) in enumerate(SESSIONS):
        session = build(municipalities, date, place, size, share, index)
        name = "-".join(m.lower().replace("å", "a").replace("ä", "a").replace("ö", "o") for m in municipalities)
        path = out / f"{date}-{name}.json"
        path.write_text(json.dumps(session, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        count = sum(len(q["notes"]) for q in session["questions"])
        print(f"{path.name}: {count} anteckningar")


if __name__ == "__main__":
    main()
