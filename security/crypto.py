"""Personal data encrypted at rest (the NIK): AES-256-GCM, plus a keyed hash for exact look-ups.

A stored value reads "v1:<key id>:<urlsafe base64 of nonce + ciphertext + tag>". The key id (the first
8 hex digits of the key's SHA-256) names the key of ``settings.ENCRYPTION_KEYS`` that decrypts it: the
first key encrypts, every listed key decrypts, so after a new key is put first the old values still
read until ``manage.py rotate_encryption_key`` re-encrypts them. GCM authenticates: a value altered
in the database fails to decrypt rather than reading as another NIK.

Encryption uses a fresh random nonce each time, so equal NIKs give different ciphertexts and a
database query cannot compare them. Exact look-ups use HMAC-SHA256 keyed with the separate
``settings.LOOKUP_HASH_KEY``, which stays the same when encryption keys rotate. A plain hash would
not do: a NIK has few unknown digits (region and birth date are guessable), so anyone with the
database could hash every candidate; without the key they cannot.
"""

import base64
import binascii
import functools
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = "v1"
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # the 96-bit nonce GCM is designed for


class DecryptionError(ValueError):
    """A stored value that no configured key decrypts: a key removed too early, or altered data."""


def decode_key(text: str, name: str = "ENCRYPTION_KEYS") -> bytes:
    """A 32-byte key from its urlsafe base64 form (with or without "=" padding, as
    ``secrets.token_urlsafe(32)`` prints it); refuses anything else, naming the setting."""
    try:
        key = base64.urlsafe_b64decode(text.strip() + "=" * (-len(text.strip()) % 4))
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise ImproperlyConfigured(f"Each key in {name} must be {KEY_BYTES} bytes in urlsafe base64.")
    return key


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:8]


def _development_key(purpose: str, secret_key: str) -> bytes:
    # Development and tests only (production.py refuses to start without real keys): a fixed key
    # derived from SECRET_KEY, so a fresh checkout works and its data survives restarts.
    return hashlib.sha256(f"portal-{purpose}:{secret_key}".encode()).digest()


@functools.cache
def _keyring(keys: tuple[str, ...], secret_key: str) -> tuple[str, dict[str, AESGCM]]:
    """The id of the encrypting key and every decrypting key by id (cached per configuration)."""
    raw = [decode_key(key) for key in keys] or [_development_key("encryption", secret_key)]
    ciphers = {key_id(key): AESGCM(key) for key in raw}
    return key_id(raw[0]), ciphers


def keyring() -> tuple[str, dict[str, AESGCM]]:
    return _keyring(tuple(settings.ENCRYPTION_KEYS), settings.SECRET_KEY)


def current_key_id() -> str:
    return keyring()[0]


def encrypt(plaintext: str) -> str:
    current, ciphers = keyring()
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = ciphers[current].encrypt(nonce, plaintext.encode(), None)
    return f"{FORMAT_VERSION}:{current}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"


def under_current_key(stored: str) -> bool:
    """Whether a stored value is encrypted with the key that encrypts now (else rotation rewrites it)."""
    return stored.startswith(f"{FORMAT_VERSION}:{current_key_id()}:")


def _split(stored: str) -> tuple[str, str, str]:
    parts = stored.split(":", 2)
    if len(parts) != 3 or parts[0] != FORMAT_VERSION:
        raise DecryptionError("Not an encrypted value (expected v1:<key id>:<data>).")
    return parts[0], parts[1], parts[2]


def decrypt(stored: str) -> str:
    _version, kid, payload = _split(stored)
    cipher = keyring()[1].get(kid)
    if cipher is None:
        raise DecryptionError(f"Encrypted with key {kid}, which is not in ENCRYPTION_KEYS.")
    try:
        data = base64.urlsafe_b64decode(payload)
        return cipher.decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:], None).decode()
    except (binascii.Error, InvalidTag, UnicodeDecodeError) as error:
        raise DecryptionError(f"A value encrypted with key {kid} is damaged.") from error


@functools.cache
def _hash_key(configured: str, secret_key: str) -> bytes:
    if configured:
        return decode_key(configured, "LOOKUP_HASH_KEY")
    return _development_key("lookup-hash", secret_key)


def lookup_hash(value: str) -> str:
    """HMAC-SHA256 of ``value`` in hex; "" for "" (nothing given, nothing to find)."""
    if not value:
        return ""
    key = _hash_key(settings.LOOKUP_HASH_KEY, settings.SECRET_KEY)
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()
