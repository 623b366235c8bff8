"""Answers shared by the self-check tests: a calm person whose check suggests outpatient care."""

CALM = {
    "for_whom": "self",
    "concern": "mental_health",
    "self_harm": "no",
    "danger_now": "no",
    "medical_needs": "no",
    "daily_life": "little",
    "current_care": "weekly_helping",
    "home_support": "yes",
    "time_available": "yes",
    "coverage": "private",
    "country": "us",
}
