from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_event_tag_request import CreateEventTagRequest
from ...models.create_event_tag_response import CreateEventTagResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEventTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/event-tags/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateEventTagResponse | None:
    if response.status_code == 200:
        response_200 = CreateEventTagResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateEventTagResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventTagRequest,
) -> Response[CreateEventTagResponse]:
    """Create an event tag

     Defines a new tag for the calendar's events and returns its id. The colour is optional. The legacy
    singular route returns `tag_id` and a deprecated `tag_api_id` instead of `id`.

    Args:
        body (CreateEventTagRequest): The new event tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEventTagResponse]
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
    body: CreateEventTagRequest,
) -> CreateEventTagResponse | None:
    """Create an event tag

     Defines a new tag for the calendar's events and returns its id. The colour is optional. The legacy
    singular route returns `tag_id` and a deprecated `tag_api_id` instead of `id`.

    Args:
        body (CreateEventTagRequest): The new event tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEventTagResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventTagRequest,
) -> Response[CreateEventTagResponse]:
    """Create an event tag

     Defines a new tag for the calendar's events and returns its id. The colour is optional. The legacy
    singular route returns `tag_id` and a deprecated `tag_api_id` instead of `id`.

    Args:
        body (CreateEventTagRequest): The new event tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEventTagResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventTagRequest,
) -> CreateEventTagResponse | None:
    """Create an event tag

     Defines a new tag for the calendar's events and returns its id. The colour is optional. The legacy
    singular route returns `tag_id` and a deprecated `tag_api_id` instead of `id`.

    Args:
        body (CreateEventTagRequest): The new event tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEventTagResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
