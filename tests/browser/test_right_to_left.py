"""Right-to-left locales on a phone (390×844): nothing scrolls sideways, and the layout mirrors.

Runs for every right-to-left locale the site has (Arabic today).
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import open_page
from tests.browser.pages import PAGE_TYPES
from tests.locales import LOCALES, RTL

PHONE = {"width": 390, "height": 844}
RTL_LOCALES = [code for code in RTL if code in LOCALES]
PAGES = [p.format(l=code) for code in RTL_LOCALES for p in PAGE_TYPES]


@pytest.mark.parametrize("path", PAGES)
def test_right_to_left_pages_fit_a_phone_without_sideways_scrolling(
    browser, base_url: str, path: str
) -> None:
    context, page, _ = open_page(browser, base_url, viewport=PHONE)
    try:
        page.goto(path)
        assert page.evaluate("document.documentElement.dir") == "rtl"
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
        # Right to left, a page that is too wide overflows to the left: nothing may start off screen.
        # (Wide tables scroll inside their own box, which starts at the right: not counted.)
        leftmost = page.evaluate(
            """() => {
                const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                    if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
                return Math.min(...[...document.querySelectorAll('main *, header *, footer *')]
                    .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden'
                                 && !scrolls(e))
                    .map(e => e.getBoundingClientRect().left)); }"""
        )
        assert leftmost >= -1, f"{path}: something starts {leftmost}px off the left edge"
    finally:
        context.close()


def _start_edges(page, selector: str) -> tuple[float, float]:
    """Gaps between the element's first line of text and the right edge, and the left edge."""
    return page.evaluate(
        """(sel) => { const range = document.createRange();
                     range.selectNodeContents(document.querySelector(sel));
                     const r = range.getClientRects()[0];
                     return [document.documentElement.clientWidth - r.right, r.left]; }""",
        selector,
    )


@pytest.mark.parametrize("locale", RTL_LOCALES)
def test_the_layout_mirrors(browser, base_url: str, locale: str) -> None:
    context, page, _ = open_page(browser, base_url, viewport=PHONE)
    try:
        page.goto(f"/{locale}/articles/what-a-week-looks-like")
        # Headings and paragraphs start at the right.
        for selector in ("main h1", ".breadcrumb"):
            right_gap, left_gap = _start_edges(page, selector)
            assert right_gap < left_gap, selector
        # The sample week reads right to left: its first column is on the right.
        first, last = page.evaluate(
            """() => { const cells = document.querySelectorAll('.week tr:first-child > *');
                       return [cells[0].getBoundingClientRect().left,
                               cells[cells.length - 1].getBoundingClientRect().left]; }"""
        )
        assert first > last
        # Side rules (notices, crisis boxes) sit on the start side, which is the right.
        page.goto(f"/{locale}/help")
        sides = page.evaluate(
            """() => { const s = getComputedStyle(document.querySelector('.danger'));
                       return [parseFloat(s.borderRightWidth), parseFloat(s.borderLeftWidth)]; }"""
        )
        assert sides[0] > 0 and sides[1] == 0
        # Lists indent from the right; the language switcher and navigation flow right to left.
        page.goto(f"/{locale}/articles/what-is-an-iop")
        list_box = page.evaluate(
            """() => { const s = getComputedStyle(document.querySelector('.prose ul'));
                       return [parseFloat(s.paddingRight), parseFloat(s.paddingLeft), s.direction]; }"""
        )
        assert list_box[2] == "rtl" and list_box[0] > list_box[1]
        # An article not yet translated keeps its English left-to-right layout inside the page.
        page.goto(f"/{locale}/articles/faq")
        assert page.evaluate("getComputedStyle(document.querySelector('article.article')).direction") == "ltr"
        # The levels-of-care diagram puts "step up" where reading starts: on the right.
        page.goto(f"/{locale}/articles/levels-of-care")
        up, down = page.evaluate(
            """() => [...document.querySelectorAll('.levels-diagram .diagram-label')]
                   .map(t => t.getBoundingClientRect().left)"""
        )
        assert up > down
        nav = page.evaluate(
            """() => [...document.querySelectorAll('header nav a')].filter(a => a.offsetParent)
                   .map(a => a.getBoundingClientRect().left)"""
        )
        assert nav and (len(nav) == 1 or nav[0] >= nav[-1])  # the first link is the rightmost
    finally:
        context.close()


@pytest.mark.parametrize("locale", RTL_LOCALES)
def test_forms_read_right_to_left(browser, base_url: str, locale: str) -> None:
    context, page, _ = open_page(browser, base_url, viewport=PHONE)
    try:
        page.goto(f"/{locale}/find-care")
        assert page.locator("main label").first.evaluate("e => getComputedStyle(e).direction") == "rtl"
        label = page.locator("main label").first
        box = label.bounding_box()
        # A label starts at the right edge of the column, as the text around it does.
        assert box["x"] + box["width"] > PHONE["width"] / 2
    finally:
        context.close()
