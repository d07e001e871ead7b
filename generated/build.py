"""Regenerate ``generated/luma_api`` from the spec, or check that the committed copy is current.

    python generated/build.py generate   # rebuild generated/luma_api from spec/luma.openapi.yaml
    python generated/build.py check      # rebuild in a temp dir; fail with a diff on any change

Generation runs on a *codegen view* of the spec that keeps only 2xx responses, so every generated
function returns its success model alone; the overlay turns every other status into an exception.
The output is built from scratch each time (the generator's ``--overwrite`` keeps stale files),
so two runs give byte-identical trees.

The generator writes one module per operation and cannot emit extra files, so this script also
renders ``luma_api/resources.py`` (the resource classes behind ``Luma``/``AsyncLuma``) from the
generator's own parsed data, with ``templates/resources.py.jinja`` in the generator's own Jinja
environment. Names follow :func:`resource_names`.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import keyword
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "luma.openapi.yaml"
HERE = ROOT / "generated"
PACKAGE = HERE / "luma_api"
MANIFEST = HERE / "MANIFEST.json"
GENERATOR_VERSION = "0.29.1"
SPEC_COPY_NAME = "openapi.yaml"
RESOURCES_MODULE = "resources.py"

# The naming rule's one exception: /v1/events/cancel is a method, so its sub-path is not a resource.
NAME_OVERRIDES: dict[str, tuple[tuple[str, ...], str]] = {
    "/v1/events/cancel/request": (("events",), "request_cancellation"),
}
VERSION_PREFIX = re.compile(r"/v[0-9]+/")


def codegen_view(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of the spec whose operations declare only their 2xx responses."""
    view: dict[str, Any] = json.loads(json.dumps(spec))
    for path_item in view.get("paths", {}).values():
        for method, operation in path_item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                operation["responses"] = {
                    status: response
                    for status, response in operation["responses"].items()
                    if str(status).startswith("2")
                }
    return view


def _identifier(segment: str) -> str:
    """A path segment as a Python name: ``-`` becomes ``_``; a keyword (``import``) gains ``_``."""
    name = segment.replace("-", "_")
    if not name.isidentifier():
        raise ValueError(f"path segment {segment!r} cannot be a Python name")
    return f"{name}_" if keyword.iskeyword(name) else name


def resource_names(paths: list[str]) -> dict[str, tuple[tuple[str, ...], str]]:
    """Map each operation path to its resource chain and method name.

    ``/v1/events/guests/list`` -> ``(("events", "guests"), "list")``: the path after the version
    prefix, the last segment the method. All versions share one tree, so two paths that differ
    only in their version, or a name that is both a method and a resource, are spec errors.
    """
    names: dict[str, tuple[tuple[str, ...], str]] = {}
    owner: dict[tuple[str, ...], str] = {}
    for path in paths:
        if path in NAME_OVERRIDES:
            chain, method = NAME_OVERRIDES[path]
        else:
            prefix = VERSION_PREFIX.match(path)
            segments = path[prefix.end() :].split("/") if prefix else []
            if len(segments) < 2:
                raise ValueError(f"{path}: expected /v<N>/<resource>/.../<method>")
            *chain_list, method = [_identifier(segment) for segment in segments]
            chain = tuple(chain_list)
        full = (*chain, method)
        if full in owner:
            raise ValueError(f"{owner[full]} and {path} are both luma.{'.'.join(full)}")
        owner[full] = path
        names[path] = (chain, method)
    resources = {chain[:depth] for chain, _ in names.values() for depth in range(1, len(chain) + 1)}
    for full, path in owner.items():
        if full in resources:
            raise ValueError(f"luma.{'.'.join(full)} is both a resource and the method of {path}")
    return names


@dataclass
class Method:
    """One operation as a resource method, in the terms the template needs."""

    name: str
    module: str  # the generated module, relative to luma_api.api
    endpoint: Any
    legacy_paths: list[Any]
    signature: list[str]
    query: list[tuple[str, str]]  # (generated keyword, wire name)
    body_fields: list[tuple[str, str]] | None  # flattened body: (model attribute, wire name)
    body_class: Any  # the body model's ClassInfo, when flattened
    union_body: bool
    returns: str
    entry: str | None  # the item type of a paginated list


@dataclass
class Resource:
    chain: tuple[str, ...]
    children: dict[str, Resource] = field(default_factory=dict)
    methods: list[Method] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return "".join(part.title().replace("_", "") for part in self.chain)


