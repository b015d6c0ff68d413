// Summary upload and read-back: only the form's own tables, content-based idempotency, revisions kept to ten, quotas, isolation between groups.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MAX_SUMMARY_BODY_BYTES } from "../../core/api/limits.ts";
import { parsePeriod } from "../../core/period.ts";
import { summaryShape } from "../../core/reports/summary-shape.ts";
import { ALL, type Summary } from "../../core/summary.ts";
import { personRow } from "../support/summaries.ts";
import {
  addKey,
  api,
  apiWithEnv,
  auth,
  dumpDatabase,
  type ErrorEnvelope,
  jsonInit,
  personSummary,
  seedGroup,
  villagesOf,
  YEAR,
} from "./helpers.ts";

const V1 = "73.09.03.2004";
const V2 = "73.09.03.2005";
const Y = String(YEAR);
const LAST = String(YEAR - 1);

const rows = [
  personRow({ village: V1, sex: "P", age: 30, categories: ["disability"], recordKey: 11 }),
  personRow({ village: V1, sex: "L", age: 70, recordKey: 4000 }),
  personRow({ village: V2, sex: "P", age: 8, documents: ["kk"], recordKey: 123 }),
];
const SUMMARY = personSummary(rows);
/** Another register: a fourth person. */
const CHANGED = personSummary([
  ...rows,
  personRow({ village: V2, sex: "L", age: 40, recordKey: 7 }),
]);

interface PutResult {
  revision: number;
  changed: boolean;
}
interface GetResult {
  period: string;
  group: { id: string; name: string };
  summaries: {
    form: string;
    revision: number;
    updated_at: string;
    stale: boolean;
    tables: Summary["tables"];
  }[];
}

async function put(key: string, period: string, body: unknown): Promise<Response> {
  return api(`/v1/summaries/${period}`, jsonInit("PUT", key, body));
}

async function putOk(key: string, period: string, body: unknown): Promise<PutResult> {
  const res = await put(key, period, body);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as PutResult;
}

async function get(key: string, path: string): Promise<GetResult> {
  const res = await api(path, auth(key));
  expect(res.status).toBe(200);
  return (await res.json()) as GetResult;
}

