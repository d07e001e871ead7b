from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.guest import Guest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    event_id: str,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events/guests/get",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Guest | None:
    if response.status_code == 200:
        response_200 = Guest.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Guest]:
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
    id: str,
) -> Response[Guest]:
    """Get a guest of an event

     Returns one guest of an event the calendar manages, including the guest's ticket orders
    (`event_ticket_orders`, with any coupon that was applied), which the guest list leaves out. The
    guest can be identified in several ways: by guest id, by ticket key, by the guest key from the
    check-in QR code, or by the email address the guest registered with. The legacy route wraps the
    guest in a `{"guest": ...}` envelope and takes older parameter names (`api_id`, `email`,
    `proxy_key`); this route returns the bare guest.

    Args:
        event_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Guest]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    id: str,
) -> Guest | None:
    """Get a guest of an event

     Returns one guest of an event the calendar manages, including the guest's ticket orders
    (`event_ticket_orders`, with any coupon that was applied), which the guest list leaves out. The
    guest can be identified in several ways: by guest id, by ticket key, by the guest key from the
    check-in QR code, or by the email address the guest registered with. The legacy route wraps the
    guest in a `{"guest": ...}` envelope and takes older parameter names (`api_id`, `email`,
    `proxy_key`); this route returns the bare guest.

    Args:
        event_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Guest
    """

    return sync_detailed(
        client=client,
        event_id=event_id,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    id: str,
) -> Response[Guest]:
    """Get a guest of an event

     Returns one guest of an event the calendar manages, including the guest's ticket orders
    (`event_ticket_orders`, with any coupon that was applied), which the guest list leaves out. The
    guest can be identified in several ways: by guest id, by ticket key, by the guest key from the
    check-in QR code, or by the email address the guest registered with. The legacy route wraps the
    guest in a `{"guest": ...}` envelope and takes older parameter names (`api_id`, `email`,
    `proxy_key`); this route returns the bare guest.

    Args:
        event_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Guest]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event_id: str,
    id: str,
) -> Guest | None:
    """Get a guest of an event

     Returns one guest of an event the calendar manages, including the guest's ticket orders
    (`event_ticket_orders`, with any coupon that was applied), which the guest list leaves out. The
    guest can be identified in several ways: by guest id, by ticket key, by the guest key from the
    check-in QR code, or by the email address the guest registered with. The legacy route wraps the
    guest in a `{"guest": ...}` envelope and takes older parameter names (`api_id`, `email`,
    `proxy_key`); this route returns the bare guest.

    Args:
        event_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Guest
    """

    return (
        await asyncio_detailed(
            client=client,
            event_id=event_id,
            id=id,
        )
    ).parsed
