"""Work that needs several trades: the bot proposes the usual combination.

"Badsanierung" is tiles, water and power. When a message names such a project, the bot
asks once whether to ask businesses for all of those trades or only the main one; the
answer is kept (`also_trades`) and routing prefers businesses verified for all of them.
"""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import pgettext

from marketplace.channels.base import Choice
from marketplace.conversations import parsing
from marketplace.conversations.intake.facts import set_trade
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.intake.wording import short
from marketplace.conversations.models import Step
from marketplace.trades.catalogue import get_trade
from marketplace.trades.combinations import combination_for, get_project, project_in


def notice_project(turn: Turn, text: str) -> None:
    """Remember the usual combination if the text names a project of several trades."""
    conversation = turn.current
    if conversation.extra.get("proposed_trades") or conversation.extra.get("trades_answered"):
        return
    project = project_in(text)
    if project is None:
        return
    trades = [code for code in combination_for(text, conversation.trade_code)
              if get_trade(code) is not None]
    if len(trades) < 2 or (conversation.trade_code and conversation.trade_code != trades[0]):
        return
    if conversation.trade_code is None:
        set_trade(turn, get_trade(trades[0]))
    conversation.extra = {**conversation.extra, "proposed_trades": trades,
                          "project": project.slug}


def awaits_answer(turn: Turn) -> bool:
    extra = turn.current.extra
    return bool(extra.get("proposed_trades")) and not extra.get("trades_answered")


def ask_combination(turn: Turn) -> None:
    conversation = turn.current
    conversation.step = Step.TRADE
    trades = [get_trade(code) for code in conversation.extra["proposed_trades"]]
    project = get_project(conversation.extra.get("project") or "")
    names = ", ".join(trade.label(turn.language) for trade in trades if trade)
    main = trades[0]
    question = _("This sounds like a job for several trades (%(project)s): usually %(trades)s "
                 "work on it together. Shall I ask businesses for all of them?",
                 project=project.label(turn.language) if project else main.label(turn.language),
                 trades=names)
    turn.ask(question, choices=(
        Choice("intake:trades:all", pgettext("chat button", "Yes, all of them")),
        Choice("intake:trades:one", short(pgettext("chat button", "Only %(trade)s",
                                                   trade=main.label(turn.language))))))


def answer_combination(turn: Turn, all_of_them: bool) -> None:
    conversation = turn.current
    proposed = list(conversation.extra.get("proposed_trades") or ())
    also = [code for code in proposed if code != conversation.trade_code] if all_of_them else []
    conversation.extra = {**conversation.extra, "trades_answered": True, "also_trades": also}
    if also:
        labels = [get_trade(code).label(turn.language) for code in also if get_trade(code)]
        turn.captured.append((0, "+ " + ", ".join(labels)))


def read_combination_answer(turn: Turn, text: str) -> bool:
    """A typed answer to the proposal ("ja", "nur Fliesen", "no"); True when it was one."""
    if parsing.is_yes(text) or parsing.squash(text) in {"alle", "all", "all of them",
                                                       "ja alle", "yes all"}:
        answer_combination(turn, True)
        return True
    if parsing.is_no(text) or parsing.squash(text).startswith(("nur ", "only ")):
        answer_combination(turn, False)
        return True
    return False


def forget_combination(turn: Turn) -> None:
    """The trade is being changed: the proposal belonged to the old one."""
    conversation = turn.current
    conversation.extra = {key: value for key, value in conversation.extra.items()
                          if key not in ("proposed_trades", "project", "trades_answered",
                                         "also_trades")}


def trade_names(turn: Turn) -> str:
    """Every trade of the request, for the summary."""
    conversation = turn.current
    codes = [conversation.trade_code, *(conversation.extra.get("also_trades") or ())]
    trades = [get_trade(code) for code in codes]
    return ", ".join(trade.label(turn.language) for trade in trades if trade) or "?"
