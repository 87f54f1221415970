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
