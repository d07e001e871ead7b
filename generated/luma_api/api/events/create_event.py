from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_event_request import CreateEventRequest
from ...models.create_event_response import CreateEventResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateEventResponse | None:
    if response.status_code == 200:
        response_200 = CreateEventResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateEventResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventRequest,
) -> Response[CreateEventResponse]:
    """Create an event

     Creates a new event managed by the key's calendar and returns its id. Only `name`, `start_at` and
    `timezone` are required; everything else falls back to Luma's (or the calendar's) defaults. Upload a
    cover image first with the image upload operation and pass the resulting Luma CDN URL as
    `cover_url`. Older API versions returned `{api_id}` (and briefly `{id, api_id}`).

    Args:
        body (CreateEventRequest): The new event. `name`, `start_at` and `timezone` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEventResponse]
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
    body: CreateEventRequest,
) -> CreateEventResponse | None:
    """Create an event

     Creates a new event managed by the key's calendar and returns its id. Only `name`, `start_at` and
    `timezone` are required; everything else falls back to Luma's (or the calendar's) defaults. Upload a
    cover image first with the image upload operation and pass the resulting Luma CDN URL as
    `cover_url`. Older API versions returned `{api_id}` (and briefly `{id, api_id}`).

    Args:
        body (CreateEventRequest): The new event. `name`, `start_at` and `timezone` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEventResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventRequest,
) -> Response[CreateEventResponse]:
    """Create an event

     Creates a new event managed by the key's calendar and returns its id. Only `name`, `start_at` and
    `timezone` are required; everything else falls back to Luma's (or the calendar's) defaults. Upload a
    cover image first with the image upload operation and pass the resulting Luma CDN URL as
    `cover_url`. Older API versions returned `{api_id}` (and briefly `{id, api_id}`).

    Args:
        body (CreateEventRequest): The new event. `name`, `start_at` and `timezone` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEventResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventRequest,
) -> CreateEventResponse | None:
    """Create an event

     Creates a new event managed by the key's calendar and returns its id. Only `name`, `start_at` and
    `timezone` are required; everything else falls back to Luma's (or the calendar's) defaults. Upload a
    cover image first with the image upload operation and pass the resulting Luma CDN URL as
    `cover_url`. Older API versions returned `{api_id}` (and briefly `{id, api_id}`).

    Args:
        body (CreateEventRequest): The new event. `name`, `start_at` and `timezone` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEventResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
