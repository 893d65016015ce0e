"""metrics 0007: figures printed in 成 are stored in that measure (两成 → 2 成), those stored before as a share are moved."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps

from metrics.models import Figure
from tests.factories import FigureFactory

migration = importlib.import_module("metrics.migrations.0007_tenths_in_their_measure")

pytestmark = pytest.mark.django_db


def test_a_share_stored_in_tenths_is_moved_into_its_measure_and_back():
    tenths = FigureFactory(text="约两成", value=Decimal("0.2"), measure="成", kind="fraction")
    range_of_tenths = FigureFactory(text="三至四成", value=Decimal("0.3"), value_max=Decimal("0.4"), measure="成", kind="fraction")
    count = FigureFactory(text="239宗", value=Decimal("239"), measure="宗")

    migration.tenths_in_measure(apps, None)
    moved = {figure.text: (figure.value, figure.value_max) for figure in Figure.objects.all()}
    assert moved == {"约两成": (Decimal("2"), None), "三至四成": (Decimal("3"), Decimal("4")), "239宗": (Decimal("239"), None)}

    migration.tenths_as_share(apps, None)
    tenths.refresh_from_db(), range_of_tenths.refresh_from_db(), count.refresh_from_db()
    assert (tenths.value, range_of_tenths.value, range_of_tenths.value_max, count.value) == (
        Decimal("0.2"), Decimal("0.3"), Decimal("0.4"), Decimal("239")
    )
