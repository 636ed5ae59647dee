import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeIntegers, decodeVarints, encodeIntegers, fromBase64, portableBase64, toBase64 } from "./varint";

describe.each([
  ["with Buffer", { encode: toBase64, decode: fromBase64 }],
  ["without Buffer", portableBase64],
])("base64 %s", (_name, { encode, decode }) => {
  it("is Node's base64, both ways, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(8), (bytes, offset) => {
        const text = encode(bytes.subarray(offset));
        expect(text).toBe(Buffer.from(bytes.subarray(offset)).toString("base64"));
        expect(decode(text)).toEqual(bytes.subarray(offset));
      }),
    );
  });

  it.each(["abc", "ab=c", "a*cd", "ab\u00e9d", "ab c", "a===", "ab-_", "AB==CDEF", "A=B="])("refuses %j", (text) => expect(() => decode(text)).toThrow());
});

describe("varints", () => {
  it("give back any integers below 2^32", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(200), fc.nat(0xffffffff))), (values) => {
        expect([...decodeIntegers(encodeIntegers(values))]).toEqual(values);
      }),
    );
  });

  it("refuse bytes ending inside a number, or a number over 32 bits", () => {
    expect(() => decodeVarints(Uint8Array.from([0x85]))).toThrow(/inside/);
    expect(() => decodeVarints(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x1f]))).toThrow(/32 bits/);
  });
});
