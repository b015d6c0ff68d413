// The built Code.js opens a box sealed by the phone's code, in the bare Apps Script context (no WebCrypto, TextDecoder, Buffer).
import { describe, expect, it } from "vitest";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair, seal } from "../../core/sealed-box/seal.ts";
import { newHost } from "../support/addon.ts";

describe("dist/addon opens phone entries", () => {
  const { publicKey, secretKey } = newKeyPair();
  const pk = toBase64(publicKey);
  const sk = toBase64(secretKey);

  it("runs where there is no TextDecoder, crypto or Buffer", () => {
    const { host } = newHost();
    const record = JSON.stringify({
      id: "r1",
      nama: "Ibu Ñyoman Ratu 😀",
      nik: "7309035708800001",
    });
    expect(host.call("openFieldBox_", toBase64(seal(record, publicKey)), pk, sk)).toBe(record);
  });

  it("answers null for a tampered box or a wrong key, and is not a sidebar function", () => {
    const { host } = newHost();
    const box = seal("x", publicKey);
    box[40] = (box[40] as number) ^ 1;
    expect(host.call("openFieldBox_", toBase64(box), pk, sk)).toBeNull();
    const other = newKeyPair();
    expect(
      host.call(
        "openFieldBox_",
        toBase64(seal("x", publicKey)),
        toBase64(other.publicKey),
        toBase64(other.secretKey),
      ),
    ).toBeNull();
    expect(host.call("openFieldBox_", "not base64!", pk, sk)).toBeNull();
    expect(host.publicFunctions()).not.toContain("openFieldBox_");
  });
});
