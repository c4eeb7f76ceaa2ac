"""The one text catalogue: every text has its English, the two languages fill in the same parts,
and every text the code asks for or raises is in it. Derived from the catalogue and the code, so a
text added anywhere is checked without touching this file."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from dialogkarta import catalogue
from dialogkarta.errors import _OS_REASONS, _SQLITE_REASONS, FileProblem

PACKAGE = Path(catalogue.__file__).resolve().parent
NON_QT = [p for p in sorted(PACKAGE.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE).parts and p.name != "cli.py"]
ERROR_CLASSES = ("Problem", "Error", "Locked", "Found")  # the project's error classes end so


def fields(template: str) -> set[str]:
    """The parts filled in: {name} for the documents and errors, %1 … for Qt."""
    named = {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}
    return named | set(re.findall(r"%\d", template))


def test_every_text_has_both_languages_with_the_same_parts_filled_in():
    entries = catalogue.entries()
    assert len(entries) > 400 and {"documents", "county", "interface", "errors"} <= set(catalogue.parts())
    for key, texts in entries.items():
        assert set(texts) == {"sv", "en"}, key
        assert texts["sv"].strip() and texts["en"].strip(), f"{key}: a language is empty"
        assert fields(texts["sv"]) == fields(texts["en"]), f"{key}: {texts}"


def test_english_texts_carry_no_swedish_words():
    swedish = re.compile(r"\b\w*[åäöÅÄÖ]\w*\b")
    for key, texts in catalogue.entries().items():
        names = set(swedish.findall(texts["sv"]))  # names stay as they are (Förutsättningar in a quote, Umeå)
        stray = set(swedish.findall(texts["en"])) - names - {"Västerbottens", "Förändring"}
        assert not stray, f"{key}: {texts['en']!r} has Swedish words {stray}"


def _message_template(node: ast.expr) -> str | None:
    """The message a raise site writes, with {name} where the code fills something in (as errors.toml has it)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if not isinstance(node, ast.JoinedStr):
        return None
    out, index = [], 0
    for value in node.values:
        if isinstance(value, ast.Constant):
            out.append(value.value.replace("{", "{{").replace("}", "}}"))
        else:
            source = ast.unparse(value.value)
            name = source if source.isidentifier() else re.sub(r"\W+", "_", source).strip("_")
            out.append("{" + (name if name.isidentifier() else f"v{index}") + "}")
            index += 1
    return "".join(out)


def raised_messages() -> dict[str, str]:
    found = {}
    for path in NON_QT:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.endswith(ERROR_CLASSES)
                    and node.args and (message := _message_template(node.args[0]))):
                found.setdefault(message, str(path.relative_to(PACKAGE)))
    return found


def test_every_message_the_code_raises_is_in_the_catalogue_with_its_english():
    raised = raised_messages()
    assert len(raised) > 40
    known = catalogue.part(catalogue.ERRORS)
    missing = {message: where for message, where in raised.items() if message not in known}
    assert not missing, f"add to resources/texts/errors.toml: {missing}"
    for reason in (*_OS_REASONS.values(), *_SQLITE_REASONS.values()):
        assert reason in known, reason


def test_raised_messages_show_in_english_in_the_english_interface_with_their_parts_translated():
    catalogue.set_language("en")
    try:
        error = FileProblem("ändringen kunde inte sparas (disken är full); allt som sparats tidigare finns kvar",
                            path="/tmp/umeå.dkarta")
        assert str(error) == "/tmp/umeå.dkarta: the change could not be saved (the disk is full); everything saved before is still there"
        for message, texts in catalogue.part(catalogue.ERRORS).items():
            values = {name: f"X{i}" for i, name in enumerate(sorted(fields(message)))}
            assert str(FileProblem(message.format(**values))) == texts["en"].format(**values)
    finally:
        catalogue.set_language("sv")
    assert str(FileProblem("filen är tom", path="a.json")) == "a.json: filen är tom"  # the command line stays Swedish


def _keys(node: ast.expr) -> list[str]:
    """The literal keys of an accessor's first argument: a string, or both keys of `'a' if … else 'b'`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _keys(node.body) + _keys(node.orelse)
    return []  # an f-string key (survey.item.{item}) is checked by the documents' own tests


@pytest.mark.parametrize("module, part", [("dialogkarta.report.catalogue", "documents"),
                                          ("dialogkarta.synthesis.texts", "county")])
def test_every_text_the_documents_ask_for_exists(module, part):
    """Every key a writer passes to its accessor (`text`, `t`, or the local `t = lambda …`) is in its part."""
    asked = {}
    for path in NON_QT:
        source = path.read_text(encoding="utf-8")
        if f"from {module} import" not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("text", "t") and node.args:
                for key in _keys(node.args[0]):
                    asked[key] = path.name
    assert len(asked) > 30
    missing = {key: where for key, where in asked.items() if key not in catalogue.part(part)}
    assert not missing, f"add to resources/texts/{part}.toml: {missing}"


def test_an_unknown_key_is_an_error_not_a_key_on_the_page():
    with pytest.raises(KeyError):
        catalogue.text("documents.no.such.text")
    assert catalogue.text("documents.page", "en", page=3) == "Page 3"
