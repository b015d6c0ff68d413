// The phone seals each record at once: the queued item holds no readable name, and the sheet's import opens it.
import { describe, expect, it } from "vitest";
import { planFieldImport } from "../../../core/field/import-plan.ts";
import { phoneStateMessage, sealForQueue } from "../../../core/field/phone-item.ts";
import { t } from "../../../core/i18n.ts";
import { toBase64 } from "../../../core/sealed-box/base64.ts";
import { newKeyPair } from "../../../core/sealed-box/seal.ts";

const group = newKeyPair();
const pk = toBase64(group.publicKey);
const values = {
  full_name: "Siti Aminah",
  sex: "P",
  nik: "7309034509900001",
  birth_date: "1990-09-05",
  village: "73.09.03.2004",
  consent_by: "self",
  consent_date: "2026-01-10",
};

describe("sealForQueue", () => {
  it("seals at once: the queued item shows only form, village and time, and the sheet opens it", () => {
    const item = sealForQueue(
      { v: 1, id: "rec-phone-001", form: "person", saved_at: "2026-11-27T03:00:00.000Z", values },
      "73.09.03.2004",
      pk,
    );
    const text = JSON.stringify(item);
    for (const secret of ["Siti", "Aminah", "7309034509900001", "1990-09-05"])
      expect(text).not.toContain(secret);
    const [step] = planFieldImport(
      [{ ...item, member_id: "m_aaaaaaaaaaaaaaaa" }],
      { publicKey: pk, secretKey: toBase64(group.secretKey) },
      () => false,
      { today: "2026-11-27" },
      "id",
    );
    expect(step).toMatchObject({ kind: "append", ok: true, values: { full_name: "Siti Aminah" } });
  });

  it("refuses a malformed record or key before anything is queued", () => {
    const bad = { v: 1, id: "x", form: "person", saved_at: "now", values } as never;
    expect(() => sealForQueue(bad, "73.09.03.2004", pk)).toThrow();
    expect(() =>
      sealForQueue(
        { v: 1, id: "rec-phone-002", form: "person", saved_at: "2026-11-27T03:00:00.000Z", values },
        "73.09.03.2004",
        "AAAA",
      ),
    ).toThrow();
  });

  it("names each state in plain Indonesian and English", () => {
    expect(t("id", phoneStateMessage("saved"))).toBe("tersimpan di HP");
    expect(t("id", phoneStateMessage("sent"))).toBe("terkirim");
    expect(t("id", phoneStateMessage("taken"))).toBe("masuk ke lembar");
    expect(t("en", phoneStateMessage("rejected"))).toContain("Try again");
    expect(t("id", phoneStateMessage("expired"))).toContain("Coba lagi");
  });
});
