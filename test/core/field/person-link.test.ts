// Finding a phone record's person in the register: by NIK, else by name + birth date/age + village; never a guess.
import { describe, expect, it } from "vitest";
import {
  describeLookup,
  findPerson,
  type RegisterPerson,
} from "../../../core/field/person-link.ts";

const register: RegisterPerson[] = [
  {
    id: "p1",
    nik: "7309034509900001",
    full_name: "Siti Aminah",
    birth_date: "1990-09-05",
    age_years: "",
    village: "73.09.03.2004",
  },
  {
    id: "p2",
    nik: "",
    full_name: "Yohanis  Bria",
    birth_date: "",
    age_years: "67",
    village: "53.01.01.2001",
  },
  {
    id: "p3",
    nik: "",
    full_name: "Ana",
    birth_date: "2001-01-01",
    age_years: "",
    village: "73.09.03.2004",
  },
  {
    id: "p4",
    nik: "",
    full_name: "Ana",
    birth_date: "2001-01-01",
    age_years: "",
    village: "73.09.03.2004",
  },
];

describe("findPerson", () => {
  it("finds by NIK whatever its spacing", () => {
    expect(findPerson({ nik: "7309 0345 0990 0001" }, register)).toBe("p1");
    expect(findPerson({ nik: "7309034509900009" }, register)).toBeUndefined();
  });

  it("finds by name, birth date or age, and village", () => {
    expect(
      findPerson(
        { full_name: "siti aminah", birth_date: "1990-09-05", village: "73.09.03.2004" },
        register,
      ),
    ).toBe("p1");
    expect(
      findPerson({ full_name: "Yohanis Bria", age_years: 67, village: "53.01.01.2001" }, register),
    ).toBe("p2");
    expect(
      findPerson({ full_name: "Yohanis Bria", age_years: 66, village: "53.01.01.2001" }, register),
    ).toBeUndefined();
    expect(
      findPerson({ full_name: "Siti Aminah", village: "73.09.03.2004" }, register),
    ).toBeUndefined();
  });

  it("never guesses between two matches", () => {
    expect(
      findPerson(
        { full_name: "Ana", birth_date: "2001-01-01", village: "73.09.03.2004" },
        register,
      ),
    ).toBeUndefined();
    expect(
      describeLookup({ full_name: "Ana", birth_date: "2001-01-01", village: "73.09.03.2004" }),
    ).toBe("Ana, 2001-01-01, 73.09.03.2004");
  });
});
