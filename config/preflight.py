"""Check that the configured database answers before `make run` migrates it.

Run as `python -m config.preflight`. Prints one line and exits 1 when the settings or the
database are broken, instead of a wall of traceback.
"""

import os
import sys


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    try:
        import django

        django.setup()
        from django.db import connection

        connection.ensure_connection()
    except Exception as error:  # any failure here means the same thing to the user
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        print(
            f"Cannot use the database from DATABASE_URL ({message}). "
            "Fix DATABASE_URL or unset it to use the default SQLite file.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
