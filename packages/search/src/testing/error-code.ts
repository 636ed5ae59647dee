/**
 * Error code
 * ==========
 *
 * What tests assert on when a call throws: the `SamverkanError` code, or a note that it threw something else or
 * nothing.
 */
import { isSamverkanError } from "@samverkan/core";

/** The code of the `SamverkanError` that `fn` throws, "not a SamverkanError" or "no error". */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return isSamverkanError(error) ? error.code : "not a SamverkanError";
  }
  return "no error";
}
