import type { Element, ElementContent } from 'hast'

/** Elements that are never article text. */
const noiseTags = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'canvas', 'object', 'embed',
  'video', 'audio', 'map', 'button', 'select', 'textarea', 'input', 'form', 'nav', 'aside',
  'dialog', 'head', 'link', 'meta',
])

/** Page chrome when it belongs to the page, not to an `<article>`/`<section>`/`<main>`. */
export const chromeTags = new Set(['header', 'footer'])

/** Elements that open a section: a `<header>`/`<footer>` inside one is the section's own. */
export const sectionTags = new Set(['article', 'section', 'main'])

const noiseRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'dialog', 'menu', 'menubar'])

/**
 * A class or id token of page furniture: a short word between `-`/`_` boundaries ("nav",
 * "menu", "tags", "qc" for quảng cáo), or a distinctive word anywhere in the token
 * ("box-tinlienquan", "relatednews", "binh-luan", "social-share").
 */
const noiseWord =
  /(?:^|[-_])(?:nav|menu|tags?|keywords?|tu-?khoa|ads?|adv|qc|fb|sns|zalo|twitter|facebook|print|vote|rating|search|login|hotline|copyright|widget|banner|modal|rss)(?:$|[-_\d])/i
const noiseStem =
  /related|relate-|lien-?quan|tin-?khac|other-?news|same-?cat|cung-?chuyen-?muc|comment|binh-?luan|y-?kien-?ban-?doc|breadcrumb|sidebar|advert|quang-?cao|social|sharing|share|newsletter|subscribe|cookie|popup|navbar|navigation|footer|toolbar|read-?more|most-?read|doc-?nhieu|xem-?nhieu|xem-?them/i

/** Labels of link boxes and comment sections ("Tin liên quan", "Xem thêm:"), lower case. */
const noiseLabels = new Set([
  'tin liên quan', 'bài liên quan', 'bài viết liên quan', 'tin bài liên quan', 'tin tức liên quan',
  'tin cùng chuyên mục', 'bài cùng chuyên mục', 'tin khác', 'các tin khác', 'tin bài khác',
  'bài viết khác', 'tin cùng loại', 'tin mới', 'tin mới nhất', 'tin đọc nhiều', 'đọc nhiều',
  'xem nhiều', 'tin nổi bật', 'xem thêm', 'đọc thêm', 'có thể bạn quan tâm', 'bình luận',
  'ý kiến bạn đọc', 'gửi bình luận', 'gửi ý kiến', 'chia sẻ', 'từ khóa', 'từ khoá', 'tags', 'tag',
])

/** The label at the start of a block's text, up to a colon or the end. */
const labelHead = /^\s{0,20}([\p{L} ]{2,40}?)\s{0,5}(?::|$)/u

/** Text and link statistics of an element's subtree. */
interface Stats {
  text: number
  link: number
  links: number
}

/** The statistics of the elements of one page met so far: a link box's parent asks again. */
export type StatsMemo = Map<Element, Stats>

/** How much text an element holds, how much of it is inside links, and how many links. */
export function statsOf(element: Element, memo: StatsMemo): Stats {
  const cached = memo.get(element)
  if (cached !== undefined) return cached
  const stats: Stats = { text: 0, link: 0, links: element.tagName === 'a' ? 1 : 0 }
  for (const child of element.children) {
    if (child.type === 'text') stats.text += visibleLength(child.value)
    else if (child.type === 'element' && !noiseTags.has(child.tagName)) {
      const inner = statsOf(child, memo)
      stats.text += inner.text
      stats.link += child.tagName === 'a' ? inner.text : inner.link
      stats.links += inner.links
    }
  }
  memo.set(element, stats)
  return stats
}

function visibleLength(value: string): number {
  let n = 0
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 32) n++
  return n
}

/** The text of an element, whitespace collapsed (for short label checks only). */
export function textOf(node: Element | ElementContent, limit = 200): string {
  let out = ''
  const walk = (current: Element | ElementContent): void => {
    if (out.length > limit) return
    if (current.type === 'text') out += current.value
    else if (current.type === 'element' && !noiseTags.has(current.tagName)) for (const child of current.children) walk(child)
  }
  walk(node)
  return out.replace(/\s+/g, ' ').trim()
}

/** Whether an element is furniture by its tag, role, visibility or class/id. */
export function isNoise(element: Element): boolean {
  if (noiseTags.has(element.tagName)) return true
  const { properties } = element
  if (properties.hidden === true || properties.ariaHidden === 'true') return true
  if (typeof properties.role === 'string' && noiseRoles.has(properties.role.toLowerCase())) return true
  if (typeof properties.style === 'string' && /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden/i.test(properties.style)) {
    return true
  }
  if (typeof properties.id === 'string' && isNoiseName(properties.id)) return true
  const classes = properties.className
  if (Array.isArray(classes)) {
    for (const name of classes) if (typeof name === 'string' && isNoiseName(name)) return true
  }
  return false
}

function isNoiseName(name: string): boolean {
  return noiseWord.test(name) || noiseStem.test(name)
}

const blockTags = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'span'])

/**
 * Whether a block is a list of links or a labelled link box: "Tin liên quan" with its links, a
 * "Xem thêm:" line, a row of tags.
 */
export function isLinkBox(element: Element, memo: StatsMemo): boolean {
  if (!blockTags.has(element.tagName)) return false
  const stats = statsOf(element, memo)
  if (stats.text === 0) return false
  const density = stats.link / stats.text
  if (stats.links >= 2 && density > 0.5 && element.tagName !== 'strong' && element.tagName !== 'b' && element.tagName !== 'span') {
    return true
  }
  // A line that is one link: a category label ("Chính trị"), a "read more" pointer.
  if (stats.links >= 1 && stats.text <= 80 && density >= 0.9 && element.tagName !== 'strong' && element.tagName !== 'b') return true
  if (stats.text > 400) return false
  const head = labelHead.exec(textOf(element, 60))
  const label = head?.[1]?.trim().toLowerCase().normalize('NFC')
  if (label === undefined || !noiseLabels.has(label)) return false
  return stats.links === 0 ? stats.text <= label.length + 2 : density > 0.3
}
