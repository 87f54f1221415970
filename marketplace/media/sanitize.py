"""What a file really is (magic bytes) and how its metadata is removed.

Customers' photos show private rooms and addresses; a phone photo sent as a document keeps
its GPS position. Images are re-encoded from pixels only, after applying their orientation;
MP4/QuickTime videos lose their metadata boxes and creation times.
"""

from __future__ import annotations

import io
import os
import struct

from PIL import Image, ImageOps

try:  # HEIC/HEIF (iPhone photos) needs libheif; without it HEIC is refused with a reason.
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the installation
    HEIF_SUPPORTED = False


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
MAX_PIXELS = 40_000_000  # well under Pillow's decompression-bomb threshold

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


def clean_image(path: str, content_type: str) -> str:
    """Re-encode from pixels: orientation applied, no EXIF/GPS/XMP/IPTC/comments/thumbnails.

    HEIC becomes JPEG, which every browser and messenger shows.
    """
    if content_type == "image/heic" and not HEIF_SUPPORTED:
        raise Rejected("heic_unsupported")
    formats = [PILLOW_FORMATS[content_type]]
    try:
        with Image.open(path, formats=formats) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise Rejected("too_many_pixels")
            image.load()
            upright = ImageOps.exif_transpose(image)
            pixels = _pixels_only(upright, content_type)
    except Rejected:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise Rejected("unreadable_image") from exc
    output_type = "image/jpeg" if content_type == "image/heic" else content_type
    buffer = io.BytesIO()
    if output_type == "image/jpeg":
        pixels.save(buffer, "JPEG", quality=90, optimize=True)
    elif output_type == "image/png":
        pixels.save(buffer, "PNG", optimize=True)
    else:
        pixels.save(buffer, "WEBP", quality=90)
    temp_path = f"{path}.clean"
    with open(temp_path, "wb") as out:
        out.write(buffer.getvalue())
    os.replace(temp_path, path)
    return output_type


def _pixels_only(image: Image.Image, content_type: str) -> Image.Image:
    """A new image holding nothing but pixels (no info dict, no EXIF, no profile)."""
    if content_type in ("image/jpeg", "image/heic"):
        mode = "L" if image.mode in ("L", "1") else "RGB"
    else:
        mode = "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
        if image.mode in ("L", "LA") and mode == "RGB":
            mode = "L"
    converted = image.convert(mode)
    fresh = Image.new(mode, converted.size)
    fresh.paste(converted)
    fresh.info.clear()
    return fresh


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
