/**
 * samverkan ask
 * =============
 *
 * Answers a question in Swedish or English over a built graph, printing each answer with its date and the quote
 * that proves it (`--json` for machines).
 */
import { parseArgs } from "node:util";
import { requestServer } from "../client";
import type { Command, CommandIO } from "../command";
import { printable } from "../printable";
import type { AskReply } from "./answer";

// Built when asked for: the question forms come from the library, which `ask --server` does not load.
const usage = async () => `Usage: samverkan ask "<question>" --graph graph.json [--json]
       samverkan ask "<question>" --server http://127.0.0.1:8090 [--json]

--server asks a running \`samverkan serve\`, which holds the graph loaded, instead of reading --graph.

Questions it knows, for example:
${(await import("@samverkan/core")).describeQuestionForms()}`;

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { graph: { type: "string", short: "g" }, server: { type: "string" }, json: { type: "boolean" } },
  });
  if (positionals.length === 0 || !(values.graph || values.server)) {
    const { SamverkanError } = await import("@samverkan/core");
    throw new SamverkanError("USAGE", `samverkan ask: give a question and --graph (or --server)\n\n${await usage()}`);
  }
  const question = positionals.join(" ");
  const reply: AskReply = values.server
    ? await requestServer<AskReply>(values.server, "ask", new URLSearchParams({ q: question }))
    : await (await import("./answer")).answerFromFile(values.graph!, question);
  io.out(printable(values.json ? JSON.stringify(reply.json, null, 2) : reply.text));
  return reply.code;
}

export const askCommand: Command = { name: "ask", usage, run };
