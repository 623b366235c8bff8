"""Self-check: start page, one page per step, check answers, result, and the stop pages.

Answers travel only in POST bodies (hidden fields), never in URLs, cookies, storage or logs.
The flow (what to ask next, when to stop, when crisis lines show) comes from the engine
(`screener.next_step`); this module reads forms and renders what it returns.
"""

from __future__ import annotations

from babel import Locale
from flask import Blueprint, Flask, abort, make_response, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l
from htmx_flask import request as htmx_request
from werkzeug.datastructures import MultiDict

import screener
from core.find_care import topics_from_result
from web import locale
from web import screener_text as text
from web.addresses import absolute_url
from web.bodies import unreadable_fields
from web.find_care import result_questions
from web.headers import public
from web.inputs import bounded_int
from web.resources import helplines
from web.site import site

bp = Blueprint("screener", __name__)

NONE = "none"  # the "none of these" box of a multi-choice page; it means an empty list
RESERVED = {"current", "action", "mode", "history", "carry_on"}
ERRORS = {
    "missing": _l("Choose an answer to continue."),
    "missing_country": _l("Choose a country to continue."),
    "missing_grid": _l("Choose an answer in every row to continue."),
    "unreadable": _l("Some of what was sent could not be read. Please choose your answer again."),
}
# Lines that a flag calls for, shown first among the country's helplines on the result.
FLAG_LINES = {
    "poison_help": ("us-poison",),
    "dv_line": ("us-dv",),
    "perinatal": ("us-maternal",),
    "naloxone": ("us-samhsa",),
    "moud": ("us-samhsa",),
}
# Articles a result links to for each flag (the flag's own content names its article too).
FIND_CARE_LINES = ("us-samhsa", "us-findtreatment")
CALL_VOICES = {"someone_else": "family", "professional": "professional"}  # for_whom -> who is calling


class Tampered(ValueError):
    """The form does not look like one we sent: unknown fields, repeated fields, bad steps."""


def init_app(app: Flask) -> None:
    model = screener.screener()  # validated at start-up (questions.yaml)
    text.check_covers(model)  # every id has its words, or start-up stops


# ---------------------------------------------------------------- reading forms


def read_form(form: MultiDict) -> tuple[dict[str, object], dict[str, str], dict[str, str]]:
    """(answers, control fields, errors) from a POST body; anything unexpected is Tampered.

    A multi-choice answer arrives as one field per ticked box, or the single value "none".
    """
    model = screener.screener()
    known = {q.id: q for q in model.questions}
    answers: dict[str, object] = {}
    control: dict[str, str] = {}
    errors: dict[str, str] = {}
    for key in form:
        values = form.getlist(key)
        question = known.get(key)
        if key in RESERVED:
            if len(values) != 1:
                raise Tampered(key)
            control[key] = values[0]
        elif question is None:
            raise Tampered(key)
        elif question.multi:
            if values == [NONE]:
                answers[key] = ()
            elif NONE in values:
                errors[key] = "none_with_others"
            elif len(set(values)) != len(values) or not set(values) <= set(question.options):
                raise Tampered(key)
            else:
                answers[key] = tuple(o for o in question.options if o in values)
        else:
            if len(values) != 1:
                raise Tampered(key)
            if values[0] == "":
                continue  # a list left at "Choose a country": not answered, like a blank radio
            if values[0] not in question.options:
                raise Tampered(key)
            answers[key] = values[0]
    return answers, control, errors


