"""Every visible word of the self-check, keyed by the engine's stable ids.

Two voices: "self" (you) and "other" (the person you are asking for, or helping).
tests/web/test_screener_text.py checks this table covers every id in questions.yaml.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

# Question → voice → (question, hint)
QUESTIONS = {
    "for_whom": {
        "self": (_l("Who are you doing this self-check for?"), ""),
        "other": (_l("Who are you doing this self-check for?"), ""),
    },
    "concern": {
        "self": (_l("What are you most worried about?"), _l("Choose the closest answer.")),
        "other": (_l("What are you most worried about for them?"), _l("Choose the closest answer.")),
    },
    "self_harm": {
        "self": (
            _l("Have you had thoughts of suicide or of harming yourself?"),
            _l("We ask everyone this. Your answer is not saved, and it helps us show the right help first."),
        ),
        "other": (
            _l("Have they had thoughts of suicide or of harming themselves, as far as you know?"),
            _l("We ask everyone this. Your answer is not saved, and it helps us show the right help first."),
        ),
    },
    "danger_now": {
        "self": (
            _l("Is anyone in danger right now, including you?"),
            _l("For example, someone may be hurt, or may hurt themselves or another person."),
        ),
        "other": (
            _l("Is anyone in danger right now, including them or you?"),
            _l("For example, someone may be hurt, or may hurt themselves or another person."),
        ),
    },
    "withdrawal": {
        "self": (
            _l("When you cut down or stop drinking or using, do you get symptoms?"),
            _l(
                "For example shaking, sweating, feeling confused, seeing or hearing things that are not there, or seizures (fits)."
            ),
        ),
        "other": (
            _l("When they cut down or stop drinking or using, do they get symptoms?"),
            _l(
                "For example shaking, sweating, feeling confused, seeing or hearing things that are not there, or seizures (fits)."
            ),
        ),
    },
    "medical_needs": {
        "self": (
            _l("Do you have a physical health problem that needs medical care every day?"),
            _l("For example, a condition that needs a nurse or doctor to check on it daily."),
        ),
        "other": (
            _l("Do they have a physical health problem that needs medical care every day?"),
            _l("For example, a condition that needs a nurse or doctor to check on it daily."),
        ),
    },
    "daily_life": {
        "self": (
            _l("How much is this affecting your daily life?"),
            _l("Think about work or school, home, relationships and looking after yourself."),
        ),
        "other": (
            _l("How much is this affecting their daily life?"),
            _l("Think about work or school, home, relationships and looking after themselves."),
        ),
    },
    "current_care": {
        "self": (_l("Are you getting any care for this now, or have you lately?"), ""),
        "other": (_l("Are they getting any care for this now, or have they lately?"), ""),
    },
    "home_support": {
        "self": (_l("Do you have a safe, stable place to live, with someone who supports you?"), ""),
        "other": (_l("Do they have a safe, stable place to live, with someone who supports them?"), ""),
    },
    "time_available": {
        "self": (
            _l("Could you take part for about 3 hours a day, 3 to 5 days a week?"),
            _l("Many programs run in the morning or the evening, in person or online."),
        ),
        "other": (
            _l("Could they take part for about 3 hours a day, 3 to 5 days a week?"),
            _l("Many programs run in the morning or the evening, in person or online."),
        ),
    },
    "coverage": {
        "self": (_l("How would care be paid for?"), _l("This only changes which ways to pay we show you.")),
        "other": (
            _l("How would their care be paid for?"),
            _l("This only changes which ways to pay we show you."),
        ),
    },
    "country": {
        "self": (_l("Which country are you in?"), _l("So we can show crisis lines that work where you are.")),
        "other": (
            _l("Which country are they in?"),
            _l("So we can show crisis lines that work where they are."),
        ),
    },
}

# (question, option) → voice → label. A plain string means the same in both voices.
OPTIONS = {
    ("for_whom", "self"): _l("Myself"),
    ("for_whom", "someone_else"): _l("Someone I care about"),
    ("for_whom", "professional"): _l("Someone I support at work (I am a professional)"),
    ("concern", "mental_health"): _l("Mental health, for example low mood, anxiety or trauma"),
    ("concern", "substance_use"): _l("Alcohol or drug use"),
    ("concern", "both"): _l("Both mental health and alcohol or drug use"),
    ("concern", "not_sure"): _l("I am not sure"),
    ("self_harm", "now"): _l("Yes, right now or today"),
    ("self_harm", "recent"): _l("Yes, in the past few weeks, but not right now"),
    ("self_harm", "no"): _l("No"),
    ("self_harm", "prefer_not_to_say"): _l("I would rather not say"),
    ("danger_now", "yes"): _l("Yes"),
    ("danger_now", "no"): _l("No"),
    ("withdrawal", "severe"): _l("Yes, strong symptoms, such as confusion, seeing things or seizures"),
    ("withdrawal", "mild"): _l("Yes, milder symptoms, such as shaking, sweating or feeling sick"),
    ("withdrawal", "no"): _l("No"),
    ("withdrawal", "not_sure"): _l("Not sure, or not tried"),
    ("medical_needs", "yes"): _l("Yes"),
    ("medical_needs", "no"): _l("No"),
    ("daily_life", "little"): _l("A little"),
    ("daily_life", "some"): _l("Quite a bit, but most things still get done"),
    ("daily_life", "a_lot"): _l("A lot: work, school, home or relationships are suffering"),
    ("daily_life", "cannot_manage"): _l("Basic daily tasks, like eating or getting up, are not manageable"),
    ("current_care", "none"): _l("No care at the moment"),
    ("current_care", "weekly_helping"): _l("Weekly (or less) sessions, and they are helping"),
    ("current_care", "weekly_not_enough"): _l("Weekly (or less) sessions, but they are not enough"),
    ("current_care", "leaving_higher_care"): _l(
        "Left a hospital, residential or day program in the past month"
    ),
    ("home_support", "yes"): _l("Yes"),
    ("home_support", "somewhat"): _l("Somewhat"),
    ("home_support", "no"): _l("No"),
    ("time_available", "yes"): _l("Yes"),
    ("time_available", "online_only"): _l("Only if it is online (from home)"),
    ("time_available", "no"): _l("No, not at the moment"),
    ("coverage", "private"): _l("Private or employer insurance"),
    ("coverage", "medicaid"): _l("Medicaid or CHIP"),
    ("coverage", "medicare"): _l("Medicare"),
    ("coverage", "military"): _l("Military or veterans (TRICARE or VA)"),
    ("coverage", "none"): _l("No insurance"),
    ("coverage", "not_sure"): _l("Not sure"),
}

# Rule id → voice → "You said that …" sentence. Tied to the answers, never a diagnosis.
REASONS = {
    "self_harm_now": {
        "self": _l("You said you are having thoughts of suicide or of harming yourself right now."),
        "other": _l("You said they are having thoughts of suicide or of harming themselves right now."),
    },
    "danger_now": {
        "self": _l("You said someone is in danger right now."),
        "other": _l("You said someone is in danger right now."),
    },
    "withdrawal_severe": {
        "self": _l(
            "You said you get strong symptoms when you cut down. Stopping suddenly can be dangerous, so it is safest to do it with medical help."
        ),
        "other": _l(
            "You said they get strong symptoms when they cut down. Stopping suddenly can be dangerous, so it is safest to do it with medical help."
        ),
    },
    "medical_needs": {
        "self": _l(
            "You said there is a physical health problem that needs medical care every day. Programs with medical staff on site may be a better fit."
        ),
        "other": _l(
            "You said they have a physical health problem that needs daily medical care. Programs with medical staff on site may suit them better."
        ),
    },
    "cannot_manage": {
        "self": _l(
            "You said basic daily tasks are not manageable right now. A program with more hours, or 24-hour care, gives more support."
        ),
        "other": _l(
            "You said basic daily tasks are not manageable for them right now. A program with more hours, or 24-hour care, gives more support."
        ),
    },
    "unsafe_home_high_need": {
        "self": _l(
            "You said you do not have a safe, stable place to live with support, and that daily life is badly affected. A program where you also stay may help."
        ),
        "other": _l(
            "You said they do not have a safe, stable place to live with support, and that daily life is badly affected. A program where they also stay may help."
        ),
    },
    "self_harm_recent": {
        "self": _l(
            "You said you have had thoughts of suicide or self-harm lately, or would rather not say. Weekly sessions alone may not give enough support."
        ),
        "other": _l(
            "You said they have had thoughts of suicide or self-harm lately, or you would rather not say. Weekly sessions alone may not give enough support."
        ),
    },
    "step_down": {
        "self": _l(
            "You said you left a hospital, residential or day program in the past month. Many people go on to an IOP as a step down."
        ),
        "other": _l(
            "You said they left a hospital, residential or day program in the past month. Many people go on to an IOP as a step down."
        ),
    },
    "step_up": {
        "self": _l("You said weekly sessions are not enough. An IOP is a common next step up."),
        "other": _l("You said weekly sessions are not enough for them. An IOP is a common next step up."),
    },
    "daily_life_a_lot": {
        "self": _l("You said this is affecting your work, school, home or relationships a lot."),
        "other": _l("You said this is affecting their work, school, home or relationships a lot."),
    },
    "withdrawal_mild": {
        "self": _l(
            "You said you get milder symptoms when you cut down. Ask for a check with a doctor, who can keep an eye on them."
        ),
        "other": _l(
            "You said they get milder symptoms when they cut down. They should ask for a check with a doctor, who can keep an eye on them."
        ),
    },
    "no_home_support": {
        "self": _l(
            "You said you do not have a safe, stable place with support. Several sessions a week can add structure and support."
        ),
        "other": _l(
            "You said they do not have a safe, stable place with support. Several sessions a week can add structure and support."
        ),
    },
    "both_with_impact": {
        "self": _l(
            "You said you are worried about both mental health and alcohol or drug use, and that it affects daily life. Many IOPs help with both together."
        ),
        "other": _l(
            "You said you are worried about both their mental health and alcohol or drug use, and that it affects daily life. Many IOPs help with both together."
        ),
    },
    "default_outpatient": {
        "self": _l(
            "Nothing you told us points to needing more than regular outpatient care right now. A professional can check this with you."
        ),
        "other": _l(
            "Nothing you told us points to them needing more than regular outpatient care right now. A professional can check this with them."
        ),
    },
}

# Outcome → (heading, explanation)
OUTCOMES = {
    "urgent": (
        _l("Please get help now"),
        _l(
            "What you told us suggests someone may not be safe right now. Call or text a crisis line, or call the emergency number. You do not have to handle this alone, and you do not need to finish anything first."
        ),
    ),
    "higher_level": (
        _l("It may be worth asking about more intensive or medically supervised care"),
        _l(
            "From your answers, a professional may suggest more support than an IOP gives, at least at first. This could be medically supervised withdrawal, a partial hospitalization program (a day program), residential treatment or hospital care. Many people move on to an IOP later, as a step down."
        ),
    ),
    "iop": (
        _l("It may be worth asking a professional about an intensive outpatient program (IOP)"),
        _l(
            "From your answers, weekly sessions alone may not be enough, but care while living at home may be. An IOP usually means about 9 or more hours of care a week, over 3 to 5 days, while you keep living at home."
        ),
    ),
    "outpatient": (
        _l("Regular outpatient care may be a good first step"),
        _l(
            "From your answers, regular outpatient care, such as weekly sessions with a counselor or doctor, may be a good place to start. If things get harder, you can ask about more support, such as an IOP."
        ),
    ),
}

# Outcome → questions to ask a professional
ASK = {
    "urgent": (
        _l("When things are calmer: what care could help me stay safe from now on?"),
        _l("Can you help me make a safety plan?"),
    ),
    "higher_level": (
        _l("Do I need medical help to stop or cut down safely?"),
        _l("Would a day program, residential care or a hospital stay be safer for me right now?"),
        _l("How would I move on to an IOP or outpatient care afterwards?"),
        _l("What will my insurance cover, and do you need prior authorization?"),
    ),
    "iop": (
        _l("Could an intensive outpatient program (IOP) help me, and why or why not?"),
        _l("Are there IOPs near me, or online, that treat what I am dealing with?"),
        _l("How many hours a week, and for how many weeks, would it usually be?"),
        _l("Does the program offer evening sessions, family sessions or medication if needed?"),
        _l("What will my insurance cover, and what will I pay?"),
    ),
    "outpatient": (
        _l("What kind of regular outpatient care would suit me?"),
        _l("How will we know if I need more support, such as an IOP?"),
        _l("Who can I call if things get worse between sessions?"),
        _l("What will my insurance cover for regular sessions?"),
    ),
}

# Note id → (text, link endpoint args or None)
NOTES = {
    "for_someone_else": (
        _l(
            "Helping someone else? Our article for families explains how to talk about care and how to look after yourself too."
        ),
        ("articles.show", {"slug": "supporting-someone-in-iop"}),
    ),
    "for_professional": (
        _l(
            "For professionals: our referral page has shareable links, QR codes and handouts in several languages."
        ),
        ("share.professionals", {}),
    ),
    "online_only": (
        _l(
            "Many programs are offered online (virtual IOP). Ask whether a virtual program would suit this situation."
        ),
        ("articles.show", {"slug": "virtual-iop"}),
    ),
    "no_time": (
        _l(
            "If the time is hard to find, ask about evening or weekend programs, and about time off work. Regular outpatient care may be a start."
        ),
        ("articles.show", {"slug": "what-a-week-looks-like"}),
    ),
    "withdrawal_not_sure": (
        _l(
            "Stopping alcohol, sedatives such as benzodiazepines, or opioids suddenly can be dangerous. Talk with a doctor before cutting down."
        ),
        ("articles.show", {"slug": "iop-for-substance-use"}),
    ),
    "withdrawal_mild": (
        _l(
            "Withdrawal can get worse over a few days. If symptoms grow (confusion, seeing things, seizures), get medical help straight away."
        ),
        ("resources.help", {}),
    ),
    "concern_not_sure": (
        _l(
            "Not sure what is going on? That is common. An assessment with a professional can help sort it out."
        ),
        ("articles.show", {"slug": "who-iop-is-for"}),
    ),
    "no_coverage": (
        _l(
            "No insurance? There are still ways to pay: sliding-scale fees, community health centers and state-funded programs."
        ),
        ("articles.show", {"slug": "paying-without-insurance"}),
    ),
    "coverage_not_sure": (
        _l(
            "Not sure about coverage? The number on an insurance card, or the program's intake team, can tell you what is covered."
        ),
        ("articles.show", {"slug": "insurance-and-iop"}),
    ),
    "step_down": (
        _l(
            "Leaving a hospital or residential program? Ask the team there to help set up the next step before you leave."
        ),
        ("articles.show", {"slug": "after-iop"}),
    ),
    "weekly_helping": (
        _l(
            "If weekly care is helping, that is a good sign. Keep going, and ask your counselor if anything changes."
        ),
        None,
    ),
}

# Words that would make a result sound like a diagnosis or an order. Tests check results never
# contain them.
DIAGNOSTIC_PHRASES = (
    "you have a",
    "you have an",
    "you are suffering",
    "you suffer",
    "your diagnosis",
    "you are diagnosed",
    "they have a ",
    "they are suffering",
    "you need to go",
    "you must",
    "tiene un trastorno",
    "usted padece",
    "su diagnóstico",
    "usted debe ir",
)


def voice(answers: dict[str, str]) -> str:
    return "self" if answers.get("for_whom", "self") == "self" else "other"
