from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apply_contact_tag_request import ApplyContactTagRequest
from ...models.apply_contact_tag_response import ApplyContactTagResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ApplyContactTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/contact-tags/apply",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplyContactTagResponse | None:
    if response.status_code == 200:
        response_200 = ApplyContactTagResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplyContactTagResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyContactTagRequest,
) -> Response[ApplyContactTagResponse]:
    """Tag contacts

     Adds a tag to existing contacts, selected by user id and/or email address. It never creates
    contacts: people who are not contacts of the calendar are counted as skipped. The tag can be given
    by id or by name. Early generations of the legacy route called the user list `user_api_ids`.

    Args:
        body (ApplyContactTagRequest): A tag and the contacts to tag, selected by user id and/or
            email address. Only existing contacts are tagged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyContactTagResponse]
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
    body: ApplyContactTagRequest,
) -> ApplyContactTagResponse | None:
    """Tag contacts

     Adds a tag to existing contacts, selected by user id and/or email address. It never creates
    contacts: people who are not contacts of the calendar are counted as skipped. The tag can be given
    by id or by name. Early generations of the legacy route called the user list `user_api_ids`.

    Args:
        body (ApplyContactTagRequest): A tag and the contacts to tag, selected by user id and/or
            email address. Only existing contacts are tagged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyContactTagResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyContactTagRequest,
) -> Response[ApplyContactTagResponse]:
    """Tag contacts

     Adds a tag to existing contacts, selected by user id and/or email address. It never creates
    contacts: people who are not contacts of the calendar are counted as skipped. The tag can be given
    by id or by name. Early generations of the legacy route called the user list `user_api_ids`.

    Args:
        body (ApplyContactTagRequest): A tag and the contacts to tag, selected by user id and/or
            email address. Only existing contacts are tagged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyContactTagResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyContactTagRequest,
) -> ApplyContactTagResponse | None:
    """Tag contacts

     Adds a tag to existing contacts, selected by user id and/or email address. It never creates
    contacts: people who are not contacts of the calendar are counted as skipped. The tag can be given
    by id or by name. Early generations of the legacy route called the user list `user_api_ids`.

    Args:
        body (ApplyContactTagRequest): A tag and the contacts to tag, selected by user id and/or
            email address. Only existing contacts are tagged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyContactTagResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
