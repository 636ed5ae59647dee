/**
 * Bad inputs for `build`, made at test time in a temporary folder (no binary junk in the repository): each bad item
 * knows the code its failure must have, each good one the person its text names. Named pipes, device links and
 * paths over PATH_MAX need a POSIX system; an unreadable folder needs a user other than root.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ErrorCode } from "@samverkan/core";

/** The `--max-bytes` the bad inputs are made for. */
export const MAX_BYTES = 64 * 1024;

export interface BadInput {
  name: string;
  /** The code of its failure. */
  code: ErrorCode;
  /** Writes the item into `dir`; returns the path its failure names (a folder's failure may name a folder inside it). */
  make(dir: string): string;
}

export interface GoodInput {
  name: string;
  /** A person the document names, found in the built graph. */
  person: string;
  make(dir: string): string;
}

const write = (file: string, content: string | Uint8Array) => (writeFileSync(file, content), file);
const text = (person: string) => `Protokoll\n\n${person} (S), ordförande, hälsade välkommen till mötet om skolan.\n`;

/**
 * A folder whose path is longer than PATH_MAX (4,096 bytes on Linux), made one relative step at a time in a child
 * process (a shell's `cd` fails there, as it keeps the whole path).
 */
export function makeDeepFolder(dir: string): string {
  const part = "d".repeat(200);
  const script = `for (let i = 0; i < 24; i++) { fs.mkdirSync(${JSON.stringify(part)}); process.chdir(${JSON.stringify(part)}); } fs.writeFileSync("djup.txt", "Protokoll\\nBo Ek (S)\\n");`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: dir });
  if (result.status !== 0) throw new Error(`could not make a deep folder: ${result.stderr}`);
  return path.join(dir, part);
}

/** Removes a folder, also one deeper than PATH_MAX (which `fs.rm` cannot unlink). */
export function removeFolder(dir: string): void {
  spawnSync("rm", ["-rf", dir]);
}

function mkfifo(file: string): string {
  const result = spawnSync("mkfifo", [file]);
  if (result.status !== 0) throw new Error(`mkfifo failed: ${result.stderr}`);
  return file;
}

/** A document with a sidecar beside it. */
const withSidecar = (dir: string, name: string, sidecar: string) => {
  write(path.join(dir, `${name}.meta.json`), sidecar);
  return write(path.join(dir, name), text("Dag Dagsson"));
};

/** Random-looking bytes from a seed, with NULs: a binary file. */
function junk(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  bytes[7] = 0;
  return bytes;
}

export const IS_ROOT = process.getuid?.() === 0;

