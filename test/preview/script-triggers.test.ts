// The preview's ScriptApp triggers: the builder chain, Apps Script's limits (hourly schedules only, one clock trigger per add-on and document), kept across executions, deleted by the trigger object.
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { EVAL_CODE, writeFixture } from "./fixture.ts";

describe("ScriptApp triggers in the preview", () => {
  it("creates an hourly trigger, keeps it across executions, and deletes it", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    expect(
      host.call(
        "run",
        'ScriptApp.newTrigger("tick").timeBased().everyHours(1).create().getHandlerFunction()',
      ),
    ).toBe("tick");
    expect(host.triggers).toEqual([expect.objectContaining({ handler: "tick", everyHours: 1 })]);
    expect(
      host.call(
        "run",
        "ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); })",
      ),
    ).toEqual(["tick"]);
    expect(() =>
      host.call("run", 'ScriptApp.newTrigger("tock").timeBased().everyHours(1).create()'),
    ).toThrow(/too many time-based triggers/);
    host.call("run", "ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0])");
    expect(host.triggers).toEqual([]);
    expect(host.calls.count("ScriptApp.newTrigger")).toBe(2);
    expect(host.calls.count("ClockTriggerBuilder.create")).toBe(2);
    expect(host.calls.count("ScriptApp.deleteTrigger")).toBe(1);
  });

  it("refuses what Apps Script refuses", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    expect(() =>
      host.call("run", 'ScriptApp.newTrigger("tick").timeBased().everyHours(3)'),
    ).toThrow(/everyHours/);
    expect(() => host.call("run", 'ScriptApp.newTrigger("tick").timeBased().create()')).toThrow(
      /no schedule/,
    );
    expect(() => host.call("run", "ScriptApp.deleteTrigger({})")).toThrow(/don't match/);
    expect(host.triggers).toEqual([]);
  });
});
