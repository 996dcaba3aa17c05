/**
 * A small length-prefixed binary codec for the sync protocol (docs/sync-protocol.md).
 *
 * Unsigned LEB128 integers (up to 2^53 − 1), byte strings as length ‖ bytes, text as UTF-8 byte
 * strings. The reader checks every bound and throws a FrameError instead of reading past the end
 * (lib0's decoder returns `undefined` there), so a truncated or malformed frame is always refused.
 */
export class FrameError extends Error {
  constructor(
    readonly reason:
      'truncated' | 'malformed' | 'unknown-type' | 'too-large' | 'bad-version' | 'trailing-bytes',
    message: string,
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class Writer {
  private buf: Uint8Array;
  private view: DataView;
  private at = 0;

  constructor(initial = 256) {
    this.buf = new Uint8Array(initial);
    this.view = new DataView(this.buf.buffer);
  }

  private reserve(n: number): void {
    if (this.at + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.at + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(value: number): this {
    this.reserve(1);
    this.buf[this.at++] = value & 0xff;
    return this;
  }

  u32(value: number): this {
    this.reserve(4);
    this.view.setUint32(this.at, value >>> 0);
    this.at += 4;
    return this;
  }

  uint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`bad varuint ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.u8((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    return this.u8(v);
  }

  raw(bytes: Uint8Array): this {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    return this.uint(bytes.length).raw(bytes);
  }

  str(text: string): this {
    return this.bytes(encoder.encode(text));
  }

  get length(): number {
    return this.at;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.at);
  }
}

export class Reader {
  private at = 0;

  constructor(private readonly buf: Uint8Array) {}

  private need(n: number): void {
    if (this.at + n > this.buf.length) {
      throw new FrameError('truncated', `frame ends ${this.at + n - this.buf.length} bytes early`);
    }
  }

  u8(): number {
    this.need(1);
    return this.buf[this.at++] as number;
  }

  u32(): number {
    this.need(4);
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.at, 4).getUint32(0);
    this.at += 4;
    return v;
  }

  uint(): number {
    let value = 0;
    let mult = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.u8();
      value += (b & 0x7f) * mult;
      if (b < 0x80) {
        if (!Number.isSafeInteger(value)) break;
        return value;
      }
      mult *= 0x80;
    }
    throw new FrameError('malformed', 'integer out of range');
  }

  fixed(n: number): Uint8Array {
    this.need(n);
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  bytes(max: number): Uint8Array {
    const n = this.uint();
    if (n > max)
      throw new FrameError('malformed', `a field of ${n} bytes exceeds its limit ${max}`);
    return this.fixed(n);
  }

  str(max: number): string {
    try {
      return decoder.decode(this.bytes(max));
    } catch (error) {
      if (error instanceof FrameError) throw error;
      throw new FrameError('malformed', 'text is not UTF-8');
    }
  }

  get remaining(): number {
    return this.buf.length - this.at;
  }

  end(): void {
    if (this.at !== this.buf.length) {
      throw new FrameError('trailing-bytes', `${this.buf.length - this.at} unexpected bytes`);
    }
  }
}