def _code(python_code: Any) -> str:
    """Generated code for a type or default; ``list[`` is spelled ``builtins.list[`` because a
    resource's own ``list`` method would shadow the builtin in its class body."""
    text: str = python_code.as_unembedded_code()
    return re.sub(r"\blist\[", "builtins.list[", text)


def _argument(prop: Any, wire: str) -> str:
    """``prop``'s generated signature entry, under its wire name (``url``, not ``url_query``)."""
    # "_" names are the method body's own (_operation, _Body); "self" is the method's.
    if not wire.isidentifier() or keyword.iskeyword(wire) or wire.startswith("_") or wire == "self":
        raise ValueError(f"{wire!r} cannot be a keyword argument")
    code = _code(prop.to_string())
    return wire + code[len(prop.python_name) :]


def _method(
    name: str, module: str, endpoint: Any, raw_operation: dict[str, Any], imports: set[str]
) -> Method:
    """``endpoint`` (the generator's parsed operation) as method ``name``; adds to ``imports``
    what its annotations need. Query parameters come first, then the body's fields."""
    props = list(endpoint.query_parameters)
    query = [(p.python_name, p.name.get_untrusted_value()) for p in props]
    signature = [_argument(p, wire) for p, (_, wire) in zip(props, query, strict=True)]
    body_fields, body_class, union_body = None, None, False
    if endpoint.path_parameters or endpoint.header_parameters or len(endpoint.bodies) > 1:
        raise ValueError(f"{endpoint.name}: only query parameters and one JSON body are supported")
    for body in endpoint.bodies:
        if not body.prop.required:
            raise ValueError(f"{endpoint.name}: an optional request body cannot be flattened")
        fields = getattr(body.prop, "required_properties", None)
        if fields is None:  # a union: passed whole as body=
            union_body = True
            signature.append("body: " + _code(body.prop.get_type_string()))
            props.append(body.prop)
            continue
        fields = [*fields, *body.prop.optional_properties]
        body_class = body.prop.class_info
        body_fields = [(f.python_name, f.name.get_untrusted_value()) for f in fields]
        signature += [_argument(f, wire) for f, (_, wire) in zip(fields, body_fields, strict=True)]
        props += fields
    wires = [wire for _, wire in query] + [wire for _, wire in body_fields or []]
    if len(set(wires)) != len(wires):
        raise ValueError(f"{endpoint.name}: a query parameter and a body field share a name")
    (response,) = endpoint.responses
    entry = None
    by_name = {p.python_name: p for p in getattr(response.prop, "required_properties", [])}
    if {"pagination_cursor"} <= {p for p, _ in query} and {"entries", "has_more"} <= set(by_name):
        entry_prop = by_name["entries"].inner_property
        entry = _code(entry_prop.get_type_string())
        props.append(entry_prop)
    props.append(response.prop)
    for prop in props:  # models are "lazy" imports to the generator; here all are type-only
        imports.update(prop.get_imports(prefix="."))
        imports.update(getattr(prop, "get_lazy_imports", lambda prefix: set())(prefix="."))
    from openapi_python_client.schema.untrusted_string import UntrustedString

    legacy = [UntrustedString(p) for p in raw_operation.get("x-legacy-paths", [])]
    returns = _code(response.prop.get_type_string())
    return Method(
        name,
        module,
        endpoint,
        legacy,
        signature,
        query,
        body_fields,
        body_class,
        union_body,
        returns,
        entry,
    )


def render_resources(view_path: Path, target: Path, view: dict[str, Any]) -> None:
    """Write ``target/resources.py`` from the generator's parsed view of the spec."""
    from openapi_python_client import Project, _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.strings import PythonIdentifier

    config = Config.from_sources(
        ConfigFile.load_from_path(HERE / "config.yaml"),
        MetaType.NONE,
        view_path,
        "utf-8",
        True,
        target,
    )
    project = _get_project_for_url_or_path(config, HERE / "templates")
    prefix = config.field_prefix
    if not isinstance(project, Project):
        sys.exit(f"the generator could not parse the codegen view: {project}")
    endpoints = {
        (e.path.get_untrusted_value(), e.method): (f"{tag}.{PythonIdentifier(e.name, prefix)}", e)
        for tag, collection in project.openapi.endpoint_collections_by_tag.items()
        for e in collection.endpoints
    }
    names = resource_names([path for path, _ in endpoints])  # a path with two verbs: an error
    root, imports = Resource(()), set[str]()
    for (path, verb), (module, endpoint) in endpoints.items():
        chain, name = names[path]
        node = root
        for depth in range(1, len(chain) + 1):
            node = node.children.setdefault(chain[depth - 1], Resource(chain[:depth]))
        node.methods.append(_method(name, module, endpoint, view["paths"][path][verb], imports))
    nodes, stack = [], [root]
    while stack:
        nodes.append(stack.pop(0))
        stack += nodes[-1].children.values()
    stems = [node.stem for node in nodes]
    if len(set(stems)) != len(stems):
        raise ValueError(f"two resources would share a class name: {sorted(stems)}")
    imports -= {"from .types import UNSET, Unset"}
    text = project.env.get_template("resources.py.jinja").render(
        resources=nodes, type_imports=sorted(imports)
    )
    (target / RESOURCES_MODULE).write_text(text, encoding="utf-8")
    for hook in config.post_hooks:  # the same formatting as the rest of the package
        subprocess.run(shlex.split(hook), cwd=target, check=True, env=_tool_env())


