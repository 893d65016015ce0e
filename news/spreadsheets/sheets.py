"""What every staff spreadsheet shares: safe export cells, and imports of corrections that never half-write.

``SheetResource`` is the django-import-export resource all four sheets (articles,
units, initiatives, figures) derive from. On export it neutralises formula
text in every cell (``news.spreadsheets.renderers.neutralise_formula``) and yields
native values; on import it checks the sheet as a whole first (columns, IDs,
size, a sheet of another kind), reports each bad cell by its Chinese column
name, marks what a row changed in ``edited_fields`` (so that re-imports of
newspaper pages never overwrite an editor's correction), skips unchanged
rows, and records an ``ImportRun``. The import is one transaction: one bad
row and nothing is written.
"""

import logging

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError, IntegrityError, models
from django.utils import timezone
from import_export import resources
from import_export.fields import Field
from import_export.instance_loaders import CachedInstanceLoader
from import_export.resources import Diff
from import_export.results import Error, RowResult

from news.models import ImportRun

from .renderers import Table, neutralise_formula, restore_formula, text_cell
from .widgets import NamedObjectsWidget, WholeNumberWidget, is_blank

ID_COLUMN = "编号"
# A corrections sheet is a few thousand rows; anything far larger is a mistake
# (a wrong file, a whole database dump) and would hold a transaction for minutes.
MAX_IMPORT_ROWS = 20_000
# Rows per database round trip when exporting (also bounds memory per chunk).
EXPORT_CHUNK_SIZE = 2_000
HISTORY_CHANGE_REASON = "表格导入"
# The largest key a 64-bit (BigAutoField) column holds; a larger 编号 would be a database error, not a lookup.
MAX_ID = 2**63 - 1


def attribute_reader(path: str | None):
    """Return ``instance -> value`` following ``path`` ("article__title") as ``Field.get_value`` does.

    ``None`` anywhere on the way gives ``None``; a method at the end is called.
    """
    if path is None:
        return lambda instance: None
    names = path.split("__")

    def read(instance):
        value = instance
        for name in names:
            value = getattr(value, name, None)
            if value is None:
                return None
        return value() if callable(value) and not isinstance(value, models.Manager) else value

    return read


class ValuesRecord:
    """A row of ``values()`` with model-like attributes: ``record.article.title`` is ``row["article__title"]``.

    Building a figure, its article, unit and initiative as model instances
    takes most of a 100,000-row export; plain attributes give the same column
    definitions the same values at a fraction of the cost. A relation whose key
    is ``None`` (a figure without a unit) reads as ``None``, as on a model.
    """

    @classmethod
    def reader(cls, paths: list[str]):
        """Return ``(names to load with values(), row dict -> record)`` for the attribute ``paths``."""
        tree: dict = {}
        for path in paths:
            node = tree
            *relations, name = path.split("__")
            for relation in relations:
                node = node.setdefault(relation, {})
            node[name] = None
        relation_keys = [path for path in _relation_paths(tree)]

        def build(row: dict, node: dict, prefix: str) -> "ValuesRecord":
            record = cls()
            attributes = record.__dict__
            for name, children in node.items():
                key = prefix + name
                if children is None:
                    attributes[name] = row[key]
                elif row[key] is None:
                    attributes[name] = None
                else:
                    attributes[name] = build(row, children, key + "__")
            return record

        return [*paths, *relation_keys], lambda row: build(row, tree, "")


def _relation_paths(tree: dict, prefix: str = ""):
    for name, children in tree.items():
        if children is not None:
            yield prefix + name
            yield from _relation_paths(children, prefix + name + "__")


class SheetDiff(Diff):
    """The dry-run preview's before/after cells as the sheet shows them (empty, not “None”; 是/否; 2024-02-24)."""

    def __init__(self, resource, instance, new):
        super().__init__(resource, instance, new)
        self.left = self.cells(resource, instance)

    def compare_with(self, resource, instance):
        self.right = self.cells(resource, instance)

    @staticmethod
    def cells(resource, instance) -> list[str]:
        return [text_cell(field.export(instance)) for field in resource.get_import_fields()]


