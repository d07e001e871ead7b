from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_image_upload_url_request import CreateImageUploadUrlRequest
from ...models.create_image_upload_url_response import CreateImageUploadUrlResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateImageUploadUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/images/create-upload-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateImageUploadUrlResponse | None:
    if response.status_code == 200:
        response_200 = CreateImageUploadUrlResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateImageUploadUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageUploadUrlRequest,
) -> Response[CreateImageUploadUrlResponse]:
    """Get a pre-signed image upload URL

     Starts an image upload to Luma's CDN. The response holds a pre-signed `upload_url`: send the image
    bytes to it with an HTTP `PUT` (without the Luma API key, the URL carries its own authorisation).
    Afterwards the image is served from `file_url`, which can be passed as an event's `cover_url` or a
    calendar's `avatar_url`; both fields only accept images hosted on `images.lumacdn.com`. Older spec
    generations also required `purpose: event-cover` in the body.

    Args:
        body (CreateImageUploadUrlRequest): Options for a new image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateImageUploadUrlResponse]
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
    body: CreateImageUploadUrlRequest,
) -> CreateImageUploadUrlResponse | None:
    """Get a pre-signed image upload URL

     Starts an image upload to Luma's CDN. The response holds a pre-signed `upload_url`: send the image
    bytes to it with an HTTP `PUT` (without the Luma API key, the URL carries its own authorisation).
    Afterwards the image is served from `file_url`, which can be passed as an event's `cover_url` or a
    calendar's `avatar_url`; both fields only accept images hosted on `images.lumacdn.com`. Older spec
    generations also required `purpose: event-cover` in the body.

    Args:
        body (CreateImageUploadUrlRequest): Options for a new image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateImageUploadUrlResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageUploadUrlRequest,
) -> Response[CreateImageUploadUrlResponse]:
    """Get a pre-signed image upload URL

     Starts an image upload to Luma's CDN. The response holds a pre-signed `upload_url`: send the image
    bytes to it with an HTTP `PUT` (without the Luma API key, the URL carries its own authorisation).
    Afterwards the image is served from `file_url`, which can be passed as an event's `cover_url` or a
    calendar's `avatar_url`; both fields only accept images hosted on `images.lumacdn.com`. Older spec
    generations also required `purpose: event-cover` in the body.

    Args:
        body (CreateImageUploadUrlRequest): Options for a new image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateImageUploadUrlResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImageUploadUrlRequest,
) -> CreateImageUploadUrlResponse | None:
    """Get a pre-signed image upload URL

     Starts an image upload to Luma's CDN. The response holds a pre-signed `upload_url`: send the image
    bytes to it with an HTTP `PUT` (without the Luma API key, the URL carries its own authorisation).
    Afterwards the image is served from `file_url`, which can be passed as an event's `cover_url` or a
    calendar's `avatar_url`; both fields only accept images hosted on `images.lumacdn.com`. Older spec
    generations also required `purpose: event-cover` in the body.

    Args:
        body (CreateImageUploadUrlRequest): Options for a new image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateImageUploadUrlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
