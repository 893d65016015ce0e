"""Two-factor enrolment and verification pages of the admin (any signed-in staff member, for themselves)."""

from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.forms import OTPTokenForm

from .audit import Action, record
from .twofactor import EnrolForm, confirmed_device, pending_device, qr_code_svg, requires_two_factor


def next_url(request, default: str = "admin:index") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    from django.urls import reverse

    return reverse(default)


def page(request, template: str, title: str, **context):
    return TemplateResponse(request, template, {**admin.site.each_context(request), "title": title, **context})


@never_cache
@staff_member_required
def two_factor(request):
    """Show whether two-factor sign-in is on; enrol a device (scan the QR code, confirm a code)."""
    device = confirmed_device(request.user)
    if device is not None:
        return page(request, "admin/news/two_factor.html", "两步验证", device=device,
                    required=requires_two_factor(request.user))
    pending = pending_device(request.user)
    form = EnrolForm(request.POST or None, device=pending)
    if request.method == "POST" and form.is_valid():
        pending.confirmed = True
        pending.save(update_fields=["confirmed"])
        otp_login(request, pending)
        record(Action.TWO_FACTOR, obj=request.user, object_type="用户", reason="启用两步验证")
        messages.success(request, "两步验证已启用。今后登录时，请在密码之后输入身份验证器上的验证码。")
        return redirect(next_url(request))
    return page(request, "admin/news/two_factor_enrol.html", "启用两步验证", form=form, secret=pending_secret(pending),
                required=requires_two_factor(request.user), next=request.GET.get("next", ""))


def pending_secret(device) -> str:
    """Return the device's key in base32, grouped in fours, for typing into an app by hand."""
    from base64 import b32encode

    key = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@never_cache
@staff_member_required
def qr_code(request):
    """The enrolment QR code as an SVG image (only of one's own device being enrolled)."""
    if confirmed_device(request.user) is not None:
        return HttpResponse(status=404)
    response = HttpResponse(qr_code_svg(pending_device(request.user)), content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@staff_member_required
def verify(request):
    """Ask a session signed in without a code (e.g. before the device existed) for one."""
    form = OTPTokenForm(request.user, request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, request.user.otp_device)
        return redirect(next_url(request))
    return page(request, "admin/news/two_factor_verify.html", "输入两步验证码", form=form,
                next=request.GET.get("next", ""))


@never_cache
@staff_member_required
@require_POST
def remove(request):
    """Turn two-factor sign-in off (only for accounts whose role does not require it)."""
    if requires_two_factor(request.user):
        messages.error(request, "您的角色必须使用两步验证，不能停用。")
    else:
        request.user.totpdevice_set.all().delete()
        record(Action.TWO_FACTOR, obj=request.user, object_type="用户", reason="停用两步验证")
        messages.success(request, "两步验证已停用。")
    return redirect("accounts:two_factor")
