"""The self-check over HTTP: one page per step, POST only, nothing stored, clear errors, and
the safety behaviour of the design (../shared/reference/self-check-v2.md)."""

from __future__ import annotations

import logging
import re

import pytest
from flask.testing import FlaskClient
from werkzeug.datastructures import MultiDict

from screener.model import screener as model
from tests.screener_answers import CALM, USE_QUESTIONS
from web.screener_text import DIAGNOSTIC_PHRASES

CALM_WALK = {**CALM, "substance_risks": []}


def form_data(answers: dict) -> MultiDict:
    """Answers as a browser sends them: one field per ticked box, "none" for an empty list."""
    data = MultiDict()
    for qid, value in answers.items():
        if isinstance(value, (list, tuple)):
            for option in value or ["none"]:
                data.add(qid, option)
        else:
            data.add(qid, value)
    return data


class ScreenerWalk:
    """Answers the self-check page by page, as a browser without JavaScript would."""

    def __init__(self, client: FlaskClient, locale: str = "en") -> None:
        self.client, self.locale = client, locale
        self.pages: list[str] = []
        self.seen: list[str] = []

    def post(self, path: str, answers: dict, **control: str):
        data = form_data(answers)
        for key, value in control.items():
            data.add(key, value)
        return self.client.post(f"/{self.locale}/screener/{path}", data=data)

    def run(self, answers: dict, until_stop: bool = False):
        given: dict = {}
        response = self.post("question", {}, action="next")
        for _ in range(25):
            html = response.get_data(as_text=True)
            match = re.search(r'name="current" value="(\w+)"', html)
            if "stop-page" in html or 'id="under-12"' in html or match is None:
                self.last = html
                return response
            page = match.group(1)
            self.pages.append(page)
            self.seen.append(html)
            on_page = [q.id for q in model().page_questions(page)]
            for qid in on_page:
                if qid in answers:
                    given[qid] = answers[qid]
            response = self.post("question", given, current=page, action="next")
            if "Check your answers" in response.get_data(as_text=True) or "Revise sus respuestas" in (
                response.get_data(as_text=True)
            ):
                break
        self.answers = given
        return self.post("result", given)


@pytest.mark.parametrize("locale", ["en", "es"])
def test_walk_asks_country_first_then_danger_and_ends_with_a_result(client: FlaskClient, locale: str) -> None:
    walk = ScreenerWalk(client, locale)
    result = walk.run(CALM_WALK)
    assert result.status_code == 200
    assert walk.pages[:4] == ["country", "danger_now", "for_whom", "age"]
    assert "substances" in walk.pages and "substance_risks" not in walk.pages  # nothing used
    html = result.get_data(as_text=True)
    assert "/screener/result/outpatient?country=us" in html  # the shareable link: outcome and country


def test_substance_follow_up_is_asked_when_something_is_used(client: FlaskClient) -> None:
    walk = ScreenerWalk(client)
    walk.run({**CALM_WALK, "use_alcohol": "most_days", "substance_risks": ["mild_withdrawal"]})
    assert walk.pages.index("substance_risks") == walk.pages.index("substances") + 1


@pytest.mark.parametrize(
    "country,first,absent",
    [("us", 'href="tel:911"', 'href="tel:999"'), ("gb", 'href="tel:999"', 'href="tel:988"')],
)
def test_right_now_ends_the_flow_with_the_countrys_lines(
    client: FlaskClient, country: str, first: str, absent: str
) -> None:
    walk = ScreenerWalk(client)
    walk.run({**CALM_WALK, "country": country, "suicide_thoughts": "right_now"})
    html = walk.last
    assert "stop-page" in html and first in html and absent not in html
    assert walk.pages[-1] == "suicide_thoughts"  # nothing more was asked
    assert "You don" in html  # "you don't need to finish anything"
    assert 'value="carry_on"' in html


def test_danger_now_stops_at_once_and_carrying_on_keeps_the_crisis_lines(client: FlaskClient) -> None:
    walk = ScreenerWalk(client)
    walk.run({**CALM_WALK, "danger_now": "yes"})
    assert walk.pages == ["country", "danger_now"]
    assert 'href="tel:18002221222"' in walk.last  # Poison Help, with the emergency number
    carried = walk.post("question", {"country": "us", "danger_now": "yes"}, action="carry_on")
    html = carried.get_data(as_text=True)
    assert 'name="current" value="for_whom"' in html
    assert html.index("crisis-first") < html.index('name="current"')
    assert 'name="carry_on" value="1"' in html


