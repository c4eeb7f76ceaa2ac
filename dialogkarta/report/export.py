"""One entry point for every document: check personal data, render, write atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dialogkarta import catalogue, interchange, privacy
from dialogkarta.atomic import atomic_write as atomic_output  # the name the writers and others know
from dialogkarta.errors import ExportProblem, PersonalDataFound
from dialogkarta.model.values import SessionData
from dialogkarta.report.catalogue import text
from dialogkarta.templates import Template

KINDS: dict[str, tuple[str, ...]] = {
    "summary": (".docx", ".pdf"),
    "material": (".docx", ".xlsx", ".csv"),
    "slides": (".pptx",),
    "map": (".pdf",),
    "briefing": (".pdf", ".docx"),
    "survey": (".docx", ".pdf"),
    "json": (".json",),
}
# Documents that carry nothing of what was said need no personal-data check.
WITHOUT_SESSION_TEXT = {"briefing", "survey"}


def check_request(kind: str, output: Path) -> str:
    """Return the output's extension if kind and extension go together; ExportProblem otherwise."""
    if kind not in KINDS:
        raise ExportProblem(f"okänd exporttyp '{kind}' (kända typer: {', '.join(KINDS)})")
    if Path(output).is_dir():
        raise ExportProblem("det finns redan en mapp med det namnet; välj ett filnamn", path=output)
    extension = Path(output).suffix.lower()
    if extension not in KINDS[kind]:
        allowed = ", ".join(KINDS[kind])
        raise ExportProblem(f"exporttypen {kind} kan inte skrivas som '{extension or '(ingen filändelse)'}' (möjliga: {allowed})", path=output)
    return extension


# The session texts each document carries (privacy.Hit.field); JSON carries everything. A phone
# number in the preparation notes does not stop the summary, which never shows them.
# Every document also shows the session's own texts (title, place, facilitators, …) and the
# keywords and themes of the notes it shows.
_ON_EVERY_PAGE = {"title", "county", "municipalities", "place", "facilitators", "round", "keyword", "group",
                  "municipality"}
CARRIED_FIELDS: dict[str, set[str]] = {
    "summary": {"note", "summary", "next_steps", "talk", "survey", "participant_role"} | _ON_EVERY_PAGE,
    "material": {"note", "summary", "minutes", "next_steps", "talk", "participant_role"} | _ON_EVERY_PAGE,
    "slides": {"note", "summary", "next_steps"} | _ON_EVERY_PAGE,
    "map": {"note"} | _ON_EVERY_PAGE,
}


def personal_data_hits(data: SessionData, kind: str, *, blank: bool = False,
                       include_names: bool = False) -> list[privacy.Hit]:
    """Return the personal data the export would carry out of the app."""
    if kind in WITHOUT_SESSION_TEXT or (kind == "map" and blank):
        return []
    hits = privacy.scan_session(data)
    if kind not in CARRIED_FIELDS:
        return hits
    carried = CARRIED_FIELDS[kind] | ({"participant"} if include_names and kind in ("summary", "material") else set())
    return [hit for hit in hits if hit.field in carried]


def export_session(
    data: SessionData,
    template: Template,
    *,
    kind: str,
    output: str | Path,
    blank: bool = False,
    size: str = "a3",
    allow_personal_data: bool = False,
    include_names: bool = False,
    lang: str = "sv",
    progress: Callable[[int, str], None] | None = None,
    municipality: str | None = None,
    unit=None,
    warnings: list[privacy.Hit] | None = None,
) -> Path:
    """Write one document of the session; return its path.

    municipality makes the document for one municipality of a dialogue day (only its notes and
    participants); unit carries the R&D unit's own texts (report.unit.UnitSettings). Possible names never
    stop the export: they are added to `warnings`, if given, for the caller to show.
    """
    # Each writer pulls in its library (python-docx, python-pptx, reportlab, openpyxl: ~0.1–0.3 s each):
    # only the one this document needs is imported, and only now, so the app's window and a one-document
    # command start sooner.
    from dialogkarta.report.model import build_report

    output = Path(output)
    extension = check_request(kind, output)
    if size not in ("a3", "a4"):
        raise ExportProblem(f"okänt pappersformat '{size}' (a3 eller a4)")
    report = lambda percent, what: progress and progress(percent, what)  # noqa: E731
    day = tuple(data.municipalities)
    if municipality and kind != "json":  # the JSON export is the whole session, always
        from dialogkarta.report.scope import one_municipality

        data = one_municipality(data, municipality)
    scope = data.municipalities[0] if municipality and kind != "json" and len(day) > 1 else ""
    # progress in the interface's language (the catalogue's), whatever language the document is in
    report(5, text("progress.scan", catalogue.language()))
    found = personal_data_hits(data, kind, blank=blank, include_names=include_names)
    hits = privacy.blocking(found)
    if hits and not allow_personal_data:
        raise PersonalDataFound(f"{len(hits)} möjliga personuppgifter hittades; inget skrevs", hits=hits, path=output)
    if warnings is not None:
        warnings += [hit for hit in found if hit.warning]
    report(20, text("progress.compose", catalogue.language()))
    model = build_report(data, template, lang=lang, include_names=include_names, unit=unit, scope=scope,
                         day_municipalities=day)
    report(40, text("progress.write", catalogue.language(), kind=text(f"progress.kind.{kind}", catalogue.language())))
    with atomic_output(output) as temporary:
        _write(kind, extension, model, data, temporary, size=size, blank=blank)
    report(100, text("progress.done", catalogue.language()))
    return output


def _write(kind: str, extension: str, model, data: SessionData, temporary: Path, *, size: str, blank: bool) -> None:
    """Write one document into the temporary file, importing only the writer it needs."""
    if kind == "json":  # straight into the temporary file: atomic_output already moves it into place
        temporary.write_text(interchange.dumps(data), encoding="utf-8")
    elif kind == "map":
        from dialogkarta.report.dialogue_map import write_map

        write_map(model, temporary, size=size, blank=blank)
    elif kind == "slides":
        from dialogkarta.report.slides import write_slides

        write_slides(model, temporary)
    elif kind == "material" and extension == ".csv":
        from dialogkarta.report.material import write_material_csv

        write_material_csv(model, temporary)
    elif kind == "material" and extension == ".xlsx":
        from dialogkarta.report.workbook import write_material_xlsx

        write_material_xlsx(model, temporary)
    else:
        if kind == "summary":
            from dialogkarta.report.summary import summary_document as build
        elif kind == "material":
            from dialogkarta.report.material import material_document as build
        elif kind == "briefing":
            from dialogkarta.report.briefing import briefing_document as build
        else:
            from dialogkarta.report.survey import survey_document as build
        if extension == ".docx":
            from dialogkarta.report.docx_render import render_docx as render
        else:
            from dialogkarta.report.pdf_render import render_pdf as render
        render(build(model), temporary)
