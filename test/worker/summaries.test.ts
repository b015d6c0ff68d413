// Summary upload and read-back: validation, content-based idempotency, revisions, isolation between groups.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  addKey,
  api,
  auth,
  dumpDatabase,
  type ErrorEnvelope,
  jsonInit,
  seedGroup,
} from "./helpers.ts";

const table = (cells: [string, string, number][]) => ({
  id: "village_sex",
  dimensions: ["village", "sex"],
  cells: cells.map(([village, sex, count]) => ({ key: [village, sex], count })),
});

const SUMMARY = {
  form: "person",
  tables: [
    table([
      ["73.09.03.2004", "L", 3],
      ["73.09.03.2004", "P", 5],
      ["73.09.03.2005", "P", 2],
    ]),
    { id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 7 }] },
  ],
};

interface PutResult {
  revision: number;
  changed: boolean;
}
interface GetResult {
  period: string;
  group: { id: string; name: string };
  summaries: { form: string; revision: number; updated_at: string; tables: unknown[] }[];
}

async function put(key: string, period: string, body: unknown): Promise<Response> {
  return api(`/v1/summaries/${period}`, jsonInit("PUT", key, body));
}

async function putOk(key: string, period: string, body: unknown): Promise<PutResult> {
  const res = await put(key, period, body);
  expect(res.status).toBe(200);
  return (await res.json()) as PutResult;
}

async function get(key: string, path: string): Promise<GetResult> {
  const res = await api(path, auth(key));
  expect(res.status).toBe(200);
  return (await res.json()) as GetResult;
}

describe("PUT /v1/summaries/{period}", () => {
  it("stores a new summary as revision 1 and re-sending it changes nothing", async () => {
    const { key } = await seedGroup();
    expect(await putOk(key, "2026", SUMMARY)).toEqual({ revision: 1, changed: true });
    const first = await get(key, "/v1/summaries/2026");
    expect(await putOk(key, "2026", SUMMARY)).toEqual({ revision: 1, changed: false });
    const again = await get(key, "/v1/summaries/2026");
    expect(again).toEqual(first);
  });

  it("compares by content: reordered tables and cells and added zero cells are the same summary", async () => {
    const { key } = await seedGroup();
    await putOk(key, "2026-Q1", SUMMARY);
    const reordered = {
      tables: [
        { cells: [{ count: 7, key: ["P"] }], dimensions: ["sex"], id: "sex" },
        table([
          ["73.09.03.2005", "P", 2],
          ["73.09.03.2005", "L", 0],
          ["73.09.03.2004", "P", 5],
          ["73.09.03.2004", "L", 3],
        ]),
      ],
      form: "person",
    };
    expect(await putOk(key, "2026-Q1", reordered)).toEqual({ revision: 1, changed: false });
  });

  it("replaces the summary with new content as the next revision, and GET returns the latest", async () => {
    const { group, key } = await seedGroup("Kelompok Revisi");
    await putOk(key, "2026-03", SUMMARY);
    const changed = { form: "person", tables: [table([["73.09.03.2004", "P", 6]])] };
    expect(await putOk(key, "2026-03", changed)).toEqual({ revision: 2, changed: true });
    expect(await putOk(key, "2026-03", changed)).toEqual({ revision: 2, changed: false });
    expect(await putOk(key, "2026-03", SUMMARY)).toEqual({ revision: 3, changed: true });

    const body = await get(key, "/v1/summaries/2026-03");
    expect(body.period).toBe("2026-03");
    expect(body.group).toEqual({ id: group.id, name: "Kelompok Revisi" });
    expect(body.summaries).toHaveLength(1);
    const [summary] = body.summaries;
    expect(summary?.form).toBe("person");
    expect(summary?.revision).toBe(3);
    expect(summary?.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // Canonical order: tables by id, cells by key.
    expect(summary?.tables).toEqual([
      { id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 7 }] },
      table([
        ["73.09.03.2004", "L", 3],
        ["73.09.03.2004", "P", 5],
        ["73.09.03.2005", "P", 2],
      ]),
    ]);
  });

  it("never loses a revision when different uploads race", async () => {
    const { key } = await seedGroup();
    const uploads = [1, 2, 3, 4, 5, 6].map((n) =>
      putOk(key, "2027", { form: "person", tables: [table([["73.09.03.2004", "P", n]])] }),
    );
    const results = await Promise.all(uploads);
    expect(results.every((r) => r.changed)).toBe(true);
    expect(results.map((r) => r.revision).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const body = await get(key, "/v1/summaries/2027");
    expect(body.summaries[0]?.revision).toBe(6);
  });

  it("keeps periods and groups apart", async () => {
    const a = await seedGroup("A");
    const b = await seedGroup("B");
    await putOk(a.key, "2028", SUMMARY);
    await putOk(a.key, "2028-Q2", SUMMARY);
    expect(await putOk(b.key, "2028", SUMMARY)).toEqual({ revision: 1, changed: true });
    expect((await get(b.key, "/v1/summaries/2028-Q3")).summaries).toEqual([]);
    const fromB = await get(b.key, "/v1/summaries/2028");
    expect(fromB.group.name).toBe("B");
    expect(fromB.summaries.map((s) => s.revision)).toEqual([1]);
  });
});

