"""Who must sign in with a second factor, the TOTP devices that provide it (django-otp), and the forms that ask for it.

The admin's sign-in form (``pengjiang.urls`` installs it) and the enrolment
form of ``news.twofactor_views``.
"""

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_totp.models import TOTPDevice

from .audit import Action, record


def requires_two_factor(user) -> bool:
    """Return whether ``user`` must sign in with a TOTP code (superusers and the groups in the setting)."""
    if not user.is_authenticated or not user.is_staff:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def pending_device(user) -> TOTPDevice:
    """Return the unconfirmed device being enrolled (a fresh secret the first time)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="身份验证器", confirmed=False)
    return device


def qr_code_svg(device: TOTPDevice) -> str:
    """Return the enrolment QR code of ``device`` as an SVG document (drawn here, no outside service)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(device.config_url, error="m").save(buffer, kind="svg", scale=5, border=2, xmldecl=True, svgns=True,
                                                   title="两步验证二维码")
    return buffer.getvalue().decode("utf-8")


class TwoFactorAdminLoginForm(OTPAuthenticationFormMixin, AdminAuthenticationForm):
    """Username, password and — for accounts that enrolled a device — the six-digit code.

    Accounts without a device sign in with the password alone; if their role
    requires two-factor sign-in, ``TwoFactorRequiredMiddleware`` then sends
    them to enrol before anything else.
    """

    otp_token = forms.CharField(
        label="验证码", required=False, max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text="已启用两步验证的账号，请输入身份验证器显示的 6 位数字。",
    )
    # The mixin reads these; a TOTP device takes no challenge and there is one device per account.
    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)
    otp_challenge = forms.CharField(required=False, widget=forms.HiddenInput)

    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": "该账号已启用两步验证，请输入验证码。",
        "invalid_token": "验证码不正确或已过期，请输入身份验证器上的最新验证码。",
        "n_failed_attempts": "验证码已连续错误 %(failure_count)d 次，请稍等片刻再试。",
        "verification_not_allowed": "暂时不能验证，请稍后再试。",
    }

    def clean(self):
        self.cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and confirmed_device(user) is not None:
            try:
                self.clean_otp(user)
            except forms.ValidationError as error:
                reason = "未输入两步验证码" if error.code == "token_required" else "两步验证码错误"
                record(Action.LOGIN_FAILED, username=user.get_username(), object_type="用户",
                       object_repr=user.get_username(), reason=reason, request=self.request)
                raise
        return self.cleaned_data

    def _chosen_device(self, user):
        return confirmed_device(user)


class EnrolForm(forms.Form):
    token = forms.CharField(
        label="验证码", max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text="扫描二维码后，输入身份验证器显示的 6 位数字。",
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        if not self.device.verify_token(token):
            raise forms.ValidationError("验证码不正确，请确认手机时间准确后输入最新的验证码。")
        return token
