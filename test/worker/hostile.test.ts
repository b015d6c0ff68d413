// Property tests: thousands of random and hostile requests never get a 5xx and never change what is stored.
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { FORM_IDS } from "../../core/form-ids.ts";
import { ALL, canonicalSummary, type Summary, summarySchema } from "../../core/summary.ts";
import { randomPersons, seeded, summaryOfRows } from "../support/summaries.ts";
import {
  ADMIN_TOKEN,
  apiWithEnv,
  dumpDatabase,
  type ErrorEnvelope,
  type SeededGroup,
  seedGroup,
  YEAR,
} from "./helpers.ts";

// Thousands of uploads from one key: the quotas are tested on their own (summaries.test.ts).
const NO_QUOTAS = { GROUP_DAILY_REVISIONS: "100000", GROUP_STORAGE_QUOTA_BYTES: "1000000000" };
const direct = (path: string, init?: RequestInit) => apiWithEnv(NO_QUOTAS, path, init);
const Y = String(YEAR);
const LAST = String(YEAR - 1);

/** How many requests each property sends (figures for the report are summed from these). */
const RUNS = {
  summaryBodies: 700,
  nearlyValidSummaries: 1000,
  recordBodies: 500,
  groupBodies: 400,
  paths: 700,
  rawBytes: 200,
};

const VILLAGES = ["73.09.03.2004", "73.09.03.2005"];
let group: SeededGroup;

beforeAll(async () => {
  group = await seedGroup("Tahan banting", VILLAGES);
});

// --- generators -------------------------------------------------------------------------

const SQL = [
  "'; DROP TABLE summaries; --",
  "1 OR 1=1",
  '" OR ""="',
  "') ON CONFLICT DO NOTHING; --",
  "%' --",
  "\\'",
  "?1",
  "NULL",
];
const TRICKS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "\u0000",
  "\ud800",
  "\udfff",
  "\u202e",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "73.09.03.2004",
  "all",
  "NaN",
  "-0",
  "1e309",
  "",
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 2, arbitrary: fc.constantFrom(...SQL, ...TRICKS) },
  // Large, but under the 1 MB body limit so the validators see them.
  { weight: 1, arbitrary: fc.integer({ min: 65, max: 200_000 }).map((n) => "x".repeat(n)) },
);
const hostileKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "form",
    "tables",
    "cells",
    "key",
    "count",
  ),
);
const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.constantFrom(-1, 1.5, 2 ** 53, 10_000_001, Number.MAX_SAFE_INTEGER),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie("value"), { maxKeys: 4 }),
  ),
}));

/** Nesting far deeper than any parser or validator should recurse into. */
const deepJson = fc
  .tuple(fc.integer({ min: 1000, max: 100_000 }), fc.constantFrom("[", '{"a":'))
  .map(([depth, open]) => {
    const close = open === "[" ? "]" : "}";
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  });

/** JSON text whose own "__proto__" keys JSON.parse keeps as data. */
const protoJson = fc.constantFrom(
  '{"__proto__":{"polluted":1},"form":"person","tables":[]}',
  '{"form":"person","tables":[{"__proto__":{"id":"x"},"id":"t","dimensions":["sex"],"cells":[]}]}',
  '{"form":"person","tables":[{"id":"t","dimensions":["sex"],"cells":[{"key":["P"],"count":1,"__proto__":{"count":2}}]}]}',
  '{"constructor":{"prototype":{"polluted":1}},"form":"person","tables":[]}',
  '{"form":"person","records":[{"id":"r","values":{"__proto__":{"nik":"1"}}}]}',
  '{"name":"x","villages":["73.09.03.2004"],"__proto__":{"id":"admin"}}',
);

const bodyText = fc.oneof(
  { weight: 6, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: protoJson },
  { weight: 1, arbitrary: fc.constantFrom("", "{", "nul", "[1,]", "{'a':1}", "\ufeff{}", "1e999") },
);

const villageOrNot = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...VILLAGES) },
  { weight: 1, arbitrary: fc.constantFrom("73.09.03.2006", "81.71.01.1001", "") },
);

/** A valid summary of a random register, then now and then one hostile change at any level. */
function maybe<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
}

type Mutation = (s: Record<string, unknown>, pick: (n: number) => number) => void;

const tableAt = (s: Record<string, unknown>, i: number) =>
  (s.tables as Record<string, unknown>[])[i % (s.tables as unknown[]).length] as Record<
    string,
    unknown
  >;
