// The proposal register (Usulan): what the group proposed into the village's plans, where, and what became of it.
import type { FormSpec, RecordValues, RuleIssue } from "../form-spec.ts";
import { PERSON_CATEGORIES } from "./person-categories.ts";

/** Rupiah amounts up to one trillion: a village budget (APBDes) is a few billion. */
export const RUPIAH_MAX = 1_000_000_000_000;
const PEOPLE_MAX = 100_000;

/** Approved money cannot exceed what was proposed. */
function approvedWithinProposed(v: Readonly<RecordValues>): RuleIssue[] {
  const { amount_proposed: p, amount_approved: a } = v;
  if (typeof p !== "number" || typeof a !== "number" || a <= p) return [];
  return [
    {
      field: "amount_approved",
      severity: "warning",
      code: "rule.proposal.approved_over_proposed",
      params: { amount: p },
    },
  ];
}

export const proposalForm: FormSpec = {
  id: "proposal",
  sheetName: "Usulan",
  fields: [
    { key: "title", kind: "text", maxLength: 200, required: true, pii: false },
    { key: "village", kind: "village", required: true, pii: false },
    {
      key: "groups",
      kind: "multi",
      // The same groups as the person register, so a proposal is reported against those counts.
      choices: PERSON_CATEGORIES,
      choiceSet: "categories",
      required: true,
      pii: false,
    },
    {
      key: "people",
      kind: "integer",
      min: 0,
      max: PEOPLE_MAX,
      pii: false,
      help: "help.proposal.people",
    },
    {
      key: "forum",
      kind: "choice",
      choices: ["musdus", "musdes", "musrenbangdes", "musrenbang_kecamatan"],
      choiceSet: "proposal_forum",
      required: true,
      pii: false,
    },
    {
      key: "document",
      kind: "choice",
      choices: ["rkpdes", "apbdes", "rpjmdes"],
      choiceSet: "proposal_document",
      pii: false,
    },
    // The forum's date: proposals are reported by it.
    { key: "forum_date", kind: "date", notFuture: true, required: true, pii: false },
    { key: "plan_year", kind: "integer", min: 2000, max: 2100, pii: false },
    { key: "amount_proposed", kind: "integer", min: 0, max: RUPIAH_MAX, pii: false },
    { key: "amount_approved", kind: "integer", min: 0, max: RUPIAH_MAX, pii: false },
    {
      key: "status",
      kind: "choice",
      choices: ["diusulkan", "diterima", "didanai", "ditolak", "terlaksana"],
      choiceSet: "proposal_status",
      required: true,
      pii: false,
    },
    // A berita acara number names the meeting, not a person; still free text, so never shared.
    {
      key: "evidence",
      kind: "text",
      maxLength: 120,
      pii: true,
      help: "help.proposal.evidence",
    },
    { key: "notes", kind: "text", maxLength: 1000, multiline: true, pii: true },
  ],
  rules: [
    // Money approved means a decision: say in which document.
    {
      kind: "required_when",
      field: "document",
      when: { field: "status", values: ["didanai", "terlaksana"] },
      severity: "error",
    },
    {
      kind: "custom",
      fields: ["amount_proposed", "amount_approved"],
      check: approvedWithinProposed,
    },
  ],
};
