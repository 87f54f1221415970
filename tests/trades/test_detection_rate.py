"""Trade detection measured on realistic first messages (rate printed, >= 90 % required).

A message counts as right when the intake takes the right trade at once, or asks back
with the right trade among the offered choices.
"""

from marketplace.trades.catalogue import get_trade
from marketplace.trades.detection import decide
from tests.trades.first_messages import FIRST_MESSAGES


def test_the_table_is_large_and_valid():
    assert len(FIRST_MESSAGES) >= 150
    assert len({message for message, _code in FIRST_MESSAGES}) == len(FIRST_MESSAGES)
    for _message, code in FIRST_MESSAGES:
        assert get_trade(code) is not None, code


def test_detection_rate_on_first_messages(capsys):
    taken_right = offered_right = 0
    misses = []
    for message, expected in FIRST_MESSAGES:
        decision = decide(message)
        if decision.trade is not None and decision.trade.code == expected:
            taken_right += 1
        elif decision.trade is None and expected in {t.code for t in decision.offered}:
            offered_right += 1
        else:
            got = decision.trade.code if decision.trade else [t.code for t in decision.offered]
            misses.append((message, expected, got))
    total = len(FIRST_MESSAGES)
    rate = (taken_right + offered_right) / total
    with capsys.disabled():
        print(f"\ntrade detection: {taken_right}/{total} taken right at once, "
              f"{offered_right}/{total} right among offered choices, "
              f"{len(misses)} wrong -> {rate:.1%} right")
        for message, expected, got in misses:
            print(f"  miss: {message!r}: expected {expected}, got {got}")
    assert rate >= 0.90
    # Most messages should not need a question at all.
    assert taken_right / total >= 0.70


def test_detection_rate_on_held_out_messages(capsys):
    from tests.trades.held_out_messages import HELD_OUT_MESSAGES

    right = 0
    misses = []
    for message, expected in HELD_OUT_MESSAGES:
        decision = decide(message)
        offered = {trade.code for trade in decision.offered}
        if (decision.trade is not None and decision.trade.code == expected) or (
                decision.trade is None and expected in offered):
            right += 1
        else:
            got = decision.trade.code if decision.trade else sorted(offered)
            misses.append((message, expected, got))
    rate = right / len(HELD_OUT_MESSAGES)
    with capsys.disabled():
        print(f"\nheld-out trade detection: {right}/{len(HELD_OUT_MESSAGES)} -> {rate:.1%} right")
        for message, expected, got in misses:
            print(f"  miss: {message!r}: expected {expected}, got {got}")
    assert rate >= 0.75
