"""Encrypt the NIKs already stored and add their lookup hash (security.crypto).

The column is widened to text first, while the field still reads plain values; the rows are
rewritten; only then does the field become the encrypted one, which refuses plaintext. Reversing
decrypts the rows back into a 16-character column.
"""

from django.db import migrations, models

import security.fields
from security import crypto

BATCH = 500


def _rewrite(apps, convert):
    Submission = apps.get_model("feedback", "Submission")
    rows = Submission.objects.exclude(nik="").only("pk", "nik").order_by("pk")
    last_pk = 0
    while batch := list(rows.filter(pk__gt=last_pk)[:BATCH]):
        for submission in batch:
            submission.nik, submission.nik_hash = convert(submission.nik)
        Submission.objects.bulk_update(batch, ["nik", "nik_hash"])
        last_pk = batch[-1].pk


def encrypt_niks(apps, schema_editor):
    _rewrite(apps, lambda nik: (crypto.encrypt(nik), crypto.lookup_hash(nik)))


def decrypt_niks(apps, schema_editor):
    _rewrite(apps, lambda stored: (crypto.decrypt(stored), ""))


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0006_submission_submission_agency_recent_and_more"),
    ]

    operations = [
        migrations.AlterField(
            model_name="submission",
            name="nik",
            field=models.TextField(blank=True, verbose_name="NIK"),
        ),
        migrations.AddField(
            model_name="submission",
            name="nik_hash",
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=64),
        ),
        migrations.RunPython(encrypt_niks, decrypt_niks),
        migrations.AlterField(
            model_name="submission",
            name="nik_hash",
            field=security.fields.LookupHashField(db_index=True, source="nik"),
        ),
        migrations.AlterField(
            model_name="submission",
            name="nik",
            field=security.fields.EncryptedTextField(blank=True, max_length=16, verbose_name="NIK"),
        ),
    ]
