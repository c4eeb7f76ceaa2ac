"""The command line: gui (default), open, new, import, export, merge, check, demo, synthesis.

Exit status: 0 done, 2 bad input (one Swedish line on stderr naming the file and the
problem; nothing on disk changed), 3 personal data found in what was about to be exported.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from dialogkarta import __version__

# `files` (and with it SQLAlchemy, SQLModel and alembic), `privacy` and `templates` are imported
# inside the commands that use them: `dialogkarta` alone starts the app, which paints its window
# before the data layer loads.
from dialogkarta.errors import DialogkartaError, PersonalDataFound
from dialogkarta.maps import session_template
from dialogkarta.output_files import refuse_to_replace
from dialogkarta.paths import EXAMPLE_SESSIONS

EXIT_BAD_INPUT = 2
EXIT_PERSONAL_DATA = 3


def _one_line(text: object) -> str:
    """An error as one line: a line break or control character from the file shows escaped."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in str(text))


class UsageError(DialogkartaError):
    """The command line itself was wrong."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would print usage and exit; we want one line
        raise UsageError(f"felaktigt kommando: {message} (se 'dialogkarta --help')")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dialogkarta", description="Dialogkarta – strukturerade kommundialoger.")
    parser.add_argument("--version", action="version", version=f"dialogkarta {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = commands.add_parser("open", help="öppna en sessionsfil i programmet")
    p.add_argument("file", type=Path)

    p = commands.add_parser("gui", help="starta programmet")

    p = commands.add_parser("new", help="skapa en ny sessionsfil")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--county", required=True)
    p.add_argument("--municipality", action="append", required=True)
    p.add_argument("--date", required=True)
    p.add_argument("--template", default="kuf")
    p.add_argument("--title", default="")
    p.add_argument("--place", default="")
    p.add_argument("--facilitator", action="append", default=[])

    p = commands.add_parser("import", help="skapa en sessionsfil från en JSON-fil")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")

    p = commands.add_parser("export", help="exportera en session")
    p.add_argument("file", type=Path)
    p.add_argument("--kind", required=True)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--allow-personal-data", action="store_true")
    p.add_argument("--blank", action="store_true", help="tom dialogkarta (kind map)")
    p.add_argument("--size", choices=["a3", "a4"], default="a3", help="pappersformat (kind map)")
    p.add_argument("--lang", choices=["sv", "en"], default="sv", help="dokumentets språk")
    p.add_argument("--municipality", help="kommunen som svarsformuläret är till (kind form), eller en av dialogdagens "
                                          "kommuner: dokumentet bara med dess lappar (summary, material, slides)")
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")

    p = commands.add_parser("import-form", help="läs in ett ifyllt svarsformulär eller skriftliga reflektioner")
    p.add_argument("file", type=Path)
    p.add_argument("--into", type=Path, required=True, metavar="FIL.dkarta")
    p.add_argument("--municipality", help="kommunen (behövs för reflektioner utan formulär)")
    p.add_argument("--channel", choices=["sent_out", "meeting", "written_after"],
                   help="kanal (standard: ur formuläret, annars skriftligt efter träffen)")
    p.add_argument("--question", help="frågan (nyckel) för text utan frågerubriker; standard: den första")
    p.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle läggas till")

    p = commands.add_parser("merge", help="slå ihop kopior av en session (t.ex. från två datorer) till en ny fil")
    p.add_argument("files", type=Path, nargs="+", metavar="KOPIA")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")

    p = commands.add_parser("check", help="kontrollera sessionsfiler")
    p.add_argument("files", type=Path, nargs="+")

    p = commands.add_parser("demo", help="skriv exempelsessionerna som .dkarta-filer")
    p.add_argument("folder", type=Path)

    p = commands.add_parser("synthesis", help="länssammanställning av flera sessioner")
    p.add_argument("inputs", type=Path, nargs="+", metavar="FIL_ELLER_MAPP")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--min-share", type=float, default=0.5, help="andel kommuner för ett gemensamt tema (0–1)")
    p.add_argument("--skip-invalid", action="store_true", help="hoppa över filer som inte kan läsas")
    p.add_argument("--vocabulary", type=Path,
                   help="länsvokabulär (JSON) med beslut om nyckelord; utan den används en *.dkvocab.json i mappen")
    p.add_argument("--accept-proposals", action="store_true", help="slå ihop föreslagna nyckelordsvarianter")
    p.add_argument("--round", dest="round_name", metavar="OMGÅNG",
                   help="sammanställ bara den här omgången (annars den senaste, jämförd med den förra)")
    p.add_argument("--lang", choices=["sv", "en"], default="sv", help="dokumentens språk")
    p.add_argument("--slide-template", type=Path, metavar="MALL.pptx",
                   help="enhetens egen mall för presentationen (.pptx); annars den medföljande")
    p.add_argument("--allow-personal-data", action="store_true")
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    return parser


def _cmd_new(args) -> int:
    from dialogkarta import files

    try:
        date.fromisoformat(args.date)
    except ValueError:
        raise UsageError(f"datumet {args.date!r} är inte på formen ÅÅÅÅ-MM-DD") from None
    spec = files.NewSession(
        county=args.county,
        municipalities=args.municipality,
        date=args.date,
        template=args.template,
        title=args.title,
        place=args.place,
        facilitators=args.facilitator,
    )
    files.create_new(args.output, spec).close()
    print(f"{args.output}: ny session skapad")
    return 0


def _cmd_import(args) -> int:
    from dialogkarta import files

    refuse_to_replace(args.output, force=args.force, sources=(args.file,))
    data = files.import_json(args.file, args.output, overwrite=args.force)
    print(f"{args.output}: {data.title}, {data.note_count} anteckningar importerade")
    return 0


def _cmd_export(args) -> int:
    from dialogkarta import files, privacy
    from dialogkarta.report.export import check_request, export_session  # documents load only when asked for

    refuse_to_replace(args.output, force=args.force, sources=(args.file,))  # the response form too
    if args.kind == "form":
        return _cmd_export_form(args)
    check_request(args.kind, args.output)  # a wrong kind or extension is reported before reading anything
    data = files.read_session(args.file)
    template = session_template(data)
    if args.municipality:
        from dialogkarta.report.scope import UnknownMunicipality, find_municipality

        try:
            find_municipality(data, args.municipality)
        except UnknownMunicipality as exc:
            raise UnknownMunicipality(exc.message, path=args.file) from None
    labels = {q.key: q.label for q in template.questions}
    warnings: list = []
    try:
        export_session(data, template, kind=args.kind, output=args.output, blank=args.blank, size=args.size,
                       allow_personal_data=args.allow_personal_data, lang=args.lang, municipality=args.municipality,
                       warnings=warnings)
    except PersonalDataFound as exc:
        print(f"dialogkarta: fel: {args.file}: {_one_line(exc.message)}; ändra dem eller ge --allow-personal-data", file=sys.stderr)
        for hit in exc.hits:
            print(f"  {privacy.describe(hit, labels)}", file=sys.stderr)
        return EXIT_PERSONAL_DATA
    for hit in warnings:  # possible names: a warning, never a stop
        print(f"obs: {args.file}: {privacy.describe(hit, labels)}", file=sys.stderr)
    print(f"{args.output}: skriven")
    return 0


def _cmd_export_form(args) -> int:
    from dialogkarta import files
    from dialogkarta.report.response_form import write_response_form

    data = files.read_session(args.file)
    write_response_form(data, session_template(data), municipality=args.municipality, output=args.output)
    print(f"{args.output}: svarsformulär till {args.municipality or data.municipalities[0]} skrivet")
    return 0


def _cmd_import_form(args) -> int:
    from dialogkarta import files
    from dialogkarta.written_input import describe_answers, import_written

    preview, added = import_written(args.file, args.into, municipality=args.municipality, channel=args.channel,
                                    question=args.question, dry_run=args.dry_run)
    labels = {q.key: q.label for q in session_template(files.read_session(args.into)).questions}
    for line in describe_answers(preview, labels):
        print(f"  {line}")
    if args.dry_run:
        print(f"{args.file}: {len(preview)} nya svar skulle läggas till i {args.into}")
    else:
        print(f"{args.file}: {len(added)} nya svar tillagda i {args.into}"
              + ("" if added else " (allt fanns redan)"))
    return 0


def _cmd_synthesis(args) -> int:
    from dialogkarta import privacy
    from dialogkarta.report.unit import UnitSettings
    from dialogkarta.synthesis.keywords import CountyVocabulary, default_vocabulary_path, vocabulary_files
    from dialogkarta.synthesis.run import check_output, prepare, write

    check_output(args.output)
    refuse_to_replace(args.output, force=args.force, sources=tuple(args.inputs))
    if args.vocabulary is None:  # a county vocabulary kept in the folder is used without asking
        found = vocabulary_files(args.inputs)
        if len(found) > 1:
            raise UsageError(f"flera länsvokabulärer ({', '.join(map(str, found))}); välj en med --vocabulary")
        args.vocabulary = found[0] if found else None
    vocabulary = CountyVocabulary.load(args.vocabulary) if args.vocabulary else None
    run = prepare(args.inputs, min_share=args.min_share, skip_invalid=args.skip_invalid, vocabulary=vocabulary,
                  accept_proposals=args.accept_proposals, lang=args.lang, round_name=args.round_name)
    if args.vocabulary:
        print(f"{args.vocabulary}: länsvokabulären används ({len(run.vocabulary.merges)} sammanslagningar)")
    for line in run.loaded.report_lines():
        print(line)
    for title, why in run.synthesis.excluded:
        print(f"{title}: inte med i jämförelsen: {why}")
    for proposal in run.accepted:
        print(f"sammanslaget: nyckelordet «{proposal.variant}» ({proposal.variant_count}) räknas som «{proposal.target}»")
    for proposal in run.proposals:
        print(f"förslag: slå ihop nyckelordet «{proposal.variant}» ({proposal.variant_count}) med «{proposal.target}» "
              f"({proposal.target_count})")
    try:
        write(run, args.output, allow_personal_data=args.allow_personal_data,
              unit=UnitSettings(slide_template=str(args.slide_template or "")))
    except PersonalDataFound as exc:
        print(f"dialogkarta: fel: {args.output}: {_one_line(exc.message)}; ändra dem eller ge --allow-personal-data", file=sys.stderr)
        for path, hit in exc.hits:
            print(f"  {path}: {privacy.describe(hit)}", file=sys.stderr)
        return EXIT_PERSONAL_DATA
    for path, hit in run.hits:
        if hit.warning:  # possible names: a warning, never a stop
            print(f"obs: {path}: {privacy.describe(hit)}", file=sys.stderr)
    if args.accept_proposals:
        target = args.vocabulary or default_vocabulary_path(args.inputs, run.synthesis.county)
        if target:
            print(f"{run.vocabulary.save(target)}: länsvokabulären sparad")
    s = run.synthesis
    print(f"{args.output}: skriven ({len(s.sessions)} dialoger, {len(s.municipalities)} kommuner, {s.note_count} lappar)")
    return 0


def _cmd_merge(args) -> int:
    from dialogkarta.copies import merge_files

    if len(args.files) < 2:
        raise UsageError("ange minst två kopior att slå ihop")
    result = merge_files(args.files, args.output, overwrite=args.force)
    try:
        labels = {q.key: q.label for q in session_template(result.data).questions}
    except DialogkartaError:
        labels = {}
    for line in result.report.lines(labels):
        print(line)
    print(f"{args.output}: {len(args.files)} kopior ihopslagna, {result.data.note_count} anteckningar")
    return 0


def summary_line(path: Path, *, notices: list[str] | None = None) -> str:
    """Return the one-line summary `check` prints for a valid file."""
    from dialogkarta import files

    data = files.read_session(path, notices=notices)
    try:
        labels = {q.key: q.label for q in session_template(data).questions}
    except DialogkartaError:
        labels = {}
    counts = ", ".join(f"{labels.get(q.key, q.key)} {len(q.notes)}" for q in data.questions)
    places = ", ".join(data.municipalities) or "(ingen kommun)"
    return f"{path}: {places}, {data.date or '(inget datum)'}, {data.note_count} anteckningar ({counts})"


def _cmd_check(args) -> int:
    status = 0
    for path in args.files:
        notices: list[str] = []
        try:
            print(summary_line(path, notices=notices))
            for notice in notices:
                print(f"dialogkarta: obs: {path}: {_one_line(notice)}", file=sys.stderr)
        except DialogkartaError as exc:
            print(f"dialogkarta: fel: {_one_line(exc)}", file=sys.stderr)
            status = EXIT_BAD_INPUT
    return status


def _cmd_demo(args) -> int:
    from dialogkarta import files

    sources = sorted(EXAMPLE_SESSIONS.glob("*.json"))
    if args.folder.exists() and not args.folder.is_dir():
        raise UsageError(f"{args.folder}: är ingen mapp")
    for target, state in files.write_examples(args.folder, sources):
        print(f"{target}: {'skriven' if state == 'written' else 'finns redan, lämnad orörd'}")
    return 0


def _cmd_gui(path: Path | None) -> int:
    from dialogkarta.app import run  # Qt is imported only when the GUI starts

    return run(path)


COMMANDS = {"new": _cmd_new, "import": _cmd_import, "export": _cmd_export, "check": _cmd_check, "demo": _cmd_demo,
            "synthesis": _cmd_synthesis, "import-form": _cmd_import_form, "merge": _cmd_merge}


def _quiet_unraisable(unraisable) -> None:
    # A writer that failed on a full disk may leave e.g. a zip file whose close fails again when
    # it is collected; the error was already reported in one line, so no traceback for that.
    if not isinstance(unraisable.exc_value, OSError):
        sys.__unraisablehook__(unraisable)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    sys.unraisablehook = _quiet_unraisable
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        args = _parser().parse_args(argv)
        if args.command in (None, "gui"):
            return _cmd_gui(None)
        if args.command == "open":
            from dialogkarta import files

            # A bad or locked file is reported here, before any window; the window opens it again.
            if Path(args.file).suffix.lower() == ".json":
                files.read_session(args.file)  # an interchange file: its own checks name the problem
            else:
                file, _data = files.open_for_editing(args.file)
                file.close()
            return _cmd_gui(args.file)
        return COMMANDS[args.command](args)
    except DialogkartaError as exc:
        print(f"dialogkarta: fel: {_one_line(exc)}", file=sys.stderr)
        return getattr(exc, "exit_status", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return 130
