"""The API's OpenAPI schema: drf-spectacular's, with the error answers every endpoint can give."""

from drf_spectacular.openapi import AutoSchema

ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}


class OpenDataSchema(AutoSchema):
    """Document 404 (no such record, or a page past the end) everywhere, and 400 (a filter value refused) on lists."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        error = {"content": {"application/json": {"schema": ERROR}}}
        responses.setdefault("404", {**error, "description": "没有这条记录，或页码超出范围。"})
        if self._is_list_view():
            responses.setdefault("400", {**error, "description": "筛选条件无效（如不存在的单位或举措）。"})
        return responses
