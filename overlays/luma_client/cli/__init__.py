"""``luma``: the command line for organizers' recurring jobs (extra ``luma-client[cli]``).

Exports and mirrors of guest lists, an incremental ``guests sync`` against a state directory,
and bulk status changes and invitations that are dry runs until ``--yes``. Built on the
``Luma`` client, so it inherits its authentication, retries, rate limit and typed errors.
"""

from ._app import app, main

__all__ = ["app", "main"]
