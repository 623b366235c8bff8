"""The self-check engine: questions, rules and the flow as data, evaluated by pure functions.

No Flask here. `evaluate(answers) -> Result` is the contract in
../shared/reference/self-check-v2.md; `next_step(answers) -> Step` drives the pages.
The web layer (web/screener_views.py) words everything through the catalogs.
"""

from screener.engine import InvalidAnswers, Result, clean, evaluate
from screener.flow import Step, next_step, pages
from screener.model import OTHER_COUNTRY, ScreenerDataError, screener

OUTCOMES = ("urgent", "higher_level", "iop", "outpatient")
TIMINGS = ("now", "today", "this_week", "soon")

__all__ = [
    "OTHER_COUNTRY",
    "OUTCOMES",
    "TIMINGS",
    "InvalidAnswers",
    "Result",
    "ScreenerDataError",
    "Step",
    "clean",
    "evaluate",
    "next_step",
    "pages",
    "screener",
]
