"""A figure's numbers as a table: what the chart draws, what the page lists under it, and
what the CSV download holds, so the three can never disagree."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

# How a column's values are shown: counts, shares (0..1), hours, days, or words.
TEXT, COUNT, SHARE, HOURS, DAY = "text", "count", "share", "hours", "day"


@dataclass
class Table:
    key: str
    title: Any  # lazily translated
    columns: list[Any]
    kinds: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    note: Any = None  # what the figure counts, in a sentence
    row_kinds: list[str] | None = None  # when each row holds another kind of number
    extra: dict[str, Any] = field(default_factory=dict)  # what a chart needs beyond the rows

    @property
    def is_empty(self) -> bool:
        return not self.rows

    def kind_of(self, row_index: int, column_index: int) -> str:
        if self.row_kinds is not None and column_index > 0:
            return self.row_kinds[row_index]
        return self.kinds[column_index]

    def column(self, index: int) -> list[Any]:
        return [row[index] for row in self.rows]


def share(part: int | None, whole: int | None) -> float | None:
    return None if not whole else (part or 0) / whole


def hours(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 3600.0


def as_csv(table: Table) -> str:
    """The table as CSV for a spreadsheet: German headers when the page was German, plain
    machine numbers (dot as decimal point, shares as fractions) so any program reads them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(column) for column in table.columns])
    for row in table.rows:
        writer.writerow(["" if value is None else
                         (round(value, 4) if isinstance(value, float) else str(value))
                         for value in row])
    return buffer.getvalue()
