"""Export and import of staff sheets in the admin, mixed into the admin classes with one line each.

The workflow is django-import-export's (export form or “导出选中的…” action;
import → dry-run preview row by row → confirm), with these changes: exports
go through this project's renderers (streamed CSV with a BOM, write-only XLSX,
formula-safe cells) instead of building the file in memory; uploads that are
too large or cannot be read get a Chinese message naming the file and the
cause; columns are offered by their Chinese names; and only XLSX, CSV and
JSON are offered.
"""

import json
import os
import tempfile

from django import forms
from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from import_export.admin import ExportActionMixin, ImportMixin
from import_export.forms import ImportForm, SelectableFieldsExportForm
from import_export.signals import post_export
from import_export.tmp_storages import TempFolderStorage

from .formats import SHEET_FORMATS, SheetFileError
from .renderers import table_response

# A corrections sheet of 20,000 rows is about 5 MB as XLSX; the limit stops a
# wrong file (a database dump, a video) before anyone tries to parse it.
MAX_IMPORT_BYTES = 10 * 1024 * 1024
# The previewed uploads an editor may still confirm, by their temporary file names.
PENDING_IMPORTS_SESSION_KEY = "sheet_imports_pending"
PENDING_IMPORTS_KEPT = 10
ALREADY_IMPORTED = "这份表格已经导入过，或预览已过期，这次没有改动任何数据。如需再次导入，请重新上传文件。"


def claim_upload(name: str) -> str | None:
    """Rename the previewed upload ``name`` for this request alone; None if it is gone (already imported).

    A rename is atomic, so of two confirmations of one preview (a double click,
    two tabs) exactly one finds the file and imports it.
    """
    claimed = f"{name}.importing"
    folder = tempfile.gettempdir()
    try:
        os.rename(os.path.join(folder, name), os.path.join(folder, claimed))
    except FileNotFoundError:
        return None
    return claimed


def import_failure_message(result, file_name: str) -> str:
    """Return, in Chinese, why a confirmed import wrote nothing (what changed since the preview)."""
    problems = [str(error.error) for error in result.base_errors]
    for row in result.invalid_rows:
        problems += [f"第 {row.number} 行 {column}：{'；'.join(texts)}" for column, texts in row.error_dict.items()]
    for row in result.error_rows:
        problems += [f"第 {row.number} 行：{error.error}" for error in row.errors]
    shown = "；".join(problems[:5]) + ("……" if len(problems) > 5 else "")
    return f"“{file_name}”没有导入，数据库没有任何改动（预览之后数据可能已被他人修改）：{shown}"


class SheetImportForm(ImportForm):
    """The upload form, refusing files too large to be a corrections sheet."""

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                f"文件“{upload.name}”有 {upload.size / 2**20:.1f} MB，超过导入上限 {MAX_IMPORT_BYTES // 2**20} MB。"
                "请只导入需要修改的行，或拆分成几个文件。"
            )
        return upload


class SheetExportForm(SelectableFieldsExportForm):
    """The export form, listing columns by their Chinese names (the library shows “Article Title (文章标题)”)."""

    def _get_field_label(self, resource, field_name: str) -> str:
        field = resource.fields.get(field_name)
        return field.column_name if field else field_name


def unreadable_file_message(file_name: str, file_format, error: Exception) -> str:
    """Return, in Chinese, why ``file_name`` could not be read as ``file_format`` and what to do."""
    extension = file_format.get_extension()
    if isinstance(error, SheetFileError):
        return f"文件“{file_name}”{error}"
    if isinstance(error, UnicodeDecodeError):
        return (
            f"文件“{file_name}”不是 UTF-8 编码（可能是 GBK，或根本不是文本文件），无法按 CSV 读取。"
            "请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，或直接上传 xlsx 文件。"
        )
    if extension == "xlsx":
        return (
            f"文件“{file_name}”不是有效的 Excel（xlsx）文件，可能已损坏或只是改了扩展名。"
            "请用 Excel 或 WPS 打开后另存为 xlsx 再上传。"
        )
    if isinstance(error, json.JSONDecodeError):
        return f"文件“{file_name}”不是有效的 JSON（第 {error.lineno} 行第 {error.colno} 列出错）。"
    return f"无法按 {extension.upper()} 读取文件“{file_name}”，请确认所选格式与文件一致。"


