from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_type import TicketType
from ...models.update_ticket_type_request import UpdateTicketTypeRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateTicketTypeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/ticket-types/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: UpdateTicketTypeRequest,
) -> Response[TicketType]:
    """Update a ticket type

     Changes a ticket type. Only the fields sent are changed. Returns the updated ticket type; the legacy
    route wraps it as `{"ticket_type": ...}` and older versions take the id as
    `event_ticket_type_api_id`.

    Args:
        body (UpdateTicketTypeRequest): Body of `update_ticket_type`. Only the fields sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketType]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTypeRequest,
) -> TicketType | None:
    """Update a ticket type

     Changes a ticket type. Only the fields sent are changed. Returns the updated ticket type; the legacy
    route wraps it as `{"ticket_type": ...}` and older versions take the id as
    `event_ticket_type_api_id`.

    Args:
        body (UpdateTicketTypeRequest): Body of `update_ticket_type`. Only the fields sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketType
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTypeRequest,
) -> Response[TicketType]:
    """Update a ticket type

     Changes a ticket type. Only the fields sent are changed. Returns the updated ticket type; the legacy
    route wraps it as `{"ticket_type": ...}` and older versions take the id as
    `event_ticket_type_api_id`.

    Args:
        body (UpdateTicketTypeRequest): Body of `update_ticket_type`. Only the fields sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketType]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTypeRequest,
) -> TicketType | None:
    """Update a ticket type

     Changes a ticket type. Only the fields sent are changed. Returns the updated ticket type; the legacy
    route wraps it as `{"ticket_type": ...}` and older versions take the id as
    `event_ticket_type_api_id`.

    Args:
        body (UpdateTicketTypeRequest): Body of `update_ticket_type`. Only the fields sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketType
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
