from typing import Literal

TicketTypeIncludeHidden = Literal["false", "true"]

TICKET_TYPE_INCLUDE_HIDDEN_VALUES: set[TicketTypeIncludeHidden] = {
    "false",
    "true",
}


def check_ticket_type_include_hidden(value: str) -> TicketTypeIncludeHidden:
    if value in TICKET_TYPE_INCLUDE_HIDDEN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_TYPE_INCLUDE_HIDDEN_VALUES!r}")
