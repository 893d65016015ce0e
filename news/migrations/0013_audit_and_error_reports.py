"""The audit log and the public's error reports in news (each was an app of its own), and the roles' permissions on them.

The permissions are frozen here as they were when this migration was written
(news.roles may change later; a migration must not run today's code).
"""

import django.db.models.deletion
import django.utils.timezone
import news.error_reports
from django.conf import settings
from django.db import migrations, models


# What editors, reviewers and administrators keep an eye on (news.roles.ACCOUNTABILITY_*).
ROLES = {
    "编辑": ["view_auditentry", "view_errorreport", "change_errorreport"],
    "审核": ["view_auditentry", "view_errorreport", "change_errorreport"],
    "管理员": ["view_auditentry", "view_errorreport", "change_errorreport"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need these now.
    news = apps.get_app_config("news")
    news.models_module = True
    create_permissions(news, apps=apps, verbosity=0)
    news.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="news", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="news", codename__in=ROLES[group.name])
        )


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0012_site_version'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name='AuditEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='时间')),
                ('action', models.CharField(choices=[('login', '登录'), ('login_failed', '登录失败'), ('submit', '提交审核'), ('approve', '审核通过'), ('return', '退回修改'), ('publish', '发布'), ('withdraw', '撤下'), ('merge', '合并'), ('import', '导入版面'), ('corrections', '导入更正表格'), ('export', '导出数据'), ('role_change', '角色变更'), ('two_factor', '两步验证设置')], db_index=True, max_length=20, verbose_name='操作')),
                ('username', models.CharField(blank=True, db_index=True, max_length=150, verbose_name='账号')),
                ('address', models.GenericIPAddressField(blank=True, null=True, verbose_name='来源地址')),
                ('object_type', models.CharField(blank=True, max_length=50, verbose_name='对象类型')),
                ('object_id', models.CharField(blank=True, max_length=64, verbose_name='对象编号')),
                ('object_repr', models.CharField(blank=True, max_length=300, verbose_name='对象')),
                ('reason', models.TextField(blank=True, verbose_name='原因或意见')),
                ('detail', models.JSONField(blank=True, default=dict, verbose_name='详情')),
                ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='操作人')),
            ],
            options={
                'verbose_name': '审计日志',
                'verbose_name_plural': '审计日志',
                'ordering': ['-at', '-pk'],
                'indexes': [models.Index(fields=['object_type', 'object_id'], name='audit_entry_object')],
            },
        ),
        migrations.CreateModel(
            name='ErrorReport',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('description', models.TextField(max_length=2000, verbose_name='错误描述')),
                ('contact', models.CharField(blank=True, max_length=100, verbose_name='联系方式')),
                ('status', models.CharField(choices=[('new', '待处理'), ('in_progress', '处理中'), ('corrected', '已更正'), ('no_error', '经核实无误')], db_index=True, default='new', max_length=20, verbose_name='处理状态')),
                ('reply', models.TextField(blank=True, help_text='报告人凭查询链接可以看到答复。', verbose_name='答复')),
                ('address', models.GenericIPAddressField(blank=True, null=True, verbose_name='来源地址')),
                ('token', models.CharField(default=news.error_reports.new_token, editable=False, max_length=40, unique=True, verbose_name='查询码')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='提交时间')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='更新时间')),
                ('article', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='error_reports', to='news.article', verbose_name='文章')),
                ('about_id', models.PositiveBigIntegerField(blank=True, null=True, verbose_name='报告对象编号')),
                ('about_name', models.CharField(blank=True, max_length=200, verbose_name='报告对象')),
                ('about_type', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='contenttypes.contenttype', verbose_name='报告对象类型')),
                ('handled_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='处理人')),
            ],
            options={
                'verbose_name': '错误报告',
                'verbose_name_plural': '错误报告',
                'ordering': ['-created_at'],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