def test_the_crisis_box_takes_the_focus_when_it_first_appears(client: FlaskClient) -> None:
    walk = ScreenerWalk(client)
    walk.run({**CALM_WALK, "country": "gb", "suicide_thoughts": "thoughts_no_plan"})
    after = walk.seen[walk.pages.index("suicide_thoughts") + 1]
    heading = after[after.index('id="crisis-heading"') :][:120]
    assert "data-focus-on-swap" in heading
    assert 'href="tel:999"' in after  # the visitor's country, from the first box
    later = walk.seen[-1]
    assert "crisis-first" in later and 'id="crisis-heading" tabindex="-1" data-focus-on-swap' not in later


def test_a_child_under_12_gets_the_short_page(client: FlaskClient) -> None:
    walk = ScreenerWalk(client)
    walk.run({**CALM_WALK, "age": "under_12"})
    assert walk.pages == ["country", "danger_now", "for_whom", "age"]
    assert "pediatrician" in walk.last.lower() or "children" in walk.last.lower()


def test_none_of_these_with_another_box_is_a_clear_error_keeping_answers(client: FlaskClient) -> None:
    answers = {
        k: v
        for k, v in CALM_WALK.items()
        if k not in ("health_flags", "experiences", "daily_life", "current_care", "home", "preferences")
    }
    data = form_data(answers)
    data.add("health_flags", "none")
    data.add("health_flags", "fainting")
    data.add("current", "health_flags")
    data.add("action", "next")
    response = client.post("/en/screener/question", data=data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "None of these" in html and "Untick one" in html
    assert '<input type="hidden" name="age" value="adult">' in html


def test_a_checkbox_page_left_empty_asks_for_a_box(client: FlaskClient) -> None:
    answers = {
        k: v
        for k, v in CALM_WALK.items()
        if k not in ("health_flags", "experiences", "daily_life", "current_care", "home", "preferences")
    }
    data = form_data(answers)
    data.add("current", "health_flags")
    data.add("action", "next")
    response = client.post("/en/screener/question", data=data)
    assert response.status_code == 400 and "Tick at least one box" in response.get_data(as_text=True)


def test_the_substance_grid_needs_every_row(client: FlaskClient) -> None:
    before = {
        k: v
        for k, v in CALM_WALK.items()
        if k in ("country", "danger_now", "for_whom", "age", "suicide_thoughts", "self_harm_acts")
    }
    data = form_data({**before, "use_alcohol": "none"})
    data.add("current", "substances")
    data.add("action", "next")
    response = client.post("/en/screener/question", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "every row" in html
    assert all(f'name="{q}"' in html for q in USE_QUESTIONS)


def test_result_sections_follow_the_design_order(client: FlaskClient) -> None:
    answers = {
        **CALM_WALK,
        "use_opioids_nonmedical": "some_days",
        "substance_risks": ["overdose_recent"],
        "for_whom": "someone_else",
    }
    html = ScreenerWalk(client).run(answers).get_data(as_text=True)
    order = [
        'id="outcome-heading"',
        "red-flags-heading",
        "why-heading",
        'id="flag-naloxone"',
        "ask-heading",
        "find-heading",
        "pay-heading",
        "lines-heading",
    ]
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "today" in html[html.index('id="outcome-heading"') :][:300].lower()


def test_coverage_is_a_selector_on_the_result_page(client: FlaskClient) -> None:
    walk = ScreenerWalk(client)
    walk.run(CALM_WALK)
    chosen = walk.post("result", {**walk.answers, "coverage": "medicaid"})
    html = chosen.get_data(as_text=True)
    assert 'id="coverage-medicaid" name="coverage" value="medicaid" checked' in html
    assert 'href="/en/paying-for-care?coverage=medicaid"' in html


@pytest.mark.parametrize("locale", ["en", "es"])
def test_results_never_use_diagnostic_language(client: FlaskClient, locale: str) -> None:
    for changes in (
        {},
        {"danger_now": "yes"},
        {"daily_life": "cannot_manage"},
        {"daily_life": "a_lot"},
        {
            "use_alcohol": "most_days",
            "substance_risks": ["complicated_withdrawal"],
            "for_whom": "someone_else",
        },
        {"experiences": ["hearing_seeing_things"], "age": "young_adult"},
    ):
        walk = ScreenerWalk(client, locale)
        response = walk.run({**CALM_WALK, **changes})
        html = (walk.last if changes.get("danger_now") == "yes" else response.get_data(as_text=True)).lower()
        for phrase in DIAGNOSTIC_PHRASES:
            assert phrase not in html, phrase


def test_answers_never_appear_in_urls_and_steps_are_never_shared_caches(client: FlaskClient) -> None:
    response = client.post(
        "/en/screener/question",
        data=form_data({**CALM_WALK, "action": "check"}),
        headers={"HX-Request": "true"},
    )
    assert "suicide" not in response.headers.get("HX-Push-Url", "")
    assert client.get("/en/screener/question?suicide_thoughts=right_now").status_code == 303
    assert client.get("/en/screener/result").status_code == 303
    step = client.post("/en/screener/question", data={"action": "next"})
    assert "public" not in step.headers["Cache-Control"] and "private" in step.headers["Cache-Control"]


@pytest.mark.parametrize(
    "data",
    [
        {"bogus": "1", "action": "next"},
        {"danger_now": "sometimes", "current": "danger_now", "action": "next"},
        {"country": "us", "current": "preferences", "action": "next"},  # out of order
        {"current": "nope", "action": "next"},
        {"action": "dance"},
    ],
)
def test_tampered_forms_get_a_clear_localized_400(client: FlaskClient, data: dict) -> None:
    for locale, words in (("en", "could not continue"), ("es", "no pudo continuar")):
        response = client.post(f"/{locale}/screener/question", data=data)
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert words in html
        assert f'href="/{locale}/screener"' in html  # a way to start again


def test_repeated_single_answers_are_tampering(client: FlaskClient) -> None:
    response = client.post("/en/screener/question", data=MultiDict([("age", "adult"), ("age", "teen")]))
    assert response.status_code == 400


def test_incomplete_result_request_is_a_400_not_a_500(client: FlaskClient) -> None:
    assert client.post("/en/screener/result", data={"country": "us"}).status_code == 400


def test_missing_answer_keeps_earlier_answers_and_shows_error_summary(client: FlaskClient) -> None:
    response = client.post(
        "/en/screener/question", data={"country": "us", "current": "danger_now", "action": "next"}
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "There is a problem" in html and "<title>Error:" in html
    assert 'href="#danger_now-no"' in html
    assert '<input type="hidden" name="country" value="us">' in html


def test_change_answer_returns_to_check_page(client: FlaskClient) -> None:
    data = form_data(CALM_WALK)
    data.add("action", "change:daily_life")
    assert 'name="mode" value="review"' in client.post("/en/screener/question", data=data).get_data(
        as_text=True
    )
    data = form_data({**CALM_WALK, "daily_life": "a_lot"})
    for key, value in (("current", "daily_life"), ("mode", "review"), ("action", "next")):
        data.add(key, value)
    assert "Check your answers" in client.post("/en/screener/question", data=data).get_data(as_text=True)


def test_htmx_gets_only_the_panel(client: FlaskClient) -> None:
    response = client.post("/en/screener/question", data={"action": "next"}, headers={"HX-Request": "true"})
    html = response.get_data(as_text=True)
    assert re.match(r'\s*<title>[^<]+</title>\s*<div id="screener-panel"', html)
    assert "<html" not in html and "safety-bar" not in html
    assert response.headers["HX-Push-Url"] == "/en/screener/question?step=1"


def test_switching_language_mid_way_says_so(client: FlaskClient) -> None:
    step = client.post("/en/screener/question", data={"action": "next"}).get_data(as_text=True)
    assert 'href="/es/screener?switched=1"' in step
    html = client.get("/es/screener?switched=1").get_data(as_text=True)
    assert "cambió el idioma" in html.lower() or "cambio el idioma" in html.lower()


def test_shared_result_carries_no_answers(client: FlaskClient) -> None:
    html = client.get("/es/screener/result/higher_level?country=ca").get_data(as_text=True)
    assert 'href="tel:988"' in html  # Canada's 9-8-8
    assert "Usted dijo" not in html and "You said" not in html
    assert client.get("/en/screener/result/diagnosis").status_code == 404
    assert client.get("/en/screener/result/iop?country=<script>").status_code == 400


def test_no_cookie_no_session_no_logged_answers(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    ScreenerWalk(client).run({**CALM_WALK, "suicide_thoughts": "wished_dead"})
    assert not list(client._cookies)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "wished_dead" not in logged and "suicide_thoughts" not in logged


@pytest.mark.parametrize("locale,message", [("en", "Choose a country to continue."), ("es", "país")])
def test_country_left_unchosen_asks_again(client: FlaskClient, locale: str, message: str) -> None:
    response = client.post(
        f"/{locale}/screener/question", data={"country": "", "current": "country", "action": "next"}
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html and 'href="#country-select"' in html and 'id="country-select"' in html
