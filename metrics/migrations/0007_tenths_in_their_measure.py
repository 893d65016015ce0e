"""Store a figure printed in 成 in that measure (两成 → 2 成), as a percentage is stored in % (95% → 95 %).

Until now 两成 was stored as the share it is (0.2) beside the measure 成, so the admin showed "0.2 成" for
two tenths. Figures already stored are turned into the new reading, and back on a reversal.
"""

from decimal import Decimal

from django.db import migrations
from django.db.models import F

TENTHS = {"measure": "成", "kind": "fraction"}


def tenths_in_measure(apps, schema_editor):
    Figure = apps.get_model("metrics", "Figure")
    Figure.objects.filter(**TENTHS).update(value=F("value") * 10)
    Figure.objects.filter(**TENTHS, value_max__isnull=False).update(value_max=F("value_max") * 10)


def tenths_as_share(apps, schema_editor):
    Figure = apps.get_model("metrics", "Figure")
    # Times a tenth rather than divided by ten: SQLite divides an integer by an integer as integers (2 / 10 = 0).
    Figure.objects.filter(**TENTHS).update(value=F("value") * Decimal("0.1"))
    Figure.objects.filter(**TENTHS, value_max__isnull=False).update(value_max=F("value_max") * Decimal("0.1"))


class Migration(migrations.Migration):
    dependencies = [("metrics", "0006_indicator_roles")]

    operations = [migrations.RunPython(tenths_in_measure, tenths_as_share)]