class SheetAdminMixin(ImportMixin, ExportActionMixin):
    """Export (filtered changelist or selected rows) and import of corrections through this model's sheet.

    Who may do what follows the ``IMPORT_EXPORT_*_PERMISSION_CODE`` settings:
    viewing allows export (数据导出), changing allows import (编辑).
    """

    import_export_change_list_template = "admin/import_export/change_list_import_export.html"
    import_form_class = SheetImportForm
    export_form_class = SheetExportForm
    # Named, because confirming relies on its files in the system's temporary folder (see ``claim_upload``).
    tmp_storage_class = TempFolderStorage

    def get_export_formats(self):
        return SHEET_FORMATS

    def get_import_formats(self):
        return SHEET_FORMATS

    def add_data_read_fail_error_to_form(self, form, e):
        upload = form.cleaned_data.get("import_file")
        file_format = self.get_import_formats()[int(form.cleaned_data["format"])]()
        form.add_error("import_file", unreadable_file_message(getattr(upload, "name", ""), file_format, e))

    def export_action(self, request):
        # The export page carries the changelist's filters in its address; one
        # the list does not know (a stale bookmark, ``?foo=1``) is dropped with
        # a message instead of ending in an error page.
        try:
            return super().export_action(request)
        except IncorrectLookupParameters:
            unknown = "、".join(f"“{key}”" for key in list(request.GET)[:5])
            self.message_user(
                request,
                f"导出链接中的筛选条件 {unknown} 无法识别，已忽略，下面将导出全部记录。"
                "如只需部分记录，请回到列表页筛选后再点“导出”。",
                messages.WARNING,
            )
            return HttpResponseRedirect(request.path)

    def create_confirm_form(self, request, import_form=None):
        form = super().create_confirm_form(request, import_form)
        if import_form is not None:
            # Remember the preview, so that only this editor's own previews can be confirmed, once each.
            pending = request.session.get(PENDING_IMPORTS_SESSION_KEY, [])[-PENDING_IMPORTS_KEPT + 1 :]
            previewed = os.path.basename(form.initial["import_file_name"])
            request.session[PENDING_IMPORTS_SESSION_KEY] = [*pending, previewed]
        return form

    def process_import(self, request, **kwargs):
        """Import a previewed sheet once: a second confirmation (or someone else's file name) gets a message."""
        if request.method != "POST" or not self.has_import_permission(request):
            return super().process_import(request, **kwargs)
        name = os.path.basename(request.POST.get("import_file_name", ""))
        pending = request.session.get(PENDING_IMPORTS_SESSION_KEY, [])
        claimed = claim_upload(name) if name in pending else None
        if name in pending:
            request.session[PENDING_IMPORTS_SESSION_KEY] = [other for other in pending if other != name]
        if claimed is None:
            self.message_user(request, ALREADY_IMPORTED, messages.ERROR)
            return HttpResponseRedirect(self.import_url())
        request.POST = request.POST.copy()
        request.POST["import_file_name"] = claimed
        try:
            return super().process_import(request, **kwargs)
        finally:
            # The library removes the file after a successful import, not after an error.
            try:
                os.remove(os.path.join(tempfile.gettempdir(), claimed))
            except FileNotFoundError:
                pass

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            file_name = request.POST.get("original_file_name", "")
            self.message_user(request, import_failure_message(result, file_name), messages.ERROR)
            return HttpResponseRedirect(self.import_url())
        return super().process_result(result, request)

    def import_url(self) -> str:
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_import", current_app=self.admin_site.name)

    def get_valid_export_item_pks(self, request):
        # Rows selected on the changelist may only be ones this user can list.
        return self.get_queryset(request).values_list("pk", flat=True)

    def get_export_resource_kwargs(self, request, **kwargs):
        return {**super().get_export_resource_kwargs(request, **kwargs), "base_url": request.build_absolute_uri("/")}

    def _do_file_export(self, file_format, request, queryset, export_form=None):
        # The one place both the export page and the “导出所选” action end in;
        # replaced so that files are streamed and rendered by this project's
        # renderers instead of being built in memory by tablib.
        if not self.has_export_permission(request):
            raise PermissionDenied
        resource_class = self.choose_export_resource_class(export_form, request)
        resource = resource_class(**self.get_export_resource_kwargs(request))
        table = resource.table(queryset, selected_fields=self.get_export_resource_fields_from_form(export_form))
        response = table_response(table, file_format.get_extension(), stem=resource.noun)
        post_export.send(sender=None, model=self.model)
        return response

