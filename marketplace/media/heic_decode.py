"""HEIC pictures decoded within the memory budget, reduced to the output size on the way.

A phone's HEIC (a grid of tiles, planned by `heif`) is decoded one tile at a time; any other
HEIC is decoded whole by libheif and taken strip by strip. `sanitize` decides which, under
its pixel caps, and encodes the result.
"""

from __future__ import annotations

from PIL import Image

from marketplace.media import heif
from marketplace.media.downscale import MAX_OUTPUT_EDGE, OUTPUT_EDGE, fit, run_steps

try:  # HEIC/HEIF (iPhone photos) needs libheif; without it HEIC is refused with a reason.
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the installation
    HEIF_SUPPORTED = False

HEIC_STRIP_ROWS = 64
# HEIF transforms (ISO/IEC 23008-12): 'irot' turns anticlockwise by quarter turns; 'imir'
# with axis 1 swaps left and right, with 0 top and bottom, as libheif reads and writes it
# (tests/media/test_heic_tiles.py compares every orientation with libheif's own decode).
HEIF_ROTATIONS = {0: None, 1: Image.Transpose.ROTATE_90, 2: Image.Transpose.ROTATE_180,
                  3: Image.Transpose.ROTATE_270}
HEIF_MIRRORS = {0: Image.Transpose.FLIP_TOP_BOTTOM, 1: Image.Transpose.FLIP_LEFT_RIGHT}


def grid_plan(path: str) -> heif.GridPlan | None:
    """How to decode this HEIC tile by tile, or None when libheif must decode it whole."""
    try:
        return heif.plan(path)
    except (heif.NotTiled, OSError):
        return None


def decode_grid(path: str, grid: heif.GridPlan) -> Image.Image:
    """A phone's HEIC, one tile at a time: each tile is decoded by libheif as a small file
    of its own and pasted into a band one tile row high (allocated once); the band is
    reduced at once (blocks of pixels averaged, as `sanitize._decode_reduced` does) and, when
    that is still over MAX_OUTPUT_EDGE, resized to the output width: the horizontal half of the
    Lanczos resize, which works row by row. Only the vertical half runs on the whole
    (reduced) picture at the end, so the result is what reducing and resizing the whole
    picture gives, without ever holding it. Rows left over when the tile height is not a
    multiple of the factor wait for the next band. The grid's output size crops the right
    and bottom tiles; its rotation and mirroring are applied last."""
    width, height = grid.width, grid.height
    factor = max(1, max(width, height) // OUTPUT_EDGE)
    reduced_size = (-(-width // factor), -(-height // factor))
    target = (fit(reduced_size, OUTPUT_EDGE) if max(reduced_size) > MAX_OUTPUT_EDGE
              else reduced_size)
    canvas = Image.new("RGB", (target[0], reduced_size[1]))
    band = None
    try:
        band = Image.new("RGB", (width, grid.tile_height + factor))
        carried = canvas_top = 0  # full-size rows at the band's top not yet reduced
        with open(path, "rb") as handle:
            for row in range(grid.rows):
                for column in range(grid.columns):
                    tile = grid.tiles[row * grid.columns + column]
                    with _decode_tile(handle, tile, grid) as picture:
                        band.paste(picture, (column * grid.tile_width, carried))
                filled = carried + min(grid.tile_height, height - row * grid.tile_height)
                usable = filled if row == grid.rows - 1 else filled // factor * factor
                if usable:
                    with _reduce_rows(band, width, usable, factor, target[0]) as part:
                        canvas.paste(part, (0, canvas_top))
                        canvas_top += part.height
                carried = filled - usable
                if carried:
                    with band.crop((0, usable, width, filled)) as rest:
                        band.paste(rest, (0, 0))
        band.close()
        band = None
        if canvas.size != target:  # the vertical half of the resize
            with canvas:
                canvas = canvas.resize(target, Image.Resampling.LANCZOS)
    except BaseException:
        canvas.close()
        if band is not None:
            band.close()
        raise
    transposes = [HEIF_ROTATIONS[value] if kind == b"irot" else HEIF_MIRRORS[value]
                  for kind, value in grid.transforms]
    return run_steps(canvas, [], "RGB", orientation=1,
                      transposes=[step for step in transposes if step is not None])


def _reduce_rows(band: Image.Image, width: int, rows: int, factor: int,
                 target_width: int) -> Image.Image:
    """The band's first `rows` rows, reduced by `factor` and resized to `target_width`."""
    box = (0, 0, width, rows)
    part = band.reduce(factor, box) if factor > 1 else band.crop(box)
    if part.width == target_width:
        return part
    with part:
        return part.resize((target_width, part.height), Image.Resampling.LANCZOS)


def _decode_tile(handle, tile: heif.Tile, grid: heif.GridPlan) -> Image.Image:
    """One tile, decoded by libheif from a file holding only it (no metadata at all)."""
    try:
        data = heif.tile_bytes(handle, tile, grid.idat)
    except heif.NotTiled as exc:
        raise ValueError(exc.reason) from exc
    single = heif.single_picture_file(tile.hvcc, tile.ispe,
                                      heif.colour_for_tile(tile, grid.colour), data)
    del data
    decoded = pillow_heif.open_heif(single, convert_hdr_to_8bit=True)
    if decoded.size != (grid.tile_width, grid.tile_height):
        raise ValueError("tile of the wrong size")
    picture = Image.frombuffer(decoded.mode, decoded.size, decoded.data, "raw", decoded.mode,
                               decoded.stride, 1)
    if picture.mode != "RGB":
        with picture:
            return picture.convert("RGB")
    return picture


def decode_whole(path: str) -> Image.Image:
    """Any other HEIC (not a grid, or one `heif` does not tile): libheif decodes the whole
    picture (it has no reduced decoding; hence the lower cap). Pillow then takes it strip
    by strip, each strip reduced and resized to the output width at once (as the tiles of
    a grid are), so only the output-wide copy is added."""
    decoded = pillow_heif.open_heif(path, convert_hdr_to_8bit=True)
    width, height = decoded.size
    mode = decoded.mode
    factor = max(1, max(width, height) // OUTPUT_EDGE)
    reduced_size = (-(-width // factor), -(-height // factor))
    target = (fit(reduced_size, OUTPUT_EDGE) if max(reduced_size) > MAX_OUTPUT_EDGE
              else reduced_size)
    canvas = Image.new(mode, (target[0], reduced_size[1]))
    try:
        data, stride = decoded.data, decoded.stride  # libheif applies rotation and mirroring
        strip_rows = HEIC_STRIP_ROWS * factor
        for top in range(0, height, strip_rows):
            rows = min(strip_rows, height - top)
            with Image.frombuffer(mode, (width, rows),
                                  data[top * stride:(top + rows) * stride], "raw",
                                  mode, stride, 1) as strip, \
                    _reduce_rows(strip, width, rows, factor, target[0]) as part:
                canvas.paste(part, (0, top // factor))
        del data
        if canvas.size != target:  # the vertical half of the resize
            with canvas:
                canvas = canvas.resize(target, Image.Resampling.LANCZOS)
    except BaseException:
        canvas.close()
        raise
    finally:
        del decoded
    return run_steps(canvas, [], "RGB", orientation=1)
