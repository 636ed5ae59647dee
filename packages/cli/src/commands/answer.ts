/**
 * Answers
 * =======
 *
 * What `samverkan ask` prints for a question over a loaded graph, locally or from `samverkan serve`: the answers with
 * their dates and the quotes that prove them, the JSON of `--json`, and the exit code. Kept apart from the command so
 * that `ask --server` loads none of the libraries it needs.
 */
import { ask, citeEvidence, isSamverkanError, type Answer, type AskResult, type Evidence, type KnowledgeGraph } from "@samverkan/core";
import { SearchIndex, type SearchHit, type SearchOptions } from "@samverkan/search";
import { readGraphFile, readIndexFile } from "../graph-file";
import { formatHit, searchGraphFile, searchReply } from "./search";

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

/** What `ask` answers to a question: the JSON, the readable text and the exit code (`samverkan serve` sends all three). */
export interface AskReply {
  json: {
    question: string;
    interpretation?: AskResult["interpretation"];
    answers: Partial<Answer>[];
    message?: string;
    candidates?: AskResult["candidates"];
    /** For a question no form reads: the passages with its words, as `samverkan search` finds them. Not answers. */
    passages?: SearchHit[];
  };
  text: string;
  /** 2: the question was not understood; 1: a name in it is unknown or ambiguous; 0: answered (maybe with none). */
  code: number;
}

/** What the search index adds to `ask`'s answers (see `answerQuestion`). */
export interface AskHelpers {
  /** The names the index finds for a name `ask` does not know, best first. */
  suggest(name: string): Promise<string[]> | string[];
  /** The passages with a question's words, best first, with their snippets. */
  passages(question: string): Promise<SearchHit[]> | SearchHit[];
}

/** Passages shown for a question no form reads. */
export const FALLBACK_PASSAGES: SearchOptions = { kind: ["passage"], limit: 3 };

/**
 * Answers a question over a loaded graph. For a name `ask` does not know (a spelling further off than it forgives, a
 * name known only from running text) it adds the names the search index finds: "Did you mean …". For a question no
 * form reads it shows, before the forms it knows, the passages with the question's words: where to read, said not to
 * be an answer (the exit code stays 2).
 */
export async function answerQuestion(graph: KnowledgeGraph, question: string, { suggest, passages }: AskHelpers): Promise<AskReply> {
  const result = ask(graph, question);
  const argument = result.interpretation?.argument;
  if (argument && !result.answers.length && !result.candidates && result.message && !/^(Inga svar|No answers)/.test(result.message)) {
    const suggestions = await suggest(argument);
    if (suggestions.length) result.message = `${result.message} Did you mean: ${suggestions.join(", ")}?`;
  }
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
  // Its words only: the search reads `+`, `-`, `:`, `~` and `^` as query syntax, which a question does not mean.
  const words = result.interpretation ? [] : (question.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
  const found = words.length ? await passages(words.join(" ")) : [];
  const json: AskReply["json"] = {
    question: result.question,
    interpretation: result.interpretation,
    answers,
    message: result.message,
    candidates: result.candidates,
    ...(found.length ? { passages: found } : {}),
  };
  const unknown = result.candidates || (result.message && result.answers.length === 0 && !/^(Inga svar|No answers)/.test(result.message));
  const text = found.length
    ? [`Q: ${result.question}`, "No question form reads this; passages with its words (not an answer):", ...found.map(formatHit), result.message].join("\n")
    : formatAskResult(result, graph);
  return { json, text, code: !result.interpretation ? 2 : unknown ? 1 : 0 };
}

/** The passages an index finds for a question no form reads (see `answerQuestion`). */
export const fallbackPassages = (index: SearchIndex, question: string): SearchHit[] => searchReply(index, question, FALLBACK_PASSAGES).json.hits;

/** The entities the search index finds for a name, best first (at most three). */
export function suggestNames(index: SearchIndex, name: string): string[] {
  const hits = index.search(name, { kind: ["person", "organisation", "municipality", "party", "meeting", "topic"], limit: 3 }).hits;
  return hits.flatMap((h) => (h.type === "entity" ? [h.label] : []));
}

/** Answers a question over the graph in a file (its texts not read), with the suggestions of the index beside it. */
export async function answerFromFile(graphFile: string, question: string): Promise<AskReply> {
  // Answers quote their evidence, which the graph holds: the documents' texts are not read.
  const loaded = await readGraphFile(graphFile, { texts: false });
  // The index is read only when a question needs it; a missing or broken one gives no suggestions and no passages.
  const index = async () => {
    const saved = await readIndexFile(graphFile, loaded, undefined, () => undefined).catch(() => undefined);
    return saved && SearchIndex.load(saved.text, { source: saved.file });
  };
  return answerQuestion(loaded.graph, question, {
    suggest: async (name) => {
      const found = await index();
      return found ? suggestNames(found, name) : [];
    },
    passages: async (asked) => {
      const found = await index();
      if (!found) return [];
      try {
        return searchGraphFile(graphFile, loaded, found, asked, FALLBACK_PASSAGES).json.hits;
      } catch (error) {
        // Texts that are not the graph's (another build wrote beside it) give no snippets; ask still answers.
        if (!isSamverkanError(error)) throw error;
        return fallbackPassages(found, asked);
      }
    },
  });
}
