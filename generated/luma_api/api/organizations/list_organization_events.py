import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_organization_events_response import ListOrganizationEventsResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        if before.utcoffset() is None:
            raise ValueError(
                f"before: naive datetime {before.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        json_before = before.isoformat()
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        if after.utcoffset() is None:
            raise ValueError(
                f"after: naive datetime {after.isoformat()} has no UTC offset; "
                "give it a tzinfo, e.g. datetime.timezone.utc or a zoneinfo.ZoneInfo"
            )
        json_after = after.isoformat()
    params["after"] = json_after

    params["pagination_cursor"] = pagination_cursor

    params["pagination_limit"] = pagination_limit

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/events/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListOrganizationEventsResponse | None:
    if response.status_code == 200:
        response_200 = ListOrganizationEventsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListOrganizationEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ListOrganizationEventsResponse]:
    """List events across the organization

     Returns events from all of the organization's calendars, one page at a time. An event that sits on
    several of those calendars is returned only once; its `managing_calendars` shows which of the
    organization's calendars have manage access to it and whether that placement is approved or still
    pending. Entries also carry a few deprecated legacy fields, but no description and no hosts; read
    those with the get-event operation. Needs an organization API key. There is no `sort_column`
    parameter; `sort_direction` only flips the order Luma uses for this list.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListOrganizationEventsResponse]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ListOrganizationEventsResponse | None:
    """List events across the organization

     Returns events from all of the organization's calendars, one page at a time. An event that sits on
    several of those calendars is returned only once; its `managing_calendars` shows which of the
    organization's calendars have manage access to it and whether that placement is approved or still
    pending. Entries also carry a few deprecated legacy fields, but no description and no hosts; read
    those with the get-event operation. Needs an organization API key. There is no `sort_column`
    parameter; `sort_direction` only flips the order Luma uses for this list.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListOrganizationEventsResponse
    """

    return sync_detailed(
        client=client,
        before=before,
        after=after,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ListOrganizationEventsResponse]:
    """List events across the organization

     Returns events from all of the organization's calendars, one page at a time. An event that sits on
    several of those calendars is returned only once; its `managing_calendars` shows which of the
    organization's calendars have manage access to it and whether that placement is approved or still
    pending. Entries also carry a few deprecated legacy fields, but no description and no hosts; read
    those with the get-event operation. Needs an organization API key. There is no `sort_column`
    parameter; `sort_direction` only flips the order Luma uses for this list.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListOrganizationEventsResponse]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ListOrganizationEventsResponse | None:
    """List events across the organization

     Returns events from all of the organization's calendars, one page at a time. An event that sits on
    several of those calendars is returned only once; its `managing_calendars` shows which of the
    organization's calendars have manage access to it and whether that placement is approved or still
    pending. Entries also carry a few deprecated legacy fields, but no description and no hosts; read
    those with the get-event operation. Needs an organization API key. There is no `sort_column`
    parameter; `sort_direction` only flips the order Luma uses for this list.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListOrganizationEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            before=before,
            after=after,
            pagination_cursor=pagination_cursor,
            pagination_limit=pagination_limit,
            sort_direction=sort_direction,
        )
    ).parsed
