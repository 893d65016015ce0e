"""The admin's sign-in form with a TOTP code, and the enrolment form."""

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django_otp.forms import OTPAuthenticationFormMixin

from news.audit import Action, record

from .twofactor import confirmed_device


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
