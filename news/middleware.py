"""Middleware of the news app: the audit log's request context, and staff sessions.

Staff whose role needs it sign in with a second factor, and every staff
session ends after idle time.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse

from .audit import current_request
from .twofactor import confirmed_device, requires_two_factor


class RequestContextMiddleware:
    """Make the request being served known to ``news.audit.record`` (its address and user)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


LAST_SEEN_KEY = "staff_last_seen"
# Write the time of the last request to the session at most this often.
LAST_SEEN_RESOLUTION = 60


class IdleTimeoutMiddleware:
    """End a staff session after ``SESSION_IDLE_MINUTES`` without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            now = time.time()
            last_seen = request.session.get(LAST_SEEN_KEY)
            if last_seen is not None and now - last_seen > settings.SESSION_IDLE_MINUTES * 60:
                logout(request)
                messages.warning(request, f"您已超过 {settings.SESSION_IDLE_MINUTES} 分钟未操作，已自动退出，请重新登录。")
                return redirect(f"{reverse('admin:login')}?next={request.path}")
            if last_seen is None or now - last_seen > LAST_SEEN_RESOLUTION:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


class TwoFactorRequiredMiddleware:
    """Keep staff whose role requires two-factor sign-in out of the admin until they have used a code.

    Without a device they are sent to enrol; with one but an unverified
    session (signed in before enrolling elsewhere), to enter a code.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and request.path.startswith(reverse("admin:index"))
            and requires_two_factor(user)
            and not user.is_verified()
            and not request.path.startswith(reverse("accounts:two_factor"))
            and request.path not in (reverse("admin:logout"), reverse("admin:login"))
        ):
            target = "accounts:verify" if confirmed_device(user) else "accounts:two_factor"
            return redirect(f"{reverse(target)}?next={request.get_full_path()}")
        return self.get_response(request)


@receiver(user_logged_in, dispatch_uid="accounts_idle_clock")
def start_idle_clock(sender, request, user, **kwargs):
    """Start a new session's idle clock at sign-in (so the first request needs no session write)."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_SEEN_KEY] = time.time()
