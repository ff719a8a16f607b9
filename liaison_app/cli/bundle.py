"""`liaison bundle`: carry mail on removable media when there is no network.

    liaison bundle export --profile DIR --for AGENCY|OFFICER[,...] --out FILE
                          --justification TEXT [--legal-basis BASIS]
                          [--via AGENCY|OFFICER[,...]] [--days N] [--json] [--passphrase-stdin]
    liaison bundle import --profile DIR FILE [--reply-out FILE] [--json] [--passphrase-stdin]
    liaison bundle relay  --profile DIR FILE [--json] [--passphrase-stdin]

An export is a disclosure: `--justification` (and `--legal-basis`, by default
law-enforcement) is recorded with it and listed in `liaison transfers`; only a
bundle of acknowledgements alone goes without one. The summaries show counts and
parties, never a message's content (no consultation is recorded).
Progress goes to standard error; the summary (or `--json`) to standard output.
Each exits 0 on success and 1 with one plain line otherwise (nothing stored or
handed over when a bundle is refused).
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from liaison_app.cli.common import (
    LEGAL_BASES,
    add_justification_arg,
    add_profile_args,
    disclosure_reason,
    open_profile,
    print_json,
)
from liaison_app.cli.main import UserFacingError

if TYPE_CHECKING:
    from liaison_app.services.bundle_export import ExportResult
    from liaison_app.services.bundle_import import ImportResult
    from liaison_app.services.bundle_relay import RelayResult
    from liaison_app.services.bundles import Progress


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `bundle export|import|relay`."""
    top = sub.add_parser("bundle", help="carry sealed mail on removable media (no network)")
    verbs = top.add_subparsers(dest="verb", metavar="VERB", required=True)
    exp = verbs.add_parser("export", help="write what is queued for some recipients into a "
                           "sealed bundle file")
    add_profile_args(exp)
    exp.add_argument("--for", dest="for_names", required=True, metavar="AGENCY|OFFICER[,...]",
                     help="whom the bundle is for (agencies like RS-BP, officers like "
                     "rs-bp.horgos-desk)")
    exp.add_argument("--out", required=True, metavar="FILE", help="the bundle file to write")
    exp.add_argument("--via", metavar="AGENCY|OFFICER[,...]", default=None,
                     help="who may relay it from a connected device (default: your own "
                     "agency; '' for nobody)")
    exp.add_argument("--days", type=int, default=28, metavar="N",
                     help="days until the bundle expires (1-28, default 28)")
    add_justification_arg(exp, help_text=(
        "why the queued data is handed to a carrier for these recipients (recorded with the "
        "disclosure, listed in `liaison transfers`); required unless only acknowledgements "
        "go"))
    exp.add_argument("--legal-basis", choices=LEGAL_BASES, default=None,
                     help="the legal basis of the disclosure (default: law-enforcement)")
    exp.add_argument("--json", action="store_true", help="machine-readable output")
    exp.set_defaults(handler=run_export)
    imp = verbs.add_parser("import", help="verify a bundle and store what it carries for you")
    add_profile_args(imp)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--reply-out", metavar="FILE", default=None,
                     help="also write the acknowledgement bundle to carry back")
    imp.add_argument("--json", action="store_true", help="machine-readable output")
    imp.set_defaults(handler=run_import)
    rel = verbs.add_parser("relay", help="push a bundle's envelopes to the hub (connected "
                           "device)")
    add_profile_args(rel)
    rel.add_argument("file", metavar="FILE")
    rel.add_argument("--json", action="store_true", help="machine-readable output")
    rel.set_defaults(handler=run_relay)


_PHASES = {"seal": "sealing", "write": "writing", "check": "reading back", "read": "verifying",
           "store": "storing", "push": "relaying"}


