/**
 * Press texts and notes (invented names, real layouts): a title in the definite form opening a sentence before the
 * name (`Trafikdirektören X presenterade …`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("`Trafikdirektören X presenterade …`: a definite title opening a sentence", () => {
  const text =
    "Nya busslinjer i Hallsberg\n\n2024-03-05\n\nTrafikdirektören Mona Krantz presenterade planen på tisdagen. Hon fick frågor om priset. Förbundsordföranden Siri Vall öppnade mötet.\n";
  const g = graphOf("nyhet.txt", text);
  it("gives the name the title, in its base form", () => {
    expect(heldRoles(g)).toContain("Mona Krantz: trafikdirektör");
    expect(heldRoles(g)).toContain("Siri Vall: förbundsordförande");
  });
});
