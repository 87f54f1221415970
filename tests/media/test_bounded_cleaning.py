"""Cleaning an image within the memory budget: header first, reduced decoding, one copy at
a time. Peak memory is read from a fresh process's VmHWM (bench/media_memory.py reports
the same figures for more images)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap

import pytest
from PIL import Image

from marketplace.media import sanitize
from tests.media.images import grid_heic, phone_jpeg, png_bomb

MIB = 1024 * 1024
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

MEASURE = textwrap.dedent("""
    import json, sys
    from marketplace.media import sanitize

    def hwm():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024

    before = hwm()
    try:
        outcome = getattr(sanitize, sys.argv[1])(sys.argv[2], sys.argv[3])
    except sanitize.Rejected as rejected:
        outcome = "refused:" + rejected.reason
    print(json.dumps({"outcome": str(outcome), "delta": hwm() - before}))
""")


def _measure(function: str, path: str, content_type: str) -> dict:
    """Run one sanitize function in a fresh interpreter; its outcome and peak growth."""
    child = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, "-c", MEASURE, function, path, content_type], cwd=ROOT,
        capture_output=True, text=True, check=True)
    return json.loads(child.stdout.strip().splitlines()[-1])


def test_the_bomb_costs_nothing_to_refuse_in_a_fresh_process(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(png_bomb())
    result = _measure("clean", str(path), "image/png")
    assert result["outcome"] == "refused:too_many_pixels"
    # Decoded it would be 6300 × 6300 × 4 bytes = 151 MiB; the header alone costs nothing.
    assert result["delta"] < 8 * MIB


def test_a_12_megapixel_phone_photo_is_cleaned_within_the_budget(tmp_path):
    path = tmp_path / "phone.jpg"
    path.write_bytes(phone_jpeg(4032, 3024))
    result = _measure("clean", str(path), "image/jpeg")
    assert result["outcome"] == "image/jpeg"
    assert result["delta"] <= sanitize.MEMORY_BUDGET
    with Image.open(path) as cleaned:
        assert cleaned.size == (1512, 2016)  # half size, upright


def test_a_jpeg_is_decoded_already_reduced(tmp_path, decoded):
    path = tmp_path / "large.jpg"
    path.write_bytes(phone_jpeg(4800, 3200))
    sanitize.clean(str(path), "image/jpeg")
    assert set(decoded) == {(2400, 1600)}  # the decoder's own 1/2 scale, never 4800 wide
    with Image.open(path) as cleaned:
        assert cleaned.size == (1600, 2400)
        assert dict(cleaned.getexif()) == {}


def test_a_large_png_is_reduced_after_decoding(tmp_path):
    path = tmp_path / "screen.png"
    Image.new("RGB", (4400, 2200), (10, 200, 30)).save(path, "PNG")
    assert sanitize.clean(str(path), "image/png") == "image/png"
    with Image.open(path) as cleaned:
        assert cleaned.size == (2200, 1100)  # blocks of 2×2 pixels averaged
        assert cleaned.getpixel((5, 5)) == (10, 200, 30)


@pytest.mark.parametrize(("content_type", "fmt"), [("image/png", "PNG"), ("image/webp", "WEBP")])
def test_formats_decoded_at_full_size_have_a_lower_cap(tmp_path, content_type, fmt,
                                                       decoded):
    cap = sanitize.pixel_cap(content_type)
    assert cap < sanitize.MAX_PIXELS
    assert cap * sanitize.FULL_DECODE_BYTES_PER_PIXEL[content_type] <= sanitize.MEMORY_BUDGET
    side = int(cap ** 0.5) + 10
    buffer = io.BytesIO()
    Image.new("L", (side, side)).save(buffer, fmt)
    path = tmp_path / "over"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(sanitize.Rejected, match="too_many_pixels"):
        sanitize.clean(str(path), content_type)
    assert decoded == []


def test_any_phone_photo_is_admitted(tmp_path):
    # A phone's HEIC is a grid of tiles, decoded one at a time: it has the JPEG's cap.
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(grid_heic(1100, 700))
    for width, height in ((4032, 3024), (4000, 3000), (5712, 4284), (6000, 4000)):
        assert width * height <= sanitize.pixel_cap("image/jpeg")
        assert width * height <= sanitize.pixel_cap("image/heic", str(path))
    assert sanitize.pixel_cap("image/jpeg") < 8000 * 6000  # 48 MP full resolution: refused
