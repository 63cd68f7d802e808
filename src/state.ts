import type { ArticleAnalysis, AnalyzeOptions, Span } from './types.js'
import type { OffsetMap } from './normalize/offset-map.js'
import type { PersonMention } from './people/find.js'
import type { WordIndex } from './words.js'

/** Options after validation. */
export interface ResolvedOptions {
  referenceDate: string | null
  format: 'text' | 'html'
}

/**
 * What the stages share while they run. Every span in `result` is an offset into `text` (the
 * normalised text) until the assemble stage maps it into `source`.
 */
export interface VnState {
  /** The input exactly as given. */
  source: string
  /** The normalised text the stages match on. */
  text: string
  /** From `text` offsets to `source` offsets. */
  map: OffsetMap
  options: ResolvedOptions
  /** Every non-blank line of `text`, trimmed. */
  lines: Span[]
  /** Every sentence of the NLCST tree. */
  sentences: Span[]
  /**
   * Set by `analyze()`, whose tree nobody else sees: `vnParse` then reads the sentences of each
   * piece as it parses and keeps no tree (an empty root), since no stage reads the tree after
   * that and it is the largest object (~150 bytes a char) — at 100 K chars, 10–15 MB that would
   * outlive the young generation.
   */
  keepNoTree?: boolean
  /** The words of `text`, built once by the first stage that asks (`wordsIn` of `src/words.ts`). */
  words?: WordIndex
  /** The persons the people stage found in each part (by index in `result.parts`), for the attendees stage. */
  peopleByPart?: PersonMention[][]
  /** The analysis being filled, spans in `text` offsets. */
  result: ArticleAnalysis
}

declare module 'vfile' {
  interface DataMap {
    /** Internal state of the vn-admin-news stages. */
    vn: VnState
    /** Per-file options for the plugin, set by `analyze()`. */
    vnOptions: AnalyzeOptions
    /** The finished analysis, spans in input offsets. */
    analysis: ArticleAnalysis
  }
}

/** A result with every field present and empty. */
export function emptyAnalysis(): ArticleAnalysis {
  return {
    language: { code: 'und', isVietnamese: false },
    parts: [],
    title: null,
    location: null,
    publishedDate: null,
    event: null,
    dates: [],
    agencies: [],
    organizer: null,
    issuingAgency: null,
    author: null,
    attendees: [],
    people: [],
    awards: [],
    awardTotals: { collectives: 0, individuals: 0, unstated: 0 },
    campaigns: [],
    documents: [],
    warnings: [],
  }
}
