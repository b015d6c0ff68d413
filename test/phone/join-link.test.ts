// The join link's fragment: token and group key read back exactly as addFieldMember wrote them; anything else is refused.
import { describe, expect, it } from "vitest";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair } from "../../core/sealed-box/seal.ts";
import { parseJoinFragment } from "../../phone/join-link.ts";

const ORIGIN = "https://pilah.example.org";
const TOKEN = "pilahm_AbC-dEf_0123456789abcdefABCDEF0123456789xyz";

describe("parseJoinFragment", () => {
  it("reads the link the add-on writes, for keys full of + and /", () => {
    for (let i = 0; i < 50; i++) {
      const key = toBase64(newKeyPair().publicKey);
      // As addFieldMember's joinLink writes it (the e2e test opens a real one).
      const link = `${ORIGIN}/lapangan/#t=${encodeURIComponent(TOKEN)}&k=${encodeURIComponent(key)}`;
      const hash = link.slice(link.indexOf("#"));
      expect(link.startsWith(`${ORIGIN}/lapangan/#`)).toBe(true);
      expect(parseJoinFragment(hash, ORIGIN)).toEqual({
        server: ORIGIN,
        token: TOKEN,
        publicKey: key,
      });
    }
  });

  it("takes a hand-copied + that form decoding turned into a space", () => {
    const key = `${"A+".repeat(21)}A=`;
    expect(parseJoinFragment(`#t=${TOKEN}&k=${key}`, ORIGIN)).toMatchObject({ publicKey: key });
  });

  it("ignores a fragment that is no join link and refuses a damaged one", () => {
    expect(parseJoinFragment("", ORIGIN)).toBeUndefined();
    expect(parseJoinFragment("#queue", ORIGIN)).toBeUndefined();
    const key = toBase64(newKeyPair().publicKey);
    expect(parseJoinFragment(`#t=${TOKEN}`, ORIGIN)).toBe("bad");
    expect(parseJoinFragment(`#k=${encodeURIComponent(key)}`, ORIGIN)).toBe("bad");
    expect(parseJoinFragment(`#t=${TOKEN}&k=${encodeURIComponent(key.slice(1))}`, ORIGIN)).toBe(
      "bad",
    );
    expect(parseJoinFragment(`#t=a%20b%3Cscript&k=${encodeURIComponent(key)}`, ORIGIN)).toBe("bad");
  });
});