def hidden_fields(answers: dict[str, object], skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    fields = []
    for qid, value in answers.items():
        if qid in skip:
            continue
        if isinstance(value, tuple):
            fields.extend((qid, option) for option in value) if value else fields.append((qid, NONE))
        else:
            fields.append((qid, str(value)))
    return fields


# ---------------------------------------------------------------- rendering helpers


def voice(answers: dict[str, object]) -> str:
    return "self" if answers.get("for_whom", "self") == "self" else "other"


def asker(answers: dict[str, object]) -> str:
    return {"someone_else": "family", "professional": "professional"}.get(
        str(answers.get("for_whom")), "self"
    )


def country_label(option: str, code: str) -> str:
    if option == screener.OTHER_COUNTRY:
        return str(_l("My country is not listed"))
    return Locale.parse(code).territories.get(option.upper(), option.upper())


def country_choices(code: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(countries with crisis lines here, every other country), names in the visitor's language."""
    listed = helplines().countries
    with_lines = [(c, country_label(c, code)) for c in listed]
    options = screener.screener().question("country").options
    rest = [(c, country_label(c, code)) for c in options if c not in listed and c != screener.OTHER_COUNTRY]
    return sorted(with_lines, key=lambda x: x[1]), sorted(rest, key=lambda x: x[1])


def crisis_lines(country: object) -> list:
    """The country's emergency and crisis lines (Poison Help among them where it exists)."""
    lines = helplines()
    code = country if isinstance(country, str) and country in lines.countries else None
    if code is None:
        return []
    return [line for line in lines.for_country(code) if line.purpose in ("emergency", "crisis")]


def render(template: str, status: int = 200, push: str | None = None, **context) -> ResponseReturnValue:
    partial = htmx_request.htmx and not htmx_request.htmx.history_restore_request
    context.setdefault("nav", "screener")
    answers = context.get("answers", {})
    context["hidden"] = hidden_fields(answers)
    context.setdefault("carry_on", False)
    context["country"] = answers.get("country", context.get("country"))
    context.setdefault("crisis_lines", crisis_lines(context["country"]))
    # The language switcher leads to the start page, which says why: answers cannot follow a link.
    context.setdefault(
        "languages",
        [(locale.info(c), url_for("screener.start", locale=c, switched=1)) for c in locale.supported()],
    )
    body = render_template(template, partial=partial, text=text, **context)
    response = make_response(body, status)
    # Answers are in the page: no shared cache ever keeps it. The browser may keep it (it is
    # the visitor's own page) so that Back shows the step again instead of an error.
    response.cache_control.private = True
    response.cache_control.no_cache = True
    response.vary.add("HX-Request")
    if partial and push and not request.form.get("history"):
        response.headers["HX-Push-Url"] = push
    return response


def page_context(page: str, answers: dict[str, object], error: str | None, errors: dict[str, str]) -> dict:
    model = screener.screener()
    code = locale.current()
    who = voice(answers)
    counted = screener.clean(answers)
    questions = [q for q in model.page_questions(page) if q.shown_when.holds(counted)]
    title, hint = text.QUESTIONS[page][who]
    rows = []
    for question in questions:
        if question.id == "country":
            continue
        options = [
            (option, text.OPTIONS.get((question.id, option)) or text.GRID_COLUMNS.get(option, option))
            for option in question.options
            if who == "other" or option not in question.others_only
        ]
        rows.append(
            {
                "id": question.id,
                "multi": question.multi,
                "label": text.GRID_ROWS.get(question.id, ""),
                "options": options,
                "current": answers.get(question.id),
                "none_label": text.NONE_OF_THESE.get(question.id),
            }
        )
    return {
        "page": page,
        "title": title,
        "hint": hint,
        "rows": rows,
        "grid": len(questions) > 1,
        "countries": country_choices(code) if page == "country" else None,
        "current_country": answers.get("country", ""),
        "error": error,
        "errors": errors,
    }


def error_text(code: str | None, page: str) -> object:
    if code is None:
        return None
    if code == "missing" and page == "country":
        code = "missing_country"
    elif code == "missing" and page == "substances":
        code = "missing_grid"
    elif code == "none_with_others":
        return text.NONE_WITH_OTHERS
    elif code == "choose_one":
        return text.CHOOSE_ONE
    return ERRORS[code]


def question_page(
    page: str,
    answers: dict[str, object],
    mode: str = "",
    error: str | None = None,
    errors: dict[str, str] | None = None,
    crisis_focus: bool = False,
    carry_on: bool = False,
) -> ResponseReturnValue:
    shown = screener.pages(answers)
    ids = [p for p, _ in shown]
    step = screener.next_step(answers, carry_on=carry_on)
    context = page_context(page, answers, error_text(error, page), errors or {})
    number = ids.index(page) + 1 if page in ids else 1
    push = url_for("screener.question_get", step=number)
    return render(
        "screener/question.html",
        status=400 if error else 200,
        push=push,
        answers=answers,
        kept_skip=(*(row["id"] for row in context["rows"]), "country")
        if page == "country"
        else tuple(row["id"] for row in context["rows"]),
        step=number,
        total=len(ids),
        mode=mode,
        crisis=step.crisis_now,
        crisis_focus=crisis_focus,
        carry_on=carry_on,
        **context,
    )


def check_page(answers: dict[str, object], carry_on: bool = False) -> ResponseReturnValue:
    code = locale.current()
    rows = []
    for page, questions in screener.pages(answers):
        for qid in questions:
            if qid not in answers:
                continue
            rows.append(
                (
                    page,
                    qid,
                    text.SHORT_LABELS.get(qid) or text.GRID_ROWS.get(qid, qid),
                    answer_label(qid, answers[qid], code),
                )
            )
    return render(
        "screener/check.html",
        push=url_for("screener.check_get"),
        answers=answers,
        rows=rows,
        carry_on=carry_on,
    )


def answer_label(qid: str, value: object, code: str) -> str:
    if qid == "country":
        return country_label(str(value), code)
    if isinstance(value, tuple):
        if not value:
            return str(text.NONE_OF_THESE.get(qid, _l("None of these")))
        return "; ".join(str(text.OPTIONS[(qid, v)]) for v in value)
    return str(text.OPTIONS.get((qid, str(value))) or text.GRID_COLUMNS.get(str(value), value))


def stop_page(answers: dict[str, object], reason: str) -> ResponseReturnValue:
    template = "screener/under_12.html" if reason == "child_under_12" else "screener/stop.html"
    return render(template, push=url_for("screener.result_get"), answers=answers, reason=reason)


def invalid_page() -> ResponseReturnValue:
    return render("screener/invalid.html", status=400, answers={})


# ---------------------------------------------------------------- views


@bp.get("/<locale>/screener")
@public("restarted", "switched")
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
        answers, control, errors = read_form(request.form)
        return _question(answers, control, errors)
    except Tampered:
        return invalid_page()


def _question(
    answers: dict[str, object], control: dict[str, str], errors: dict[str, str]
) -> ResponseReturnValue:
    model = screener.screener()
    answers = relevant(answers)
    action = control.get("action", "next")
    mode = "review" if control.get("mode") == "review" else ""
    carry_on = control.get("carry_on") == "1" or action == "carry_on"
    current = control.get("current")
    ids = [page for page, _ in screener.pages(answers)]
    if current is not None and current not in ids:
        raise Tampered("current")

    if action == "back":
        if current is None or ids.index(current) == 0:
            return render("screener/start.html", push=url_for("screener.start"), answers={})
        return question_page(ids[ids.index(current) - 1], answers, carry_on=carry_on)
    if action == "check":
        step = screener.next_step(answers, carry_on=carry_on)
        return (
            question_page(step.page, answers, carry_on=carry_on)
            if step.page
            else check_page(answers, carry_on)
        )
    if action.startswith(("step:", "change:")):
        target = action.split(":", 1)[1]
        number = bounded_int(target, 1, len(ids))
        if number is not None:
            target = ids[number - 1]
        if target not in ids:
            raise Tampered("action")
        step = screener.next_step(answers, carry_on=True)
        if step.page and ids.index(step.page) < ids.index(target):
            target = step.page  # never skip ahead of an unanswered question
        review = "review" if action.startswith("change:") else mode
        return question_page(target, answers, mode=review, carry_on=carry_on)
    if action not in ("next", "carry_on"):
        raise Tampered("action")

    if current is not None and action == "next":
        page_questions = [q for q in dict(screener.pages(answers))[current]]
        step = screener.next_step(answers, carry_on=True)
        if step.page and ids.index(step.page) < ids.index(current):
            if unreadable_fields():
                return question_page(step.page, answers, mode=mode, error="unreadable", carry_on=carry_on)
            raise Tampered("order")  # an earlier page is unanswered: the form was changed or replayed
        if errors:
            code = next(iter(errors.values()))
            return question_page(current, answers, mode=mode, error=code, errors=errors, carry_on=carry_on)
        unanswered = [q for q in page_questions if q not in answers]
        if unanswered:
            code = (
                "unreadable"
                if unreadable_fields()
                else ("choose_one" if model.question(unanswered[0]).multi else "missing")
            )
            return question_page(current, answers, mode=mode, error=code, carry_on=carry_on)
    step = screener.next_step(answers, carry_on=carry_on)
    if step.stop:
        return stop_page(answers, step.stop_reason or "danger_now")
    if step.page is None:
        return check_page(answers, carry_on)
    # The crisis box takes the focus on the step where it first appears.
    reads = model.crisis_first_when.reads()
    crisis_focus = (
        step.crisis_now
        and current is not None
        and bool(set(dict(screener.pages(answers)).get(current, ())) & reads)
    )
    if mode == "review" and current is not None:
        return question_page(step.page, answers, mode="review", crisis_focus=crisis_focus, carry_on=carry_on)
    return question_page(step.page, answers, crisis_focus=crisis_focus, carry_on=carry_on)


def relevant(answers: dict[str, object]) -> dict[str, object]:
    """Drop answers to questions that no longer apply (a follow-up after its answer changed)."""
    shown = {qid for _, questions in screener.pages(answers) for qid in questions}
    return {qid: value for qid, value in answers.items() if qid in shown or qid == "coverage"}


@bp.post("/<locale>/screener/result")
def result() -> ResponseReturnValue:
    try:
        answers, control, _errors = read_form(request.form)
        answers = relevant(answers)
        outcome = screener.evaluate(answers)
    except screener.InvalidAnswers as err:
        if unreadable_fields() and err.code == "missing" and err.question_id:
            page = next(p for p, qs in screener.pages(answers) if err.question_id in qs)
            return question_page(page, answers, error="unreadable")
        return invalid_page()
    except Tampered:
        return invalid_page()
    return render(
        "screener/result.html",
        push=url_for("screener.result_get"),
        carry_on=control.get("carry_on") == "1",
        **result_context(outcome.outcome, outcome.timing, dict(answers), outcome),
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
    timing = {"urgent": "today", "higher_level": "this_week", "iop": "this_week", "outpatient": "soon"}[
        outcome
    ]
    context = result_context(outcome, timing, {"country": country}, None)
    return make_response(
        render_template("screener/result.html", text=text, nav="screener", hidden=[], **context)
    )


def heading_key(outcome: str, timing: str, result: screener.Result | None) -> str:
    if result is not None and "child_under_12" in result.flags and outcome == "outpatient":
        return "child_under_12"
    if outcome == "urgent":
        return "urgent_now" if timing == "now" else "urgent_today"
    if outcome == "higher_level":
        return "higher_level"
    if outcome == "iop":
        return {"now": "iop_today", "today": "iop_today", "this_week": "iop_this_week"}.get(
            timing, "iop_soon"
        )
    if result is not None and "daily_alcohol_or_sedatives" in result.reasons:
        return "cut_down_first"
    return "outpatient_this_week" if timing in ("now", "today", "this_week") else "outpatient_soon"


def result_context(
    outcome: str, timing: str, answers: dict[str, object], result: screener.Result | None
) -> dict:
    code = locale.current()
    who, asking = voice(answers), asker(answers)
    country = str(answers.get("country", "us"))
    coverage = answers.get("coverage") if result is not None else None
    flags = list(result.flags) if result else []
    # Means safety for any suicide or self-harm answer and on every parent result (design, 6).
    if result is not None and "means_safety" not in flags and (result.crisis_first or asking == "family"):
        flags.append("means_safety")
    reasons = []
    for rule_id in result.reasons if result else ():
        if rule_id == "default_outpatient" and len(result.reasons) > 1:
            continue
        reasons.append(text.REASONS[rule_id][who])
    ask = list(text.ASK[outcome][asking])
    for flag in flags:
        ask.extend(text.ASK_FLAGS.get(flag, {}).get(asking, ()))
    lines = helplines().for_country(country) if country in helplines().countries else []
    wanted = [line_id for flag in flags for line_id in FLAG_LINES.get(flag, ())]
    first = [line for line in lines if line.id in wanted or line.purpose in ("emergency", "crisis")]
    rest = [line for line in lines if line not in first]
    guide = site().paying_guide(code)
    call_voice = CALL_VOICES.get(str(answers.get("for_whom", "self")), "self")
    topics = topics_from_result(answers, flags) if result else frozenset()
    call_questions = result_questions(outcome, call_voice, topics)
    return {
        "outcome": outcome,
        "timing": timing,
        "heading": text.HEADINGS[heading_key(outcome, timing, result)],
        "explanation": text.EXPLANATIONS[outcome],
        "reasons": reasons,
        "flags": [(flag, *text.FLAGS[flag]) for flag in flags],
        "notes": [text.NOTES[note] for note in (result.notes if result else ())],
        "ask": ask,
        "crisis_first": outcome == "urgent" or bool(result and result.crisis_first),
        "now": timing == "now",
        "answers": answers if result else {},
        "is_personal": result is not None,
        "country": country,
        "country_name": country_label(country, code),
        "lines_first": first,
        "lines_rest": rest,
        "find_care": [helplines().get(i) for i in FIND_CARE_LINES] if country == "us" else [],
        "call_questions": call_questions,
        "call_voice": call_voice,
        "coverage": coverage,
        "coverage_labels": guide.coverage_labels,
        "pay_options": guide.for_coverage(coverage if coverage != "not_sure" else None)[:6] if result else [],
        "share_url": absolute_url("screener.shared", outcome=outcome, country=country),
        "youth": "youth" in flags,
        "teen_note": text.AGE_NOTE_TEEN if answers.get("age") == "teen" and asking == "family" else None,
    }
