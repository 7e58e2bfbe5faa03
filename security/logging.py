"""No NIK in any log line (UU 27/2022 PDP; DESIGN.md: the NIK is shown masked in logs too).

``RedactNIKFilter`` sits on every handler in ``settings.LOGGING``. A NIK can reach a log in many ways
the code does not control: a URL in a "Not Found" line, an SQL parameter when query logging is on, an
exception message, a traceback. So the filter works on the finished text, not on known fields, and
masks every run of 16 or more digits, also written in groups with spaces, dashes or dots
("1373 0141 0190 0001"), keeping the first and last four digits as the back office does.
"""

import logging
import re

from .masking import mask_nik

# 16+ digits, optionally one separator between any two of them ("+" is a space in a query string);
# not part of a longer digit run.
NIK_SHAPED_RE = re.compile(r"(?<!\d)\d(?:[ .+\-]?\d){15,}(?!\d)")


def _mask(match: re.Match) -> str:
    return mask_nik(re.sub(r"\D", "", match.group()))


def redact_niks(text: str) -> str:
    return NIK_SHAPED_RE.sub(_mask, text)


class RedactNIKFilter(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        if NIK_SHAPED_RE.search(message):
            record.msg, record.args = redact_niks(message), None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text, so the traceback is rendered once here and masked below.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_niks(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_niks(record.stack_info)
        return True