def _progress() -> Progress:
    """Progress on standard error: each phase, then every tenth of the way."""
    shown: dict[str, int] = {}

    def show(phase: str, done: int, total: int) -> None:
        tenth = 10 if total <= 0 else min(10, done * 10 // total)
        if shown.get(phase, -1) >= tenth:
            return
        shown[phase] = tenth
        print(f"{_PHASES.get(phase, phase)} {tenth * 10}%", file=sys.stderr, flush=True)
    return show


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def _names(args: argparse.Namespace, attr: str) -> tuple[str, ...] | None:
    from liaison_app.services.bundles import parse_names

    value = getattr(args, attr)
    return None if value is None else parse_names(value, attr)


def run_export(args: argparse.Namespace) -> int:
    from liaison_app.services.bundle_export import REASON_NEEDED, export_bundle
    from liaison_app.services.bundles import BundleError

    for_names = _names(args, "for_names") or ()
    via = _names(args, "via")
    if not 1 <= args.days <= 28:
        raise UserFacingError("--days must be between 1 and 28")
    with open_profile(args) as session:
        # the same rules as every disclosure (issue 17); no case: no remembered reason
        reason = disclosure_reason(session, args, None, required=False,
                                   what="carrier bundle")
        try:
            result = export_bundle(session, for_names, Path(args.out), via_names=via,
                                   lifetime=timedelta(days=args.days), progress=_progress(),
                                   reason=reason)
        except BundleError as exc:
            if str(exc) == REASON_NEEDED:
                raise UserFacingError(f"{exc} Give --justification TEXT (and "
                                      "--legal-basis).") from exc
            raise
    if args.json:
        print_json(result.to_json())
    else:
        _print_export(result)
    return 0


def _print_export(result: ExportResult) -> None:
    p = result.plan
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(p.messages.items())) or "none"
    print(f"Bundle written: {result.path} ({_size(result.size)})")
    print(f"  for: {', '.join(p.recipients.names())} ({p.devices} device(s) can open it)"
          f"; carriers: {', '.join(p.carriers.names()) or 'none'}; bundle {result.seq} on "
          "this route")
    print(f"  carries: {p.message_count} message(s) ({kinds}), {p.attachments} attachment(s)"
          f" ({_size(p.attachment_bytes)}), {p.acks_owed} acknowledgement(s) owed")
    print(f"  expires: {p.expires_at:%Y-%m-%d %H:%M} UTC")
    print(f"  file digest (BLAKE2b-256, as `b2sum -l 256` prints it): "
          f"{result.file_digest.hex()}")
    if p.held:
        print(f"  not carried: {p.held} message(s) waiting for a partner's directory entry")
    if p.left_over:
        print(f"  not carried: {p.left_over} message(s) beyond one bundle: export again")
    for warning in p.warnings:
        print(f"  warning: {warning}")
    print("The messages are 'handed to carrier' and stay in the outbox until delivery is "
          "confirmed (by the hub or an acknowledgement bundle).")


def run_import(args: argparse.Namespace) -> int:
    """Import; exit 1 (after the summary) when the acknowledgement could not be written."""
    from liaison_app.services.bundle_import import import_bundle

    reply = None if args.reply_out is None else Path(args.reply_out)
    with open_profile(args) as session:
        result = import_bundle(session, Path(args.file), reply_out=reply,
                               progress=_progress())
    if args.json:
        print_json(result.to_json())
    else:
        _print_import(result)
    return 1 if result.reply_error is not None else 0


def _print_import(result: ImportResult) -> None:
    i = result.info
    print(f"Bundle from {i.from_officer} ({i.from_agency}), made {i.created_at:%Y-%m-%d %H:%M}"
          f" UTC, bundle {i.seq} on its route" + (" (imported before)" if i.imported_before
                                                  else ""))
    print(f"  stored {result.stored} new message(s); {result.duplicates} already here; "
          f"{result.quarantined} quarantined" + (f" ({', '.join(sorted(set(result.reasons)))})"
                                                 if result.reasons else "")
          + f"; {result.not_for_me} for others; {result.attachments} attachment(s)")
    if result.delivered or result.replied or result.acknowledged:
        print(f"  your messages: {result.delivered} delivered, {result.replied} replied, "
              f"{result.acknowledged} confirmed by the bundle's acknowledgements")
    if result.missing_before:
        print(f"  warning: {result.missing_before} earlier bundle(s) of this route have not "
              "arrived (lost, or still on their way)")
    if result.reply is not None:
        print(f"Acknowledgement bundle written: {result.reply.path} "
              f"({_size(result.reply.size)}); carry it back to {i.from_officer}")
    if result.reply_error is not None:
        print(f"The acknowledgement bundle was not written: {result.reply_error}")


def run_relay(args: argparse.Namespace) -> int:
    from liaison_app.services.bundle_relay import relay_bundle

    with open_profile(args) as session:
        result = relay_bundle(session, Path(args.file), progress=_progress())
    if args.json:
        print_json(result.to_json())
    else:
        _print_relay(result)
    return 1 if result.rejected else 0


def _print_relay(result: RelayResult) -> None:
    print(f"Relayed a bundle from {result.info.from_officer}: {result.accepted} envelope(s) "
          f"accepted by the hub, {result.duplicates} it had already, {result.blobs} "
          "attachment(s) uploaded")
    for env_id, reason in result.rejected:
        print(f"  refused by the hub: {env_id}: {reason}")
