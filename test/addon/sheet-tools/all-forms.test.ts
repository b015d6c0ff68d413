// Check all data over every form spec there is: rows typed into each form sheet are marked and given ids; person links are checked.
import { describe, expect, it } from "vitest";
import { allFormSpecs } from "../../../core/forms/index.ts";
import { newHost, siti } from "../../support/addon.ts";
import {
  cellOf,
  ERROR_BG,
  NOW,
  seedFormSheet,
  typeRow,
  UUID,
  value,
  WARNING_BG,
} from "./helpers.ts";

type Summary = {
  sheets: { form: string; rows: number; badRows: number; idsAssigned: number }[];
};

describe("checkAllData over every form", () => {
  it("checks a row typed into each form's sheet and marks its empty required fields", () => {
    const { host } = newHost({ now: NOW });
    const specs = allFormSpecs();
    for (const spec of specs) {
      seedFormSheet(host, spec);
      // One filled field that is not required: the required ones are then missing.
      const optional = spec.fields.find((f) => !f.required && f.kind === "text");
      const first = optional ?? spec.fields.find((f) => f.kind === "text") ?? spec.fields[0];
      if (first) typeRow(host, spec.sheetName, 3, { [first.key]: "ketik" });
    }
    const summary = host.call("checkAllData") as Summary;
    expect(summary.sheets.map((s) => s.form)).toEqual(specs.map((s) => s.id));
    for (const spec of specs) {
      expect(
        summary.sheets.find((s) => s.form === spec.id),
        spec.id,
      ).toMatchObject({
        rows: 1,
        idsAssigned: 1,
      });
      expect(value(host, spec.sheetName, 3, "id"), spec.id).toMatch(UUID);
      const required = spec.fields.find((f) => f.required);
      if (required) {
        expect(cellOf(host, spec.sheetName, 3, required.key)?.bg, spec.id).toBe(ERROR_BG);
        expect(cellOf(host, spec.sheetName, 3, required.key)?.note, spec.id).toContain("[Pilah]");
      }
    }
  });

  it("warns when a person_id names no row of the register", () => {
    const withLinks = allFormSpecs().filter((s) => s.fields.some((f) => f.kind === "person_ref"));
    if (!withLinks.length) return;
    const { host } = newHost({ now: NOW });
    const siti1 = host.call("submitRecord", "person", siti) as { id: string };
    for (const spec of withLinks) {
      seedFormSheet(host, spec);
      const ref = spec.fields.find((f) => f.kind === "person_ref")?.key as string;
      typeRow(host, spec.sheetName, 3, { [ref]: siti1.id });
      typeRow(host, spec.sheetName, 4, { [ref]: "tidak-ada-di-register" });
      host.call("checkAllData");
      expect(cellOf(host, spec.sheetName, 3, ref)?.note ?? "", spec.id).not.toContain("Warga");
      const unknown = cellOf(host, spec.sheetName, 4, ref);
      expect(unknown?.bg, spec.id).toBe(WARNING_BG);
      expect(unknown?.note, spec.id).toContain(
        "[Pilah] Perhatian: Tidak ada warga dengan ID ini di lembar Warga Rentan",
      );
    }
  });
});
