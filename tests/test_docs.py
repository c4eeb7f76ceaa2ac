"""The project's own docs exist, the README points to them, and what they name is really there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PACKAGE = ROOT / "dialogkarta"


def test_readme_points_to_docs_and_every_page_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/README.md" in readme
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for page in re.findall(r"\]\(([\w-]+\.md)\)", index):
        assert (DOCS / page).is_file(), page
    for page in ("domain.md", "interchange.md", "architecture.md", "checklist.md"):
        assert page in index


def test_every_pointer_into_docs_resolves():
    sources = [ROOT / "README.md", *DOCS.glob("*.md"), *PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
    for source in sources:
        for target in re.findall(r"\bdocs/([\w-]+\.md)", source.read_text(encoding="utf-8")):
            assert (DOCS / target).is_file(), f"{source.relative_to(ROOT)} points to docs/{target}"


def test_the_modules_and_files_the_docs_name_exist():
    missing = []
    for page in DOCS.glob("*.md"):
        for name in re.findall(r"`([\w/.]+\.(?:py|toml|dkarta))(?:::\w+)?`", page.read_text(encoding="utf-8")):
            candidates = [ROOT / name, PACKAGE / name, ROOT / "resources" / name]
            if "*" not in name and not any(c.exists() for c in candidates):
                missing.append(f"{page.name}: {name}")
    assert missing == []


def test_glossary_names_every_note_type():
    glossary = (DOCS / "architecture.md").read_text(encoding="utf-8")
    code = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    for name in sorted(set(re.findall(r"^class (Note\w*)\b", code, flags=re.MULTILINE))):
        assert f"`{name}`" in glossary, name
