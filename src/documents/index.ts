import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'
import type { DocumentRef, Span } from '../types.js'
import { documentDate, inTextOrder } from './date.js'
import { findNamedLaws } from './named-law.js'
import { findDocumentNumbers, numberParts, typeWordBefore } from './number.js'

export { numberParts } from './number.js'

/**
 * retext plugin: fills `documents` with every numbered document cited ("Quyết định số
 * 123/QĐ-UBND ngày 12/01/2024") and every law cited by name only ("Luật Hòa giải ở cơ sở").
 */
export function vnDocuments() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    state.result.documents = findDocuments(state.text, state.result.dates, state.sentences)
  }
}

/** The documents cited in `text`, in order, one per mention. */
export function findDocuments(
  text: string,
  dates: Parameters<typeof documentDate>[3],
  sentences: readonly Span[],
): DocumentRef[] {
  const documents: DocumentRef[] = []
  const covered: Span[] = []
  let datesInOrder: boolean | undefined
  let s = 0
  for (const { start, end, number } of findDocumentNumbers(text)) {
    const parts = numberParts(number)
    const word = typeWordBefore(text, start)
    while (s < sentences.length && sentences[s]!.end <= start) s++
    const sentence = sentences[s] !== undefined && sentences[s]!.start <= start ? sentences[s] : undefined
    datesInOrder ??= inTextOrder(dates)
    const date = documentDate(text, start, end, dates, sentence?.start ?? Math.max(0, start - 260), datesInOrder)
    const span = { start: word?.start ?? start, end: Math.max(end, date?.end ?? end) }
    covered.push(span)
    documents.push({
      text: text.slice(span.start, span.end),
      span,
      number,
      type: parts.type ?? word?.name ?? lawBefore(text, start),
      issuer: parts.issuer,
      date: date?.value ?? null,
    })
  }
  let c = 0
  for (const law of findNamedLaws(text)) {
    while (c < covered.length && covered[c]!.end <= law.start) c++
    const next = covered[c]
    if (next !== undefined && law.start < next.end && next.start < law.end + 12) continue
    const span = { start: law.start, end: law.end }
    documents.push({ text: text.slice(law.start, law.end), span, number: null, type: law.type, issuer: null, date: null })
  }
  // Mostly in order already (numbers are found in order, and few laws are cited by name): a stable
  // sort would leave them as they are, and costs more than the look.
  return inOrder(documents) ? documents : documents.sort((a, b) => a.span.start - b.span.start)
}

/** Whether `documents` are in text order already (what a stable sort by start would leave as it is). */
function inOrder(documents: readonly DocumentRef[]): boolean {
  for (let i = 1; i < documents.length; i++) if (documents[i]!.span.start < documents[i - 1]!.span.start) return false
  return true
}

/** "Luật Thi đua, khen thưởng số 06/2022/QH15": a law name shortly before a number with no type code. */
function lawBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 80), start)
  const at = before.lastIndexOf('Luật ')
  return at >= 0 && !/[.;\n]/u.test(before.slice(at)) ? 'Luật' : null
}
