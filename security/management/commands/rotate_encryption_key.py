"""Re-encrypt every encrypted value (security.fields.EncryptedTextField) with the current key.

Rotating a key: put the new key first in ENCRYPTION_KEYS and keep the old ones after it, restart
the site (old values still read), run this command, then remove the old keys. It can be run again
at any time: values already under the current key are left alone, so an interrupted run resumes.

``--rehash`` also recomputes every lookup hash. That is needed only after LOOKUP_HASH_KEY itself
changed (say it leaked): until then an exact look-up by NIK finds nothing.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.db.models.functions import Cast

from security import crypto
from security.fields import EncryptedTextField, hash_fields


def encrypted_fields():
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, EncryptedTextField):
                yield model, field


class Command(BaseCommand):
    help = "Re-encrypt stored personal data (the NIK) with the first key of ENCRYPTION_KEYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rehash",
            action="store_true",
            help="Also recompute the lookup hashes (after LOOKUP_HASH_KEY changed).",
        )
        parser.add_argument("--batch-size", type=int, default=500, help="Rows per transaction (500).")

    def handle(self, *args, rehash, batch_size, **options):
        for model, field in encrypted_fields():
            rewritten, current = self.rotate(model, field, rehash=rehash, batch_size=batch_size)
            self.stdout.write(
                f"{model._meta.label}.{field.name}: {rewritten} rewritten, {current} already current."
            )

    def rotate(self, model, field, *, rehash, batch_size):
        """Rewrite the stale rows batch by batch, each batch locked, so a concurrent edit is not undone."""
        hashes = [hashed for hashed in hash_fields(model) if hashed.source == field.name]
        rows = (
            model._base_manager.exclude(**{field.name: ""})
            .filter(**{f"{field.name}__isnull": False})
            # The stored text as it is: reading the field itself would decrypt it and hide its key id.
            .annotate(stored=Cast(field.name, models.TextField()))
            .order_by("pk")
        )
        rewritten = current = 0
        last_pk = None
        while True:
            with transaction.atomic():
                batch = rows.select_for_update()
                if last_pk is not None:
                    batch = batch.filter(pk__gt=last_pk)
                batch = list(batch.values_list("pk", "stored")[:batch_size])
                if not batch:
                    return rewritten, current
                last_pk = batch[-1][0]
                stale = [
                    self.reencrypted(model, field, hashes, pk, stored)
                    for pk, stored in batch
                    if rehash or not crypto.under_current_key(stored)
                ]
                model._base_manager.bulk_update(stale, [field.name, *(hashed.name for hashed in hashes)])
            rewritten += len(stale)
            current += len(batch) - len(stale)

    @staticmethod
    def reencrypted(model, field, hashes, pk, stored):
        instance = model(pk=pk)
        try:
            setattr(instance, field.attname, crypto.decrypt(stored))
        except crypto.DecryptionError as error:
            raise CommandError(f"{model._meta.label} {pk}: {error}") from error
        for hashed in hashes:
            hashed.pre_save(instance, add=False)
        return instance
