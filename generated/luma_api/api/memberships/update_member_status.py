from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...models.update_member_status_request import UpdateMemberStatusRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateMemberStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memberships/members/update-status",
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
    body: UpdateMemberStatusRequest,
) -> Response[EmptyResponse]:
    """Approve or decline a member

     Decides on a member of the calendar, identified by user id or email address. Approving a member of a
    paid tier charges the payment that was put on hold; declining a member also cancels any subscription
    they have running.

    Args:
        body (UpdateMemberStatusRequest): The member to decide on and the decision.

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
    body: UpdateMemberStatusRequest,
) -> EmptyResponse | None:
    """Approve or decline a member

     Decides on a member of the calendar, identified by user id or email address. Approving a member of a
    paid tier charges the payment that was put on hold; declining a member also cancels any subscription
    they have running.

    Args:
        body (UpdateMemberStatusRequest): The member to decide on and the decision.

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
    body: UpdateMemberStatusRequest,
) -> Response[EmptyResponse]:
    """Approve or decline a member

     Decides on a member of the calendar, identified by user id or email address. Approving a member of a
    paid tier charges the payment that was put on hold; declining a member also cancels any subscription
    they have running.

    Args:
        body (UpdateMemberStatusRequest): The member to decide on and the decision.

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
    body: UpdateMemberStatusRequest,
) -> EmptyResponse | None:
    """Approve or decline a member

     Decides on a member of the calendar, identified by user id or email address. Approving a member of a
    paid tier charges the payment that was put on hold; declining a member also cancels any subscription
    they have running.

    Args:
        body (UpdateMemberStatusRequest): The member to decide on and the decision.

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
