"""Peak memory of cleaning one customer photo (issue 16: at most 64 MiB per image).

Each image is cleaned by `marketplace.media.sanitize.clean` in a fresh Python process, the
way a worker runs the clean-up task. The process reads its own high-water mark (VmHWM in
/proc/self/status) after importing the application and again after the clean-up: the
difference is what one image costs. The images are made here:

- a 12 MP phone photo (4032x3024 JPEG with EXIF and GPS), the common case;
- the largest JPEG allowed (MAX_PIXELS, 24 MP), decoded already reduced;
- the largest PNG and WebP allowed (`pixel_cap`), decoded at full size;
- HEIC as iPhones save it (a grid of 512x512 tiles, decoded tile by tile): a 12 MP photo
  and the largest allowed (MAX_PIXELS, 25 MP); and the largest HEIC allowed that is not a
  grid (one picture, decoded whole by libheif: its lower `pixel_cap`);
- the 6300x6300 PNG of issue 12 (40 MP, 115 KB): refused from its header.

    python3 bench/media_memory.py            # table on stdout, JSON in bench/results/
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time

RESULTS = os.path.join(os.path.dirname(__file__), "results", "media_memory.json")
MIB = 1024 * 1024


def _vm_hwm_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def measure_one(path: str, content_type: str) -> dict[str, object]:
    """Runs inside the fresh process: import, note the mark, clean, note it again."""
    from marketplace.media import sanitize

    before = _vm_hwm_bytes()
    started = time.perf_counter()
    try:
        output_type = sanitize.clean(path, content_type)
        outcome = f"cleaned to {output_type}"
    except sanitize.Rejected as rejected:
        outcome = f"refused: {rejected.reason}"
    seconds = time.perf_counter() - started
    after = _vm_hwm_bytes()
    return {"outcome": outcome, "baseline_mib": round(before / MIB, 1),
            "peak_mib": round(after / MIB, 1), "delta_mib": round((after - before) / MIB, 1),
            "seconds": round(seconds, 2), "output_bytes": os.path.getsize(path)}


def _photo(width: int, height: int):
    """A photo-like picture: smooth gradients with grain, so it compresses like a photo."""
    from PIL import Image

    tile = Image.effect_noise((512, 512), 40).convert("L")
    red = Image.linear_gradient("L").resize((width, height))
    green = tile.resize((width, height), Image.Resampling.BILINEAR)
    blue = Image.radial_gradient("L").resize((width, height))
    picture = Image.merge("RGB", (red, green, blue))
    for band in (red, green, blue, tile):
        band.close()
    return picture


def _exif_with_gps():
    from PIL import Image

    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the phone was held upright
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 31.0, 12.34), 3: "E", 4: (13.0, 24.0, 1.0)})
    return exif


def make_images(folder: str) -> list[tuple[str, str, str, str]]:
    """(label, path, content type, pixels) for each case."""
    from PIL import Image

    from marketplace.media import sanitize

    cases = []

    def add(label: str, name: str, content_type: str, size: tuple[int, int], fmt: str,
            **options: object) -> None:
        path = os.path.join(folder, name)
        picture = _photo(*size)
        picture.save(path, fmt, **options)
        picture.close()
        cases.append((label, path, content_type, f"{size[0]}x{size[1]}"))

    add("12 MP phone photo (JPEG, GPS)", "phone.jpg", "image/jpeg", (4032, 3024), "JPEG",
        quality=92, exif=_exif_with_gps())
    side = math.isqrt(sanitize.MAX_PIXELS * 3 // 2)  # 3:2 like a camera
    add("largest JPEG allowed", "max.jpg", "image/jpeg", (side, sanitize.MAX_PIXELS // side),
        "JPEG", quality=92, exif=_exif_with_gps())
    for content_type, fmt, options in (("image/png", "PNG", {"compress_level": 1}),
                                       ("image/webp", "WEBP", {"quality": 80})):
        cap = sanitize.pixel_cap(content_type)
        width = math.isqrt(cap * 4 // 3)
        add(f"largest {fmt} allowed", f"max.{fmt.lower()}", content_type,
            (width, cap // width), fmt, **options)
    if sanitize.HEIF_SUPPORTED:
        import pillow_heif

        pillow_heif.register_heif_opener()
        # pillow-heif writes the grid libheif makes, as an iPhone does (512x512 tiles).
        iphone = {"quality": 70, "tile_size": 512, "exif": _exif_with_gps().tobytes()}
        add("12 MP iPhone photo (HEIC grid)", "phone.heic", "image/heic", (4032, 3024),
            "HEIF", **iphone)
        width = math.isqrt(sanitize.MAX_PIXELS * 4 // 3)
        add("largest HEIC allowed (grid)", "max.heic", "image/heic",
            (width, sanitize.MAX_PIXELS // width), "HEIF", **iphone)
        cap = sanitize.pixel_cap("image/heic")  # a HEIC that is not a grid
        width = math.isqrt(cap * 4 // 3)
        add("largest HEIC allowed (one picture)", "single.heic", "image/heic",
            (width, cap // width), "HEIF", quality=70, exif=_exif_with_gps().tobytes())
    bomb = os.path.join(folder, "bomb.png")
    Image.new("L", (6300, 6300)).save(bomb, "PNG", optimize=True)
    cases.append(("6300x6300 PNG bomb (issue 12)", bomb, "image/png", "6300x6300"))
    return cases


def _load_average() -> str:
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "unknown"


def run_all() -> dict[str, object]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for label, path, content_type, pixels in make_images(folder):
            file_bytes = os.path.getsize(path)
            child = subprocess.run(  # noqa: S603 - our own script, fixed arguments
                [sys.executable, __file__, "--one", path, content_type],
                capture_output=True, text=True, check=True,
                cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
            result = json.loads(child.stdout.strip().splitlines()[-1])
            rows.append({"image": label, "pixels": pixels, "file_bytes": file_bytes,
                         **result})
    return {"measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "load_average": _load_average(), "python": platform.python_version(),
            "budget_mib": 64, "rows": rows}


def print_table(report: dict[str, object]) -> None:
    print(f"{report['measured_at']}, load average {report['load_average']}")
    print(f"{'image':34} {'pixels':>10} {'file':>9} {'+peak MiB':>10} {'peak MiB':>9} "
          f"{'s':>6}  outcome")
    for row in report["rows"]:  # type: ignore[union-attr]
        print(f"{row['image']:34} {row['pixels']:>10} {row['file_bytes'] // 1024:>7}KB "
              f"{row['delta_mib']:>10} {row['peak_mib']:>9} {row['seconds']:>6}  "
              f"{row['outcome']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", nargs=2, metavar=("PATH", "CONTENT_TYPE"),
                        help="internal: measure one image in this process")
    parser.add_argument("--out", help="file in bench/results (default media_memory.json)")
    arguments = parser.parse_args()
    if arguments.one:
        print(json.dumps(measure_one(*arguments.one)))
        return
    report = run_all()
    print_table(report)
    results = (os.path.join(os.path.dirname(RESULTS), arguments.out) if arguments.out
               else RESULTS)
    os.makedirs(os.path.dirname(results), exist_ok=True)
    with open(results, "w") as out:
        json.dump(report, out, indent=2)
        out.write("\n")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    main()
