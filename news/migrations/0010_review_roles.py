"""Open the review workflow: the 审核 role, the permissions of every role for it, and older rows' statuses.

The permissions are frozen here as they were when this migration was written
(news.roles may change later; a migration must not run today's code). An
article that had been published and was later set back to 草稿 by the old
“撤回” action was taken down, not a draft: it becomes 已撤下.

The audit log's and the error reports' permissions are granted by 0013, which
creates those models in news.
"""

from django.db import migrations

ROLES = {'审核': [('metrics', 'add_figure'), ('metrics', 'change_figure'), ('metrics', 'delete_figure'),
        ('metrics', 'view_figure'), ('metrics', 'view_historicalfigure'), ('news', 'add_article'),
        ('news', 'add_articleinitiative'), ('news', 'add_articleunit'), ('news', 'add_credit'),
        ('news', 'add_dismissedlink'), ('news', 'add_fragment'), ('news', 'add_initiative'), ('news', 'add_page'),
        ('news', 'add_photo'), ('news', 'add_unit'), ('news', 'change_article'), ('news', 'change_articleinitiative'),
        ('news', 'change_articleunit'), ('news', 'change_credit'), ('news', 'change_dismissedlink'),
        ('news', 'change_fragment'), ('news', 'change_initiative'), ('news', 'change_nearduplicate'),
        ('news', 'change_page'), ('news', 'change_photo'), ('news', 'change_unit'), ('news', 'delete_article'),
        ('news', 'delete_articleinitiative'), ('news', 'delete_articleunit'), ('news', 'delete_credit'),
        ('news', 'delete_dismissedlink'), ('news', 'delete_fragment'), ('news', 'delete_initiative'),
        ('news', 'delete_page'), ('news', 'delete_photo'), ('news', 'delete_unit'), ('news', 'review_article'),
        ('news', 'submit_article'), ('news', 'view_article'), ('news', 'view_articleinitiative'),
        ('news', 'view_articletransition'), ('news', 'view_articleunit'), ('news', 'view_credit'),
        ('news', 'view_dismissedlink'), ('news', 'view_fragment'), ('news', 'view_historicalarticle'),
        ('news', 'view_historicalcredit'), ('news', 'view_historicalinitiative'), ('news', 'view_historicalphoto'),
        ('news', 'view_historicalunit'), ('news', 'view_importrun'), ('news', 'view_initiative'),
        ('news', 'view_nearduplicate'), ('news', 'view_page'), ('news', 'view_photo'), ('news', 'view_unit')],
 '数据导出': [('metrics', 'view_figure'), ('metrics', 'view_historicalfigure'), ('news', 'view_article'),
          ('news', 'view_articleinitiative'), ('news', 'view_articleunit'), ('news', 'view_credit'),
          ('news', 'view_dismissedlink'), ('news', 'view_fragment'), ('news', 'view_historicalarticle'),
          ('news', 'view_historicalcredit'), ('news', 'view_historicalinitiative'), ('news', 'view_historicalphoto'),
          ('news', 'view_historicalunit'), ('news', 'view_importrun'), ('news', 'view_initiative'),
          ('news', 'view_page'), ('news', 'view_photo'), ('news', 'view_unit')],
 '管理员': [('auth', 'add_user'), ('auth', 'change_user'), ('auth', 'view_user'),
         ('metrics', 'add_figure'),
         ('metrics', 'change_figure'), ('metrics', 'delete_figure'), ('metrics', 'view_figure'),
         ('metrics', 'view_historicalfigure'), ('news', 'add_article'), ('news', 'add_articleinitiative'),
         ('news', 'add_articleunit'), ('news', 'add_credit'), ('news', 'add_dismissedlink'), ('news', 'add_fragment'),
         ('news', 'add_initiative'), ('news', 'add_page'), ('news', 'add_photo'), ('news', 'add_unit'),
         ('news', 'change_article'), ('news', 'change_articleinitiative'), ('news', 'change_articleunit'),
         ('news', 'change_credit'), ('news', 'change_dismissedlink'), ('news', 'change_fragment'),
         ('news', 'change_initiative'), ('news', 'change_nearduplicate'), ('news', 'change_page'),
         ('news', 'change_photo'), ('news', 'change_unit'), ('news', 'delete_article'),
         ('news', 'delete_articleinitiative'), ('news', 'delete_articleunit'), ('news', 'delete_credit'),
         ('news', 'delete_dismissedlink'), ('news', 'delete_fragment'), ('news', 'delete_initiative'),
         ('news', 'delete_page'), ('news', 'delete_photo'), ('news', 'delete_unit'), ('news', 'review_article'),
         ('news', 'submit_article'), ('news', 'view_article'), ('news', 'view_articleinitiative'),
         ('news', 'view_articletransition'), ('news', 'view_articleunit'), ('news', 'view_credit'),
         ('news', 'view_dismissedlink'), ('news', 'view_fragment'), ('news', 'view_historicalarticle'),
         ('news', 'view_historicalcredit'), ('news', 'view_historicalinitiative'), ('news', 'view_historicalphoto'),
         ('news', 'view_historicalunit'), ('news', 'view_importrun'), ('news', 'view_initiative'),
         ('news', 'view_nearduplicate'), ('news', 'view_page'), ('news', 'view_photo'), ('news', 'view_unit')],
 '编辑': [('metrics', 'add_figure'), ('metrics', 'change_figure'), ('metrics', 'delete_figure'),
        ('metrics', 'view_figure'), ('metrics', 'view_historicalfigure'), ('news', 'add_article'),
        ('news', 'add_articleinitiative'), ('news', 'add_articleunit'), ('news', 'add_credit'),
        ('news', 'add_dismissedlink'), ('news', 'add_fragment'), ('news', 'add_initiative'), ('news', 'add_page'),
        ('news', 'add_photo'), ('news', 'add_unit'), ('news', 'change_article'), ('news', 'change_articleinitiative'),
        ('news', 'change_articleunit'), ('news', 'change_credit'), ('news', 'change_dismissedlink'),
        ('news', 'change_fragment'), ('news', 'change_initiative'), ('news', 'change_nearduplicate'),
        ('news', 'change_page'), ('news', 'change_photo'), ('news', 'change_unit'), ('news', 'delete_article'),
        ('news', 'delete_articleinitiative'), ('news', 'delete_articleunit'), ('news', 'delete_credit'),
        ('news', 'delete_dismissedlink'), ('news', 'delete_fragment'), ('news', 'delete_initiative'),
        ('news', 'delete_page'), ('news', 'delete_photo'), ('news', 'delete_unit'), ('news', 'submit_article'),
        ('news', 'view_article'), ('news', 'view_articleinitiative'), ('news', 'view_articletransition'),
        ('news', 'view_articleunit'), ('news', 'view_credit'), ('news', 'view_dismissedlink'),
        ('news', 'view_fragment'), ('news', 'view_historicalarticle'), ('news', 'view_historicalcredit'),
        ('news', 'view_historicalinitiative'), ('news', 'view_historicalphoto'), ('news', 'view_historicalunit'),
        ('news', 'view_importrun'), ('news', 'view_initiative'), ('news', 'view_nearduplicate'), ('news', 'view_page'),
        ('news', 'view_photo'), ('news', 'view_unit')]}


def grant_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    by_key = {(p.content_type.app_label, p.codename): p for p in Permission.objects.select_related("content_type")}
    for name, wanted in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([by_key[tuple(key)] for key in wanted if tuple(key) in by_key])


def mark_taken_down(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    HistoricalArticle = apps.get_model("news", "HistoricalArticle")
    once_published = HistoricalArticle.objects.filter(status="published").values("id")
    Article.objects.filter(status="draft", pk__in=once_published).update(status="withdrawn")


def restore_statuses(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    Article.objects.filter(status__in=["withdrawn", "returned", "pending"]).update(status="draft")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0009_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(grant_roles, migrations.RunPython.noop),
        migrations.RunPython(mark_taken_down, restore_statuses),
    ]
