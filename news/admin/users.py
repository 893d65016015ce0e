"""Accounts: a 管理员 manages the editors' accounts; only a superuser makes or touches a superuser.

Also here: the failed-login records of django-axes, where a 管理员 unlocks an
account that too many wrong passwords locked; and two-factor sign-in, which a
管理员 resets for an editor who lost the phone with the authenticator app.
django-otp's own device admin is not listed: its labels are English and its
fields (secret key, drift, tolerance) are nothing an editor's manager decides.

Django's own ``UserAdmin`` lets anyone with ``auth.change_user`` tick
“超级用户状态” on any account, their own included, and set any password. The
管理员 role has that permission to manage editors, so without these limits it
could make itself superuser or take over the superuser's account.
"""

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group, Permission, User
from django.db.models import Exists, OuterRef, Q
from django_otp.plugins.otp_totp.models import TOTPDevice

# Fields through which an account gains permissions its editor may not hold.
SUPERUSER_ONLY_FIELDS = ["is_superuser", "user_permissions"]


def grantable_groups(user: User):
    """Return the groups whose every permission ``user`` holds (a role cannot hand out more than it has)."""
    held = Q()
    for name in user.get_all_permissions():
        app_label, codename = name.split(".", 1)
        held |= Q(content_type__app_label=app_label, codename=codename)
    missing = Permission.objects.exclude(held) if held else Permission.objects.all()
    return Group.objects.exclude(permissions__in=missing)


admin.site.unregister(User)


admin.site.unregister(TOTPDevice)


@admin.register(User)
class AccountAdmin(UserAdmin):
    list_display = [*UserAdmin.list_display, "two_factor"]
    actions = ["reset_two_factor"]

    def get_queryset(self, request):
        confirmed = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(has_two_factor=Exists(confirmed))

    @admin.display(description="两步验证", boolean=True, ordering="has_two_factor")
    def two_factor(self, user) -> bool:
        return user.has_two_factor

    @admin.action(description="重置所选账号的两步验证（下次登录时重新绑定身份验证器）", permissions=["change"])
    def reset_two_factor(self, request, queryset):
        if not self.manages_superusers(request):
            queryset = queryset.filter(is_superuser=False)
        accounts = sorted(queryset.values_list("username", flat=True))
        TOTPDevice.objects.filter(user__in=queryset).delete()
        if accounts:
            self.message_user(request, f"已重置两步验证：{'、'.join(accounts)}。", messages.SUCCESS)
        else:
            self.message_user(request, "没有可重置的账号：超级用户的两步验证只有超级用户能重置。", messages.WARNING)

    def manages_superusers(self, request) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        # Also guards the password form, which asks this before showing or saving.
        if obj is not None and obj.is_superuser and not self.manages_superusers(request):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not self.manages_superusers(request):
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.manages_superusers(request):
            readonly += [name for name in SUPERUSER_ONLY_FIELDS if name not in readonly]
        return readonly

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if not self.manages_superusers(request) and "groups" in form.base_fields:
            # Groups the account already has stay listed, so saving the form never drops them.
            kept = obj.groups.all() if obj is not None else Group.objects.none()
            form.base_fields["groups"].queryset = (grantable_groups(request.user) | kept).distinct()
        return form


admin.site.unregister(AccessAttempt)


@admin.register(AccessAttempt)
class FailedLoginAdmin(AccessAttemptAdmin):
    """Wrong passwords per account and address; deleting a record unlocks that account at that address."""

    actions = ["unlock"]

    @admin.action(description="解除所选记录的锁定", permissions=["delete"])
    def unlock(self, request, queryset):
        unlocked = sorted({f"{attempt.username}（{attempt.ip_address}）" for attempt in queryset})
        queryset.delete()
        self.message_user(request, f"已解除锁定：{'、'.join(unlocked)}。", messages.SUCCESS)
