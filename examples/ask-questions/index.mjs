/**
 * Ask questions
 * =============
 *
 * A project of your own that uses @samverkan/core: build the knowledge graph of the sample corpus and ask it three
 * questions, printing each answer with the quote that proves it. Run: `pnpm --filter example-ask-questions start`.
 */
import { fileURLToPath } from "node:url";
import { ask } from "@samverkan/core";
import { buildGraphFromFiles } from "@samverkan/core/node";

const corpus = fileURLToPath(new URL("../storsthlm/corpus", import.meta.url));
const { graph, documents, failures } = await buildGraphFromFiles([corpus], { layout: false });
for (const failure of failures) console.error(failure.message);
console.log(`${documents.length} documents, ${graph.order} nodes, ${graph.size} edges\n`);

const questions = ["which meetings did Mats Gerdau chair", "vem var ordförande den 11 oktober 2016?", "who works with Ebba Ostlin"];

for (const question of questions) {
  const result = ask(graph, question);
  console.log(`Q: ${question}`);
  if (result.interpretation) console.log(`   read as ${result.interpretation.query}("${result.interpretation.argument}")`);
  if (result.message) console.log(`   ${result.message}`);
  for (const answer of result.answers.slice(0, 3)) {
    console.log(`   - ${answer.label}${answer.inferred ? " (inferred)" : ""}${answer.detail ? ` — ${answer.detail}` : ""}`);
    // A stated answer is proved by its quote; an inferred one by its chain, each step with its own quote.
    const steps = answer.chain ?? [{ evidence: answer.evidence }];
    for (const step of steps) {
      const [evidence] = step.evidence;
      const quote = evidence ? `“${evidence.quote.replace(/\s+/g, " ")}” (${evidence.doc}, ${evidence.start}–${evidence.end})` : "";
      console.log(`     ${step.statement ? `because ${step.statement}${quote ? ": " : ""}` : ""}${quote}`);
    }
  }
  if (result.answers.length > 3) console.log(`   … and ${result.answers.length - 3} more`);
  console.log();
}
