"""No command replaces a file the user has (a hand-edited document) unasked, nor the file it reads from."""

from __future__ import annotations

import shutil

import pytest

from dialogkarta import cli
from dialogkarta.output_files import free_name
from dialogkarta.report.export import KINDS
from tests.faults.conftest import digest

# every command that writes a file the user names, with every kind and format for export
WRITERS = [(f"export-{kind}{ext}", ["export", "{dkarta}", "--kind", kind, "-o", "{out}" + ext, "--allow-personal-data"])
           for kind, extensions in KINDS.items() for ext in extensions]
WRITERS += [(f"synthesis{ext}", ["synthesis", "{dkarta}", "-o", "{out}" + ext, "--allow-personal-data"])
            for ext in (".docx", ".pdf", ".pptx", ".xlsx")]
WRITERS += [("export-form.docx", ["export", "{dkarta}", "--kind", "form", "-o", "{out}.docx"])]
WRITERS += [("import", ["import", "{json}", "-o", "{out}.dkarta"])]


def _args(template, dkarta, json, out):
    return [a.format(dkarta=dkarta, json=json, out=out) for a in template]


@pytest.mark.parametrize("name,template", [w for w in WRITERS if w[1]], ids=[w[0] for w in WRITERS if w[1]])
def test_an_existing_output_is_refused_without_force_and_replaced_with_it(tmp_path, capsys, example_session,
                                                                          example_paths, name, template):
    args = _args(template, example_session, example_paths[0], tmp_path / "utdata")
    output = tmp_path / args[args.index("-o") + 1]
    output.write_bytes(b"facilitatorns egna, handredigerade fil")
    before = digest(output)
    assert cli.main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(output) in err[0] and "finns redan" in err[0] and "--force" in err[0]
    assert digest(output) == before
    assert cli.main([*args, "--force"]) == 0, capsys.readouterr().err
    assert digest(output) != before


@pytest.mark.parametrize("command", ["import", "export"])
def test_a_command_never_writes_over_the_file_it_reads(tmp_path, capsys, example_paths, command):
    source = tmp_path / "x.json"
    shutil.copyfile(example_paths[0], source)
    before = digest(source)
    # the same file under another spelling too: a link
    link = tmp_path / "länk.json"
    link.symlink_to(source)
    for output in (source, link, tmp_path / "." / "x.json"):
        args = {"import": ["import", str(source), "-o", str(output), "--force"],
                "export": ["export", str(source), "--kind", "json", "-o", str(output), "--force",
                           "--allow-personal-data"]}[command]
        assert cli.main(args) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "både den fil som läses" in err[0]
        assert digest(source) == before


def test_free_names_count_up_beside_the_file(tmp_path):
    target = tmp_path / "sammanfattning.docx"
    assert free_name(target) == target
    target.write_bytes(b"1")
    assert free_name(target).name == "sammanfattning (2).docx"
    (tmp_path / "sammanfattning (2).docx").write_bytes(b"2")
    assert free_name(target).name == "sammanfattning (3).docx"


@pytest.mark.parametrize("name,template", [w for w in WRITERS if w[1]][::4], ids=[w[0] for w in WRITERS if w[1]][::4])
def test_an_output_name_too_long_for_the_file_system_is_one_sentence(tmp_path, capsys, example_session, example_paths,
                                                                     name, template):
    args = _args(template, example_session, example_paths[0], tmp_path / ("å" * 200))
    assert cli.main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "för långt" in err[0] and "Traceback" not in err[0], err
