"""Does a leftover rollback journal belong to the file beside it?

SQLite plays a hot journal (`<name>.dkarta-journal`) into whatever file has the name now: if a
crashed session's journal is still there when a backup or a colleague's copy is put in its
place, SQLite writes the old session's pages into the new file and truncates it to the old
length. So before a journal is played we check that it fits the file, from what the journal
records (sqlite.org/fileformat2.html, "The Rollback Journal"): each segment header carries the
page count, a nonce, the database's original page count, the sector size and the page size,
and each record the page number, the page's original image and a checksum.

A journal is taken as the file's own only if all of these hold:
- it is a journal at all (magic number), with the file's page size and sane sizes;
- every page it holds is one the file can have (1 … the larger of the original and current count);
- if it holds page 1, the file's page 1 is still that image, or is that image's change counter
  plus one (written by the crashed commit); if it does not, page 1 cannot have changed, so the
  file's header must still give the original page count, and the pages it holds must contain
  some of the file's own rows (a session's or a note's id: random UUIDs);
- it is not older than the file: nothing writes the file after its writer died, so a file
  written (or copied in) well after the journal's last write is another file.

A journal that fails is never played and never deleted: `set_aside` renames it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
import time
from dataclasses import dataclass
from pathlib import Path

from dialogkarta.atomic import replace_durably

MAGIC = bytes.fromhex("d9d505f920a163d7")
_HEADER = struct.Struct(">8sIIIII")  # magic, records, nonce, original pages, sector size, page size
_ALL_RECORDS = 0xFFFFFFFF  # "as many records as the file holds"
# Timestamps on FAT and some shares have a 2 s resolution; our commits last milliseconds.
MTIME_TOLERANCE = 3.0


@dataclass
class JournalPages:
    page_size: int
    original_pages: int
    images: dict[int, bytes]  # page number → first image (the state before the transaction)
    # every record written, also those after the last sync that SQLite will not play (the
    # segment's record count is still 0): more pages to recognise the file by
    seen: list[bytes]


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite keeps beside the file."""
    return path.with_name(path.name + "-journal")


def read_journal(data: bytes) -> JournalPages | None:
    """Parse every segment of a rollback journal; None if the first header is not a journal's."""
    offset, first = 0, None
    images: dict[int, bytes] = {}
    seen: list[bytes] = []
    while offset + _HEADER.size <= len(data):
        magic, records, _nonce, original, sector, page_size = _HEADER.unpack_from(data, offset)
        # A segment not yet synced has its magic (and count) still zero; SQLite does not play it.
        unsynced = magic == bytes(8) and first is not None and (sector, page_size) == first[2:]
        if not unsynced and (magic != MAGIC or not _sane(sector, page_size)):
            break
        if first is None:
            first = (page_size, original, sector, page_size)
        elif page_size != first[0]:
            return None
        offset += sector
        count = 0
        unsynced = unsynced or records == 0
        while (unsynced or records == _ALL_RECORDS or count < records) and offset + page_size + 8 <= len(data):
            (number,) = struct.unpack_from(">I", data, offset)
            image = data[offset + 4:offset + 4 + page_size]
            seen.append(image)
            if not unsynced:
                images.setdefault(number, image)
            offset += page_size + 8
            count += 1
        offset = -(-offset // sector) * sector
    if first is None:
        return None
    return JournalPages(page_size=first[0], original_pages=first[1], images=images, seen=seen)


def _sane(sector: int, page_size: int) -> bool:
    return 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0 and 32 <= sector <= 65536


def foreign_reason(path: Path) -> str | None:
    """Return why the journal beside `path` does not belong to it (Swedish), or None if it does."""
    journal = journal_path(path)
    try:
        data = journal.read_bytes()
        with open(path, "rb") as handle:
            page_one = handle.read(65536)
        file_stat, journal_stat = os.stat(path), os.stat(journal)
    except OSError:
        return None  # gone meanwhile: nothing will be played
    if not data or data[0] == 0:
        return None  # SQLite treats a zeroed journal as finished and never plays it
    pages = read_journal(data)
    if pages is None:
        return "den är ingen fullständig journal"
    (file_page_size,) = struct.unpack(">H", page_one[16:18])
    file_page_size = 65536 if file_page_size == 1 else file_page_size
    if pages.page_size != file_page_size:
        return "den gäller en fil med en annan sidstorlek"
    current_pages = file_stat.st_size // file_page_size
    largest = max(pages.original_pages, current_pages)
    if any(number < 1 or number > largest for number in pages.images):
        return "den innehåller sidor som filen inte har"
    counter = struct.unpack(">I", page_one[24:28])[0]
    header_pages = struct.unpack(">I", page_one[28:32])[0]
    original_one = pages.images.get(1)
    if original_one is not None:
        original_counter = struct.unpack(">I", original_one[24:28])[0]
        unchanged = page_one[:file_page_size] == original_one
        if not unchanged and counter != (original_counter + 1) & 0xFFFFFFFF:
            return "den gäller en annan version av filen eller en annan fil"
    elif header_pages != pages.original_pages:
        return "den gäller en fil av en annan storlek"
    elif pages.images and not _ids_fit(path, pages):
        # Page 1 did not change, so the header cannot tell (this needs a change big enough to
        # spill pages before its commit); the pages it touched must then hold the file's own
        # rows, and only those (ids are random UUIDs; deleted rows are zeroed, secure_delete).
        return "den innehåller rader som filen inte har"
    if file_stat.st_mtime > journal_stat.st_mtime + MTIME_TOLERANCE:
        return "filen har ändrats eller ersatts efter att journalen skrevs"
    return None


_UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _file_ids(path: Path) -> set[bytes]:
    """The session's and notes' ids as the file holds them now, read without playing the journal."""
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True)
        try:
            rows = connection.execute(
                "SELECT id FROM session UNION ALL SELECT id FROM note UNION ALL SELECT id FROM note_group"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return set()
    ids = {str(row[0]).encode() for row in rows if row[0]}
    # and every other UUID the file holds: origins, stamps, tombstones and participants carry them too
    try:
        ids |= set(_UUID.findall(path.read_bytes()))
    except OSError:
        pass
    return ids


def _ids_fit(path: Path, pages: JournalPages) -> bool:
    """True if the journal's pages hold some of the file's ids and no UUID the file lacks."""
    images = b"\n".join(pages.seen)
    ids = _file_ids(path)
    in_journal = set(_UUID.findall(images))
    if in_journal:
        return in_journal <= ids
    return any(found in images for found in ids)


def set_aside(path: Path) -> Path:
    """Rename the journal beside `path` to `<journal>.orphan-<time>` (never delete it); return the new name."""
    journal = journal_path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = journal.with_name(f"{journal.name}.orphan-{stamp}")
    number = 2
    while target.exists():
        target = journal.with_name(f"{journal.name}.orphan-{stamp}-{number}")
        number += 1
    replace_durably(journal, target)
    return target


def notice(path: Path, reason: str, aside: Path | None) -> str:
    """The Swedish sentence that tells the user what was done with a journal that is not the file's."""
    where = f"; den har flyttats undan till {aside.name}" if aside else "; den används inte"
    return (f"en kvarlämnad kraschjournal ({journal_path(path).name}) hör inte till filen ({reason}) "
            f"och har inte spelats in i den{where}")
