// Field entry in workerd with D1: key and token routes, the auth matrix, the sealed inbox, quotas, expiry, hostile bodies, no plaintext stored.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BOX_CHARS, MAX_INBOX_BODY_BYTES } from "../../core/api/field.ts";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair, seal } from "../../core/sealed-box/seal.ts";
import refusals from "./field-refusals.json";
import {
  ADMIN_TOKEN,
  api,
  apiWithEnv,
  dumpDatabase,
  type EnvOverrides,
  type ErrorEnvelope,
  jsonInit,
  type SeededGroup,
  seedGroup,
} from "./helpers.ts";

const groupKeys = newKeyPair();
const PUBLIC_KEY = toBase64(groupKeys.publicKey);
const NAME = "Maria Goreti Ndoen";

let owner: SeededGroup;
let other: SeededGroup;

async function newMember(key: string): Promise<{ id: string; token: string }> {
  const res = await api("/v1/field/members", jsonInit("POST", key, {}));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; token: string };
}

let n = 0;
function item(extra: Partial<Record<string, unknown>> = {}) {
  n++;
  const id = `rec-${crypto.randomUUID()}`;
  const record = JSON.stringify({ id, nama: NAME, nik: "5301015708800001", n });
  return {
    id,
    form: "person",
    village: "73.09.03.2004",
    saved_at: new Date().toISOString(),
    box: toBase64(seal(record, groupKeys.publicKey)),
    ...extra,
  };
}

async function send(token: string, items: unknown[], overrides?: EnvOverrides) {
  const init = jsonInit("POST", token, { items });
  return overrides ? apiWithEnv(overrides, "/v1/field/inbox", init) : api("/v1/field/inbox", init);
}

async function states(token: string, ids: string[]): Promise<string[]> {
  const res = await api("/v1/field/inbox/status", jsonInit("POST", token, { ids }));
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: { state: string }[] }).items.map((i) => i.state);
}

beforeAll(async () => {
  owner = await seedGroup();
  other = await seedGroup();
});

describe("group public key", () => {
  it("is set by the group key and read by its members; admin and other groups cannot", async () => {
    expect(
      (await api("/v1/field/key", jsonInit("PUT", owner.key, { public_key: PUBLIC_KEY }))).status,
    ).toBe(200);
    const member = await newMember(owner.key);
    const read = await api("/v1/field/key", jsonInit("GET", member.token, undefined));
    expect(read.status).toBe(200);
    expect(((await read.json()) as { public_key: string }).public_key).toBe(PUBLIC_KEY);
    // The member cannot replace it, the admin has no say, a group without a key gets 404.
    expect(
      (await api("/v1/field/key", jsonInit("PUT", member.token, { public_key: PUBLIC_KEY })))
        .status,
    ).toBe(403);
    expect((await api("/v1/field/key", jsonInit("GET", ADMIN_TOKEN, undefined))).status).toBe(403);
    expect((await api("/v1/field/key", jsonInit("GET", other.key, undefined))).status).toBe(404);
    expect((await api("/v1/field/key", jsonInit("GET", null, undefined))).status).toBe(401);
  });

  it("refuses a key that is not base64 of 32 bytes", async () => {
    for (const bad of ["", "abc", `${PUBLIC_KEY}A`, PUBLIC_KEY.replace(/.$/, "!"), 42, null]) {
      const res = await api("/v1/field/key", jsonInit("PUT", owner.key, { public_key: bad }));
      expect(res.status, String(bad)).toBe(400);
      const body = (await res.json()) as ErrorEnvelope;
      expect(body.error.issues[0]?.path).toEqual(["public_key"]);
    }
  });
});