function table(summary: Summary, id: string) {
  const t = summary.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

function copy(summary: Summary): Summary {
  return JSON.parse(JSON.stringify(summary)) as Summary;
}

describe("PUT /v1/summaries/{period}", () => {
  it("stores a new summary as revision 1, and re-sending it writes nothing at all", async () => {
    const { key } = await seedGroup();
    expect(await putOk(key, Y, SUMMARY)).toEqual({ revision: 1, changed: true });
    const first = await get(key, `/v1/summaries/${Y}`);
    const before = await dumpDatabase();
    expect(await putOk(key, Y, SUMMARY)).toEqual({ revision: 1, changed: false });
    expect(await dumpDatabase()).toEqual(before);
    expect(await get(key, `/v1/summaries/${Y}`)).toEqual(first);
  });

  it("compares by content: reordered tables and cells and added zero cells are the same summary", async () => {
    const { key } = await seedGroup();
    await putOk(key, `${LAST}-Q1`, SUMMARY);
    const reordered = copy(SUMMARY);
    reordered.tables.reverse();
    for (const t of reordered.tables) t.cells.reverse();
    table(reordered, "village_sex_age").cells.push({ key: [V2, "L", "60+"], count: 0, ckey: 0 });
    expect(await putOk(key, `${LAST}-Q1`, reordered)).toEqual({ revision: 1, changed: false });
  });

  it("replaces the summary with new content as the next revision, and GET returns the latest", async () => {
    const { group, key } = await seedGroup("Kelompok Revisi");
    await putOk(key, `${LAST}-03`, SUMMARY);
    expect(await putOk(key, `${LAST}-03`, CHANGED)).toEqual({ revision: 2, changed: true });
    expect(await putOk(key, `${LAST}-03`, CHANGED)).toEqual({ revision: 2, changed: false });
    expect(await putOk(key, `${LAST}-03`, SUMMARY)).toEqual({ revision: 3, changed: true });

    const body = await get(key, `/v1/summaries/${LAST}-03`);
    expect(body.period).toBe(`${LAST}-03`);
    expect(body.group).toEqual({ id: group.id, name: "Kelompok Revisi" });
    expect(body.summaries).toHaveLength(1);
    const [summary] = body.summaries;
    expect(summary?.form).toBe("person");
    expect(summary?.revision).toBe(3);
    expect(summary?.stale).toBe(false);
    expect(summary?.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // Exact, as uploaded, in canonical order: tables by id, cells by key.
    const ids = summary?.tables.map((t) => t.id) ?? [];
    expect(ids).toEqual([...ids].sort());
    expect(
      table({ form: "person", tables: summary?.tables ?? [] }, "village_sex_age").cells,
    ).toEqual(table(SUMMARY, "village_sex_age").cells);
  });

  it("never loses a revision when different uploads race", async () => {
    const { key } = await seedGroup();
    const uploads = [1, 2, 3, 4, 5, 6].map((n) =>
      putOk(
        key,
        LAST,
        personSummary([...rows, personRow({ village: V1, sex: "P", age: n, recordKey: n })], LAST),
      ),
    );
    const results = await Promise.all(uploads);
    expect(results.every((r) => r.changed)).toBe(true);
    expect(results.map((r) => r.revision).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await get(key, `/v1/summaries/${LAST}`)).summaries[0]?.revision).toBe(6);
  });

  it("keeps periods and groups apart", async () => {
    const a = await seedGroup("A");
    const b = await seedGroup("B");
    await putOk(a.key, LAST, SUMMARY);
    await putOk(a.key, `${LAST}-Q2`, SUMMARY);
    expect(await putOk(b.key, LAST, SUMMARY)).toEqual({ revision: 1, changed: true });
    expect((await get(b.key, `/v1/summaries/${LAST}-Q3`)).summaries).toEqual([]);
    const fromB = await get(b.key, `/v1/summaries/${LAST}`);
    expect(fromB.group.name).toBe("B");
    expect(fromB.summaries.map((s) => s.revision)).toEqual([1]);
  });
});

describe("GET /v1/summaries/{period}", () => {
  it("filters by ?form and rejects an unknown form", async () => {
    const { key } = await seedGroup();
    await putOk(key, Y, SUMMARY);
    expect((await get(key, `/v1/summaries/${Y}?form=person`)).summaries).toHaveLength(1);
    expect((await get(key, `/v1/summaries/${Y}?form=case`)).summaries).toEqual([]);
    const bad = await api(`/v1/summaries/${Y}?form=people`, auth(key));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorEnvelope).error.issues[0]?.path).toEqual(["form"]);
  });

  it("reads the group's own summaries with ?group=<own id>, and another group's is 403", async () => {
    const a = await seedGroup("A");
    const b = await seedGroup("B");
    await putOk(a.key, `${LAST}-Q1`, SUMMARY);
    const own = await get(a.key, `/v1/summaries/${LAST}-Q1?group=${a.group.id}`);
    expect(own.summaries).toHaveLength(1);
    const res = await api(`/v1/summaries/${LAST}-Q1?group=${a.group.id}`, auth(b.key));
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("forbidden");
  });

  it("marks a summary stored before cell keys as stale, and still shows it to its group", async () => {
    const { group, key } = await seedGroup();
    const old = JSON.stringify({
      form: "person",
      tables: [{ id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 3 }] }],
    });
    await env.DB.prepare(
      `INSERT INTO summaries (group_id, form, period, revision, revision_id, content, content_sha256, created_at, updated_at)
       VALUES (?1, 'person', ?2, 1, 'r', ?3, ?4, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
    )
      .bind(group.id, `${LAST}-Q4`, old, "0".repeat(64))
      .run();
    const [summary] = (await get(key, `/v1/summaries/${LAST}-Q4`)).summaries;
    expect(summary?.stale).toBe(true);
    expect(summary?.tables[0]?.cells).toEqual([{ key: ["P"], count: 3 }]);
    // A new upload replaces it with a current one.
    expect(await putOk(key, `${LAST}-Q4`, SUMMARY)).toEqual({ revision: 2, changed: true });
    expect((await get(key, `/v1/summaries/${LAST}-Q4`)).summaries[0]?.stale).toBe(false);
  });
});

describe("revisions", () => {
  it("keeps a history row per change with the uploading key, and only the last ten", async () => {
    const { group, key, keyId } = await seedGroup();
    const other = await addKey(group.id);
    await putOk(key, `${LAST}-05`, SUMMARY);
    await putOk(key, `${LAST}-05`, SUMMARY);
    await putOk(other.key, `${LAST}-05`, CHANGED);
    await putOk(key, `${LAST}-05`, SUMMARY);
    const history = async () =>
      (
        await env.DB.prepare(
          "SELECT revision, key_id, content FROM summary_revisions WHERE group_id = ?1 AND period = ?2 ORDER BY revision",
        )
          .bind(group.id, `${LAST}-05`)
          .all<{ revision: number; key_id: string; content: string }>()
      ).results;
    const three = await history();
    expect(three.map((r) => [r.revision, r.key_id])).toEqual([
      [1, keyId],
      [2, other.keyId],
      [3, keyId],
    ]);
    expect(three[0]?.content).toBe(three[2]?.content);
    for (let n = 0; n < 12; n++) {
      await putOk(
        key,
        `${LAST}-05`,
        personSummary(
          [...rows, personRow({ village: V1, sex: "L", age: 20 + n, recordKey: n })],
          `${LAST}-05`,
        ),
      );
    }
    const kept = await history();
    expect(kept.map((r) => r.revision)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });
});

describe("what a summary may hold", () => {
  async function refused(
    key: string,
    period: string,
    body: unknown,
    code: string,
  ): Promise<ErrorEnvelope> {
    const before = await dumpDatabase();
    const res = await put(key, period, body);
    expect(res.status).toBe(400);
    const envelope = (await res.json()) as ErrorEnvelope;
    expect(envelope.error.code).toBe(code);
    expect(envelope.error.issues.length).toBeGreaterThan(0);
    expect(await dumpDatabase()).toEqual(before);
    return envelope;
  }

  it("refuses free text in a table id, a dimension or a key value: nothing stored", async () => {
    const { key } = await seedGroup();
    const names = copy(SUMMARY);
    names.tables.push({
      id: "victim_names",
      dimensions: ["name"],
      cells: [{ key: ["Siti Aminah 12th NIK 7309044512140001"], count: 1, ckey: 5 }],
    });
    const a = await refused(key, Y, names, "invalid_summary");
    expect(a.error.issues[0]?.path).toEqual(["tables", names.tables.length - 1, "id"]);
    const dim = copy(SUMMARY);
    table(dim, "category_sex").dimensions = ["siti_aminah", "sex"];
    await refused(key, Y, dim, "invalid_summary");
    const value = copy(SUMMARY);
    table(value, "category_sex").cells.push({ key: ["Siti Aminah", "P"], count: 1, ckey: 5 });
    const c = await refused(key, Y, value, "invalid_summary");
    expect(JSON.stringify(c)).not.toContain("Siti Aminah");
  });

  it("refuses unknown and missing tables, and ALL where no multi-answer is", async () => {
    const { key } = await seedGroup();
    const missing = copy(SUMMARY);
    missing.tables = missing.tables.filter((t) => t.id !== "dtsen_target_sex");
    await refused(key, Y, missing, "invalid_summary");
    const all = copy(SUMMARY);
    table(all, "village_sex_age").cells.push({ key: [ALL, "P", "60+"], count: 2, ckey: 9 });
    await refused(key, Y, all, "invalid_summary");
    const band = copy(SUMMARY);
    table(band, "village_sex_age").cells.push({ key: [V1, "P", "19-29"], count: 2, ckey: 9 });
    await refused(key, Y, band, "invalid_summary");
  });

  it("refuses a grid larger than the form allows", async () => {
    const { key } = await seedGroup();
    const big = copy(SUMMARY);
    const max =
      summaryShape("person", { period: parsePeriod(Y), villages: [V1, V2] }).find(
        (s) => s.id === "wg_status_sex",
      )?.maxCells ?? 0;
    table(big, "wg_status_sex").cells = Array.from({ length: max + 1 }, (_, i) => ({
      key: ["disability", `s${i}`],
      count: 1,
      ckey: 0,
    }));
    const e = await refused(key, Y, big, "invalid_summary");
    expect(e.error.issues.map((i) => i.message)).toContain(`At most ${max} cells.`);
  });

  it("refuses counts for villages that are not the group's own, naming each cell", async () => {
    const { key } = await seedGroup("Desa sendiri", [V1]);
    const padded = personSummary(rows, Y, [V1, V2]);
    const [ambon] = villagesOf("81.71.01") as [string];
    table(padded, "village_sex_age").cells.push({ key: [ambon, "P", "60+"], count: 5, ckey: 1 });
    const e = await refused(key, Y, padded, "village_not_in_group");
    const t = padded.tables.findIndex((x) => x.id === "village_sex_age");
    const paths = e.error.issues.map((i) => i.path);
    for (const p of paths) expect(p.slice(0, 3)).toEqual(["tables", t, "cells"]);
    expect(paths.length).toBe(
      table(padded, "village_sex_age").cells.filter((c) => c.key[0] !== V1).length,
    );
  });

  it.each([
    ["next year", () => String(YEAR + 1)],
    ["three years back", () => String(YEAR - 3)],
    ["a quarter three years back", () => `${YEAR - 3}-Q4`],
    ["a month next year", () => `${YEAR + 1}-01`],
  ])("refuses a period out of range: %s", async (_name, period) => {
    const { key } = await seedGroup();
    const e = await refused(key, period(), personSummary(rows), "period_out_of_range");
    expect(e.error.issues[0]?.path).toEqual(["period"]);
  });

  it("accepts periods from January two years back", async () => {
    const { key } = await seedGroup();
    expect(
      (await putOk(key, `${YEAR - 2}-01`, personSummary(rows, `${YEAR - 2}-01`))).revision,
    ).toBe(1);
  });

  const malformed: [string, string, unknown, (string | number)[]][] = [
    ["malformed JSON", Y, '{"form":"person",', []],
    ["an empty body", Y, "", []],
    ["a JSON array", Y, "[]", []],
    ["an unknown top-level key", Y, { ...SUMMARY, note: "Siti di RT 2" }, ["note"]],
    ["an unknown form", Y, { ...SUMMARY, form: "people" }, ["form"]],
    ["no tables", Y, { form: "person", tables: [] }, ["tables"]],
    ["a bad period", `${YEAR}-13`, SUMMARY, ["period"]],
    ["a lowercase quarter", `${YEAR}-q1`, SUMMARY, ["period"]],
    ["a fifth quarter", `${YEAR}-Q5`, SUMMARY, ["period"]],
  ];

  it.each(malformed)("rejects %s as a 400 envelope", async (_name, period, body, path) => {
    const { key } = await seedGroup();
    const before = await dumpDatabase();
    const res = await put(key, period, body);
    expect(res.status).toBe(400);
    const envelope = (await res.json()) as ErrorEnvelope;
    expect(Object.keys(envelope)).toEqual(["error"]);
    expect(envelope.error.code).toMatch(/^(invalid_input|invalid_json)$/);
    if (typeof body === "string" && !body.startsWith("[")) {
      expect(envelope.error.code).toBe("invalid_json");
      expect(envelope.error.issues).toEqual([]);
    } else {
      expect(envelope.error.issues.map((i) => i.path)).toContainEqual(path);
    }
    expect(await dumpDatabase()).toEqual(before);
  });

  it("does not echo the body in a JSON syntax error", async () => {
    const { key } = await seedGroup();
    const res = await put(key, Y, '{"form":"person","note":"Siti 7309034509900001"');
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toContain("Siti");
    expect(text).not.toContain("7309034509900001");
  });

  it("accepts a body sent as text/plain or form-encoded (Apps Script's default)", async () => {
    const { group, key } = await seedGroup();
    const res = await api(`/v1/summaries/${LAST}-Q2`, {
      method: "PUT",
      headers: {
        Authorization: `Bearer ${key}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: JSON.stringify(personSummary(rows, `${LAST}-Q2`)),
    });
    expect(res.status).toBe(200);
    const n = await env.DB.prepare("SELECT count(*) AS n FROM summaries WHERE group_id = ?1")
      .bind(group.id)
      .first<{ n: number }>();
    expect(n?.n).toBe(1);
  });

  it("refuses a body over the summary limit with a 413 envelope", async () => {
    const { key } = await seedGroup();
    const body = JSON.stringify({ ...SUMMARY, pad: "x".repeat(MAX_SUMMARY_BODY_BYTES) });
    const res = await put(key, Y, body);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("payload_too_large");
  });
});

