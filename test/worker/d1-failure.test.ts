// A failing or stalled D1 is a 503 envelope, never a hang and never a half-written summary or group.
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { personRow } from "../support/summaries.ts";
import {
  ADMIN_TOKEN,
  api,
  apiWithEnv,
  auth,
  dumpDatabase,
  type ErrorEnvelope,
  jsonInit,
  personSummary,
  seedGroup,
  YEAR,
} from "./helpers.ts";

const PERIOD = `${YEAR - 1}-Q1`;
const summary = (count: number) =>
  personSummary(
    Array.from({ length: count }, (_, i) =>
      personRow({ village: "73.09.03.2004", sex: "P", age: 40, recordKey: 100 + i }),
    ),
    PERIOD,
  );

async function expect503(res: Response): Promise<void> {
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("5");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  const body = (await res.json()) as ErrorEnvelope;
  expect(body.error).toEqual({
    code: "storage_unavailable",
    message: expect.any(String),
    issues: [],
  });
}

/** The real binding, except that every call that reaches D1 settles as `outcome` says. */
function brokenDatabase(outcome: () => Promise<never>): D1Database {
  const statement: object = new Proxy(
    {},
    { get: (_, prop) => (prop === "bind" ? () => statement : () => outcome()) },
  );
  return new Proxy(env.DB, {
    get(target, prop) {
      if (prop === "prepare") return () => statement;
      if (prop === "batch" || prop === "exec") return () => outcome();
      return Reflect.get(target, prop);
    },
  });
}

const overloaded = () =>
  Promise.reject(new Error("D1_ERROR: D1 DB is overloaded. Requests queued for too long. Siti"));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("D1 fails part-way through a write", () => {
  it("rolls the whole upload back: no new revision, no history row, no audit row", async () => {
    const { key, group } = await seedGroup();
    expect((await api(`/v1/summaries/${PERIOD}`, jsonInit("PUT", key, summary(5)))).status).toBe(
      200,
    );
    const before = await dumpDatabase();
    // The upsert of the summary succeeds inside the batch; the audit insert then fails.
    await env.DB.prepare("ALTER TABLE audit_log RENAME TO audit_log_away").run();
    try {
      await expect503(await api(`/v1/summaries/${PERIOD}`, jsonInit("PUT", key, summary(6))));
      const admin = await api(
        "/v1/admin/groups",
        jsonInit("POST", ADMIN_TOKEN, { id: "tidak-jadi", name: "x", villages: ["73.09.03.2004"] }),
      );
      await expect503(admin);
      await expect503(
        await api(`/v1/admin/groups/${group.id}/keys`, { method: "POST", ...auth(ADMIN_TOKEN) }),
      );
    } finally {
      await env.DB.prepare("ALTER TABLE audit_log_away RENAME TO audit_log").run();
    }
    expect(await dumpDatabase()).toEqual(before);
    // Once D1 is whole again, the same upload goes through as the next revision.
    const res = await api(`/v1/summaries/${PERIOD}`, jsonInit("PUT", key, summary(6)));
    expect(await res.json()).toEqual({ revision: 2, changed: true });
  });
});

describe("D1 rejects every call", () => {
  it.each<[string, string, RequestInit | undefined]>([
    ["the key lookup of a read", "/v1/summaries/2026", undefined],
    ["the key lookup of an upload", `/v1/summaries/${PERIOD}`, { method: "PUT", body: "{}" }],
    ["the record check's key lookup", "/v1/records/check", { method: "POST", body: "{}" }],
    [
      "an admin listing",
      "/v1/admin/groups",
      { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } },
    ],
  ])("answers %s with a 503, logging no message text", async (_name, path, init) => {
    const { key } = await seedGroup();
    const logged: unknown[][] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
    const headers = { Authorization: `Bearer ${key}`, ...(init?.headers as object) };
    await expect503(
      await apiWithEnv({ DB: brokenDatabase(overloaded) }, path, { ...init, headers }),
    );
    expect(JSON.stringify(logged)).toContain("503 D1_ERROR");
    expect(JSON.stringify(logged)).not.toContain("Siti");
    expect(JSON.stringify(logged)).not.toContain("overloaded");
  });

  it("still answers what needs no database", async () => {
    const broken = { DB: brokenDatabase(overloaded) };
    expect((await apiWithEnv(broken, "/v1/health")).status).toBe(200);
    expect((await apiWithEnv(broken, "/v1/regions/73.09")).status).toBe(200);
  });
});

describe("D1 never answers", () => {
  it("answers 503 once D1_TIMEOUT_MS has passed instead of hanging", async () => {
    const { key } = await seedGroup();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const stalled = { DB: brokenDatabase(() => new Promise<never>(() => {})), D1_TIMEOUT_MS: "50" };
    const started = Date.now();
    await expect503(
      await apiWithEnv(stalled, `/v1/summaries/${PERIOD}`, jsonInit("PUT", key, summary(1))),
    );
    await expect503(await apiWithEnv(stalled, "/v1/summaries/2026?region=73", auth(key)));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
