"""Create the first administrator for a fresh site and print its password once.

Does nothing when a superuser already exists, so ``./dev start`` can call it
every time without resetting anyone's password.
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from news.roles import ADMINISTRATOR


class Command(BaseCommand):
    help = "如无超级用户，则创建 admin 账户并打印一次随机密码。"

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--login-url", default="http://127.0.0.1:8000/admin/", help="登录地址（./dev start 传入它实际使用的端口）"
        )

    def handle(self, *args, username, login_url, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("已有管理员账户；如需新账户请运行：python manage.py createsuperuser")
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_superuser(username=username, email="", password=password)
        user.groups.add(*Group.objects.filter(name=ADMINISTRATOR))
        self.stdout.write(self.style.SUCCESS(
            f"已创建管理员账户。登录 {login_url} 用户名：{username} 密码：{password}（只显示这一次）"
        ))
