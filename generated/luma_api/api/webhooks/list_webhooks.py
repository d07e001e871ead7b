from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_webhooks_response import ListWebhooksResponse
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
        "url": "/v1/webhooks/list",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListWebhooksResponse | None:
    if response.status_code == 200:
        response_200 = ListWebhooksResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListWebhooksResponse]:
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
) -> Response[ListWebhooksResponse]:
    """List webhooks

     Returns the calendar's webhook endpoints, one page at a time. Each entry includes the endpoint's
    signing secret in full, so treat the response as sensitive.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhooksResponse]
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
) -> ListWebhooksResponse | None:
    """List webhooks

     Returns the calendar's webhook endpoints, one page at a time. Each entry includes the endpoint's
    signing secret in full, so treat the response as sensitive.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhooksResponse
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
) -> Response[ListWebhooksResponse]:
    """List webhooks

     Returns the calendar's webhook endpoints, one page at a time. Each entry includes the endpoint's
    signing secret in full, so treat the response as sensitive.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhooksResponse]
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
) -> ListWebhooksResponse | None:
    """List webhooks

     Returns the calendar's webhook endpoints, one page at a time. Each entry includes the endpoint's
    signing secret in full, so treat the response as sensitive.

    Args:
        pagination_cursor (str | Unset):
        pagination_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhooksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            pagination_cursor=pagination_cursor,
            pagination_limit=pagination_limit,
        )
    ).parsed
