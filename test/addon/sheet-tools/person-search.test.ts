// The person_id search: matches name, NIK or village, at most 20, from one read of the register.
import { describe, expect, it } from "vitest";
import { newHost, siti } from "../../support/addon.ts";
import { NOW, PERSON_SHEET, pasteCopies, typeRow } from "./helpers.ts";

type Option = { id: string; label: string };

function register() {
  const t0 = newHost({ now: NOW });
  const s = t0.host.call("submitRecord", "person", siti) as { id: string };
  const y = t0.host.call("submitRecord", "person", {
    ...siti,
    full_name: "Yohana Siti",
    nik: "",
    village: "73.09.03.2005",
  }) as { id: string };
  const b = t0.host.call("submitRecord", "person", {
    ...siti,
    full_name: "Budi",
    nik: "",
    sex: "L",
    categories: [],
    disability_types: [],
  }) as { id: string };
  return { ...t0, ids: { siti: s.id, yohana: y.id, budi: b.id } };
}

describe("searchPersons", () => {
  it("matches name, NIK and village name or code, ignoring case, with one read", () => {
    const { host, ids } = register();
    host.calls.reset();
    const bySiti = host.call("searchPersons", "SITI") as Option[];
    // A name that starts with the query comes first.
    expect(bySiti).toEqual([
      { id: ids.siti, label: "Siti Aminah — Minasa Baji — NIK 7309034509900001" },
      { id: ids.yohana, label: expect.stringMatching(/^Yohana Siti — /) },
    ]);
    expect(host.calls.count("Range.getValues")).toBe(1);
    expect((host.call("searchPersons", "34509900") as Option[]).map((o) => o.id)).toEqual([
      ids.siti,
    ]);
    expect((host.call("searchPersons", "minasa") as Option[]).map((o) => o.id)).toEqual([
      ids.siti,
      ids.budi,
    ]);
    expect((host.call("searchPersons", "73.09.03.2005") as Option[]).map((o) => o.id)).toEqual([
      ids.yohana,
    ]);
    // Every word must match.
    expect((host.call("searchPersons", "budi minasa") as Option[]).map((o) => o.id)).toEqual([
      ids.budi,
    ]);
    expect(host.call("searchPersons", "tidak ada") as Option[]).toEqual([]);
  });

  it("returns at most 20, reads nothing for an empty query and skips rows without an id", () => {
    const { host } = register();
    pasteCopies(host, PERSON_SHEET, 3, 60, (r, set) => set("id", `p-${r}`));
    typeRow(host, PERSON_SHEET, 70, { full_name: "Siti Tanpa ID", village: "73.09.03.2004" });
    expect(host.call("searchPersons", "siti") as Option[]).toHaveLength(20);
    expect((host.call("searchPersons", "tanpa id") as Option[]).length).toBe(0);
    host.calls.reset();
    expect(host.call("searchPersons", "   ")).toEqual([]);
    expect(host.call("searchPersons", 42)).toEqual([]);
    expect(host.calls.count("Range.getValues")).toBe(0);
  });

  it("finds nothing, without failing, before the register exists", () => {
    const { host } = newHost({ now: NOW });
    expect(host.call("searchPersons", "siti")).toEqual([]);
  });
});

describe("describePersons", () => {
  it("labels the chosen ids with one read and leaves unknown ones out", () => {
    const { host, ids } = register();
    host.calls.reset();
    expect(host.call("describePersons", [ids.budi, "hilang", ids.siti])).toEqual({
      [ids.budi]: "Budi — Minasa Baji",
      [ids.siti]: "Siti Aminah — Minasa Baji — NIK 7309034509900001",
    });
    expect(host.calls.count("Range.getValues")).toBe(1);
    expect(host.call("describePersons", [])).toEqual({});
    expect(host.call("describePersons", "x")).toEqual({});
  });
});
