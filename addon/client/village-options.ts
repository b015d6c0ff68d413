// Village choices for the sidebar: the group's villages, or every program village when none are set.
import { districtsOf, findVillage, PROGRAM_REGENCIES, villagesOf } from "../../core/areas.ts";

export interface VillageGroup {
  label: string;
  villages: { code: string; name: string }[];
}

export function villageGroups(groupVillages: readonly string[]): VillageGroup[] {
  if (groupVillages.length) {
    const byDistrict = new Map<string, VillageGroup>();
    for (const code of groupVillages) {
      const v = findVillage(code);
      if (!v) continue;
      const district = districtsOf(v.districtCode.slice(0, 5)).find(
        (d) => d.code === v.districtCode,
      );
      const label = district?.name ?? v.districtCode;
      const g = byDistrict.get(label) ?? { label, villages: [] };
      g.villages.push({ code: v.code, name: v.name });
      byDistrict.set(label, g);
    }
    return [...byDistrict.values()];
  }
  return PROGRAM_REGENCIES.flatMap((r) =>
    districtsOf(r.code).map((d) => ({
      label: `${r.name} · ${d.name}`,
      villages: villagesOf(d.code).map((v) => ({ code: v.code, name: v.name })),
    })),
  );
}
