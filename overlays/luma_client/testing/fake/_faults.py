"""Scripted faults and latency: rules that change how the fake answers matching requests.

    fake.faults.add(operation="get_event", status=503, times=2)      # two 503s, then normal
    fake.faults.add(operation="list_event_guests", delay=1.5)         # answer after 1.5 s
    fake.faults.add(operation="create_event", reset=True, every=3)    # every 3rd connection cut
    fake.faults.add(malformed="truncated", probability=0.1, seed=7)   # 10 % cut-off bodies

A rule matches by operation id (None: every operation) and, optionally, by parameters: every
pair in ``params`` must equal the request's query parameter or JSON body field. Of the
matching requests it fires on every one, on every ``every``-th, or with ``probability``
(drawn from its own ``random.Random(seed)``, so runs repeat); ``times`` bounds how often it
fires, after which it is dropped. The first rule that fires decides; a request no rule fires
on is answered normally.

What a rule does, in this order: wait ``delay`` seconds; then either cut the connection
(``reset``: over HTTP the server closes it mid-answer, in-process the transport raises
``httpx.ReadError``), or answer ``status`` with ``body`` (default: the spec's ``Error``
shape) without touching the store, or answer normally and then spoil the body
(``malformed="truncated"``: the first half of the real answer; ``"invalid"``: an HTML page
served as JSON, as a proxy in trouble would). A delay alone just slows the real answer.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Fault", "FaultRule", "Faults"]

Malformed = Literal["truncated", "invalid"]
INVALID_BODY = b"<html><head><title>502 Bad Gateway</title></head><body>bad gateway</body></html>"


@dataclass(frozen=True, slots=True)
class Fault:
    """What to do to one request (the result of matching)."""

    rule_id: int
    delay: float = 0.0
    reset: bool = False
    status: int | None = None
    body: Any = None
    malformed: Malformed | None = None

    def describe(self) -> str:
        parts = [f"rule {self.rule_id}"]
        if self.delay:
            parts.append(f"delay {self.delay:g}s")
        if self.reset:
            parts.append("reset")
        if self.status is not None:
            parts.append(f"status {self.status}")
        if self.malformed:
            parts.append(f"{self.malformed} body")
        return ", ".join(parts)


@dataclass
class FaultRule:
    id: int
    operation: str | None = None
    params: dict[str, Any] | None = None
    status: int | None = None
    body: Any = None
    delay: float = 0.0
    reset: bool = False
    malformed: Malformed | None = None
    times: int | None = None
    every: int | None = None
    probability: float | None = None
    seed: int = 0
    fired: int = 0
    seen: int = 0
    _random: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        _check(self)
        self._random = random.Random(f"fault:{self.seed}")

    def matches(self, operation: str | None, params: Mapping[str, Any]) -> bool:
        if self.operation is not None and operation != self.operation:
            return False
        if self.params:
            for name, wanted in self.params.items():
                if name not in params or not _equal(params[name], wanted):
                    return False
        return True

    def fires(self) -> bool:
        self.seen += 1
        if self.every is not None and self.seen % self.every != 0:
            return False
        if self.probability is not None and self._random.random() >= self.probability:
            return False
        self.fired += 1
        return True

    @property
    def spent(self) -> bool:
        return self.times is not None and self.fired >= self.times

    def fault(self) -> Fault:
        return Fault(self.id, self.delay, self.reset, self.status, self.body, self.malformed)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "operation": self.operation,
            "params": self.params,
            "status": self.status,
            "body": self.body,
            "delay": self.delay,
            "reset": self.reset,
            "malformed": self.malformed,
            "times": self.times,
            "every": self.every,
            "probability": self.probability,
            "seed": self.seed,
            "fired": self.fired,
        }


def _equal(sent: Any, wanted: Any) -> bool:
    return sent == wanted or str(sent) == str(wanted)


def _check(rule: FaultRule) -> None:
    if rule.operation is not None and not isinstance(rule.operation, str):
        raise TypeError("operation must be an operation id such as 'get_event', or None")
    if rule.params is not None and not isinstance(rule.params, dict):
        raise TypeError("params must be a mapping of parameter names to values")
    if rule.status is not None and (
        isinstance(rule.status, bool)
        or not isinstance(rule.status, int)
        or not 100 <= rule.status <= 599
    ):
        raise ValueError(f"status must be an HTTP status between 100 and 599, got {rule.status!r}")
    if (
        isinstance(rule.delay, bool)
        or not isinstance(rule.delay, int | float)
        or not (0 <= rule.delay <= 600)
    ):
        raise ValueError(f"delay must be between 0 and 600 seconds, got {rule.delay!r}")
    if rule.malformed not in (None, "truncated", "invalid"):
        raise ValueError(f"malformed must be 'truncated' or 'invalid', got {rule.malformed!r}")
    for name in ("times", "every"):
        value = getattr(rule, name)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 1
        ):
            raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
    if rule.probability is not None and (
        isinstance(rule.probability, bool)
        or not isinstance(rule.probability, int | float)
        or not 0 < rule.probability <= 1
    ):
        raise ValueError(f"probability must be in (0, 1], got {rule.probability!r}")
    if not (rule.delay or rule.reset or rule.status is not None or rule.malformed):
        raise ValueError("a fault needs at least one of status, delay, reset or malformed")
    if rule.reset and (rule.status is not None or rule.malformed):
        raise ValueError("reset cuts the connection: it cannot also answer a status or body")


class Faults:
    """The fake's fault rules, in the order added."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._ids = itertools.count(1)

    def __len__(self) -> int:
        return len(self._rules)

    def __iter__(self) -> Iterator[FaultRule]:
        return iter(list(self._rules))

    def __repr__(self) -> str:
        return f"Faults({len(self._rules)} rules)"

    def add(
        self,
        operation: str | None = None,
        *,
        status: int | None = None,
        body: Any = None,
        delay: float = 0.0,
        reset: bool = False,
        malformed: Malformed | None = None,
        times: int | None = None,
        every: int | None = None,
        probability: float | None = None,
        seed: int = 0,
        params: Mapping[str, Any] | None = None,
    ) -> FaultRule:
        """Add a rule (see the module's docstring); returns it, e.g. to ``remove`` it later."""
        rule = FaultRule(
            id=next(self._ids),
            operation=operation,
            params=dict(params) if params is not None else None,
            status=status,
            body=body,
            delay=delay,
            reset=reset,
            malformed=malformed,
            times=times,
            every=every,
            probability=probability,
            seed=seed,
        )
        self._rules.append(rule)
        return rule

    def remove(self, rule: FaultRule | int) -> None:
        rule_id = rule if isinstance(rule, int) else rule.id
        self._rules = [r for r in self._rules if r.id != rule_id]

    def clear(self) -> None:
        self._rules.clear()

    def pick(self, operation: str | None, params: Mapping[str, Any]) -> Fault | None:
        """The fault for one request, if a rule fires on it (counting it against the rule)."""
        for rule in self._rules:
            if rule.matches(operation, params) and rule.fires():
                if rule.spent:
                    self._rules.remove(rule)
                return rule.fault()
        return None

    def to_json(self) -> list[dict[str, Any]]:
        return [rule.to_json() for rule in self._rules]
