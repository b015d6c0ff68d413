// Old sheets keep working: rows holding the English status codes are read as before and rewritten with the label people read.
import { describe, expect, it } from "vitest";
import { newHost, siti } from "../../support/addon.ts";
import { NOW, PERSON_SHEET, pasteCopies, value } from "./helpers.ts";

describe("check_status of rows written before the labels", () => {
  it("reads an old code, sends nothing that needs no check, and shows the label", () => {
    const { host, worker } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    expect(value(host, PERSON_SHEET, 3, "check_status")).toBe("benar");
    pasteCopies(host, PERSON_SHEET, 3, 2, (r, set) => {
      set("id", `old-${r}`);
      set("check_status", r === 4 ? "ok" : "unchecked");
    });
    worker.requests.length = 0;
    host.call("checkAllData");
    // The "ok" row still fits its check, so only the unchecked one goes to the server.
    const sent = worker.requests.flatMap(
      (q) => JSON.parse(q.payload ?? "{}").records as { id: string }[],
    );
    expect(sent.map((r) => r.id)).toEqual(["old-5"]);
    expect(value(host, PERSON_SHEET, 4, "check_status")).toBe("benar");
    expect(value(host, PERSON_SHEET, 5, "check_status")).toBe("benar");
  });

  it("writes the label in the user's language, and reads the other language's", () => {
    const { host, worker } = newHost({ now: NOW, locale: "en" });
    host.call("submitRecord", "person", siti);
    expect(value(host, PERSON_SHEET, 3, "check_status")).toBe("correct");
    pasteCopies(host, PERSON_SHEET, 3, 1, (_r, set) => {
      set("id", "from-an-indonesian-user");
      set("check_status", "benar");
    });
    worker.requests.length = 0;
    host.call("checkAllData");
    expect(worker.requests).toHaveLength(0);
    // Nothing changed, so nothing is rewritten.
    expect(value(host, PERSON_SHEET, 4, "check_status")).toBe("benar");
  });
});
