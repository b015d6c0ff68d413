-- Groups, their keys (hashes only) and their count-only summaries; nothing about a person is stored.

-- One community group (Kelompok Konstituen / POKJA) and the villages it works in.
CREATE TABLE groups (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- JSON array of Kemendagri village codes ("73.09.03.2004"); roll-ups by area read it with json_each.
  villages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(villages) AND json_type(villages) = 'array'),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A group may hold several keys so one can be rotated without locking the group out.
-- Only the SHA-256 (hex) of a key is stored; a revoked key keeps its row for the audit trail.
CREATE TABLE group_keys (
  id TEXT PRIMARY KEY NOT NULL,
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  key_hash TEXT NOT NULL UNIQUE CHECK (length(key_hash) = 64),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  revoked_at TEXT
);
CREATE INDEX group_keys_group ON group_keys (group_id);

-- The latest summary of one group for one form and period (docs/architecture.md).
-- content is the canonical JSON, so equal content means equal content_sha256.
CREATE TABLE summaries (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  form TEXT NOT NULL,
  period TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  -- Random id of the current revision: lets one UPSERT ... RETURNING tell its caller whether it wrote it.
  revision_id TEXT NOT NULL,
  content TEXT NOT NULL,
  content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (group_id, form, period)
);
-- Roll-ups read one period (and form) across every group.
CREATE INDEX summaries_period_form ON summaries (period, form);
