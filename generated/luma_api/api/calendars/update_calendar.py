from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar import Calendar
from ...models.update_calendar_request import UpdateCalendarRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateCalendarRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Calendar | None:
    if response.status_code == 200:
        response_200 = Calendar.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Calendar]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCalendarRequest,
) -> Response[Calendar]:
    """Update calendar settings

     Changes the name, slug, description, avatar or tint colour of a calendar and returns the updated
    calendar. Only the fields present in the body are touched; everything omitted stays as it is. A new
    avatar has to be uploaded to Luma's CDN first (see `create_image_upload_url`). This route has no
    older alias.

    Args:
        body (UpdateCalendarRequest): Calendar settings to change; only the fields sent are
            updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar]
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
    body: UpdateCalendarRequest,
) -> Calendar | None:
    """Update calendar settings

     Changes the name, slug, description, avatar or tint colour of a calendar and returns the updated
    calendar. Only the fields present in the body are touched; everything omitted stays as it is. A new
    avatar has to be uploaded to Luma's CDN first (see `create_image_upload_url`). This route has no
    older alias.

    Args:
        body (UpdateCalendarRequest): Calendar settings to change; only the fields sent are
            updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCalendarRequest,
) -> Response[Calendar]:
    """Update calendar settings

     Changes the name, slug, description, avatar or tint colour of a calendar and returns the updated
    calendar. Only the fields present in the body are touched; everything omitted stays as it is. A new
    avatar has to be uploaded to Luma's CDN first (see `create_image_upload_url`). This route has no
    older alias.

    Args:
        body (UpdateCalendarRequest): Calendar settings to change; only the fields sent are
            updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCalendarRequest,
) -> Calendar | None:
    """Update calendar settings

     Changes the name, slug, description, avatar or tint colour of a calendar and returns the updated
    calendar. Only the fields present in the body are touched; everything omitted stays as it is. A new
    avatar has to be uploaded to Luma's CDN first (see `create_image_upload_url`). This route has no
    older alias.

    Args:
        body (UpdateCalendarRequest): Calendar settings to change; only the fields sent are
            updated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
