"""Insert many plain rows without building model instances, and read plain rows by a list of keys.

An import writes tens of thousands of figures and links. ``bulk_create`` builds
an instance of each and prepares every field of every row through Django's
field machinery, which costs several times the INSERT itself. ``insert_rows``
takes rows as dicts of column values, prepares each column once where the
value is the same for every row (defaults, timestamps), passes values the
database driver takes as they are (text, numbers, ids, decimals, dates), and
runs one multi-row INSERT per batch. Signals are not sent and primary keys not returned,
as with ``bulk_create`` on a backend without RETURNING.
"""

from django.db import connection, models
from django.db.models.constants import OnConflict
from django.utils import timezone

# Field types whose Python values (str, int, bool, Decimal, date, None) the
# SQLite and PostgreSQL drivers accept unchanged: Django's own preparation of
# them is the identity for values of the right type.
DRIVER_TYPES = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.BooleanField,
    models.DecimalField,
    models.ForeignKey,
)


def insert_rows(model: type[models.Model], rows: list[dict], *, ignore_conflicts: bool = False) -> None:
    """INSERT ``rows`` (field attname → value, the same keys in every row) into ``model``'s table.

    Fields a row leaves out get their default, and ``auto_now``/``auto_now_add``
    timestamps the current time, each prepared once for the whole batch. With
    ``ignore_conflicts``, a row that would break a unique constraint is left
    out, as with ``bulk_create(ignore_conflicts=True)``.
    """
    if not rows:
        return
    given = list(rows[0])
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    unknown = set(given) - {field.attname for field in fields}
    if unknown:
        raise ValueError(f"{model.__name__} has no field {', '.join(sorted(unknown))}")
    now = timezone.now()
    constants, converters = {}, {}
    for field in fields:
        if field.attname in given and not getattr(field, "auto_now", False):
            if not isinstance(field, DRIVER_TYPES):
                converters[field.attname] = field
        else:
            value = (
                now
                if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
                else field.get_default()
            )
            constants[field.attname] = field.get_db_prep_save(value, connection)

    names = [field.attname for field in fields]
    values = []
    for row in rows:
        values.append(
            [
                constants[name]
                if name in constants
                else converters[name].get_db_prep_save(row[name], connection)
                if name in converters
                else row[name]
                for name in names
            ]
        )
    quote = connection.ops.quote_name
    on_conflict = OnConflict.IGNORE if ignore_conflicts else None
    # "INSERT OR IGNORE INTO" (SQLite) or "INSERT INTO … ON CONFLICT DO NOTHING" (PostgreSQL).
    insert = connection.ops.insert_statement(on_conflict=on_conflict)
    suffix = connection.ops.on_conflict_suffix_sql(fields, on_conflict, None, None)
    columns = ", ".join(quote(field.column) for field in fields)
    placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
    # Multi-row VALUES, as bulk_create does: one statement per batch rather than per row
    # (PostgreSQL would otherwise plan and execute every row on its own).
    batch_size = max(connection.ops.bulk_batch_size(fields, values), 1)
    with connection.cursor() as cursor:
        for start in range(0, len(values), batch_size):
            batch = values[start : start + batch_size]
            cursor.execute(
                f"{insert} {quote(model._meta.db_table)} ({columns}) VALUES {', '.join([placeholder] * len(batch))} {suffix}",
                [value for row in batch for value in row],
            )


def rows_where_in(model: type[models.Model], columns: list[str], field: str, values) -> list[tuple]:
    """Return ``columns`` (attnames) of ``model``'s rows whose ``field`` is one of ``values``, in one plain SELECT.

    What ``model.objects.filter(**{f"{field}__in": values}).values_list(*columns)``
    returns, for values the driver takes as they are (ints, text): the ORM
    prepares each value of the list on its own, which for a page's some 200
    near-duplicate bucket keys was about half the look-up's time
    (docs/benchmarks.md, "Full import").
    """
    values = list(values)
    quote = connection.ops.quote_name
    names = {f.attname: f.column for f in model._meta.concrete_fields}
    query = f"SELECT {', '.join(quote(names[column]) for column in columns)} FROM {quote(model._meta.db_table)} WHERE {quote(names[field])} IN "
    # One statement holds at most the backend's parameters (999 on SQLite): a longer list goes in batches.
    batch_size = connection.features.max_query_params or len(values) or 1
    rows: list[tuple] = []
    with connection.cursor() as cursor:
        for start in range(0, len(values), batch_size):
            batch = values[start : start + batch_size]
            cursor.execute(f"{query}({', '.join(['%s'] * len(batch))})", batch)
            rows.extend(cursor.fetchall())
    return rows
