"""Decoded pictures shrunk to the output size, made upright and stripped of metadata.

Shared by every image decoder of `sanitize` (JPEG, PNG, WebP) and `heic_decode` (HEIC): the
output size they reduce to, and the last steps each picture goes through, one copy at a time.
"""

from __future__ import annotations

from PIL import Image

# A large photo is reduced to no less than OUTPUT_EDGE on its long side, and to at most
# MAX_OUTPUT_EDGE: enough to judge a damage (WhatsApp itself sends 1600). A 12 MP phone
# photo (4000-4032 px) is decoded at half size and kept at that size.
OUTPUT_EDGE = 2000
MAX_OUTPUT_EDGE = 2560
# EXIF orientation -> the transpose that makes the photo upright (as ImageOps.exif_transpose).
ORIENTATION_FIXES = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
EXIF_ORIENTATION = 0x0112


def run_steps(current: Image.Image, steps: list, mode: str, orientation: int,
              transposes: list[Image.Transpose] | None = None) -> Image.Image:
    """Shrink to MAX_OUTPUT_EDGE, make upright (EXIF `orientation`, or a HEIC grid's
    `transposes` in the file's order), convert: one step at a time, each freeing the copy
    before it. Returns an image without any metadata."""
    steps = list(steps)
    steps.append(shrink_to_output)
    if orientation in ORIENTATION_FIXES:
        steps.append(lambda image: image.transpose(ORIENTATION_FIXES[orientation]))
    for transpose in transposes or []:
        steps.append(lambda image, transpose=transpose: image.transpose(transpose))
    steps.append(lambda image: image if image.mode == mode else image.convert(mode))
    try:
        for step in steps:
            following = step(current)
            if following is not current:
                current.close()
                current = following
    except BaseException:
        current.close()
        raise
    current.info.clear()  # no EXIF, XMP, ICC profile or comment goes into the new file
    return current


def shrink_to_output(image: Image.Image) -> Image.Image:
    if max(image.size) <= MAX_OUTPUT_EDGE:
        return image
    return image.resize(fit(image.size, OUTPUT_EDGE), Image.Resampling.LANCZOS)


def fit(size: tuple[int, int], edge: int) -> tuple[int, int]:
    """`size` scaled down so that its long side is at most `edge`."""
    width, height = size
    scale = min(1.0, edge / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))
