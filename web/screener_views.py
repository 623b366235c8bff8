"""Self-check: start page, one question per page, check answers, result.

Answers travel only in POST bodies (hidden fields), never in URLs, cookies, the server or logs.
"""

from __future__ import annotations

from babel import Locale
from flask import Blueprint, Flask, abort, make_response, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l
from htmx_flask import request as htmx_request
from werkzeug.datastructures import MultiDict

import screener
from web import locale
from web.addresses import absolute_url
from web.bodies import unreadable_fields
from web.headers import public
from web.inputs import bounded_int
from web.resources import helplines
from web.screener_text import ASK, NOTES, OPTIONS, OUTCOMES, QUESTIONS, REASONS, voice
from web.site import site

bp = Blueprint("screener", __name__)

RESERVED = {"current", "action", "mode", "history"}
ERRORS = {
    "missing": _l("Choose an answer to continue."),
    "missing_country": _l("Choose a country to continue."),
    "unreadable": _l("Some of what was sent could not be read. Please choose your answer again."),
}
SHORT_LABELS = {
    "for_whom": _l("Who it is for"),
    "concern": _l("Main worry"),
    "self_harm": _l("Thoughts of suicide or self-harm"),
    "danger_now": _l("Anyone in danger now"),
    "withdrawal": _l("Symptoms when cutting down"),
    "medical_needs": _l("Daily medical care needed"),
    "daily_life": _l("Effect on daily life"),
    "current_care": _l("Care now or lately"),
    "home_support": _l("Safe, supportive home"),
    "time_available": _l("Time for a program"),
    "coverage": _l("How care would be paid for"),
    "country": _l("Country"),
}


class Tampered(ValueError):
    """The form does not look like one we sent: unknown fields, repeated fields, bad steps."""


def init_app(app: Flask) -> None:
    model = screener.screener()  # validates questions.yaml at start-up
    missing = {q.id for q in model.questions} - set(QUESTIONS)
    if missing:
        raise screener.ScreenerDataError(f"no wording for questions {sorted(missing)}")


# ---------------------------------------------------------------- form handling


def read_form(form: MultiDict) -> tuple[dict[str, str], dict[str, str]]:
    """Split the POST body into answers and control fields; reject anything unexpected."""
    model = screener.screener()
    answers: dict[str, str] = {}
    control: dict[str, str] = {}
    for key in form:
        values = form.getlist(key)
        if len(values) != 1:
            raise Tampered(key)
        if key in RESERVED:
            control[key] = values[0]
        elif key in model.ids:
            if values[0] == "":
                continue  # a list left at "Choose a country": not answered, like a blank radio
            question = model.question(key)
            if values[0] not in question.options:
                raise Tampered(key)
            answers[key] = values[0]
        else:
            raise Tampered(key)
    return answers, control


def sequence(answers: dict[str, str]) -> list[str]:
    return screener.applicable(answers)


def relevant(answers: dict[str, str]) -> dict[str, str]:
    """Drop answers to questions that no longer apply (e.g. withdrawal after a concern change)."""
    keep = sequence(answers)
    return {qid: value for qid, value in answers.items() if qid in keep}


def first_unanswered(answers: dict[str, str]) -> str | None:
    return next((qid for qid in sequence(answers) if qid not in answers), None)


# ---------------------------------------------------------------- rendering helpers


def option_label(qid: str, option: str, code: str) -> str:
    if qid == "country":
        return country_label(option, code)
    return str(OPTIONS[(qid, option)])


def country_label(option: str, code: str) -> str:
    if option == screener.OTHER_COUNTRY:
        return str(_l("My country is not listed"))
    return Locale.parse(code).territories.get(option.upper(), option.upper())


