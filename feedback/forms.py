from django import forms

from .models import ErrorReport


class ErrorReportForm(forms.ModelForm):
    # A field people never see: forms that fill it in are robots.
    website = forms.CharField(required=False, label="请勿填写此项", widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    class Meta:
        model = ErrorReport
        fields = ["description", "contact"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6, "maxlength": 2000})}
        help_texts = {
            "description": "请说明哪里有误、正确的内容是什么，以及依据（如有）。",
            "contact": "选填。留下电话或邮箱，便于我们核实；仅用于处理本报告。",
        }
