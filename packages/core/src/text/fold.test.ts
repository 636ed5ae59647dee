import { describe, expect, it } from "vitest";
import { fold, nameKey, slugify, withoutForeignMarks } from "./fold";

describe("fold", () => {
  it("drops case and every mark, å, ä and ö included", () => {
    expect(fold("Östlin")).toBe("ostlin");
    expect(fold("ÅSA Zoë")).toBe("asa zoe");
  });
  it("keys names with hyphens and full stops as spaces", () => {
    expect(nameKey("Anna-Lena  Öst.")).toBe("anna lena ost");
    expect(slugify("Anna-Lena Öst")).toBe("anna-lena-ost");
  });
});

describe("withoutForeignMarks", () => {
  it("takes the marks off Latin-1 letters but for å, ä and ö, case kept", () => {
    expect(withoutForeignMarks("Zoë")).toBe("Zoe");
    expect(withoutForeignMarks("Irène")).toBe("Irene");
    expect(withoutForeignMarks("Ängelholm-José")).toBe("Ängelholm-Jose");
  });
  it("says there is nothing to take off", () => {
    expect(withoutForeignMarks("Åsa")).toBeUndefined();
    expect(withoutForeignMarks("Anna")).toBeUndefined();
    expect(withoutForeignMarks("Łukasz")).toBeUndefined();
  });
});
