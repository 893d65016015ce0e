"""Editorial roles and what each may do.

The groups are created by a data migration and can be re-synchronised at any
time (``sync_roles``) when models are added, so a role never silently lacks a
permission for a new model.
"""

EDITOR = "编辑"
REVIEWER = "审核"
EXPORTER = "数据导出"
ADMINISTRATOR = "管理员"

CONTENT_MODELS = {
    "news": ["page", "article", "credit", "photo", "fragment", "unit", "initiative", "articleunit", "articleinitiative", "dismissedlink"],
    "metrics": ["figure", "indicator"],
}
# Read-only records: editors may look at them, never change them.
TRACE_MODELS = {
    "news": ["importrun", "historicalarticle", "historicalcredit", "historicalphoto", "historicalunit", "historicalinitiative"],
    "metrics": ["historicalfigure", "historicalindicator"],
}
# The review workflow (news.workflow): editors submit, reviewers approve, return and withdraw.
SUBMIT = {("news", "submit_article")}
REVIEW = {("news", "review_article")}
# What editors and reviewers keep an eye on: the audit log and the public's error reports.
ACCOUNTABILITY_VIEW = {("news", "view_auditentry"), ("news", "view_errorreport"), ("news", "view_articletransition"),
                       ("news", "view_nearduplicate")}
# Answering error reports and deciding on near-duplicates.
ACCOUNTABILITY_CHANGE = {("news", "change_errorreport"), ("news", "change_nearduplicate")}


# Failed-login records (django-axes): a 管理员 sees them and unlocks an account by deleting its record.
LOGIN_PROTECTION = {
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
    ("axes", "view_accesslog"),
    ("axes", "view_accessfailurelog"),
}


def role_permissions() -> dict[str, set[tuple[str, str]]]:
    """Return ``{group name: {(app_label, codename)}}``."""
    everything_viewable = {
        (app, f"view_{model}")
        for models in (CONTENT_MODELS, TRACE_MODELS)
        for app, names in models.items()
        for model in names
    }
    editing = {
        (app, f"{action}_{model}")
        for app, names in CONTENT_MODELS.items()
        for model in names
        for action in ("add", "change", "delete")
    }
    desk = everything_viewable | editing | ACCOUNTABILITY_VIEW | ACCOUNTABILITY_CHANGE
    return {
        EDITOR: desk | SUBMIT,
        REVIEWER: desk | SUBMIT | REVIEW,
        EXPORTER: everything_viewable,
        ADMINISTRATOR: desk | SUBMIT | REVIEW | {("auth", f"{a}_user") for a in ("add", "change", "view")} | LOGIN_PROTECTION,
    }


def sync_roles(apps) -> None:
    """Create the role groups and give each exactly its permissions (``apps`` may be a migration's)."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # A migration's app configs have no models module, which makes
        # create_permissions skip them; lend one for the call and give back
        # what was there (the live registry's must stay, or later post_migrate
        # runs would skip those apps' permissions).
        models_module, app_config.models_module = getattr(app_config, "models_module", None), True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, wanted in role_permissions().items():
        group, _ = Group.objects.get_or_create(name=group_name)
        permissions = [
            permission
            for permission in Permission.objects.select_related("content_type")
            if (permission.content_type.app_label, permission.codename) in wanted
        ]
        group.permissions.set(permissions)
