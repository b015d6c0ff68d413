// Utilities, Session, Logger, LockService and CacheService as the add-on uses them.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { EVAL_CODE, writeFixture } from "./fixture.ts";

describe("Utilities", () => {
  const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });

  it("formats dates in a time zone with SimpleDateFormat patterns", () => {
    const when = "new Date(Date.UTC(2024, 11, 31, 17, 5, 9))";
    expect(
      host.call(
        "run",
        `[Utilities.formatDate(${when}, "Asia/Makassar", "yyyy-MM-dd HH:mm:ss"),
          Utilities.formatDate(${when}, "Asia/Jakarta", "dd/MM/yy HH.mm"),
          Utilities.formatDate(${when}, "GMT", "yyyy-MM-dd'T'HH:mm:ss'Z'"),
          Utilities.formatDate(${when}, "Asia/Jayapura", "yyyy-MM-dd'T'HH:mm:ssXXX"),
          Utilities.formatDate(${when}, "Asia/Makassar", "EEE, d MMM yyyy")]`,
      ),
    ).toEqual([
      "2025-01-01 01:05:09",
      "01/01/25 00.05",
      "2024-12-31T17:05:09Z",
      "2025-01-01T02:05:09+09:00",
      "Wed, 1 Jan 2025",
    ]);
    expect(() =>
      host.call("run", `Utilities.formatDate(new Date(), "GMT", "yyyy-MM-ddTHH")`),
    ).toThrow("Exception: Invalid argument: Illegal pattern character 'T'");
  });

  it("computes digests as Apps Script's signed byte arrays", () => {
    const bytes = host.call(
      "run",
      `Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, "pilah")`,
    ) as number[];
    const expected = [...createHash("sha256").update("pilah").digest()].map((b) =>
      b > 127 ? b - 256 : b,
    );
    expect(bytes).toEqual(expected);
    expect(bytes.some((b) => b < 0)).toBe(true);
    expect(host.call("run", `Utilities.base64Encode("Halo dunia")`)).toBe("SGFsbyBkdW5pYQ==");
    expect(
      host.call(
        "run",
        `Utilities.newBlob(Utilities.base64Decode("SGFsbyBkdW5pYQ==")).getDataAsString()`,
      ),
    ).toBe("Halo dunia");
  });

  it("makes UUIDs, parses CSV and formats strings", () => {
    expect(host.call("run", "Utilities.getUuid()")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(host.call("run", `Utilities.parseCsv('a,"b ""c""",d\\n1,2,3')`)).toEqual([
      ["a", 'b "c"', "d"],
      ["1", "2", "3"],
    ]);
    expect(host.call("run", `Utilities.formatString("%s punya %d anggota", "Kelompok", 12)`)).toBe(
      "Kelompok punya 12 anggota",
    );
  });
});

describe("Session, Logger, locks and caches", () => {
  it("reports the configured user and the manifest's time zone", () => {
    const host = loadAddon({
      bundleDir: writeFixture(EVAL_CODE),
      user: { email: "ani@example.org", locale: "en" },
    });
    expect(
      host.call(
        "run",
        `[Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getActiveUserLocale(), Session.getScriptTimeZone(), Session.getTemporaryActiveUserKey() === Session.getTemporaryActiveUserKey()]`,
      ),
    ).toEqual(["ani@example.org", "ani@example.org", "en", "Asia/Makassar", true]);
  });

  it("collects Logger and console output on the host", () => {
    const lines: string[] = [];
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE), onLog: (l) => lines.push(l) });
    host.call("run", `Logger.log("baris %s dari %s", 3, 10); console.warn("awas", { n: 1 })`);
    expect(host.logs).toEqual(["baris 3 dari 10", "[warn] awas { n: 1 }"]);
    expect(lines).toEqual(host.logs);
  });

  it("holds locks within one execution only", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    expect(
      host.call(
        "run",
        `var l = LockService.getDocumentLock(); var a = l.hasLock(); l.waitLock(1000); [a, l.hasLock(), LockService.getDocumentLock().hasLock()]`,
      ),
    ).toEqual([false, true, true]);
    expect(host.call("run", `LockService.getDocumentLock().hasLock()`)).toBe(false);
    expect(() => host.call("run", `LockService.getScriptLock().waitLock(400000)`)).toThrow(
      "don't match the method signature for LockService.Lock.waitLock",
    );
  });

  it("caches values until they expire", () => {
    let now = Date.parse("2025-01-01T00:00:00Z");
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE), now: () => new Date(now) });
    host.call("run", `CacheService.getScriptCache().put("k", "v", 60)`);
    expect(host.call("run", `CacheService.getScriptCache().get("k")`)).toBe("v");
    now += 61_000;
    expect(host.call("run", `CacheService.getScriptCache().get("k")`)).toBeNull();
  });
});
