"""HEIC photos as phones save them (a grid of 512-pixel HEVC tiles) are cleaned one tile at
a time (`marketplace/media/heif.py`), within the memory budget, and look like the whole
picture decoded by libheif; anything else is decoded whole, under a lower pixel cap."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys

import pytest
from PIL import Image, ImageChops, ImageStat

from marketplace.media import heic_decode, heif, sanitize
from tests.media.images import apple_layout, grid_heic
from tests.media.test_bounded_cleaning import MEASURE, ROOT

pillow_heif = pytest.importorskip("pillow_heif")
MIB = 1024 * 1024


@pytest.fixture
def heif_decodes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The size of every picture libheif decodes while cleaning (a spy, not a stand-in)."""
    sizes: list[tuple[int, int]] = []
    original = heic_decode.pillow_heif.open_heif

    def open_heif(*args, **kwargs):
        opened = original(*args, **kwargs)
        sizes.append(opened.size)
        return opened

    monkeypatch.setattr(heic_decode.pillow_heif, "open_heif", open_heif)
    return sizes


def _write(tmp_path, data: bytes, name: str = "IMG_0001.HEIC") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _whole(data: bytes) -> Image.Image:
    """The reference: libheif decodes the whole picture and applies its transforms."""
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB")


def _difference(cleaned_path: str, reference: Image.Image) -> float:
    """Mean absolute difference per channel value, the reference scaled to the cleaned
    picture's size."""
    with Image.open(cleaned_path) as cleaned:
        cleaned = cleaned.convert("RGB")
        scaled = reference.resize(cleaned.size, Image.Resampling.LANCZOS)
        return sum(ImageStat.Stat(ImageChops.difference(cleaned, scaled)).mean) / 3


@pytest.mark.parametrize(("size", "expected"), [
    ((1100, 700), (1100, 700)),    # 3 x 2 tiles, the right and bottom ones cropped
    ((5400, 600), (2000, 222)),    # halved, then still too wide: resized to 2000
    ((6100, 700), (2034, 234)),    # a third: tile rows of 512 are not a multiple of 3
])
def test_a_grid_photo_is_cleaned_tile_by_tile_and_looks_like_the_whole(
        tmp_path, heif_decodes, size, expected):
    data = grid_heic(*size)
    path = _write(tmp_path, data)
    assert sanitize.clean(path, "image/heic") == "image/jpeg"
    with Image.open(path) as cleaned:
        assert cleaned.format == "JPEG"
        assert cleaned.size == expected
    columns, rows = -(-size[0] // 512), -(-size[1] // 512)
    assert heif_decodes == [(512, 512)] * (columns * rows)  # never the whole picture
    assert _difference(path, _whole(data)) < 2.0


@pytest.mark.parametrize(("orientation", "transforms"), [
    (6, [(b"irot", 3)]),                  # held upright: turned a quarter clockwise
    (3, [(b"irot", 2)]),
    (2, [(b"imir", 1)]),                  # a selfie: mirrored left to right
    (5, [(b"irot", 3), (b"imir", 1)]),
])
def test_the_grids_rotation_and_mirroring_are_applied(tmp_path, heif_decodes, orientation,
                                                      transforms):
    data = grid_heic(1100, 700, orientation=orientation)
    path = _write(tmp_path, data)
    assert heif.plan(path).transforms == transforms
    sanitize.clean(path, "image/heic")
    whole = _whole(data)
    with Image.open(path) as cleaned:
        assert cleaned.size == whole.size  # (700, 1100) when turned
    assert set(heif_decodes) == {(512, 512)}
    assert _difference(path, whole) < 2.0
    # The comparison can fail: the same picture mirrored the wrong way differs plainly.
    assert _difference(path, whole.transpose(Image.Transpose.FLIP_LEFT_RIGHT)) > 20


def test_exif_and_the_gps_position_are_gone(tmp_path):
    data = grid_heic(1100, 700, orientation=6)
    assert b"PhoneMaker" in data  # the camera and the GPS position are in the file
    assert b"Exif" in data
    path = _write(tmp_path, data)
    sanitize.clean(path, "image/heic")
    cleaned_bytes = _read(path)
    assert b"PhoneMaker" not in cleaned_bytes
    assert b"Exif" not in cleaned_bytes
    with Image.open(path) as cleaned:
        assert dict(cleaned.getexif()) == {}
        assert cleaned.getexif().get_ifd(0x8825) == {}
        assert "icc_profile" not in cleaned.info
        assert "xmp" not in cleaned.info


def test_a_corrupt_tile_is_refused_and_nothing_is_written(tmp_path):
    data = grid_heic(1100, 700)
    path = _write(tmp_path, data)
    start, length = heif.plan(path).tiles[4].extents[0]
    broken = data[:start] + bytes((index * 37) % 256 for index in range(length)) \
        + data[start + length:]
    path = _write(tmp_path, broken)
    with pytest.raises(sanitize.Rejected, match="unreadable_image"):
        sanitize.clean(path, "image/heic")
    assert _read(path) == broken  # the upload as it was, for the admins
    assert sorted(os.listdir(tmp_path)) == ["IMG_0001.HEIC"]  # no half-written copy


def test_a_heic_that_is_not_a_grid_is_decoded_whole_under_a_lower_cap(tmp_path,
                                                                     heif_decodes):
    single = _write(tmp_path, grid_heic(1100, 700, tile=None, orientation=6), "single.heic")
    with pytest.raises(heif.NotTiled, match="not_a_grid"):
        heif.plan(single)
    assert sanitize.clean(single, "image/heic") == "image/jpeg"
    assert heif_decodes == [(700, 1100)]  # libheif's whole picture, already upright
    with Image.open(single) as cleaned:
        assert cleaned.size == (700, 1100)
    assert b"PhoneMaker" not in _read(single)

    cap = sanitize.pixel_cap("image/heic")
    assert cap * sanitize.FULL_DECODE_BYTES_PER_PIXEL["image/heic"] <= sanitize.MEMORY_BUDGET
    size = (2600, cap // 2600 + 10)  # just over the cap of a whole decode
    large_single = _write(tmp_path, grid_heic(*size, tile=None, quality=30), "large.heic")
    large_grid = _write(tmp_path, grid_heic(*size, quality=30), "large-grid.heic")
    heif_decodes.clear()
    with pytest.raises(sanitize.Rejected, match="too_many_pixels"):
        sanitize.clean(large_single, "image/heic")
    assert heif_decodes == []  # refused from the header
    assert sanitize.pixel_cap("image/heic", large_grid) == sanitize.MAX_PIXELS
    assert sanitize.clean(large_grid, "image/heic") == "image/jpeg"


def test_the_container_reader_finds_the_grid_and_its_tiles(tmp_path):
    path = _write(tmp_path, grid_heic(1100, 700, orientation=8))
    grid = heif.plan(path)
    assert (grid.width, grid.height, grid.columns, grid.rows) == (1100, 700, 3, 2)
    assert (grid.tile_width, grid.tile_height) == (512, 512)
    assert grid.transforms == [(b"irot", 1)]
    assert grid.upright_size == (700, 1100)
    # One tile on its own, as a file holding nothing else, is a picture libheif decodes.
    with open(path, "rb") as handle:
        single = heif.single_picture_file(
            grid.tiles[0].hvcc, grid.tiles[0].ispe,
            heif.colour_for_tile(grid.tiles[0], grid.colour),
            heif.tile_bytes(handle, grid.tiles[0], grid.idat))
    decoded = pillow_heif.open_heif(single)
    assert decoded.size == (512, 512)
    assert b"Exif" not in single
    assert b"PhoneMaker" not in single


@pytest.mark.parametrize("cut", [40, 200, 400])
def test_a_truncated_header_is_left_to_libheif(tmp_path, cut):
    data = grid_heic(1100, 700)
    path = _write(tmp_path, data[:cut])
    with pytest.raises(heif.NotTiled):
        heif.plan(path)
    with pytest.raises(sanitize.Rejected, match="unreadable_image"):
        sanitize.clean(path, "image/heic")


def test_a_12_megapixel_iphone_heic_is_cleaned_within_the_budget(tmp_path):
    path = _write(tmp_path, grid_heic(4032, 3024, orientation=6, quality=50))
    child = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, "-c", MEASURE, "clean", path, "image/heic"], cwd=ROOT,
        capture_output=True, text=True, check=True)
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert result["outcome"] == "image/jpeg"
    # Decoded whole by libheif this costs 78 MiB (bench/README.md); tile by tile about 28.
    assert result["delta"] <= sanitize.MEMORY_BUDGET
    with Image.open(path) as cleaned:
        assert cleaned.size == (1512, 2016)  # half size, upright


