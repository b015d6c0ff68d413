// The activity agenda (Agenda kegiatan): the group's advocacy, meetings, monitoring and training.
import type { FormSpec, RecordValues, RuleIssue } from "../form-spec.ts";

const PARTICIPANTS_MAX = 10_000;

const participants = (key: string, help?: "help.activity.participants_disability") =>
  ({
    key,
    kind: "integer",
    min: 0,
    max: PARTICIPANTS_MAX,
    pii: false,
    ...(help ? { help } : {}),
  }) as const;

/** Participants with a disability are among the men and women counted, never more than both. */
function disabilityWithinTotal(v: Readonly<RecordValues>): RuleIssue[] {
  const { participants_male: m, participants_female: f, participants_disability: d } = v;
  if (typeof m !== "number" || typeof f !== "number" || typeof d !== "number") return [];
  if (d <= m + f) return [];
  return [
    {
      field: "participants_disability",
      severity: "error",
      code: "rule.activity.disability_over_total",
      params: { total: m + f },
    },
  ];
}

export const activityForm: FormSpec = {
  id: "activity",
  sheetName: "Agenda Kegiatan",
  fields: [
    { key: "title", kind: "text", maxLength: 150, required: true, pii: false },
    {
      key: "kind",
      kind: "choice",
      choices: [
        "advokasi",
        "pertemuan_rutin",
        "monitoring",
        "evaluasi",
        "pelatihan",
        "penjangkauan",
        "lainnya",
      ],
      choiceSet: "activity_kind",
      required: true,
      pii: false,
    },
    // An agenda plans ahead: the planned date may be in the future, the date held may not.
    { key: "planned_date", kind: "date", required: true, pii: false },
    {
      key: "done_date",
      kind: "date",
      notFuture: true,
      pii: false,
      help: "help.activity.done_date",
    },
    { key: "owner", kind: "text", maxLength: 120, pii: true },
    {
      key: "status",
      kind: "choice",
      choices: ["rencana", "terlaksana", "batal"],
      choiceSet: "activity_status",
      required: true,
      pii: false,
    },
    participants("participants_male"),
    participants("participants_female"),
    participants("participants_disability", "help.activity.participants_disability"),
    { key: "result", kind: "text", maxLength: 2000, multiline: true, pii: true },
    { key: "follow_up", kind: "text", maxLength: 1000, multiline: true, pii: true },
  ],
  rules: [
    {
      kind: "required_when",
      field: "done_date",
      when: { field: "status", values: ["terlaksana"] },
      severity: "error",
    },
    { kind: "date_not_before", field: "done_date", other: "planned_date", severity: "error" },
    {
      kind: "custom",
      fields: ["participants_male", "participants_female", "participants_disability"],
      check: disabilityWithinTotal,
    },
  ],
};
