/**
 * Default lexicon
 * ===============
 *
 * The lists shipped in `packages/core/data/`, bundled into the library so it runs in the browser too.
 */
import givenNames from "../../data/given-names.json";
import municipalities from "../../data/municipalities.json";
import organisations from "../../data/organisations.json";
import parties from "../../data/parties.json";
import places from "../../data/places.json";
import protocol from "../../data/protocol.json";
import roleSuffixes from "../../data/role-suffixes.json";
import roles from "../../data/roles.json";
import surnames from "../../data/surnames.json";
import talkVerbs from "../../data/talk-verbs.json";
import topics from "../../data/topics.json";
import type { LexiconData, TalkVerbList } from "./types";

/** The shipped domain lists. */
export const DEFAULT_LEXICON_DATA: LexiconData = {
  municipalities,
  organisations,
  parties,
  roles,
  topics,
  givenNames,
  surnames,
  protocol,
  talkVerbs,
  places,
} as LexiconData;

/** The shipped phrases of talking, for a lexicon that has none of its own. */
export const DEFAULT_TALK_VERBS: TalkVerbList = talkVerbs as TalkVerbList;

/** Endings of compound job titles (`-direktör`, `-chef`, `-expert`). */
export const DEFAULT_ROLE_SUFFIXES: readonly string[] = roleSuffixes.suffixes;
