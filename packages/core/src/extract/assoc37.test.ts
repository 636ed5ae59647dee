/**
 * Round 37's association minutes (invented names and texts): minutes that name no body the usual way are their
 * association's, its general meeting's or its board's (`04-protocol.ts`, `associationOrgan`), so the seats written
 * beside the names and the meeting's offices are held there.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";
import { buildGraph, readDocument, type KnowledgeGraph } from "../index";

/** Each held role as `name: role @ holder`, sorted. */
const held = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")} @ ${label(g, g.target(e))}`)
    .sort();

describe("an association's minutes that name no body of it", () => {
  it("hold the seats written beside the names, one a line, in the association named in the head", () => {
    const g = graphOf(
      "Protokoll Lindåsens Fornminnesförening\nLINDÅSENS FORNMINNESFÖRENING SAMMANTRÄDESPROTOKOLL\nFRÅN STYRELSEMÖTE I SKOLAN 2018-09-12 kl. 18.00\nNärvarande\nTora Wiklund, ordförande,\nEmil Sandberg, v. ordförande,\nMaja Ekdahl, sekreterare,\nOskar Fält, ledamot\nRut Hammar, styrelsesuppleant\n\n§ 4 Sammanträdets öppnande\nOrdföranden hälsade välkommen.\n",
    );
    expect(held(g)).toEqual([
      "Emil Sandberg: v. ordförande @ Lindåsens Fornminnesförening",
      "Maja Ekdahl: sekreterare @ Lindåsens Fornminnesförening",
      "Oskar Fält: ledamot @ Lindåsens Fornminnesförening",
      "Rut Hammar: styrelsesuppleant @ Lindåsens Fornminnesförening",
      "Tora Wiklund: ordförande @ Lindåsens Fornminnesförening",
    ]);
  });
  it("and the seats of a list flattened to one line, the association named in capitals only", () => {
    const g = graphOf(
      "LINDÅSENS KULTURHISTORISKA SÄLLSKAP\nSAMMANTRÄDESPROTOKOLL\nFRÅN STYRELSEMÖTE 2018-09-12\nNärvarande Tora Wiklund, ordförande, Emil Sandberg, vice ordförande, Maja Ekdahl, dagens sekreterare, Oskar Fält, ledamot och Rut Hammar, styrelsesuppleant.\n\n§ 4 Sammanträdets öppnande\nOrdförande Tora Wiklund öppnade sammanträdet.\n",
    );
    expect(held(g).filter((r) => r.startsWith("Tora") || r.startsWith("Maja"))).toEqual([
      "Maja Ekdahl: dagens sekreterare @ Lindåsens Kulturhistoriska Sällskap",
      "Tora Wiklund: ordförande @ Lindåsens Kulturhistoriska Sällskap",
    ]);
  });
  it("a board named by its association's noun (`Möte med föreningens styrelse`) holds the seats and offices", () => {
    const g = graphOf(
      "PROTOKOLL NR 2/2015\n\nMöte med föreningens styrelse den 7 mars 2015\n\nLedamöter Närvarande\nTora Wiklund X, mötesordförande\nEmil Sandberg X\nMaja Ekdahl X, sekreterare\n\n§ 12 Val av justerare\n\nBeslut\n\natt utse Emil Sandberg att justera protokollet.\n",
    );
    expect(held(g)).toEqual([
      "Emil Sandberg: justerare @ Föreningens styrelse",
      "Emil Sandberg: ledamot @ Föreningens styrelse",
      "Maja Ekdahl: sekreterare @ Föreningens styrelse",
      "Tora Wiklund: mötesordförande @ Föreningens styrelse",
    ]);
  });
});

describe("an association's annual meeting", () => {
  const minutes = (chair: string, secretary: string) =>
    `Årsmöte protokoll 2019\n\nÅRSMÖTESPROTOKOLL Datum: 2019-03-21\nPlats: Klubbhuset\n\nNärvarande: ${chair}, ${secretary}, Oskar Fält, Rut Hammar\n\n1. Ordförande ${chair} förklarade årsmötet öppnat.\n2. Till ordförande för årsmötet valdes ${chair} Till sekreterare för årsmötet valdes ${secretary}.\n3. Till justeringsmän valdes Oskar Fält och Rut Hammar.\n`;
  it("holds its offices, and those present hold no seat in it", () => {
    expect(held(graphOf(minutes("Tora Wiklund", "Maja Ekdahl")))).toEqual([
      "Maja Ekdahl: sekreterare @ Årsmötet",
      "Oskar Fält: justeringsman @ Årsmötet",
      "Rut Hammar: justeringsman @ Årsmötet",
      "Tora Wiklund: mötesordförande @ Årsmötet",
    ]);
  });
  it("gives an office chosen in the plural to each in the singular, as written (`Till justeringspersoner valdes A och B`)", () => {
    const text = minutes("Tora Wiklund", "Maja Ekdahl").replace("justeringsmän", "justeringspersoner");
    expect(held(graphOf(text)).filter((r) => /Fält|Hammar/.test(r))).toEqual([
      "Oskar Fält: justeringsperson @ Årsmötet",
      "Rut Hammar: justeringsperson @ Årsmötet",
    ]);
  });
  it("is its association's, named in the head and with it (`Lindåsens Idrottsförening årsmöte`)", () => {
    const g = graphOf(`Lindåsens Idrottsförening\n${minutes("Tora Wiklund", "Maja Ekdahl")}`);
    const [body] = g.filterNodes((_, a) => a.kind === "organisation" && a.label === "Lindåsens Idrottsförening årsmöte");
    const { partOf } = g.getNodeAttributes(body) as { partOf?: string };
    expect(partOf && label(g, partOf)).toBe("Lindåsens Idrottsförening");
  });
  it("of no association named is its document's: two clubs' annual meetings are two bodies", () => {
    const docs = [minutes("Tora Wiklund", "Maja Ekdahl"), minutes("Nils Vall", "Ebba Rask")].map((content, i) =>
      readDocument({ source: `arsmote-${i + 1}.txt`, content }),
    );
    const g = buildGraph(docs, { layout: false }).graph;
    expect(g.filterNodes((_, a) => a.kind === "organisation" && a.label === "Årsmötet")).toHaveLength(2);
  });
});
