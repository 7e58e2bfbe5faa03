"""Model fields for personal data encrypted at rest (security.crypto).

``EncryptedTextField`` reads and writes plaintext in Python and stores ciphertext; a blank value is
stored blank, so "was it given" stays an ordinary query. Ciphertexts cannot be compared in SQL, so
the field refuses every lookup except ``isnull`` and equality with "": a filter by value would
silently find nothing. Exact look-ups go through a ``LookupHashField`` next to it, kept right on
every save, and by ``LookupHashQuerySet`` in ``update()`` and ``bulk_update()``, which skip saving.
"""

from django.core.exceptions import FieldError
from django.db import models
from django.db.models.lookups import Exact, IsNull

from . import crypto


class BlankOnlyExact(Exact):
    def get_prep_lookup(self):
        if self.rhs != "":
            raise FieldError("An encrypted field compares only with ''; look values up by their hash.")
        return super().get_prep_lookup()


class EncryptedTextField(models.TextField):
    def from_db_value(self, value, expression, connection):
        return crypto.decrypt(value) if value else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return crypto.encrypt(value) if value else value

    def get_lookup(self, lookup_name):
        return {"exact": BlankOnlyExact, "isnull": IsNull}.get(lookup_name)


class LookupHashField(models.CharField):
    """The keyed hash (crypto.lookup_hash) of the plaintext in the field named ``source``."""

    def __init__(self, *args, source: str, **kwargs):
        self.source = source
        kwargs.update(max_length=64, editable=False, blank=True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for fixed in ("max_length", "editable", "blank"):
            kwargs.pop(fixed, None)
        return name, path, args, {**kwargs, "source": self.source}

    def pre_save(self, model_instance, add):
        value = crypto.lookup_hash(getattr(model_instance, self.source) or "")
        setattr(model_instance, self.attname, value)
        return value


def hash_fields(model) -> list[LookupHashField]:
    return [field for field in model._meta.concrete_fields if isinstance(field, LookupHashField)]


class LookupHashQuerySet(models.QuerySet):
    def update(self, **kwargs):
        for field in hash_fields(self.model):
            if field.source in kwargs and field.name not in kwargs:
                value = kwargs[field.source]
                if not isinstance(value, str):
                    raise TypeError(f"{field.source} is encrypted: update it with a plain string.")
                kwargs[field.name] = crypto.lookup_hash(value)
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, batch_size=None):
        objs, fields = list(objs), list(fields)
        for field in hash_fields(self.model):
            if field.source in fields and field.name not in fields:
                for obj in objs:
                    field.pre_save(obj, add=False)
                fields.append(field.name)
        return super().bulk_update(objs, fields, batch_size=batch_size)
