// The auth matrix: every route × no key, unknown key, revoked key, another group's key, the admin token, the own key.
import { beforeAll, describe, expect, it } from "vitest";
import { personRow } from "../support/summaries.ts";
import {
  ADMIN_TOKEN,
  addKey,
  api,
  dumpDatabase,
  type ErrorEnvelope,
  personSummary,
  revoke,
  type SeededGroup,
  seedGroup,
  YEAR,
} from "./helpers.ts";

type Who = "none" | "unknown" | "revoked" | "other" | "admin" | "own";
const WHO: Who[] = ["none", "unknown", "revoked", "other", "admin", "own"];

interface World {
  owner: SeededGroup;
  other: SeededGroup;
  revokedKey: string;
}

interface Route {
  name: string;
  method: string;
  path: (w: World) => string | Promise<string>;
  body?: (w: World) => unknown;
  /** Expected status per caller. */
  expect: Record<Who, number>;
}

const OWNER_VILLAGES = ["73.09.03.2004", "73.09.03.2005"];
const PERIOD = `${YEAR - 1}-01`;
const OTHER_VILLAGES = ["73.09.09.2001"];

const PUBLIC = { none: 200, unknown: 200, revoked: 200, other: 200, admin: 200, own: 200 };
const GROUP = { none: 401, unknown: 401, revoked: 401, other: 200, admin: 403, own: 200 };
const ANY = { none: 401, unknown: 401, revoked: 401, other: 200, admin: 200, own: 200 };
const OPTIONAL = { none: 200, unknown: 401, revoked: 401, other: 200, admin: 200, own: 200 };
const ADMIN = (ok: number) => ({
  none: 401,
  unknown: 401,
  revoked: 401,
  other: 403,
  admin: ok,
  own: 403,
});

const ROUTES: Route[] = [
  { name: "GET /v1/health", method: "GET", path: () => "/v1/health", expect: PUBLIC },
  {
    name: "POST /v1/records/check",
    method: "POST",
    path: () => "/v1/records/check",
    body: () => ({
      form: "person",
      records: [{ id: "r", values: { full_name: "Siti", sex: "P", village: OWNER_VILLAGES[0] } }],
    }),
    expect: GROUP,
  },
  {
    name: "PUT /v1/summaries/{period}",
    method: "PUT",
    path: () => `/v1/summaries/${PERIOD}`,
    body: () =>
      personSummary(
        [personRow({ village: OWNER_VILLAGES[0] as string, sex: "P", age: 33, recordKey: 9 })],
        PERIOD,
        OWNER_VILLAGES,
      ),
    // Another group's key writes to its own group, where the owner's village is refused.
    expect: { ...GROUP, other: 400 },
  },
  {
    name: "GET /v1/summaries/{period}",
    method: "GET",
    path: () => `/v1/summaries/${PERIOD}`,
    expect: GROUP,
  },
  {
    name: "GET /v1/summaries/{period}?group=<owner>",
    method: "GET",
    path: (w) => `/v1/summaries/${PERIOD}?group=${w.owner.group.id}`,
    expect: { ...GROUP, other: 403 },
  },
  {
    name: "GET /v1/summaries/{period}?region=",
    method: "GET",
    path: () => `/v1/summaries/${PERIOD}?region=73.09`,
    expect: ANY,
  },
  { name: "GET /v1/regions", method: "GET", path: () => "/v1/regions", expect: OPTIONAL },
  {
    name: "GET /v1/regions/{code}",
    method: "GET",
    path: () => "/v1/regions/73.09",
    expect: OPTIONAL,
  },
  {
    name: "GET /v1/admin/groups",
    method: "GET",
    path: () => "/v1/admin/groups",
    expect: ADMIN(200),
  },
  {
    name: "POST /v1/admin/groups",
    method: "POST",
    path: () => "/v1/admin/groups",
    body: () => ({ name: "Baru", villages: OTHER_VILLAGES }),
    expect: ADMIN(201),
  },
  {
    name: "POST /v1/admin/groups/{id}/keys",
    method: "POST",
    path: (w) => `/v1/admin/groups/${w.owner.group.id}/keys`,
    expect: ADMIN(201),
  },
  {
    name: "GET /v1/admin/groups/{id}/audit",
    method: "GET",
    path: (w) => `/v1/admin/groups/${w.owner.group.id}/audit`,
    expect: ADMIN(200),
  },
  {
    name: "DELETE /v1/admin/keys/{id}",
    method: "DELETE",
    // A fresh key of the owner each time, so a successful revocation spoils no other case.
    path: async (w) => `/v1/admin/keys/${(await addKey(w.owner.group.id)).keyId}`,
    expect: ADMIN(200),
  },
];

let world: World;

beforeAll(async () => {
  const owner = await seedGroup("Pemilik", OWNER_VILLAGES);
  const other = await seedGroup("Lain", OTHER_VILLAGES);
  const spare = await addKey(owner.group.id);
  await revoke(spare.keyId);
  world = { owner, other, revokedKey: spare.key };
});

function keyOf(who: Who): string | null {
  switch (who) {
    case "none":
      return null;
    case "unknown":
      return `pilah_${"A".repeat(43)}`;
    case "revoked":
      return world.revokedKey;
    case "other":
      return world.other.key;
    case "admin":
      return ADMIN_TOKEN;
    case "own":
      return world.owner.key;
  }
}

const CASES = ROUTES.flatMap((route) => WHO.map((who) => [route.name, who, route] as const));

describe("every route answers every kind of caller as the contract says", () => {
  it.each(CASES)("%s with %s", async (_name, who, route) => {
    const key = keyOf(who);
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (key !== null) headers.Authorization = `Bearer ${key}`;
    const path = await route.path(world);
    const before = await dumpDatabase();
    const res = await api(path, {
      method: route.method,
      headers,
      ...(route.body ? { body: JSON.stringify(route.body(world)) } : {}),
    });
    const expected = route.expect[who];
    expect(res.status).toBe(expected);
    if (expected >= 400) {
      const body = (await res.json()) as ErrorEnvelope;
      const code = { 400: "village_not_in_group", 401: "unauthorized", 403: "forbidden" }[
        expected as 400 | 401 | 403
      ];
      expect(body.error.code).toBe(code);
      if (expected === 401) expect(res.headers.get("www-authenticate")).toBe("Bearer");
      // A refused request changes nothing, not even the audit log.
      expect(await dumpDatabase()).toEqual(before);
    }
  });
});

describe("another group's key stays inside its own group", () => {
  it("never reads the owner's summaries and is counted only as itself", async () => {
    const other = `${YEAR - 1}-02`;
    const put = await api(`/v1/summaries/${other}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${world.owner.key}` },
      body: JSON.stringify(
        personSummary(
          [personRow({ village: OWNER_VILLAGES[0] as string, sex: "P", age: 33, recordKey: 9 })],
          other,
          OWNER_VILLAGES,
        ),
      ),
    });
    expect(put.status).toBe(200);
    const res = await api(`/v1/summaries/${other}`, {
      headers: { Authorization: `Bearer ${world.other.key}` },
    });
    const body = (await res.json()) as { group: { id: string }; summaries: unknown[] };
    expect(body.group.id).toBe(world.other.group.id);
    expect(body.summaries).toEqual([]);
  });
});
