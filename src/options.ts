import { isValid, parseISO } from 'date-fns'
import type { AnalyzeOptions } from './types.js'
import type { ResolvedOptions } from './state.js'

const known = new Set(['referenceDate', 'format'])

/** Validates user options; anything unknown or malformed is a `TypeError` naming it. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined || options === null) return { referenceDate: null, format: 'text' }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`vn-admin-news: options must be an object, got ${describe(options)}`)
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key)) throw new TypeError(`vn-admin-news: unknown option "${key}"`)
  }
  const { referenceDate, format } = options as AnalyzeOptions
  if (referenceDate !== undefined && referenceDate !== null) {
    if (
      typeof referenceDate !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}/.test(referenceDate) ||
      !isValid(parseISO(referenceDate))
    ) {
      throw new TypeError(
        `vn-admin-news: option "referenceDate" must be an ISO date like "2024-01-15", got ${describe(referenceDate)}`,
      )
    }
  }
  if (format !== undefined && format !== 'text' && format !== 'html') {
    throw new TypeError(`vn-admin-news: option "format" must be "text" or "html", got ${describe(format)}`)
  }
  return {
    referenceDate: typeof referenceDate === 'string' ? referenceDate.slice(0, 10) : null,
    format: format ?? 'text',
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
