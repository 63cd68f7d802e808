import { startsWithAgency } from './agency-start.js'

/** What a byline says: the writer's name (none when only an agency signs) and agency. */
export interface Byline {
  /** Offsets of the name and of the agency within the line. */
  name: { start: number; end: number } | null
  agency: { start: number; end: number } | null
}

const MAX_BYLINE = 90

/** "Tin, ảnh:", "Bài và ảnh:", "Tin:" before the writer's name. */
const creditPrefix = /^(?:(?:tin|bài|ảnh|video|clip)(?:\s*(?:,|và|&|-)\s*(?:tin|bài|ảnh|video|clip))*\s*:\s*)/iu
/**
 * A name: at most ten words, each a capital and letters or dots ("Nguyễn Văn A", "PV", "T.H"),
 * with white space around and between them: the whole test in one regex, without splitting.
 */
const name = /^\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,9}\s*$/u

/** Whether a line opens with a writer's credit ("Tin, ảnh: …"), which a caption never does. */
export function isCreditLine(line: string): boolean {
  return creditPrefix.test(line) && !/^ảnh/iu.test(line)
}

/** Reads a byline ("Nguyễn Trung Hiếu - Sở Tư pháp tỉnh Kon Tum", "Tin, ảnh: Lê Hoa", "PV"). */
export function parseByline(line: string): Byline | null {
  if (line.length > MAX_BYLINE || /[.;,:]$/.test(line.replace(/\s{0,20}\|$/, '')) && !/^\p{Lu}{1,4}\.$/u.test(line)) {
    return null
  }
  let start = 0
  let end = line.length
  const prefix = creditPrefix.exec(line)
  if (prefix) start = prefix[0].length
  while (end > start && /[\s|./]/.test(line[end - 1]!)) end--
  while (start < end && /[\s|-]/.test(line[start]!)) start++
  if (end <= start) return null
  const body = line.slice(start, end)

  // The pattern tries every length of the name before a parenthesis: only when one closes the line.
  const paren = body.endsWith(')') ? /^([^()]{1,90}?)\s{0,3}\(([^()]{1,90})\)$/u.exec(body) : null
  if (paren && isName(paren[1]!)) {
    const agencyAt = start + body.indexOf(paren[2]!, paren[1]!.length)
    return {
      name: { start, end: start + paren[1]!.length },
      agency: { start: agencyAt, end: agencyAt + paren[2]!.length },
    }
  }
  const dash = /\s{1,5}[-–—]\s{1,5}/gu
  for (const match of body.matchAll(dash)) {
    const left = body.slice(0, match.index)
    const right = body.slice(match.index + match[0].length)
    if (isName(left) && startsWithAgency(right) && !isCoWriter(right)) {
      const agencyAt = start + match.index + match[0].length
      return { name: { start, end: start + left.length }, agency: { start: agencyAt, end } }
    }
  }
  const asName = body.replace(/\s{1,5}[-–—,]\s{1,5}/gu, ' ')
  if (startsWithAgency(body) && !(isName(asName) && givenNameHeads.test(body))) {
    return { name: null, agency: { start, end } }
  }
  if (isName(asName)) return { name: { start, end }, agency: null }
  return null
}

/** Heads that are given names too: "Ngọc Huyền – Trường Hải" is two writers. */
const givenNameHeads = /^(?:Trường|Đoàn|Hội|Ban|Viện)\s/u
const MAX_COWRITER_WORDS = 3

function isCoWriter(text: string): boolean {
  return givenNameHeads.test(text) && isName(text) && text.split(/\s+/).length <= MAX_COWRITER_WORDS
}

function isName(text: string): boolean {
  return name.test(text)
}
