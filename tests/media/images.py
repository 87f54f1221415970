"""Test pictures made here: a phone photo with a GPS position, an iPhone HEIC, a bomb."""

from __future__ import annotations

import functools
import io
import struct
import zlib

from PIL import Image

GPS_LATITUDE = (52.0, 31.0, 12.34)


def phone_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: held upright, stored sideways
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 15 Pro"
    exif[0x8825] = {1: "N", 2: GPS_LATITUDE, 3: "E", 4: (13.0, 24.0, 18.0)}
    return exif


def phone_picture(width: int, height: int) -> Image.Image:
    """Left half red, right half blue, a grain so that it encodes like a photo."""
    picture = Image.new("RGB", (width, height), (220, 20, 20))
    picture.paste((20, 20, 220), (width // 2, 0, width, height))
    return picture


def phone_jpeg(width: int = 3200, height: int = 2400) -> bytes:
    buffer = io.BytesIO()
    phone_picture(width, height).save(buffer, "JPEG", exif=phone_exif(), quality=90,
                                      comment=b"Musterstrasse 5, Berlin")
    return buffer.getvalue()


def iphone_heic(width: int = 640, height: int = 480) -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    phone_picture(width, height).save(buffer, "HEIF", exif=phone_exif().tobytes(),
                                      quality=60)
    return buffer.getvalue()


@functools.cache
def png_bomb(side: int = 6300) -> bytes:
    """Issue 12's attack: a small PNG whose header says `side`×`side` RGB pixels, with all
    its rows (white) compressed; made row by row, never held decoded here."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * (3 * side)  # filter type 0, then the row's RGB bytes
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data)
            + chunk(b"IEND", b""))


def photo_like(width: int, height: int) -> Image.Image:
    """Gradients in each channel and fine stripes: a tile border or a misplaced, turned or
    mirrored tile shows as a large pixel difference."""
    red = Image.linear_gradient("L").resize((width, height))
    blue = Image.radial_gradient("L").resize((width, height))
    stripes = Image.linear_gradient("L").rotate(90).resize((37, 23))
    green = stripes.resize((width, height), Image.Resampling.NEAREST)
    return Image.merge("RGB", (red, green, blue))


def grid_heic(width: int, height: int, *, orientation: int = 1, tile: int | None = 512,
              quality: int = 80) -> bytes:
    """A HEIC as an iPhone saves it: the picture as a grid of `tile`-pixel HEVC tiles (None:
    one picture), the orientation as 'irot'/'imir' transforms, and an Exif item with the
    camera and a GPS position (pillow-heif moves the EXIF orientation into the transforms).
    x265's fastest preset keeps the tests quick; it changes no structure."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    exif = phone_exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    options = {"tile_size": tile} if tile else {}
    photo_like(width, height).save(buffer, "HEIF", exif=exif.tobytes(), quality=quality,
                                   enc_params={"preset": "ultrafast"}, **options)
    return buffer.getvalue()


def apple_layout(data: bytes, *, rotation: int | None = None,
                 extra_grid_property: bytes | None = None) -> bytes:
    """The grid of `data` (a HEIC from `grid_heic`) rewritten the way an iPhone lays it out,
    by our own writer: iloc version 1 with the grid's description in mdat (32-bit fields),
    the tiles without a colour box of their own, the grid with an ICC profile only, an
    optional 'irot', an Exif item, and `extra_grid_property` (a whole box) marked essential.
    Reads `data` with the module under test, so the reader meets a second writer's files."""
    import struct

    from PIL import ImageCms

    from marketplace.media import heif

    container = heif.read_container(io.BytesIO(data))
    grid_item = container.items[container.primary_id]
    tile_ids = container.references[(b"dimg", grid_item.item_id)]
    old_grid = b"".join(container.idat[start:start + length]
                        for start, length in grid_item.extents)
    rows, columns = old_grid[2] + 1, old_grid[3] + 1
    width, height = struct.unpack(">HH", old_grid[4:8])
    payloads = [struct.pack(">BBBBII", 0, 1, rows - 1, columns - 1, width, height)]
    for tile_id in tile_ids:
        payloads.append(b"".join(data[start:start + length]
                                 for start, length in container.items[tile_id].extents))
    exif = b"\x00\x00\x00\x06Exif\x00\x00" + phone_exif().tobytes()[6:]
    payloads.append(exif)
    grid_id, exif_id = 1, 2 + len(tile_ids)
    ids = [grid_id] + [2 + index for index in range(len(tile_ids))] + [exif_id]
    types = [b"grid"] + [b"hvc1"] * len(tile_ids) + [b"Exif"]

    first_tile = container.items[tile_ids[0]]
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    properties = [heif.box(b"hvcC", first_tile.first(b"hvcC").payload),
                  heif.box(b"ispe", first_tile.first(b"ispe").payload),
                  heif.box(b"ispe", struct.pack(">III", 0, width, height)),
                  heif.box(b"colr", b"prof", icc)]
    grid_associations = [3, 4]
    if rotation is not None:
        properties.append(heif.box(b"irot", bytes([rotation])))
        grid_associations.append(len(properties) | 0x80)
    if extra_grid_property is not None:
        properties.append(extra_grid_property)
        grid_associations.append(len(properties) | 0x80)
    entries = [struct.pack(">HB", grid_id, len(grid_associations)) + bytes(grid_associations)]
    entries += [struct.pack(">HBBB", tile_id, 2, 0x81, 2) for tile_id in ids[1:-1]]
    ipma = heif.full_box(b"ipma", 0, 0, struct.pack(">I", len(entries)), *entries)
    iprp = heif.box(b"iprp", heif.box(b"ipco", *properties), ipma)
    iinf = heif.full_box(b"iinf", 0, 0, struct.pack(">H", len(ids)), *[
        heif.full_box(b"infe", 2, 1 if kind != b"grid" else 0,
                      struct.pack(">HH", item_id, 0), kind, b"\x00")
        for item_id, kind in zip(ids, types, strict=True)])
    iref = heif.full_box(b"iref", 0, 0,
                         heif.box(b"dimg", struct.pack(">HH", grid_id, len(tile_ids)),
                                  *[struct.pack(">H", tile_id) for tile_id in ids[1:-1]]),
                         heif.box(b"cdsc", struct.pack(">HHH", exif_id, 1, grid_id)))
    hdlr = heif.full_box(b"hdlr", 0, 0, b"\x00" * 4, b"pict", b"\x00" * 13)
    pitm = heif.full_box(b"pitm", 0, 0, struct.pack(">H", grid_id))
    ftyp = heif.box(b"ftyp", b"heic", b"\x00" * 4, b"mif1MiHEmiafheic")

    def iloc(mdat_start: int) -> bytes:
        entries, offset = [], mdat_start
        for item_id, payload in zip(ids, payloads, strict=True):
            entries.append(struct.pack(">HHHHII", item_id, 0, 0, 1, offset, len(payload)))
            offset += len(payload)
        return heif.full_box(b"iloc", 1, 0, struct.pack(">HH", 0x4400, len(ids)), *entries)

    def meta(mdat_start: int) -> bytes:
        return heif.full_box(b"meta", 0, 0, hdlr, pitm, iloc(mdat_start), iinf, iref, iprp)

    head = ftyp + meta(0)
    head = ftyp + meta(len(head) + 8)
    body = b"".join(payloads)
    return head + struct.pack(">I4s", 8 + len(body), b"mdat") + body
