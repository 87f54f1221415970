"""What a file really is (magic bytes) and how its metadata is removed.

Customers' photos show private rooms and addresses; a phone photo sent as a document keeps
its GPS position. Images are re-encoded from pixels only, after applying their orientation;
MP4/QuickTime videos lose their metadata boxes and creation times.
"""

from __future__ import annotations

import os
import struct
import warnings

from PIL import Image

from marketplace.media import heic_decode, heif
from marketplace.media.downscale import EXIF_ORIENTATION, OUTPUT_EDGE, fit, run_steps
from marketplace.media.heic_decode import HEIF_SUPPORTED


class Rejected(Exception):
    """The file is not acceptable; `reason` is a short code for people and admins."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Allow-list: content type -> kind. Anything else is refused, whatever its name claims.
ALLOWED_TYPES = {
    "image/jpeg": "image",
    "image/png": "image",
    "image/webp": "image",
    "image/heic": "image",
    "video/mp4": "video",
    "video/quicktime": "video",
    "video/3gpp": "video",
    "audio/ogg": "audio",
    "audio/mpeg": "audio",
    "audio/mp4": "audio",
    "audio/aac": "audio",
    "audio/amr": "audio",
    "audio/wav": "audio",
    "application/pdf": "document",
}

# Size caps per kind, as WhatsApp applies them.
SIZE_CAPS = {
    "image": 5 * 1024 * 1024,
    "sticker": 5 * 1024 * 1024,
    "video": 16 * 1024 * 1024,
    "audio": 16 * 1024 * 1024,
    "document": 100 * 1024 * 1024,
}

HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
AUDIO_MP4_BRANDS = {b"M4A ", b"M4B ", b"M4P "}
QUICKTIME_BRANDS = {b"qt  "}
THREEGP_PREFIX = b"3g"
PILLOW_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP",
                  "image/heic": "HEIF"}


def sniff(head: bytes) -> str | None:
    """The content type the first bytes prove, or None when it is not on the allow-list."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"#!AMR"):
        return "audio/amr"
    if head.startswith(b"ID3"):
        return "audio/mpeg"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return "audio/aac"  # ADTS frame header
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "audio/mpeg"  # MPEG audio frame sync
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in HEIF_BRANDS:
            return "image/heic"
        if brand in AUDIO_MP4_BRANDS:
            return "audio/mp4"
        if brand in QUICKTIME_BRANDS:
            return "video/quicktime"
        if brand.startswith(THREEGP_PREFIX):
            return "video/3gpp"
        return "video/mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free") and len(head) >= 8:
        return "video/quicktime"  # old QuickTime files start without ftyp
    return None


def sniff_file(path: str) -> str | None:
    with open(path, "rb") as source:
        return sniff(source.read(64))


def kind_of(content_type: str) -> str:
    return ALLOWED_TYPES[content_type]


def clean(path: str, content_type: str) -> str:
    """Remove metadata in place; returns the content type of the cleaned file."""
    kind = kind_of(content_type)
    if kind == "image":
        return clean_image(path, content_type)
    if content_type in ("video/mp4", "video/quicktime", "video/3gpp", "audio/mp4"):
        strip_isobmff_metadata(path)
    elif content_type == "audio/mpeg":
        strip_id3(path)
    return content_type


# --- images -------------------------------------------------------------------------------

# The memory one image may take while it is cleaned (issue: a 115 KB PNG of 6300×6300 pixels
# grew a web worker by 600 MB). Cleaning runs in a task, never in a web worker.
MEMORY_BUDGET = 64 * 1024 * 1024
# Any phone photo: 48 MP sensors save 12 or 24 MP. A JPEG is decoded already reduced
# (`draft`: 1/2, 1/4 or 1/8 of each side), so 24 MP fit the budget.
MAX_PIXELS = 25_000_000  # 5712 × 4284 (a "24 MP" iPhone photo) is 24.5 million
# PNG and WebP have no reduced decoding: their cap follows from what cleaning one costs
# per pixel, measured with bench/media_memory.py (PNG: one RGBA copy, the reduced copy and
# zlib; WebP: libwebp's canvas, Pillow's copy and the encoder). HEIC as phones save it (a
# grid of small tiles) is decoded one tile at a time (`heic_decode`) and keeps MAX_PIXELS; any
# other HEIC is decoded whole by libheif (its YUV planes and the RGB result at once, about
# 6.6 bytes a pixel, plus the output copy: 11.3 bytes a pixel measured at 3 MP, less on
# larger ones) and gets the HEIC figure here: 5.8 MP. PNG and WebP carry 4 % over their
# measured cost (5.0 and 23.0): at exactly the measured cost the largest allowed image
# peaked at 63.9 to 64.2 MiB from run to run, so the cap itself could break the budget.
FULL_DECODE_BYTES_PER_PIXEL = {"image/png": 5.2, "image/webp": 24.0, "image/heic": 11.5}


