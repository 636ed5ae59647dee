import { describe, expect, it } from "vitest";
import { MAP_LABEL_LENGTH, mapLabel } from "./labels";

describe("mapLabel", () => {
  it("leaves a label that fits as it is", () => {
    expect(mapLabel("Kommunstyrelsen, Vallby, 2021-03-16")).toBe("Kommunstyrelsen, Vallby, 2021-03-16");
  });

  it("cuts a long label at the last word that fits, with an ellipsis", () => {
    const label = mapLabel("Förslag till dagordning inför möte med Föreningen Nordens styrelse Datum: Tisdagen den 16 september 2008");
    expect(label).toBe("Förslag till dagordning inför möte med…");
    expect(label.length).toBeLessThanOrEqual(MAP_LABEL_LENGTH);
  });

  it("cuts a label with no space to cut at within its length", () => {
    const label = mapLabel(`Anna ${"x".repeat(80)}`);
    expect(label.length).toBe(MAP_LABEL_LENGTH);
    expect(label.endsWith("…")).toBe(true);
  });
});
