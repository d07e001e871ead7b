from typing import Literal

TicketTypeKind = Literal["free", "paid"]

TICKET_TYPE_KIND_VALUES: set[TicketTypeKind] = {
    "free",
    "paid",
}


def check_ticket_type_kind(value: str) -> TicketTypeKind:
    if value in TICKET_TYPE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_TYPE_KIND_VALUES!r}")
