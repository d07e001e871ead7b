from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_organization_calendars_response import ListOrganizationCalendarsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pagination_cursor"] = pagination_cursor

    params["pagination_limit"] = pagination_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/calendars/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListOrganizationCalendarsResponse | None:
    if response.status_code == 200:
        response_200 = ListOrganizationCalendarsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListOrganizationCalendarsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> Response[ListOrganizationCalendarsResponse]:
    """List organization calendars

     Returns the calendars that belong to the organization, one page at a time. Needs an organization API
    key; the calendar ids returned here can be sent in `x-luma-calendar-id`.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListOrganizationCalendarsResponse]
    """

    kwargs = _get_kwargs(
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> ListOrganizationCalendarsResponse | None:
    """List organization calendars

     Returns the calendars that belong to the organization, one page at a time. Needs an organization API
    key; the calendar ids returned here can be sent in `x-luma-calendar-id`.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListOrganizationCalendarsResponse
    """

    return sync_detailed(
        client=client,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> Response[ListOrganizationCalendarsResponse]:
    """List organization calendars

     Returns the calendars that belong to the organization, one page at a time. Needs an organization API
    key; the calendar ids returned here can be sent in `x-luma-calendar-id`.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListOrganizationCalendarsResponse]
    """

    kwargs = _get_kwargs(
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> ListOrganizationCalendarsResponse | None:
    """List organization calendars

     Returns the calendars that belong to the organization, one page at a time. Needs an organization API
    key; the calendar ids returned here can be sent in `x-luma-calendar-id`.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListOrganizationCalendarsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            pagination_cursor=pagination_cursor,
            pagination_limit=pagination_limit,
        )
    ).parsed
