"""The self-check engine: questions and rules as data, `evaluate(answers)` as a pure function.

No Flask here. The web layer (web/screener_views.py) words everything through the catalogs.
"""

from screener.engine import InvalidAnswers, Reason, Result, applicable, evaluate, normalize
from screener.model import OTHER_COUNTRY, ScreenerDataError, screener

OUTCOMES = ("urgent", "higher_level", "iop", "outpatient")

__all__ = [
    "OTHER_COUNTRY",
    "OUTCOMES",
    "InvalidAnswers",
    "Reason",
    "Result",
    "ScreenerDataError",
    "applicable",
    "evaluate",
    "normalize",
    "screener",
]
