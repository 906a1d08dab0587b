import type { FlowCatalogue } from '../dialogs/catalogue';
import type { DeploymentFacts } from '../dialogs/flow';
import { answerQuestion, openEntry } from '../dialogs/question';
import type { TurnDeps } from '../dialogs/turn';
import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex, type IndexOptions, type KnowledgeIndex } from '../knowledge/search';

/** The protocol's entries, searchable; `cache` is what `npm run build` saved (bot/searchIndexFile.ts), built here when absent. */
export function protocolIndex(options: Pick<IndexOptions, 'cache'> = {}): KnowledgeIndex {
  return createKnowledgeIndex(allEntries, options);
}

/** What a turn asks of the protocol's knowledge: free text answered and entries opened, with the deployment's contacts and the catalogue's journeys. */
export function turnKnowledge(index: KnowledgeIndex, facts: DeploymentFacts, catalogue: FlowCatalogue): TurnDeps['knowledge'] {
  return { answer: (text, context) => answerQuestion(text, index, facts, catalogue, context), open: (id) => openEntry(id, index, facts) };
}
