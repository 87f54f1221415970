"""The intake bot: reads each message, asks for what is missing, and submits the request.

`dispatch.run` hands each inbound message to the part that answers its kind: `messages`
(the customer's own words, read by `reading`: one answer reader per step), `buttons`,
`commands` and `edits`; `asking` asks for what is still missing, shows the summary and
sends the request; `turn` holds the state of one message and the plumbing they share;
`readiness` decides whether waiting messages are answered now or after the customer's pause.
"""

from marketplace.conversations.intake.dispatch import run, run_all
from marketplace.conversations.intake.readiness import can_act_on

__all__ = ["can_act_on", "run", "run_all"]
