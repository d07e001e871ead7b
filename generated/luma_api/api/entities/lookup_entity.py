from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lookup_entity_response import LookupEntityResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    slug: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["slug"] = slug

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/entities/lookup",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LookupEntityResponse | None:
    if response.status_code == 200:
        response_200 = LookupEntityResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LookupEntityResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    slug: str,
) -> Response[LookupEntityResponse]:
    """Resolve a slug to a calendar or event

     Finds out what a public Luma slug (the path part of a `luma.com/<slug>` address) points to: a
    calendar, an event, or nothing. The `type` of the returned entity says which of the two summaries is
    present; `entity` is null when the slug is unused, so this call also tells whether a slug is still
    free before creating an event with it. The route was called `/v1/entity/lookup` until mid-2026, and
    the earliest spec generations returned only `api_id` instead of `id` in the summaries.

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupEntityResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    slug: str,
) -> LookupEntityResponse | None:
    """Resolve a slug to a calendar or event

     Finds out what a public Luma slug (the path part of a `luma.com/<slug>` address) points to: a
    calendar, an event, or nothing. The `type` of the returned entity says which of the two summaries is
    present; `entity` is null when the slug is unused, so this call also tells whether a slug is still
    free before creating an event with it. The route was called `/v1/entity/lookup` until mid-2026, and
    the earliest spec generations returned only `api_id` instead of `id` in the summaries.

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupEntityResponse
    """

    return sync_detailed(
        client=client,
        slug=slug,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    slug: str,
) -> Response[LookupEntityResponse]:
    """Resolve a slug to a calendar or event

     Finds out what a public Luma slug (the path part of a `luma.com/<slug>` address) points to: a
    calendar, an event, or nothing. The `type` of the returned entity says which of the two summaries is
    present; `entity` is null when the slug is unused, so this call also tells whether a slug is still
    free before creating an event with it. The route was called `/v1/entity/lookup` until mid-2026, and
    the earliest spec generations returned only `api_id` instead of `id` in the summaries.

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupEntityResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    slug: str,
) -> LookupEntityResponse | None:
    """Resolve a slug to a calendar or event

     Finds out what a public Luma slug (the path part of a `luma.com/<slug>` address) points to: a
    calendar, an event, or nothing. The `type` of the returned entity says which of the two summaries is
    present; `entity` is null when the slug is unused, so this call also tells whether a slug is still
    free before creating an event with it. The route was called `/v1/entity/lookup` until mid-2026, and
    the earliest spec generations returned only `api_id` instead of `id` in the summaries.

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            slug=slug,
        )
    ).parsed
