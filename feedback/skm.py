"""The satisfaction survey (SKM) elements and their answer labels, PermenPANRB 14/2017.

Each element (unsur) has its own four labels, from 1 (worst) to 4 (best).
"""

from django.utils.translation import gettext_lazy as _

ELEMENTS = [
    (
        "u1",
        _("Requirements"),
        _("Do the requirements fit the service you used?"),
        [_("Not suitable"), _("Less suitable"), _("Suitable"), _("Very suitable")],
    ),
    (
        "u2",
        _("Procedure"),
        _("How easy was the procedure?"),
        [_("Not easy"), _("Less easy"), _("Easy"), _("Very easy")],
    ),
    (
        "u3",
        _("Completion time"),
        _("How fast was the service completed?"),
        [_("Not fast"), _("Less fast"), _("Fast"), _("Very fast")],
    ),
    (
        "u4",
        _("Cost"),
        _("How fair was the cost of the service?"),
        [_("Very expensive"), _("Fairly expensive"), _("Cheap"), _("Free")],
    ),
    (
        "u5",
        _("Product"),
        _("Did the result match what the service standard promises?"),
        [_("Not suitable"), _("Less suitable"), _("Suitable"), _("Very suitable")],
    ),
    (
        "u6",
        _("Staff competence"),
        _("How competent were the officers?"),
        [_("Not competent"), _("Less competent"), _("Competent"), _("Very competent")],
    ),
    (
        "u7",
        _("Staff behaviour"),
        _("How polite and friendly were the officers?"),
        [
            _("Not polite and friendly"),
            _("Less polite and friendly"),
            _("Polite and friendly"),
            _("Very polite and friendly"),
        ],
    ),
    (
        "u8",
        _("Facilities"),
        _("What was the quality of the facilities?"),
        [_("Poor"), _("Adequate"), _("Good"), _("Very good")],
    ),
    (
        "u9",
        _("Complaint handling"),
        _("How are complaints, suggestions and input handled?"),
        [_("None"), _("Exists but does not work"), _("Works but not fully"), _("Well managed")],
    ),
]

GENDERS = [("L", _("Male")), ("P", _("Female"))]
AGE_BANDS = [
    ("<20", _("Under 20")),
    ("20-29", _("20–29")),
    ("30-39", _("30–39")),
    ("40-49", _("40–49")),
    ("50-59", _("50–59")),
    ("60+", _("60 or older")),
]
EDUCATION = [
    ("SD", _("Primary school (SD) or lower")),
    ("SMP", _("Junior high school (SMP)")),
    ("SMA", _("Senior high school (SMA/SMK)")),
    ("D1-D3", _("Diploma (D1–D3)")),
    ("D4-S1", _("Bachelor (D4/S1)")),
    ("S2+", _("Master (S2) or higher")),
]
OCCUPATIONS = [
    ("PNS", _("Civil servant (PNS)")),
    ("TNI", _("Armed forces (TNI)")),
    ("POLRI", _("Police (POLRI)")),
    ("SWASTA", _("Private employee")),
    ("WIRAUSAHA", _("Self-employed")),
    ("LAINNYA", _("Other")),
]
