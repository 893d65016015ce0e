"""What every response tells the browser: a Content-Security-Policy the pages satisfy, the referrer policy,
HTTPS settings that pass ``check --deploy``, and ETags that let a browser revalidate a page for free."""

import base64
import hashlib
import os
import re
import runpy
import secrets
import subprocess
import sys
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import path
from django_otp.oath import totp

from news.models import Unit
from tests.conftest import ROOT
from tests.factories import ArticleFactory, FigureFactory, InitiativeFactory, PhotoFactory, UnitFactory

pytestmark = pytest.mark.django_db

# The production settings README.md documents (“In production”), besides a real secret key.
PRODUCTION_ENVIRONMENT = {
    "DEBUG": "false",
    "ALLOWED_HOSTS": "zhili.pengjiang.example",
    "CSRF_TRUSTED_ORIGINS": "https://zhili.pengjiang.example",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_PRELOAD": "true",
    "SECURE_PROXY_SSL_HEADER": "true",
    "TRUSTED_PROXIES": "1",
}
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=|\son[a-z]+=", re.IGNORECASE)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def site():
    town = UnitFactory(name="杜阮镇", kind=Unit.Kind.TOWN)
    initiative = InitiativeFactory(name="警网融合")
    article = ArticleFactory(title="杜阮镇推进警网融合", body="全区调解纠纷239宗。")
    article.units.add(town)
    article.initiatives.add(initiative)
    FigureFactory(article=article, unit=town, initiative=initiative, text="239宗", sentence="全区调解纠纷239宗。")
    PhotoFactory(article=article)
    return {"town": town, "initiative": initiative, "article": article}


def public_paths(site) -> list[str]:
    return [
        "/",
        "/articles/",
        site["article"].get_absolute_url(),
        "/initiatives/",
        site["initiative"].get_absolute_url(),
        "/units/",
        site["town"].get_absolute_url(),
        "/figures/",
        "/search/?q=调解",
        "/no-such-page/",
    ]


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


# 9. Content-Security-Policy and the other headers ----------------------------------------------


def test_public_pages_allow_only_the_sites_own_files_and_have_nothing_inline(client, site):
    for page in public_paths(site):
        response = client.get(page)
        policy = directives(response)
        html = response.content.decode()

        assert policy["default-src"] == ["'self'"], page
        assert policy["script-src"] == ["'self'"], page
        assert policy["style-src"] == ["'self'"], page
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"], page
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], page
        assert INLINE_SCRIPT.findall(html) == [], page
        assert INLINE_STYLE.findall(html) == [], page


def test_the_admin_allows_exactly_the_inline_attributes_of_its_third_party_templates(client, site):
    response = client.get("/admin/login/")
    policy = directives(response)

    assert policy["style-src-attr"] == [
        "'unsafe-hashes'", sha256_source("padding: 0;"), sha256_source("font-weight: bold;"), sha256_source("border-top: 0")
    ]
    assert policy["script-src-attr"] == ["'unsafe-hashes'", sha256_source("onSelectToggleChange(event)")]


def test_every_response_sets_the_referrer_policy_and_refuses_framing_and_sniffing(client, site):
    for page in [*public_paths(site), "/admin/login/", "/feed/"]:
        response = client.get(page)
        assert (response["Referrer-Policy"], response["X-Frame-Options"], response["X-Content-Type-Options"]) == (
            "same-origin",
            "DENY",
            "nosniff",
        ), page


def broken_view(request):
    raise RuntimeError("测试用的服务器错误")


urlpatterns = [path("broken/", broken_view)]
handler500 = "news.views.server_error"


