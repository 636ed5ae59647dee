/** The `code` of the SamverkanError a call throws, or undefined when it throws nothing (for table-driven tests). */
import { expect } from "vitest";

export function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    // By name, not instanceof: this helper serves every package's tests without depending on one of them.
    expect((error as Error).name).toBe("SamverkanError");
    return (error as { code?: string }).code;
  }
  return undefined;
}

/** The error a promise rejects with; a promise that resolves fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<{ name: string; code: string; file?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; code: string; file?: string; message: string };
  }
  throw new Error("expected the promise to reject");
}
