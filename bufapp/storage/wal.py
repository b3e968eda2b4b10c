"""Reading a database's WAL file the way SQLite will, to tell a torn tail from damage.

SQLite replays the WAL's frames up to the first one whose salts or checksum are wrong and
drops that frame and every frame after it, silently. A broken LAST frame is normal after a crash
(the write was torn); a broken frame FOLLOWED by frames that belong to the same WAL (the right
salts, a checksum that continues the chain) means commits SQLite would lose: damage.

The format is https://www.sqlite.org/fileformat2.html#wal. SQLCipher encrypts page data only:
the WAL header and the frame headers are plain, and the checksums cover the encrypted bytes.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bufapp.fileio import open_private, private_folder
from bufapp.storage.layout import DB_FILE_NAME

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
_MAGIC_LITTLE = 0x377F0682  # checksums over little-endian words
_MAGIC_BIG = 0x377F0683


# Said by the app and bufapp-admin when a vault opened with a damaged WAL (keep_damaged_aside).
DAMAGED_WAL_KEPT = (
    "Loggen over de siste endringene i databasen var skadet. Det som var helt, er åpnet, men noen "
    "av de siste endringene kan mangle. En kopi av loggen er lagt i {path} (like kryptert som "
    "databasen); ta den med til IT før du tar en ny sikkerhetskopi."
)


@dataclass(frozen=True)
class WalReading:
    frames: int  # whole frames in the file (whatever their state)
    first_broken: int | None  # 1-based number of the first frame SQLite would stop at
    valid_after_broken: int  # frames after it that SQLite would have kept but now drops
    header_broken: bool = False

    @property
    def damaged(self) -> bool:
        return self.header_broken or self.valid_after_broken > 0


def _checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = seed
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(path: Path) -> WalReading | None:
    """The state of the WAL at ``path``; None when there is none (or it holds no frame)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < HEADER_BYTES:
        return None
    magic, _version, page_size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", data[:HEADER_BYTES]
    )
    frame_bytes = FRAME_HEADER_BYTES + page_size
    frames = (len(data) - HEADER_BYTES) // frame_bytes if page_size else 0
    if frames == 0:
        return None
    big_endian = magic == _MAGIC_BIG
    if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or _checksum(data[:24], (0, 0), big_endian) != (
        sum1,
        sum2,
    ):
        return WalReading(frames, 1, 0, header_broken=True)
    previous = (sum1, sum2)
    first_broken: int | None = None
    valid_after = 0
    for number in range(1, frames + 1):
        start = HEADER_BYTES + (number - 1) * frame_bytes
        header = data[start : start + FRAME_HEADER_BYTES]
        page = data[start + FRAME_HEADER_BYTES : start + frame_bytes]
        _page_no, _size, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(">6I", header)
        ours = (f_salt1, f_salt2) == (salt1, salt2)
        # Each frame is judged against the checksum its predecessor stored, so one broken frame
        # does not make every later one look broken too.
        intact = ours and _checksum(header[:8] + page, previous, big_endian) == (f_sum1, f_sum2)
        if first_broken is None and not intact:
            first_broken = number
        elif first_broken is not None and intact:
            valid_after += 1
        previous = (f_sum1, f_sum2)
    return WalReading(frames, first_broken, valid_after)


def keep_damaged_aside(directory: Path, safety_folder: Path) -> Path | None:
    """A copy of the vault's WAL in ``safety_folder`` when it is damaged (commits after a broken
    frame), made before the vault opens: opening replays it only up to the break, and the next
    checkpoint empties it, so those commits would be gone for good. The copy is as encrypted as
    the WAL itself. None when the WAL is whole, torn only at its end, or absent."""
    source = Path(directory) / f"{DB_FILE_NAME}-wal"
    reading = read_wal(source)
    if reading is None or not reading.damaged:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = private_folder(Path(safety_folder)) / f"{stamp}-skadet-{source.name}"
    with open_private(target) as copy:
        copy.write(source.read_bytes())
        copy.flush()
        os.fsync(copy.fileno())
    return target
