from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_contact_tags_response import ListContactTagsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendars/contact-tags/list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListContactTagsResponse | None:
    if response.status_code == 200:
        response_200 = ListContactTagsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListContactTagsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListContactTagsResponse]:
    """List contact tags

     Returns all tags defined for the calendar's contacts in one response, without parameters or
    pagination. The oldest generations of the legacy `/v1/calendar/list-person-tags` route were
    paginated, sortable and returned `api_id` and `created_at` per tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListContactTagsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ListContactTagsResponse | None:
    """List contact tags

     Returns all tags defined for the calendar's contacts in one response, without parameters or
    pagination. The oldest generations of the legacy `/v1/calendar/list-person-tags` route were
    paginated, sortable and returned `api_id` and `created_at` per tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListContactTagsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListContactTagsResponse]:
    """List contact tags

     Returns all tags defined for the calendar's contacts in one response, without parameters or
    pagination. The oldest generations of the legacy `/v1/calendar/list-person-tags` route were
    paginated, sortable and returned `api_id` and `created_at` per tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListContactTagsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ListContactTagsResponse | None:
    """List contact tags

     Returns all tags defined for the calendar's contacts in one response, without parameters or
    pagination. The oldest generations of the legacy `/v1/calendar/list-person-tags` route were
    paginated, sortable and returned `api_id` and `created_at` per tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListContactTagsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
