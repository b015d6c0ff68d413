// Abuse limits: security headers on every answer, no CORS, OPTIONS refused, and the per-key rate limit (429).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { RATE_LIMIT_PERIOD_S } from "../../worker/src/rate-limit.ts";
import wranglerToml from "../../wrangler.toml?raw";
import {
  ADMIN_TOKEN,
  api,
  apiWithEnv,
  auth,
  type ErrorEnvelope,
  jsonInit,
  seedGroup,
} from "./helpers.ts";

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "content-security-policy":
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
};

function expectSecure(res: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(res.headers.get(name), name).toBe(value);
  }
  const cors = [...res.headers.keys()].filter((name) => name.startsWith("access-control-"));
  expect(cors).toEqual([]);
}

const { key } = await seedGroup();

describe("security headers", () => {
  it.each<[string, () => Promise<Response>, number]>([
    ["a 200", () => api("/v1/health"), 200],
    ["a 200 with a key", () => api("/v1/summaries/2026", auth(key)), 200],
    ["a cacheable 200", () => api("/v1/regions/73"), 200],
    ["a 400", () => api("/v1/summaries/2026", jsonInit("PUT", key, "{")), 400],
    ["a 401", () => api("/v1/summaries/2026"), 401],
    ["a 403", () => api("/v1/admin/groups", auth(key)), 403],
    ["a 404", () => api("/nothing"), 404],
    ["a 405", () => api("/v1/health", { method: "DELETE" }), 405],
    [
      "a 413",
      () =>
        api("/v1/summaries/2026", {
          method: "PUT",
          headers: { Authorization: `Bearer ${key}`, "Content-Length": String(2 * 1024 * 1024) },
          body: "x".repeat(2 * 1024 * 1024),
        }),
      413,
    ],
  ])("are on %s", async (_name, request, status) => {
    const res = await request();
    expect(res.status).toBe(status);
    expectSecure(res);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("keep answers out of shared caches, except the public area list", async () => {
    expect((await api("/v1/summaries/2026", auth(key))).headers.get("cache-control")).toBe(
      "no-store",
    );
    expect((await api("/v1/summaries/2026")).headers.get("cache-control")).toBe("no-store");
    expect((await api("/v1/regions/73")).headers.get("cache-control")).toBe(
      "public, max-age=86400",
    );
  });
});

describe("no CORS for browsers", () => {
  const PATHS = [
    "/v1/health",
    "/v1/records/check",
    "/v1/summaries/2026",
    "/v1/regions",
    "/v1/regions/73",
    "/v1/admin/groups",
    "/v1/admin/groups/x/keys",
    "/v1/admin/groups/x/audit",
    "/v1/admin/keys/x",
  ];

  it.each(PATHS)("a preflight to %s is a 405 envelope without Access-Control-*", async (path) => {
    const res = await api(path, {
      method: "OPTIONS",
      headers: {
        Origin: "https://evil.example",
        "Access-Control-Request-Method": "PUT",
        "Access-Control-Request-Headers": "authorization, content-type",
      },
    });
    expect(res.status).toBe(405);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("method_not_allowed");
    expectSecure(res);
  });

  it("an unknown path is a 404 to OPTIONS, and a cross-origin GET gets no CORS either", async () => {
    const options = await api("/v2/anything", {
      method: "OPTIONS",
      headers: { Origin: "https://a.example" },
    });
    expect(options.status).toBe(404);
    expectSecure(options);
    const get = await api("/v1/summaries/2026", {
      headers: { Origin: "https://evil.example", Authorization: `Bearer ${key}` },
    });
    expect(get.status).toBe(200);
    expectSecure(get);
  });
});

describe("rate limits: per address before any key is looked up, then per key", () => {
  // TEST_TIGHT_RATE_LIMIT is a real rate-limiting binding (miniflare's) with a limit of 3.
  const tightBinding = () =>
    (env as unknown as { TEST_TIGHT_RATE_LIMIT: RateLimit }).TEST_TIGHT_RATE_LIMIT;

  it("answers the request over a key's limit with a 429 envelope and Retry-After, per key", async () => {
    const a = await seedGroup();
    const b = await seedGroup();
    const limits = { KEY_RATE_LIMIT: tightBinding() };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await apiWithEnv(limits, "/v1/summaries/2026", auth(a.key));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(last?.headers.get("retry-after")).toBe(String(RATE_LIMIT_PERIOD_S));
    const body = (await last?.json()) as ErrorEnvelope;
    expect(body.error).toEqual({ code: "rate_limited", message: expect.any(String), issues: [] });
    expectSecure(last as Response);
    // Another key has its own budget.
    expect((await apiWithEnv(limits, "/v1/summaries/2026", auth(b.key))).status).toBe(200);
  });

  it("stops a flood of random keys from one address without asking D1", async () => {
    // A database that fails every call: a request that looked a key up would be a 503.
    const failing = {
      prepare: () => ({
        bind: () => ({ first: () => Promise.reject(new Error("D1_ERROR")) }),
        first: () => Promise.reject(new Error("D1_ERROR")),
      }),
    } as unknown as D1Database;
    const limits = { IP_RATE_LIMIT: tightBinding(), DB: failing };
    const from = { "CF-Connecting-IP": "198.51.100.7" };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await apiWithEnv(limits, "/v1/summaries/2026", {
        headers: { ...from, Authorization: `Bearer pilah_random${i}${"x".repeat(30)}` },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([503, 503, 503, 429, 429, 429]);
  });

  it("limits the admin like anyone, and callers without a key by address", async () => {
    const admin: number[] = [];
    const keyLimits = { KEY_RATE_LIMIT: tightBinding() };
    for (let i = 0; i < 4; i++) {
      admin.push((await apiWithEnv(keyLimits, "/v1/admin/groups", auth(ADMIN_TOKEN))).status);
    }
    expect(admin).toEqual([200, 200, 200, 429]);
    const ipLimits = { IP_RATE_LIMIT: tightBinding() };
    const from = (ip: string) => ({ headers: { "CF-Connecting-IP": ip } });
    const a: number[] = [];
    for (let i = 0; i < 4; i++)
      a.push((await apiWithEnv(ipLimits, "/v1/regions", from("192.0.2.1"))).status);
    expect(a).toEqual([200, 200, 200, 429]);
    expect((await apiWithEnv(ipLimits, "/v1/regions", from("192.0.2.2"))).status).toBe(200);
  });

  it("never limits the health check", async () => {
    const limits = { IP_RATE_LIMIT: tightBinding(), KEY_RATE_LIMIT: tightBinding() };
    for (let i = 0; i < 6; i++) {
      const res = await apiWithEnv(limits, "/v1/health", {
        headers: { "CF-Connecting-IP": "192.0.2.9" },
      });
      expect(res.status).toBe(200);
    }
  });

  it("is declared in wrangler.toml with the period the worker tells clients to wait", () => {
    const blocks = wranglerToml.split("[[ratelimits]]").slice(1);
    const names = blocks.map((b) => /name = "(\w+)"/.exec(b)?.[1]);
    expect(names).toEqual(["IP_RATE_LIMIT", "KEY_RATE_LIMIT"]);
    for (const block of blocks) {
      expect(block).toMatch(/namespace_id = "\d+"/);
      expect(block).toMatch(
        new RegExp(`simple = \\{ limit = \\d+, period = ${RATE_LIMIT_PERIOD_S} \\}`),
      );
    }
  });
});