class SheetError(ValueError):
    """A whole sheet is unusable (wrong columns, duplicate IDs, too large); the message says why in Chinese."""


logger = logging.getLogger(__name__)


class SheetImportError(Error):
    """An import error as an editor sees it: a Chinese message, never a traceback with the server's paths.

    ``SheetError`` already says in Chinese what is wrong with the sheet; any
    other exception is a fault on our side or the database's, so its traceback
    goes to the server log and the editor is told what happened in general terms.
    """

    def __init__(self, error, row=None, number=None):
        if not isinstance(error, SheetError):
            logger.error("表格导入出错（第 %s 行）", number or "—", exc_info=(type(error), error, error.__traceback__))
            error = SheetError(self.describe(error))
        super().__init__(error, row=row, number=number)

    @staticmethod
    def describe(error: Exception) -> str:
        if isinstance(error, IntegrityError):
            return "与已有记录冲突（例如名称重复，或引用的记录已被删除），整个表格没有导入。请核对后重新上传。"
        if isinstance(error, DatabaseError):
            return "有内容超出了数据库能保存的范围，整个表格没有导入。请检查过长的文字或过大的数字。"
        return "导入时出现意外错误（已记入服务器日志），整个表格没有导入。请把文件交给系统管理员查看。"

    @property
    def traceback(self) -> str:
        return ""


def id_field() -> Field:
    return Field(attribute="id", column_name=ID_COLUMN, widget=WholeNumberWidget("编号", minimum=1, maximum=MAX_ID))


