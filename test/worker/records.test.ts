// The stateless record check: per-record NIK errors and warnings, language, request limits, nothing stored.
import { describe, expect, it } from "vitest";
import { api, dumpDatabase, type ErrorEnvelope, jsonInit, seedGroup } from "./helpers.ts";

interface CheckResult {
  id: string;
  ok: boolean;
  errors: { field: string; code: string; message: string }[];
  warnings: { field: string; code: string; message: string }[];
}

const SITI = {
  full_name: "Siti",
  sex: "P",
  birth_date: "1990-09-05",
  village: "73.09.03.2004",
  nik: "7309034509900001",
  consent_by: "self",
  consent_date: "2026-01-10",
};

async function check(
  key: string,
  records: { id: string; values: Record<string, unknown> }[],
  query = "",
  headers: Record<string, string> = {},
): Promise<CheckResult[]> {
  const init = jsonInit("POST", key, { form: "person", records });
  const res = await api(`/v1/records/check${query}`, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...headers },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: CheckResult[] }).results;
}

async function checkOne(key: string, values: Record<string, unknown>): Promise<CheckResult> {
  const [result] = await check(key, [{ id: "r1", values }]);
  if (!result) throw new Error("no result");
  return result;
}

describe("POST /v1/records/check", () => {
  it("passes a plausible person", async () => {
    const { key } = await seedGroup();
    expect(await checkOne(key, SITI)).toEqual({ id: "r1", ok: true, errors: [], warnings: [] });
  });

  it.each([
    ["an impossible date", "7309037302900001"],
    ["an impossible month", "7309034513900001"],
    ["a wrong length", "730903450990001"],
    ["an unknown province", "1009034509900001"],
    ["letters", "73090345099O0001"],
  ])("rejects a NIK with %s (error on nik)", async (_name, nik) => {
    const { key } = await seedGroup();
    const result = await checkOne(key, { ...SITI, nik });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.field)).toContain("nik");
  });

  it("warns on a NIK whose sex does not match the form and waits for the confirmation", async () => {
    const { key } = await seedGroup();
    const result = await checkOne(key, { ...SITI, sex: "L" });
    expect(result.ok).toBe(false);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ field: "nik", code: "nik.sex_is_female" }),
    );
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        field: "sex_differs_confirmed",
        code: "rule.person.nik_sex_confirm",
      }),
    );
  });

  it("warns, without an error, when a plausible NIK's birth date differs from the form", async () => {
    const { key } = await seedGroup();
    const result = await checkOne(key, { ...SITI, birth_date: "1990-09-06" });
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ field: "nik", code: "nik.birth_date_mismatch" }),
    );
  });

  it("answers every record in request order, ids as sent (even repeated or empty)", async () => {
    const { key } = await seedGroup();
    const results = await check(key, [
      { id: "a", values: SITI },
      { id: "b", values: { ...SITI, nik: "123" } },
      { id: "a", values: { ...SITI, sex: "X" } },
      { id: "", values: SITI },
    ]);
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      ["a", true],
      ["b", false],
      ["a", false],
      ["", true],
    ]);
  });

  it("needs no name or address and ignores them when sent: they are neither checked nor echoed", async () => {
    const { key } = await seedGroup();
    const { full_name: _, ...noName } = SITI as Record<string, unknown>;
    const results = await check(key, [
      { id: "a", values: noName },
      { id: "b", values: { ...SITI, full_name: "x".repeat(5000), address: "Lorong Mawar 3" } },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(JSON.stringify(results)).not.toContain("Lorong Mawar");
  });

  it("speaks Indonesian by default and English on ?lang=en or Accept-Language", async () => {
    const { key } = await seedGroup();
    const records = [{ id: "r", values: { ...SITI, nik: "123" } }];
    const [id] = await check(key, records);
    const [en] = await check(key, records, "?lang=en");
    const [header] = await check(key, records, "", { "Accept-Language": "fr;q=1, en-US;q=0.8" });
    const [preferId] = await check(key, records, "", { "Accept-Language": "id-ID, en;q=0.5" });
    // Each message goes on to say what to do; its first sentence tells the language.
    expect(id?.errors[0]?.message).toMatch(/^NIK harus 16 angka\. /);
    expect(en?.errors[0]?.message).toMatch(/^A NIK has 16 digits\. /);
    expect(header?.errors[0]?.message).toMatch(/^A NIK has 16 digits\. /);
    expect(preferId?.errors[0]?.message).toMatch(/^NIK harus 16 angka\. /);
  });

  it("checks 1000 records in one request", async () => {
    const { key } = await seedGroup();
    const records = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, values: SITI }));
    const results = await check(key, records);
    expect(results).toHaveLength(1000);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it("stores nothing: every table is unchanged after checks", async () => {
    const { key } = await seedGroup();
    const before = await dumpDatabase();
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(["groups", "group_keys", "summaries"]),
    );
    await check(key, [
      { id: "ok", values: SITI },
      { id: "bad", values: { ...SITI, nik: "7309037302900001", sex: "L" } },
    ]);
    await api("/v1/records/check", jsonInit("POST", key, { form: "person", records: [] }));
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe("invalid record check requests are 400 envelopes", () => {
  const record = { id: "r", values: SITI };
  const cases: [string, unknown, string, (string | number)[]][] = [
    ["malformed JSON", "{", "invalid_json", []],
    ["no records", { form: "person", records: [] }, "invalid_input", ["records"]],
    [
      "1001 records",
      { form: "person", records: Array.from({ length: 1001 }, () => record) },
      "invalid_input",
      ["records"],
    ],
    ["records that is not an array", { form: "person", records: {} }, "invalid_input", ["records"]],
    ["a missing form", { records: [record] }, "invalid_input", ["form"]],
    [
      "a form that does not exist",
      { form: "people", records: [record] },
      "invalid_input",
      ["form"],
    ],
    [
      "an unknown top-level key",
      { form: "person", records: [record], save: true },
      "invalid_input",
      ["save"],
    ],
    [
      "an id that is a number",
      { form: "person", records: [{ id: 1, values: {} }] },
      "invalid_input",
      ["records", 0, "id"],
    ],
    [
      "values that are a string",
      { form: "person", records: [{ id: "r", values: "x" }] },
      "invalid_input",
      ["records", 0, "values"],
    ],
  ];

  it.each(cases)("rejects %s", async (_name, body, code, path) => {
    const { key } = await seedGroup();
    const before = await dumpDatabase();
    const res = await api("/v1/records/check", jsonInit("POST", key, body));
    expect(res.status).toBe(400);
    const envelope = (await res.json()) as ErrorEnvelope;
    expect(envelope.error.code).toBe(code);
    if (code !== "invalid_json")
      expect(envelope.error.issues.map((i) => i.path)).toContainEqual(path);
    expect(await dumpDatabase()).toEqual(before);
  });

  it("answers a wrong method with 405", async () => {
    const res = await api("/v1/records/check");
    expect(res.status).toBe(405);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe("method_not_allowed");
  });
});
