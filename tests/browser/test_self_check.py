"""The self-check in a real browser: phones, JavaScript on and off, Back, focus, axe.

What the design asks for (self-check-v2.md): country first, so every crisis box shows that
country's lines; "right now" ends the flow on a page that holds only the action, in view on a
phone; a crisis box takes the focus when it appears; the quick exit and "Get help now" stay in
reach on every step; Back never shows an error page; nothing is left in the browser.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_page
from tests.browser.test_every_page import axe_violations
from tests.screener_answers import CALM

PHONE = {"width": 390, "height": 844}
WALK = {**CALM, "substance_risks": []}
OUTCOMES = {
    "urgent": {"suicide_thoughts": "plan_or_intent"},
    "higher_level": {"daily_life": "cannot_manage"},
    "iop": {"daily_life": "a_lot"},
    "outpatient": {},
}


def current_page(page) -> str | None:
    field = page.locator("form:not([data-screener-history]):not(.back-form) input[name=current]")
    return field.first.get_attribute("value") if field.count() else None


def answer(page, step: str, answers: dict) -> None:
    """Fill in one step as a visitor would (clicks and the country list), then Continue."""
    if step == "country":
        page.locator("#country-select").select_option(answers["country"])
    else:
        fields = page.locator(
            "form:not(.back-form) fieldset input[type=radio], form:not(.back-form) fieldset input[type=checkbox]"
        )
        names = sorted({fields.nth(i).get_attribute("name") for i in range(fields.count())})
        for name in names:
            value = answers[name]
            for option in (value or ["none"]) if isinstance(value, list) else [value]:
                page.locator(f"#{name}-{option}").check()
    heading = page.locator("h1").first.inner_text()
    page.locator("button[value=next]").click()
    page.wait_for_function(
        "h => document.querySelector('h1') && document.querySelector('h1').innerText !== h", arg=heading
    )


def start(page, locale: str = "en") -> None:
    page.goto(f"/{locale}/screener")
    page.locator("#screener-panel form button[value=next]").click()
    page.wait_for_selector("#country-select")


def walk(page, answers: dict, locale: str = "en", steps: int = 20, check=None) -> list[str]:
    start(page, locale)
    seen = []
    for _ in range(steps):
        step = current_page(page)
        if step is None:
            break
        seen.append(step)
        if check:
            check(page, step)
        answer(page, step, answers)
    return seen


def finish(page) -> None:
    page.wait_for_selector("h1:has-text('Check your answers'), h1:has-text('Revise sus respuestas')")
    page.locator("form[action$='/screener/result#screener-panel'] button").click()
    page.wait_for_selector("#outcome-heading")


@pytest.mark.parametrize("outcome", list(OUTCOMES))
def test_each_result_is_reached_and_accessible(session, outcome: str) -> None:
    page, watch = session
    # axe runs in the page, so only with JavaScript on; every step and the result are checked.
    walk(page, {**WALK, **OUTCOMES[outcome]}, check=_no_axe if page.javascript else None)
    finish(page)
    if page.javascript:
        assert not checked_by_axe(page)
    if outcome == "urgent":
        first = page.locator("#screener-panel > section").first
        assert "crisis-first" in (first.get_attribute("class") or "")
    assert "suicide" not in page.url and "daily_life" not in page.url  # answers never in the address
    assert not watch.errors


def _no_axe(page, step: str) -> None:
    assert not checked_by_axe(page), step


def checked_by_axe(page) -> list[str]:
    # At the top of the page: scrolled, links under the sticky safety bar count as "too close"
    # for axe's target-size rule, though they scroll clear of it (scroll-padding) when focused.
    # The site scrolls smoothly (unless reduced motion is asked for): jump, and wait until there.
    page.evaluate("window.scrollTo({top: 0, left: 0, behavior: 'instant'})")
    page.wait_for_function("window.scrollY === 0")
    return axe_violations(page)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("locale", ["en", "es"])
def test_right_now_on_a_phone_shows_only_the_action_in_view(
    browser, base_url: str, javascript: bool, locale: str
) -> None:
    context, page, _ = open_page(browser, base_url, javascript=javascript, viewport=PHONE)
    try:
        seen = walk(page, {**WALK, "suicide_thoughts": "right_now"}, locale=locale)
        assert seen[-1] == "suicide_thoughts"  # nothing more was asked
        page.wait_for_selector(".stop-page")
        expect(page.locator(".stop-page a[href='tel:911']")).to_be_in_viewport()
        expect(page.locator(".stop-page a[href='tel:988']").first).to_be_in_viewport()
        expect(page.locator("nav.safety-bar a.help-now")).to_be_in_viewport()
        expect(page.locator("[data-quick-exit]")).to_be_in_viewport()
        if javascript:
            assert not checked_by_axe(page)
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_a_uk_visitor_sees_uk_lines_in_the_first_crisis_box_and_it_is_what_they_see(
    browser, base_url: str, javascript: bool
) -> None:
    context, page, _ = open_page(browser, base_url, javascript=javascript, viewport=PHONE)
    try:
        start(page)
        for step in ("country", "danger_now", "for_whom", "age"):
            answer(page, step, {**WALK, "country": "gb"})
        answer(page, "suicide_thoughts", {"suicide_thoughts": "thoughts_no_plan"})
        box = page.locator(".crisis-first")
        expect(box.locator("a[href='tel:999']")).to_be_in_viewport()
        assert box.locator("a[href='tel:988']").count() == 0
        if javascript:
            expect(page.locator("#crisis-heading")).to_be_focused()
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_quick_exit_and_help_stay_in_reach_on_every_step_of_a_phone(
    browser, base_url: str, javascript: bool
) -> None:
    context, page, _ = open_page(browser, base_url, javascript=javascript, viewport=PHONE)

    def at_the_bottom_still_in_reach(page, step: str) -> None:
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        expect(page.locator("[data-quick-exit]")).to_be_in_viewport()
        expect(page.locator("nav.safety-bar a.help-now")).to_be_in_viewport()

    try:
        walk(page, {**WALK, "use_alcohol": "most_days"}, check=at_the_bottom_still_in_reach)
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_back_never_shows_an_error_page(browser, base_url: str, javascript: bool) -> None:
    context, page, _ = open_page(browser, base_url, javascript=javascript)
    try:
        seen = walk(page, WALK, steps=6)  # now on the seventh step
        if javascript:
            page.wait_for_url(re.compile(r"step=7$"))  # htmx has pushed the step's address
        for expected in reversed(seen[1:]):
            page.go_back()
            # With JavaScript the step comes back by a request (the answers are re-posted).
            expect(
                page.locator(f"form:not(.back-form) input[name=current][value={expected}]").first
            ).to_be_attached()
            assert "ERR_CACHE_MISS" not in page.content() and "resubmission" not in page.content().lower()
            assert current_page(page) == expected
    finally:
        context.close()


def test_focus_moves_to_each_new_question(js_session) -> None:
    page, _ = js_session
    start(page)
    expect(page.locator("#question-heading")).to_be_focused()
    answer(page, "country", WALK)
    expect(page.locator("#question-heading")).to_be_focused()


def test_the_self_check_leaves_nothing_in_the_browser(js_session) -> None:
    page, _ = js_session
    walk(page, {**WALK, "suicide_thoughts": "wished_dead", "daily_life": "a_lot"})
    finish(page)
    assert page.context.cookies() == []
    storage = page.evaluate(
        "() => ({local: Object.keys(localStorage), session: Object.keys(sessionStorage),"
        " cache: localStorage.getItem('htmx-history-cache')})"
    )
    assert storage["local"] == [] and storage["cache"] is None
    assert set(storage["session"]) <= {"htmx-current-path-for-history"}
    assert "wished" not in page.url


def test_missing_answer_shows_the_error_summary(session) -> None:
    page, _ = session
    start(page)
    page.locator("button[value=next]").click()
    page.wait_for_selector(".error-summary")
    assert "Choose a country to continue." in page.locator(".error-summary").inner_text()
    assert page.title().startswith("Error:")
