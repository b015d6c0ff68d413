// The members and structure register (Anggota): who is in the group, in which role, doing what.
import type { FormSpec } from "../form-spec.ts";

/** Indonesian mobile or landline, local (08…, 0411…) or international (+62…): 8–20 characters. */
const PHONE = /^\+?\d[\d .-]{6,18}\d$/;

export const memberForm: FormSpec = {
  id: "member",
  sheetName: "Anggota",
  fields: [
    { key: "full_name", kind: "text", maxLength: 120, required: true, pii: true },
    {
      key: "role",
      kind: "choice",
      choices: ["ketua", "wakil_ketua", "sekretaris", "bendahara", "koordinator", "anggota"],
      choiceSet: "member_role",
      required: true,
      pii: false,
    },
    { key: "division", kind: "text", maxLength: 100, pii: false, help: "help.member.division" },
    { key: "sex", kind: "choice", choices: ["L", "P"], required: true, pii: false },
    {
      key: "phone",
      kind: "text",
      maxLength: 20,
      pii: true,
      help: "help.member.phone",
      pattern: { regex: PHONE, error: "error.invalid_phone" },
    },
    { key: "duties", kind: "text", maxLength: 1000, multiline: true, pii: true },
    {
      key: "active",
      kind: "choice",
      choices: ["yes", "no"],
      choiceSet: "yes_no",
      required: true,
      pii: false,
    },
    { key: "since", kind: "date", notFuture: true, pii: false },
  ],
};
