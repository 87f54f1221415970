"""The boxes of a HEIF file (ISO BMFF, ISO/IEC 23008-12), read and written.

`heif` reads a file's meta box with `boxes` and `Reader`; a tile is handed to libheif as a
tiny HEIF file of its own, built in memory by `single_picture_file` from `box`/`full_box`.
Only the container is handled here, never the HEVC bitstream.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator


class NotTiled(Exception):
    """This file is not (or not safely) a grid of 8-bit HEVC tiles; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- reading boxes ----------------------------------------------------------------------------


def boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, body start, body end) of each box between start and end of `data`."""
    offset = start
    while offset < end:
        if end - offset < 8:
            raise NotTiled("broken_box")
        size, box_type = struct.unpack_from(">I4s", data, offset)
        header = 8
        if size == 1:
            if end - offset < 16:
                raise NotTiled("broken_box")
            size = struct.unpack_from(">Q", data, offset + 8)[0]
            header = 16
        elif size == 0:
            size = end - offset
        if size < header or offset + size > end:
            raise NotTiled("broken_box")
        yield box_type, offset + header, offset + size
        offset += size


class Reader:
    """Big-endian fields from one box body; running past its end is a broken file."""

    def __init__(self, data: bytes, start: int, end: int) -> None:
        self.data, self.offset, self.end = data, start, end

    def take(self, count: int) -> bytes:
        if count < 0 or self.offset + count > self.end:
            raise NotTiled("broken_box")
        chunk = self.data[self.offset:self.offset + count]
        self.offset += count
        return chunk

    def uint(self, size: int) -> int:
        return int.from_bytes(self.take(size), "big") if size else 0

    def full_box(self) -> tuple[int, int]:
        version = self.uint(1)
        return version, self.uint(3)

    def cstring(self) -> bytes:
        stop = self.data.find(b"\x00", self.offset, self.end)
        if stop < 0:
            raise NotTiled("broken_box")
        text = self.data[self.offset:stop]
        self.offset = stop + 1
        return text


# --- one tile as a file of its own ----------------------------------------------------------


def box(box_type: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I4s", 8 + len(body), box_type) + body


def full_box(box_type: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return box(box_type, struct.pack(">I", (version << 24) | flags), *parts)


def single_picture_file(hvcc: bytes, ispe: bytes, colour: list[bytes], data: bytes) -> bytes:
    """A minimal HEIF file whose one item is an HEVC picture: `data` (its NAL units) with
    its decoder configuration, size and colour description. Nothing else goes in."""
    ftyp = box(b"ftyp", b"heic", struct.pack(">I", 0), b"mif1heic")
    hdlr = full_box(b"hdlr", 0, 0, struct.pack(">I", 0), b"pict", b"\x00" * 12, b"\x00")
    pitm = full_box(b"pitm", 0, 0, struct.pack(">H", 1))
    infe = full_box(b"infe", 2, 0, struct.pack(">HH", 1, 0), b"hvc1", b"\x00")
    iinf = full_box(b"iinf", 0, 0, struct.pack(">H", 1), infe)
    properties = [box(b"hvcC", hvcc), box(b"ispe", ispe)]
    properties += [box(b"colr", payload) for payload in colour]
    ipco = box(b"ipco", *properties)
    indices = [0x80 | 1, 2] + [3 + index for index in range(len(colour))]  # hvcC essential
    ipma = full_box(b"ipma", 0, 0, struct.pack(">IHB", 1, 1, len(indices)), bytes(indices))
    iprp = box(b"iprp", ipco, ipma)

    def meta_with(offset: int) -> bytes:
        iloc = full_box(b"iloc", 0, 0, struct.pack(">HH", 0x4400, 1),
                        struct.pack(">HHH", 1, 0, 1), struct.pack(">II", offset, len(data)))
        return full_box(b"meta", 0, 0, hdlr, pitm, iloc, iinf, iprp)

    head = ftyp + meta_with(0)
    mdat_header = struct.pack(">I4s", 8 + len(data), b"mdat")
    head = ftyp + meta_with(len(head) + len(mdat_header))  # same length: offsets are fixed size
    buffer = io.BytesIO()
    buffer.write(head)
    buffer.write(mdat_header)
    buffer.write(data)
    return buffer.getvalue()
