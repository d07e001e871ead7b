from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_member_request import AddMemberRequest
from ...models.add_member_response import AddMemberResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddMemberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memberships/members/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddMemberResponse | None:
    if response.status_code == 200:
        response_200 = AddMemberResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddMemberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddMemberRequest,
) -> Response[AddMemberResponse]:
    """Add a member to a tier

     Puts the person with the given email address into one of the calendar's membership tiers and returns
    the resulting membership and its status. For a paid tier whose payment is handled outside Luma, set
    `skip_payment` to true; without it a paid tier can leave the membership waiting for payment
    (`approved-pending-payment`) or, for tiers that need approval, pending. Older versions of the API
    only supported free tiers here.

    Args:
        body (AddMemberRequest): Who to add to which membership tier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddMemberResponse]
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
    body: AddMemberRequest,
) -> AddMemberResponse | None:
    """Add a member to a tier

     Puts the person with the given email address into one of the calendar's membership tiers and returns
    the resulting membership and its status. For a paid tier whose payment is handled outside Luma, set
    `skip_payment` to true; without it a paid tier can leave the membership waiting for payment
    (`approved-pending-payment`) or, for tiers that need approval, pending. Older versions of the API
    only supported free tiers here.

    Args:
        body (AddMemberRequest): Who to add to which membership tier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddMemberResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddMemberRequest,
) -> Response[AddMemberResponse]:
    """Add a member to a tier

     Puts the person with the given email address into one of the calendar's membership tiers and returns
    the resulting membership and its status. For a paid tier whose payment is handled outside Luma, set
    `skip_payment` to true; without it a paid tier can leave the membership waiting for payment
    (`approved-pending-payment`) or, for tiers that need approval, pending. Older versions of the API
    only supported free tiers here.

    Args:
        body (AddMemberRequest): Who to add to which membership tier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddMemberResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddMemberRequest,
) -> AddMemberResponse | None:
    """Add a member to a tier

     Puts the person with the given email address into one of the calendar's membership tiers and returns
    the resulting membership and its status. For a paid tier whose payment is handled outside Luma, set
    `skip_payment` to true; without it a paid tier can leave the membership waiting for payment
    (`approved-pending-payment`) or, for tiers that need approval, pending. Older versions of the API
    only supported free tiers here.

    Args:
        body (AddMemberRequest): Who to add to which membership tier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddMemberResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
