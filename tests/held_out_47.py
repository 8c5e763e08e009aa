"""Stop 47's held-out set: written by a helper this stop (placeholder until it lands)."""

from __future__ import annotations

STOP47: tuple = ()
