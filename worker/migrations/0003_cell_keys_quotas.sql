-- Summaries with cell keys (format 2), per-group upload quotas, the area floor of each form, and an audit log that also records exact roll-up reads.

-- New revisions a group stored on one day (UTC): the daily upload quota. Unchanged uploads write
-- nothing and are not counted. Rows older than a few days are deleted by later uploads.
CREATE TABLE group_daily_revisions (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  day TEXT NOT NULL CHECK (length(day) = 10),
  revisions INTEGER NOT NULL CHECK (revisions >= 0),
  PRIMARY KEY (group_id, day)
);

-- The lowest area level at which a form's counts are served to anyone outside the group. Forms
-- not listed use the worker's default (cases: district, everything else: village).
CREATE TABLE form_floors (
  form TEXT PRIMARY KEY NOT NULL,
  floor TEXT NOT NULL CHECK (floor IN ('village', 'district', 'regency')),
  updated_at TEXT NOT NULL
);

-- The audit log, rebuilt for two more actions: an admin's exact roll-up read (about an area, so
-- group_id may be empty and region says which) and a change of a form's floor.
CREATE TABLE audit_log_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor IN ('admin', 'group')),
  actor_group_id TEXT,
  actor_key_id TEXT,
  action TEXT NOT NULL CHECK (
    action IN ('group.create', 'key.issue', 'key.revoke', 'summary.revise', 'summary.unchanged',
               'rollup.exact', 'form.floor')
  ),
  group_id TEXT,
  key_id TEXT,
  form TEXT,
  period TEXT,
  revision INTEGER,
  region TEXT,
  CHECK ((actor = 'group') = (actor_group_id IS NOT NULL AND actor_key_id IS NOT NULL))
);
INSERT INTO audit_log_v3
  (id, at, actor, actor_group_id, actor_key_id, action, group_id, key_id, form, period, revision)
SELECT id, at, actor, actor_group_id, actor_key_id, action, group_id, key_id, form, period, revision
FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_v3 RENAME TO audit_log;
CREATE INDEX audit_log_group ON audit_log (group_id, id);

-- Keep only the last ten revisions of every summary (older ones were kept without limit).
DELETE FROM summary_revisions
WHERE revision <= (
  SELECT s.revision - 10 FROM summaries AS s
  WHERE s.group_id = summary_revisions.group_id AND s.form = summary_revisions.form
    AND s.period = summary_revisions.period
);
