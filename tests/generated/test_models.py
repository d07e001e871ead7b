"""Generated models: all importable, lazily exported, lenient in responses, strict in requests."""

from __future__ import annotations

import datetime
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import luma_api
import luma_api.models
from luma_api.api.calendar_events import list_calendar_events
from tests.generated.helpers import (
    JSON,
    Example,
    body_ref,
    first_request_example,
    first_response_example,
    json_differences,
    model_class,
    models_in,
    request_examples,
    response_examples,
    webhook_examples,
)
from tests.specdoc import load_spec, operations, resolve

PACKAGE_DIR = Path(luma_api.__file__).parent
MODEL_MODULES = sorted(m.name for m in pkgutil.iter_modules(luma_api.models.__path__))
SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]
ENUM_SCHEMAS = sorted(name for name, schema in SCHEMAS.items() if "enum" in schema)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _run_python(code: str, cwd: Path) -> Any:
    """Run ``code`` in a fresh interpreter of this venv and return the JSON it prints."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# --- every module imports; __all__ and the lazy loader agree with the files ---------------------


def test_there_is_a_model_module_for_every_non_union_schema() -> None:
    unions = {name for name, schema in SCHEMAS.items() if "oneOf" in schema}
    assert set(MODEL_MODULES) == {_snake(name) for name in set(SCHEMAS) - unions}


@pytest.mark.parametrize("name", MODEL_MODULES)
def test_model_module_imports(name: str) -> None:
    module = importlib.import_module(f"luma_api.models.{name}")
    assert isinstance(module, ModuleType)
    assert Path(module.__file__ or "").parent == PACKAGE_DIR / "models"


def test_all_names_one_per_module_and_resolve_to_the_module_attribute() -> None:
    exported = luma_api.models.__all__
    assert len(exported) == len(set(exported)) == len(MODEL_MODULES)
    assert sorted(_snake(name) for name in exported) == MODEL_MODULES
    for name in exported:
        module = importlib.import_module(f"luma_api.models.{_snake(name)}")
        assert getattr(luma_api.models, name) is getattr(module, name), name
    assert dir(luma_api.models) == sorted(exported)


def test_unknown_model_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = luma_api.models.NoSuchModel


_COUNT_LOADED = (
    "import json, sys; "
    "print(json.dumps(sorted(m for m in sys.modules if m.startswith('luma_api.models.'))))"
)


@pytest.mark.parametrize("statement", ["import luma_api", "import luma_api.models"])
def test_importing_the_package_loads_no_model_module(statement: str, tmp_path: Path) -> None:
    loaded = _run_python(f"{statement}; {_COUNT_LOADED}", tmp_path)
    assert loaded == []


def test_attribute_access_loads_just_the_models_it_needs(tmp_path: Path) -> None:
    """Guards the test above: the count does go up once a model is touched."""
    loaded = _run_python(f"import luma_api.models as m; m.Coordinate; {_COUNT_LOADED}", tmp_path)
    assert loaded == ["luma_api.models.coordinate"]


# --- responses: unknown fields and unknown enum values survive -----------------------------------


def test_unknown_fields_are_kept_at_every_level() -> None:
    example = first_response_example("get_event")
    host = {**example["hosts"][0], "host_new_field": "x"}
    event = luma_api.models.Event.from_dict({**example, "brand_new_field": 1, "hosts": [host]})
    assert event.additional_properties == {"brand_new_field": 1}
    assert event["brand_new_field"] == 1
    assert event.hosts[0].additional_properties == {"host_new_field": "x"}
    encoded = event.to_dict()
    assert encoded["brand_new_field"] == 1
    assert encoded["hosts"][0]["host_new_field"] == "x"


RESPONSES = response_examples()


@pytest.mark.parametrize("example", RESPONSES, ids=[e.id for e in RESPONSES])
def test_every_response_model_keeps_an_unknown_top_level_field(example: Example) -> None:
    model = model_class(example.schema_ref)
    decoded = model.from_dict({**example.value, "brand_new_field": [1, "two"]})
    assert decoded.additional_properties == {"brand_new_field": [1, "two"]}
    assert decoded.to_dict()["brand_new_field"] == [1, "two"]


OPEN_ENUM_CASES = [
    pytest.param("get_event", ("visibility",), "brand-new-visibility", id="Event.visibility"),
    pytest.param("get_event", ("location_type",), "carrier-pigeon", id="Event.location_type"),
    pytest.param("get_event_guest", ("approval_status",), "new-status", id="Guest.approval_status"),
    pytest.param("get_webhook", ("status",), "sleeping", id="Webhook.status"),
    pytest.param("get_webhook", ("event_types", 0), "guest.teleported", id="Webhook.event_types[]"),
    pytest.param(
        "list_event_guests", ("entries", 0, "approval_status"), "new-status", id="nested Guest"
    ),
]


def _replace(document: Any, path: tuple[str | int, ...], value: Any) -> Any:
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copy


def _json_get(document: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _attr_get(obj: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


@pytest.mark.parametrize(("operation_id", "path", "value"), OPEN_ENUM_CASES)
def test_unknown_response_enum_value_parses_and_round_trips(
    operation_id: str, path: tuple[str | int, ...], value: str
) -> None:
    op = next(op for op in operations() if op.operation_id == operation_id)
    ref = op.raw["responses"][op.success_status]["content"][JSON]["schema"]["$ref"]
    example = first_response_example(operation_id)
    assert isinstance(_json_get(example, path), str), "the case must replace a known value"
    changed = _replace(example, path, value)
    decoded = model_class(ref).from_dict(changed)
    assert _attr_get(decoded, path) == value
    assert json_differences(changed, decoded.to_dict()) == []


# --- requests: enums stay strict -----------------------------------------------------------------


@pytest.mark.parametrize("name", ENUM_SCHEMAS)
def test_enum_check_function_accepts_the_spec_values_and_rejects_others(name: str) -> None:
    module = importlib.import_module(f"luma_api.models.{_snake(name)}")
    check = getattr(module, f"check_{_snake(name)}")
    for value in SCHEMAS[name]["enum"]:
        assert check(value) == value
    with pytest.raises(TypeError, match="nope"):
        check("nope")
    assert getattr(module, f"{_snake(name).upper()}_VALUES") == set(SCHEMAS[name]["enum"])


def test_check_visibility_rejects_an_unknown_value() -> None:
    from luma_api.models.visibility import check_visibility

    with pytest.raises(TypeError):
        check_visibility("nope")


def _properties(ref: str) -> dict[str, Any]:
    schema = resolve({"$ref": ref})
    found: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        found.update(_properties(part["$ref"]) if "$ref" in part else part.get("properties", {}))
    found.update(schema.get("properties", {}))
    return found


def _is_enum_ref(node: dict[str, Any]) -> bool:
    return "$ref" in node and "enum" in resolve(node)


def _request_enum_cases() -> tuple[list[Any], list[Any]]:
    """(direct enum properties, nullable enum properties) of every request-body variant."""
    direct, nullable = [], []
    seen: set[tuple[str, str]] = set()
    for op in operations():
        if "requestBody" not in op.raw:
            continue
        for example in op.raw["requestBody"]["content"][JSON]["examples"].values():
            ref = body_ref(op, example["value"])
            for prop, schema in _properties(ref).items():
                if (ref, prop) in seen:
                    continue
                case_id = f"{ref.rsplit('/', 1)[1]}.{prop}"
                if _is_enum_ref(schema):
                    direct.append(pytest.param(ref, example["value"], prop, "nope", id=case_id))
                elif schema.get("type") == "array" and _is_enum_ref(schema["items"]):
                    direct.append(pytest.param(ref, example["value"], prop, ["nope"], id=case_id))
                elif any(_is_enum_ref(member) for member in schema.get("anyOf", [])):
                    nullable.append(pytest.param(ref, example["value"], prop, "nope", id=case_id))
                else:
                    continue
                seen.add((ref, prop))
    return direct, nullable


DIRECT_REQUEST_ENUMS, NULLABLE_REQUEST_ENUMS = _request_enum_cases()


def test_request_bodies_have_enum_properties_to_check() -> None:
    ids = {case.id for case in DIRECT_REQUEST_ENUMS}
    assert {"CreateEventRequest.visibility", "CreateWebhookRequest.event_types"} <= ids
    assert "CreateContactTagRequest.color" in {case.id for case in NULLABLE_REQUEST_ENUMS}


@pytest.mark.parametrize(("ref", "example", "prop", "bad"), DIRECT_REQUEST_ENUMS)
def test_request_model_rejects_an_unknown_enum_value(
    ref: str, example: Any, prop: str, bad: Any
) -> None:
    model = model_class(ref)
    model.from_dict(example)  # the example itself is fine
    with pytest.raises(TypeError, match="nope"):
        model.from_dict({**example, prop: bad})


@pytest.mark.parametrize(("ref", "example", "prop", "bad"), NULLABLE_REQUEST_ENUMS)
def test_request_model_rejects_an_unknown_nullable_enum_value(
    ref: str, example: Any, prop: str, bad: Any
) -> None:
    """Our model template checks a nullable closed enum (the stock one kept any string)."""
    model = model_class(ref)
    assert getattr(model.from_dict({**example, prop: None}), prop) is None
    with pytest.raises(TypeError, match="nope"):
        model.from_dict({**example, prop: bad})


# --- date-times: aware, parsed by the stdlib -----------------------------------------------------


def test_luma_timestamps_decode_to_aware_utc_datetimes() -> None:
    example = first_response_example("get_event")
    assert example["start_at"] == "2025-07-08T17:00:00.000Z"
    event = luma_api.models.Event.from_dict(example)
    assert event.start_at == datetime.datetime(2025, 7, 8, 17, 0, tzinfo=datetime.UTC)
    assert event.start_at.tzinfo is datetime.UTC
    assert event.to_dict()["start_at"] == "2025-07-08T17:00:00+00:00"


def test_nullable_timestamps_decode_to_aware_datetimes() -> None:
    example = {**first_response_example("get_event_guest"), "invited_at": "2025-06-20T09:30:00Z"}
    guest = luma_api.models.Guest.from_dict(example)
    assert guest.invited_at == datetime.datetime(2025, 6, 20, 9, 30, tzinfo=datetime.UTC)
    assert guest.joined_at is None


def test_offsets_other_than_utc_are_kept() -> None:
    body = first_request_example("create_event")
    request = luma_api.models.CreateEventRequest.from_dict(
        {**body, "start_at": "2025-09-01T18:00:00-04:00"}
    )
    offset = request.start_at.utcoffset()
    assert offset == datetime.timedelta(hours=-4)


def _datetime_fields(obj: Any) -> list[tuple[Any, str]]:
    """(model, field name) of every datetime anywhere in a decoded model tree."""
    return [
        (model, field.name)
        for _, model in models_in(obj)
        for field in attrs.fields(type(model))
        if isinstance(getattr(model, field.name), datetime.datetime)
    ]


def _decoded_examples() -> list[Any]:
    examples = response_examples() + request_examples() + webhook_examples()
    return [pytest.param(e, id=e.id) for e in examples]


@pytest.mark.parametrize("example", _decoded_examples())
def test_a_naive_datetime_is_refused_by_name_wherever_it_is_encoded(example: Example) -> None:
    """Our date-time template: encoding an instant without a UTC offset raises, naming it."""
    model = model_class(example.schema_ref).from_dict(example.value)
    for owner, name in _datetime_fields(model):
        aware = getattr(owner, name)
        assert aware.utcoffset() is not None
        setattr(owner, name, aware.replace(tzinfo=None))
        with pytest.raises(ValueError, match=f"^{name}: naive datetime .* has no UTC offset"):
            model.to_dict()
        setattr(owner, name, aware)
    model.to_dict()  # every one restored: encodes again


def test_naive_datetimes_are_found_in_the_examples() -> None:
    examples = response_examples() + request_examples() + webhook_examples()
    found = {
        (type(owner).__name__, name)
        for e in examples
        for owner, name in _datetime_fields(model_class(e.schema_ref).from_dict(e.value))
    }
    assert {("CreateEventRequest", "start_at"), ("Guest", "registered_at")} <= found
    assert len(found) > 20


def test_a_naive_datetime_query_parameter_is_refused_by_name() -> None:
    naive = datetime.datetime(2025, 7, 8, 13, 0)
    with pytest.raises(ValueError, match=r"^after: naive datetime 2025-07-08T13:00:00 has no UTC"):
        list_calendar_events._get_kwargs(after=naive)
    aware = naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    params = list_calendar_events._get_kwargs(after=aware, before=aware)["params"]
    assert params["after"] == params["before"] == "2025-07-08T13:00:00+02:00"


def test_no_dateutil_anywhere_in_the_generated_package() -> None:
    sources = sorted(PACKAGE_DIR.rglob("*.py"))
    assert len(sources) > 200
    offenders = [str(p.relative_to(PACKAGE_DIR)) for p in sources if "dateutil" in p.read_text()]
    assert offenders == []
    assert any(
        "_datetime_from_iso = datetime.datetime.fromisoformat" in p.read_text() for p in sources
    )


# --- our model template (generated/templates/model.py.jinja) -------------------------------------


def test_models_decode_without_per_call_imports_or_closures() -> None:
    sources = sorted((PACKAGE_DIR / "models").glob("*.py"))
    assert len(sources) > 100
    for source in sources:
        text = source.read_text()
        assert "PLC0415" not in text, source.name  # no import inside a function
        assert "        def _parse_" not in text, source.name  # no parser defined per call


def _attrs_class(name: str) -> Any:
    """The attrs model a module defines, or None (an enum module)."""
    module = importlib.import_module(f"luma_api.models.{name}")
    classes = [v for v in vars(module).values() if attrs.has(v) and v.__module__ == module.__name__]
    return classes[0] if classes else None


ATTRS_MODULES = [name for name in MODEL_MODULES if _attrs_class(name) is not None]


def test_the_attrs_models_are_found() -> None:
    assert len(ATTRS_MODULES) > 100


@pytest.mark.parametrize("name", ATTRS_MODULES)
def test_from_dict_builds_through_init_and_fields_describes_every_field(name: str) -> None:
    """No instance is made behind attrs' back; the FIELDS table matches the attrs fields."""
    module = importlib.import_module(f"luma_api.models.{name}")
    cls = _attrs_class(name)
    assert "__new__" not in Path(module.__file__ or "").read_text()
    init_fields = [field.name for field in attrs.fields(cls) if field.init]
    assert [attribute for attribute, _, _, _ in module.FIELDS] == init_fields
    extras = attrs.fields_dict(cls)["_additional_properties"]
    assert not extras.init and extras.default is None


