/**
 * Bytes of a data file to text: UTF-8 with or without BOM, else Shift_JIS (Japanese Excel's
 * default "CSV" encoding), which the browser's and Node's TextDecoder both read.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('shift_jis').decode(data);
  }
}
