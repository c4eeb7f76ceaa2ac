"""The synthesis from files to one output file: load, harmonise, compare, check, write."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dialogkarta import defaults, privacy
from dialogkarta.atomic import atomic_write
from dialogkarta.errors import ExportProblem, PersonalDataFound
from dialogkarta.maps import map_family, map_family_of_template
from dialogkarta.report.docx_render import render_docx
from dialogkarta.report.pdf_render import render_pdf
from dialogkarta.report.unit import UnitSettings
from dialogkarta.synthesis.compare import Synthesis, compare, main_template
from dialogkarta.synthesis.county_report import county_document
from dialogkarta.synthesis.county_slides import write_county_slides
from dialogkarta.synthesis.county_xlsx import write_county_xlsx
from dialogkarta.synthesis.keywords import CountyVocabulary, Proposal, canonical, propose
from dialogkarta.synthesis.load import LoadResult, load_sessions
from dialogkarta.synthesis.rounds import compare_rounds, ordered_rounds, round_of
from dialogkarta.synthesis.size import findings

FORMATS = (".docx", ".pdf", ".pptx", ".xlsx")


@dataclass
class SynthesisRun:
    loaded: LoadResult
    synthesis: Synthesis
    proposals: list[Proposal]
    vocabulary: CountyVocabulary
    hits: list[tuple[Path, privacy.Hit]]
    accepted: list[Proposal] = field(default_factory=list)  # merged by accept_proposals


def check_output(output: str | Path) -> str:
    extension = Path(output).suffix.lower()
    if extension not in FORMATS:
        raise ExportProblem(f"länssammanställningen kan inte skrivas som '{extension or '(ingen filändelse)'}' "
                            f"(möjliga: {', '.join(FORMATS)})", path=output)
    return extension


def prepare(
    inputs: Iterable[str | Path],
    *,
    min_share: float = 0.5,
    skip_invalid: bool = False,
    vocabulary: CountyVocabulary | None = None,
    accept_proposals: bool = False,
    lang: str = "sv",
    round_name: str | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
) -> SynthesisRun:
    """Load and compare the sessions of one round (the latest, or round_name) and say what changed since the one
    before; nothing is written."""
    if not 0 < min_share <= 1:
        raise ExportProblem(f"andelen kommuner måste vara mellan 0 och 1, inte {min_share}")
    loaded = load_sessions(inputs, skip_invalid=skip_invalid, progress=progress)
    sessions = [s.data for s in loaded.sessions]
    template = main_template(sessions)
    current, previous, left_out, rounds = _choose_round(sessions, map_family_of_template(template), round_name)
    vocabulary = vocabulary or CountyVocabulary()
    preferred = defaults.vocabulary()
    proposals = propose(current + previous, vocabulary, preferred)
    accepted = []
    if accept_proposals:
        for proposal in proposals:
            if not vocabulary.decided(proposal.variant, proposal.target):
                vocabulary.accept(proposal)
                accepted.append(proposal)
        proposals = []
    def compared(sessions: list) -> Synthesis:
        return compare(sessions, template, vocabulary=vocabulary, min_share=min_share, preferred=preferred, lang=lang,
                       unresolved=tuple(proposals))

    synthesis = compared(current)
    synthesis.excluded = left_out + synthesis.excluded
    synthesis.round = rounds[0]
    # what was merged for these sessions: this run's accepted proposals and the county vocabulary's earlier decisions
    typed = {canonical(k) for data in current for _, note in data.all_notes() for k in note.keywords}
    synthesis.merged = [(variant, vocabulary.resolve(variant)) for variant in sorted(vocabulary.merges) if variant in typed]
    if previous:
        earlier = compared(previous)
        earlier.round = rounds[1]
        synthesis.change = compare_rounds(earlier, synthesis)
    synthesis.findings = findings(synthesis)
    synthesis.files_read = [str(s.path) for s in loaded.sessions]
    synthesis.file_problems = loaded.report_lines()
    hits = [(s.path, hit) for s in loaded.sessions for hit in privacy.scan_session(s.data) if s.data in synthesis.sessions and hit.field in COUNTY_CARRIED]
    return SynthesisRun(loaded, synthesis, proposals, vocabulary, hits, accepted)


def _choose_round(sessions, family: str, round_name: str | None):
    """The sessions of the round compared, of the round before it (if any), (title, why) for the rest, the two rounds.

    Only sessions of the map and county most sessions have are taken; rounds are never pooled.
    """
    same_map = [s for s in sessions if map_family(s) == family]
    # ties by name, so that the argument order never decides which county the report is about
    counties = Counter(s.county for s in same_map if s.county)
    county = min(counties, key=lambda name: (-counties[name], name)) if counties else ""
    left_out = [(f"{s.title}, {s.date}", f"annat län ({s.county})") for s in same_map if county and s.county and s.county != county]
    same_map = [s for s in same_map if not (county and s.county and s.county != county)]
    rounds = ordered_rounds(same_map)
    if round_name is not None:
        wanted = " ".join(round_name.split())
        if wanted not in rounds:
            raise ExportProblem(f"ingen dialog hör till omgången «{round_name}» (omgångar: {', '.join(rounds) or 'inga'})")
        chosen, compared = wanted, None
    else:
        chosen = rounds[-1] if rounds else ""
        compared = rounds[-2] if len(rounds) > 1 else None
    current = [s for s in same_map if round_of(s) == chosen]
    previous = [s for s in same_map if compared is not None and round_of(s) == compared]
    for s in same_map:
        name = round_of(s)
        if name != chosen:
            why = (f"tidigare omgång ({name}); jämförs i avsnittet om förändring" if name == compared
                   else f"annan omgång ({name})")
            left_out.append((f"{s.title}, {s.date}", why))
    other_maps = [s for s in sessions if map_family(s) != family]
    return current + other_maps, previous, left_out, (chosen, compared)


# The county documents show notes with their keywords and themes, municipalities and titles, and in
# the appendix the summaries per question, the next steps and the survey; the minutes, preparation
# and participants of the sessions never reach them.
COUNTY_CARRIED = {"note", "keyword", "group", "municipality", "municipalities", "county", "title", "summary",
                  "next_steps", "survey", "talk", "round"}


def write(run: SynthesisRun, output: str | Path, *, allow_personal_data: bool = False,
          unit: UnitSettings | None = None) -> Path:
    """Write the synthesis to the output, in the format its extension names.

    unit: the R&D unit's settings; its own slide template carries the county deck, as it does the session slides.
    """
    output = Path(output)
    extension = check_output(output)
    hits = privacy.blocking(run.hits)  # possible names only warn
    if hits and not allow_personal_data:
        raise PersonalDataFound(f"{len(hits)} möjliga personuppgifter hittades; inget skrevs", hits=hits, path=output)
    with atomic_write(output) as temporary:
        if extension == ".xlsx":
            write_county_xlsx(run.synthesis, temporary)
        elif extension == ".pptx":
            write_county_slides(run.synthesis, temporary, template=unit.slide_template if unit else "")
        else:
            document = county_document(run.synthesis)
            (render_docx if extension == ".docx" else render_pdf)(document, temporary)
    return output
