// GET /v1/regions/{code}: the full Kemendagri list, province → regency → district → village, public and cached.
import { describe, expect, it } from "vitest";
import { districtsOf, PROGRAM_REGENCIES, villagesOf } from "../../core/areas.ts";
import { type Area, childrenOf, findArea, isKnownVillage } from "../../worker/src/regions.ts";
import { api, type ErrorEnvelope } from "./helpers.ts";

interface RegionAnswer {
  area: { code: string; name: string; level: string };
  parent: string | null;
  children: Area[];
  source: string;
}

async function get(path: string): Promise<RegionAnswer> {
  const res = await api(path);
  expect(res.status).toBe(200);
  return (await res.json()) as RegionAnswer;
}

describe("GET /v1/regions", () => {
  it("lists the 38 provinces at the root, with the ODbL source", async () => {
    const root = await get("/v1/regions");
    expect(root.area).toEqual({ code: "root", name: "Indonesia", level: "country" });
    expect(root.parent).toBeNull();
    expect(root.children).toHaveLength(38);
    expect(root.children[0]).toEqual({ code: "11", name: "Aceh", level: "province" });
    expect(root.children).toContainEqual({
      code: "73",
      name: "Sulawesi Selatan",
      level: "province",
    });
    expect(root.source).toMatch(/idn-area-data .*ODbL 1\.0/);
    expect(await get("/v1/regions/root")).toEqual(root);
  });

  it("walks province → regency → district → village", async () => {
    const province = await get("/v1/regions/73");
    expect(province.area).toEqual({ code: "73", name: "Sulawesi Selatan", level: "province" });
    expect(province.parent).toBe("root");
    expect(province.children).toContainEqual({
      code: "73.09",
      name: "Kabupaten Maros",
      level: "regency",
    });
    const regency = await get("/v1/regions/73.09");
    expect(regency.parent).toBe("73");
    expect(regency.children).toContainEqual({
      code: "73.09.03",
      name: "Bantimurung",
      level: "district",
    });
    const district = await get("/v1/regions/73.09.03");
    expect(district.parent).toBe("73.09");
    expect(district.children).toContainEqual({
      code: "73.09.03.2004",
      name: "Minasa Baji",
      level: "village",
    });
    expect(district.children).toContainEqual({
      code: "73.09.03.1002",
      name: "Leang-Leang",
      level: "village",
    });
    const village = await get("/v1/regions/73.09.03.2004");
    expect(village.area).toEqual({ code: "73.09.03.2004", name: "Minasa Baji", level: "village" });
    expect(village.parent).toBe("73.09.03");
    expect(village.children).toEqual([]);
  });

  it.each(["7309", "73.9", "73.09.3", "abc", "73.09.03.204", "73-09", "%FF", "73.09.03.2004.1"])(
    "answers the malformed code %j with a 400 on code",
    async (code) => {
      const res = await api(`/v1/regions/${code}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorEnvelope).error.issues.map((i) => i.path)).toEqual([
        ["code"],
      ]);
    },
  );

  it.each(["99", "73.99", "73.09.99", "73.09.03.9999", "00"])(
    "answers the unknown code %s with a 404",
    async (code) => {
      const res = await api(`/v1/regions/${code}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as ErrorEnvelope).error.code).toBe("not_found");
    },
  );
});

describe("the bundled list", () => {
  it("holds every area of idn-area-data 4.0.1", () => {
    const counts = { province: 0, regency: 0, district: 0, village: 0 };
    const walk = (code: string) => {
      for (const child of childrenOf(code) ?? []) {
        counts[child.level as keyof typeof counts]++;
        if (child.level !== "village") walk(child.code);
      }
    };
    walk("");
    expect(counts).toEqual({ province: 38, regency: 514, district: 7285, village: 83762 });
  });

  it("keeps names with quotes and agrees with core/areas.ts on the program's regencies", () => {
    expect(findArea("35.13.15.2017")?.name).toBe('Soka"an');
    for (const regency of PROGRAM_REGENCIES) {
      expect(findArea(regency.code)?.name).toBe(regency.name);
      for (const district of districtsOf(regency.code)) {
        expect(childrenOf(district.code)?.map(({ code, name }) => ({ code, name }))).toEqual(
          villagesOf(district.code).map(({ code, name }) => ({ code, name })),
        );
      }
    }
  });

  it("knows villages only by their dotted code", () => {
    expect(isKnownVillage("73.09.03.2004")).toBe(true);
    expect(isKnownVillage("7309032004")).toBe(false);
    expect(isKnownVillage("73.09.03")).toBe(false);
    expect(isKnownVillage("73.09.03.2999")).toBe(false);
    expect(isKnownVillage("__proto__")).toBe(false);
  });
});
