"""Child process for the crash test: composes messages in a loop until it is killed.

Usage: crash_child.py DB_PATH RAW_KEY_HEX SIGNING_SEED_HEX TAG

Each iteration writes a message, its outbox row and its audit entry in one
transaction, then prints the message id (after COMMIT) and flushes, so the
parent knows exactly which messages were committed.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from nacl.signing import SigningKey

from liaison_app.store import audit, messages, outbox
from liaison_app.store.database import Database
from liaison_app.store.messages import NewMessage


def main() -> None:
    path, key_hex, seed_hex, tag = sys.argv[1:5]
    signing_key = SigningKey(bytes.fromhex(seed_hex))

    def sign(data: bytes) -> bytes:
        return bytes(signing_key.sign(data).signature)

    db = Database.open(Path(path), bytes.fromhex(key_hex))
    print("ready", flush=True)
    n = 0
    while True:
        message_id = f"{tag}-{n:05d}"
        now = datetime.now(UTC)
        msg = NewMessage(
            message_id=message_id, type="request", sender_officer="gb-1",
            sender_agency="gb-nca", sender_device="dev-a", recipients=[{"agency": "rs-mup"}],
            priority="routine", handling={"code": "P"}, grading={"scheme": "uk"},
            created_at=now, body=f"crash test message {n} " + "padding " * (n % 50),
            subjects=[{"kind": "person", "surname": f"Test{n}"}],
        )
        with db.transaction() as tx:
            messages.insert_outgoing(tx, msg, now=now)
            outbox.enqueue(tx, message_id, b"sealed-envelope-" + message_id.encode(), now=now)
            audit.append(tx, audit.AuditKind.CREATE, "gb-1", f"message:{message_id}",
                         {"type": "request"}, sign, now=now)
        sys.stdout.write(message_id + "\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()
