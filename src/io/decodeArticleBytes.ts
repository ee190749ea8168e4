/**
 * Checks that a file's bytes are UTF-8 text and decodes them. Returns the text
 * or a one-line reason the file is not readable text.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Share of control characters above which a NUL-free file is still binary. */
const MAX_CONTROL_RATIO = 0.1;
const SNIFF_BYTES = 8192;

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const utf16 = utf16Bom(bytes);
  if (utf16) return { ok: false, reason: `${utf16} text, not UTF-8 (save it as UTF-8)` };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary file (NUL byte at offset ${nul}), not text` };
  if (controlRatio(bytes.subarray(0, SNIFF_BYTES)) > MAX_CONTROL_RATIO) {
    return { ok: false, reason: "binary file (many control characters), not text" };
  }
  let text: string;
  try {
    // fatal: a Latin-1 or Windows-1252 file must fail loudly, not turn into U+FFFD.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}; save it as UTF-8)`,
    };
  }
  if (text.trim() === "") return { ok: false, reason: "empty file (only whitespace)" };
  return { ok: true, text };
}

function utf16Bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  return null;
}

function controlRatio(sample: Uint8Array): number {
  let controls = 0;
  for (const byte of sample) {
    // Tab, line feed, form feed and carriage return are ordinary in text.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      controls++;
    }
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

/** Offset of the first byte that breaks UTF-8, so the user can find it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}
