import type { Element, Root } from 'hast'
import { isDateline } from '../parts/dateline.js'
import { alignDecoded } from './align.js'
import { isNoise, type StatsMemo } from './boilerplate.js'
import { joinLines, type Line } from './lines.js'
import { linesOf } from './text.js'

/** `<meta>` names and properties that carry the publication date, best first. */
const dateMetaNames = [
  'article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publishdate',
  'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'article:modified_time',
]

/** `<meta>` names and properties that carry the headline. */
const titleMetaNames = ['og:title', 'twitter:title', 'dc.title']

/** Classes and ids of the headline's element on pages without an `<h1>` ("title-detail", "tieu-de"). */
const titleClass = /(?:^|[-_])(?:title|tieu-?de|headline)(?:$|[-_])/i
const subHeadings = new Set(['h2', 'h3'])

/** Classes and ids of elements that show the date on Vietnamese news pages. */
const dateClass = /(?:^|[-_])(?:date|time|datetime|publish\w{0,10}|ngay\w{0,10}|thoi-?gian)(?:$|[-_])/i

/** An ISO date or date-time (`2024-01-15`, `2024-01-15T08:30:00+07:00`). */
const isoDate = /^\s{0,10}(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/

/** Every element of a page in document order, with its parent (built once, without recursion). */
export interface PageIndex {
  elements: Element[]
  parents: Map<Element, Element>
  /** The page's element statistics, shared with the main-content search. */
  stats: StatsMemo
}

/** Indexes the elements of `root`. */
export function indexPage(root: Root, stats: StatsMemo): PageIndex {
  const elements: Element[] = []
  const parents = new Map<Element, Element>()
  const stack: (Root | Element)[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!
      if (child.type !== 'element') continue
      if (node.type === 'element') parents.set(child, node)
      stack.push(child)
    }
    if (node.type === 'element') elements.push(node)
  }
  return { elements, parents, stats }
}

/**
 * The page's headline as a line: the first `<h1>` outside furniture, else `og:title`, else the
 * first `<h2>`/`<h3>` classed as a title ("title-detail": portals that keep `<h1>` for their
 * logo), else `<title>` (which often carries the site's name too).
 */
export function findTitle(page: PageIndex, source: string): Line | null {
  let titleElement: Element | null = null
  let titled: Element | null = null
  for (const element of page.elements) {
    if (element.tagName === 'h1' && !insideNoise(page, element)) {
      const line = joinLines(linesOf(element, source, true, page.stats))
      if (line !== null) return line
    }
    if (element.tagName === 'title' && titleElement === null) titleElement = element
    if (titled === null && subHeadings.has(element.tagName) && hasClass(element, titleClass) && !insideNoise(page, element)) titled = element
  }
  for (const name of titleMetaNames) {
    const line = metaLine(page, source, name)
    if (line !== null) return line
  }
  const heading = titled === null ? null : joinLines(linesOf(titled, source, true, page.stats))
  if (heading !== null) return heading
  if (titleElement === null) return null
  const line = joinLines(linesOf(titleElement, source, true, page.stats))
  if (line === null) return null
  const cut = line.text.indexOf(' | ')
  return cut > 0 ? slice(line, 0, cut) : line
}

/**
 * The page's publication date as a date line: a `<time>` or date-classed element whose text
 * reads as a date line, else the `datetime` of a `<time>`, else a date `<meta>`. ISO values
 * are written the Vietnamese way ("15/01/2024 08:30"), every char mapped to the attribute.
 */
export function findDate(page: PageIndex, source: string): Line | null {
  let datetime: Line | null = null
  for (const element of page.elements) {
    const isTime = element.tagName === 'time'
    if (!isTime && !hasDateClass(element)) continue
    if (insideNoise(page, element)) continue
    const line = joinLines(linesOf(element, source, true, page.stats))
    if (line !== null && line.text.length <= 90 && isDateline(line.text)) return { ...line, heading: false }
    if (isTime && datetime === null) datetime = attributeLine(element, source, 'datetime', 'dateTime')
  }
  if (datetime !== null) return datetime
  for (const name of dateMetaNames) {
    const line = metaLine(page, source, name)
    if (line !== null) return line
  }
  return null
}

function hasDateClass(element: Element): boolean {
  return hasClass(element, dateClass)
}

