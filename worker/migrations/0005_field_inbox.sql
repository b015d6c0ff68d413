-- Field entry (phones): the group's public key, member entry tokens (hashes only), and the sealed inbox.

-- The X25519 public key phones seal records to (base64 of 32 bytes). The private key stays in the sheet.
CREATE TABLE field_keys (
  group_id TEXT PRIMARY KEY NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  public_key TEXT NOT NULL CHECK (length(public_key) = 44),
  updated_at TEXT NOT NULL
);

-- A member's entry token: only its SHA-256 is kept, and no name (the sheet knows who the id is).
CREATE TABLE member_tokens (
  id TEXT PRIMARY KEY NOT NULL,
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX member_tokens_group ON member_tokens (group_id);

-- One sealed record per (group, record id). `box` is the ciphertext until the sheet takes it; then
-- only the state stays, until `expires_at`. Form, village and the phone's time are the only clear data.
CREATE TABLE inbox_items (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  form TEXT NOT NULL,
  village TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  box TEXT,
  size INTEGER NOT NULL CHECK (size >= 0),
  state TEXT NOT NULL CHECK (state IN ('sent', 'taken', 'rejected', 'expired')),
  PRIMARY KEY (group_id, id),
  CHECK ((state = 'sent') = (box IS NOT NULL))
);
CREATE INDEX inbox_items_expiry ON inbox_items (expires_at);
CREATE INDEX inbox_items_member ON inbox_items (member_id);
