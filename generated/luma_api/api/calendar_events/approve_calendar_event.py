from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_calendar_event_request import ApproveCalendarEventRequest
from ...models.empty_response import EmptyResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ApproveCalendarEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/events/approve",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmptyResponse | None:
    if response.status_code == 200:
        response_200 = EmptyResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmptyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApproveCalendarEventRequest,
) -> Response[EmptyResponse]:
    """Approve a pending event submission

     Accepts an event that was submitted to the key's calendar and is waiting for review, so it shows up
    on the calendar. The person who submitted it is notified.

    Args:
        body (ApproveCalendarEventRequest): The submission to approve.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse]
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
    body: ApproveCalendarEventRequest,
) -> EmptyResponse | None:
    """Approve a pending event submission

     Accepts an event that was submitted to the key's calendar and is waiting for review, so it shows up
    on the calendar. The person who submitted it is notified.

    Args:
        body (ApproveCalendarEventRequest): The submission to approve.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApproveCalendarEventRequest,
) -> Response[EmptyResponse]:
    """Approve a pending event submission

     Accepts an event that was submitted to the key's calendar and is waiting for review, so it shows up
    on the calendar. The person who submitted it is notified.

    Args:
        body (ApproveCalendarEventRequest): The submission to approve.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApproveCalendarEventRequest,
) -> EmptyResponse | None:
    """Approve a pending event submission

     Accepts an event that was submitted to the key's calendar and is waiting for review, so it shows up
    on the calendar. The person who submitted it is notified.

    Args:
        body (ApproveCalendarEventRequest): The submission to approve.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
