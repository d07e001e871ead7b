from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.create_calendar_coupon_request import CreateCalendarCouponRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCalendarCouponRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendars/coupons/create",
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
    body: CreateCalendarCouponRequest,
) -> Response[Coupon]:
    """Create a calendar coupon

     Creates a discount code that guests can use on any event of the calendar: either a percentage or a
    fixed amount in a given currency off the ticket price. The discount cannot be changed later, and the
    same code should not also be created on one of the calendar's events. Returns the new coupon; the
    legacy route wraps it as `{"coupon": ...}`.

    Args:
        body (CreateCalendarCouponRequest): Body of `create_calendar_coupon`.

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
    body: CreateCalendarCouponRequest,
) -> Coupon | None:
    """Create a calendar coupon

     Creates a discount code that guests can use on any event of the calendar: either a percentage or a
    fixed amount in a given currency off the ticket price. The discount cannot be changed later, and the
    same code should not also be created on one of the calendar's events. Returns the new coupon; the
    legacy route wraps it as `{"coupon": ...}`.

    Args:
        body (CreateCalendarCouponRequest): Body of `create_calendar_coupon`.

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
    body: CreateCalendarCouponRequest,
) -> Response[Coupon]:
    """Create a calendar coupon

     Creates a discount code that guests can use on any event of the calendar: either a percentage or a
    fixed amount in a given currency off the ticket price. The discount cannot be changed later, and the
    same code should not also be created on one of the calendar's events. Returns the new coupon; the
    legacy route wraps it as `{"coupon": ...}`.

    Args:
        body (CreateCalendarCouponRequest): Body of `create_calendar_coupon`.

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
    body: CreateCalendarCouponRequest,
) -> Coupon | None:
    """Create a calendar coupon

     Creates a discount code that guests can use on any event of the calendar: either a percentage or a
    fixed amount in a given currency off the ticket price. The discount cannot be changed later, and the
    same code should not also be created on one of the calendar's events. Returns the new coupon; the
    legacy route wraps it as `{"coupon": ...}`.

    Args:
        body (CreateCalendarCouponRequest): Body of `create_calendar_coupon`.

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
