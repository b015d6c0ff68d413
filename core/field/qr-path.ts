// A join link as a QR code: the dark modules as one SVG path, so the sidebar draws it without markup from the server.
import qrcode from "qrcode-generator";

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** An SVG path in module units: one unit square per dark module, rows merged into runs. */
  d: string;
}

/**
 * Error correction M (15 %): a phone camera reads it off a laptop screen, and a join link
 * (≈ 150 ASCII characters) still fits a small version.
 */
export function qrPath(text: string): QrPath {
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const size = qr.getModuleCount();
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!qr.isDark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && qr.isDark(r, c)) c++;
      parts.push(`M${start} ${r}h${c - start}v1h${start - c}z`);
    }
  }
  return { size, d: parts.join("") };
}
