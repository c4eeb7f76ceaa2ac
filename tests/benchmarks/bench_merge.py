"""Merging two laptops' copies of a 1 000-note session, against reading the two copies.

Each copy gets 100 notes of its own and 100 edited notes through ops, as in a meeting; then
`dialogkarta merge`'s work (read both, merge, write the new file) is timed against the reading
alone, and the in-app merge (ops.merge_copy, one transaction) against loading the open file.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path


def run() -> dict[str, float]:
    from dialogkarta import files, ops
    from dialogkarta.copies import merge_files, read_copies
    from dialogkarta.store import open_session_file
    from dialogkarta.store.queries import load_session
    from tests.benchmarks.generate import session

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        files.write_session_file(session(0, 1000), folder / "original.dkarta")
        copies = []
        for laptop in ("anna", "bertil"):
            (folder / laptop).mkdir()
            copies.append(folder / laptop / "s.dkarta")
            shutil.copyfile(folder / "original.dkarta", copies[-1])
            with open_session_file(copies[-1]) as file:
                ids = [n.id for _, n in load_session(file.db).all_notes()]
                for i in range(100):
                    ops.add_note(file.db, question="needs", text=f"{laptop} {i}", facet="own")
                    ops.update_note(file.db, note_id=ids[(i * 7 + len(laptop)) % len(ids)], changes={"votes": i % 4})
        read, merged, in_app, load = [], [], [], []
        for round_ in range(3):
            start = time.perf_counter()
            read_copies(copies)
            read.append(time.perf_counter() - start)
            start = time.perf_counter()
            result = merge_files(copies, folder / f"ihop-{round_}.dkarta")
            merged.append(time.perf_counter() - start)
            assert result.data.note_count == 1200
            work = folder / f"open-{round_}.dkarta"
            shutil.copyfile(copies[0], work)
            other = files.read_session(copies[1])
            with open_session_file(work) as file:
                start = time.perf_counter()
                load_session(file.db)
                load.append(time.perf_counter() - start)
                start = time.perf_counter()
                ops.merge_copy(file.db, other=other, own_label="anna", other_label="bertil")
                in_app.append(time.perf_counter() - start)
    return {
        "merge_cli_seconds": statistics.median(merged),
        "merge_cli_vs_reading_the_copies": statistics.median(merged) / statistics.median(read),
        "merge_in_app_seconds": statistics.median(in_app),
        "merge_in_app_vs_loading_the_open_file": statistics.median(in_app) / statistics.median(load),
    }
