// Just enough of the protobuf wire format for Anki's small messages (media map, package meta,
// notetype/template config blobs): varints and length-delimited fields. A hand-written codec keeps
// the schema next to the code that uses it and avoids a code generator for four messages.

export type ProtoField = { no: number; wire: number; int?: bigint; bytes?: Uint8Array };

export function decodeMessage(buf: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= buf.length) throw new Error("truncated protobuf varint");
      const b = buf[pos++];
      result |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return result;
      shift += 7n;
      if (shift > 70n) throw new Error("protobuf varint too long");
    }
  };
  while (pos < buf.length) {
    const key = Number(varint());
    const no = key >>> 3;
    const wire = key & 7;
    if (wire === 0) fields.push({ no, wire, int: varint() });
    else if (wire === 2) {
      const len = Number(varint());
      if (pos + len > buf.length) throw new Error("truncated protobuf field");
      fields.push({ no, wire, bytes: buf.subarray(pos, pos + len) });
      pos += len;
    } else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
  if (pos !== buf.length) throw new Error("truncated protobuf message");
  return fields;
}

const text = new TextDecoder();
export const str = (fields: ProtoField[], no: number) => {
  const f = fields.find((x) => x.no === no && x.bytes);
  return f ? text.decode(f.bytes) : "";
};
export const num = (fields: ProtoField[], no: number) => Number(fields.find((x) => x.no === no && x.int !== undefined)?.int ?? 0n);
export const sub = (fields: ProtoField[], no: number) => fields.filter((x) => x.no === no && x.bytes).map((x) => x.bytes!);

/** Builds a message; fields are written in call order, defaults (0, "") skipped as proto3 does. */
export class ProtoWriter {
  private parts: number[] = [];
  private varint(v: bigint) {
    let x = BigInt.asUintN(64, v);
    while (x >= 0x80n) {
      this.parts.push(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    }
    this.parts.push(Number(x));
  }
  int(no: number, v: number | bigint) {
    if (v === 0 || v === 0n) return this;
    this.varint(BigInt((no << 3) | 0));
    this.varint(BigInt(v));
    return this;
  }
  bytes(no: number, b: Uint8Array) {
    this.varint(BigInt((no << 3) | 2));
    this.varint(BigInt(b.length));
    for (const x of b) this.parts.push(x);
    return this;
  }
  string(no: number, s: string) {
    return s ? this.bytes(no, new TextEncoder().encode(s)) : this;
  }
  finish() {
    return Uint8Array.from(this.parts);
  }
}