def test_unknown_keys_are_stored_only_when_there_are_some() -> None:
    """No dict is made per model for unknown keys it does not have; reading makes one, and a
    model with none equals (and prints as) one whose dict was read while empty."""
    entry = first_response_example("get_event_guest")
    plain = luma_api.models.Guest.from_dict(entry)
    assert plain._additional_properties is None
    assert plain.additional_keys == [] and "future_field" not in plain
    touched = luma_api.models.Guest.from_dict(entry)
    assert touched.additional_properties == {} and touched._additional_properties == {}
    assert plain == touched and repr(plain) == repr(touched)
    extra = luma_api.models.Guest.from_dict({**entry, "future_field": 1})
    assert extra.additional_properties == {"future_field": 1} and extra["future_field"] == 1
    assert extra != plain and extra.to_dict() == {**plain.to_dict(), "future_field": 1}
    plain.additional_properties = {"set": True}
    assert plain["set"] is True and plain.to_dict()["set"] is True


def test_from_dict_equals_the_instance_built_by_init() -> None:
    entry = first_response_example("get_event_guest")
    decoded = luma_api.models.Guest.from_dict(entry)
    fields = {
        f.name: getattr(decoded, f.name) for f in attrs.fields(luma_api.models.Guest) if f.init
    }
    assert decoded == luma_api.models.Guest(**fields)
    assert attrs.asdict(decoded, recurse=False).keys() == {
        f.name for f in attrs.fields(luma_api.models.Guest)
    }


