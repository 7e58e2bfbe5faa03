"""The admin IKM report (Reports → IKM): per city, agency and service for a chosen period, with XLSX."""
