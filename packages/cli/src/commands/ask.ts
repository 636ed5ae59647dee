/**
 * samverkan ask
 * =============
 *
 * Answers a question in Swedish or English over a built graph, printing each answer with its date and the quote
 * that proves it (`--json` for machines).
 */
import { parseArgs } from "node:util";
import {
  SamverkanError,
  ask,
  citeEvidence,
  describeQuestionForms,
  type Answer,
  type AskResult,
  type Evidence,
  type KnowledgeGraph,
  type LoadedGraph,
} from "@samverkan/core";
import { SearchIndex } from "@samverkan/search";
import type { Command, CommandIO } from "../command";
import { readGraphFile, readIndexFile } from "../graph-file";
import { printable } from "../printable";

const USAGE = `Usage: samverkan ask "<question>" --graph graph.json [--json]

Questions it knows, for example:
${describeQuestionForms()}`;

// `“…” (protokoll-2019-05-09.pdf, p. 3, 120–151)`: the file, its page where it has pages, the offsets.
const quote = (e: Evidence, graph?: KnowledgeGraph) => `“${e.quote.replace(/\s+/g, " ").trim()}” (${citeEvidence(graph, e)}, ${e.start}–${e.end})`;

function formatAnswer(a: Answer, i: number, graph?: KnowledgeGraph): string {
  const lines = [
    `${i + 1}. ${a.label}${a.date && !a.label.startsWith(a.date) ? ` (${a.date})` : ""}${a.inferred ? "  [inferred]" : ""}${a.detail ? ` — ${a.detail}` : ""}`,
  ];
  // An inferred answer shows how it was inferred, whatever the question asked for (a meeting, its chair).
  if (a.chain) {
    for (const step of a.chain) lines.push(`   because ${step.statement}${step.evidence[0] ? `: ${quote(step.evidence[0], graph)}` : ""}`);
  } else {
    for (const e of a.evidence.slice(0, 2)) lines.push(`   ${quote(e, graph)}`);
  }
  return lines.join("\n");
}

/** Readable text of an ask result; with the graph, quotes name their documents' files. */
export function formatAskResult(result: AskResult, graph?: KnowledgeGraph): string {
  const lines = [`Q: ${result.question}`];
  if (result.interpretation) lines.push(`Read as: ${result.interpretation.query}("${result.interpretation.argument}")  [${result.interpretation.form}]`);
  if (result.message) lines.push(result.message);
  if (result.candidates) lines.push(...result.candidates.map((c) => `  - ${c.label} (${c.id})`));
  result.answers.forEach((a, i) => lines.push(formatAnswer(a, i, graph)));
  return lines.join("\n");
}

/**
 * Names the search index finds for a name `ask` does not know (a spelling further off than `ask` forgives, a name
 * known only from running text): "Did you mean …".
 */
async function didYouMean(graphFile: string, loaded: LoadedGraph, result: AskResult): Promise<string[]> {
  const argument = result.interpretation?.argument;
  if (!argument || result.answers.length || result.candidates || !result.message || /^(Inga svar|No answers)/.test(result.message)) return [];
  const saved = await readIndexFile(graphFile, loaded, undefined, () => undefined).catch(() => undefined);
  if (!saved) return [];
  const hits = SearchIndex.load(saved.text, { source: saved.file }).search(argument, {
    kind: ["person", "organisation", "municipality", "party", "meeting", "topic"],
    limit: 3,
  }).hits;
  return hits.flatMap((h) => (h.type === "entity" ? [h.label] : []));
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { graph: { type: "string", short: "g" }, json: { type: "boolean" } },
  });
  if (positionals.length === 0 || !values.graph) throw new SamverkanError("USAGE", `samverkan ask: give a question and --graph\n\n${USAGE}`);
  // Answers quote their evidence, which the graph holds: the documents' texts are not read.
  const loaded = await readGraphFile(values.graph, { texts: false });
  const { graph } = loaded;
  const result = ask(graph, positionals.join(" "));
  const suggestions = await didYouMean(values.graph, loaded, result);
  if (suggestions.length) result.message = `${result.message} Did you mean: ${suggestions.join(", ")}?`;
  if (values.json) {
    const answers = result.answers.map(({ label, kind, date, inferred, evidence, chain, detail, weight, reasons }) => ({
      label,
      kind,
      date,
      inferred,
      evidence,
      chain,
      detail,
      weight,
      reasons,
    }));
    io.out(
      printable(
        JSON.stringify(
          { question: result.question, interpretation: result.interpretation, answers, message: result.message, candidates: result.candidates },
          null,
          2,
        ),
      ),
    );
  } else io.out(printable(formatAskResult(result, graph)));
  // 2: the question was not understood; 1: a name in it is unknown or ambiguous; 0: answered (maybe with none).
  if (!result.interpretation) return 2;
  return result.candidates || (result.message && result.answers.length === 0 && !/^(Inga svar|No answers)/.test(result.message)) ? 1 : 0;
}

export const askCommand: Command = { name: "ask", summary: "answer a question with the quotes that prove it", usage: USAGE, run };
