"""Answers shared by the self-check tests: a calm adult whose check suggests outpatient care."""

from screener import screener

# The rows of the substance grid, as the questions file defines them.
USE_QUESTIONS = tuple(q.id for q in screener().questions if q.page == "substances")

CALM: dict[str, object] = {
    "country": "us",
    "danger_now": "no",
    "for_whom": "self",
    "age": "adult",
    "suicide_thoughts": "no",
    "self_harm_acts": "no",
    **{q: "none" for q in USE_QUESTIONS},
    "health_flags": [],
    "experiences": [],
    "daily_life": "little",
    "current_care": "none",
    "home": [],
    "preferences": [],
}


def answers(**changes: object) -> dict[str, object]:
    """CALM with some answers changed (a substance answer opens its follow-up, ticked empty)."""
    result = {**CALM, **changes}
    if any(result[q] != "none" for q in USE_QUESTIONS):
        result.setdefault("substance_risks", [])
    return result
