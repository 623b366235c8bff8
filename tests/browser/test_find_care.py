"""Finding care in a real browser: the ZIP search goes only to FindTreatment.gov, the state
pointers work with and without JavaScript, and every handout and calls sheet prints on one
page, Letter and A4, with no phone number broken."""

from __future__ import annotations

import logging
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_page
from tests.browser.test_every_page import axe_violations
from tests.locales import LOCALES

PHONE = {"width": 390, "height": 844}
ZIP = "78701"
LOCATOR_STUB = "<!doctype html><title>FindTreatment.gov</title><h1>Results</h1>"
SEARCH_BUTTON = {"en": "Search FindTreatment.gov", "es": "Buscar en FindTreatment.gov"}


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("locale", ["en", "es"])
def test_the_zip_goes_only_into_the_findtreatment_link(
    browser, base_url: str, javascript: bool, locale: str
) -> None:
    context, page, watch = open_page(browser, base_url, javascript=javascript, viewport=PHONE)
    opened: list[str] = []

    def answer(route) -> None:
        opened.append(route.request.url)
        route.fulfill(body=LOCATOR_STUB, content_type="text/html")

    context.route("https://findtreatment.gov/**", answer)
    log = Collect()
    logging.getLogger().addHandler(log)
    try:
        page.goto(f"/{locale}/find-care")
        page.fill("#sAddr", ZIP)
        page.get_by_role("button", name=SEARCH_BUTTON[locale]).click()
        page.wait_for_url("https://findtreatment.gov/**")
        assert opened == [f"https://findtreatment.gov/locator?sAddr={ZIP}"]
        ours = [url for url in watch.requests if url.startswith(base_url)]
        assert ours and not [url for url in ours if ZIP in url]
        assert not [line for line in log.lines if ZIP in line]  # nor in any log line of ours
        assert context.cookies() == []
        if javascript:
            page.goto(f"{base_url}/{locale}/find-care")
            stored = page.evaluate("[localStorage.length, sessionStorage.length]")
            assert stored == [0, 0]
    finally:
        logging.getLogger().removeHandler(log)
        context.close()


def test_a_city_and_state_are_encoded_as_typed(browser, base_url: str) -> None:
    context, page, _ = open_page(browser, base_url)
    opened: list[str] = []
    context.route(
        "https://findtreatment.gov/**",
        lambda route: (
            opened.append(route.request.url),
            route.fulfill(body=LOCATOR_STUB, content_type="text/html"),
        ),
    )
    try:
        page.goto("/en/find-care")
        page.fill("#sAddr", "Austin, TX")
        page.press("#sAddr", "Enter")
        page.wait_for_url("https://findtreatment.gov/**")
        assert opened == ["https://findtreatment.gov/locator?sAddr=Austin%2C+TX"]
    finally:
        context.close()


def test_an_empty_zip_asks_for_one_instead_of_leaving(browser, base_url: str) -> None:
    context, page, _ = open_page(browser, base_url)
    try:
        page.goto("/en/find-care")
        page.get_by_role("button", name=SEARCH_BUTTON["en"]).click()
        assert page.url.endswith("/en/find-care")
        assert page.evaluate("document.querySelector('#sAddr').validity.valueMissing")
    finally:
        context.close()


def test_choosing_a_state_then_back(session) -> None:
    page, watch = session
    page.goto("/es/find-care")
    page.select_option("#state-choice", "TX")
    page.get_by_role("button", name="Ver mi estado").click()
    expect(page.locator(".state-result h3")).to_have_text("Texas")
    expect(page.locator(".state-result")).to_contain_text("Revisado el")
    assert page.url.endswith("/es/find-care?state=TX") or "state=TX" in page.url
    page.go_back()
    expect(page.locator("nav.safety-bar a.help-now")).to_be_visible()
    expect(page.locator("h1")).to_have_text("Buscar atención cerca de usted")
    assert not watch.errors


def test_what_to_say_changes_with_the_caller(session) -> None:
    page, watch = session
    page.goto("/en/find-care/calling")
    page.get_by_label("As a professional, for a client or patient").check()
    if not page.javascript:
        page.get_by_role("button", name="Show what to say").click()
    expect(page.locator(".script")).to_contain_text("refer someone")
    expect(page.locator(".call-questions")).to_contain_text("How do I refer someone?")
    assert "voice=professional" in page.url
    assert not watch.errors


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def _printables(base_url: str) -> list[str]:
    import urllib.request

    paths = []
    for locale in LOCALES:
        with urllib.request.urlopen(f"{base_url}/{locale}/for-professionals") as response:
            html = response.read().decode()
        slugs = re.findall(r'<option value="([a-z0-9-]+)"', html[html.index('id="dest"') :])
        paths += [f"/{locale}/handout/{slug}" for slug in slugs]
        paths += [
            f"/{locale}/find-care/my-calls?care={care}&voice={voice}"
            for care in ("not_sure", "urgent")
            for voice in ("self", "family", "professional")
        ]
    paths += ["/en/handout/help?country=gb", "/en/handout/screener?country=au"]
    return paths


def test_every_handout_and_calls_sheet_prints_on_one_page_letter_and_a4(browser, base_url: str) -> None:
    context, page, _ = open_page(browser, base_url)
    try:
        paths = _printables(base_url)
        assert len(paths) > 60  # every page and article, in every language
        over = []
        for path in paths:
            page.goto(path)
            for size in ("Letter", "A4"):
                count = _pages(page.pdf(format=size))
                if count != 1:
                    over.append((path, size, count))
        assert over == []
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/es/handout/levels-of-care", "/en/handout/help", "/es/find-care/my-calls"])
def test_printed_phone_numbers_never_break_across_lines(browser, base_url: str, path: str) -> None:
    context, page, _ = open_page(browser, base_url, viewport={"width": 360, "height": 700})
    try:
        page.goto(path)
        for media in ("screen", "print"):
            page.emulate_media(media=media)
            lines = page.evaluate(
                "[...document.querySelectorAll('.phone')].map(e => e.getClientRects().length)"
            )
            assert lines and all(n == 1 for n in lines), (media, lines)
    finally:
        context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/en/find-care",
        "/es/find-care?state=NY",
        "/es/find-care/calling?care=urgent&voice=family",
        "/en/handout/find-care?country=ca",
    ],
)
def test_find_care_pages_pass_axe_on_a_phone(browser, base_url: str, path: str) -> None:
    context, page, _ = open_page(browser, base_url, viewport=PHONE)
    try:
        page.goto(path)
        assert axe_violations(page) == []
    finally:
        context.close()