describe("group villages", () => {
  it("are read by a member token and the group key (codes only); admin, no key and a revoked token cannot", async () => {
    const g = await seedGroup("Kelompok Desa", ["73.09.03.2006", "73.09.03.1002"]);
    const m = await newMember(g.key);
    for (const key of [m.token, g.key]) {
      const res = await api("/v1/field/villages", jsonInit("GET", key, undefined));
      expect(res.status).toBe(200);
      // Only the codes: not the group's name or id, nothing of another group.
      expect(await res.json()).toEqual({ villages: ["73.09.03.2006", "73.09.03.1002"] });
    }
    const others = await api("/v1/field/villages", jsonInit("GET", other.key, undefined));
    expect(((await others.json()) as { villages: string[] }).villages).toEqual(
      other.group.villages,
    );
    expect((await api("/v1/field/villages", jsonInit("GET", ADMIN_TOKEN, undefined))).status).toBe(
      403,
    );
    expect((await api("/v1/field/villages", jsonInit("GET", null, undefined))).status).toBe(401);
    expect(
      (await api("/v1/field/villages", jsonInit("PUT", m.token, { villages: [] }))).status,
    ).toBe(404);
    await api(`/v1/field/members/${m.id}`, jsonInit("DELETE", g.key, undefined));
    const revoked = await api("/v1/field/villages", jsonInit("GET", m.token, undefined));
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as ErrorEnvelope).error.code).toBe("revoked");
  });
});

describe("member tokens", () => {
  it("are created, listed and revoked by the group key only; only the hash is stored", async () => {
    const m = await newMember(owner.key);
    expect(m.token).toMatch(/^pilahm_[A-Za-z0-9_-]{43}$/);
    const list = await api("/v1/field/members", jsonInit("GET", owner.key, undefined));
    const members = ((await list.json()) as { members: { id: string; token?: string }[] }).members;
    expect(members.map((x) => x.id)).toContain(m.id);
    expect(JSON.stringify(members)).not.toContain(m.token);
    const db = await dumpDatabase();
    expect(JSON.stringify(db)).not.toContain(m.token);

    for (const key of [m.token, ADMIN_TOKEN, other.key]) {
      const res = await api(`/v1/field/members/${m.id}`, jsonInit("DELETE", key, undefined));
      expect(res.status, key).toBe(key === other.key ? 404 : 403);
    }
    expect((await api("/v1/field/members", jsonInit("POST", m.token, {}))).status).toBe(403);
    expect((await api("/v1/field/members", jsonInit("GET", ADMIN_TOKEN, undefined))).status).toBe(
      403,
    );

    const revoked = await api(
      `/v1/field/members/${m.id}`,
      jsonInit("DELETE", owner.key, undefined),
    );
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { revoked_at: string | null }).revoked_at).not.toBeNull();
    const refused = await send(m.token, [item()]);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as ErrorEnvelope).error.code).toBe("revoked");
  });

  it("cannot read anything else: records, summaries, the inbox, the admin routes", async () => {
    const m = await newMember(owner.key);
    const tries: [string, string, unknown][] = [
      ["GET", "/v1/field/inbox", undefined],
      ["POST", "/v1/field/inbox/ack", { items: [{ id: "abcdefgh", state: "taken" }] }],
      ["POST", "/v1/records/check", { form: "person", records: [] }],
      ["GET", `/v1/summaries/${new Date().getFullYear()}-01`, undefined],
      ["GET", "/v1/admin/groups", undefined],
      ["GET", "/v1/field/members", undefined],
    ];
    for (const [method, path, body] of tries) {
      const res = await api(path, jsonInit(method, m.token, body));
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });

  it("a group holds a bounded number of tokens", async () => {
    const g = await seedGroup();
    await env.DB.batch(
      Array.from({ length: 200 }, () =>
        env.DB.prepare(
          "INSERT INTO member_tokens (id, group_id, token_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
        ).bind(
          `m_${crypto.randomUUID()}`,
          g.group.id,
          `${crypto.randomUUID()}${crypto.randomUUID()}`.replace(/-/g, "").slice(0, 64),
          "2026-01-01T00:00:00Z",
        ),
      ),
    );
    const res = await api("/v1/field/members", jsonInit("POST", g.key, {}));
    expect(res.status).toBe(409);
  });
});

