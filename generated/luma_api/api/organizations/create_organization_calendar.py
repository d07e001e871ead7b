from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar import Calendar
from ...models.create_organization_calendar_request import CreateOrganizationCalendarRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrganizationCalendarRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/organizations/calendars/create",
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
    body: CreateOrganizationCalendarRequest,
) -> Response[Calendar]:
    """Create a calendar in the organization

     Creates a new calendar inside the organization and returns it. The owner of the API key becomes the
    calendar's manager. When no avatar or tint colour is given, Luma picks one at random. Needs an
    organization API key. The older `/v1/organizations/calendars/create` route wraps the result as
    `{"calendar": {...}}`.

    Args:
        body (CreateOrganizationCalendarRequest): Settings for the new calendar; only the name is
            required.

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
    body: CreateOrganizationCalendarRequest,
) -> Calendar | None:
    """Create a calendar in the organization

     Creates a new calendar inside the organization and returns it. The owner of the API key becomes the
    calendar's manager. When no avatar or tint colour is given, Luma picks one at random. Needs an
    organization API key. The older `/v1/organizations/calendars/create` route wraps the result as
    `{"calendar": {...}}`.

    Args:
        body (CreateOrganizationCalendarRequest): Settings for the new calendar; only the name is
            required.

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
    body: CreateOrganizationCalendarRequest,
) -> Response[Calendar]:
    """Create a calendar in the organization

     Creates a new calendar inside the organization and returns it. The owner of the API key becomes the
    calendar's manager. When no avatar or tint colour is given, Luma picks one at random. Needs an
    organization API key. The older `/v1/organizations/calendars/create` route wraps the result as
    `{"calendar": {...}}`.

    Args:
        body (CreateOrganizationCalendarRequest): Settings for the new calendar; only the name is
            required.

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
    body: CreateOrganizationCalendarRequest,
) -> Calendar | None:
    """Create a calendar in the organization

     Creates a new calendar inside the organization and returns it. The owner of the API key becomes the
    calendar's manager. When no avatar or tint colour is given, Luma picks one at random. Needs an
    organization API key. The older `/v1/organizations/calendars/create` route wraps the result as
    `{"calendar": {...}}`.

    Args:
        body (CreateOrganizationCalendarRequest): Settings for the new calendar; only the name is
            required.

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
