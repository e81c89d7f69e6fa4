// The id Chromium gives an extension whose manifest carries `key`: the first
// 128 bits of the SHA-256 of the key's DER bytes, as 32 hex digits written
// with the letters a–p instead of 0–f.
import { createHash } from 'node:crypto';
import { DEV_PUBLIC_KEY } from '../../../src/dev-key';

export function chromiumExtensionId(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode('a'.charCodeAt(0) + parseInt(d, 16))).join('');
}

/** The id of every non-store Chrome build (wxt.config.ts, src/dev-key.ts). */
export const DEV_EXTENSION_ID = chromiumExtensionId(DEV_PUBLIC_KEY);
