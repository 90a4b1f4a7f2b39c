import { describe, expect, it } from 'vitest'
import { applyEdits } from '../check/edits'
import { DEFAULT_CONFIG } from '../config/types'
import type { Config } from '../config/types'
import { CHECK_CASES } from './cases'
import type { CheckCase } from './cases'
import { checkPolicy } from './checkPolicy'

const textOf = (c: CheckCase) =>
  typeof c.policy === 'string' ? c.policy : JSON.stringify(c.policy, null, 2)
const configOf = (c: CheckCase): Config => ({ ...DEFAULT_CONFIG, ...c.config })
const sorted = (list: readonly string[]) => [...list].sort()

describe('checkPolicy', () => {
  it.each(CHECK_CASES.map((c) => [c.name, c] as const))('returns the findings for %s', (_n, c) => {
    const result = checkPolicy(textOf(c), configOf(c))

    expect(sorted(result.findings.map((f) => `${f.code} @ ${f.path}`))).toEqual(sorted(c.findings))
    expect(sorted(result.missing.map((m) => `${m.action} ${m.resource}`))).toEqual(
      sorted(c.missing),
    )
    if (c.unneeded) {
      expect(sorted(result.unneeded.map((u) => `${u.action} ${u.resource}`))).toEqual(
        sorted(c.unneeded),
      )
    }
  })

  it.each(CHECK_CASES.map((c) => [c.name, c] as const))(
    'returns fixes that remove their finding and break nothing for %s',
    (_n, c) => {
      const config = configOf(c)
      const text = textOf(c)

      for (const finding of checkPolicy(text, config).findings) {
        if (!finding.fix) continue
        const fixed = applyEdits(text, finding.fix.edits)
        const after = checkPolicy(fixed, config).findings

        // Removing a list entry shifts the next one into its path, so compare values too.
        const same = after.filter(
          (f) => f.code === finding.code && f.path === finding.path && f.value === finding.value,
        )
        expect(same, `${finding.code} at ${finding.path} after its fix`).toHaveLength(0)
        expect(after.filter((f) => f.code.startsWith('JSON_'))).toHaveLength(0)
      }
    },
  )

  it('returns nothing missing once "Add the missing permissions" is applied', () => {
    const config = configOf({
      ...CHECK_CASES[0]!,
      config: { ...CHECK_CASES[0]!.config, sandbox: true },
    })
    const text = textOf(CHECK_CASES[0]!)

    const fix = checkPolicy(text, config).findings.find((f) => f.code === 'MISSING_PERMISSION')?.fix
    const fixed = applyEdits(text, fix?.edits ?? [])

    expect(checkPolicy(text, config).missing.length).toBeGreaterThan(0)
    expect(checkPolicy(fixed, config).missing).toEqual([])
  })

  it('returns a line and column for a syntax error', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow"},\n  ]\n}'

    const finding = checkPolicy(text, DEFAULT_CONFIG).findings.find((f) =>
      f.code.startsWith('JSON'),
    )

    expect(finding).toMatchObject({ code: 'JSON_TRAILING_COMMA', line: 4, column: 24 })
  })

  it.each([
    ['an empty text', ''],
    ['plain words', 'not a policy at all'],
    ['a JSON array', '[1, 2]'],
    ['a truncated policy', '{"Version": "2012-10-17", "Statement": [{"Effect": "Al'],
    ['a null statement', '{"Version": "2012-10-17", "Statement": null}'],
  ])('returns findings without throwing for %s', (_name, text) => {
    const result = checkPolicy(text, DEFAULT_CONFIG)

    expect(result.findings.some((f) => f.severity === 'error')).toBe(true)
  })
})
