/**
 * Names, titles and English pages, round 29 (02-mentions.ts, 03-appositions.ts, the role lexicon), with invented
 * names: an English county office and the county after it, a minister's English title, a company's vice president,
 * a venue ending in a surname, titles before names in a list joined by `och`, and where a person lives.
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../helpers/roles";

const roles = (text: string) => personRoles(graphOf(text), { written: true });
const people = (text: string) =>
  graphOf(text)
    .filterNodes((_, a) => a.kind === "person")
    .map((k) => graphOf(text).getNodeAttribute(k, "label"))
    .sort();

const ENGLISH =
  "Regional leaders meet\n\nThe regional council met four times during the year and decided on the budget for health care and public transport.\n";

describe("English titles", () => {
  it("a county office before the name, with the county's name without `län`, is held in the county", () => {
    const found = roles(`${ENGLISH}The King held an audience with County Governor of Kronoberg Helga Brandqvist at the palace.\n`);
    expect(found).toContain("Helga Brandqvist: county governor of kronoberg [landshövding] @ Kronobergs län");
  });

  it("a county office after the name's comma, with a county of two words", () => {
    const found = roles(`${ENGLISH}The meeting was attended by Tobias Wennström, County Governor of Västra Götaland, who spoke on forestry.\n`);
    expect(found).toContain("Tobias Wennström: county governor [landshövding] @ Västra Götalands län");
  });

  it("the minister for rural affairs, with the article, before the name's comma", () => {
    const found = roles(`${ENGLISH}The Swedish delegation, chaired by the Minister for Rural Affairs, Ragna Fjällström, met the regional council.\n`);
    expect(found).toEqual(["Ragna Fjällström: minister for rural affairs [landsbygdsminister]"]);
  });

  it("a vice president beside a head's title is a company's, no deputy chair", () => {
    const found = roles(`${ENGLISH}The panel included Vera Lundholm, Vice President, Head of Sales, Norrskog AB, and others.\n`);
    expect(found).toContain("Vera Lundholm: vice president [vice president]");
    expect(found.join("\n")).not.toContain("vice ordförande");
  });

  it("an English title that ends like a Swedish plural (`Director`) is the last name's own, not the run's", () => {
    const found = roles(
      `${ENGLISH}The meeting was opened by Hannah Wexley, Head of Communications at Kestrel Logistics, and Tobias Rendahl, Director at Vantor Systems.\n`,
    );
    expect(found.filter((line) => line.startsWith("Hannah Wexley"))).toEqual([
      "Hannah Wexley: head of communications [kommunikationsdirektör] @ Kestrel Logistics",
    ]);
  });

  it("a vice president of a council is still its deputy chair", () => {
    const found = roles(`${ENGLISH}The panel included Vera Lundholm, Vice President of the Regional Council, and others.\n`);
    expect(found).toContain("Vera Lundholm: vice president [vice ordförande]");
  });
});

describe("English pages", () => {
  it("a run of titles before names, a title's field going on after `and`, each title the name's after it", () => {
    const text = `${ENGLISH}Sweden is represented by Prime Minister Helga Brandqvist, Minister for Foreign Affairs and Nordic Cooperation Tobias Wennström, Minister for the Environment Ragna Fjällström and Minister for Culture and Democracy Vera Lundholm.\n`;
    expect(people(text)).toEqual(["Helga Brandqvist", "Ragna Fjällström", "Tobias Wennström", "Vera Lundholm"]);
    expect(roles(text)).toEqual([
      "Helga Brandqvist: prime minister [statsminister]",
      "Ragna Fjällström: minister for the environment [miljöminister]",
      "Tobias Wennström: minister for foreign affairs and nordic cooperation [utrikesminister]",
      "Vera Lundholm: minister for culture and democracy [kulturminister]",
    ]);
  });

  it("a title's last word before a given name that is a surname too is no part of the name", () => {
    const text = `${ENGLISH}Minister for Nordic Cooperation and Equality Thomas Wennström will attend the meeting.\n`;
    expect(roles(text)).toEqual(["Thomas Wennström: minister for nordic cooperation and equality [nordisk samarbetsminister]"]);
  });

  it("a municipality's English name after the title (`City of Lund`, `Lord Mayor of Umeå`)", () => {
    const text = `${ENGLISH}Opening session\n  • Helga Brandqvist, Mayor, City of Lund\n\nVera Lundholm, Lord Mayor of Umeå invites you all to come.\n`;
    const found = roles(text);
    expect(found).toContain("Helga Brandqvist: mayor [kommunstyrelsens ordförande] @ Lund");
    expect(found).toContain("Vera Lundholm: lord mayor [kommunstyrelsens ordförande] @ Umeå");
  });

  it("an academic's field after `of`, then where the title is held", () => {
    const found = roles(`${ENGLISH}Speakers:\n  • Ivar Lindkvist, Professor of Environmental Change, Linköping University\n`);
    expect(found).toContain("Ivar Lindkvist: professor [professor] @ Linköpings universitet");
    expect(found.join("\n")).not.toContain("Environmental Change");
  });

  it("English titles of the lexicon: head of communication, minister for foreign trade", () => {
    const text = `${ENGLISH}Opening remarks: Ragna Fjällström, Minister for Foreign Trade, Sweden. Contact: Sixten Ahlqvist, Head of Communication, Region Västerbotten.\n`;
    const found = roles(text);
    expect(found).toContain("Ragna Fjällström: minister for foreign trade [handelsminister]");
    expect(found.some((r) => r.startsWith("Sixten Ahlqvist: head of communication [kommunikationsdirektör]"))).toBe(true);
  });
});

describe("venues and names", () => {
  it("a venue ending in a surname is no person, a given name and the surname still is", () => {
    const text =
      "Konferens om regionens tillväxt\n\nKonferensen hålls på Berns, Berzeli Park i Stockholm. Helga Park, ordförande i kulturnämnden, inledde. Middagen äter vi i Folkets Hall.\n";
    expect(people(text)).toEqual(["Helga Park"]);
  });
});

describe("titles before names in a list joined by `och`", () => {
  it("each title goes to the name right after it", () => {
    const text =
      "Krisberedskapsdagen\n\nTalarfältet bestod av författaren och historikern Sixten Ahlqvist, statssekreterare Vera Lundholm, journalisten och debattören Ivar Lindkvist och senioranalytiker Ragna Fjällström.\n";
    expect(roles(text)).toEqual([
      "Ivar Lindkvist: journalisten och debattören [journalist]",
      "Ragna Fjällström: senioranalytiker [senioranalytiker]",
      "Vera Lundholm: statssekreterare [statssekreterare]",
    ]);
  });

  it("a time after its preposition opens no run of titles before names", () => {
    const text = "Krisberedskapsdagen\n\nUnder eftermiddagen Sixten Ahlqvist, statssekreterare Vera Lundholm, journalist.\n";
    expect(roles(text)).toEqual(["Sixten Ahlqvist: statssekreterare [statssekreterare]", "Vera Lundholm: journalist [journalist]"]);
  });

  it("titles after names stay with the name before them", () => {
    const text = "Krisberedskapsdagen\n\nDessutom deltog Sixten Ahlqvist, statssekreterare, och Vera Lundholm, journalist.\n";
    expect(roles(text)).toEqual(["Sixten Ahlqvist: statssekreterare [statssekreterare]", "Vera Lundholm: journalist [journalist]"]);
  });
});

describe("where a person lives", () => {
  it("is no place of the person's office", () => {
    const found = roles("Politiker i länet\n\nHelga Brandqvist, kommunalråd, bor i Växjö och har varit politiker länge.\n");
    expect(found).toEqual(["Helga Brandqvist: kommunalråd [kommunalråd]"]);
  });
});
