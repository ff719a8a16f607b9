"""Managed configuration: IT's system policy, effective settings and the update check. No Qt."""
