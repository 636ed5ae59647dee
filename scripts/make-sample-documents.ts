/**
 * Sample PDF and Word minutes
 * ===========================
 *
 * Writes the project's own sample minutes into `examples/storsthlm/protokoll/`: two meetings of the kommunstyrelse
 * of the invented Solbacka kommun, one as a two-page PDF with running page headers, one as a Word file with its
 * header and signatures in tables. Every name is invented. They are set by the generators the tests use
 * (`test/helpers/documents.ts`), so what the tests check of those layouts holds for these files.
 *
 * Run: `node --import tsx scripts/make-sample-documents.ts`
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Protocol, SAMPLE_PROTOCOL, protocolDocx, protocolPdf } from "../test/helpers/documents";

const out = fileURLToPath(new URL("../examples/storsthlm/protokoll/", import.meta.url));

// The April meeting: the same board, one member away and a substitute serving, new items.
const april: Protocol = {
  ...SAMPLE_PROTOCOL,
  date: "2024-04-16",
  place: "Kommunhuset, Sessionssalen",
  time: "kl. 09.00–11.45",
  // Linnea Hedberg away; Elin Ahlqvist, March's substitute, serves in her place.
  members: [...SAMPLE_PROTOCOL.members.filter((m) => m.name !== "Linnea Hedberg"), SAMPLE_PROTOCOL.substitutes[1]],
  substitutes: [SAMPLE_PROTOCOL.substitutes[0]],
  adjuster: "Signe Åkerlund",
  items: [
    {
      number: 5,
      title: "Årsredovisning 2023",
      paragraphs: [
        "Ekonomichefen redogör för årsredovisningen. Kommunen redovisar ett överskott, främst genom lägre kostnader för energi och högre skatteintäkter än budgeterat. Revisorerna har inte lämnat några anmärkningar.",
        "Kommunstyrelsen beslutar att överlämna årsredovisningen till kommunfullmäktige för godkännande.",
      ],
    },
    {
      number: 6,
      title: "Nya lokaler för äldreomsorgen",
      paragraphs: [
        "Förvaltningen har utrett tre alternativ för nya lokaler för äldreomsorgen i centralorten. Styrelsen diskuterar kostnaderna, tidplanen och hur de boende och deras anhöriga ska få lämna synpunkter.",
        "Kommunstyrelsen beslutar att förvaltningen ska arbeta vidare med alternativ två och återkomma med ett förslag till beslut i september.",
      ],
    },
  ],
};

mkdirSync(out, { recursive: true });
writeFileSync(`${out}protokoll-2024-03-12.pdf`, await protocolPdf(SAMPLE_PROTOCOL, { pages: 2 }));
writeFileSync(`${out}protokoll-2024-04-16.docx`, await protocolDocx(april));
console.log(`wrote ${out}protokoll-2024-03-12.pdf, ${out}protokoll-2024-04-16.docx`);
