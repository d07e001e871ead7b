"""Tags of a calendar, for contacts and for events alike: ``{id, name, color}`` records.

A tag named in a request may be given by id or by name; names match case-insensitively, the
oldest tag first. Contacts and events carry ``{id, name}`` references, so renaming or deleting
a tag updates every contact or event that carries it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._base import Call, Record, bad_request, not_found

DEFAULT_TAG_COLOR = "barney"


def resolve_tag(table: dict[str, Record], ref: str) -> Record | None:
    """The tag with this id, else the oldest one with this name (case-insensitive)."""
    if ref in table:
        return table[ref]
    folded = ref.casefold()
    return next((tag for tag in table.values() if tag["name"].casefold() == folded), None)


def require_tag(table: dict[str, Record], ref: str) -> Record:
    """The tag a request names, or a 404 naming what was sent."""
    tag = resolve_tag(table, ref)
    if tag is None:
        raise not_found("Tag", ref)
    return tag


def _tag_name(name: str) -> str:
    if not name.strip():
        raise bad_request("name must not be blank")
    return name.strip()


def create_tag(call: Call, table_name: str) -> Record:
    """A new tag; the colour defaults to ``barney``, Luma's purple, when none is sent."""
    name = _tag_name(call.params["name"])
    tag = {
        "id": call.new_id("tag"),
        "name": name,
        "color": call.params.get("color") or DEFAULT_TAG_COLOR,
    }
    call.table(table_name)[tag["id"]] = tag
    return {"id": tag["id"]}


def update_tag(call: Call, table_name: str, carriers: Iterable[Record]) -> None:
    """Rename or recolour a tag, and rename it on every contact or event carrying it."""
    table = call.table(table_name)
    tag = table.get(call.params["tag_id"])
    if tag is None:
        raise not_found("Tag", call.params["tag_id"])
    name = _tag_name(call.params["name"]) if "name" in call.params else tag["name"]
    if "color" in call.params:
        tag["color"] = call.params["color"]
    tag["name"] = name
    for carrier in carriers:
        for ref in carrier.get("tags") or []:
            if ref["id"] == tag["id"]:
                ref["name"] = name


def delete_tag(call: Call, table_name: str, carriers: Iterable[Record]) -> None:
    """Delete a tag and take it off every contact or event carrying it."""
    table = call.table(table_name)
    tag_id = call.params["tag_id"]
    if tag_id not in table:
        raise not_found("Tag", tag_id)
    del table[tag_id]
    for carrier in carriers:
        if carrier.get("tags"):
            carrier["tags"] = [ref for ref in carrier["tags"] if ref["id"] != tag_id]


def list_tags(call: Call, table_name: str) -> Record:
    """Every tag in one answer: Luma does not paginate tag lists."""
    return {"entries": list(call.table(table_name).values()), "has_more": False}


def put_tag(carrier: Record, tag: Record) -> None:
    """Add a tag reference to a contact or an event unless it is there already."""
    refs: list[Record] = carrier.setdefault("tags", [])
    if all(ref["id"] != tag["id"] for ref in refs):
        refs.append({"id": tag["id"], "name": tag["name"]})


def take_tag(carrier: Record, tag: Record) -> None:
    """Remove a tag reference from a contact or an event."""
    carrier["tags"] = [ref for ref in carrier.get("tags") or [] if ref["id"] != tag["id"]]
