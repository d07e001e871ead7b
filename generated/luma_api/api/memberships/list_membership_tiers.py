from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_membership_tiers_response import ListMembershipTiersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pagination_cursor"] = pagination_cursor

    params["pagination_limit"] = pagination_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/memberships/tiers/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListMembershipTiersResponse | None:
    if response.status_code == 200:
        response_200 = ListMembershipTiersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListMembershipTiersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> Response[ListMembershipTiersResponse]:
    """List membership tiers

     Returns the membership tiers configured on the key's calendar, one page at a time. Each tier says
    how people join it (free, a one-off payment or a subscription) and whether an admin must approve new
    members. Tier ids are what `add_member` expects as `membership_tier_id`.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMembershipTiersResponse]
    """

    kwargs = _get_kwargs(
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> ListMembershipTiersResponse | None:
    """List membership tiers

     Returns the membership tiers configured on the key's calendar, one page at a time. Each tier says
    how people join it (free, a one-off payment or a subscription) and whether an admin must approve new
    members. Tier ids are what `add_member` expects as `membership_tier_id`.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMembershipTiersResponse
    """

    return sync_detailed(
        client=client,
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> Response[ListMembershipTiersResponse]:
    """List membership tiers

     Returns the membership tiers configured on the key's calendar, one page at a time. Each tier says
    how people join it (free, a one-off payment or a subscription) and whether an admin must approve new
    members. Tier ids are what `add_member` expects as `membership_tier_id`.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMembershipTiersResponse]
    """

    kwargs = _get_kwargs(
        pagination_cursor=pagination_cursor,
        pagination_limit=pagination_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pagination_cursor: str | Unset = UNSET,
    pagination_limit: int | Unset = UNSET,
) -> ListMembershipTiersResponse | None:
    """List membership tiers

     Returns the membership tiers configured on the key's calendar, one page at a time. Each tier says
    how people join it (free, a one-off payment or a subscription) and whether an admin must approve new
    members. Tier ids are what `add_member` expects as `membership_tier_id`.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMembershipTiersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            pagination_cursor=pagination_cursor,
            pagination_limit=pagination_limit,
        )
    ).parsed
