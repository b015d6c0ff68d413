// What the phone and the add-on accept of the field contract: the group key, the worker's answers, a queued item.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  fieldVillagesResponseSchema,
  inboxAckResponseSchema,
  inboxItemSchema,
  inboxPullResponseSchema,
  publicKeySchema,
} from "../../../core/api/field.ts";

const item = {
  id: "rec-phone-001",
  form: "person",
  village: "73.09.03.2004",
  saved_at: "2026-11-27T03:00:00.000Z",
  box: "A".repeat(64),
};
const pulled = { ...item, member_id: "m_aaaaaaaaaaaaaaaa", received_at: "2026-11-27T03:01:00Z" };

/** Each schema with good and broken values; refused ones keep every issue's code and path. */
const cases: [string, { safeParse(v: unknown): unknown }, unknown[]][] = [
  [
    "publicKey",
    publicKeySchema,
    [`${"A".repeat(43)}=`, "", "A".repeat(44), `${"A".repeat(43)}!`, 44, null],
  ],
  [
    "villagesResponse",
    fieldVillagesResponseSchema,
    [
      { villages: ["73.09.03.2004"] },
      { villages: [], extra: "dropped" },
      { villages: ["73.09.03"] },
      { villages: Array.from({ length: 500 }, () => "73.09.03.2004") },
      { villages: "73.09.03.2004" },
      {},
      null,
    ],
  ],
  [
    "inboxItem",
    inboxItemSchema,
    [
      item,
      { ...item, extra: 1 },
      { ...item, id: "x" },
      { ...item, form: "proposal" },
      { ...item, village: "" },
      { ...item, saved_at: "now" },
      { ...item, box: "A".repeat(63) },
      { ...item, box: `${"A".repeat(60)}=A==` },
      {},
    ],
  ],
  [
    "pullResponse",
    inboxPullResponseSchema,
    [
      { items: [pulled], more: false },
      { items: [{ ...pulled, extra: 1 }], more: true, other: 1 },
      { items: [{ ...pulled, id: "x" }], more: false },
      { items: [{ ...pulled, form: "x" }], more: false },
      { items: [{ ...pulled, box: "A".repeat(8193) }], more: false },
      { items: [{ ...pulled, member_id: "m".repeat(65) }], more: false },
      { items: [{ ...pulled, village: 1, saved_at: null, received_at: 2 }], more: false },
      { items: [], more: "no" },
      { items: {} },
      null,
    ],
  ],
  ["ackResponse", inboxAckResponseSchema, [{ acknowledged: 3 }, { acknowledged: "3" }, {}]],
];

// Recorded from the contract on classic zod: a change of its schema library must not change them.
/** Long strings as their length, so the recorded file stays readable. */
const short = (_: string, v: unknown) =>
  typeof v === "string" && v.length > 80 ? `<${v.length} characters>` : v;

describe("field contract outcomes", () => {
  it("accepts and refuses each value as recorded", () => {
    const got = cases.map(([name, schema, values]) => ({
      name,
      outcomes: values.map((v) => {
        const res = schema.safeParse(v) as
          | { success: true; data: unknown }
          | { success: false; error: { issues: { code: string; path: PropertyKey[] }[] } };
        return res.success
          ? { ok: true, data: res.data }
          : { ok: false, issues: res.error.issues.map((i) => ({ code: i.code, path: i.path })) };
      }),
    }));
    const recorded = JSON.parse(
      readFileSync(new URL("./field.outcomes.json", import.meta.url), "utf8"),
    );
    expect(JSON.parse(JSON.stringify(got, short))).toEqual(recorded);
  });
});
