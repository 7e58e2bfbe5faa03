"""Lock-outs an attacker cannot use against a resident (issue 19, item 13; security.lockout).

Five wrong passwords still pause an account for browsers its owner has not vouched for, but the owner
gets an email with a link that lets the browser they open it in sign in at once; and one person behind
a shared address does not keep the others there from signing in.
"""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

import pytest
from allauth.account.models import EmailAddress

from tests.accounts.test_pages import PASSWORD

pytestmark = pytest.mark.django_db
LOCKED_OUT = "Too many failed attempts to sign in."
UNLOCK_LINK = re.compile(r"https?://[^/\s]+(/akun/buka-kunci/\S+/)")


@pytest.fixture
def resident(db):
    user = get_user_model().objects.create_user("warga", "warga@example.com", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def sign_in(client, password, login="warga@example.com"):
    return client.post("/en/akun/login/", {"login": login, "password": password})


def attack(times=6, address="10.6.6.6"):
    attacker = Client(REMOTE_ADDR=address)
    for _ in range(times):
        sign_in(attacker, "tebak-tebak-123")
    return attacker


def unlock_emails():
    return [message for message in mail.outbox if UNLOCK_LINK.search(message.body)]


def test_the_owner_signs_in_from_the_emailed_link_while_the_attacker_stays_paused(site_tree, resident):
    attacker = attack()
    owner = Client(REMOTE_ADDR="36.68.10.20")
    assert LOCKED_OUT in sign_in(owner, PASSWORD).content.decode()  # paused for a new browser too
    [email] = unlock_emails()  # one email, however many attempts
    assert email.to == ["warga@example.com"]
    link = UNLOCK_LINK.search(email.body).group(1)

    page = owner.get(link)  # a page with a button: mail scanners that open links unlock nothing
    assert page.status_code == 200 and "<form" in page.content.decode()
    assert owner.post(link)["Location"].endswith("/akun/login/")
    signed_in = sign_in(owner, PASSWORD)
    assert signed_in.status_code == 302
    assert owner.get("/en/akun/profil/").status_code == 200
    # The pause stays for everyone else, the attacker with the right password included.
    assert LOCKED_OUT in sign_in(attacker, PASSWORD).content.decode()
    # The link was for one sign-in: after it, it is no longer valid.
    assert Client().get(link).status_code == 400


def test_an_unlocked_browser_still_has_its_own_limit(site_tree, resident):
    attack()
    owner = Client()
    link = UNLOCK_LINK.search(unlock_emails()[0].body).group(1)
    owner.post(link)
    for _ in range(5):
        assert LOCKED_OUT not in sign_in(owner, "salah-lagi-1").content.decode()
    assert LOCKED_OUT in sign_in(owner, PASSWORD).content.decode()


def test_a_wrong_link_unlocks_nothing(site_tree, resident):
    attack()
    owner = Client()
    assert owner.get("/akun/buka-kunci/1/salah-token/").status_code == 400
    assert owner.post("/akun/buka-kunci/1/salah-token/").status_code == 400
    assert LOCKED_OUT in sign_in(owner, PASSWORD).content.decode()


def test_no_email_for_an_address_without_an_account(site_tree, resident):
    attacker = Client()
    for _ in range(6):
        sign_in(attacker, "tebak-123", login="tidakada@example.com")
    assert LOCKED_OUT in sign_in(attacker, "tebak-123", login="tidakada@example.com").content.decode()
    assert unlock_emails() == []


def test_one_person_behind_a_shared_address_does_not_block_the_others(site_tree, resident):
    """Ten wrong passwords for other accounts from a carrier's NAT address, then a resident there."""
    shared = "36.68.10.20"
    neighbour = Client(REMOTE_ADDR=shared)
    for number in range(10):
        sign_in(neighbour, "tebak-123", login=f"orang{number}@example.com")
    assert sign_in(Client(REMOTE_ADDR=shared), PASSWORD).status_code == 302
