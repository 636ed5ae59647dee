/** The CLI's V8 tiering (tiering.ts): set unless the process was started with its own interrupt budget. */
import { describe, expect, it } from "vitest";
import { tierUpLater } from "./tiering";

describe("tierUpLater", () => {
  it("leaves a budget the process was started with", () => {
    expect(tierUpLater(["--interrupt-budget=1000"])).toBe(false);
    expect(tierUpLater(["--stack-size=900", "--interrupt_budget=1000"])).toBe(false);
  });

  it("sets the budget otherwise, also beside V8 flags of other names", () => {
    expect(tierUpLater([])).toBe(true);
    expect(tierUpLater(["--interrupt-budget-for-feedback-allocation=940"])).toBe(true);
  });
});
