"""Text from residents in CSV files that spreadsheets open."""

# Excel and LibreOffice run a cell starting with one of these as a formula ("CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """`text` as a spreadsheet shows it rather than runs it: an apostrophe before a formula start."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
