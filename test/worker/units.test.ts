// Small worker pieces on their own: hashing, constant-time compare, language choice, "today", the 500 envelope.
import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { onError } from "../../worker/src/errors.ts";
import { constantTimeEqual, sha256Hex } from "../../worker/src/key-hash.ts";
import { pickLang } from "../../worker/src/lang.ts";
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
