"""Helpers for posting admin forms as a browser would (role users are in tests/conftest.py)."""




def form_fields(form, prefix_fields=True) -> dict:
    """Return the POST data that re-submits ``form`` unchanged (checkboxes left out when unticked)."""
    data = {}
    for bound in form:
        value = bound.value()
        if isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, (list, tuple)):
            data[bound.html_name] = [str(item) for item in value]
        else:
            data[bound.html_name] = "" if value is None else str(value)
        if bound.field.show_hidden_initial and bound.html_name in data:
            # Fields with a callable default (JSON lists) post their initial value too, as a browser does.
            data[bound.html_initial_name] = data[bound.html_name]
    return data


def change_form_data(response) -> dict:
    """Return the POST data of an admin change page as shown, inlines and management forms included."""
    data = form_fields(response.context["adminform"].form)
    inlines = response.context["inline_admin_formsets"] if "inline_admin_formsets" in response.context else []
    for inline in inlines:
        formset = inline.formset
        data.update(form_fields(formset.management_form))
        for form in formset.forms:
            data.update(form_fields(form))
    return data
