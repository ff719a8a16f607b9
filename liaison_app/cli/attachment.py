"""`liaison attachment save`: download if needed, verify, write the files, audit the export."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from liaison_app.cli.common import add_profile_args, justification_of, open_profile
from liaison_app.cli.main import UserFacingError

if TYPE_CHECKING:
    from liaison_app.services.session import Session


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser("attachment", help="save a message's attachments (an audited export)")
    verbs = top.add_subparsers(dest="verb", metavar="VERB", required=True)
    save = verbs.add_parser(
        "save", help="download if needed, verify, write the plaintext file(s), audit the "
        "export with its justification")
    add_profile_args(save)
    save.add_argument("--message", required=True, metavar="ID")
    which = save.add_mutually_exclusive_group(required=True)
    which.add_argument("--attachment", metavar="ID", help="one attachment (see inbox --json)")
    which.add_argument("--all", action="store_true", help="every attachment of the message")
    save.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    save.add_argument("--justification", required=True, metavar="TEXT",
                      help="why the files leave Liaison (recorded in the audit log)")
    save.set_defaults(handler=run_save)


def run_save(args: argparse.Namespace) -> int:
    from liaison_app.services.attachment_files import (
        list_attachments,
        request_download,
        save_attachment,
        unique_target,
    )
    from liaison_app.services.compose import message_or_fail

    out = Path(args.out).expanduser()
    if not out.is_dir():
        raise UserFacingError(f"--out {out} is not a folder")
    why = justification_of(args)  # required: the files leave Liaison (an audited export)
    assert why is not None
    with open_profile(args) as session:
        message_or_fail(session, args.message)
        chosen = [a for a in list_attachments(session, args.message)
                  if args.all or a.id == args.attachment]
        if not chosen:
            raise UserFacingError(f"message {args.message} has no attachment "
                                  f"{args.attachment}" if args.attachment else
                                  f"message {args.message} has no attachments")
        if any(a.state != "available" for a in chosen):
            request_download(session, args.message,
                             None if args.all else args.attachment)
            _download(session, args.message, {a.id for a in chosen})
            chosen = [a for a in list_attachments(session, args.message)
                      if a.id in {c.id for c in chosen}]
        refused = [a for a in chosen if a.state != "available"]
        if refused:
            first = refused[0]
            raise UserFacingError(f"{first.name} was not saved: {first.failure or first.state}")
        for item in chosen:
            written = save_attachment(session, args.message, item.id,
                                      unique_target(out, item.name), why)
            print(written)
    return 0


def _download(session: Session, message_id: str, ids: set[str]) -> None:
    """Fetch the chosen attachments now (resuming any partial download)."""
    from liaison_app.services.sync_runner import build_sync
    from liaison_app.store import attachments
    from liaison_app.sync.blob_transfer import BlobTransfer

    runner = build_sync(session)
    try:
        spool = runner.engine.spool
        assert spool is not None
        transfer = BlobTransfer(session.db, runner.client, spool,
                                actor=session.identity.officer_id, sign=session.keys.sign)
        for row in attachments.of_message(session.db, message_id):
            if row.ref.id in ids and row.direction == "incoming" and \
                    row.state.value != "available":
                transfer.download(row)
    finally:
        runner.close()
