"""Consultation comments for staff in the Wagtail admin: list and CSV/XLSX export."""
