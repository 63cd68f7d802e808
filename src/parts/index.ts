import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'
import type { Part, PartKind, Span } from '../types.js'
import { isSpaceCode } from '../space.js'
import { isCreditLine, parseByline, type Byline } from './byline.js'
import { isBareCaption, isCaption, isSourceLine } from './caption.js'
import { isDateline } from './dateline.js'
import { placePrefix, titleSpan } from './title.js'

export { parseByline, type Byline } from './byline.js'
export { isDateline } from './dateline.js'

/** Lines at the top that may hold the date line or the repeated title. */
const HEADER_LINES = 5

/**
 * retext plugin: splits the article into parts from its line structure and fills `parts`,
 * `title`, `location` and `author`.
 */
export function vnParts() {
  return function (_tree: Root, file: VFile): void {
    const state = stateOf(file)
    const { text, lines, result } = state
    const kinds: (PartKind | null)[] = new Array<PartKind | null>(lines.length).fill(null)
    const spans: Span[] = lines.map((line) => ({ start: line.start, end: line.end }))
    const extra: Part[] = []
    // Each line's text, sliced once: classified by several loops and kept as its part's text.
    const lineTexts = lines.map((line) => text.slice(line.start, line.end))
    const at = (i: number) => lineTexts[i]!

    let first = 0
    if (lines.length > 0 && !isDateline(at(0))) {
      const title = titleSpan(at(0), lines[0]!.start)
      if (title) {
        kinds[0] = 'title'
        spans[0] = title.span
        if (title.leadStart !== null) {
          const lead = { start: title.leadStart, end: lines[0]!.end }
          extra.push({ kind: 'lead', text: text.slice(lead.start, lead.end), span: lead })
        }
        first = 1
      }
    }
    const titleText = kinds[0] === 'title' ? text.slice(spans[0]!.start, spans[0]!.end) : null

    // The byline read while classifying, kept for the author.
    let headerBylineLine = -1
    let headerByline: Byline | null = null
    for (let i = first; i < Math.min(lines.length, first + HEADER_LINES); i++) {
      const line = at(i)
      if (titleText !== null && sameTitle(line, titleText)) kinds[i] = 'repeated-title'
      else if (isDateline(line) && !kinds.includes('dateline')) kinds[i] = 'dateline'
      else if (endsWithBar(line)) {
        const byline = parseByline(line)
        if (byline?.name) {
          kinds[i] = 'byline'
          headerBylineLine = i
          headerByline = byline
        }
      }
    }

    let bylineLine = -1
    let closingByline: Byline | null = null
    for (let i = lines.length - 1; i >= first && i >= lines.length - 4; i--) {
      if (kinds[i] !== null) break
      const line = at(i)
      if (isSourceLine(line)) kinds[i] = 'source'
      else if (isCaption(line) && !isCreditLine(line)) kinds[i] = 'caption'
      else {
        closingByline = parseByline(line)
        if (closingByline) {
          kinds[i] = 'byline'
          bylineLine = i
        }
        break
      }
    }

    let leadSeen = extra.length > 0
    for (let i = first; i < lines.length; i++) {
      if (kinds[i] !== null) continue
      const line = at(i)
      if (isCaption(line)) kinds[i] = 'caption'
      else if (leadSeen && i < lines.length - 1 && isBareCaption(line)) kinds[i] = 'caption'
      else if (!leadSeen) {
        kinds[i] = 'lead'
        leadSeen = true
      } else kinds[i] = 'paragraph'
    }

    const parts: Part[] = []
    for (let i = 0; i < lines.length; i++) {
      const span = spans[i]!
      const whole = span.start === lines[i]!.start && span.end === lines[i]!.end
      parts.push({ kind: kinds[i] ?? 'paragraph', text: whole ? lineTexts[i]! : text.slice(span.start, span.end), span })
      if (i === 0) for (const part of extra) parts.push(part)
    }
    result.parts = parts
    if (lines.length === 0) result.warnings.push('empty input: no text to analyse')
    else if (!parts.some((part) => part.kind === 'lead' || part.kind === 'paragraph')) {
      result.warnings.push('no article structure: no lead or body paragraph')
    }

    if (titleText !== null) {
      const span = spans[0]!
      result.title = { text: titleText, span }
      const place = placePrefix(titleText)
      if (place !== null) {
        result.location = {
          text: titleText.slice(0, place),
          name: titleText.slice(0, place),
          span: { start: span.start, end: span.start + place },
        }
      }
    }

    const authorLine = bylineLine >= 0 ? bylineLine : headerBylineLine
    if (authorLine >= 0) {
      const line = at(authorLine)
      const byline = bylineLine >= 0 ? closingByline : headerByline
      const base = lines[authorLine]!.start
      if (byline) {
        const whole = byline.name ?? byline.agency!
        const span = byline.name && byline.agency
          ? { start: base + Math.min(byline.name.start, byline.agency.start), end: base + Math.max(byline.name.end, byline.agency.end) }
          : { start: base + whole.start, end: base + whole.end }
        // "Lê Minh (Văn phòng UBND huyện)": the bracket that closes the agency is the byline's too.
        if (byline.name && byline.agency && line.charCodeAt(byline.agency.end) === 0x29) span.end++
        result.author = {
          text: text.slice(span.start, span.end),
          span,
          name: byline.name ? line.slice(byline.name.start, byline.name.end) : null,
          agency: byline.agency ? line.slice(byline.agency.start, byline.agency.end) : null,
        }
      }
    }
  }
}

/** Whether `line` ends with white space and a bar ("Ngọc Lan |"), as a header byline does. */
function endsWithBar(line: string): boolean {
  return line.length >= 2 && line.charCodeAt(line.length - 1) === 0x7c && isSpaceCode(line.charCodeAt(line.length - 2))
}

function sameTitle(line: string, title: string): boolean {
  return line.length === title.length && line.toLowerCase() === title.toLowerCase()
}
