// Group-key auth: missing, malformed, unknown and revoked keys are 401 envelopes; a live key passes.
import { describe, expect, it } from "vitest";
import { addKey, api, auth, type ErrorEnvelope, revoke, seedGroup } from "./helpers.ts";

async function expect401(res: Response): Promise<void> {
  expect(res.status).toBe(401);
  expect(res.headers.get("www-authenticate")).toBe("Bearer");
  const body = (await res.json()) as ErrorEnvelope;
  expect(body).toEqual({
    error: { code: "unauthorized", message: expect.any(String), issues: [] },
  });
}

const PATH = "/v1/summaries/2026";

describe("group key auth", () => {
  it("rejects a request without a key", async () => {
    await expect401(await api(PATH));
  });

  it.each([
    "Basic dXNlcjpwYXNz",
    "Bearer",
    "Bearer ",
    "Bearer two words",
    "Token pilah-demo",
    `Bearer ${"x".repeat(300)}`,
  ])("rejects the malformed header %j", async (header) => {
    await expect401(await api(PATH, { headers: { Authorization: header } }));
  });

  it("rejects an unknown key", async () => {
    await expect401(await api(PATH, auth("no-such-key")));
  });

  it("rejects a revoked key and keeps accepting the group's other key", async () => {
    const { group, key, keyId } = await seedGroup();
    const other = await addKey(group.id);
    expect((await api(PATH, auth(key))).status).toBe(200);
    await revoke(keyId);
    await expect401(await api(PATH, auth(key)));
    expect((await api(PATH, auth(other.key))).status).toBe(200);
  });

  it("rejects a bad key on the record check before reading the body", async () => {
    const res = await api("/v1/records/check", {
      method: "POST",
      headers: { Authorization: "Bearer nope" },
      body: "{not json",
    });
    await expect401(res);
  });

  it("accepts a live key and answers with that key's group", async () => {
    const { group, key } = await seedGroup("Kelompok Auth");
    const res = await api(PATH, { headers: { Authorization: `bearer  ${key}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { group: { id: string; name: string } };
    expect(body.group).toEqual({ id: group.id, name: "Kelompok Auth" });
  });
});
