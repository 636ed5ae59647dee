import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeIntegers, decodeVarints, encodeIntegers, fromBase64, toBase64 } from "./varint";

describe("base64", () => {
  it("is Node's base64, both ways, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64"));
        expect(fromBase64(text)).toEqual(bytes);
      }),
    );
  });

  it.each(["abc", "ab=c", "a*cd", "ab\u00e9d"])("refuses %j", (text) => expect(() => fromBase64(text)).toThrow());
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
