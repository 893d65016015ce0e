"""Middleware of the news app: the request context of the audit log."""

from .audit import current_request


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
