// Age band schemes: each covers every age from 0 once, with an open top band.
import { describe, expect, it } from "vitest";
import { AGE_BAND_SCHEMES, AGE_BANDS, bandLabel, bandOf } from "../../../core/age-bands.ts";

describe("age band schemes", () => {
  it.each(AGE_BAND_SCHEMES)("%s covers 0–130 without gaps or overlaps", (scheme) => {
    const bands = AGE_BANDS[scheme];
    expect(bands[0]?.min).toBe(0);
    expect(bands.at(-1)?.max).toBeUndefined();
    for (let i = 1; i < bands.length; i++)
      expect(bands[i]?.min).toBe((bands[i - 1]?.max as number) + 1);
    for (let age = 0; age <= 130; age++) expect(bandOf(age, bands)).toBeDefined();
  });

  it("puts ages at the edges where the schemes say", () => {
    expect(bandOf(17, AGE_BANDS.simfoni)).toBe("13-17");
    expect(bandOf(18, AGE_BANDS.simfoni)).toBe("18-24");
    expect(bandOf(0, AGE_BANDS.opensid)).toBe("<1");
    expect(bandOf(1, AGE_BANDS.opensid)).toBe("1-5");
    expect(bandOf(18, AGE_BANDS.opensid)).toBe("16-18");
    // OpenSID A-9: ">60" starts at 61; 19–60 is our filler band.
    expect(bandOf(60, AGE_BANDS.opensid)).toBe("19-60");
    expect(bandOf(61, AGE_BANDS.opensid)).toBe(">60");
    // OpenSID five-year (RentangUmur seeder): <1, 1–4, 5–9, …, 70–74, 75+.
    const five = AGE_BANDS.opensid_five_year;
    expect(five.map((b) => b.key)).toEqual([
      "<1",
      "1-4",
      "5-9",
      "10-14",
      "15-19",
      "20-24",
      "25-29",
      "30-34",
      "35-39",
      "40-44",
      "45-49",
      "50-54",
      "55-59",
      "60-64",
      "65-69",
      "70-74",
      "75+",
    ]);
    expect(bandOf(4, five)).toBe("1-4");
    expect(bandOf(74, five)).toBe("70-74");
    expect(bandOf(75, five)).toBe("75+");
    expect(bandOf(17, AGE_BANDS.life_stage)).toBe("0-17");
    expect(bandOf(59, AGE_BANDS.life_stage)).toBe("18-59");
    expect(bandOf(60, AGE_BANDS.life_stage)).toBe("60+");
  });

  it("labels ranges with an en dash", () => {
    expect(bandLabel("13-17")).toBe("13–17");
    expect(bandLabel("<1")).toBe("<1");
  });
});
