import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../config/types'
import type { Config } from '../config/types'
import { REAL_CASE } from '../../../test/cases'
import { derivePolicy } from './derivePolicy'

interface GoldenCase {
  description: string
  config: Partial<Config>
  policy: unknown
  notes: string[]
  requests: number
}

const casesDir = join(import.meta.dirname, 'cases')
const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as GoldenCase] as const)

const configOf = (c: GoldenCase): Config => ({ ...DEFAULT_CONFIG, ...c.config })

describe('derivePolicy', () => {
  it.each(cases)('returns the golden policy for %s', (_file, golden) => {
    const derived = derivePolicy(configOf(golden))

    expect(derived.document).toEqual(golden.policy)
    expect(derived.notes.map((n) => n.code)).toEqual(golden.notes)
    expect(derived.requests).toHaveLength(golden.requests)
  })

  it.each(cases)('returns byte-identical JSON for the same configuration (%s)', (_file, golden) => {
    const config = configOf(golden)

    const first = derivePolicy(config).json
    const second = derivePolicy(JSON.parse(JSON.stringify(config)) as Config).json

    expect(second).toBe(first)
    expect(JSON.parse(first)).toEqual(golden.policy)
  })

  it.each(cases)('explains every action and resource it grants (%s)', (_file, golden) => {
    const derived = derivePolicy(configOf(golden))

    derived.document.Statement.forEach((statement, i) => {
      const explanation = derived.statements[i]
      expect(explanation?.sid).toBe(statement.Sid)
      expect(explanation?.actions.map((a) => a.action)).toEqual(statement.Action)
      expect(explanation?.resources.map((r) => r.arn)).toEqual(statement.Resource)
      for (const action of explanation?.actions ?? []) {
        expect(action.reasons.length).toBeGreaterThan(0)
        for (const reason of action.reasons) expect(reason.sources.length).toBeGreaterThan(0)
      }
    })
  })

  it('never puts an address condition on ses:SendBulkEmail', () => {
    const config: Config = {
      ...DEFAULT_CONFIG,
      features: ['send', 'templates'],
      fromAddresses: ['*@example.com'],
    }

    const statements = derivePolicy(config).document.Statement

    const bulk = statements.filter((s) => s.Action.includes('ses:SendBulkEmail'))
    expect(bulk).toHaveLength(1)
    expect(bulk[0]?.Condition).toBeUndefined()
    const templated = statements.find((s) => s.Action.includes('ses:SendBulkTemplatedEmail'))
    expect(templated?.Condition).toEqual({ StringLike: { 'ses:FromAddress': ['*@example.com'] } })
  })

  it('returns no Resource "*" on any send action when identities are given', () => {
    const config = REAL_CASE

    const resources = derivePolicy(config).document.Statement.flatMap((s) => s.Resource)

    expect(resources).not.toContain('*')
    expect(resources.every((arn) => arn.startsWith('arn:aws:ses:us-east-1:111122223333:'))).toBe(
      true,
    )
  })
})