export const BAD_INPUTS: BadInput[] = [
  { name: "empty file", code: "EMPTY_FILE", make: (dir) => write(path.join(dir, "tom.txt"), "") },
  { name: "blanks only", code: "EMPTY_FILE", make: (dir) => write(path.join(dir, "blank.md"), " \n\t\n") },
  { name: "binary bytes", code: "BINARY_FILE", make: (dir) => write(path.join(dir, "bild.txt"), junk(3000, 7)) },
  { name: "UTF-16", code: "UNDECODABLE", make: (dir) => write(path.join(dir, "utf16.txt"), Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x42, 0])) },
  { name: "over --max-bytes", code: "FILE_TOO_LARGE", make: (dir) => write(path.join(dir, "stor.txt"), text("Stor Storsson").repeat(MAX_BYTES / 40)) },
  { name: "named pipe", code: "NOT_REGULAR_FILE", make: (dir) => mkfifo(path.join(dir, "ror.txt")) },
  {
    name: "link to /dev/zero",
    code: "NOT_REGULAR_FILE",
    make: (dir) => {
      symlinkSync("/dev/zero", path.join(dir, "noll.txt"));
      return path.join(dir, "noll.txt");
    },
  },
  {
    name: "broken link",
    code: "READ_FAILED",
    make: (dir) => {
      symlinkSync(path.join(dir, "finns-inte.txt"), path.join(dir, "bruten.txt"));
      return path.join(dir, "bruten.txt");
    },
  },
  {
    name: "link to itself",
    code: "READ_FAILED",
    make: (dir) => {
      symlinkSync("snurra.txt", path.join(dir, "snurra.txt"));
      return path.join(dir, "snurra.txt");
    },
  },
  { name: "damaged PDF", code: "UNREADABLE_PDF", make: (dir) => write(path.join(dir, "trasig.pdf"), "%PDF-1.7\n1 0 obj garbage") },
  { name: "damaged Word file", code: "BAD_ARCHIVE", make: (dir) => write(path.join(dir, "trasig.docx"), Uint8Array.from([0x50, 0x4b, 3, 4, ...junk(200, 3)])) },
  {
    name: "e-mail nested beyond the parser's limit",
    code: "UNDECODABLE",
    make: (dir) => {
      let body = "Hej\r\n";
      for (let i = 0; i < 300; i++) body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}\r\n--b${i}--\r\n`;
      return write(path.join(dir, "djup.eml"), `MIME-Version: 1.0\r\nFrom: a@b.se\r\n${body}`);
    },
  },
  { name: "sidecar date as a number", code: "BAD_OPTION", make: (dir) => withSidecar(dir, "datum.txt", '{"date": 2019}') },
  { name: "sidecar title as a list", code: "BAD_OPTION", make: (dir) => withSidecar(dir, "titel.txt", '{"title": ["a"]}') },
  { name: "sidecar not JSON", code: "BAD_OPTION", make: (dir) => withSidecar(dir, "json.txt", "{ title: inte json") },
  { name: "sidecar a list", code: "BAD_OPTION", make: (dir) => withSidecar(dir, "lista.txt", "[]") },
  {
    name: "sidecar a named pipe",
    code: "NOT_REGULAR_FILE",
    make: (dir) => {
      mkfifo(path.join(dir, "pipa.txt.meta.json"));
      return write(path.join(dir, "pipa.txt"), text("Per Pipare"));
    },
  },
  { name: "folder deeper than PATH_MAX", code: "READ_FAILED", make: (dir) => makeDeepFolder(dir) },
  ...(IS_ROOT
    ? []
    : [
        {
          name: "unreadable folder",
          code: "READ_FAILED" as const,
          make: (dir: string) => {
            const locked = path.join(dir, "last");
            mkdirSync(locked);
            write(path.join(locked, "hemlig.txt"), text("Hemlig Hemligsson"));
            chmodSync(locked, 0);
            return locked;
          },
        },
      ]),
];

export const GOOD_INPUTS: GoodInput[] = [
  { name: "plain UTF-8", person: "Anna Andersson", make: (dir) => write(path.join(dir, "anna.txt"), text("Anna Andersson")) },
  {
    name: "UTF-8 with one Windows-1252 byte",
    person: "Örjan Östlin",
    make: (dir) => write(path.join(dir, "orjan.txt"), Uint8Array.from([...Buffer.from("Protokoll\n\nÖrjan "), 0xd6, ...Buffer.from(text("stlin").slice(11))])),
  },
  { name: "Windows-1252", person: "Åke Ärlig", make: (dir) => write(path.join(dir, "ake.txt"), Buffer.from(text("Åke Ärlig"), "latin1")) },
  {
    name: "link to a file outside",
    person: "Bertil Berg",
    make: (dir) => {
      const outside = write(path.join(dir, "..", `${path.basename(dir)}-bertil.txt`), text("Bertil Berg"));
      symlinkSync(outside, path.join(dir, "bertil.txt"));
      return path.join(dir, "bertil.txt");
    },
  },
  {
    name: "linked folder with a link back up",
    person: "Cecilia Ceder",
    make: (dir) => {
      const outside = path.join(dir, "..", `${path.basename(dir)}-mapp`);
      mkdirSync(outside);
      write(path.join(outside, "cecilia.txt"), text("Cecilia Ceder"));
      symlinkSync(dir, path.join(outside, "tillbaka"));
      symlinkSync(outside, path.join(dir, "mapp"));
      return path.join(dir, "mapp", "cecilia.txt");
    },
  },
  {
    name: "MIME e-mail, base64",
    person: "David Dahl",
    make: (dir) =>
      write(
        path.join(dir, "david.eml"),
        `MIME-Version: 1.0\r\nFrom: David Dahl <david@example.se>\r\nSubject: Protokoll\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(text("David Dahl")).toString("base64")}\r\n`,
      ),
  },
];
