import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph, loadDocument, readDocument, type DocumentRecord } from "@samverkan/core";
import { isMimeMessage } from "./email";

/** A message as a mail program saves it: CRLF line ends. */
const eml = (text: string) => new TextEncoder().encode(text.replace(/\r?\n/g, "\r\n"));
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64").replace(/.{76}/g, "$&\n");
const load = (text: string, source = "rapport.eml") => loadDocument({ source, content: eml(text) });

function people(doc: DocumentRecord): string[] {
  const labels: string[] = [];
  buildGraph([doc]).graph.forEachNode((_, a) => void (a.kind === "person" && labels.push(a.label)));
  return labels.sort();
}

const HEAD = `Return-Path: <christina.blom@storsthlm.se>
Message-ID: <4711@storsthlm.se>
MIME-Version: 1.0
From: Christina Blom Andersson <christina.blom@storsthlm.se>
To: =?iso-8859-1?Q?Camilla_=D6stlund?= <camilla.ostlund@storsthlm.se>
Date: Thu, 5 Oct 2017 16:29:00 +0200
`;
const NOTES = "Storsthlm konferens 5 oktober.\n\nLasse Stjernqvist (S) öppnade. Åsa Öberg (M) talade om bostäder.\n";

describe("loadDocument: MIME e-mail", () => {
  it("a base64 body is decoded: the people in it are found", async () => {
    const doc = await load(`${HEAD}Subject: Rapport\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${base64(NOTES)}`);
    expect(doc.text).toContain("Lasse Stjernqvist (S) öppnade. Åsa Öberg (M) talade om bostäder.");
    expect(people(doc)).toEqual(["Camilla Östlund", "Christina Blom Andersson", "Lasse Stjernqvist", "Åsa Öberg"]);
  });

  it("quoted-printable in ISO-8859-1 keeps å, ä and ö", async () => {
    const doc = await load(
      `${HEAD}Subject: Rapport\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n=C5sa =D6berg (M) talade om bost=E4der i J=E4rf=E4lla.=\n Lasse Stjernqvist (S) svarade.\n`,
    );
    expect(doc.text).toContain("Åsa Öberg (M) talade om bostäder i Järfälla. Lasse Stjernqvist (S) svarade.");
  });

  it("encoded subject and addresses are decoded into the header lines the e-mail rules read", async () => {
    const subject = `=?utf-8?B?${Buffer.from("Rapport konferens Storsthlm – höst").toString("base64")}?=`;
    const doc = await load(
      `${HEAD}Cc: Kjell =?utf-8?Q?=C3=96hrstr=C3=B6m?= <kjell@storsthlm.se>\nSubject: ${subject}\nContent-Type: text/plain; charset=utf-8\n\n${NOTES}`,
    );
    expect(doc.text.split("\n").slice(0, 5)).toEqual([
      "From: Christina Blom Andersson <christina.blom@storsthlm.se>",
      "Date: 2017-10-05 16:29",
      "To: Camilla Östlund <camilla.ostlund@storsthlm.se>",
      "Cc: Kjell Öhrström <kjell@storsthlm.se>",
      "Subject: Rapport konferens Storsthlm – höst",
    ]);
    expect(doc).toMatchObject({ genre: "email", title: "Rapport konferens Storsthlm – höst", date: "2017-10-05", format: "text" });
  });

  const MULTIPART = `${HEAD}Subject: Rapport
Content-Type: multipart/mixed; boundary="yttre-Grans-Gransson"

--yttre-Grans-Gransson
Content-Type: multipart/alternative; boundary="Inre Petter Pettersson"

--Inre Petter Pettersson
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${NOTES}
--Inre Petter Pettersson
Content-Type: text/html; charset=utf-8

<p>Storsthlm konferens 5 oktober.</p><p>Lasse Stjernqvist (S) öppnade.</p>
--Inre Petter Pettersson--
--yttre-Grans-Gransson
Content-Type: application/pdf; name="dagordning.pdf"
Content-Disposition: attachment; filename="dagordning.pdf"
Content-Transfer-Encoding: base64

${base64("Per Persson (M), Nils Nilsson (S) och Göran Göransson (L) var där. ".repeat(30))}
--yttre-Grans-Gransson
Content-Type: text/plain; charset=utf-8; name="deltagare.txt"
Content-Disposition: attachment; filename="deltagare.txt"

Karl Karlsson (KD), Eva Evasdotter (V)
--yttre-Grans-Gransson--
`;

  it("multipart: one text part read, no part headers or boundaries, attachments listed by name and never read", async () => {
    const doc = await load(MULTIPART);
    expect(doc.text).toBe(
      "From: Christina Blom Andersson <christina.blom@storsthlm.se>\nDate: 2017-10-05 16:29\nTo: Camilla Östlund <camilla.ostlund@storsthlm.se>\nSubject: Rapport\n\n" +
        "Storsthlm konferens 5 oktober.\n\nLasse Stjernqvist (S) öppnade. Åsa Öberg (M) talade om bostäder.\n\nAttachments: dagordning.pdf, deltagare.txt\n",
    );
    expect(people(doc)).toEqual(["Camilla Östlund", "Christina Blom Andersson", "Lasse Stjernqvist", "Åsa Öberg"]);
  });

  it("an HTML-only body is read as HTML", async () => {
    const doc = await load(
      `${HEAD}Subject: Inbjudan\nContent-Type: text/html; charset=utf-8\n\n<html><head><style>p{color:red}</style></head><body><h1>Mötesplats 2019</h1><p>Välkommen, hälsar <b>Åsa Öberg</b>.</p></body></html>\n`,
    );
    expect(doc.text.endsWith("Subject: Inbjudan\n\nMötesplats 2019\nVälkommen, hälsar Åsa Öberg.\n")).toBe(true);
  });

  it("the sample corpus's pasted e-mail and plain text read exactly as readDocument reads them", async () => {
    const dir = new URL("../../../../examples/storsthlm/corpus/", import.meta.url);
    for (const name of readdirSync(dir)) {
      const content = new Uint8Array(readFileSync(new URL(name, dir)));
      expect(await loadDocument({ source: name, content })).toEqual(readDocument({ source: name, content }));
    }
  });
});

describe("isMimeMessage", () => {
  const cases: [string, string, boolean][] = [
    ["MIME headers", "From: a@b.se\nMIME-Version: 1.0\nSubject: x\n\nText", true],
    ["an mbox From line first", "From a@b.se Thu Oct  5 16:29:00 2017\nReceived: from x\nSubject: x\n\nText", true],
    ["folded header and encoded word", "From: a@b.se\nSubject: =?utf-8?Q?M=C3=B6te?=\n  i Nacka\n\nText", true],
    [
      "a pasted e-mail (From/Sent/To typed as text)",
      "From: Tove Marklund\nSent: Tuesday, October 11, 2016 10:15 AM\nTo: Ove Lindahl\nSubject: Rapport\n\nText",
      false,
    ],
    ["a Swedish pasted e-mail", "**Från:** Birgitta Sandell\n**Skickat:** den 14 mars 2018\n\nText", false],
    ["minutes with field lines", "Tid: 9 maj 2019\nPlats: Kommunhuset\nContent-Type: ingen\nBeslutande\n\nText", false],
    ["running text", "Protokoll från styrelsen\n\nContent-Type: text/plain", false],
    ["headers without a blank line to end them", "MIME-Version: 1.0\nFrom: a@b.se", false],
  ];
  it.each(cases)("%s → %s", (_label, text, expected) => {
    expect(isMimeMessage(new TextEncoder().encode(text))).toBe(expected);
  });
});
