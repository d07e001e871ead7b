from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_ticket_types_response import ListTicketTypesResponse
from ...models.ticket_type_include_hidden import TicketTypeIncludeHidden
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    event_id: str,
    include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    json_include_hidden: str | Unset = UNSET
    if not isinstance(include_hidden, Unset):
        json_include_hidden = include_hidden

    params["include_hidden"] = json_include_hidden

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events/ticket-types/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTicketTypesResponse | None:
    if response.status_code == 200:
        response_200 = ListTicketTypesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTicketTypesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
) -> Response[ListTicketTypesResponse]:
    """List the ticket types of an event

     Returns all ticket types of an event in a single response (there is no pagination). Hidden ticket
    types are left out unless `include_hidden` is `"true"`. The legacy route returns the list under
    `ticket_types` instead of `entries`.

    Args:
        event_id (str):
        include_hidden (TicketTypeIncludeHidden | Unset): A boolean flag that Luma declares as a
            string. Only the strings `"true"` and `"false"` are meaningful.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTicketTypesResponse]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        include_hidden=include_hidden,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
) -> ListTicketTypesResponse | None:
    """List the ticket types of an event

     Returns all ticket types of an event in a single response (there is no pagination). Hidden ticket
    types are left out unless `include_hidden` is `"true"`. The legacy route returns the list under
    `ticket_types` instead of `entries`.

    Args:
        event_id (str):
        include_hidden (TicketTypeIncludeHidden | Unset): A boolean flag that Luma declares as a
            string. Only the strings `"true"` and `"false"` are meaningful.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTicketTypesResponse
    """

    return sync_detailed(
        client=client,
        event_id=event_id,
        include_hidden=include_hidden,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
) -> Response[ListTicketTypesResponse]:
    """List the ticket types of an event

     Returns all ticket types of an event in a single response (there is no pagination). Hidden ticket
    types are left out unless `include_hidden` is `"true"`. The legacy route returns the list under
    `ticket_types` instead of `entries`.

    Args:
        event_id (str):
        include_hidden (TicketTypeIncludeHidden | Unset): A boolean flag that Luma declares as a
            string. Only the strings `"true"` and `"false"` are meaningful.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTicketTypesResponse]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        include_hidden=include_hidden,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    include_hidden: TicketTypeIncludeHidden | Unset = UNSET,
) -> ListTicketTypesResponse | None:
    """List the ticket types of an event

     Returns all ticket types of an event in a single response (there is no pagination). Hidden ticket
    types are left out unless `include_hidden` is `"true"`. The legacy route returns the list under
    `ticket_types` instead of `entries`.

    Args:
        event_id (str):
        include_hidden (TicketTypeIncludeHidden | Unset): A boolean flag that Luma declares as a
            string. Only the strings `"true"` and `"false"` are meaningful.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTicketTypesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            event_id=event_id,
            include_hidden=include_hidden,
        )
    ).parsed
