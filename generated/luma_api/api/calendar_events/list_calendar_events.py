import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_event_sort_column import CalendarEventSortColumn
from ...models.calendar_submission_status_filter import (
    CalendarSubmissionStatusFilter,
)
from ...models.event_access import EventAccess
from ...models.event_platform import EventPlatform
from ...models.list_calendar_events_response import ListCalendarEventsResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: CalendarEventSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    platforms: list[EventPlatform] | Unset = UNSET,
    status: CalendarSubmissionStatusFilter | Unset = UNSET,
    access: list[EventAccess] | Unset = UNSET,
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

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column

    params["sort_column"] = json_sort_column

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_platforms: list[str] | Unset = UNSET
    if not isinstance(platforms, Unset):
        json_platforms = []
        for platforms_item_data in platforms:
            platforms_item: str = platforms_item_data
            json_platforms.append(platforms_item)

    params["platforms"] = json_platforms

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_access: list[str] | Unset = UNSET
    if not isinstance(access, Unset):
        json_access = []
        for access_item_data in access:
            access_item: str = access_item_data
            json_access.append(access_item)

    params["access"] = json_access

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendars/events/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCalendarEventsResponse | None:
    if response.status_code == 200:
        response_200 = ListCalendarEventsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListCalendarEventsResponse]:
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
    sort_column: CalendarEventSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    platforms: list[EventPlatform] | Unset = UNSET,
    status: CalendarSubmissionStatusFilter | Unset = UNSET,
    access: list[EventAccess] | Unset = UNSET,
) -> Response[ListCalendarEventsResponse]:
    """List the calendar's events

     Returns one page of the events the key's calendar manages, newest or oldest first depending on
    `sort_direction`. Events that are merely featured on the calendar without being managed by it are
    not included. By default only Luma-platform events whose submission is approved come back; use
    `platforms` to also (or only) get external events and `status` to see submissions that are still
    waiting for review. Each entry is the event itself (not wrapped), tagged with `platform` (`luma` or
    `external`), plus the event tags applied on this calendar, the user who submitted it and the
    calendar's access level. Entries the calendar can only view carry a city-level location and leave
    out `meeting_url`, `registration_questions` and `feedback_email`. No entry carries the description
    or the hosts; read those with the get-event operation. The legacy path wraps every entry as
    `{api_id, event, tags}` instead.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (CalendarEventSortColumn | Unset): Fields the calendar event list can be
            sorted by.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.
        platforms (list[EventPlatform] | Unset):
        status (CalendarSubmissionStatusFilter | Unset): Submission states the calendar event list
            can be filtered by.
        access (list[EventAccess] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCalendarEventsResponse]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_column=sort_column,
        sort_direction=sort_direction,
        platforms=platforms,
        status=status,
        access=access,
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
    sort_column: CalendarEventSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    platforms: list[EventPlatform] | Unset = UNSET,
    status: CalendarSubmissionStatusFilter | Unset = UNSET,
    access: list[EventAccess] | Unset = UNSET,
) -> ListCalendarEventsResponse | None:
    """List the calendar's events

     Returns one page of the events the key's calendar manages, newest or oldest first depending on
    `sort_direction`. Events that are merely featured on the calendar without being managed by it are
    not included. By default only Luma-platform events whose submission is approved come back; use
    `platforms` to also (or only) get external events and `status` to see submissions that are still
    waiting for review. Each entry is the event itself (not wrapped), tagged with `platform` (`luma` or
    `external`), plus the event tags applied on this calendar, the user who submitted it and the
    calendar's access level. Entries the calendar can only view carry a city-level location and leave
    out `meeting_url`, `registration_questions` and `feedback_email`. No entry carries the description
    or the hosts; read those with the get-event operation. The legacy path wraps every entry as
    `{api_id, event, tags}` instead.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (CalendarEventSortColumn | Unset): Fields the calendar event list can be
            sorted by.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.
        platforms (list[EventPlatform] | Unset):
        status (CalendarSubmissionStatusFilter | Unset): Submission states the calendar event list
            can be filtered by.
        access (list[EventAccess] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCalendarEventsResponse
    """

    return sync_detailed(
        client=client,
        before=before,
        after=after,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_column=sort_column,
        sort_direction=sort_direction,
        platforms=platforms,
        status=status,
        access=access,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
    sort_column: CalendarEventSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    platforms: list[EventPlatform] | Unset = UNSET,
    status: CalendarSubmissionStatusFilter | Unset = UNSET,
    access: list[EventAccess] | Unset = UNSET,
) -> Response[ListCalendarEventsResponse]:
    """List the calendar's events

     Returns one page of the events the key's calendar manages, newest or oldest first depending on
    `sort_direction`. Events that are merely featured on the calendar without being managed by it are
    not included. By default only Luma-platform events whose submission is approved come back; use
    `platforms` to also (or only) get external events and `status` to see submissions that are still
    waiting for review. Each entry is the event itself (not wrapped), tagged with `platform` (`luma` or
    `external`), plus the event tags applied on this calendar, the user who submitted it and the
    calendar's access level. Entries the calendar can only view carry a city-level location and leave
    out `meeting_url`, `registration_questions` and `feedback_email`. No entry carries the description
    or the hosts; read those with the get-event operation. The legacy path wraps every entry as
    `{api_id, event, tags}` instead.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (CalendarEventSortColumn | Unset): Fields the calendar event list can be
            sorted by.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.
        platforms (list[EventPlatform] | Unset):
        status (CalendarSubmissionStatusFilter | Unset): Submission states the calendar event list
            can be filtered by.
        access (list[EventAccess] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCalendarEventsResponse]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
        sort_column=sort_column,
        sort_direction=sort_direction,
        platforms=platforms,
        status=status,
        access=access,
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
    sort_column: CalendarEventSortColumn | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    platforms: list[EventPlatform] | Unset = UNSET,
    status: CalendarSubmissionStatusFilter | Unset = UNSET,
    access: list[EventAccess] | Unset = UNSET,
) -> ListCalendarEventsResponse | None:
    """List the calendar's events

     Returns one page of the events the key's calendar manages, newest or oldest first depending on
    `sort_direction`. Events that are merely featured on the calendar without being managed by it are
    not included. By default only Luma-platform events whose submission is approved come back; use
    `platforms` to also (or only) get external events and `status` to see submissions that are still
    waiting for review. Each entry is the event itself (not wrapped), tagged with `platform` (`luma` or
    `external`), plus the event tags applied on this calendar, the user who submitted it and the
    calendar's access level. Entries the calendar can only view carry a city-level location and leave
    out `meeting_url`, `registration_questions` and `feedback_email`. No entry carries the description
    or the hosts; read those with the get-event operation. The legacy path wraps every entry as
    `{api_id, event, tags}` instead.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):
        sort_column (CalendarEventSortColumn | Unset): Fields the calendar event list can be
            sorted by.
        sort_direction (SortDirection | Unset): Sort direction; the `nulls last` forms put entries
            without a value at the end.
        platforms (list[EventPlatform] | Unset):
        status (CalendarSubmissionStatusFilter | Unset): Submission states the calendar event list
            can be filtered by.
        access (list[EventAccess] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCalendarEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            before=before,
            after=after,
            pagination_cursor=pagination_cursor,
            pagination_limit=pagination_limit,
            sort_column=sort_column,
            sort_direction=sort_direction,
            platforms=platforms,
            status=status,
            access=access,
        )
    ).parsed
