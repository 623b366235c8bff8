"""The self-check over HTTP: one question per page, POST only, nothing stored, clear errors."""

from __future__ import annotations

import logging
import re

import pytest
from flask.testing import FlaskClient
from werkzeug.datastructures import MultiDict

from screener.model import screener as model
from tests.screener_answers import CALM as SHARED_CALM
from web.screener_text import DIAGNOSTIC_PHRASES, NOTES, OPTIONS, QUESTIONS, REASONS

CALM = {**SHARED_CALM, "daily_life": "some", "current_care": "none"}


class ScreenerWalk:
    """Answers the self-check question by question, as a browser without JavaScript would."""

    def __init__(self, client: FlaskClient, locale: str = "en") -> None:
        self.client, self.locale = client, locale
        self.seen: list[str] = []

    def run(self, answers: dict[str, str]):
        given: dict[str, str] = {}
        response = self.client.post(f"/{self.locale}/screener/question", data={"action": "next"})
        for _ in range(20):
            html = response.get_data(as_text=True)
            match = re.search(r'name="current" value="(\w+)"', html)
            if not match or "Check your answers" in html or "Revise sus respuestas" in html:
                break
            qid = match.group(1)
            self.seen.append(html)
            given[qid] = answers.get(qid, "no")
            response = self.client.post(
                f"/{self.locale}/screener/question", data={**given, "current": qid, "action": "next"}
            )
        self.answers = given
        return self.client.post(f"/{self.locale}/screener/result", data=given)


@pytest.mark.parametrize("locale", ["en", "es"])
def test_walk_through_one_question_per_page(client: FlaskClient, locale: str) -> None:
    walk = ScreenerWalk(client, locale)
    result = walk.run({**CALM, "daily_life": "a_lot"})
    assert result.status_code == 200
    assert len(walk.seen) == 11  # withdrawal does not apply to a mental-health-only worry
    assert "3" in re.search(r'class="progress">([^<]+)<', walk.seen[2]).group(1)
    html = result.get_data(as_text=True)
    assert "/screener/result/iop?country=us" in html  # the shareable link has only outcome + country


def test_progress_counts_questions(client: FlaskClient) -> None:
    walk = ScreenerWalk(client)
    walk.run(CALM)
    assert "Question 3 of 11" in walk.seen[2]
    walk = ScreenerWalk(client)
    walk.run({**CALM, "concern": "substance_use"})
    assert "Question 5 of 12" in walk.seen[4]


def test_risk_answer_shows_crisis_contacts_on_the_next_page(client: FlaskClient) -> None:
    walk = ScreenerWalk(client)
    walk.run({**CALM, "self_harm": "now"})
    next_page = walk.seen[3]  # the page after the self-harm question
    assert next_page.index("crisis-first") < next_page.index('name="current"')
    assert 'href="tel:988"' in next_page
    assert "carry on with the self-check" in next_page


def test_result_shows_crisis_first_for_urgent(client: FlaskClient) -> None:
    html = ScreenerWalk(client).run({**CALM, "danger_now": "yes"}).get_data(as_text=True)
    assert html.index("crisis-first") < html.index('class="outcome')
    assert "Please get help now" in html


def test_result_lists_why_questions_helplines_and_ways_to_pay(client: FlaskClient) -> None:
    html = (
        ScreenerWalk(client)
        .run(
            {
                **CALM,
                "current_care": "weekly_not_enough",
                "coverage": "medicaid",
                "country": "gb",
                "time_available": "online_only",
            }
        )
        .get_data(as_text=True)
    )
    assert "You said weekly sessions are not enough" in html
    assert "Questions to ask a professional" in html
    assert 'href="tel:999"' in html  # helplines for the chosen country
    assert "Ways to pay: Medicaid or CHIP" in html
    assert "/en/articles/virtual-iop" in html  # the online-only note


@pytest.mark.parametrize("locale", ["en", "es"])
def test_results_never_use_diagnostic_language(client: FlaskClient, locale: str) -> None:
    for changes in (
        {},
        {"danger_now": "yes"},
        {"medical_needs": "yes"},
        {"daily_life": "a_lot"},
        {"concern": "both", "withdrawal": "severe", "for_whom": "someone_else"},
    ):
        html = ScreenerWalk(client, locale).run({**CALM, **changes}).get_data(as_text=True).lower()
        for phrase in DIAGNOSTIC_PHRASES:
            assert phrase not in html, phrase