@override_settings(ROOT_URLCONF=__name__)
def test_the_error_page_style_is_allowed_by_this_responses_nonce_only():
    response = Client(raise_request_exception=False).get("/broken/")

    [nonce] = re.findall(r'<style nonce="([^"]+)">', response.content.decode())
    assert response.status_code == 500
    assert directives(response)["style-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert "服务器出错了" in response.content.decode()


# HTTPS settings from the environment, and ``check --deploy`` ------------------------------------------


def settings_read_afresh(environment: dict, names: list[str]) -> dict:
    """Return ``names`` as a deployment with ``environment`` would have them: pengjiang/settings.py run anew on it.

    The module's code runs again in this process (no interpreter and Django start of its own, some
    2 s of CPU) under the deployment's environment; a name it does not set has Django's default, as
    ``django.conf.settings`` would give it.
    """
    from django.conf import global_settings

    with mock.patch.dict(os.environ, deployment_environment(environment), clear=True):
        module = runpy.run_path(str(ROOT / "pengjiang" / "settings.py"))
    return {name: module.get(name, getattr(global_settings, name, None)) for name in names}


def deployment_environment(settings: dict) -> dict:
    """Return this process's environment as a deployment would have it: ``settings``, a real key, no test switches."""
    env = {
        key: value
        for key, value in os.environ.items()
        # The browser tests' permission for Playwright's event loop is no deployment's.
        if not key.startswith("SECURE_") and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    return {**env, "DJANGO_SETTINGS_MODULE": "pengjiang.settings", "SECRET_KEY": secrets.token_urlsafe(50), **settings}


@pytest.mark.slow
def test_the_documented_production_settings_pass_check_deploy():
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=deployment_environment(PRODUCTION_ENVIRONMENT), capture_output=True, text=True,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "System check identified no issues (0 silenced)."


def test_https_protections_follow_the_environment():
    names = [
        "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_PROXY_SSL_HEADER",
    ]

    production = settings_read_afresh(PRODUCTION_ENVIRONMENT, names)
    plain_http_trial = settings_read_afresh(
        {"DEBUG": "false", "SECURE_SSL_REDIRECT": "false", "SECURE_COOKIES": "false"}, names
    )

    assert production == {
        "SECURE_SSL_REDIRECT": True, "SECURE_HSTS_SECONDS": 31536000, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True, "SESSION_COOKIE_SECURE": True, "CSRF_COOKIE_SECURE": True,
        "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    }
    assert plain_http_trial == {
        "SECURE_SSL_REDIRECT": False, "SECURE_HSTS_SECONDS": 0, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": False, "SESSION_COOKIE_SECURE": False, "CSRF_COOKIE_SECURE": False,
        "SECURE_PROXY_SSL_HEADER": None,
    }


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=31536000, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_behind_the_proxy_plain_http_is_redirected_and_https_gets_hsts(client, site):
    plain = client.get("/articles/")
    secure = client.get("/articles/", headers={"X-Forwarded-Proto": "https"})

    assert (plain.status_code, plain["Location"]) == (301, "https://testserver/articles/")
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000"


# ETags, as the README promises -----------------------------------------------------------------


def test_pages_send_an_etag_and_answer_a_matching_request_with_304(client, site):
    first = client.get("/articles/")
    again = client.get("/articles/", headers={"If-None-Match": first["ETag"]})

    assert re.fullmatch(r'"[0-9a-f]{32}"', first["ETag"])
    assert first.has_header("Last-Modified")
    assert (again.status_code, again.content) == (304, b"")


def test_the_etag_changes_with_an_edit_the_address_and_a_login(client, site):
    before = client.get("/articles/")["ETag"]
    filtered = client.get("/articles/?unit=" + site["town"].slug)["ETag"]

    site["article"].title = "杜阮镇深入推进警网融合"
    site["article"].save()
    after_edit = client.get("/articles/", headers={"If-None-Match": before})

    staff = Client()
    staff.force_login(User.objects.create_user("staff", password="x-correct-horse", is_staff=True))
    logged_in = staff.get("/articles/")["ETag"]

    assert filtered != before
    assert after_edit.status_code == 200
    assert after_edit["ETag"] != before
    assert "杜阮镇深入推进警网融合" in after_edit.content.decode()
    assert logged_in != after_edit["ETag"]


# In the browser: no page reports a violation of the policy -------------------------------------------

LISTEN_FOR_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => window.__violations.push(
  `${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim()));
"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_no_public_or_admin_page_reports_a_csp_violation_in_the_browser(live_server, new_page, settings, tmp_path):
    import io

    from django.core.files.base import ContentFile
    from PIL import Image

    settings.MEDIA_ROOT = tmp_path
    site = {
        "town": UnitFactory(name="杜阮镇", kind=Unit.Kind.TOWN),
        "initiative": InitiativeFactory(name="警网融合"),
        "article": ArticleFactory(title="杜阮镇推进警网融合", body="全区调解纠纷239宗。"),
    }
    article = site["article"]
    article.units.add(site["town"])
    article.initiatives.add(site["initiative"])
    figure = FigureFactory(article=article, unit=site["town"], initiative=site["initiative"], text="239宗", sentence="全区调解纠纷239宗。")
    jpeg = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(jpeg, "JPEG")
    photo = PhotoFactory(article=article)
    photo.image.save("photo.jpg", ContentFile(jpeg.getvalue()))
    photo.image_thumb.save("thumb.jpg", ContentFile(jpeg.getvalue()))
    superuser = User.objects.create_superuser("admin", password="correct-horse-battery")
    # Superusers sign in with a TOTP code; without one every admin address would show the enrolment page.
    device = superuser.totpdevice_set.create(name="测试", confirmed=True)

    page = new_page(1280)
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)
    reported = {}

    def visit(address: str) -> None:
        page.goto(live_server.url + address)
        page.wait_for_load_state("load")
        reported[address] = page.evaluate("window.__violations")

    for address in [*public_paths(site), "/admin/login/"]:
        visit(address)
    page.fill("#id_username", "admin")
    page.fill("#id_password", "correct-horse-battery")
    page.fill("#id_otp_token", f"{totp(device.bin_key, device.step, device.t0, device.digits):0{device.digits}d}")
    page.click("input[type=submit]")
    assert "/admin/two-factor/" not in page.url
    for address in [
        "/admin/",
        "/admin/news/article/",
        f"/admin/news/article/{article.pk}/change/",
        f"/admin/news/article/{article.pk}/source/",
        f"/admin/news/article/{article.pk}/history/",
        f"/admin/news/photo/{photo.pk}/change/",
        "/admin/news/unit/",
        f"/admin/news/unit/{site['town'].pk}/change/",
        f"/admin/news/initiative/{site['initiative'].pk}/change/",
        "/admin/metrics/figure/",
        f"/admin/metrics/figure/{figure.pk}/change/",
        "/admin/news/page/upload/",
        "/admin/news/importrun/",
        "/admin/news/unit/import/",
        "/admin/news/unit/export/",
        "/admin/auth/user/1/change/",
        "/admin/auth/user/1/password/",
        "/admin/axes/accessattempt/",
    ]:
        visit(address)
    # The autocomplete drop-down and the export form's “select all” build their markup at run time.
    page.goto(live_server.url + f"/admin/metrics/figure/{figure.pk}/change/")
    page.locator(".select2-selection").first.click()
    page.locator(".select2-results__option").first.wait_for()
    reported["autocomplete"] = page.evaluate("window.__violations")
    page.goto(live_server.url + "/admin/news/unit/export/")
    page.locator("input.select-toggle").uncheck()
    assert not page.locator("input[name='unitresource_name']").is_checked()
    reported["export select all"] = page.evaluate("window.__violations")

    assert {address: found for address, found in reported.items() if found} == {}
    assert [text for text in console if "Content Security Policy" in text] == []
