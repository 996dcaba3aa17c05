import { deflateSync } from 'node:zlib';

/** CRC-32 (ISO 3309), as PNG chunks carry it (RFC 2083 §3.4). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A real 48×48 RGB PNG with a noisy picture (so it does not compress to nothing). */
export function consentPhoto(): Buffer {
  const size = 48;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  const rows: number[] = [];
  let seed = 7;
  for (let y = 0; y < size; y++) {
    rows.push(0); // filter type: none
    for (let x = 0; x < size * 3; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      rows.push(seed >>> 16);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows.map((b) => b & 0xff)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
