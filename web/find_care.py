"""Finding care: where to look, the visitor's state, what to say when calling, a calls sheet.

Nothing a visitor types reaches this server: the ZIP code field is a form that goes straight
to FindTreatment.gov (its address is built by the browser), and the state, caller and kind
of care are fixed choices.
"""

from __future__ import annotations

from flask import Blueprint, Flask, make_response, render_template, request
from flask.typing import ResponseReturnValue
from htmx_flask import request as htmx_request

from core.find_care import CARE_KINDS, TOPICS, VOICES, call_questions
from web import find_care_text as text
from web import locale
from web.headers import public
from web.site import site

bp = Blueprint("find_care", __name__)

FINDTREATMENT_LOCATOR = "https://findtreatment.gov/locator"
FIND_LINES = ("us-samhsa", "us-211")
# The sheet has room for a dozen rows to write in: questions whose answer needs no note are left
# to the checklist.
SHEET_LEAVES_OUT = frozenset(
    {"what_to_bring", "after_program", "family_part", "licensed", "assessment", "consent", "pregnancy"}
)


def init_app(app: Flask) -> None:
    app.jinja_env.globals["find_care_text"] = text


def _choice(name: str, allowed: tuple[str, ...], default: str) -> tuple[str, bool]:
    """A fixed-choice parameter: (value, whether the request named an unknown one)."""
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default, False
    if raw in allowed:
        return raw, False
    return default, True


def _render(full: str, fragment: str, status: int, **context: object) -> ResponseReturnValue:
    partial = htmx_request.htmx and not htmx_request.htmx.history_restore_request
    response = make_response(render_template(fragment if partial else full, **context), status)
    response.vary.add("HX-Request")  # one URL, two bodies: keep caches apart
    return response


@bp.get("/<locale>/find-care")
@public("state")
def page() -> ResponseReturnValue:
    from web.resources import helplines

    states = site().states
    code = request.args.get("state") or ""
    state = states.get(code) if code else None
    bad_state = bool(code) and state is None
    return _render(
        "find_care/page.html",
        "find_care/_state.html",
        400 if bad_state else 200,
        states=states.sorted_for(locale.current()),
        state=state,
        bad_state=bad_state,
        locator=FINDTREATMENT_LOCATOR,
        lines=[helplines().get(line_id) for line_id in FIND_LINES],
        nav="find",
    )


def _calling_context() -> tuple[dict, bool]:
    care, bad_care = _choice("care", CARE_KINDS, "iop")
    voice, bad_voice = _choice("voice", VOICES, "self")
    context = {
        "care": care,
        "voice": voice,
        "questions": call_questions(care, voice),
        "bad_choice": bad_care or bad_voice,
        "nav": "find",
    }
    return context, bad_care or bad_voice


@bp.get("/<locale>/find-care/calling")
@public("care", "voice")
def calling() -> ResponseReturnValue:
    context, bad = _calling_context()
    return _render("find_care/calling.html", "find_care/_calling_panel.html", 400 if bad else 200, **context)


@bp.get("/<locale>/find-care/my-calls")
@public("care", "voice")
def my_calls() -> ResponseReturnValue:
    from web.resources import helplines

    context, bad = _calling_context()
    context["nav"] = None
    context["rows"] = [q for q in context["questions"] if q not in SHEET_LEAVES_OUT]
    context["samhsa"] = helplines().get("us-samhsa")
    return make_response(render_template("find_care/my_calls.html", **context), 400 if bad else 200)


def result_questions(outcome: str, voice: str, topics: frozenset[str]) -> tuple[str, ...]:
    """The call checklist that fits a self-check result (its wording: find_care_text)."""
    chosen = set(topics) & set(TOPICS)
    if locale.current() != "en":  # reading in another language: ask for staff who speak it
        chosen.add("language")
    return call_questions(outcome if outcome in CARE_KINDS else "not_sure", voice, chosen)
