"""Finding care over HTTP: the page, the state pointers, what to say when calling, the calls
sheet, handouts and QR downloads, and the self-check result's way into all of them."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from tests.screener_answers import answers
from tests.web.test_screener_web import form_data

RESULT_ANSWERS = {
    "urgent": answers(suicide_thoughts="plan_or_intent"),
    "higher_level": answers(daily_life="cannot_manage"),
    "iop": answers(daily_life="a_lot"),
    "outpatient": answers(),
}


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("locale", ["en", "es"])
def test_find_care_is_in_the_main_navigation_of_every_page(client: FlaskClient, locale: str) -> None:
    for path in (f"/{locale}/", f"/{locale}/help", f"/{locale}/articles/faq"):
        html = client.get(path).get_data(as_text=True)
        nav = html[html.index('class="main-nav"') :][:1500]
        assert f'href="/{locale}/find-care"' in nav


@pytest.mark.parametrize("locale", ["en", "es"])
def test_the_zip_search_goes_straight_to_findtreatment_never_to_this_site(
    client: FlaskClient, locale: str
) -> None:
    response = client.get(f"/{locale}/find-care")
    html = response.get_data(as_text=True)
    form = re.search(r'<form class="zip-search"[^>]*>', html).group(0)
    assert 'action="https://findtreatment.gov/locator"' in form and 'method="get"' in form
    assert 'name="sAddr"' in html
    assert "data-hx" not in form  # a plain form: htmx never sends it to us
    csp = response.headers["Content-Security-Policy"]
    assert "form-action 'self' https://findtreatment.gov;" in csp


@pytest.mark.parametrize("locale", ["en", "es"])
def test_the_ways_to_find_care_come_in_order_with_numbers_from_the_data(
    client: FlaskClient, locale: str
) -> None:
    html = client.get(f"/{locale}/find-care").get_data(as_text=True)
    order = [
        html.index(f'id="{anchor}"')
        for anchor in ("ask", "search", "helplines", "clinics", "veterans", "state", "call")
    ]
    assert order == sorted(order)
    assert 'href="tel:18006624357"' in html  # SAMHSA's National Helpline, from helplines.yaml
    assert 'href="tel:211"' in html
    assert 'href="tel:911"' in html  # the help box, as on every content page


def test_choosing_a_state_shows_its_agencies_with_source_and_date(client: FlaskClient) -> None:
    html = client.get("/en/find-care?state=NY").get_data(as_text=True)
    result = text_of(html[html.index('class="state-result"') :])
    assert "New York State Department of Health" in result
    assert "Office of Addiction Services and Supports" in result
    assert "Office of Mental Health" in result
    assert "Checked on November 27, 2026 at" in result
    assert html.count('class="agency"') >= 3
    assert '<option value="NY" selected>' in html


def test_in_spanish_the_states_have_spanish_names(client: FlaskClient) -> None:
    html = client.get("/es/find-care?state=NY").get_data(as_text=True)
    assert '<option value="NY" selected>Nueva York</option>' in html
    assert "Revisado el 27 de noviembre de 2026 en" in html


@pytest.mark.parametrize(
    "locale,message", [("en", "Choose a state from the list."), ("es", "Elija un estado de la lista.")]
)
def test_an_unknown_state_gets_a_clear_400_and_the_whole_page(
    client: FlaskClient, locale: str, message: str
) -> None:
    response = client.get(f"/{locale}/find-care?state=Narnia")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html
    assert 'class="help-now"' in html and 'id="search"' in html
    assert "Narnia" not in html  # what was typed is not echoed back
    assert "private" in response.headers["Cache-Control"]


def test_the_state_panel_swaps_alone_and_is_never_stored(client: FlaskClient) -> None:
    response = client.get("/en/find-care?state=TX", headers={"HX-Request": "true"})
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith('<section id="state-pointers"')
    assert "no-store" in response.headers["Cache-Control"]
    full = client.get("/en/find-care?state=TX")
    assert "public" in full.headers["Cache-Control"] and "HX-Request" in full.headers["Vary"]


@pytest.mark.parametrize(
    "voice,present,absent",
    [
        ("self", "care for myself", "My family member is an adult"),
        ("family", "My family member is an adult", "refer someone to your"),
        ("professional", "How do I refer someone?", "My family member is an adult"),
    ],
)
def test_what_to_say_is_voiced_for_the_caller(
    client: FlaskClient, voice: str, present: str, absent: str
) -> None:
    html = client.get(f"/en/find-care/calling?voice={voice}&care=iop").get_data(as_text=True)
    assert present in html and absent not in html
    for question in (
        "waiting list",
        "sliding fee",
        "opioid or alcohol use",
        "mental health and substance use together",
        "program for teens",
        "free interpreter",
        "bring to the first visit",
    ):
        assert question in html, question


def test_urgent_care_puts_the_emergency_first(client: FlaskClient) -> None:
    html = client.get("/en/find-care/calling?care=urgent&voice=family").get_data(as_text=True)
    panel = html[html.index('id="calling-panel"') :]
    assert panel.index("If anyone is in danger now, call 911") < panel.index("How to start the call")
    assert "partial hospitalization" in panel


@pytest.mark.parametrize(
    "locale,message", [("en", "Choose from the lists above."), ("es", "Elija en las listas de arriba.")]
)
def test_unknown_choices_on_the_calling_page_get_a_400_and_still_help(
    client: FlaskClient, locale: str, message: str
) -> None:
    response = client.get(f"/{locale}/find-care/calling?care=spa&voice=robot")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html and "call-questions" in html


def test_the_calls_sheet_has_a_column_per_place_and_the_referral_line_from_the_data(
    client: FlaskClient,
) -> None:
    html = client.get("/es/find-care/my-calls?care=iop&voice=family").get_data(as_text=True)
    assert html.count('<th scope="col">Lugar') == 3
    assert "1-800-662-4357" in html and "¿Tiene IOP?" in html
    assert "<input" not in html[html.index('class="calls"') :]  # written on paper, never typed here


@pytest.mark.parametrize("outcome", list(RESULT_ANSWERS))
def test_every_self_check_result_links_to_find_care_with_the_questions_that_fit(
    client: FlaskClient, outcome: str
) -> None:
    html = client.post("/en/screener/result", data=form_data(RESULT_ANSWERS[outcome])).get_data(as_text=True)
    assert f'outcome-{outcome}"' in html
    assert 'href="/en/find-care"' in html
    assert f'href="/en/find-care/calling?care={outcome}&amp;voice=self"' in html
    assert f'href="/en/find-care/my-calls?care={outcome}&amp;voice=self"' in html
    calls = text_of(html[html.index('id="call-heading"') :][:4000])
    assert "waiting list" in calls and "sliding fee" in calls
    level = {
        "iop": "intensive outpatient program (IOP) here? How many hours",
        "higher_level": "more care than an IOP",
        "urgent": "more care than an IOP",
        "outpatient": "weekly counseling or therapy",
    }[outcome]
    assert level in calls


def test_the_result_asks_only_what_the_answers_call_for(client: FlaskClient) -> None:
    teen = answers(
        age="teen", for_whom="someone_else", use_opioids_nonmedical="some_days", daily_life="a_lot"
    )
    html = client.post("/en/screener/result", data=form_data(teen)).get_data(as_text=True)
    calls = text_of(html[html.index('id="call-heading"') :][:4000])
    assert "program for teens" in calls and "opioid or alcohol use" in calls
    assert "My family member is an adult" in calls
    assert "pregnant" not in calls and "free interpreter" not in calls
    calm = client.post("/en/screener/result", data=form_data(answers())).get_data(as_text=True)
    calm_calls = text_of(calm[calm.index('id="call-heading"') :][:4000])
    assert "program for teens" not in calm_calls and "opioid or alcohol use" not in calm_calls


def test_in_spanish_the_result_asks_for_spanish_speaking_staff(client: FlaskClient) -> None:
    html = client.post("/es/screener/result", data=form_data(answers())).get_data(as_text=True)
    assert "personal que hable español" in html


@pytest.mark.parametrize("locale", ["en", "es"])
def test_articles_about_choosing_and_paying_link_to_find_care(client: FlaskClient, locale: str) -> None:
    for slug in ("choosing-a-program", "paying-without-insurance", "getting-started", "cost-of-iop"):
        html = client.get(f"/{locale}/articles/{slug}").get_data(as_text=True)
        assert f'href="/{locale}/find-care"' in html, slug


# ---------------------------------------------------------------- handouts and QR codes


@pytest.mark.parametrize("locale", ["en", "es"])
def test_a_handout_has_real_content_and_unbreakable_numbers(client: FlaskClient, locale: str) -> None:
    html = client.get(f"/{locale}/handout/what-is-an-iop").get_data(as_text=True)
    words = {
        "en": ("What an IOP is", "How to find one", "How to pay", "9 hours a week"),
        "es": ("Qué es un IOP", "Cómo encontrar uno", "Cómo pagar", "9 horas a la semana"),
    }[locale]
    for word in words:
        assert word in html
    assert '<span class="phone">1-800-662-4357</span>' in html
    assert '<span class="phone">911</span>' in html and '<span class="phone">988</span>' in html
    assert "<svg" in html[html.index('class="handout-link"') :]  # the QR code


def test_a_handout_shows_the_crisis_lines_of_the_country_asked_for(client: FlaskClient) -> None:
    html = client.get("/en/handout/screener?country=gb").get_data(as_text=True)
    help_box = html[html.index('id="handout-help-heading"') :]
    assert '<span class="phone">999</span>' in help_box and "988" not in help_box
    assert "FindTreatment" not in html  # US-only advice stays off a UK handout
    unknown = client.get("/en/handout/screener?country=atlantis")
    assert unknown.status_code == 400 and '<span class="phone">911</span>' in unknown.get_data(as_text=True)


@pytest.mark.parametrize(
    "kind,mimetype,magic", [("svg", "image/svg+xml", b"<?xml"), ("png", "image/png", b"\x89PNG")]
)
def test_qr_codes_download_as_svg_and_png(
    client: FlaskClient, kind: str, mimetype: str, magic: bytes
) -> None:
    response = client.get(f"/es/qr/find-care.{kind}")
    assert response.status_code == 200 and response.mimetype == mimetype
    assert response.data.startswith(magic)
    assert (
        response.headers["Content-Disposition"] == f'attachment; filename="iop-guide-find-care-es-qr.{kind}"'
    )
    handout = client.get("/es/handout/find-care").get_data(as_text=True)
    assert f'href="/es/qr/find-care.{kind}"' in handout
    assert client.get(f"/es/qr/no-such-page.{kind}").status_code == 404
    assert client.get("/es/qr/find-care.gif").status_code == 404
