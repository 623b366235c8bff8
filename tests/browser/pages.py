"""Every page type, for the per-page checks."""

from tests.locales import LOCALES as ALL_LOCALES

PAGE_TYPES = [
    "/{l}/",
    "/{l}/articles/",
    "/{l}/articles/levels-of-care",
    "/{l}/articles/what-a-week-looks-like",
    "/{l}/glossary",
    "/{l}/search?q=cost",
    "/{l}/search?q=zzzzqqq",
    "/{l}/search?q=suicidio",  # crisis lines above the results
    "/{l}/screener",
    "/{l}/help",
    "/{l}/help?country=gb",
    "/{l}/paying-for-care?coverage=medicaid",
    "/{l}/find-care?state=TX",
    "/{l}/find-care/calling?voice=family&care=not_sure",
    "/{l}/find-care/my-calls",
    "/{l}/for-professionals?lang=es&dest=help",
    "/{l}/handout/what-is-an-iop",
    "/{l}/screener/result/iop?country=us",
    "/{l}/privacy",
    "/{l}/no-such-page",
]
LOCALES = ALL_LOCALES
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Beyond the AA floor: axe's best practices (every part of a page in a landmark, and so on)
# and the AAA rules, such as 7:1 contrast for text.
HIGHER = ["best-practice", "wcag2aaa", "wcag21aaa"]