@pytest.mark.parametrize("rotation", [None, 1])
def test_an_iphone_layout_written_by_our_own_writer_is_tiled_like_libheif(
        tmp_path, heif_decodes, rotation):
    """iloc version 1, the grid's description in mdat, tiles without colour boxes, an ICC
    profile on the grid only, an Exif item: libheif is the judge of the result."""
    data = apple_layout(grid_heic(1100, 700), rotation=rotation)
    path = _write(tmp_path, data)
    grid = heif.plan(path)
    assert (grid.width, grid.height, grid.columns, grid.rows) == (1100, 700, 3, 2)
    assert all(tile.colour == [] for tile in grid.tiles)
    assert [payload[:4] for payload in grid.colour] == [b"prof"]
    whole = _whole(data)  # libheif reads our writer's file
    assert whole.size == ((700, 1100) if rotation else (1100, 700))
    assert sanitize.clean(path, "image/heic") == "image/jpeg"
    assert set(heif_decodes) == {(512, 512)}
    assert _difference(path, whole) < 2.0
    with Image.open(path) as cleaned:
        assert "icc_profile" not in cleaned.info  # as for every cleaned image
    assert b"PhoneMaker" in data
    assert b"PhoneMaker" not in _read(path)


def test_an_essential_property_it_does_not_know_is_left_to_libheif(tmp_path, heif_decodes):
    clap = heif.box(b"clap", struct.pack(">8I", 1000, 1, 600, 1, 0, 1, 0, 1))
    data = apple_layout(grid_heic(1100, 700), extra_grid_property=clap)
    path = _write(tmp_path, data)
    with pytest.raises(heif.NotTiled, match="property_clap"):
        heif.plan(path)
    assert sanitize.clean(path, "image/heic") == "image/jpeg"
    assert heif_decodes == [_whole(data).size]  # decoded whole, as libheif crops it
    with Image.open(path) as cleaned:
        assert cleaned.size == (1000, 600)


def test_the_containers_boxes_are_read_once_per_clean_up(tmp_path, monkeypatch):
    plans: list[str] = []
    original = heic_decode.grid_plan

    def grid_plan(path):  # a spy: the real reader runs
        plans.append(path)
        return original(path)

    monkeypatch.setattr(heic_decode, "grid_plan", grid_plan)
    path = _write(tmp_path, grid_heic(1100, 700))
    assert sanitize.clean(path, "image/heic") == "image/jpeg"
    assert plans == [path]
