// The group's villages on the phone: read from the worker when online; what a village select offers with them (or before they are known).

import { type VillageGroup, villageGroups } from "../addon/client/village-options.ts";
import { fieldVillagesResponseSchema } from "../core/api/field.ts";
import type { Join } from "./storage.ts";

/**
 * The choices of a village select: the group's villages, or every programme village while the
 * phone does not know them (first opened offline). A value chosen before (`keep`, e.g. the village
 * remembered from the last record) stays offered even outside them: it is never silently dropped.
 */
export function villageChoices(known: readonly string[] | undefined, keep = ""): VillageGroup[] {
  let groups = known?.length ? villageGroups(known) : [];
  if (!groups.length) groups = villageGroups([]);
  if (keep && !groups.some((g) => g.villages.some((v) => v.code === keep))) {
    const [extra] = villageGroups([keep]);
    const same = extra && groups.find((g) => g.label === extra.label);
    if (same) same.villages.push(...(extra?.villages ?? []));
    else groups.push(extra ?? { label: keep, villages: [{ code: keep, name: keep }] });
  }
  return groups;
}

/** The group's village codes from the worker; undefined when offline or refused (the phone keeps what it knew). */
export async function fetchVillages(join: Join): Promise<string[] | undefined> {
  try {
    const res = await fetch(`${join.server}/v1/field/villages`, {
      headers: { Authorization: `Bearer ${join.token}` },
      cache: "no-store",
    });
    if (!res.ok) return undefined;
    const body = fieldVillagesResponseSchema.safeParse(await res.json());
    return body.success ? body.data.villages : undefined;
  } catch {
    return undefined;
  }
}