const cellAt = (t: Record<string, unknown>, i: number) =>
  (t.cells as Record<string, unknown>[])[i % Math.max(1, (t.cells as unknown[]).length)];

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>(() => {}),
  maybe(fc.constantFrom(...FORM_IDS)).map<Mutation>((form) => (s) => {
    s.form = form;
  }),
  fc.tuple(hostileValue, fc.nat()).map<Mutation>(([v, i]) => (s, pick) => {
    const cell = cellAt(tableAt(s, pick(i)), i);
    if (cell) (cell.key as unknown[])[i % (cell.key as unknown[]).length] = v;
  }),
  fc
    .tuple(
      fc.constantFrom("73.09.03.2006", "81.71.01.1001", ALL, "19-29", "Siti Aminah", ""),
      fc.nat(),
    )
    .map<Mutation>(([v, i]) => (s, pick) => {
      const cell = cellAt(tableAt(s, pick(i)), i);
      if (cell) (cell.key as unknown[])[i % (cell.key as unknown[]).length] = v;
    }),
  fc
    .tuple(maybe(fc.integer({ min: 0, max: 5000 })), fc.nat())
    .map<Mutation>(([v, i]) => (s, pick) => {
      const cell = cellAt(tableAt(s, pick(i)), i);
      if (cell) cell[i % 2 ? "count" : "ckey"] = v;
    }),
  fc.tuple(hostileValue, fc.nat()).map<Mutation>(([v, i]) => (s, pick) => {
    tableAt(s, pick(i))[["id", "dimensions", "cells"][i % 3] as string] = v;
  }),
  fc.tuple(hostileKey, hostileValue, fc.nat()).map<Mutation>(([k, v, i]) => (s, pick) => {
    const cell = cellAt(tableAt(s, pick(i)), i);
    if (cell) cell[k] = v;
  }),
  fc.nat().map<Mutation>((i) => (s, pick) => {
    (s.tables as unknown[]).splice(pick(i) % (s.tables as unknown[]).length, 1);
  }),
  fc.tuple(hostileKey, hostileValue).map<Mutation>(([k, v]) => (s) => {
    s[k] = v;
  }),
);

const nearlyValidSummary = fc
  .tuple(fc.nat(), fc.integer({ min: 0, max: 40 }), fc.array(mutations, { maxLength: 2 }))
  .map(([seed, n, changes]) => {
    const random = seeded(seed);
    const base = summaryOfRows("person", randomPersons(random, n, VILLAGES), {
      villages: VILLAGES,
      period: Y,
    }) as Summary;
    const s = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    const pick = (k: number) => k % Math.max(1, (s.tables as unknown[]).length);
    for (const change of changes) {
      try {
        change(s, pick);
      } catch {
        // A change that does not apply to this summary's shape leaves it as it is.
      }
    }
    return s;
  });

// --- checking ---------------------------------------------------------------------------

let baseline: Record<string, unknown[]> | undefined;
const figures = { requests: 0, statuses: new Map<number, number>() };

/** Sends one request; a 5xx fails the property, and so does any change unless `mayChange`. */
async function send(
  path: string,
  init: RequestInit,
  mayChange: (res: Response) => boolean = () => false,
): Promise<Response> {
  baseline ??= await dumpDatabase();
  const res = await direct(path, init);
  figures.requests++;
  figures.statuses.set(res.status, (figures.statuses.get(res.status) ?? 0) + 1);
  expect(res.status, `${init.method ?? "GET"} ${path}`).toBeLessThan(500);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const after = await dumpDatabase();
  if (!mayChange(res)) expect(after).toEqual(baseline);
  baseline = after;
  // Nothing may ever reach Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return res;
}

function put(text: string): RequestInit {
  return {
    method: "PUT",
    headers: { Authorization: `Bearer ${group.key}`, "Content-Type": "application/json" },
    body: text,
  };
}

async function expectRefused(res: Response): Promise<void> {
  expect([400, 413]).toContain(res.status);
  const body = (await res.json()) as ErrorEnvelope;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.code).toBe("string");
}

const timeout = 240_000;

