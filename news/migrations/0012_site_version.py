"""The one row holding the site version (news.versioning): public pages key their caches and validators on it."""

from django.db import migrations, models
from django.utils import timezone


def create_row(apps, schema_editor):
    SiteVersion = apps.get_model("news", "SiteVersion")
    SiteVersion.objects.using(schema_editor.connection.alias).get_or_create(
        pk=1, defaults={"number": 1, "changed_at": timezone.now()}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0011_login_protection_role"),
    ]

    operations = [
        migrations.CreateModel(
            name="SiteVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.PositiveBigIntegerField(default=0, verbose_name="版本号")),
                ("changed_at", models.DateTimeField(verbose_name="最近修改时间")),
            ],
            options={
                "verbose_name": "站点版本",
                "verbose_name_plural": "站点版本",
            },
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
