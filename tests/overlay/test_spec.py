"""``luma_client.spec_path()`` points at the spec shipped inside the package."""

from __future__ import annotations

import luma_client
from tests.specdoc import SPEC_PATH


def test_spec_path_is_the_packaged_copy_of_the_curated_spec() -> None:
    shipped = luma_client.spec_path()
    assert shipped.name == "openapi.yaml"
    assert shipped.parent.name == "luma_api"
    assert shipped.read_bytes() == SPEC_PATH.read_bytes()
