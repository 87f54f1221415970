"""Benchmark: trade detection on the labelled evaluation sets in tests/trades/.

For each set it prints how often the intake takes an acceptable trade at once (right),
offers one among its choices (offered), takes or offers only wrong ones (wrong) or finds
nothing (none), and the time `decide` takes per message (mean, p95), measured after one
warm-up pass that loads the lemma dictionary, with the per-word caches emptied before
each set, so every word is analysed afresh on its first appearance.

    python bench/trades_bench.py [--misses] [--only SET] [--repeat N] [--json PATH]

Not part of the test suite (tests/trades/test_evaluation.py enforces the rates, never
timings). See bench/README.md for results.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tests.trades.eval_blind import BLIND  # noqa: E402
from tests.trades.eval_blind_2 import BLIND_2  # noqa: E402
from tests.trades.eval_blind_3 import BLIND_3  # noqa: E402
from tests.trades.eval_blind_4 import BLIND_4  # noqa: E402
from tests.trades.eval_blind_5 import BLIND_5  # noqa: E402
from tests.trades.eval_dev import DEV  # noqa: E402
from tests.trades.eval_dev2 import DEV2  # noqa: E402
from tests.trades.eval_dev3 import DEV3  # noqa: E402
from tests.trades.eval_dev4 import DEV4  # noqa: E402
from tests.trades.eval_dev5 import DEV5  # noqa: E402
from tests.trades.eval_dev6 import DEV6  # noqa: E402
from tests.trades.eval_dev7 import DEV7  # noqa: E402
from tests.trades.eval_dev8 import DEV8  # noqa: E402
from tests.trades.eval_dev9 import DEV9  # noqa: E402
from tests.trades.eval_dev10 import DEV10  # noqa: E402
from tests.trades.eval_dev11 import DEV11  # noqa: E402
from tests.trades.eval_dev12 import DEV12  # noqa: E402
from tests.trades.eval_held_out import HELD_OUT  # noqa: E402
from tests.trades.eval_held_out_late import HELD_OUT_LATE  # noqa: E402
from tests.trades.eval_tuning import TUNING  # noqa: E402
from tests.trades.eval_validation import VALIDATION  # noqa: E402
from tests.trades.eval_validation_final import VALIDATION_FINAL  # noqa: E402
from tests.trades.eval_validation_late import VALIDATION_LATE  # noqa: E402
from tests.trades.evaluation import OUTCOMES, score  # noqa: E402
from tests.trades.first_messages import FIRST_MESSAGES  # noqa: E402
from tests.trades.held_out_messages import HELD_OUT_MESSAGES  # noqa: E402

# Sets whose misses are never listed: they stay unseen text for the next tuning round.
UNREAD = frozenset({"val-final", "blind-5"})


def clear_caches() -> None:
    from marketplace.trades import actions, matcher, text

    for cached in (matcher.terms_of, text.lemma, text.is_word, actions._service_compound):
        cached.cache_clear()


def blind_to_held_out() -> int:
    """Drop every added word (not the catalogue's) that occurs only in the held-out set.

    The vocabulary was written by the same people as the held-out set; with `--blind` the
    held-out rate shows what words that were never seen in tuning are worth."""
    from marketplace.trades import vocabulary
    from marketplace.trades.catalogue import all_trades
    from marketplace.trades.text import words

    seen = {word for text, _labels in TUNING for word in words(text)}
    seen |= {word for text, _code in FIRST_MESSAGES + HELD_OUT_MESSAGES for word in words(text)}
    held_out = {word for text, _labels in HELD_OUT for word in words(text)} - seen
    catalogue = {term.strip("*=") for trade in all_trades() for term, _weight in trade.keywords}

    def only_held_out(term: str) -> bool:
        term = term.strip("*=")
        return term not in catalogue and any(
            word == term or (len(term) >= 5 and word.startswith(term)) for word in held_out)

    dropped = 0
    for code, terms in list(vocabulary.EXTRA.items()):
        kept = tuple(row for row in terms if not only_held_out(row[0]))
        dropped += len(terms) - len(kept)
        vocabulary.EXTRA[code] = kept
    return dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every message not right")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per set")
    parser.add_argument("--only", help="score only this set (tuning, held-out, ...)")
    parser.add_argument("--json", help="also write the rates and timings to this file")
    parser.add_argument("--blind", action="store_true",
                        help="first drop added words that occur only in the held-out set")
    args = parser.parse_args()
    if args.blind:
        print(f"blind: {blind_to_held_out()} added words that occur only in held-out dropped")
    sets = {
        "tuning": TUNING,
        "dev": DEV,
        "dev2": DEV2,
        "dev3": DEV3,
        "dev4": DEV4,
        "dev5": DEV5,
        "dev6": DEV6,
        "dev7": DEV7,
        "dev8": DEV8,
        "dev9": DEV9,
        "dev10": DEV10,
        "dev11": DEV11,
        "dev12": DEV12,
        "blind": BLIND,
        "blind-2": BLIND_2,
        "blind-3": BLIND_3,
        "blind-4": BLIND_4,
        "blind-5": BLIND_5,
        "held-out": HELD_OUT,
        "late-ho": HELD_OUT_LATE,
        "validation": VALIDATION,
        "val-late": VALIDATION_LATE,
        "val-final": VALIDATION_FINAL,
        "short": [(text, (code,)) for text, code in FIRST_MESSAGES],
        "short-ho": [(text, (code,)) for text, code in HELD_OUT_MESSAGES],
    }
    if args.only:
        sets = {args.only: sets[args.only]}
    for rows in sets.values():  # warm-up: dictionaries and caches are loaded once per process
        score("warm-up", rows)
    results = {}
    for name, rows in sets.items():
        clear_caches()  # time words as first seen: only the dictionaries stay loaded
        result = score(name, rows * args.repeat, timed=True)
        result.counts = score(name, rows).counts  # rates once per message, timings over all passes
        print(result.line())
        results[name] = {"n": result.total, **{o: round(result.share(o), 5) for o in OUTCOMES},
                         "mean_ms": round(result.mean_ms, 3), "p95_ms": round(result.p95_ms, 3)}
        if args.misses and name not in UNREAD:
            for outcome, text, acceptable, got in score(name, rows).misses:
                print(f"   {outcome:<7} want {'/'.join(acceptable)} got {got}: {text[:110]}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"load_average": os.getloadavg(), "sets": results}, handle, indent=1)


if __name__ == "__main__":
    main()
