"""Every literal catalogue call fills in exactly the parts its text has: what a typed accessor would check.

tests/test_catalogue.py checks that each literal key exists; this checks the values given with it,
so a renamed {field} or a forgotten value fails the default run instead of showing "{count}" on a page.
(docs/architecture.md says why this test stands in for generated typed accessors.)
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

from dialogkarta import catalogue

PACKAGE = Path(catalogue.__file__).resolve().parent
# accessor module → the catalogue part its `text` / `t` reads
ACCESSORS = {"dialogkarta.report.catalogue": "documents", "dialogkarta.synthesis.texts": "county"}


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def calls(root: Path = PACKAGE) -> list[tuple[str, int, str, set[str] | None]]:
    """(file, line, full key, keyword names given or None when passed on with **) of every literal call."""
    found = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        parts = {name for module, name in ACCESSORS.items() if f"from {module} import" in source}
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            func, key = node.func, node.args[0].value
            if isinstance(func, ast.Attribute) and func.attr == "text" and getattr(func.value, "id", "") == "catalogue":
                full = key
            elif isinstance(func, ast.Name) and func.id in ("text", "t") and len(parts) == 1:
                full = f"{next(iter(parts))}.{key}"
            else:
                continue
            given = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords if k.arg}
            found.append((path.name, node.lineno, full, given))
    return found


def problems(found: list[tuple[str, int, str, set[str] | None]]) -> list[str]:
    """A line for each call whose key is missing or whose values are not exactly its text's {parts}."""
    out = []
    for where, line, key, given in found:
        part, _, rest = key.partition(".")
        texts = catalogue.part(part).get(rest) if part in catalogue.parts() else None
        if texts is None:
            out.append(f"{where}:{line}: no text {key!r}")
        elif given is not None and given != _fields(texts["sv"]):
            out.append(f"{where}:{line}: {key!r} has {sorted(_fields(texts['sv']))}, given {sorted(given)}")
    return out


def test_every_literal_call_fills_in_exactly_its_texts_parts():
    found = calls()
    assert len(found) > 100, len(found)
    assert not problems(found)


def test_a_wrong_or_missing_value_and_an_unknown_key_are_caught(tmp_path):
    (tmp_path / "planted.py").write_text(
        "from dialogkarta.synthesis.texts import t\n"
        "t('finding.size.all', 'en', total=3)\n"      # the text has {count}
        "t('finding.size.both', 'en')\n"              # no parts: right
        "t('finding.size.some', 'en', count=1)\n"     # {total} forgotten
        "t('finding.no_such_text', 'en')\n", encoding="utf-8")
    found = problems(calls(tmp_path))
    assert [line.split(":")[1] for line in found] == ["2", "4", "5"], found
