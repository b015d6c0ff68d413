// LockService: locks always granted (the host runs one execution at a time) but held and released per execution, with Apps Script's argument checks.
import { type Runtime, Service } from "./runtime.ts";

export class LockImpl extends Service {
  static override gasName = "Lock";

  constructor(
    rt: Runtime,
    readonly _scope: string,
  ) {
    super(rt);
  }

  _timeout(ms: unknown, method: string): void {
    if (typeof ms !== "number" || ms < 0 || ms > 300_000)
      throw this._rt.signatureError(`LockService.Lock.${method}`, [ms]);
  }

  waitLock(timeoutInMillis: number): void {
    this._timeout(timeoutInMillis, "waitLock");
    this._rt.heldLocks.add(this._scope);
  }

  tryLock(timeoutInMillis: number): boolean {
    this._timeout(timeoutInMillis, "tryLock");
    this._rt.heldLocks.add(this._scope);
    return true;
  }

  hasLock(): boolean {
    return this._rt.heldLocks.has(this._scope);
  }

  releaseLock(): void {
    this._rt.heldLocks.delete(this._scope);
  }
}

export class LockServiceImpl extends Service {
  static override gasName = "LockService";

  getDocumentLock(): LockImpl {
    return new LockImpl(this._rt, "document");
  }

  getScriptLock(): LockImpl {
    return new LockImpl(this._rt, "script");
  }

  getUserLock(): LockImpl {
    return new LockImpl(this._rt, `user:${this._rt.host.user.email}`);
  }
}
