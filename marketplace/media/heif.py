"""HEIC grid photos decoded tile by tile, so a phone photo fits the memory budget.

An iPhone (and most phones) stores the picture of a HEIC file as a 'grid' item: many small
HEVC pictures (tiles, typically 512x512) and the size of the whole. libheif, through
pillow-heif, can only decode the whole picture at once (YUV planes and the RGB result,
about 6.6 bytes a pixel: 78 MiB for 12 MP, 185 MiB for 25 MP) and does not expose its tile
API. So this module reads the container itself (ISO BMFF, ISO/IEC 23008-12) and hands each
tile to pillow-heif as a tiny single-picture HEIF file of its own, built in memory from
the tile's decoder configuration (hvcC), size (ispe), the grid's colour description and
the tile's bytes (`heif_boxes` reads and writes the boxes). Only one tile is decoded at a
time.

Only the container is parsed here (boxes and their fields), never the HEVC bitstream. What
this reader does not know for sure how to show like libheif does (not a grid, other tile
codecs, alpha, more than 8 bits, clean-aperture crops, an unknown essential property)
raises NotTiled, and the caller decodes the whole picture the old way, under a lower pixel
cap. The metadata items (Exif, XMP) are never read or copied.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field

# box, full_box, single_picture_file: re-exported (`heic_decode` builds a tile's file with
# them, tests build whole HEIF files).
from marketplace.media.heif_boxes import NotTiled, Reader, boxes
from marketplace.media.heif_boxes import box as box
from marketplace.media.heif_boxes import full_box as full_box
from marketplace.media.heif_boxes import single_picture_file as single_picture_file

# The header part of the file (ftyp, meta) is read whole; a phone writes a few KB, a grid of
# 256x256 tiles about 100 KB. Anything larger is not a photo we tile.
MAX_META_BYTES = 4 * 1024 * 1024
# libheif's own default limit of items per file; a grid has at most 256x256 tiles by format.
MAX_TILES = 1000
# The caller holds one row of tiles at full width (4 bytes a pixel in Pillow): 512-pixel
# tiles of a 6000-pixel-wide photo take 12 MiB. A grid needing more (huge tiles, or a
# panorama) is not tiled.
MAX_BAND_BYTES = 16 * 1024 * 1024
MAX_TILE_EDGE = 2048
# Auxiliary pictures that change the main one: an alpha channel. (Depth maps and Apple's
# HDR gain map are auxiliary too, but libheif ignores them for the main picture as well.)
ALPHA_AUX_TYPES = {b"urn:mpeg:hevc:2015:auxid:1", b"urn:mpeg:mpegB:cicp:systems:auxiliary:alpha"}


@dataclass
class Property:
    box_type: bytes
    payload: bytes  # the box's body, without its 8-byte header
    essential: bool


@dataclass
class Item:
    item_id: int
    item_type: bytes
    protected: bool = False
    construction_method: int = 0
    data_reference_index: int = 0
    extents: list[tuple[int, int]] = field(default_factory=list)  # absolute (offset, length)
    properties: list[Property] = field(default_factory=list)  # in association order

    def first(self, box_type: bytes) -> Property | None:
        return next((prop for prop in self.properties if prop.box_type == box_type), None)


@dataclass
class Container:
    primary_id: int
    items: dict[int, Item]
    references: dict[tuple[bytes, int], list[int]]  # (type, from item) -> to items
    idat: bytes


@dataclass
class Tile:
    hvcc: bytes
    ispe: bytes
    extents: list[tuple[int, int]]  # absolute offsets: in the file, or in `Container.idat`
    in_idat: bool
    colour: list[bytes]  # the tile's own 'colr' bodies (libheif writes them, Apple does not)


@dataclass
class GridPlan:
    """How to decode the primary picture tile by tile."""

    width: int  # the grid's output size, before rotation
    height: int
    columns: int
    rows: int
    tile_width: int
    tile_height: int
    tiles: list[Tile]  # row by row
    colour: list[bytes]  # 'colr' bodies of the grid (nclx for the decoder; ICC is not used)
    transforms: list[tuple[bytes, int]]  # ('irot', quarter turns anticlockwise) or ('imir', axis)
    idat: bytes

    @property
    def upright_size(self) -> tuple[int, int]:
        turns = sum(value for kind, value in self.transforms if kind == b"irot")
        return (self.height, self.width) if turns % 2 else (self.width, self.height)


# --- reading boxes ----------------------------------------------------------------------------


def read_container(handle) -> Container:
    """The meta box of a HEIF file (the file itself is not read beyond its header)."""
    handle.seek(0, os.SEEK_END)
    file_size = handle.tell()
    offset, meta = 0, None
    while offset < file_size and meta is None:
        handle.seek(offset)
        header = handle.read(16)
        if len(header) < 8:
            raise NotTiled("broken_box")
        size, box_type = struct.unpack_from(">I4s", header)
        header_size = 8
        if size == 1:
            if len(header) < 16:
                raise NotTiled("broken_box")
            size, header_size = struct.unpack_from(">Q", header, 8)[0], 16
        elif size == 0:
            size = file_size - offset
        if size < header_size or offset + size > file_size:
            raise NotTiled("broken_box")
        if box_type == b"meta":
            if size > MAX_META_BYTES:
                raise NotTiled("meta_too_large")
            handle.seek(offset + header_size)
            meta = handle.read(size - header_size)
        offset += size
    if meta is None:
        raise NotTiled("no_meta")
    container = _parse_meta(meta)
    for item in container.items.values():
        for start, length in item.extents:
            limit = len(container.idat) if item.construction_method == 1 else file_size
            if start + length > limit:
                raise NotTiled("extent_outside_file")
    return container


def _parse_meta(meta: bytes) -> Container:
    reader = Reader(meta, 0, len(meta))
    reader.full_box()
    children: dict[bytes, tuple[int, int]] = {}
    for box_type, start, end in boxes(meta, reader.offset, len(meta)):
        children.setdefault(box_type, (start, end))
    for required in (b"hdlr", b"pitm", b"iinf", b"iloc", b"iprp"):
        if required not in children:
            raise NotTiled(f"no_{required.decode()}")
    hdlr = Reader(meta, *children[b"hdlr"])
    hdlr.full_box()
    hdlr.take(4)
    if hdlr.take(4) != b"pict":
        raise NotTiled("not_a_picture")
    pitm = Reader(meta, *children[b"pitm"])
    version, _flags = pitm.full_box()
    primary_id = pitm.uint(2 if version == 0 else 4)
    items = _parse_iinf(meta, *children[b"iinf"])
    _parse_iloc(meta, *children[b"iloc"], items)
    _parse_iprp(meta, *children[b"iprp"], items)
    references = _parse_iref(meta, *children[b"iref"]) if b"iref" in children else {}
    idat = meta[slice(*children[b"idat"])] if b"idat" in children else b""
    if primary_id not in items:
        raise NotTiled("no_primary_item")
    return Container(primary_id, items, references, idat)


def _parse_iinf(meta: bytes, start: int, end: int) -> dict[int, Item]:
    reader = Reader(meta, start, end)
    version, _flags = reader.full_box()
    reader.uint(2 if version == 0 else 4)  # entry count: the boxes that follow say it too
    items: dict[int, Item] = {}
    for box_type, body, box_end in boxes(meta, reader.offset, end):
        if box_type != b"infe":
            continue
        entry = Reader(meta, body, box_end)
        infe_version, _infe_flags = entry.full_box()
        if infe_version < 2:  # no item type: an old-style file, not a picture item we know
            continue
        item_id = entry.uint(2 if infe_version == 2 else 4)
        protection = entry.uint(2)
        items[item_id] = Item(item_id, entry.take(4), protected=protection != 0)
    return items


def _parse_iloc(meta: bytes, start: int, end: int, items: dict[int, Item]) -> None:
    reader = Reader(meta, start, end)
    version, _flags = reader.full_box()
    if version > 2:
        raise NotTiled("unknown_iloc")
    sizes = reader.uint(2)
    offset_size, length_size = sizes >> 12, (sizes >> 8) & 15
    base_offset_size = (sizes >> 4) & 15
    index_size = sizes & 15 if version in (1, 2) else 0
    count = reader.uint(2 if version < 2 else 4)
    for _ in range(count):
        item_id = reader.uint(2 if version < 2 else 4)
        method = reader.uint(2) & 15 if version in (1, 2) else 0
        data_reference_index = reader.uint(2)
        base = reader.uint(base_offset_size)
        extents = []
        for _extent in range(reader.uint(2)):
            reader.uint(index_size)
            extent_offset = reader.uint(offset_size)
            extents.append((base + extent_offset, reader.uint(length_size)))
        item = items.get(item_id)
        if item is not None:
            item.construction_method = method
            item.data_reference_index = data_reference_index
            item.extents = extents


def _parse_iprp(meta: bytes, start: int, end: int, items: dict[int, Item]) -> None:
    properties: list[tuple[bytes, bytes]] = []
    associations: list[tuple[int, int, bool]] = []
    for box_type, body, box_end in boxes(meta, start, end):
        if box_type == b"ipco":
            properties = [(kind, meta[first:last])
                          for kind, first, last in boxes(meta, body, box_end)]
        elif box_type == b"ipma":
            reader = Reader(meta, body, box_end)
            version, flags = reader.full_box()
            for _ in range(reader.uint(4)):
                item_id = reader.uint(2 if version < 1 else 4)
                for _association in range(reader.uint(1)):
                    if flags & 1:
                        value = reader.uint(2)
                        essential, index = bool(value & 0x8000), value & 0x7FFF
                    else:
                        value = reader.uint(1)
                        essential, index = bool(value & 0x80), value & 0x7F
                    associations.append((item_id, index, essential))
    for item_id, index, essential in associations:
        if index == 0 or item_id not in items:
            continue
        if index > len(properties):
            raise NotTiled("broken_property_index")
        kind, payload = properties[index - 1]
        items[item_id].properties.append(Property(kind, payload, essential))


def _parse_iref(meta: bytes, start: int, end: int) -> dict[tuple[bytes, int], list[int]]:
    reader = Reader(meta, start, end)
    version, _flags = reader.full_box()
    id_size = 2 if version == 0 else 4
    references: dict[tuple[bytes, int], list[int]] = {}
    for box_type, body, box_end in boxes(meta, reader.offset, end):
        entry = Reader(meta, body, box_end)
        from_id = entry.uint(id_size)
        targets = [entry.uint(id_size) for _ in range(entry.uint(2))]
        references.setdefault((box_type, from_id), []).extend(targets)
    return references


# --- deciding whether to tile ---------------------------------------------------------------


def plan(path: str) -> GridPlan:
    """How to decode the file's primary picture tile by tile; NotTiled when it is not a
    grid of 8-bit HEVC tiles this module can show as libheif would."""
    with open(path, "rb") as handle:
        container = read_container(handle)
        primary = container.items[container.primary_id]
        grid = _item_bytes(primary, container, handle) if primary.item_type == b"grid" else b""
    if primary.item_type != b"grid":
        raise NotTiled("not_a_grid")
    if primary.protected:
        raise NotTiled("protected")
    _check_properties(primary, {b"ispe", b"colr", b"pixi", b"irot", b"imir", b"pasp",
                                b"clli", b"mdcv", b"cclv", b"amve"})
    if _has_alpha(container):
        raise NotTiled("alpha")
    pixi = primary.first(b"pixi")
    if pixi is not None and _pixi_depths(pixi.payload) - {8}:
        raise NotTiled("not_8_bit")
    width, height, columns, rows = _parse_grid(grid)
    ispe = primary.first(b"ispe")
    if ispe is not None and _parse_ispe(ispe.payload) != (width, height):
        raise NotTiled("grid_size_mismatch")
    tile_ids = container.references.get((b"dimg", primary.item_id), [])
    if len(tile_ids) != columns * rows or not tile_ids or len(tile_ids) > MAX_TILES:
        raise NotTiled("tile_count")
    tiles, tile_size = [], None
    for tile_id in tile_ids:
        tile = container.items.get(tile_id)
        if tile is None or tile.item_type != b"hvc1" or tile.protected:
            raise NotTiled("tile_codec")
        _check_properties(tile, {b"hvcC", b"ispe", b"colr", b"pixi", b"pasp", b"clli",
                                 b"mdcv", b"cclv", b"amve"})
        hvcc, tile_ispe = tile.first(b"hvcC"), tile.first(b"ispe")
        if hvcc is None or tile_ispe is None:
            raise NotTiled("tile_without_configuration")
        _check_hvcc(hvcc.payload)
        size = _parse_ispe(tile_ispe.payload)
        if tile_size is None:
            tile_size = size
        elif size != tile_size:
            raise NotTiled("tiles_of_different_sizes")
        if tile.data_reference_index != 0 or tile.construction_method not in (0, 1):
            raise NotTiled("tile_data_elsewhere")
        if not tile.extents:
            raise NotTiled("tile_without_data")
        tiles.append(Tile(hvcc.payload, tile_ispe.payload, tile.extents,
                          in_idat=tile.construction_method == 1,
                          colour=[prop.payload for prop in tile.properties
                                  if prop.box_type == b"colr"]))
    tile_width, tile_height = tile_size
    if not 0 < tile_width <= MAX_TILE_EDGE or not 0 < tile_height <= MAX_TILE_EDGE:
        raise NotTiled("tile_size")
    if (columns * tile_width < width or rows * tile_height < height
            or (columns - 1) * tile_width >= width or (rows - 1) * tile_height >= height):
        raise NotTiled("tiles_do_not_cover_the_grid")
    if width * tile_height * 4 > MAX_BAND_BYTES:
        raise NotTiled("band_too_large")
    transforms = []
    for prop in primary.properties:
        if prop.box_type == b"irot":
            transforms.append((b"irot", _first_byte(prop.payload) & 3))
        elif prop.box_type == b"imir":
            transforms.append((b"imir", _first_byte(prop.payload) & 1))
    colour = [prop.payload for prop in primary.properties if prop.box_type == b"colr"]
    return GridPlan(width, height, columns, rows, tile_width, tile_height, tiles, colour,
                    transforms, container.idat)


def _check_properties(item: Item, allowed: set[bytes]) -> None:
    for prop in item.properties:
        if prop.box_type in allowed:
            continue
        # A clean-aperture crop, a tile's own rotation or anything unknown that the file
        # says must be understood: left to libheif.
        # Anything else that is not essential is descriptive: libheif ignores it as well.
        if prop.essential or prop.box_type in (b"clap", b"irot", b"imir", b"hvcC"):
            raise NotTiled(f"property_{prop.box_type.decode('latin-1')}")


def _has_alpha(container: Container) -> bool:
    for (ref_type, from_id), targets in container.references.items():
        if ref_type != b"auxl" or container.primary_id not in targets:
            continue
        aux = container.items.get(from_id)
        prop = aux.first(b"auxC") if aux else None
        if prop is None:
            return True  # an auxiliary picture of unknown kind: let libheif decide
        reader = Reader(prop.payload, 0, len(prop.payload))
        reader.full_box()
        if reader.cstring() in ALPHA_AUX_TYPES:
            return True
    return False


def _item_bytes(item: Item, container: Container, handle) -> bytes:
    """A grid item's description (12 bytes at most): in idat (Apple) or in the file."""
    if item.data_reference_index != 0 or item.construction_method not in (0, 1):
        raise NotTiled("grid_description_elsewhere")
    if sum(length for _start, length in item.extents) > 64:
        raise NotTiled("broken_grid")
    tile = Tile(b"", b"", item.extents, in_idat=item.construction_method == 1, colour=[])
    return tile_bytes(handle, tile, container.idat)


