"""Every visible word of the self-check, version 2, keyed by the ids in the v2 design.

The design is ../shared/reference/self-check-v2.md (question, option, rule, flag and note ids).
Two voices for questions and reasons: "self" (you) and "other" (the person you are asking for, or
helping: "they"). Questions to ask a professional have three voices: "self", "family" (answering for
someone else) and "professional".

Rules for this file: plain words (grade 6 or lower); never say what anyone has or needs; no phone
numbers or emergency digits (the page shows each country's lines from data); one whole sentence or
phrase per msgid; no placeholders. The wording is our own: it is not copied from any screening tool.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

# ---------------------------------------------------------------- questions

# Question id → voice → (question, hint). "substances" is the grid page (all use_* rows at once).
_SUICIDE_HINT_SELF = _l("We ask everyone this. Take your time. Your answers are not saved.")
_SUICIDE_HINT_OTHER = _l(
    "We ask everyone this. If you don't know, you can say so. Your answers are not saved."
)
_TICK_ALL = _l("Tick all that fit.")

QUESTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "for_whom": {
        "self": (_l("Who is this self-check for?"), ""),
        "other": (_l("Who is this self-check for?"), ""),
    },
    "age": {
        "self": (_l("How old are you?"), _l("Care for young people and older adults can be different.")),
        "other": (_l("How old are they?"), _l("Care for young people and older adults can be different.")),
    },
    "country": {
        "self": (_l("Which country are you in?"), _l("So we can show crisis lines that work where you are.")),
        "other": (
            _l("Which country are they in?"),
            _l("So we can show crisis lines that work where they are."),
        ),
    },
    "danger_now": {
        "self": (
            _l("Is anyone in danger right now, including you?"),
            _l(
                "For example, someone is badly hurt, has taken too much of a drug or medicine, or may hurt themselves or someone else."
            ),
        ),
        "other": (
            _l("Is anyone in danger right now — them, you or someone else?"),
            _l(
                "For example, someone is badly hurt, has taken too much of a drug or medicine, or may hurt themselves or someone else."
            ),
        ),
    },
    "suicide_thoughts": {
        "self": (
            _l("In the past month, have you thought about suicide, or about not wanting to be alive?"),
            _SUICIDE_HINT_SELF,
        ),
        "other": (
            _l(
                "In the past month, have they thought about suicide, or about not wanting to be alive, as far as you know?"
            ),
            _SUICIDE_HINT_OTHER,
        ),
    },
    "self_harm_acts": {
        "self": (
            _l(
                "In the past 3 months, have you hurt yourself on purpose, or taken any step toward ending your life?"
            ),
            _l(
                "A step can mean getting something ready, or starting and then stopping. Your answers are not saved."
            ),
        ),
        "other": (
            _l(
                "In the past 3 months, have they hurt themselves on purpose, or taken any step toward ending their life, as far as you know?"
            ),
            _l(
                "A step can mean getting something ready, or starting and then stopping. Your answers are not saved."
            ),
        ),
    },
    "substances": {
        "self": (
            _l("In the past 3 months, on how many days did you use each of these?"),
            _l(
                "Choose one answer on each line. Count medicines from a doctor too. Your answers are not saved."
            ),
        ),
        "other": (
            _l("In the past 3 months, on how many days did they use each of these, as far as you know?"),
            _l(
                "Choose one answer on each line. Count medicines from a doctor too. Your answers are not saved."
            ),
        ),
    },
    "substance_risks": {
        "self": (
            _l("Have any of these happened to you?"),
            _l("Tick all that fit. Each one says how far back to think."),
        ),
        "other": (
            _l("Have any of these happened to them, as far as you know?"),
            _l("Tick all that fit. Each one says how far back to think."),
        ),
    },
    "health_flags": {
        "self": (_l("Do any of these fit you?"), _TICK_ALL),
        "other": (_l("Do any of these fit them?"), _TICK_ALL),
    },
    "experiences": {
        "self": (_l("In the past month, have you noticed any of these?"), _TICK_ALL),
        "other": (_l("In the past month, have you noticed any of these in them?"), _TICK_ALL),
    },
    "daily_life": {
        "self": (
            _l(
                "In the past 2 weeks, how much has your mental health, or alcohol or drug use, gotten in the way of daily life?"
            ),
            _l("Think about work or school, home, friends and family, and looking after yourself."),
        ),
        "other": (
            _l(
                "In the past 2 weeks, how much has their mental health, or alcohol or drug use, gotten in the way of daily life?"
            ),
            _l("Think about work or school, home, friends and family, and looking after themselves."),
        ),
    },
    "current_care": {
        "self": (_l("Are you getting care for mental health, alcohol or drugs now, or have you lately?"), ""),
        "other": (
            _l("Are they getting care for mental health, alcohol or drugs now, or have they lately?"),
            "",
        ),
    },
    "home": {
        "self": (_l("Do any of these fit your home life?"), _TICK_ALL),
        "other": (_l("Do any of these fit their home life?"), _TICK_ALL),
    },
    "preferences": {
        "self": (
            _l("What would make care easier for you to take part in?"),
            _l("Tick all that fit. This does not change what we suggest. It only changes the tips we show."),
        ),
        "other": (
            _l("What would make care easier for them to take part in?"),
            _l("Tick all that fit. This does not change what we suggest. It only changes the tips we show."),
        ),
    },
}

# ---------------------------------------------------------------- the substance grid

GRID_ROWS: dict[str, str] = {
    "use_alcohol": _l("Alcohol"),
    "use_cannabis": _l("Cannabis (weed)"),
    "use_opioids_nonmedical": _l("Heroin, fentanyl, or pain pills not taken as prescribed"),
    "use_opioids_prescribed": _l("Opioid medicine taken as prescribed, including methadone or buprenorphine"),
    "use_sedatives": _l("Sedatives, for example benzodiazepines or sleeping pills, prescribed or not"),
    "use_stimulants": _l("Stimulants, for example meth, cocaine, or ADHD pills not taken as prescribed"),
    "use_other": _l("Any other drug"),
}

GRID_COLUMNS: dict[str, str] = {
    "none": _l("Not at all"),
    "some_days": _l("Some days"),
    "most_days": _l("Most days"),
}

# ---------------------------------------------------------------- options

# (question id, option id) → label. One label serves both voices. The grid rows (use_*) share the
# column labels above, so each row is a one-answer question like any other.
OPTIONS: dict[tuple[str, str], str] = {
    ("for_whom", "self"): _l("Me"),
    ("for_whom", "someone_else"): _l("Someone I care about"),
    ("for_whom", "professional"): _l("Someone I support at work (I'm a professional)"),
    ("age", "under_12"): _l("Under 12"),
    ("age", "teen"): _l("12 to 17"),
    ("age", "young_adult"): _l("18 to 25"),
    ("age", "adult"): _l("26 to 64"),
    ("age", "older_adult"): _l("65 or older"),
    ("danger_now", "no"): _l("No"),
    ("danger_now", "yes"): _l("Yes"),
    ("suicide_thoughts", "no"): _l("No"),
    ("suicide_thoughts", "prefer_not_to_say"): _l("I'd rather not say"),
    ("suicide_thoughts", "not_sure"): _l("I don't know"),
    ("suicide_thoughts", "wished_dead"): _l(
        "Yes, a wish to be dead or not be here, but no thoughts of suicide"
    ),
    ("suicide_thoughts", "thoughts_no_plan"): _l("Yes, thoughts of suicide, but no plan"),
    ("suicide_thoughts", "plan_or_intent"): _l(
        "Yes, thoughts of suicide with a plan, or meaning to act on them"
    ),
    ("suicide_thoughts", "right_now"): _l("Yes, and the thoughts are here right now"),
    ("self_harm_acts", "no"): _l("No"),
    ("self_harm_acts", "prefer_not_to_say"): _l("I'd rather not say"),
    ("self_harm_acts", "not_sure"): _l("Not sure"),
    ("self_harm_acts", "hurt_self_not_to_die"): _l("Yes, hurting on purpose, but not to end life"),
    ("self_harm_acts", "suicidal_behavior"): _l(
        "Yes, a step toward ending life: trying, starting, or getting ready"
    ),
    ("substance_risks", "mild_withdrawal"): _l(
        "In the past year: shaking, sweating or feeling sick when cutting down, or needing a drink or dose in the morning"
    ),
    ("substance_risks", "complicated_withdrawal"): _l(
        "Ever: a seizure (fit), seeing or hearing things, or being very confused when stopping"
    ),
    ("substance_risks", "medical_withdrawal_before"): _l("Ever: needing medical care to stop safely"),
    ("substance_risks", "overdose_recent"): _l(
        "In the past 3 months: an overdose, passing out, or needing naloxone (Narcan)"
    ),
    ("substance_risks", "overdose_past"): _l("More than 3 months ago: an overdose or passing out"),
    ("substance_risks", "injected"): _l("In the past year: injecting drugs"),
    ("substance_risks", "not_sure"): _l("Never tried to cut down, or not sure"),
    ("health_flags", "pregnant_or_postpartum"): _l("Pregnant now, or had a baby in the past year"),
    ("health_flags", "fainting"): _l("Fainted in the past month"),
    ("health_flags", "restrictive_eating_or_purging"): _l(
        "Eating very little on purpose, or getting rid of food after eating (for example, by being sick)"
    ),
    ("health_flags", "serious_medical_condition"): _l(
        "A serious physical health problem that a doctor checks closely"
    ),
    ("experiences", "hearing_seeing_things"): _l("Hearing or seeing things that other people do not"),
    ("experiences", "unusual_beliefs"): _l(
        "Being very sure of things others say are not true, such as being watched or followed"
    ),
    ("experiences", "no_sleep_high_energy"): _l("Days with little or no sleep, but lots of energy"),
    ("experiences", "very_confused"): _l("Being very mixed up about time, place or people"),
    ("daily_life", "little"): _l("A little, or not at all"),
    ("daily_life", "some"): _l("Some, but most things still get done"),
    ("daily_life", "a_lot"): _l("A lot: work, school, home or relationships are suffering"),
    ("daily_life", "cannot_manage"): _l(
        "Basic things, like eating, washing or getting up, are too hard to do"
    ),
    ("current_care", "weekly_helping"): _l("Weekly care (or less often), and it is helping"),
    ("current_care", "none"): _l("No care right now"),
    ("current_care", "weekly_not_enough"): _l("Weekly care (or less often), but it is not enough"),
    ("current_care", "in_higher_care_now"): _l("In a hospital, a residential program or a day program now"),
    ("current_care", "left_higher_care"): _l(
        "Left a hospital, a residential program or a day program in the past month"
    ),
    ("current_care", "left_jail"): _l("Left jail or prison in the past month"),
    ("home", "little_support"): _l("Little or no support from family or friends"),
    ("home", "others_use"): _l("Someone at home drinks a lot or uses drugs"),
    ("home", "no_stable_home"): _l("No steady place to live"),
    ("home", "someone_hurts_me"): _l("Being hurt, threatened or controlled by someone close"),
    ("preferences", "in_person"): _l("Care in person"),
    ("preferences", "online_only"): _l("Only online care, from home"),
    ("preferences", "evenings_weekends"): _l("Evening or weekend times"),
    ("preferences", "few_hours"): _l("Only a few hours a week"),
    ("preferences", "not_sure"): _l("Not sure yet"),
}
OPTIONS.update({(row, column): label for row in GRID_ROWS for column, label in GRID_COLUMNS.items()})

# The "none of these" box on each checkbox page, and the two errors a checkbox page can show.
NONE_OF_THESE: dict[str, str] = {
    "substance_risks": _l("None of these"),
    "health_flags": _l("None of these"),
    "experiences": _l("None of these"),
    "home": _l("None of these: home is safe and stable, with support"),
    "preferences": _l("None of these: any kind of care is fine"),
}
NONE_WITH_OTHERS: str = _l("You ticked 'None of these' and another box. Untick one of them.")
CHOOSE_ONE: str = _l("Tick at least one box, or 'None of these'.")

# Short labels for the check-your-answers page.
SHORT_LABELS: dict[str, str] = {
    "for_whom": _l("Who it is for"),
    "age": _l("Age"),
    "country": _l("Country"),
    "danger_now": _l("Anyone in danger now"),
    "suicide_thoughts": _l("Thoughts of suicide"),
    "self_harm_acts": _l("Self-harm or steps to end life"),
    "substances": _l("Alcohol and drugs"),
    "substance_risks": _l("Withdrawal and overdose"),
    "health_flags": _l("Health"),
    "experiences": _l("Unusual experiences"),
    "daily_life": _l("Effect on daily life"),
    "current_care": _l("Care now or lately"),
    "home": _l("Home life"),
    "preferences": _l("What would make care easier"),
}

# ---------------------------------------------------------------- why we suggest this

# Rule id → voice → one "You said …" sentence tied to the answers, then (where useful) one short why.
REASONS: dict[str, dict[str, str]] = {
    # Urgent
    "danger_now": {
        "self": _l("You said someone is in danger right now."),
        "other": _l("You said someone is in danger right now."),
    },
    "suicide_now": {
        "self": _l("You said you are having thoughts of suicide right now."),
        "other": _l("You said they are having thoughts of suicide right now."),
    },
    "suicide_plan": {
        "self": _l(
            "You said that in the past month you had thoughts of suicide with a plan, or meant to act on them. A safety check today can help keep you safe."
        ),
        "other": _l(
            "You said that in the past month they had thoughts of suicide with a plan, or meant to act on them. A safety check today can help keep them safe."
        ),
    },
    "suicidal_behavior": {
        "self": _l(
            "You said that in the past 3 months you took a step toward ending your life. A safety check today can help keep you safe."
        ),
        "other": _l(
            "You said that in the past 3 months they took a step toward ending their life. A safety check today can help keep them safe."
        ),
    },
    "youth_suicide": {
        "self": _l(
            "You said you are 12 to 17 and had thoughts of suicide, or of not wanting to be alive, in the past month. For young people, a safety check today is the safe next step."
        ),
        "other": _l(
            "You said they are 12 to 17 and had thoughts of suicide, or of not wanting to be alive, in the past month. For young people, a safety check today is the safe next step."
        ),
    },
    "fainting_eating": {
        "self": _l(
            "You said you fainted in the past month and you eat very little or get rid of food. Fainting with eating problems is a reason to see a doctor the same day."
        ),
        "other": _l(
            "You said they fainted in the past month and they eat very little or get rid of food. Fainting with eating problems is a reason to see a doctor the same day."
        ),
    },
    "perinatal_psychosis": {
        "self": _l(
            "You said you are pregnant or had a baby in the past year, and you noticed changes in sleep, senses, beliefs or thinking. Changes like these around a birth can be an emergency."
        ),
        "other": _l(
            "You said they are pregnant or had a baby in the past year, and you noticed changes in their sleep, senses, beliefs or thinking. Changes like these around a birth can be an emergency."
        ),
    },
    "psychosis_risk": {
        "self": _l(
            "You said you hear or see things others do not, or are sure of things others say are not true, along with other serious worries. A check with a professional today is safest."
        ),
        "other": _l(
            "You said they hear or see things others do not, or are sure of things others say are not true, along with other serious worries. A check with a professional today is safest."
        ),
    },
    # Higher level
    "complicated_withdrawal_history": {
        "self": _l(
            "You said you drink or take sedatives most days, and that stopping once brought a seizure, seeing or hearing things, or bad confusion. That raises the risk next time, so ask about medical help to stop safely."
        ),
        "other": _l(
            "You said they drink or take sedatives most days, and that stopping once brought a seizure, seeing or hearing things, or bad confusion. That raises the risk next time, so ask about medical help to stop safely."
        ),
    },
    "sedatives_and_alcohol": {
        "self": _l(
            "You said you drink alcohol and take sedatives most days. Together they raise the risk of overdose, and stopping either one suddenly can be dangerous."
        ),
        "other": _l(
            "You said they drink alcohol and take sedatives most days. Together they raise the risk of overdose, and stopping either one suddenly can be dangerous."
        ),
    },
    "withdrawal_risk_group": {
        "self": _l(
            "You said you drink or take sedatives most days. You also said something that can make stopping riskier: age 65 or older, pregnancy, past medical help to stop, or a serious health problem."
        ),
        "other": _l(
            "You said they drink or take sedatives most days. You also said something that can make stopping riskier: age 65 or older, pregnancy, past medical help to stop, or a serious health problem."
        ),
    },
    "cannot_manage": {
        "self": _l(
            "You said basic daily tasks are too hard to do right now. A program with more hours, or care where you stay, gives more support."
        ),
        "other": _l(
            "You said basic daily tasks are too hard for them to do right now. A program with more hours, or care where they stay, gives more support."
        ),
    },
    "medical_and_use": {
        "self": _l(
            "You said you live with a serious physical health problem, and also use alcohol or drugs most days or find daily life very hard. Care with doctors and nurses close by may be safer."
        ),
        "other": _l(
            "You said they live with a serious physical health problem, and also use alcohol or drugs most days or find daily life very hard. Care with doctors and nurses close by may be safer."
        ),
    },
    "new_psychosis": {
        "self": _l(
            "You said you hear or see things others do not, or are sure of things others say are not true. Early help matters, and some programs are made just for this."
        ),
        "other": _l(
            "You said they hear or see things others do not, or are sure of things others say are not true. Early help matters, and some programs are made just for this."
        ),
    },
    "eating_with_impact": {
        "self": _l(
            "You said you eat very little on purpose or get rid of food, and daily life is very hard or weekly care is not enough. A medical check and more support may help."
        ),
        "other": _l(
            "You said they eat very little on purpose or get rid of food, and daily life is very hard or weekly care is not enough. A medical check and more support may help."
        ),
    },
    "unsafe_or_no_home": {
        "self": _l(
            "You said home is not steady or not safe, and daily life is very hard or you use alcohol or drugs most days. Care that also gives a safe place to stay may help."
        ),
        "other": _l(
            "You said their home is not steady or not safe, and daily life is very hard or they use alcohol or drugs most days. Care that also gives a safe place to stay may help."
        ),
    },
    # IOP
    "active_thoughts": {
        "self": _l(
            "You said you had thoughts of suicide in the past month. A safety check within a day or two can help, even if the thoughts have passed."
        ),
        "other": _l(
            "You said they had thoughts of suicide in the past month. A safety check within a day or two can help, even if the thoughts have passed."
        ),
    },
    "self_injury": {
        "self": _l(
            "You said you hurt yourself on purpose in the past 3 months. More support than a weekly session may help."
        ),
        "other": _l(
            "You said they hurt themselves on purpose in the past 3 months. More support than a weekly session may help."
        ),
    },
    "opioids_daily": {
        "self": _l(
            "You said you use heroin, fentanyl or pain pills not as prescribed on most days. Ask about medicine for opioid use, and keep naloxone close."
        ),
        "other": _l(
            "You said they use heroin, fentanyl or pain pills not as prescribed on most days. Ask about medicine for opioid use, and keep naloxone close."
        ),
    },
    "overdose_recent": {
        "self": _l(
            "You said you overdosed, passed out or needed naloxone in the past 3 months. Getting care soon matters after an overdose."
        ),
        "other": _l(
            "You said they overdosed, passed out or needed naloxone in the past 3 months. Getting care soon matters after an overdose."
        ),
    },
    "step_down": {
        "self": _l(
            "You said you are in, or just left, a hospital, a program, or jail or prison. An IOP is a common next step after a hospital or program stay."
        ),
        "other": _l(
            "You said they are in, or just left, a hospital, a program, or jail or prison. An IOP is a common next step after a hospital or program stay."
        ),
    },
    "step_up": {
        "self": _l("You said weekly care is not enough. An IOP is a common next step up."),
        "other": _l("You said weekly care is not enough for them. An IOP is a common next step up."),
    },
    "daily_life_a_lot": {
        "self": _l("You said that in the past 2 weeks, work, school, home or relationships suffered a lot."),
        "other": _l(
            "You said that in the past 2 weeks, their work, school, home or relationships suffered a lot."
        ),
    },
    "withdrawal_needs_doctor": {
        "self": _l(
            "You said you get shaky, sweaty or sick when you cut down, and you drink, take sedatives or use opioids most days. A doctor can help you cut down safely."
        ),
        "other": _l(
            "You said they get shaky, sweaty or sick when they cut down, and they drink, take sedatives or use opioids most days. A doctor can help them cut down safely."
        ),
    },
    "co_occurring": {
        "self": _l(
            "You said you use alcohol or drugs most days, and you also have worries about your mental health or daily life. Ask about care that helps with both at once."
        ),
        "other": _l(
            "You said they use alcohol or drugs most days, and you also worry about their mental health or daily life. Ask about care that helps with both at once."
        ),
    },
    "youth_daily_use": {
        "self": _l(
            "You said you are 12 to 17 and use alcohol or drugs most days. Ask about care made for teens."
        ),
        "other": _l(
            "You said they are 12 to 17 and use alcohol or drugs most days. Ask about care made for teens."
        ),
    },
    "eating_concern": {
        "self": _l(
            "You said you eat very little on purpose or get rid of food after eating. This can harm the heart and body, so a medical check is a good first step."
        ),
        "other": _l(
            "You said they eat very little on purpose or get rid of food after eating. This can harm the heart and body, so a medical check is a good first step."
        ),
    },
    "pregnant_and_use": {
        "self": _l(
            "You said you are pregnant or had a baby in the past year, and you use alcohol or drugs. Talk to a doctor before you stop or cut down: stopping some things suddenly can be risky."
        ),
        "other": _l(
            "You said they are pregnant or had a baby in the past year, and they use alcohol or drugs. They can talk to a doctor before they stop or cut down: stopping some things suddenly can be risky."
        ),
    },
    # Outpatient level (their timing and safety content still count)
    "default_outpatient": {
        "self": _l(
            "Regular outpatient care, such as visits with a counselor or doctor, may be a good place to start. A professional can check this with you."
        ),
        "other": _l(
            "Regular outpatient care, such as visits with a counselor or doctor, may be a good place to start. A professional can check this with them."
        ),
    },
    "passive_wish": {
        "self": _l(
            "You said that in the past month you had a wish to be dead or not be here. Please tell a professional soon and ask for a safety check within days."
        ),
        "other": _l(
            "You said that in the past month they had a wish to be dead or not be here. Please help them tell a professional soon and ask for a safety check within days."
        ),
    },
    "not_disclosed": {
        "self": _l(
            "You chose not to say, or were not sure, about thoughts of suicide or self-harm. That is OK. If these thoughts come up, please talk to someone you trust or a professional."
        ),
        "other": _l(
            "You chose not to say, or did not know, about thoughts of suicide or self-harm. That is OK. You can ask them gently and straight out: asking does not put the idea in their head."
        ),
    },
    "daily_alcohol_or_sedatives": {
        "self": _l(
            "You said you drink alcohol or take sedatives most days. Stopping suddenly can cause serious withdrawal, so talk to a doctor before you cut down."
        ),
        "other": _l(
            "You said they drink alcohol or take sedatives most days. Stopping suddenly can cause serious withdrawal, so they can talk to a doctor before they cut down."
        ),
    },
    "any_drug_use": {
        "self": _l(
            "You said you used opioids, sedatives, stimulants or other drugs in the past 3 months. Drugs and pills not from a pharmacy can contain fentanyl, so keep naloxone close."
        ),
        "other": _l(
            "You said they used opioids, sedatives, stimulants or other drugs in the past 3 months. Drugs and pills not from a pharmacy can contain fentanyl, so keep naloxone close."
        ),
    },
    "violence_at_home": {
        "self": _l(
            "You said someone close to you hurts, threatens or controls you. You deserve to be safe, and there is help for this."
        ),
        "other": _l(
            "You said someone close to them hurts, threatens or controls them. They deserve to be safe, and there is help for this."
        ),
    },
    "parent_or_carer": {
        "self": _l("You said you are 12 to 17. A parent or another adult you trust can help you find care."),
        "other": _l(
            "You are looking for help for someone aged 12 to 17. Your support matters, and there are steps you can take at home to keep them safe."
        ),
    },
    "child_under_12": {
        "self": _l("You said you are under 12. A grown-up you trust can help you talk to a doctor."),
        "other": _l(
            "You said the child is under 12. For a young child, the best start is their doctor or a child mental health professional."
        ),
    },
}

# ---------------------------------------------------------------- result headings

# Each heading says what to ask about and how soon.
HEADINGS: dict[str, str] = {
    "urgent_now": _l("Get help now"),
    "urgent_today": _l("Get a safety check today"),
    "higher_level": _l("This week, ask about more support than weekly care"),
    "iop_today": _l("Talk to a professional today, and ask about an intensive outpatient program (IOP)"),
    "iop_this_week": _l("Ask about an intensive outpatient program (IOP) this week"),
    "iop_soon": _l("Ask about an intensive outpatient program (IOP) soon"),
    "outpatient_this_week": _l("Talk to a professional this week about regular outpatient care"),
    "outpatient_soon": _l("Regular outpatient care may be a good place to start"),
    "cut_down_first": _l("Talk to a doctor before you cut down"),
    "child_under_12": _l("Start with the child's doctor"),
}

# Outcome → what that level of care is, in plain words.
EXPLANATIONS: dict[str, str] = {
    "urgent": _l(
        "Urgent help means today: a crisis line, a crisis team, or an emergency room. They can help make a plan to stay safe, and then plan the next care."
    ),
    "higher_level": _l(
        "More support can mean help from doctors to stop drinking or drugs safely, or a day program where you sleep at home. It can also mean a stay in a residential program or a hospital. Some people move on to an IOP after that, as a step down."
    ),
    "iop": _l(
        "An intensive outpatient program (IOP) gives several hours of care a week, over a few days, while you live at home. For adults it is often 9 hours a week or more, and for teens 6 or more."
    ),
    "outpatient": _l(
        "Regular outpatient care means visits with a counselor, therapist or doctor, often once a week or less. If things get harder, you can ask about more support."
    ),
}

NOT_A_DIAGNOSIS: str = _l(
    "This self-check is not a diagnosis. Only a professional who meets and assesses you, or the person you are helping, can say what care is right."
)

RED_FLAGS_INTRO: str = _l("This check did not ask about everything. Get help sooner if:")
RED_FLAGS: tuple[str, ...] = (
    _l("someone has thoughts of suicide right now"),
    _l(
        "someone has a seizure, gets very confused, or sees or hears things after stopping alcohol or sedatives"
    ),
    _l("someone shows signs of overdose: they cannot wake up, they breathe slowly, or their lips look blue"),
    _l("someone faints"),
    _l("someone is being hurt at home"),
)

# ---------------------------------------------------------------- safety content

# Flag id → (heading, paragraphs, related article slug or None).
FLAGS: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    "poison_help": (
        _l("If someone took too much of a drug or medicine"),
        (
            _l("If they are hard to wake, or breathing slowly, call the emergency number now."),
            _l(
                "If they are awake and breathing well, a poison help line, where there is one, can tell you what to do."
            ),
        ),
        "overdose-and-naloxone",
    ),
    "means_safety": (
        _l("Make the home safer"),
        (
            _l("During a hard time, put medicines and firearms out of reach."),
            _l("Lock up medicines. Let one trusted adult keep them and hand out only a safe amount."),
            _l(
                "The safest step is to move firearms out of the home for now. If that is not possible, lock them up and give the key to someone else."
            ),
            _l(
                "In a crisis, the time between deciding and acting can be very short. Keeping these out of reach can save a life."
            ),
        ),
        "crisis-care",
    ),
    "safety_plan": (
        _l("Make a safety plan"),
        (
            _l(
                "A safety plan is a short list for hard moments: signs to watch for, things that help, people to contact, and crisis lines."
            ),
            _l(
                "Ask a counselor, a doctor or a crisis line to help make one. Keep it where it is easy to find."
            ),
        ),
        "crisis-care",
    ),
    "youth": (
        _l("Helping a young person"),
        (
            _l(
                "Ask the young person directly how they are, and if they have thoughts of suicide. Try to ask when you are alone together."
            ),
            _l("Asking about suicide does not put the idea in their head."),
            _l("Teen programs for alcohol or drug use run at least 6 hours a week. Some meet after school."),
            _l("Ask any program what it will share with parents, and what stays private."),
        ),
        "iop-for-teens",
    ),
    "ask_directly": (
        _l("It is OK to ask about suicide"),
        (
            _l(
                'You can ask straight out: "Are you thinking about suicide?" Asking does not put the idea in someone\'s head.'
            ),
            _l("Stay calm, listen, and help them reach a crisis line or a professional."),
        ),
        "crisis-care",
    ),
    "eating_medical_check": (
        _l("Get a medical check"),
        (
            _l(
                "Eating very little, or getting rid of food, can harm the heart and body. A person can look healthy and still be very ill."
            ),
            _l("Ask a doctor to check heart rate, blood pressure and blood tests."),
            _l("Fainting, chest pain or a seizure means get emergency help now."),
        ),
        "eating-disorders",
    ),
    "perinatal": (
        _l("Pregnancy and the year after birth"),
        (
            _l(
                "If a new parent sees or hears things, believes strange things, or barely sleeps, get emergency help now. Stay with the parent and the baby."
            ),
            _l(
                "In the US, the National Maternal Mental Health Hotline helps pregnant people, new parents and their families. You can call or text, day and night."
            ),
            _l("This hotline is not a crisis line. For thoughts of suicide, use a crisis line."),
            _l(
                "In pregnancy, do not stop opioids or medicine for opioid use all at once. Talk to a doctor first."
            ),
        ),
        "pregnancy-and-postpartum",
    ),
    "early_psychosis": (
        _l("Early help for psychosis"),
        (
            _l("Only a professional can say what is going on. It is worth asking soon."),
            _l(
                "Some programs are made for the early stage. They are called coordinated specialty care (CSC)."
            ),
            _l(
                "A CSC team offers talk therapy, family support, help with medicine, and help with work or school."
            ),
            _l("In a large study, people who started sooner got more benefit."),
        ),
        "early-psychosis",
    ),
    "dont_stop_suddenly": (
        _l("Don't stop suddenly"),
        (
            _l(
                "If you drink alcohol or take sedatives most days, stopping all at once can be dangerous. It can cause seizures."
            ),
            _l(
                "Talk to a doctor before you cut down. They can help you stop safely, often while you live at home."
            ),
            _l("If there is a seizure, bad confusion, or seeing or hearing things, get emergency help now."),
        ),
        "withdrawal-safety",
    ),
    "naloxone": (
        _l("Keep naloxone close"),
        (
            _l(
                "Naloxone is a medicine that can reverse an opioid overdose. In the US, you can buy it at a pharmacy without a prescription."
            ),
            _l("Drugs and fake pills can contain fentanyl without the person knowing."),
            _l(
                "If someone will not wake up or is breathing slowly, give naloxone and call the emergency number. It wears off, so stay with them."
            ),
        ),
        "overdose-and-naloxone",
    ),
    "moud": (
        _l("Medicines for opioid use"),
        (
            _l("Methadone, buprenorphine and naltrexone are medicines for opioid use disorder."),
            _l(
                "In a large study, people who took methadone or buprenorphine after an overdose were less likely to die."
            ),
            _l(
                "Not every program offers these medicines. Ask if it does, or if it works with a doctor who does."
            ),
        ),
        "iop-for-substance-use",
    ),
    "never_use_alone": (
        _l("Try not to use alone"),
        (
            _l("Harm reduction groups say the danger of using alone is that no one is there to help."),
            _l("They suggest having someone with you, or someone who checks on you, and naloxone nearby."),
        ),
        "overdose-and-naloxone",
    ),
    "lower_tolerance": (
        _l("After a break, the old amount can kill"),
        (
            _l("After time in jail, a hospital, a program, or any break, the body is less used to opioids."),
            _l(
                "The amount used before can now cause an overdose. After jail or prison, the first two weeks are a very risky time."
            ),
            _l("Keep naloxone close, and ask about medicine for opioid use."),
        ),
        "overdose-and-naloxone",
    ),
    "dv_line": (
        _l("If someone close is causing harm"),
        (
            _l(
                "In the US, the National Domestic Violence Hotline gives support and helps with safety plans. You can call, text or chat, day and night."
            ),
            _l(
                "If someone may check the phone or computer, it may be safer to use a device they cannot see."
            ),
            _l("If anyone is in danger right now, call the emergency number."),
        ),
        None,
    ),
    "child_under_12": (
        _l("Help for a child under 12"),
        (
            _l(
                "Start with the child's doctor (pediatrician). They can check the child's health and help you find a child mental health professional."
            ),
            _l(
                "If the child or anyone else is in danger right now, call the emergency number or a crisis line."
            ),
        ),
        None,
    ),
}

# ---------------------------------------------------------------- notes

# Note id → one sentence. Which outcome each may appear with is the engine's job (see the design).
NOTES: dict[str, str] = {
    "weekly_helping": _l(
        "If weekly care is helping, that is a good sign. Keep going, and tell them what changed."
    ),
    "few_hours": _l("Programs differ in how many hours they take each week, so ask each one."),
    "evenings_weekends": _l(
        "Some programs meet in the evening or on weekends. Ask about times that fit work or school."
    ),
    "online_only_virtual": _l(
        "Some IOPs meet online by video (virtual IOP). Ask if one would suit this situation."
    ),
    "online_only_later": _l(
        "Help with withdrawal and 24-hour care take place in person. Online care can come after."
    ),
    "in_person": _l("Ask programs near you if they meet in person, and at what times."),
}

# ---------------------------------------------------------------- questions to ask

# Outcome → voice → questions to ask a professional.
ASK: dict[str, dict[str, tuple[str, ...]]] = {
    "urgent": {
        "self": (
            _l("Can you help me make a plan to stay safe?"),
            _l("What should I do if these feelings come back tonight?"),
            _l("What care should come next, and how soon?"),
            _l("Who can I contact between visits?"),
        ),
        "family": (
            _l("How can I help keep them safe at home?"),
            _l("Can you help us make a safety plan together?"),
            _l("What care should come next, and how soon?"),
            _l("What can you tell me, and what stays private?"),
        ),
        "professional": (
            _l("Can this person have a safety check today?"),
            _l("Who makes the safety plan, and who gets a copy?"),
            _l("What is the plan for the next few days, and who follows up?"),
            _l("Which level of care fits once they are safe?"),
        ),
    },
    "higher_level": {
        "self": (
            _l("Is it safe for me to stop or cut down on my own?"),
            _l("Would a day program, a residential program or a hospital stay suit me better right now?"),
            _l("How would I move on to an IOP or weekly care after that?"),
            _l("What will my insurance cover, and does it need approval first?"),
        ),
        "family": (
            _l("Is it safe for them to stop or cut down without medical help?"),
            _l("Would a day program, a residential program or a hospital stay be safer right now?"),
            _l("How can the family help, and what can you share with us?"),
            _l("What comes after, and how will they move on to less care?"),
        ),
        "professional": (
            _l("Does this person fit medically supervised withdrawal or a higher level of care?"),
            _l("Which programs can take them this week, and is there a wait?"),
            _l("What keeps them safe while they wait?"),
            _l("How will care be handed over when they leave?"),
        ),
    },
    "iop": {
        "self": (
            _l("Could an intensive outpatient program (IOP) help me, and why or why not?"),
            _l("How many hours a week would it be, and at what times?"),
            _l("Do you help with both mental health and alcohol or drug use?"),
            _l("Is there an online option?"),
            _l("What will my insurance cover, and what will I pay?"),
        ),
        "family": (
            _l("Could an IOP help them, and why or why not?"),
            _l("How are families involved?"),
            _l("What can you share with us, if they agree?"),
            _l("What happens if things get worse between sessions?"),
        ),
        "professional": (
            _l("Does the program take this person's age, needs and insurance?"),
            _l("How soon can the first assessment happen?"),
            _l("Does the program offer medicines, or work with a prescriber?"),
            _l("How will you share updates with us, with the person's consent?"),
        ),
    },
    "outpatient": {
        "self": (
            _l("What kind of regular care would suit me?"),
            _l("What signs would mean I should ask for more support?"),
            _l("Who can I contact if things get worse between visits?"),
            _l("What will my insurance cover?"),
        ),
        "family": (
            _l("What kind of care would suit them?"),
            _l("What signs should make us ask for more support?"),
            _l("How can I help without taking over?"),
            _l("Who do we contact if things get worse?"),
        ),
        "professional": (
            _l("Who can see this person soon, and how long is the wait?"),
            _l("What would lead you to step care up?"),
            _l("How will you check on safety between visits?"),
        ),
    },
}

# Flag → voice → extra questions, shown with that flag's content.
ASK_FLAGS: dict[str, dict[str, tuple[str, ...]]] = {
    "naloxone": {
        "self": (_l("Where can I get naloxone, and how do I use it?"),),
        "family": (_l("Where can we get naloxone, and how do we use it?"),),
        "professional": (
            _l("Can this person and their family leave with naloxone and learn how to use it?"),
        ),
    },
    "moud": {
        "self": (_l("Could medicine for opioid use help me, and can I start soon?"),),
        "family": (_l("Could medicine for opioid use help them, and how soon could they start?"),),
        "professional": (
            _l("Can you start medicine for opioid use, or link this person to a prescriber this week?"),
        ),
    },
    "dont_stop_suddenly": {
        "self": (
            _l("Is it safe for me to cut down, and how should I do it?"),
            _l("Where should my withdrawal care happen, and why?"),
        ),
        "family": (
            _l("Is it safe for them to cut down, and how?"),
            _l("What danger signs should we watch for?"),
        ),
        "professional": (_l("Should a doctor oversee this person's withdrawal, and where?"),),
    },
    "means_safety": {
        "self": (_l("Can you help me make my home safer while things are hard?"),),
        "family": (_l("Can you help us plan how to store medicines and firearms safely?"),),
        "professional": (
            _l("Who will talk with the person and family about medicines and firearms at home?"),
        ),
    },
    "safety_plan": {
        "self": (_l("Can you help me write a safety plan?"),),
        "family": (_l("Can we help make a safety plan with them?"),),
        "professional": (_l("Will the person leave with a written safety plan?"),),
    },
    "youth": {
        "self": (_l("What will you share with my parents, and what stays private?"),),
        "family": (
            _l("Is there a program just for teens, and how are parents involved?"),
            _l("What will you share with us, and what stays private?"),
        ),
        "professional": (_l("Does the program serve teens, and how does it work with family and school?"),),
    },
    "perinatal": {
        "self": (
            _l("Do you work with people who are pregnant or just had a baby, and with my pregnancy doctor?"),
        ),
        "family": (_l("Do you work with people who are pregnant or just had a baby?"),),
        "professional": (_l("Can the program work with this person's pregnancy or postpartum care?"),),
    },
    "eating_medical_check": {
        "self": (_l("How will you check that my body is safe, and how often?"),),
        "family": (_l("How will you check that their body is safe, and how often?"),),
        "professional": (_l("Who will do the medical checks, and what results would lead to more care?"),),
    },
    "early_psychosis": {
        "self": (_l("Is there a coordinated specialty care (CSC) program near me?"),),
        "family": (
            _l("Is there a coordinated specialty care (CSC) program near us, and does it support families?"),
        ),
        "professional": (_l("Can this person be referred to a coordinated specialty care (CSC) team?"),),
    },
    "dv_line": {
        "self": (_l("Can you help me plan how to stay safe at home?"),),
        "family": (_l("How can I help them stay safe without putting them at more risk?"),),
        "professional": (_l("Is it safe to contact this person at home, and by what means?"),),
    },
    "lower_tolerance": {
        "self": (_l("How do I stay safe from overdose now that my body is less used to opioids?"),),
        "family": (_l("How can we help keep them safe from overdose after this break?"),),
        "professional": (_l("Can this person start medicine for opioid use before they leave?"),),
    },
}

# ---------------------------------------------------------------- stop page, crisis box, under 12

STOP_PAGE: dict[str, str] = {
    "heading": _l("Get help now"),
    "lead": _l("Call the emergency number or a crisis line below now."),
    "no_need_to_finish": _l("You don't need to finish anything."),
    "carry_on": _l(
        "Later, when you feel ready, you can carry on with the self-check from this page. Your answers are not saved anywhere."
    ),
    "carry_on_button": _l("Carry on with the self-check"),
}

CRISIS_BOX_HEADING: str = _l("You can talk to someone now")
CRISIS_BOX_TEXT: str = _l(
    "A crisis line is there to listen. You can reach out now and come back to this later."
)

UNDER_12: dict[str, str] = {
    "heading": _l("Help for a child under 12"),
    "lead": _l(
        "This self-check is made for people aged 12 and older. For a younger child, here is where to start."
    ),
    "pediatrician": _l(
        "Talk to the child's doctor (pediatrician). They know the child's health and can help you find more care."
    ),
    "child_professional": _l(
        "You can also contact a child mental health professional, such as a child psychologist."
    ),
    "if_danger": _l(
        "If the child or anyone else is in danger right now, call the emergency number or a crisis line below."
    ),
}

AGE_NOTE_TEEN: str = _l(
    "You are answering about a teen. It helps to ask them, in private, how they feel, and to choose care together."
)


# ---------------------------------------------------------------- checks

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


def check_covers(model) -> None:
    """Start-up check: every question, option, rule, flag and note id has its words."""
    from core.datafiles import DataError

    missing = []
    for question in model.questions:
        if not question.asked:
            continue
        page = question.page
        if page not in QUESTIONS:
            missing.append(f"question {page}")
        if question.id != "country":
            missing += [
                f"option {question.id}.{o}" for o in question.options if (question.id, o) not in OPTIONS
            ]
        if question.multi and question.id not in NONE_OF_THESE:
            missing.append(f"'none of these' for {question.id}")
    missing += [f"reason {rule.id}" for rule in model.rules if rule.id not in REASONS]
    missing += [f"flag {flag}" for flag in model.flags if flag not in FLAGS]
    missing += [f"note {note.id}" for note in model.notes if note.id not in NOTES]
    missing += [f"questions to ask for {level}" for level in model.levels if level not in ASK]
    if missing:
        raise DataError(f"web/screener_text.py: no wording for {', '.join(missing)}")
