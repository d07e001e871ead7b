from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_sort_column import ContactSortColumn
from ...models.list_contacts_response import ListContactsResponse
from ...models.membership_status import MembershipStatus
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    calendar_membership_tier_id: str | Unset = UNSET,
    membership_status: MembershipStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: ContactSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["calendar_membership_tier_id"] = calendar_membership_tier_id

    json_membership_status: str | Unset = UNSET
    if not isinstance(membership_status, Unset):
        json_membership_status = membership_status

    params["membership_status"] = json_membership_status

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
        "url": "/v1/calendars/contacts/list",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListContactsResponse | None:
    if response.status_code == 200:
        response_200 = ListContactsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListContactsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    calendar_membership_tier_id: str | Unset = UNSET,
    membership_status: MembershipStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: ContactSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ListContactsResponse]:
    """List calendar contacts

     Pages through the people connected to the calendar (its contacts, including members of membership
    tiers), optionally narrowed by a search string, tags, membership tier or membership status, and
    sorted by one of the supported columns. On the legacy `/v1/calendar/list-people` route the status
    filter is called `member_status`, the tier filter was `calendar_membership_tier_api_id` in the
    oldest generation, and early generations took `tags` as one comma-separated string instead of a
    repeated parameter.

    Args:
        query (str | Unset):
        tags (list[str] | Unset):
        calendar_membership_tier_id (str | Unset):
        membership_status (MembershipStatus | Unset): State of a contact's calendar membership.
            `approved-pending-payment` means the membership was approved but the payment has not
            completed yet (not present in the oldest generations).
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (ContactSortColumn | Unset): Fields by which the contact list can be sorted.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListContactsResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        tags=tags,
        calendar_membership_tier_id=calendar_membership_tier_id,
        membership_status=membership_status,
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
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    calendar_membership_tier_id: str | Unset = UNSET,
    membership_status: MembershipStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: ContactSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ListContactsResponse | None:
    """List calendar contacts

     Pages through the people connected to the calendar (its contacts, including members of membership
    tiers), optionally narrowed by a search string, tags, membership tier or membership status, and
    sorted by one of the supported columns. On the legacy `/v1/calendar/list-people` route the status
    filter is called `member_status`, the tier filter was `calendar_membership_tier_api_id` in the
    oldest generation, and early generations took `tags` as one comma-separated string instead of a
    repeated parameter.

    Args:
        query (str | Unset):
        tags (list[str] | Unset):
        calendar_membership_tier_id (str | Unset):
        membership_status (MembershipStatus | Unset): State of a contact's calendar membership.
            `approved-pending-payment` means the membership was approved but the payment has not
            completed yet (not present in the oldest generations).
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (ContactSortColumn | Unset): Fields by which the contact list can be sorted.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListContactsResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        tags=tags,
        calendar_membership_tier_id=calendar_membership_tier_id,
        membership_status=membership_status,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_column=sort_column,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    calendar_membership_tier_id: str | Unset = UNSET,
    membership_status: MembershipStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: ContactSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ListContactsResponse]:
    """List calendar contacts

     Pages through the people connected to the calendar (its contacts, including members of membership
    tiers), optionally narrowed by a search string, tags, membership tier or membership status, and
    sorted by one of the supported columns. On the legacy `/v1/calendar/list-people` route the status
    filter is called `member_status`, the tier filter was `calendar_membership_tier_api_id` in the
    oldest generation, and early generations took `tags` as one comma-separated string instead of a
    repeated parameter.

    Args:
        query (str | Unset):
        tags (list[str] | Unset):
        calendar_membership_tier_id (str | Unset):
        membership_status (MembershipStatus | Unset): State of a contact's calendar membership.
            `approved-pending-payment` means the membership was approved but the payment has not
            completed yet (not present in the oldest generations).
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (ContactSortColumn | Unset): Fields by which the contact list can be sorted.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListContactsResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        tags=tags,
        calendar_membership_tier_id=calendar_membership_tier_id,
        membership_status=membership_status,
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
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    calendar_membership_tier_id: str | Unset = UNSET,
    membership_status: MembershipStatus | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: ContactSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ListContactsResponse | None:
    """List calendar contacts

     Pages through the people connected to the calendar (its contacts, including members of membership
    tiers), optionally narrowed by a search string, tags, membership tier or membership status, and
    sorted by one of the supported columns. On the legacy `/v1/calendar/list-people` route the status
    filter is called `member_status`, the tier filter was `calendar_membership_tier_api_id` in the
    oldest generation, and early generations took `tags` as one comma-separated string instead of a
    repeated parameter.

    Args:
        query (str | Unset):
        tags (list[str] | Unset):
        calendar_membership_tier_id (str | Unset):
        membership_status (MembershipStatus | Unset): State of a contact's calendar membership.
            `approved-pending-payment` means the membership was approved but the payment has not
            completed yet (not present in the oldest generations).
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (ContactSortColumn | Unset): Fields by which the contact list can be sorted.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListContactsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            tags=tags,
            calendar_membership_tier_id=calendar_membership_tier_id,
            membership_status=membership_status,
            pagination_cursor=pagination_cursor,
            pagination_limit=pagination_limit,
            sort_column=sort_column,
            sort_direction=sort_direction,
        )
    ).parsed
