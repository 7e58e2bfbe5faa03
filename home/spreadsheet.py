"""Text from residents in the spreadsheets the site makes (CSV and XLSX): shown, never run as a formula.

Excel and LibreOffice run a cell that starts with "=", "+", "-" or "@" (or a tab or carriage return
before one) as a formula, and a formula can start a program on the officer's computer ("CSV
injection", e.g. `=cmd|' /C calc'!A0` typed into a public form). Every export goes through this module:

- Wagtail's list and report views with CSV/XLSX export (ours and Wagtail's own: site history, search
  terms, redirects...) use it through home.wagtail_export_formulas;
- a CSV written by hand uses `csv_cell` or `spreadsheet_safe`, a workbook written by hand `xlsx_row`.

tests/security/test_spreadsheet_exports.py finds every export of the site and feeds it formulas.

A CSV cell gets an apostrophe in front, which spreadsheets take as "this is text" and do not show. An
XLSX cell is typed as text with Excel's "quote prefix" style, so editing it later keeps it text.
The full-width signs (＝＋－＠) count too: Excel with an East Asian input method reads them as the
ASCII ones. So does the start of every part after a ";" or a line break: Excel set to Indonesian
splits a CSV at ";" (the list separator where "," is the decimal comma) and then no longer sees the
quotes around a multi-line cell, so each part and each line starts a cell of its own. The price is a
visible apostrophe before such a part or line (a "- " bullet, say) inside a cell.
"""

import re
from datetime import date, datetime, time
from decimal import Decimal

from django.utils.encoding import force_str

FORMULA_STARTS = "=+-@\t\r＝＋－＠"
_FORMULA_START = re.compile(f"(^|[;\r\n])(?=[{re.escape(FORMULA_STARTS)}])")


def starts_formula(text: str) -> bool:
    """Whether a spreadsheet could read `text` (or a part after a ";" or a line break) as a formula."""
    return bool(_FORMULA_START.search(text))


def spreadsheet_safe(text: str) -> str:
    """`text` for a CSV cell, as a spreadsheet shows it rather than runs it."""
    return _FORMULA_START.sub(r"\1'", text)


def csv_cell(value):
    """Any exported value for a CSV cell: numbers, dates and booleans as they are, the rest as safe text."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | Decimal | date | datetime | time):
        return value
    return spreadsheet_safe(force_str(value))


def as_text_cell(cell):
    """An openpyxl cell holding text: never a formula, and marked as text when it looks like one."""
    if isinstance(cell.value, str):
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        if starts_formula(cell.value):
            cell.quotePrefix = True
    return cell


def xlsx_row(worksheet, values) -> list:
    """A row for `worksheet.append()` (write-only workbooks too), its text cells made safe."""
    from openpyxl.cell import WriteOnlyCell

    return [as_text_cell(WriteOnlyCell(worksheet, value)) for value in values]