/** Whether one of the element's classes, or its id, matches `pattern` ("PostDate" read as "Post-Date"). */
function hasClass(element: Element, pattern: RegExp): boolean {
  const classes = element.properties.className
  if (Array.isArray(classes) && classes.some((name) => typeof name === 'string' && pattern.test(wordsOfName(name)))) return true
  return typeof element.properties.id === 'string' && pattern.test(wordsOfName(element.properties.id))
}

/** A camel-case class name with its words cut by dashes: "ArticleTitle" → "Article-Title". */
function wordsOfName(name: string): string {
  return name.length > 200 ? name : name.replace(/([a-z])(?=[A-Z])/g, '$1-')
}

/** Whether an element or one of its ancestors is furniture (a logo `<h1>` in a menu bar). */
function insideNoise(page: PageIndex, target: Element): boolean {
  const path: Element[] = []
  for (let at: Element | undefined = target; at !== undefined; at = page.parents.get(at)) path.push(at)
  const inArticle = path.some((element) => element.tagName === 'article')
  return path.some((element) => isNoise(element) || (element !== target && element.tagName === 'header' && !inArticle))
}

function metaLine(page: PageIndex, source: string, name: string): Line | null {
  for (const element of page.elements) {
    if (element.tagName !== 'meta') continue
    const { properties } = element
    const key = [properties.property, properties.name, ...(Array.isArray(properties.itemProp) ? properties.itemProp : [])]
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.toLowerCase())
    if (key.includes(name)) {
      const line = attributeLine(element, source, 'content', 'content')
      if (line !== null) return line
    }
  }
  return null
}

/** The value of an attribute as a line mapped into the start tag; ISO dates rewritten. */
function attributeLine(element: Element, source: string, attribute: string, property: string): Line | null {
  const value = element.properties[property]
  if (typeof value !== 'string' || value.trim() === '') return null
  const range = attributeRange(source, element, attribute)
  const iso = isoDate.exec(value)
  if (iso !== null) {
    const [, year, month, day, hour, minute] = iso
    let text = `${day}/${month}/${year}`
    if (hour !== undefined && minute !== undefined && `${hour}${minute}` !== '0000') text += ` ${hour}:${minute}`
    const from = range?.[0] ?? element.position?.start.offset ?? 0
    const to = range?.[1] ?? element.position?.end.offset ?? from
    return { text, starts: Array(text.length).fill(from), ends: Array(text.length).fill(to), heading: false }
  }
  const text = value.replace(/\s+/g, ' ').trim()
  const starts: number[] = []
  const ends: number[] = []
  if (range !== null && text === value) alignDecoded(value, source, range[0], range[1], starts, ends)
  else {
    const from = range?.[0] ?? element.position?.start.offset ?? 0
    const to = range?.[1] ?? element.position?.end.offset ?? from
    for (let k = 0; k < text.length; k++) {
      starts.push(from)
      ends.push(to)
    }
  }
  return { text, starts, ends, heading: false }
}

/** Where an attribute's value sits in the source, read from the element's start tag. */
function attributeRange(source: string, element: Element, name: string): [number, number] | null {
  const start = element.position?.start.offset
  if (start === undefined) return null
  const limit = Math.min(source.length, element.position?.end.offset ?? source.length)
  const isSpace = (at: number): boolean => /\s/.test(source[at] ?? '')
  let i = start + 1
  while (i < limit && !isSpace(i) && source[i] !== '>' && source[i] !== '/') i++
  while (i < limit) {
    while (i < limit && (isSpace(i) || source[i] === '/')) i++
    if (i >= limit || source[i] === '>') return null
    const nameStart = i
    while (i < limit && !isSpace(i) && source[i] !== '=' && source[i] !== '>' && source[i] !== '/') i++
    if (i === nameStart) i++
    const attributeName = source.slice(nameStart, i).toLowerCase()
    while (i < limit && isSpace(i)) i++
    if (source[i] !== '=') continue
    i++
    while (i < limit && isSpace(i)) i++
    const quote = source[i]
    let from = i
    let to: number
    if (quote === '"' || quote === "'") {
      from = i + 1
      to = source.indexOf(quote, from)
      if (to === -1 || to > limit) return null
      i = to + 1
    } else {
      while (i < limit && !isSpace(i) && source[i] !== '>') i++
      to = i
    }
    if (attributeName === name) return [from, to]
  }
  return null
}

function slice(line: Line, from: number, to: number): Line {
  return {
    text: line.text.slice(from, to),
    starts: line.starts.slice(from, to),
    ends: line.ends.slice(from, to),
    heading: line.heading,
  }
}
