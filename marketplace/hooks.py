"""Call points that let a lower feature reach a higher one without importing it.

Two kinds, both connected in `marketplace/wiring.py` (the composition root):

- a **signal** (blinker, as Flask uses) announces that something happened; any number of
  receivers may act on it, and the sender expects no answer. A feature keeps its signals
  in its own `signals.py`, e.g. `channels.signals.customer_message_stored`.
- a **Slot** is one answer the lower feature needs from above (is this customer's file
  erased? may this person open that photo?). Exactly one implementation is plugged in;
  calling an empty slot is a wiring mistake and raises at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from blinker import Namespace

signals = Namespace()


class SlotNotPlugged(RuntimeError):
    pass


class Slot:
    def __init__(self, name: str, doc: str = "") -> None:
        self.name = name
        self.__doc__ = doc
        self._implementation: Callable[..., Any] | None = None

    def plug(self, implementation: Callable[..., Any]) -> None:
        self._implementation = implementation

    @property
    def is_plugged(self) -> bool:
        return self._implementation is not None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._implementation is None:
            raise SlotNotPlugged(f"nothing is plugged into {self.name}; see marketplace/wiring.py")
        return self._implementation(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<Slot {self.name}>"
