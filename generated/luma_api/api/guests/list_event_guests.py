from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.guest_approval_status import GuestApprovalStatus
from ...models.guest_sort_column import GuestSortColumn
from ...models.list_event_guests_response import ListEventGuestsResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    event_id: str,
    approval_status: GuestApprovalStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: GuestSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    json_approval_status: str | Unset = UNSET
    if not isinstance(approval_status, Unset):
        json_approval_status = approval_status

    params["approval_status"] = json_approval_status

    params["pagination_cursor"] = pagination_cursor

    params["pagination_limit"] = pagination_limit

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column

    params["sort_column"] = json_sort_column

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events/guests/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListEventGuestsResponse | None:
    if response.status_code == 200:
        response_200 = ListEventGuestsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListEventGuestsResponse]:
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
    approval_status: GuestApprovalStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: GuestSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ListEventGuestsResponse]:
    """List the guests of an event

     Returns the guests of an event the calendar manages, one page at a time, optionally filtered by
    approval status and sorted. Entries do not carry `event_ticket_orders`; fetch a single guest for
    those. Hosts of the event also show up in the list, with the status `invited`. The legacy route
    wraps each entry as `{"api_id": ..., "guest": {...}}` (newer versions of it also repeat the guest
    fields at the top level); this route returns the guest objects directly.

    Args:
        event_id (str):
        approval_status (GuestApprovalStatus | Unset): Where a guest stands for an event.
            `approved` means going; `pending_approval` waits for a host's decision; `waitlist` waits
            for a free spot; `invited` was invited but has not registered (hosts also appear with this
            status); `declined` was turned down; `session` is a further status that Luma lists without
            explaining it.
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (GuestSortColumn | Unset): Guest fields the guest list can be sorted by.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListEventGuestsResponse]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        approval_status=approval_status,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_column=sort_column,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    approval_status: GuestApprovalStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: GuestSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ListEventGuestsResponse | None:
    """List the guests of an event

     Returns the guests of an event the calendar manages, one page at a time, optionally filtered by
    approval status and sorted. Entries do not carry `event_ticket_orders`; fetch a single guest for
    those. Hosts of the event also show up in the list, with the status `invited`. The legacy route
    wraps each entry as `{"api_id": ..., "guest": {...}}` (newer versions of it also repeat the guest
    fields at the top level); this route returns the guest objects directly.

    Args:
        event_id (str):
        approval_status (GuestApprovalStatus | Unset): Where a guest stands for an event.
            `approved` means going; `pending_approval` waits for a host's decision; `waitlist` waits
            for a free spot; `invited` was invited but has not registered (hosts also appear with this
            status); `declined` was turned down; `session` is a further status that Luma lists without
            explaining it.
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (GuestSortColumn | Unset): Guest fields the guest list can be sorted by.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEventGuestsResponse
    """

    return sync_detailed(
        client=client,
        event_id=event_id,
        approval_status=approval_status,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_column=sort_column,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    approval_status: GuestApprovalStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: GuestSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ListEventGuestsResponse]:
    """List the guests of an event

     Returns the guests of an event the calendar manages, one page at a time, optionally filtered by
    approval status and sorted. Entries do not carry `event_ticket_orders`; fetch a single guest for
    those. Hosts of the event also show up in the list, with the status `invited`. The legacy route
    wraps each entry as `{"api_id": ..., "guest": {...}}` (newer versions of it also repeat the guest
    fields at the top level); this route returns the guest objects directly.

    Args:
        event_id (str):
        approval_status (GuestApprovalStatus | Unset): Where a guest stands for an event.
            `approved` means going; `pending_approval` waits for a host's decision; `waitlist` waits
            for a free spot; `invited` was invited but has not registered (hosts also appear with this
            status); `declined` was turned down; `session` is a further status that Luma lists without
            explaining it.
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (GuestSortColumn | Unset): Guest fields the guest list can be sorted by.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListEventGuestsResponse]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        approval_status=approval_status,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_column=sort_column,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    approval_status: GuestApprovalStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: GuestSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ListEventGuestsResponse | None:
    """List the guests of an event

     Returns the guests of an event the calendar manages, one page at a time, optionally filtered by
    approval status and sorted. Entries do not carry `event_ticket_orders`; fetch a single guest for
    those. Hosts of the event also show up in the list, with the status `invited`. The legacy route
    wraps each entry as `{"api_id": ..., "guest": {...}}` (newer versions of it also repeat the guest
    fields at the top level); this route returns the guest objects directly.

    Args:
        event_id (str):
        approval_status (GuestApprovalStatus | Unset): Where a guest stands for an event.
            `approved` means going; `pending_approval` waits for a host's decision; `waitlist` waits
            for a free spot; `invited` was invited but has not registered (hosts also appear with this
            status); `declined` was turned down; `session` is a further status that Luma lists without
            explaining it.
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (GuestSortColumn | Unset): Guest fields the guest list can be sorted by.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEventGuestsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            event_id=event_id,
            approval_status=approval_status,
            pagination_cursor=pagination_cursor,
            pagination_limit=pagination_limit,
            sort_column=sort_column,
            sort_direction=sort_direction,
        )
    ).parsed