describe("hostile bodies", () => {
  it(
    "PUT /v1/summaries: random and hostile bodies are refused with a 4xx and store nothing",
    async () => {
      await fc.assert(
        fc.asyncProperty(bodyText, async (text) => {
          await expectRefused(await send(`/v1/summaries/${LAST}-01`, put(text)));
        }),
        { numRuns: RUNS.summaryBodies },
      );
    },
    timeout,
  );

  it(
    "PUT /v1/summaries: nearly valid summaries are stored exactly as validated, or refused and not stored",
    async () => {
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(nearlyValidSummary, async (summary) => {
          const text = JSON.stringify(summary);
          const res = await send(`/v1/summaries/${Y}`, put(text), (r) => r.status === 200);
          if (res.status !== 200) return expectRefused(res);
          accepted++;
          const row = await env.DB.prepare(
            "SELECT content FROM summaries WHERE group_id = ?1 AND period = ?2 AND form = ?3",
          )
            .bind(group.group.id, Y, (summary as { form: string }).form)
            .first<{ content: string }>();
          expect(row?.content).toBe(canonicalSummary(summarySchema.parse(JSON.parse(text))));
        }),
        { numRuns: RUNS.nearlyValidSummaries },
      );
      // The generator must reach both sides of the validator.
      expect(accepted).toBeGreaterThan(RUNS.nearlyValidSummaries / 20);
      expect(accepted).toBeLessThan(RUNS.nearlyValidSummaries);
    },
    timeout,
  );

  it(
    "POST /v1/records/check: never a 5xx and never stores anything, whatever the body",
    async () => {
      const record = fc.record({
        id: maybe(fc.string()),
        values: maybe(fc.dictionary(hostileKey, hostileValue, { maxKeys: 8 })),
      });
      const checkBody = fc.oneof(
        bodyText,
        fc
          .record({
            form: maybe(fc.constantFrom(...FORM_IDS)),
            records: maybe(fc.array(record, { minLength: 1, maxLength: 5 })),
          })
          .map((b) => JSON.stringify(b)),
      );
      await fc.assert(
        fc.asyncProperty(checkBody, async (text) => {
          const res = await send("/v1/records/check", { ...put(text), method: "POST" });
          expect([200, 400, 413]).toContain(res.status);
        }),
        { numRuns: RUNS.recordBodies },
      );
    },
    timeout,
  );

  it(
    "POST /v1/admin/groups: hostile bodies never get a 5xx; a 201 creates exactly what it says",
    async () => {
      const groupBody = fc.oneof(
        bodyText,
        fc
          .record({
            id: fc.option(maybe(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}[a-z0-9]$/)), {
              nil: undefined,
            }),
            name: maybe(fc.string({ minLength: 1, maxLength: 20 })),
            villages: maybe(fc.array(villageOrNot, { minLength: 1, maxLength: 3 })),
          })
          .map((b) => JSON.stringify(b)),
      );
      await fc.assert(
        fc.asyncProperty(groupBody, async (text) => {
          const init = {
            method: "POST",
            headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
            body: text,
          };
          const res = await send("/v1/admin/groups", init, (r) => r.status === 201);
          expect([201, 400, 409, 413]).toContain(res.status);
          if (res.status === 201) {
            const { group: created } = (await res.json()) as {
              group: { id: string; name: string };
            };
            const row = await env.DB.prepare("SELECT name FROM groups WHERE id = ?1")
              .bind(created.id)
              .first<{ name: string }>();
            expect(row?.name).toBe(created.name);
          }
        }),
        { numRuns: RUNS.groupBodies },
      );
    },
    timeout,
  );

  it(
    "bodies that are not UTF-8 are a 400 invalid_json",
    async () => {
      const bytes = fc.uint8Array({ minLength: 1, maxLength: 64 }).filter((b) => {
        try {
          new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(b);
          return false;
        } catch {
          return true;
        }
      });
      await fc.assert(
        fc.asyncProperty(bytes, async (b) => {
          const res = await send(`/v1/summaries/${LAST}-02`, { ...put(""), body: b });
          expect(res.status).toBe(400);
          expect(((await res.json()) as ErrorEnvelope).error.code).toBe("invalid_json");
        }),
        { numRuns: RUNS.rawBytes },
      );
    },
    timeout,
  );
});

describe("hostile paths and queries", () => {
  const segment = fc.oneof(
    hostileString.map((s) => {
      try {
        return encodeURIComponent(s.slice(0, 300));
      } catch {
        return "%ED%A0%80"; // a lone surrogate cannot be percent-encoded as UTF-8
      }
    }),
    // Percent-encodings that are not UTF-8: overlong, lone surrogate, truncated, stray.
    fc.constantFrom(
      "%FF",
      "%C0%AF",
      "%ED%A0%80",
      "%E0%80",
      "2026%00",
      "%",
      "%%",
      "2026%2F01",
      "..%2F..",
      "%F4%90%80%80",
      "2026-Q1%0A",
    ),
  );

  it(
    "periods, regions, area codes and ids never get a 5xx and a GET never changes anything",
    async () => {
      const auth = () => ({ Authorization: `Bearer ${group.key}` });
      const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };
      await fc.assert(
        fc.asyncProperty(segment, fc.nat(6), async (s, which) => {
          const requests: [string, RequestInit][] = [
            [`/v1/summaries/${s}`, { headers: auth() }],
            [`/v1/summaries/2026?region=${s}`, { headers: auth() }],
            [`/v1/summaries/2026?form=${s}&group=${s}`, { headers: auth() }],
            [`/v1/regions/${s}`, {}],
            [`/v1/admin/groups/${s}/audit`, { headers: admin }],
            [`/v1/admin/keys/${s}`, { method: "DELETE", headers: admin }],
            [
              `/v1/summaries/${s}`,
              put('{"form":"person","tables":[{"id":"t","dimensions":["sex"],"cells":[]}]}'),
            ],
          ];
          const [path, init] = requests[which] as [string, RequestInit];
          // A DELETE of an unknown key is a 404; only a real period may store a PUT.
          await send(path, init, (r) => r.status === 200 && init.method === "PUT");
        }),
        { numRuns: RUNS.paths },
      );
    },
    timeout,
  );
});

describe("figures", () => {
  it("sent every request the properties asked for, and no 5xx", () => {
    const total = Object.values(RUNS).reduce((a, b) => a + b, 0);
    expect(figures.requests).toBeGreaterThanOrEqual(total);
    expect([...figures.statuses.keys()].every((s) => s < 500)).toBe(true);
    console.info(
      `hostile requests: ${figures.requests}, statuses: ${JSON.stringify(Object.fromEntries(figures.statuses))}`,
    );
  });
});
