/**
 * Inferred facts stay inferred in the exports (an inferred chair looked stated), attendance is Popolo's `attendees`,
 * and a former role gets an end date. On the sample corpus, whose board meetings of 2019 and 2020 have an inferred
 * chair.
 */
import { buildGraph } from "@samverkan/core";
import { readDocuments } from "@samverkan/core/node";
import { exportJsonLd, exportPopolo } from "@samverkan/interop";
import { beforeAll, describe, expect, it } from "vitest";
import { CORPUS } from "../questions/sample-graph";

let built: Awaited<ReturnType<typeof load>>;
async function load() {
  const { documents } = await readDocuments([CORPUS]);
  return { ...buildGraph(documents, { layout: false }), documents };
}
beforeAll(async () => void (built = await load()));

describe("inferred facts in the exports", () => {
  it("Popolo: the inferred chair is an attendee marked inferred, with its chain", () => {
    const popolo = exportPopolo(built.graph, { documents: built.documents });
    const board = popolo.events.find((e) => e.start_date === "2019-05-09")!;
    const chair = board.attendees.find((a) => a.role === "chair" && a.person_id === "person:mats-gerdau")!;
    expect(chair.inferred).toBe(true);
    expect(chair.inferred_from?.[0]).toMatch(/elected förbundsordförande/);
    expect(popolo.events.every((e) => !("participants" in e))).toBe(true);
  });

  it("JSON-LD: the inferred chair's role says it is inferred, and how", () => {
    const doc = exportJsonLd(built.graph, { documents: built.documents });
    const board = doc["@graph"].find((n) => n["@id"].endsWith("meeting:styrelsemote-storsthlm-2019-05-09"))!;
    const chair = (board.attendee as { roleName: string; attendee: { "@id": string }; description?: string }[]).find((r) => r.roleName === "chair")!;
    expect(chair.description).toMatch(/^inferred: Mats Gerdau was elected förbundsordförande/);
  });

  it("Popolo: a former role without a stated end ends by the date of the document that calls it former", () => {
    const popolo = exportPopolo(built.graph, { documents: built.documents });
    const former = popolo.memberships.filter((m) => m.former);
    expect(former.length).toBeGreaterThan(0);
    for (const m of former) expect(m.end_date, m.id).toMatch(/^\d{4}/);
  });
});
