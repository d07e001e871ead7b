from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.create_event_coupon_request import CreateEventCouponRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEventCouponRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/coupons/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Coupon | None:
    if response.status_code == 200:
        response_200 = Coupon.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Coupon]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventCouponRequest,
) -> Response[Coupon]:
    """Create an event coupon

     Creates a discount code for one event, either a percentage or a fixed amount off. Restricting the
    coupon to a ticket type with `event_ticket_type_id` limits it to that type; when the type is hidden,
    the code works as an unlock code that reveals it. The discount cannot be changed after creation
    (only usage count and validity window can), and a code should not also exist as a calendar coupon.
    Returns the new coupon; the legacy route wraps it as `{"coupon": ...}`.

    Args:
        body (CreateEventCouponRequest): Body of `create_event_coupon`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coupon]
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
    body: CreateEventCouponRequest,
) -> Coupon | None:
    """Create an event coupon

     Creates a discount code for one event, either a percentage or a fixed amount off. Restricting the
    coupon to a ticket type with `event_ticket_type_id` limits it to that type; when the type is hidden,
    the code works as an unlock code that reveals it. The discount cannot be changed after creation
    (only usage count and validity window can), and a code should not also exist as a calendar coupon.
    Returns the new coupon; the legacy route wraps it as `{"coupon": ...}`.

    Args:
        body (CreateEventCouponRequest): Body of `create_event_coupon`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coupon
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventCouponRequest,
) -> Response[Coupon]:
    """Create an event coupon

     Creates a discount code for one event, either a percentage or a fixed amount off. Restricting the
    coupon to a ticket type with `event_ticket_type_id` limits it to that type; when the type is hidden,
    the code works as an unlock code that reveals it. The discount cannot be changed after creation
    (only usage count and validity window can), and a code should not also exist as a calendar coupon.
    Returns the new coupon; the legacy route wraps it as `{"coupon": ...}`.

    Args:
        body (CreateEventCouponRequest): Body of `create_event_coupon`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coupon]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventCouponRequest,
) -> Coupon | None:
    """Create an event coupon

     Creates a discount code for one event, either a percentage or a fixed amount off. Restricting the
    coupon to a ticket type with `event_ticket_type_id` limits it to that type; when the type is hidden,
    the code works as an unlock code that reveals it. The discount cannot be changed after creation
    (only usage count and validity window can), and a code should not also exist as a calendar coupon.
    Returns the new coupon; the legacy route wraps it as `{"coupon": ...}`.

    Args:
        body (CreateEventCouponRequest): Body of `create_event_coupon`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coupon
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
