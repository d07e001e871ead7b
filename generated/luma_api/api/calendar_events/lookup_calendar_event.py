from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_platform import EventPlatform
from ...models.lookup_calendar_event_response import LookupCalendarEventResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    platform: EventPlatform | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params["url"] = url_query

    params["event_id"] = event_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendars/events/lookup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LookupCalendarEventResponse | None:
    if response.status_code == 200:
        response_200 = LookupCalendarEventResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LookupCalendarEventResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    platform: EventPlatform | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
) -> Response[LookupCalendarEventResponse]:
    """Look up an event on the calendar

     Checks whether an event is already on the key's calendar and, if so, what state its submission is
    in. Identify a Luma event by `event_id`, or an external event by `platform=external` plus its `url`.
    All parameters are optional in Luma's schema, but one of those two combinations is needed to find
    anything. Returns `{"event": null}` when the calendar does not have the event.

    Args:
        platform (EventPlatform | Unset): Where an event lives, on Luma (`luma`) or on another
            website (`external`).
        url_query (str | Unset):
        event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupCalendarEventResponse]
    """

    kwargs = _get_kwargs(
        platform=platform,
        url_query=url_query,
        event_id=event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    platform: EventPlatform | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
) -> LookupCalendarEventResponse | None:
    """Look up an event on the calendar

     Checks whether an event is already on the key's calendar and, if so, what state its submission is
    in. Identify a Luma event by `event_id`, or an external event by `platform=external` plus its `url`.
    All parameters are optional in Luma's schema, but one of those two combinations is needed to find
    anything. Returns `{"event": null}` when the calendar does not have the event.

    Args:
        platform (EventPlatform | Unset): Where an event lives, on Luma (`luma`) or on another
            website (`external`).
        url_query (str | Unset):
        event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupCalendarEventResponse
    """

    return sync_detailed(
        client=client,
        platform=platform,
        url_query=url_query,
        event_id=event_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    platform: EventPlatform | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
) -> Response[LookupCalendarEventResponse]:
    """Look up an event on the calendar

     Checks whether an event is already on the key's calendar and, if so, what state its submission is
    in. Identify a Luma event by `event_id`, or an external event by `platform=external` plus its `url`.
    All parameters are optional in Luma's schema, but one of those two combinations is needed to find
    anything. Returns `{"event": null}` when the calendar does not have the event.

    Args:
        platform (EventPlatform | Unset): Where an event lives, on Luma (`luma`) or on another
            website (`external`).
        url_query (str | Unset):
        event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupCalendarEventResponse]
    """

    kwargs = _get_kwargs(
        platform=platform,
        url_query=url_query,
        event_id=event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    platform: EventPlatform | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
) -> LookupCalendarEventResponse | None:
    """Look up an event on the calendar

     Checks whether an event is already on the key's calendar and, if so, what state its submission is
    in. Identify a Luma event by `event_id`, or an external event by `platform=external` plus its `url`.
    All parameters are optional in Luma's schema, but one of those two combinations is needed to find
    anything. Returns `{"event": null}` when the calendar does not have the event.

    Args:
        platform (EventPlatform | Unset): Where an event lives, on Luma (`luma`) or on another
            website (`external`).
        url_query (str | Unset):
        event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupCalendarEventResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            platform=platform,
            url_query=url_query,
            event_id=event_id,
        )
    ).parsed
