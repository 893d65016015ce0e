"""Logins under django-axes: the address failures are counted by, and the page a locked-out person sees.

Axes counts wrong passwords per account and address (``AXES_LOCKOUT_PARAMETERS``
in settings) and calls these two functions through ``AXES_CLIENT_IP_CALLABLE``
and ``AXES_LOCKOUT_CALLABLE``.
"""

import ipaddress
import math

from django.conf import settings
from django.contrib import admin
from django.shortcuts import render


def client_address(request) -> str | None:
    """Return the address of the person logging in.

    Directly under gunicorn that is ``REMOTE_ADDR``. Behind ``TRUSTED_PROXIES``
    reverse proxies, each of which appends the address it was connected from
    to ``X-Forwarded-For``, it is the entry the outermost proxy appended; the
    entries left of it are whatever the client sent, so they are never used.
    """
    remote = request.META.get("REMOTE_ADDR")
    hops = settings.TRUSTED_PROXIES
    if hops <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < hops:
        return remote
    candidate = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def lockout_response(request, original_response=None, credentials=None):
    """Return the admin-styled Chinese page saying the account is locked here, for how long, and who can unlock it."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60) if settings.AXES_COOLOFF_TIME else None
    context = {
        **admin.site.each_context(request),
        "title": "登录已暂时锁定",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": minutes,
    }
    # Rendered now: axes calls this from its middleware, after the point where a TemplateResponse would be.
    return render(request, "admin/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
