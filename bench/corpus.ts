import { readdirSync, readFileSync } from 'node:fs'

/** A small seeded PRNG (mulberry32): the same corpus on every run and machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương']
const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu', 'Hồng', 'Công']
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Hương', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vinh', 'Yến']

/** A personal name: a common surname and one to three capitalised syllables after it. */
const personalName = new RegExp(`(?<!\\p{L})(?:${surnames.join('|')})(?: \\p{Lu}\\p{Ll}{0,7}){1,3}(?!\\p{L})`, 'gu')
const fullDate = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g
const shortDate = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g
const quantity = /(?<![\d/.,-])\d{1,3}(?= (?:tập thể|cá nhân|đại biểu|học sinh|hộ|xã|đơn vị|người|năm|đồng chí))/gu
const documentNumber = /(?<!\d)\d{1,4}(?=\/(?:QĐ|KH|NQ|CT|TB|TTr|BC|HD)-)/gu

/** The minimum and maximum size of a generated article, in UTF-8 bytes. */
const MIN_BYTES = 2000
const MAX_BYTES = 3000

/** The `.txt` articles of the project's corpus (the templates). */
export function templates(dir: URL = new URL('../corpus/', import.meta.url)): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), 'utf8'))
}

/**
 * `count` articles of 2–3 KB built from the corpus templates with other names, dates, counts
 * and document numbers (seeded, so every run measures the same texts). Short templates get
 * paragraphs of others; long ones lose paragraphs from the end (the byline is kept).
 */
export function benchCorpus(count: number, seed = 20240115, sources = templates()): string[] {
  if (sources.length === 0) throw new Error('bench: no corpus/*.txt templates')
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1))
  const vary = (text: string): string =>
    text
      .replace(personalName, (name) => {
        const words = name.split(' ').length
        const given = words >= 3 ? [pick(middles), pick(givens)] : [pick(givens)]
        return [pick(surnames), ...given].join(' ')
      })
      .replace(fullDate, () => `${pad(between(1, 28))}/${pad(between(1, 12))}/${between(2015, 2025)}`)
      .replace(shortDate, () => `${between(1, 28)}/${between(1, 12)}`)
      .replace(quantity, () => String(between(2, 150)))
      .replace(documentNumber, () => String(between(1, 2500)))
  const articles: string[] = []
  for (let i = 0; i < count; i++) {
    const lines = vary(pick(sources).replace(/\r\n/g, '\n')).split('\n')
    const byline = lines.pop() ?? ''
    while (bytes(lines, byline) < MIN_BYTES) {
      const other = vary(pick(sources)).split('\n').filter((line) => line.length > 120)
      if (other.length > 0) lines.push(pick(other))
    }
    while (bytes(lines, byline) > MAX_BYTES && lines.length > 4) lines.splice(lines.length - 1, 1)
    articles.push([...lines, byline].join('\n'))
  }
  return articles
}

function bytes(lines: readonly string[], byline: string): number {
  return Buffer.byteLength(lines.join('\n')) + Buffer.byteLength(byline) + 1
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