def _tool_env() -> dict[str, str]:
    """A fixed environment for the generator and its ruff hooks: the venv first, no bytecode."""
    bin_dir = Path(sys.executable).parent
    return {"PATH": f"{bin_dir}:/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _installed_generator_version() -> str:
    from importlib.metadata import version

    return version("openapi-python-client")


def build(out_dir: Path) -> None:
    """Generate the package into ``out_dir/luma_api`` and its manifest into ``out_dir``."""
    installed = _installed_generator_version()
    if installed != GENERATOR_VERSION:
        sys.exit(f"openapi-python-client {GENERATOR_VERSION} is required, found {installed}")
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    view = codegen_view(spec)
    with tempfile.TemporaryDirectory() as scratch:
        view_path = Path(scratch) / "codegen-view.yaml"
        view_path.write_text(yaml.safe_dump(view, sort_keys=False), "utf-8")
        target = out_dir / "luma_api"
        shutil.rmtree(target, ignore_errors=True)
        cli = Path(sys.executable).parent / "openapi-python-client"
        subprocess.run(
            [
                str(cli),
                "generate",
                "--path",
                str(view_path),
                "--config",
                str(HERE / "config.yaml"),
                "--custom-template-path",
                str(HERE / "templates"),
                "--meta",
                "none",
                "--output-path",
                str(target),
                "--fail-on-warning",
            ],
            check=True,
            env=_tool_env(),
            stdout=subprocess.DEVNULL,
        )
        render_resources(view_path, target, view)
    (target / "py.typed").write_text("", encoding="utf-8")
    # The models' shared base class: plain Python with no placeholders, copied as it is.
    shutil.copyfile(HERE / "templates" / "extras.py.jinja", target / "_extras.py")
    shutil.copyfile(SPEC, target / SPEC_COPY_NAME)
    manifest = {
        "generator": f"openapi-python-client {GENERATOR_VERSION}",
        "spec": "spec/luma.openapi.yaml",
        "spec_sha256": _sha256(SPEC),
        "config_sha256": _sha256(HERE / "config.yaml"),
    }
    (out_dir / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def check() -> int:
    """Regenerate into a temp dir and compare with the committed package; 1 on drift."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh_root = Path(scratch)
        build(fresh_root)
        fresh = _tree(fresh_root / "luma_api")
        fresh["../MANIFEST.json"] = (fresh_root / "MANIFEST.json").read_bytes()
    committed = _tree(PACKAGE)
    if MANIFEST.exists():
        committed["../MANIFEST.json"] = MANIFEST.read_bytes()
    problems: list[str] = []
    for name in sorted(set(fresh) | set(committed)):
        old, new = committed.get(name), fresh.get(name)
        if old == new:
            continue
        if old is None:
            problems.append(f"missing from generated/luma_api: {name}")
        elif new is None:
            problems.append(f"stale file in generated/luma_api: {name}")
        else:
            diff = difflib.unified_diff(
                old.decode("utf-8", "replace").splitlines(),
                new.decode("utf-8", "replace").splitlines(),
                f"committed/{name}",
                f"regenerated/{name}",
                lineterm="",
                n=2,
            )
            problems.append("\n".join(list(diff)[:60]))
    if problems:
        print("generated/luma_api is out of date with the spec. Run `make generate`.\n")
        print("\n".join(problems[:40]))
        if len(problems) > 40:
            print(f"... and {len(problems) - 40} more differing files")
        return 1
    print(f"generated/luma_api matches the spec ({len(fresh) - 1} files).")
    return 0


def main(argv: list[str]) -> int:
    if argv[1:] == ["generate"]:
        build(HERE)
        print(f"generated {PACKAGE.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}")
        return 0
    if argv[1:] == ["check"]:
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
