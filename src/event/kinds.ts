import data from '../../dictionaries/event-kinds.json' with { type: 'json' }
import { alternation, keyOf } from '../agencies/lexicon.js'

const kindByKey = new Map(Object.entries(data.kinds as Record<string, string>).map(([form, kind]) => [keyOf(form), kind]))

/** Regular-expression source of every written event noun, longest first. */
export const eventNounSource = alternation(Object.keys(data.kinds))

/** Regular-expression source of the phrases that open an event named without its noun. */
export const unnamedOpenerSource = alternation(data.unnamedOpeners)

/**
 * Regular-expression source of the steps of an event written between its verb and its noun
 * ("bế mạc và trao giải" in "tổ chức bế mạc và trao giải Hội thi …"): one first step, then at
 * most two more after "và" or a comma.
 */
export const ceremonyStepsSource = `(?:${alternation(data.ceremonySteps.first)})(?:(?:,| và) {1,2}(?:${alternation(data.ceremonySteps.joined)})){0,2}`

/** The kind an event noun names ("hội nghị tập huấn" → "Tập huấn"), or `undefined`. */
export function eventKindOf(noun: string): string | undefined {
  return kindByKey.get(keyOf(noun))
}
