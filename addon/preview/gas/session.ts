// Session and User: the configured user's e-mail and locale, the script's time zone, a stable temporary user key.
import { createHash } from "node:crypto";
import { type Runtime, Service } from "./runtime.ts";

export class UserService extends Service {
  static override gasName = "User";

  constructor(
    rt: Runtime,
    readonly _email: string,
  ) {
    super(rt);
  }

  getEmail(): string {
    return this._email;
  }

  toString(): string {
    return this._email;
  }
}

export class SessionService extends Service {
  static override gasName = "Session";

  getActiveUser(): UserService {
    return new UserService(this._rt, this._rt.host.user.email);
  }

  getEffectiveUser(): UserService {
    return new UserService(this._rt, this._rt.host.user.email);
  }

  getActiveUserLocale(): string {
    return this._rt.host.user.locale;
  }

  getScriptTimeZone(): string {
    return this._rt.host.scriptTimeZone;
  }

  /** Stable per user and script, opaque, like Apps Script's key. */
  getTemporaryActiveUserKey(): string {
    return createHash("sha256")
      .update(`${this._rt.host.scriptId}:${this._rt.host.user.email}`)
      .digest("base64")
      .slice(0, 43);
  }
}

/** ScriptApp, reduced to what an add-on's onOpen checks: the AuthMode enum. */
export class ScriptAppService extends Service {
  static override gasName = "ScriptApp";

  get AuthMode(): Record<string, string> {
    return { NONE: "NONE", CUSTOM_FUNCTION: "CUSTOM_FUNCTION", LIMITED: "LIMITED", FULL: "FULL" };
  }

  getScriptId(): string {
    return this._rt.host.scriptId;
  }
}
