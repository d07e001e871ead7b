"""Realistic, seeded data: events with questions, ticket types and guests with answers.

Everything comes from one random stream seeded with the fake's seed (and how many times
``populate`` ran since the last reset), so the same seed and the same calls give the same
data. Records are written through the same handler code the API uses, so they have the
same shape and derived fields as records created over HTTP.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING, Any

from ._clock import iso
from .handlers import HANDLERS, Call, Record
from .handlers.events import new_ticket_type
from .handlers.guests import new_guest, refresh_guest_counts

if TYPE_CHECKING:
    from . import FakeLuma

__all__ = ["populate"]

_FIRST = [
    "Ada",
    "Grace",
    "Alan",
    "Maya",
    "Priya",
    "Omar",
    "Lena",
    "Tomás",
    "Aiko",
    "Chen",
    "Fatima",
    "Noah",
    "Zoe",
    "Ravi",
    "Ines",
    "Kwame",
    "Sofia",
    "Lucas",
    "Mei",
    "Amara",
    "Jonas",
    "Elif",
    "Mateo",
    "Hana",
    "Diego",
    "Nia",
    "Felix",
    "Yara",
    "Arjun",
    "Clara",
    "Emeka",
    "Ingrid",
    "Luis",
    "Sana",
    "Pablo",
    "Greta",
    "Kenji",
    "Leila",
    "Hugo",
    "Olu",
]
_LAST = [
    "Lovelace",
    "Hopper",
    "Turing",
    "Chen",
    "Raman",
    "Haddad",
    "Novak",
    "García",
    "Tanaka",
    "Wei",
    "Khan",
    "Becker",
    "Okafor",
    "Silva",
    "Rossi",
    "Nguyen",
    "Müller",
    "Dubois",
    "Kowalski",
    "Andersen",
    "Yilmaz",
    "Costa",
    "Ito",
    "Mensah",
    "Fischer",
    "Patel",
    "Moreau",
    "Larsen",
    "Santos",
    "Kim",
    "Ortiz",
    "Schmidt",
    "Ali",
    "Nakamura",
    "Jensen",
    "Ferreira",
]
_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com")
_TOPICS = (
    "AI Builders",
    "Rust Meetup",
    "Design Systems",
    "Climate Tech",
    "Product Managers",
    "Indie Hackers",
    "Data Engineering",
    "Open Source Friday",
    "Founders Breakfast",
    "Web Performance",
)
_FORMATS = ("Demo Night", "Workshop", "Talks & Drinks", "Hack Night", "Panel", "Study Group")
_PLACES = (
    (
        "548 Market St, San Francisco, CA 94104, USA",
        "San Francisco",
        "California",
        "America/Los_Angeles",
    ),
    ("175 5th Ave, New York, NY 10010, USA", "New York", "New York", "America/New_York"),
    ("Rudi-Dutschke-Str. 26, 10969 Berlin, Germany", "Berlin", "Berlin", "Europe/Berlin"),
    ("1 Rue de Rivoli, 75001 Paris, France", "Paris", "Île-de-France", "Europe/Paris"),
    ("6-10-1 Roppongi, Minato City, Tokyo, Japan", "Tokyo", "Tokyo", "Asia/Tokyo"),
)
_STATUSES = (
    ("approved", 80),
    ("pending_approval", 7),
    ("waitlist", 5),
    ("declined", 3),
    ("invited", 5),
)
_COMPANIES = ("Acme Robotics", "Globex", "Initech", "Umbrella Labs", "Hooli", "Stark Industries")
_ROLES = ("Engineer", "Designer", "Founder", "Product Manager", "Researcher", "Student")
_SIZES = ("XS", "S", "M", "L", "XL")
_REASONS = (
    "Meeting people working on the same problems.",
    "I want to learn from the talks.",
    "A friend recommended it.",
    "Looking for collaborators.",
    "",
)


def _rng(fake: FakeLuma) -> random.Random:
    extra = fake.state.extra
    rng = extra.get("populate_rng")
    if not isinstance(rng, random.Random):
        rng = random.Random(f"populate:{fake.seed}")
        extra["populate_rng"] = rng
    return rng


def _call(fake: FakeLuma, operation: str, params: dict[str, Any]) -> Call:
    state = fake.state
    grant = state.keys[fake.api_key]
    return Call(operation, params, grant.calendar_id, state, fake.clock(), grant.organization_id)


def populate(fake: FakeLuma, *, events: int, guests_per_event: int) -> list[str]:
    """Add ``events`` events with ``guests_per_event`` guests each; returns their ids."""
    if events < 0 or guests_per_event < 0:
        raise ValueError("events and guests_per_event must not be negative")
    rng = _rng(fake)
    created: list[str] = []
    for _ in range(events):
        created.append(_one_event(fake, rng, guests_per_event))
    return created


def _one_event(fake: FakeLuma, rng: random.Random, guests: int) -> str:
    address, city, region, zone = rng.choice(_PLACES)
    base = fake.clock()
    start = (base + dt.timedelta(days=rng.randint(-60, 90))).replace(
        hour=rng.choice((9, 12, 17, 18, 19)), minute=rng.choice((0, 30)), second=0, microsecond=0
    )
    questions: list[Record] = [
        {
            "id": _qid(rng),
            "label": "Company",
            "required": True,
            "question_type": "company",
            "collect_job_title": True,
            "job_title_label": "Role",
        },
        {
            "id": _qid(rng),
            "label": "What brings you here?",
            "required": False,
            "question_type": "long-text",
        },
        {
            "id": _qid(rng),
            "label": "T-shirt size",
            "required": False,
            "question_type": "dropdown",
            "options": list(_SIZES),
        },
        {
            "id": _qid(rng),
            "label": "I agree to be photographed",
            "required": True,
            "question_type": "agree-check",
        },
    ]
    online = rng.random() < 0.25
    body: dict[str, Any] = {
        "name": f"{rng.choice(_TOPICS)}: {rng.choice(_FORMATS)}",
        "start_at": iso(start),
        "end_at": iso(start + dt.timedelta(hours=rng.choice((1, 2, 3)))),
        "timezone": zone,
        "description_md": "Talks, demos and time to meet.\n\n**Doors open** 30 minutes early.",
        "registration_questions": questions,
        "max_capacity": rng.choice((None, guests + 50, guests * 2 + 10)),
    }
    if online:
        body["meeting_url"] = f"https://us06web.zoom.us/j/{rng.randrange(10**10, 10**11)}"
    else:
        body["geo_address_json"] = {"type": "manual", "address": address}
    call = _call(fake, "create_event", body)
    event_id = str(HANDLERS["create_event"](call)["id"])  # type: ignore[index]
    event = call.table("events")[event_id]
    if not online:
        event["geo_address_json"].update(city=city, region=region, city_state=f"{city}, {region}")
    paid = rng.random() < 0.4
    types = [t for t in call.table("ticket_types").values() if t["event_id"] == event_id]
    if paid:
        cents = rng.choice((1000, 1500, 2500, 4000))
        general = new_ticket_type(
            call, event_id, name="General Admission", type="paid", cents=cents, currency="usd"
        )
        vip = new_ticket_type(
            call,
            event_id,
            name="VIP",
            type="paid",
            cents=cents * 3,
            currency="usd",
            max_capacity=max(guests // 10, 1),
        )
        for ticket_type in (general, vip):
            call.table("ticket_types")[ticket_type["id"]] = ticket_type
        types = [general, vip]
        event["display_price"] = {"amount": cents, "currency": "usd", "is_flexible": False}
    past = start < call.now
    for _ in range(guests):
        _one_guest(call, rng, event, questions, types, past)
    refresh_guest_counts(call, event)
    return event_id


def _qid(rng: random.Random) -> str:
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=8))


def _one_guest(
    call: Call,
    rng: random.Random,
    event: Record,
    questions: list[Record],
    types: list[Record],
    past: bool,
) -> None:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    email = f"{first}.{last}.{rng.randrange(10**5)}@{rng.choice(_DOMAINS)}".lower()
    status = rng.choices([s for s, _ in _STATUSES], [w for _, w in _STATUSES])[0]
    ticket_type = types[0] if rng.random() < 0.9 else types[-1]
    tickets: list[Record] = []
    orders: list[Record] = []
    if status != "invited":
        amount = int(ticket_type.get("cents") or 0)
        checked_in = past and status == "approved" and rng.random() < 0.7
        tickets.append(
            {
                "id": call.new_id("tkt"),
                "amount": amount,
                "amount_discount": 0,
                "amount_tax": 0,
                "currency": ticket_type.get("currency"),
                "checked_in_at": event["start_at"] if checked_in else None,
                "event_ticket_type_id": ticket_type["id"],
                "is_captured": status == "approved",
                "name": ticket_type["name"],
            }
        )
        if amount:
            orders.append(
                {
                    "id": call.new_id("ord")[4:],
                    "amount": amount,
                    "amount_discount": 0,
                    "amount_tax": 0,
                    "currency": ticket_type.get("currency"),
                    "coupon_info": None,
                    "is_captured": status == "approved",
                }
            )
    answers = None
    if status != "invited":
        answers = [
            {
                "label": questions[0]["label"],
                "question_id": questions[0]["id"],
                "question_type": "company",
                "value": {"company": rng.choice(_COMPANIES), "job_title": rng.choice(_ROLES)},
                "answer_company": None,
                "answer_job_title": None,
            },
            {
                "label": questions[1]["label"],
                "question_id": questions[1]["id"],
                "question_type": "long-text",
                "value": rng.choice(_REASONS),
            },
            {
                "label": questions[2]["label"],
                "question_id": questions[2]["id"],
                "question_type": "dropdown",
                "value": rng.choice(_SIZES),
            },
            {
                "label": questions[3]["label"],
                "question_id": questions[3]["id"],
                "question_type": "agree-check",
                "value": True,
            },
        ]
        answers[0]["answer_company"] = answers[0]["value"]["company"]
        answers[0]["answer_job_title"] = answers[0]["value"]["job_title"]
    new_guest(
        call,
        event,
        email,
        f"{first} {last}",
        status=status,
        tickets=tickets,
        answers=answers,
        extra={
            "event_ticket_orders": orders,
            "phone_number": f"+1555{rng.randrange(10**7):07d}" if rng.random() < 0.3 else None,
            "utm_source": rng.choice((None, None, "newsletter", "twitter", "linkedin")),
        },
    )
