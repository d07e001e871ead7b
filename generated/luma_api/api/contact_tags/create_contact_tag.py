from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_contact_tag_request import CreateContactTagRequest
from ...models.create_contact_tag_response import CreateContactTagResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateContactTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/contact-tags/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateContactTagResponse | None:
    if response.status_code == 200:
        response_200 = CreateContactTagResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateContactTagResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactTagRequest,
) -> Response[CreateContactTagResponse]:
    """Create a contact tag

     Defines a new tag for the calendar's contacts and returns its id. The colour is optional. Older
    routes return the id as `tag_id` (plus a deprecated `tag_api_id`) or only as `tag_api_id`.

    Args:
        body (CreateContactTagRequest): The new contact tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateContactTagResponse]
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
    body: CreateContactTagRequest,
) -> CreateContactTagResponse | None:
    """Create a contact tag

     Defines a new tag for the calendar's contacts and returns its id. The colour is optional. Older
    routes return the id as `tag_id` (plus a deprecated `tag_api_id`) or only as `tag_api_id`.

    Args:
        body (CreateContactTagRequest): The new contact tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateContactTagResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactTagRequest,
) -> Response[CreateContactTagResponse]:
    """Create a contact tag

     Defines a new tag for the calendar's contacts and returns its id. The colour is optional. Older
    routes return the id as `tag_id` (plus a deprecated `tag_api_id`) or only as `tag_api_id`.

    Args:
        body (CreateContactTagRequest): The new contact tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateContactTagResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactTagRequest,
) -> CreateContactTagResponse | None:
    """Create a contact tag

     Defines a new tag for the calendar's contacts and returns its id. The colour is optional. Older
    routes return the id as `tag_id` (plus a deprecated `tag_api_id`) or only as `tag_api_id`.

    Args:
        body (CreateContactTagRequest): The new contact tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateContactTagResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