def country_choices(code: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(countries with crisis lines here, every other country), names in the visitor's language."""
    with_lines = [(c, country_label(c, code)) for c in helplines().countries]
    options = screener.screener().question("country").options
    rest = [
        (c, country_label(c, code))
        for c in options
        if c not in helplines().countries and c != screener.OTHER_COUNTRY
    ]
    return sorted(with_lines, key=lambda x: x[1]), sorted(rest, key=lambda x: x[1])


def render(template: str, status: int = 200, push: str | None = None, **context) -> ResponseReturnValue:
    partial = htmx_request.htmx and not htmx_request.htmx.history_restore_request
    context.setdefault("nav", "screener")
    # The language switcher leads to the start page: answers cannot follow a link.
    context.setdefault(
        "languages", [(locale.info(c), url_for("screener.start", locale=c)) for c in locale.supported()]
    )
    body = render_template(template, partial=partial, **context)
    response = make_response(body, status)
    response.cache_control.no_store = True  # answers are in the page: no caches, no bfcache
    response.vary.add("HX-Request")
    if partial and push and not request.form.get("history"):
        response.headers["HX-Push-Url"] = push
    return response


def question_page(
    qid: str, answers: dict[str, str], mode: str = "", error: str | None = None, crisis: bool = False
) -> ResponseReturnValue:
    seq = sequence(answers)
    code = locale.current()
    who = voice(answers)
    title, hint = QUESTIONS[qid][who]
    step = seq.index(qid) + 1
    question = screener.screener().question(qid)
    context = {
        "qid": qid,
        "title": title,
        "hint": hint,
        "options": [(opt, option_label(qid, opt, code)) for opt in question.options]
        if qid != "country"
        else [],
        "countries": country_choices(code) if qid == "country" else None,
        "answers": answers,
        "current": answers.get(qid, ""),
        "step": step,
        "total": len(seq),
        "mode": mode,
        "error": _error_text(error, qid),
        "crisis": crisis,
        "crisis_lines": crisis_lines(answers.get("country")),
    }
    push = url_for("screener.question_get", step=step)
    return render("screener/question.html", status=400 if error else 200, push=push, **context)


def _error_text(error: str | None, qid: str) -> object:
    if error == "missing" and qid == "country":
        error = "missing_country"
    return ERRORS[error] if error else None


def crisis_lines(country: str | None) -> list:
    code = country if country in helplines().countries else "us"
    return [line for line in helplines().for_country(code) if line.purpose in ("emergency", "crisis")][:4]


def check_page(answers: dict[str, str]) -> ResponseReturnValue:
    code = locale.current()
    rows = [
        (qid, SHORT_LABELS[qid], option_label(qid, answers[qid], code))
        for qid in sequence(answers)
        if qid in answers
    ]
    return render("screener/check.html", push=url_for("screener.check_get"), answers=answers, rows=rows)


def invalid_page() -> ResponseReturnValue:
    return render("screener/invalid.html", status=400, answers={})


# ---------------------------------------------------------------- views


@bp.get("/<locale>/screener")
@public("restarted")
def start() -> ResponseReturnValue:
    return render("screener/start.html", answers={})


# A reload or a shared address of a step: answers are not kept anywhere, so start again.
@bp.get("/<locale>/screener/question", endpoint="question_get")
@bp.get("/<locale>/screener/check", endpoint="check_get")
@bp.get("/<locale>/screener/result", endpoint="result_get")
def restart() -> ResponseReturnValue:
    response = redirect(url_for("screener.start", restarted=1), code=303)
    response.cache_control.no_store = True
    return response


@bp.post("/<locale>/screener/question")
def question() -> ResponseReturnValue:
    try:
        answers, control = read_form(request.form)
    except Tampered:
        return invalid_page()
    answers = relevant(answers)
    action = control.get("action", "next")
    mode = "review" if control.get("mode") == "review" else ""
    current = control.get("current")
    seq = sequence(answers)
    if current is not None and current not in seq:
        return invalid_page()

    if action == "back":
        if current is None or seq.index(current) == 0:
            return render("screener/start.html", push=url_for("screener.start"), answers={})
        return question_page(seq[seq.index(current) - 1], answers)
    if action == "check":
        missing = first_unanswered(answers)
        return question_page(missing, answers) if missing else check_page(answers)
    if action.startswith("step:") or action.startswith("change:"):
        target = action.split(":", 1)[1]
        number = bounded_int(target, 1, len(seq))
        if number is not None:
            target = seq[number - 1]
        if target not in seq:
            return invalid_page()
        missing = first_unanswered(answers)
        if missing and seq.index(missing) < seq.index(target):
            target = missing  # never skip ahead of an unanswered question
        return question_page(target, answers, mode="review" if action.startswith("change:") else mode)
    if action != "next":
        return invalid_page()

    unreadable = bool(unreadable_fields())
    if current is not None:
        # Out of order: an earlier question is unanswered (the form was changed or replayed,
        # or its answer arrived in bytes we could not read: then it is asked again).
        missing = first_unanswered(answers)
        if missing is not None and seq.index(missing) < seq.index(current):
            return (
                question_page(missing, answers, mode=mode, error="unreadable")
                if unreadable
                else invalid_page()
            )
        if current not in answers:
            return question_page(current, answers, mode=mode, error="unreadable" if unreadable else "missing")
    seq = sequence(answers)
    crisis = current in ("self_harm", "danger_now") and (
        answers.get("self_harm") in ("now", "recent", "prefer_not_to_say")
        or answers.get("danger_now") == "yes"
    )
    following = first_unanswered(answers)
    if following is None:
        return check_page(answers)
    if mode == "review" and current is not None:
        # Changing one answer can make a new question apply (e.g. withdrawal): ask it, then review.
        return question_page(following, answers, mode="review", crisis=crisis)
    return question_page(following, answers, crisis=crisis)


@bp.post("/<locale>/screener/result")
def result() -> ResponseReturnValue:
    try:
        answers, _control = read_form(request.form)
        answers = relevant(answers)
        outcome = screener.evaluate(answers)
    except screener.InvalidAnswers as err:
        if unreadable_fields() and err.code == "missing" and err.question_id:
            return question_page(err.question_id, answers, error="unreadable")
        return invalid_page()
    except Tampered:
        return invalid_page()
    return render(
        "screener/result.html",
        push=url_for("screener.result_get"),
        **result_context(outcome.outcome, outcome.answers, outcome),
    )


@bp.get("/<locale>/screener/result/<outcome>")
@public("country")
def shared(outcome: str) -> ResponseReturnValue:
    """A shareable result: only the outcome, the locale and the country; never the answers."""
    if outcome not in screener.OUTCOMES:
        abort(404)
    country = (request.args.get("country") or "us").lower()  # blank means the default
    if country not in helplines().countries and country != screener.OTHER_COUNTRY:
        abort(400)
    response = make_response(
        render_template(
            "screener/result.html", **result_context(outcome, {"country": country}, None), nav="screener"
        )
    )
    return response


def result_context(outcome: str, answers: dict[str, str], result: screener.Result | None) -> dict:
    code = locale.current()
    who = voice(answers)
    country = answers.get("country", "us")
    coverage = answers.get("coverage")
    heading, explanation = OUTCOMES[outcome]
    reasons = [REASONS[r.rule_id][who] for r in result.reasons] if result else []
    notes = []
    for note_id in result.notes if result else ():
        text, link = NOTES[note_id]
        notes.append((text, url_for(link[0], **link[1]) if link else None))
    guide = site().paying_guide(code)
    crisis_first = outcome == "urgent" or bool(result and result.crisis_first)
    lines = helplines().for_country(country) if country in helplines().countries else []
    return {
        "outcome": outcome,
        "heading": heading,
        "explanation": explanation,
        "reasons": reasons,
        "notes": notes,
        "ask": ASK[outcome],
        "crisis_first": crisis_first,
        "crisis_lines": crisis_lines(country),
        "lines": lines,
        "country": country,
        "country_name": country_label(country, code),
        "coverage": coverage,
        "coverage_label": guide.coverage_labels.get(coverage) if coverage else None,
        "pay_options": guide.for_coverage(coverage)[:6] if coverage else [],
        "answers": answers if result else {},
        "is_personal": result is not None,
        "share_url": absolute_url("screener.shared", outcome=outcome, country=country),
    }
