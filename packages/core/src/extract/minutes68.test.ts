/**
 * Round 68's minutes (invented names and texts): in minutes that name no body, a seat's role written after a name
 * (`X (S), tjänstgörande ersättare`, `Y, gruppledare (ABC)`) stays on the person (`04-protocol.ts` `headerRoles`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

describe("minutes that name no body, with seats written after the names", () => {
  const text =
    "Protokoll\n\nSammanträdesdatum 2018-11-14\n\nPlats och tid Stora salen, kl 13.00-15.30\n\n" +
    "Ledamöter Lena Forsberg (M), ordförande Jonas Håkansson (C) Maria Lundqvist (S), tjänstgörande ersättare Erik Sandberg (L)\n\n" +
    "Övriga närvarande Karin Strand, kanslichef Anders Wikström, gruppledare (ABC)\n\n" +
    "Utses att justera Jonas Håkansson\n\nUnderskrifter Sekreterare Karin Strand Ordförande Lena Forsberg Justerande Jonas Håkansson\n\n" +
    "§ 1 Fastställande av dagordning\n\nDagordningen fastställs.\n";

  it("keeps the seat on the person, as a title is kept", () => {
    const held = heldRoles(graphOf(text));
    expect(held).toContain("Maria Lundqvist: tjänstgörande ersättare");
    expect(held).toContain("Anders Wikström: gruppledare");
  });
});
