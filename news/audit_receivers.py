"""Record in the audit log what happens outside our own services: logins, exports and imports through libraries, role changes.

Connected by ``NewsConfig.ready``.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver
from import_export.signals import post_export, post_import

from .audit import Action, current_request, is_restoring_backup, record
from .models import ImportRun

User = get_user_model()


@receiver(user_logged_in, dispatch_uid="audit_login")
def log_login(sender, request, user, **kwargs):
    record(Action.LOGIN, user=user, obj=user, request=request)


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def log_login_failed(sender, credentials, request=None, **kwargs):
    username = str(credentials.get("username", ""))[:150]
    record(
        Action.LOGIN_FAILED,
        username=username or "（未填账号）",
        object_type="用户",
        object_repr=username,
        reason=credentials.get("reason", "账号或密码错误"),
        request=request,
    )


@receiver(post_export, dispatch_uid="audit_admin_export")
def log_admin_export(sender, model, **kwargs):
    request = current_request.get()
    detail = {"model": model._meta.label, "path": request.get_full_path() if request else ""}
    record(Action.EXPORT, object_type=str(model._meta.verbose_name_plural), reason="后台导出", detail=detail)


@receiver(post_import, dispatch_uid="audit_corrections_import")
def log_corrections_import(sender, model, **kwargs):
    record(
        Action.CORRECTIONS,
        object_type=str(model._meta.verbose_name_plural),
        reason="后台导入更正表格",
        detail={"model": model._meta.label},
    )


@receiver(post_save, sender=ImportRun, dispatch_uid="audit_page_import")
def log_page_import(sender, instance, update_fields=None, **kwargs):
    """One entry when a real (not dry-run) page import finishes, with each file's outcome."""
    if instance.dry_run or not update_fields or "finished_at" not in update_fields:
        return
    files = instance.summary.get("files", [])
    record(
        Action.IMPORT,
        user=instance.user,
        obj=instance,
        reason=instance.get_origin_display(),
        detail={
            "files": [{"file_name": f.get("file_name"), "status": f.get("status"), "error": f.get("error", "")} for f in files],
            "succeeded": instance.succeeded,
        },
    )


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="audit_role_change")
def log_role_change(sender, instance, action, reverse, pk_set, **kwargs):
    """One entry per account and request for group changes (a form's remove-then-add is one change)."""
    if action not in ("post_add", "post_remove", "pre_clear") or reverse:
        return
    # A restore replays the memberships a backup holds; the archive has their entries already.
    if is_restoring_backup():
        return
    if action == "pre_clear":
        names = list(instance.groups.values_list("name", flat=True))
        action = "post_remove"
    else:
        names = list(Group.objects.filter(pk__in=pk_set or ()).values_list("name", flat=True))
    if not names:
        return
    request = current_request.get()
    pending = getattr(request, "_audit_role_changes", None) if request is not None else None
    if pending is None:
        pending = {}
        if request is not None:
            request._audit_role_changes = pending
    entry = pending.get(instance.pk)
    key = "added" if action == "post_add" else "removed"
    if entry is None:
        entry = record(Action.ROLE_CHANGE, obj=instance, object_type="用户", detail={"added": [], "removed": []})
        pending[instance.pk] = entry
    entry.detail[key] = sorted(set(entry.detail.get(key, [])) | set(names))
    parts = []
    if entry.detail.get("added"):
        parts.append("加入：" + "、".join(entry.detail["added"]))
    if entry.detail.get("removed"):
        parts.append("移出：" + "、".join(entry.detail["removed"]))
    entry.reason = "；".join(parts)
    entry.save(update_fields=["detail", "reason"])
