"""Generated interchange files: every field of a session, given every type and range of value.

Import either succeeds and then every document and export of the file works, or exits 2 with
one line naming the file — never a traceback, never a file that imports but then fails.
"""

from __future__ import annotations

import json
import math
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dialogkarta import cli, files
from dialogkarta.report.export import KINDS, export_session
from dialogkarta.report.model import build_report
from dialogkarta.templates import load_template
from tests.faults.conftest import ROOT

SOURCE = ROOT / "sessions" / "2026-03-24-bjurholm.json"


def _base() -> dict:
    """The smallest example, with every optional field present so that each can be varied."""
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    note = data["questions"][0]["notes"][0]
    note.update(x=10.0, y=20.0, color="#AACCEE", votes=1, group="Tema", keywords=["bemanning"], municipality="Bjurholm")
    data["questions"][0].update(planned_minutes=30, elapsed_seconds=60, groups=["Tema"], summary="s", minutes="m")
    data.update(vocabulary=["bemanning"], preparation="p", contact_talk="c", start_time="09:00", end_time="12:00",
                meeting_form="on_site", round="2026",
                survey=[{"ratings": {"purpose": 4, "dialogue": 5}, "comment": "Bra dag", "created": "2026-03-25"}])
    data["participants"] = [{"role": "Enhetschef", "area": "IFO", "municipality": "Bjurholm", "name": "Anna"}]
    return data


def _paths(value, prefix=()):
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:2]):
            yield from _paths(child, (*prefix, index))


BASE = _base()
# every field the file has, skipping the ones that only say what the file is
PATHS = [p for p in _paths(BASE) if p[0] not in ("format", "version")]

VALUES = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.integers(min_value=2**63 - 2, max_value=2**64 + 2), st.integers(min_value=-(2**63) - 2, max_value=-1),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(min_value=-1e300, max_value=1e300),
    st.text(max_size=20), st.text(min_size=250, max_size=300), st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=5),
    st.sampled_from(["#GGHHII", "red", "#AACCEE", "2026-02-30", "25:00", "needs", "own", "", " "]),
    st.lists(st.one_of(st.text(max_size=8), st.integers()), max_size=3),
    st.dictionaries(st.text(max_size=8), st.one_of(st.integers(), st.text(max_size=4), st.none()), max_size=3),
)


def _replace(value, path, new):
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replace(value[path[0]], path[1:], new)
    return copy


def _exports(data, folder):
    template = load_template(data.template)
    for kind, extensions in KINDS.items():
        for extension in extensions:
            yield kind, folder / f"{kind}{extension}", template


@settings(max_examples=int(os.environ.get("DIALOGKARTA_GENERATED_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=3))
# found by CI runs: a line break in an unknown map's name split the error over two lines; a title of
# the longest length allowed made the summary's Word title ("Sammanfattning: " + title) too long
@example(changes=[(("template",), "\r")])
@example(changes=[(("title",), "0" * 255)])
# odd Unicode where the summary's PDF shapes it: Arabic glued to an emoji and to characters no shipped font has
@example(changes=[(("place",), "ﷺ👍ᚠ\u200dا"), (("title",), "دعم漢\u0301"), (("questions", 0, "notes", 0, "text"), "شكرا👍ᚠ")])
def test_a_generated_file_imports_and_exports_or_is_refused_in_one_line(tmp_path_factory, changes):
    folder = tmp_path_factory.mktemp("genererad")
    document = BASE
    for path, value in changes:
        try:
            document = _replace(document, path, value)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier change took the path away
    source = folder / "genererad.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")  # NaN and Infinity as Python writes them
    target = folder / "genererad.dkarta"
    status = _run(["import", str(source), "-o", str(target)])
    if status.code != 0:
        assert status.code == 2 and len(status.err) == 1 and str(source) in status.err[0], (changes, status)
        assert not target.exists()
        return
    data = files.read_session(target)
    assert all(math.isfinite(n.x) for _, n in data.all_notes() if n.x is not None)
    for kind, output, template in _exports(data, folder):
        export_session(data, template, kind=kind, output=output, allow_personal_data=True)
        assert output.stat().st_size > 0, (kind, output)
    assert _run(["check", str(target)]).code == 0


class _Status:
    def __init__(self, code: int, err: list[str]) -> None:
        self.code, self.err = code, err

    def __repr__(self) -> str:
        return f"exit {self.code}: {self.err}"


def _run(args: list[str]) -> _Status:
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(args)
    return _Status(code, err.getvalue().strip().splitlines())


# One value of every kind, for every field in turn: the sweep finds a new field's gap by itself.
ODD = [None, True, -1, 2**64, -(2**63) - 1, math.nan, math.inf, 1e300, "", "x" * 300, "a\x01b", "#GGHHII",
       [], ["x", 1], {}, {"a": "b"}]
# The sweep is wide (every field × every kind of value), so per case it builds every document's
# content (the report model) and writes the cheap formats; the generated test above renders all.
CHEAP = [("json", ".json"), ("material", ".csv")]


def test_every_field_with_every_kind_of_value_imports_and_exports_or_is_refused(tmp_path):
    failures = []
    for number, path in enumerate(PATHS):
        for index, value in enumerate(ODD):
            folder = tmp_path / f"{number}-{index}"
            folder.mkdir()
            source = folder / "fält.json"
            source.write_text(json.dumps(_replace(BASE, path, value), ensure_ascii=False), encoding="utf-8")
            target = folder / "fält.dkarta"
            status = _run(["import", str(source), "-o", str(target)])
            if status.code != 0:
                if not (status.code == 2 and len(status.err) == 1 and str(source) in status.err[0]):
                    failures.append((path, value, status))
                continue
            try:
                data = files.read_session(target)
                template = load_template(data.template)
                build_report(data, template)
                for kind, extension in CHEAP:
                    export_session(data, template, kind=kind, output=folder / f"{kind}{extension}",
                                   allow_personal_data=True)
            except Exception as exc:  # noqa: BLE001 - any failure after a successful import is the bug
                failures.append((path, repr(value)[:40], f"{type(exc).__name__}: {str(exc)[:100]}"))
    assert failures == [], "\n".join(map(str, failures))
