// A PNG's header (IHDR): enough to check an icon's or a screenshot's size
// without a picture library.

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 6: RGBA (has transparency), 2: RGB, 3: palette, 0/4: grey. */
  colorType: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The IHDR of a PNG file's bytes; throws on anything that is not a PNG. */
export function pngHeader(bytes: Buffer): PngHeader {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: bad signature');
  if (bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no IHDR first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24]!, colorType: bytes[25]! };
}
