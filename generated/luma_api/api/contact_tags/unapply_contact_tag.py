from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unapply_contact_tag_request import UnapplyContactTagRequest
from ...models.unapply_contact_tag_response import UnapplyContactTagResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UnapplyContactTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/contact-tags/unapply",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnapplyContactTagResponse | None:
    if response.status_code == 200:
        response_200 = UnapplyContactTagResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UnapplyContactTagResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnapplyContactTagRequest,
) -> Response[UnapplyContactTagResponse]:
    """Untag contacts

     Takes a tag off contacts, selected by user id and/or email address. People who are not contacts of
    the calendar are counted as skipped. The tag can be given by id or by name.

    Args:
        body (UnapplyContactTagRequest): A tag and the contacts to remove it from, selected by
            user id and/or email address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnapplyContactTagResponse]
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
    body: UnapplyContactTagRequest,
) -> UnapplyContactTagResponse | None:
    """Untag contacts

     Takes a tag off contacts, selected by user id and/or email address. People who are not contacts of
    the calendar are counted as skipped. The tag can be given by id or by name.

    Args:
        body (UnapplyContactTagRequest): A tag and the contacts to remove it from, selected by
            user id and/or email address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnapplyContactTagResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnapplyContactTagRequest,
) -> Response[UnapplyContactTagResponse]:
    """Untag contacts

     Takes a tag off contacts, selected by user id and/or email address. People who are not contacts of
    the calendar are counted as skipped. The tag can be given by id or by name.

    Args:
        body (UnapplyContactTagRequest): A tag and the contacts to remove it from, selected by
            user id and/or email address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnapplyContactTagResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UnapplyContactTagRequest,
) -> UnapplyContactTagResponse | None:
    """Untag contacts

     Takes a tag off contacts, selected by user id and/or email address. People who are not contacts of
    the calendar are counted as skipped. The tag can be given by id or by name.

    Args:
        body (UnapplyContactTagRequest): A tag and the contacts to remove it from, selected by
            user id and/or email address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnapplyContactTagResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