describe("GET /v1/summaries/{period}", () => {
  it("filters by ?form and rejects an unknown form", async () => {
    const { key } = await seedGroup();
    await putOk(key, "2029", SUMMARY);
    expect((await get(key, "/v1/summaries/2029?form=person")).summaries).toHaveLength(1);
    expect((await get(key, "/v1/summaries/2029?form=case")).summaries).toEqual([]);

    const bad = await api("/v1/summaries/2029?form=people", auth(key));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorEnvelope).error.issues[0]?.path).toEqual(["form"]);
  });

  it("reads the group's own summaries with ?group=<own id>, and another group's is 403", async () => {
    const a = await seedGroup("A");
    const b = await seedGroup("B");
    await putOk(a.key, "2029-Q1", SUMMARY);
    expect((await get(a.key, `/v1/summaries/2029-Q1?group=${a.group.id}`)).summaries).toHaveLength(
      1,
    );
    const res = await api(`/v1/summaries/2029-Q1?group=${a.group.id}`, auth(b.key));
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("forbidden");
  });
});

describe("revisions and villages", () => {
  it("keeps every revision as a history row, one per change, with the uploading key", async () => {
    const { group, key, keyId } = await seedGroup();
    const other = await addKey(group.id);
    const changed = { form: "person", tables: [table([["73.09.03.2004", "P", 6]])] };
    await putOk(key, "2032", SUMMARY);
    await putOk(key, "2032", SUMMARY);
    await putOk(other.key, "2032", changed);
    await putOk(key, "2032", SUMMARY);
    const { results } = await env.DB.prepare(
      "SELECT revision, key_id, content FROM summary_revisions WHERE group_id = ?1 AND period = '2032' ORDER BY revision",
    )
      .bind(group.id)
      .all<{ revision: number; key_id: string; content: string }>();
    expect(results.map((r) => [r.revision, r.key_id])).toEqual([
      [1, keyId],
      [2, other.keyId],
      [3, keyId],
    ]);
    expect(results[0]?.content).toBe(results[2]?.content);
    expect(JSON.parse(results[1]?.content ?? "")).toEqual(changed);
  });

  it("rejects counts for villages that are not the group's own, naming each cell", async () => {
    const { key } = await seedGroup("Desa sendiri", ["73.09.03.2004"]);
    const before = await dumpDatabase();
    const res = await put(key, "2033", {
      form: "person",
      tables: [
        table([
          ["73.09.03.2004", "P", 3],
          ["73.09.03.2005", "P", 2],
          ["73.09.03.2006", "L", 0],
        ]),
        {
          id: "sex_village",
          dimensions: ["sex", "village"],
          cells: [{ key: ["L", "81.71.01.1001"], count: 1 }],
        },
        { id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 5 }] },
      ],
    });
    expect(res.status).toBe(400);
    const envelope = (await res.json()) as ErrorEnvelope;
    expect(envelope.error.code).toBe("village_not_in_group");
    // A zero count counts nobody, so it is no reason to refuse the summary.
    expect(envelope.error.issues.map((i) => i.path)).toEqual([
      ["tables", 0, "cells", 1, "key", 0],
      ["tables", 1, "cells", 0, "key", 1],
    ]);
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe("invalid summary uploads are 400 envelopes and store nothing", () => {
  const cases: [string, string, unknown, (string | number)[]][] = [
    ["malformed JSON", "2030", '{"form":"person",', []],
    ["an empty body", "2030", "", []],
    ["a JSON array", "2030", "[]", []],
    ["an unknown top-level key", "2030", { ...SUMMARY, note: "Siti di RT 2" }, ["note"]],
    [
      "an unknown key in a table",
      "2030",
      { form: "person", tables: [{ ...table([]), title: "x" }] },
      ["tables", 0, "title"],
    ],
    [
      "an unknown key in a cell",
      "2030",
      {
        form: "person",
        tables: [
          {
            id: "sex",
            dimensions: ["sex"],
            cells: [{ key: ["P"], count: 1, name: "Siti" }],
          },
        ],
      },
      ["tables", 0, "cells", 0, "name"],
    ],
    [
      "a count that is not an integer",
      "2030",
      {
        form: "person",
        tables: [{ id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: "3" }] }],
      },
      ["tables", 0, "cells", 0, "count"],
    ],
    [
      "a negative count",
      "2030",
      {
        form: "person",
        tables: [{ id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: -1 }] }],
      },
      ["tables", 0, "cells", 0, "count"],
    ],
    ["an unknown form", "2030", { ...SUMMARY, form: "people" }, ["form"]],
    ["no tables", "2030", { form: "person", tables: [] }, ["tables"]],
    ["a bad period", "2030-13", SUMMARY, ["period"]],
    ["a lowercase quarter", "2030-q1", SUMMARY, ["period"]],
    ["a year before 2000", "1999", SUMMARY, ["period"]],
    ["a fifth quarter", "2030-Q5", SUMMARY, ["period"]],
  ];

  it.each(cases)("rejects %s", async (_name, period, body, path) => {
    const { key } = await seedGroup();
    const before = await dumpDatabase();
    const res = await put(key, period, body);
    expect(res.status).toBe(400);
    const envelope = (await res.json()) as ErrorEnvelope;
    expect(Object.keys(envelope)).toEqual(["error"]);
    expect(envelope.error.code).toMatch(/^(invalid_input|invalid_json)$/);
    if (typeof body === "string" && period === "2030" && !body.startsWith("[")) {
      expect(envelope.error.code).toBe("invalid_json");
      expect(envelope.error.issues).toEqual([]);
    } else {
      expect(envelope.error.issues.length).toBeGreaterThan(0);
      expect(envelope.error.issues.map((i) => i.path)).toContainEqual(path);
    }
    expect(await dumpDatabase()).toEqual(before);
  });

  it("does not echo the body in a JSON syntax error", async () => {
    const { key } = await seedGroup();
    const res = await put(key, "2030", '{"form":"person","note":"Siti 7309034509900001"');
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toContain("Siti");
    expect(text).not.toContain("7309034509900001");
  });

  it("accepts a body sent as text/plain or form-encoded (Apps Script's default)", async () => {
    const { key } = await seedGroup();
    const res = await api("/v1/summaries/2031", {
      method: "PUT",
      headers: {
        Authorization: `Bearer ${key}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: JSON.stringify(SUMMARY),
    });
    expect(res.status).toBe(200);
    const rows = await env.DB.prepare(
      "SELECT count(*) AS n FROM summaries WHERE period = '2031'",
    ).first<{
      n: number;
    }>();
    expect(rows?.n).toBe(1);
  });
});
