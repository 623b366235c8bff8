"""Journeys a visitor takes, each with JavaScript on and off."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.screener_answers import CALM as SHARED_CALM

CALM = {**SHARED_CALM, "country": "United States"}  # the country list shows names
OUTCOMES = {
    "urgent": ({"self_harm": "now"}, "Please get help now"),
    "higher_level": ({"medical_needs": "yes"}, "more intensive or medically supervised care"),
    "iop": ({"daily_life": "a_lot", "time_available": "online_only"}, "intensive outpatient program (IOP)"),
    "outpatient": ({}, "Regular outpatient care may be a good first step"),
}


def focused(page) -> dict:
    return page.evaluate(
        "() => ({name: document.activeElement.name || '', value: document.activeElement.value || '',"
        " tag: document.activeElement.tagName, id: document.activeElement.id || '',"
        " text: (document.activeElement.textContent || '').trim()})"
    )


def tab_to(page, test, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if test(focused(page)):
            return
    raise AssertionError(f"could not reach the element with Tab; last focus {focused(page)}")


def answer_with_keyboard(page, qid: str, value: str) -> None:
    heading = page.locator("#question-heading").inner_text()
    if qid == "country":
        tab_to(page, lambda f: f["name"] == "country")
        page.keyboard.type(value)
    else:
        tab_to(page, lambda f: f["name"] == qid)
        for _ in range(10):
            if focused(page)["value"] == value:
                break
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")
    tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] in ("Continue", "Continuar"))
    page.keyboard.press("Enter")
    page.wait_for_function(
        "h => !document.querySelector('#question-heading') || document.querySelector('#question-heading').innerText !== h",
        arg=heading,
    )


def complete_self_check(page, answers: dict[str, str], locale: str = "en") -> None:
    page.goto(f"/{locale}/screener")
    tab_to(
        page,
        lambda f: (
            (f["tag"] == "BUTTON" and "self-check" in f["text"].lower())
            or "autoevaluación" in f["text"].lower()
        ),
    )
    page.keyboard.press("Enter")
    page.wait_for_selector("#question-heading")
    for _ in range(14):
        if not page.locator("#question-heading").count():
            break
        current = page.locator("input[name=current]").last.get_attribute("value")
        answer_with_keyboard(page, current, answers.get(current, "no"))
    page.wait_for_selector("h1:has-text('Check your answers'), h1:has-text('Revise sus respuestas')")
    tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] in ("See the suggestion", "Ver la sugerencia"))
    page.keyboard.press("Enter")
    page.wait_for_selector(".outcome")


@pytest.mark.parametrize("outcome", list(OUTCOMES))
def test_self_check_with_keyboard_only_reaches_each_result(session, outcome: str) -> None:
    page, watch = session
    changes, heading = OUTCOMES[outcome]
    complete_self_check(page, {**CALM, **changes})
    assert heading in page.locator("h1").inner_text()
    if outcome == "urgent":
        # Crisis contacts come before anything else on the result.
        first = page.locator("#screener-panel > :not(title)").first
        assert "crisis-first" in (first.get_attribute("class") or "")
        assert page.locator(".crisis-first a[href='tel:988']").count() >= 1
    assert "?" not in page.url or "for_whom" not in page.url  # answers never in the address
    assert not [e for e in watch.errors]


def test_self_check_leaves_nothing_in_the_browser(js_session) -> None:
    page, _ = js_session
    complete_self_check(page, {**CALM, "self_harm": "recent", "daily_life": "a_lot"})
    assert page.context.cookies() == []
    storage = page.evaluate(
        "() => ({local: Object.keys(localStorage), session: Object.keys(sessionStorage),"
        " cache: localStorage.getItem('htmx-history-cache')})"
    )
    # htmx keeps only the current path (never answers: they are not in any URL) for history.
    assert storage["local"] == [] and storage["cache"] is None
    assert set(storage["session"]) <= {"htmx-current-path-for-history"}
    assert "recent" not in page.url and "a_lot" not in page.url


def test_htmx_swaps_move_focus_and_back_button_works(js_session) -> None:
    page, _ = js_session
    page.goto("/en/screener")
    page.get_by_role("button", name="Start the self-check").click()
    page.wait_for_selector("#question-heading")
    # Focus moves on htmx:afterSettle, a moment after the new heading is in the page, so the
    # focus checks below retry (up to Playwright's timeout) instead of reading it at once.
    expect(page.locator("#question-heading")).to_be_focused()
    page.get_by_label("Someone I care about").check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_selector("#question-heading:has-text('What are you most worried about for them?')")
    expect(page.locator("#question-heading")).to_be_focused()
    assert re.search(r"/en/screener/question\?step=2$", page.url)
    page.go_back()
    page.wait_for_selector("#question-heading:has-text('Who are you doing this self-check for?')")
    assert page.get_by_label("Someone I care about").is_checked()


def test_missing_answer_shows_error_summary(session) -> None:
    page, _ = session
    page.goto("/en/screener")
    page.get_by_role("button", name="Start the self-check").click()
    page.wait_for_selector("#question-heading")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_selector(".error-summary")
    assert "Choose an answer to continue." in page.locator(".error-summary").inner_text()
    assert page.title().startswith("Error:")


def test_read_article_and_switch_language_on_same_page(session) -> None:
    page, _ = session
    page.goto("/en/articles/levels-of-care")
    assert page.locator("figure.levels-diagram svg").count() == 1
    page.locator(".lang-switch a[hreflang=es]").click()
    page.wait_for_url("**/es/articles/levels-of-care")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator(".sources li").count() >= 2


@pytest.mark.parametrize(
    "locale,query,slug",
    [("en", "how many hours", "what-a-week-looks-like"), ("es", "seguro médico", "insurance-and-iop")],
)
def test_search_from_header_and_open_a_result(session, locale: str, query: str, slug: str) -> None:
    page, _ = session
    page.goto(f"/{locale}/")
    page.locator("#header-q").fill(query)
    page.locator("#header-q").press("Enter")
    page.wait_for_selector(".search-results a")
    page.locator(f".search-results a[href='/{locale}/articles/{slug}']").first.click()
    page.wait_for_url(f"**/{locale}/articles/{slug}")


def test_a_search_that_signals_danger_shows_crisis_lines_before_results(session) -> None:
    page, _ = session
    page.goto("/en/search")
    page.locator("#q").fill("suicidal thoughts")
    page.locator("#q").press("Enter")
    page.wait_for_selector("#crisis-heading")
    lines = page.locator(".help-box a[href^='tel:']")
    assert lines.count() >= 1
    box_top = page.locator(".help-box").first.bounding_box()["y"]
    first_result = page.locator(".search-results li, .article-list li").first.bounding_box()["y"]
    assert box_top < first_result


def test_search_as_you_type_updates_results_and_address(js_session) -> None:
    page, _ = js_session
    page.goto("/en/search")
    page.locator("#q").press_sequentially("insurance", delay=30)
    page.wait_for_selector(".search-results a")
    page.wait_for_url("**/en/search?q=insurance")
    assert "result" in page.locator("#search-status").inner_text()
    assert page.evaluate("document.activeElement.id") == "q"  # typing is never interrupted


def test_quick_exit_leaves_and_replaces_history(session) -> None:
    page, _ = session
    page.goto("/en/")
    page.goto("/en/help")
    page.locator(".quick-exit").click()
    page.wait_for_url("https://www.weather.gov/**")
    if page.javascript:
        page.go_back()
        page.wait_for_load_state()
        assert page.url.endswith("/en/"), "the help page must not be one Back press away"


def test_help_page_choose_a_country(session) -> None:
    page, _ = session
    page.goto("/en/help")
    assert page.locator("a[href='tel:988']").count() >= 1
    page.locator("#country").select_option("gb")
    page.get_by_role("button", name="Show", exact=True).click()
    page.wait_for_url("**/en/help?country=gb")
    assert page.locator("a[href='tel:999']").count() >= 1
    assert page.locator("a[href='tel:116123']").count() == 1


def test_paying_filter_works(session) -> None:
    page, _ = session
    page.goto("/en/paying-for-care")
    page.get_by_label("Medicare", exact=True).check()
    if not page.javascript:
        page.get_by_role("button", name="Show options").click()
    page.wait_for_url("**/en/paying-for-care?coverage=medicare")
    assert "Medicare" in page.locator("#options-heading").inner_text()


def _full_page_with_safety_bar(page) -> None:
    expect(page.locator("nav.safety-bar a.help-now")).to_be_visible()
    expect(page.locator("[data-quick-exit]")).to_be_visible()
    expect(page.locator("h1")).to_have_count(1)


def test_back_after_a_filter_shows_the_whole_page(session) -> None:
    # A filtered list is an htmx fragment at the page's own URL; Back (and Back after
    # leaving the page) must bring the whole page, safety bar included, never the fragment.
    page, _ = session
    page.goto("/en/paying-for-care")
    page.get_by_label("Medicaid or CHIP", exact=True).check()
    if not page.javascript:
        page.get_by_role("button", name="Show options").click()
    page.wait_for_url("**/en/paying-for-care?coverage=medicaid")
    page.get_by_label("Medicare", exact=True).check()
    if not page.javascript:
        page.get_by_role("button", name="Show options").click()
    page.wait_for_url("**/en/paying-for-care?coverage=medicare")
    page.go_back()
    page.wait_for_url("**/en/paying-for-care?coverage=medicaid")
    _full_page_with_safety_bar(page)
    page.locator("nav.safety-bar a.help-now").click()
    page.wait_for_url("**/en/help")
    page.go_back()
    page.wait_for_url("**/en/paying-for-care?coverage=medicaid")
    _full_page_with_safety_bar(page)
    assert "Medicaid" in page.locator("#options-heading").inner_text()


def test_link_builder_makes_link_qr_and_handout(session) -> None:
    page, _ = session
    page.goto("/en/for-professionals")
    page.locator("#lang").select_option("es")
    page.locator("#dest").select_option("screener")
    page.get_by_role("button", name="Make the link").click()
    page.wait_for_selector("#built-url")
    assert page.locator("#built-url").input_value().endswith("/es/screener")
    assert page.locator("#link-result svg.qr-svg").count() == 1
    page.get_by_role("link", name="Open the printable one-page handout").click()
    page.wait_for_url("**/es/handout/screener")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize(
    "locale,query", [("en", "my son wont wake up"), ("es", "mi hijo tomo muchas pastillas")]
)
def test_on_a_phone_a_danger_search_shows_the_right_lines_in_view(
    browser, base_url: str, javascript: bool, locale: str, query: str
) -> None:
    from tests.browser.conftest import open_page

    context, page, _ = open_page(
        browser, base_url, javascript=javascript, viewport={"width": 390, "height": 844}
    )
    try:
        page.goto(f"/{locale}/search")
        page.locator("#q").fill(query)
        page.locator("#q").press("Enter")
        page.wait_for_selector("#crisis-heading")
        first_line = page.locator(".help-box a[href='tel:911']").first
        expect(first_line).to_be_in_viewport()
        box = page.locator(".help-box").first.bounding_box()
        assert box["y"] < 844, "the crisis lines start on the first screen"
    finally:
        context.close()


def test_typing_a_search_leaves_one_history_entry(js_session) -> None:
    page, _ = js_session
    page.goto("/en/")
    page.goto("/en/search")
    page.locator("#q").press_sequentially("son drinks", delay=450)  # a pause after every letter
    page.wait_for_function("() => /q=son(\\+|%20)drinks/.test(location.href)")
    page.go_back()
    page.wait_for_url("**/en/")  # not one entry per pause: the quick exit stays one step away
