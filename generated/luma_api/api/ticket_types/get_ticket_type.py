from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_type import TicketType
from ...types import UNSET, Response


def _get_kwargs(
    *,
    event_ticket_type_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_ticket_type_id"] = event_ticket_type_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events/ticket-types/get",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TicketType | None:
    if response.status_code == 200:
        response_200 = TicketType.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TicketType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_ticket_type_id: str,
) -> Response[TicketType]:
    """Get a ticket type

     Returns one ticket type by its id. The legacy route wraps it as `{"ticket_type": ...}` and, in older
    versions, takes the id as `id` or `event_ticket_type_api_id`.

    Args:
        event_ticket_type_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketType]
    """

    kwargs = _get_kwargs(
        event_ticket_type_id=event_ticket_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    event_ticket_type_id: str,
) -> TicketType | None:
    """Get a ticket type

     Returns one ticket type by its id. The legacy route wraps it as `{"ticket_type": ...}` and, in older
    versions, takes the id as `id` or `event_ticket_type_api_id`.

    Args:
        event_ticket_type_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketType
    """

    return sync_detailed(
        client=client,
        event_ticket_type_id=event_ticket_type_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_ticket_type_id: str,
) -> Response[TicketType]:
    """Get a ticket type

     Returns one ticket type by its id. The legacy route wraps it as `{"ticket_type": ...}` and, in older
    versions, takes the id as `id` or `event_ticket_type_api_id`.

    Args:
        event_ticket_type_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketType]
    """

    kwargs = _get_kwargs(
        event_ticket_type_id=event_ticket_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event_ticket_type_id: str,
) -> TicketType | None:
    """Get a ticket type

     Returns one ticket type by its id. The legacy route wraps it as `{"ticket_type": ...}` and, in older
    versions, takes the id as `id` or `event_ticket_type_api_id`.

    Args:
        event_ticket_type_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketType
    """

    return (
        await asyncio_detailed(
            client=client,
            event_ticket_type_id=event_ticket_type_id,
        )
    ).parsed