describe("inbox", () => {
  it("member sends, reads only its own states; group pulls, acknowledges; ciphertext then deleted", async () => {
    const a = await newMember(owner.key);
    const b = await newMember(owner.key);
    const x = item();
    const sent = await send(a.token, [x]);
    expect(sent.status).toBe(200);
    expect(await states(a.token, [x.id])).toEqual(["sent"]);
    // Another member, even of the same group, learns nothing about it.
    expect(await states(b.token, [x.id])).toEqual(["unknown"]);
    // Sending again changes nothing; another member reusing the id is refused.
    expect((await send(a.token, [x])).status).toBe(200);
    expect((await send(b.token, [x])).status).toBe(409);

    const pull = await api("/v1/field/inbox", jsonInit("GET", owner.key, undefined));
    const pulled = (await pull.json()) as {
      items: { id: string; box: string; member_id: string }[];
    };
    const mine = pulled.items.find((i) => i.id === x.id);
    expect(mine?.box).toBe(x.box);
    expect(mine?.member_id).toBe(a.id);
    // Another group's key sees none of it.
    const theirs = await api("/v1/field/inbox", jsonInit("GET", other.key, undefined));
    expect(JSON.stringify(await theirs.json())).not.toContain(x.id);

    const ack = await api(
      "/v1/field/inbox/ack",
      jsonInit("POST", owner.key, { items: [{ id: x.id, state: "taken" }] }),
    );
    expect(ack.status).toBe(200);
    expect(await states(a.token, [x.id])).toEqual(["taken"]);
    const row = await env.DB.prepare("SELECT box, size, state FROM inbox_items WHERE id = ?1")
      .bind(x.id)
      .first();
    expect(row).toEqual({ box: null, size: 0, state: "taken" });
    const again = (await (
      await api("/v1/field/inbox", jsonInit("GET", owner.key, undefined))
    ).json()) as {
      items: { id: string }[];
    };
    expect(again.items.map((i) => i.id)).not.toContain(x.id);
  });

  it("takes a rejected item again from the member who sent it (Coba lagi), never a taken one", async () => {
    const a = await newMember(owner.key);
    const b = await newMember(owner.key);
    const x = item();
    const y = item();
    expect((await send(a.token, [x, y])).status).toBe(200);
    const ack = await api(
      "/v1/field/inbox/ack",
      jsonInit("POST", owner.key, {
        items: [
          { id: x.id, state: "rejected" },
          { id: y.id, state: "taken" },
        ],
      }),
    );
    expect(ack.status).toBe(200);
    expect(await states(a.token, [x.id, y.id])).toEqual(["rejected", "taken"]);
    // Another member cannot take over the rejected id; the sender's intact copy replaces it.
    expect((await send(b.token, [x])).status).toBe(409);
    expect(await states(a.token, [x.id])).toEqual(["rejected"]);
    expect((await send(a.token, [x, y])).status).toBe(200);
    expect(await states(a.token, [x.id, y.id])).toEqual(["sent", "taken"]);
    const rows = await env.DB.prepare(
      "SELECT id, box, state FROM inbox_items WHERE id IN (?1, ?2) ORDER BY id = ?1 DESC",
    )
      .bind(x.id, y.id)
      .all();
    expect(rows.results).toEqual([
      { id: x.id, box: x.box, state: "sent" },
      { id: y.id, box: null, state: "taken" },
    ]);
  });

  it("keeps the group's inbox within its quota (413, nothing stored)", async () => {
    const g = await seedGroup();
    const m = await newMember(g.key);
    const overrides = { FIELD_INBOX_QUOTA_BYTES: "2000" } as unknown as EnvOverrides;
    const first = item();
    expect((await send(m.token, [first], overrides)).status).toBe(200);
    const many = Array.from({ length: 20 }, () => item());
    const over = await send(m.token, many, overrides);
    expect(over.status).toBe(413);
    expect(((await over.json()) as ErrorEnvelope).error.code).toBe("quota_exceeded");
    expect(
      await states(
        m.token,
        many.map((i) => i.id),
      ),
    ).toEqual(many.map(() => "unknown"));
    // Once the sheet takes what waits, there is room again.
    await api(
      "/v1/field/inbox/ack",
      jsonInit("POST", g.key, { items: [{ id: first.id, state: "taken" }] }),
    );
    expect((await send(m.token, many.slice(0, 2), overrides)).status).toBe(200);
  });

  it("forgets items after their 30 days", async () => {
    const m = await newMember(owner.key);
    const old = item();
    expect((await send(m.token, [old])).status).toBe(200);
    await env.DB.prepare("UPDATE inbox_items SET expires_at = ?1 WHERE id = ?2")
      .bind(new Date(Date.now() - 1000).toISOString(), old.id)
      .run();
    const pull = (await (
      await api("/v1/field/inbox", jsonInit("GET", owner.key, undefined))
    ).json()) as {
      items: { id: string }[];
    };
    expect(pull.items.map((i) => i.id)).not.toContain(old.id);
    expect(await states(m.token, [old.id])).toEqual(["unknown"]);
    const fresh = item();
    await send(m.token, [fresh]);
    const row = await env.DB.prepare(
      "SELECT received_at, expires_at FROM inbox_items WHERE id = ?1",
    )
      .bind(fresh.id)
      .first<{ received_at: string; expires_at: string }>();
    const days =
      (Date.parse(row?.expires_at ?? "") - Date.parse(row?.received_at ?? "")) / 86_400_000;
    expect(days).toBe(30);
  });

  it("answers hostile bodies with 4xx envelopes and stores nothing", async () => {
    const m = await newMember(owner.key);
    const before = JSON.stringify(await dumpDatabase());
    const bodies: [unknown, number][] = [
      ["{", 400],
      ["", 400],
      [[], 400],
      [{ items: [] }, 400],
      [{ items: [item()], extra: 1 }, 400],
      [{ items: [item({ name: NAME })] }, 400],
      [{ items: [item({ box: "not base64 at all!".repeat(8) })] }, 400],
      [{ items: [item({ box: "A".repeat(9000) })] }, 400],
      [{ items: [item({ form: "diary" })] }, 400],
      [{ items: [item({ village: "Desa Bontoa" })] }, 400],
      [{ items: [item({ id: "../../x" })] }, 400],
      [{ items: [item({ saved_at: "kemarin" })] }, 400],
      [{ items: Array.from({ length: 21 }, () => item()) }, 400],
      [{ items: [item(), item()].map((i, _k, all) => ({ ...i, id: all[0]?.id })) }, 400],
      [{ items: [item({ box: "A".repeat(MAX_INBOX_BODY_BYTES) })] }, 413],
      [{ items: [{ __proto__: { id: "x" } }] }, 400],
    ];
    for (const [body, status] of bodies) {
      const res = await api(
        "/v1/field/inbox",
        jsonInit("POST", m.token, typeof body === "string" ? body : JSON.stringify(body)),
      );
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      const env = (await res.json()) as ErrorEnvelope;
      expect(typeof env.error.code).toBe("string");
    }
    expect(JSON.stringify(await dumpDatabase())).toBe(before);
  });

  it("takes a full batch of the largest boxes in one request", async () => {
    const g = await seedGroup();
    const m = await newMember(g.key);
    const big = `${"A".repeat(MAX_BOX_CHARS - 4)}AAA=`;
    const items = Array.from({ length: 20 }, () => item({ box: big }));
    expect((await send(m.token, items)).status).toBe(200);
  });

  it("stores no plaintext name in any column: only ciphertext and the small metadata", async () => {
    const m = await newMember(owner.key);
    const items = Array.from({ length: 5 }, () => item());
    expect((await send(m.token, items)).status).toBe(200);
    const db = await dumpDatabase();
    const text = JSON.stringify(db);
    expect(text).toContain(items[0]?.box.slice(0, 40));
    for (const word of [NAME, "Maria", "Goreti", "Ndoen", "5301015708800001", "nama"])
      expect(text, word).not.toContain(word);
    // The opened box is the record: the worker kept what the phone sealed.
    const row = await env.DB.prepare("SELECT box FROM inbox_items WHERE id = ?1")
      .bind(items[0]?.id)
      .first<{ box: string }>();
    expect(row?.box).toBe(items[0]?.box);
  });
});

