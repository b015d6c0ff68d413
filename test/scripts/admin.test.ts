// The admin CLI: each command's request, its answer checked against the API contract, and errors said plainly.
import { describe, expect, it } from "vitest";
import { AdminError, runAdmin } from "../../scripts/admin.ts";

const TOKEN = "t".repeat(40);

function io(answers: Record<string, { status: number; body: unknown }>) {
  const lines: string[] = [];
  const calls: { method: string; url: string; body?: string }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ method: init.method ?? "GET", url, body: init.body as string | undefined });
    const a = answers[`${init.method ?? "GET"} ${url}`] ?? { status: 404, body: {} };
    return new Response(JSON.stringify(a.body), { status: a.status });
  }) as unknown as typeof globalThis.fetch;
  return {
    lines,
    calls,
    io: { fetch, env: { PILAH_ADMIN_TOKEN: TOKEN }, out: (l: string) => lines.push(l) },
  };
}

const BASE = "http://127.0.0.1:8787";

describe("npm run admin", () => {
  it("lists and sets the forms' floors", async () => {
    const t = io({
      [`GET ${BASE}/v1/admin/forms`]: {
        status: 200,
        body: {
          floors: [
            { form: "person", floor: "village" },
            { form: "case", floor: "district" },
          ],
        },
      },
      [`PUT ${BASE}/v1/admin/forms/case`]: {
        status: 200,
        body: { form: "case", floor: "regency" },
      },
    });
    expect(await runAdmin(["floors"], t.io)).toBe(0);
    expect(t.lines).toEqual(["person     village", "case       district"]);
    expect(await runAdmin(["set-floor", "case", "regency"], t.io)).toBe(0);
    expect(t.calls.at(-1)).toMatchObject({ method: "PUT", body: '{"floor":"regency"}' });
    await expect(runAdmin(["set-floor", "case", "kecamatan"], t.io)).rejects.toThrow(AdminError);
  });

  it("refuses an answer that is not the contract's, rather than printing it", async () => {
    const t = io({
      [`GET ${BASE}/v1/admin/groups`]: { status: 200, body: { groups: [{ id: "g", name: 3 }] } },
    });
    await expect(runAdmin(["list-groups"], t.io)).rejects.toThrow(/not what this version expects/);
  });

  it("explains an error envelope with its paths", async () => {
    const t = io({
      [`POST ${BASE}/v1/admin/groups`]: {
        status: 400,
        body: {
          error: {
            code: "invalid_input",
            message: "The request is not valid.",
            issues: [{ path: ["villages", 0], message: "Not a village." }],
          },
        },
      },
    });
    await expect(
      runAdmin(["create-group", "--name", "X", "--villages", "1"], t.io),
    ).rejects.toThrow(
      "400 invalid_input: The request is not valid.\n  - villages.0: Not a village.",
    );
  });

  it("prints the programme's audit: exact roll-up reads and floor changes", async () => {
    const entry = {
      id: 1,
      at: "2026-12-01T00:00:00.000Z",
      actor: { kind: "admin" },
      action: "rollup.exact",
      group_id: null,
      key_id: null,
      form: null,
      period: "2026",
      revision: null,
      region: "73.09",
    };
    const t = io({ [`GET ${BASE}/v1/admin/audit`]: { status: 200, body: { entries: [entry] } } });
    expect(await runAdmin(["audit"], t.io)).toBe(0);
    expect(t.lines).toEqual([
      "2026-12-01T00:00:00.000Z  admin  rollup.exact  73.09 2026 every form",
    ]);
  });
});
