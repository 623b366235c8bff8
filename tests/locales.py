"""The locales the tests cover: every catalog in translations/ (as the site discovers them)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_FOUND = sorted(p.parent.parent.name for p in (ROOT / "translations").glob("*/LC_MESSAGES/messages.po"))
LOCALES = ("en", *[code for code in _FOUND if code != "en"])
# Locales with every article translated; the others have at least CORE_ARTICLES.
FULL = ("en", "es")
NEW = tuple(code for code in LOCALES if code not in FULL)
CORE_ARTICLES = (
    "what-is-an-iop",
    "who-iop-is-for",
    "what-a-week-looks-like",
    "cost-of-iop",
    "insurance-and-iop",
    "paying-without-insurance",
    "supporting-someone-in-iop",
    "overdose-and-naloxone",
    "withdrawal-safety",
    "crisis-care",
    "getting-started",
)
RTL = ("ar",)
TAGS = {"zh": "zh-Hans"}  # the lang attribute, where the URL code leaves out the script


def html_open(code: str) -> str:
    """The page's opening tag in that locale: its language tag and writing direction."""
    return f'<html lang="{TAGS.get(code, code)}" dir="{"rtl" if code in RTL else "ltr"}">'
