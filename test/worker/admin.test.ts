// The admin API: groups with checked villages, keys issued once and revoked at once, and the audit trail.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { personRow } from "../support/summaries.ts";
import {
  ADMIN_TOKEN,
  api,
  apiWithEnv,
  auth,
  type ErrorEnvelope,
  jsonInit,
  personSummary,
  seedGroup,
  YEAR,
} from "./helpers.ts";

interface GroupJson {
  id: string;
  name: string;
  villages: string[];
  created_at: string;
  keys: { id: string; created_at: string; revoked_at: string | null }[];
}
interface IssuedKey {
  id: string;
  group_id: string;
  key: string;
  created_at: string;
}

async function createGroup(body: unknown): Promise<Response> {
  return api("/v1/admin/groups", jsonInit("POST", ADMIN_TOKEN, body));
}

async function createdGroup(body: unknown): Promise<GroupJson> {
  const res = await createGroup(body);
  expect(res.status).toBe(201);
  return ((await res.json()) as { group: GroupJson }).group;
}

async function issueKey(groupId: string): Promise<IssuedKey> {
  const res = await api(`/v1/admin/groups/${groupId}/keys`, {
    method: "POST",
    ...auth(ADMIN_TOKEN),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as IssuedKey;
}

async function listGroups(): Promise<GroupJson[]> {
  const res = await api("/v1/admin/groups", auth(ADMIN_TOKEN));
  expect(res.status).toBe(200);
  return ((await res.json()) as { groups: GroupJson[] }).groups;
}

async function auditRows(groupId: string) {
  const { results } = await env.DB.prepare(
    "SELECT actor, actor_group_id, actor_key_id, action, group_id, key_id, form, period, revision FROM audit_log WHERE group_id = ?1 ORDER BY id",
  )
    .bind(groupId)
    .all();
  return results;
}

describe("POST /v1/admin/groups", () => {
  it("creates a group with real villages, under a chosen id or a generated one", async () => {
    const chosen = await createdGroup({
      id: "maros-bantimurung",
      name: "  POKJA Bantimurung ",
      villages: ["73.09.03.2004", "73.09.03.1002"],
    });
    expect(chosen).toEqual({
      id: "maros-bantimurung",
      name: "POKJA Bantimurung",
      villages: ["73.09.03.2004", "73.09.03.1002"],
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      keys: [],
    });
    const generated = await createdGroup({ name: "KPD Kota Kupang", villages: ["53.71.01.1001"] });
    expect(generated.id).toMatch(/^g-[0-9a-f]{16}$/);
    const listed = await listGroups();
    expect(listed.map((g) => g.id)).toEqual(expect.arrayContaining([chosen.id, generated.id]));
    expect(await auditRows(chosen.id)).toEqual([
      expect.objectContaining({ actor: "admin", action: "group.create", actor_group_id: null }),
    ]);
  });

  it("answers 409 for an id that is taken, and writes nothing", async () => {
    await createdGroup({ id: "taken", name: "First", villages: ["73.09.03.2004"] });
    const res = await createGroup({ id: "taken", name: "Second", villages: ["73.09.03.2005"] });
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.code).toBe("conflict");
    const group = (await listGroups()).find((g) => g.id === "taken");
    expect(group?.name).toBe("First");
    expect(await auditRows("taken")).toHaveLength(1);
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["an unknown village", { name: "x", villages: ["73.09.03.2999"] }, ["villages", 0]],
    ["a district instead of a village", { name: "x", villages: ["73.09.03"] }, ["villages", 0]],
    ["an undotted village code", { name: "x", villages: ["7309032004"] }, ["villages", 0]],
    [
      "a village listed twice",
      { name: "x", villages: ["73.09.03.2004", "73.09.03.2004"] },
      ["villages", 1],
    ],
    ["no villages", { name: "x", villages: [] }, ["villages"]],
    ["no name", { name: "   ", villages: ["73.09.03.2004"] }, ["name"]],
    [
      "a name with a control character",
      { name: "a\u0000b", villages: ["73.09.03.2004"] },
      ["name"],
    ],
    ["a lone surrogate in the name", { name: "a\ud800", villages: ["73.09.03.2004"] }, ["name"]],
    ["an uppercase id", { id: "Maros", name: "x", villages: ["73.09.03.2004"] }, ["id"]],
    ["an id with SQL", { id: "x'; DROP TABLE groups;--", name: "x", villages: [] }, ["id"]],
    ["an unknown key", { name: "x", villages: ["73.09.03.2004"], keys: 3 }, ["keys"]],
  ])("rejects %s with a 400 naming the path", async (_name, body, path) => {
    const res = await createGroup(body);
    expect(res.status).toBe(400);
    const envelope = (await res.json()) as ErrorEnvelope;
    expect(envelope.error.code).toBe("invalid_input");
    expect(envelope.error.issues.map((i) => i.path)).toContainEqual(path);
  });
});

describe("keys", () => {
  it("issues a key shown once, stores only its hash, and the key works at once", async () => {
    const group = await createdGroup({ name: "Kunci", villages: ["73.09.03.2004"] });
    const issued = await issueKey(group.id);
    expect(issued.group_id).toBe(group.id);
    // 32 random bytes, base64url: 256 bits.
    expect(issued.key).toMatch(/^pilah_[A-Za-z0-9_-]{43}$/);
    const stored = await env.DB.prepare("SELECT * FROM group_keys WHERE id = ?1")
      .bind(issued.id)
      .first<Record<string, unknown>>();
    expect(JSON.stringify(stored)).not.toContain(issued.key.slice(6));
    expect(stored?.key_hash).toMatch(/^[0-9a-f]{64}$/);

    const res = await api("/v1/summaries/2026", auth(issued.key));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { group: { id: string } }).group.id).toBe(group.id);

    const listed = (await listGroups()).find((g) => g.id === group.id);
    expect(listed?.keys).toEqual([
      { id: issued.id, created_at: issued.created_at, revoked_at: null },
    ]);
    expect(JSON.stringify(listed)).not.toContain(issued.key);
  });

  it("never issues the same key twice", async () => {
    const group = await createdGroup({ name: "Banyak", villages: ["73.09.03.2004"] });
    const keys = await Promise.all(Array.from({ length: 20 }, () => issueKey(group.id)));
    expect(new Set(keys.map((k) => k.key)).size).toBe(20);
    expect(new Set(keys.map((k) => k.id)).size).toBe(20);
  });

  it("revokes a key at once (401 on its next use), keeps the first revocation time", async () => {
    const group = await createdGroup({ name: "Cabut", villages: ["73.09.03.2004"] });
    const first = await issueKey(group.id);
    const second = await issueKey(group.id);
    expect((await api("/v1/summaries/2026", auth(first.key))).status).toBe(200);
    const res = await api(`/v1/admin/keys/${first.id}`, { method: "DELETE", ...auth(ADMIN_TOKEN) });
    expect(res.status).toBe(200);
    const revoked = (await res.json()) as { id: string; revoked_at: string };
    expect(revoked).toMatchObject({ id: first.id, group_id: group.id });
    expect((await api("/v1/summaries/2026", auth(first.key))).status).toBe(401);
    expect((await api("/v1/summaries/2026", auth(second.key))).status).toBe(200);

    const again = await api(`/v1/admin/keys/${first.id}`, {
      method: "DELETE",
      ...auth(ADMIN_TOKEN),
    });
    expect(((await again.json()) as { revoked_at: string }).revoked_at).toBe(revoked.revoked_at);
  });

  it("answers 404 for a key of an unknown group or an unknown key, writing nothing", async () => {
    const before = await env.DB.prepare("SELECT count(*) AS n FROM group_keys").first<{
      n: number;
    }>();
    const res = await api("/v1/admin/groups/no-such-group/keys", {
      method: "POST",
      ...auth(ADMIN_TOKEN),
    });
    expect(res.status).toBe(404);
    const after = await env.DB.prepare("SELECT count(*) AS n FROM group_keys").first<{
      n: number;
    }>();
    expect(after?.n).toBe(before?.n);
    const del = await api("/v1/admin/keys/k-nothing", { method: "DELETE", ...auth(ADMIN_TOKEN) });
    expect(del.status).toBe(404);
  });
});

