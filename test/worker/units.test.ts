// Small worker pieces on their own: hashing, language, "today", the 500 envelope, settings, the D1 guard, area codes.
import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { guardDatabase, StorageError } from "../../worker/src/db/guard.ts";
import { onError } from "../../worker/src/errors.ts";
import { constantTimeEqual, sha256Hex } from "../../worker/src/key-hash.ts";
import { pickLang } from "../../worker/src/lang.ts";
import { isUnder, levelOfCode } from "../../worker/src/regions.ts";
import { d1TimeoutMs, dailyRevisions, storageQuotaBytes } from "../../worker/src/settings.ts";
import { todayInIndonesia } from "../../worker/src/today.ts";

describe("key hashing", () => {
  it("is lowercase hex SHA-256 of the UTF-8 text", async () => {
    expect(await sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(await sha256Hex("")).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });

  it("compares equal and unequal strings of any lengths", () => {
    expect(constantTimeEqual("abc", "abc")).toBe(true);
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "ab")).toBe(false);
    expect(constantTimeEqual("ab", "abc")).toBe(false);
    expect(constantTimeEqual("a\u0000", "a")).toBe(false);
  });
});

describe("pickLang", () => {
  it.each<[string | undefined, string | undefined, string]>([
    [undefined, undefined, "id"],
    ["en", undefined, "en"],
    ["EN", "id", "en"],
    ["id", "en", "id"],
    ["de", "en-GB", "en"],
    [undefined, "en-US,en;q=0.9", "en"],
    [undefined, "fr-FR, en;q=0.5, id;q=0.8", "id"],
    [undefined, "in-ID", "id"],
    [undefined, "en;q=0, fr", "id"],
    [undefined, "*", "id"],
  ])("?lang=%s with Accept-Language %s → %s", (query, header, expected) => {
    expect(pickLang(query, header)).toBe(expected);
  });
});

describe("todayInIndonesia", () => {
  it("is already the next day in eastern Indonesia from 15:00 UTC", () => {
    expect(todayInIndonesia(new Date("2026-01-09T14:59:59Z"))).toBe("2026-01-09");
    expect(todayInIndonesia(new Date("2026-01-09T15:00:00Z"))).toBe("2026-01-10");
    expect(todayInIndonesia(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });
});

describe("unexpected errors", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("answer a 500 envelope and log neither the message nor the body", async () => {
    const logged: unknown[][] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
    const app = new Hono()
      .post("/boom", async (c) => {
        throw new Error(`cannot handle ${await c.req.text()}`);
      })
      .onError(onError);
    const res = await app.request("/boom", { method: "POST", body: "Siti 7309034509900001" });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal_error", message: "Internal error.", issues: [] },
    });
    expect(text).not.toContain("Siti");
    expect(JSON.stringify(logged)).not.toContain("Siti");
    expect(JSON.stringify(logged)).toContain("POST /boom 500");
  });
});

describe("settings", () => {
  it.each<[string | undefined, number]>([
    ["1048576", 1_048_576],
    [undefined, 16 * 1024 * 1024],
    ["", 16 * 1024 * 1024],
    ["0", 16 * 1024 * 1024],
    ["-5", 16 * 1024 * 1024],
    ["lots", 16 * 1024 * 1024],
  ])("GROUP_STORAGE_QUOTA_BYTES %j is %i", (text, bytes) => {
    expect(storageQuotaBytes({ GROUP_STORAGE_QUOTA_BYTES: text })).toBe(bytes);
  });

  it.each<[string | undefined, number]>([
    ["3", 3],
    [undefined, 100],
    ["2.5", 100],
    ["1000001", 100],
  ])("GROUP_DAILY_REVISIONS %j is %i", (text, n) => {
    expect(dailyRevisions({ GROUP_DAILY_REVISIONS: text })).toBe(n);
  });

  it("reads D1_TIMEOUT_MS with a fallback", () => {
    expect(d1TimeoutMs({ D1_TIMEOUT_MS: "250" }, 10_000)).toBe(250);
    expect(d1TimeoutMs({ D1_TIMEOUT_MS: "soon" }, 10_000)).toBe(10_000);
    expect(d1TimeoutMs({}, 10_000)).toBe(10_000);
  });
});

describe("the D1 guard", () => {
  const fake = (run: () => Promise<unknown>) =>
    ({
      prepare: () => ({ bind: () => ({ first: run }), first: run }),
      batch: run,
    }) as unknown as D1Database;

  it("turns a rejection into a StorageError naming only the D1 error class", async () => {
    const db = guardDatabase(
      fake(() => Promise.reject(new Error("D1_ERROR: no such table: x (Siti): SQLITE_ERROR"))),
    );
    const error = await db
      .prepare("SELECT 1")
      .bind()
      .first()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe("D1_ERROR SQLITE_ERROR");
    expect((error as Error).message).not.toContain("Siti");
  });

  it("gives up after the timeout", async () => {
    const db = guardDatabase(
      fake(() => new Promise(() => {})),
      20,
    );
    await expect(db.batch([])).rejects.toEqual(new StorageError("timeout"));
  });

  it("passes results through, and a synchronous throw (a bug, not an outage) unchanged", async () => {
    const db = guardDatabase(fake(() => Promise.resolve({ n: 1 })));
    expect(await db.prepare("x").first()).toEqual({ n: 1 });
    const throwing = guardDatabase({
      prepare: () => {
        throw new TypeError("bad bind");
      },
    } as unknown as D1Database);
    expect(() => throwing.prepare("x")).toThrow(TypeError);
  });
});

describe("areas", () => {
  it("knows an area's level by its dotted shape", () => {
    expect(["73", "73.09", "73.09.03", "73.09.03.2004"].map(levelOfCode)).toEqual([
      "province",
      "regency",
      "district",
      "village",
    ]);
    for (const bad of ["7", "7309", "73.9", "73.09.03.204", "all", "", "73.09.03.2004.1"]) {
      expect(levelOfCode(bad)).toBeUndefined();
    }
  });

  it("puts a code under a prefix only at a dot", () => {
    expect(isUnder("73.09.03.2004", "73.09")).toBe(true);
    expect(isUnder("73.09", "73.09")).toBe(true);
    expect(isUnder("73.091.03", "73.09")).toBe(false);
    expect(isUnder("81.71.01.1001", "all")).toBe(true);
  });
});