describe("quotas", () => {
  it("stops a group at its storage quota with a 413, writing nothing, while unchanged uploads still work", async () => {
    const { group, key } = await seedGroup();
    const quota = { GROUP_STORAGE_QUOTA_BYTES: String(3 * JSON.stringify(SUMMARY).length) };
    const send = (period: string, body: Summary) =>
      apiWithEnv(quota, `/v1/summaries/${period}`, jsonInit("PUT", key, body));
    const statuses: number[] = [];
    for (const m of ["01", "02", "03", "04", "05"]) {
      statuses.push((await send(`${LAST}-${m}`, personSummary(rows, `${LAST}-${m}`))).status);
    }
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(statuses).toContain(413);
    const used = await env.DB.prepare(
      "SELECT SUM(length(CAST(content AS BLOB))) AS n FROM summary_revisions WHERE group_id = ?1",
    )
      .bind(group.id)
      .first<{ n: number }>();
    expect(used?.n).toBeLessThanOrEqual(Number(quota.GROUP_STORAGE_QUOTA_BYTES));
    const before = await dumpDatabase();
    const over = await send(`${LAST}-06`, personSummary(rows, `${LAST}-06`));
    expect(over.status).toBe(413);
    const e = (await over.json()) as ErrorEnvelope;
    expect(e.error.code).toBe("storage_quota_exceeded");
    expect(await dumpDatabase()).toEqual(before);
    expect((await send(`${LAST}-01`, personSummary(rows, `${LAST}-01`))).status).toBe(200);
  });

  it("stops a group at its daily revisions with a 429 and Retry-After", async () => {
    const { key } = await seedGroup();
    const limit = { GROUP_DAILY_REVISIONS: "3" };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let n = 0; n < 5; n++) {
      last = await apiWithEnv(
        limit,
        `/v1/summaries/${LAST}-Q3`,
        jsonInit(
          "PUT",
          key,
          personSummary(
            [...rows, personRow({ village: V1, sex: "P", age: 50 + n, recordKey: n })],
            `${LAST}-Q3`,
          ),
        ),
      );
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(last?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(((await (last as Response).json()) as ErrorEnvelope).error.code).toBe(
      "daily_quota_exceeded",
    );
  });
});
