"""Benchmark: trade detection on the labelled evaluation sets in tests/trades/.

For each set it prints how often the intake takes an acceptable trade at once (right),
offers one among its choices (offered), takes or offers only wrong ones (wrong) or finds
nothing (none), and the time `decide` takes per message (mean, p95), measured after one
warm-up pass that loads the lemma dictionary, with the per-word caches emptied before
each set, so every word is analysed afresh on its first appearance.

    python bench/trades_bench.py [--misses] [--repeat N]

Not part of the test suite (tests/trades/test_evaluation.py enforces the rates, never
timings). See bench/README.md for results.
"""

from __future__ import annotations

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tests.trades.eval_held_out import HELD_OUT  # noqa: E402
from tests.trades.eval_tuning import TUNING  # noqa: E402
from tests.trades.evaluation import score  # noqa: E402
from tests.trades.first_messages import FIRST_MESSAGES  # noqa: E402
from tests.trades.held_out_messages import HELD_OUT_MESSAGES  # noqa: E402


def clear_caches() -> None:
    from marketplace.trades import matcher, text

    for cached in (matcher.terms_of, text.lemma, text.is_word):
        cached.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every message not right")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per set")
    args = parser.parse_args()
    sets = {
        "tuning": TUNING,
        "held-out": HELD_OUT,
        "short": [(text, (code,)) for text, code in FIRST_MESSAGES],
        "short-ho": [(text, (code,)) for text, code in HELD_OUT_MESSAGES],
    }
    for rows in sets.values():  # warm-up: dictionaries and caches are loaded once per process
        score("warm-up", rows)
    for name, rows in sets.items():
        clear_caches()  # time words as first seen: only the dictionaries stay loaded
        result = score(name, rows * args.repeat, timed=True)
        result.counts = score(name, rows).counts  # rates once per message, timings over all passes
        print(result.line())
        if args.misses:
            for outcome, text, acceptable, got in score(name, rows).misses:
                print(f"   {outcome:<7} want {'/'.join(acceptable)} got {got}: {text[:110]}")


if __name__ == "__main__":
    main()
