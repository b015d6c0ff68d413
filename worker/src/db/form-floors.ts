// Query functions for the area floor of each form: the lowest level its counts are served at outside the group.
import type { FloorLevel } from "../../../core/api/summaries.ts";
import { FORM_IDS, type FormId } from "../../../core/form-ids.ts";

/**
 * Unless the admin says otherwise: cases are served from kecamatan level up (a village's cases
 * are too few, and a victim's village says too much), every other register per village.
 */
export const DEFAULT_FLOORS: Readonly<Record<FormId, FloorLevel>> = {
  person: "village",
  case: "district",
  service: "village",
  activity: "village",
  member: "village",
  // Proposals are the group's public advocacy, counted like the activity agenda.
  proposal: "village",
};

/** Every form's floor: the admin's setting, else the default. */
export async function readFloors(db: D1Database): Promise<Record<FormId, FloorLevel>> {
  const { results } = await db
    .prepare("SELECT form, floor FROM form_floors")
    .all<{ form: string; floor: FloorLevel }>();
  const floors = { ...DEFAULT_FLOORS };
  for (const row of results) {
    if ((FORM_IDS as readonly string[]).includes(row.form)) floors[row.form as FormId] = row.floor;
  }
  return floors;
}

/** Sets a form's floor and records it in the audit log, in one transaction. */
export async function setFloor(
  db: D1Database,
  form: FormId,
  floor: FloorLevel,
  at: string,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO form_floors (form, floor, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (form) DO UPDATE SET floor = excluded.floor, updated_at = excluded.updated_at`,
      )
      .bind(form, floor, at),
    db
      .prepare(
        `INSERT INTO audit_log (at, actor, action, form) VALUES (?1, 'admin', 'form.floor', ?2)`,
      )
      .bind(at, form),
  ]);
}