def pixel_cap(content_type: str, path: str | None = None) -> int:
    """How many pixels an image of this type may have to be cleaned within the budget.

    Given the file, a HEIC grid (every phone photo) is decoded tile by tile and may have
    MAX_PIXELS; without the file, or for any other HEIC, the cap of a whole decode holds.
    """
    if (content_type == "image/heic" and path is not None
            and heic_decode.grid_plan(path) is not None):
        return MAX_PIXELS
    cost = FULL_DECODE_BYTES_PER_PIXEL.get(content_type)
    return MAX_PIXELS if cost is None else min(MAX_PIXELS, int(MEMORY_BUDGET / cost))


def image_size(path: str, content_type: str) -> tuple[int, int]:
    """Width and height from the file's header, without decoding a single pixel.

    Raises Rejected("too_many_pixels") over the cap for the type (see `pixel_cap`), so a
    decompression bomb is refused before anything is decoded.
    """
    if content_type == "image/heic" and not HEIF_SUPPORTED:
        raise Rejected("heic_unsupported")
    return _checked_size(path, content_type, _heic_grid(path, content_type))


def _heic_grid(path: str, content_type: str) -> heif.GridPlan | None:
    return heic_decode.grid_plan(path) if content_type == "image/heic" else None


def _checked_size(path: str, content_type: str,
                  grid: heif.GridPlan | None) -> tuple[int, int]:
    if grid is not None:
        if grid.width * grid.height > MAX_PIXELS:
            raise Rejected("too_many_pixels")
        return grid.upright_size
    try:
        with warnings.catch_warnings():
            # Our own cap is far lower than Pillow's warning threshold and checked below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path, formats=[PILLOW_FORMATS[content_type]]) as image:
                width, height = image.size
    except Image.DecompressionBombError as exc:
        raise Rejected("too_many_pixels") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise Rejected("unreadable_image") from exc
    if width * height > pixel_cap(content_type):  # for HEIC: the cap of a whole decode
        raise Rejected("too_many_pixels")
    return width, height


def clean_image(path: str, content_type: str) -> str:
    """Re-encode from pixels: orientation applied, no EXIF/GPS/XMP/IPTC/comments/thumbnails.

    Within MEMORY_BUDGET: the size comes from the header first (`image_size`), a JPEG is
    decoded already reduced (`draft`), a HEIC grid tile by tile, each tile reduced at once,
    others are reduced right after decoding, each step frees the copy before it, and the
    encoder writes into the file. HEIC becomes JPEG, which every browser and messenger shows.
    """
    if content_type == "image/heic" and not HEIF_SUPPORTED:
        raise Rejected("heic_unsupported")
    # The container's boxes are read once and the plan serves the size check and the decode.
    grid = _heic_grid(path, content_type)
    _checked_size(path, content_type, grid)
    output_type = "image/jpeg" if content_type == "image/heic" else content_type
    temp_path = f"{path}.clean"
    try:
        if content_type == "image/heic":
            pixels = (heic_decode.decode_whole(path) if grid is None
                      else heic_decode.decode_grid(path, grid))
        else:
            pixels = _decode_reduced(path, content_type)
        try:
            _save_pixels(pixels, output_type, temp_path)
        finally:
            pixels.close()
    except (OSError, ValueError, SyntaxError, EOFError,  # libheif: "unexpected end of file"
            Image.DecompressionBombError) as exc:
        _remove_quietly(temp_path)
        raise Rejected("unreadable_image") from exc
    os.replace(temp_path, path)
    return output_type


def _decode_reduced(path: str, content_type: str) -> Image.Image:
    """Decoded pixels no longer than MAX_OUTPUT_EDGE, upright, with no metadata attached."""
    image = Image.open(path, formats=[PILLOW_FORMATS[content_type]])
    try:
        orientation = image.getexif().get(EXIF_ORIENTATION, 1)
        mode = _target_mode(image, content_type)
        if content_type == "image/jpeg":
            # The JPEG decoder scales while decoding: the full size is never in memory.
            image.draft(mode, fit(image.size, OUTPUT_EDGE))
        image.load()
    except BaseException:
        image.close()
        raise
    steps = []
    if image.mode not in ("L", "RGB", "RGBA"):  # palette, 1-bit, CMYK: `reduce` needs these
        steps.append(lambda current: current.convert(mode))
    factor = max(image.size) // OUTPUT_EDGE
    if factor >= 2:  # blocks of pixels averaged: a quarter of the memory per halving
        steps.append(lambda current: current.reduce(factor))
    return run_steps(image, steps, mode, orientation)


def _target_mode(image: Image.Image, content_type: str) -> str:
    if content_type == "image/jpeg":
        return "L" if image.mode in ("L", "1") else "RGB"
    if "A" in image.getbands() or "transparency" in image.info:
        return "RGBA"
    return "L" if image.mode in ("L", "1") else "RGB"


