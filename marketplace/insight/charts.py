"""Charts drawn on the server as SVG (templates/insight/_charts.html frames the shapes this
module measures and writes). Our own small renderer rather than a library: the charts are
few and simple, the page needs no JavaScript, and each series gets a fill pattern as well as
a shade, so the charts read without colour (and in greyscale print).

The shapes are written here in one join per chart rather than by a template loop: a 90-day
page has about 1,500 of them, and a loop with a format filter per number took most of the
page's time."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from marketplace.insight.gaps import Gap
from marketplace.insight.tables import Table

# Fill patterns by series position (defined once per page in the macros' <defs>).
PATTERNS = ("solid", "hatch", "dots", "cross", "lines", "light")
WIDTH = 720


@dataclass
class Shape:
    x: float
    y: float
    width: float
    height: float
    pattern: str
    title: str = ""  # the number, for screen readers and hover


@dataclass
class Chart:
    kind: str
    height: float
    shapes: list[Shape] = field(default_factory=list)
    texts: list[dict[str, Any]] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (pattern, label)
    width: float = WIDTH

    @property
    def body(self) -> Markup:
        """The chart's rules, shapes and labels as SVG elements."""
        parts = [f'<line x1="{t["x"] + 6}" x2="{self.width - 10}" y1="{t["rule"]}" '
                 f'y2="{t["rule"]}" stroke="#d9dde5"/>' for t in self.texts if "rule" in t]
        parts += [f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.width:.1f}" '
                  f'height="{s.height:.1f}" fill="url(#p-{s.pattern})" stroke="#1d2433" '
                  f'stroke-width="0.6"><title>{escape(s.title)}</title></rect>'
                  for s in self.shapes]
        for t in self.texts:
            if t.get("boxed"):
                parts.append(f'<rect x="{t["x"] - 16:.1f}" y="{t["y"] - 12:.1f}" width="32" '
                             'height="16" rx="3" fill="#fff" opacity="0.85"/>')
            parts.append(f'<text x="{t["x"]:.1f}" y="{t["y"]:.1f}" text-anchor="{t["anchor"]}" '
                         f'font-size="12" fill="#1d2433">{escape(t["text"])}</text>')
        return Markup("".join(parts))  # noqa: S704 - every text part is escaped above


