// The members and structure form: roles, yes/no activity and phone numbers.
import { describe, expect, it } from "vitest";
import { memberForm } from "../../../core/forms/member.ts";
import { validateRecord } from "../../../core/validate.ts";
import { codes, ctx, messageOf } from "./helpers.ts";

const ani = { full_name: "Ani Rahmawati", role: "ketua", sex: "P", active: "yes" };
const check = (values: Record<string, unknown>, lang: "id" | "en" = "id") =>
  validateRecord(memberForm, { ...ani, ...values }, ctx, lang);

describe("member form", () => {
  it("accepts a minimal and a complete member", () => {
    expect(check({}).errors).toEqual([]);
    const r = check({
      role: "koordinator",
      division: "Pendampingan kasus",
      phone: "0812-3456-7890",
      duties: "Mendampingi korban ke UPTD PPA.",
      active: "no",
      since: "2024-03-01",
    });
    expect(r.errors).toEqual([]);
    expect(r.value?.active).toBe("no");
  });

  it("reports every missing required field", () => {
    expect(codes(validateRecord(memberForm, {}, ctx, "en"))).toEqual([
      "active:error.required",
      "full_name:error.required",
      "role:error.required",
      "sex:error.required",
    ]);
  });

  it.each([
    ["role", "pembina"],
    ["active", "ya"],
    ["active", "true"],
    ["sex", "W"],
  ])("rejects %s = %s", (field, value) => {
    expect(codes(check({ [field]: value }))).toEqual([`${field}:error.invalid_choice`]);
  });

  it.each(["081234567890", "0812 3456 7890", "+62 812-3456-7890", "0411 123456", 81234567890])(
    "accepts the phone number %s",
    (phone) => {
      expect(check({ phone }).ok).toBe(true);
    },
  );

  it.each(["0812", "bel saya", "0812 3456 7890 ext", "+", "08123456789012345678901"])(
    "rejects the phone number %s",
    (phone) => {
      expect(check({ phone }).ok).toBe(false);
    },
  );

  it("explains a bad phone number in both languages", () => {
    const r = check({ phone: "telp 0812" });
    expect(codes(r)).toEqual(["phone:error.invalid_phone"]);
    expect(messageOf(r.errors, "phone")).toContain("Nomor HP tidak terbaca");
    expect(messageOf(check({ phone: "telp 0812" }, "en").errors, "phone")).toContain(
      "The mobile number cannot be read",
    );
  });

  it("rejects a membership starting in the future", () => {
    expect(codes(check({ since: "2027-01-01" }))).toEqual(["since:error.date_in_future"]);
  });
});