def test_from_dict_neither_changes_nor_shares_its_input() -> None:
    entry = {**first_response_example("get_event_guest"), "future_field": {"a": 1}}
    before = json.dumps(entry, sort_keys=True)
    guest = luma_api.models.Guest.from_dict(entry)
    assert json.dumps(entry, sort_keys=True) == before
    assert guest.additional_properties == {"future_field": {"a": 1}}
    guest["another"] = 2
    assert "another" not in entry
    assert luma_api.models.Guest.from_dict(guest.to_dict()) == guest


def test_unknown_keys_are_found_whatever_optional_fields_are_present() -> None:
    answer = {"label": "Size", "question_id": "q1"}
    decoded = luma_api.models.RegistrationAnswer.from_dict({**answer, "extra": True})
    assert decoded.additional_properties == {"extra": True}
    plain = luma_api.models.RegistrationAnswer.from_dict({**answer, "value": "M"})
    assert plain.additional_properties == {}
    assert plain.value == "M"


@pytest.mark.parametrize(
    ("field", "bad", "error"),
    [
        ("invited_at", "last tuesday", ValueError),  # not an ISO 8601 date-time
        ("invited_at", 1720000000, TypeError),  # a number where a date-time is declared
        ("event_tickets", [{"id": "tkt-1"}], KeyError),  # a ticket missing its required fields
        ("user_email", 12, TypeError),  # a number where a plain string is declared
        ("user_email", None, TypeError),  # null where the spec does not allow it
        ("event_tickets", {"id": "tkt-1"}, TypeError),  # an object where a list is declared
        ("approval_status", 3, TypeError),  # a number where an (open) enum string is declared
    ],
)
def test_a_value_of_no_declared_type_raises(field: str, bad: Any, error: type[Exception]) -> None:
    entry = {**first_response_example("get_event_guest"), field: bad}
    with pytest.raises(error):
        luma_api.models.Guest.from_dict(entry)


def test_a_union_with_no_matching_member_raises() -> None:
    question = {"id": "q1", "label": "Terms", "required": True, "question_type": "terms"}
    with pytest.raises(TypeError, match="RegistrationQuestion: a field holds a value"):
        luma_api.models.RegistrationQuestion.from_dict({**question, "terms": ["x"]})
    with pytest.raises(KeyError):  # neither member fits an object without their fields
        luma_api.models.RegistrationQuestion.from_dict({**question, "terms": {"x": 1}})
    assert luma_api.models.RegistrationQuestion.from_dict({**question, "terms": None}).terms is None
