from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...models.send_event_invites_request import SendEventInvitesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SendEventInvitesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/guests/send-invites",
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
    body: SendEventInvitesRequest,
) -> Response[EmptyResponse]:
    """Invite people to an event

     Sends invitations to an event by email, and also by text message when the invitee's phone number is
    linked to their Luma account. Invitees are not registered or marked as going; they decide themselves
    whether to register. An optional short personal message can be included.

    Args:
        body (SendEventInvitesRequest): Body of `send_event_invites`.

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
    body: SendEventInvitesRequest,
) -> EmptyResponse | None:
    """Invite people to an event

     Sends invitations to an event by email, and also by text message when the invitee's phone number is
    linked to their Luma account. Invitees are not registered or marked as going; they decide themselves
    whether to register. An optional short personal message can be included.

    Args:
        body (SendEventInvitesRequest): Body of `send_event_invites`.

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
    body: SendEventInvitesRequest,
) -> Response[EmptyResponse]:
    """Invite people to an event

     Sends invitations to an event by email, and also by text message when the invitee's phone number is
    linked to their Luma account. Invitees are not registered or marked as going; they decide themselves
    whether to register. An optional short personal message can be included.

    Args:
        body (SendEventInvitesRequest): Body of `send_event_invites`.

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
    body: SendEventInvitesRequest,
) -> EmptyResponse | None:
    """Invite people to an event

     Sends invitations to an event by email, and also by text message when the invitee's phone number is
    linked to their Luma account. Invitees are not registered or marked as going; they decide themselves
    whether to register. An optional short personal message can be included.

    Args:
        body (SendEventInvitesRequest): Body of `send_event_invites`.

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
