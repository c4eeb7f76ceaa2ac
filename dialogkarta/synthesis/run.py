"""The synthesis from files to one output file: load, harmonise, compare, check, write."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from dialogkarta import defaults, privacy
from dialogkarta.atomic import atomic_write
from dialogkarta.errors import ExportProblem, PersonalDataFound
from dialogkarta.report.docx_render import render_docx
from dialogkarta.report.pdf_render import render_pdf
from dialogkarta.synthesis.compare import Synthesis, compare, main_template
from dialogkarta.synthesis.county_report import county_document
from dialogkarta.synthesis.county_slides import write_county_slides
from dialogkarta.synthesis.county_xlsx import write_county_xlsx
from dialogkarta.synthesis.keywords import CountyVocabulary, Proposal, propose
from dialogkarta.synthesis.load import LoadResult, load_sessions

FORMATS = (".docx", ".pdf", ".pptx", ".xlsx")


@dataclass
class SynthesisRun:
    loaded: LoadResult
    synthesis: Synthesis
    proposals: list[Proposal]
    vocabulary: CountyVocabulary
    hits: list[tuple[Path, privacy.Hit]]


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
    progress: Callable[[int, int, Path], None] | None = None,
) -> SynthesisRun:
    """Load and compare the sessions; nothing is written."""
    if not 0 < min_share <= 1:
        raise ExportProblem(f"andelen kommuner måste vara mellan 0 och 1, inte {min_share}")
    loaded = load_sessions(inputs, skip_invalid=skip_invalid, progress=progress)
    sessions = [s.data for s in loaded.sessions]
    vocabulary = vocabulary or CountyVocabulary()
    preferred = defaults.vocabulary()
    proposals = propose(sessions, vocabulary, preferred)
    if accept_proposals:
        for proposal in proposals:
            if not vocabulary.decided(proposal.variant, proposal.target):
                vocabulary.accept(proposal)
        proposals = []
    template = main_template(sessions)
    synthesis = compare(sessions, template, vocabulary=vocabulary, min_share=min_share, preferred=preferred, lang=lang)
    hits = [(s.path, hit) for s in loaded.sessions for hit in privacy.scan_session(s.data)
            if s.data in synthesis.sessions and hit.field in COUNTY_CARRIED]
    return SynthesisRun(loaded, synthesis, proposals, vocabulary, hits)


# The county documents show notes with their keywords and themes, municipalities and titles; the
# minutes, preparation, participants and survey answers of the sessions never reach them.
COUNTY_CARRIED = {"note", "keyword", "group", "municipality", "municipalities", "county", "title"}


def write(run: SynthesisRun, output: str | Path, *, allow_personal_data: bool = False) -> Path:
    """Write the synthesis to the output, in the format its extension names."""
    output = Path(output)
    extension = check_output(output)
    if run.hits and not allow_personal_data:
        raise PersonalDataFound(f"{len(run.hits)} möjliga personuppgifter hittades; inget skrevs", hits=run.hits, path=output)
    with atomic_write(output) as temporary:
        if extension == ".xlsx":
            write_county_xlsx(run.synthesis, temporary)
        elif extension == ".pptx":
            write_county_slides(run.synthesis, temporary)
        else:
            document = county_document(run.synthesis)
            (render_docx if extension == ".docx" else render_pdf)(document, temporary)
    return output
