/**
 * Catastrophic backtracking: every regular expression of `src/` goes through recheck.
 *
 * Two sources, so that none escapes: regex literals (and `new RegExp('…')` with a literal
 * pattern) read from the source text with the TypeScript parser, and every RegExp the modules
 * construct while they load and while they analyse a sample article (dictionary alternations
 * such as `(?:${headSource})` exist only then). Nothing from `src/` is imported before the
 * RegExp constructor is watched.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

interface Found {
  source: string
  flags: string
  /** `file:line` where the regex is written or constructed. */
  where: string
  /** Built while analysing an article rather than at module load. */
  perCall?: boolean
}

const root = fileURLToPath(new URL('..', import.meta.url))
const srcDir = join(root, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Regex literals and `RegExp` calls with literal arguments, read from the source text. */
function scanLiterals(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = []
  const dynamic: string[] = []
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8')
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) =>
      `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text
        const slash = literal.lastIndexOf('/')
        found.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: where(node) })
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? []
        const isLiteral = (arg: ts.Expression | undefined) =>
          arg === undefined || ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)
        if (pattern && isLiteral(pattern) && isLiteral(flags)) {
          found.push({
            source: (pattern as ts.StringLiteral).text,
            flags: flags ? (flags as ts.StringLiteral).text : '',
            where: where(node),
          })
        } else dynamic.push(where(node))
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return { found, dynamic }
}

/** Every RegExp constructed while `load` runs, with the `src/` line that constructed it. */
async function watchConstructions(load: () => Promise<void>): Promise<Found[]> {
  const Native = globalThis.RegExp
  const found: Found[] = []
  const record = (regex: RegExp) => {
    const frame = new Error().stack?.split('\n').find((line) => line.includes(`${srcDir}/`))
    const at = frame?.match(/\((.*?):(\d+):\d+\)$/) ?? frame?.match(/at (.*?):(\d+):\d+$/)
    if (at) found.push({ source: regex.source, flags: regex.flags, where: `${relative(root, at[1]!)}:${at[2]}` })
  }
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args) {
      const regex = Reflect.construct(target, args) as RegExp
      record(regex)
      return regex
    },
    apply(target, thisArg, args) {
      const regex = Reflect.apply(target, thisArg, args) as RegExp
      record(regex)
      return regex
    },
  })
  try {
    await load()
  } finally {
    globalThis.RegExp = Native
  }
  return found
}

const sample = [
  'Kon Tum: Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024',
  'Thứ Sáu, 12/01/2024 - 09:30',
  'Sáng 12/1, Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết phong trào thi đua "Đoàn kết, sáng tạo" năm 2024.',
  'Dự hội nghị có đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh; lãnh đạo Sở Tư pháp.',
  'Theo Quyết định số 123/QĐ-UBND ngày 10/01/2024, Bằng khen của Chủ tịch UBND tỉnh được trao cho 5 tập thể và 10 cá nhân.',
  'Uû ban nh©n d©n tØnh tæ chøc Héi nghÞ.',
  'Trần Văn B (Sở Tư pháp)',
].join('\n')

const literals = scanLiterals()
const atLoad = await watchConstructions(async () => {
  await import('../src/index.js')
})
const { analyze } = await import('../src/index.js')
const perCall = (await watchConstructions(async () => {
  analyze(sample)
  analyze(sample, { format: 'html' })
})).map((found) => ({ ...found, perCall: true }))

const unique = new Map<string, Found>()
for (const found of [...literals.found, ...atLoad, ...perCall]) {
  const key = `${found.flags}/${found.source}`
  if (!unique.has(key)) unique.set(key, found)
}
const all = [...unique.values()].sort((a, b) => a.where.localeCompare(b.where))

describe('ReDoS: every regular expression in src/ is safe (recheck)', () => {
  it('finds the regular expressions of src/', () => {
    expect(all.length).toBeGreaterThan(10)
  })

  it('every RegExp built from a non-literal pattern is seen when the modules load', () => {
    const constructed = new Set([...atLoad, ...perCall].map((found) => found.where))
    expect(literals.dynamic.filter((where) => !constructed.has(where))).toEqual([])
  })

  it.each(all.map((found) => [found.where, found.source.length > 80 ? `${found.source.slice(0, 80)}…` : found.source, found] as const))(
    '%s: /%s/',
    async (_where, _short, found) => {
      // A generous budget: on a loaded machine a 20 s check timed out and reported "unknown".
      const diagnostics = await check(found.source, found.flags, { timeout: 60_000 })
      const report =
        diagnostics.status === 'vulnerable'
          ? `${found.where} /${found.source}/${found.flags} is ${diagnostics.complexity.summary}; attack: ${diagnostics.attack.pattern}`
          : diagnostics.status === 'unknown'
            ? `${found.where} /${found.source}/${found.flags} could not be checked: ${diagnostics.error.kind}`
            : 'safe'
      expect(report).toBe('safe')
    },
    90_000,
  )
})
