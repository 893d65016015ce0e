"""Write audit entries: ``record(action, ...)`` is the one way in.

The address and the signed-in user of the request being served (if any)
are taken from ``audit.middleware.RequestContextMiddleware``, so services
called from a view need not pass the request down; commands and timers run
without one and are recorded without an address.
"""

from __future__ import annotations

from contextvars import ContextVar

from .models import AuditEntry

Action = AuditEntry.Action

current_request: ContextVar = ContextVar("audit_current_request", default=None)


def client_address(request) -> str | None:
    """Return the address the request came from (REMOTE_ADDR; a proxy in front must set it, see README)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(
    action: str,
    *,
    user=None,
    username: str = "",
    obj=None,
    object_type: str = "",
    object_id="",
    object_repr: str = "",
    reason: str = "",
    detail: dict | None = None,
    request=None,
) -> AuditEntry:
    """Write one audit entry for ``action`` and return it.

    ``obj`` fills the object columns from a model instance; ``user`` defaults
    to the signed-in user of the current request.
    """
    request = request or current_request.get()
    if user is None and request is not None:
        request_user = getattr(request, "user", None)
        if request_user is not None and request_user.is_authenticated:
            user = request_user
    if obj is not None:
        object_type = object_type or str(obj._meta.verbose_name)
        object_id = object_id or obj.pk
        object_repr = object_repr or str(obj)
    return AuditEntry.objects.create(
        action=action,
        user=user if user is not None and getattr(user, "pk", None) else None,
        username=username or (user.get_username() if user is not None and getattr(user, "pk", None) else ""),
        address=client_address(request),
        object_type=object_type,
        object_id=str(object_id or ""),
        object_repr=object_repr[:300],
        reason=reason,
        detail=detail or {},
    )
