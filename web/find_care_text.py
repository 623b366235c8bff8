"""Words for finding and calling care: the call checklist, the openings and the sheet's rows.

Ids match core.find_care.QUESTIONS. Plain words (reading grade 8 or lower); questions a
caller can read out as written. Facts behind them: iop-facts 1.01-1.03 (hours), 3.13-3.17
(medicines), 6.08 (what providers may share with family), 7.01-7.05 (quality signs), safety
facts S11.01-S11.02 (free language help).
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

# What to ask, as the caller says it.
QUESTIONS = {
    "taking_people": _l("Are you taking new people now? If there is a waiting list, how long is it?"),
    "level_iop": _l(
        "Is there an intensive outpatient program (IOP) here? How many hours a week, and for how many weeks?"
    ),
    "level_higher": _l(
        "Do you offer more care than an IOP, such as partial hospitalization, residential care "
        "or withdrawal management? If not, who does?"
    ),
    "level_outpatient": _l(
        "Do you offer weekly counseling or therapy? If more help is needed later, do you also have an IOP?"
    ),
    "assessment": _l(
        "How does the first assessment work? How soon can it happen? Can it be by phone or video?"
    ),
    "days_hours": _l("Which days and times do the groups meet?"),
    "evening_virtual": _l("Are there groups in the evening, on weekends, or online by video?"),
    "coverage_cost": _l(
        "Do you take this coverage (the insurance plan, Medicaid or Medicare)? About how much would "
        "each week cost? Is there a sliding fee or a payment plan?"
    ),
    "medicines": _l(
        "Do you offer medicines for opioid or alcohol use, or work with a prescriber who does? "
        "Can people keep taking the medicines they already take?"
    ),
    "both_together": _l("Do you treat mental health and substance use together, in the same program?"),
    "teen_program": _l(
        "Is there a program for teens? How are parents involved? How do you help with school?"
    ),
    "pregnancy": _l(
        "Do you care for people who are pregnant or just had a baby? Can you work with their "
        "doctor? Is there help with child care?"
    ),
    "language": _l(
        "Are there staff who speak [our language], or a free interpreter? Programs paid by "
        "Medicaid or other federal money must offer language help at no cost."
    ),
    "family_part": _l("Can family members take part, for example in family sessions?"),
    "consent": _l(
        "My family member is an adult. What do you need from them to start? What can you tell me, "
        "if they agree to it?"
    ),
    "referral": _l(
        "How do I refer someone? What do you need from me, such as records or a form? "
        "Will you let me know if the person started, if they agree?"
    ),
    "licensed": _l(
        "Is the program licensed by the state? Is it accredited, for example by the Joint Commission or CARF?"
    ),
    "what_to_bring": _l("What should we bring to the first visit?"),
    "after_program": _l("What happens when the program ends? Do you help set up the next step of care?"),
}

# The same questions as short rows on the printable "my calls" sheet.
SHEET_ROWS = {
    "taking_people": _l("Taking new people? How long a wait?"),
    "level_iop": _l("Has an IOP? Hours a week? How many weeks?"),
    "level_higher": _l("More care than an IOP? Or who has it?"),
    "level_outpatient": _l("Weekly counseling? An IOP if needed?"),
    "assessment": _l("First assessment: when? By phone or video?"),
    "days_hours": _l("Days and times"),
    "evening_virtual": _l("Evening, weekend or video groups?"),
    "coverage_cost": _l("Takes the coverage? Cost a week? Sliding fee?"),
    "medicines": _l("Medicines for opioid or alcohol use?"),
    "both_together": _l("Mental health and substance use together?"),
    "teen_program": _l("Teen program? Parents and school?"),
    "pregnancy": _l("Care in pregnancy or after a birth? Child care?"),
    "language": _l("Staff who speak our language, or an interpreter?"),
    "family_part": _l("Family sessions?"),
    "consent": _l("What they need from my family member"),
    "referral": _l("How to refer; what they need from me"),
    "licensed": _l("Licensed? Accredited?"),
    "what_to_bring": _l("What to bring"),
    "after_program": _l("Help with the next step after?"),
}

# How to open the call, by who is calling. Square brackets: words to fill in.
OPENINGS = {
    "self": _l(
        "Hello. I am calling to ask about care for myself. I would like to know if your intensive "
        "outpatient program, or IOP, could be right for me. Who can I talk to about getting started?"
    ),
    "family": _l(
        "Hello. I am calling for my [son, daughter, partner, parent]. We are looking for an "
        "intensive outpatient program, or IOP, or other care that could help. Could you tell me how "
        "to get started? [If they are an adult:] They know I am calling, and they can call you too."
    ),
    "professional": _l(
        "Hello. My name is [your name], and I am a [your role] at [your organization]. I would like "
        "to refer someone to your intensive outpatient program, or IOP. What is your referral process?"
    ),
}

VOICE_LABELS = {
    "self": _l("For myself"),
    "family": _l("For a family member or friend"),
    "professional": _l("As a professional, for a client or patient"),
}

CARE_LABELS = {
    "iop": _l("An intensive outpatient program (IOP)"),
    "higher_level": _l("More care than an IOP, such as partial hospitalization or residential care"),
    "outpatient": _l("Weekly counseling or therapy"),
    "urgent": _l("Care soon: an urgent assessment"),
    "not_sure": _l("Not sure yet"),
}