describe("the audit log", () => {
  it("records who did what to which key and summary, and never any content", async () => {
    const group = await createdGroup({ name: "Jejak", villages: ["73.09.03.2004"] });
    const issued = await issueKey(group.id);
    const period = `${YEAR - 1}-Q2`;
    const summary = (n: number) =>
      personSummary(
        Array.from({ length: n }, (_, i) =>
          personRow({ village: "73.09.03.2004", sex: "P", age: 30, recordKey: i }),
        ),
        period,
        ["73.09.03.2004"],
      );
    for (const n of [7, 7, 9]) {
      const res = await api(`/v1/summaries/${period}`, jsonInit("PUT", issued.key, summary(n)));
      expect(res.status).toBe(200);
    }
    await api(`/v1/admin/keys/${issued.id}`, { method: "DELETE", ...auth(ADMIN_TOKEN) });

    const rows = await auditRows(group.id);
    const groupActor = { actor: "group", actor_group_id: group.id, actor_key_id: issued.id };
    expect(rows).toEqual([
      expect.objectContaining({ actor: "admin", action: "group.create" }),
      expect.objectContaining({ actor: "admin", action: "key.issue", key_id: issued.id }),
      // An unchanged re-upload writes nothing, not even an audit row.
      {
        ...groupActor,
        action: "summary.revise",
        group_id: group.id,
        key_id: null,
        form: "person",
        period,
        revision: 1,
      },
      {
        ...groupActor,
        action: "summary.revise",
        group_id: group.id,
        key_id: null,
        form: "person",
        period,
        revision: 2,
      },
      expect.objectContaining({ actor: "admin", action: "key.revoke", key_id: issued.id }),
    ]);
    const { results } = await env.DB.prepare("SELECT * FROM audit_log").all();
    expect(JSON.stringify(results)).not.toContain("73.09.03.2004");

    const res = await api(`/v1/admin/groups/${group.id}/audit`, auth(ADMIN_TOKEN));
    expect(res.status).toBe(200);
    const { entries } = (await res.json()) as { entries: { action: string; actor: unknown }[] };
    expect(entries.map((e) => e.action)).toEqual([
      "key.revoke",
      "summary.revise",
      "summary.revise",
      "key.issue",
      "group.create",
    ]);
    expect(entries[1]?.actor).toEqual({ kind: "group", group_id: group.id, key_id: issued.id });
  });

  it("a group key on the admin routes is 403 and leaves no trace", async () => {
    const { key, group } = await seedGroup();
    const res = await api(
      "/v1/admin/groups",
      jsonInit("POST", key, { name: "x", villages: ["73.09.03.2004"] }),
    );
    expect(res.status).toBe(403);
    expect(await auditRows(group.id)).toEqual([]);
  });
});

describe("the admin token", () => {
  it("is refused when shorter than 32 characters or unset, so a weak secret opens nothing", async () => {
    const short = "short-admin-token";
    const res = await apiWithEnv({ ADMIN_TOKEN: short }, "/v1/admin/groups", auth(short));
    expect(res.status).toBe(401);
    const unset = await apiWithEnv({ ADMIN_TOKEN: "" }, "/v1/admin/groups", auth(ADMIN_TOKEN));
    expect(unset.status).toBe(401);
  });

  it("must match exactly", async () => {
    for (const token of [`${ADMIN_TOKEN}x`, ADMIN_TOKEN.slice(0, -1), ADMIN_TOKEN.toUpperCase()]) {
      expect((await api("/v1/admin/groups", auth(token))).status).toBe(401);
    }
  });
});
