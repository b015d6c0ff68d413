// The phone's village choices: the group's villages when known, every programme village before, a value chosen earlier never dropped; the worker's answer trusted only when well formed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { villageGroups } from "../../addon/client/village-options.ts";
import type { Join } from "../../phone/storage.ts";
import { fetchVillages, villageChoices } from "../../phone/villages.ts";

const JOIN: Join = { server: "https://pilah.example.org", token: "pilahm_t", publicKey: "k" };
const GROUP = ["73.09.03.2004", "73.09.03.2005"];

const codes = (groups: { villages: { code: string }[] }[]) =>
  groups.flatMap((g) => g.villages.map((v) => v.code));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("villageChoices", () => {
  it("offers only the group's villages once they are known", () => {
    expect(codes(villageChoices(GROUP))).toEqual(GROUP);
  });

  it("offers every programme village while the group's are not known (or none is known)", () => {
    const all = codes(villageGroups([]));
    expect(all.length).toBeGreaterThan(GROUP.length);
    expect(codes(villageChoices(undefined))).toEqual(all);
    expect(codes(villageChoices([]))).toEqual(all);
    expect(codes(villageChoices(["99.99.99.9999"]))).toEqual(all);
  });

  it("keeps a value chosen before even outside the group's villages, with its name", () => {
    // Same district as the group's villages: added to its district, named.
    const same = villageChoices(GROUP, "73.09.03.2006");
    expect(codes(same)).toEqual([...GROUP, "73.09.03.2006"]);
    expect(same).toHaveLength(1);
    expect(same[0]?.villages[2]?.name).toBe("Mattoanging");
    // A code the list does not hold at all is still offered as itself.
    expect(codes(villageChoices(GROUP, "99.99.99.9999"))).toEqual([...GROUP, "99.99.99.9999"]);
    // A value among the choices is not doubled.
    expect(codes(villageChoices(GROUP, GROUP[0]))).toEqual(GROUP);
  });
});

describe("fetchVillages", () => {
  function answer(res: Response | "offline"): { url: string; token: string }[] {
    const calls: { url: string; token: string }[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      calls.push({ url, token: String((init.headers as Record<string, string>).Authorization) });
      if (res === "offline") throw new TypeError("Failed to fetch");
      return res;
    });
    return calls;
  }
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

  it("reads the group's codes with the member token", async () => {
    const calls = answer(json(200, { villages: GROUP }));
    expect(await fetchVillages(JOIN)).toEqual(GROUP);
    expect(calls).toEqual([
      { url: "https://pilah.example.org/v1/field/villages", token: "Bearer pilahm_t" },
    ]);
  });

  it("gives nothing when offline, refused or answered with anything but village codes", async () => {
    answer("offline");
    expect(await fetchVillages(JOIN)).toBeUndefined();
    answer(json(401, { error: { code: "revoked" } }));
    expect(await fetchVillages(JOIN)).toBeUndefined();
    answer(json(200, { villages: ["Minasa Baji"] }));
    expect(await fetchVillages(JOIN)).toBeUndefined();
    answer(new Response("<html>", { status: 200 }));
    expect(await fetchVillages(JOIN)).toBeUndefined();
  });
});
