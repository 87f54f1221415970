"""Scoring of trade detection on a labelled set, shared by the tests and the benchmark.

Each message ends in one of four outcomes, as the customer sees them:
- right: the intake takes an acceptable trade at once;
- offered: it asks back and an acceptable trade is among the choices;
- wrong: it takes a wrong trade, or offers choices without an acceptable one;
- none: it finds no trade at all.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field

from marketplace.trades.detection import decide

OUTCOMES = ("right", "offered", "wrong", "none")


@dataclass
class Score:
    name: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    misses: list[tuple[str, str, tuple[str, ...], str]] = field(default_factory=list)
    timings_ms: list[float] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, outcome: str) -> float:
        return self.counts[outcome] / self.total if self.total else 0.0

    @property
    def mean_ms(self) -> float:
        return statistics.fmean(self.timings_ms) if self.timings_ms else 0.0

    @property
    def p95_ms(self) -> float:
        if len(self.timings_ms) < 2:
            return self.mean_ms
        return statistics.quantiles(self.timings_ms, n=20)[-1]

    def line(self) -> str:
        shares = "  ".join(f"{outcome} {self.share(outcome):6.1%}" for outcome in OUTCOMES)
        return (f"{self.name:<10} n={self.total:<4} {shares}  "
                f"time mean {self.mean_ms:.2f} ms  p95 {self.p95_ms:.2f} ms")


def outcome_of(text: str, acceptable: tuple[str, ...]) -> tuple[str, str]:
    """(outcome, what the intake did) for one message."""
    decision = decide(text)
    if decision.trade is not None:
        return ("right" if decision.trade.code in acceptable else "wrong"), decision.trade.code
    offered = [trade.code for trade in decision.offered]
    if not offered:
        return "none", "-"
    shown = "?" + "/".join(offered)
    return ("offered" if set(offered) & set(acceptable) else "wrong"), shown


def score(name: str, rows: list[tuple[str, tuple[str, ...]]], *, timed: bool = False) -> Score:
    result = Score(name)
    for text, acceptable in rows:
        started = time.process_time()
        outcome, got = outcome_of(text, acceptable)
        if timed:
            result.timings_ms.append((time.process_time() - started) * 1000)
        result.counts[outcome] += 1
        if outcome != "right":
            result.misses.append((outcome, text, acceptable, got))
    return result
