"""Journeys a visitor takes, each with JavaScript on and off."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect


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
    page.wait_for_load_state("networkidle")  # typing and Enter can swap the results twice
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
        # Typing and pressing Enter can swap the results twice: expect() retries across swaps.
        expect(page.locator("#crisis-heading").first).to_be_in_viewport()
        expect(page.locator(".help-box a[href='tel:911']").first).to_be_in_viewport()
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


def test_search_words_are_kept_nowhere_in_the_browser(js_session) -> None:
    page, _ = js_session
    page.goto("/en/search")
    page.locator("#q").press_sequentially("sober living", delay=120)
    page.wait_for_function("() => /q=sober/.test(location.href)")
    page.goto("/en/help")
    page.go_back()
    page.wait_for_url("**/en/search?q=sober*")
    kept = page.evaluate("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
    assert "sober" not in kept
    assert page.context.cookies() == []


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("locale,query", [("en", "does medicare pay for iop"), ("es", "cuanto cuesta")])
def test_on_a_phone_the_first_result_is_on_the_first_screen(
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
        page.wait_for_selector(".search-results li a")
        expect(page.locator(".search-results li a").first).to_be_in_viewport()
    finally:
        context.close()
