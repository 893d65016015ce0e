"""The site's identity (主办单位, contact, 网站标识码, 备案号) for every page's footer, and its statements."""

from django.conf import settings
from django.shortcuts import render


def identity(request) -> dict:
    """Context processor: what the footer says about who runs the site (only what is set)."""
    return {
        "site_identity": {
            "owner": settings.SITE_OWNER,
            "contact": settings.SITE_CONTACT,
            "id_code": settings.SITE_ID_CODE,
            "icp": settings.SITE_ICP,
            "psb": settings.SITE_PSB,
        }
    }


def accessibility_statement(request):
    return render(request, "news/accessibility.html")


def privacy_statement(request):
    return render(request, "news/privacy.html")
