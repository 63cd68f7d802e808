import type { Root } from 'nlcst'
import { vnParse } from "../src/parse/index.js"
import { unified, type Plugin, type Processor } from 'unified'
import { VFile } from 'vfile'
import { prepareInput } from '../src/normalize/index.js'
import { resolveOptions } from '../src/options.js'
import { vnAdminNews } from '../src/plugin.js'
import { createState } from '../src/prepare.js'

/** Time spent in one step of `analyze()` over the whole corpus. */
export interface StageTime {
  name: string
  ms: number
}

type AnyPlugin = Plugin<unknown[], Root>

/** The stages `vnAdminNews` adds, read by letting it `use` them on a recording processor. */
function stagesOf(): [AnyPlugin, unknown[]][] {
  const stages: [AnyPlugin, unknown[]][] = []
  const recorder = {
    use(plugin: AnyPlugin, ...options: unknown[]) {
      stages.push([plugin, options])
      return recorder
    },
  }
  vnAdminNews.call(recorder as unknown as Processor)
  return stages
}

/**
 * Where `analyze()`'s time goes: normalisation, the retext parse, and each stage of the plugin,
 * each stage's transformer wrapped with a timer (the calls are the same as in `analyze()`).
 */
export function measureStages(texts: readonly string[]): StageTime[] {
  const times = new Map<string, number>()
  const add = (name: string, ms: number) => times.set(name, (times.get(name) ?? 0) + ms)
  let processor = unified().use(vnParse) as unknown as Processor<Root, Root, Root>
  for (const [plugin, options] of stagesOf()) {
    const name = plugin.name.replace(/^vn/, '').toLowerCase() || 'stage'
    const timed = function (this: Processor, ...args: unknown[]) {
      const transformer = (plugin as (...a: unknown[]) => unknown).apply(this, args) as
        | ((tree: Root, file: VFile) => void)
        | undefined
      if (typeof transformer !== 'function') return undefined
      return (tree: Root, file: VFile) => {
        const started = performance.now()
        transformer(tree, file)
        add(name, performance.now() - started)
      }
    }
    processor = processor.use(timed as AnyPlugin, ...options) as unknown as Processor<Root, Root, Root>
  }
  processor.freeze()
  const resolved = resolveOptions(undefined)
  const run = (text: string) => {
    let t = performance.now()
    const prepared = prepareInput(text, resolved)
    const file = new VFile({ value: prepared.text })
    file.data.vn = createState(text, prepared.text, prepared.map, resolved, prepared.warnings)
    file.data.vn.keepNoTree = true
    let now = performance.now()
    add('normalize + state', now - t)
    t = now
    const tree = processor.parse(file)
    now = performance.now()
    add('retext parse', now - t)
    processor.runSync(tree, file)
  }
  for (const text of texts.slice(0, 1000)) run(text)
  times.clear()
  for (const text of texts) run(text)
  return [...times].map(([name, ms]) => ({ name, ms }))
}
