"""Where rows of a queryset meet code that touches their relations: DRF serializers and views,
Django class-based views, template rendering, request handlers (data for DB101 / DB106).

What a queryset *is* and what it loads is in `orm_apis.py`; this module names the places that
iterate one without a visible loop: a serializer with `many=True`, a list view, a template.
"""

from __future__ import annotations

# -- DRF ---------------------------------------------------------------------------------------

DRF_SERIALIZER_BASES: frozenset[str] = frozenset(
    {
        "rest_framework.serializers.Serializer",
        "rest_framework.serializers.ModelSerializer",
        "rest_framework.serializers.HyperlinkedModelSerializer",
        "rest_framework.serializers.BaseSerializer",
    }
)
DRF_MODEL_SERIALIZER_BASES: frozenset[str] = frozenset(
    {
        "rest_framework.serializers.ModelSerializer",
        "rest_framework.serializers.HyperlinkedModelSerializer",
    }
)
DRF_FIELD_MODULES: tuple[str, ...] = (
    "rest_framework.serializers.",
    "rest_framework.fields.",
    "rest_framework.relations.",
)
DRF_METHOD_FIELD = "SerializerMethodField"
# related fields that read only the foreign key column (`author_id`) unless many=True
DRF_PK_ONLY_FIELDS: frozenset[str] = frozenset(
    {"PrimaryKeyRelatedField", "HyperlinkedRelatedField"}
)
# class-based views whose `list` serializes `get_queryset()` with many=True
DRF_LIST_VIEWS: frozenset[str] = frozenset(
    {
        "rest_framework.mixins.ListModelMixin",
        "rest_framework.generics.ListAPIView",
        "rest_framework.generics.ListCreateAPIView",
        "rest_framework.viewsets.ModelViewSet",
        "rest_framework.viewsets.ReadOnlyModelViewSet",
    }
)

# -- Django views and templates ----------------------------------------------------------------

# class-based views rendering `object_list` (and `<model>_list`) into `<app>/<model>_list.html`
DJANGO_LIST_VIEWS: frozenset[str] = frozenset(
    {
        "django.views.generic.ListView",
        "django.views.generic.list.ListView",
        "django.views.generic.list.MultipleObjectMixin",
        "django.views.generic.list.MultipleObjectTemplateResponseMixin",
        "django.views.generic.list.BaseListView",
    }
)
LIST_VIEW_TEMPLATE_SUFFIX = "_list"
LIST_VIEW_CONTEXT = "object_list"
# render(request, template_name, context): (position of the template name, of the context)
RENDER_CALLS: dict[str, tuple[int, int]] = {
    "django.shortcuts.render": (1, 2),
    "django.template.response.TemplateResponse": (1, 2),
    "django.template.loader.render_to_string": (0, 1),
    "flask.render_template": (0, -1),  # -1: the context is the keyword arguments
    "flask.templating.render_template": (0, -1),
}
# Starlette / FastAPI `templates = Jinja2Templates(...)`; `templates.TemplateResponse(...)` takes
# (request, name, context) or, in the older form, (name, context)
JINJA2_TEMPLATES_CLASSES: frozenset[str] = frozenset(
    {"fastapi.templating.Jinja2Templates", "starlette.templating.Jinja2Templates"}
)
JINJA2_TEMPLATE_RESPONSE = "TemplateResponse"
# a class-based view's `get_context_data()` fills the context its `template_name` receives
CONTEXT_METHOD = "get_context_data"
RENDER_TEMPLATE_KEYWORD = "template_name"
RENDER_CONTEXT_KEYWORD = "context"

# -- request handlers (severity: an N+1 in a request path costs every request) ------------------

REQUEST_PARAMETERS: frozenset[str] = frozenset({"request"})
# decorators (last name of the qualified name) that make a function an endpoint
ROUTE_DECORATOR_NAMES: frozenset[str] = frozenset(
    {"route", "get", "post", "put", "patch", "delete", "api_view", "action"}
)
# bases (any module) of class-based views and viewsets
VIEW_BASE_NAMES: frozenset[str] = frozenset(
    {
        "View",
        "APIView",
        "GenericAPIView",
        "ViewSet",
        "GenericViewSet",
        "ModelViewSet",
        "ReadOnlyModelViewSet",
        "ListView",
        "DetailView",
        "TemplateView",
        "ListAPIView",
        "ListCreateAPIView",
        "RetrieveAPIView",
    }
)

# -- Django relation managers: reading through a prefetch cache ---------------------------------

# calls on an instance that run its `__str__`
STR_CALLS: frozenset[str] = frozenset({"builtins.str", "builtins.format"})
# builtins that return the rows of their first argument (`list(qs)`, `sorted(qs, ...)`)
ROW_PRESERVING_BUILTINS: frozenset[str] = frozenset(
    {"builtins.list", "builtins.tuple", "builtins.sorted", "builtins.reversed"}
)
# builtins whose `key=` function runs once per row (`sorted(qs, key=lambda o: o.author.name)`)
KEY_FUNCTION_BUILTINS: frozenset[str] = frozenset(
    {"builtins.sorted", "builtins.min", "builtins.max"}
)
# `prefetch_related_objects(rows, "a", ...)` prefetches on an evaluated list
PREFETCH_OBJECTS: frozenset[str] = frozenset(
    {"django.db.models.prefetch_related_objects", "django.db.models.query.prefetch_related_objects"}
)
# builtins that iterate a related manager's result (`len(o.tags.all())`, `list(...)`)
ITERATING_BUILTINS: frozenset[str] = frozenset(
    {"builtins.len", "builtins.list", "builtins.sorted", "builtins.sum", "builtins.any"}
)
# attributes that never query on an instance
NON_QUERY_ATTRIBUTES: frozenset[str] = frozenset({"pk", "id", "_state", "__class__", "_meta"})
