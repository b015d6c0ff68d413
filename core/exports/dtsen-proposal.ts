// Usulan DTSEN untuk musyawarah desa: people the register marks as not in DTSEN who are poor, have a disability, are elderly or are women heads of household.
import type { RecordValues } from "../form-spec.ts";
import { ELDERLY_FROM, personAge } from "../forms/person.ts";
import type { MessageKey } from "../messages.ts";
import { addressParts } from "./opensid-penduduk.ts";

/** Why a person is proposed, in the order the reasons are listed. */
export const DTSEN_REASONS = [
  "poor_household",
  "disability",
  "elderly",
  "woman_head_of_household",
] as const;
export type DtsenReason = (typeof DTSEN_REASONS)[number];

export const DTSEN_REASON_LABELS: Readonly<Record<DtsenReason, MessageKey>> = {
  poor_household: "choice.categories.poor_household",
  disability: "choice.categories.disability",
  elderly: "choice.categories.elderly",
  woman_head_of_household: "choice.categories.woman_head_of_household",
};

export interface DtsenProposal {
  readonly name: string;
  readonly nik: string;
  readonly kk: string;
  readonly village: string;
  readonly dusun: string;
  readonly rw: string;
  readonly rt: string;
  readonly reasons: readonly DtsenReason[];
}

/** The reasons to propose this person, or none: only people recorded as not in DTSEN are proposed. */
export function dtsenReasons(v: Readonly<RecordValues>, today: string): DtsenReason[] {
  if (v.dtsen !== "no") return [];
  const cats = Array.isArray(v.categories) ? v.categories : [];
  const age = personAge(v, today);
  return DTSEN_REASONS.filter((r) =>
    r === "elderly"
      ? cats.includes("elderly") || (age !== undefined && age.years >= ELDERLY_FROM)
      : cats.includes(r),
  );
}

export function dtsenProposals(
  records: readonly Readonly<RecordValues>[],
  today: string,
): DtsenProposal[] {
  const out: DtsenProposal[] = [];
  for (const v of records) {
    const reasons = dtsenReasons(v, today);
    if (!reasons.length) continue;
    const s = (k: string) => (typeof v[k] === "string" ? String(v[k]) : "");
    out.push({
      name: s("full_name"),
      nik: s("nik"),
      kk: s("kk_number"),
      village: s("village"),
      ...addressParts(v),
      reasons,
    });
  }
  return out;
}
