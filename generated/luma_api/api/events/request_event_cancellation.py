from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.request_event_cancellation_request import RequestEventCancellationRequest
from ...models.request_event_cancellation_response import RequestEventCancellationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RequestEventCancellationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/cancel/request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RequestEventCancellationResponse | None:
    if response.status_code == 200:
        response_200 = RequestEventCancellationResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RequestEventCancellationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestEventCancellationRequest,
) -> Response[RequestEventCancellationResponse]:
    """Request a cancellation token

     First step of cancelling an event: returns a short-lived token (valid for 15 minutes) together with
    how many guests would be affected and whether any of them paid, so the caller can decide about
    refunds before confirming with the cancel operation. Nothing is changed yet.

    Args:
        body (RequestEventCancellationRequest): The event to start cancelling.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RequestEventCancellationResponse]
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
    body: RequestEventCancellationRequest,
) -> RequestEventCancellationResponse | None:
    """Request a cancellation token

     First step of cancelling an event: returns a short-lived token (valid for 15 minutes) together with
    how many guests would be affected and whether any of them paid, so the caller can decide about
    refunds before confirming with the cancel operation. Nothing is changed yet.

    Args:
        body (RequestEventCancellationRequest): The event to start cancelling.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RequestEventCancellationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequestEventCancellationRequest,
) -> Response[RequestEventCancellationResponse]:
    """Request a cancellation token

     First step of cancelling an event: returns a short-lived token (valid for 15 minutes) together with
    how many guests would be affected and whether any of them paid, so the caller can decide about
    refunds before confirming with the cancel operation. Nothing is changed yet.

    Args:
        body (RequestEventCancellationRequest): The event to start cancelling.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RequestEventCancellationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RequestEventCancellationRequest,
) -> RequestEventCancellationResponse | None:
    """Request a cancellation token

     First step of cancelling an event: returns a short-lived token (valid for 15 minutes) together with
    how many guests would be affected and whether any of them paid, so the caller can decide about
    refunds before confirming with the cancel operation. Nothing is changed yet.

    Args:
        body (RequestEventCancellationRequest): The event to start cancelling.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RequestEventCancellationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
