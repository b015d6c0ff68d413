// The stable form ids of the API and the sheets (docs/architecture.md).
export const FORM_IDS = ["person", "case", "service", "activity", "member", "proposal"] as const;
export type FormId = (typeof FORM_IDS)[number];
