/**
 * @samverkan/core
 * ===============
 *
 * Reads Swedish regional-government documents and builds a graphology knowledge graph of people, roles,
 * municipalities, organisations, parties, meetings and topics, each fact tied to the words that state it.
 * Runs in Node and in the browser: file access lives in `@samverkan/core/node`.
 */
export type * from "./types";
export { SamverkanError, isSamverkanError } from "./errors";
export type { ErrorCode } from "./errors";
export { GRAPH_FORMAT_VERSION, createKnowledgeGraph, serializeGraph, loadGraph } from "./graph/serialize";
export type { LoadGraphOptions, LoadedGraph, SerializeOptions } from "./graph/serialize";
export { readDocument, loadDocument, documentIdFromSource, DEFAULT_MAX_BYTES } from "./read/read-document";
export type { ReadDocumentInput, ReadDocumentOptions, LoadDocumentOptions, DocumentMeta } from "./read/read-document";
export { DEFAULT_MAX_PAGES } from "./read/pdf";
export { pageAt } from "./read/pages";
export type { OcrPage, PdfOptions } from "./read/pdf";
export { normaliseText } from "./read/decode";
export { buildGraph, createExtractionModel } from "./graph/build-graph";
export type { BuildGraphOptions, BuiltGraph } from "./graph/build-graph";
export { edgesInKeyOrder, keepLayout, layoutGraph } from "./graph/layout";
export type { LayoutOptions, NodePositions } from "./graph/layout";
export { extractDocument } from "./extract/extract-document";
export type { DocumentExtraction } from "./extract/extract-document";
export { loadEnglish } from "./extract/02-english";
export type { ExtractionModel } from "./extract/context";
export type { Fact, EntityFact, RelationFact, EntityRef } from "./extract/types";
export { RULES, ruleInfo } from "./extract/rules";
export type { ExtractionRule, RuleId, Step } from "./extract/rules";
export { createLexicon } from "./lexicon/lexicon";
export type { Lexicon } from "./lexicon/lexicon";
export { DEFAULT_LEXICON_DATA, DEFAULT_ROLE_SUFFIXES } from "./lexicon/default-lexicon";
export type * from "./lexicon/types";
export { fold, nameKey, slugify } from "./text/fold";
export { ask, QUESTION_FORMS, describeQuestionForms } from "./query/ask";
export type { AskResult, Interpretation, QuestionForm } from "./query/ask";
export { attendeesOf, chairOf, meetings, meetingsAttendedBy, meetingsChairedBy, municipalitiesAt, peopleOf, rolesOf, topicsOf } from "./query/queries";
export type { AttendeesOfOptions, MeetingsOptions, PeopleOfOptions, RoleAnswer } from "./query/queries";
export { whoWorksWith, worksWithProjection } from "./query/works-with";
export { citeEvidence } from "./query/cite";
export { labelWithPlace, resolveEntity, resolveMeeting } from "./query/resolve";
export type { Answer, Resolution } from "./query/types";
export { EDGE_COLORS, EDGE_KIND_LABELS, NODE_COLORS, NODE_KIND_LABELS, nodeSize } from "./graph/encoding";
