"""The desktop bundle: build it with build.spec and run the frozen program without our Python.

Slow (about a minute to build); part of the default run so a broken bundle is noticed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import docx
import pptx
import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = sorted((ROOT / "sessions").glob("*.json"))[0]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    work = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        capture_output=True, text=True, cwd=work, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    program = work / "dist" / "dialogkarta" / ("dialogkarta.exe" if sys.platform == "win32" else "dialogkarta")
    assert program.exists()
    yield program
    shutil.rmtree(work, ignore_errors=True)  # ~500 MB of build and bundle


def _clean_env() -> dict[str, str]:
    """An environment in which nothing of our checkout or venv can be found."""
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "XDG_RUNTIME_DIR")
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(program: Path, *args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          env=_clean_env(), timeout=180)


def test_bundle_contains_resources_examples_and_migrations(bundle):
    data = bundle.parent / "_internal"
    assert (data / "resources" / "templates" / "kuf.toml").exists()
    assert (data / "resources" / "fonts" / "DejaVuSans.ttf").exists()
    assert (data / "resources" / "icons" / "dialogkarta.svg").exists()
    assert len(list((data / "sessions").glob("*.json"))) == len(list((ROOT / "sessions").glob("*.json")))
    versions = data / "dialogkarta" / "store" / "migrations" / "versions"
    assert sorted(p.name for p in versions.glob("*.py")) == sorted(
        p.name for p in (ROOT / "dialogkarta" / "store" / "migrations" / "versions").glob("*.py"))
    assert not (data / "PySide6" / "QtQml.abi3.so").exists(), "unused Qt modules were bundled"


def test_bundle_carries_the_metadata_the_about_dialog_shows(bundle):
    from dialogkarta.ui.about_dialog import BUNDLED

    def normal(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).casefold()

    found = {normal(d.metadata["Name"]): d for d in metadata.distributions(path=[str(bundle.parent / "_internal")])}
    for name in BUNDLED:
        assert normal(name) in found, f"{name}: no metadata in the bundle, the About dialog would leave it out"
        assert found[normal(name)].version == metadata.version(name)
    assert "dialogkarta" in found


def test_bundled_program_checks_imports_upgrades_and_exports(bundle, tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "exempel.json")
    old = tmp_path / "gammal.dkarta"
    shutil.copy(ROOT / "tests" / "fixtures" / "session_rev0001.dkarta", old)

    result = _run(bundle, "check", "exempel.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    source = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert "anteckningar" in result.stdout

    result = _run(bundle, "import", "exempel.json", "-o", "exempel.dkarta", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    result = _run(bundle, "check", "exempel.dkarta", "gammal.dkarta", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("anteckningar") == 2

    result = _run(bundle, "export", "exempel.dkarta", "--kind", "json", "-o", "ut.json", "--allow-personal-data",
                  cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    exported = json.loads((tmp_path / "ut.json").read_text(encoding="utf-8"))
    assert exported["title"] == source["title"]

    result = _run(bundle, "export", "exempel.dkarta", "--kind", "summary", "-o", "sammanfattning.docx",
                  "--allow-personal-data", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(tmp_path / "sammanfattning.docx").paragraphs)
    assert source["title"] in text

    result = _run(bundle, "export", "exempel.dkarta", "--kind", "summary", "-o", "sammanfattning.pdf",
                  "--allow-personal-data", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "sammanfattning.pdf").read_bytes().startswith(b"%PDF")

    result = _run(bundle, "export", "exempel.dkarta", "--kind", "slides", "-o", "bilder.pptx",
                  "--allow-personal-data", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    slides = pptx.Presentation(str(tmp_path / "bilder.pptx")).slides
    assert len(slides) > 1


def test_bundled_program_reports_a_bad_file_in_one_swedish_line(bundle, tmp_path):
    (tmp_path / "trasig.dkarta").write_bytes(b"inte en databas" * 100)
    result = _run(bundle, "check", "trasig.dkarta", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("dialogkarta: fel: trasig.dkarta: ")
    assert "Traceback" not in result.stderr


def test_bundled_app_paints_its_window(bundle, tmp_path):
    env = {**_clean_env(), "DIALOGKARTA_STARTUP_PROBE": "1", "HOME": str(tmp_path)}
    started = time.time()
    result = subprocess.run([str(bundle)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    painted = [line for line in result.stdout.splitlines() if line.startswith("painted: ")]
    assert painted, result.stdout + result.stderr
    assert float(painted[0].split()[1]) > started