class SheetResource(resources.ModelResource):
    """Base of the staff sheets: Chinese columns, formula-safe cells, all-or-nothing imports of corrections."""

    #: What one row is, in Chinese ("单位"); used in file names and messages.
    noun: str = ""
    #: Whether a row without 编号 creates a record (units, initiatives) or is an error (figures, articles).
    allow_create: bool = True
    #: The field paths the columns read ("article__title"), for sheets large enough that building model
    #: instances would dominate an export; the rows are then read from ``values()`` (see ``ValuesRecord``).
    export_values: list[str] = []

    class Meta:
        import_id_fields = ["id"]
        instance_loader_class = CachedInstanceLoader
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True
        chunk_size = EXPORT_CHUNK_SIZE

    def __init__(self, *, base_url: str = "", **kwargs):
        super().__init__(**kwargs)
        self.sheet_row_numbers: list[int] = []
        # "https://example.org": the site's address, put before the links a sheet gives to articles so that
        # they open from a spreadsheet; without it (a command run with no site address) links stay paths.
        self.base_url = base_url.rstrip("/")

    @classmethod
    def all_sheets(cls) -> list[type["SheetResource"]]:
        """Return every concrete sheet, so that a sheet uploaded to the wrong place can be recognised."""
        found, pending = [], list(SheetResource.__subclasses__())
        while pending:
            sheet = pending.pop(0)
            pending.extend(sheet.__subclasses__())
            if sheet._meta.model is not None and sheet not in found:
                found.append(sheet)
        return found

    @classmethod
    def get_diff_class(cls):
        return SheetDiff

    @classmethod
    def get_error_result_class(cls):
        return SheetImportError

    @classmethod
    def get_display_name(cls):
        return f"{cls.noun}表"

    # Export ---------------------------------------------------------------------------

    def export_queryset(self, queryset=None) -> models.QuerySet:
        """Return ``queryset`` (default: every record) loading what the columns need in a fixed number of queries."""
        return self.get_queryset() if queryset is None else queryset

    def export_field(self, field, instance, **kwargs):
        # Every exported cell passes here or through ``cell_reader`` (which the
        # renderers use): the admin, the public download, the command and the
        # library's own ``export()`` alike.
        return neutralise_formula(super().export_field(field, instance, **kwargs))

    def cell_reader(self, field):
        """Return ``instance -> cell`` for ``field``: what ``export_field`` returns, with the lookups done once.

        The library resolves the dehydrate method and splits the attribute path
        on every cell; at 100,000 rows × 16 columns that alone takes longer than
        the whole export may.
        """
        method = field.get_dehydrate_method(self.get_field_name(field))
        method = method if callable(method) else getattr(self, method, None)
        if method is not None:
            return lambda instance: neutralise_formula(method(instance))
        read, render = attribute_reader(field.attribute), field.widget.render
        return lambda instance: neutralise_formula(render(read(instance)))

    def table(self, queryset=None, *, selected_fields=None) -> Table:
        """Return the sheet's headers and a lazy iterator of its rows, reading the database in chunks."""
        export_fields = self.get_export_fields(selected_fields)
        readers = [self.cell_reader(field) for field in export_fields]
        records = self.export_records(self.export_queryset(queryset))

        def rows():
            for record in records:
                yield [read(record) for read in readers]

        return Table([field.column_name for field in export_fields], rows(), sheet_title=self.noun)

    def export_records(self, queryset):
        """Yield what the columns read: model instances, or ``ValuesRecord``s if ``export_values`` names the fields."""
        if not self.export_values:
            yield from queryset.iterator(chunk_size=self.get_chunk_size())
            return
        names, build = ValuesRecord.reader(self.export_values)
        for row in queryset.values(*names).iterator(chunk_size=self.get_chunk_size()):
            yield build(row)

    # Import: the sheet as a whole -------------------------------------------------------

    def import_data(
        self,
        dataset,
        dry_run=False,
        raise_errors=False,
        use_transactions=None,
        collect_failed_rows=False,
        rollback_on_validation_errors=True,
        **kwargs,
    ):
        # One invalid row rolls back the whole import, however it was started.
        return super().import_data(
            dataset,
            dry_run=dry_run,
            raise_errors=raise_errors,
            use_transactions=use_transactions,
            collect_failed_rows=collect_failed_rows,
            rollback_on_validation_errors=rollback_on_validation_errors,
            **kwargs,
        )

    def before_import(self, dataset, **kwargs):
        try:
            self.check_sheet(dataset)
        except SheetError:
            # Rows of an unusable sheet are not worth one message each.
            dataset.wipe()
            raise

    def check_sheet(self, dataset) -> None:
        """Normalise ``dataset`` in place (headers, blank rows, formula guards) or raise ``SheetError``."""
        headers = [("" if header is None else str(header).strip()) for header in (dataset.headers or [])]
        if not any(headers):
            raise SheetError(f"表格是空的：第一行应是列名（{self.column_list()}）。")
        # Row numbers as Excel shows them (the header is row 1), kept across the blank rows dropped here.
        numbered = [(number, list(row)) for number, row in enumerate(dataset, start=2) if not all(map(is_blank, row))]
        self.sheet_row_numbers = [number for number, _ in numbered]
        rows = [row for _, row in numbered]
        keep = [i for i, header in enumerate(headers) if header or any(not is_blank(row[i]) for row in rows)]
        unnamed = [i + 1 for i in keep if not headers[i]]
        if unnamed:
            raise SheetError(f"第 {'、'.join(map(str, unnamed))} 列有内容却没有列名，请补上列名或删除这些列。")
        headers = [headers[i] for i in keep]
        rows = [[restore_formula(row[i]) for i in keep] for row in rows]

        self.check_columns(headers)
        if len(rows) > MAX_IMPORT_ROWS:
            raise SheetError(f"表格有 {len(rows)} 行，超过一次最多导入的 {MAX_IMPORT_ROWS} 行，请拆分后分批导入。")
        self.check_ids(headers.index(ID_COLUMN), list(zip(self.sheet_row_numbers, rows, strict=True)))

        dataset.wipe()
        dataset.headers = headers
        for row in rows:
            dataset.append(row)

    def check_columns(self, headers: list[str]) -> None:
        known = {field.column_name for field in self.fields.values()}
        required = {field.column_name for field in self.get_import_fields() if not field.readonly}
        duplicated = sorted({header for header in headers if headers.count(header) > 1})
        if duplicated:
            raise SheetError(f"列名重复：{'、'.join(duplicated)}。每一列只能出现一次。")
        unknown = [header for header in headers if header not in known]
        missing = [
            field.column_name for field in self.get_import_fields() if field.column_name in required - set(headers)
        ]
        if not unknown and not missing:
            return
        for other in SheetResource.all_sheets():
            if other._meta.model is self._meta.model:
                continue
            other_columns = {field.column_name for field in other.fields.values()}
            # Every column belongs to the other sheet, and at least two of them only to it.
            if set(headers) <= other_columns and len(set(headers) & (other_columns - known)) >= 2:
                raise SheetError(
                    f"这是一份“{other.noun}”表（列名与{other.noun}表一致），不能导入到“{self.noun}”。"
                    f"请到“{other.noun}”页面导入，或选择正确的文件。"
                )
        problems = []
        if missing:
            problems.append(f"缺少列：{'、'.join(missing)}")
        if unknown:
            problems.append(f"无法识别的列：{'、'.join(unknown)}")
        raise SheetError(f"{'；'.join(problems)}。{self.noun}表的列应为：{self.column_list()}（请使用导出的表格修改后再导入）。")

    def check_ids(self, id_index: int, numbered_rows: list[tuple[int, list]]) -> None:
        widget = self.fields["id"].widget
        bad, out_of_range, seen, duplicates = [], [], {}, {}
        for number, row in numbered_rows:
            try:
                pk = WholeNumberWidget().clean(row[id_index])
            except ValueError:
                bad.append(number)
                continue
            try:
                widget.clean(pk)
            except ValueError:
                out_of_range.append(number)
                continue
            if pk is None:
                continue
            row[id_index] = pk
            if pk in seen:
                duplicates.setdefault(pk, [seen[pk]]).append(number)
            seen.setdefault(pk, number)
        if bad:
            raise SheetError(f"第 {'、'.join(map(str, bad))} 行的“{ID_COLUMN}”不是整数；编号来自导出的表格，请不要修改（新增的行留空）。")
        if out_of_range:
            raise SheetError(
                f"第 {'、'.join(map(str, out_of_range))} 行的“{ID_COLUMN}”超出编号的范围（1 至 {MAX_ID}）；"
                "编号来自导出的表格，请不要修改（新增的行留空）。"
            )
        if duplicates:
            details = "；".join(f"编号 {pk} 在第 {'、'.join(map(str, numbers))} 行" for pk, numbers in duplicates.items())
            raise SheetError(f"编号重复：{details}。每条{self.noun}只能出现一次，请删除重复的行。")

    def column_list(self) -> str:
        return "、".join(field.column_name for field in self.get_export_fields())

    # Import: one row --------------------------------------------------------------------

    def get_or_init_instance(self, instance_loader, row):
        instance, new = super().get_or_init_instance(instance_loader, row)
        if new:
            pk = row.get(ID_COLUMN)
            if not is_blank(pk):
                raise ValidationError({ID_COLUMN: f"编号 {pk} 的{self.noun}不存在（可能已被删除或合并）；新增{self.noun}请把编号留空。"})
            if not self.allow_create:
                raise ValidationError({ID_COLUMN: f"编号不能为空：{self.noun}只能在这里修改，不能通过表格新增。"})
        return instance, new

    def import_instance(self, instance, row, **kwargs):
        before = self.editable_values(instance)
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many cells are only saved after the row; check them now so a
        # wrong name is reported as this row's invalid cell, not a crash later.
        for field in self.get_import_fields():
            if isinstance(field.widget, NamedObjectsWidget) and not field.readonly and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error), code="invalid")
        if errors:
            raise ValidationError(errors)
        after = self.editable_values(instance, row)
        changed = [name for name in after if after[name] != before.get(name)]
        if changed:
            instance.lock_fields(changed)

    def editable_attributes(self) -> list[str]:
        """Return the model fields this sheet may change (its columns that are not read-only)."""
        return [
            field.attribute
            for field in self.get_import_fields()
            if not field.readonly and field.attribute not in (None, "id")
        ]

    def editable_values(self, instance, row=None) -> dict:
        """Return ``{model field name: comparable value}`` of the editable columns (the row's, for many-to-many)."""
        values = {}
        for name in self.editable_attributes():
            model_field = self._meta.model._meta.get_field(name)
            if not model_field.many_to_many:
                values[name] = getattr(instance, model_field.attname)
            elif row is None:
                values[name] = set(getattr(instance, name).values_list("pk", flat=True)) if instance.pk else set()
            elif self.fields[name].column_name in row:
                values[name] = {obj.pk for obj in self.fields[name].clean(row)}
        return values

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        # Validate what the sheet sets; the rest (slugs, tree paths, offsets) the
        # model fills in on save or was already valid.
        editable = set(self.editable_attributes())
        exclude = {f.name for f in self._meta.model._meta.concrete_fields if f.name not in editable} | set(errors)
        try:
            instance.full_clean(exclude=exclude, validate_unique=validate_unique)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(self.errors_by_column(ValidationError(errors).message_dict))

    def errors_by_column(self, errors: dict) -> dict:
        """Key each error by the column staff see (``全称``), not the model field (``name``)."""
        columns = {field.attribute: field.column_name for field in self.fields.values() if field.attribute}
        model_fields = {f.name: f for f in self._meta.model._meta.get_fields() if hasattr(f, "verbose_name")}
        result = {}
        for key, messages in errors.items():
            if key == NON_FIELD_ERRORS or key in columns.values():
                column = key
            elif key in columns:
                column = columns[key]
            elif key in model_fields:
                column = str(model_fields[key].verbose_name)
            else:
                column = key
            result.setdefault(column, []).extend(messages)
        return result

    def before_save_instance(self, instance, row, **kwargs):
        # simple-history reads these when it records the save.
        instance._change_reason = HISTORY_CHANGE_REASON
        user = kwargs.get("user")
        if getattr(user, "is_authenticated", False):
            instance._history_user = user

    def after_import(self, dataset, result, **kwargs):
        # The library counts data rows from 1; staff look for the row number Excel shows.
        for row in [*result.invalid_rows, *result.error_rows]:
            row.number = self.sheet_row_numbers[row.number - 1]
        if kwargs.get("dry_run") or result.has_errors() or result.has_validation_errors():
            return
        changed = {
            kind: [row.object_id for row in result.rows if row.import_type == kind]
            for kind in (RowResult.IMPORT_TYPE_NEW, RowResult.IMPORT_TYPE_UPDATE)
        }
        if not any(changed.values()):
            # An unchanged sheet imported back leaves no trace: nothing happened.
            return
        user = kwargs.get("user")
        ImportRun.objects.create(
            origin=ImportRun.Origin.SPREADSHEET,
            user=user if getattr(user, "is_authenticated", False) else None,
            finished_at=timezone.now(),
            succeeded=True,
            summary={
                "sheet": self.noun,
                "model": self._meta.model._meta.label_lower,
                "file_name": kwargs.get("file_name") or "",
                "created": changed[RowResult.IMPORT_TYPE_NEW],
                "updated": changed[RowResult.IMPORT_TYPE_UPDATE],
                "skipped": result.totals[RowResult.IMPORT_TYPE_SKIP],
            },
        )