def _save_pixels(pixels: Image.Image, output_type: str, target: str) -> None:
    """Encode straight into the (private) file: the encoded bytes are never held whole."""
    with open(target, "wb") as out:
        os.fchmod(out.fileno(), 0o600)
        if output_type == "image/jpeg":
            # No `optimize`: it holds every DCT coefficient of the picture in memory.
            pixels.save(out, "JPEG", quality=88)
        elif output_type == "image/png":
            pixels.save(out, "PNG")
        else:
            pixels.save(out, "WEBP", quality=90)


def _remove_quietly(path: str) -> None:
    if os.path.exists(path):
        os.remove(path)


# --- MP3 ------------------------------------------------------------------------------------


def _syncsafe(data: bytes) -> int:
    return (data[0] << 21) | (data[1] << 14) | (data[2] << 7) | data[3]


def strip_id3(path: str) -> int:
    """Remove ID3v2 tags at the start and an ID3v1 tag at the end (titles, names, pictures).

    Returns how many bytes were removed; the audio frames are copied unchanged.
    """
    size = os.path.getsize(path)
    with open(path, "rb") as source:
        start = 0
        while True:
            source.seek(start)
            header = source.read(10)
            if len(header) < 10 or header[:3] != b"ID3":
                break
            start += 10 + _syncsafe(header[6:10]) + (10 if header[5] & 0x10 else 0)
        end = size
        if size - start >= 128:
            source.seek(size - 128)
            if source.read(3) == b"TAG":
                end = size - 128
        if start == 0 and end == size:
            return 0
        if start >= end:
            raise Rejected("no_audio")
        temp_path = f"{path}.clean"
        with open(temp_path, "wb") as out:
            source.seek(start)
            remaining = end - start
            while remaining > 0:
                chunk = source.read(min(remaining, 65536))
                if not chunk:
                    break
                out.write(chunk)
                remaining -= len(chunk)
    os.replace(temp_path, path)
    return size - (end - start)


# --- MP4 / QuickTime ------------------------------------------------------------------------

# Boxes that only group others: walked into.
CONTAINER_BOXES = {b"moov", b"trak", b"mdia", b"minf", b"edts", b"dinf", b"stbl", b"moof",
                   b"traf", b"mvex"}
# Boxes holding metadata (©xyz location, make, model, dates, Apple keys, XMP): blanked.
METADATA_BOXES = {b"udta", b"meta", b"uuid", b"ilst", b"keys", b"XMP_", b"loci"}
# Header boxes with creation and modification times: the times are zeroed.
TIMED_HEADERS = {b"mvhd", b"tkhd", b"mdhd"}
FREE = b"free"


def strip_isobmff_metadata(path: str) -> int:
    """Blank metadata boxes in place; returns how many were removed.

    A metadata box is turned into a `free` box of the same size filled with zeros, so the
    sample offsets (stco/co64) that point into `mdat` stay valid without rewriting them.
    """
    removed = 0
    with open(path, "r+b") as handle:
        size = os.fstat(handle.fileno()).st_size
        removed = _walk(handle, 0, size, top_level=True)
    return removed


def _box_header(handle, offset: int, end: int) -> tuple[int, bytes, int] | None:
    if end - offset < 8:
        return None
    handle.seek(offset)
    header = handle.read(8)
    if len(header) < 8:
        return None
    box_size, box_type = struct.unpack(">I4s", header)
    header_size = 8
    if box_size == 1:
        large = handle.read(8)
        if len(large) < 8:
            return None
        box_size = struct.unpack(">Q", large)[0]
        header_size = 16
    elif box_size == 0:
        box_size = end - offset
    if box_size < header_size or offset + box_size > end:
        raise Rejected("broken_video_container")
    return box_size, box_type, header_size


def _walk(handle, start: int, end: int, *, top_level: bool = False) -> int:
    removed = 0
    offset = start
    while offset < end:
        header = _box_header(handle, offset, end)
        if header is None:
            break
        box_size, box_type, header_size = header
        if box_type in METADATA_BOXES:
            _blank(handle, offset, box_size, header_size)
            removed += 1
        elif box_type in TIMED_HEADERS:
            _zero_times(handle, offset + header_size)
        elif box_type in CONTAINER_BOXES:
            removed += _walk(handle, offset + header_size, offset + box_size)
        offset += box_size
    return removed


def _blank(handle, offset: int, box_size: int, header_size: int) -> None:
    handle.seek(offset + 4)  # the type follows the 32-bit size in both header forms
    handle.write(FREE)
    remaining = box_size - header_size
    handle.seek(offset + header_size)
    zeros = b"\x00" * 65536
    while remaining > 0:
        step = min(remaining, len(zeros))
        handle.write(zeros[:step])
        remaining -= step


def _zero_times(handle, body_offset: int) -> None:
    """mvhd/tkhd/mdhd start with version, flags, creation time, modification time."""
    handle.seek(body_offset)
    version = handle.read(1)
    if not version:
        return
    width = 8 if version[0] == 1 else 4
    handle.seek(body_offset + 4)
    handle.write(b"\x00" * (2 * width))
