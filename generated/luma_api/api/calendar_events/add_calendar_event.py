from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_calendar_event_external_request import AddCalendarEventExternalRequest
from ...models.add_calendar_event_luma_request import AddCalendarEventLumaRequest
from ...models.add_calendar_event_response import AddCalendarEventResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/events/add",
    }

    if isinstance(body, AddCalendarEventLumaRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddCalendarEventResponse | None:
    if response.status_code == 200:
        response_200 = AddCalendarEventResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddCalendarEventResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
) -> Response[AddCalendarEventResponse]:
    """Add an event to the calendar

     Puts an existing Luma event, or an event hosted elsewhere (`platform: external`), on the key's
    calendar. Events added by a calendar manager are approved straight away unless `submission_mode` is
    `pending`, in which case they wait in the calendar's review queue (see approve/reject). On calendars
    set to require manage access, submitting a Luma event you manage can hand the calendar manage access
    once the submission is approved. Adding the same Luma event twice fails with an error saying it has
    already been submitted.

    Args:
        body (AddCalendarEventExternalRequest | AddCalendarEventLumaRequest): What to add to the
            calendar, either a Luma event or an external one, told apart by `platform`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCalendarEventResponse]
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
    body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
) -> AddCalendarEventResponse | None:
    """Add an event to the calendar

     Puts an existing Luma event, or an event hosted elsewhere (`platform: external`), on the key's
    calendar. Events added by a calendar manager are approved straight away unless `submission_mode` is
    `pending`, in which case they wait in the calendar's review queue (see approve/reject). On calendars
    set to require manage access, submitting a Luma event you manage can hand the calendar manage access
    once the submission is approved. Adding the same Luma event twice fails with an error saying it has
    already been submitted.

    Args:
        body (AddCalendarEventExternalRequest | AddCalendarEventLumaRequest): What to add to the
            calendar, either a Luma event or an external one, told apart by `platform`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCalendarEventResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
) -> Response[AddCalendarEventResponse]:
    """Add an event to the calendar

     Puts an existing Luma event, or an event hosted elsewhere (`platform: external`), on the key's
    calendar. Events added by a calendar manager are approved straight away unless `submission_mode` is
    `pending`, in which case they wait in the calendar's review queue (see approve/reject). On calendars
    set to require manage access, submitting a Luma event you manage can hand the calendar manage access
    once the submission is approved. Adding the same Luma event twice fails with an error saying it has
    already been submitted.

    Args:
        body (AddCalendarEventExternalRequest | AddCalendarEventLumaRequest): What to add to the
            calendar, either a Luma event or an external one, told apart by `platform`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCalendarEventResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddCalendarEventExternalRequest | AddCalendarEventLumaRequest,
) -> AddCalendarEventResponse | None:
    """Add an event to the calendar

     Puts an existing Luma event, or an event hosted elsewhere (`platform: external`), on the key's
    calendar. Events added by a calendar manager are approved straight away unless `submission_mode` is
    `pending`, in which case they wait in the calendar's review queue (see approve/reject). On calendars
    set to require manage access, submitting a Luma event you manage can hand the calendar manage access
    once the submission is approved. Adding the same Luma event twice fails with an error saying it has
    already been submitted.

    Args:
        body (AddCalendarEventExternalRequest | AddCalendarEventLumaRequest): What to add to the
            calendar, either a Luma event or an external one, told apart by `platform`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCalendarEventResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
