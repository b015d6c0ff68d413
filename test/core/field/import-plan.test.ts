// Pulled phone records: opened with the group's key, checked by the form spec, kept when they fail, never doubled.
import { describe, expect, it } from "vitest";
import { type PulledItem, planFieldImport } from "../../../core/field/import-plan.ts";
import { type SealedRecord, sealedRecordText } from "../../../core/field/sealed-record.ts";
import { toBase64 } from "../../../core/sealed-box/base64.ts";
import { newKeyPair, seal } from "../../../core/sealed-box/seal.ts";

const group = newKeyPair();
const keys = { publicKey: toBase64(group.publicKey), secretKey: toBase64(group.secretKey) };
const ctx = { today: "2026-11-27" };
const siti = {
  full_name: " Siti Aminah ",
  sex: "P",
  nik: "7309 0345 0990 0001",
  birth_date: "1990-09-05",
  village: "73.09.03.2004",
  consent_by: "self",
  consent_date: "2026-01-10",
};

function pulled(record: SealedRecord, over: Partial<PulledItem> = {}): PulledItem {
  return {
    id: record.id,
    form: record.form,
    box: toBase64(seal(sealedRecordText(record), group.publicKey)),
    member_id: "m_aaaaaaaaaaaaaaaa",
    ...over,
  };
}

const rec = (id: string, values: SealedRecord["values"]): SealedRecord => ({
  v: 1,
  id,
  form: "person",
  saved_at: "2026-11-27T03:00:00.000Z",
  values,
});

describe("planFieldImport", () => {
  it("appends a valid record with normalised values", () => {
    const [step] = planFieldImport(
      [pulled(rec("rec-00000001", siti))],
      keys,
      () => false,
      ctx,
      "id",
    );
    expect(step?.kind).toBe("append");
    if (step?.kind !== "append") return;
    expect(step.ok).toBe(true);
    expect(step.values).toMatchObject({ full_name: "Siti Aminah", nik: "7309034509900001" });
    expect(step.memberId).toBe("m_aaaaaaaaaaaaaaaa");
  });

  it("keeps a record that fails its checks, with the reasons, instead of dropping it", () => {
    const [step] = planFieldImport(
      [pulled(rec("rec-00000002", { ...siti, full_name: "", birth_date: "2999-01-01" }))],
      keys,
      () => false,
      ctx,
      "id",
    );
    expect(step?.kind).toBe("append");
    if (step?.kind !== "append") return;
    expect(step.ok).toBe(false);
    expect(step.errors.map((e) => e.field)).toContain("full_name");
    expect(step.values).toMatchObject({ birth_date: "2999-01-01" });
  });

  it("skips what the sheet has and what the same pull already brought (never a double row)", () => {
    const a = pulled(rec("rec-00000003", siti));
    const b = pulled(rec("rec-00000004", siti));
    const steps = planFieldImport([a, b, a], keys, (_f, id) => id === "rec-00000004", ctx, "id");
    expect(steps.map((s) => s.kind)).toEqual(["append", "duplicate", "duplicate"]);
  });

  it("refuses a tampered box, a box for another key, and clear metadata that disagrees with the sealed record", () => {
    const good = pulled(rec("rec-00000005", siti));
    const bytes = Uint8Array.from(atob(good.box), (c) => c.charCodeAt(0));
    bytes[50] = (bytes[50] as number) ^ 1;
    const tampered = { ...good, box: toBase64(bytes) };
    const otherKey = newKeyPair();
    const foreign = {
      ...good,
      box: toBase64(seal(sealedRecordText(rec("rec-00000005", siti)), otherKey.publicKey)),
    };
    const relabelled = { ...good, id: "rec-00000099" };
    const notRecord = { ...good, box: toBase64(seal('{"v":1}', group.publicKey)) };
    const steps = planFieldImport(
      [tampered, foreign, relabelled, notRecord],
      keys,
      () => false,
      ctx,
      "id",
    );
    expect(steps.map((s) => s.kind)).toEqual([
      "unreadable",
      "unreadable",
      "unreadable",
      "unreadable",
    ]);
  });
});
