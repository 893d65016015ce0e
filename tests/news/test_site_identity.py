"""The footer names who runs the site when configured, and links the accessibility and privacy statements."""

import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


@override_settings(SITE_OWNER="江门市蓬江区人民政府办公室", SITE_CONTACT="0750-0000000", SITE_ID_CODE="4407030001",
                   SITE_ICP="粤ICP备00000000号")
def test_footer_shows_the_site_identity(client):
    page = client.get(reverse("news:home")).content.decode()

    for text in ("主办单位：江门市蓬江区人民政府办公室", "联系方式：0750-0000000", "网站标识码：4407030001", "粤ICP备00000000号"):
        assert text in page


@override_settings(SITE_OWNER="", SITE_CONTACT="", SITE_ID_CODE="", SITE_ICP="", SITE_PSB="")
def test_footer_leaves_out_what_is_not_set(client):
    page = client.get(reverse("news:home")).content.decode()

    assert "主办单位" not in page and "网站标识码" not in page


def test_statements_are_linked_and_served(client):
    page = client.get(reverse("news:home")).content.decode()
    accessibility = client.get(reverse("news:accessibility")).content.decode()
    privacy = client.get(reverse("news:privacy")).content.decode()

    assert f'href="{reverse("news:accessibility")}">无障碍声明' in page
    assert f'href="{reverse("news:privacy")}">隐私声明' in page
    assert "<h1>无障碍声明</h1>" in accessibility and "长者模式" in accessibility
    assert "<h1>隐私声明</h1>" in privacy and "报告错误" in privacy
