"""Let 管理员 see failed-login records and unlock accounts (django-axes), frozen as of this migration."""

from django.db import migrations

ADMINISTRATOR = "管理员"
PERMISSIONS = ["view_accessattempt", "delete_accessattempt", "view_accesslog", "view_accessfailurelog"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; this one needs axes' now.
    axes = apps.get_app_config("axes")
    axes.models_module = True
    create_permissions(axes, apps=apps, verbosity=0)
    axes.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=ADMINISTRATOR)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="axes", codename__in=PERMISSIONS))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=ADMINISTRATOR):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="axes", codename__in=PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0010_review_roles"),
        ("axes", "0010_accessattemptexpiration"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
