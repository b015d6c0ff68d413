-- Every revision of a summary, and an audit log of who changed which group, key or summary; still counts only.

-- Each revision a group stored (the current one too): uploads that replace one another never
-- lose the replaced counts. Rows are only ever inserted.
CREATE TABLE summary_revisions (
  group_id TEXT NOT NULL,
  form TEXT NOT NULL,
  period TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  content TEXT NOT NULL,
  content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
  -- The key that uploaded it; NULL for revisions stored before this migration.
  key_id TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (group_id, form, period, revision),
  FOREIGN KEY (group_id, form, period) REFERENCES summaries (group_id, form, period) ON DELETE CASCADE
);

-- The summaries stored so far become their own first known revision.
INSERT INTO summary_revisions (group_id, form, period, revision, content, content_sha256, created_at)
SELECT group_id, form, period, revision, content, content_sha256, updated_at FROM summaries;

-- Who (the admin, or a group through one of its keys) did what to which group, key or summary,
-- and when. Never any content: a summary is named by form, period and revision only. No foreign
-- keys, so the trail outlives what it mentions.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor IN ('admin', 'group')),
  -- The acting group and key when actor = 'group'.
  actor_group_id TEXT,
  actor_key_id TEXT,
  action TEXT NOT NULL CHECK (
    action IN ('group.create', 'key.issue', 'key.revoke', 'summary.revise', 'summary.unchanged')
  ),
  -- What was acted on: the group, and the key or the summary (form, period, revision).
  group_id TEXT NOT NULL,
  key_id TEXT,
  form TEXT,
  period TEXT,
  revision INTEGER,
  CHECK ((actor = 'group') = (actor_group_id IS NOT NULL AND actor_key_id IS NOT NULL))
);
CREATE INDEX audit_log_group ON audit_log (group_id, id);
