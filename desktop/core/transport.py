"""How a workstation's connection to the database server travels: which libpq sslmodes encrypt, and
which hosts are this same machine (where TLS adds nothing). Pure rules: the site configuration, the
connection service and the engine share them."""

from __future__ import annotations

# libpq's modes that encrypt and check who the server is; "require" encrypts but trusts any certificate.
VERIFYING_SSLMODES = ("verify-ca", "verify-full")
ENCRYPTING_SSLMODES = ("require", *VERIFYING_SSLMODES)


def is_local_host(host: str) -> bool:
    """The same machine: loopback or a Unix socket folder (traffic never leaves it, TLS adds nothing)."""
    name = host.strip().lower()
    return name in ("", "localhost", "::1") or name.startswith(("127.", "/"))
