from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unapply_event_tag_request import UnapplyEventTagRequest
from ...models.unapply_event_tag_response import UnapplyEventTagResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UnapplyEventTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/event-tags/unapply",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnapplyEventTagResponse | None:
    if response.status_code == 200:
        response_200 = UnapplyEventTagResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UnapplyEventTagResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnapplyEventTagRequest,
) -> Response[UnapplyEventTagResponse]:
    """Untag events

     Takes a tag off one or more events. Events that are not on this calendar are counted as skipped. The
    tag can be given by id or by name.

    Args:
        body (UnapplyEventTagRequest): A tag and the events to remove it from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnapplyEventTagResponse]
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
    body: UnapplyEventTagRequest,
) -> UnapplyEventTagResponse | None:
    """Untag events

     Takes a tag off one or more events. Events that are not on this calendar are counted as skipped. The
    tag can be given by id or by name.

    Args:
        body (UnapplyEventTagRequest): A tag and the events to remove it from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnapplyEventTagResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnapplyEventTagRequest,
) -> Response[UnapplyEventTagResponse]:
    """Untag events

     Takes a tag off one or more events. Events that are not on this calendar are counted as skipped. The
    tag can be given by id or by name.

    Args:
        body (UnapplyEventTagRequest): A tag and the events to remove it from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnapplyEventTagResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UnapplyEventTagRequest,
) -> UnapplyEventTagResponse | None:
    """Untag events

     Takes a tag off one or more events. Events that are not on this calendar are counted as skipped. The
    tag can be given by id or by name.

    Args:
        body (UnapplyEventTagRequest): A tag and the events to remove it from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnapplyEventTagResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
