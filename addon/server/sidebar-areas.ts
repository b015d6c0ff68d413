// The part of the programme's area list a form page needs: the districts of the group's villages.
import { PROGRAM_AREAS } from "../../core/generated/areas-data.ts";

type ProgramAreas = typeof PROGRAM_AREAS;

/**
 * The programme's regencies cut down to the districts holding one of these villages, in the
 * generated list's own shape; every district when no village is given (the group has not chosen
 * its villages yet, and the form offers the whole programme).
 */
export function areasForVillages(codes: readonly string[]): ProgramAreas {
  if (!codes.length) return PROGRAM_AREAS;
  const districts = new Set(codes.map((c) => c.replace(/\./g, "").slice(0, 6)));
  const out = [];
  for (const [rr, name, rows] of PROGRAM_AREAS) {
    const kept = rows.filter(([dd]) => districts.has(`${rr}${dd}`));
    if (kept.length) out.push([rr, name, kept] as const);
  }
  return out as unknown as ProgramAreas;
}