describe("refusals of the field contract", () => {
  // Every schema rule of the four field bodies, broken one way or several at once. The expected
  // envelopes (status, code, message, each issue's path and text) were recorded from the contract
  // as it stood on classic zod, so a change of its schema library cannot change what clients read.
  const ok = item();
  const long = (n: number, c = "A") => c.repeat(n);
  const member: [string, unknown][] = [
    ["/v1/field/inbox", {}],
    ["/v1/field/inbox", { items: [] }],
    ["/v1/field/inbox", { items: "x" }],
    ["/v1/field/inbox", { items: Array.from({ length: 21 }, () => ok) }],
    ["/v1/field/inbox", { items: [ok], extra: 1 }],
    ["/v1/field/inbox", { items: [{ ...ok, extra: 1, more: 2 }] }],
    ["/v1/field/inbox", { items: [{}] }],
    ["/v1/field/inbox", { items: [null] }],
    ["/v1/field/inbox", { items: [{ ...ok, id: "short" }] }],
    ["/v1/field/inbox", { items: [{ ...ok, id: long(65) }] }],
    ["/v1/field/inbox", { items: [{ ...ok, id: "rec id with spaces" }] }],
    ["/v1/field/inbox", { items: [{ ...ok, id: 12345678 }] }],
    ["/v1/field/inbox", { items: [{ ...ok, form: "" }] }],
    ["/v1/field/inbox", { items: [{ ...ok, form: 1 }] }],
    ["/v1/field/inbox", { items: [{ ...ok, village: "73.09.03" }] }],
    ["/v1/field/inbox", { items: [{ ...ok, village: 7309032004 }] }],
    ["/v1/field/inbox", { items: [{ ...ok, saved_at: "2026-12-06" }] }],
    ["/v1/field/inbox", { items: [{ ...ok, saved_at: "2026-12-06T10:00:00+08:00" }] }],
    ["/v1/field/inbox", { items: [{ ...ok, saved_at: "yesterday" }] }],
    ["/v1/field/inbox", { items: [{ ...ok, box: "" }] }],
    ["/v1/field/inbox", { items: [{ ...ok, box: long(63) }] }],
    ["/v1/field/inbox", { items: [{ ...ok, box: long(MAX_BOX_CHARS + 4) }] }],
    ["/v1/field/inbox", { items: [{ ...ok, box: long(64, "!") }] }],
    ["/v1/field/inbox", { items: [{ ...ok, box: `${long(60)}=A==` }] }],
    ["/v1/field/inbox", { items: [{ ...ok, box: ["x"] }] }],
    ["/v1/field/inbox", { items: [ok, { ...ok, id: "bad id!", village: "", box: "", form: "x" }] }],
    [
      "/v1/field/inbox",
      { items: [{ id: null, form: null, village: null, saved_at: null, box: null }] },
    ],
    ["/v1/field/inbox/status", {}],
    ["/v1/field/inbox/status", { ids: [] }],
    ["/v1/field/inbox/status", { ids: Array.from({ length: 201 }, (_, k) => `rec-${1000 + k}`) }],
    ["/v1/field/inbox/status", { ids: ["short", 5, null, "rec-ok-1234"] }],
    ["/v1/field/inbox/status", { ids: ["rec-ok-1234"], more: true }],
    ["/v1/field/inbox/status", { ids: "rec-ok-1234" }],
  ];
  const group: [string, string, unknown][] = [
    ["PUT", "/v1/field/key", {}],
    ["PUT", "/v1/field/key", { public_key: "" }],
    ["PUT", "/v1/field/key", { public_key: long(44) }],
    ["PUT", "/v1/field/key", { public_key: `${long(43)}!` }],
    ["PUT", "/v1/field/key", { public_key: `${long(44)}=` }],
    ["PUT", "/v1/field/key", { public_key: 42 }],
    ["PUT", "/v1/field/key", { public_key: `${long(43)}=`, other: 1 }],
    ["POST", "/v1/field/inbox/ack", {}],
    ["POST", "/v1/field/inbox/ack", { items: [] }],
    ["POST", "/v1/field/inbox/ack", { items: [{ id: "rec-ok-1234", state: "sent" }] }],
    ["POST", "/v1/field/inbox/ack", { items: [{ id: "x", state: "taken", at: 1 }] }],
    ["POST", "/v1/field/inbox/ack", { items: [{}] }],
    [
      "POST",
      "/v1/field/inbox/ack",
      { items: Array.from({ length: 201 }, (_, k) => ({ id: `rec-${1000 + k}`, state: "taken" })) },
    ],
  ];

  it("answers each broken body with the same envelope as before", async () => {
    const m = await newMember(owner.key);
    const got: unknown[] = [];
    const read = async (res: Response) => ({ status: res.status, body: await res.json() });
    for (const [path, body] of member)
      got.push(await read(await api(path, jsonInit("POST", m.token, body))));
    for (const [method, path, body] of group)
      got.push(await read(await api(path, jsonInit(method, owner.key, body))));
    expect(got).toEqual(refusals);
  });
});