def test_answers_never_appear_in_urls_or_get_requests(client: FlaskClient) -> None:
    response = client.post(
        "/en/screener/question", data={**CALM, "action": "check"}, headers={"HX-Request": "true"}
    )
    assert "self_harm" not in response.headers.get("HX-Push-Url", "")
    assert client.get("/en/screener/question?self_harm=now").status_code == 303
    assert client.get("/en/screener/result").status_code == 303


@pytest.mark.parametrize(
    "data",
    [
        {"bogus": "1", "action": "next"},
        {"self_harm": "sometimes", "current": "self_harm", "action": "next"},
        {"for_whom": "self", "current": "coverage", "action": "next"},  # out of order
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


def test_repeated_fields_are_tampering(client: FlaskClient) -> None:
    response = client.post(
        "/en/screener/question", data=MultiDict([("for_whom", "self"), ("for_whom", "professional")])
    )
    assert response.status_code == 400


def test_incomplete_result_request_is_a_400_not_a_500(client: FlaskClient) -> None:
    assert client.post("/en/screener/result", data={"for_whom": "self"}).status_code == 400


def test_missing_answer_keeps_earlier_answers_and_shows_error_summary(client: FlaskClient) -> None:
    response = client.post(
        "/en/screener/question", data={"for_whom": "self", "current": "concern", "action": "next"}
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "There is a problem" in html and "<title>Error:" in html
    assert 'href="#concern-mental_health"' in html
    assert '<input type="hidden" name="for_whom" value="self">' in html


def test_change_answer_returns_to_check_page(client: FlaskClient) -> None:
    answers = {**CALM}
    response = client.post("/en/screener/question", data={**answers, "action": "change:daily_life"})
    assert 'name="mode" value="review"' in response.get_data(as_text=True)
    response = client.post(
        "/en/screener/question",
        data={**answers, "daily_life": "a_lot", "current": "daily_life", "mode": "review"},
    )
    assert "Check your answers" in response.get_data(as_text=True)


def test_htmx_gets_only_the_question_panel(client: FlaskClient) -> None:
    response = client.post("/en/screener/question", data={"action": "next"}, headers={"HX-Request": "true"})
    html = response.get_data(as_text=True)
    # The new title (which htmx applies), then only the panel: no page chrome.
    assert re.match(r'\s*<title>[^<]+</title>\s*<div id="screener-panel"', html)
    assert "<html" not in html and "safety-bar" not in html
    assert response.headers["HX-Push-Url"] == "/en/screener/question?step=1"
    assert "HX-Request" in response.headers["Vary"]


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
    ScreenerWalk(client).run({**CALM, "self_harm": "recent"})
    assert not list(client._cookies)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "recent" not in logged and "self_harm" not in logged


def test_wording_table_covers_every_id() -> None:
    screener = model()
    assert set(QUESTIONS) == set(screener.ids)
    for question in screener.questions:
        if question.id != "country":
            for option in question.options:
                assert (question.id, option) in OPTIONS
    assert {rule.id for rule in screener.rules} == set(REASONS)
    assert {note.id for note in screener.notes} == set(NOTES)


@pytest.mark.parametrize("locale,message", [("en", "Choose a country to continue."), ("es", "país")])
def test_country_left_unchosen_asks_again_and_keeps_the_answers(
    client: FlaskClient, locale: str, message: str
) -> None:
    # A list always sends its value: "Choose a country" sends "", which is no answer, not tampering.
    answers = {**CALM, "coverage": "private"}
    response = client.post(
        f"/{locale}/screener/question",
        data={**answers, "country": "", "current": "country", "action": "next"},
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html and 'href="#country-select"' in html
    assert '<input type="hidden" name="coverage" value="private">' in html
    assert 'id="country-select"' in html


@pytest.mark.parametrize("action", ["step:²", "change:②", "step:١", "step:0", "step:99", "change:-1"])
def test_step_numbers_that_are_not_plain_digits_are_refused_not_a_500(client, action: str) -> None:
    response = client.post("/en/screener/question", data={"for_whom": "self", "action": action})
    assert response.status_code == 400