def _parse_grid(data: bytes) -> tuple[int, int, int, int]:
    reader = Reader(data, 0, len(data))
    if reader.uint(1) != 0:
        raise NotTiled("unknown_grid_version")
    field_size = 4 if reader.uint(1) & 1 else 2
    rows, columns = reader.uint(1) + 1, reader.uint(1) + 1
    width, height = reader.uint(field_size), reader.uint(field_size)
    if width == 0 or height == 0:
        raise NotTiled("empty_grid")
    return width, height, columns, rows


def _parse_ispe(payload: bytes) -> tuple[int, int]:
    reader = Reader(payload, 0, len(payload))
    reader.full_box()
    return reader.uint(4), reader.uint(4)


def _pixi_depths(payload: bytes) -> set[int]:
    reader = Reader(payload, 0, len(payload))
    reader.full_box()
    return {reader.uint(1) for _ in range(reader.uint(1))}


def _check_hvcc(payload: bytes) -> None:
    """hvcC (ISO/IEC 14496-15): byte 16 holds the chroma format, 17 and 18 the bit depths
    minus 8. Colour (not monochrome) 8-bit tiles only."""
    if len(payload) < 23 or payload[0] != 1:
        raise NotTiled("unknown_hvcC")
    if payload[16] & 3 == 0:
        raise NotTiled("monochrome")
    if payload[17] & 7 or payload[18] & 7:
        raise NotTiled("not_8_bit")


def _first_byte(payload: bytes) -> int:
    if not payload:
        raise NotTiled("broken_box")
    return payload[0]


def tile_bytes(handle, tile: Tile, idat: bytes) -> bytes:
    if tile.in_idat:
        return b"".join(idat[start:start + length] for start, length in tile.extents)
    parts = []
    for start, length in tile.extents:
        handle.seek(start)
        part = handle.read(length)
        if len(part) != length:
            raise NotTiled("extent_outside_file")
        parts.append(part)
    return b"".join(parts)


def colour_for_tile(tile: Tile, grid_colour: list[bytes]) -> list[bytes]:
    """The nclx (matrix, range, primaries) a tile is converted to RGB with: its own, else
    the grid's, so each tile is converted as the whole picture would be. An ICC profile
    changes no decoded pixel and is left out."""
    own = [payload for payload in tile.colour if payload[:4] == b"nclx"]
    return own[:1] or [payload for payload in grid_colour if payload[:4] == b"nclx"][:1]
