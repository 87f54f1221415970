"""Messenger-first marketplace for German craft businesses.

`flask --app marketplace ...` finds the factory through this export; importing the
package does no work of its own.
"""

from marketplace.app import create_app

__all__ = ["create_app"]
__version__ = "0.1.0"
