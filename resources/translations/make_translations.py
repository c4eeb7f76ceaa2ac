"""Fill and compile the English interface translation.

    .venv/bin/pyside6-lupdate dialogkarta/ui/*.py dialogkarta/ui/commands/*.py -ts resources/translations/dialogkarta_en.ts
    .venv/bin/python resources/translations/make_translations.py

The English texts are kept in the one text catalogue (resources/texts/interface.toml), keyed by
the Swedish source text, so that lupdate can be rerun at any time; the script writes them into
the .ts file and compiles the .qm with lrelease.
Strings whose tr() context lupdate cannot see (undo command names) are added for the context
they are looked up in.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from a checkout: the package beside resources/

from dialogkarta import catalogue  # noqa: E402
TS = HERE / "dialogkarta_en.ts"
QM = HERE / "dialogkarta_en.qm"

# The English texts are the catalogue's interface part (resources/texts/interface.toml): add new ones there.
ENGLISH = {source: texts["en"] for source, texts in catalogue.part(catalogue.INTERFACE).items()}
DYNAMIC = ["Sammanfattning för deltagarna", "Nyckelordssorterat underlag", "Presentation av resultaten",
           "Dialogkarta med lapparna", "Tom dialogkarta att skicka ut", "Information inför mötet",
           "Uppföljningsenkät", "Sessionen som JSON", "Planerad", "Förberedd", "Genomförd", "Sammanfattad",
           "På plats", "Digitalt", "Endast skriftligt"]
EXTRA_CONTEXTS = {"SessionDocument": [k for k in ENGLISH if k.startswith(("Ändra", "Flytta", "Ta bort", "Gruppera", "Skriv",
                                                                             "Ny ", "Nytt", "Slå", "Byt namn på", "Fäll"))] + ["Ny lapp", "Rösta", "Läs in skriftliga svar", "Rösta på tema"],
                  "Dynamic": DYNAMIC}


def fill() -> list[str]:
    tree = ET.parse(TS)
    root = tree.getroot()
    missing = []
    for context_name, sources in EXTRA_CONTEXTS.items():
        context = next((c for c in root.iter("context") if c.findtext("name") == context_name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        present = {m.findtext("source") for m in context.iter("message")}
        for source in sources:
            if source not in present:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation")
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in ENGLISH:
            translation.text = ENGLISH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill()
    for source in missing:
        print(f"saknar engelsk text: {source}", file=sys.stderr)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    subprocess.run([lrelease, str(TS), "-qm", str(QM)], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
