"""Read written input into a session: a filled response form, or written reflections (.docx/.txt).

A returned form knows its session, municipality and questions (report/response_form.py); every
paragraph written in an answer box becomes a note of that municipality and channel. Reflections
are plain text from a municipality: paragraphs under a heading that names a question go to that
question, the rest to the question asked for (default the first). Reading the same file again adds
nothing (ops.add_written_answers).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from dialogkarta import ops
from dialogkarta.errors import ContentProblem, FileProblem
from dialogkarta.maps import session_template
from dialogkarta.model.values import CHANNEL_LABELS, CHANNELS, SessionData
from dialogkarta.ops import WrittenAnswer
from dialogkarta.store import open_session_file
from dialogkarta.store.queries import load_session
from dialogkarta.templates import Template

# What the response form writes (report/response_form.py) and this module reads back.
FORM_MARK = "dialogkarta-svarsformulär"
ANSWER_HEADER = "Svar på fråga {number}"
PLACEHOLDER = "Skriv ert svar här. Börja ett nytt stycke (Enter) för varje sak ni vill ta upp."
_HEADER = re.compile(r"Svar på fråga (\d+)\s*$")
MAX_BYTES = 20 * 1024 * 1024


def _open_docx(path: Path):
    from docx import Document  # python-docx is only needed when a Word file is read

    try:
        return Document(str(path))
    except Exception as exc:  # noqa: BLE001 - an untrusted file fails in many ways (zip, XML, parts): one sentence
        raise ContentProblem(f"är ingen Word-fil som kan läsas ({type(exc).__name__})", path=path) from None


def _paragraphs(cell) -> list[str]:
    lines = [" ".join(p.text.split()) for p in cell.paragraphs]
    return [line for line in lines if line and line != PLACEHOLDER]


def form_meta(document) -> dict | None:
    """Return what a response form says about itself, or None if the document is no form."""
    properties = document.core_properties
    if properties.identifier != FORM_MARK:
        return None
    try:
        meta = json.loads(properties.comments or "")
    except json.JSONDecodeError:
        return None
    return meta if isinstance(meta, dict) and isinstance(meta.get("questions"), list) else None


def _form_answers(document, meta: dict, data: SessionData, path: Path, channel: str | None) -> list[WrittenAnswer]:
    if meta.get("session") != data.id:
        raise ContentProblem(f"är ett svarsformulär till en annan session ({str(meta.get('session'))[:40]})", path=path)
    municipality = str(meta.get("municipality") or "")
    if municipality not in data.municipalities:
        raise ContentProblem(f"är ett svarsformulär till {municipality[:60]}, som inte finns i sessionen", path=path)
    keys = [str(k) for k in meta["questions"]]
    known = {q.key for q in data.questions}
    answers = []
    for table in document.tables:
        if len(table.rows) < 2 or len(table.columns) != 1:
            continue
        match = _HEADER.match(" ".join(table.cell(0, 0).text.split()))
        if not match or not 1 <= int(match.group(1)) <= len(keys) or keys[int(match.group(1)) - 1] not in known:
            continue
        key = keys[int(match.group(1)) - 1]
        for row in table.rows[1:]:
            for line in _paragraphs(row.cells[0]):
                answers.append(WrittenAnswer(key, line, municipality, channel or str(meta.get("channel") or "sent_out")))
    return answers


def _question_named(line: str, template: Template) -> str | None:
    words = line.casefold().strip(" :.")
    for number, question in enumerate(template.questions, start=1):
        if words in (question.label.casefold(), question.prompt.casefold().strip(" ?"), str(number)) or \
                words.startswith((f"{number}.", f"{number})", f"fråga {number}")):
            return question.key
    return None


def _reflection_answers(lines: list[tuple[str, bool]], template: Template, *, municipality: str, question: str,
                        channel: str) -> list[WrittenAnswer]:
    answers, current = [], question
    for line, is_heading in lines:
        named = _question_named(line, template) if (is_heading or len(line) < 120) else None
        if named:
            current = named
            continue
        answers.append(WrittenAnswer(current, line, municipality, channel))
    return answers


def read_written(path: str | Path, data: SessionData, *, municipality: str | None = None, channel: str | None = None,
                 question: str | None = None) -> list[WrittenAnswer]:
    """Return the answers a form or reflections file holds for this session (nothing is written)."""
    path = Path(path)
    if not path.is_file():
        raise FileProblem("filen finns inte", path=path)
    if path.stat().st_size > MAX_BYTES:
        raise ContentProblem("filen är för stor för att vara ett svarsformulär eller skriftliga reflektioner", path=path)
    if channel is not None and channel not in CHANNELS:
        raise ContentProblem(f"okänd kanal '{channel}' (kända: {', '.join(CHANNELS)})", path=path)
    template = session_template(data)
    if question is not None and question not in template.question_keys:
        raise ContentProblem(f"frågan '{question}' finns inte i sessionens karta", path=path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        document = _open_docx(path)
        meta = form_meta(document)
        if meta is not None:
            return _form_answers(document, meta, data, path, channel)
        lines = [(" ".join(p.text.split()), p.style.name.startswith(("Heading", "Rubrik", "Title")))
                 for p in document.paragraphs]
        lines += [(" ".join(p.text.split()), False) for t in document.tables for c in t._cells for p in c.paragraphs]
    elif suffix in (".txt", ".md"):
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = path.read_bytes().decode("cp1252")
            except UnicodeDecodeError:
                raise ContentProblem("är ingen textfil som kan läsas", path=path) from None
        blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
        lines = [(" ".join(b.split()), False) for b in blocks]
    else:
        raise ContentProblem("kan inte läsas in som svar; välj ett svarsformulär (.docx) eller en text (.docx, .txt)",
                             path=path)
    lines = [(line, heading) for line, heading in lines if line]
    if municipality is None:
        if len(data.municipalities) != 1:
            raise ContentProblem(f"ange vilken kommun texten kommer från (sessionen har {', '.join(data.municipalities)})",
                                 path=path)
        municipality = data.municipalities[0]
    if municipality not in data.municipalities:
        raise ContentProblem(f"kommunen '{municipality}' finns inte i sessionen", path=path)
    return _reflection_answers(lines, template, municipality=municipality, question=question or template.question_keys[0],
                               channel=channel or "written_after")


def describe_answers(answers: list[WrittenAnswer], labels: dict[str, str] | None = None) -> list[str]:
    """Return one line per answer for a preview: municipality, channel, question, text."""
    labels = labels or {}
    return [f"{a.municipality} · {CHANNEL_LABELS.get(a.channel, a.channel)} · {labels.get(a.question, a.question)}: "
            f"{a.text[:100]}{'…' if len(a.text) > 100 else ''}" for a in answers]


def import_written(source: str | Path, target: str | Path, *, municipality: str | None = None, channel: str | None = None,
                   question: str | None = None, dry_run: bool = False) -> tuple[list[WrittenAnswer], list[str]]:
    """Read written input into a session file; return (the new answers, the ids of notes added)."""
    with open_session_file(target, readonly=dry_run) as file:
        data = load_session(file.db)
        answers = read_written(source, data, municipality=municipality, channel=channel, question=question)
        fresh = ops.new_written_answers(file.db, answers)
        if dry_run or not fresh:
            return fresh, []
        return fresh, ops.add_written_answers(file.db, answers=fresh)
