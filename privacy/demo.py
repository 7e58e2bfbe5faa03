"""The group of the city's data protection officer (UU 27/2022 Pasal 53), and a demo account in it."""

from django.contrib.auth.models import Group, Permission

from home.demo import DemoContext, demo_loader, ensure_demo_user

DATA_PROTECTION_GROUP = "Pejabat Pelindungan Data (PPID/DPO)"


def ensure_data_protection_group() -> bool:
    """The group with admin access and the permission to process requests; True if it was made now."""
    group, created = Group.objects.get_or_create(name=DATA_PROTECTION_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="privacy", codename="change_datarequest"),
    )
    return created


@demo_loader(order=88)
def load_data_protection_officer(context: DemoContext) -> list[str]:
    changes = [f"group “{DATA_PROTECTION_GROUP}”"] if ensure_data_protection_group() else []
    return changes + ensure_demo_user(
        context, "pejabat PDP", "ppid", "ppid@example.org", groups=[DATA_PROTECTION_GROUP]
    )
