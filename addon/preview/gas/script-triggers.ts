// ScriptApp's installable triggers: the builder chain to an hourly time-driven trigger, listed and deleted per host (they outlive one execution), with Apps Script's limits.
import { type Runtime, Service } from "./runtime.ts";

export interface TriggerRecord {
  id: string;
  handler: string;
  everyHours: number;
}

/** Apps Script lets an add-on run a time-driven trigger at most once an hour. */
const VALID_HOURS = new Set([1, 2, 4, 6, 8, 12]);

export class TriggerImpl extends Service {
  static override gasName = "Trigger";

  constructor(
    rt: Runtime,
    readonly _record: TriggerRecord,
  ) {
    super(rt);
  }

  getHandlerFunction(): string {
    return this._record.handler;
  }

  getUniqueId(): string {
    return this._record.id;
  }

  getEventType(): string {
    return "CLOCK";
  }
}

export class ClockTriggerBuilderImpl extends Service {
  static override gasName = "ClockTriggerBuilder";
  _hours: number | undefined;

  constructor(
    rt: Runtime,
    readonly _handler: string,
  ) {
    super(rt);
  }

  everyHours(n: number): ClockTriggerBuilderImpl {
    if (typeof n !== "number" || !VALID_HOURS.has(n))
      throw this._rt.exception("The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.");
    this._hours = n;
    return this;
  }

  create(): TriggerImpl {
    if (this._hours === undefined)
      throw this._rt.exception("The trigger has no schedule: call everyHours first.");
    const list = this._rt.host.triggers;
    // An add-on may hold one trigger of each kind per user and document.
    if (list.length >= 1)
      throw this._rt.exception(
        "This add-on has created too many time-based triggers in this document for this Google user account.",
      );
    const record = {
      id: String(1000 + list.length + Math.floor(this._rt.host.now() % 1000)),
      handler: this._handler,
      everyHours: this._hours,
    };
    list.push(record);
    return new TriggerImpl(this._rt, record);
  }
}

export class TriggerBuilderImpl extends Service {
  static override gasName = "TriggerBuilder";

  constructor(
    rt: Runtime,
    readonly _handler: string,
  ) {
    super(rt);
  }

  timeBased(): ClockTriggerBuilderImpl {
    return new ClockTriggerBuilderImpl(this._rt, this._handler);
  }
}

/** The trigger part of ScriptApp (the service itself lives in session.ts). */
export function newTrigger(rt: Runtime, handler: unknown): TriggerBuilderImpl {
  if (typeof handler !== "string" || !handler)
    throw rt.signatureError("ScriptApp.newTrigger", [handler]);
  return new TriggerBuilderImpl(rt, handler);
}

export function projectTriggers(rt: Runtime): TriggerImpl[] {
  return rt.host.triggers.map((r) => new TriggerImpl(rt, r));
}

export function deleteTrigger(rt: Runtime, trigger: unknown): void {
  const t = rt.unwrap(trigger, TriggerImpl);
  if (!t) throw rt.signatureError("ScriptApp.deleteTrigger", [trigger]);
  const list = rt.host.triggers;
  const i = list.findIndex((r) => r.id === t._record.id);
  if (i >= 0) list.splice(i, 1);
}
