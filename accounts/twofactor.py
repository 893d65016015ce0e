"""Who must sign in with a second factor, and the TOTP devices that provide it (django-otp)."""

from django.conf import settings
from django_otp.plugins.otp_totp.models import TOTPDevice


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