def _nice_top(value: float) -> float:
    """A round axis maximum just above `value` (1, 2, 5 times a power of ten)."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def stacked_columns(table: Table, series: list[int], *, label_every: int = 7,
                    fmt: Any = str, label: Any = str) -> Chart:
    """One column per row (a day), its series stacked; for requests per day."""
    plot_top, plot_height, left = 10.0, 180.0, 48.0
    totals = [sum(row[i] or 0 for i in series) for row in table.rows]
    top = _nice_top(max(totals, default=0))
    step = (WIDTH - left - 10) / max(len(table.rows), 1)
    chart = Chart("columns", plot_top + plot_height + 40)
    for fraction in (0, 0.5, 1):
        y = plot_top + plot_height * (1 - fraction)
        chart.texts.append({"x": left - 6, "y": y + 4, "text": fmt(top * fraction),
                            "anchor": "end", "rule": y})
    for index, row in enumerate(table.rows):
        x, base = left + index * step, plot_top + plot_height
        for position, column in enumerate(series):
            value = row[column] or 0
            height = plot_height * value / top
            if height:
                base -= height
                chart.shapes.append(Shape(x + 1, base, max(step - 2, 1), height,
                                          PATTERNS[position % len(PATTERNS)],
                                          f"{label(row[0])}: {table.columns[column]} "
                                          f"{fmt(value)}"))
        last = len(table.rows) - 1
        if index % label_every == 0 or (index == last and last % label_every >= label_every - 1):
            chart.texts.append({"x": x + step / 2, "y": plot_top + plot_height + 16,
                                "text": label(row[0]), "anchor": "middle"})
    chart.legend = [(PATTERNS[p % len(PATTERNS)], str(table.columns[c]))
                    for p, c in enumerate(series)]
    return chart


def bars(table: Table, value: int, *, fmt: Any = str, top: float | None = None) -> Chart:
    """One horizontal bar per row with its number at the end (shares, counts)."""
    row_height, left = 26.0, 250.0
    values = [row[value] or 0 for row in table.rows]
    top = top or _nice_top(max(values, default=0))
    chart = Chart("bars", row_height * len(table.rows) + 8)
    for index, row in enumerate(table.rows):
        y = 4 + index * row_height
        width = (WIDTH - left - 90) * (row[value] or 0) / top
        chart.texts.append({"x": left - 8, "y": y + 16, "text": str(row[0])[:38],
                            "anchor": "end"})
        chart.shapes.append(Shape(left, y + 3, width, row_height - 8, "solid",
                                  f"{row[0]}: {fmt(row[value])}"))
        chart.texts.append({"x": left + width + 6, "y": y + 16, "text": fmt(row[value]),
                            "anchor": "start"})
    return chart


def stacked_bars(table: Table, series: list[int], *, fmt: Any = str) -> Chart:
    """One horizontal bar per row split into its parts (100 %): consent answers, delivery."""
    row_height, left = 34.0, 170.0
    chart = Chart("stacked", row_height * len(table.rows) + 8)
    span = WIDTH - left - 10
    for index, row in enumerate(table.rows):
        y = 4 + index * row_height
        total = sum(row[i] or 0 for i in series)
        chart.texts.append({"x": left - 8, "y": y + 20, "text": str(row[0]), "anchor": "end"})
        x = left
        for position, column in enumerate(series):
            part = row[column] or 0
            if not total or not part:
                continue
            width = span * part / total
            pattern = PATTERNS[position % len(PATTERNS)]
            chart.shapes.append(Shape(x, y + 3, width, row_height - 8, pattern,
                                      f"{row[0]}: {table.columns[column]} {fmt(part)}"))
            if width > 34:
                chart.texts.append({"x": x + width / 2, "y": y + 20, "text": fmt(part),
                                    "anchor": "middle", "boxed": True})
            x += width
    chart.legend = [(PATTERNS[p % len(PATTERNS)], str(table.columns[c]))
                    for p, c in enumerate(series)]
    return chart


# Germany lies between about 5.8 and 15.1 degrees east, 47.2 and 55.1 degrees north; an
# equirectangular view scaled by cos(51 degrees) keeps its shape recognisable.
WEST, EAST, SOUTH, NORTH = 5.5, 15.5, 47.0, 55.3
MAP_WIDTH = 420.0
_SCALE = MAP_WIDTH / ((EAST - WEST) * math.cos(math.radians(51)))
MAP_HEIGHT = (NORTH - SOUTH) * _SCALE


def project(latitude: float, longitude: float) -> tuple[float, float]:
    return ((longitude - WEST) * math.cos(math.radians(51)) * _SCALE,
            (NORTH - latitude) * _SCALE)


@dataclass
class MapDot:
    x: float
    y: float
    r: float
    title: str


def gap_map(gaps: list[Gap], background: dict[str, tuple[float, float, str]], *,
            fmt: Any = str) -> dict[str, Any]:
    """Every postcode region as a faint dot (that draws the country), each region with
    unserved requests as a dot whose area grows with the count, labelled with it."""
    outline = [project(lat, lon) for lat, lon, _place in background.values()]
    placed = [gap for gap in gaps if gap.latitude is not None and gap.longitude is not None]
    top = max((gap.count for gap in placed), default=1)
    dots = []
    for gap in sorted(placed, key=lambda g: -g.count):  # small dots drawn over big ones
        x, y = project(gap.latitude, gap.longitude)  # type: ignore[arg-type]
        dots.append(MapDot(x, y, 3 + 14 * math.sqrt(gap.count / top),
                           f"{gap.region.ljust(5, 'x')} {gap.place or ''}: {fmt(gap.count)}"))
    return {"width": MAP_WIDTH, "height": MAP_HEIGHT, "outline": outline, "dots": dots,
            "unplaced": len(gaps) - len(placed), "body": _map_body(outline, dots)}


def _map_body(outline: list[tuple[float, float]], dots: list[MapDot]) -> Markup:
    parts = [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.8" fill="#b4bac6"/>' for x, y in outline]
    parts += [f'<circle class="gap-dot" cx="{d.x:.1f}" cy="{d.y:.1f}" r="{d.r:.1f}" '
              'fill="url(#p-cross)" stroke="#b3261e" stroke-width="1.5">'
              f'<title>{escape(d.title)}</title></circle>' for d in dots]
    return Markup("".join(parts))  # noqa: S704 - the titles are escaped above
