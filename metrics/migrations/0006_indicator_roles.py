"""The roles' permissions on indicators, which no role had: editors curate them, 数据导出 sees them.

The permissions are frozen here as they were when this migration was written
(news.roles may change later; a migration must not run today's code).
"""

from django.db import migrations

CURATE = ["add_indicator", "change_indicator", "delete_indicator", "view_indicator", "view_historicalindicator"]
ROLES = {
    "编辑": CURATE,
    "审核": CURATE,
    "管理员": CURATE,
    "数据导出": ["view_indicator", "view_historicalindicator"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need these now.
    metrics = apps.get_app_config("metrics")
    metrics.models_module = True
    create_permissions(metrics, apps=apps, verbosity=0)
    metrics.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="metrics", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="metrics", codename__in=ROLES[group.name]))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("metrics", "0005_figure_initiative_listing"),
        ("news", "0013_audit_and_error_reports"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
