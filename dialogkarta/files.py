"""Session-level file actions shared by the command line and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dialogkarta import interchange
from dialogkarta.defaults import vocabulary as default_vocabulary
from dialogkarta.errors import ContentProblem, DialogkartaError, FileProblem
from dialogkarta.maps import load_map, session_template, session_title
from dialogkarta.model.values import SessionData
from dialogkarta.store.read_only import read_session_file

if TYPE_CHECKING:
    from dialogkarta.store import SessionFile

# ops and store.session_file (SQLAlchemy, SQLModel) are imported by the functions that write or
# edit: reading a file, and every command that only reads one, does without them.


def read_session(path: str | Path, *, notices: list[str] | None = None) -> SessionData:
    """Load a .dkarta or interchange .json file without changing it (the read-only twin of open_for_editing).

    What the user should be told about the file (e.g. a crash journal that is not its own) is
    appended to `notices` when given.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        return interchange.read_json(path)
    return _converted(lambda: read_session_file(path, notices=notices), path)


def open_for_editing(path: str | Path) -> tuple[SessionFile, SessionData]:
    """Open a session file for editing: the one way in for the app and the command line.

    Checks the file, upgrades an older one (after its .bak copy), locks it and loads the
    session. On any failure the file is closed again, its lock released, and a DialogkartaError
    naming the file is raised, so trying again gives the same message, never "in use".
    """
    from dialogkarta.store import open_session_file
    from dialogkarta.store.queries import load_session

    path = Path(path)
    file = open_session_file(path)
    try:
        data = _converted(lambda: load_session(file.db), path)
        try:
            session_template(data)  # the app shows the session on its own map (stored in the file)
        except ContentProblem as exc:
            raise FileProblem(f"filen använder en dialogkarta som saknas här ({exc.message})", path=path) from exc
        return file, data
    except BaseException:
        file.close()
        raise


def _converted(load: Callable[[], SessionData], path: Path) -> SessionData:
    """The session load() reads; a file that holds none, or that is odd inside, named in one sentence."""
    try:
        data = load()
    except LookupError:
        raise FileProblem("filen innehåller ingen session", path=path) from None
    except DialogkartaError:  # the checks before reading name the file and the problem themselves
        raise
    except Exception as exc:  # a structurally odd file: name it, never a traceback
        raise FileProblem(f"filen kan inte läsas som en session ({type(exc).__name__})", path=path) from exc
    return data


def import_json(source: str | Path, target: str | Path, *, overwrite: bool = False) -> SessionData:
    """Create a session file from an interchange file; the source is only read."""
    from dialogkarta import ops
    from dialogkarta.store import create_session_file

    data = interchange.read_json(source)
    create_session_file(target, fill=lambda file: ops.write_whole_session(file, data=data), overwrite=overwrite).close()
    return data


def write_session_file(data: SessionData, target: str | Path, *, overwrite: bool = False) -> None:
    """Create a session file holding the given session."""
    from dialogkarta import ops
    from dialogkarta.store import create_session_file

    create_session_file(target, fill=lambda file: ops.write_whole_session(file, data=data), overwrite=overwrite).close()


@dataclass
class NewSession:
    county: str
    municipalities: list[str]
    date: str
    template: str = "kuf"
    title: str = ""
    place: str = ""
    facilitators: list[str] | None = None


def create_new(target: str | Path, spec: NewSession) -> SessionFile:
    """Create a new session file from the template with the default vocabulary; return it open."""
    from dialogkarta import ops
    from dialogkarta.store import create_session_file

    if not spec.municipalities:
        raise ContentProblem("ange minst en kommun", path=target)
    template = load_map(spec.template)
    title = spec.title or session_title(template, spec.municipalities)

    def fill(file: SessionFile) -> None:
        ops.start_session(
            file,
            template=template,
            title=title,
            county=spec.county,
            municipalities=spec.municipalities,
            date=spec.date,
            place=spec.place,
            facilitators=spec.facilitators or [],
            vocabulary=list(default_vocabulary()),
        )

    return create_session_file(target, fill=fill)


def write_examples(folder: str | Path, sources: list[Path]) -> list[tuple[Path, str]]:
    """Write example sessions as .dkarta files; return (file, 'written'|'exists') per example."""
    from dialogkarta.store import SUFFIX

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for source in sources:
        target = folder / (source.stem + SUFFIX)
        if target.exists():
            results.append((target, "exists"))
            continue
        import_json(source, target)
        results.append((target, "written"))
    return results
