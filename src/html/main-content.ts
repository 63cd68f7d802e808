import type { Element, Root } from 'hast'
import { chromeTags, isLinkBox, isNoise, sectionTags, type StatsMemo } from './boilerplate.js'

/** Blocks whose text credits their parent (a paragraph credits the body that holds it). */
const paragraphTags = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'li', 'figcaption', 'dd'])

/** Inline elements whose text counts as their block's own text. */
const inlineTags = new Set([
  'span', 'strong', 'b', 'em', 'i', 'u', 'font', 'small', 'sup', 'sub', 'mark', 'abbr', 'time', 'cite', 'q', 'br', 'wbr',
])

/** Whether the walk skips an element (and all inside it): furniture or link boxes. */
export function isSkipped(element: Element, inSection: boolean, memo: StatsMemo): boolean {
  if (!inSection && chromeTags.has(element.tagName)) return true
  return isNoise(element) || isLinkBox(element, memo)
}

/** The element of an HTML document that holds the article. */
export interface MainContent {
  main: Element
  /** Whether `main` sits inside (or is) an `<article>`/`<section>`/`<main>`. */
  inSection: boolean
}

/**
 * Finds the article body like readability and trafilatura do: each paragraph's own text (not
 * in links) credits its container fully and the container's parent by half; the best container
 * wins, widened to the nearest common ancestor with the page's `<h1>` when that adds little
 * (the headline, lead and date usually sit just outside the body `<div>`).
 */
export function findMainContent(root: Root, memo: StatsMemo): MainContent | null {
  const body = findBody(root)
  if (body === null) return null
  const credit = new Map<Element, number>()
  const parents = new Map<Element, Element>()
  let h1: Element | null = null
  const add = (element: Element | undefined, amount: number): void => {
    if (element !== undefined) credit.set(element, (credit.get(element) ?? 0) + amount)
  }
  const walk = (element: Element, inSection: boolean): void => {
    const ownText = ownTextLength(element)
    if (ownText > 0) {
      const parent = parents.get(element)
      if (paragraphTags.has(element.tagName) && parent !== undefined) {
        add(parent, ownText)
        add(parents.get(parent), ownText / 2)
      } else {
        add(element, ownText)
        add(parent, ownText / 2)
      }
    }
    const childInSection = inSection || sectionTags.has(element.tagName)
    for (const child of element.children) {
      if (child.type !== 'element' || isSkipped(child, childInSection, memo)) continue
      parents.set(child, element)
      if (child.tagName === 'h1' && h1 === null) h1 = child
      walk(child, childInSection)
    }
  }
  walk(body, false)

  let best: Element | null = null
  let bestCredit = 0
  for (const [element, amount] of credit) {
    if (amount > bestCredit) {
      best = element
      bestCredit = amount
    }
  }
  if (best === null) return { main: body, inSection: false }

  let main: Element = best
  const heading = h1 as Element | null
  if (heading !== null) {
    const common = commonAncestor(best, heading, parents)
    if (common !== null && common !== body && textTotal(common, parents) <= textTotal(best, parents) * 1.5 + 800) {
      main = common
    }
  }
  let inSection = false
  for (let at: Element | undefined = main; at !== undefined; at = parents.get(at)) {
    if (sectionTags.has(at.tagName)) inSection = true
  }
  return { main, inSection }
}

function findBody(root: Root): Element | null {
  for (const child of root.children) {
    if (child.type !== 'element' || child.tagName !== 'html') continue
    for (const inner of child.children) if (inner.type === 'element' && inner.tagName === 'body') return inner
  }
  return null
}

/** The length of the text an element holds itself (directly or in inline children, not links). */
function ownTextLength(element: Element): number {
  let n = 0
  for (const child of element.children) {
    if (child.type === 'text') n += child.value.trim().length
    else if (child.type === 'element' && inlineTags.has(child.tagName) && !isNoise(child)) n += ownTextLength(child)
  }
  return n
}

function commonAncestor(a: Element, b: Element, parents: Map<Element, Element>): Element | null {
  const chain = new Set<Element>()
  for (let at: Element | undefined = a; at !== undefined; at = parents.get(at)) chain.add(at)
  for (let at: Element | undefined = b; at !== undefined; at = parents.get(at)) if (chain.has(at)) return at
  return null
}

/** The visible text length under an element, skipping what the walk skipped. */
function textTotal(element: Element, parents: Map<Element, Element>): number {
  let n = 0
  for (const child of element.children) {
    if (child.type === 'text') n += child.value.trim().length
    else if (child.type === 'element' && parents.get(child) === element) n += textTotal(child, parents)
  }
  return n
}
