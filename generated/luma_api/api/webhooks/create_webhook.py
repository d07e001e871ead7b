from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_request import CreateWebhookRequest
from ...models.webhook import Webhook
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/webhooks/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Webhook | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> Response[Webhook]:
    """Create a webhook

     Registers a new endpoint that Luma will POST notifications to for the chosen event types (`*`
    subscribes to all of them). Luma pings the URL while creating the webhook; if that verification
    request does not succeed, creation fails with 400. The response contains the new webhook, including
    its secret. The older `/v1/webhooks/create` route wraps the result as `{"webhook": {...}}`.

    Args:
        body (CreateWebhookRequest): The endpoint to register and the notifications it should
            receive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook]
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
    body: CreateWebhookRequest,
) -> Webhook | None:
    """Create a webhook

     Registers a new endpoint that Luma will POST notifications to for the chosen event types (`*`
    subscribes to all of them). Luma pings the URL while creating the webhook; if that verification
    request does not succeed, creation fails with 400. The response contains the new webhook, including
    its secret. The older `/v1/webhooks/create` route wraps the result as `{"webhook": {...}}`.

    Args:
        body (CreateWebhookRequest): The endpoint to register and the notifications it should
            receive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> Response[Webhook]:
    """Create a webhook

     Registers a new endpoint that Luma will POST notifications to for the chosen event types (`*`
    subscribes to all of them). Luma pings the URL while creating the webhook; if that verification
    request does not succeed, creation fails with 400. The response contains the new webhook, including
    its secret. The older `/v1/webhooks/create` route wraps the result as `{"webhook": {...}}`.

    Args:
        body (CreateWebhookRequest): The endpoint to register and the notifications it should
            receive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> Webhook | None:
    """Create a webhook

     Registers a new endpoint that Luma will POST notifications to for the chosen event types (`*`
    subscribes to all of them). Luma pings the URL while creating the webhook; if that verification
    request does not succeed, creation fails with 400. The response contains the new webhook, including
    its secret. The older `/v1/webhooks/create` route wraps the result as `{"webhook": {...}}`.

    Args:
        body (CreateWebhookRequest): The endpoint to register and the notifications it should
            receive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
