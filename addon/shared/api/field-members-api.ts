// Anggota lapangan's part of the sidebar contract: enable field entry, add, list and revoke members.
import type { QrPath } from "../../../core/field/qr-path.ts";

/** A refusal carries a catalogue key (field.*, worker.*, error.busy) the page shows next to the field. */
export type FieldResult<T> = ({ ok: true } & T) | { ok: false; reason: string };

export interface FieldMemberRow {
  id: string;
  name: string;
  /** ISO time the worker issued the token. */
  createdAt: string;
  revoked: boolean;
}

/** The page's boot data: no network call is needed to render it. */
export interface FieldEntryState {
  enabled: boolean;
  /** Server address and group key are set. */
  configured: boolean;
}

export interface FieldMembersApi {
  /** Keys in base64; an existing pair is kept unless `replace`. */
  enableFieldEntry(
    publicKey: string,
    secretKey: string,
    replace?: boolean,
  ): FieldResult<{ publicKey: string }>;
  addFieldMember(name: string): FieldResult<{ id: string; name: string; link: string; qr: QrPath }>;
  listFieldMembers(): FieldResult<{ members: FieldMemberRow[] }>;
  revokeFieldMember(id: string): FieldResult<{ id: string }>;
  /** Opens Pengaturan → Anggota lapangan in place of the current page. */
  showFieldMembers(): void;
  showSettings(): void;
}
