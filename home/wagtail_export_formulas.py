"""Wagtail's CSV export writes text cells as they are, so a value such as `=cmd|' /C calc'!A0` typed
by a resident (a comment, a search query, a subject) becomes a formula when the officer opens the file.
(Its XLSX export already stores formula-looking text as text, but without the quote prefix that keeps
it text when edited.)

Every view with Wagtail's `SpreadsheetExportMixin` — our back office, reports and viewsets, and
Wagtail's own site history, search terms, redirects and page reports — gets its cells through
home.spreadsheet here, installed once from `HomeConfig.ready()`, so no export view can be written
without it. Delete this module when Wagtail's export escapes formula cells itself (check
`SpreadsheetExportMixin.write_csv_row` in wagtail/admin/views/mixins.py); the test
tests/security/test_spreadsheet_exports.py then keeps passing without it.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from .spreadsheet import as_text_cell, csv_cell

_wagtail_generate_xlsx_row = SpreadsheetExportMixin.generate_xlsx_row


def write_csv_row(self, writer, row_dict):
    return writer.writerow(
        {
            field: csv_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
    for cell in _wagtail_generate_xlsx_row(self, worksheet, row_dict, date_format=date_format):
        yield as_text_cell(cell)


def install():
    SpreadsheetExportMixin.write_csv_row = write_csv_row
    SpreadsheetExportMixin.generate_xlsx_row = generate_xlsx_row
